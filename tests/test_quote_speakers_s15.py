"""Wire copy whose speakers the strict readers found given to someone else: an official of
another body or nation, a firm's name before its analyst, the subject of an aside, the
bank named last. Short articles written for these tests."""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return annotate(paragraphs_article(*paragraphs), Registry()).quotes


def test_a_ministry_official_is_not_a_secretary_of_another_body():
    quotes = _quotes(
        "Treasury Secretary Carl Brandt said at the weekend the currency pact needed review.",
        "Tokyo dealers sold dollars after the remark, and Brandt kept silent on Monday.",
        "Brandt met bankers in New York and Brandt spoke to congressional leaders as well.",
        '"Without such a pact, Brandt would never have spoken so openly," the ministry'
        " official said.",
    )
    assert quotes[-1].speaker != "Carl Brandt"


def test_a_us_official_is_not_the_french_prime_minister():
    quotes = _quotes(
        "French Prime Minister Jacques Morel arrived in Washington for two days of talks.",
        '"We are your oldest ally," Morel told reporters at the airport.',
        'The U.S. official described the farm plan as a "grain cartel" and said it would fail.',
    )
    assert quotes[-1].speaker != "Jacques Morel"


def test_the_comma_of_a_firms_name_before_its_analyst_does_not_end_the_speaker():
    quotes = _quotes(
        "Canadian banks face pressure over their loans to Brazil, analysts said.",
        'Such action "would weigh on the banks," Levant, Brodeur Inc Toronto-based bank'
        " analyst Donna Pires told Reuters.",
    )
    assert quotes[0].speaker == "Donna Pires"


def test_a_name_at_a_firm_opening_the_sentence_is_the_speaker_not_the_firm():
    quotes = _quotes(
        "Bank analyst Michael Walsh at First Harbour Securities Ltd said the talks were slow.",
        "Walsh at First Harbour suggested, however, that the dispute was so complex that"
        ' "it could drag on for a year."',
    )
    assert quotes[-1].speaker == "Michael Walsh"


def test_what_a_spokeswoman_called_is_hers_not_the_body_that_renewed_a_warning():
    quotes = _quotes(
        "The State Department renewed its warning to travellers because of what spokeswoman"
        ' Helen Marsh called, "its reckless policies."',
    )
    assert quotes[0].speaker == "Helen Marsh"


def test_with_a_name_describing_is_that_name_not_the_place_described():
    quotes = _quotes(
        "President Frank Moreau welcomed Prime Minister Jean Caron at the palace.",
        "Both leaders stressed the long ties between the two nations, with Moreau describing"
        ' the country as "our oldest friend in war and peace."',
    )
    assert quotes[-1].speaker == "Frank Moreau"


def test_words_a_source_quoted_them_as_saying_are_not_the_sources_own():
    quotes = _quotes(
        "Finance Minister Ana Ruiz and central bank governor Pablo Ortega met party leaders.",
        '"And if things turned sour, they could turn very sour," a source quoted them as saying.',
    )
    assert quotes[-1].speaker is None or "quoted" not in quotes[-1].speaker


def test_the_treasury_secretary_is_the_secretary_the_text_named():
    quotes = _quotes(
        "Treasury Secretary James Barker said the debt plan would work.",
        'Barker rejected debt relief. "If we write it all off, these countries will wither,"'
        " the Treasury Secretary said.",
    )
    assert quotes[-1].speaker == "James Barker"


def test_a_prince_speaking_in_an_interview_with_a_magazine_is_the_speaker():
    quotes = _quotes(
        "Prince Khalid, in an interview with the Gulf magazine Al-Wasat, carried by the"
        ' official news agency, said: "Important progress will come within months."',
    )
    assert quotes[0].speaker != "Al-Wasat"
    assert "Khalid" in (quotes[0].speaker or "")


def test_the_bank_of_a_lead_is_the_buyer_that_opens_it_not_the_seller_named_last():
    quotes = _quotes(
        "MADRID, March 5 - <Banco Meridional> signed a letter of intent with Bank of Oregon"
        " <BOR> to buy its German affiliate, the bank said in a statement.",
        '"The purchase gives our group a base in Germany," the statement said.',
    )
    assert quotes[0].speaker == "Banco Meridional"


def test_he_after_a_state_department_source_is_that_source_not_a_people_named():
    quotes = _quotes(
        "Secretary of State Walter Hayes will not oppose the grain sale, a State Department"
        " official said.",
        "The Soviets want a higher subsidy this time, the State Department source said.",
        '"What the Soviets want is the lowest price paid by anyone," he said.',
        "Hayes met the farm lobby on Tuesday and Hayes said little afterwards.",
        '"The sale is not a foregone conclusion," the State Department official said.',
    )
    assert quotes[0].speaker not in ("Soviets", "Walter Hayes")
    assert quotes[-1].speaker != "Walter Hayes"


def test_the_bank_of_japan_official_makes_no_person_of_japan():
    quotes = _quotes(
        "The currency pact still holds, a senior Bank of Japan official said.",
        '"The market is reacting too much," the Bank of Japan official told Reuters.',
        "He also said Japan has received no request on its monetary policy.",
        '"We are not guiding interest rates higher," he added.',
    )
    assert all(q.speaker != "of Japan" for q in quotes)


def test_he_after_however_a_fund_manager_is_that_manager_not_the_analyst_named_before():
    quotes = _quotes(
        "Analyst Simon Hale of Barton Securities expected shares to recover this week.",
        '"The problems of New York do not exist here," Hale said.',
        "However, a stocks fund manager at a major trust bank made a gloomier prediction."
        ' "You cannot ignore New York," he said.',
        '"Foreigners will be selling," he said.',
    )
    assert [q.speaker for q in quotes[1:]] == ["a stocks fund manager"] * 2


def test_an_investor_or_an_underwriter_the_text_describes_is_shown_as_described():
    quotes = _quotes(
        "Retired investors held on to their shares despite the fall, brokers said.",
        '"I don\'t sell," declared one elderly investor, who said he owned many stocks.',
        '"Firms will borrow only what they must," said an underwriter with a Wall Street firm.',
    )
    assert [q.speaker for q in quotes[:2]] == ["one elderly investor", "an underwriter"]
    assert all(q.speaker_id is None for q in quotes[:2])
