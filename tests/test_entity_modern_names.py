"""Issue 24, session 11 (brief s11-pol): names of modern political news, on short articles
written for it: a middle initial kept with its given name (entities/candidates.py
`trim_candidate`), a body's name that goes on over "of" (entities/recognition.py
`_joined_heads`, quotes/phrases.py `read_phrase`)."""

from __future__ import annotations

from entity_fixtures import fixture_blocks

from generator.annotate import annotate
from generator.annotate.entities.candidates import Candidate
from generator.annotate.entities.recognition import _joined_heads, find_entities
from generator.annotate.registry import Registry
from generator.model import Article
from generator.read.reader import read_source


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


def test_a_body_s_name_goes_on_over_of_and_the_name_after_it() -> None:
    found = _found(
        "Groups object\n\n"
        "Morton Klein, president of the Zionist Organization of America, objected. The "
        "far-right National Democratic Party of Germany gained seats in Saxony.\n"
    )
    assert "Zionist Organization of America" in found
    assert "National Democratic Party of Germany" in found
    assert "Zionist Organization" not in found


def test_a_company_s_legal_form_ends_its_name_before_of() -> None:
    text = "It will sell drugs made by Novopharm Ltd of Canada and the Zionist Union of Mirren."
    spans = [("Novopharm Ltd", "organization"), ("Canada", "place")]
    spans += [("Zionist Union", "organization"), ("Mirren", "place")]
    candidates = [
        Candidate(text.index(name), text.index(name) + len(name), kind, "crf")
        for name, kind in spans
    ]
    kept, _ = _joined_heads(candidates, [], text)
    names = sorted(text[c.start : c.end] for c in kept)
    assert names == ["Canada", "Novopharm Ltd", "Zionist Union of Mirren"], names


def test_a_body_named_as_speaker_keeps_the_words_after_of() -> None:
    article = annotate(
        read_source(
            "Unions back her\n\nPORT MIRREN, May 3 - "
            "Unions are among her most eager supporters, with the American Federation "
            "of Teachers calling her “the champion working families need” in its "
            "endorsement.\n".encode(),
            "content/2031/05/unions.txt",
        ),
        Registry(),
    )
    assert [q.speaker for q in article.quotes] == ["American Federation of Teachers"]
