"""Codes that label the rows of a rate table or price list: no names.

Reuters' exchange-rate tables and price lists write a short code before each row's
figures ("DMK  26.1288/1812  (26.1961/2485)", "DFL 134.3 ( 134.4 ) NKR 79.3"), one row a
line or, once the layout is lost, one after another in a paragraph. The model reads such
a code as an organization ("DFL", the Dutch guilder; "Aus Sch", the Austrian schilling),
and each would become a page that links a table of figures. A story with at least
`MIN_ROW_CODES` different codes in that place is such a table, and its codes there are no
names; a code the same story writes in a sentence is still found there. A country or a
place the gazetteer knows stays, as in a table of each country's output ("IRAN 1.80").
"""

from __future__ import annotations

import re

from generator.annotate.entities.aliases import is_country
from generator.annotate.entities.candidates import Candidate, is_place

# Different codes a story writes in a row's place before they count as a table's:
# a sentence may put one or two capitalised words before a number ("ICO 1986/87 quotas").
MIN_ROW_CODES = 3

# A code: one or two short words in capitals ("DFL", "YEN", "AUS SCH") or of three letters
# ("Aus Sch"), no full stop, so that "U.S." in a table row is still the country; a team's
# name in a league table is a word ("Port Vale 4 1 2 1"), no code.
_CODE_WORD = r"(?:[A-Z]{2,4}|[A-Z][a-z]{1,2})"
_CODE = rf"{_CODE_WORD}(?: {_CODE_WORD})?"
# What follows a row's code: a lower-case qualifier ("BFR con"), a unit ("YEN (100)"),
# then the figures.
_FIGURES = r"(?:[ \t]+[a-z]{1,4}\.?)?(?:[ \t]+\(\d+\))?[ \t]+\(?[ \t]?\d"
_ROW = re.compile(rf"(?<![\w.,'&-])({_CODE})(?={_FIGURES})")


def _row_code_at(text: str, start: int) -> re.Match[str] | None:
    """The row code that begins at `start`, if a line or the last row's figures end there."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i >= 0 and text[i] not in "\n)=" and not text[i].isdigit():
        return None
    return _ROW.match(text, start)


def row_codes(text: str) -> set[str]:
    """The different codes the text writes in a table row's place."""
    return {
        found[1] for found in _ROW.finditer(text) if _row_code_at(text, found.start()) is not None
    }


def without_table_codes(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates, less a table's row codes when the story is a rate table or list."""
    if len(row_codes(text)) < MIN_ROW_CODES:
        return candidates
    kept: list[Candidate] = []
    for candidate in candidates:
        code = _row_code_at(text, candidate.start)
        if code is None or code.end() != candidate.end or _known_place(code[1]):
            kept.append(candidate)
    return kept


def _known_place(code: str) -> bool:
    """A country ("IRAN", "UAE") or a town the gazetteer knows, not a state's code ("LA")."""
    return is_country(code) or is_place(code)
