"""Issue 24, session 11 (brief s11-pol): names of modern political news, on short articles
written for it: a middle initial kept with its given name, a person of a body, an
honorific before a particle (entities/candidates.py `trim_candidate`), a body's name that
goes on over "of" (entities/recognition.py `_joined_heads`, quotes/phrases.py
`read_phrase`), a party's and an outlet's nicknames (entities/aliases.py), a name opened
by "U.N." or "U.S." (index/names.py `acronyms_inside`) and an acronym of a body named only
as a speaker (index/resolution.py)."""

from __future__ import annotations

from test_entity_modern_forms import _index
from test_entity_modern_kinds import _found
from test_entity_pieces import _articles_of
from test_entity_resolution import _pages

from generator.annotate import annotate
from generator.annotate.entities.candidates import Candidate, trim_candidate
from generator.annotate.entities.recognition import _joined_heads, _supported
from generator.annotate.registry import Registry
from generator.index import build_index
from generator.index.names import Group, name_key
from generator.index.resolution import _vote_by_context
from generator.model import Entity, Mention, entity_id
from generator.read.reader import read_source


def test_a_middle_initial_keeps_its_given_name() -> None:
    found = _found(
        "Panel delays its report\n\n"
        "Ranking Democrat Elijah E. Cummings (Md.) is waiting for the agencies, an aide "
        "said Thursday. Cummings's staff spoke after the chairman did.\n"
        "Hillary Clinton and Donald J. Trump enter the final weeks of the race. The "
        "controversies, mostly centered on Donald J. Trump, the Republican nominee, "
        "continued.\n"
    )
    assert "Elijah E. Cummings" in found
    assert "Donald J. Trump" in found
    assert not any(name.startswith(("E. ", "J. ")) for name in found)


def test_an_initial_after_a_word_that_is_no_given_name_stays_as_written() -> None:
    found = _found(
        "Firm names chief\n\n"
        "The board of Parvel Corp named J. Ostrander its chief. Ostrander said the "
        "firm would grow.\n"
    )
    assert "J. Ostrander" in found


def test_a_body_s_name_goes_on_over_of_and_the_name_after_it() -> None:
    found = _found(
        "Groups object\n\n"
        "Morton Klein, president of the Zionist Organization of America, objected. The "
        "far-right National Democratic Party of Germany gained seats in Saxony.\n"
    )
    assert "Zionist Organization of America" in found
    assert "National Democratic Party of Germany" in found
    assert "Zionist Organization" not in found


def test_a_company_s_legal_form_ends_its_name_before_of() -> None:
    text = "It will sell drugs made by Novopharm Ltd of Canada and the Zionist Union of Mirren."
    spans = [("Novopharm Ltd", "organization"), ("Canada", "place")]
    spans += [("Zionist Union", "organization"), ("Mirren", "place")]
    candidates = [
        Candidate(text.index(name), text.index(name) + len(name), kind, "crf")
        for name, kind in spans
    ]
    kept, _ = _joined_heads(candidates, [], text)
    names = sorted(text[c.start : c.end] for c in kept)
    assert names == ["Canada", "Novopharm Ltd", "Zionist Union of Mirren"], names


def test_a_body_named_as_speaker_keeps_the_words_after_of() -> None:
    article = annotate(
        read_source(
            "Unions back her\n\nPORT MIRREN, May 3 - "
            "Unions are among her most eager supporters, with the American Federation "
            "of Teachers calling her “the champion working families need” in its "
            "endorsement.\n".encode(),
            "content/2031/05/unions.txt",
        ),
        Registry(),
    )
    assert [q.speaker for q in article.quotes] == ["American Federation of Teachers"]


def test_a_party_s_and_an_outlet_s_nicknames_are_its_page() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "The GOP is split, HuffPost reported.",
                [("GOP", "organization"), ("HuffPost", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "The Grand Old Party met. The Republican Party chose Orlan, the Huffington "
                "Post said.",
                [
                    ("Grand Old Party", "organization"),
                    ("Republican Party", "organization"),
                    ("Huffington Post", "organization"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert {"GOP", "Grand Old Party", "HuffPost"}.isdisjoint(pages), pages
    assert _articles_of(index, "Republican Party") == {"a-03.txt", "b-04.txt"}
    assert _articles_of(index, "Huffington Post") == {"a-03.txt", "b-04.txt"}


def test_a_name_opened_by_u_n_or_u_s_is_the_name_written_out() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "The U.N. Security Council met. U.S. Lines sold ships, and U.S. Air flew.",
                [
                    ("U.N. Security Council", "organization"),
                    ("U.S. Lines", "organization"),
                    ("U.S. Air", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "The United Nations Security Council voted. United States Lines Inc filed, "
                "and USAir Group bought planes.",
                [
                    ("United Nations Security Council", "organization"),
                    ("United States Lines Inc", "organization"),
                    ("USAir Group", "organization"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert {"U.N. Security Council", "U.S. Lines"}.isdisjoint(pages), pages
    assert _articles_of(index, "United Nations Security Council") == {"a-03.txt", "b-04.txt"}
    assert _articles_of(index, "United States Lines Inc") == {"a-03.txt", "b-04.txt"}


def test_an_acronym_is_the_body_its_story_names_as_a_speaker() -> None:
    text = (
        "Unions back her\n\nPORT MIRREN, May 3 - Unions are among her most eager "
        "supporters, with the American Federation of Teachers calling her “the champion "
        "working families need” in its endorsement.\n\nThe AFT, led by Rana Welt, has 1.6 "
        "million members. Welt said the AFT would campaign in Ohio.\n"
    )
    article = annotate(read_source(text.encode(), "content/2031/05/unions.txt"), Registry())
    index = build_index([article], Registry())
    pages = _pages(index)
    assert "AFT" not in pages and "American Federation of Teachers" in pages, pages


def test_a_person_of_a_body_is_the_person_and_the_body() -> None:
    text = "The critic Megyn Kelly of Fox News said so."
    start = text.index("Megyn")
    candidate = Candidate(start, text.index(" said"), "organization", "crf")
    parts = trim_candidate(candidate, text)
    assert sorted((text[c.start : c.end], c.type) for c in parts) == [
        ("Fox News", "organization"),
        ("Megyn Kelly", "person"),
    ]
    text = "The study was led by Kaveh Marvast of Lund University in Sweden."
    start = text.index("Kaveh")
    candidate = Candidate(start, text.index(" in Sweden"), "organization", "crf")
    assert sorted(text[c.start : c.end] for c in trim_candidate(candidate, text)) == [
        "Kaveh Marvast",
        "Lund University",
    ]
    wholes = ["Georgia Institute of Technology", "Brooklyn Academy of Music"]
    for whole in [*wholes, "Consolidated Edison Co of New York Inc"]:
        text = f"She studied at the {whole} for years."
        start = text.index(whole)
        candidate = Candidate(start, start + len(whole), "organization", "crf")
        assert [text[c.start : c.end] for c in trim_candidate(candidate, text)] == [whole]


def test_an_honorific_before_a_particle_names_a_person() -> None:
    text = "For decades, Mr. de Vos noted, observers came."
    start = text.index("Mr.")
    candidate = Candidate(start, text.index(" noted"), "organization", "crf")
    assert [(text[c.start : c.end], c.type) for c in trim_candidate(candidate, text)] == [
        ("de Vos", "person")
    ]


def test_a_speaker_s_contraction_is_no_name() -> None:
    for span in ("I'm Muslim", "Jim Eastland I’ve"):
        text = f"He said {span} here."
        start = text.index(span)
        candidate = Candidate(start, start + len(span), "person", "crf")
        names = [text[c.start : c.end] for c in trim_candidate(candidate, text)]
        assert names == ([] if span.startswith("I") else ["Jim Eastland"]), names


def test_a_body_s_kind_written_before_its_name_votes_for_a_body() -> None:
    text = "A new group called Kestrel Ballots raised money, said the site Orlan."
    for name in ("Kestrel Ballots", "Orlan"):
        start = text.index(name)
        entity = Entity(entity_id("place", name), "place", name)
        entity.mentions.append(Mention(start, start + len(name), name))
        group = Group(name_key(name))
        _vote_by_context(group, text, entity)
        assert group.types["organization"] > 0, name


def test_a_doubted_name_with_the_surname_of_a_person_named_is_a_relative() -> None:
    text = (
        "Jeb Bush backed Cruz on Wednesday. His son, George P. Bush, a Texas official, "
        "backs him too. Lake Bush is a reservoir."
    )
    sure = [Candidate(text.index("George"), text.index(", a Texas"), "person", "crf")]
    doubted = [
        Candidate(0, len("Jeb Bush"), "organization", "crf"),  # the model unsure of its kind
        Candidate(text.index("Lake"), text.index(" is a"), "place", "crf"),
    ]
    kept = _supported(doubted, sure, text)
    assert [(text[c.start : c.end], c.type) for c in kept] == [("Jeb Bush", "person")]


def test_a_given_name_before_and_i_is_the_person_named_in_full() -> None:
    found = _found(
        "Couple parts\n\n"
        "Anthony Weiner had more bad news on Monday. Huma Abedin said in a statement that "
        'she would leave her husband. "Anthony and I will always put our son first."\n\n'
        "Weiner said nothing.\n"
    )
    assert "Anthony" in found["Anthony Weiner"]
    assert "Anthony" not in found
