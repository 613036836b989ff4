"""Session 16, one body under several names: an acronym its own company's name ("ITT
Corp") also holds, an acronym that begins a firm's name with no legal form ("ZVX
Laboratories"), one body written in two word orders, initials before a firm's last words
("KMT Securities") and letters joined by "and" ("S and P"). Every article is invented."""

from __future__ import annotations

from collections import Counter

from test_entity_resolution import _archive, _pages

from generator.index.acronyms import (
    acronym_form,
    initials_heads,
    spelled_acronyms,
    spelled_in_text,
    word_orders,
)
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


def _groups(*names: tuple[str, int]) -> dict[str, Group]:
    return {
        name_key(name): Group(name_key(name), name=name, type="organization", articles=n)
        for name, n in names
    }


def test_initials_before_a_firms_last_words_are_the_firm_those_words_end() -> None:
    groups = _groups(
        ("Kelvan, Mourne and Tasker Securities Corp", 2),
        ("KMT Securities", 1),
        ("Kelvan Mourne Tasker Bank", 1),
        ("KMT Bank", 1),
        ("Kerr Mallory Trust Bank", 1),
    )
    initials_heads(groups)
    assert (
        groups[name_key("KMT Securities")].target
        is groups[name_key("Kelvan, Mourne and Tasker Securities Corp")]
    )
    assert groups[name_key("KMT Bank")].target is None  # two banks spell KMT


def test_letters_joined_by_and_are_the_name_the_story_spells_out_in_its_text() -> None:
    text = (
        "Bonds upgraded\n\nNEW YORK, May 3 - Standard and Poor's Corp said it raised the "
        "bonds of Kelvan Co.\n\nYesterday, S and P upgraded its debentures.\n"
    )
    short = acronym_form("S and P")
    assert short == "SP"
    groups = _groups(("Standard and Poor's Corp", 3), ("S and P", 4))
    spelled = {name_key("S and P"): Counter({name_key(spelled_in_text(text, short)): 1})}
    spelled_acronyms(groups, spelled)
    assert groups[name_key("S and P")].target is groups[name_key("Standard and Poor's Corp")]
