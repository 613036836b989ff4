"""Session 16, legal forms that name another company than the page's
(generator/index/legal_forms.py): a form of another law ("... Ltd" of London beside "...
Corp" of New York), a person's name with a firm's form ("... and Co LP"), a unit the story
calls "its own ... subsidiary". Every article is invented."""

from __future__ import annotations

import re

from test_entity_bodies import _articles_of, _index
from test_entity_resolution import _pages

from generator.annotate.registry import Registry
from generator.index import ArchiveIndex, build_index
from generator.model import Entity, Mention, entity_id
from generator.read.dates import find_date
from generator.read.reader import read_source

# (kind, the entity's name, the texts of its mentions, each at its first place not taken)
Tagged = list[tuple[str, str, list[str]]]


def _tagged_index(
    stories: dict[str, tuple[str, str, Tagged]], dateline: str = "PORT MIRREN"
) -> ArchiveIndex:
    """The archive index of stories whose entities' mentions are given one by one, as the
    model may read them: a mention's text need not be the entity's name."""
    articles = []
    for path, (title, body, entities) in stories.items():
        text = f"{title}\n\n{dateline}, May {int(path[-6:-4])} - {body}\n"
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        taken: set[int] = set()
        for kind, name, texts in entities:
            mentions = []
            for surface in texts:
                start = next(
                    m.start()
                    for m in re.finditer(re.escape(surface), article.text)
                    if m.start() not in taken
                )
                taken.add(start)
                mentions.append(Mention(start, start + len(surface), surface))
            article.entities.append(Entity(entity_id(kind, name), kind, name, mentions=mentions))
        articles.append(article)
    return build_index(articles, Registry())


def test_a_legal_form_of_another_law_is_another_company() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Foreclosure",
                "Quarrington Hanover Corp said it foreclosed on an office tower. "
                "Quarrington Hanover Corp said the loan was small.",
                [("Quarrington Hanover Corp", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Loan",
                "The loan is led by Quarrington Hanover Ltd of London, the bank's managers said.",
                [("Quarrington Hanover Ltd", "organization")],
            ),
            # a story of Canada writes "Inc" and "Ltd" for one firm
            "content/2031/05/c-05.txt": (
                "Debentures",
                "The Canadian dollar issue is led by Bressard Vale Inc, the company said.",
                [("Bressard Vale Inc", "organization")],
            ),
            "content/2031/05/d-06.txt": (
                "Shares",
                "The shares are priced in Canadian dollars by Bressard Vale Ltd.",
                [("Bressard Vale Ltd", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Quarrington Hanover Ltd") == "organization", pages
    assert _articles_of(index, "Quarrington Hanover Corp") == {"a-03.txt"}
    assert _articles_of(index, "Quarrington Hanover Ltd") == {"b-04.txt"}
    bressard = [name for name in pages if name.startswith("Bressard")]
    assert len(bressard) == 1, pages


def test_a_persons_name_with_a_firms_form_is_the_firm() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Partners sue",
                "Partners sued Orvil K. Drossman, saying Drossman misled them about his "
                "partnership Orvil K. Drossman and Co LP.",
                [
                    (
                        "person",
                        "Orvil K. Drossman",
                        ["Orvil K. Drossman", "Drossman", "Orvil K. Drossman and Co LP"],
                    )
                ],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Orvil K. Drossman") == "person", pages
    assert pages.get("Orvil K. Drossman and Co LP") == "organization", pages


def test_its_own_subsidiary_with_another_form_is_the_unit() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Offering",
                "Talbrook Keegan Inc said the shares will be sold by Ardent Inc and its own "
                "Talbrook Keegan and Co Inc subsidiary.",
                [
                    (
                        "organization",
                        "Talbrook Keegan Inc",
                        ["Talbrook Keegan Inc", "Talbrook Keegan and Co Inc"],
                    ),
                    ("organization", "Ardent Inc", ["Ardent Inc"]),
                ],
            ),
            # the unit named alone elsewhere: the page is the unit's
            "content/2031/05/b-04.txt": (
                "President named",
                "Hexa Corp named a president of its Velmar Corp subsidiary. Velmar said "
                "he starts soon.",
                [
                    ("organization", "Hexa Corp", ["Hexa Corp"]),
                    ("organization", "Velmar", ["Velmar Corp", "Velmar"]),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Talbrook Keegan and Co Inc") == "organization", pages
    assert _articles_of(index, "Talbrook Keegan Inc") == {"a-03.txt"}
    assert not any(name.startswith("Velmar ") for name in pages), pages


def test_a_provinces_name_is_the_province_where_no_company_is_named_in_full() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Debentures",
                "Alberta Quellon Co Ltd said it will sell debentures. Alberta said it "
                "needs the money.",
                [("Alberta Quellon Co Ltd", "organization"), ("Alberta", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Wells",
                "Two wells in the Zama area of Alberta tested oil, Norvik Resources Ltd said.",
                [("Alberta", "organization"), ("Norvik Resources Ltd", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Aid",
                "Federal and Alberta aid helped the industry, Tarrow Oil Corp said.",
                [("Alberta", "organization"), ("Tarrow Oil Corp", "organization")],
            ),
        }
    )
    assert _articles_of(index, "Alberta Quellon Co Ltd") == {"a-03.txt"}
    assert _articles_of(index, "Alberta") == {"b-04.txt", "c-05.txt"}
    assert _pages(index).get("Alberta") == "place"


def test_a_datelines_town_named_like_a_state_of_another_is_the_town() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Wheat area",
                "The wheat area of Victoria will fall, the forecaster said.",
                [("place", "Victoria", ["Victoria"])],
            ),
            "content/2031/05/b-04.txt": (
                "Taxes",
                "VICTORIA, British Columbia - Taxes rise, the province said.",
                [("place", "Victoria", ["VICTORIA, British Columbia"])],
            ),
            "content/2031/05/c-05.txt": (
                "Rain",
                "Rain fell across Victoria and the crops grew.",
                [("place", "Victoria", ["Victoria"])],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Victoria, British Columbia") == "place", pages
    assert _articles_of(index, "Victoria") == {"a-03.txt", "c-05.txt"}


def test_a_towns_name_a_story_gives_a_company_named_after_it_is_the_company() -> None:
    """Session 17: the headline's "BETHLEHEM <BFG>" of a story of "Bethlehem Forge Corp" is
    the company (as its "Bethlehem said" is), the dateline's "BETHLEHEM, Pa." the town."""
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "BETHLEHEM <BFG> ADOPTS RIGHTS PLAN",
                "Bethlehem Forge Corp said its board adopted a plan. Bethlehem "
                "said the plan is no answer to a bid for Bethlehem' shares. The unit was sold "
                "by Bethlehem in 1982.",
                [
                    ("organization", "Bethlehem Forge Corp", ["Bethlehem Forge Corp"]),
                    ("place", "Bethlehem", ["BETHLEHEM", "BETHLEHEM, Pa", *["Bethlehem"] * 3]),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Fraud inquiry",
                "Prosecutors said they are looking into a fraud in Bethlehem.",
                [("place", "Bethlehem", ["BETHLEHEM, Pa", "Bethlehem"])],
            ),
        },
        dateline="BETHLEHEM, Pa.",
    )
    company = next(p for p in index.entities.values() if p.name == "Bethlehem Forge Corp")
    assert [(r.article.path[-8:], r.count) for r in company.mentions] == [("a-03.txt", 5)]
    town = next(p for p in index.entities.values() if p.name == "Bethlehem")
    counts = sorted((r.article.path[-8:], r.count) for r in town.mentions)
    assert counts == [("a-03.txt", 1), ("b-04.txt", 2)], counts


def test_a_namesake_a_foreign_exchange_lists_is_another_company() -> None:
    """Session 17: "Harrowgate Plc <HRGL.L>" of London is not "HARROWGATE <H>" of Chicago,
    whose American ticker has other letters; "JARROW <JARRY>", the receipt of "Jarrow Plc
    <JARR.L>", is the one company."""
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "HARROWGATE <H> TO CLOSE STORES",
                "Harrowgate, Quimby and Co said it will close stores. Harrowgate said the "
                "plan saves money. Options in Jarrow Plc <JARR.L> begin on Monday.",
                [
                    ("organization", "Harrowgate", ["HARROWGATE", "Harrowgate", "Harrowgate"]),
                    ("organization", "Jarrow Plc", ["Jarrow Plc"]),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Options",
                "Options will be available in Harrowgate Plc <HRGL.L> from March 4, and in "
                "JARROW <JARRY> from March 5.",
                [
                    ("organization", "Harrowgate", ["Harrowgate Plc"]),
                    ("organization", "Jarrow", ["JARROW"]),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Harrowgate Plc") == "organization", pages
    assert _articles_of(index, "Harrowgate") == {"a-03.txt"}
    jarrow = [name for name in pages if name.startswith("Jarrow")]
    assert len(jarrow) == 1, pages


def test_a_towns_name_a_model_number_follows_is_no_town_there() -> None:
    """Session 17: "the Sterling 825S" of a carmaker's story is the car, not the town of
    the other story's dateline."""
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Car sales",
                "The group sold 1,043 Sterling automobiles. The Sterling 825S sells for "
                "19,000 dlrs and the Sterling 825SL for 23,900 dlrs.",
                [("place", "Sterling", ["Sterling"] * 3)],
            ),
            "content/2031/05/b-04.txt": (
                "Shares",
                "Quorn Technologies Inc of Sterling, Va., said its shares will trade.",
                [("place", "Sterling", ["Sterling, Va"])],
            ),
            "content/2031/05/c-05.txt": (
                "Plant",
                "The plant in Sterling will close, the company said.",
                [("place", "Sterling", ["Sterling"])],
            ),
        }
    )
    assert _articles_of(index, "Sterling") == {"b-04.txt", "c-05.txt"}


def test_a_unit_in_apposition_with_another_form_is_the_unit() -> None:
    """Session 17: "Pellham Credit Co ... its Canadian leasing unit, Pellham Credit Corp
    Ltd," are two companies."""
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Sale",
                "Pellham Credit Co said it sold its leasing arm. It said its Canadian "
                "vehicle leasing unit, Pellham Credit Corp Ltd, will also be sold.",
                [
                    (
                        "organization",
                        "Pellham Credit",
                        ["Pellham Credit Co", "Pellham Credit Corp Ltd"],
                    )
                ],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Pellham Credit Corp Ltd") == "organization", pages
