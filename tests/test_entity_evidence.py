"""Issue 24, round 4: a name must earn its page (generator/index/evidence.py). Where the
evidence is weak the name stays plain text; each rule on short articles written for it."""

from __future__ import annotations

from test_entity_resolution import _tagged


def test_a_place_needs_a_list_a_state_after_it_or_more_articles() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Glassworks Inc opened plants in Zandovia, in Ohio and in Brellick, "
                "Ohio; the QRA and Howard approved, Ellen Howard said. Zandovia, Howard and "
                "Brellick cheered.",
                [
                    ("Kestrel Glassworks Inc", "organization"),
                    ("Zandovia", "place"),
                    ("Ohio", "place"),
                    ("Brellick", "place"),
                    ("QRA", "place"),
                    ("Howard", "place"),
                    ("Ellen Howard", "person"),
                ],
            ),
        }
    )
    assert pages == {
        "Kestrel Glassworks Inc": "organization",
        "Ohio": "place",
        "Brellick": "place",
        "Ellen Howard": "person",
    }, pages


def test_a_one_word_company_that_is_a_persons_name_joins_its_company_or_gets_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Warner Glassworks Inc sold a mill to Conrad, and Warner said the price was fair.",
                [
                    ("Warner Glassworks Inc", "organization"),
                    ("Conrad", "organization"),
                    ("Warner", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Conrad paid in cash, and Warner booked a gain.",
                [("Conrad", "organization"), ("Warner", "organization")],
            ),
        }
    )
    assert pages == {"Warner Glassworks Inc": "organization"}, pages


def test_pieces_of_firms_cut_at_a_comma_or_of_a_longer_name_get_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Pell Dorran, Harris Quent and Co managed the issue; Brackley, Colman and "
                "Stephens advised Petroleum Corp of Zandovia.",
                [
                    ("Harris Quent and Co", "organization"),
                    ("Brackley", "organization"),
                    ("Petroleum Corp of Zandovia", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Petroleum Corp said it would sell its petroleum field.",
                [("Petroleum Corp", "organization")],
            ),
        }
    )
    assert pages == {"Petroleum Corp of Zandovia": "organization"}, pages


def test_a_person_needs_a_persons_name_and_a_misspelt_surname_joins_the_person() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Tourists met at Abu Zentar, where the Quellan Sandstone holds oil, Lloyd "
                "Noland III said, and Morgan Kessler agreed with Noland III.",
                [
                    ("Abu Zentar", "person"),
                    ("Quellan Sandstone", "person"),
                    ("Lloyd Noland III", "person"),
                    ("Noland III", "person"),
                    ("Morgan Kessler", "person"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Morgan Kesler said he would stay.",
                [("Morgan Kesler", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "Morgan Kesler said he would leave.",
                [("Morgan Kesler", "person")],
            ),
        }
    )
    assert pages == {"Lloyd Noland III": "person", "Morgan Kesler": "person"}, pages


def test_a_product_model_and_a_companys_forum_are_no_bodies() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Corp showed the Kestrel SE and an A330 at the Kestrel Computing Forum.",
                [
                    ("Kestrel Corp", "organization"),
                    ("Kestrel SE", "organization"),
                    ("A330", "organization"),
                    ("Kestrel Computing Forum", "event"),
                ],
            ),
        }
    )
    assert pages == {"Kestrel Corp": "organization"}, pages
