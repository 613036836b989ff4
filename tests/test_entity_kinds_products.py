"""Issue 24, brief s13-kind: a thing that is no person, organization, place or event gets
no page, a region is a place and a "person" with a stock symbol a company
(generator/index/evidence.py, kinds.py, earning.py): a measure's scale, a product the text
sells or describes, a brand in a list of brands, a model after its number, a storm, a
security's name, a law the text calls one, a continent's region. Short articles written
for each idea."""

from __future__ import annotations

from test_entity_resolution import _pages, _tagged_index


def test_a_name_before_scale_is_a_measure_and_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "A quake measuring 6.1 on the Kellner scale hit the coast, officials said.",
                    [("Kellner", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "The tremor, 4.5 on the open-ended Kellner scale, caused no damage, said "
                    "Dana Morrow, a geologist. Morrow said she expected more tremors.",
                    [("Kellner", "person"), ("Dana Morrow", "person")],
                ),
            }
        )
    )
    assert "Kellner" not in pages, pages
    assert pages.get("Dana Morrow") == "person", pages


def test_a_product_the_text_sells_or_describes_is_no_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The drug is now marketed by Orvik Pharma Inc as Zelfex, a product whose "
                    "patent expires in April.",
                    [("Orvik Pharma Inc", "organization"), ("Zelfex", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Zelfex is an antibiotic with sales of 250 mln dlrs, Orvik Pharma Inc said.",
                    [("Orvik Pharma Inc", "organization"), ("Zelfex", "organization")],
                ),
            }
        )
    )
    assert "Zelfex" not in pages, pages
    assert pages.get("Orvik Pharma Inc") == "organization", pages


def test_a_name_after_a_model_number_is_the_model() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Prices rose to 30,850 dlrs for the 944 Cayenne, up from 29,665 dlrs, and "
                    "to 41,440 dlrs for the 911 Cayenne, the carmaker said.",
                    [("Cayenne", "place")],
                ),
                "content/2031/05/b-04.txt": (
                    "The 944 Cayenne is sold out until May, the carmaker said.",
                    [("Cayenne", "place")],
                ),
                "content/2031/05/c-05.txt": (
                    "Dealers said the 911 Cayenne and the 928 were in short supply.",
                    [("Cayenne", "place")],
                ),
            }
        )
    )
    assert "Cayenne" not in pages, pages


def test_a_storm_is_no_place() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Two days after superstorm Florence ravaged the coast, the governor toured "
                    "the damage. The aftermath of Florence cost him votes.",
                    [("Florence", "place")],
                ),
            }
        )
    )
    assert "Florence" not in pages, pages


def test_a_securitys_name_and_its_acronym_are_no_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Earnings per American Depositary Receipt (ADR) were 1.96 crowns. One ADR "
                    "represents 0.75 pct of one share.",
                    [("American Depositary Receipt", "organization"), ("ADR", "organization")],
                ),
            }
        )
    )
    assert "American Depositary Receipt" not in pages, pages
    assert "ADR" not in pages, pages


def test_a_continents_region_is_a_place() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Analysts in Europe, Africa, Latin America and Asia expect higher prices.",
                    [("Latin America", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Lending to Latin America rose to 4.8 billion dlrs last year.",
                    [("Latin America", "organization")],
                ),
            }
        )
    )
    assert pages.get("Latin America") == "place", pages


def test_names_in_a_list_of_brands_are_no_people() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The maker partners with Dana Quellor, Mira Vantelli and Tom Ashgrove, "
                    "among more than 15 other brands, and sold 2.3 billion dlrs of clothes.",
                    [
                        ("Dana Quellor", "person"),
                        ("Mira Vantelli", "person"),
                        ("Tom Ashgrove", "person"),
                    ],
                ),
                "content/2031/05/b-04.txt": (
                    "Stores carry brands such as Mira Vantelli and Tom Ashgrove, the chain said.",
                    [("Mira Vantelli", "person"), ("Tom Ashgrove", "person")],
                ),
            }
        )
    )
    assert not {"Dana Quellor", "Mira Vantelli", "Tom Ashgrove"} & set(pages), pages


def test_a_person_with_a_stock_symbol_is_a_company() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Orvik Medical Inc said it received 175,000 dlrs from C.R. Quellan <CRQ> "
                    "to settle the suit.",
                    [("Orvik Medical Inc", "organization"), ("C.R. Quellan", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "Shares of C.R. Quellan <CRQ> rose two dlrs on the report.",
                    [("C.R. Quellan", "person")],
                ),
            }
        )
    )
    assert pages.get("C.R. Quellan") == "organization", pages


def test_a_name_the_text_calls_a_law_is_no_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Almost everyone agrees QCLB was a deeply flawed law. Since QCLB expired, "
                    "lawmakers have tried to rewrite it.",
                    [("QCLB", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Teachers said QCLB punished them. The Senate will vote on QCLB's "
                    "replacement next week.",
                    [("QCLB", "organization")],
                ),
            }
        )
    )
    assert pages.get("QCLB") == "other", pages  # a law, filed with the programmes
