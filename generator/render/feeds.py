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
        categories = [
            (e.id, e.name) for e in article.entities if e.mentions and e.id in ctx.index.entities
        ]
        item = ctx.feed_items[article.id] = FeedItem(
            url=ctx.url_of(ctx.index.page_of(article)),
            title=ctx.headline(article),
            summary=ctx.teaser(article),
            date=article.date,
            author=article.byline or article.agency or ctx.settings.site_name,
            categories=categories[:20],
        )
    return item


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
    gains a page files them under itself), which the entity's own page does not show."""
    path = f"{entity.id}/feed.xml"
    newest = sorted(entity.mentions, key=lambda m: newest_first(m.article))[:FEED_SIZE]
    items = [feed_item(ctx, ref.article) for ref in newest]
    if ctx.reuse([path], entity.id, entity.name, items):
        return
    ctx.pages[path] = atom_feed(
        title=f"{entity.name} - {ctx.settings.site_name}",
        subtitle=f"The newest articles about {entity.name}",
        self_url=ctx.file_url(path),
        page_url=ctx.url_of(entity.id),
        author=ctx.settings.site_name,
        items=items,
    )
