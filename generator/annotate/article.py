"""Stage 2, annotate: date, entity mentions, quotations and speakers.

Entry point: `annotate(article, registry, default_year)`. A pure function of the
article's text, its path and the registry, so it can run in parallel and be cached.
The reader has already applied the layout's metadata (dateline place and agency,
front matter overrides).
"""

from __future__ import annotations

from slugify import slugify

from generator.annotate.entities.recognition import find_entities
from generator.annotate.quotes.attribution import find_quotes
from generator.annotate.quotes.corrections import apply_corrections
from generator.annotate.registry import Registry
from generator.model import Article
from generator.read.dates import find_date

SLUG_MAX = 45


def annotate(article: Article, registry: Registry, default_year: int | None = None) -> Article:
    """Fill in metadata, entities and quotations on a freshly read article."""
    find_date(article, default_year)
    article.id = article_id(article)
    if article.text:
        article.entities = find_entities(article, registry)
        article.quotes = find_quotes(article)
        apply_corrections(article)  # an editor's `speakers:` in front matter wins
    return article


def article_id(article: Article) -> str:
    """`<date>-<slug of title>`: stable while the title and date stay the same."""
    explicit = article.meta.get("id") or article.meta.get("slug")
    slug = slugify(str(explicit or article.title), max_length=SLUG_MAX, word_boundary=True)
    if not slug:
        stem = article.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        slug = slugify(stem, max_length=SLUG_MAX, word_boundary=True) or "article"
    return f"{article.date.isoformat()}-{slug}" if article.date else slug
