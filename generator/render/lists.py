"""List pages: home, archive by date, quotations, sources and tags, data."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from markupsafe import Markup

from generator.index import EntityPage
from generator.model import Article, Problem, Quote
from generator.render.charts import bar_chart, monthly_counts
from generator.render.context import INDEX_PAGE_SIZE, PageContext, quotes_by_article, size_label
from generator.render.dataset import DATA_FOLDER, dataset_files
from generator.render.markup import (
    escape_attr,
)

PAGE_SIZE = 25


def _inputs(ctx: PageContext, value: Any) -> Any:  # noqa: ANN401 - any template value
    """A template's context as plain values for `ctx.reuse`: an article by its key (its
    digest covers what a list shows of it), an entity by what its links show, a
    quotation by the fields the lists print (the index rewrites its speaker)."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, Article):
        return ctx.article_key(value)
    if isinstance(value, EntityPage):
        return ctx.entity_key(value.id)
    if isinstance(value, Quote):
        return (value.id, value.text, value.speaker, ctx.entity_key(value.speaker_id))
    if isinstance(value, Problem):
        return (value.severity, str(value))
    if isinstance(value, list | tuple):
        return tuple(_inputs(ctx, item) for item in value)
    if isinstance(value, dict):
        return tuple((key, _inputs(ctx, item)) for key, item in value.items())
    raise TypeError(f"no reuse key for {type(value).__name__}")


def _write(
    ctx: PageContext, path: str, template: str, meta: dict[str, Any], **context: Any
) -> None:
    """`ctx.write`, unless an earlier run rendered this page from the same inputs: one
    edited article then re-renders the one list page that shows it, not all of them."""
    if not ctx.reuse([path], "list", template=template, meta=meta, context=_inputs(ctx, context)):
        ctx.write(path, template, meta, **context)


def home_pages(ctx: PageContext) -> None:
    """The latest articles, paginated; the first page also links every index."""
    other = any(e.type == "other" and (e.mentions or e.quotes) for e in ctx.index.entities.values())
    for path, chunk, pager in ctx.paginate("index", ctx.index.articles, PAGE_SIZE):
        _write(
            ctx,
            path,
            "home.md.j2",
            {
                # The home page has no title of its own: the theme shows the site's name
                # alone there, not "News archive - News archive".
                "title": "Latest articles" if path != "index.md" else None,
                "description": "The newest articles in the archive",
                "hide": ["toc"],
            },
            articles=chunk,
            pager=pager,
            total=len(ctx.index.articles),
            first=path == "index.md",
            other=other,
            tags=bool(ctx.tags),
        )


def archive_pages(ctx: PageContext) -> None:
    """Archive index (years and months with counts), a page per year and per month."""
    months: dict[str, list[Article]] = defaultdict(list)
    for article in ctx.index.articles:
        months[f"{article.date:%Y/%m}" if article.date else "undated"].append(article)
    years: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for key, items in sorted(months.items(), reverse=True):
        label = _month_label(key)
        years[key[:4] if key != "undated" else "undated"].append((key, label, len(items)))
        for path, chunk, pager in ctx.paginate(f"archive/{key}", items, INDEX_PAGE_SIZE):
            _write(
                ctx,
                path,
                "list.md.j2",
                {"title": label, "description": f"Articles from {label}", "hide": ["toc"]},
                heading=label,
                articles=chunk,
                pager=pager,
                total=len(items),
                up=("Archive", "archive/index.md")
                if key == "undated"
                else (key[:4], f"archive/{key[:4]}.md"),
            )
    ordered = sorted(years.items(), reverse=True)
    for year, entries in ordered:
        if year == "undated":
            continue
        _write(
            ctx,
            f"archive/{year}.md",
            "archive_year.md.j2",
            {"title": year, "description": f"Articles from {year}, month by month"},
            year=year,
            months=entries,
            total=sum(count for _, _, count in entries),
        )
    _write(
        ctx,
        "archive/index.md",
        "archive.md.j2",
        {"title": "Archive", "description": "Articles by year and month"},
        years=[(year, entries, sum(c for _, _, c in entries)) for year, entries in ordered],
        total=len(ctx.index.articles),
        chart=Markup(
            bar_chart(
                monthly_counts(a.date for a in ctx.index.articles),
                chart_id="chart-articles",
                what="Articles by month",
                noun="articles",
            )
        ),
    )


MOST_QUOTED = 40  # speakers named below the Quotes page's quotations


def quote_pages(ctx: PageContext) -> None:
    """Quotations newest first, with their speakers and articles, from the first
    screen; the most quoted speakers below them."""
    quotes = ctx.distinct_quotes(ctx.index.quotes())
    by_speaker: Counter[str] = Counter(
        ref.quote.speaker_id for ref in quotes if ref.quote.speaker_id
    )
    speakers = [
        (ctx.index.entities[sid], count)
        for sid, count in sorted(by_speaker.items(), key=lambda kv: (-kv[1], kv[0]))
        if sid in ctx.index.entities
    ]
    for path, chunk, pager in ctx.paginate("quotes/index", quotes, INDEX_PAGE_SIZE):
        _write(
            ctx,
            path,
            "quotes.md.j2",
            {"title": "Quotes", "description": "Every quotation in the archive, newest first"},
            groups=quotes_by_article(chunk),
            speakers=speakers[:MOST_QUOTED] if path == "quotes/index.md" else [],
            pager=pager,
            total=len(quotes),
        )


def grouped_pages(
    ctx: PageContext,
    folder: str,
    title: str,
    groups: dict[str, list[Article]],
    slugs: dict[str, str],
) -> None:
    """An index of `groups` (agencies or tags) with counts, and a paginated page each."""
    for key, items in groups.items():
        base = f"{folder}/{slugs[key]}"
        for path, chunk, pager in ctx.paginate(base, items, INDEX_PAGE_SIZE):
            _write(
                ctx,
                path,
                "list.md.j2",
                {
                    "title": escape_attr(key),
                    "description": f"{title}: {escape_attr(key)}",
                    "hide": ["toc"],
                },
                heading=key,
                articles=chunk,
                pager=pager,
                total=len(items),
            )
    rows = [(key, f"{folder}/{slugs[key]}.md", len(items)) for key, items in groups.items()]
    for path, chunk, pager in ctx.paginate(f"{folder}/index", rows, INDEX_PAGE_SIZE, False):
        _write(
            ctx,
            path,
            "groups.md.j2",
            {"title": title, "description": f"Articles by {title.lower()}"},
            title=title,
            groups=chunk,
            total=len(rows),
            pager=pager,
        )


def data_pages(ctx: PageContext) -> None:
    """The annotations as files to download, and the page that explains them."""
    files = dataset_files(ctx.index, ctx.url_of)
    ctx.add_files(files)
    sizes = {path: len(text.encode("utf-8")) for path, text in files.items()}
    _write(
        ctx,
        f"{DATA_FOLDER}/index.md",
        "data.md.j2",
        {"title": "Data", "description": "The archive's annotations as JSON Lines and CSV"},
        files=[(path, size_label(sizes[path])) for path in sorted(files)],
        articles=len(ctx.index.articles),
        quotes=sum(len(a.quotes) for a in ctx.index.articles),
        entities=sum(1 for e in ctx.index.entities.values() if e.mentions or e.quotes),
    )


def _month_label(key: str) -> str:
    if key == "undated":
        return "Undated articles"
    return dt.date(int(key[:4]), int(key[5:]), 1).strftime("%B %Y")
