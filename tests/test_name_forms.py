"""Issue 24, one thing's forms apart: a rename the text states, a short form, a misspelt
name are one page with the name they stand for, where the story says or shows so; near
names of different things stay apart. Every article is invented."""

from __future__ import annotations

import re

from test_entity_pieces import _articles_of
from test_entity_resolution import _pages, _tagged_index

from generator.annotate.article import annotate
from generator.annotate.entities.candidates import Candidate
from generator.annotate.entities.resolution import resolve_candidates
from generator.annotate.registry import Registry
from generator.read import read_source


def _mentions(body: str) -> dict[str, list[str]]:
    text = "LENDERS REPORT RESULTS\n\nHARTFORD, Conn., March 3 - " + body
    article = annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)
    return {e.name: [m.text for m in e.mentions] for e in article.entities}


def test_a_rename_the_text_states_is_one_company_named_by_the_new_name() -> None:
    found = _mentions(
        "Kelvane Corp, formerly Halvern Rubber Co, said it completed the sale of its tire "
        "plant. Halvern Rubber had owned the plant since 1950.\n\n"
        "Tamsin Industries Inc said it changed its name to Corvale Systems Inc to reflect "
        "its business.\n"
    )
    assert found["Kelvane Corp"] == ["Kelvane Corp", "Halvern Rubber Co", "Halvern Rubber"]
    assert found["Corvale Systems Inc"] == ["Tamsin Industries Inc", "Corvale Systems Inc"]
    assert "Halvern Rubber Co" not in found and "Tamsin Industries Inc" not in found


def test_a_name_another_firm_takes_keeps_apart_from_the_renamed_one() -> None:
    found = _mentions(
        "Pemberly Foods Inc said shareholders approved a name change to Ashgrove Resources "
        "Inc. Shareholders of Lindell Farms Corp, which bought a Pemberly Foods unit, "
        "approved a name change to Pemberly Foods Inc.\n"
    )
    assert found["Ashgrove Resources Inc."] == ["Pemberly Foods Inc", "Ashgrove Resources Inc."]
    assert found["Pemberly Foods Inc."] == ["Pemberly Foods Inc."], found


def test_a_misspelt_surname_in_the_story_is_the_person_named_in_full() -> None:
    found = _mentions(
        "Alan H. Marcove, president of Telmark Corp, said sales rose. Alan Marvoce has "
        "been with the company since 1980.\n\n"
        "Harvey Kapnick, chairman of Corlander Pacific Corp, said the notes would be "
        'repaid. "We expect to finish by June," Kapnik said.\n\n'
        "Tom Hanson said the plan would work. Hansen said it would not.\n\n"
        "Donald Regan, the White House chief of staff, said the report was fair. "
        "Reagan said he would reply next week.\n"
    )
    assert found["Alan H. Marcove"] == ["Alan H. Marcove", "Alan Marvoce"], found
    assert found["Harvey Kapnick"] == ["Harvey Kapnick", "Kapnik"]
    assert found["Tom Hanson"] == ["Tom Hanson"] and found["Hansen"] == ["Hansen"]
    # a name the newswire knows is no misspelling of a near one
    assert found["Donald Regan"] == ["Donald Regan"]


def test_the_first_of_two_surnames_alone_is_the_person() -> None:
    found = _mentions(
        "Petroleos de Venezuela president Juan Chacin Guzman said output would rise. "
        "Chacin said the mine would open in May.\n\n"
        "Sarah Huckabee Sanders said the plan would work. Mike Huckabee said it would "
        "not. Huckabee added that it was late.\n"
    )
    assert found["Juan Chacin Guzman"] == ["Juan Chacin Guzman", "Chacin"], found
    assert found["Mike Huckabee"] == ["Mike Huckabee", "Huckabee"]
    assert found["Sarah Huckabee Sanders"] == ["Sarah Huckabee Sanders"]


def _resolved(text: str, spans: list[tuple[str, int, str]]) -> dict[str, list[str]]:
    """The entities resolution makes of organizations given as (span, which occurrence,
    source), as recognition would give them."""
    candidates = []
    for span, nth, source in spans:
        start = [m.start() for m in re.finditer(re.escape(span), text)][nth]
        candidates.append(Candidate(start, start + len(span), "organization", source))
    return {
        f.name: sorted(text[c.start : c.end] for c in f.candidates)
        for f in resolve_candidates(candidates, text)
    }


def test_a_headline_in_capitals_is_no_acronym_that_keeps_the_short_name_apart() -> None:
    # the headline's "KELL" repeats the body's "Kell", which then counted as an acronym
    # written before the full name
    text = "KELL <KLL> SALES UP\n\nDETROIT - Kell Motor Co said sales rose. Kell said so.\n"
    spans = [("KELL", 0, "repeat"), ("Kell Motor Co", 0, "crf"), ("Kell", 1, "crf")]
    found = _resolved(text, spans)
    assert found["Kell Motor Co"] == ["Kell", "Kell Motor Co"], found


def test_a_country_unit_named_alone_is_the_company_its_short_name_names() -> None:
    text = (
        "PELLWYN CANADA CUTS STAKE\n\nWASHINGTON - Pellwyn Canada Corp cut its stake in "
        "Orland Corp. Pellwyn, a holding company, said it sold shares.\n\n"
        "Holt, Rinehart and Varley Canada Ltd was sold. Rinehart and Varley sold it.\n"
    )
    spans = [
        ("Pellwyn Canada Corp", 0, "crf"),
        ("Orland Corp", 0, "crf"),
        ("Pellwyn", 1, "crf"),
        ("Varley Canada Ltd", 0, "crf"),
        ("Varley", 1, "crf"),
    ]
    found = _resolved(text, spans)
    assert found["Pellwyn Canada Corp"] == ["Pellwyn", "Pellwyn Canada Corp"], found
    # a long name that may be cut from "Holt, Rinehart and Varley Canada Ltd" takes none
    assert found["Varley Canada Ltd"] == ["Varley Canada Ltd"]


def test_a_long_acronym_no_story_spells_out_is_the_one_body_with_its_initials() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "The Harbour Civil Liberties Union sued the city over the new curfew.",
                [("Harbour Civil Liberties Union", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "The HCLU said the curfew broke the charter.",
                [("HCLU", "organization")],
            ),
            "content/2031/05/c-05.txt": (  # three letters: the initials of many names
                "The National Endowment for Rivers gave the dock a grant.",
                [("National Endowment for Rivers", "organization")],
            ),
            "content/2031/05/d-06.txt": (
                "The NER said the plan was sound.",
                [("NER", "organization")],
            ),
            "content/2031/05/e-07.txt": (
                "The National Endowment for Rivers opened an office.",
                [("National Endowment for Rivers", "organization")],
            ),
            "content/2031/05/f-08.txt": (
                "The NER said the plan was late.",
                [("NER", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "HCLU" not in pages, pages
    assert _articles_of(index, "Harbour Civil Liberties Union") == {"a-03.txt", "b-04.txt"}
    assert "NER" in pages


def test_a_surname_misspelt_across_stories_joins_where_the_stories_agree() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Stephen Axilrod, vice chairman of Kestrel Securities, said rates would rise.",
                [("Stephen Axilrod", "person"), ("Kestrel Securities", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Stephen Axilrod of Kestrel Securities said the Fed would wait.",
                [("Stephen Axilrod", "person"), ("Kestrel Securities", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Stephen Alixrod, vice chairman of Kestrel Securities, said the dollar fell.",
                [("Stephen Alixrod", "person"), ("Kestrel Securities", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "Stephen Alixrod" not in pages, pages
    assert _articles_of(index, "Stephen Axilrod") == {"a-03.txt", "b-04.txt", "c-05.txt"}


def test_the_two_surnames_alone_are_the_person_named_in_full() -> None:
    found = _mentions(
        "Deputy Energy Minister Fernando Quintal Arvide said output would rise. Quintal "
        "Arvide, who arrived on Monday, said talks went well. Republican Harlan Brisk voted "
        "no. Harlan Brisk said he was glad.\n"
    )
    assert found["Fernando Quintal Arvide"] == ["Fernando Quintal Arvide", "Quintal Arvide"]
    assert "Quintal Arvide" not in found
    assert "Harlan Brisk" not in found.get("Republican Harlan Brisk", [])  # a description


def test_a_firms_division_named_after_a_person_is_no_person() -> None:
    text = (
        "GROCER SHARES RISE\n\nNEW YORK, March 9 - Jerry Vollan, analyst with Conner Vollan "
        'division of Edward Tiner and Co, said, "They have been buying shares."\n\n'
        '"My guess is that the grocer will be sold," said Vollan.\n'
    )
    article = annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)
    kinds = {e.name: e.type for e in article.entities}
    assert kinds["Conner Vollan"] == "organization", kinds
    assert [q.speaker for q in article.quotes] == ["Jerry Vollan", "Jerry Vollan"]


def test_titles_joined_by_a_hyphen_are_no_part_of_the_name() -> None:
    found = _mentions(
        "Federal Reserve Board Vice-Chairman Manuel Quorn said rates would hold. Quorn "
        "spoke in Boston.\n"
    )
    assert "Manuel Quorn" in found and not any("Chairman" in name for name in found), found
