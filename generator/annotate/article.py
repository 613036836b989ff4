"""Stage 2, annotate: date, entity mentions, quotations and speakers.

Entry point: `annotate(article, registry, default_year)`. A pure function of the
article's text, its path and the registry, so it can run in parallel and be cached.
The reader has already applied the layout's metadata (dateline place and agency,
front matter overrides).
"""

from __future__ import annotations

import re

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
        source = article.text
        article.text = reading_text(source)
        try:
            article.entities = find_entities(article, registry)
            article.quotes = find_quotes(article)
            apply_corrections(article)  # an editor's `speakers:` in front matter wins
        finally:
            article.text = source
    return article


# Control characters inside a line (a stray carriage return, a form feed, a separator),
# and the caret notation wire copy writes for a carriage return (`<Pratt^M and Whitney>`,
# `interest amount^M exceeds`: after a word, before a space or the line's end).
_STRAY = re.compile(r"[^\S\n\t ]|[\x00-\x08\x0e-\x1f\x7f-\x9f]|(?<=\S)\^M(?=\s|\Z)")


def reading_text(text: str) -> str:
    """The text the annotators read: stray control characters are spaces, one for one,
    so names and quotations do not carry them and every offset is still an offset into
    the source text (the dataset's `text`)."""
    return _STRAY.sub(lambda match: " " * len(match.group()), text)


def article_id(article: Article) -> str:
    """`<date>-<slug of title>`: stable while the title and date stay the same."""
    explicit = article.meta.get("id") or article.meta.get("slug")
    slug = slugify(str(explicit or article.title), max_length=SLUG_MAX, word_boundary=True)
    if not slug:
        stem = article.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        slug = slugify(stem, max_length=SLUG_MAX, word_boundary=True) or "article"
    return f"{article.date.isoformat()}-{slug}" if article.date else slug
