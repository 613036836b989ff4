"""Issue 24, session 11: a company's name keeps its front ("U.S." before a ticker's name, a
title word that begins a firm's name), two companies the model ran together are two, and a
place's company or exchange is no description run into a name. Every article is invented."""

from __future__ import annotations

from test_entity_resolution import _tagged

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.read import read_source


def _entities(body: str) -> set[tuple[str, str]]:
    text = "ENGINE MAKERS WIN ORDERS\n\nHARTFORD, Conn., March 3 - " + body + "\n"
    article = annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)
    return {(e.type, e.name) for e in article.entities}


def test_a_country_that_begins_a_name_before_a_ticker_stays_in_the_name() -> None:
    found = _entities(
        "Harlan Oil Corp said it rejected a revised bid from U.S. Tern Group Inc <UTG>. "
        "U.S. Tern said it would raise the offer."
    )
    assert ("organization", "U.S. Tern Group Inc") in found
    assert not {name for _, name in found} & {"Tern Group Inc", "U.S."}


def test_a_title_word_that_begins_a_firms_name_is_no_title() -> None:
    found = _entities(
        "Quorran Holdings Inc said its wholly owned unit, Premier Freight Services, won the "
        "contract."
    )
    assert ("organization", "Premier Freight Services") in found
    assert "Freight Services" not in {name for _, name in found}


def test_two_companies_joined_after_a_legal_form_or_a_possessive_are_two() -> None:
    found = _entities(
        "The notes were sold through Orland Capital Corp and First Kestrel Securities Ltd, "
        "the company said. Mirren Energy Corp's Mirren Electric Power Co will call its "
        "preferred stock, and Mirren Electric said it had the cash."
    )
    assert ("organization", "Orland Capital Corp") in found
    assert ("organization", "First Kestrel Securities Ltd") in found
    assert ("organization", "Mirren Energy Corp") in found
    assert ("organization", "Mirren Electric Power Co") in found


def test_a_places_company_or_exchange_is_no_description_run_into_a_name() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Mirren Power and Light Co said power demand rose, and power prices and "
                "stock prices fell on the Mirren Stock Exchange.",
                [
                    ("Mirren Power and Light Co", "organization"),
                    ("Mirren Stock Exchange", "organization"),
                    ("Mirren", "place"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "The Mirren Stock Exchange said stock trading and power use were up. "
                "Stock prices rose.",
                [("Mirren Stock Exchange", "organization"), ("Mirren", "place")],
            ),
            "content/2031/05/c-05.txt": (
                "U.S. Carmaker Kestrel Motors said power steering sales rose. Kestrel Motors "
                "Corp said the carmaker would pay, and another carmaker agreed.",
                [
                    ("U.S. Carmaker Kestrel Motors", "organization"),
                    ("Kestrel Motors Corp", "organization"),
                ],
            ),
        }
    )
    assert pages.get("Mirren Power and Light Co") == "organization", pages
    assert pages.get("Mirren Stock Exchange") == "organization", pages
    assert "U.S. Carmaker Kestrel Motors" not in pages, pages


def test_a_country_in_wire_copys_spelling_is_a_place_not_a_body() -> None:
    found = _entities(
        "Surinam's military government opens a congress tomorrow, the official Surinam "
        "News Agency said. Surinam's economy has suffered."
    )
    assert ("place", "Surinam") in found
    assert ("organization", "Surinam") not in found


def test_a_person_of_a_body_the_model_read_as_one_body_is_the_person() -> None:
    text = (
        "FED DATA SUGGEST STABLE POLICY\n\nNEW YORK, Feb 27 - The Fed added reserves. "
        '"The Fed is on hold," said Dana Mercer of First National Bank of Chicago. '
        '"But the need is still over a billion dlrs," added First Chicago\'s Mercer. '
        '"Of course, the dollar matters," said First Chicago\'s Mercer.\n'
    )
    article = annotate(read_source(text.encode(), "content/1987/02/t.txt"), Registry(), 1987)
    found = {(e.type, e.name) for e in article.entities}
    assert ("person", "Dana Mercer") in found
    assert not [name for _, name in found if name.startswith("Dana Mercer of")]
    assert {q.speaker_id for q in article.quotes} == {"people/dana-mercer"}


def test_a_rating_in_a_change_and_a_terms_abbreviation_anywhere_are_no_names() -> None:
    found = _entities(
        "Moody's cut Orland Corp's notes to BB-minus from BB and its bonds to AA from "
        'AA-plus. Imbalances of "market-on-close" (MOC) orders grew, and MOC orders '
        "will be barred. The CCC accepted the bid."
    )
    names = {name for _, name in found}
    assert not names & {"BB", "AA", "MOC"}, names
    assert "CCC" in names
