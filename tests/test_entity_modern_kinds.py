"""Issue 24, brief 24m: things modern news names like bodies that are no body, on short
articles written for it: a law or a pact (generator/index/evidence.py `retype`), a
conference named like a body, a body's head word alone, a descriptor or a post written
like a name and a title's abbreviation before a name (generator/annotate/words.py
NOT_ENTITIES, entities/candidates.py `trim_candidate`), a name whose first word is "Our",
and a description or a heading taken for a speaker's name (quotes/resolution.py,
attribution.py)."""

from __future__ import annotations

from entity_fixtures import fixture_blocks
from test_entity_resolution import _tagged

from generator.annotate import annotate
from generator.annotate.entities.candidates import Candidate
from generator.annotate.entities.recognition import _joined_heads, find_entities
from generator.annotate.registry import Registry
from generator.model import Article
from generator.read.dates import find_date
from generator.read.reader import read_source


def _found(text: str) -> dict[str, list[str]]:
    """Every entity's name and its mentions' words in an article whose first line is its
    title."""
    article = Article(path="test.txt", text=text, blocks=fixture_blocks(text))
    return {
        entity.name: [m.text for m in entity.mentions]
        for entity in find_entities(article, Registry())
    }


def test_a_law_or_a_pact_the_text_names_is_a_thing_not_a_body() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Could the Vellmar-Tosk Act, the 1933 law, return? Vellmar-Tosk split the "
                "banks, and the platform restores Vellmar-Tosk.",
                [("Vellmar-Tosk", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Orlan called the 12-nation KPT pact insanity. Senators oppose KPT.",
                [("KPT", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Crowds protested against the Ostral Trade and Investment Partnership in "
                "Mirren, and the Bill of Freedoms of the republic.",
                [
                    ("Ostral Trade and Investment Partnership", "organization"),
                    ("Bill of Freedoms", "organization"),
                ],
            ),
            "content/2031/05/d-06.txt": (
                "Kestrel Mills said its deal with the union was signed. The Kestrel Mills "
                "pact covers 900 workers. Kestrel Mills shares rose.",
                [("Kestrel Mills", "organization")],
            ),
        }
    )
    assert pages["Vellmar-Tosk"] == "other", pages
    assert pages["KPT"] == "other", pages
    assert pages["Ostral Trade and Investment Partnership"] == "other", pages
    assert pages["Bill of Freedoms"] == "other", pages
    # a company's labour pact: the company acts as a body ("its", shares)
    assert pages["Kestrel Mills"] == "organization", pages


def test_a_conference_people_attend_is_an_event() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "At VCAC, a host asked Orlan about the race. VCAC attendees cheered, though "
                "Tamsin Rook dropped out of VCAC on Friday. Most VCAC attendees back Orlan.",
                [("VCAC", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Mirren Growers said its members attended the Mirren Growers meeting. "
                "Mirren Growers attendees voted.",
                [("Mirren Growers", "organization")],
            ),
        }
    )
    assert pages["VCAC"] == "event", pages
    assert pages["Mirren Growers"] == "organization", pages  # "said its": a body


def test_a_bodys_head_word_alone_gets_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The race cost $9 million, according to the Center for Responsive Ballots. "
                "Ana Pell directs the Mirren Center for Politics.",
                [("Center", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "The Center for Voting Rules counted the money.",
                [("Center", "organization")],
            ),
        }
    )
    assert "Center" not in pages, pages


def test_descriptors_posts_and_title_abbreviations_are_no_names() -> None:
    found = _found(
        "Group presses Clinton\n"
        "By not breaking with General Wesley Clark, Sec. Clinton chose a loyalist, the "
        "group said. Discrimination against LGBT people should stop, Mara Quell said. A "
        "group of 67 Latin American artists signed a letter. Orlan's potential VP spoke "
        "with the Civil Rights icon Rep. Tamsin Rook. "
        "Kestrel Inc said it filed the report with the SEC. The filing was late.\n"
    )
    assert not {"Sec", "LGBT", "Latin American", "VP", "Civil Rights"} & set(found), found
    assert found.get("SEC") == ["SEC"], found  # the acronym, in capitals, before "The"


def test_a_name_that_begins_with_our_keeps_it() -> None:
    found = _found(
        "Groups launch ads\n"
        "Two groups launched attack ads ahead of the May 3 primary in Ostrava.\n"
        "The ads come from Our Principles PAC, a Super PAC aimed at taking out the "
        "frontrunner, and from the Club for Growth group.\n"
        "Our Principles PAC, which was founded by a former staffer, will reach voters via "
        "mail. In Wisconsin, Our Principles PAC spent $1.3 million ahead of the primary.\n"
    )
    assert found.get("Our Principles PAC") == ["Our Principles PAC"] * 3, found
    assert "Principles PAC" not in found, found


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    """Each quotation's speaker and page in a whole annotated article."""
    text = "Story\n\nPORT MIRREN, May 3 - " + "\n\n".join(paragraphs) + "\n"
    article = read_source(text.encode("utf-8"), "content/2031/05/a.txt")
    find_date(article)
    annotate(article, Registry())
    return [(q.speaker, q.speaker_id) for q in article.quotes]


def test_a_description_or_a_heading_is_no_speakers_name() -> None:
    found = _speakers(
        "A group of 67 Latin American artists and writers published an open letter about "
        'the race and called on people to "reject the hateful words of the campaign."',
        "In a long video, the al Qaeda-linked Islamic extremist cleric Tavo Renn, who was "
        'killed in 2011, is shown lecturing: "Sooner or later the people will rise."',
        '"Support was soft to begin with," Texas-based Matt Orlow said.',
        "Kestrel said the fleet would stay in the region for decades.",
        '"That is because this region remains the most consequential for our security."',
        "KESTREL COUNTER.",
        "In an apparent counter to the policies of Orlan, the fleet sailed on.",
    )
    assert ("Matt Orlow", "people/matt-orlow") in found, found
    junk = {"people/latin-american", "people/qaeda-linked-islamic", "people/kestrel-counter"}
    assert not junk & {speaker_id for _, speaker_id in found}, found


def test_a_bodys_head_and_the_name_after_for_are_one_name() -> None:
    text = "The money, says the Center for Responsive Ballots, and the Kestrel for Mirren."
    center = text.index("Center")
    ballots = text.index("Responsive")
    kestrel = text.index("Kestrel")
    candidates = [
        Candidate(ballots, ballots + len("Responsive Ballots"), "organization", "crf"),
        Candidate(kestrel, kestrel + len("Kestrel"), "organization", "crf"),
        Candidate(text.index("Mirren"), text.index("Mirren") + 6, "organization", "crf"),
    ]
    unsure = [Candidate(center, center + len("Center"), "organization", "crf")]
    kept, unsure = _joined_heads(candidates, unsure, text)
    names = sorted(text[c.start : c.end] for c in kept)
    # "Kestrel" is no body's head: "Kestrel for Mirren" stays two names
    assert names == ["Center for Responsive Ballots", "Kestrel", "Mirren"], names
    assert unsure == []
