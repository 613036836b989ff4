"""Every link of the built site goes somewhere, and every page can be found from home.

A crawler starts at the home page of a site built from the sample article, the invented
articles in tests/fixtures/reading/ and enough generated ones to paginate, follows every
internal link (<a href> and <link rel=alternate>), and checks that each target file
exists and each #anchor is an id on the target page.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import build_site
from test_render_pages import SITE_URL, make_reading_project

# Files that are part of the theme or of MkDocs rather than pages people navigate to.
NOT_PAGES = ("assets/", "search/", "404.html", "sitemap.xml")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(make_reading_project(tmp_path_factory.mktemp("links")), SITE_URL)


def _local(site: Path, base: str, href: str) -> tuple[str, str] | None:
    """(site-relative file, fragment) for an internal link, None for external ones."""
    if href.startswith(SITE_URL):
        href = "/" + href[len(SITE_URL) :]
        base = "index.html"
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
        return None
    path, fragment = urldefrag(href)
    path = unquote(path)
    if path.startswith("/"):
        target = path.lstrip("/")
    elif path:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(base), path))
    else:
        target = base
    target = posixpath.normpath(target)
    if target == "." or (site / target).is_dir():
        target = posixpath.join(target, "index.html")
    return posixpath.normpath(target), fragment


def _crawl(site: Path) -> tuple[set[str], list[str], dict[str, set[str]]]:
    seen, broken = {"index.html"}, []
    ids: dict[str, set[str]] = {}
    queue = ["index.html"]
    anchors: list[tuple[str, str, str, str]] = []
    while queue:
        page = queue.pop()
        soup = BeautifulSoup((site / page).read_text("utf-8"), "html.parser")
        ids[page] = {tag["id"] for tag in soup.find_all(id=True)}
        links = [a.get("href") for a in soup.find_all("a", href=True)]
        links += [link.get("href") for link in soup.find_all("link", rel="alternate")]
        for href in links:
            found = _local(site, page, href)
            if found is None:
                continue
            target, fragment = found
            if not (site / target).is_file():
                broken.append(f"{page}: {href} -> {target} (missing)")
                continue
            if fragment:
                anchors.append((page, href, fragment, target))
            if target not in seen:
                seen.add(target)
                if target.endswith(".html"):
                    queue.append(target)
    for page, href, fragment, target in anchors:
        if target.endswith(".html") and fragment not in ids.get(target, set()):
            broken.append(f"{page}: {href} (no id {fragment!r} on {target})")
    return seen, broken, ids


@pytest.fixture(scope="module")
def crawl(site: Path) -> tuple[set[str], list[str], dict[str, set[str]]]:
    return _crawl(site)


def test_every_internal_link_and_anchor_resolves(crawl):
    seen, broken, _ = crawl
    assert len(seen) > 50
    assert not broken, "\n".join(broken[:40])


def test_every_generated_page_and_file_is_reachable_from_home(site: Path, crawl):
    seen, _, _ = crawl
    generated = {
        path.relative_to(site).as_posix()
        for path in site.rglob("*")
        if path.is_file() and path.suffix in (".html", ".xml", ".jsonl", ".csv")
    }
    expected = {path for path in generated if not path.startswith(NOT_PAGES)}
    assert "feed.xml" in expected and "data/articles.jsonl" in expected
    assert any(path.startswith("page/2/") for path in expected)
    unreachable = sorted(expected - seen)
    assert not unreachable, unreachable


def test_quotation_anchors_on_entity_and_quote_pages_land_on_the_quotation(site: Path, crawl):
    _, _, ids = crawl
    soup = BeautifulSoup((site / "quotes/index.html").read_text("utf-8"), "html.parser")
    quote_links = [
        a["href"] for a in soup.find("article").find_all("a", href=re.compile(r"#q\d+$"))
    ]
    assert quote_links
    for href in quote_links:
        target, fragment = _local(site, "quotes/index.html", href)
        assert fragment in ids[target], href


def test_without_directory_urls_every_link_feed_entry_and_data_row_resolves(tmp_path: Path):
    """`use_directory_urls: false` publishes `x.html` pages: links, the feeds' entries and
    the data downloads' page addresses must name those, not `x/`."""
    project = make_reading_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "use_directory_urls: true" in text
    text = text.replace("use_directory_urls: true", "use_directory_urls: false")
    config.write_text(text, "utf-8")
    site = build_site(project, SITE_URL)
    seen, broken, _ = _crawl(site)
    assert any(path.startswith("articles/") and path.endswith(".html") for path in seen)
    assert not broken, "\n".join(broken[:40])
    feed = (site / "feed.xml").read_text("utf-8")
    addresses = re.findall(r'<link[^>]*href="([^"]+)"', feed)
    rows = (site / "data/articles.jsonl").read_text("utf-8").splitlines()
    addresses += [json.loads(row)["page"] for row in rows]
    assert len(addresses) > 5
    for address in addresses:
        target, _ = _local(site, "index.html", address)
        assert (site / target).is_file(), address
