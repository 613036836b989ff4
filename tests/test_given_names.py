"""A person written by the given name alone, or by a family name with a small word in
it, is the person the article names in full; quotations follow. Every article here is
invented."""

from __future__ import annotations

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Article
from generator.read import read_source

HEAD = "COUNCIL MEETS\n\nSPRINGFIELD, March 3 - "


def _annotated(body: str) -> Article:
    article = read_source((HEAD + body).encode("utf-8"), "content/2016/03/test.txt")
    return annotate(article, Registry(), 2016)


def _people(article: Article) -> dict[str, int]:
    return {e.name: len(e.mentions) for e in article.entities if e.type == "person"}


def _speakers(article: Article) -> list[str | None]:
    return [q.speaker_id for q in article.quotes]


def test_a_given_name_alone_is_the_person_named_in_full() -> None:
    article = _annotated(
        "Mayor Dorothy Kessler opened the session. Her husband, Walter Kessler, sat "
        "beside her.\n\n"
        '"We will finish the budget this week," Walter told reporters.\n\n'
        '"Not before Friday," Dorothy added.\n'
    )
    people = _people(article)
    assert "Walter" not in people and "Dorothy" not in people
    assert people["Walter Kessler"] == 2 and people["Dorothy Kessler"] == 2
    assert _speakers(article) == ["people/walter-kessler", "people/dorothy-kessler"]


def test_a_title_with_a_given_name_is_the_person_named_in_full() -> None:
    article = _annotated(
        "Sheikh Hamad al-Rashid al-Tamimi, the oil minister, said output would hold.\n\n"
        '"No member has asked for a meeting," Sheikh Hamad said on Tuesday.\n'
    )
    assert _people(article) == {"Hamad al-Rashid al-Tamimi": 2}
    assert _speakers(article) == ["people/hamad-al-rashid-al-tamimi"]


def test_a_given_name_that_may_be_someone_else_stays_apart() -> None:
    article = _annotated(
        "Senator Dana Whitford met Harold Whitford's two sons at the fair. His son "
        "Walter spoke first. The brothers, Walter and Dana, run the family farm. "
        "Walter Pruitt, a neighbour, and Ray Pruitt left early.\n"
    )
    walters = [e for e in article.entities if e.name == "Walter Pruitt"]
    assert walters and len(walters[0].mentions) == 1  # not "his son Walter", nor "Walter and"
    assert len([e for e in article.entities if e.name == "Dana Whitford"][0].mentions) == 1


def test_a_family_name_with_a_small_word_keeps_it_when_written_alone() -> None:
    for name in ("Gaston St Onge", "Pieter Van Dam"):
        family = name.split(" ", 1)[1]
        article = _annotated(
            f"House Banking committee chairman {name}, D-R.I., called for caution on the "
            f'bill.\n\n"We cannot let this stretch," {family} said at the hearing.\n'
        )
        assert _people(article) == {name: 2}
        assert _speakers(article) == ["people/" + name.lower().replace(" ", "-")]


def test_a_state_in_a_description_never_picks_someone_from_another_state() -> None:
    article = _annotated(
        "Lena Marsh, who is third in the polls, spoke on farm policy beside Sen. Carl "
        "Odum, R-Iowa.\n\n"
        'The Ohio senator told reporters that "the numbers will come."\n'
    )
    [quote] = article.quotes
    assert quote.speaker_id is None  # not Odum of Iowa; the text's words are shown
    assert quote.speaker == "The Ohio senator"


def test_a_town_or_a_state_never_speaks_but_a_country_and_the_white_house_do() -> None:
    article = _annotated(
        "Lena Marsh, a 55-year-old teacher from Sumter, South Carolina, says the mayor "
        'will "leave here with momentum."\n\n'
        'China said the plan was "guidance planning".\n\n'
        'The White House said it was a "respectful arrangement".\n'
    )
    speakers = {q.text.strip('"“”.'): q.speaker_id for q in article.quotes}
    assert speakers["leave here with momentum"] != "places/south-carolina"
    assert speakers["guidance planning"] == "places/china"
    assert speakers["respectful arrangement"] is not None


def test_a_weekday_between_the_speaker_and_told_keeps_the_speaker() -> None:
    article = _annotated(
        "Party chairman Glen Abernathy and the network Channel Nine covered the meeting.\n\n"
        'Abernathy later Thursday told Channel Nine: "Both men are meeting next week."\n'
    )
    assert [q.speaker_id for q in article.quotes] == ["people/glen-abernathy"]


def test_words_in_the_first_person_woven_in_without_a_verb_are_a_quotation() -> None:
    article = _annotated(
        "Minister Paulo Rezende said he hoped to meet officials. He would then talk to the "
        'lenders "if we have some answer from the governments first."\n\n'
        'The plan was a "bold step" for the region.\n'
    )
    texts = [q.text for q in article.quotes]
    assert texts == ['"if we have some answer from the governments first."']
    assert article.quotes[0].partial and article.quotes[0].speaker_id is None


def test_a_given_name_that_is_also_a_word_stays_in_the_name_after_a_title() -> None:
    article = _annotated(
        "Company chairman Rand Holloway said the unit would be sold. Will the buyers pay? "
        "Holloway said he expected so.\n"
    )
    assert _people(article) == {"Rand Holloway": 2}


def test_a_surname_run_into_a_country_is_the_person_and_the_country() -> None:
    article = _annotated(
        "Finance Minister Dario Perrault met his British counterpart. The counterpart told "
        "Perrault Brazil had to settle with its banks. Brazil said it would.\n"
    )
    names = {e.name: e.type for e in article.entities}
    assert names.get("Dario Perrault") == "person" and names.get("Brazil") == "place"
    assert not any("Perrault Brazil" in name for name in names)


def test_a_nearer_weaving_verb_and_a_reporting_medium_do_not_take_the_quotation() -> None:
    article = _annotated(
        "Governor Ada Marsh and Mayor Carl Odum met on Thursday, with Marsh saying she was "
        '"very encouraged" and Odum calling it a "great meeting."\n\n'
        'Odum welcomed the vote, saying the council was "doing the right thing," and that '
        "he would now focus on roads, the Daily Ledger reported.\n\n"
        "After Marsh criticized the budget during a debate, Odum shot back, "
        '"I could have cut the roads, but I chose to fix them."\n'
    )
    speakers = {q.text.strip('"“”.,'): q.speaker_id for q in article.quotes}
    assert speakers["very encouraged"] == "people/ada-marsh"
    assert speakers["great meeting"] == "people/carl-odum"
    assert speakers["doing the right thing"] in ("people/carl-odum", None)
    assert speakers["I could have cut the roads, but I chose to fix them"] != "people/ada-marsh"


def test_two_bodies_run_together_come_apart_and_a_party_stays_a_party() -> None:
    article = _annotated(
        "Senator Carl Odum spoke on Monday. Groups including Green Streets Matter and the "
        "Workers Unity Party marched. The Democratic Party said nothing.\n"
    )
    names = {e.name: e.type for e in article.entities}
    assert names.get("Green Streets Matter") == names.get("Workers Unity Party") == "organization"
    assert not any(" and the " in name for name in names)
    assert names.get("Democratic Party") == "organization"
