"""Issue 24, session 13: names cut out of a longer name, or with a word of the sentence
glued on. A possessive between an owner and what it owns, a hyphenated first word, a
sentence's first word before a name the article gives on its own, a common word that
opens a sentence. Every article is invented."""

from __future__ import annotations

from generator.annotate.article import annotate
from generator.annotate.entities.candidates import Candidate, trim_candidate
from generator.annotate.registry import Registry
from generator.model import Article
from generator.read import read_source


def _article(body: str) -> Article:
    text = "BOND MARKETS QUIET\n\nNEW YORK, March 3 - " + body + "\n"
    return annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)


def _names(body: str) -> set[str]:
    return {e.name for e in _article(body).entities}


def test_an_owner_named_on_its_own_is_no_part_of_its_units_name() -> None:
    article = _article(
        "Exxon Corp's Exxon Chemical Co unit said it will make food trays. Exxon said "
        "output would rise. Exxon's Chemical's Plastic Packaging Division, which will make "
        "the trays, runs nine plants in the U.S."
    )
    names = {e.name for e in article.entities}
    assert not {n for n in names if "'s" in n}, names
    owner = article.text.index("Exxon's")
    assert any(m.start == owner for e in article.entities for m in e.mentions), names


def test_a_possessive_after_of_ends_the_owners_name() -> None:
    names = _names(
        "Central Bancshares of the South's Central Bank of the South said it raised its "
        "prime rate to 7.5 pct."
    )
    assert "Central Bank of the South" in names, names
    assert not {n for n in names if n.startswith("South's")}, names


def test_a_persons_possessive_before_a_company_is_the_person_and_the_company() -> None:
    names = _names("Ivan Boesky's Seemala Corp bought 5 pct of the shares, a filing said.")
    assert {"Ivan Boesky", "Seemala Corp"} <= names, names


def test_a_hyphenated_first_word_begins_a_companys_name() -> None:
    names = _names(
        "Tennant Corp said the sale of its Orland Paper Co unit to Freeport-Kestrel "
        "Resource Partners Ltd has cleared antitrust review."
    )
    assert "Freeport-Kestrel Resource Partners Ltd" in names, names
    assert "Kestrel Resource Partners Ltd" not in names, names


def test_a_sentences_first_word_before_a_name_given_alone_is_no_part_of_it() -> None:
    names = _names(
        "Ruling Democratic Justice Party chairman Roh Tae-woo said the vote would be held "
        "in May. The Democratic Justice Party holds a majority."
    )
    assert "Democratic Justice Party" in names, names
    assert "Ruling Democratic Justice Party" not in names, names
    names = _names(
        "President Reagan will speak at noon. Athough Reagan's topic was not disclosed, "
        "aides said it was trade."
    )
    assert "Athough Reagan" not in names, names
    names = _names(
        "Donald Trump leads the polls in Iowa. Chasing Trump and Cruz was Rubio, who has "
        "won major endorsements from party leaders."
    )
    assert "Chasing Trump" not in names, names


def test_a_common_word_opening_a_sentence_is_no_body() -> None:
    names = _names(
        "Cocoa producing countries must map out a common strategy after the failure of "
        "the International Cocoa Organization, a trader said. The cocoa exporters met."
    )
    assert "Cocoa" not in names, names
    assert "International Cocoa Organization" in names, names


def test_a_role_in_a_deal_is_no_part_of_the_firms_name() -> None:
    names = _names("Underwriter Moseley Holding Corp said the offering was priced at 12 dlrs.")
    assert "Moseley Holding Corp" in names, names
    assert "Underwriter Moseley Holding Corp" not in names, names


def test_a_bodys_name_goes_on_past_and_to_a_second_people() -> None:
    names = _names(
        "Ned Tarkin is president of the Amber Council of Americans and Eurasians in "
        "Houston. The Amber Council paid for the trip."
    )
    assert "Amber Council of Americans" not in names, names
    assert "Amber Council of Americans and Eurasians" in names, names


def test_a_person_said_to_speak_is_no_part_of_the_body_they_are_of() -> None:
    names = _names("Rates will rise, said Tadeo Marika of Sumitomo Bank Ltd.")
    assert "Tadeo Marika" in names, names
    assert not {n for n in names if n.startswith("Tadeo Marika of")}, names


def test_a_legal_forms_full_stop_ends_the_name_before_the_next_sentence() -> None:
    names = _names(
        "Harbor Marketing Inc and its president, Elias Varn, hold 20 pct of Dolan Inc. "
        "Harbor Marketing and Varn said they would evaluate their alternatives."
    )
    assert not {n for n in names if n.startswith("Dolan Inc. ")}, names
    assert "Dolan Inc." in names, names


def test_no_opening_a_name_inside_a_sentence_is_the_names_first_word() -> None:
    text = "It cut the tests that No Child Left Behind mandated, and the No Child Left Behind law."
    start = text.index("No Child")
    span = Candidate(start, start + len("No Child Left Behind"), "place", "crf")
    parts = trim_candidate(span, text)
    assert [text[c.start : c.end] for c in parts] == ["No Child Left Behind"]


def test_a_persons_possessive_before_their_namesake_company() -> None:
    names = _names(
        "Diaz said Australian brewer Kevin Parry's Parry Corp Holdings Ltd had offered 150 "
        "pesos per share for the B shares."
    )
    assert {"Kevin Parry", "Parry Corp Holdings Ltd"} <= names, names


def test_a_given_name_no_list_knows_before_the_rest_of_a_name() -> None:
    names = _names(
        "Compare my case to that of Sant Singh Varwal, hotelier and Democratic fundraiser. "
        "In 2012, Varwal pleaded guilty to making straw donations."
    )
    assert "Sant Singh Varwal" in names, names
    assert "Singh Varwal" not in names, names
