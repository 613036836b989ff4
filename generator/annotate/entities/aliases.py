"""One name per real thing: the key that variants of a name share, and its usual form.

`name_key("U.S.")`, `name_key("US")` and `name_key("United States")` are all
"united states"; `name_key("JAPAN") == name_key("Japan")`. Countries come from the ISO
3166 list that `pycountry` carries (its short, common and official names), plus the
abbreviations news copy uses (U.S., U.K., UAE, USSR); organizations from a short table of
the bodies wire copy names by acronym or shorthand (Fed, NYSE, EC, IMF, ...) and a few
nicknames of modern news (GOP, HuffPost). The entity registry (content/entities.yml)
always wins over both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.annotate.words import CONNECTORS
from generator.model import EntityType

# country variants that ISO names do not list
_COUNTRY_EXTRA = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "United States of America", "America"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "RU": ["Russia"],
    "AE": ["UAE", "U.A.E."],
    "KR": ["Republic of Korea"],
    "NL": ["Holland"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkey"],
    "CI": ["Ivory Coast"],
    "MM": ["Burma"],
    "VA": ["Vatican", "Vatican City"],
    "BN": ["Brunei"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "PS": ["Palestine"],
    "CD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC"],
    "HK": ["HK"],
    "SR": ["Surinam"],  # wire copy's spelling into the 1990s
    "MO": ["Macau"],
}
# the name a page shows, where ISO's short name is not the one news copy uses
_COUNTRY_NAMES = {
    "US": "United States",
    "GB": "United Kingdom",
    "RU": "Russia",
    "KR": "South Korea",
    "KP": "North Korea",
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "CI": "Ivory Coast",
    "VA": "Vatican",
    "BN": "Brunei",
    "PS": "Palestine",
    "CD": "Democratic Republic of Congo",
    "CG": "Congo",
    "FM": "Micronesia",
    "CV": "Cape Verde",
    "SZ": "Swaziland",
    "MK": "North Macedonia",
}
# organizations: usual name, then the variants that name it in any article
ORGANIZATIONS = {
    "Federal Reserve": [
        "Fed",
        "Federal Reserve Board",
        "Federal Reserve System",
        "U.S. Federal Reserve",
        "U.S. Fed",
    ],
    "New York Stock Exchange": ["NYSE", "N.Y.S.E.", "New York Stock Exchange Inc", "Big Board"],
    "American Stock Exchange": ["AMEX", "Amex"],
    "U.S. Justice Department": [
        "Justice Department",
        "Department of Justice",
        "U.S. Department of Justice",
        "U.S. Justice Dept",
        "DOJ",
    ],
    # "the Pentagon": the department's building, the name news gives the department
    "U.S. Defense Department": [
        "Defense Department",
        "Department of Defense",
        "U.S. Department of Defense",
        "U.S. Defense Dept",
        "Pentagon",
        "DoD",
    ],
    "United States Congress": ["Congress", "U.S. Congress", "US Congress"],
    "United Nations Conference on Trade and Development": ["UNCTAD", "Unctad"],
    "European Community": [
        "EC",
        "E.C.",
        "European Communities",
        "EEC",
        "E.E.C.",
        "European Economic Community",
    ],
    "European Union": ["EU", "E.U."],
    "European Commission": [
        "European Community Commission",
        "European Communities Commission",
        "Commission of the European Communities",
        "EC Commission",
        "EEC Commission",
        "EC Executive Commission",
        "European Commission in Brussels",
    ],
    "Airbus": ["Airbus Industrie", "Airbus Industries"],
    "International Monetary Fund": ["IMF"],
    "World Bank": ["International Bank for Reconstruction and Development", "IBRD"],
    "United Nations": ["UN", "U.N."],
    "Organization of Petroleum Exporting Countries": [
        "OPEC",
        "Opec",
        "Organisation of Petroleum Exporting Countries",
    ],
    "Securities and Exchange Commission": ["SEC", "S.E.C."],
    "General Agreement on Tariffs and Trade": ["GATT", "Gatt"],
    "North Atlantic Treaty Organization": ["NATO", "Nato", "North Atlantic Treaty Organisation"],
    "U.S. Department of Agriculture": [
        "USDA",
        "U.S.D.A.",
        "U.S. Agriculture Department",
        "Agriculture Department",
        "Department of Agriculture",
    ],
    "Commodity Credit Corporation": ["CCC", "Commodity Credit Corp"],
    "Bank of England": ["BoE"],
    "Bank of Japan": ["BoJ", "BOJ"],
    "Federal Deposit Insurance Corporation": ["FDIC", "Federal Deposit Insurance Corp"],
    "Internal Revenue Service": ["IRS"],
    "Environmental Protection Agency": ["EPA"],
    "Food and Drug Administration": ["FDA"],
    "Federal Communications Commission": ["FCC"],
    "Commodity Futures Trading Commission": ["CFTC"],
    "Chicago Board of Trade": ["CBOT", "CBT"],
    "Chicago Mercantile Exchange": ["CME", "Merc"],
    # a party's and an outlet's nicknames in modern news
    "Republican Party": ["GOP", "G.O.P.", "Grand Old Party"],
    "Huffington Post": ["HuffPost", "HuffPo", "HuffingtonPost"],
}
# places that ISO 3166 lists no more
PLACES = {
    "Soviet Union": ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
    "West Germany": ["Federal Republic of Germany", "FRG"],
    "East Germany": ["German Democratic Republic", "GDR"],
    "Yugoslavia": ["Socialist Federal Republic of Yugoslavia"],
    "Persian Gulf": ["Mideast Gulf", "Middle East Gulf", "Arabian Gulf"],
}
# capitals that are acronyms however long: a page keeps them as written
ACRONYMS = frozenset(
    {"NATO", "OPEC", "GATT", "NASA", "NASDAQ", "ASEAN", "UNESCO", "UNICEF", "OECD", "USSR"}
)
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PUNCTUATION = re.compile(r"[^\w\s&]+")
_JOINERS = re.compile(r"[\s\-_]+")
_SMALL_WORDS = frozenset(
    {"of", "and", "the", "for", "de", "du", "la", "le", "von", "van", "der", "in", "on", "at"}
)


def fold(name: str) -> str:
    """Case, punctuation and a leading article left out: `U.S.` -> `us`."""
    name = name.replace("’", "'").removesuffix("'s").removesuffix("'S")
    words = _PUNCTUATION.sub(lambda m: "" if m.group() in (".", "'") else " ", name).split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).casefold()


def initials_of(name: str) -> str:
    """`Central Intelligence Agency` -> `CIA` (small words left out)."""
    words = [w for w in _NAME_WORD.findall(name) if w.lower() not in CONNECTORS]
    return "".join(w[0] for w in words if w[0].isupper())


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, "'s" kept in its word: "Moody's" and "Moody's Investors
    Service" both begin with "moodys" (`fold` drops a final possessive)."""
    return tuple(fold(name.replace("'", "").replace("’", "")).split())


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, EntityType]]:
    """Folded variant -> (usual name, type)."""
    table: dict[str, tuple[str, EntityType]] = {}
    try:
        import pycountry
    except ImportError:  # the alias table still works, without ISO's names
        countries = []
    else:
        countries = list(pycountry.countries)
    for country in countries:
        code = country.alpha_2
        name = _COUNTRY_NAMES.get(code) or getattr(country, "common_name", None) or country.name
        spellings = [country.name, getattr(country, "official_name", None)]
        spellings += [getattr(country, "common_name", None), name, *_COUNTRY_EXTRA.get(code, [])]
        for spelling in spellings:
            if spelling:
                table.setdefault(fold(spelling), (name, "place"))
    for state in _us_states():
        table.setdefault(fold(state.name), (state.name, "place"))
    for name, variants in PLACES.items():
        for variant in [name, *variants]:
            table.setdefault(fold(variant), (name, "place"))
    for name, variants in ORGANIZATIONS.items():
        for variant in [name, *variants]:
            table.setdefault(fold(variant), (name, "organization"))
    return table


def _us_states() -> list:
    """The states and DC from the `us` package, for their AP abbreviations (Calif., Fla.)."""
    try:
        import us
    except ImportError:
        return []
    return [*us.states.STATES, us.states.DC]


# abbreviations wire copy writes that the AP style of `us` does not
_STATE_EXTRA = {"Wisconsin": ["Wisc."], "Texas": ["Tex."], "District of Columbia": ["D.C."]}


@lru_cache(maxsize=1 << 14)
def company_base(name: str) -> str:
    """The name without its legal form (`cleanco`): `Apple Computer Inc` -> `Apple
    Computer`, `Merrill Lynch and Co` -> `Merrill Lynch`; a name that is nothing but a
    form (`Co Ltd`) or loses its last real word (`The Limited Inc`) gives ""."""
    from cleanco import basename

    current = " ".join(name.replace("(", " ").replace(")", " ").split())
    while True:
        stripped = basename(current)
        stripped = re.sub(r"(?:\s*[,&]|\s+and)+$", "", stripped, flags=re.I).strip()
        removed = current[len(stripped) :].split()
        if stripped == current or any(_NAME_LIKE.fullmatch(w) for w in removed):
            # `Jose Sa` is a person: a short form only counts in capitals (SA, AG)
            return current
        countries = [i for i, word in enumerate(removed) if is_country(word)]
        if countries:  # `Air U.K. Ltd` is `Air U.K.`, not `Air`
            return " ".join(
                current.split()[: len(current.split()) - len(removed) + countries[-1] + 1]
            )
        if not stripped or fold(stripped) in ("", "the"):
            return ""
        current = stripped


_NAME_LIKE = re.compile(r"(?!Co)[A-Z][a-z]")


@lru_cache(maxsize=1)
def _state_abbreviations() -> dict[str, str]:
    """`calif` -> California: AP abbreviations, matched as written (`L.A.` is no `La.`)."""
    table = {}
    for state in _us_states():
        for variant in (state.ap_abbr, *_STATE_EXTRA.get(state.name, [])):
            if variant and variant != state.name:
                table[variant.rstrip(".").casefold()] = state.name
    return table


def _is_place(name: str) -> bool:
    from generator.annotate.ner import resources

    known = usual_name(name)
    if known is not None:
        return known[1] == "place"
    return tuple(w.lower() for w in name.split()) in resources()[0].names


def us_state(name: str) -> str:
    """The US state a name or an abbreviation names (`Mich.` -> Michigan), or ""."""
    states = {state.name for state in _us_states()}
    known = usual_name(name) if name else None
    return known[0] if known and known[0] in states else ""


def is_country(name: str) -> bool:
    """Is it a country's name (ISO 3166, a former one such as the USSR, U.S., Britain)?"""
    known = usual_name(name)
    return known is not None and known[1] == "place" and not us_state(name)


def usual_name(name: str) -> tuple[str, EntityType] | None:
    """(usual name, type) of a known country, US state or organization variant, or None."""
    state = _state_abbreviations().get(name.strip().rstrip(".").casefold())
    if state:
        return state, "place"
    return _table().get(fold(name))


_PLACE_ABBREVIATION = re.compile(r"^((?i:ft|mt))\.? (?=[A-Z])")
_PLACE_WORDS = {"ft": "Fort ", "mt": "Mount "}
# a firm's or a body's word the wire shortens after the name's first word ("Shearson
# Lehman Bros.", "Acme Mfg Co", "Commerce Dept"): one body whichever way a story writes it
_FIRM_ABBREVIATION = re.compile(r"(?<=\w )((?i:bros|mfg|intl|int'l|natl|dept|assn))\.?(?=\s|\Z)")
_FIRM_WORDS = {
    "dept": "Department",
    "assn": "Association",
    "bros": "Brothers",
    "mfg": "Manufacturing",
    "intl": "International",
    "int'l": "International",
    "natl": "National",
}


def name_key(name: str) -> str:
    """What every variant of one name shares: the folded usual name, without spaces or
    hyphens (`Co-operation` and `Cooperation`, `Ex-Im` and `Exim`); `Ft. Lauderdale` is
    Fort Lauderdale, `Mt. Isa` Mount Isa and `Lehman Bros.` Lehman Brothers."""
    name = _PLACE_ABBREVIATION.sub(lambda m: _PLACE_WORDS[m[1].lower()], name)
    name = _FIRM_ABBREVIATION.sub(lambda m: _FIRM_WORDS[m[1].lower()], name)
    known = usual_name(name)
    if known is None and " " in name.strip():
        base = company_base(name)
        if base and base != name.strip() and _is_place(base):  # "Boston Corp": a company
            return _JOINERS.sub("", fold(base)) + "&company"
        if base:
            known = usual_name(base)
            name = base
    return _JOINERS.sub("", fold(known[0]) if known else fold(name))


def one_letter_dropped(a: str, b: str) -> bool:
    """One word is the other with one letter left out ("Kapnik", "Kapnick")."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def is_acronym(name: str) -> bool:
    """`IBM`, `NATO`, `U.S.`: a name that is rightly written in capitals."""
    letters = name.replace(".", "").replace("&", "").replace("-", "")
    if " " in name.strip() or not letters.isalpha():
        return False
    return len(letters) <= 4 or name in ACRONYMS or not re.search(r"[AEIOUY]", letters.upper())


_SUFFIXES = frozenset({"INC", "CO", "CORP", "LTD", "PLC", "AG", "SA", "NV", "AB", "LP", "BHD"})


def unshout(name: str) -> str:
    """`BANK OF CANADA` -> `Bank of Canada`, `CSR LTD` -> `CSR Ltd`; acronyms stay."""
    from generator.annotate.ner import resources

    common = resources()[1]
    words = []
    for index, word in enumerate(name.split()):
        letters = word.replace(".", "").replace("&", "")
        if word.lower() in _SMALL_WORDS:
            words.append(word.lower() if index else word.capitalize())
        elif (
            word in ACRONYMS
            or "." in word.strip(".")
            or (
                (len(letters) <= 3 or not re.search("[AEIOUY]", letters))
                and word not in _SUFFIXES
                and word.lower() not in common
            )
        ):
            words.append(word)
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word))
    return " ".join(words)
