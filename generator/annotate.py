"""Stage 2, annotate: dateline and date, entity mentions, quotations and speakers.

Entry point: `annotate(article, registry, default_year)`. A pure function of the
article's text, its path and the registry, so it can run in parallel and be cached.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from slugify import slugify

from .dateline import find_dateline, normalise_agency
from .entities import find_entities
from .model import Article
from .quotes import find_quotes
from .registry import Registry

SLUG_MAX = 45
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_WEEKDAY_MENTION = re.compile(
    r"\b(?:on|last|this|next|late|early)\s+(" + "|".join(calendar.day_name) + r")\b"
)
_YEAR = re.compile(r"(?<![\d/])(19[5-9]\d|20\d\d)(?![\d/])")
_PATH_YEAR = re.compile(r"(?:^|/)(19\d\d|20\d\d)(?:/|-|$)")
_PATH_DATE = re.compile(r"(?:^|/)(19\d\d|20\d\d)[/-](\d\d)[/-](\d\d)(?=/|-|$)")
_PATH_MONTH = re.compile(r"(?:^|/)(19\d\d|20\d\d)/(\d\d)(?:/|$)")


def annotate(article: Article, registry: Registry, default_year: int | None = None) -> Article:
    """Fill in metadata, entities and quotations on a freshly read article."""
    from .dates import find_date  # the reader sets place, place_raw and agency itself

    _apply_front_matter(article)
    find_date(article, default_year)
    article.id = article_id(article)
    if article.text:
        article.entities = find_entities(article, registry)
        article.quotes = find_quotes(article)
    return article


def article_id(article: Article) -> str:
    """`<date>-<slug of title>`: stable while the title and date stay the same."""
    explicit = article.meta.get("id") or article.meta.get("slug")
    slug = slugify(str(explicit or article.title), max_length=SLUG_MAX, word_boundary=True)
    if not slug:
        stem = article.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        slug = slugify(stem, max_length=SLUG_MAX, word_boundary=True) or "article"
    return f"{article.date.isoformat()}-{slug}" if article.date else slug


def _apply_dateline(article: Article) -> None:
    for block in article.blocks_of("dateline"):
        found = find_dateline(article.block_text(block))
        if found:
            article.place, article.place_raw, article.agency = (
                found.place,
                found.place_raw,
                found.agency,
            )
        return


_META_FIELDS = ("title", "lead", "place", "agency", "url", "byline")


def _apply_front_matter(article: Article) -> None:
    meta = article.meta
    for key in _META_FIELDS:
        if meta.get(key) not in (None, ""):
            setattr(article, key, str(meta[key]))
    if "description" in meta and "lead" not in meta:
        article.lead = str(meta["description"])
    if "agency" in meta and meta["agency"]:
        article.agency = normalise_agency(str(meta["agency"]))
    tags = meta.get("tags")
    if isinstance(tags, str):
        tags = [tags]
    if isinstance(tags, list):
        article.tags = sorted({str(tag) for tag in tags if str(tag).strip()})


def _find_date(article: Article, default_year: int | None) -> None:
    """Front matter, then dateline month/day with a year from weekday, text, path or config."""
    meta_date = article.meta.get("date")
    if meta_date not in (None, ""):
        parsed = _parse_meta_date(meta_date)
        if parsed:
            article.date, article.date_source = parsed, "front-matter"
            return
        article.problem(
            0,
            f"front matter date {meta_date!r} is not a date",
            "write it as YYYY-MM-DD",
        )
    dateline = next(iter(article.blocks_of("dateline")), None)
    found = find_dateline(article.block_text(dateline)) if dateline else None
    path_date = _path_date(article.path)
    if found and found.month:
        _date_from_dateline(article, found.month, found.day or 1, dateline.start, default_year)
        if article.date:
            return
    if path_date:
        article.date, article.date_source = path_date, "path"
        return
    article.problem(
        0,
        "no date found",
        "add `date: YYYY-MM-DD` in front matter or a dateline such as `MOSCOW, April 6 -`",
        severity="warning",
    )


def _date_from_dateline(
    article: Article, month: int, day: int, offset: int, default_year: int | None
) -> None:
    text = article.text
    mentioned = [int(y) for y in _YEAR.findall(text)]
    path_year = _PATH_YEAR.search(article.path)
    weekday_match = _WEEKDAY_MENTION.search(text)
    candidates: list[tuple[str, list[int]]] = []
    if mentioned:
        years = sorted(set(mentioned))
        candidates.append(("text", [y + d for y in years for d in (0, 1, -1)]))
    if path_year:
        candidates.append(("path", [int(path_year.group(1))]))
    if default_year:
        candidates.append(("config", [default_year]))
    if not _valid_any(month, day):
        article.problem(
            offset,
            f"the dateline gives an impossible date ({calendar.month_name[month]} {day})",
            "correct the dateline or set `date:` in front matter",
        )
        return
    if weekday_match:
        weekday = _WEEKDAYS[weekday_match.group(1).lower()]
        for source, years in candidates:
            for year in years:
                date = _safe_date(year, month, day)
                if date and date.weekday() == weekday:
                    article.date, article.date_source = date, f"dateline+weekday+{source}"
                    if source == "text":
                        article.date_source = "dateline+weekday"
                    return
    for source, years in candidates:
        date = _safe_date(years[0], month, day)
        if date:
            article.date, article.date_source = date, f"dateline+{source}"
            if weekday_match:
                article.problem(
                    offset,
                    f"{date:%d %B %Y} was a {date:%A}, but the text says {weekday_match.group(1)}",
                    "check the dateline, or set `date:` in front matter",
                    severity="warning",
                )
            return


def _valid_any(month: int, day: int) -> bool:
    return _safe_date(2000, month, day) is not None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _path_date(path: str) -> dt.date | None:
    full = _PATH_DATE.search(path)
    if full:
        return _safe_date(int(full.group(1)), int(full.group(2)), int(full.group(3)))
    return None


def _parse_meta_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
