"""Who "he" or "she" is: a small learned ranker over the people an article named before.

A pronoun beside a quotation (`"...," she said`) follows the discourse, not the nearest
name: the subject of the sentences before, the previous quotation's speaker. Each
candidate (a person named in the window before the quote, or a recent quotation's
speaker, whose gender agrees) gets the features below; a linear model scores them and
the best wins (a conditional logit: softmax over one quote's candidates).

The weights are package data (`data/quote_ranker.json`), trained on PolNeAR train by
`make quotes-model` (evaluation/train_quotes.py): quotes whose speaker the text names
are re-read as if the name were a pronoun (the name masked), and the model learns which
earlier mention the name meant. No training text is kept. Without the file, fixed
weights that prefer the last subject and the last speaker stand in.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.annotate.words import PERSON_HEADS, ROLE_WORDS, word_list

if TYPE_CHECKING:
    from generator.annotate.quotes.names import NameBook

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "quote_ranker.json"
MAX_MENTIONS = 60  # mentions looked back over
MAX_DISTANCE = 4000  # characters looked back over (a quotation's speaker is always kept)
MAX_CANDIDATES = 12

FEATURES = (
    "rank0",  # the most recently mentioned candidate
    "rank1",
    "rank2",
    "rank3+",
    "distance",  # log characters from the last mention to the quote
    "same_block",  # last mention in the quote's paragraph
    "previous_block",
    "blocks_back",  # paragraphs between, capped at 4, scaled
    "subject",  # the last mention opens its sentence or clause (a subject)
    "subject_here",  # ... in the quote's own paragraph
    "object",  # the last mention follows a verb (`accused Olsen`): not the subject
    "speaker_mention",  # the last mention sits beside a speech verb
    "speaker_just_before",  # ... in this paragraph or the one before (`noted NBC's X.`)
    "after_preposition",  # `with Clinton`, `to Trump`: not a subject
    "possessive",  # `Trump's`
    "last_speaker",  # spoke the previous quotation
    "recent_speaker",  # spoke one of the three quotations before
    "speaker_count",  # log quotations given to the candidate so far
    "mention_count",  # log mentions so far
    "block_mentions",  # mentions in the previous and this paragraph
    "full_name",  # the person has a first name and a surname
    "entity",  # entity recognition found a person of that name
    "known",  # a title, a speech verb or a first name shows it is a person
    "only_quote_speaker",  # not mentioned in the window; a recent quote's speaker
    "first_in_sentence",  # the first person named in the last mention's sentence
)
_INDEX = {name: n for n, name in enumerate(FEATURES)}
_RANKS = ("rank0", "rank1", "rank2", "rank3+")

_DEFAULT = {
    "rank0": 1.0,
    "subject": 1.0,
    "last_speaker": 1.5,
    "speaker_mention": 0.5,
    "same_block": 0.5,
    "distance": -0.5,
}

_PREPOSITIONS = frozenset(
    [
        "with",
        "of",
        "for",
        "to",
        "in",
        "at",
        "by",
        "from",
        "about",
        "on",
        "into",
        "against",
        "among",
        "between",
        "like",
        "than",
        "over",
        "toward",
        "towards",
        "under",
        "after",
        "before",
        "behind",
        "beside",
    ]
)


# Lowercase words before a name that do not make it an object: titles and conjunctions.
_NOT_VERBS = frozenset(PERSON_HEADS | ROLE_WORDS | {"and", "or", "but", "the", "as", "former"})


# `But`, `And` opening a sentence: the mention after them is still its subject
_COORDINATORS = frozenset(word_list("but and yet so"))

# `Clinton campaign manager `: a name, lower-case words and a role before the next name
_AIDE_OF = re.compile(r"(?:[A-Z][\w.'’-]*\s)+(?:[a-z]+\s){0,2}(?P<head>[a-z]+)\s")

_CLAUSE_OPENERS = frozenset(
    word_list(
        "while when as although though if because before after since once unlike despite but "
        "and so yet even"
    )
)


@functools.cache
def weights() -> tuple[float, ...]:
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        table = data["weights"]
    except (OSError, ValueError, KeyError):
        table = _DEFAULT
    return tuple(float(table.get(name, 0.0)) for name in FEATURES)


@dataclass(slots=True)
class Candidate:
    name: str
    features: list[float]


def candidates(
    book: NameBook,
    at: int,
    gender: str | None,
    quote_speakers: list[tuple[int, str]],
    kinds: tuple[str, ...] = ("person",),
) -> list[Candidate]:
    """The people who could be meant at `at`, each with its features."""
    index = bisect.bisect_left(book.mention_offsets, at)
    last: dict[str, int] = {}  # name -> offset of its last mention before `at`
    count: dict[str, int] = {}
    for offset, mentioned in reversed(book.mentions[max(0, index - MAX_MENTIONS) : index]):
        if offset < at - MAX_DISTANCE and len(last) >= 2:
            break
        name = book.fit(offset, mentioned, gender)
        if name is None or book.people[name].kind not in kinds or _not_a(book, name, kinds):
            continue
        last.setdefault(name, offset)
        count[name] = count.get(name, 0) + 1
    earlier = [(o, n) for o, n in quote_speakers if o < at]
    recent = [n for _o, n in earlier[-3:]]
    previous = recent[-1] if recent else None
    spoken: dict[str, int] = {}
    for _o, n in earlier:
        spoken[n] = spoken.get(n, 0) + 1
    for name in reversed(recent):
        person = book.people.get(name)
        if person is None or person.kind not in kinds or name in last or _not_a(book, name, kinds):
            continue
        if gender and person.gender not in (None, gender):
            continue
        before = [m for m in person.mentions if m < at]
        last[name] = before[-1] if before else -1
    ranked = sorted(last.items(), key=lambda item: -item[1])[:MAX_CANDIDATES]
    block_of = _block_index(book)
    here = block_of(at)
    out = []
    for rank, (name, offset) in enumerate(ranked):
        person = book.people[name]
        f = [0.0] * len(FEATURES)
        f[_INDEX[_RANKS[min(rank, 3)]]] = 1.0
        if offset >= 0:
            f[_INDEX["distance"]] = math.log1p(max(0, at - offset)) / 8
            back = here - block_of(offset)
            f[_INDEX["same_block"]] = float(back == 0)
            f[_INDEX["previous_block"]] = float(back == 1)
            f[_INDEX["blocks_back"]] = min(back, 4) / 4
            # `Haig says he sold Paddock ... from Haig's business.`: any of the candidate's
            # mentions in the sentence of its last one can be its subject
            here_too = _same_sentence(book.text, person.mentions, offset)
            modifier = _modifier(book, offset)
            subject = any(_opens_clause(book.text, m) and not _modifier(book, m) for m in here_too)
            f[_INDEX["subject"]] = float(subject)
            f[_INDEX["subject_here"]] = float(subject and back == 0)
            raw = _word_before(book.text, offset)
            word = raw.lower()
            f[_INDEX["object"]] = float(
                raw[:1].islower()
                and word not in _PREPOSITIONS
                and word not in _NOT_VERBS
                and offset not in book.speaker_mentions
            )
            f[_INDEX["speaker_mention"]] = float(any(m in book.speaker_mentions for m in here_too))
            f[_INDEX["speaker_just_before"]] = float(offset in book.speaker_mentions and back <= 1)
            f[_INDEX["after_preposition"]] = float(word in _PREPOSITIONS)
            f[_INDEX["possessive"]] = float(modifier or possessive(book.text, offset))
            f[_INDEX["first_in_sentence"]] = float(
                not modifier and _first_in_sentence(book, offset, gender, name)
            )
            lo = book.blocks[max(0, here - 1)].start if here >= 0 else 0
            f[_INDEX["block_mentions"]] = math.log1p(
                sum(1 for m in person.mentions if lo <= m < at)
            )
        else:
            f[_INDEX["only_quote_speaker"]] = 1.0
            f[_INDEX["distance"]] = 1.0
            f[_INDEX["blocks_back"]] = 1.0
        f[_INDEX["last_speaker"]] = float(name == previous)
        f[_INDEX["recent_speaker"]] = float(name in recent)
        f[_INDEX["speaker_count"]] = math.log1p(spoken.get(name, 0))
        f[_INDEX["mention_count"]] = math.log1p(count.get(name, 0))
        f[_INDEX["full_name"]] = float(" " in name)
        entity = book.entities.get(name.lower())
        f[_INDEX["entity"]] = float(entity is not None and entity.type == "person")
        f[_INDEX["known"]] = float(person.known)
        out.append(Candidate(name, f))
    return out


def best(found: list[Candidate]) -> str | None:
    return choice(found)[0]


def choice(found: list[Candidate]) -> tuple[str | None, float]:
    """The best candidate and its probability under the model (softmax over the
    quote's candidates): the confidence of a pronoun's speaker."""
    if not found:
        return None, 0.0
    w = weights()
    scores = [sum(a * b for a, b in zip(w, c.features, strict=True)) for c in found]
    top = max(scores)
    total = sum(math.exp(s - top) for s in scores)
    winner = scores.index(top)
    return found[winner].name, 1.0 / total


def _same_sentence(text: str, mentions: list[int], offset: int) -> list[int]:
    """The mentions from the start of the sentence holding `offset` up to it."""
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset))
    return [m for m in mentions if start < m <= offset]


def _block_index(book: NameBook):
    starts = [b.start for b in book.blocks]

    def block_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    return block_of


def _word_before(text: str, offset: int) -> str:
    """The word before `offset` as written (its case tells a verb from a sentence opener)."""
    end = offset
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def possessive(text: str, offset: int) -> bool:
    """`Trump's plan`: the mention's last capitalised word ends in 's."""
    end = offset
    while True:
        start = end
        while end < len(text) and (text[end].isalnum() or text[end] in ".-'’"):
            end += 1
        word = text[start:end]
        if end < len(text) and text[end] == " " and text[end + 1 : end + 2].isupper():
            if word.endswith(("'s", "’s")):
                return False  # `NBC's Dante Chinni`: the possessive is not the mention's
            end += 1
            continue
        return word.endswith(("'s", "’s"))


def _modifier(book: NameBook, offset: int) -> bool:
    """`Clinton communication director Jennifer Palmieri`, `Gowdy spokesman Jamal Ware`: the
    mention names whose aide the next person is, like `Clinton's`; it is not the subject
    of the sentence it opens. Between the mention's capitalised words and the next
    mention stand one to three lower-case words, the last a person's role, and no
    punctuation (`Whitman, the former New Jersey governor` is an apposition)."""
    index = bisect.bisect_right(book.mention_offsets, offset)
    if index >= len(book.mentions):
        return False
    found = _AIDE_OF.fullmatch(book.text, offset, book.mentions[index][0])
    return found is not None and found.group("head") in PERSON_HEADS


def _not_a(book: NameBook, name: str, kinds: tuple[str, ...]) -> bool:
    """Entity recognition says the name is something else (`Charlotte`, the city)."""
    entity = book.entities.get(name.lower())
    return entity is not None and entity.type not in kinds


def _opens_clause(text: str, offset: int) -> bool:
    """The mention starts its sentence or clause, maybe after a title (`Sen. Ted Cruz`)."""
    i = offset
    words = 0
    while i > 0 and words < 4:
        j = i
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j == 0 or text[j - 1] in '\n.!?;:,—"“”':
            if j and text[j - 1] == "." and j >= 3 and text[j - 3 : j - 1].istitle():
                pass  # `Sen.`, `Mr.`: a title, not a sentence end
            else:
                return True
        k = j
        while k > 0 and not text[k - 1].isspace() and text[k - 1] not in '"“”(':
            k -= 1
        word = text[k:j]
        low = word.lower().rstrip(",")
        title = word.endswith(".") or low in PERSON_HEADS or low in ROLE_WORDS
        if low in _COORDINATORS and word[:1].isupper():
            i = k  # `But Robert Lutz, ..., said`: a sentence's main clause opens after it
            continue
        if not word or low in _CLAUSE_OPENERS or not (title or word[:1].isupper()):
            return False  # `While Obama ...`, `told Olsen`
        words += 1
        i = k
    return False


def _first_in_sentence(book: NameBook, offset: int, gender: str | None, name: str) -> bool:
    """Is this the first fitting person named in its sentence?"""
    lo = offset
    floor = max(0, offset - 320)
    while lo > floor:
        char = book.text[lo - 1]
        if char == "\n" or (char == " " and book.text[lo - 2 : lo - 1] in ".!?"):
            break
        lo -= 1
    first = bisect.bisect_left(book.mention_offsets, lo)
    for start, other in book.mentions[first:]:
        if start >= offset:
            return True
        fit = book.fit(start, other, gender)
        if fit is not None and fit != name and book.people[fit].kind == "person":
            return False
    return True
