"""Stage 2, annotate: date, entity mentions, quotations and speakers of one article."""

from generator.annotate.article import annotate, article_id
from generator.annotate.registry import Registry, load_registry

__all__ = ["Registry", "annotate", "article_id", "load_registry"]
