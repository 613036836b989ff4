"""Issue 24, session 11 (brief s11-pol): names of modern political news, on short articles
written for it: a middle initial kept with its given name (entities/candidates.py
`trim_candidate`)."""

from __future__ import annotations

from entity_fixtures import fixture_blocks

from generator.annotate.entities.recognition import find_entities
from generator.annotate.registry import Registry
from generator.model import Article


def _found(text: str) -> dict[str, list[str]]:
    """Every entity's name and its mentions' words in an article whose first line is its
    title."""
    article = Article(path="test.txt", text=text, blocks=fixture_blocks(text))
    return {
        entity.name: [m.text for m in entity.mentions]
        for entity in find_entities(article, Registry())
    }


def test_a_middle_initial_keeps_its_given_name() -> None:
    found = _found(
        "Panel delays its report\n\n"
        "Ranking Democrat Elijah E. Cummings (Md.) is waiting for the agencies, an aide "
        "said Thursday. Cummings's staff spoke after the chairman did.\n"
        "Hillary Clinton and Donald J. Trump enter the final weeks of the race. The "
        "controversies, mostly centered on Donald J. Trump, the Republican nominee, "
        "continued.\n"
    )
    assert "Elijah E. Cummings" in found
    assert "Donald J. Trump" in found
    assert not any(name.startswith(("E. ", "J. ")) for name in found)


def test_an_initial_after_a_word_that_is_no_given_name_stays_as_written() -> None:
    found = _found(
        "Firm names chief\n\n"
        "The board of Parvel Corp named J. Ostrander its chief. Ostrander said the "
        "firm would grow.\n"
    )
    assert "J. Ostrander" in found
