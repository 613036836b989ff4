"""Quotations on the article page as a reader sees them: a callout names the speaker and
says how a speaker not named beside the quotation was found; a partial quotation woven
into reported speech stays in its paragraph, marked; an editor's correction shows."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup

from generator.annotate import Registry, annotate
from generator.index import build_index
from generator.model import Quote
from generator.read import read_source
from generator.render.articles import article_page, callout
from generator.render.context import PageContext
from generator.settings import Settings

ARTICLE = (
    "Harbour board splits over the budget\n"
    "Port Elling's harbour master wants a new vote\n"
    "PORT ELLING, March 3 (Reuters) - Harbour master Ines Varga said on Monday that the "
    'plan was "a costly mistake for the town" and asked the board for a new vote.\n'
    '"We will not sign this budget as it stands," Varga told the board.\n'
    '"The vote will come next month," she said.\n'
)


def _page(source: str) -> BeautifulSoup:
    article = annotate(read_source(source.encode("utf-8"), "content/2021/03/a.txt"), Registry())
    context = PageContext(build_index([article], Registry()), [], Settings())
    article_page(context, article)
    (page,) = context.pages.values()
    html = markdown.markdown(
        page.split("\n---\n", 1)[1],
        extensions=["admonition", "attr_list", "md_in_html", "tables", "toc"],
    )
    return BeautifulSoup(html, "html.parser")


def _callout(soup: BeautifulSoup, words: str):
    return next(c for c in soup.select(".admonition.quote") if words in c.get_text())


def test_a_partial_quotation_stays_in_its_paragraph_marked_with_its_speaker():
    soup = _page(ARTICLE)
    partial = soup.select_one(".quote-partial")
    assert partial is not None and "a costly mistake for the town" in partial.get_text()
    assert partial["title"] == "Quoting Ines Varga"
    assert partial.find_parent(class_="admonition") is None
    assert "asked the board for a new vote" in partial.find_parent("p").get_text()


def test_a_callout_says_how_a_speaker_introduced_by_a_pronoun_was_found():
    soup = _page(ARTICLE)
    named = _callout(soup, "We will not sign")
    assert "Ines Varga" in named.select_one(".admonition-title").get_text()
    assert named.select_one(".quote-via") is None  # named beside the quotation
    pronoun = _callout(soup, "The vote will come")
    title = pronoun.select_one(".admonition-title")
    assert "Ines Varga" in title.get_text()
    assert title.select_one(".quote-via").get_text() == "identified from “she”"


def test_an_editors_correction_wins_and_says_so():
    corrected = '---\nspeakers:\n  "The vote will come": Tomas Brek\n---\n' + ARTICLE
    title = _callout(_page(corrected), "The vote will come").select_one(".admonition-title")
    assert "Tomas Brek" in title.get_text() and "Ines Varga" not in title.get_text()
    assert title.select_one(".quote-via").get_text() == "attribution corrected by the editor"


def test_the_words_a_speaker_was_found_from_are_text_never_markup():
    quote = Quote(
        "q1", 0, 10, '"Yes."', speaker="a <b>harbour</b> *official*",
        attribution="description", via='the <script>alert(1)</script> "official"',
    )  # fmt: skip
    context = PageContext(build_index([], Registry()), [], Settings())
    html = markdown.markdown(callout(context, quote, "Yes.", "articles/a.md"),
                             extensions=["admonition"])  # fmt: skip
    title = BeautifulSoup(html, "html.parser").select_one(".admonition-title")
    assert title.find("script") is None and title.find("b") is None and title.find("em") is None
    assert "<script>alert(1)</script>" in title.select_one(".quote-via").get_text()
    assert "a <b>harbour</b> *official*" in title.get_text()


def test_a_speaker_the_article_never_names_shows_as_the_text_describes_them_unlinked():
    soup = _page(
        "Lira slips after rate cut\n"
        "Dealers expect more pressure this week\n"
        "ROME, March 4 (Reuters) - The lira fell on Wednesday, bankers said.\n"
        '"Nobody wants to hold lire over the weekend," one dealer said.\n'
        '"There is no panic yet," he said.\n'
    )
    for words in ("Nobody wants", "no panic"):
        title = _callout(soup, words).select_one(".admonition-title")
        assert title.get_text().startswith("one dealer")
        assert title.find("a") is None  # no page for a person the text never names
        assert title.select_one(".quote-unnamed").get_text() == "not named in the article"
    assert _callout(soup, "no panic").select_one(".quote-via").get_text() == "identified from “he”"
