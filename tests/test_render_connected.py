"""Connected reading: entity preview cards in articles, charts over time and the graph
of who appears with whom. Browser tests run Debian's headless Chromium on the sample
site, served under a subpath; screenshots go to test-artifacts/ (connected-*.png)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import build_site, make_project, open_page, screenshot
from playwright.sync_api import expect

from generator.index import EntityPage
from generator.render.charts import MAX_BARS, bar_chart, bounded_series
from generator.render.graph import NEIGHBOUR_LIMIT, SITE_LIMIT, neighbour_graph, site_graph
from generator.render.previews import entity_cards

ARTICLE = "articles/2017/04/russian-envoy-says-no-progress-in-relations/"
ENTITY = "people/alexander-grushko/"
NATO = "organizations/nato/"


# An earlier month for Grushko, with a quotation: a chart of one bar is not drawn.
GRUSHKO_IN_MARCH = """\
Grushko meets envoys in Moscow
The deputy minister discussed security in Europe
MOSCOW, March 10. /TASS/. Russian Deputy Foreign Minister Alexander Grushko met European \
envoys in Moscow on Friday, the ministry said.
"We are ready to talk about practical steps that lower the risk of incidents," Grushko \
told reporters after the meeting.
The ministry gave no date for further talks.
"""


@pytest.fixture(scope="module")
def connected(tmp_path_factory: pytest.TempPathFactory, serve) -> tuple[Path, str]:
    """(project, URL): the sample and one more article, built for and served under a
    subpath (/site/)."""
    project = make_project(
        tmp_path_factory.mktemp("connected"), {"2017/03/grushko-envoys.txt": GRUSHKO_IN_MARCH}
    )
    url = serve(project) + "/site/"
    build_site(project, site_url=url)
    return project, url


@pytest.fixture(scope="module")
def base(connected: tuple[Path, str]) -> str:
    return connected[1]


def _body_link(page, target: str):
    """The first link to `target` in the article's text (not the header or the lists)."""
    return page.locator(f".md-content article p:not(.admonition-title) a[href$='{target}']").first


def _luminance(css_color: str) -> float:
    red, green, blue = (int(n) for n in re.findall(r"\d+", css_color)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


# -- preview cards ------------------------------------------------------------------------


@pytest.mark.browser
def test_hovering_an_entity_link_shows_its_card_and_the_card_leads_to_its_page(scheme_page, base):
    page = scheme_page
    page.goto(base + ARTICLE)
    page.wait_for_load_state("networkidle")
    link = _body_link(page, NATO)
    expect(page.locator(".entity-card")).to_have_count(0)
    link.hover()
    card = page.locator(".entity-card")
    expect(card).to_be_visible()
    expect(card.locator(".entity-card__name")).to_have_text("NATO")
    expect(card.locator(".entity-card__meta")).to_contain_text("Organization")
    expect(card).to_contain_text("North Atlantic Treaty Organization")
    expect(card.locator(".entity-card__counts")).to_have_text("1 article")
    # The card sits next to the link, inside the window, and is readable in the scheme.
    box, anchor = card.bounding_box(), link.bounding_box()
    assert box["y"] >= anchor["y"] + anchor["height"] - 1
    assert box["x"] >= 0 and box["x"] + box["width"] <= 1280
    background = card.evaluate("e => getComputedStyle(e).backgroundColor")
    text = card.evaluate("e => getComputedStyle(e).color")
    assert abs(_luminance(background) - _luminance(text)) > 0.4, (background, text)
    screenshot(page, f"connected-card-{page.scheme}")
    # Moving the pointer away closes it.
    page.mouse.move(5, 880)
    expect(card).to_have_count(0)
    link.hover()
    card.locator(".entity-card__link").click()
    page.wait_for_url(re.compile(re.escape(NATO) + "$"))
    expect(page.locator(".md-content article h1")).to_contain_text("NATO")
    assert page.errors == []


@pytest.mark.browser
def test_a_speakers_card_shows_role_counts_and_latest_quotation(page, base):
    page.goto(base + ARTICLE)
    page.wait_for_load_state("networkidle")
    # The speaker's name in a quotation callout's title is a quotation link.
    page.locator(".admonition.quote > .admonition-title a").first.hover()
    card = page.locator(".entity-card")
    expect(card).to_be_visible()
    expect(card.locator(".entity-card__meta")).to_contain_text("Person · ")
    expect(card.locator(".entity-card__counts")).to_contain_text("quotations")
    quote = card.locator(".entity-card__text")
    expect(quote).to_contain_text("no progress")
    assert quote.inner_text().startswith("“") and not quote.inner_text().startswith('“"')
    href = card.locator(".entity-card__article").get_attribute("href")
    assert href.endswith(ARTICLE + "#q1")
    assert page.errors == []


@pytest.mark.browser
def test_keyboard_focus_opens_the_card_tab_enters_it_and_escape_closes_it(page, base):
    page.goto(base + ARTICLE)
    page.wait_for_load_state("networkidle")
    link = _body_link(page, NATO)
    link.focus()
    card = page.locator(".entity-card")
    expect(card).to_be_visible()
    assert link.get_attribute("aria-describedby") == card.get_attribute("id")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('entity-card__link')")
    page.keyboard.press("Escape")
    expect(card).to_have_count(0)
    assert page.evaluate("document.activeElement.getAttribute('href')").endswith(NATO)
    assert page.errors == []


@pytest.mark.browser
def test_cards_work_after_instant_navigation(page, base):
    page.goto(base)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__sameDocument = true")
    page.locator("article h2 a").first.click()
    page.wait_for_url(re.compile(re.escape(ARTICLE) + "$"))
    expect(page.locator(".md-content article h1")).to_contain_text("Russian envoy")
    assert page.evaluate("window.__sameDocument") is True
    _body_link(page, NATO).hover()
    expect(page.locator(".entity-card")).to_be_visible()
    assert page.errors == []


@pytest.mark.browser
def test_on_a_touch_screen_the_first_tap_opens_the_card_and_the_second_follows(browser, base):
    context, page = open_page(browser, has_touch=True, is_mobile=True)
    try:
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(base + ARTICLE)
        page.wait_for_load_state("networkidle")
        link = _body_link(page, NATO)
        link.tap()
        card = page.locator(".entity-card")
        expect(card).to_be_visible()
        assert page.url.endswith(ARTICLE)
        box = card.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        screenshot(page, "connected-card-phone")
        link.tap()
        page.wait_for_url(re.compile(re.escape(NATO) + "$"))
        assert page.errors == []
    finally:
        context.close()


@pytest.mark.browser
def test_with_javascript_off_entity_links_are_plain_links(browser, base):
    context, page = open_page(browser, java_script_enabled=False)
    try:
        page.goto(base + ARTICLE)
        link = _body_link(page, NATO)
        link.hover()
        page.wait_for_timeout(500)
        assert page.locator(".entity-card").count() == 0
        link.click()
        page.wait_for_url(re.compile(re.escape(NATO) + "$"))
    finally:
        context.close()


@pytest.mark.browser
def test_card_text_is_shown_as_text_never_as_markup(browser, tmp_path, serve):
    registry = (
        "entities:\n"
        "  - name: Harbour Board\n"
        "    type: organization\n"
        "    description: '<img src=x onerror=\"window.__owned=1\"> runs the <b>port</b>'\n"
    )
    article = (
        "Harbour Board meets\nThe board met\n"
        "OSLO, May 2. /TASS/. The Harbour Board met on Monday.\n"
    )
    project = make_project(
        tmp_path, {"2017/05/harbour.txt": article}, registry=registry, with_sample=False
    )
    url = serve(project) + "/site/"
    build_site(project, site_url=url)
    context, page = open_page(browser)
    try:
        page.goto(url + "articles/2017/05/harbour-board-meets/")
        page.wait_for_load_state("networkidle")
        _body_link(page, "organizations/harbour-board/").hover()
        description = page.locator(".entity-card__description")
        expect(description).to_have_text(
            '<img src=x onerror="window.__owned=1"> runs the <b>port</b>'
        )
        assert page.locator(".entity-card img, .entity-card b").count() == 0
        assert page.evaluate("window.__owned") is None
    finally:
        context.close()


# -- charts and graphs --------------------------------------------------------------------


@pytest.mark.browser
def test_charts_and_graphs_render_in_both_schemes_without_console_errors(scheme_page, base):
    page = scheme_page
    page.goto(base + ENTITY)
    page.wait_for_load_state("networkidle")
    chart = page.locator("svg.chart[role=img]").first
    expect(chart).to_be_visible()
    label = chart.evaluate("svg => svg.getAttribute('aria-labelledby')").split()
    title = page.locator(f"[id='{label[0]}']").text_content()
    assert title == "Mentions by month"
    assert "Mar 2017 to Apr 2017" in page.locator(f"[id='{label[1]}']").text_content()
    bars = chart.locator("path.chart-bar").get_attribute("d")
    assert bars.count("z") == 2  # two months, two bars
    # The numbers are in a table too, with quotations for a speaker.
    table = page.locator("h2#mentions-over-time ~ * table").first
    assert "2017-04" in table.inner_text() and "Quotations" in table.inner_text()
    expect(page.locator("svg#chart-quotations-title, #chart-quotations-title")).to_have_count(1)
    # Labels are readable in the scheme: dark text on light, light text on dark.
    fill = page.locator("svg.chart .chart-label").first.evaluate("e => getComputedStyle(e).fill")
    assert (_luminance(fill) > 0.5) == (page.scheme == "dark"), fill
    graph = page.locator("figure.connected-graph svg")
    expect(graph).to_be_visible()
    nodes = graph.locator("a.graph-node")
    assert 3 <= nodes.count() <= NEIGHBOUR_LIMIT
    page.locator("h2#often-mentioned-with").scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    screenshot(page, f"connected-entity-{page.scheme}")

    page.goto(base + "archive/")
    page.wait_for_load_state("networkidle")
    expect(page.locator("svg.chart[role=img]")).to_be_visible()
    expect(page.locator("#chart-articles-title")).to_have_text("Articles by month")
    screenshot(page, f"connected-archive-{page.scheme}")

    page.goto(base + "connections/")
    page.wait_for_load_state("networkidle")
    site = page.locator("figure.connected-graph--site svg")
    expect(site).to_be_visible()
    assert site.locator("a.graph-node").count() >= 10
    # The list view carries the same entities as links.
    listed = page.locator("h2#as-a-list + ul > li")
    assert listed.count() == site.locator("a.graph-node").count()
    screenshot(page, f"connected-graph-{page.scheme}")
    assert page.errors == []


@pytest.mark.browser
def test_graph_nodes_are_links_reachable_with_the_keyboard(page, base):
    page.goto(base + "connections/")
    page.wait_for_load_state("networkidle")
    axe = pytest.importorskip("axe_playwright_python", reason="axe-playwright-python ships axe")
    page.add_script_tag(path=str(Path(axe.__file__).parent / "axe.min.js"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    first = page.locator("figure.connected-graph--site a.graph-node").first
    first.focus()
    assert page.evaluate("document.activeElement.matches('a.graph-node')")
    name = first.locator("text").text_content()
    page.keyboard.press("Enter")
    expect(page.locator(".md-content article h1")).to_contain_text(name.rstrip("…"))
    assert page.errors == []


def test_every_graph_link_leads_to_a_page_of_the_site(connected: tuple[Path, str]):
    """Graph nodes are SVG links (`xlink:href`, which the site-wide link check does not
    read): each must resolve to a built page."""
    checked = 0
    site = connected[0] / "site"
    for page in (site / ENTITY, site / "connections"):
        html = (page / "index.html").read_text("utf-8")
        targets = re.findall(r'<a class="graph-node[^"]*" xlink:href="([^"]+)"', html)
        assert targets, page
        for target in targets:
            assert (page / target / "index.html").resolve().is_file(), (page, target)
            checked += 1
    assert checked >= 20


# -- the same, without a browser: bounds, escaping, determinism ----------------------------


def _entity(key: str, name: str, kind: str = "person") -> EntityPage:
    return EntityPage(key, kind, name)


def test_a_long_run_of_months_becomes_years_and_stays_bounded():
    months = Counter({f"{year}-{month:02d}": 1 for year in range(1950, 2026) for month in (1, 7)})
    series, step = bounded_series(months)
    assert step == "year" and len(series) == 76 and series[0] == ("1950", 2)
    assert len(bounded_series(Counter({"0001-01": 1, "2026-01": 1}))[0]) <= MAX_BARS
    short, step = bounded_series(Counter({"2017-01": 2, "2017-04": 1, "undated": 5}))
    assert step == "month" and short == [
        ("2017-01", 2),
        ("2017-02", 0),
        ("2017-03", 0),
        ("2017-04", 1),
    ]


def test_names_are_escaped_in_charts_and_graphs():
    hostile = _entity("people/x", "<script>alert(1)</script> [x](javascript:y) & Co")
    others = [(_entity(f"people/p{n}", f"P{n} <b>"), n) for n in range(1, 4)]
    svg = neighbour_graph(hostile, others, "people/x.md")
    assert "<script>" not in svg and "<b>" not in svg and "](javascript" not in svg
    assert "&#60;script&#62;" in svg and 'xlink:href="../p1/"' in svg
    chart = bar_chart(
        Counter({"2017-04": 2, "2017-05": 1}), chart_id="c", what="A<b>", noun="articles"
    )
    assert "<b>" not in chart and "A&#60;b&#62;" in chart


def test_one_period_draws_no_chart_and_one_article_no_graph(connected: tuple[Path, str]):
    """A single bar or a star of equal spokes says nothing the table or list beside it
    does not; the page keeps the table and the list."""
    assert bar_chart(Counter({"2017-04": 2}), chart_id="c", what="A", noun="articles") == ""
    nato = (connected[0] / "site" / NATO / "index.html").read_text("utf-8")
    assert "1 article" in nato and "connected-chart" not in nato
    assert "connected-graph" not in nato and 'id="often-mentioned-with"' in nato
    assert 'id="mentions-over-time"' in nato and "2017-04" in nato


def test_graphs_are_bounded_and_byte_identical_across_runs():
    entities = {f"people/p{n:04d}": _entity(f"people/p{n:04d}", f"Person {n}") for n in range(3000)}
    for n, entity in enumerate(entities.values()):
        entity.mentions = [object()]  # type: ignore[list-item]
        entity.neighbours = Counter({f"people/p{(n * 7 + k) % 3000:04d}": k + 1 for k in range(60)})
    center = entities["people/p0000"]
    neighbours = [(entities[k], c) for k, c in center.neighbours.most_common()]
    one = neighbour_graph(center, neighbours, "people/p0000.md")
    assert one == neighbour_graph(center, list(neighbours), "people/p0000.md")
    assert one.count("<a ") == NEIGHBOUR_LIMIT and len(one) < 12_000
    whole = site_graph(entities)
    assert whole == site_graph(dict(reversed(entities.items())))
    assert whole.count("<a ") == SITE_LIMIT and len(whole) < 60_000


def test_graph_nodes_link_to_the_addresses_mkdocs_gives_the_pages():
    center, other = _entity("people/a", "Ana Ros"), _entity("places/lima", "Lima")
    assert 'xlink:href="../../places/lima/"' in neighbour_graph(center, [(other, 2)], "people/a.md")
    plain = neighbour_graph(center, [(other, 2)], "people/a.md", directory_urls=False)
    assert 'xlink:href="../places/lima.html"' in plain  # use_directory_urls: false


def test_cards_are_one_small_file_per_entity(tmp_path: Path):
    entity = _entity("people/long", "Long Talker")
    entity.description = "word " * 5000
    entity.mentions = [object()]  # type: ignore[list-item]
    cards = entity_cards({"people/long": entity, "people/none": _entity("people/none", "N")}, str)
    assert list(cards) == ["cards/people/long.json"]
    assert len(cards["cards/people/long.json"]) < 1_000
