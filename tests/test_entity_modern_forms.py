"""Issue 24, session 10 (brief 24n): one page per body across the forms modern news writes
it in (generator/index/forms.py), each on short articles written for it: the end of its
name, its initials, a company's first word, a county without "County", a pollster's poll,
a name cut from a longer one; and the short forms that must stay apart."""

from __future__ import annotations

import re

from test_entity_pieces import _articles_of
from test_entity_resolution import _pages

from generator.annotate.registry import Registry
from generator.index import ArchiveIndex, build_index
from generator.model import Entity, Mention, entity_id
from generator.read.dates import find_date
from generator.read.reader import read_source


def _index(stories: dict[str, tuple[str, list[tuple[str, str]]]]) -> ArchiveIndex:
    """The index of articles whose entities are given as (name, type), each name tagged
    wherever the text writes it outside a longer name tagged before it (as the model
    tags "Journal" alone but not inside "Wall Street Journal")."""
    articles = []
    for path, (body, names) in stories.items():
        text = f"Story\n\nPORT MIRREN, May {int(path[-6:-4])} - {body}\n"
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        taken: list[tuple[int, int]] = []
        for name, kind in names:
            found = []
            for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"\b", article.text):
                if not any(s <= match.start() < e for s, e in taken):
                    found.append(Mention(match.start(), match.end(), name))
            assert found, name
            taken += [(m.start, m.end) for m in found]
            article.entities.append(Entity(entity_id(kind, name), kind, name, mentions=found))
        articles.append(article)
    return build_index(articles, Registry())


def _id(index: ArchiveIndex, file: str, text: str) -> str:
    """The entity id the article links a mention of the text to."""
    article = next(a for a in index.articles if a.path.endswith(file))
    return next(e.id for e in article.entities for m in e.mentions if m.text == text)


def test_the_end_of_a_body_s_name_is_the_body_its_stories_write_in_full() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Mr. Orlan directs the Urban-Kestrel Levy Policy Center. Mr. Orlan of the "
                "Levy Policy Center said the plan would fail.",
                [
                    ("Urban-Kestrel Levy Policy Center", "organization"),
                    ("Levy Policy Center", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "The Department of Harbor Safety hired guards. Harbor Safety Secretary Ana "
                "Quell said so.",
                [
                    ("Department of Harbor Safety", "organization"),
                    ("Harbor Safety", "organization"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert "Levy Policy Center" not in pages and "Harbor Safety" not in pages, pages
    assert _articles_of(index, "Urban-Kestrel Levy Policy Center") == {"a-03.txt"}


def test_the_journal_is_the_paper_its_stories_name_even_when_the_model_cut_it() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "A report in The Mirren Street Journal angered him. The Journal cited memos.",
                [("Journal", "organization")],  # the model cut "Mirren Street"
            ),
            "content/2031/05/b-04.txt": (
                "The Mirren Street Journal said the vote was close. The Journal polled 900.",
                [("Mirren Street Journal", "organization"), ("Journal", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "The Mirren Street Journal endorsed Ana Quell. The Port Journal did not.",
                [("Mirren Street Journal", "organization"), ("Port Journal", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "Journal" not in pages, pages
    assert _articles_of(index, "Mirren Street Journal") == {"a-03.txt", "b-04.txt", "c-05.txt"}


def test_a_short_form_a_story_runs_into_another_name_stays_apart() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "The Mirren Post reported the deal. The Post said it was final.",
                [("Mirren Post", "organization"), ("Post", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "The Kestrel Post ran the story first, the Post said.",
                [("Post", "organization")],  # the model cut "Kestrel": no name of its own
            ),
            "content/2031/05/c-05.txt": (
                "The Mirren Post endorsed Ana Quell.",
                [("Mirren Post", "organization")],
            ),
        }
    )
    # "The Post" of the second story is not the Mirren Post: no story ties them
    assert _id(index, "b-04.txt", "Post") == "organizations/post"
    assert _id(index, "a-03.txt", "Post") == "organizations/post"


def test_initials_are_the_long_name_their_story_writes_even_in_a_title() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "He Worked With Department Of Harbor Safety Contractor. He won contracts "
                "from DHS, officials said.",
                [("DHS", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "The Department of Harbor Safety hired guards.",
                [("Department of Harbor Safety", "organization")],
            ),
        }
    )
    assert "DHS" not in _pages(index), _pages(index)
    assert _articles_of(index, "Department of Harbor Safety") == {"a-03.txt", "b-04.txt"}


def test_a_company_s_first_word_is_the_one_company_it_begins_not_its_paper() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Vantor reported lower profit. Kestrel fell $1.25 to $88.95.",
                [("Kestrel Vantor", "organization"), ("Kestrel", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Orlan News said the vote was close. Orlan owns the network.",
                [("Orlan News", "organization"), ("Orlan", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "Kestrel" not in pages, pages
    assert _articles_of(index, "Kestrel Vantor") == {"a-03.txt"}
    assert _id(index, "b-04.txt", "Orlan") == "organizations/orlan"  # the owner, not the network


def test_a_body_s_short_form_is_not_another_body_of_its_kind() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "The Central Bank of Mirren set rates. The state-owned Bank of Mirren, the "
                "largest lender, will lend more, the Bank of Mirren said.",
                [("Central Bank of Mirren", "organization"), ("Bank of Mirren", "organization")],
            ),
        }
    )
    assert "Bank of Mirren" in _pages(index), _pages(index)


def test_a_county_without_its_word_and_a_pollster_s_poll_are_one_page() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "He lost a band of counties, including Kestrel-Dade and Broward. Voters in "
                "Kestrel-Dade County turned out.",
                [
                    ("Kestrel-Dade County", "place"),
                    ("Kestrel-Dade", "organization"),
                    ("Broward", "place"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "A new Mirren Times/Orlan University Poll finds him ahead.",
                [("Mirren Times/Orlan University Poll", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "A poll from Mirren Times/Orlan University found him behind. Officials in "
                "Kestrel-Dade County counted.",
                [
                    ("Mirren Times/Orlan University", "organization"),
                    ("Kestrel-Dade County", "place"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert "Kestrel-Dade" not in pages and pages["Kestrel-Dade County"] == "place", pages
    assert "Mirren Times/Orlan University Poll" not in pages
    assert _articles_of(index, "Mirren Times/Orlan University") == {"b-04.txt", "c-05.txt"}


def test_a_name_cut_from_a_person_s_or_a_possessive_is_the_whole_name() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "He said on The Ana Quellory Show that he liked him, and told Quellory so.",
                [("Quellory", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "He told radio host Ana Quellory that the border comes first.",
                [("Ana Quellory", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "He spoke at the Institute of Politics at St. Orlan's College on Monday.",
                [("St. Orlan", "place")],
            ),
            "content/2031/05/d-06.txt": (
                "The debate at the St. Orlan College drew 900.",
                [("St. Orlan College", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "Quellory" not in pages and "St. Orlan" not in pages, pages
    assert _articles_of(index, "Ana Quellory") == {"a-03.txt", "b-04.txt"}
    assert _articles_of(index, "St. Orlan College") == {"c-05.txt", "d-06.txt"}


def test_a_surname_alone_is_the_person_a_story_names_in_full_read_as_a_body() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Late-night host Laura Quellory mocked him on Thursday. A flabbergasted "
                "Quellory quipped that it was absurd, and Quellory went on.",
                [("Laura Quellory", "organization"), ("Quellory", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Laura Quellory will host the dinner, the network said.",
                [("Laura Quellory", "organization")],
            ),
        }
    )
    assert _pages(index).get("Laura Quellory") == "person", _pages(index)
    assert _id(index, "a-03.txt", "Quellory") == entity_id("person", "Laura Quellory")


def test_a_company_s_first_word_joins_its_group_not_its_unit() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Brellin Group raised its offer. Brellin said financing was ready.",
                [("Brellin Group", "organization"), ("Brellin", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Vantor Chemical opened a plant. Vantor said it would hire.",
                [("Vantor Chemical", "organization"), ("Vantor", "organization")],
            ),
        }
    )
    assert _id(index, "a-03.txt", "Brellin") == _id(index, "a-03.txt", "Brellin Group")
    assert _id(index, "b-04.txt", "Vantor") != _id(index, "b-04.txt", "Vantor Chemical")
