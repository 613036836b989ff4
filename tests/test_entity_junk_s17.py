"""Brief s17-junk: junk pages and pages of the wrong kind (generator/index/evidence.py;
annotate/quotes/names.py, resolution.py; annotate/entities/sanity.py): a partner's name
cut from a firm's name that its legal form ends, read as a person; an owner's name glued
to its unit's when the possessive between them is dropped, a speaker's name no text
writes; a ranking's name ("Fortune 500") and a compass point of an adjective ("West
German") read as a body and a place; a name a broken ticker bracket cuts ("<Chemical
Bank of New <York>"); a portfolio cut from a minister's title ("National Security Adviser
Frank Carlucci"). Short articles written for each idea."""

from __future__ import annotations

from quote_fixtures import paragraphs_article
from test_entity_resolution import _pages, _tagged_index

from generator.annotate.article import annotate
from generator.annotate.entities.candidates import Candidate
from generator.annotate.entities.sanity import sane
from generator.annotate.registry import Registry
from generator.model import Quote


def test_a_partners_name_before_a_firms_legal_form_is_no_person() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "The underwriters are Harrow Inc, Tamsin Vell and Okoro Inc, and "
                    "Brandt Securities Corp.",
                    [("Tamsin Vell", "person"), ("Harrow Inc", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Prices will rise, said Dorrit Kael and Mabry (Futures) analyst John Dale.",
                    [("Dorrit Kael", "person"), ("John Dale", "person")],
                ),
                "content/2031/05/c-05.txt": (
                    "Lina Osei and Mark Tull, two former officers, wrote the letter.",
                    [("Lina Osei", "person"), ("Mark Tull", "person")],
                ),
            }
        )
    )
    assert "Tamsin Vell" not in pages, pages
    assert "Dorrit Kael" not in pages, pages
    assert pages.get("John Dale") == "person", pages
    assert pages.get("Lina Osei") == "person", pages


def test_an_owner_and_its_unit_make_no_speakers_name() -> None:
    unit = _quotes(
        "Harwick Motors Corp's Harwick Credit Services said it will offer"
        ' "preferred customers" pre-approved credit.'
    )
    assert [quote.speaker for quote in unit] == ["Harwick Credit Services"]
    institute = _quotes(
        "Tolmen University's Institute for Trade Studies said exports would rise.",
        "In a report the Tolmen institute said growth would hold.",
        '"The danger that exports will slump appears limited," the report said.',
    )
    assert [quote.speaker for quote in institute] == ["Tolmen institute"]  # as written
    one_name = _quotes('"The outlook is negative," Dolby\'s Investors Service said.')
    assert [quote.speaker for quote in one_name] == ["Dolby Investors Service"]


def test_a_rankings_name_before_its_round_number_is_no_mention() -> None:
    article = paragraphs_article(
        "Harwick Corp said the unit would rank among the top 100 of the Fortune 500,"
        " and it sells to Fortune 500 companies.",
        "Fortune magazine said in its April issue that profits fell.",
        "Ford said its 1986 profit rose. It will sell Harwick 900,000 shares.",
    )
    entities = annotate(article, Registry()).entities
    texts = {m.text: e.type for e in entities for m in e.mentions}
    fortune = [m for e in entities for m in e.mentions if m.text == "Fortune"]
    assert len(fortune) == 1 and article.text[fortune[0].end :].startswith(" magazine"), texts
    assert "Ford" in texts and "Harwick" in texts, texts


def test_a_compass_point_before_a_nationality_is_no_place() -> None:
    text = "It was the biggest rights issue in West German history, and the West gained."
    adjective = text.index("West German")
    assert not sane(Candidate(adjective, adjective + 4, "place", "crf"), text)
    alone = text.rindex("West")
    assert sane(Candidate(alone, alone + 4, "place", "crf"), text)  # the earn rules' call


def test_a_name_cut_by_a_broken_ticker_bracket_is_no_mention() -> None:
    article = paragraphs_article(
        "Lenders include Harwick Trust Co <HTC>, <Corwen Bank of New <York>, and the"
        " <First Harwick Bank of Chicago>.",
        "Prices will rise, said analyst Arjen Los.",
    )
    names = {e.name for e in annotate(article, Registry()).entities}
    assert "Corwen Bank of New" not in names, names
    assert "First Harwick Bank of Chicago" in names and "Arjen Los" in names, names


def test_a_portfolio_before_a_ministers_title_is_no_body() -> None:
    article = paragraphs_article(
        "Mines and Energy Minister Gareth Tolland told the conference taxes would fall.",
        "U.S. Energy Secretary John Harwick said imports rose.",
        "Kestrel Petroleum chairman Armand Vell disagreed, and the Department of Energy"
        " Secretary John Harwick did not.",
    )
    names = {e.name for e in annotate(article, Registry()).entities}
    assert not {"Mines and Energy", "U.S. Energy"} & names, names
    assert {"Kestrel Petroleum", "Gareth Tolland", "John Harwick"} <= names, names


def _quotes(*paragraphs: str) -> list[Quote]:
    return annotate(paragraphs_article(*paragraphs), Registry()).quotes
