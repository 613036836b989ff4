"""A large site's sitemap becomes an index of per-section sitemaps, so a first
visit does not download every page address; crawlers still find every page, and the site
still reads and searches in a browser (links open as ordinary page loads)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import build_site, make_project, open_page, open_search_box
from playwright.sync_api import expect

from generator.publish.sitemaps import split_sitemap

ARTICLE_TITLE = "Russian envoy says no progress in relations between Russia, NATO"


def _entries(xml: str, tag: str) -> list[tuple[str, str | None]]:
    soup = BeautifulSoup(xml, "xml")
    return [
        (item.find("loc").text, item.find("lastmod").text if item.find("lastmod") else None)
        for item in soup.find_all(tag)
    ]


@pytest.fixture(scope="module")
def split_site(tmp_path_factory: pytest.TempPathFactory, serve) -> tuple[Path, str, list]:
    """The sample site, served, with its sitemap split as a large archive's would be;
    returns (site folder, address, the entries of the sitemap MkDocs wrote)."""
    project = make_project(tmp_path_factory.mktemp("sitemaps"))
    url = serve(project) + "/site/"
    site = build_site(project, site_url=url)
    flat = _entries((site / "sitemap.xml").read_text("utf-8"), "url")
    assert split_sitemap(site) == 0, "a small site keeps its one sitemap"
    assert _entries((site / "sitemap.xml").read_text("utf-8"), "url") == flat
    assert split_sitemap(site, split_from=10, per_file=10, base=url) > 2
    return site, url, flat


def test_the_index_lists_section_sitemaps_that_hold_every_page_once(split_site):
    site, url, flat = split_site
    index = (site / "sitemap.xml").read_text("utf-8")
    assert "<sitemapindex" in index and "<urlset" not in index
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()).decode("utf-8") == index
    listed = []
    for loc, lastmod in _entries(index, "sitemap"):
        assert loc.startswith(url + "sitemaps/") and loc.endswith(".xml")
        part = _entries((site / loc[len(url) :]).read_text("utf-8"), "url")
        assert 0 < len(part) <= 10
        assert lastmod == max(date for _, date in part if date)
        listed.extend(part)
    assert sorted(listed) == sorted(flat)  # every page, with its own date, exactly once
    names = {loc.rsplit("/", 1)[1] for loc, _ in _entries(index, "sitemap")}
    assert {"articles-1.xml", "people-1.xml", "pages-1.xml"} <= names


@pytest.mark.browser
def test_the_site_still_reads_and_searches_without_the_page_list(browser, split_site):
    """Material's instant navigation takes over only the links its sitemap lists; with an
    index it lists none, and every link is an ordinary page load."""
    _, url, _ = split_site
    context, page = open_page(browser)
    try:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.evaluate("window.__sameDocument = true")
        page.locator("article h2 a", has_text=ARTICLE_TITLE).click()
        expect(page.locator(".md-content h1")).to_contain_text(ARTICLE_TITLE)
        assert page.evaluate("window.__sameDocument") is None  # an ordinary page load
        page.locator("article .admonition.quote > .admonition-title a").first.click()
        expect(page.locator(".md-content h1")).to_contain_text("Alexander Grushko")
        open_search_box(page)
        page.keyboard.type("Grushko", delay=30)
        expect(page.locator(".pagefind-ui__result, .md-search-result__item").first).to_be_visible()
        assert page.errors == []
    finally:
        context.close()
