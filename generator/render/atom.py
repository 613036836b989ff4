"""Atom feeds: one for the whole archive, one per entity, newest first.

Feeds are written with feedgen (it escapes XML for us) and bounded to FEED_LIMIT
entries, so a feed's size never grows with the archive. Every timestamp comes from the
articles, never from the clock, so the same archive gives byte-identical feeds.
"""

from __future__ import annotations

import datetime as dt
import functools
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
    shown = list(items[:FEED_LIMIT])
    updated = max((_timestamp(item.date) for item in shown), default=UNDATED)
    head = _feed_without_entries(title, subtitle, self_url, page_url, author, updated)
    entries = "".join(
        _entry_xml(
            item.url, item.title, item.summary, item.date, item.author, tuple(item.categories)
        )
        for item in shown
    )
    return head.removesuffix(_END) + entries + _END


_END = "</feed>\n"


def _head(
    title: str, subtitle: str, self_url: str, page_url: str, author: str, updated: dt.datetime
) -> FeedGenerator:
    feed = FeedGenerator()
    feed.id(self_url)
    feed.title(xml_text(title))
    feed.subtitle(xml_text(subtitle) or xml_text(title))
    feed.link(href=self_url, rel="self", type="application/atom+xml")
    feed.link(href=page_url, rel="alternate", type="text/html")
    feed.author({"name": xml_text(author)})
    feed.updated(updated)
    return feed


def _feed_without_entries(
    title: str, subtitle: str, self_url: str, page_url: str, author: str, updated: dt.datetime
) -> str:
    text = _head(title, subtitle, self_url, page_url, author, updated).atom_str(pretty=True)
    return text.decode("utf-8")


@functools.lru_cache(maxsize=1 << 14)
def _entry_xml(
    url: str,
    title: str,
    summary: str,
    date: dt.date | None,
    author: str,
    categories: tuple[tuple[str, str], ...],
) -> str:
    """An article's `<entry>` as feedgen writes it: the same in every feed that lists the
    article (its entities' and the site's), so it is serialised once, not in each."""
    feed = _head("-", "-", "-", "-", "-", UNDATED)
    entry = feed.add_entry(order="append")
    entry.id(url)
    entry.title(xml_text(title))
    entry.link(href=url, rel="alternate", type="text/html")
    stamp = _timestamp(date)
    entry.published(stamp)
    entry.updated(stamp)
    entry.author({"name": xml_text(author)})
    if summary:
        entry.summary(xml_text(summary))
    for term, label in categories:
        entry.category(term=xml_text(term), label=xml_text(label))
    whole = feed.atom_str(pretty=True).decode("utf-8")
    head = _empty_head().removesuffix(_END)
    if not whole.startswith(head):  # feedgen changed how it writes a feed's head
        raise RuntimeError("feedgen wrote the feed head differently with an entry")
    return whole[len(head) : -len(_END)]


@functools.lru_cache(maxsize=1)
def _empty_head() -> str:
    return _feed_without_entries("-", "-", "-", "-", "-", UNDATED)
