"""Site search as a reader meets it, with each engine the `search` option of the
news-archive plugin selects: Pagefind (index in chunks, filters) and Material's own.

The sites are served under a subpath (/site/) with site_url set to it, as on GitHub
Pages, and Material's instant navigation is on. Screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import build_site, make_project, open_page, open_search_box, screenshot
from playwright.sync_api import expect

from generator.model import Article, Entity, Mention
from generator.publish.pagefind import index_site, page_glob
from generator.render.search import article_filters

ARTICLE = "articles/2017/04/russian-envoy-says-no-progress-in-relations/"
ARTICLE_TITLE = "Russian envoy says no progress in relations between Russia, NATO"
ENTITY = "people/alexander-grushko/"
OTHER_TITLE = "NATO defence ministers discuss spending in Brussels"
OTHER = {
    "2017/03/nato-ministers-meet.txt": f"""{OTHER_TITLE}
Allies agreed to spend more on defence, NATO's secretary general said
BRUSSELS, March 31. /AFP/. NATO defence ministers met in Brussels on Friday and agreed \
to spend more on defence, Secretary General Jens Stoltenberg said.

"We have agreed to do more together," Stoltenberg told reporters after the meeting.
"""
}
# A place name that would be markup if anything printed it unescaped.
HOSTILE_PLACE = 'Zhytomyr "<b>Old Town</b>" & Co'
HOSTILE = {
    "2017/02/zhytomyr-granary.txt": f"""---
place: '{HOSTILE_PLACE}'
---
Granary reopens in Zhytomyr
The old granary opened its doors again, the mayor said
ZHYTOMYR, February 10. /Ukrinform/. The old granary in Zhytomyr opened its doors again \
on Friday, the mayor said.
"""
}


def select_backend(mkdocs_yml: Path, backend: str) -> None:
    """Set the news-archive plugin's `search` option in a copied mkdocs.yml."""
    text = mkdocs_yml.read_text(encoding="utf-8")
    if re.search(r"^\s+search: \w+", text, flags=re.M):
        text = re.sub(r"^(\s+)search: \w+", rf"\1search: {backend}", text, flags=re.M)
    else:
        text = text.replace(
            "      content_dir: content\n", f"      content_dir: content\n      search: {backend}\n"
        )
    assert f"search: {backend}" in text
    mkdocs_yml.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory, serve) -> dict[str, str]:
    """The sample article and another agency's article, built once per engine."""
    urls = {}
    for backend in ("pagefind", "material"):
        articles = {**OTHER, **(HOSTILE if backend == "pagefind" else {})}
        project = make_project(tmp_path_factory.mktemp(backend), articles=articles)
        select_backend(project / "mkdocs.yml", backend)
        url = serve(project) + "/site/"
        build_site(project, site_url=url)
        urls[backend] = url
        urls[f"{backend}-dir"] = str(project / "site")
    return urls


@pytest.fixture
def reader(browser) -> Iterator:
    context, page = open_page(browser)
    yield page
    context.close()


def _search(page, term: str) -> None:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    page.keyboard.type(term)  # Material's search listens to keys, not to fill()
    _wait_for_results(page)


def _wait_for_results(page) -> None:
    page.locator(".md-search-result__item").first.wait_for()
    page.wait_for_timeout(400)  # the rest of the first batch


def _titles(page) -> list[str]:
    return page.locator(".md-search-result__item h1").all_inner_texts()


def _status(page) -> str:
    return page.locator(".md-search-result__meta").inner_text().strip()


def _choose(page, facet: str, value: str) -> None:
    before = _status(page)
    page.locator(f"select[data-archive-search-facet={facet}]").select_option(value)
    page.wait_for_function(
        "before => document.querySelector('.md-search-result__meta').textContent.trim() !== before",
        arg=before,
    )
    page.wait_for_timeout(300)


# -- Pagefind ---------------------------------------------------------------------------


@pytest.mark.browser
def test_pagefind_finds_grushko_and_marks_him_on_the_page_opened(reader, sites):
    page = reader
    base = sites["pagefind"]
    page.goto(base)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__sameDocument = true")
    _search(page, "Grushko")
    titles = _titles(page)
    assert ARTICLE_TITLE in titles and "Alexander Grushko" in titles
    assert OTHER_TITLE not in titles
    marks = page.locator(".md-search-result__item p mark").all_inner_texts()
    assert marks and all("grushko" in mark.lower() for mark in marks)
    hrefs = page.locator(".md-search-result__link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    # Under the subpath, and never the index or navigation pages.
    assert all(href.startswith("/site/") for href in hrefs)
    assert not any(re.search(r"/site/(archive|quotes|sources|tags)/", href) for href in hrefs)
    # Pagefind's chunks were fetched; Material's one-file index was not (nor built).
    assert any("/site/pagefind/" in url for url in page.requests)
    assert not any("search_index.json" in url for url in page.requests)
    assert not (Path(sites["pagefind-dir"]) / "search" / "search_index.json").exists()

    page.locator(".md-search-result__link", has_text=ARTICLE_TITLE).click()
    page.wait_for_url(re.compile(re.escape(ARTICLE) + r"\?h=Grushko$"))
    assert page.evaluate("window.__sameDocument") is True  # instant navigation
    marks = page.locator(".md-content article mark")
    marks.first.wait_for()
    assert marks.count() >= 3
    assert {text.lower() for text in marks.all_inner_texts()} == {"grushko"}
    assert page.locator("#__search").is_checked() is False  # the box closed
    assert page.errors == []


@pytest.mark.browser
def test_pagefind_finds_pages_by_their_own_words_not_by_the_lists_on_them(reader, sites):
    """An entity's page lists the sentences and neighbours of other pages; indexed, those
    lists would put every co-mentioned entity's page above the article itself."""
    page = reader
    page.goto(sites["pagefind"])
    page.wait_for_load_state("networkidle")
    _search(page, "Rossiya")
    titles = _titles(page)
    assert ARTICLE_TITLE in titles
    assert "NATO" not in titles and "Alexander Grushko" not in titles
    assert len(titles) <= 3
    assert page.errors == []


@pytest.mark.browser
def test_pagefind_filters_narrow_results_by_agency_and_person(reader, sites):
    page = reader
    page.goto(sites["pagefind"])
    page.wait_for_load_state("networkidle")
    _search(page, "NATO")
    titles = _titles(page)
    assert ARTICLE_TITLE in titles and OTHER_TITLE in titles
    everything = int(_status(page).split()[0])

    _choose(page, "agency", "TASS")
    assert _titles(page) == [ARTICLE_TITLE]
    assert _status(page) == "1 matching document"

    _choose(page, "agency", "")
    _choose(page, "person", "Alexander Grushko")
    titles = _titles(page)
    assert ARTICLE_TITLE in titles and "Alexander Grushko" in titles
    assert OTHER_TITLE not in titles
    assert int(_status(page).split()[0]) < everything

    # A filter alone, without words, lists what it selects.
    _choose(page, "person", "")
    page.locator("input.md-search__input").fill("")
    page.wait_for_timeout(300)
    assert _status(page) == "Type to start searching"
    page.locator("input.md-search__input").fill("defence")
    _wait_for_results(page)
    assert OTHER_TITLE in _titles(page)
    assert page.errors == []


@pytest.mark.browser
def test_pagefind_filter_values_from_article_text_stay_text(reader, sites):
    page = reader
    hostile = next(Path(sites["pagefind-dir"]).glob("articles/2017/02/*/index.html"))
    html = hostile.read_text(encoding="utf-8")
    data = html.split('class="archive-search-data"', 1)[1].split("</div>", 1)[0]
    assert "<b>" not in data and "&lt;b&gt;" in data and "&#34;" in data
    page.goto(sites["pagefind"])
    page.wait_for_load_state("networkidle")
    _search(page, "granary")
    options = page.locator("select[data-archive-search-facet=place] option").all_inner_texts()
    assert f"{HOSTILE_PLACE} (1)" in options
    about = page.locator(".md-search-result__item .archive-search__about").first.inner_text()
    assert HOSTILE_PLACE in about
    assert page.locator(".md-search-result__item b").count() == 0
    assert page.errors == []


@pytest.mark.browser
def test_pagefind_search_works_again_after_instant_navigation(reader, sites):
    page = reader
    page.goto(sites["pagefind"])
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__sameDocument = true")
    page.locator("article a", has_text=ARTICLE_TITLE).first.click()
    page.wait_for_url(re.compile(re.escape(ARTICLE) + "$"))
    # The box re-mounts for the new page (Material's document$ emits after loading it).
    page.wait_for_function(
        "path => document.querySelector('[data-archive-search]').dataset.archiveSearchPage"
        " === path",
        arg="/site/" + ARTICLE,
    )
    open_search_box(page)
    page.keyboard.type("Stoltenberg")
    _wait_for_results(page)
    assert OTHER_TITLE in _titles(page)
    page.keyboard.press("Escape")
    expect(page.locator("#__search")).not_to_be_checked()
    assert page.evaluate("window.__sameDocument") is True
    assert page.errors == []


@pytest.mark.browser
def test_pagefind_box_is_hidden_without_javascript_and_pages_still_read(browser, sites):
    context, page = open_page(browser, java_script_enabled=False)
    try:
        page.goto(sites["pagefind"] + ARTICLE)
        assert page.locator(".md-search").is_hidden()
        assert page.locator("label.md-header__button[for=__search]").is_hidden()
        assert page.locator("article h1").inner_text().startswith("Russian envoy")
        assert not any("/pagefind/" in url for url in page.requests)
    finally:
        context.close()


@pytest.mark.browser
def test_search_looks_right_in_both_schemes(scheme_page, sites):
    page = scheme_page
    expected = "slate" if page.scheme == "dark" else "default"
    for backend in ("pagefind", "material"):
        page.goto(sites[backend] + ARTICLE)
        page.wait_for_load_state("networkidle")
        assert page.locator("body").get_attribute("data-md-color-scheme") == expected
        _search(page, "Grushko")
        assert page.locator(".md-search-result__item").first.is_visible()
        if backend == "pagefind":
            assert page.locator("select[data-archive-search-facet=person]").is_visible()
        shot = screenshot(page, f"search-{backend}-{page.scheme}")
        assert shot.stat().st_size > 10_000
    assert page.errors == []


# -- Material's own search, when selected -------------------------------------------------


@pytest.mark.browser
def test_material_search_still_finds_grushko_when_selected(reader, sites):
    page = reader
    page.goto(sites["material"])
    page.wait_for_load_state("networkidle")
    _search(page, "Grushko")
    text = " ".join(page.locator(".md-search-result__item").all_inner_texts())
    assert ARTICLE_TITLE in text and "Alexander Grushko" in text
    assert any("search_index.json" in url for url in page.requests)
    assert not any("/pagefind/" in url for url in page.requests)
    assert not (Path(sites["material-dir"]) / "pagefind").exists()
    assert page.errors == []


# -- the library, without a browser ---------------------------------------------------


def test_article_filters_name_agency_year_and_entities_once_each():
    import datetime as dt

    article = Article(path="a.txt", text="", agency="TASS", date=dt.date(2017, 4, 6))
    article.place = "Moscow"
    mention = [Mention(0, 1, "x")]
    article.entities = [
        Entity("people/a-g", "person", "Alexander  Grushko", mentions=mention),
        Entity("people/a-g2", "person", "Alexander Grushko", mentions=mention),
        Entity("places/moscow", "place", "Moscow", mentions=mention),
        Entity("organizations/nato", "organization", "NATO", mentions=mention),
        Entity("events/summit", "event", "Summit", mentions=mention),
        Entity("people/unmentioned", "person", "Nobody", mentions=[]),
    ]
    assert article_filters(article) == {
        "agency": ["TASS"],
        "year": ["2017"],
        "person": ["Alexander Grushko"],
        "organization": ["NATO"],
        "place": ["Moscow"],
    }


def test_index_site_reads_articles_and_first_entity_pages_only(tmp_path):
    def page(path: str, words: str) -> None:
        target = tmp_path / path / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            f'<html lang="en"><body><nav>menu</nav><article class="md-content__inner">'
            f"<h1>{words}</h1><p>{words}</p></article></body></html>",
            encoding="utf-8",
        )

    page("articles/2017/04/one", "article one")
    page("people/alexander-grushko", "person page")
    page("people/alexander-grushko/2", "second person page")
    page("people", "index of people")
    page("archive/2017", "archive page")
    assert "articles/**/index.html" in page_glob()
    report = index_site(tmp_path)
    assert report.pages == 2
    assert (tmp_path / "pagefind" / "0" / "pagefind.js").is_file()
    stale = tmp_path / "pagefind" / "0" / "index" / "stale.pf_index"
    stale.write_bytes(b"old")
    old_layout = tmp_path / "pagefind" / "pagefind.js"  # one bundle, before shards
    old_layout.write_bytes(b"old")
    page("articles/2017/04/one", "article one, edited")
    index_site(tmp_path)
    assert not stale.exists()  # a shard re-indexed is replaced whole
    assert not old_layout.exists()
