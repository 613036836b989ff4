"""Quotations in modern news whose cue names someone who did not speak.

Whom one tells (`told Fox News`), where one says it (`said on Twitter`) and whom one
describes (`the man`, `his wife`) are not the speaker by themselves: when the words do
not tell who spoke, the quotation stays open with the text's own description rather
than going to the name at hand. Short articles written for these tests.
"""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return annotate(paragraphs_article(*paragraphs), Registry()).quotes


# ---------------------------------------------------------------- the listener


def test_whom_a_source_told_is_not_the_speaker():
    (quote,) = _quotes(
        "Federal agents have widened their inquiry into the loans, the network reported.",
        '"The agents involved are under a lot of pressure," an intelligence source, who was'
        " not authorized to speak on the record, told Fox News.",
    )
    assert quote.speaker == "an intelligence source"
    assert quote.speaker_id is None


def test_as_one_employee_told_a_paper_is_the_employee():
    (quote,) = _quotes(
        "Some workers felt betrayed after chief executive Karen Hale announced the layoffs.",
        'As one employee told the Palo Alto Weekly, "She wants to put fear in our hearts,'
        ' and she has done that."',
        "The cuts were needed, the board said.",
    )
    assert quote.speaker == "one employee"
    assert quote.speaker_id is None


def test_where_a_person_said_it_is_not_the_speaker():
    (quote,) = _quotes(
        "Jane Marlow announced she and her husband are expecting a second child.",
        "Marlow, 35, the daughter of former Mayor Tom Marlow, said on Twitter on Monday, in"
        ' reference to her first child, "Next summer, Ruth is going to be a big sister!"',
    )
    assert quote.speaker_id != "people/twitter"
    assert quote.speaker != "Twitter"


def test_the_agent_of_asked_by_speaks():
    (quote,) = _quotes(
        "Senator Tom Reade appeared on a late-night talk show on Friday.",
        "Reade was asked by host Bill Mahony, who backs him, "
        '"Are you tired of hearing about the emails, and is the story still moving?"',
    )
    assert quote.speaker == "Bill Mahony"


def test_said_smith_still_names_the_speaker():
    (quote,) = _quotes(
        "The council voted on the budget on Tuesday.",
        'Said council member Ruth Okafor: "We cannot keep cutting the libraries."',
    )
    assert quote.speaker == "Ruth Okafor"


# --------------------------------------------------------------- descriptions


def test_the_man_met_without_a_name_is_not_the_candidate():
    quotes = _quotes(
        "Senator Ellen Park drew lively crowds on Monday in the last hours before the vote.",
        "One man in Dover, responding to Park's account of the recession, interrupted her:",
        '"They stole the country," the man shouted.',
    )
    assert quotes[-1].speaker == "the man"
    assert quotes[-1].speaker_id is None


def test_the_woman_who_would_not_be_named_stays_open():
    quotes = _quotes(
        '"This is little Fort Ames!" said Dora Lane, 39, a waitress at a diner downtown.',
        "At a drugstore near the mosque, a middle-aged cashier was shaken by the talk.",
        '"Somebody said we should start hurting them," said the woman, who like many in the'
        " town did not want to be named.",
    )
    assert quotes[-1].speaker == "the woman"
    assert quotes[-1].speaker_id is None


def test_the_man_who_built_a_career_is_the_one_the_clause_tells():
    quotes = _quotes(
        "Vice President Joe Brandt campaigned in his home town of Elmira on Monday.",
        '"Our towns deserve someone who is with them," said the man who built his career on'
        " his blue-collar roots.",
    )
    assert quotes[-1].speaker == "Joe Brandt"


def test_his_wife_is_not_the_woman_the_story_is_about():
    quotes = _quotes(
        "Senator Ross Hale told supporters he would fight on against Governor Mary Kent.",
        "As the crowd cheered Hale in Fresno on Tuesday night, his wife whispered to him:",
        '"They are still with you."',
    )
    assert quotes[-1].speaker_id != "people/mary-kent"


# ------------------------------------------------------------------- subheads


def test_a_subhead_in_capitals_is_not_a_credit_line():
    quotes = _quotes(
        "Defense Secretary Ash Corder spoke to regional ministers in Singapore on Saturday.",
        "Corder said that for decades critics had predicted an American withdrawal.",
        '"That is because this region remains the most consequential for our own security."',
        "TRUMP COUNTER.",
        "In an apparent counter to the candidate's policies, Corder promised to stay.",
    )
    assert quotes[0].speaker_id != "people/trump-counter"
    assert quotes[0].speaker != "TRUMP COUNTER"


def test_a_credit_line_under_a_pull_quote_still_names_the_speaker():
    quotes = _quotes(
        "The harbour reopened on Monday after a week of storms.",
        '"We have never seen the water this high in forty years of keeping the port."',
        "Ilse Varga, harbour master",
        "Ships waited outside the breakwater for three days.",
    )
    assert quotes[0].speaker == "Ilse Varga"
