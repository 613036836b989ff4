"""Brief s16-kind: names of the wrong kind of thing, junk and cut firm names
(generator/index/evidence.py, kinds.py, earning.py, resolution.py): an office named by
its building read as a place, a stock symbol in mixed case, a partner's name cut from a
firm's name read as a person, a firm's first word read as a town. Short articles written
for each idea."""

from __future__ import annotations

from test_entity_resolution import _pages, _tagged_index


def test_an_office_named_by_its_building_is_a_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The Amber House said it would veto the bill. Amber House aides said "
                    "the talks had failed.",
                    [("Amber House", "place")],
                ),
                "content/2031/05/b-04.txt": (
                    "A Amber House spokesman said the budget was sent to Congress on Friday.",
                    [("Amber House", "place")],
                ),
                "content/2031/05/c-05.txt": (
                    "The envoy met the president at the Amber House before he left.",
                    [("Amber House", "place")],
                ),
            }
        )
    )
    assert pages.get("Amber House") == "organization", pages


def test_a_listed_town_whose_officials_speak_stays_a_place() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Moscow said the talks had failed. Moscow officials said no date was set.",
                    [("Moscow", "place")],
                ),
            }
        )
    )
    assert pages.get("Moscow") == "place", pages


def test_a_mixed_case_stock_symbol_is_no_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Varnby Inc, owned by Kestrel Holdings Plc <KtrSY>, said it sold a mill.",
                    [("KtrSY", "organization"), ("Varnby Inc", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Kestrel Holdings Plc <KtrSY> said its profit rose 12 pct.",
                    [("KtrSY", "organization")],
                ),
            }
        )
    )
    assert "KtrSY" not in pages, pages


def test_a_partners_name_cut_from_a_firms_name_is_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Prices will rise, said Harlow Tamsin and McVey analyst John Dale.",
                    [("Harlow Tamsin", "person"), ("John Dale", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "A dealer at Bombay stock brokers Varnby and Karsh said prices fell.",
                    [("Karsh", "person")],
                ),
            }
        )
    )
    assert "Harlow Tamsin" not in pages, pages
    assert "Karsh" not in pages, pages
    assert pages.get("John Dale") == "person", pages


def test_a_firms_first_word_is_no_town() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Kestrel Oil Ltd said it agreed to merge with Denton Resources Ltd. "
                    "Shareholders of Denton will own 40 pct.",
                    [("Denton", "place"), ("Kestrel Oil Ltd", "organization")],
                ),
            }
        )
    )
    assert "Denton" not in pages, pages


def test_a_town_a_firm_is_named_after_stays_a_place_where_the_text_places_it() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Denton Savings Bank Inc said it will open a branch in Denton.",
                    [("Denton", "place")],
                ),
            }
        )
    )
    assert pages.get("Denton") == "place", pages


def test_a_word_only_a_sentences_start_capitalises_is_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The bank sold its bonds early. Foresightedness had proved him right "
                    "to wait, dealers said.",
                    [("Foresightedness", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "Rates rose on Friday. Foresightedness was rare in the market, a trader said.",
                    [("Foresightedness", "person")],
                ),
            }
        )
    )
    assert "Foresightedness" not in pages, pages


def test_a_countrys_abbreviation_run_into_the_next_sentence_is_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "It is the first approved drug for the disease in the U.S. Zorvex or "
                    "zorvexine will be sold by the company.",
                    [("U.S. Zorvex", "person")],
                ),
            }
        )
    )
    assert "U.S. Zorvex" not in pages, pages
