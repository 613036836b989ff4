"""A body's name that a story repeats without its opening level of government ("the
Federal Census Bureau", then "The Census Bureau") is the one body. Short articles
written for these tests."""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry


def _mentions(*paragraphs: str) -> dict[str, list[str]]:
    article = annotate(paragraphs_article(*paragraphs), Registry())
    text = article.text
    return {e.name: [text[m.start : m.end] for m in e.mentions] for e in article.entities}


def test_a_body_named_again_without_its_level_is_the_body():
    found = _mentions(
        "Import prices rose 0.4 pct in May, the Federal Census Bureau said.",
        "The Census Bureau said fuel prices fell 2.1 pct in the month.",
    )
    assert "Census Bureau" not in found, found
    assert found["Federal Census Bureau"] == ["Federal Census Bureau", "Census Bureau"]
