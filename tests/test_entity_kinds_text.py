"""Issue 24, brief 24k: the kind the text says a name is, and no page for what is not a
name (generator/index/evidence.py, casing.py, resolution.py), each on short articles
written for it: a chain described beside a shop's name, a country run into a company's
name, a legislature's chamber, a technology, a word of tenure before a body, an acronym
of common nouns, a piece of a defined name, a speaker cut out of a longer name and a
common word capitalised by its place."""

from __future__ import annotations

import re

from quote_fixtures import paragraphs_article
from test_entity_resolution import _pages, _tagged

from generator.annotate.article import annotate
from generator.annotate.entities.candidates import Candidate
from generator.annotate.entities.sanity import sane
from generator.annotate.registry import Registry
from generator.index import build_index
from generator.model import Entity, Mention, Quote, entity_id
from generator.read.dates import find_date
from generator.read.reader import read_source


def test_a_description_after_a_name_says_it_is_a_business() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel opened Mirrenco, and T. Quellaby, a discount apparel chain, which "
                "both failed. T. Quellaby closed 40 stores.",
                [("T. Quellaby", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Orval Tenning, an Ostrava glass manufacturer and party donor, gave money. "
                "Orval Tenning gave more.",
                [("Orval Tenning", "person")],
            ),
        }
    )
    assert pages["T. Quellaby"] == "organization", pages
    # a trade's agent describes a person too: no business
    assert pages["Orval Tenning"] == "person", pages


def test_a_one_word_person_the_text_calls_a_company_is_the_company() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Shares rose after results from Quellify, the parent company of Kestrel, "
                "and from Orrinex. Quellify gained two dlrs.",
                [("Quellify", "person")],
            ),
        }
    )
    assert pages["Quellify"] == "organization", pages


def test_a_country_run_into_a_companys_name_is_the_company() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Data Corp said it signed a contract with US Quelltel to run its "
                "lines. US Quelltel will pay 20 mln dlrs.",
                [("Kestrel Data Corp", "organization"), ("US Quelltel", "place")],
            ),
        }
    )
    assert pages["US Quelltel"] == "organization", pages


def test_a_legislatures_chamber_is_a_body_and_the_white_house_stays() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The ruling party holds 300 seats in the 512-seat Lower House. The Lower "
                "House will vote on Friday. The White House will wait, White House aides said.",
                [("Lower House", "place"), ("White House", "place")],
            ),
            "content/2031/05/b-04.txt": (
                "Jeff Orrin, the top Republican in the Kentucky House, backed the bill. "
                "The Kentucky House passed it.",
                [("Kentucky House", "place"), ("Jeff Orrin", "person")],
            ),
        }
    )
    assert pages["Lower House"] == "organization", pages
    assert pages["Kentucky House"] == "organization", pages
    assert pages.get("White House") != "organization", pages  # no rank, no state


def test_a_name_a_product_noun_follows_everywhere_is_no_body() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The system joins Kestrel workstations and Quelling Disc Mirrenactive "
                "technologies, the company said.",
                [("Quelling Disc Mirrenactive", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Quelling Disc Mirrenactive technologies will ship in May. Orrin Disc Works "
                "Inc said it would make the discs.",
                [("Quelling Disc Mirrenactive", "organization")],
            ),
        }
    )
    assert "Quelling Disc Mirrenactive" not in pages, pages


def test_a_word_of_tenure_before_a_body_is_the_body_or_nothing() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Former Mirren Treasury official Dan Orrin said rates must change. The Mirren "
                "Treasury said it disagreed.",
                [
                    ("Former Mirren Treasury", "organization"),
                    ("Mirren Treasury", "organization"),
                    ("Dan Orrin", "person"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Former Assembly speaker Newt Orrin noted that the plan failed, and Newt "
                "Orrin said it would fail again.",
                [("Former Assembly", "place"), ("Newt Orrin", "person")],
            ),
        }
    )
    assert "Former Mirren Treasury" not in pages and "Former Assembly" not in pages, pages
    assert pages["Mirren Treasury"] == "organization", pages


def test_an_acronym_of_a_common_head_is_a_term_and_a_piece_of_a_defined_name_is_none() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Both sides want a treaty on Intermediate Reach Atomic forces (IRAF) soon. "
                "IRAF talks resume on Monday, and IRAF cuts may follow.",
                [("IRAF", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "The bill, called the Foreign Mirren Investment Reform (FMIR) Act, would "
                "require a vote.",
                [("Mirren Investment Reform", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "This year's bill, the Foreign Mirren Investment Reform (FMIR) Act, passed.",
                [("Mirren Investment Reform", "person")],
            ),
        }
    )
    assert "IRAF" not in pages, pages
    assert "Mirren Investment Reform" not in pages, pages


def test_a_common_word_a_sentences_start_capitalises_is_no_name() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel utilities said electric output rose 2.4 pct in the week. Electric "
                "output so far this year rose 2.2 pct. Electric sales rose too.",
                [("Electric", "organization")],
            ),
        }
    )
    assert "Electric" not in pages, pages


def test_a_speaker_cut_out_of_a_longer_name_is_that_names_entity() -> None:
    body = (
        "Story\n\nPORT MIRREN, May 3 - Kestrel Motors Corp's Quellmac Finance Services said "
        'it would lend more. Quellmac Finance Services said: "Rates will fall."\n'
    )
    article = read_source(body.encode("utf-8"), "content/2031/05/a-03.txt")
    find_date(article)
    name = "Quellmac Finance Services"
    article.entities.append(
        Entity(
            entity_id("organization", name),
            "organization",
            name,
            mentions=[Mention(m.start(), m.end(), name) for m in re.finditer(name, article.text)],
        )
    )
    start = article.text.index('"Rates')
    article.quotes.append(
        Quote(
            "q1",
            start,
            start + 18,
            '"Rates will fall."',
            speaker="Finance Services",
            speaker_id=entity_id("person", "Finance Services"),
        )
    )
    index = build_index([article], Registry())
    assert "Finance Services" not in _pages(index)
    assert [ref.quote.speaker for ref in index.quotes()] == [name]


def test_a_family_named_by_its_surname_is_no_mention_of_one_of_them() -> None:
    article = paragraphs_article(
        "Orval Tenning, chairman of Mirrenco Ltd, said the board would meet on Friday.",
        "The Tenning family, which holds 40 pct of the shares, did not comment.",
        "Tenning's sister sits on the board.",
    )
    (tenning,) = [e for e in annotate(article, Registry()).entities if e.type == "person"]
    spans = [article.text[m.start : m.end] for m in tenning.mentions]
    assert spans == ["Orval Tenning", "Tenning"]
    assert article.text.index("Tenning's") in [m.start for m in tenning.mentions]


def test_a_given_name_that_is_also_a_word_is_the_names_after_a_title() -> None:
    article = paragraphs_article(
        "Sen. Rand Paul, R-Ky., said the bill spent too much.",
        "See the full list of votes below.",
    )
    people = [e.name for e in annotate(article, Registry()).entities if e.type == "person"]
    assert people == ["Rand Paul"]


def test_a_city_before_a_papers_word_is_the_paper() -> None:
    article = paragraphs_article(
        "In an interview with the Washington Post on Monday, the senator said the bill would fail.",
        "He flew back to Washington on Tuesday.",
    )
    kinds = {e.name: e.type for e in annotate(article, Registry()).entities}
    assert kinds.get("Washington Post") == "organization", kinds
    assert kinds.get("Washington") == "place", kinds


def test_a_month_after_a_name_is_no_part_of_it() -> None:
    text = "Cocoa was offered at 2.27 times New York Dec, dealers said."
    span = Candidate(text.index("New York"), text.index(","), "organization", "crf")
    assert sane(span, text)
    assert text[span.start : span.end] == "New York"


def test_words_a_web_page_runs_together_are_no_name() -> None:
    text = (
        "in New Hampshire.FlagShareLikeReplyDara Kestel 5pts moderator, and "
        "Freeport-McMoRan Copper said"
    )
    run_in = text.index("FlagShare")
    assert not sane(
        Candidate(run_in, run_in + len("FlagShareLikeReplyDara Kestel"), "person", "crf"), text
    )
    firm = text.index("Freeport")
    assert sane(Candidate(firm, firm + len("Freeport-McMoRan Copper"), "organization", "crf"), text)
