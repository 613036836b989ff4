"""Brief s15-kind: names of the wrong kind of thing, and a name mixed with a non-name
(generator/index/evidence.py, kinds.py, earning.py, mixes.py): a chain's outlets, a trade
name and a state bank read as people, an area read as a body, a ship named after a comma,
a room and a satellite, a time after an event and a common word read as events, a rate
named after a town and an agency's sign-off. Short articles written for each idea."""

from __future__ import annotations

import re

from test_entity_resolution import _pages, _tagged_index

from generator.annotate.registry import Registry
from generator.index import build_index
from generator.model import Article, Entity, Mention, entity_id
from generator.read.dates import find_date
from generator.read.reader import read_source


def test_a_chains_outlets_a_trade_name_or_a_broking_firm_make_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Among the firms to be sold are the Gordon Tamsin pharmacies and two "
                    "breweries. The Gordon Tamsin pharmacies earned 12 mln dlrs.",
                    [("Gordon Tamsin", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "Kestrel Mills is a unit of the Varnby Co (doing business as Scott "
                    "Harlow). No terms were given.",
                    [("Scott Harlow", "person"), ("Kestrel Mills", "organization")],
                ),
                "content/2031/05/d-06.txt": (
                    "Shares will rise, analysts at stockbrokers Martin Selby said. Martin "
                    "Selby said the market was cheap.",
                    [("Martin Selby", "person")],
                ),
                "content/2031/05/c-05.txt": (
                    "The year's profit included a gain on the sale of the leasehold of Mirren "
                    "Dale store. Mirren Dale store closed in December.",
                    [("Mirren Dale", "person")],
                ),
            }
        )
    )
    assert pages.get("Gordon Tamsin") != "person", pages
    assert pages.get("Scott Harlow") != "person", pages
    assert pages.get("Mirren Dale") != "person", pages
    assert pages.get("Martin Selby") != "person", pages


def test_a_german_state_bank_is_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The bond pays six pct, lead manager Landesbank Varnholm - Girozentrale "
                    "said. Landesbank Varnholm said the issue was sold.",
                    [("Landesbank Varnholm", "person"), ("Girozentrale", "person")],
                ),
            }
        )
    )
    assert pages.get("Landesbank Varnholm") != "person", pages
    assert "Girozentrale" not in pages, pages


def test_a_border_area_read_as_a_body_is_no_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The offensive began in the Tal Quirin border area of the north. Fighting "
                    "went on around Tal Quirin, and the Tal Quirin area was shelled.",
                    [("Tal Quirin", "organization")],
                ),
            }
        )
    )
    assert pages.get("Tal Quirin") != "organization", pages


def test_a_ship_after_a_comma_a_room_and_a_satellite_get_no_page() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The trip came a year after the passage of the Coast Guard's vessel, the "
                    "Orla Sea, through the strait. The Orla Sea sailed on.",
                    [("Orla Sea", "place")],
                ),
                "content/2031/05/b-04.txt": (
                    "The news conference in the Mirren House Blue Room lasted 32 minutes. He "
                    "left the Mirren House Blue Room at noon.",
                    [("Mirren House Blue Room", "place")],
                ),
                "content/2031/05/c-05.txt": (
                    "The rocket placed in orbit a 1,850 pound Varnish Weather Satellite "
                    "(VWS). The Varnish Weather Satellite will watch storms.",
                    [("Varnish Weather Satellite", "organization")],
                ),
            }
        )
    )
    assert "Orla Sea" not in pages, pages
    assert "Mirren House Blue Room" not in pages, pages
    assert "Varnish Weather Satellite" not in pages, pages


def test_a_time_after_an_event_and_a_common_word_are_no_events() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Unemployment fell from a Post Varn War Two peak of 10 pct held in 1982. "
                    "The Post Varn War Two peak was in December 1982.",
                    [("Post Varn War Two", "event")],
                ),
                "content/2031/05/b-04.txt": (
                    "Walsh at First Tandem said the talks held in 1987 in Mirren were a "
                    "tandem of two. Tandem was held in 1987.",
                    [("Tandem", "event")],
                ),
            }
        )
    )
    assert "Post Varn War Two" not in pages, pages
    assert "Tandem" not in pages, pages


def _wire(stories: list[str]) -> list[Article]:
    """Articles from wire copy with a dateline, sent by Reuters, their entities the names
    below wherever they stand (in any case: "TARLOW, Ill.", "REUTERS")."""
    kinds = {"Tarlow": "place", "Reuters": "organization", "Kestrel Mills Inc": "organization"}
    articles = []
    for number, text in enumerate(stories, start=3):
        article = read_source(text.encode("utf-8"), f"content/2031/05/s-{number:02d}.txt")
        find_date(article)
        article.agency = "Reuters"
        for name, kind in kinds.items():
            found = [
                Mention(m.start(), m.end(), m[0])
                for m in re.finditer(re.escape(name) + r"\b", article.text, re.IGNORECASE)
            ]
            if found:
                entity = Entity(entity_id(kind, name), kind, name, mentions=found)  # type: ignore[arg-type]
                article.entities.append(entity)
        articles.append(article)
    return articles


def test_a_rate_named_after_a_town_and_a_sign_off_are_no_mentions() -> None:
    articles = _wire(
        [
            "Plant opens\n\nTARLOW, Ill., May 3 - Kestrel Mills Inc said it opened a plant "
            "in Tarlow.\n",
            "Plant closes\n\nTARLOW, Ill., May 4 - Kestrel Mills Inc said it shut a plant "
            "in Tarlow.\n",
            "Rates cut\n\nFRANKFURT, May 5 - The central bank cut its discount and Tarlow "
            "rates. The Tarlow rate is now five pct.\n",
            "Radio deal\n\nWASHINGTON, May 6 - The Army said the radio contract will be "
            "renegotiated. REUTERS\n",
            "Venture\n\nNEW YORK, May 7 - Reuters said it formed a venture with Kestrel "
            "Mills Inc. Reuters said its unit will run it.\n",
        ]
    )
    index = build_index(articles, Registry())
    held = {article.id: {entity.name for entity in article.entities} for article in articles}
    assert "Tarlow" in held[articles[0].id], held
    assert "Tarlow" not in held[articles[2].id], held  # the rate's
    assert "Reuters" not in held[articles[3].id], held  # the sign-off
    assert "Reuters" in held[articles[4].id], held
    assert _pages(index).get("Tarlow") == "place"
