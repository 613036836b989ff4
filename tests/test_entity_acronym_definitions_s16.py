"""An acronym in brackets after the name it stands for is that name, when the letters
skip the firm's closing words, come from inside a word, or a stock symbol sits between.
Short articles written for these tests."""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry


def _mentions(*paragraphs: str) -> dict[str, list[str]]:
    article = annotate(paragraphs_article(*paragraphs), Registry())
    text = article.text
    return {e.name: [text[m.start : m.end] for m in e.mentions] for e in article.entities}


def test_an_acronym_skipping_the_legal_form_after_a_stock_symbol_is_the_company():
    found = _mentions(
        "Harbour Bend Mining Holdings Ltd <HBMA.ME> (HBM) said its profit rose.",
        "HBM said it would pay a higher dividend this year.",
    )
    assert sorted(found["Harbour Bend Mining Holdings Ltd"]) == [
        "HBM",
        "HBM",
        "Harbour Bend Mining Holdings Ltd",
    ]


def test_an_acronym_taking_letters_from_inside_a_word_is_the_body():
    found = _mentions(
        "Petrovania International Assistance Corporation (PVIAC) said it would fund a well.",
        "PVIAC said the grant was worth ten mln dlrs.",
    )
    assert "PVIAC" in found["Petrovania International Assistance Corporation"]
    assert "PVIAC" not in found


def test_a_rates_letters_from_inside_a_word_make_no_body():
    found = _mentions(
        "The loan carries interest at the London Interbank Offered Rate (LIBOR) plus a margin.",
        "Banks said LIBOR was steady on Monday.",
    )
    assert "London Interbank Offered Rate" not in found


def test_letters_from_inside_a_word_never_cut_a_longer_name():
    found = _mentions(
        "Output rose 27 pct, the Motorcar Constructors' Association (CSCA) said on Monday.",
    )
    assert "Motorcar Constructors' Association" in found, found


def test_an_acronym_between_commas_after_the_name_is_the_company():
    found = _mentions(
        "Petroleos de Carabobo, PDCSA, the state owned oil company, raised its prices.",
        "Traders said PDCSA had decided to return to posted prices.",
    )
    assert sorted(found["Petroleos de Carabobo"]) == ["PDCSA", "PDCSA", "Petroleos de Carabobo"]


def test_a_list_of_names_makes_no_acronym():
    found = _mentions(
        "Shares of General Motors Corp, Ford, GMC, and Chrysler Corp fell on Monday.",
    )
    assert "GMC" not in found.get("General Motors Corp", [])
