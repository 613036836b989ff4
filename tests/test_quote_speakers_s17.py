"""A body the text only describes ("the company said", "the finance department said")
is not a capitalised word of a common noun ("Financial institutions") nor a firm the
description's own sentence names as an object ("asked its adviser Granite Partners to").
Short articles written for these tests."""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return annotate(paragraphs_article(*paragraphs), Registry()).quotes


def test_a_body_word_opening_a_sentence_does_not_speak_for_a_department():
    quotes = _quotes(
        "Canada will raise the tax rate on banks, the finance minister said.",
        'Financial institutions "will protest, but we think the changes are fair," said one'
        " finance department official who asked not to be named.",
        "Ottawa will take more revenue from banks by cutting the reserves they can deduct,"
        ' which "will widen the tax base for this sector," the finance department said.',
    )
    assert quotes[-1].speaker != "Financial"
    assert quotes[-1].speaker is None or "department" in quotes[-1].speaker.lower()


def test_the_company_is_not_the_adviser_its_sentence_names():
    quotes = _quotes(
        "Acme Widgets Inc said on Tuesday it would study a sale of its lamp unit.",
        "Bolt Industries Corp offered 20 dlrs a share for Acme last month.",
        "The Acme board rejected the offer from Bolt Industries Corp, citing an opinion from"
        ' its adviser, Granite Partners and Co Inc, that it is "too low for the holders of'
        ' shares," the company said.',
    )
    assert quotes[-1].speaker == "Acme Widgets Inc"


def test_the_one_a_medium_quoted_as_saying_speaks():
    quotes = _quotes(
        "Japan will lend money for a car plant in Poland, officials said.",
        'The Tass news agency quoted Mikhail Gorbachev as saying, "We want good relations'
        ' with Japan."',
        'Marek Nowak was quoted by the agency as saying, "The plant will be built soon."',
    )
    assert [q.speaker for q in quotes] == ["Mikhail Gorbachev", "Marek Nowak"]
