"""Quotation finding and speaker attribution (generator/annotate/quotes/).

The fixtures in tests/fixtures/quotes/ are short articles written for these tests,
one per pattern, each with a JSON file naming its quotations and their speakers.
"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quote_fixtures import evaluate, load_fixture, paragraphs_article

from generator.annotate.quotes.attribution import find_quotes
from generator.annotate.words import PRONOUNS
from generator.model import Article, Attribution, Entity
from generator.read.reader import read_article

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "content" / "2017" / "04" / "russian-envoy-says-no-progress.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"
FIXTURE_NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
ATTRIBUTIONS = set(get_args(Attribution))  # the record's vocabulary


# --------------------------------------------------------------------------- the sample


SAMPLE_QUOTES = [
    # (opening words of the quote, how the speaker is introduced)
    ('"In particular, there has been no progress in restoring', "lead"),  # the lead
    ('"If we speak seriously and look at the facts', "pronoun"),  # ... he said.
    ('"In particular, there has been no progress in restoring', "pronoun"),  # second half
    ('"NATO is deploying additional forces', "explicit"),  # Grushko elaborated
    ('"without involving the military', "explicit"),  # According to Grushko,
    ('"There is an increasing awareness', "description"),  # the Russian diplomat said
    ('"These issues are exceptionally difficult', "description"),  # second half
    ('"This is what we have been trying to explain', "explicit"),  # Grushko added
    ('"We will see how they respond', "explicit"),  # second half
    ('"Of course, they will come', "description"),  # the Russian diplomat said
    ('"Hundreds of those invited', "description"),  # second half
    ('"I have read reports saying', "explicit"),  # Grushko added
]


@pytest.fixture(scope="module")
def sample_quotes():
    article = read_article(SAMPLE)
    return article, find_quotes(article)


def test_sample_article_finds_every_direct_quotation_in_order(sample_quotes):
    article, quotes = sample_quotes
    openings = [opening for opening, _ in SAMPLE_QUOTES]
    assert [q.text[: len(o)] for q, o in zip(quotes, openings, strict=False)] == openings
    assert len(quotes) == len(SAMPLE_QUOTES)
    for quote in quotes:
        assert quote.text == article.text[quote.start : quote.end]
        assert quote.text[0] in '"“' and quote.text[-1] in '"”'


def test_sample_article_attributes_every_quote_to_grushko(sample_quotes):
    _article, quotes = sample_quotes
    assert [(q.speaker, q.speaker_id) for q in quotes] == [
        ("Alexander Grushko", "people/alexander-grushko")
    ] * len(SAMPLE_QUOTES)
    assert [q.attribution for q in quotes] == [how for _, how in SAMPLE_QUOTES]


def test_sample_article_quote_ids_are_sequential(sample_quotes):
    _article, quotes = sample_quotes
    assert [q.id for q in quotes] == [f"q{n}" for n in range(1, len(quotes) + 1)]


def test_sample_article_partial_quote_keeps_its_marks_and_excludes_the_rest(sample_quotes):
    _article, quotes = sample_quotes
    partial = quotes[4]
    assert partial.text == '"without involving the military, it’s not going to work"'
    assert partial.cue == "According to"


def test_quotes_are_found_only_in_title_lead_and_paragraphs():
    article = paragraphs_article(
        '"A quoted heading line here," said Anna Berg.', '"Also quoted here," Berg said.'
    )
    article.blocks[1].kind = "heading"
    quotes = find_quotes(article)
    assert [q.text for q in quotes] == ['"Also quoted here,"']


# --------------------------------------------------------------------------- fixtures


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_quotes_and_speakers_match_expectations(name):
    article, truths = load_fixture(FIXTURES / f"{name}.txt")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["quotes"]
    found = [(q.start, q.end) for q in article.quotes]
    assert found == [t.pieces[0] for t in truths], [q.text for q in article.quotes]
    for quote, item in zip(article.quotes, expected, strict=True):
        assert quote.speaker == item["speaker"], quote.text
        if "attribution" in item:
            assert quote.attribution == item["attribution"], quote.text
        for key in ("partial", "via", "same_as", "speaker_id"):
            if key in item:
                assert getattr(quote, key) == item[key], (key, quote.text)
        if item["speaker"] is None:
            assert quote.speaker_id is None and quote.attribution == "none"


def test_fixture_set_scores_perfectly_with_the_evaluator():
    results = evaluate(FIXTURES)
    assert results["quotes"] >= 20
    assert results["f1"] == 1.0
    assert results["speaker_accuracy"] == 1.0
    assert results["unattributed_accuracy"] == 1.0


def test_fixture_speakers_survive_the_full_annotate_stage_with_entities():
    results = evaluate(FIXTURES, with_entities=True)
    assert results["f1"] == 1.0
    assert results["speaker_accuracy"] >= 0.95, results["wrong_speakers"]


def test_sample_article_through_annotate_links_every_quote_to_the_grushko_entity():
    """With entities recognised, speakers take the entity's id, so the person's page
    gathers the quotes; whichever name recognition chose, it is one Grushko entity."""
    from generator.annotate.article import annotate
    from generator.annotate.registry import Registry

    article = annotate(read_article(SAMPLE), Registry())
    assert len(article.quotes) == len(SAMPLE_QUOTES)
    (speaker_id,) = {q.speaker_id for q in article.quotes}
    assert speaker_id.startswith("people/") and speaker_id.endswith("grushko")
    grushko = {e.id for e in article.entities if e.name.lower().endswith("grushko")}
    assert not grushko or speaker_id in grushko


def test_evaluator_counts_a_missed_quote_and_a_wrong_speaker(tmp_path):
    (tmp_path / "a.txt").write_text(
        'Headline here\n"We will win this race easily," said Mia Park.\n'
        "Nothing else was said that day.\n",
        encoding="utf-8",
    )
    (tmp_path / "a.json").write_text(
        json.dumps(
            {
                "quotes": [
                    {"text": '"We will win this race easily,"', "speaker": "Someone Else"},
                    {"text": "Nothing else was said that day.", "speaker": None},
                ]
            }
        ),
        encoding="utf-8",
    )
    results = evaluate(tmp_path)
    assert results["recall"] == 0.5
    assert results["precision"] == 1.0
    assert results["speaker_accuracy"] == 0.0


# --------------------------------------------------------------------------- patterns


def test_straight_and_curly_quotes_are_both_found():
    article = paragraphs_article(
        '"Straight marks work as well," said Ana Ruiz.',
        "“Curly marks work too,” Ruiz added.",
    )
    quotes = find_quotes(article)
    assert [q.text for q in quotes] == ['"Straight marks work as well,"', "“Curly marks work too,”"]
    assert {q.speaker for q in quotes} == {"Ana Ruiz"}


def test_surname_resolves_to_the_full_name_given_earlier():
    article = paragraphs_article(
        "Finance minister Carla Jensen presented the budget on Monday.",
        '"This budget protects pensions and schools alike," Jensen said.',
    )
    (quote,) = find_quotes(article)
    assert (quote.speaker, quote.speaker_id, quote.attribution) == (
        "Carla Jensen",
        "people/carla-jensen",
        "explicit",
    )


def test_middle_initial_does_not_split_one_person_in_two():
    article = paragraphs_article(
        "Republican nominee Donald J. Trump spoke in Ohio.",
        '"We will win Ohio," Trump said.',
        '"And we will win big," said Donald Trump.',
    )
    assert {q.speaker_id for q in find_quotes(article)} == {"people/donald-trump"}


def test_speaker_id_comes_from_a_matching_entity_when_entities_are_known():
    article = paragraphs_article(
        "Finance minister Carla Jensen presented the budget on Monday.",
        '"This budget protects pensions and schools alike," Jensen said.',
    )
    article.entities = [Entity(id="people/carla-m-jensen", type="person", name="Carla M. Jensen")]
    (quote,) = find_quotes(article)
    assert (quote.speaker, quote.speaker_id) == ("Carla M. Jensen", "people/carla-m-jensen")


def test_speaker_id_picks_the_entity_whose_first_name_matches_among_namesakes():
    article = paragraphs_article(
        "Hillary Clinton and Bill Clinton arrived together in Denver.",
        '"We are delighted to be back in Colorado," Hillary Clinton said.',
    )
    article.entities = [
        Entity(id="people/bill-clinton", type="person", name="Bill Clinton"),
        Entity(id="people/hillary-rodham-clinton", type="person", name="Hillary Rodham Clinton"),
    ]
    (quote,) = find_quotes(article)
    assert quote.speaker_id == "people/hillary-rodham-clinton"


def test_pronoun_prefers_the_person_whose_gender_fits():
    article = paragraphs_article(
        "Senator Paul Grant criticised Governor Maria Soto over the bridge contract.",
        '"The contract was signed behind closed doors and must be published," she said.',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Maria Soto"
    assert quote.attribution == "pronoun"


def test_description_resolves_to_the_person_with_that_role():
    article = paragraphs_article(
        "Ambassador Lena Holt met Defence Secretary Tom Rhys in the capital on Friday.",
        "Rhys said the talks had been useful.",
        '"We agreed to meet again before the summer recess," the ambassador said.',
    )
    (quote,) = find_quotes(article)
    assert (quote.speaker, quote.attribution) == ("Lena Holt", "description")


def test_quote_with_no_speaker_in_the_article_is_left_unattributed():
    article = paragraphs_article(
        "The station reopened after a month of repairs.",
        'Someone had chalked a message on the wall: "Welcome back, we missed you all."',
    )
    quotes = find_quotes(article)
    assert quotes and all(q.speaker is None and q.attribution == "none" for q in quotes)


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ('"We will win this county," said one New Hampshire Democrat.', None),
        ('"We are reviewing the request," said a spokesman, Josh Earnest.', "Josh Earnest"),
        ('"It is too early to tell," an adviser to Mayor Ana Ruiz said.', None),
    ],
)
def test_indefinite_speakers_stay_unnamed_unless_named_in_apposition(paragraph, speaker):
    """An unnamed speaker shows as the text describes them and links to no page."""
    (quote,) = find_quotes(paragraphs_article(paragraph))
    if speaker is None:
        assert quote.speaker_id is None and quote.speaker and quote.speaker in paragraph
        assert quote.via == quote.speaker and quote.attribution == "description"
    else:
        assert quote.speaker == speaker and quote.speaker_id == "people/josh-earnest"


def test_plural_or_anonymous_speakers_are_not_given_a_name():
    article = paragraphs_article(
        "Mayor Ines Dahl announced the closure of the market hall.",
        '"This is a sad day for the whole neighbourhood," one stallholder said.',
    )
    (quote,) = find_quotes(article)
    assert (quote.speaker, quote.speaker_id) == ("one stallholder", None)


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ('"We are reviewing the request," the State Department said.', "State Department"),
        ('"We are reviewing the request," the White House said.', "White House"),
        ('"No comment on that at all," NATO said.', "NATO"),
    ],
)
def test_institution_named_as_speaker_keeps_its_whole_name(paragraph, speaker):
    (quote,) = find_quotes(paragraphs_article(paragraph))
    assert quote.speaker == speaker
    assert quote.speaker_id.startswith("organizations/")


def test_organization_named_earlier_is_the_speaker_for_the_ministry():
    article = paragraphs_article(
        "The Danish Transport Ministry delayed the tender for the new tunnel.",
        '"The tender will reopen once the safety review is complete," the ministry said.',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Danish Transport Ministry"
    assert quote.speaker_id == "organizations/danish-transport-ministry"


def test_participle_cue_takes_the_sentence_subject():
    article = paragraphs_article(
        "Before the vote, Police Chief Calvin Ortiz urged the council to act, saying, "
        '"Every week we wait puts more people at risk."'
    )
    (quote,) = find_quotes(article)
    assert (quote.speaker, quote.cue) == ("Calvin Ortiz", "saying")


def test_unknown_speech_verb_after_a_comma_quote_still_attributes():
    article = paragraphs_article(
        "Mayor Dana Price and Councillor Jeb Hart argued over the budget.",
        '"You want to close the library to pay for a car park," Price shot back.',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Dana Price"


def test_shared_surname_follows_the_pronoun_gender():
    article = paragraphs_article(
        "Former president Bill Clinton joined Hillary Clinton at the rally.",
        'Clinton thanked the crowd. "We are not done yet, not by a long way," she said.',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Hillary Clinton"


def test_capitalised_first_word_is_not_taken_for_a_speaker():
    article = paragraphs_article(
        'Later, the hall emptied. "That was the longest meeting of my life," Later said.'
    )
    (quote,) = find_quotes(article)
    assert quote.speaker is None


def test_quote_woven_into_the_writers_sentence_is_partial_only_inside_reported_speech():
    """`called the plan "..."` and `she said, "..."` weave the speaker's words into the
    writer's sentence: partial quotations, attributed. The writer's own quoted term in
    a sentence that reports nobody's words stays out."""
    article = paragraphs_article(
        'Mayor Ines Dahl called the plan "a costly mistake for the whole town" on Monday.',
        'The so-called "green transit corridor" opened in May along the river.',
        'An economic downturn, she said, "could make the whole project unaffordable".',
    )
    first, second = find_quotes(article)
    assert first.text == '"a costly mistake for the whole town"'
    assert second.text == '"could make the whole project unaffordable"'
    assert first.partial and second.partial
    assert first.speaker == second.speaker == "Ines Dahl"


def test_colon_lead_in_paragraph_names_the_speaker_of_the_next_quote():
    article = paragraphs_article(
        "Union leader Rosa Park issued the following statement:",
        '"We will strike on Monday unless the company returns to the table."',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Rosa Park"


# --------------------------------------------------------------------------- non-quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "The farmer's dog and the neighbours' cats don't get along, it's said.",
        'He is 6\'2" tall and bought a 15" laptop and a 27" screen.',
        'Critics called the plan a "disaster" and its author "naive".',
        "Officials described the mood as ‘tense’ but ‘calm’.",
        'The so-called "reform package" passed on Tuesday.',
    ],
)
def test_apostrophes_inches_and_scare_quotes_are_not_quotations(paragraph):
    assert find_quotes(paragraphs_article(paragraph)) == []


def test_single_quotes_nested_in_double_quotes_are_part_of_the_outer_quote():
    article = paragraphs_article(
        "\"My father always said 'never give up', and I never did,\" said Omar Haddad."
    )
    (quote,) = find_quotes(article)
    assert quote.text == "\"My father always said 'never give up', and I never did,\""


def test_a_quote_in_the_other_style_of_marks_stays_inside_the_outer_quote():
    article = paragraphs_article(
        'Judge Ada Moss said: "This court is about “equal justice” and nothing less."',
        '“The word "mercy" appears nowhere in the statute,” Moss added.',
    )
    quotes = find_quotes(article)
    assert [q.text for q in quotes] == [
        '"This court is about “equal justice” and nothing less."',
        '“The word "mercy" appears nowhere in the statute,”',
    ]
    assert {q.speaker for q in quotes} == {"Ada Moss"}


def test_mixed_marks_in_sloppy_copy_still_pair():
    (quote,) = find_quotes(
        paragraphs_article('“We will win this race," said Lena Ortiz on Monday.')
    )
    assert quote.text == '“We will win this race,"'
    assert quote.speaker == "Lena Ortiz"


def test_inch_marks_inside_a_quote_do_not_close_it():
    article = paragraphs_article('"I wanted the 15" model, not the small one," said Rosa Lind.')
    (quote,) = find_quotes(article)
    assert quote.text == '"I wanted the 15" model, not the small one,"'


def test_unclosed_quote_does_not_swallow_the_next_paragraph_without_a_mark():
    article = paragraphs_article(
        '"We will appeal the ruling in the highest court," said lawyer Ivo Kral.',
        '"The judge ignored the evidence entirely',
        "The court declined to comment.",
    )
    quotes = find_quotes(article)
    assert quotes[-1].text == '"The judge ignored the evidence entirely'
    assert all("declined" not in q.text for q in quotes)


_PIECES = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    " ",
    "said",
    "he",
    "she",
    "Smith",
    "John Smith",
    "the minister",
    ".",
    ",",
    ":",
    "—",
    "15",
    "Mr.",
    "according to",
    "Kremlin",
    "«",
    "»",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=40), min_size=1, max_size=5))
def test_any_text_gives_well_formed_quotes(paragraphs):
    article = paragraphs_article(*(" ".join(words) for words in paragraphs))
    for quote in find_quotes(article):
        assert 0 <= quote.start < quote.end <= len(article.text)
        assert quote.text == article.text[quote.start : quote.end]
        assert quote.attribution in ATTRIBUTIONS
        assert quote.speaker_id is None or quote.speaker
        assert (quote.speaker is None) == (quote.attribution == "none")
        if quote.speaker and quote.speaker_id is None:  # unnamed: shown as the text says,
            if quote.attribution == "pronoun":  # and the "he" that carried the description on
                assert quote.via is not None and quote.via.lower() in PRONOUNS
            else:
                assert quote.via == quote.speaker


# --------------------------------------------------------------------------- linear time


class _Timeout(Exception):
    pass


def _timed(article: Article, limit: float = 2.0) -> float:
    """Run find_quotes under a wall-clock alarm (five times the limit, so a busy
    machine does not fail it); return the CPU seconds it took, which other work on
    the machine does not inflate."""

    def expire(signum, frame):
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, limit * 5)
    try:
        started = time.process_time()
        find_quotes(article)
        return time.process_time() - started
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"' * 100_000,
        '" a' * 100_000,
        'said "x," he said "' * 20_000,
        "“word ” " * 50_000,
        "Word " * 200_000,
        "a" * 1_000_000,
        "Anna Berg said, " * 60_000,
    ],
    ids=["marks", "spaced-marks", "cues", "curly", "capitals", "one-long-word", "names"],
)
def test_pathological_paragraphs_finish_quickly(paragraph):
    assert _timed(paragraphs_article(paragraph)) < 2.0


def test_a_megabyte_of_quoted_paragraphs_finishes_quickly():
    paragraph = '"We will win this race, whatever it takes," Anna Berg said.'
    assert _timed(paragraphs_article(*[paragraph] * 17_000)) < 2.0


# --------------------------------------------------------------------------- corrections


def test_editor_corrections_in_front_matter_win_and_a_stale_one_is_reported(tmp_path):
    from generator.annotate.article import annotate
    from generator.annotate.registry import Registry

    path = tmp_path / "talks.md"
    path.write_text(
        "---\ndate: 2017-04-06\nspeakers:\n  q2: Jane Doe\n"
        '  "Nobody should": {speaker: Foreign Ministry, type: organization}\n'
        "  q9: Someone Else\n---\n"
        "Ministers meet again\n\n"
        '"We will talk again next week, as planned," Minister Anna Berg said.\n\n'
        '"We will keep talking whatever happens," she said.\n\n'
        '"Nobody should doubt our commitment to the talks," a spokesman said.\n',
        encoding="utf-8",
    )
    article = annotate(read_article(path), Registry())
    first, second, third = article.quotes
    assert (first.speaker, first.attribution) == ("Anna Berg", "explicit")
    assert (second.speaker, second.speaker_id, second.attribution) == (
        "Jane Doe",
        "people/jane-doe",
        "editor",
    )
    assert third.speaker_id == "organizations/foreign-ministry"
    assert third.attribution == "editor"
    (warning,) = article.warnings
    assert warning.line == 3 and "`q9` matches no quotation" in warning.message


def test_a_stray_straight_mark_opening_an_excerpt_in_curly_copy_is_no_quotation():
    article = paragraphs_article(
        "The profile quoted her at length:",
        '"Melanie Ross thought the whole thing was outrageous. She was anxious, sure.',
        "“It never crossed my mind that I was losing it,” she said.",
        "“Here comes the candidate,” she said later.",
    )
    quotes = find_quotes(article)
    assert [q.text[:9] for q in quotes] == ["“It never", "“Here com"]
    assert {q.speaker for q in quotes} == {"Melanie Ross"}


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ('"It was the least bad outcome," Mr. Morgan of the Sierra Club said.', "Morgan"),
        ('"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.', None),
        ('"It is a dog whistle," Rep. Gwen Moore (D-Wis.) said Friday.', "Gwen Moore"),
    ],
)
def test_titles_party_tags_and_affiliations_leave_the_person_speaking(paragraph, speaker):
    (quote,) = find_quotes(paragraphs_article(paragraph))
    assert quote.speaker == (speaker or "Stacey Plaskett")
    assert quote.speaker_id.startswith("people/")


def test_an_anonymous_official_is_not_given_the_last_name_mentioned():
    article = paragraphs_article(
        "Minister Anna Berg met her Norwegian counterpart on Monday.",
        "A senior official who asked not to be named described the talks as tense.",
        '"Nobody expected a breakthrough this week," the official said.',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker_id is None and quote.speaker == "the official"


def test_a_party_written_out_in_parentheses_does_not_hide_the_speaker():
    article = paragraphs_article(
        'Senator Ada Brand (Democrat) of New Jersey said the agency would "remain under a '
        'cloud" for years.',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Ada Brand" and quote.partial


def test_he_after_an_unnamed_source_is_that_source_and_a_firm_is_not_its_analyst():
    article = paragraphs_article(
        "Finance minister Dilson Faro met bankers in Bonn on Tuesday.",
        "One senior banker closely involved in the talks backed the plan.",
        'The senior banker was opposed to a regional approach. But he added: "There must '
        'be one committee for every region."',
        '"The talks went well," said Wertheim and Co analyst Michael Ellis.',
    )
    unnamed, analyst = find_quotes(article)
    assert unnamed.speaker == "The senior banker" and unnamed.speaker_id is None
    assert analyst.speaker == "Michael Ellis"


def test_a_company_called_by_its_first_word_is_the_company_not_a_person():
    article = paragraphs_article(
        "Canonie Environmental Services Corp said it signed a cleanup contract.",
        'Canonie said the contract is worth "several million dollars over three years."',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Canonie Environmental Services Corp"
    assert quote.speaker_id == "organizations/canonie-environmental-services-corp"


def test_a_name_after_a_title_with_of_is_the_subject_of_its_sentence():
    article = paragraphs_article(
        "Former Secretary of State Hillary Rodham mixed up two senators and laughed it off "
        'with a joke saying, "They all sound the same."',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Hillary Rodham"


def test_a_common_noun_before_states_is_no_speaker_and_the_source_keeps_its_words():
    article = paragraphs_article(
        "Officials agreed to keep pressing the union's member states on the levy.",
        "One source said the government would make clear to member states that if the bloc "
        'goes ahead with the levy "there will be a heavy price."',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "One source" and quote.speaker_id is None


def test_a_firms_possessive_before_a_surname_names_that_person_and_he_follows_him():
    article = paragraphs_article(
        '"The buyback was the trigger," said analyst Peter Kessler of Brixham Securities Inc.',
        '"Sales will be soft," said Mark Tolland, analyst at Larch Partners.',
        '"Costs are the worry," Tolland said. "Margins will shrink."',
        'Tolland expects a strike. "The union will see this as a provocation," Tolland said.',
        "Tolland said he is keeping his rating. But he said he did not think the plan was wise.",
        '"We expect a gap at the open," Brixham\'s Kessler said.',
        'He says the firm apparently believes "they can afford a buyback of this size."',
    )
    *_, gap, afford = find_quotes(article)
    assert gap.speaker == afford.speaker == "Peter Kessler"
    assert afford.attribution == "pronoun"


def test_a_speaker_that_opens_a_longer_organization_name_is_that_organization():
    from generator.annotate.article import annotate
    from generator.annotate.registry import Registry

    article = paragraphs_article(
        "T Bloom Corp said March sales rose 9 pct from a year ago.",
        "T Bloom said consolidated sales were 1.2 billion dlrs.",
        'T Bloom cited strong demand and said its outlet stores had "record March sales."',
    )
    (quote,) = annotate(article, Registry()).quotes
    assert quote.speaker == "T Bloom Corp"
    assert quote.speaker_id == "organizations/t-bloom-corp"


def test_a_proposal_of_a_body_named_by_its_short_name_speaks_for_that_body():
    article = paragraphs_article(
        "The Bank of Wessex proposed limits on underwriting.",
        '"Lead managers will need approval in every market," the Bank\'s proposal said.',
        'On collateral, it said this "should only count toward the first 25 pct of capital."',
    )
    proposal, collateral = find_quotes(article)
    assert proposal.speaker == collateral.speaker == "Bank of Wessex"
    assert proposal.speaker_id == "organizations/bank-of-wessex"


def test_a_proposal_of_a_short_name_two_bodies_share_keeps_the_texts_words_unlinked():
    article = paragraphs_article(
        "The Bank of Wessex proposed limits on underwriting. The Bank of Mercia agreed.",
        '"Lead managers will need approval in every market," the Bank\'s proposal said.',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "the Bank's proposal" and quote.speaker_id is None


def test_a_person_of_a_firm_stays_the_person_though_the_firm_name_follows_the_name():
    from generator.annotate.article import annotate
    from generator.annotate.registry import Registry

    article = paragraphs_article(
        "Oil prices may need support, analysts said.",
        '"The group must hold to its pact for six weeks," said Dana Pruitt of Harrow '
        "Analysis Ltd in Boston.",
    )
    (quote,) = annotate(article, Registry()).quotes
    assert quote.speaker == "Dana Pruitt"


def test_he_after_a_name_with_an_apposition_and_a_speech_verb_is_that_person():
    article = paragraphs_article(
        '"Sales will rise," said Maria Fenn, an analyst. "Exports will help."',
        "Ferro has four plants in Spain. But Walter Hale, vice president of Ferro Iberia, "
        'told Reuters he did not expect much. "Spain is a small market."',
        "Hale said the cost of changing the cars cut into margins.",
        "But Robert Lund, Corda executive vice-president, said the dollar would help Corda. "
        '"After nine years, Corda is about to return to Europe," he said.',
    )
    *_, last = find_quotes(article)
    assert last.speaker == "Robert Lund"


@pytest.mark.parametrize(
    "sentence",
    [
        'The broker, an associate of the minister known as the "tin king," sold his stake.',
        'The board asked the exchange to curb trading in the so-called "closing rush."',
        'Buyers want the floor price, or "lower support price," kept, the delegates said.',
        'The fund said it joined a group called "Clean Harbour" last year.',
        'The mayor is often dubbed the "bridge builder" by his critics, Ortiz said.',
    ],
)
def test_a_short_term_named_by_its_frame_is_no_quotation(sentence):
    article = paragraphs_article("Talks on the pact resumed in Geneva on Monday.", sentence)
    assert find_quotes(article) == []


def test_a_speakers_own_label_is_still_a_quotation():
    article = paragraphs_article(
        'Senator Alan Reyes mocked his rival, whom he dubbed "the little governor," on Friday.',
    )
    (quote,) = find_quotes(article)
    assert quote.text == '"the little governor,"'


def test_the_text_overrules_a_first_names_census_gender():
    # "Beryl" is mostly a woman's name; the text calls this Beryl "he" throughout
    article = paragraphs_article(
        "Beryl Sprott, chairman of the council, and Rudolph Penn, head of the budget "
        "office, spoke at the symposium.",
        "Sprott told the symposium that spending could be cut. He also urged a veto.",
        "Sprott said growth would be 2.7 pct, and he said the tax laws would not hurt.",
        '"The tax cut is not the root cause of the deficits," Sprott said.',
        '"This tax cut merely rolled back increases," he added.',
        "However, Penn argued that the tax cut was misguided.",
    )
    *_, added = find_quotes(article)
    assert (added.speaker, added.attribution) == ("Beryl Sprott", "pronoun")


def test_a_name_with_a_joined_particle_is_one_speaker_also_by_its_surname_alone():
    article = paragraphs_article(
        "AMMAN, March 16 - The treasury comes first, Prime Minister Hamid al-Rashi'i said.",
        '"The treasury should be sound when dealing with other countries," he said.',
        "Rashi'i said loans total 902 mln dinars.",
        '"The dinar is strong and stable," he said.',
    )
    assert [q.speaker for q in find_quotes(article)] == ["Hamid al-Rashi'i"] * 2


def test_a_surname_that_is_also_a_month_after_a_given_name_is_the_speaker():
    article = paragraphs_article(
        "TOKYO, March 17 - Analysts said the failed deal would not stop buyers.",
        '"It was an entry point for chips," said Harwood Tulloch analyst Rick May.',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Rick May"


def test_a_title_and_a_given_name_stand_for_the_full_name_given_before():
    article = paragraphs_article(
        "DOHA, March 18 - Oil Minister Sheikh Omar al-Faisal al-Thani said no member was "
        "exceeding its quota.",
        'Sheikh Omar told a daily newspaper "All states are producing within their quotas."',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker == "Omar al-Faisal al-Thani"


def test_a_month_after_a_preposition_is_no_surname():
    article = paragraphs_article(
        "The prince has long mocked the candidate.",
        'In December, the prince called for him to quit, calling him "a disgrace to all of '
        'America."',
    )
    (quote,) = find_quotes(article)
    assert quote.speaker != "December"


def test_a_speaker_the_text_describes_as_one_arbitrager_keeps_that_description():
    article = paragraphs_article(
        "Shares of the broadcaster rose on the bid.",
        '"There are too many uncertainties," said one arbitrager.',
    )
    (quote,) = find_quotes(article)
    assert (quote.speaker, quote.speaker_id) == ("one arbitrager", None)
