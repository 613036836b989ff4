"""Names the archive mentions that the registry lacks (`entities suggest`), and what its
resolution is least sure of (`entities review`).

Runs every source through read and annotate, the same path as a build, so the
suggested names and types are the ones the pages would show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.annotate import Registry, annotate
from generator.index import Doubt, build_index, unify_entities
from generator.read import collect_sources, read_article
from generator.settings import Settings


@dataclass(slots=True)
class Suggestion:
    """A name found across the archive that the registry does not know yet."""

    name: str
    type: str
    id: str
    mentions: int = 0
    articles: int = 0
    example: str = ""


def suggest_entities(
    content_dir: Path, registry: Registry, min_count: int = 2, types: Iterable[str] = ()
) -> list[Suggestion]:
    """Entities found in `content_dir` that are not in the registry, most mentioned first
    (of `types` only, when given). Names, types and ids are the entity pages' own: the
    archive is unified as a build unifies it (`JAPAN` is Japan, `Fed` the Federal Reserve)."""
    known = set(registry.by_id())
    wanted = set(types)
    articles = [annotate(read_article(path), registry) for path in collect_sources(content_dir)[0]]
    unify_entities([a for a in articles if a.blocks and a.title], registry)
    found: dict[str, Suggestion] = {}
    for article in articles:
        for entity in article.entities:
            if entity.id in known or registry.knows(entity.name):
                continue
            if wanted and entity.type not in wanted:
                continue
            suggestion = found.setdefault(
                entity.id, Suggestion(entity.name, entity.type, entity.id)
            )
            suggestion.mentions += len(entity.mentions)
            suggestion.articles += 1
            if not suggestion.example and entity.mentions:
                first = entity.mentions[0]
                suggestion.example = _context(article.text, first.start, first.end)
    ranked = [s for s in found.values() if s.mentions >= min_count]
    return sorted(ranked, key=lambda s: (-s.mentions, s.name.casefold(), s.id))


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    before = text[max(0, start - width) : start].rsplit("\n", 1)[-1]
    after = text[end : end + width].split("\n", 1)[0]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def review_entities(settings: Settings) -> list[Doubt]:
    """What the archive is least sure of, most articles first: names several things share
    (no page), names it declined to page, kinds decided on thin evidence, acronyms left
    apart from a long name like them; each with the entities.yml lines that settle it.
    The archive is read and indexed as a build does (cached annotations included)."""
    from generator.pipeline import load_archive

    articles, registry, _ = load_archive(settings)
    return build_index(articles, registry, settings.entity_min_articles).doubts
