"""What Pagefind filters each page by: written into the page's front matter.

The publish stage indexes the built site; the values readers narrow results by
(agency, year, the people, organizations and places) are decided here, when pages are
rendered.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.index import EntityPage
from generator.model import Article

# The facets a reader can narrow results by, in the order the search box shows them.
FACETS = ("agency", "year", "person", "organization", "place")
ENTITY_FACETS = {"person": "person", "organization": "organization", "place": "place"}


def article_filters(article: Article) -> dict[str, list[str]]:
    """The values a reader can filter this article by: agency, year, and the people,
    organizations and places it mentions (the dateline's place too)."""
    filters: dict[str, list[str]] = {}
    if article.agency:
        filters["agency"] = [article.agency]
    if article.date:
        filters["year"] = [str(article.date.year)]
    for entity in article.entities:
        facet = ENTITY_FACETS.get(entity.type)
        if facet and entity.mentions:
            filters.setdefault(facet, []).append(entity.name)
    if article.place:
        filters.setdefault("place", []).append(article.place)
    return {facet: _unique(filters[facet]) for facet in FACETS if facet in filters}


def entity_filters(entity: EntityPage) -> dict[str, list[str]]:
    """An entity's page is found under its own name: filtering by a person keeps their
    page among the articles about them."""
    facet = ENTITY_FACETS.get(entity.type)
    return {facet: [entity.name]} if facet else {}


def _unique(values: Iterable[str]) -> list[str]:
    """Sorted, without repeats or empty values, so the same article gives the same page."""
    return sorted({" ".join(value.split()) for value in values if value and value.strip()})
