"""Stage 4, render: Jinja2 templates -> Markdown pages with YAML front matter.


Entry point: `render_pages(index, problems, settings, previous)`, returning {docs path:
text} and the input digest of each page, so the next run can keep unchanged pages.
Each page family is a module (articles, entities, lists, feeds); they share one
`PageContext`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.index import ArchiveIndex
from generator.model import Problem
from generator.render.articles import article_page
from generator.render.context import PageCache, PageContext, page_document
from generator.render.entities import entity_indexes, entity_pages
from generator.render.feeds import SITE_FEED, site_feed
from generator.render.graph import SITE_GRAPH_PAGE, site_graph_page
from generator.render.lists import (
    archive_pages,
    data_pages,
    grouped_pages,
    home_pages,
    quote_pages,
    report_page,
)
from generator.render.previews import entity_cards
from generator.settings import Settings


def render_all(ctx: PageContext) -> dict[str, str]:
    """Every page and file, each written once: the cost is linear in the archive."""
    for article in ctx.index.articles:
        article_page(ctx, article)
    for entity in ctx.index.entities.values():
        if entity.mentions or entity.quotes:
            entity_pages(ctx, entity)
    home_pages(ctx)
    archive_pages(ctx)
    entity_indexes(ctx)
    quote_pages(ctx)
    grouped_pages(ctx, "sources", "Sources", ctx.sources, ctx.source_slugs)
    grouped_pages(ctx, "tags", "Tags", ctx.tags, ctx.tag_slugs)
    report_page(ctx)
    ctx.add_files(entity_cards(ctx.index.entities, ctx.index.page_of))
    graph = page_document(
        {
            "title": "Connections",
            "description": "Who is mentioned with whom in the archive",
            "hide": ["toc"],  # the list stands beside the picture
        },
        site_graph_page(ctx.index.entities, directory_urls=ctx.settings.use_directory_urls),
    )
    ctx.add_files({SITE_GRAPH_PAGE: graph, SITE_FEED: site_feed(ctx)})
    data_pages(ctx)
    return ctx.pages


@dataclass(slots=True)
class Rendered:
    pages: dict[str, str]  # path under docs/ -> text
    keys: dict[str, str]  # path -> digest of its inputs, to give back as `previous`
    unchanged: set[str]  # pages kept as they are on disk (only with load_texts=False)


def render_pages(
    index: ArchiveIndex,
    problems: Sequence[Problem],
    settings: Settings,
    previous: PageCache | None = None,
) -> Rendered:
    """Every generated page of the archive, keyed by its path under docs/."""
    ctx = PageContext(index, problems, settings, previous)
    return Rendered(render_all(ctx), ctx.keys, ctx.unchanged)
