"""Issue 24, session 12: pieces of other words and names are no names. An abbreviation's
end ("W.Va."), a label's letter before a sentence ("Series A. Moody's"), a sentence's first
word after a letter ("S and P. On"), amounts, lower-case words after a name, a quarter the
model cut from its country, makes in a list of divisions; and a name cut at "bin" or
"fuer" is one name. Every article is invented."""

from __future__ import annotations

from generator.annotate.article import annotate
from generator.annotate.entities.candidates import Candidate
from generator.annotate.entities.sanity import sane
from generator.annotate.registry import Registry
from generator.model import Article
from generator.read import read_source


def _article(body: str) -> Article:
    text = "BOND MARKETS QUIET\n\nNEW YORK, March 3 - " + body + "\n"
    return annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)


def _names(body: str) -> set[str]:
    return {e.name for e in _article(body).entities}


def test_the_end_of_an_abbreviation_is_no_place_and_a_degree_no_company() -> None:
    names = _names(
        "Senator Tom Harlow (D-W.Va.) asked for a vote. A spokesman for Dr.-Ing. H.C. "
        "Kestner AG said output fell, and Harlow met farmers in Wheeling, Va."
    )
    assert not names & {"Ing", "W."}, names
    found = [
        e
        for e in _article(
            "Senator Tom Harlow (D-W.Va.) asked for a vote, and Harlow met farmers in Wheeling, Va."
        ).entities
        if e.name == "Va"
    ]
    assert all(m.text != "Va" or m.start > 60 for e in found for m in e.mentions)


def test_a_letter_that_ends_a_phrase_makes_no_person_with_the_next_sentence() -> None:
    names = _names(
        "Orland Power Co's bonds are rated AA by S and P. On June 12 Orland sold notes. "
        "The agency also rated the preferred units Series A. Moody's actions affect 88 mln "
        "dlrs of debt."
    )
    assert not names & {"P. On", "A. Moody"}, names


def test_amounts_and_units_are_no_names_but_a_companys_abbreviation_is() -> None:
    names = _names(
        "The bank sold 50 mln N.Z. Dlrs of 77-day Treasury bills, and the price was 1,578 "
        "Special Drawing Rights (SDR) per tonne. Lead manager Banque Industrielle a Lorrain "
        "SA (BIL) said the SDR rate was 1.2."
    )
    assert not {n for n in names if "Dlrs" in n or n == "SDR"}, names
    assert "BIL" in names, names


def test_lower_case_words_after_a_small_word_end_the_name_before_it() -> None:
    names = _names(
        "Kestrel Lines Inc applied to the Interstate Commerce Commission for authority to "
        "buy a railroad, and it bought time on TV and radio."
    )
    assert "Interstate Commerce Commission" in names, names
    assert not {n for n in names if n.endswith(("authority", "radio")) or n == "TV"}, names


def test_a_quarter_the_model_cut_from_its_country_is_no_place_alone() -> None:
    names = _names("Sugar went to France 8,000, to Denmark 4,000 and to West Germany 1,000 tonnes.")
    assert "West Germany" in names and "West" not in names, names


def test_makes_in_a_list_of_a_companys_divisions_are_no_towns() -> None:
    names = _names(
        "Orland Motors Corp said its Vesta, Pontiac and Buick divisions would cut prices."
    )
    assert "Pontiac" not in names, names


def test_a_name_cut_at_bin_or_fuer_is_one_name() -> None:
    entities = _article(
        "Finance Minister Sheikh Hamad bin Jassim al-Marri said spending would rise. Sheikh "
        "Hamad said revenue fell. Kestrel AG cut rates, and Bank fuer Handelswirtschaft AG "
        "<BFHG.F> followed."
    ).entities
    people = [e for e in entities if e.type == "person"]
    assert [e.name for e in people] == ["Sheikh Hamad bin Jassim al-Marri"], people
    assert len(people[0].mentions) == 2
    assert "Bank fuer Handelswirtschaft AG" in {e.name for e in entities}


def test_a_states_chamber_and_a_states_nickname_are_not_the_nations_or_a_towns() -> None:
    article = _article(
        "Orland backed Jane Kestler, a state Senate candidate. The Senate passed the bill, "
        "and 56% of Buckeye State voters agreed, Tom Harlow of Buckeye, Ariz., said."
    )
    found = {e.name: [m.start for m in e.mentions] for e in article.entities}
    assert len(found["Senate"]) == 1, found
    towns = [article.text[start : start + 13] for start in found.get("Buckeye", [])]
    assert towns == ["Buckeye, Ariz"], towns


def test_a_bodys_name_goes_on_past_for() -> None:
    # the model's cut, as it made it in a wire story: "Orland Bank" read as a place
    text = "Kapok repaid a loan from Orland Bank for Savings of Jackson, Miss., on Friday."
    start = text.index("Orland")
    cut = Candidate(start, start + len("Orland Bank"), "place", "crf")
    assert sane(cut, text)
    assert (text[cut.start : cut.end], cut.type) == ("Orland Bank for Savings", "organization")
    text = "It asked the Brellin Commission for authority to sell."
    start = text.index("Brellin")
    cut = Candidate(start, start + len("Brellin Commission"), "organization", "crf")
    assert sane(cut, text) and text[cut.start : cut.end] == "Brellin Commission"


def test_the_end_of_a_shows_title_is_no_body() -> None:
    # the model's span, as it made it in a story: "Press" of "Meet the Press"
    text = "He told Jane Kestler in an interview for Sunday's Meet the Press that he would run."
    start = text.index("Press")
    assert not sane(Candidate(start, start + 5, "organization", "crf"), text)
    text = "The bill stalled, and on Monday the Senate voted."
    start = text.index("Senate")
    assert sane(Candidate(start, start + 6, "organization", "crf"), text)


def test_a_place_after_a_capitalised_and_in_wire_copy_keeps_its_mention() -> None:
    names = _names("The ministers of Britain, France, Japan, the U.S. And West Germany agreed.")
    assert "West Germany" in names, names
    assert not {n for n in names if " And " in n}, names
