"""Property: whatever the text and layout, the blocks account for every character.

Texts are composed from headline, lead, byline, dateline variants, body paragraphs,
captions, credits and front matter, each filled with arbitrary Unicode. CI (env CI=true)
runs at least 1,000 examples; locally a quicker profile runs.
"""

from __future__ import annotations

import os

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluation.corpus_check import characters_lost
from generator.read.dates import find_date
from generator.read.reader import read_source

settings.register_profile(
    "ci", max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI", "").lower() in ("1", "true") else "dev")

# Arbitrary Unicode, without C0 controls other than tab (a NUL makes a file binary).
CHARS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="".join(chr(c) for c in range(32) if chr(c) not in "\t"),
)
LINE = st.text(CHARS, min_size=0, max_size=80).map(lambda s: s.replace("\n", " "))
WORDS = st.text(st.sampled_from("abcdefghij KLMNOPQ.,-—'\"“”’"), min_size=1, max_size=40)
PLACE = st.sampled_from(["MOSCOW", "NEW YORK", "Paris", "RIO DE JANEIRO", "ST. PETERSBURG", ""])
DATELINE = st.one_of(
    st.sampled_from(
        [
            "MOSCOW, April 6. /TASS/.",
            "IGORA /Leningrad Region/, December 26. /TASS/.",
            "LONDON, Feb 26 -",
            "LONDON (Reuters) -",
            "WASHINGTON (AP) —",
            "PARIS (AFP) -",
            "BEIJING, April 6 (Xinhua) --",
            "NEWPORT NEWS, Va. -",
            "MOSCOW. April 6 (Interfax) -",
            "April 6 (UPI) --",
            "Berlin (dpa) -",
            "**LONDON (Reuters)** -",
            "",
        ]
    ),
    st.builds(
        lambda place, month, day, agency, sep: f"{place}, {month} {day}{agency}{sep}",
        PLACE,
        st.sampled_from(["April", "Feb", "Sept.", "MARCH", "Foo"]),
        st.integers(0, 40),
        st.sampled_from(["", " (Reuters)", " (X)", ". /TASS/.", " (" * 3]),
        st.sampled_from([" -", " --", " —", "", ":"]),
    ),
)
PARAGRAPH = st.one_of(
    LINE,
    WORDS,
    st.sampled_from(
        [
            "By Jane Doe",
            "Also read",
            "© Ivan Petrov/TASS",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Photo: a view",
            "# Heading",
            "![x](y.jpg)",
            "June 18, 2024",
            "---",
            "   ",
        ]
    ),
)
FRONT_MATTER = st.one_of(
    st.just(""),
    st.builds(
        lambda title, date: "---\n" + yaml.safe_dump({"title": title, "date": date}) + "---\n",
        LINE,
        st.sampled_from(["2017-04-06", "2017-02-30", "soon", ""]),
    ),
    st.builds(lambda body: "---\n" + body + "\n", LINE),  # unterminated
    st.builds(lambda body: "---\n" + body + "\n---\n", LINE),  # any YAML, or broken
)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    parts = [draw(LINE)]  # headline
    if draw(st.booleans()):
        parts.append(draw(LINE))  # lead
    parts.extend(draw(st.lists(PARAGRAPH, max_size=3)))  # bylines, captions
    dateline = draw(DATELINE)
    parts.append(f"{dateline} {draw(LINE)}" if dateline else draw(LINE))
    parts.extend(draw(st.lists(PARAGRAPH, max_size=8)))
    joiner = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n"]))
    text = draw(FRONT_MATTER) + joiner.join(parts) + draw(st.sampled_from(["", "\n", "\n\n"]))
    if draw(st.booleans()):
        text = "\ufeff" + text
    return text, draw(st.sampled_from([".txt", ".md"]))


@given(articles())
def test_blocks_cover_every_character_and_hold_their_text(case: tuple[str, str]) -> None:
    source, suffix = case
    article = read_source(source.encode("utf-8"), f"content/2017/a{suffix}", suffix)
    find_date(article, 2017)
    expected = source.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assert article.text == expected
    text = article.text
    assert characters_lost(article) == 0
    previous_end = 0
    for block in sorted(article.blocks, key=lambda b: b.start):
        assert 0 <= previous_end <= block.start < block.end <= len(text), article.blocks
        assert text[block.start : block.end] == article.block_text(block)
        assert text[block.start : block.end].strip(), block
        previous_end = block.end
    for key in ("title", "lead"):
        assert "\n" not in getattr(article, key)
    for problem in article.errors + article.warnings:
        assert str(problem).startswith(f"{article.path}:{problem.line}: ")


@given(st.text(CHARS, max_size=300), st.sampled_from([".txt", ".md"]))
def test_any_text_at_all(source: str, suffix: str) -> None:
    article = read_source(source.encode("utf-8"), f"a{suffix}", suffix)
    find_date(article)
    assert characters_lost(article) == 0


@given(st.binary(max_size=400))
def test_any_bytes_give_an_article_or_a_clear_error(data: bytes) -> None:
    article = read_source(data, "a.txt", ".txt")
    find_date(article)
    assert characters_lost(article) == 0
    if not article.text:
        assert article.errors or not data.strip()
