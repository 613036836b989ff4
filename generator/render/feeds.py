"""Atom feeds: the archive's newest articles, and one feed per entity."""

from __future__ import annotations

from generator.index import EntityPage
from generator.model import Article
from generator.render.atom import FeedItem, atom_feed
from generator.render.context import PageContext, newest_first

SITE_FEED = "feed.xml"

FEED_SIZE = 50


def feed_item(ctx: PageContext, article: Article) -> FeedItem:
    """An article as every feed lists it (worked out once per run): filed under the
    entities it mentions that have a page."""
    item = ctx.feed_items.get(article.id)
    if item is None:
        item = ctx.feed_items[article.id] = FeedItem(
            url=ctx.url_of(ctx.index.page_of(article)),
            title=ctx.headline(article),
            summary=ctx.teaser(article),
            date=article.date,
            author=article.byline or article.agency or ctx.settings.site_name,
            categories=_categories(ctx, article),
        )
    return item


def _categories(ctx: PageContext, article: Article) -> list[tuple[str, str]]:
    """The entities a feed files the article under: those it mentions that have a page."""
    found = [(e.id, e.name) for e in article.entities if e.mentions and e.id in ctx.index.entities]
    return found[:20]


def site_feed(ctx: PageContext) -> str:
    """The newest articles of the whole archive."""
    return atom_feed(
        title=ctx.settings.site_name,
        subtitle="The newest articles in the archive",
        self_url=ctx.file_url(SITE_FEED),
        page_url=ctx.url_of("index"),
        author=ctx.settings.site_name,
        items=[feed_item(ctx, a) for a in ctx.index.articles[:FEED_SIZE]],
    )


def entity_feed(ctx: PageContext, entity: EntityPage) -> None:
    """The newest articles that mention one entity (or quote them). Kept while the
    entries it lists are the same: they change with other entities too (an entity that
    gains a page files them under itself), which the entity's own page does not show.
    An entry is the article (its digest covers headline, summary, date and author), its
    address and its categories, so a kept feed works out none of its entries."""
    path = f"{entity.id}/feed.xml"
    newest = [m.article for m in sorted(entity.mentions, key=lambda m: newest_first(m.article))]
    newest = newest[:FEED_SIZE]
    entries = [(ctx.article_key(a), ctx.index.page_of(a), _categories(ctx, a)) for a in newest]
    if ctx.reuse([path], "entity feed", entity=entity.id, name=entity.name, entries=entries):
        return
    ctx.pages[path] = atom_feed(
        title=f"{entity.name} - {ctx.settings.site_name}",
        subtitle=f"The newest articles about {entity.name}",
        self_url=ctx.file_url(path),
        page_url=ctx.url_of(entity.id),
        author=ctx.settings.site_name,
        items=[feed_item(ctx, article) for article in newest],
    )
