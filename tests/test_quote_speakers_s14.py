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
