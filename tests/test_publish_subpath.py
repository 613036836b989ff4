"""The site works as a GitHub project page, under a subpath such as
https://user.github.io/archive/. Built with SITE_URL pointing at a loopback server that
serves site/ only under /archive/, then crawled: every href and src, the sitemap, feeds,
JSON-LD and the search index must resolve there."""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import build_site, make_project, screenshot

PREFIX = "/archive/"
ARTICLE = "articles/2017/04/russian-envoy-says-no-progress-in-relations/"
REGISTRY = """\
entities:
  - name: Alexander Grushko
    type: person
    aliases: [Grushko]
    description: Russia's permanent representative to NATO.
"""
LINKING_ATTRIBUTES = ("href", "src", "poster", "data")
XML_TYPES = ("text/xml", "application/xml", "application/rss+xml", "application/atom+xml")
MAX_URLS = 3000
CRAWL_SECONDS = 90


@pytest.fixture(scope="module")
def project_page(tmp_path_factory: pytest.TempPathFactory, serve) -> str:
    """The site's address: the built site/ served only under /archive/ of a loopback host."""
    where = tmp_path_factory.mktemp("subpath")
    root = where / "www"
    root.mkdir()
    host = serve(root)
    site_url = host + PREFIX
    site = build_site(make_project(where, registry=REGISTRY), site_url=site_url)
    (root / PREFIX.strip("/")).symlink_to(site, target_is_directory=True)
    return site_url


def fetch(url: str) -> tuple[int, str, bytes]:
    """(status, content type, body); HTTP errors are returned, not raised."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def page_references(html: str, url: str, site_url: str) -> set[str]:
    """Every URL a browser would follow or load from this page."""
    soup = BeautifulSoup(html, "html.parser")
    found: set[str] = set()
    for tag in soup.find_all(True):
        for attribute in LINKING_ATTRIBUTES:
            value = tag.get(attribute)
            if isinstance(value, str) and value.strip():
                found.add(urljoin(url, value.strip()))
        for candidate in (tag.get("srcset") or "").split(","):
            if candidate.strip():
                found.add(urljoin(url, candidate.split()[0]))
    config = soup.select_one("script#__config")
    if config is not None and soup.select_one('[data-md-component="search"]') is not None:
        # Material's search box: the worker and the index it downloads
        settings = json.loads(config.string)
        base = urljoin(url, settings["base"] + "/")
        found.add(urljoin(url, settings["search"]))
        found.add(urljoin(base, "search/search_index.json"))
    for box in soup.select("[data-archive-search]"):  # the Pagefind box: its shards' list
        found.add(urljoin(urljoin(url, box["data-archive-search"]), "shards.json"))
    for script in soup.select('script[type="application/ld+json"]'):
        found |= urls_in(script.string or "", site_url)
    return found


def urls_in(text: str, site_url: str) -> set[str]:
    """Absolute URLs into the site mentioned in a feed, sitemap or JSON-LD block."""
    host = site_url[: -len(PREFIX)]
    return {
        match.replace("&amp;", "&").replace("\\/", "/")
        for match in re.findall(re.escape(host) + r"[^\s\"'<>\\]*", text)
    }


def crawl(site_url: str) -> tuple[dict[str, int], dict[str, set[str]], dict[str, str]]:
    """Status of every same-host URL reachable from the home, 404 page and sitemap;
    who referred to each; and the text of every HTML page seen."""
    host = urlsplit(site_url).netloc
    seeds = [site_url, site_url + "404.html", site_url + "sitemap.xml"]
    queue = deque(seeds)
    status: dict[str, int] = {}
    referrers: dict[str, set[str]] = {seed: {"(start)"} for seed in seeds}
    pages: dict[str, str] = {}
    started = time.monotonic()
    while queue:
        assert len(status) < MAX_URLS and time.monotonic() - started < CRAWL_SECONDS
        url = queue.popleft()
        if url in status:
            continue
        code, kind, body = fetch(url)
        status[url] = code
        if code != 200:
            continue
        text = body.decode("utf-8", errors="replace")
        if kind == "text/html":
            pages[url] = text
            found = page_references(text, url, site_url)
        elif kind in XML_TYPES or url.endswith(".xml"):  # sitemap and feeds
            found = urls_in(text, site_url)
        else:
            found = set()
        for reference in found:
            target, _fragment = urldefrag(reference)
            if urlsplit(target).scheme not in ("http", "https"):
                continue  # mailto:, javascript:, data:
            if urlsplit(target).netloc != host:
                continue  # other sites are not ours to check
            referrers.setdefault(target, set()).add(url)
            if target not in status:
                queue.append(target)
    return status, referrers, pages


@pytest.fixture(scope="module")
def crawled(project_page: str):
    return crawl(project_page)


def test_every_link_and_asset_resolves_under_the_subpath(project_page: str, crawled):
    status, referrers, pages = crawled
    searches = [url for url in status if url.endswith(("search_index.json", "shards.json"))]
    assert searches, "the search index is among the files checked"
    broken = {url: sorted(referrers[url])[:3] for url, code in status.items() if code != 200}
    assert not broken, f"broken under {PREFIX}: {json.dumps(broken, indent=1)}"
    outside = [url for url in status if not urlsplit(url).path.startswith(PREFIX)]
    assert not outside, f"links that leave {PREFIX}: {outside}"
    assert project_page + ARTICLE in pages
    assert project_page + "people/alexander-grushko/" in pages
    assert any(url.endswith(".css") for url in status) and any(
        url.endswith(".js") for url in status
    )


def test_sitemap_feeds_and_canonical_urls_use_the_published_address(project_page: str, crawled):
    status, referrers, pages = crawled
    sitemap = fetch(project_page + "sitemap.xml")[2].decode("utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert project_page + ARTICLE in locations
    assert all(status.get(url) == 200 for url in locations)
    article = BeautifulSoup(pages[project_page + ARTICLE], "html.parser")
    canonical = article.select_one('link[rel="canonical"]')
    assert canonical is not None and canonical["href"] == project_page + ARTICLE
    for feed in article.select('link[rel~="alternate"][type*="xml"]'):
        assert status[urljoin(project_page + ARTICLE, feed["href"])] == 200


def test_fragment_links_point_at_existing_anchors(project_page: str, crawled):
    _status, _referrers, pages = crawled
    ids = {
        url: {tag.get("id") for tag in BeautifulSoup(html, "html.parser").find_all(id=True)}
        for url, html in pages.items()
    }
    missing = []
    for url, html in pages.items():
        for link in BeautifulSoup(html, "html.parser").select("article a[href*='#']"):
            target, fragment = urldefrag(urljoin(url, link["href"]))
            if fragment and target in ids and fragment not in ids[target]:
                missing.append(f"{url} -> {link['href']}")
    assert not missing, missing


@pytest.mark.browser
def test_search_finds_an_article_and_opens_it_under_the_subpath(project_page: str, page):
    page.goto(project_page, wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("Rossiya", delay=30)
    result = page.locator(".md-search-result__item a[href*='/articles/']").first
    result.wait_for(timeout=15000)
    assert urljoin(page.url, result.get_attribute("href")).startswith(project_page + ARTICLE)
    result.click()
    page.wait_for_url(project_page + ARTICLE + "**", timeout=15000)
    screenshot(page, "subpath-search-result")
    assert "Rossiya 24" in page.locator("article.md-content__inner").inner_text()
    assert not page.errors, page.errors
