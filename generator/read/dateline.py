"""Datelines as agencies write them: `MOSCOW, April 6. /TASS/.`, `LONDON (Reuters) -`, ...

`find_dateline(paragraph)` recognises one at the start of a paragraph. The pattern is
anchored and every repetition in it is bounded, so it runs in linear time on any input
(a 1 MB line costs no more than a short one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_PATTERN = (
    r"(?i:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# Agency names that may follow the date without brackets (`WASHINGTON, March 12, Reuter -`).
_BARE_AGENCIES = r"Reuters?|Kyodo|Xinhua|AFP|AP|UPI|dpa|DPA|TASS|Interfax|PTI|IANS|EFE|ANSA"
_CONNECTORS = r"de|da|do|dos|das|del|des|di|la|le|les|el|al|am|an|der|sur|en|es|y|of|upon"
_LETTERS = "A-Za-z\u00c0-\u024f\u0400-\u04ff"
_WORD = rf"[{_LETTERS}][{_LETTERS}'’.\-]{{0,30}}(?![{_LETTERS}])"
_UPPER_WORD = rf"[A-Z\u00c0-\u00de\u0400-\u042f][{_LETTERS}'’.\-]{{0,30}}(?![{_LETTERS}])"
_QUALIFIER = rf"(?:the[ ])?{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,2}}"
_DATELINE = re.compile(
    rf"""
    (?P<lead>[*_]{{0,4}}[ ]?)
    (?:
      (?P<place>{_WORD}(?:(?:[ ]|/)(?:{_CONNECTORS}|{_WORD})){{0,5}})
      (?P<region>[ ]/[^/\n]{{1,60}}/)?
      (?P<qualifier>(?:[ ]?,[ ]{_QUALIFIER}){{0,2}})
      (?P<date_sep>[ ]?[,.]?[ ]{{0,2}})?
    )?
    (?:
      (?:(?P<month>{MONTH_PATTERN})[ ]{{1,2}}(?P<day>\d{{1,2}})
        |(?P<day2>\d{{1,2}})[ ](?P<month2>{MONTH_PATTERN})
        |(?<![A-Za-z])(?P<fuzzy>[A-Z][A-Za-z]{{2,7}}[ ][\dlO]{{1,3}}))
      (?!\d)
      (?:,?[ ](?P<year>(?:19|20)\d\d))?
      (?:,?[ ](?P<bare_agency>{_BARE_AGENCIES})(?![A-Za-z]))?
      [.,]?
    )?
    (?P<close>[*_]{{0,3}})
    (?P<region2>[ ]\([A-Z][^()\n]{{1,40}}\)(?=[ ]\())?
    (?:[ ]?\((?P<agency>[A-Za-z][A-Za-z .&\-]{{0,30}})\)\.?)?
    (?:[ ]?/(?P<slash_agency>[A-Za-z][A-Za-z\-]{{0,20}})/\.?)?
    (?P<close2>[*_]{{0,3}})
    (?:
      (?P<sep>[ ]{{0,3}}(?:---|--|-|—|–|:|\.-)(?=\s|$))
      (?:[ ](?P<month3>{MONTH_PATTERN})[ ]{{1,2}}(?P<day3>\d{{1,2}})[ ]{{0,3}}-(?=\s|$))?
      |(?<=[/)])(?=[ ][^\s(])
      |(?<=\))(?=[A-Z"“‘])
      |(?<=[/)]\.)(?=\s|$)
      |[ ]{{0,3}}$
    )
    """,
    re.X,
)
_AGENCY_NAMES = {
    "REUTERS": "Reuters",
    "REUTERS BREAKINGVIEWS": "Reuters",
    "THOMSON REUTERS": "Reuters",
    "AGENCE FRANCE-PRESSE": "AFP",
    "AGENCE FRANCE PRESSE": "AFP",
    "UNITED PRESS INTERNATIONAL": "UPI",
    "XINHUA NEWS AGENCY": "Xinhua",
    "TASS NEWS AGENCY": "TASS",
    "REUTER": "Reuters",
    "AP": "AP",
    "ASSOCIATED PRESS": "AP",
    "THE ASSOCIATED PRESS": "AP",
    "AFP": "AFP",
    "XINHUA": "Xinhua",
    "TASS": "TASS",
    "ITAR-TASS": "TASS",
    "UPI": "UPI",
    "DPA": "dpa",
    "ANSA": "ANSA",
    "EFE": "EFE",
    "KYODO": "Kyodo",
    "KYODO NEWS": "Kyodo",
    "YONHAP": "Yonhap",
    "BLOOMBERG": "Bloomberg",
    "INTERFAX": "Interfax",
    "RIA NOVOSTI": "RIA Novosti",
    "SPUTNIK": "Sputnik",
    "CNN": "CNN",
    "BBC": "BBC",
    "BBC NEWS": "BBC",
    "PTI": "PTI",
    "IANS": "IANS",
    "ANADOLU": "Anadolu",
    "AA": "Anadolu",
    "BERNAMA": "Bernama",
    "ANTARA": "Antara",
    "IRNA": "IRNA",
    "WAFA": "WAFA",
    "MENA": "MENA",
    "KUNA": "KUNA",
    "WAM": "WAM",
    "SPA": "SPA",
    "PAP": "PAP",
    "CTK": "CTK",
    "BTA": "BTA",
    "APA": "APA",
    "BELGA": "Belga",
    "ANP": "ANP",
    "NTB": "NTB",
    "TT": "TT",
    "LUSA": "Lusa",
    "BSS": "BSS",
    "APP": "APP",
    "CNA": "CNA",
    "VNA": "VNA",
    "KCNA": "KCNA",
    "ANI": "ANI",
    "BELTA": "BelTA",
    "UKRINFORM": "Ukrinform",
    "AZERTAC": "AZERTAC",
    "TREND": "Trend",
    "KAZINFORM": "Kazinform",
}
# All-capital words that open a line without being a place (`UPDATE -`, `NOTE:`).
_NOT_PLACES = {
    "UPDATE", "BREAKING", "EXCLUSIVE", "NOTE", "CORRECTION", "CORRECTED", "ANALYSIS",
    "FACTBOX", "WRAPUP", "REFILE", "RPT", "REPEAT", "URGENT", "FLASH", "BULLETIN", "ADVISORY",
    "EDITORS", "PHOTO", "VIDEO", "WATCH", "LIVE", "OPINION", "COMMENT", "INSIGHT", "FEATURE",
    "INTERVIEW", "BRIEF", "PREVIEW", "REVIEW", "TIMELINE", "EXPLAINER", "POLL", "SPECIAL",
    "CLARIFICATION", "NEWS", "TOTAL", "TOTALS", "NET", "SHR", "REVS", "QTR", "NOTES", "WHEAT",
    "CORN", "GRADINGS", "ENQUIRIES", "FIXTURE", "FIXTURES", "MORE", "END", "ENDS", "ADDS",
    "NATO", "OPEC", "IMF", "WHO", "FBI", "CIA", "NASA", "USA", "EU", "UN", "OSCE", "ASEAN",
    "BRICS", "WTO", "IAEA", "SCO", "CSTO", "FIFA", "UEFA", "IOC", "CEO", "GDP", "AI", "TV",
}  # fmt: skip
_SENTENCE_STARTERS = {
    "on", "in", "by", "since", "from", "until", "as", "at", "the", "last", "next", "this",
    "early", "late", "before", "after", "through", "during", "for", "and", "but", "so", "a",
    "an", "he", "she", "it", "they", "we", "i", "you", "there", "here", "today", "when",
}  # fmt: skip
_SMALL_WORDS = {
    "DE", "DA", "DO", "DOS", "DAS", "DEL", "DES", "DI", "LA", "LE", "LES", "EL", "AL", "AM",
    "AN", "DER", "SUR", "EN", "ES", "Y", "OF", "UPON", "AU", "AUX", "ET", "LOS", "LAS",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline states; `end` is where it stops in the paragraph (separator included)."""

    end: int
    place: str | None
    place_raw: str | None
    agency: str | None
    month: int | None
    day: int | None
    year: int | None = None


# `BERLIN 1996-08-30`, `TAVILDARA , Tajikistan 1996-08-30`: a place in capitals and an ISO
# date, alone on their line (CoNLL-style copy, archives' exports).
_ISO_DATELINE = re.compile(
    rf"(?P<place>{_UPPER_WORD}(?:[ ](?:{_CONNECTORS}|{_UPPER_WORD})){{0,4}})"
    rf"(?P<region>(?:[ ]?,[ ]{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,2}}[ ]?){{0,2}})"
    r"[ ,]{1,3}(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)[ ]{0,3}"
)


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of `paragraph`, or None when it does not open with one."""
    iso = _ISO_DATELINE.fullmatch(paragraph[:200]) if len(paragraph) <= 200 else None
    if iso and iso["place"].upper() == iso["place"] and 1 <= int(iso["month"]) <= 12:
        end = len(paragraph.rstrip())
        place = iso["place"]
        return Dateline(
            end, normalise_place(place), place, None,
            int(iso["month"]), int(iso["day"]), int(iso["year"]),
        )  # fmt: skip
    match = _DATELINE.match(paragraph[:400])
    if not match or match.end() == 0:
        return None
    place = match["place"]
    month_name = match["month"] or match["month2"] or match["month3"]
    day_text = match["day"] or match["day2"] or match["day3"]
    agency = match["agency"] or match["slash_agency"] or match["bare_agency"]
    if match["agency"] and not _plausible_agency(match["agency"]):
        return None
    # A line holding only a dateline: `LONDON, April 6 (Reuters)`, `MOSCOW, April 6`,
    # but not `Some Words` or a table row such as `Pay 1 May`.
    alone = match["sep"] is None and match.end() == len(paragraph) and not match["slash_agency"]
    if alone and not (agency or (month_name and place and place.upper() == place)):
        return None
    if match["fuzzy"] and (match["sep"] is None or not place or place.upper() != place):
        return None  # `NEW YORK, Narch 2 -`: a misspelt month, in a dateline all the same
    following = paragraph[match.end() : match.end() + 1]
    glued = match["sep"] is None and following != "" and not following.isspace()
    if glued and not (match["agency"] and known_agency(match["agency"])):
        return None  # only `Washington (CNN)The president ...` runs text into the dateline
    if (
        match["sep"] is None
        and match["slash_agency"] is None
        and match["agency"] is not None
        and not glued
        and not _starts_sentence(paragraph, match.end())
        and match.end() != len(paragraph)
    ):
        return None
    if place is not None and not _plausible_place(match, bool(month_name or agency)):
        return None
    if place is not None and known_agency(place):
        return None  # `KYODO NEWS - Nov 27, 2023` is a credit line, not a dateline
    if place is not None and _table_heading(match, paragraph):
        return None
    capital_date = month_name is not None and month_name.isupper() and match["sep"] is not None
    if place is None and not (agency and known_agency(agency.split("-")[0])) and not capital_date:
        return None  # `April 6 -` or `(CORRECTED) -` alone is not a dateline; `APRIL 7 -` is
    if place is not None and match["date_sep"] is None and month_name:
        return None
    if place is None and (match["qualifier"] or match["region"]):
        return None
    if place is not None and place.endswith(".") and month_name and "." not in place[:-1]:
        place = place[:-1]  # Interfax writes `MOSCOW. April 6 (Interfax) -`
    day = int(day_text) if day_text else None
    if day is not None and not 1 <= day <= 31:
        return None
    end = match.end()
    while end > 0 and paragraph[end - 1] == " ":
        end -= 1
    raw = None
    if place is not None:
        raw_end = (
            match.end("qualifier") if match["qualifier"] else match.start("place") + len(place)
        )
        if match["region"] and not match["qualifier"]:
            raw_end = match.end("region")
        if match["region2"]:
            raw_end = match.end("region2")
        raw = paragraph[match.start("place") : raw_end]
    return Dateline(
        end=end,
        place=normalise_place(place) if place else None,
        place_raw=raw,
        agency=normalise_agency(agency) if agency else None,
        month=MONTHS[month_name[:3].lower()] if month_name else None,
        day=day,
        year=int(match["year"]) if match["year"] else None,
    )


def _table_heading(match: re.Match[str], paragraph: str) -> bool:
    """A bare capital word or two and a dash, with no date, agency or comma, before a line
    that holds no lower-case letter, heads a price table ("FOB RIVER - CLOSE  APRIL 6",
    the price basis of meat tables; "LEAD - VIRGIN  34.00/34.50"): a dateline's dash
    opens a sentence, in wire copy written in mixed case."""
    bare = not (
        match["month"] or match["month2"] or match["month3"] or match["fuzzy"] or match["day"]
    ) and not (match["agency"] or match["slash_agency"] or match["bare_agency"])
    if not bare or match["qualifier"] or match["region"] or "," in (match["date_sep"] or ""):
        return False
    rest = paragraph[match.end() :]
    return any(c.isalnum() for c in rest) and not any(c.islower() for c in rest)


def _starts_sentence(text: str, index: int) -> bool:
    """After `(PTI)` with no dash, the dateline still ends if a sentence starts."""
    rest = text[index : index + 3]
    return rest.startswith(" ") and len(rest) > 1 and (rest[1].isupper() or rest[1] in "\"“‘'")


def _plausible_agency(name: str) -> bool:
    """Brackets after a place hold an agency (`(Reuters)`), not any aside."""
    key = name.strip().upper()
    if key in _AGENCY_NAMES or key.replace("-", " ").split()[0] in _AGENCY_NAMES:
        return True
    words = name.split()
    return 0 < len(words) <= 2 and all(w[0].isupper() for w in words) and len(name) <= 20


def _plausible_place(match: re.Match[str], dated_or_credited: bool) -> bool:
    """A dateline place is written in capitals, or in any case when a date or agency follows."""
    place = match["place"]
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 2:
        return False
    words = place.replace("/", " ").split()
    capitalised = [w for w in words if w.upper() not in _SMALL_WORDS]
    all_caps = bool(capitalised) and all(w.upper() == w for w in capitalised)
    if dated_or_credited:
        # `Toronto, Feb 26 -`, `Berlin (dpa) -`; even `new york, feb 26 -` in old copy;
        # but not a sentence such as `On April 6 - ...`.
        if not all_caps and words[0].lower() in _SENTENCE_STARTERS:
            return False
        return len(words) <= 6 and (not words[-1].endswith(".") or all_caps)
    if match["sep"] is None or match["sep"].strip() == ":":
        return False
    if match["qualifier"]:
        # `NEWPORT NEWS, Va. -`, `BAGUIO, Philippines -`: capital place and a state or country.
        return all_caps or match["qualifier"].rstrip().endswith(".")
    # A bare place and a dash (`LONDON -`) must be in capitals and look like a place.
    if not all_caps or len(letters) < 3 or place.upper() in _NOT_PLACES:
        return False
    return not (place.endswith(".") and "." in place[:-1] and " " not in place)


def normalise_place(raw: str) -> str:
    """`MOSCOW` -> `Moscow`, `RIO DE JANEIRO` -> `Rio de Janeiro`, `Berlin` stays `Berlin`."""
    if not any(c.isupper() for c in raw):
        raw = raw.upper()  # `new york` in old copy
    words = []
    for index, word in enumerate(raw.split(" ")):
        mac = re.fullmatch(r"(Mc|Mac)([A-Z]{2,})", word)
        if mac:
            words.append(mac[1] + mac[2].capitalize())  # `McALLEN` -> `McAllen`
            continue
        if not word.isupper():
            words.append(word)
            continue
        parts = re.split(r"([-/])", word)
        fixed = []
        for position, part in enumerate(parts):
            if (index or position) and part in _SMALL_WORDS:
                fixed.append(part.lower())
            else:
                fixed.append(re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), part))
        words.append("".join(fixed))
    return " ".join(words)


def normalise_agency(raw: str) -> str:
    """`REUTERS`, `Reuter` -> `Reuters`; `ITAR-TASS` -> `TASS`; unknown names as written."""
    key = raw.strip().upper()
    return _AGENCY_NAMES.get(key, raw.strip())


def known_agency(name: str) -> str | None:
    """The canonical name of a known agency, or None."""
    return _AGENCY_NAMES.get(name.strip().upper())
