"""Brief s14-kind: names of the wrong kind of thing (generator/index/evidence.py, kinds.py,
earning.py): a product line a model number or a product's noun follows and that does
nothing a body does, a strait or a shoal read as a body, a publication or a store chain
read as a person, an officer named by rank read as a body, a family read as a body; a
rate, a ship, a holiday, a film's title and a ratio get no page, and a pollster read as a
place is a body. Short articles written for each idea."""

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


def test_a_rate_a_ship_and_a_holiday_get_no_page() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The facility pays Tibor plus 0.375 pct for three years and Tibor plus "
                    "0.5 pct after that, the bank said.",
                    [("Tibor", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "A missile hit the American-flag tanker the Sea Marten Bay in Kuwaiti "
                    "waters. The council met on Wednesday because of the Santa Lucena "
                    "holiday, and the tanker the Sea Marten Bay sailed on.",
                    [("Sea Marten Bay", "place"), ("Santa Lucena", "place")],
                ),
                "content/2031/05/c-05.txt": (
                    "Markets were shut for the Santa Lucena holiday.",
                    [("Santa Lucena", "place")],
                ),
            }
        )
    )
    assert "Tibor" not in pages, pages
    assert "Sea Marten Bay" not in pages, pages
    assert "Santa Lucena" not in pages, pages


def test_a_pollster_a_title_and_a_ratio_are_no_place_or_body() -> None:
    """A pollster read as a place is a body; a film's title in quotation marks and a
    measure per a common noun get no page."""
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "A new Galvin poll showed her lead growing. Her rating was 37%, "
                    "according to Galvin.",
                    [("Galvin", "place")],
                ),
                "content/2031/05/b-04.txt": (
                    'The studio said its movie "Harbor Nights II" topped 100 mln dlrs, and '
                    'its summer picture "Harbor Nights II," grossed 65 mln dlrs. Income '
                    "reached $38,000 GNP/capita.",
                    [("Harbor Nights II", "organization"), ("GNP/capita", "organization")],
                ),
                "content/2031/05/c-05.txt": (
                    "Output per head rose to $40,000 GNP/capita, the report said.",
                    [("GNP/capita", "organization")],
                ),
            }
        )
    )
    assert pages.get("Galvin") == "organization", pages
    assert "Harbor Nights II" not in pages, pages
    assert "GNP/capita" not in pages, pages
