"""Datelines as agencies write them: `MOSCOW, April 6. /TASS/.`, `LONDON (Reuters) -`, ...

`find_dateline(paragraph)` recognises one at the start of a paragraph; the regular
expression has only bounded repetitions, so it runs in linear time on any input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
_PLACE_WORD = r"[A-Z][A-Z'’.\-]*"
_DATELINE = re.compile(
    rf"""
    (?P<place>{_PLACE_WORD}(?:[ ](?:{_PLACE_WORD}|de|da|do|del|la|le|el|al)){{0,4}})
    (?:[ ]/(?P<region>[^/\n]{{1,60}})/)?
    (?:,[ ](?P<state>[A-Z][A-Za-z]{{1,5}}\.(?:[ ]?[A-Z][a-z]?\.)?|[A-Z][a-z]{{2,14}}))?
    (?:,?[ ](?P<month>{_MONTH})[ ](?P<day>\d{{1,2}})(?!\d)\.?)?
    (?:[ ]?\((?P<agency>[A-Za-z][A-Za-z .\-]{{0,30}}?)\))?
    (?:[ ]?/(?P<slash_agency>[A-Za-z][A-Za-z\-]{{0,20}})/\.?)?
    (?:(?P<sep>[ ]*(?:--|-|—|–|:)(?=\s|$))|(?<=/\.)|(?<=/))
    """,
    re.X,
)
_AGENCY_NAMES = {
    "REUTERS": "Reuters",
    "AP": "AP",
    "AFP": "AFP",
    "XINHUA": "Xinhua",
    "TASS": "TASS",
    "ITAR-TASS": "TASS",
    "UPI": "UPI",
    "DPA": "dpa",
    "ANSA": "ANSA",
    "EFE": "EFE",
    "KYODO": "Kyodo",
    "YONHAP": "Yonhap",
    "BLOOMBERG": "Bloomberg",
    "INTERFAX": "Interfax",
    "RIA NOVOSTI": "RIA Novosti",
    "CNN": "CNN",
    "PTI": "PTI",
    "IANS": "IANS",
}


@dataclass(frozen=True, slots=True)
class Dateline:
    end: int
    place: str
    place_raw: str
    agency: str | None
    month: int | None
    day: int | None


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of `paragraph`, or None."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    agency = match["agency"] or match["slash_agency"]
    dated = match["month"] is not None
    has_separator = match["sep"] is not None or match["slash_agency"] is not None
    if not has_separator or not (dated or agency or match["state"]):
        return None
    place_words = match["place"]
    if len(place_words) < 2 or not any(c.isalpha() for c in place_words):
        return None
    if match["state"] and not match["state"].endswith(".") and not (dated or agency):
        return None
    end = match.end()
    while end > 0 and paragraph[end - 1] == " ":
        end -= 1
    raw_end = max(match.end(group) for group in ("place", "region", "state") if match[group])
    raw = paragraph[: raw_end + (1 if match["region"] and raw_end == match.end("region") else 0)]
    return Dateline(
        end=end,
        place=normalise_place(place_words),
        place_raw=raw,
        agency=normalise_agency(agency) if agency else None,
        month=MONTHS[match["month"][:3].lower()] if dated else None,
        day=int(match["day"]) if dated else None,
    )


def normalise_place(raw: str) -> str:
    """`MOSCOW` -> `Moscow`, `NEWPORT NEWS` -> `Newport News`, `ST. PETERSBURG` -> `St. Petersburg`."""
    if not raw.isupper():
        return raw
    small = {"DE", "DA", "DO", "DEL", "LA", "LE", "EL", "AL"}
    words = []
    for index, word in enumerate(raw.split(" ")):
        if index and word in small:
            words.append(word.lower())
            continue
        words.append(re.sub(r"[A-Z]+", lambda m: m.group().capitalize(), word))
    return " ".join(words)


def normalise_agency(raw: str) -> str:
    key = raw.strip().upper()
    return _AGENCY_NAMES.get(key, raw.strip())
