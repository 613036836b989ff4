"""Session 16, one body under several names: an acronym its own company's name ("KTT
Corp") also holds, an acronym that begins a firm's name with no legal form ("ZVX
Laboratories"), and one body written in two word orders. Every article is invented."""

from __future__ import annotations

from test_entity_resolution import _archive, _pages

from generator.index.acronyms import word_orders
from generator.index.names import Group, name_key


def test_an_acronym_spelled_out_in_one_story_is_the_long_name_across_the_archive() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Phone rates\n\nNEW YORK, May 3 - International Telephone "
            "and Telegraph Corp said its long distance unit cut rates.\n\nITT said the cut "
            "averaged nine pct.\n",
            "content/2031/05/b.txt": "ITT sells unit\n\nNEW YORK, May 9 - ITT Corp said it "
            "sold its insurance unit.\n\nITT said the sale would close in June, and ITT "
            "shares rose.\n",
        }
    )
    pages = _pages(index)
    assert "ITT" not in pages, pages
    assert "International Telephone and Telegraph Corp" in pages, pages


def test_an_acronym_beginning_a_firms_name_without_legal_form_is_that_firm() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "ZVX buys lab\n\nBOSTON, May 3 - ZVX Laboratories said "
            "it agreed to buy a testing laboratory.\n\nZVX said the price was not disclosed.\n",
        }
    )
    pages = _pages(index)
    assert "ZVX" not in pages, pages
    assert "ZVX Laboratories" in pages, pages


def test_a_body_written_in_two_word_orders_is_one_body() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Airline merger\n\nWASHINGTON, May 3 - The airlines said "
            "the merger needs Department of Transportation approval.\n",
            "content/2031/05/b.txt": "Merger ruling\n\nWASHINGTON, May 9 - The airlines said "
            "the Department of Transportation would rule soon, and the Transportation "
            "Department said the merger would get its approval.\n",
        }
    )
    pages = _pages(index)
    assert len([p for p in pages if "Transportation" in p]) == 1, pages


def test_a_name_whose_words_swap_round_its_and_is_the_body_in_more_stories() -> None:
    groups = {
        name_key(name): Group(name_key(name), name=name, type="organization", articles=n)
        for name, n in (
            ("Idaho Department of Fish and Game", 4),
            ("Idaho Department of Game and Fish", 1),
            ("Kelvan Savings and Loan", 2),
        )
    }
    word_orders(groups)
    swapped = groups[name_key("Idaho Department of Game and Fish")]
    assert swapped.target is groups[name_key("Idaho Department of Fish and Game")]
    assert groups[name_key("Kelvan Savings and Loan")].target is None
