"""Issue 24, brief s13-kind2: a company the model read as a person or an event is a
company when the text shows one (generator/index/kinds.py, events.py, resolution.py): a
legal form or a company's word in another language inside the name, a credit rating
before it, a firm's trade told of it ("which planned to market"), "unit" after it, the
partners after a comma ("Smith Barney, Harris Upham and Co"). Short articles written for
each idea."""

from __future__ import annotations

from test_entity_resolution import _pages, _tagged_index


def test_a_legal_form_inside_a_name_makes_a_company_whatever_he_says() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Dana Morrow, a developer who has said he may seek control of P.J. "
                    "Haldane Co Group, said he raised his stake in the company to 9 pct.",
                    [("Dana Morrow", "person"), ("P.J. Haldane Co Group", "person")],
                ),
            }
        )
    )
    assert pages.get("P.J. Haldane Co Group") == "organization", pages
    assert pages.get("Dana Morrow") == "person", pages


def test_a_company_word_in_another_language_makes_a_company() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Orvik Corp and Regie Nationale des Usines Delmont said they would extend "
                    "the talks. Talks with Usines Delmont began in March.",
                    [("Orvik Corp", "organization"), ("Usines Delmont", "person")],
                ),
            }
        )
    )
    assert pages.get("Usines Delmont") == "organization", pages


def test_a_rating_before_a_name_is_no_part_of_the_issuer() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Halvern Stores Corp said sales rose. Moody's said it cut to Aa-3 from "
                    "Aa-2 Halvern Stores's senior notes.",
                    [("Halvern Stores Corp", "organization"), ("Aa-2 Halvern Stores", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "Moody's said it upgraded to B-1 from B-3 Tarrant Gypsum Co's debt.",
                    [("B-3 Tarrant Gypsum Co", "organization")],
                ),
                "content/2031/05/c-05.txt": (
                    "AA Gage, a maker of test systems, won the order, and AA Gage said "
                    "shipments would start in May.",
                    [("AA Gage", "organization")],
                ),
            }
        )
    )
    assert "Aa-2 Halvern Stores" not in pages, pages
    assert pages.get("Halvern Stores Corp") == "organization", pages
    assert "B-3 Tarrant Gypsum Co" not in pages, pages
    assert pages.get("Tarrant Gypsum Co") == "organization", pages
    assert pages.get("AA Gage") == "organization", pages  # a name, no rating: no digit


def test_a_firm_that_plans_to_market_a_game_is_no_event() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "One action was brought against Kestrel Games, which planned to market a "
                    "game called Mapopoly. Lawyers for Kestrel Games declined to comment.",
                    [("Kestrel Games", "event")],
                ),
                "content/2031/05/b-04.txt": (
                    "Athletes arrived for the Pan Mirren Games, which open in June in the capital.",
                    [("Pan Mirren Games", "event")],
                ),
            }
        )
    )
    assert pages.get("Kestrel Games") == "organization", pages
    assert pages.get("Pan Mirren Games") == "event", pages


def test_a_name_before_unit_is_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Eskor Inc said it has decided not to sell its Yale T. Brand unit, said "
                    "Dana Morrow, its chairman. Morrow said he expected no other sale.",
                    [("T. Brand", "person"), ("Dana Morrow", "person")],
                ),
            }
        )
    )
    assert "T. Brand" not in pages, pages
    assert pages.get("Dana Morrow") == "person", pages


def test_a_partners_firm_cut_at_its_comma_is_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The offering is underwritten by Morgan Haldane, Harris Upham and Co and "
                    "Orvik Securities Inc.",
                    [("Morgan Haldane", "person"), ("Orvik Securities Inc", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Dana Morrow, analyst at Morgan Haldane, Upham Harris and Co, said prices "
                    "would rise.",
                    [("Morgan Haldane", "person"), ("Dana Morrow", "person")],
                ),
                "content/2031/05/c-05.txt": (
                    "The notes are managed by Kestrel Capital Markets Ltd, Samuel Orvik and Co "
                    "Ltd and Tarrant Bank. Kestrel Capital Markets Ltd arranged the deal.",
                    [("Kestrel Capital Markets Ltd", "organization")],
                ),
            }
        )
    )
    assert "Morgan Haldane" not in pages, pages
    assert pages.get("Dana Morrow") == "person", pages
    assert pages.get("Kestrel Capital Markets Ltd") == "organization", pages  # a list of firms
