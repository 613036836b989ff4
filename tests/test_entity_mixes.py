"""One page for one thing: names that would gather several things on one page (two bodies
joined by a hyphen or a slash, a common word capitalised by a sentence's start taken for a
company's short name) stay plain text (generator/index/mixes.py, companies.py), each on
short articles written for it."""

from __future__ import annotations

from test_entity_bodies import _articles_of, _index
from test_entity_resolution import _pages


def test_two_outlets_joined_by_a_hyphen_or_a_slash_make_no_third_page() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Poll",
                "A Kestrel News-Harbour Post poll found the mayor ahead by four points. "
                "The Kestrel News-Harbour Post poll asked 800 voters.",
                [("Kestrel News-Harbour Post", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Survey",
                "The Harbour Post/Kestrel News survey gave the governor a lead. "
                "The Harbour Post/Kestrel News survey was small.",
                [("Harbour Post/Kestrel News", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Outlets",
                "Kestrel News hired an editor. Kestrel News said it would grow. "
                "The Harbour Post printed a letter, and the Harbour Post said it agreed.",
                [("Kestrel News", "organization"), ("Harbour Post", "organization")],
            ),
            # one company's name: a hyphen, then a legal form
            "content/2031/05/d-06.txt": (
                "Results",
                "Osprey-Vale Corp said it earned more. Osprey-Vale Corp said sales rose.",
                [("Osprey-Vale Corp", "organization")],
            ),
            "content/2031/05/e-07.txt": (
                "Deals",
                "Osprey said it sold a mill. Vale said it bought a port. Osprey and Vale "
                "said they agreed.",
                [("Osprey", "organization"), ("Vale", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Kestrel News") == "organization", pages
    assert pages.get("Harbour Post") == "organization", pages
    assert pages.get("Osprey-Vale Corp") == "organization", pages
    assert not any(name.startswith(("Kestrel News-", "Harbour Post/")) for name in pages), pages


def test_a_common_word_a_sentence_opens_is_no_companys_short_name() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Directors named",
                "The minister will join Azure Quill Plc as a director, Azure Quill Plc said. "
                "A banker joins Amber Rill Plc, Amber Rill Plc said.",
                [("Azure Quill Plc", "organization"), ("Amber Rill Plc", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Stocks fall",
                "Stocks fell on Friday. Azure chips were hit by selling.",
                [("Azure", "organization")],
            ),
            # the same shape, with a verb after the name: the company
            "content/2031/05/c-05.txt": (
                "Mill sold",
                "The sale closed. Amber said it sold a mill.",
                [("Amber", "organization")],
            ),
            "content/2031/05/d-06.txt": (
                "Flags",
                "The azure and amber banners of the exchange stayed up.",
                [],
            ),
        }
    )
    assert _articles_of(index, "Azure Quill Plc") == {"a-03.txt"}
    assert "Azure" not in _pages(index)
    assert _articles_of(index, "Amber Rill Plc") == {"a-03.txt", "c-05.txt"}


def test_a_court_or_a_hall_every_circuit_or_town_has_gets_no_page_of_its_kind() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Ruling upheld",
                "The U.S. Court of Appeals for the Second Circuit upheld the ruling. "
                "The Kestrel County Superior Court had heard the case, and the U.S. "
                "Supreme Court may hear it. Protesters marched to City Hall.",
                [
                    ("U.S. Court of Appeals", "organization"),
                    ("Kestrel County Superior Court", "organization"),
                    ("U.S. Supreme Court", "organization"),
                    ("City Hall", "place"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Ruling reversed",
                "The U.S. Court of Appeals for the Fourth Circuit reversed the ruling, "
                "and the Superior Court in Mirren will hear it again. The mayor left "
                "City Hall. The Kestrel County Superior Court and the U.S. Supreme Court "
                "were closed.",
                [
                    ("U.S. Court of Appeals", "organization"),
                    ("Superior Court", "organization"),
                    ("Kestrel County Superior Court", "organization"),
                    ("U.S. Supreme Court", "organization"),
                    ("City Hall", "place"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Kestrel County Superior Court") == "organization", pages
    assert pages.get("U.S. Supreme Court") == "organization", pages
    for kind in ("U.S. Court of Appeals", "Superior Court", "City Hall"):
        assert kind not in pages, pages


def test_a_word_a_persons_title_stands_before_is_no_companys_mention() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Car sales",
                "Tarrant Motor Co said sales rose. Tarrant said it would hire. The sales "
                "rose in May, Tarrant said.",
                [("Tarrant Motor Co", "organization"), ("Tarrant", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Plant opens",
                "Tarrant said it opened a plant. Tarrant said it would build another.",
                [("Tarrant", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Banker named",
                "The banker was President Tarrant's top economic adviser in 1975.",
                [("Tarrant", "organization")],
            ),
            "content/2031/05/d-06.txt": (
                "Old hands",
                "The two worked together in the Tarrant administration.",
                [("Tarrant", "organization")],
            ),
        }
    )
    assert _articles_of(index, "Tarrant Motor Co") == {"a-03.txt", "b-04.txt"}
