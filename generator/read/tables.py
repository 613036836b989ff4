"""Table-like lines of wire copy: results, standings, score lines, price rows, fixtures.

Wire services send tables as short lines of names and figures (`Reading 2 Stoke 2`,
`BALTIMORE 70 63 .526 4`, `Revs 291.8 mln vs 151.1 mln`, `4. Jane Doe (Kenya) 1:58.20`).
They are neither headings nor prose: the reader gives them the block kind "table", shown
verbatim, and the entity stage reads their names one line at a time. Every check here
looks at one line of at most `MAX_ROW_CHARS` characters, so it is linear in the text.
"""

from __future__ import annotations

import re

MAX_ROW_CHARS = 200
MAX_PROSE_WORDS = 2  # lowercase words that are not table vocabulary ("bat", "at", "vs")

# a figure: 12, 1,200, 3.5, .556, 1:58.20, 6-4, 1/2, 10.5%, $4, -0.25, 12th, 1.
_FIGURE = re.compile(
    r"[-+$£€(]?(?:\d[\d,.:/'’-]*|\.\d+)(?:%|st|nd|rd|th|s|[a-z]{0,3}\))?[.,;)]?"
    r"|[-–—]{1,2}|n/a|N/A|nil|unch"
)
# words that tables use between names and figures
_TABLE_VOCABULARY = """
v vs vs. at bt bat beat d. def def. drew lost won beats and in of to from per by
    mln bln billion million cts ct dlrs dlr pct percent pts pt yards yds mins min secs sec
    seconds minutes minute hours laps kg km lb lbs points goals runs overs wickets rounds
    shr shrs net revs avg oper qtr qtly div profit loss nil prior year mths months
    weeks tonnes bushels bu cents cent ounce oz barrels bpd yen marks francs pounds
    up down off unch high low last close open chg change pct. rate yield bid ask
    w l d t pct gb pf pa f a gf ga pts no not out lbw c b st run ret retired
"""
TABLE_WORDS = frozenset(_TABLE_VOCABULARY.split())
# fixtures without figures: `Austria at Croatia`, `CLEVELAND AT TEXAS`, `Leeds v Bolton`
_FIXTURE = re.compile(
    r"(?:[A-Z][\w.'’&-]*[ ]){1,4}(?:v|vs\.?|at|AT|VS\.?|V)(?:[ ][A-Z][\w.'’&()-]*){1,4}"
)
_LETTER = re.compile(r"[A-Za-z]{2}")
_END = frozenset('.!?"”')


def looks_like_table_row(line: str) -> bool:
    """A line of a results or price table: names beside figures, scarcely any prose."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_ROW_CHARS or "\n" in stripped:
        return False
    words = stripped.split()
    if not _LETTER.search(stripped):
        return False
    if _FIXTURE.fullmatch(stripped):
        return True
    figures = sum(1 for w in words if _FIGURE.fullmatch(w))
    prose = sum(
        1
        for w in words
        if w[:1].islower() and w.isalpha() and w.lower() not in TABLE_WORDS and len(w) > 1
    )
    if figures == 0:
        # `Oper shr loss two cts vs profit seven cts`: results vocabulary only
        vocabulary = sum(1 for w in words if w.lower().strip(".,:") in TABLE_WORDS)
        return len(words) >= 3 and vocabulary >= len(words) - 2 and vocabulary >= 3
    if stripped[-1] in _END and not _FIGURE.fullmatch(words[-1]):
        return False  # `Shares rose 5 percent.` is a sentence
    if prose > MAX_PROSE_WORDS:
        return False
    return figures >= 2 or len(words) <= 8


def looks_like_table_caption(line: str) -> bool:
    """A short label over or inside a table (`CENTRAL DIVISION`, `Division two`,
    `Scorers:`, `W L PCT GB`): a table only beside table rows."""
    stripped = line.strip()
    return 0 < len(stripped) <= 60 and len(stripped.split()) <= 8 and stripped[-1] not in ".!?"
