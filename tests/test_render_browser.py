"""Reading the archive in a real browser (Debian's headless Chromium via Playwright):
following links from home to an article to a speaker, search, schemes, JavaScript off,
print, and an accessibility check with axe-core. Screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import build_site, make_project, open_page, screenshot
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ARTICLE = "articles/2017/04/russian-envoy-says-no-progress-in-relations/"
ARTICLE_TITLE = "Russian envoy says no progress in relations between Russia, NATO"
ENTITY = "people/alexander-grushko/"
PAGES = {"home": "", "article": ARTICLE, "entity": ENTITY}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, serve) -> str:
    """The sample site, built for the address it is served at: Material's instant
    navigation only takes over links that its sitemap (made from site_url) lists."""
    project = make_project(tmp_path_factory.mktemp("browser"))
    url = serve(project) + "/site/"
    build_site(project, site_url=url)
    return url


def _settle(page) -> None:
    page.wait_for_load_state("networkidle")


def _arrive(page, path: str, heading: str) -> None:
    """Wait until `path` is shown: with instant navigation the address changes first
    and the new content is swapped in a moment later."""
    page.wait_for_url(re.compile(re.escape(path) + "$"))
    expect(page.locator(".md-content article h1")).to_contain_text(heading)


def test_reader_goes_from_home_to_article_to_speaker_and_back_to_a_quotation(page, base):
    page.goto(base)
    _settle(page)
    page.evaluate("window.__sameDocument = true")
    page.locator("article h2 a", has_text=ARTICLE_TITLE).click()
    _arrive(page, ARTICLE, ARTICLE_TITLE)
    # Instant navigation: the page changed without a full reload.
    assert page.evaluate("window.__sameDocument") is True
    page.wait_for_selector("article .admonition.quote")
    titles = page.locator("article .admonition.quote > .admonition-title").all_inner_texts()
    assert len(titles) >= 3
    assert all("Alexander Grushko" in title for title in titles)

    page.locator("article .admonition.quote > .admonition-title a").first.click()
    _arrive(page, ENTITY, "Alexander Grushko")
    articles = page.locator("article h2#articles + ul")
    assert ARTICLE_TITLE in articles.inner_text()
    quotations = page.locator("article blockquote p")
    assert quotations.count() >= 3
    assert "there has been no progress" in " ".join(quotations.all_inner_texts())

    link = page.locator("article blockquote a", has_text="in context").nth(1)
    quote_id = link.get_attribute("href").rsplit("#", 1)[1]
    link.click()
    _arrive(page, f"{ARTICLE}#{quote_id}", ARTICLE_TITLE)
    # The page is scrolled to the quotation.
    page.wait_for_function(
        "id => { const top = document.getElementById(id).getBoundingClientRect().top;"
        " return top > 0 && top < 900; }",
        arg=quote_id,
    )
    anchor = page.locator(f"#{quote_id}")
    callout = page.locator("article .admonition.quote", has=anchor)
    assert "Alexander Grushko" in callout.locator(".admonition-title").inner_text()
    assert page.errors == []


def test_search_for_grushko_finds_the_article_and_his_page(page, base):
    page.goto(base)
    _settle(page)
    page.locator("input.md-search__input").click()
    page.keyboard.type("Grushko")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    page.wait_for_timeout(300)
    text = " ".join(results.all_inner_texts())
    assert ARTICLE_TITLE in text
    assert "Alexander Grushko" in text
    hrefs = page.locator(".md-search-result__link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert any(ENTITY in href for href in hrefs) and any(ARTICLE in href for href in hrefs)
    # Following a result highlights the search term on the page.
    page.locator(".md-search-result__link", has_text=ARTICLE_TITLE).first.click()
    page.wait_for_url(re.compile(re.escape(ARTICLE)))
    marks = page.locator(".md-content article mark")
    marks.first.wait_for()
    assert "grushko" in marks.first.inner_text().lower()
    assert page.errors == []


def test_pages_look_right_in_both_schemes_without_console_errors(scheme_page, base):
    page = scheme_page
    expected = "slate" if page.scheme == "dark" else "default"
    for name, path in PAGES.items():
        page.goto(base + path)
        _settle(page)
        scheme = page.locator("body").get_attribute("data-md-color-scheme")
        assert scheme == expected, (name, scheme)
        assert page.locator("article h1").is_visible()
        # Material hides the tabs while scrolling; let that settle for a stable picture.
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(400)
        shot = screenshot(page, f"{name}-{page.scheme}")
        assert shot.stat().st_size > 10_000
    assert page.errors == []


def test_scheme_toggle_switches_between_light_and_dark(page, base):
    page.emulate_media(color_scheme="light")
    page.goto(base + ARTICLE)
    _settle(page)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert page.errors == []


def _axe_script() -> Path:
    axe = pytest.importorskip("axe_playwright_python", reason="axe-playwright-python ships axe")
    return Path(axe.__file__).parent / "axe.min.js"


def test_no_serious_accessibility_violations(scheme_page, base):
    """axe-core on the home, article and entity pages, in the light and dark schemes."""
    page = scheme_page
    script = _axe_script()
    problems = []
    for name, path in PAGES.items():
        page.goto(base + path)
        _settle(page)
        page.add_script_tag(path=str(script))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [
                    (node["target"], node.get("failureSummary", "")[:160])
                    for node in violation["nodes"][:3]
                ]
                problems.append(f"{name}: {violation['id']} ({violation['help']}) {targets}")
    assert not problems, "\n".join(problems)


def test_article_reads_with_javascript_off(browser, base):
    context, page = open_page(browser, java_script_enabled=False)
    try:
        page.goto(base + ARTICLE)
        assert page.locator("article h1").inner_text().startswith("Russian envoy")
        assert page.locator("article .article-lead").is_visible()
        callouts = page.locator("article .admonition.quote")
        assert callouts.count() >= 3 and callouts.first.is_visible()
        link = callouts.first.locator(".admonition-title a")
        link.click()
        _arrive(page, ENTITY, "Alexander Grushko")
        screenshot(page, "entity-no-javascript")
    finally:
        context.close()


def test_print_shows_the_article_without_navigation(page, base):
    page.goto(base + ARTICLE)
    _settle(page)
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden()
    assert page.locator(".md-sidebar--primary").is_hidden()
    assert page.locator("article h1").is_visible()
    assert page.locator("article pre.cite").first.is_visible()
    screenshot(page, "article-print")
    assert page.errors == []


def test_article_fits_a_phone_screen_without_sideways_scrolling(browser, base):
    context, page = open_page(browser)
    try:
        page.set_viewport_size({"width": 390, "height": 844})
        for path in (ARTICLE, ENTITY):
            page.goto(base + path)
            _settle(page)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, (path, width)
        screenshot(page, "entity-phone")
        assert page.errors == []
    finally:
        context.close()


def test_search_suggests_completing_a_name(page, base):
    page.goto(base)
    _settle(page)
    page.locator("input.md-search__input").click()
    page.keyboard.type("grus")
    suggest = page.locator(".md-search__suggest")
    page.wait_for_function(
        "() => document.querySelector('.md-search__suggest').textContent.length > 4"
    )
    assert suggest.text_content() == "grushko"
    page.keyboard.press("ArrowRight")  # accepts the suggestion
    assert page.locator("input.md-search__input").input_value() == "grushko"
    assert page.errors == []


def test_index_pages_open_cleanly_and_pass_the_accessibility_check(page, base):
    script = _axe_script()
    problems = []
    for path in (
        "archive/",
        "archive/2017/",
        "archive/2017/04/",
        "people/",
        "quotes/",
        "sources/",
        "tags/",
        "data/",
        "about/",
    ):
        page.goto(base + path)
        _settle(page)
        assert page.locator(".md-content article h1").is_visible(), path
        page.add_script_tag(path=str(script))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        problems += [
            f"{path}: {v['id']} ({v['help']})"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
    assert not problems, "\n".join(problems)
    assert page.errors == []
