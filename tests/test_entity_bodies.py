"""Issue 24: bodies named by generic words alone ("Senate", "Social Democratic Party",
"Finance Ministry") are one page per country the text ties them to
(generator/index/bodies.py), each on short articles written for it."""

from __future__ import annotations

import re

from test_entity_resolution import _pages

from generator.annotate.registry import Registry
from generator.index import ArchiveIndex, build_index
from generator.model import Entity, Mention, entity_id
from generator.read.dates import find_date
from generator.read.reader import read_source

Story = tuple[str, str, list[tuple[str, str]]]  # headline, body, (name, type) tagged


def _index(stories: dict[str, Story]) -> ArchiveIndex:
    """The archive index of stories whose entities are given as (name, type), each name
    tagged wherever the text writes it."""
    articles = []
    for path, (title, body, names) in stories.items():
        text = f"{title}\n\nPORT MIRREN, May {int(path[-6:-4])} - {body}\n"
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        for name, kind in names:
            found = [
                Mention(m.start(), m.end(), name)
                for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?!\w)", article.text)
            ]
            assert found, name
            article.entities.append(Entity(entity_id(kind, name), kind, name, mentions=found))
        articles.append(article)
    return build_index(articles, Registry())


def _articles_of(index: ArchiveIndex, name: str) -> set[str]:
    page = next(p for p in index.entities.values() if p.name == name)
    return {ref.article.path.rsplit("/", 1)[-1] for ref in page.mentions}


def test_a_party_a_country_names_before_it_is_that_countrys_not_the_others() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Vote in Stockholm",
                "Sweden's ruling Social Democratic Party backed the sanctions on Friday.",
                [("Social Democratic Party", "organization"), ("Sweden", "place")],
            ),
            "content/2031/05/b-04.txt": (
                "By-election",
                "The Social Democratic Party won the seat in Britain, and Britain's voters "
                "cheered.",
                [("Social Democratic Party", "organization"), ("Britain", "place")],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Social Democratic Party (Sweden)") == "organization", pages
    assert _articles_of(index, "Social Democratic Party (Sweden)") == {"a-03.txt"}
    assert _articles_of(index, "Social Democratic Party") == {"b-04.txt"}


def test_a_chamber_a_state_names_is_the_states_and_a_states_senate_race_is_not() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Lawsuit",
                "Leaders of the North Carolina Senate and House of Representatives sued. "
                "The North Carolina Senate and House of Representatives meet in June.",
                [
                    ("Senate", "organization"),
                    ("House of Representatives", "organization"),
                    ("North Carolina", "place"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Budget vote",
                "The Senate and the House of Representatives passed the budget, U.S. "
                "officials in the United States said. The House of Representatives "
                "adjourned.",
                [
                    ("Senate", "organization"),
                    ("House of Representatives", "organization"),
                    ("U.S.", "place"),
                    ("United States", "place"),
                ],
            ),
            "content/2031/05/c-05.txt": (
                "Poll",
                "Ohio's Senate race is tight, and the Senate may change hands, voters in "
                "Ohio and Texas said.",
                [("Senate", "organization"), ("Ohio", "place"), ("Texas", "place")],
            ),
        }
    )
    pages = _pages(index)
    assert "North Carolina Senate" in pages and "North Carolina House of Representatives" in pages
    assert _articles_of(index, "North Carolina Senate") == {"a-03.txt"}
    assert _articles_of(index, "Senate") == {"b-04.txt", "c-05.txt"}  # a seat in Congress
    assert _articles_of(index, "House of Representatives") == {"b-04.txt"}


def test_a_national_body_of_a_one_country_story_is_that_countrys() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "SWEDISH TRADE SURPLUS RISES",
                "Sweden's surplus rose, the Trade Ministry said.",
                [("Trade Ministry", "organization"), ("Sweden", "place")],
            ),
            "content/2031/05/b-04.txt": (
                "NORWAY'S PRICES RISE",
                "Prices in Norway rose, the Trade Ministry said.",
                [("Trade Ministry", "organization"), ("Norway", "place")],
            ),
            "content/2031/05/c-05.txt": (
                "BANKERS MEET",
                "Bankers from Sweden and Norway met the Trade Ministry.",
                [
                    ("Trade Ministry", "organization"),
                    ("Sweden", "place"),
                    ("Norway", "place"),
                ],
            ),
        }
    )
    assert _articles_of(index, "Trade Ministry (Sweden)") == {"a-03.txt"}
    assert _articles_of(index, "Trade Ministry (Norway)") == {"b-04.txt"}
    # a story of two countries ties it to neither: no page says whose it is
    assert "Trade Ministry" not in _pages(index)


def test_a_country_named_beside_congress_ties_it_only_when_it_owns_the_words() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Trade bill",
                "Japan urged Congress to drop the bill, U.S. officials said.",
                [("Congress", "organization"), ("Japan", "place"), ("U.S.", "place")],
            ),
            "content/2031/05/b-04.txt": (
                "Land reform",
                "The Philippine Congress passed the land reform, and Manila cheered.",
                [("Congress", "organization"), ("Manila", "place")],
            ),
            "content/2031/05/c-05.txt": (
                "Budget",
                "Congress passed the budget, officials in Washington said.",
                [("Congress", "organization"), ("Washington", "place")],
            ),
        }
    )
    assert _articles_of(index, "United States Congress") == {"a-03.txt", "c-05.txt"}
    assert _articles_of(index, "Congress (Philippines)") == {"b-04.txt"}


def test_a_chambers_committee_cut_before_its_word_is_the_committee_or_no_page() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Farm credit",
                "The Senate Agriculture Committee approved the farm credit bill.",
                [("Senate Agriculture Committee", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Meat trade",
                "Brellin told a Senate Agriculture subcommittee that exports fell, and the "
                "House and Senate Agriculture committees met.",
                [("Senate Agriculture", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Savings",
                "Auditors told a House Banking hearing that the fund was short, and a House "
                "Banking subcommittee heard them.",
                [("House Banking", "organization")],
            ),
            "content/2031/05/d-06.txt": (
                "Hearing",
                "The Senate Armed Services Committee met. Kestrel told the Armed Services "
                "Committee it would wait.",
                [
                    ("Senate Armed Services Committee", "organization"),
                    ("Armed Services Committee", "organization"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert _articles_of(index, "Senate Agriculture Committee") == {"a-03.txt", "b-04.txt"}
    assert "Senate Agriculture" not in pages and "House Banking" not in pages, pages
    assert "Armed Services Committee" not in pages, pages
    assert _articles_of(index, "Senate Armed Services Committee") == {"d-06.txt"}


def test_a_campus_cut_from_its_universitys_name_is_the_campus() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Study",
                "Hasen, a professor at the University of Texas at Austin, wrote it. The "
                "University of Texas at Austin agreed.",
                [("University of Texas", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Trade",
                "Hanson of the University of Texas, Austin, said so. The University of "
                "Texas system declined to comment, and the University of Texas agreed.",
                [("University of Texas", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Campus",
                "The University of Texas, Berkeley and Stanford sued.",
                [("University of Texas", "organization"), ("Berkeley", "place")],
            ),
        }
    )
    assert _articles_of(index, "University of Texas, Austin") == {"a-03.txt", "b-04.txt"}
    assert _articles_of(index, "University of Texas") == {"b-04.txt", "c-05.txt"}  # a list
