"""Place names one story settles for itself: a state's name its datelines give as a
city ("New York": the state where the text says so, else the city), a state's name after
"the" (the river: "west of the Mississippi"), "the Gulf" of a story about the countries
on it (the Persian Gulf), a strait however written ("Hormuz Strait"), and names whose
meaning the date settles ("Germany" before reunification: West Germany; "the Gulf war"
before 1990: Iran's and Iraq's). `resolution.unify_entities` calls these on each article
before it groups names."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from generator.annotate.entities import aliases
from generator.annotate.words import ORGANIZATION_LAST_WORDS
from generator.index.names import fold, usual_name
from generator.model import Article, Entity, entity_id


def city_states(articles: list[Article]) -> set[str]:
    """US states whose name the archive's datelines give as a city ("NEW YORK, March 3",
    "WASHINGTON, March 3"): two places share the name, the city and the state."""
    datelines: Counter[str] = Counter()
    for article in articles:
        state = aliases.us_state(article.place) if article.place else ""
        if state and fold(article.place or "") == fold(state):
            datelines[state] += 1
    return {state for state, count in datelines.items() if count >= 2}


_STATE_AFTER = re.compile(
    r"(?:'s)?\s+(?:[Ss]tate\b|[Gg]overnor|Gov\.|[Ll]egislature|Assembly|Attorney General"
    r"|Sen\.|Senator|Rep\.|Democrat|Republican|Public Service|Insurance Department)"
)
_STATE_BEFORE = re.compile(
    r"(?:\b(?:upstate|[Nn]orthern|[Ss]outhern|[Ww]estern|[Ee]astern|[Cc]entral|rural)"
    r"|\b[Ss]tate of|\b[Ss]tates? of [A-Z][\w.]+(?:,| and))\s+\Z"
)
_CAPITAL_DISTRICT = re.compile(r",? D\.? ?C\b")
_TOWN_BEFORE = re.compile(r"\b[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, \Z")
_NOT_A_LIST = re.compile(r"(?:,\s+[a-z(]|[.;:)]|\s+-|\s*\n|\s*\Z)")
_NEXT_NAME = re.compile(r"(?:,| and| or)\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_LAST_NAME = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:,| and| or)\s+\Z")


def _a_state_mention(text: str, start: int, end: int, name: str) -> bool:
    """Whether the text says a mention of a city's name means the state: an abbreviation
    ("N.Y."), "New York State" or "New York Governor", "upstate New York", a town before
    it ("Armonk, New York, said"), or another state beside it ("New York and New
    Hampshire")."""
    written = text[start:end]
    if _CAPITAL_DISTRICT.match(text, end) or ", " in written:
        return False  # "Washington, D.C.": the city
    if fold(written) != fold(name):
        return True  # "N.Y.", "NY", "Wash."
    line = text.rfind("\n", 0, start) + 1
    if _STATE_AFTER.match(text, end) or _STATE_BEFORE.search(text, max(line, start - 30), start):
        return True
    town = _TOWN_BEFORE.search(text, max(line, start - 40), start)
    if town and _NOT_A_LIST.match(text, end):
        last = town[0].rstrip(", ").split()[-1].casefold()
        return last not in ORGANIZATION_LAST_WORDS  # "Allen and Company, New York": a firm's
    beside = [_NEXT_NAME.match(text, end), _LAST_NAME.search(text, max(line, start - 30), start)]
    return any(m is not None and aliases.us_state(m[1]) not in ("", name) for m in beside)


# The day the two German states became one: before it, "Germany" in the news is the
# Federal Republic, West Germany ("travelling to France, Germany, Switzerland")
# (usual name, kind) -> (the date from which it means what it says, what it meant before)
_OF_THEIR_TIME = {
    ("Germany", "place"): (date(1990, 10, 3), "West Germany"),  # reunification
    ("gulf war", "event"): (date(1990, 8, 2), "Iran-Iraq War"),  # Iraq invades Kuwait
}


# a river is named after a preposition and "the", and ends its noun phrase: "west of the
# Mississippi.", "barges on the Ohio were" (not "the Kansas senator", "in the Iowa, New
# Hampshire and Nevada contests", "the Texas Railroad Commission", "the Ohio-based")
_RIVER_BEFORE = re.compile(
    r"\b(?:on|of|along|across|down|up|near|into|from|over|beyond|past|to) the \Z"
)
_RIVER_ENDS = re.compile(r"(?:[.;:)]|,(?! [A-Z])| (?:is|was|were|are|has|had|river|valley)\b)")


def rivers_of_states(article: Article) -> None:
    """ "west of the Mississippi", "barges on the Ohio were": a state's name right after
    "the" that ends its noun phrase is the state's river, its own place."""
    rivers: list[Entity] = []
    for entity in article.entities:
        state = aliases.us_state(entity.name) if entity.type == "place" else ""
        if not state or state != entity.name or " " in state:
            continue  # "the District of Columbia" is no river
        river = [
            m
            for m in entity.mentions
            if _RIVER_BEFORE.search(article.text, max(0, m.start - 12), m.start)
            and _RIVER_ENDS.match(article.text, m.end)
        ]
        if river:
            entity.mentions = [m for m in entity.mentions if m not in river]
            name = f"{state} River"
            rivers.append(Entity(entity_id("place", name), "place", name, mentions=river))
    if rivers:
        article.entities = [e for e in article.entities if e.mentions] + rivers


def straits(article: Article) -> None:
    """ "the Straits of Hormuz", "the Hormuz Strait": the Strait of Hormuz, one page."""
    for entity in article.entities:
        found = _STRAIT.fullmatch(entity.name)
        if found and entity.type in ("place", "organization"):
            entity.name = f"Strait of {found[1] or found[2]}"
            entity.id = entity_id(entity.type, entity.name)


_STRAIT = re.compile(r"(?:the )?(?:Straits? of ([A-Z][\w-]+)|([A-Z][\w-]+) Straits?)")


def the_gulf(article: Article) -> None:
    """ "the Gulf" of a story that names a country on the Persian Gulf is that gulf; in
    others it may be the U.S. Gulf ports or the Gulf of Mexico, and stays as written."""
    countries = {aliases.usual_name(e.name) for e in article.entities if e.type == "place"}
    if not any(known and known[0] in _PERSIAN_GULF_COUNTRIES for known in countries):
        return
    for entity in article.entities:
        if entity.type == "place" and fold(entity.name) == "gulf":
            entity.name, entity.id = "Persian Gulf", entity_id("place", "Persian Gulf")


# the countries on the Persian Gulf, by their usual names (aliases.usual_name)
_PERSIAN_GULF_COUNTRIES = frozenset(
    {"Iran", "Iraq", "Kuwait", "Saudi Arabia", "Bahrain", "Qatar", "United Arab Emirates", "Oman"}
)


def names_of_their_time(article: Article) -> None:
    """A name whose meaning the date settles: a story dated before reunification that says
    "Germany" means West Germany, and one before Iraq invaded Kuwait that says "the Gulf
    war" means the Iran-Iraq war: one page with the name the archive's other stories give
    it ("West Germany", "Federal Republic"; "Iran-Iraq war"), not two for one thing."""
    if article.date is None:
        return
    for entity in article.entities:
        for (name, kind), (until, meant) in _OF_THEIR_TIME.items():
            if entity.type == kind and article.date < until and _called(entity.name, kind) == name:
                entity.name, entity.id = meant, entity_id(kind, meant)


def _called(name: str, kind: str) -> str:
    """The usual name of a place ("FRG" -> "Germany"?) or an event's, the case folded."""
    if kind == "place":
        known = usual_name(name)
        return known[0] if known else name
    return " ".join(w for w in fold(name).split() if w != "persian")


def split_states(article: Article, dual: set[str]) -> None:
    """A mention of a name both a city and a state have ("New York") is the state where
    the text says so (`_a_state_mention`), else the city its datelines name: one page
    for each, "New York" and "State of New York" (so too "New York State")."""
    if not dual:
        return
    states: list[Entity] = []
    emptied: set[int] = set()
    for entity in article.entities:
        known = usual_name(entity.name) if entity.type == "place" else None
        named = entity.name.rpartition(" ")
        if known is None and named[2].casefold() == "state" and usual_name(named[0]):
            known = usual_name(named[0])  # "New York State"
            if known is not None and known[0] in dual:
                entity.name = f"State of {known[0]}"
                entity.id = entity_id("place", entity.name)
            continue
        if known is None or known[0] not in dual:
            continue
        state = [
            m for m in entity.mentions if _a_state_mention(article.text, m.start, m.end, known[0])
        ]
        if state:
            entity.mentions = [m for m in entity.mentions if m not in state]
            if not entity.mentions:
                emptied.add(id(entity))
            name = f"State of {known[0]}"
            states.append(Entity(entity_id("place", name), "place", name, mentions=state))
    if states:
        article.entities = [e for e in article.entities if id(e) not in emptied] + states
