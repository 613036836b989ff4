"""The index's one pass over every article's text for casing: how often the archive
writes each word in lower case and capitalised inside a sentence, and which acronyms it
spells out in lower-case words. The rules that ask whether a name is a common word
read it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from generator.annotate.words import CONNECTORS
from generator.model import Article

_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z'-]+\b")


@dataclass(frozen=True, slots=True)
class Casing:
    """How often the archive writes each word in lower case, and capitalised inside a
    sentence (casefolded): one pass over every text, read by the rules that ask whether
    a name is a common word."""

    lower: Counter[str]
    upper: Counter[str]
    terms: set[str]  # acronyms spelled out in lower case: "gross domestic product (GDP)"


# an acronym after the words it stands for: "(GDP)", "or EFP"
_TERM_ACRONYM = re.compile(r"(?: \(| or )([A-Z]{2,6})\b\)?")
_TERM_WORDS = re.compile(r"(?:\b[a-z]+[ -]){2,6},?\Z")
# capitalised words and a lower-case head: "Intermediate Range Nuclear forces (INF)"
_HEADED_WORDS = re.compile(r"(?:\b[A-Z][a-z]+[ -]){2,5}[a-z]+ \Z")


def _spelled_terms(text: str) -> set[str]:
    """The acronyms a text spells out in lower-case words ("exchange for physical or EFP"),
    or in capitalised words under a lower-case head ("Intermediate Range Nuclear forces
    (INF)": a kind of weapon, whatever the capitals before it): terms, never a body's name
    (whose words, its head first, would be capitalised)."""
    found = set()
    for match in _TERM_ACRONYM.finditer(text):
        acronym = match[1]
        since = max(0, match.start() - 80)
        headed = _HEADED_WORDS.search(text, since, match.start() + 1)
        if headed is not None and _initials_of(headed[0].replace("-", " ").split(), acronym):
            found.add(acronym)
            continue
        before = _TERM_WORDS.search(text, since, match.start() + 1)
        if before is None:
            continue
        words = before[0].replace("-", " ").replace(",", " ").split()
        for start in range(len(words)):
            tail = words[start:]
            initials = "".join(w[0] for w in tail).upper()
            short = "".join(w[0] for w in tail if w not in CONNECTORS).upper()
            if acronym in (initials, short) and tail[0] not in CONNECTORS:
                found.add(acronym)
                break
    return found


def _initials_of(words: list[str], acronym: str) -> bool:
    """Do the acronym's letters begin the last words, in order, one word at most left out
    ("Intermediate Range Nuclear forces": INF)?"""
    for first in range(len(words)):
        initials = "".join(w[0] for w in words[first:]).upper()
        if initials[0] != acronym[0] or len(initials) - len(acronym) not in (0, 1):
            continue
        letters = iter(initials)
        if all(letter in letters for letter in acronym) and initials[-1] == acronym[-1]:
            return True
    return False


def read_casing(articles: list[Article]) -> Casing:
    """The one casing pass over every article's text."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    terms: set[str] = set()
    for article in articles:
        lower.update(_LOWER_WORD.findall(article.text))
        upper.update(w.casefold() for w in _MID_CAPITAL.findall(article.text))
        terms |= _spelled_terms(article.text)
    return Casing(lower, upper, terms)
