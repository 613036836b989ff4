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


def readable_headline(title: str, text: str) -> str:
    """`title` in title case when it is all capitals, else unchanged. Words that `text`
    (the article) writes in capitals elsewhere stay capitals: they are acronyms."""
    if not all_capitals(title):
        return title
    return _title_case(title, _capitalised_words(text.replace(title, " ")))


@functools.lru_cache(maxsize=65536)
def _title_case(title: str, keep: frozenset[str]) -> str:
    def callback(word: str, **_: object) -> str | None:
        core = word.strip("()<>[]\"'“”‘’,.:;!?").upper()
        ticker = word.startswith("<") and word.rstrip(",.:;").endswith(">")  # `<AFG>`
        if core and (ticker or core in keep or (len(core) > 1 and "." in core.strip("."))):
            return word.upper()  # `EC`, `U.S.`, `<CKGH.HK>` as the text writes them
        return None

    return titlecase(title.lower(), callback=callback)


def _capitalised_words(text: str) -> frozenset[str]:
    """Words of two or more letters written in capitals in running text."""
    found = set()
    for match in _WORD.finditer(text[:20_000]):
        word = match.group()
        if len(word) > 1 and any(c.isalpha() for c in word):
            before = text[max(0, match.start() - 1) : match.start()]
            after = text[match.end() : match.end() + 1]
            if not (before.isalpha() or after.isalpha()):
                found.add(word)
    return frozenset(found)


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
