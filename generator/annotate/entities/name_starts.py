"""Where a person's name begins: a given name the model left outside a person's span,
before a middle initial ("Donald J. Trump"), after a title ("Sen. Rand Paul") or one no
list knows ("that of Sant Singh Chatwal"); and where it ends when the surname is glued to
a participle ("the Carl C. Icahn-led bid"). Split from candidates.py, which trims spans."""

from __future__ import annotations

import re

from generator.annotate import census, ner
from generator.annotate.entity_words import PARTY_WORDS, PERSON_NOUNS
from generator.annotate.words import (
    MONTH_NAMES,
    NATIONALITY_WORDS,
    OFFICE_WORDS,
    ROLE_HEADS,
    ROLE_WORDS,
)

# a middle initial that opens a person's span ("J. Trump"), and the capitalised word
# written right before it ("Donald J. Trump")
INITIAL_WORD = re.compile(r"[A-Z]\.\s")
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+) \Z")


def given_name_before(start: int, text: str) -> int:
    """Where a person's name begins when the model cut its given name off the middle
    initial ("Donald" before "J. Trump", "Elijah" before "E. Cummings", tagged as part of
    "Democrat Elijah"): an initial never stands for the whole name, and "E. Cummings" would
    make a page of its own beside "Elijah Cummings". A word that is mostly a lower-case
    word ("Will", "May") counts only when the news's own list has it as a given name."""
    if not INITIAL_WORD.match(text, start):
        return start
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if before is None:
        return start
    word = before[1]
    _, lower, first_names = ner.resources()
    if word.lower() not in census.given_names() or (
        word.lower() in lower and word not in first_names
    ):
        return start
    return start - len(before[0])


# a capitalised word inside a sentence, after a comma or a word that is no determiner
# ("the Caribbean Rainer Steckhan", "its Yale E. Key unit")
_INNER_WORD_BEFORE = re.compile(
    r"(?:\b(?!(?:the|a|an|its|his|her|their|our|this|that|these|those)\b)([A-Za-z.]+)|,)"
    r" ([A-Z][a-z]+) \Z"
)


def unknown_given_name_before(start: int, text: str) -> int:
    """Where a person's name begins when the model left out a given name no list knows
    ("that of Sant Singh Chatwal, hotelier" read as "Singh Chatwal"): a span that does not
    open on a known given name, after a capitalised word inside a sentence that no list
    knows either (not a common word, a month, a title or post, a place, a party, a
    nationality or a word of company names: "Citicorp John Reed" keeps its firm apart),
    itself after a lower-case word, a comma or a title ("Judge Emmet G. Sullivan"), not
    after another capitalised word ("Finance Minsiter Kiichi Miyazawa") or a
    determiner."""
    first = re.match(r"[\w'’-]+", text[start : start + 30])
    if first is None or first[0].lower() in census.given_names():
        return start
    before = _INNER_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return start
    if before[1] and not before[1].islower() and before[1].lower() not in ROLE_HEADS:
        return start  # "Judge Emmet G. Sullivan", not "Finance Minsiter Kiichi Miyazawa"
    word = before[2]
    lower = word.lower()
    gazetteer, common, first_names = ner.resources()
    if (
        lower in common
        or lower in MONTH_NAMES
        or lower in ROLE_WORDS
        or lower in PERSON_NOUNS
        or lower in PARTY_WORDS
        or word in NATIONALITY_WORDS
        or word in ner.company_words()
        or (lower,) in gazetteer.names
        or word in first_names
    ):
        return start
    return before.start(2)


def word_given_name_before(start: int, text: str) -> int:
    """Where a surname's name begins when the model left out a given name that is also a
    word, after a title ("Sen. Rand Paul": the model reads "rand" as the currency);
    elsewhere such a word is as often a sentence's own ("See Sexton", "Had Sanders")."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if before is None:
        return start
    given = ner.Token(before[1], start - len(before[0]), start - 1)
    return given.start if given_after_title(given, text) else start


def given_after_title(token: ner.Token, text: str) -> bool:
    """ "Chairman Rand Araskog": a given name that is also a word ("rand", "will") is the
    name's own after a title, not a word that opened the sentence."""
    before = text[max(0, token.start - 20) : token.start].split()
    return (
        bool(before)
        and before[-1].lower() in ROLE_WORDS
        and token.text.lower() in census.given_names()
        and token.text.lower() not in OFFICE_WORDS
    )


# a surname glued to a participle right after a person's span: "the Carl C. Icahn-led bid"
_SURNAME_IN_COMPOUND = re.compile(
    r" ([A-Z][a-z]+(?:[A-Z][a-z]+)?)-(?:led|backed|controlled|owned|run|sponsored|financed)\b"
)


def surname_in_compound(end: int, text: str) -> int:
    """Where a person's name ends when the model left its surname inside a compound ("Carl
    C. Icahn-led", read as a person "Carl C." and "Icahn-led"): the surname ends the name,
    else the span makes a page "Carl C" beside the whole name's page."""
    compound = _SURNAME_IN_COMPOUND.match(text, end)
    return compound.end(1) if compound else end
