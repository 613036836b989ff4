"""The annotations as downloadable data: JSON Lines and CSV for researchers.

Three tables, each in both formats: articles (the annotation record of ANNOTATIONS.md
plus the article's text, so offsets can be used, and its page address), quotations
(one row per quotation) and entities (one row per entity page). Values are written
as data, never as markup: json and csv do all the quoting.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from typing import Any

from generator.index import ArchiveIndex

DATA_FOLDER = "data"
ARTICLE_COLUMNS = (
    "id",
    "title",
    "date",
    "place",
    "agency",
    "byline",
    "url",
    "tags",
    "lead",
    "quotations",
    "entities",
    "page",
)
QUOTE_COLUMNS = (
    "article_id",
    "quote_id",
    "speaker",
    "speaker_id",
    "text",
    "start",
    "end",
    "cue",
    "attribution",
    "confidence",
    "date",
    "page",
)
ENTITY_COLUMNS = (
    "id",
    "type",
    "name",
    "description",
    "roles",
    "aliases",
    "articles",
    "quotations",
    "page",
)


def _jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _csv(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(row.get(key)) for key in columns})
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    """Lists become `;`-separated text in CSV; JSON Lines keeps them as lists."""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return "" if value is None else value


def dataset_files(index: ArchiveIndex, page_url: Callable[[str], str]) -> dict[str, str]:
    """{path under docs/: text} for the data downloads; `page_url` maps a page path
    (without .md) to its address on the site."""
    articles, quotes = [], []
    for article in index.articles:
        page = page_url(index.page_of(article))
        record = article.to_record()
        # Source files and their problems are the editor's business, not the public's.
        for private in ("path", "errors", "warnings", "notices"):
            del record[private]
        record["page"] = page
        record["text"] = article.text
        articles.append(record)
        for quote in article.quotes:
            quotes.append(
                {
                    "article_id": article.id,
                    "quote_id": quote.id,
                    "speaker": quote.speaker,
                    "speaker_id": quote.speaker_id,
                    "text": quote.text,
                    "start": quote.start,
                    "end": quote.end,
                    "cue": quote.cue,
                    "attribution": quote.attribution,
                    "confidence": quote.confidence,
                    "date": record["date"],
                    "page": f"{page}#{quote.id}",
                }
            )
    article_rows = [
        {
            **record,
            "quotations": len(record["quotes"]),
            "entities": [entity["id"] for entity in record["entities"]],
        }
        for record in articles
    ]
    entities = [
        {
            "id": entity.id,
            "type": entity.type,
            "name": entity.name,
            "description": entity.description,
            "roles": sorted(entity.roles),
            "aliases": sorted(entity.aliases),
            "articles": len(entity.mentions),
            "quotations": len(entity.quotes),
            "page": page_url(entity.id),
        }
        for entity in index.entities.values()
        if entity.mentions or entity.quotes
    ]
    return {
        f"{DATA_FOLDER}/articles.jsonl": _jsonl(articles),
        f"{DATA_FOLDER}/articles.csv": _csv(ARTICLE_COLUMNS, article_rows),
        f"{DATA_FOLDER}/quotations.jsonl": _jsonl(quotes),
        f"{DATA_FOLDER}/quotations.csv": _csv(QUOTE_COLUMNS, quotes),
        f"{DATA_FOLDER}/entities.jsonl": _jsonl(entities),
        f"{DATA_FOLDER}/entities.csv": _csv(ENTITY_COLUMNS, entities),
    }
