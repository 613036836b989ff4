"""What lists show of an article: a readable headline and a teaser.

Wire copy often sets its headlines in capitals (`INDIA BUYS 46,000 TONNES OF VEGETABLE
OILS`) and has no lead. Lists, page titles and feeds show such a headline in title
case (the `titlecase` library, John Gruber's rules), keeping the words the article's
own text writes in capitals (`EC`, `OPEC`); a headline with any lower-case letter is
never changed, and the article's page shows its headline verbatim. The teaser is the
lead, else the first sentences of the body (split by `sentencex`), ending at a sentence
boundary, or at a word boundary with an ellipsis when one sentence is very long.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from sentencex import segment
from titlecase import titlecase

from generator.model import Article
from generator.read.dateline import find_dateline

TEASER_CHARS = 220  # sentences are added while the teaser stays this short
TEASER_MAX = 320  # a first sentence longer than this is cut at a word
_WORD = re.compile(r"[A-Z0-9][A-Z0-9&'.\-]*[A-Z0-9]|[A-Z]")
_TEASER_KINDS = ("lead", "dateline", "paragraph")


def all_capitals(text: str) -> bool:
    """True for a headline set in capitals throughout (at least two capitalised words)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and not any(c.islower() for c in letters) and " " in text.strip()


def readable_headline(title: str, text: str, known: frozenset[str] = frozenset()) -> str:
    """`title` in title case when it is all capitals, else unchanged. Words that `text`
    (the article) writes in capitals elsewhere stay capitals: they are acronyms; so do
    the `known` ones (`archive_acronyms`) and the words of the symbols the article gives
    in angle brackets (`TWA <TWA>`, `HK` of `<CKGH.HK>`), unless the story writes them
    as words. A symbol stays as written."""
    if not all_capitals(title):
        return title
    body = text.replace(title, " ")
    # A ticker's word the story writes as a word (`TIN <TIN.L>`, "the tin council") is one.
    words = {w.upper() for w in _LOWER_WORD.findall(body[:20_000])}
    keep = _capitalised_words(body) | (_symbol_words(body, title) - words) | known
    return _title_case(title, frozenset(keep))


# Reuters marks a company's ticker, or a company without one, in angle brackets.
_SYMBOL = re.compile(r"<[^<>\n]{1,60}>")
_MASK = re.compile(r"qqsym(\d+)qq")


@functools.lru_cache(maxsize=65536)
def _title_case(title: str, keep: frozenset[str]) -> str:
    """Title case keeping `keep` in capitals; `<SYMBOL>` as written, a bracketed name
    (`<RANGE ROVER>`) in title case inside its brackets."""
    symbols = _SYMBOL.findall(title)
    masked = title
    for number, symbol in enumerate(symbols):
        masked = masked.replace(symbol, f" qqsym{number}qq ", 1)

    def callback(word: str, **_: object) -> str | None:
        if _MASK.fullmatch(word):
            return word
        core = word.strip("()<>[]\"'“”‘’,.:;!?").upper()
        possessive = core.endswith(("'S", "’S"))
        core = core[:-2] if possessive else core
        if core and (core in keep or (len(core) > 1 and "." in core.strip("."))):
            shown = word.upper()  # `EC`, `U.S.` as the text writes them; `GM's`
            return shown[:-1] + "s" if possessive and shown.endswith("S") else shown
        return None

    cased = titlecase(masked.lower(), callback=callback)

    def unmask(match: re.Match) -> str:
        symbol = symbols[int(match.group(1))]
        inner = symbol[1:-1].strip()
        if " " not in inner:
            return symbol  # a ticker: `<GE>`, `<CKGH.HK>`
        return f"<{_title_case(inner, keep) if all_capitals(inner) else inner}>"

    return _MASK.sub(unmask, cased.replace(" qqsym", "qqsym").replace("qq ", "qq"))


def _symbol_words(text: str, title: str = "") -> frozenset[str]:
    """Words that a one-word symbol in angle brackets shows to be capitals: a ticker
    right after the same word (`TWA <TWA>`: the name is the ticker), a short ticker of
    the headline that is a word of it (`SL INDUSTRIES INC <SL>`; not `MAIL` of `MAIL
    BOXES ETC <MAIL>`, a word), and the exchange after its dot (`HK` of `<CKGH.HK>`)."""
    found: set[str] = set()
    text = f"{title} {text[:20_000]}"
    words = set(re.findall(r"[A-Z0-9]+", title.upper()))
    for match in _SYMBOL.finditer(text):
        inner = match.group()[1:-1].strip().upper()
        if " " in inner:
            continue
        root, *exchanges = inner.split(".")
        found.update(w for w in exchanges if len(w) > 1 and w.isalpha())
        before = text[: match.start()].split()
        word = before[-1].upper().strip("(),.:;'\"") if before else ""
        short = len(root) <= 3 or not re.search("[AEIOUY]", root)
        in_title = match.start() < len(title) and root in words
        if word.removesuffix("'S").removesuffix("’S") == root or (in_title and short):
            found.add(root)
    return frozenset(found)


def _capitalised_words(text: str) -> frozenset[str]:
    """Words of two or more letters written in capitals in running text (`CMOs` too)."""
    found = set()
    for match in _WORD.finditer(text[:20_000]):
        word = match.group()
        if len(word) > 1 and any(c.isalpha() for c in word):
            before = text[max(0, match.start() - 1) : match.start()]
            after = text[match.end() : match.end() + 2]
            if after[:1] == "s" and not after[1:].isalpha():
                after = after[1:]  # a plural: `CMOs`
            if not (before.isalpha() or after[:1].isalpha()):
                found.add(word)
    return frozenset(found)


ACRONYM_ARTICLES = 2  # articles that must write a word in capitals
ACRONYM_RATIO = 10  # times more often in capitals than in lower case


def archive_acronyms(texts: Iterable[str]) -> frozenset[str]:
    """Words the archive writes in capitals (in running text, outside headlines) in at
    least two articles and at least ten times as often as in lower or title case:
    `USDA`, `FBI`, `GM`, whichever story's headline names them. `NOTE` (a footer in
    capitals, a word elsewhere) is not one."""
    capitals: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        capitals.update(_capitalised_words(text))
        lower.update({w.upper() for w in _LOWER_WORD.findall(text[:20_000])})
    return frozenset(
        word
        for word, count in capitals.items()
        if count >= ACRONYM_ARTICLES and count >= ACRONYM_RATIO * lower[word]
    )


_LOWER_WORD = re.compile(r"\b[A-Za-z][a-z]+\b")


def running_text(article: Article) -> str:
    """The article's words outside its headline and dateline (`KUWAIT, March 1 -` is in
    capitals by custom, not because KUWAIT is an acronym)."""
    parts = []
    for block in article.blocks:
        if block.kind in ("title", "front-matter", "heading"):
            continue
        text = article.block_text(block)
        if block.kind == "dateline":
            end = _dateline_end(text)
            text = text[end:] if end is not None else text
        parts.append(text)
        if sum(len(p) for p in parts) > 20_000:
            break
    return "\n".join(parts)


def teaser(article: Article) -> str:
    """The lead, else the opening sentences of the body, never cut inside a word."""
    if article.lead:
        return article.lead
    text = ""
    for block in article.blocks:
        if block.kind in _TEASER_KINDS:
            text = article.block_text(block)
            if block.kind == "dateline":
                end = _dateline_end(text)
                text = text[end:] if end is not None else text
            text = " ".join(text.split())
            if text:
                break
    return opening_sentences(text)


@functools.lru_cache(maxsize=65536)
def without_dateline(text: str) -> str:
    end = _dateline_end(text)
    return text[end:].strip() if end is not None else text


@functools.lru_cache(maxsize=8192)
def _dateline_end(text: str) -> int | None:
    """Where a dateline opening `text` ends: the headline and the teaser of an article
    both look at its dateline paragraph, so it is parsed once."""
    found = find_dateline(text)
    return found.end if found else None


def opening_sentences(text: str, limit: int = TEASER_CHARS, most: int = TEASER_MAX) -> str:
    """Whole sentences from the start of `text` while they fit in `limit` characters
    (always the first one, cut at a word with `…` past `most`)."""
    text = text.strip()
    if len(text) <= limit:
        return text
    chosen = ""
    for sentence in segment("en", text[: most * 3]):
        if chosen and len(chosen) + len(sentence) > limit:
            break
        chosen += sentence
    chosen = chosen.strip()
    if len(chosen) <= most:
        return chosen
    cut = chosen[:most].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return cut + "…"
