"""Speakers whose subject holds a company's name written the wire's way.

Wire copy writes "&" as "and" and keeps the commas of old partnership names ("Kidder,
Peabody and Co"). Read as separate words, "The chairman of Acme Tire and Rubber Co"
made a person called "Rubber Co", and "Tom Hale, analyst with Smith Barney, Upham Harris
and Co said" gave the words to "and Co". Short articles written for these tests.
"""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Quote


def _quote(*paragraphs: str) -> Quote:
    (quote,) = annotate(paragraphs_article(*paragraphs), Registry()).quotes
    return quote


def test_the_chairman_of_a_company_is_no_person_named_by_the_companys_last_words():
    quote = _quote(
        "The chairman of Acme Tire and Rubber Co, a concern that survived a hostile bid,"
        ' charged that "pirates in grey suits" are harming the nation\'s factories.'
    )
    assert quote.speaker == "The chairman of Acme Tire and Rubber Co"
    assert quote.speaker_id is None


def test_an_analyst_at_a_firm_with_a_comma_in_its_name_is_the_speaker():
    quote = _quote(
        'Ann Lee, analyst at Kidder, Peabody and Co said the order "will not move the stock."'
    )
    assert quote.speaker == "Ann Lee"


def test_a_word_before_the_role_keeps_the_name_as_speaker():
    quote = _quote(
        'Tom Hale, oil analyst with Smith Barney, Upham Harris and Co said, "prices will hold'
        ' for a while."'
    )
    assert quote.speaker == "Tom Hale"


def test_president_and_chief_executive_of_a_body_is_the_person_named_before():
    quote = _quote(
        "Anna Brook, president and CEO of Ohio Grocers Association stated, \u201cIt is not a"
        " political problem; it is a math problem.\u201d"
    )
    assert quote.speaker == "Anna Brook"


def test_two_office_holders_writing_together_are_no_one_speaker():
    quote = _quote(
        'The proposals were a good start, "but we do not want them to feel they are alone in'
        ' this" on world trade, the president of the National Association of Oat Growers,'
        " NAOG, and the chairman of U.S. Oat Associates said in a letter to the minister."
    )
    assert quote.speaker == (
        "the president of the National Association of Oat Growers, NAOG, and the chairman"
        " of U.S. Oat Associates"
    )
    assert quote.speaker_id is None


def test_a_list_in_the_role_after_a_name_keeps_the_name():
    quote = _quote(
        "The new plans \u201care steps in the right direction,\u201d Jo Marsh, assistant"
        " secretary of state for population, refugees, and migration, said on the call."
    )
    assert quote.speaker == "Jo Marsh"


def test_a_firm_named_by_its_trade_is_no_person():
    quote = _quote(
        'Brook Corp\'s BFC Financial Services said it will offer "preferred customers"'
        " credit by mail."
    )
    assert quote.speaker_id is not None
    assert quote.speaker_id.startswith("organizations/")


def test_a_name_the_model_doubts_is_a_person_after_a_word_for_what_he_is():
    article = paragraphs_article(
        "Deputy trade minister Jan Kowal said exports would grow slowly.",
        "Nevertheless, Polish National Bank head Wladyslaw Baka, in talks in Geneva last week"
        " with the fund, made it clear that Poland wanted help.",
        'He was quoted by the agency as saying that Poland would pay, "but not in a short time."',
    )
    annotated = annotate(article, Registry())
    assert "Wladyslaw Baka" in {e.name for e in annotated.entities if e.type == "person"}
    (quote,) = annotated.quotes
    assert quote.speaker == "Wladyslaw Baka"


def test_a_description_the_text_says_is_unnamed_goes_to_no_one_named_before():
    article = paragraphs_article(
        '"The group has a supply problem," said Ray Dunn, oil analyst with Brook Securities Inc.',
        "But other analysts were unsure a meeting would help.",
        '"They have to learn how a buyers market works," said the regional manager for one'
        ' of the major oil companies who spoke on condition that he not be named. "The market'
        ' will teach them again," he added.',
    )
    first, second, third = annotate(article, Registry()).quotes
    assert first.speaker == "Ray Dunn"
    assert second.speaker_id is None
    assert second.speaker == "the regional manager"
    assert (third.speaker, third.speaker_id) == ("the regional manager", None)


def test_words_that_go_on_with_a_partial_quotation_are_not_its_speaker():
    quote = _quote(
        "A Wellan army communique said the troops had won a victory near the port.",
        '"Our forces are continuing their advance until they take the last hill" held by '
        "the Kestrel Guards, it said.",
    )
    assert quote.speaker is None or "communique" in quote.speaker  # open, or "it": the communique


def test_a_companys_division_after_a_rank_word_is_no_person_and_never_she():
    article = annotate(
        paragraphs_article(
            "Kestrel Machines Corp said vice president Paul R. Lowe has been named president "
            "of the Kestrel General Products Division, succeeding Ray Abell.",
            "A Rolm spokeswoman said Abell decided to step down for personal reasons.",
            "His decision, she said, was not related to the merger.",
            '"He wanted to take some personal time off," she said.',
        ),
        Registry(),
    )
    kinds = {e.name: e.type for e in article.entities}
    assert kinds.get("Kestrel General Products Division") == "organization"
    assert not [name for name, kind in kinds.items() if kind == "person" and "Division" in name]
    (quote,) = article.quotes
    assert quote.speaker is None or "Division" not in quote.speaker


def test_the_title_of_a_programme_is_no_quotation_and_takes_no_speaker():
    article = annotate(
        paragraphs_article(
            'Appearing on the WRT News program, "Face the Valley," Senator Ada Morrow said'
            ' the plan "could be in some trouble."',
            'Governor Ray Tillet told KVB\'s "Morning Desk" that he backed the plan.',
            'A clip of Tillet on "Meet the Voters" from 1999 spread online on Monday.',
        ),
        Registry(),
    )
    assert [q.text for q in article.quotes] == ['"could be in some trouble."']
    assert article.quotes[0].speaker == "Ada Morrow"


def test_a_speaker_named_after_an_abbreviated_title_and_a_second_role():
    quote = _quote(
        '"He has the trust of the caucus," said former Oregon Sen. and party elder Paul Dunmore.'
    )
    assert quote.speaker == "Paul Dunmore"


def test_a_bodys_name_after_a_title_word_is_no_person_to_take_a_pronoun():
    article = annotate(
        paragraphs_article(
            "Kestria applied to join the General Agreement on Tariffs and Trade (GATT) in"
            " July 1986. The body regulates 80 pct of world trade.",
            "One diplomat said the prospects of Kestria are good, with its application"
            " supported by Japan.",
            '"The fear is that if Kestria was refused entry, it would turn away," he said.',
            "Another said the Soviet Union was waiting in the wings.",
            '"If GATT accepted Kestria, it would be hard not to accept the Soviet Union," he said.',
        ),
        Registry(),
    )
    assert [q.speaker for q in article.quotes] == ["One diplomat", None]


def test_words_that_go_on_with_the_quoted_sentence_name_no_speaker():
    article = annotate(
        paragraphs_article(
            "Ada Morrow meets Paul Dunmore in the first debate on Monday.",
            "Morrow, a top aide said, \u201cis very confident in the contrast\u201d between"
            " her and Dunmore, and since 2008 she has often told her staff that she likes"
            " debates.",
        ),
        Registry(),
    )
    (quote,) = article.quotes
    assert quote.speaker == "a top aide"


def test_a_description_the_text_gave_an_unnamed_person_is_not_the_last_person_named():
    article = annotate(
        paragraphs_article(
            "Kestria had postponed its reform plans, western diplomats said.",
            "A western diplomat said the biggest reforms had been shelved since the"
            " resignation of party chief Ivo Marten in January.",
            '"This is a modest reform, a repeat of what Kestria did before," the diplomat said.',
            "One of the country's top economists wrote in the party daily last week.",
            'The economist said, "Reform in any country causes anxiety."',
        ),
        Registry(),
    )
    assert [q.speaker for q in article.quotes] == ["the diplomat", "The economist"]


def test_a_firms_country_in_brackets_does_not_end_the_speakers_phrase():
    quote = _quote(
        '"The ministry has been busy all month," said Halvern Securities (Japan) associate '
        "vice president Peter Quillan."
    )
    assert quote.speaker == "Peter Quillan"


def test_a_firm_named_by_its_letters_and_and_is_the_speaker_not_its_last_letter():
    quote = _quote(
        "Standard and Poor's said it may cut the ratings of Halvern Motors Corp.",
        '"Halvern will be challenged to integrate these plants," S and P said.',
    )
    assert quote.speaker == "S and P"


def test_a_firm_with_and_in_its_name_before_its_analyst_is_not_the_speaker():
    quote = _quote(
        '"It will be hard to repeat last year," said Halvern and Bressle Ltd\'s securities '
        "analyst, Peter Quillan."
    )
    assert quote.speaker == "Peter Quillan"
