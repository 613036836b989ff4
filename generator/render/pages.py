"""Stage 4, render: Jinja2 templates -> Markdown pages with YAML front matter.


Entry point: `render_pages(index, problems, settings, previous)`, returning {docs path:
text} and the input digest of each page, so the next run can keep unchanged pages.
Each page family is a module (articles, entities, lists, feeds); they share one
`PageContext`.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context

from generator.index import ArchiveIndex, EntityPage
from generator.model import Article, Problem
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
)
from generator.render.previews import entity_cards
from generator.settings import Settings, worker_processes


def render_all(ctx: PageContext, workers: int = 1) -> dict[str, str]:
    """Every page and file, each written once: the cost is linear in the archive."""
    items: list[Article | EntityPage] = [*ctx.index.articles]
    items += [e for e in ctx.index.entities.values() if e.mentions or e.quotes]
    if workers > 1 and len(items) >= PARALLEL_FROM:
        _render_forked(ctx, items, workers)
    else:
        for item in items:
            _render_item(ctx, item)
    home_pages(ctx)
    archive_pages(ctx)
    entity_indexes(ctx)
    quote_pages(ctx)
    grouped_pages(ctx, "sources", "Sources", ctx.sources, ctx.source_slugs)
    grouped_pages(ctx, "tags", "Tags", ctx.tags, ctx.tag_slugs)
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


# Article and entity pages, most of the work, are shared out among forked processes
# (which read the archive's index where it is) from this many on: below it, starting
# them costs more than they save.
PARALLEL_FROM = 500


def _render_item(ctx: PageContext, item: Article | EntityPage) -> None:
    if isinstance(item, Article):
        article_page(ctx, item)
    else:
        entity_pages(ctx, item)


_SHARED: tuple[PageContext, list[Article | EntityPage]] | None = None  # for forks
# Items a forked worker renders and sends back at a time: a worker holding its whole
# share of the archive's pages until the end (and their pickled copy) made the process
# tree's peak grow faster than the archive (8.7 GB at 40,000 stories).
CHUNK_ITEMS = 400
_SENT = [0, 0, 0, 0, 0]  # in a worker: how many of each memo it has sent back


def _render_forked(ctx: PageContext, items: list[Article | EntityPage], workers: int) -> None:
    """Article and entity pages rendered in `workers` forked processes, a chunk of
    items at a time, and put together in the order one process renders them, so the
    pages are the same; what the processes worked out about articles (headlines,
    teasers, feed entries) comes back for the list pages."""
    global _SHARED
    _SHARED = (ctx, items)
    try:
        # A worker that dies (out of memory) fails the build instead of hanging it.
        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            starts = range(0, len(items), CHUNK_ITEMS)
            for share in pool.map(_render_chunk, starts):
                for pages, keys, unchanged in share.items:
                    ctx.pages.update(pages)
                    ctx.keys.update(keys)
                    ctx.unchanged.update(unchanged)
                ctx.take_memos(share.memos)
    finally:
        _SHARED = None


@dataclass(slots=True)
class _Share:
    items: list[tuple[dict[str, str], dict[str, str], set[str]]]
    memos: tuple


def _render_chunk(start: int) -> _Share:
    """In a worker: the items from `start` on, one chunk; with what it worked out since
    its last chunk (a worker's memos only grow)."""
    assert _SHARED is not None
    ctx, items = _SHARED
    out = []
    for position in range(start, min(start + CHUNK_ITEMS, len(items))):
        ctx.pages, ctx.keys, ctx.unchanged = {}, {}, set()
        _render_item(ctx, items[position])
        out.append((ctx.pages, ctx.keys, ctx.unchanged))
    memos = []
    for number, memo in enumerate(ctx.memos()):
        memos.append(dict(list(memo.items())[_SENT[number] :]))
        _SENT[number] = len(memo)
    return _Share(out, tuple(memos))


@dataclass(slots=True)
class Rendered:
    pages: dict[str, str]  # path under docs/ -> text
    keys: dict[str, str]  # path -> digest of its inputs, to give back as `previous`
    unchanged: set[str]  # pages kept as they are on disk (only with load_texts=False)
    acronyms: frozenset[str] | None = None  # the archive's, when the headlines needed them


def render_pages(
    index: ArchiveIndex,
    problems: Sequence[Problem],
    settings: Settings,
    previous: PageCache | None = None,
) -> Rendered:
    """Every generated page of the archive, keyed by its path under docs/."""
    ctx = PageContext(index, problems, settings, previous)
    pages = render_all(ctx, worker_processes(settings.jobs))
    return Rendered(pages, ctx.keys, ctx.unchanged, ctx.known_acronyms())


def article_pages(
    index: ArchiveIndex,
    problems: Sequence[Problem],
    settings: Settings,
    articles: list[Article],
    acronyms: frozenset[str] | None = None,
) -> dict[str, str]:
    """The pages of `articles` alone, against `index` (and the `acronyms` its render
    found, which take a pass over every article to find again): what the preview shows
    of an edit before the whole archive is rendered again."""
    ctx = PageContext(index, problems, settings, acronyms=acronyms)
    for article in articles:
        article_page(ctx, article)
    return ctx.pages
