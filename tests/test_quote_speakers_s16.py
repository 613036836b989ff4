"""Quotations whose speaker the sentence before or around them gives without a name next
to the verb: "He gave no details but said, "..."", "X predicted ... . "..."", an opening
participle ("Speaking after the vote, X said"). Short articles written for these tests."""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return annotate(paragraphs_article(*paragraphs), Registry()).quotes


def test_but_said_joins_the_verbs_of_the_sentences_subject():
    quotes = _quotes(
        "The Philippines will offer bonds to its creditor banks, Finance Secretary Jaime"
        " Ortigas told reporters.",
        'He did not give details but said, "The bonds will be attractive to the banks."',
    )
    assert quotes[-1].speaker == "Jaime Ortigas"


def test_but_added_after_a_described_speaker_keeps_the_description():
    quotes = _quotes(
        '"We keep the pact," a spokesman for the Trade Ministry told Reuters.',
        "The spokesman said some companies sold chips in Asia below the agreed prices, but"
        ' added: "It is only a matter of time before we solve this."',
    )
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.lower() == "the spokesman"


def test_a_quotation_after_what_someone_predicted_is_theirs():
    quotes = _quotes(
        "Bill Sutton of Harris Bank expects lower rates this spring.",
        'Sutton predicted the Fed will ease by Easter. "They have room to move now."',
    )
    assert quotes[-1].speaker == "Bill Sutton"


def test_an_opening_participle_is_not_the_subject():
    quotes = _quotes(
        "Appearing before supporters on Monday, Aung Thein, 70, said it was too early to"
        ' congratulate winners but added, "I think you all have an idea of the results."',
    )
    assert quotes[-1].speaker == "Aung Thein"
