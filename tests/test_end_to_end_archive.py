"""Issue 18: imported wire copy publishes cleanly and reads like a news site.

The unit tests use short articles written for them; the corpus tests import a sample
of Reuters-21578 stories as a new user would (`import --source Reuters`), build them
with CI=true strictly, and look at the pages in Chromium.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import (
    CORPORA,
    ROOT,
    generator,
    make_project,
    open_page,
    open_search_box,
    run,
    screenshot,
)

from generator.annotate.quotes.repeats import mark_repeats
from generator.model import Quote
from generator.read.dates import find_date
from generator.read.reader import read_source
from generator.render.entities import distinct_roles, names_among
from generator.render.teasers import opening_sentences, readable_headline, teaser

REUTERS = CORPORA / "reuters-21578.jsonl.gz"
SAMPLE_SIZE = 2000  # issue 26: a 2,000-story import builds strictly
PUBLISHED_AT = "https://archive.example.org/"


# ----------------------------------------------------------------------------- units


def test_a_capitals_headline_reads_in_title_case_keeping_acronyms() -> None:
    text = "The EC said the tin council, ATPC, met in London. U.S. officials agreed."
    assert (
        readable_headline("EC AND ATPC AGREE ON TIN <TIN.L> EXPORTS", text)
        == "EC and ATPC Agree on Tin <TIN.L> Exports"
    )
    assert readable_headline("U.S. WHEAT SALES RISE", "") == "U.S. Wheat Sales Rise"
    # Mixed case is the editor's choice: never changed.
    assert readable_headline("Russian envoy says no progress", "") == (
        "Russian envoy says no progress"
    )
    assert readable_headline("NATO", "") == "NATO"  # one word in capitals: an acronym


def test_teaser_is_the_lead_else_whole_opening_sentences() -> None:
    body = (
        "The harbour board approved the new ferry timetable on a close vote. "
        "Ferries will run every twenty minutes from May, the board said. "
        "Residents of the island had asked for a later last crossing for years, and the "
        "board's chairman promised a review of fares before the summer season begins."
    )
    shown = opening_sentences(body)
    assert shown.endswith("the board said.") and len(shown) <= 220
    one_long = "word " * 100 + "end."
    cut = opening_sentences(one_long)
    assert cut.endswith("word…") and len(cut) <= 321
    article = read_source(
        f"Ferry timetable approved\nLONDON, May 2 - {body}\n".encode(), "2024/05/a.txt", ".txt"
    )
    assert teaser(article).startswith("The harbour board approved")  # no dateline
    with_lead = read_source(b"---\nlead: The short lead.\n---\nHead\nText.\n", "a.txt", ".txt")
    assert teaser(with_lead) == "The short lead."


def _quote(qid: str, start: int, text: str) -> Quote:
    return Quote(id=qid, start=start, end=start + len(text), text=text)


def test_a_quotation_in_the_lead_and_the_body_is_one_quotation() -> None:
    full = '"In particular, there has been no progress in restoring cooperation,"'
    quotes = [
        _quote("q1", 10, full),
        _quote("q2", 200, '"We will see how they respond."'),
        _quote("q3", 400, full.replace(",”", ".").replace(',"', '."')),
        _quote("q4", 600, '"In particular, there has been no progress ...,"'),
    ]
    mark_repeats(quotes)
    assert {q.id: q.same_as for q in quotes} == {"q1": None, "q2": None, "q3": "q1", "q4": "q1"}
    distinct = [_quote("q1", 10, full), _quote("q2", 200, '"We will see how they respond."')]
    mark_repeats(distinct)
    assert [q.same_as for q in distinct] == [None, None]


def test_roles_and_descriptions_are_not_aliases_and_one_role_shows_once() -> None:
    aliases = ["Grushko", "The Russian diplomat", "Russia's NATO envoy", "Alexander de Grushko"]
    assert names_among(aliases) == ["Alexander de Grushko", "Grushko"]
    roles = {
        "Russia's Permanent Representative to NATO": "2017-04-06",
        "Permanent Representative of Russia to NATO": None,
        "Deputy Foreign Minister": "2017-05-01",
    }
    assert distinct_roles(roles) == [
        ("Russia's Permanent Representative to NATO", "2017-04-06"),
        ("Deputy Foreign Minister", "2017-05-01"),
    ]


def test_site_graph_labels_stop_short_of_the_next_column() -> None:
    """A long name takes a second line rather than being cut (issue 26: "Securities and
    Exchange..."); only a name longer than two lines is cut."""
    from generator.render.graph import _wrapped

    assert _wrapped("George Shultz") == ["George Shultz"]
    assert _wrapped("Securities and Exchange Commission") == [
        "Securities and Exchange",
        "Commission",
    ]
    assert " ".join(_wrapped("U.S. Department of Agriculture")) == "U.S. Department of Agriculture"
    assert " ".join(_wrapped("Organization of Petroleum Exporting Countries")) == (
        "Organization of Petroleum Exporting Countries"
    )
    assert _wrapped("W" * 40)[0].endswith("…") and len(_wrapped("W" * 40)[0]) < 18
    three = _wrapped("Agricultural Stabilization and Conservation Service of the Department")
    assert len(three) == 2 and three[-1].endswith("…")


@pytest.mark.parametrize(
    "text",
    [
        "МОСКВА, 6 апреля. /ТАСС/. Переговоры продолжатся.",
        "BERLIN, 6. April (dpa) - Die Gespräche gehen weiter.",
        "PARIS, 6 avril (AFP) - Les discussions continuent.",
    ],
)
def test_a_non_english_dateline_in_a_dated_path_gets_its_date_quietly(text: str) -> None:
    article = read_source(f"Заголовок\n{text}\n".encode(), "content/2017/04/a.txt", ".txt")
    find_date(article)
    assert article.date == dt.date(2017, 4, 6), article.date
    assert not article.warnings, article.warnings


# ----------------------------------------------------------------------------- command line


def test_annotate_prints_a_summary_and_json_prints_the_record(tmp_path: Path) -> None:
    sample = ROOT / "content" / "2017" / "04" / "russian-envoy-says-no-progress.txt"
    summary = generator("annotate", str(sample), cwd=ROOT).stdout
    assert summary.splitlines()[0].endswith(
        "Russian envoy says no progress in relations between Russia, NATO"
    )
    assert "2017-04-06 (dateline+weekday) · Moscow · TASS" in summary
    assert "quotations" in summary and not summary.lstrip().startswith("{")
    record = json.loads(generator("annotate", "--json", str(sample), cwd=ROOT).stdout)
    assert record["title"].startswith("Russian envoy") and record["quotes"]


def test_build_warns_while_site_url_is_the_example(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    result = generator("build", "--strict", cwd=project)  # a notice, not a failure
    assert "notice: mkdocs.yml:" in result.stderr
    assert "site_url is https://example.github.io/archive/" in result.stderr
    assert "0 warnings, 1 notice" in result.stderr  # counted in the summary it precedes
    assert "SITE_URL" in result.stderr and "Pages workflow" in result.stderr
    env = {**os.environ, "SITE_URL": PUBLISHED_AT, "PYTHONPATH": str(ROOT)}
    quiet = subprocess.run(
        [sys.executable, "-m", "generator", "build"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "site_url" not in quiet.stderr


def test_run_outside_the_virtual_environment_says_how_to_run_it() -> None:
    # -S: no site-packages, as with a system Python that lacks the dependencies.
    result = subprocess.run(
        [sys.executable, "-S", "-m", "generator", "build"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": os.environ.get("PATH", "")},
    )
    assert result.returncode == 2
    assert ".venv/bin/python -m generator" in result.stderr and "make build" in result.stderr
    assert "Traceback" not in result.stderr


# ----------------------------------------------------------------------------- Reuters sample


@pytest.fixture(scope="module")
def reuters(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(project, build messages) for SAMPLE_SIZE imported Reuters stories, built as the
    Pages workflow builds: CI=true, strict, then `mkdocs build --strict`."""
    if not REUTERS.exists():
        pytest.skip("../shared/corpora is not here")
    project = make_project(tmp_path_factory.mktemp("reuters"), with_sample=False)
    content = str(project / "content")
    limit = str(SAMPLE_SIZE)
    args = ["--content", content, "--limit", limit, "--source", "Reuters", "--quiet"]
    generator("import", str(REUTERS), *args, cwd=project)
    env = ["env", "CI=true", f"SITE_URL={PUBLISHED_AT}"]
    built = run([*env, sys.executable, "-m", "generator", "build", "--strict"], cwd=project)
    run([*env, sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project)
    return project, built.stderr


def _soup(project: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((project / "site" / page / "index.html").read_text("utf-8"), "html.parser")


@pytest.mark.corpus
def test_a_reuters_sample_builds_strictly_without_a_false_warning(reuters) -> None:
    _, messages = reuters
    assert "0 errors, 0 warnings" in messages, messages


_CAPITALS = re.compile(r"(?<![A-Za-z])[A-Z][A-Z0-9&'.\-]*[A-Z0-9](?:s)?(?![A-Za-z])")


@pytest.mark.corpus
def test_no_list_headline_lower_cases_a_word_its_story_writes_in_capitals(reuters) -> None:
    """Over every headline of the archive's lists: a word the story's own text writes in
    capitals (`USDA`, `CMOs`) is in capitals in the list, and a symbol in angle brackets
    is as the story gives it."""
    project, _ = reuters
    site = project / "site"
    listed: dict[str, str] = {}  # article page -> its headline in the archive lists
    for page in sorted((site / "archive").rglob("index.html")):
        for link in BeautifulSoup(page.read_text("utf-8"), "html.parser").select(
            "article a[href*='/articles/']"
        ):
            target = (page.parent / link["href"]).resolve()
            listed[str(target.relative_to(site.resolve()))] = link.get_text()
    assert len(listed) >= 1900
    wrong = []
    for address, shown in listed.items():
        soup = BeautifulSoup((site / address / "index.html").read_text("utf-8"), "html.parser")
        article = soup.select_one("article")
        for anchor in article.select(".headerlink"):
            anchor.decompose()
        verbatim = article.select_one("h1").get_text()
        links = article.select_one("p.article-links")
        for after in [links, *links.find_next_siblings()]:
            after.decompose()  # related articles, citation: other stories' words
        for chrome in article.select("h1, .article-meta, .article-dateline, script, style"):
            chrome.decompose()
        body = article.get_text(" ")
        if not verbatim.isupper():
            assert shown == verbatim, address  # mixed case: never changed
            continue
        capitals = {m.group().removesuffix("s") for m in _CAPITALS.finditer(body)}
        for word in re.findall(r"[A-Za-z][A-Za-z.&'\-]*", shown):
            if word.upper() in capitals and word != word.upper():
                wrong.append((address, shown, word))
        for symbol in re.findall(r"<[^<>]+>", verbatim):
            if " " not in symbol and symbol not in shown:
                wrong.append((address, shown, symbol))
    assert not wrong, wrong[:20]


@pytest.mark.corpus
def test_index_pages_of_the_sample(reuters) -> None:
    project, _ = reuters
    home = _soup(project, "")
    assert home.title.get_text() == "News archive"
    tabs = [a.get_text(strip=True) for a in home.select(".md-tabs__link")]
    assert "Tags" not in tabs and "Sources" in tabs
    headlines = [h.get_text(strip=True) for h in home.select("h2.summary-title")]
    assert headlines and not any(h.isupper() for h in headlines)
    assert len(home.select(".article-summary")) == len(headlines)
    sources = _soup(project, "sources")
    assert re.search(r"Reuters\s+\(\d{3,4}\)", sources.select_one("article").get_text(" "))
    # A-Z: every letter on every page of the index, no Older/Newer.
    paged = []
    for folder in ("people", "organizations", "places"):
        pages = [folder, *[f"{folder}/page/{n}" for n in range(2, 6)]]
        pages = [p for p in pages if (project / "site" / p / "index.html").exists()]
        if len(pages) >= 2:
            paged += pages
    assert paged, "the sample should fill more than one page of some entity index"
    for page in paged:
        soup = _soup(project, page)
        bar = soup.select_one(".az-jump").get_text(" ")
        assert all(letter in bar.split() for letter in "ABCDEFGHIJKLMNOPRSTW"), bar
        text = soup.select_one("article").get_text(" ")
        assert "Older" not in text and "Newer" not in text
        assert "Next →" in text or "← Previous" in text
    article = next((project / "site" / "articles").glob("*/*/*/index.html"))
    citation = BeautifulSoup(article.read_text("utf-8"), "html.parser").select_one("pre")
    assert citation.get_text().startswith("Reuters.")


# ----------------------------------------------------------------------------- in Chromium


def _boxes_overlap(a: dict, b: dict) -> bool:
    return not (
        a["right"] <= b["left"]
        or b["right"] <= a["left"]
        or a["bottom"] <= b["top"]
        or b["bottom"] <= a["top"]
    )


@pytest.mark.corpus
@pytest.mark.browser
def test_the_sample_reads_like_a_news_site(reuters, browser, serve) -> None:
    project, _ = reuters
    base = serve(project / "site")
    context, page = open_page(browser)
    try:
        page.goto(base + "/")
        summaries = page.locator(".article-summary")
        lengths = [len(summaries.nth(n).inner_text()) for n in range(summaries.count())]
        assert len(lengths) >= 10 and all(lengths), lengths  # earnings items are short
        assert sum(length > 60 for length in lengths) > len(lengths) / 2, lengths
        weight = page.locator("h2.summary-title a").first.evaluate(
            "a => getComputedStyle(a).fontWeight"
        )
        assert int(weight) >= 600
        screenshot(page, "archive-home")
        page.goto(base + "/places/london/")
        items = page.locator("article li:has(> a[href*='articles/'])")
        assert items.count() >= 5
        for n in range(5):  # headline · date, then a line of text
            assert len(items.nth(n).inner_text().splitlines()) >= 2
        screenshot(page, "archive-entity")
        page.goto(base + "/sources/")
        assert "Reuters" in page.locator("article").inner_text()
        screenshot(page, "archive-sources")
        page.goto(base + "/connections/")
        boxes = page.eval_on_selector_all(
            ".connected-graph--site text",
            "nodes => nodes.map(n => { const r = n.getBoundingClientRect();"
            " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })",
        )
        svg = page.locator(".connected-graph--site svg").bounding_box()
        assert len(boxes) >= 20
        for n, box in enumerate(boxes):
            assert box["left"] >= svg["x"] - 1 and box["right"] <= svg["x"] + svg["width"] + 1
            for other in boxes[n + 1 :]:
                assert not _boxes_overlap(box, other), (box, other)
        legend = page.locator(".connected-graph--site .graph-legend").inner_text()
        assert "Person" in legend and "Organization" in legend
        # Every label is the whole name (its lines joined), none cut short.
        labels = page.eval_on_selector_all(
            ".connected-graph--site a.graph-node",
            "links => links.map(a => [a.getAttribute('aria-label'),"
            " Array.from(a.querySelectorAll('tspan')).map(s => s.textContent).join(' ')])",
        )
        assert len(labels) >= 20
        for name, shown in labels:
            assert name.startswith(shown + ": mentioned with"), (name, shown)
        list_box = page.locator(".connections-list").bounding_box()
        assert list_box["y"] >= svg["y"] + svg["height"] - 1  # below: no empty area beside
        screenshot(page, "archive-connections")
        assert not page.errors, page.errors
    finally:
        context.close()


@pytest.mark.corpus
@pytest.mark.browser
def test_on_a_phone_the_lead_is_on_the_first_screen(reuters, browser, serve) -> None:
    project, _ = reuters
    base = serve(project / "site")
    articles = sorted((project / "site" / "articles").glob("*/*/*/index.html"))
    longest = max(articles, key=lambda path: len(path.parent.name))  # the longest headline
    address = "/" + longest.parent.relative_to(project / "site").as_posix() + "/"
    context, page = open_page(browser, viewport={"width": 390, "height": 844})
    try:
        page.goto(base + address)
        lead = page.locator(".article-lead, .article-dateline + p").first
        box = lead.bounding_box()
        assert box is not None and box["y"] + min(box["height"], 60) <= 844, box
        screenshot(page, "archive-article-phone")
    finally:
        context.close()


def _most_quoted_article(project: Path) -> str:
    """The address of the sample's article with the most quotations."""
    counts = {}
    for page in (project / "docs" / "articles").rglob("*.md"):
        found = re.search(r"^quotes: (\d+)$", page.read_text("utf-8"), re.M)
        if found:
            counts[page] = int(found.group(1))
    busiest = max(counts, key=lambda page: (counts[page], page.name))
    return "/" + busiest.relative_to(project / "docs").with_suffix("").as_posix() + "/"


@pytest.mark.corpus
@pytest.mark.browser
def test_an_article_with_many_quotations_reads_as_one_text(reuters, browser, serve) -> None:
    """Issue 26: callouts set off like a newspaper's pull quote (no box, card shadow or
    tinted header; narrower than the text), at most one per quotation, one speaker's
    consecutive quotations together; the headline dark and bold."""
    project, _ = reuters
    base = serve(project / "site")
    context, page = open_page(browser, viewport={"width": 1280, "height": 800})
    try:
        page.goto(base + _most_quoted_article(project))
        callouts = page.locator("article .admonition.quote")
        anchors = page.locator("article .quote-anchor").count()
        assert 3 <= callouts.count() <= anchors
        for n in range(callouts.count()):
            assert callouts.nth(n).locator(".quote-anchor").count() >= 1  # a quotation each
        border, shadow, background, title_background = callouts.first.evaluate(
            "c => { const s = getComputedStyle(c), t = getComputedStyle(c.firstElementChild);"
            " return [s.borderTopWidth, s.boxShadow, s.backgroundColor, t.backgroundColor]; }"
        )
        assert border == "0px" and shadow == "none"
        assert background == title_background == "rgba(0, 0, 0, 0)"
        text = page.locator("article > p:not([class])").first
        said = callouts.first.locator("p:not(.admonition-title)").first
        body, box = text.bounding_box(), callouts.first.bounding_box()
        assert box["x"] > body["x"] and box["width"] < body["width"]  # set in, narrower
        size = "e => parseFloat(getComputedStyle(e).fontSize)"
        assert said.evaluate(size) >= text.evaluate(size)  # read at the article's size
        speakers = callouts.evaluate_all(
            "cs => cs.map(c => c.querySelector('.admonition-title').textContent)"
        )
        adjacent = page.locator("article .admonition.quote + .admonition.quote").count()
        # Two callouts side by side are two speakers (one speaker's would be one).
        assert adjacent <= sum(a != b for a, b in zip(speakers, speakers[1:], strict=False))
        color, weight = page.locator("article h1").evaluate(
            "h => [getComputedStyle(h).color, getComputedStyle(h).fontWeight]"
        )
        assert int(weight) >= 700
        assert sum(int(v) for v in re.findall(r"\d+", color)[:3]) < 150, color  # near black
        screenshot(page, "issue26-article-quotations", full_page=False)
        assert not page.errors, page.errors
    finally:
        context.close()


@pytest.mark.corpus
@pytest.mark.browser
def test_the_quotes_page_opens_with_quotations(reuters, browser, serve) -> None:
    project, _ = reuters
    base = serve(project / "site")
    context, page = open_page(browser, viewport={"width": 1280, "height": 800})
    try:
        page.goto(base + "/quotes/")
        first = page.locator("article blockquote").first.bounding_box()
        assert first is not None and first["y"] + 40 <= 800  # a quotation on the first screen
        quote = page.locator("article blockquote").first.inner_text()
        assert " — " in quote and "in context" in quote  # its speaker and article
        assert page.locator("article .quote-speakers a").count() >= 10  # below
        screenshot(page, "issue26-quotes", full_page=False)
    finally:
        context.close()


@pytest.mark.corpus
@pytest.mark.browser
def test_a_search_for_a_name_shows_the_story_text(reuters, browser, serve) -> None:
    project, _ = reuters
    base = serve(project / "site")
    context, page = open_page(browser, viewport={"width": 1280, "height": 800})
    try:
        page.goto(base + "/")
        page.wait_for_load_state("networkidle")
        open_search_box(page)
        page.keyboard.type("Volcker")
        page.locator(".md-search-result__item").first.wait_for()
        page.wait_for_timeout(600)
        results = page.locator(".md-search-result__item")
        excerpts = []
        for n in range(min(results.count(), 6)):
            about = results.nth(n).locator(".archive-search__about").inner_text()
            text = results.nth(n).locator("p").last.inner_text()
            title = results.nth(n).locator("h1").inner_text()
            assert not title.isupper(), title  # the headline as lists show it
            if re.search(r"\d{4}", about):  # an article: date · place · agency
                excerpts.append(text)
        assert excerpts
        chrome = re.compile(
            r"\d+ quotations?\b|Also written as|In this article|Cite this|Permanent link|"
            r"\bRoles\b|Often mentioned with|Mentions over time|\d{4} · "
        )
        for text in excerpts:
            assert "volcker" in text.lower() and not chrome.search(text), text
        screenshot(page, "issue26-search", full_page=False)
        assert not page.errors, page.errors
    finally:
        context.close()


@pytest.mark.corpus
@pytest.mark.browser
def test_the_home_page_on_a_phone(reuters, browser, serve) -> None:
    project, _ = reuters
    base = serve(project / "site")
    context, page = open_page(browser, viewport={"width": 390, "height": 844})
    try:
        page.goto(base + "/")
        headline = page.locator("h2.summary-title").first.bounding_box()
        assert headline["y"] + headline["height"] <= 844
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 390  # no sideways
        screenshot(page, "issue26-home-phone", full_page=False)
    finally:
        context.close()
