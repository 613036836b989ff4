"""Property-based tests over the whole text path, read -> annotate -> render ->
HTML: it never crashes, and the page shows every word of the source, in order."""

from __future__ import annotations

import os
import re

import markdown
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.index import build_index
from generator.read.reader import read_source
from generator.render.articles import article_page
from generator.render.context import PageContext
from generator.settings import Settings

settings.register_profile(
    "render-ci", max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile(
    "render-dev", max_examples=150, deadline=None, suppress_health_check=list(HealthCheck)
)
PROFILE = "render-ci" if os.environ.get("CI", "").lower() in ("1", "true") else "render-dev"

# Printable text with the characters that mean something to Markdown and HTML made likely.
METACHARACTERS = "<>&*_[]()#|!`{}\\\"'-+.:=~^$@/;"
LINE_CHARS = st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn")),
    st.sampled_from(METACHARACTERS),
)
LINE = st.text(LINE_CHARS, min_size=1, max_size=80).filter(lambda s: s.strip())
WORDY = st.lists(
    st.one_of(st.sampled_from(["Anna", "Berg", "said", "the", "Council", '"We', 'win,"']), LINE),
    min_size=1,
    max_size=12,
).map(" ".join)
DATELINES = st.sampled_from(
    ["", "LONDON, Feb 26 - ", "MOSCOW, April 6. /TASS/. ", "PARIS (AFP) - "]
)


@st.composite
def wire_articles(draw: st.DrawFn) -> str:
    title = draw(LINE)
    lead = draw(WORDY)
    body = draw(st.lists(WORDY, min_size=1, max_size=5))
    body[0] = draw(DATELINES) + body[0]
    return "\n".join([title, lead, *body]) + "\n"


def _article_html(source: str) -> str:
    """The article page's body as Python-Markdown turns it into HTML, with the site's
    Markdown extensions."""
    article = annotate(read_source(source.encode("utf-8"), "content/2020/01/a.txt"), Registry())
    context = PageContext(build_index([article], Registry()), [], Settings())
    article_page(context, article)
    (page,) = context.pages.values()
    return markdown.markdown(
        page.split("\n---\n", 1)[1],
        extensions=["admonition", "attr_list", "md_in_html", "tables", "toc"],
    )


def _in_order(words: list[str], text: str) -> str | None:
    """The first word not found after the previous one, or None."""
    position = 0
    for word in words:
        found = text.find(word, position)
        if found < 0:
            return word
        position = found + len(word)
    return None


@settings(settings.get_profile(PROFILE))
@given(wire_articles())
def test_page_shows_every_line_in_order_and_no_element_the_text_asked_for(source: str):
    html = _article_html(source)
    soup = BeautifulSoup(html, "html.parser")
    shown = " ".join(soup.get_text("").split())
    # Line by line: a byline or kicker the reader finds above the headline is shown
    # under it, as newspapers print them.
    for line in source.splitlines():
        missing = _in_order(line.split(), shown)
        assert missing is None, (missing, shown[:500])
    tags = {tag.name for tag in soup.find_all(True)}
    assert tags <= {"h1", "h2", "p", "a", "div", "ul", "li", "strong", "pre", "code", "span"}
    assert not re.search(r"<(script|img|iframe|style|em|table|blockquote)\b", html)
