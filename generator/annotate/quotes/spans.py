"""Quotation spans: pair quotation marks block by block, before any attribution.

A small state machine, never a backtracking regex, linear in the number of marks.
Apostrophes, inch marks and single quotes nested in double ones never open a
quotation; a quote left open at a paragraph's end (the news convention for a quote
that runs on) continues in the next paragraph; headlines may quote with single marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from generator.annotate.words import FIRST_PERSON, word_list
from generator.model import Block

SEARCH_BLOCKS = ("title", "lead", "paragraph")


WINDOW = 320  # characters of context read on each side of a quote


MIN_WORDS = 3  # shorter quotes count only when a speaker is attached (else scare quotes)


MAX_MARKS = 2000  # a block with more quotation marks than this is not prose: skip it


MAX_QUOTES = 3000  # quotations read per article; the longest real ones have a few hundred


_MARKS = re.compile(r"[\"“”„«»]")


_OPENERS = "“„«"


_CLOSERS = "”»"


_BEFORE_OPEN = "([{—–-/‘'"


WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(slots=True)
class QuoteSpan:
    """A quotation found by the scanner, before attribution."""

    start: int
    end: int
    block: int  # index into the list of searched blocks
    open_ended: bool = False  # no closing mark: the quote runs on to the next paragraph
    continues: bool = False  # carries on a quote left open at the previous paragraph's end


def find_spans(text: str, blocks: list[Block]) -> list[QuoteSpan]:
    """Pair quotation marks block by block; linear in the number of marks."""
    spans: list[QuoteSpan] = []
    carried = False  # the previous paragraph ended inside a quotation
    # In copy that quotes with curly marks, a stray straight mark opening a paragraph and
    # never closed marks an excerpt (`"Melanie thought ...`), not a quotation.
    curly = bool(blocks) and text.count("“", blocks[0].start, blocks[-1].end) >= 2
    curly = curly and text.count('"', blocks[0].start, blocks[-1].end) < text.count(
        "“", blocks[0].start, blocks[-1].end
    )
    for index, block in enumerate(blocks):
        if carried and _runs_on(text, blocks, index):
            # `"He told me what he wanted.` / `I handed him a box."`: the quote carries on
            # into lines that do not open it again, up to its closing mark
            close = _first_mark(text, block.start, block.end)
            start = first_visible(text, block.start, block.end)
            if close is None:
                if _has_words(text, start, block.end):
                    spans.append(QuoteSpan(start, block.end, index, True, True))
                continue
            found = [QuoteSpan(start, close + 1, index, continues=True)]
            found = [s for s in found if _has_words(text, s.start, s.end)]
            found += _spans_in_block(text, close + 1, block.end, index)
            if not found:
                carried = False
                continue
            carried = found[-1].open_ended and not found[-1].continues
            spans.extend(found)
            continue
        found = _spans_in_block(text, block.start, block.end, index)
        stray = curly and found and found[-1].open_ended and text[found[-1].start] == '"'
        if stray and not _runs_on(text, blocks, index + 1):
            found.pop()  # not a quote that runs on to a closing mark in the next lines
        if not found and block.kind == "title":
            found = _single_quoted(text, block.start, block.end, index)
        if carried and found and found[0].start == first_visible(text, block.start, block.end):
            found[0].continues = True
        carried = bool(found) and found[-1].open_ended and block.kind == "paragraph"
        spans.extend(found)
        if len(spans) >= MAX_QUOTES:
            return spans[:MAX_QUOTES]
    return spans


MAX_RUN_ON = 8  # lines a quotation runs over without opening marks of its own


def _first_mark(text: str, start: int, end: int) -> int | None:
    found = _MARKS.search(text, start, end)
    return found.start() if found is not None else None


def _runs_on(text: str, blocks: list[Block], index: int) -> bool:
    """After a paragraph that ends inside a quotation, does the quotation run on into
    this block without a new opening mark? Only when the first quotation mark met from
    here (within a few lines) closes a quote: its words follow and nothing precedes."""
    for block in blocks[index : index + MAX_RUN_ON]:
        if block.kind != "paragraph":
            return False
        at = _first_mark(text, block.start, block.end)
        if at is None:
            continue
        if text[at] in _OPENERS or (text[at] == '"' and at == block.start):
            # a line that opens again: the lines before it, with no marks, were the
            # quote's (`“Why is it so easy ...?` / `Why ...?` / `“Why ...`)
            return block is not blocks[index] and at == first_visible(text, block.start, block.end)
        before = text[at - 1] if at > block.start else " "
        return text[at] in _CLOSERS or not before.isspace()
    return False


def _single_quoted(text: str, start: int, end: int, index: int) -> list[QuoteSpan]:
    """Headlines often quote with single marks: `Envoy says 'no progress' with NATO`.
    An opening mark follows a space and precedes a letter; a closing one follows a
    letter or punctuation and precedes a space, punctuation or the end. Only the first
    thousand characters are read: a headline is short."""
    end = min(end, start + 1000)
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(start, end):
        if text[i] not in "'‘’":
            continue
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if text[i] != "’" and (prev.isspace() or prev in ":(") and nxt.isalnum():
                open_at = i
        elif text[i] != "‘" and not prev.isspace() and (nxt.isspace() or nxt in ",.:;!?)"):
            if prev == "s" and nxt.isspace() and _closes_later(text, i + 1, end):
                continue  # `players' union` inside a quote
            spans.append(QuoteSpan(open_at, i + 1, index))
            open_at = None
    return [s for s in spans if _has_words(text, s.start, s.end)]


def _closes_later(text: str, start: int, end: int) -> bool:
    """Is there another closing single mark before `end`?"""
    return any(
        text[j] in "'’" and (j + 1 == end or not text[j + 1].isalnum()) for j in range(start, end)
    )


def first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _is_inch(text: str, i: int, start: int) -> bool:
    """`6'2"`, `15" screen`, `12"x9"`: a double prime after a number."""
    if i == start or not text[i - 1].isdigit():
        return False
    j = i - 1
    while j > start and text[j - 1].isdigit():
        j -= 1
    if j > start and text[j - 1] in "'’′":
        return True
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return nxt in "x×-" or nxt == " " and text[i + 2 : i + 3].isalpha()


def _spans_in_block(text: str, start: int, end: int, index: int) -> list[QuoteSpan]:
    """Pair the block's quotation marks. A quote opened with one style of mark may hold
    a quote in the other style (`"about “Equal Justice”"`), when its own closing mark
    is still to come; otherwise a mark of the other style ends it (sloppy copy)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    nested = 0  # depth of other-style quotes inside the open one
    marks = list(islice(_MARKS.finditer(text, start, end), MAX_MARKS + 1))
    if len(marks) > MAX_MARKS:
        return spans
    last_straight = max((m.start() for m in marks if m.group() == '"'), default=-1)
    last_curly = max((m.start() for m in marks if m.group() in _CLOSERS), default=-1)
    for position, match in enumerate(marks):
        i = match.start()
        mark = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if mark == '"' and prev.isalpha() and nxt.isalpha():
            continue  # `I don"t`: an apostrophe typed as a double mark
        straight_open = open_at is not None and text[open_at] == '"'
        if open_at is not None and (mark == '"') != straight_open:
            # a mark of the other style inside an open quote
            later = last_straight if straight_open else last_curly  # the outer's closing mark
            if straight_open and mark in _OPENERS and later > i:
                nested += 1
                continue
            if straight_open and mark in _CLOSERS and nested:
                nested -= 1
                continue
            if not straight_open and later > i and _nested_straight(prev, nxt, nested):
                nested = 1 - nested
                continue
        if mark == '"':
            opener = (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()
            closer = not prev.isspace()
            if open_at is None:
                if _is_inch(text, i, start):
                    continue
                if opener or (not nxt.isspace() and nxt not in ",.;:!?)]"):
                    open_at, nested = i, 0
                continue
            if closer or nxt.isspace() or nxt in ",.;:!?)":  # `'Well done,' " said Russell`
                if _is_inch(text, i, start) and _looks_open_after(text, i, end):
                    continue
                spans.append(QuoteSpan(open_at, i + 1, index))
                open_at = None
            elif opener:  # a new opening mark: the previous quote was never closed
                spans.append(_unclosed(text, open_at, i, index))
                open_at, nested = i, 0
            continue
        if mark in _OPENERS:
            if open_at is not None and not prev.isspace() and (nxt.isspace() or nxt in ",.;:"):
                spans.append(QuoteSpan(open_at, i + 1, index))  # `“It's unusual,“ said ...`
                open_at = None
                continue
            if open_at is not None and _nested_curly(marks, position, text, end):
                nested += 1  # `“... co-founder of “The New Right” Mike Tokes, ...”`
                continue
            if open_at is not None:
                spans.append(_unclosed(text, open_at, i, index))
            open_at, nested = i, 0
        elif open_at is not None and nested and text[open_at] != '"':
            nested -= 1
        elif open_at is not None:
            spans.append(QuoteSpan(open_at, i + 1, index))
            open_at = None
    if open_at is not None:
        spans.append(_unclosed(text, open_at, end, index))
    return [s for s in spans if _has_words(text, s.start, s.end)]


def _nested_curly(marks: list[re.Match[str]], position: int, text: str, end: int) -> bool:
    """Inside an open curly quote, does this curly opening mark open a quote within it?
    Only when two closing marks follow before any other opening mark: the inner
    quote's and the outer one's, which may close a line or two later."""
    closers = 0
    for other in islice(marks, position + 1, None):
        if other.group() in _OPENERS:
            return False
        closers += other.group() in _CLOSERS
        if closers == 2:
            return True
    if closers != 1:
        return False
    later = _MARKS.search(text, end, end + 3000)
    return later is not None and later.group() in _CLOSERS


def _nested_straight(prev: str, nxt: str, nested: int) -> bool:
    """Inside a curly quote, does this straight mark open (or close) a nested quote?"""
    if nested:
        return not prev.isspace()
    return (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()


def _looks_open_after(text: str, i: int, end: int) -> bool:
    """After an inch mark inside a quote, is there still a closing mark to come?"""
    return _MARKS.search(text, i + 1, min(end, i + WINDOW)) is not None


def _unclosed(text: str, start: int, end: int, index: int) -> QuoteSpan:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, index, open_ended=True)


def _has_words(text: str, start: int, end: int) -> bool:
    return WORD.search(text, start, end) is not None


def word_count(text: str, start: int, end: int, limit: int = 50) -> int:
    count = 0
    for _ in WORD.finditer(text, start, end):
        count += 1
        if count >= limit:
            break
    return count


# `SEMATECH, for "...`, `(short for "...`: what stands before a name's expansion.
_EXPANSION_CUE = re.compile(
    r"\b([A-Z][A-Za-z]*[A-Z])\)?,?\s*\(?(?:short |stands |standing )?for\s*$"
)
_NOT_INITIALS = frozenset({"and", "of", "for", "the", "in", "on", "to", "a", "an"})


def spells_out(text: str, start: int, end: int) -> bool:
    """`the consortium called SEMATECH, for "semiconductor manufacturing technology"`:
    the quoted words spell out the name just before them (their initials are letters of
    it, in order), a term nobody said rather than a quotation."""
    cue = _EXPANSION_CUE.search(text, max(0, start - 60), start)
    if cue is None:
        return False
    initials = [
        w[0] for w in re.findall(r"[a-z]+", text[start:end].lower()) if w not in _NOT_INITIALS
    ]
    letters = iter(cue.group(1).lower())
    return len(initials) >= 2 and all(initial in letters for initial in initials)


# What introduces a term or a name rather than somebody's words, right before the mark:
# `the so-called "triple-witching hour"`, `an associate known as the "banana king"`, `a
# group called "Rebuild"`, `is dubbed the "Iron Lady"` (an indefinite noun or a form of
# "be" before the verb: not `what the president called "a disgrace"`, nor `what one
# analyst called "a disaster"`), and a gloss, `the floor price, or "lower support price"`.
_TERM_FRAME = re.compile(
    r"(?:\bso[- ]called"
    r"|\b(?:also )?known as(?: the| an| a)?"
    r"|(?:(?<!what )\b(?:an?|one) [a-z][\w\-]*|\b(?:is|are|was|were|be|been|being)(?: [a-z]+)?)"
    r" (?:called|dubbed|nicknamed)(?: the| an| a)?"
    r"|[a-z], or(?: the| an| a)?)"
    r"\s*$",
    re.IGNORECASE,
)
TERM_WORDS = 4  # a quoted term is a short noun phrase; longer spans are somebody's words


# What introduces the title of a programme, a book or a film: its medium (`the NBC News
# program, "Meet the Press,"`), a network's possessive (`told ABC's "Good Morning
# America."`) or a bare "on" (`a video of Trump on "Meet the Press"`); or its medium after
# it (`the "Nightline" program`).
_TITLE_FRAME = re.compile(
    r"(?:\b(?:program|programme|show|series|broadcast|newscast|documentary|film|movie"
    r"|book|column|podcast|television|TV|radio),?"
    r"|\b(?:on|to|told)(?: [A-Z][\w.&]*){1,3}(?:'s|’s|')"
    r"|\bon)\s*$"
)
_TITLE_AFTER = re.compile(r"\s*(?:program|programme|show|broadcast|series)\b")
# the small words a title leaves in lower case: "Meet the Press", "One on One"
_TITLE_SMALL_WORDS = frozenset(word_list("a an the of on in with and to for at by"))
TITLE_WORDS = 8


def names_a_term(text: str, start: int, end: int) -> bool:
    """A short quoted span with a frame that names a term before it (`_TERM_FRAME`), or a
    title with its medium around it (`_TITLE_FRAME`): a name or a term, not words somebody
    said, whoever speaks in the sentence. A span in the first person is speech whatever
    stands before it."""
    words = WORD.findall(text, start, end)
    if not words or any(w.lower() in FIRST_PERSON for w in words):
        return False
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - 60) : start]
    if len(words) <= TERM_WORDS and _TERM_FRAME.search(before) is not None:
        return True
    title = len(words) <= TITLE_WORDS and all(
        w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words
    )
    return title and (
        _TITLE_FRAME.search(before) is not None or _TITLE_AFTER.match(text, end) is not None
    )


def broken_by(text: str, first: QuoteSpan, at: int, second: QuoteSpan) -> bool:
    """Do an attribution starting at `at` and nothing that ends a sentence stand between
    two halves of one quotation in one paragraph (`"...," Thiel wrote in a statement to
    Wired explaining why ..., "but ..."`), the first closing on a comma?"""
    between = text[first.end : second.start]
    return (
        first.block == second.block
        and first.end <= at < second.start
        and text[first.start : first.end].rstrip("\"”’' ").endswith(",")
        and between.rstrip().endswith(",")
        and not any(end in between for end in (". ", "? ", "! ", ": "))
    )
