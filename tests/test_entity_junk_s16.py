"""Session 16, round 2: junk, the wrong kind of thing and place pages that take in a
firm (generator/annotate/entities/sanity.py): a country's trade capitalised before "house",
a portfolio cut from a title, a translated term's letters in brackets, a wildlife refuge
filed as a body, "The" before a town's name that makes it a firm's, and a foreign body's
name cut at its small words. Every article is invented."""

from __future__ import annotations

from test_entity_resolution import _archive, _pages


def _annotated(text: str) -> dict[str, str]:
    """Each entity's name and kind as one article's annotation links it."""
    articles, _ = _archive({"content/2031/05/a.txt": text})
    return {entity.name: entity.type for entity in articles[0].entities}


def test_a_countrys_trade_before_house_is_no_firm() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Kestrel eurobonds unquoted\n\nLONDON, May 3 - Eurobonds "
            "of Kestrel Inc were unquoted today after the U.S. firm filed for bankruptcy, "
            'dealers said.\n\nOne head trader at a U.S. Securities house said, "There is no '
            'market in Kestrel bonds at the moment."\n',
        }
    )
    pages = _pages(index)
    assert "U.S. Securities" not in pages, pages


def test_a_portfolio_before_a_title_is_no_part_of_a_place() -> None:
    found = _annotated(
        "Budget chief warns on rates\n\nWASHINGTON, May 3 - White House Budget chief Harold "
        "Quimby said the Federal Reserve should not raise interest rates now.\n\nQuimby told "
        "reporters the White House wanted lower rates.\n"
    )
    assert "White House Budget" not in found, found
    assert found.get("White House") == "place", found


def test_a_translated_terms_letters_in_brackets_name_no_body() -> None:
    found = _annotated(
        "Money supply\n\nMADRID, May 3 - Spain's main money measure, the broad liquid assets "
        "in public hands (ALP), grew 17.6 pct in March.\n\nALP grew 11.4 pct last year, Bank "
        "of Spain figures show.\n"
    )
    assert "ALP" not in found, found


def test_a_wildlife_refuge_is_a_place() -> None:
    found = _annotated(
        "Oil search\n\nWASHINGTON, May 3 - Congress may open up 1.5 mln acres of the Arctic "
        "National Wildlife Refuge in Alaska to oil drilling, officials said.\n"
    )
    assert found.get("Arctic National Wildlife Refuge") == "place", found


def test_the_before_a_towns_name_inside_a_sentence_names_a_firm() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Varnby confident on 1988\n\nNEW YORK, May 3 - Varnby "
            "Corp said it expects higher earnings this year.\n\nChairman Harold Quimby said "
            "the domestic casualty business at The Hartford would improve.\n\nHe said The "
            "Hartford raised premiums in March.\n",
        }
    )
    pages = _pages(index)
    assert "Hartford" not in pages, pages


def test_a_foreign_bodys_name_runs_on_past_its_small_words_to_its_acronym() -> None:
    found = _annotated(
        "Italian water board borrows\n\nLONDON, May 3 - Ente Nazionale per l'Acqua Potabile "
        "(ENAP) is issuing a 15 billion yen eurobond due 1994, lead manager IBJ International "
        "Ltd said.\n\nThe issue is guaranteed by the Republic of Italy, it said.\n"
    )
    assert "Ente Nazionale" not in found, found
    assert found.get("Ente Nazionale per l'Acqua Potabile") == "organization", found
