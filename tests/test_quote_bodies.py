"""Quotations whose speaker is a body, a document or "it": the text decides who speaks.

A body or publication the cue's subject names is the speaker; "it" and "the statement"
are the body whose statement the story reports (the subject of the sentences before,
the issuer of the statement), never simply the nearest organization; when the text
does not tell, the quotation stays open. Short articles written for these tests.
"""

from __future__ import annotations

import re

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.quotes.attribution import find_quotes
from generator.annotate.registry import Registry
from generator.model import Entity, Mention, Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return annotate(paragraphs_article(*paragraphs), Registry()).quotes


# --------------------------------------------------------------------------- "it"


def test_it_after_a_company_said_is_that_company():
    (quote,) = _quotes(
        "Harlow Stores Corp said sales for the four weeks rose 9.5 pct to 300 mln dlrs.",
        'It called the pace of the sales "encouraging, with strength in every division."',
    )
    assert quote.speaker == "Harlow Stores Corp"
    assert quote.speaker_id == "organizations/harlow-stores-corp"
    assert quote.attribution == "pronoun"


def test_it_passes_back_over_sentences_whose_subject_is_it():
    *_, quote = _quotes(
        "Brenton Mills Inc said it expects higher profits in 1988.",
        "It said its new mill would open in May. It also said prices would hold.",
        '"Demand for paper has never been stronger," it added.',
    )
    assert quote.speaker == "Brenton Mills Inc"


def test_it_after_a_body_described_in_the_sentence_before_is_that_body():
    (quote,) = _quotes(
        "The ruling party's national executive committee said it was satisfied with the "
        'reforms. "No new measures are needed," it said.',
    )
    assert quote.speaker is not None
    assert "executive committee" in quote.speaker


def test_it_after_a_person_said_stays_open():
    (quote,) = _quotes(
        "Harlow Stores Corp reported higher sales.",
        "Chairman Walter Brigg said the chain would open ten stores.",
        'It called the plan "a bold step."',
    )
    assert quote.speaker is None


def test_it_after_two_bodies_said_together_stays_open():
    (quote,) = _quotes(
        "The companies said they would jointly own the hotel.",
        'It said the price was "fair to both sides."',
    )
    assert quote.speaker is None


# --------------------------------------------------------------------------- "the statement"


def test_the_statement_is_its_issuers_not_a_body_named_inside_it():
    quotes = _quotes(
        "The Treasury said it would join a bridge loan to Tarvia.",
        '"Our support for the program is firm," the Treasury statement said.',
        "The one-page statement noted the International Monetary Fund had approved a "
        "stand-by arrangement for Tarvia.",
        '"Tarvia is expected to qualify for IMF financing," the statement said.',
    )
    assert [q.speaker for q in quotes] == ["Treasury", "Treasury"]


def test_the_statement_by_a_body_speaks_for_it_though_a_medium_carried_it():
    quotes = _quotes(
        "The news agency Parsa quoted a statement as saying the offensive was over.",
        "The statement by the Northern High Command marked the end of the assault.",
        '"The operation has ended in victory," said the statement quoted by Parsa.',
    )
    assert quotes[-1].speaker == "Northern High Command"


def test_a_statement_issued_by_the_sentences_subject_is_that_bodys():
    (quote,) = _quotes(
        "In a statement issued late last night, the Bank of Wessex said reserves would rise.",
        '"There is excess liquidity in the economy," the statement said.',
    )
    assert quote.speaker == "Bank of Wessex"


def test_a_statement_whose_issuer_the_text_never_gives_stays_the_texts_words():
    (quote,) = _quotes(
        "Prices rose again in March, traders said.",
        'The statement noted the Fund had approved a loan. "Growth will return," the '
        "statement said.",
    )
    assert quote.speaker_id is None


def test_a_document_of_a_paper_named_by_a_short_name_is_that_papers():
    quotes = _quotes(
        "The Daily Herald ran a long piece on the mayor this week.",
        "Ten years ago, a Herald article hailed him as a reformer.",
        '"He has changed the city for the better," the article read.',
    )
    assert quotes[-1].speaker == "Daily Herald"


# --------------------------------------------------------------------------- evals' shapes


def test_find_quotes_without_entities_resolves_it_to_the_company():
    quotes = find_quotes(
        paragraphs_article(
            "Corvale Systems Inc said it would cut prices on all its computers.",
            '"Price changes will have minimal net impact on a typical customer," it added.',
        )
    )
    assert quotes[0].speaker == "Corvale Systems Inc"


# --------------------------------------------------------------------------- "the company"


def test_the_company_is_the_subject_that_spoke_not_the_company_named_last():
    *_, quote = _quotes(
        "Corvale Air Group Inc rejected the Tamber Airlines Inc offer.",
        "Corvale said its board would meet Bardon Aviation Inc on Friday.",
        'The company said the offer was "highly conditional."',
    )
    assert quote.speaker == "Corvale Air Group Inc"


def test_a_described_body_none_named_fits_keeps_the_texts_words_not_the_last_body():
    (quote,) = _quotes(
        "Banks cautioned the Fed board about the Arden Bank Group plan.",
        'However, the staff concluded, "The risks of such contracts are now significant."',
    )
    assert quote.speaker == "the staff" and quote.speaker_id is None


def test_a_described_body_is_the_firm_the_sentence_before_has_as_subject():
    (quote,) = _quotes(
        "Hollis and Pyne Inc said the utility's ratings were lowered.",
        '"This order set stringent standards for the plants," the ratings agency said.',
    )
    assert quote.speaker == "Hollis and Pyne Inc"


# --------------------------------------------------------------------------- more shapes


def test_it_after_a_body_opening_a_sentence_without_a_speech_verb_is_that_body():
    *_, quote = _quotes(
        "The Trade Commission of Arden said in a report that the budget was short.",
        'The Commission blamed the "reluctance" of governments to pay. "Practices have '
        'emerged which disguise the real cost," it said.',
    )
    assert quote.speaker is not None and "Commission" in quote.speaker


def test_it_after_the_paper_said_is_the_paper_as_the_text_gives_it():
    *_, quote = _quotes(
        "Lenders would have to state the exposure in writing, the paper said.",
        'On collateral, it said this "should only count in exceptional cases."',
    )
    assert quote.speaker == "the paper" and quote.speaker_id is None


def test_a_document_of_a_kind_that_names_its_body_is_that_bodys():
    (quote,) = find_quotes(
        paragraphs_article(
            "Harrow Steel invested in Corvale Systems Inc, which the exchange rates had "
            '"made an attractive investment," according to a Corvale statement.',
        )
    )
    assert quote.speaker is not None and quote.speaker.startswith("Corvale")


def test_a_firm_named_like_a_trade_is_the_firm_not_a_person_of_that_trade():
    *_, quote = _quotes(
        "Baker International Corp said it sued Hughes Tool Co to complete the merger.",
        "Chairman Walter Brigg of Hughes said the board would meet on Friday.",
        'Baker said the new terms were "more burdensome" than the old ones.',
    )
    assert quote.speaker is not None and quote.speaker.startswith("Baker")


def test_a_body_before_except_to_say_is_not_the_one_saying():
    (quote,) = _quotes(
        "Finance Minister Marco Ruiz spoke to reporters on Monday.",
        "He declined to comment on talks with the 13-bank advisory committee except to "
        'say, "they are progressing."',
    )
    assert quote.speaker is None or "committee" not in quote.speaker


def test_a_firms_short_name_the_story_links_to_it_is_no_person_to_quote():
    # "Harlan" is a mention of Harlan Group Inc (its title's short name joins it too):
    # "he" after "The spokesman said Harlan had ..." is the spokesman, not a person Harlan
    article = paragraphs_article(
        "NEW YORK, March 5 - The SEC is looking into a bid for Trelon Corp. Harlan Group "
        "Inc, which arranged the bid, was asked for papers.",
        "A Harlan spokesman said the SEC had asked for information a few months ago.",
        "The spokesman said Harlan had cooperated with the agency and heard nothing more.",
        '"As far as we know, Harlan is not the target of a formal inquiry" into the bid, he said.',
    )
    mentions = [
        Mention(m.start(), m.end(), m.group())
        for m in re.finditer(r"Harlan(?: Group Inc)?", article.text)
    ]
    article.entities.append(
        Entity(
            "organizations/harlan-group-inc", "organization", "Harlan Group Inc", mentions=mentions
        )
    )
    (quote,) = find_quotes(article)
    assert quote.speaker_id != "people/harlan" and quote.speaker == "The spokesman", quote


def test_a_paper_named_with_a_possessive_is_the_speaker_not_its_last_word():
    (quote,) = _quotes(
        'The People\'s Daily said: "In recent years prices have risen too fast."',
    )
    assert quote.speaker == "People's Daily"


def test_he_after_an_unnamed_source_is_that_source_not_a_name_in_his_report():
    quotes = _quotes(
        "Share issues are off the agenda, Western diplomats said.",
        "A Western diplomat said the change may follow the resignation of party chief Hu "
        'Qiaolin. He said: "What happens if the value falls?"',
        'One Chinese journalist said conditions are not ripe. "In China, a firm is not its '
        'own master," he said.',
    )
    assert [q.speaker for q in quotes] == ["A Western diplomat", "One Chinese journalist"]
