"""Brief s14-kind: names of the wrong kind of thing (generator/index/evidence.py, kinds.py,
earning.py): a product line a model number or a product's noun follows and that does
nothing a body does, a strait or a shoal read as a body, a publication or a store chain
read as a person, an officer named by rank read as a body, a family read as a body.
Short articles written for each idea."""

from __future__ import annotations

from test_entity_resolution import _pages, _tagged_index


def test_a_product_line_after_its_maker_is_no_body() -> None:
    """A maker only a model number follows, and a union's branch its number, keep their
    pages."""
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Tarvik Computer Inc said it is introducing three new Zenta systems. "
                    "The new products, the Zenta 8250 and Zenta 8350, replace older models.",
                    [("Tarvik Computer Inc", "organization"), ("Zenta", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Tarvik Computer Inc said its Orla Series 4000 personal workstations "
                    "cost 19,000 dlrs. The Orla Series 4000 doubles the speed of the Orla "
                    "Series 3000.",
                    [("Tarvik Computer Inc", "organization"), ("Orla Series", "organization")],
                ),
                "content/2031/05/c-05.txt": (
                    "The senator flew to the rally on his Brevik 757 airliner.",
                    [("Brevik", "organization")],
                ),
                "content/2031/05/d-06.txt": (
                    "The governor leased a Brevik 747 jet. Bargainers for UAW Locals 72 and 75 "
                    "rejected the offer. UAW Locals 72 and 75 meet again on Friday.",
                    [("Brevik", "organization"), ("UAW Locals", "organization")],
                ),
            }
        )
    )
    assert "Zenta" not in pages, pages
    assert "Orla Series" not in pages, pages
    assert pages.get("Tarvik Computer Inc") == "organization", pages
    assert pages.get("Brevik") == "organization", pages
    assert pages.get("UAW Locals") == "organization", pages


def test_a_strait_or_a_shoal_read_as_a_body_is_a_place() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Two warships will patrol just outside the Strait of Varn, officials said.",
                    [("Strait of Varn", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Any move to build on the Korvel Shoal, an atoll in the disputed sea, "
                    "would have consequences, the minister said.",
                    [("Korvel Shoal", "organization")],
                ),
            }
        )
    )
    assert pages.get("Strait of Varn") == "place", pages
    assert pages.get("Korvel Shoal") == "place", pages


def test_a_magazine_or_a_store_chain_is_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Sales for the prior year exclude John Tamberlane stores, sold at the end "
                    "of 1986. The John Tamberlane stores had sales of 900 mln dlrs.",
                    [("John Tamberlane", "person")],
                ),
            }
        )
    )
    assert pages.get("John Tamberlane") == "organization", pages


def test_a_rank_and_a_surname_is_an_officer() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Admiral Harris makes no apologies for his candor. For the navy, "
                    "Admiral Harris, 59, is not only a tough talker.",
                    [("Admiral Harris", "organization")],
                ),
            }
        )
    )
    assert pages.get("Admiral Harris") == "person", pages


def test_the_plural_of_a_surname_is_a_family() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Mr. Trump criticised Omar Qadri, the father of a fallen soldier. The "
                    "confrontation between the Qadris and Mr. Trump went on for a week, and "
                    "the Qadris spoke at the convention.",
                    [("Omar Qadri", "person"), ("Qadris", "organization")],
                ),
            }
        )
    )
    assert "Qadris" not in pages, pages
    assert pages.get("Omar Qadri") == "person", pages
