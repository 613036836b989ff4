"""Issue 24, brief s12-kind: the kind a reader hears in the text around a name, whatever
the model said (generator/index/evidence.py, kinds.py, resolution.py): a share price after
a name, a company's possessive, a company's part between "its" and "subsidiary", the wire's
angle brackets round a company, and "the port of" before a town. Short articles written
for each idea."""

from __future__ import annotations

from test_entity_resolution import _pages, _tagged_index


def test_a_share_price_after_a_name_makes_it_a_company() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Among the leaders, Kestrix 8p at 525 and Orlanda fell 4p to 1,484, "
                    "dealers said.",
                    [("Kestrix", "person"), ("Orlanda", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "Drug stocks fell. Kestrix 12p at 521 and Orlanda a penny to 1,480.",
                    [("Kestrix", "person"), ("Orlanda", "person")],
                ),
            }
        )
    )
    assert pages.get("Kestrix") == "organization", pages
    assert pages.get("Orlanda") == "organization", pages


def test_a_number_of_years_is_no_share_price() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Quellany were 4 to 20 years old then. Quellany said he was not afraid.",
                    [("Quellany", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "Quellany, 45, spoke on Friday. Quellany said he would run.",
                    [("Quellany", "person")],
                ),
            }
        )
    )
    assert pages.get("Quellany") == "person", pages


def test_a_companys_possessive_is_the_company() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "<Quellby's Hospitality Inc> said it acquired Mirren Foods Ltd. Quellby's "
                "said it would run Mirren Foods as a unit.",
                [("Quellby's Hospitality Inc", "organization"), ("Quellby", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "<Quellby's Hospitality Inc> said it bought a caterer. Quellby's said it "
                "paid cash.",
                [("Quellby's Hospitality Inc", "organization"), ("Quellby", "person")],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Quellby's Hospitality Inc") == "organization", pages
    assert "Quellby" not in pages, pages  # the company's page holds it


def test_a_companys_part_named_between_its_and_subsidiary_is_a_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Kestrel West Inc named Dan Orrin president of its Mirren Bell subsidiary. "
                    "He was elected chairman of the Mirren Bell board of directors.",
                    [("Kestrel West Inc", "organization"), ("Mirren Bell", "place")],
                ),
                "content/2031/05/b-04.txt": (
                    "Orvik said it will replace switches run by <Mirren Bell>, one of Kestrel "
                    "West's operating companies. Mirren Bell will pay.",
                    [("Mirren Bell", "place")],
                ),
            }
        )
    )
    assert pages.get("Mirren Bell") == "organization", pages


def test_the_port_of_a_town_is_no_company() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The pipeline goes to the port of Tumbarra on the coast. The crude reaching "
                    "Tumbarra will be shipped by boat.",
                    [("Tumbarra", "organization")],
                ),
            }
        )
    )
    assert pages.get("Tumbarra") != "organization", pages


def test_a_publication_named_by_its_kind_is_a_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Bakeries waste grain, Kestravda said. The party daily said losses were "
                    "large. Kestravda added that the minister had been told.",
                    [("Kestravda", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "In a speech published in the official paper Orrigma, the leader spoke. "
                    "Orrigma printed it in full. The official forecasting agency Mirren "
                    "Planbureau publishes its outlook. Mirren Planbureau sees growth.",
                    [("Orrigma", "person"), ("Mirren Planbureau", "person")],
                ),
            }
        )
    )
    assert pages.get("Kestravda") == "organization", pages
    assert pages.get("Orrigma") == "organization", pages
    assert pages.get("Mirren Planbureau") == "organization", pages


def test_a_weekly_flight_is_no_publication() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Airlines run seven weekly Mirren-Kestrel flights. Mirren-Kestrel traffic "
                    "grew in the region.",
                    [("Mirren-Kestrel", "place")],
                ),
            }
        )
    )
    assert pages.get("Mirren-Kestrel") != "organization", pages


def test_a_quarters_adjective_alone_is_no_place() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Kestrel Air, Eastern's new owner, may move Eastern jets to its sister "
                    "airlines. Eastern lost money. Kestrel Air Inc said so.",
                    [("Eastern", "place"), ("Kestrel Air Inc", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Eastern's 38,000 employees are unhappy. Eastern officials agreed.",
                    [("Eastern", "place")],
                ),
            }
        )
    )
    assert pages.get("Eastern") != "place", pages
