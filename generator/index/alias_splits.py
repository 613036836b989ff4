"""Aliases that pull another thing onto a page, undone once the names are resolved, so
that no rule joins the split names back: a legal form that names another company
(`legal_forms.split_legal_forms`), and a province's, a state's or a country's name that
the archive made a company's short name ("Alberta" of "Alberta Energy Co Ltd") in a story
that never names the company in full ("the Zama area of Alberta", "Federal and Alberta
government aid"): there it is the place. So too a dateline's town that shares a state's
name, placed in another state ("VICTORIA, British Columbia" on the Australian state's
page); and the other way round, a town's name that a story gives a company named after
the town ("Rogers Corp ... Rogers said", "ITT's Hartford unit" beside "HARTFORD, Conn."):
there it is the company; and a town's name a story gives a product by its model numbers
("the Sterling 825S", beside the dateline "STERLING, Va." elsewhere): there it is no
town.

`resolution.unify_entities` calls `split_aliases` right after `bodies.settle_bodies`.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

import pycountry

from generator.annotate.entities.aliases import is_country, unshout, us_state, usual_name
from generator.annotate.entity_words import FIRM_PARTS, LEGAL_FORM_LAWS
from generator.index.bodies import move_to_bodies
from generator.index.evidence import ORGANIZATION_AFTER
from generator.index.legal_forms import split_legal_forms
from generator.model import Article, Entity, Mention, entity_id

_CAPITAL = "District of Columbia"  # "WASHINGTON, D.C.": the capital's page's own
# what a company does after its name and a town does not: it speaks ("Rogers said the
# plan"), it has units ("ITT's HARTFORD UNIT")
_COMPANY_AFTER = re.compile(
    r"(?:'s|')? (?:said|says|told|reported)\b| (?i:" + "|".join(sorted(FIRM_PARTS)) + r")\b"
)
# a town's name written as a place's: after a locating word ("prosecutors in Brunswick",
# "the city of Boston"), no possessive after it ("from Brunswick's boat operations")
_LOCATED_BEFORE = re.compile(r"\b(?i:in|at|near|from|outside|around|to|of) \Z")
_POSSESSIVE = re.compile(r"'s?\b|’s\b")
# a model number after a name: digits and a letter, "825S", "6000STE" (not an amount:
# "45 pct", "1,480")
_MODEL_AFTER = re.compile(r" \d{2,5}[A-Z]{1,3}\b")
# a legal form after a name, as a name writes it: "Brunswick Corp", "Rogers CORP"
_FORMS = [
    form for word in (*LEGAL_FORM_LAWS, "co", "company") for form in (word.title(), word.upper())
]
_FORM_AFTER = r" (?:" + "|".join(sorted(_FORMS)) + r")\b"


def split_aliases(articles: list[Article], settled: set[str]) -> None:
    """Give each alias's mentions that name another thing to that thing (see the module's
    docstring), but those of `settled` ids: the registry's, and those the index gives no
    page of their own. Running it again changes nothing."""
    split_legal_forms(articles, settled)
    for article in articles:
        for entity in list(article.entities):
            if entity.id in settled:
                continue
            if entity.type == "organization":
                _places_alone(article, entity)
            elif entity.type == "place":
                _towns_of_states(article, entity)
                _towns_of_companies(article, entity)
                _models(article, entity)


def _places_alone(article: Article, entity: Entity) -> None:
    """A company's mentions that are all one place's name, none acting as a company
    ("Alberta said it", "Alberta's shares"): the place, where the story never names the
    company in full."""
    if " " not in entity.name or not entity.mentions:
        return
    names = {_place_name(m.text) for m in entity.mentions}
    if len(names) != 1 or "" in names:
        return
    if any(ORGANIZATION_AFTER.match(article.text, m.end) for m in entity.mentions):
        return
    name = names.pop()
    place_id = entity_id("place", name)
    place = next((e for e in article.entities if e.id == place_id), None)
    if place is None:
        place = Entity(place_id, "place", name)
        article.entities.append(place)
    place.mentions = sorted([*place.mentions, *entity.mentions], key=lambda m: m.start)
    _drop(article, entity)  # a place says nothing: no page to link


def _towns_of_states(article: Article, entity: Entity) -> None:
    """A dateline's town that shares a state's or a province's name and is placed in
    another one ("VICTORIA, British Columbia", "VICTORIA, Texas", "DELAWARE, Ohio") is the
    town, not the page's state ("Victoria" of Australia): "Victoria, British Columbia".
    The capital's "WASHINGTON, D.C." is the page's own."""
    if not _a_state(entity.name):
        return
    towns: dict[str, list[Mention]] = defaultdict(list)
    for mention in entity.mentions:
        name, comma, qualifier = mention.text.partition(", ")
        qualifier = unshout(qualifier) if qualifier.isupper() else qualifier
        state = qualifier if qualifier in _provinces() else us_state(qualifier)
        if comma and _a_state(name) and state not in ("", entity.name, _CAPITAL):
            towns[f"{entity.name}, {state}"].append(mention)
    for town, mentions in towns.items():
        place = Entity(entity_id("place", town), "place", town, mentions=mentions)
        article.entities.append(place)
        entity.mentions = [m for m in entity.mentions if m not in mentions]
    if not entity.mentions:
        article.entities.remove(entity)


def _towns_of_companies(article: Article, entity: Entity) -> None:
    """A town's name in a story that names a company after the town ("Rogers Corp",
    "Hartford Insurance Group", the text's "Brunswick Corp" the model left untagged) and
    acts like a company there ("ROGERS <ROG>", "Rogers said", "Rogers' shares", "ITT's
    Hartford unit") is the company's short name: such mentions go to the company, the
    story's one named so (else they stay plain text). The story's other mentions of the
    name that no place's words surround ("sold by Brunswick", "from Brunswick's boat
    operations") could be either: plain text. A mention with its state or the date after
    a comma ("HARTFORD, Conn.", "BETHLEHEM, March 5") or after a locating word ("in
    Brunswick") is the town's. A country's, a state's or a province's name is left alone:
    "Texas said" is the state's government."""
    if entity not in article.entities or _a_state(entity.name) or is_country(entity.name):
        return
    text = article.text
    companies = _companies_named_after(article, entity.name)
    acting = [m for m in entity.mentions if _acts_as_company(text, m)]
    if not companies or not acting:
        return
    unsure = [
        m
        for m in entity.mentions
        if m not in acting
        and "," not in m.text
        and not text.startswith(",", m.end)
        and not _located(text, m)
    ]
    entity.mentions = [m for m in entity.mentions if m not in unsure]
    if len(companies) == 1:
        move_to_bodies(article, entity, {companies.pop(): acting})
    else:
        entity.mentions = [m for m in entity.mentions if m not in acting]
    if entity.mentions or entity not in article.entities:
        return
    _drop(article, entity)  # none of the companies took it all


def _companies_named_after(article: Article, town: str) -> set[str]:
    """The names of the story's companies whose names begin with the town's: its
    organizations' and the text's town with a legal form ("Brunswick Corp")."""
    begins = town.casefold() + " "
    names = {
        e.name.casefold(): e.name
        for e in article.entities
        if e.type == "organization" and e.name.casefold().startswith(begins)
    }
    for found in re.finditer(re.escape(town) + _FORM_AFTER, article.text):
        names.setdefault(found[0].casefold(), found[0])
    return set(names.values())


def _models(article: Article, entity: Entity) -> None:
    """A town's name that a model number follows ("the Sterling 825S sells for 19,000
    dlrs and the Sterling 825SL ...") in a story that never writes it as a place's (with
    its state or after a locating word) names a product there, no town: the story's
    mentions stay plain text. A country's or a state's name is left alone ("U.S. 1987
    output", "Ohio 2A bonds")."""
    if entity not in article.entities or _a_state(entity.name) or is_country(entity.name):
        return
    text = article.text
    if not any(_MODEL_AFTER.match(text, m.end) for m in entity.mentions):
        return
    if any(
        "," in m.text
        or text.startswith(",", m.end)
        or _LOCATED_BEFORE.search(text, max(0, m.start - 12), m.start)
        for m in entity.mentions
    ):
        return
    _drop(article, entity)


def _acts_as_company(text: str, mention: Mention) -> bool:
    """A mention a ticker, a company's word or a company's deed follows, not one written as
    the town's ("the city of Boston said": its council)."""
    if "," in mention.text or _located(text, mention):
        return False
    return bool(
        ORGANIZATION_AFTER.match(text, mention.end) or _COMPANY_AFTER.match(text, mention.end)
    )


def _drop(article: Article, entity: Entity) -> None:
    """Take the entity out of the story, and its name off the quotations it spoke: the
    story's link to it goes, and so does a speaker's link no page would answer."""
    article.entities.remove(entity)
    for quote in article.quotes:
        if quote.speaker_id == entity.id:
            quote.speaker_id = None


def _located(text: str, mention: Mention) -> bool:
    """A mention after a locating word ("in Brunswick", "the city of Boston"), no
    possessive after it ("from Brunswick's boat operations", "of Rogers' shares")."""
    return bool(
        _LOCATED_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        and not _POSSESSIVE.match(text, mention.end)
    )


def _a_state(name: str) -> bool:
    """A US state's, a Canadian or an Australian province's or state's name."""
    name = unshout(name) if name.isupper() else name
    return name in _provinces() or us_state(name) == name


def _place_name(text: str) -> str:
    """The usual name of the province, state or country a one-word text names, or ""."""
    word = unshout(text) if text.isupper() else text
    if " " in word.strip():
        return ""
    known = usual_name(word)
    name = known[0] if known is not None and known[1] == "place" else word
    if name in _provinces() or is_country(name) or us_state(name):
        return name
    return ""


@functools.cache
def _provinces() -> frozenset[str]:
    """The provinces and states of Canada and Australia, whose companies take their names
    ("Alberta Energy", "Victoria State Bank"); not every country's ("Delta", a Nigerian
    state, is the rocket and the airline more often)."""
    return frozenset(
        subdivision.name
        for country in ("CA", "AU")
        for subdivision in pycountry.subdivisions.get(country_code=country) or []
    )
