"""Atom feeds: one for the whole archive, one per entity, newest first.

Feeds are written with feedgen (it escapes XML for us) and bounded to FEED_LIMIT
entries, so a feed's size never grows with the archive. Every timestamp comes from the
articles, never from the clock, so the same archive gives byte-identical feeds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from feedgen.feed import FeedGenerator

FEED_LIMIT = 50
# Characters XML 1.0 cannot carry; lxml refuses them, so they are dropped from feed text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Atom needs a timestamp for every entry; undated articles get this fixed one.
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(slots=True)
class FeedItem:
    """One entry: an article as a feed reader shows it."""

    url: str
    title: str
    summary: str
    date: dt.date | None
    author: str
    categories: list[tuple[str, str]] = field(default_factory=list)  # (term, label)


def xml_text(text: str) -> str:
    """Text that XML can carry."""
    return _NOT_XML.sub("", text)


def _timestamp(date: dt.date | None) -> dt.datetime:
    if date is None:
        return UNDATED
    return dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)


def atom_feed(
    *,
    title: str,
    subtitle: str,
    self_url: str,
    page_url: str,
    author: str,
    items: Sequence[FeedItem],
) -> str:
    """An Atom document listing the first FEED_LIMIT of `items` (already newest first)."""
    feed = FeedGenerator()
    feed.id(self_url)
    feed.title(xml_text(title))
    feed.subtitle(xml_text(subtitle) or xml_text(title))
    feed.link(href=self_url, rel="self", type="application/atom+xml")
    feed.link(href=page_url, rel="alternate", type="text/html")
    feed.author({"name": xml_text(author)})
    shown = list(items[:FEED_LIMIT])
    feed.updated(max((_timestamp(item.date) for item in shown), default=UNDATED))
    for item in shown:
        entry = feed.add_entry(order="append")
        entry.id(item.url)
        entry.title(xml_text(item.title))
        entry.link(href=item.url, rel="alternate", type="text/html")
        stamp = _timestamp(item.date)
        entry.published(stamp)
        entry.updated(stamp)
        entry.author({"name": xml_text(item.author)})
        if item.summary:
            entry.summary(xml_text(item.summary))
        for term, label in item.categories:
            entry.category(term=xml_text(term), label=xml_text(label))
    return feed.atom_str(pretty=True).decode("utf-8")
