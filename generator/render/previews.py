"""Preview cards: one small JSON file per entity, fetched by docs/assets/previews.js.

A reader hovering (or focusing, or tapping) an entity link sees who or what it is
without leaving the article. Each card is its own file (`cards/<entity id>.json`), so
a page fetches only the cards it shows and no file grows with the archive: every text
in a card is cut to a fixed length. Addresses in a card are relative to the site root,
so the site works under any path.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from generator.index import EntityPage
from generator.model import TYPE_LABELS, Article

CARD_FOLDER = "cards"
DESCRIPTION_CHARS = 280
QUOTE_CHARS = 240
_QUOTE_MARKS = "\"'“”‘’«» "  # the card sets its own quotation marks


def card_path(entity_id: str) -> str:
    """`people/alexander-grushko` -> `cards/people/alexander-grushko.json`."""
    return f"{CARD_FOLDER}/{entity_id}.json"


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _newest(article: Article) -> tuple:
    return (-(article.date.toordinal() if article.date else 0), article.id)


def _earliest_role(entity: EntityPage) -> str:
    dated = sorted(entity.roles.items(), key=lambda kv: (kv[1] or "9999", kv[0]))
    return dated[0][0] if dated else ""


def entity_card(entity: EntityPage, article_page: Callable[[Article], str]) -> dict:
    """What the card shows: name, type, role, description, counts and the latest
    quotation with the address of its place in the article."""
    card: dict = {
        "name": entity.name,
        "type": TYPE_LABELS.get(entity.type, TYPE_LABELS["other"])[0],
        "url": f"{entity.id}/",
        "articles": len(entity.mentions),
        "quotations": len(entity.quotes),
    }
    role = _earliest_role(entity)
    if role:
        card["role"] = _cut(role, 80)
    if entity.description:
        card["description"] = _cut(entity.description, DESCRIPTION_CHARS)
    if entity.quotes:
        latest = min(entity.quotes, key=lambda ref: (_newest(ref.article), ref.quote.start))
        card["quote"] = {
            "text": _cut(latest.quote.text.strip(_QUOTE_MARKS), QUOTE_CHARS),
            "article": _cut(latest.article.title, 120),
            "date": latest.article.date.isoformat() if latest.article.date else "",
            "url": f"{article_page(latest.article)}/#{latest.quote.id}",
        }
    return card


def entity_cards(
    entities: Mapping[str, EntityPage], article_page: Callable[[Article], str]
) -> dict[str, str]:
    """{docs path: JSON text} for every entity with a page. `article_page` gives an
    article's page path without `.md` (`articles/2017/04/slug`)."""
    return {
        card_path(key): json.dumps(
            entity_card(entity, article_page), ensure_ascii=False, sort_keys=True
        )
        + "\n"
        for key, entity in entities.items()
        if entity.mentions or entity.quotes
    }
