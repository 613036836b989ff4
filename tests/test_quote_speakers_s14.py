"""Speakers a reader would not give the words to: the person whose aide speaks, the
person the sentence's subject is not. Short articles written for these tests."""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return annotate(paragraphs_article(*paragraphs), Registry()).quotes


def test_the_person_whose_aide_is_named_is_not_the_subject_a_pronoun_means():
    quotes = _quotes(
        "Senator Maria Delgado toured the shipyard on Tuesday and promised new contracts for"
        " the yard.",
        '"We will not let this town down," Delgado told the workers.',
        'Delgado press secretary Ellen Vance said the senator would return in May. "The'
        ' workers here deserve an answer, not another delay," she said.',
    )
    assert quotes[-1].speaker == "Ellen Vance"


def test_he_before_the_quotation_is_the_subject_of_his_own_sentence():
    quotes = _quotes(
        'Foreign Minister Paul Renard said the test "cannot be left without an answer."',
        "Secretary General Tomas Halvorsen condemned what he called a"
        ' "reckless breach" of the treaty.',
        '"I count on the council to stay united," he told reporters.',
    )
    assert [q.speaker for q in quotes[1:]] == ["Tomas Halvorsen", "Tomas Halvorsen"]


def test_he_after_a_quotation_opened_by_a_colon_is_the_one_named_before_the_colon():
    quotes = _quotes(
        '"The mayor wins the endorsement of his own press office," Victor Lamb wrote.',
        'Peter Crane, a longtime rival, fired back: "We know you are rooting for him too,"'
        " he wrote.",
    )
    assert quotes[-1].speaker == "Peter Crane"


def test_his_aide_is_not_the_man_the_text_is_about():
    quotes = _quotes(
        "Governor Dan Ortiz, 71, would be the oldest man to hold the office.",
        "Ortiz has kept a punishing schedule of rallies across the state.",
        'According to his longtime personal physician, Ortiz is "in excellent health."',
        '"His strength and stamina are extraordinary," his longtime personal physician'
        " wrote in a letter.",
    )
    assert quotes[-1].speaker_id is None
    assert quotes[-1].speaker != "Dan Ortiz"


def test_the_second_half_of_a_broken_quotation_is_not_the_paper_in_between():
    quotes = _quotes(
        "Carla Moreno, a technology investor, will speak at the convention next week.",
        '"Many people are unsure this year," Moreno wrote in a statement to Harbor Weekly'
        ' explaining why she is speaking, "but most agree the country is on the wrong'
        ' track."',
    )
    assert [q.speaker for q in quotes] == ["Carla Moreno", "Carla Moreno"]
