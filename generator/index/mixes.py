"""Names that gather several things on one page: two bodies' names joined by a hyphen or a
slash ("ABC News-Washington Post", a joint poll of two outlets; "Texaco-Pennzoil", a
dispute of two companies; "McDonnell Douglas Corp/Textron Inc", a team of two), and a
court or a hall every circuit, county or town has ("U.S. Court of Appeals" for the Second
and the Fourth Circuits, "City Hall" of New York and of Philadelphia). A reader looks up
each of the two, or the one court, not the pair or the kind: such a page holds things
that have, or should have, their own (`resolution.unify_entities` calls `joined_names`
and `seatless` once the names have found their groups). A town's name a rate is named
after ("the Lombard rate" beside "LOMBARD, Ill.") and an agency's sign-off ("... will be
renegotiated. REUTERS") are no mention of the town or the agency (`rate_names`,
`signed_off`)."""

from __future__ import annotations

import re

from generator.annotate.entities.aliases import fold, is_country, us_state
from generator.annotate.entity_words import COURT_WORDS, PERSON_NOUNS, SEATED_COURT_WORDS
from generator.annotate.words import CONNECTORS, HONORIFICS, ROLE_HEADS
from generator.index.evidence import RATE_NAMED_AFTER
from generator.index.names import Group, company_base, final, name_key
from generator.model import Article, Entity, Mention

# a hyphen or a slash between two capitalised names ("Texaco-Pennzoil", "NBC News/Wall
# Street Journal"); not one inside a word ("Bio/dynamics") nor after a lone letter ("A/S",
# "I/N Tek")
_JOIN = re.compile(r"(?<=\w\w)[-/](?=[A-Z])")
# a person's title written right before a name ("President Ford's", "Mr. Ford"), in a
# title's capitals (not a headline's "GEN DYNAMICS", nor "a former Texaco executive")
_TITLE_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+\.?) \Z")
_WORD_AFTER = re.compile(r"(?:'s|’s)? ([A-Za-z]+)")
# a president's government named after him: "the Ford administration", "Ford's administration"
_ADMINISTRATION_AFTER = re.compile(r"(?:'s|’s)? administration\b")


def joined_names(groups: dict[str, Group]) -> None:
    """An organization's name that a hyphen or a slash cuts into two names the archive
    names on their own, two other bodies or places ("ABC News" and "Washington Post",
    "Edmonton" and "Swann Hills"), is the two of them, not a third thing: its mentions stay
    plain text. Names the archive knows only joined ("Coca-Cola", "Royal Dutch/Shell
    Group", where no "Shell Group" stands alone) and places ("Dallas/Fort Worth") keep
    their page; so does a name whose parts are a person's ("Hewlett-Packard"). A hyphen
    also makes one company's name of two with a legal form after them ("Georgia-Pacific
    Corp", "Prudential-Bache Securities Inc"), and ties a campus or a station to its body
    ("University of California-Los Angeles", "WKOW-TV")."""
    for group in groups.values():
        if group.type != "organization" or group.registered or group.junk or group.target:
            continue
        for join in _JOIN.finditer(group.name):
            hyphen = join[0] == "-"
            if hyphen and company_base(group.name) != group.name:
                continue
            first = _named_alone(group.name[: join.start()], group, groups)
            second = _named_alone(group.name[join.end() :], group, groups)
            if hyphen and second is not None and second.type == "place":
                continue
            if first is not None and second is not None and first is not second:
                group.junk = f"two names joined: {first.name} and {second.name}"
                break


def _named_alone(part: str, whole: Group, groups: dict[str, Group]) -> Group | None:
    """The body or place a piece of a joined name names on its own in the archive, or None
    (a person's name, a piece never named alone, two letters such as a station's "TV", or
    the joined name's own short form)."""
    part = part.strip()
    found = groups.get(name_key(part)) if len(part) > 2 else None
    if found is None or found.junk or found is whole:
        return None
    found = final(found)
    if found is whole or found.junk or found.type not in ("organization", "place"):
        return None
    return found


def seatless(groups: dict[str, Group]) -> None:
    """A court named by its kind alone, a country's name before it at most ("U.S. Court of
    Appeals", "Superior Court", "State Supreme Court"), or a town's hall ("City Hall"):
    every circuit, county, state or town has one, and the name says not which. Its
    mentions stay plain text; a court named with its seat ("King County Superior Court",
    "Texas Supreme Court") or a country's one court ("U.S. Supreme Court") keeps its page."""
    for group in groups.values():
        if group.registered or group.junk or group.target or group.doubt:
            continue
        if group.type in ("organization", "place") and _seatless(group.name):
            group.doubt = "a court or a hall of no named seat"


def _seatless(name: str) -> bool:
    words = [w for w in fold(name).split() if w not in CONNECTORS]
    if words[:1] and is_country(words[0]):
        words = words[1:]  # "U.S. Court of Appeals"
    elif words[:2] and is_country(" ".join(words[:2])):
        words = words[2:]  # "United States Court of Appeals"
    if words in (["city", "hall"], ["town", "hall"]):
        return True
    kinds = COURT_WORDS | SEATED_COURT_WORDS | ({"supreme"} if "state" in words else set())
    return (
        any(w in COURT_WORDS for w in words)
        and any(w in SEATED_COURT_WORDS for w in words)
        and all(w in kinds for w in words)
    )


def titled_people(articles: list[Article], groups: dict[str, Group]) -> None:
    """A one-word name a person's title stands right before ("He was President Ford's top
    economic adviser"), or that names an administration ("the Ford administration"),
    names a person in that story, whatever page the archive gives the
    word (Ford Motor Co's "Ford"): that page would gather the person. The story's entity
    of the word stays plain text, unless the archive's page of the word is a person's,
    the story quotes it, or a role follows the word ("Deputy Treasury Secretary",
    "Former Texaco chairman": the body's)."""
    for article in articles:
        speakers = {quote.speaker_id for quote in article.quotes}
        for entity in list(article.entities):
            key = name_key(entity.name)
            if " " in entity.name or key not in groups or entity.id in speakers:
                continue
            group = final(groups[key])
            if group.registered or group.type not in ("organization", "place"):
                continue
            if any(_titled(article.text, m.start, m.end) for m in entity.mentions):
                article.entities.remove(entity)


def _titled(text: str, start: int, end: int) -> bool:
    if _ADMINISTRATION_AFTER.match(text, end):  # not "the U.S. administration", "PSD"'s
        name = text[start:end]
        return name.istitle() and name.isalpha() and not is_country(name)
    title = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    if title is None or title[1].casefold() not in HONORIFICS.keys() | ROLE_HEADS:
        return False
    after = _WORD_AFTER.match(text, end)
    word = after[1].casefold() if after else ""
    return word not in PERSON_NOUNS


def rate_names(articles: list[Article], groups: dict[str, Group]) -> None:
    """A town's name a rate's word follows in a third of its mentions ("the Bundesbank's
    Lombard rate", "discount and Lombard rates" beside the datelines "LOMBARD, Ill.") names
    the rate there, no town: those mentions stay plain text and the town keeps the rest.
    A country's or a state's rate is its own ("the U.S. prime rate", "the Texas
    unemployment rate"), and so is a town's its other mentions outnumber ("the London
    interbank offered rate")."""
    for article in articles:
        speakers = {quote.speaker_id for quote in article.quotes}
        for entity in list(article.entities):
            group = groups.get(name_key(entity.name))
            if group is None or entity.id in speakers or not _a_rates_town(group):
                continue
            kept = [m for m in entity.mentions if not RATE_NAMED_AFTER.match(article.text, m.end)]
            _keep(article, entity, kept)


def _a_rates_town(group: Group) -> bool:
    return (
        final(group).type == "place"
        and not group.registered
        and group.rate_named * 3 >= group.mentioned > 0
        and not (is_country(group.name) or us_state(group.name))
    )


def signed_off(articles: list[Article]) -> None:
    """The agency's name in capitals that ends a story ("... the contract will be
    renegotiated. REUTERS") signs it off: no mention of the agency, whose page would list
    the story."""
    for article in articles:
        agency, text = fold(article.agency or ""), article.text.rstrip()
        if not agency:
            continue
        for entity in list(article.entities):
            kept = [
                m
                for m in entity.mentions
                if not (m.end == len(text) and m.text.isupper() and fold(m.text) == agency)
            ]
            _keep(article, entity, kept)


def _keep(article: Article, entity: Entity, kept: list[Mention]) -> None:
    """Keep an entity's mentions `kept`, and the entity while any is left."""
    if not kept:
        article.entities.remove(entity)
    elif len(kept) < len(entity.mentions):
        entity.mentions = kept
