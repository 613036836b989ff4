"""Session 14, one organization on two pages: a short name that is also a town's, a
title's short name, a rename whose new name the model read as a town, a slip of one letter
in a name the archive knows, and one acronym spelled out two ways. Parents and their
units stay apart. Every article is invented."""

from __future__ import annotations

import re

from entity_fixtures import resolved_organizations
from test_entity_pieces import _articles_of
from test_entity_resolution import _pages

from generator.annotate.article import annotate
from generator.annotate.entities.candidates import Candidate, regions_of
from generator.annotate.entities.recognition import _repeats
from generator.annotate.registry import Registry
from generator.index import ArchiveIndex, build_index
from generator.model import Entity, EntityType, Mention, entity_id
from generator.read.dates import find_date
from generator.read.reader import read_source


def _mentions(title: str, body: str) -> dict[str, list[str]]:
    text = f"{title}\n\nHARTFORD, Conn., March 3 - {body}"
    article = annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)
    return {e.name: [m.text for m in e.mentions] for e in article.entities}


def test_a_short_name_that_is_also_a_towns_is_the_company_the_story_names() -> None:
    text = (
        "EXPORTS FALL\n\nTOKYO - Kerrville Motor Co Ltd said its exports fell. Kerrville "
        "shipped 34,701 vehicles to Canada.\n"
    )
    found = resolved_organizations(
        text, [("Kerrville Motor Co Ltd", 0, False), ("Kerrville", 1, False)]
    )
    assert found["Kerrville Motor Co Ltd"] == ["Kerrville", "Kerrville Motor Co Ltd"], found
    # a state's name is no firm's short name: "Vermont" beside "Vermont Power Co"
    text = "RATES\n\nBOSTON - Vermont Power Co said rates rose. Vermont approved them.\n"
    found = resolved_organizations(text, [("Vermont Power Co", 0, False), ("Vermont", 1, False)])
    assert found["Vermont"] == ["Vermont"], found


def test_a_firms_name_with_and_is_no_place_added_to_the_short_name() -> None:
    text = (
        "PLANT SOLD\n\nNORFOLK - Dunmore Sandwiches Inc sold its plant to Lindell Corp's "
        "Marwick Coffee and Foods subsidiary. Marwick will pack its coffee.\n"
    )
    spans = [
        ("Dunmore Sandwiches Inc", 0, False),
        ("Lindell Corp", 0, False),
        ("Marwick Coffee and Foods", 0, False),
        ("Marwick", 1, False),
    ]
    found = resolved_organizations(text, spans)
    assert found["Marwick Coffee and Foods"] == ["Marwick", "Marwick Coffee and Foods"], found


def test_a_titles_short_name_is_what_the_body_names_by_it() -> None:
    text = (
        "ANALYSTS REVIEW KESTLER CHEMICALS <KCI>\n\nNEW YORK - Analysts placed Kestler "
        "Chemicals Inc's debt on review after a bid for Kestler.\n"
    )
    spans = [("KESTLER", 0, True), ("Kestler Chemicals Inc", 0, False), ("Kestler", 1, False)]
    found = resolved_organizations(text, spans)
    assert found["Kestler Chemicals Inc"] == ["KESTLER", "Kestler", "Kestler Chemicals Inc"]
    # the title's "BRELLIN" is the parent the body calls "Brellin", not the venture
    text = (
        "CHINA BRELLIN IN VENTURE\n\nHONG KONG - <China Brellin Holdings Co Ltd> formed "
        "a venture. A Brellin statement said it owns 26 pct of <Brellin Lotus Tube Ltd>.\n"
    )
    spans = [
        ("BRELLIN", 0, True),
        ("China Brellin Holdings Co Ltd", 0, False),
        ("Brellin", 1, False),
        ("Brellin Lotus Tube Ltd", 0, False),
    ]
    found = resolved_organizations(text, spans)
    assert found["Brellin Lotus Tube Ltd"] == ["Brellin Lotus Tube Ltd"], found


def test_a_name_found_again_in_a_titles_capitals_is_the_titles() -> None:
    text = "KESTLER <KCI> SALES UP\n\nNEW YORK - Sales rose, Kestler said.\n"
    article = read_source(text.encode(), "content/1987/03/t.txt")
    said = text.index("Kestler said")
    known = [Candidate(said, said + len("Kestler"), "organization", "crf")]
    found = _repeats(known, regions_of(article), text)
    assert [(text[c.start : c.end], c.headline) for c in found] == [
        ("KESTLER", True),
        ("Kestler", False),
    ], found


def test_a_rename_keeps_the_kind_where_the_new_name_is_also_a_towns() -> None:
    found = _mentions(
        "BANK FAILS TO REACH AGREEMENT",
        "Kerrville Bank said it has not been able to reach an agreement to buy Horizon "
        "Financial Corp.\n\nKerrville, formerly known as Coastal Federal Savings and Loan "
        "Association, earlier announced the signing of a letter of intent.\n",
    )
    assert "Coastal Federal Savings and Loan Association" not in found, found
    renamed = next(names for names in found.values() if "Kerrville" in names)
    assert "Coastal Federal Savings and Loan Association" in renamed, found


def _index(stories: dict[str, tuple[str, list[tuple[str, EntityType, list[str]]]]]) -> ArchiveIndex:
    """The archive index of articles whose entities are (name, type, other mention texts)."""
    articles = []
    for path, (body, entities) in stories.items():
        text = f"Story\n\nPORT MIRREN, May {int(path[-6:-4])} - {body}\n"
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        for name, kind, forms in entities:
            found = [
                Mention(m.start(), m.end(), form)
                for form in [name, *forms]
                for m in re.finditer(re.escape(form) + r"\b", article.text)
            ]
            assert found, name
            article.entities.append(Entity(entity_id(kind, name), kind, name, mentions=found))
        articles.append(article)
    return build_index(articles, Registry())


def test_a_slip_of_one_letter_in_a_name_the_archive_knows_is_that_name() -> None:
    board = ("Zandovia Board of Trade", "organization", [])
    index = _index(
        {
            "content/2031/05/a-03.txt": ("Zandovia Board of Trade set rules.", [board]),
            "content/2031/05/b-04.txt": ("Zandovia Board of Trade raised fees.", [board]),
            "content/2031/05/c-05.txt": (
                "Traders at the Zandovia Boad of Trade sold wheat.",
                [("Zandovia Boad of Trade", "organization", [])],
            ),
            "content/2031/05/d-06.txt": (
                "Traders at the Zandovia Boerd of Trade sold corn.",
                [("Zandovia Boerd of Trade", "organization", [])],
            ),
        }
    )
    pages = _pages(index)
    assert "Zandovia Boad of Trade" not in pages, pages
    assert _articles_of(index, "Zandovia Board of Trade") >= {"a-03.txt", "c-05.txt"}
    # a letter changed may be another name: no join
    assert "d-06.txt" not in _articles_of(index, "Zandovia Board of Trade")


def test_one_acronym_spelled_out_two_ways_is_one_body() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "The Zandovian Auto Workers (ZAW) struck.",
                [("Zandovian Auto Workers", "organization", ["ZAW"])],
            ),
            "content/2031/05/b-04.txt": (
                "The Zandovian Automobile Workers (ZAW) voted.",
                [("Zandovian Automobile Workers", "organization", ["ZAW"])],
            ),
            "content/2031/05/c-05.txt": (
                "The Ministry of Zandovian Trade and Industry (MZTI) said exports rose.",
                [("Ministry of Zandovian Trade and Industry", "organization", ["MZTI"])],
            ),
            "content/2031/05/d-06.txt": (
                "The Ministry of Zandovian and Trade Industry (MZTI) said imports fell.",
                [("Ministry of Zandovian and Trade Industry", "organization", ["MZTI"])],
            ),
            "content/2031/05/e-07.txt": (
                "The Zandovian Aviation Workers (ZAW) flew.",
                [("Zandovian Aviation Workers", "organization", ["ZAW"])],
            ),
            "content/2031/05/f-08.txt": (
                "The Zandovian National Committee (ZNC) met.",
                [("Zandovian National Committee", "organization", ["ZNC"])],
            ),
            "content/2031/05/g-09.txt": (
                "Tam Orrin, a Zandovian National Committeeman (ZNC), spoke.",
                [("Zandovian National Committeeman", "organization", ["ZNC"])],
            ),
        }
    )
    pages = _pages(index)
    workers = [name for name in pages if name.startswith("Zandovian Au")]
    assert len(workers) == 1, pages
    ministries = [name for name in pages if name.startswith("Ministry of Zandovian")]
    assert len(ministries) == 1, pages
    assert "Zandovian Aviation Workers" in pages  # one acronym, another name: another body
    # a role read as a body: its last word is no clipped form of the body's
    assert "g-09.txt" not in _articles_of(index, "Zandovian National Committee")


def test_an_acronym_of_the_names_own_language_is_the_translated_name() -> None:
    found = _mentions(
        "COFFEE EXPORTS",
        "Exports rose, the Zandovian Coffee Institute (IZC) said. IZC officials said the "
        "quota would hold.\n",
    )
    assert found["Zandovian Coffee Institute"] == ["Zandovian Coffee Institute", "IZC", "IZC"]
