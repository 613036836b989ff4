"""Atom feeds: the archive's newest articles, and one feed per entity."""

from __future__ import annotations

from generator.index import EntityPage
from generator.model import Article
from generator.render.atom import FeedItem, atom_feed
from generator.render.context import PageContext, newest_first

SITE_FEED = "feed.xml"


FEED_SIZE = 50


def feed_categories(ctx: PageContext, article: Article) -> list[tuple[str, str]]:
    """An article's entry is filed under the entities it mentions that have a page."""
    found = [(e.id, e.name) for e in article.entities if e.mentions and e.id in ctx.index.entities]
    return found[:20]


def feed_item(ctx: PageContext, article: Article) -> FeedItem:
    return FeedItem(
        url=ctx.url_of(ctx.index.page_of(article)),
        title=ctx.headline(article),
        summary=ctx.teaser(article),
        date=article.date,
        author=article.byline or article.agency or ctx.settings.site_name,
        categories=feed_categories(ctx, article),
    )


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


def entity_feed(ctx: PageContext, entity: EntityPage) -> str:
    """The newest articles that mention one entity (or quote them)."""
    newest = sorted(entity.mentions, key=lambda m: newest_first(m.article))[:FEED_SIZE]
    return atom_feed(
        title=f"{entity.name} - {ctx.settings.site_name}",
        subtitle=f"The newest articles about {entity.name}",
        self_url=ctx.file_url(f"{entity.id}/feed.xml"),
        page_url=ctx.url_of(entity.id),
        author=ctx.settings.site_name,
        items=[feed_item(ctx, ref.article) for ref in newest],
    )
