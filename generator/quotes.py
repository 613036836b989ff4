"""Quotation finding and speaker attribution.

Entry point: `find_quotes(article)`; it reads `article.entities` to name speakers.
"""

from __future__ import annotations

from .model import Article, Quote


def find_quotes(article: Article) -> list[Quote]:
    """Every direct quotation in the lead and body, with its speaker when the text says."""
    return []
