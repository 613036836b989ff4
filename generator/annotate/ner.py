"""Statistical name recognition: a small CRF over tokens, shipped as package data.

Why a CRF: on CoNLL-2003 dev the whole pipeline scores F1 0.91 (P 0.94) where capitalised
runs typed by gazetteers score 0.54 (P 0.72), while tagging a 500-word article in a few
milliseconds with nothing downloaded at run time (the model is trained by
`evaluation/train_entities.py` and lives in `generator/annotate/data/`). Everything here
is linear in the text's length: one tokenising regex without nested repetition and a
Viterbi pass over sequences capped at `MAX_SEQUENCE` tokens.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
MODEL_PATH = DATA_DIR / "ner.crfsuite"
PLACES_PATH = DATA_DIR / "places.txt"
LOWER_PATH = DATA_DIR / "lowercase-words.txt"
FIRST_NAMES_PATH = DATA_DIR / "first-names.txt"
REGIONS_PATH = DATA_DIR / "regions.txt"
CLUSTERS_PATH = DATA_DIR / "clusters.txt"
COMPANY_WORDS_PATH = DATA_DIR / "company-words.txt"
MAX_SEQUENCE = 150
MAX_GAZETTEER_WORDS = 4
CONTEXT = 2

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[A-Z]\.(?=[ ]?[A-Z])"  # an initial: George W. Bush
    r"|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Rep|Gov|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|Bros|No)\.(?=[\s,;:)]|$)"
    r"|['’][sS]\b"  # possessive, a token of its own as in CoNLL
    r"|\d+(?:[.,:]\d+)+(?![\w-])"  # 5.5, 1,000, 3:31.526: one token, no sentence end
    r"|\w+(?:[-&/]\w+|['’](?![sS]\b)\w+)*"
    r"|\S"
)
_SENTENCE_END = frozenset(".!?")
# capitalised words that never start a name on their own: no window is opened for them
_NOT_TRIGGERS = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "For",
        "And",
        "But",
        "Or",
        "If",
        "As",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "Its",
        "There",
        "Here",
        "When",
        "While",
        "After",
        "Before",
        "During",
        "Since",
        "About",
        "What",
        "Who",
        "How",
        "Why",
        "Where",
        "Some",
        "Many",
        "Most",
        "All",
        "Both",
        "Each",
        "Not",
        "No",
        "Yes",
        "Also",
        "However",
    ]
)
_DIGITS = re.compile(r"\d")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Span:
    """A recognised name: offsets into the tokenised text and a CoNLL label."""

    start: int
    end: int
    label: str  # PER, ORG, LOC, MISC
    confidence: float = 1.0  # the lowest marginal probability of its words' labels


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens with character offsets (plus `offset`)."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def sentences(tokens: list[Token]) -> Iterator[list[Token]]:
    """Split tokens at sentence ends, and every `MAX_SEQUENCE` tokens at the latest."""
    current: list[Token] = []
    for index, token in enumerate(tokens):
        current.append(token)
        ends = token.text in _SENTENCE_END
        if ends and index + 1 < len(tokens) and tokens[index + 1].text in "\"”’')":
            ends = False  # the quote mark closes the sentence; split after it
        elif not ends and token.text in "\"”’')" and index and tokens[index - 1].text in ".!?":
            ends = True
        if ends or len(current) >= MAX_SEQUENCE:
            yield current
            current = []
    if current:
        yield current


def shape(word: str) -> str:
    """Compressed word shape: `Grushko` -> `Xx`, `SCO` -> `X`, `24` -> `d`, `U.S.` -> `X.X.`."""
    out: list[str] = []
    for char in word[:12]:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


class Gazetteer:
    """Multi-word place names, looked up token by token (longest match first)."""

    def __init__(self, names: list[str]) -> None:
        self.names: set[tuple[str, ...]] = set()
        self.firsts: set[str] = set()
        for name in names:
            words = tuple(word.lower() for word in _TOKEN.findall(name))
            if 0 < len(words) <= MAX_GAZETTEER_WORDS:
                self.names.add(words)
                self.firsts.add(words[0])

    def tags(self, words: list[str]) -> list[str]:
        """B/I/O per word for the longest gazetteer match starting at each position."""
        tags = ["O"] * len(words)
        lowered = [w.lower() for w in words]
        i = 0
        firsts = self.firsts
        while i < len(words):
            if not words[i][:1].isupper() or lowered[i] not in firsts:
                i += 1
                continue
            for length in range(min(MAX_GAZETTEER_WORDS, len(words) - i), 0, -1):
                if tuple(lowered[i : i + length]) in self.names:
                    tags[i] = "B"
                    for j in range(i + 1, i + length):
                        tags[j] = "I"
                    i += length
                    break
            else:
                i += 1
        return tags


@lru_cache(maxsize=1)
def resources() -> tuple[Gazetteer, frozenset[str], frozenset[str]]:
    """The place gazetteer, common lowercase words and first names, loaded once."""
    places = _read_list(PLACES_PATH)
    lower = frozenset(_read_list(LOWER_PATH))
    first_names = frozenset(_read_list(FIRST_NAMES_PATH))
    return Gazetteer(places), lower, first_names


@lru_cache(maxsize=1)
def company_words() -> frozenset[str]:
    """Words Reuters-21578 writes in company names ("Sealy" of "Sealy Corp")."""
    return frozenset(_read_list(COMPANY_WORDS_PATH))


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Countries, continents and US states (a CoNLL model calls "Texas" a team too often)."""
    return frozenset(_read_list(REGIONS_PATH))


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, str]]:
    """Word -> (coarse, fine) cluster numbers from Reuters newswire (see data/clusters.txt)."""
    table: dict[str, tuple[str, str]] = {}
    for line in _read_list(CLUSTERS_PATH):
        word, coarse, fine = line.split(" ")
        table[word] = (coarse, fine)
    return table


def _read_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


_WORD_CACHE: dict[str, tuple[list[str], tuple[str, ...]]] = {}
_WORD_CACHE_MAX = 200_000
_GAZ_FEATURES = {tag: ("g=" + tag, "-1g=" + tag, "1g=" + tag) for tag in "BIO"}


def _word_features(word: str) -> tuple[list[str], tuple[str, ...]]:
    """Features of a word on its own, and as seen from its neighbours (cached: words repeat)."""
    cached = _WORD_CACHE.get(word)
    if cached is not None:
        return cached
    _, lower, first_names = resources()
    low = word.lower()
    word_shape = shape(word)
    own = [
        "w=" + _DIGITS.sub("0", low),
        "s=" + word_shape,
        "x2=" + low[-2:],
        "p3=" + low[:3],
        "x3=" + low[-3:],
        "x4=" + low[-4:],
    ]
    if word[:1].isupper():
        own.append("cap")
        if low in lower:
            own.append("capcommon")
    if len(word) == 1:
        own.append("len1")
    if word in first_names:
        own.append("fn")
    if word in company_words():
        own.append("co")
    cluster = clusters().get(_DIGITS.sub("0", low))
    if cluster is not None:
        own += ("c=" + cluster[0], "cf=" + cluster[1], "cs=" + cluster[1] + word_shape)
    near = ("-1c=" + cluster[1], "1c=" + cluster[1]) if cluster else ("-1c=-", "1c=-")
    seen = (
        "-2w=" + low,
        "-1w=" + low,
        "1w=" + low,
        "2w=" + low,
        "-1s=" + word_shape,
        "1s=" + word_shape,
        low,
        *near,
    )
    if len(_WORD_CACHE) > _WORD_CACHE_MAX:
        _WORD_CACHE.clear()
    _WORD_CACHE[word] = (own, seen)
    return own, seen


def upper_sentence(words: list[str]) -> bool:
    """Most words in capitals: a headline or a shouted line, where a capital says little."""
    letters = sum(1 for w in words if w[:1].isalpha())
    return sum(1 for w in words if w.isupper() and len(w) > 1) > 0.6 * max(1, letters)


MAX_DOCUMENT_CONTEXTS = 8


def _neighbour(word: str) -> str:
    """A neighbour as the document features see it: any capitalised word is `Cap`."""
    return "Cap" if word[:1].isupper() else _DIGITS.sub("0", word.lower())


class Document:
    """What the rest of an article says about each capitalised word: the words around
    its other occurrences, and whether it is written mid-sentence with a capital or in
    lower case. A headline in capitals or a sentence's first word gets its evidence
    from the body ("Norwest" ... "Norwest Corp", "Mr Lynagh")."""

    def __init__(self, sentences: Iterable[list[str]]) -> None:
        self.contexts: dict[str, Counter[str]] = {}
        self.ranked: dict[str, list[tuple[str, int]]] = {}
        self.lower: set[str] = set()
        for words in sentences:
            if upper_sentence(words):
                continue
            for i, word in enumerate(words):
                if word.islower():
                    self.lower.add(word)
                elif word[:1].isupper() and i > 0:
                    key = word.lower()
                    table = self.contexts.get(key)
                    if table is None:
                        table = self.contexts[key] = Counter()
                    table.update(self._around(words, i))

    @staticmethod
    def _around(words: list[str], i: int) -> list[str]:
        out = ["d:mid"]
        before = words[i - 1] if i > 0 else "<s>"
        after = words[i + 1] if i + 1 < len(words) else "</s>"
        out += ("d-1=" + _neighbour(before), "d1=" + _neighbour(after))
        if not before[:1].isupper() and not after[:1].isupper():
            out.append("d:alone")
        table = clusters()
        for name, near in (("d-1c=", before), ("d1c=", after)):
            cluster = table.get(_DIGITS.sub("0", near.lower()))
            if cluster is not None:
                out.append(name + cluster[1])
        return out

    def features(self, words: list[str], i: int, shouted: bool) -> list[str]:
        word = words[i]
        key = word.lower()
        out = ["d:low"] if key in self.lower else []
        ranked = self.ranked.get(key)
        if ranked is None:
            table = self.contexts.get(key)
            if table is None:
                return out
            ranked = self.ranked[key] = table.most_common(MAX_DOCUMENT_CONTEXTS + 4)
        own = set(self._around(words, i)) if i > 0 and not shouted else set()
        found = [f for f, n in ranked if n > (f in own)]
        return out + found[:MAX_DOCUMENT_CONTEXTS]


def token_features(
    words: list[str], indices: Iterable[int] | None = None, document: Document | None = None
) -> list[list[str]]:
    """CRF attributes for words of one sentence (all, or `indices`): word, shape, neighbours."""
    gazetteer = resources()[0]
    gaz = gazetteer.tags(words)
    shouted = upper_sentence(words)
    cached = [_word_features(w) for w in words]
    n = len(words)
    features: list[list[str]] = []
    for i in indices if indices is not None else range(n):
        own, seen = cached[i]
        feats = [*own, _GAZ_FEATURES[gaz[i]][0]]
        if i == 0:
            feats.append("first")
        if shouted:
            feats.append("upsent")
        if document is not None and words[i][:1].isupper():
            feats += document.features(words, i, shouted)
        if i >= 1:
            before = cached[i - 1][1]
            feats += (before[1], before[4], _GAZ_FEATURES[gaz[i - 1]][1], before[7])
            feats.append("bw=" + before[6] + "|" + seen[6])
        else:
            feats.append("-1w=<edge>")
        if i + 1 < n:
            after = cached[i + 1][1]
            feats += (after[2], after[5], _GAZ_FEATURES[gaz[i + 1]][2], after[8])
            feats.append("fw=" + seen[6] + "|" + after[6])
        else:
            feats.append("1w=<edge>")
        features.append(feats)
    return features


@lru_cache(maxsize=1)
def _tagger():  # noqa: ANN202 - pycrfsuite has no type hints
    """The CRF tagger, or None without python-crfsuite or the model (the registry and the
    rules still work then; `model_available()` says which)."""
    try:
        import pycrfsuite
    except ImportError:
        return None
    if not MODEL_PATH.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


def model_available() -> bool:
    return _tagger() is not None


def tag_words(
    words: list[str], confidences: list[float] | None = None, document: Document | None = None
) -> list[str]:
    """IOB labels for one sentence of words (and, if a list is given, each label's
    marginal probability, filled in for labelled words; 1.0 elsewhere).

    Only stretches within two words of a capitalised word are tagged (names start with
    a capital; the features look two words either way), which halves the work on
    typical prose; everything else is "O".
    """
    labels = ["O"] * len(words)
    if confidences is not None:
        confidences[:] = [1.0] * len(words)
    tagger = _tagger()
    windows = _capital_windows(words) if tagger is not None else []
    if not windows:
        return labels
    indices = [i for first, last in windows for i in range(first, last)]
    features = token_features(words, indices, document)
    position = 0
    for first, last in windows:
        window_features = features[position : position + last - first]
        position += last - first
        tagged = tagger.tag(window_features)
        labels[first:last] = tagged
        if confidences is not None:
            for offset, label in enumerate(tagged):
                if label != "O":
                    confidences[first + offset] = tagger.marginal(label, offset)
    return labels


def _capital_windows(words: list[str]) -> list[tuple[int, int]]:
    """Maximal runs of positions within `CONTEXT` words of a capitalised word."""
    windows: list[tuple[int, int]] = []
    n = len(words)
    for i, word in enumerate(words):
        if not word[:1].isupper() or word in _NOT_TRIGGERS:
            continue
        first, last = max(0, i - CONTEXT), min(n, i + CONTEXT + 1)
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], last)
        else:
            windows.append((first, last))
    return windows


def spans_from_iob(
    tokens: list[Token], labels: list[str], confidences: list[float] | None = None
) -> list[Span]:
    """Join B-/I- labelled tokens into spans; a stray I- starts a new span. Two people
    side by side with only a space between are one name the model broke ("Pope John
    Paul II" as `B-PER I-PER B-PER I-PER`): news copy puts a comma or "and" between two."""
    spans: list[Span] = []
    current: Span | None = None
    for index, (token, label) in enumerate(zip(tokens, labels, strict=True)):
        if label == "O":
            current = None
            continue
        confidence = confidences[index] if confidences else 1.0
        prefix, _, kind = label.partition("-")
        broken = kind == "PER" and current is not None and token.start == current.end + 1
        if current is not None and (prefix == "I" or broken) and current.label == kind:
            current.end = token.end
            current.confidence = min(current.confidence, confidence)
        else:
            current = Span(token.start, token.end, kind, confidence)
            spans.append(current)
    return spans
