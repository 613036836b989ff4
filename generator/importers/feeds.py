"""RSS and Atom feed files with full-text entries, read offline with feedparser."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from generator.importers.common import (
    Candidate,
    Found,
    html_fragment_paragraphs,
    one_line,
    same_words,
    text_paragraphs,
)
from generator.model import Problem

_ENTRY_START = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>/]")


def read_feed(path: Path, data: bytes) -> Found:
    """Every entry of a feed file; entries without text or date are reported."""
    import feedparser

    shown = path.as_posix()
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    lines = _entry_lines(data)
    if parsed.bozo and not parsed.entries:
        error = parsed.get("bozo_exception")
        where = getattr(error, "getLineNumber", lambda: 1)() or 1
        yield Problem(
            shown,
            where,
            f"not a readable RSS or Atom feed ({_reason(error)})",
            "check that the file is the feed's XML as the site serves it",
        )
        return
    if parsed.bozo:
        error = parsed.get("bozo_exception")
        where = getattr(error, "getLineNumber", lambda: 1)() or 1
        yield Problem(
            shown,
            where,
            f"the feed's XML is damaged ({_reason(error)}); the entries that could be "
            "read are imported",
            "check the imported entries against the feed",
            severity="warning",
        )
    if not parsed.entries:
        yield Problem(shown, 1, "the feed has no entries", "export a feed that lists articles")
        return
    for number, entry in enumerate(parsed.entries):
        line = lines[number] if number < len(lines) else 1
        paragraphs = _entry_paragraphs(entry)
        title = one_line(entry.get("title"))
        if not paragraphs:
            yield Problem(
                shown,
                line,
                f"entry {title or number + 1!r} has no text",
                "use a feed with full-text entries (content:encoded or <content>), or save "
                "the article's page and import that",
            )
            continue
        if title and same_words(paragraphs[0], title):
            paragraphs.pop(0)
        candidate = Candidate(
            title=title,
            paragraphs=paragraphs,
            importer="feed",
            file=path,
            line=line,
            date=_entry_date(entry),
            author=one_line(entry.get("author")) or None,
            url=entry.get("link") or _id_url(entry.get("id")),
        )
        if candidate.date is None:
            candidate.notes.append(
                Problem(
                    shown,
                    line,
                    f"entry {title or number + 1!r} has no date; imported to undated/",
                    "add <pubDate> (RSS) or <published> (Atom) to the entry, or set "
                    "`date:` in the imported file's front matter",
                    severity="warning",
                )
            )
        yield candidate


def _entry_lines(data: bytes) -> list[int]:
    """The line each <item> or <entry> starts on, in document order (as feedparser's)."""
    lines, line, counted = [], 1, 0
    for match in _ENTRY_START.finditer(data):
        line += data.count(b"\n", counted, match.start())
        counted = match.start()
        lines.append(line)
    return lines


def _reason(error: object) -> str:
    text = str(error) if error else "unknown error"
    return re.sub(r"^<unknown>:\d+:\d+: ", "", text.split("\n")[0])[:200]


def _entry_paragraphs(entry: dict) -> list[str]:
    """Full content first (content:encoded, Atom <content>), else the description."""
    for item in entry.get("content") or []:
        value = item.get("value") or ""
        if value.strip():
            return _paragraphs(value, item.get("type", "text/html"))
    detail = entry.get("summary_detail") or {}
    value = entry.get("summary") or ""
    return _paragraphs(value, detail.get("type", "text/html")) if value.strip() else []


def _paragraphs(value: str, media_type: str) -> list[str]:
    if "html" in media_type:
        return html_fragment_paragraphs(value)
    return text_paragraphs(value)


def _entry_date(entry: dict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _id_url(value: str | None) -> str | None:
    return value if value and value.startswith(("http://", "https://")) else None
