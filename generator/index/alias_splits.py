"""Aliases that pull another thing onto a page, undone once the names are resolved, so
that no rule joins the split names back: a legal form that names another company
(`legal_forms.split_legal_forms`), and a province's, a state's or a country's name that
the archive made a company's short name ("Alberta" of "Alberta Energy Co Ltd") in a story
that never names the company in full ("the Zama area of Alberta", "Federal and Alberta
government aid"): there it is the place. So too a dateline's town that shares a state's
name, placed in another state ("VICTORIA, British Columbia" on the Australian state's
page).

`resolution.unify_entities` calls `split_aliases` right after `bodies.settle_bodies`.
"""

from __future__ import annotations

import functools
from collections import defaultdict

import pycountry

from generator.annotate.entities.aliases import is_country, unshout, us_state, usual_name
from generator.index.evidence import ORGANIZATION_AFTER
from generator.index.legal_forms import split_legal_forms
from generator.model import Article, Entity, Mention, entity_id

_CAPITAL = "District of Columbia"  # "WASHINGTON, D.C.": the capital's page's own


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
    article.entities.remove(entity)
    for quote in article.quotes:
        if quote.speaker_id == entity.id:  # a place says nothing: no page to link
            quote.speaker_id = None


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
