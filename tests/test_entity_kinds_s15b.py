"""Brief s15-kind2: non-names from tables and a structure read as a body
(generator/annotate/entities/currencies.py, sanity.py; generator/index/kinds.py): a
currency in a rate table is no organization or person, and a dam is a site, no body.
Short articles written for each idea."""

from __future__ import annotations

from test_entity_resolution import _pages, _tagged_index

from generator.annotate.article import annotate
from generator.annotate.entities.currencies import names_a_currency
from generator.annotate.registry import Registry
from generator.read import read_source


def _names(body: str) -> dict[str, str]:
    text = "SDR RATE MOVES\n\nWASHINGTON, April 3 - " + body + "\n"
    article = annotate(read_source(text.encode(), "content/2031/04/t.txt"), Registry(), 2031)
    return {e.name: e.type for e in article.entities}


def test_a_currency_in_a_rate_table_is_no_name() -> None:
    names = _names(
        "Values against the SDR were: Belgian Franc      41.2231   (40.1162) Kuwait "
        "Dinar       0.410461 (0.402685) Venezuelan Bolivar   N/A     (4.02749) S.A. Rand"
        "          2.31578   (0.90200). The rates were set by the Varnby Monetary Fund."
    )
    for currency in ("Dinar", "Franc", "Bolivar", "Rand"):
        assert not any(name.endswith(currency) for name in names), names


def test_a_currency_noun_after_other_words_keeps_its_name() -> None:
    assert names_a_currency(["Bolivar"], "the Venezuelan Bolivar", 15)
    assert names_a_currency(["Pound", "Sterling"], "Pound Sterling", 0)
    # a surname, a town or a country that a currency is also named is no currency after
    # other words, or in a list
    assert not names_a_currency(["Ayn", "Rand"], "Ayn Rand", 0)
    assert not names_a_currency(["Bolivar"], "in northeastern Bolivar", 15)
    assert not names_a_currency(["Zaire"], "Uganda, Zaire", 8)


def test_a_dam_read_as_a_body_is_a_site() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Varnby Power signed a contract for hydroelectric power from Tamsin Dam. "
                    "The Tamsin Dam contracts expire in May.",
                    [("Tamsin Dam", "organization"), ("Varnby Power", "organization")],
                ),
            }
        )
    )
    assert pages.get("Tamsin Dam") != "organization", pages


def test_a_body_written_before_a_province_is_a_town() -> None:
    body = (
        "Varnby Mines Inc said the vein zone at its Sudbury, Ontario property yielded "
        "{} ounces of gold a ton."
    )
    names = [("Sudbury", "organization"), ("Varnby Mines Inc", "organization")]
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (body.format("1.2"), names),
                "content/2031/05/b-04.txt": (body.format("1.4"), names),
            }
        )
    )
    assert pages.get("Sudbury") == "place", pages
    assert pages.get("Varnby Mines Inc") == "organization", pages


def test_a_person_of_a_person_works_for_a_firm() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Analyst Walter Brenning of Brenning Kestrel said he recommends selling "
                    "the stock.",
                    [("Walter Brenning", "person"), ("Brenning Kestrel", "person")],
                ),
            }
        )
    )
    assert pages.get("Brenning Kestrel") != "person", pages
    assert pages.get("Walter Brenning") == "person", pages
