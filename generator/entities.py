"""Entity recognition and resolution: people, organizations, places and events.

Entry point: `find_entities(article, registry)`.
"""

from __future__ import annotations

from slugify import slugify

from .model import ENTITY_FOLDERS, Article, Entity
from .registry import Registry


def entity_id(entity_type: str, name: str) -> str:
    """Stable page path of an entity: `people/alexander-grushko`."""
    return f"{ENTITY_FOLDERS[entity_type]}/{slugify(name, max_length=80) or 'unnamed'}"


def find_entities(article: Article, registry: Registry) -> list[Entity]:
    """Every entity the article mentions, each with all its mention offsets."""
    return []
