"""The search index in shards (generator/publish/pagefind.py): the newest articles and
the rest; an edit re-runs Pagefind for the shard holding the page, the other keeps its
files, the result is what a fresh index of the same pages holds, and a reader's search
shows the newest articles' results first, then finds and filters across every shard."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import (
    build_site,
    harbour_articles,
    index_files,
    make_project,
    open_page,
    open_search_box,
)

from generator.publish.pagefind import (
    Layout,
    Overlay,
    index_site,
    read_digest,
    shard_layout,
)


def write_page(site: Path, path: str, words: str, agency: str = "Harbour Wire") -> None:
    target = site / path / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        f'<html lang="en"><body><nav>menu</nav><article class="md-content__inner">'
        f'<span data-pagefind-filter="agency:{agency}"></span>'
        f"<h1>{words}</h1><p>{words}</p></article></body></html>",
        encoding="utf-8",
    )


# One story a month, January to August.
SLUGS = ["anchor", "ferry", "harbour", "jetty", "mooring", "quay", "tide", "wharf"]
PAGES = [f"articles/2023/0{n}/{slug}-{n}" for n, slug in enumerate(SLUGS, 1)]


def small_site(site: Path) -> None:
    for n, path in enumerate(PAGES, 1):
        write_page(site, path, f"ferry timetable number {n}")
    write_page(site, "people/ines-varga", "Ines Varga harbour master")


def snapshot(bundle: Path) -> dict[str, tuple[int, bytes]]:
    return {
        path.relative_to(bundle).as_posix(): (path.stat().st_mtime_ns, path.read_bytes())
        for path in bundle.rglob("*")
        if path.is_file()
    }


def _articles(n: int, start: int = 0) -> dict[str, str]:
    """`n` invented article paths with dates, a day apart from 1 January 2001."""
    day = date(2001, 1, 1)
    return {
        f"articles/story-{k}/index.html": (day + timedelta(days=k)).isoformat()
        for k in range(start, start + n)
    }


def _changed(before: dict[str, list[str]], after: dict[str, list[str]]) -> set[str]:
    """The bundles of `after` that Pagefind must run for: new names or other pages."""
    return {name for name, pages in after.items() if before.get(name) != pages}


def test_one_bundle_up_to_shard_pages_and_blocks_of_at_most_shard_pages_beyond():
    assert shard_layout(_articles(200), shard_pages=200) == Layout({"0": sorted(_articles(200))}, 1)
    dates = _articles(3000) | {f"people/p{k}/index.html": "" for k in range(1000)}
    layout = shard_layout(dates, shard_pages=200)
    blocks = list(layout.bundles.values())
    assert sorted(path for block in blocks for path in block) == sorted(dates)
    assert max(map(len, blocks)) <= 200 and len(blocks) >= 4000 // 200
    assert not any(
        path.startswith("people/") and other.startswith("articles/")
        for block in blocks
        for path in block
        for other in block
    )
    # Searched first: the newest two blocks of articles, the newest block first.
    assert layout.first == 2
    newest = sorted(_articles(3000), reverse=True, key=dates.__getitem__)
    assert blocks[0] + blocks[1] == sorted(newest[: len(blocks[0])]) + sorted(
        newest[len(blocks[0]) : len(blocks[0]) + len(blocks[1])]
    )


def test_an_addition_changes_one_block_and_an_older_one_its_neighbours_at_most():
    """Today's story joins the newest block (or opens one); a story of an older day, a
    new entity page or a deletion changes its block and at most the next (a run of
    `shard_pages` pages without a cut is split by count): never the whole index."""
    dates = _articles(3000) | {f"people/p{k}/index.html": "" for k in range(1000)}
    before = shard_layout(dates, shard_pages=200).bundles
    for added in range(3000, 3050):  # today's stories, one by one
        dates |= _articles(1, start=added)
        after = shard_layout(dates, shard_pages=200).bundles
        assert len(_changed(before, after)) == 1  # the newest block, never the others
        assert len(set(before) - set(after)) <= 1  # renamed: its first page changed
        before = after
    changes = [dates | {"people/p500a/index.html": ""}]
    for k in (7, 1234, 2500):  # a story of an old day
        changes.append(
            dates | {f"articles/story-{k}-b/index.html": dates[f"articles/story-{k}/index.html"]}
        )
        changes.append(
            {path: day for path, day in dates.items() if path != f"articles/story-{k}/index.html"}
        )
    for changed in changes:
        assert 1 <= len(_changed(before, shard_layout(changed, shard_pages=200).bundles)) <= 2


def _shard_of(site: Path, path: str) -> str:
    """The shard whose record holds the page at `path` (relative to site/)."""
    for record in (site / "pagefind").glob("*/pages.json"):
        if f"{path}/index.html" in json.loads(record.read_text("utf-8")):
            return record.parent.name
    raise AssertionError(f"{path} is in no shard")


def _manifest(site: Path) -> dict:
    return json.loads((site / "pagefind" / "shards.json").read_text("utf-8"))


def test_an_edit_reindexes_only_the_shard_of_the_edited_page(tmp_path):
    site = tmp_path / "site"
    small_site(site)
    report = index_site(site, shard_pages=2)  # a block per page: one page in 1 ends one
    assert (report.pages, report.shards, report.reindexed) == (9, 9, 9)
    bundle = site / "pagefind"
    manifest = _manifest(site)
    newest = [f"{_shard_of(site, path)}/" for path in PAGES[::-1]]
    assert manifest["bundles"] == [*newest, f"{_shard_of(site, 'people/ines-varga')}/"]
    assert manifest["first"] == 2  # the newest two articles
    before = snapshot(bundle)

    again = index_site(site, shard_pages=2)
    assert again.reindexed == 0 and again.pages == 9
    assert snapshot(bundle) == before  # nothing changed: not a file touched

    write_page(site, PAGES[2], "ferry timetable changed to winter hours")
    edited = _shard_of(site, PAGES[2])
    assert index_site(site, shard_pages=2).reindexed == 1
    after = snapshot(bundle)
    others = {k: v for k, v in before.items() if k.split("/")[0] not in (edited, "shards.json")}
    assert others and {k: after.get(k) for k in others} == others
    assert {k: v for k, v in after.items() if k.startswith(f"{edited}/")} != {
        k: v for k, v in before.items() if k.startswith(f"{edited}/")
    }


def test_after_edits_additions_and_deletions_the_index_is_a_fresh_one(tmp_path):
    site = tmp_path / "site"
    small_site(site)
    index_site(site, shard_pages=2)
    write_page(site, PAGES[0], "ferry timetable moved to the quay", agency="Quay News")
    write_page(site, "articles/2023/09/bollard-9", "lighthouse keeper retires")
    shutil.rmtree(site / PAGES[3])
    report = index_site(site, shard_pages=2)  # the edited page's and the added page's
    assert report.reindexed == 2 and report.pages == 9
    assert _manifest(site)["bundles"][0] == f"{_shard_of(site, 'articles/2023/09/bollard-9')}/"
    # The same pages indexed afresh, in another folder.
    fresh = tmp_path / "fresh" / "site"
    shutil.copytree(site, fresh, ignore=shutil.ignore_patterns("pagefind"))
    assert index_site(fresh, shard_pages=2).reindexed == 9
    assert index_files(site / "pagefind") == index_files(fresh / "pagefind")
    records = [json.loads(p.read_text("utf-8")) for p in (site / "pagefind").glob("*/pages.json")]
    indexed = {path for record in records for path in record}
    assert f"{PAGES[3]}/index.html" not in indexed
    assert "articles/2023/09/bollard-9/index.html" in indexed


def test_todays_story_reindexes_the_newest_block_alone(tmp_path):
    """An addition dated after every other story joins the newest block (or opens one):
    one Pagefind run, every other bundle's files untouched, searched first."""
    site = tmp_path / "site"
    small_site(site)
    shards = index_site(site, shard_pages=4).shards
    bundle = site / "pagefind"
    before = snapshot(bundle)
    write_page(site, "articles/2023/09/bollard-9", "lighthouse keeper retires")
    report = index_site(site, shard_pages=4)
    assert report.reindexed == 1 and report.shards in (shards, shards + 1)
    newest = _shard_of(site, "articles/2023/09/bollard-9")
    assert _manifest(site)["bundles"][0] == f"{newest}/"
    after = snapshot(bundle)
    others = {k: v for k, v in before.items() if k.split("/")[0] not in (newest, "shards.json")}
    assert others and {k: after.get(k) for k in others} == others


def test_pagefind_writes_the_same_bundle_for_the_same_pages(tmp_path):
    for name in ("one", "two"):
        small_site(tmp_path / name)
        index_site(tmp_path / name, shard_pages=4)
    assert index_files(tmp_path / "one" / "pagefind") == index_files(tmp_path / "two" / "pagefind")


def test_other_settings_or_a_lost_manifest_reindexes_everything(tmp_path):
    site = tmp_path / "site"
    small_site(site)
    shards = index_site(site, shard_pages=4).shards
    assert shards > 2
    (site / "pagefind" / "shards.json").write_text("{not json", encoding="utf-8")
    assert index_site(site, shard_pages=4).reindexed == shards
    report = index_site(site, shard_pages=100)  # one shard now
    assert (report.shards, report.reindexed) == (1, 1)
    assert sorted(p.name for p in (site / "pagefind").iterdir()) == ["0", "shards.json"]
    assert _manifest(site)["bundles"] == ["0/"] and "first" not in _manifest(site)


def write_entity_page(site: Path, articles: list[str], intro: str = "Ines Varga") -> None:
    """An entity page as the generator's are read: its own words, then its list of
    articles (which the index leaves out) and a hidden filter element."""
    items = "".join(f'<li><a href="../x/">{title}</a></li>' for title in articles)
    target = site / "people" / "ines-varga" / "index.html"
    target.write_text(
        f'<html lang="en"><body><article class="md-content__inner md-typeset">'
        f'<div hidden data-pagefind-ignore><span data-pagefind-filter="person:{intro}">'
        f'</span></div><h1>{intro}</h1><p class="entity-meta">{len(articles)} articles</p>'
        f"<p>{intro}, harbour master</p><ul>{items}</ul></article></body></html>",
        encoding="utf-8",
    )


def test_a_page_rewritten_only_where_the_index_does_not_read_it_reindexes_nothing(tmp_path):
    site = tmp_path / "site"
    small_site(site)
    write_entity_page(site, ["Ferry timetable"])
    index_site(site, shard_pages=2)
    write_entity_page(site, ["Ferry timetable", "Quay repairs", "Tide tables"])
    assert index_site(site, shard_pages=2).reindexed == 0  # only its list grew
    fresh = tmp_path / "fresh" / "site"
    shutil.copytree(site, fresh, ignore=shutil.ignore_patterns("pagefind"))
    index_site(fresh, shard_pages=2)
    assert index_files(site / "pagefind") == index_files(fresh / "pagefind")
    # Its own words, or a filter in the hidden element, are read: re-indexed.
    write_entity_page(site, ["Ferry timetable"], intro="Ines Varga-Lund")
    assert index_site(site, shard_pages=2).reindexed == 1
    assert index_site(site, shard_pages=2).reindexed == 0


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("<p>harbour</p>", "<p>harbor</p>"),  # a word
        ('<p><img src="a.png"></p>', '<p><img src="b.png"></p>'),  # the result's image
        (
            '<div data-pagefind-ignore><span data-pagefind-meta="date:1"></span></div>',
            '<div data-pagefind-ignore><span data-pagefind-meta="date:2"></span></div>',
        ),
        ("<ul><li>a</li></ul><p>one</p>", "<ul><li>a</li></ul><p>two</p>"),  # after a list
        ('<p class="entity-metas">3</p>', '<p class="entity-metas">4</p>'),  # another class
        ("<pre>x</pre>", "<pre>y</pre>"),  # pre.cite only
        (
            "<ul><li>a</li><ul><li>b</li></ul></ul><p>one</p>",
            "<ul><li>a</li><ul><li>b</li></ul></ul><p>two</p>",
        ),  # after nested lists
        # Words of a quotation that reads like an attribute, in a title attribute.
        (
            '<span title="x data-pagefind-ignore">one</span>',
            '<span title="x data-pagefind-ignore">two</span>',
        ),
        ('<ul id="a"><li>x</li></ul>', '<ul id="b"><li>x</li></ul>'),  # its own anchor
        ("<ul><li><h1>One</h1></li></ul>", "<ul><li><h1>Two</h1></li></ul>"),  # the title
        (
            '<ul><li data-pagefind-filter="tag">a</li></ul>',  # a filter's value, read there
            '<ul><li data-pagefind-filter="tag">b</li></ul>',
        ),
        ('<ul><li><img src="a.png"></li></ul>', '<ul><li><img src="b.png"></li></ul>'),
    ],
)
def test_a_change_pagefind_reads_changes_the_digest(before, after):
    def page(body: str) -> bytes:
        return f'<html lang="en"><article class="md-content__inner">{body}</article>'.encode()

    assert read_digest(page(before)) != read_digest(page(after))


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("<ul><li>one</li></ul>", "<ul><li>two</li><li>three</li></ul>"),
        ("<blockquote><p>said</p></blockquote>", "<blockquote><p>told</p></blockquote>"),
        ("<table><tr><td>1</td></tr></table>", "<table><tr><td>2</td></tr></table>"),
        ('<p class="entity-meta">12 articles</p>', '<p class="entity-meta">13 articles</p>'),
        ('<pre class="cite">one</pre>', '<pre class="cite">two</pre>'),
        (
            "<figure data-pagefind-ignore><svg><text>9</text></svg></figure>",
            "<figure data-pagefind-ignore><svg><text>10</text></svg></figure>",
        ),
    ],
)
def test_a_change_pagefind_leaves_out_keeps_the_digest(before, after):
    def page(body: str) -> bytes:
        return f'<html><article class="md-content__inner"><h1>T</h1>{body}</article>'.encode()

    assert read_digest(page(before)) == read_digest(page(after))


# -- a reader's search over several shards ---------------------------------------------


FERRY = {
    "2023/07/ferry-budget.txt": (
        "Winter budget set for the ferry line\n"
        "The Elling ferry line agreed a budget for the winter\n"
        "PORT ELLING, July 3 (AFP) - The Elling ferry line agreed its budget for the winter "
        "on Monday, its chairman said.\n"
    )
}


# Older than every other story: in the second shard, merged after the first results.
OLD = {
    "2022/12/lighthouse-keeper.txt": (
        "Lighthouse keeper retires after forty years\n"
        "The keeper of the Elling light retires\n"
        "PORT ELLING, December 2 (AFP) - The keeper of the Elling lighthouse retires on "
        "Friday after forty years, his family said.\n"
    )
}
WHOLE = "[data-archive-search-index=whole]"  # the search box merged every shard


@pytest.fixture(scope="module")
def sharded_site(tmp_path_factory: pytest.TempPathFactory, serve) -> str:
    """A small archive built by MkDocs, its index then split into blocks of one page: the
    newest two articles searched first, the rest merged after."""
    articles = {**harbour_articles(6), **FERRY, **OLD}
    project = make_project(tmp_path_factory.mktemp("shards"), articles=articles)
    url = serve(project) + "/site/"
    site = build_site(project, site_url=url)
    assert index_site(site, shard_pages=2).shards > 2
    return url


def _bundle_names(url: str) -> list[str]:
    import urllib.request

    with urllib.request.urlopen(url + "pagefind/shards.json") as response:
        return [name.rstrip("/") for name in json.load(response)["bundles"]]


def _status(page) -> str:
    return page.locator(".md-search-result__meta").inner_text().strip()


def _wait_status(page, text: str) -> None:
    page.wait_for_function(
        "text => document.querySelector('.md-search-result__meta').textContent.trim() === text",
        arg=text,
    )


def _titles(page) -> list[str]:
    return page.locator(".md-search-result__item h1").all_inner_texts()


@pytest.mark.browser
def test_search_finds_a_page_of_any_shard_and_filters_across_shards(browser, sharded_site):
    context, page = open_page(browser)
    try:
        page.goto(sharded_site)
        page.wait_for_load_state("networkidle")
        open_search_box(page)
        page.keyboard.type("budget")
        page.locator(WHOLE).wait_for(state="attached")
        _wait_status(page, "7 matching documents")
        sessions = {f"Harbour board meets for session {n}" for n in range(1, 7)}
        assert sessions | {"Winter budget set for the ferry line"} == set(_titles(page))
        # The pages came from every bundle (the newest two, then the rest); Pagefind's
        # code was loaded once.
        bundles = {
            url.split("/pagefind/")[1].split("/")[0] for url in page.requests if "/pagefind/" in url
        }
        assert bundles - {"shards.json"} == set(_bundle_names(sharded_site))
        assert sum(url.endswith("/pagefind.js") for url in page.requests) == 1

        agency = page.locator("select[data-archive-search-facet=agency]")
        agency.locator("option", has_text="AFP").wait_for(state="attached")
        assert "Reuters (6)" in agency.locator("option").all_inner_texts()
        agency.select_option("Reuters")
        _wait_status(page, "6 matching documents")
        page.wait_for_timeout(300)
        assert set(_titles(page)) == sessions
        agency.select_option("AFP")
        _wait_status(page, "1 matching document")
        assert _titles(page) == ["Winter budget set for the ferry line"]
        assert page.errors == []
    finally:
        context.close()


def _search(browser, url: str, words: str) -> tuple[str, list[str]]:
    """A reader's search on a fresh page: the count shown and the results' titles."""
    context, page = open_page(browser)
    try:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        open_search_box(page)
        page.keyboard.type(words)
        page.locator(WHOLE).wait_for(state="attached")
        page.wait_for_function(
            "() => /matching|No matching/.test("
            "document.querySelector('.md-search-result__meta').textContent)"
        )
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        assert page.errors == []
        return _status(page), _titles(page)
    finally:
        context.close()


@pytest.mark.browser
def test_the_preview_overlay_finds_an_edit_at_once_and_never_a_deleted_page(
    browser, serve, tmp_path
):
    """The preview indexes pages edited since their shard's run into an overlay, in
    seconds: a reader's search finds the edited page's new words, shows the page once
    (not its older copy in its shard), and no longer finds a deleted page. After the
    shards' own run the overlay is gone and search reads the same."""
    articles = {**harbour_articles(6), **FERRY}
    project = make_project(tmp_path, articles=articles)
    url = serve(project) + "/site/"
    site = build_site(project, site_url=url)
    assert index_site(site, shard_pages=2).shards > 2
    bundle = site / "pagefind"
    names = _bundle_names(url)
    shards = {name: snapshot(bundle / name) for name in names}
    ferry = next(site.glob("articles/*/*/winter-budget-set-for-the-ferry-line/index.html"))
    html = ferry.read_text("utf-8")
    ferry.write_text(html.replace("its chairman said", "its chairman, a zebrafinch fan, said"))
    deleted = next(site.glob("articles/*/*/harbour-board-meets-for-session-3/index.html"))
    shutil.rmtree(deleted.parent)

    overlay = Overlay(shard_pages=2)
    report = overlay.update(site)
    assert report is not None and (report.pages, report.hidden) == (1, 2)
    assert {name: snapshot(bundle / name) for name in names} == shards  # untouched
    manifest = json.loads((bundle / "shards.json").read_text("utf-8"))
    assert manifest["overlay"] == "overlay/" and len(manifest["hidden"]) == 2
    sessions = {f"Harbour board meets for session {n}" for n in (1, 2, 4, 5, 6)}
    ferry_title = "Winter budget set for the ferry line"
    assert _search(browser, url, "zebrafinch") == ("1 matching document", [ferry_title])
    status, titles = _search(browser, url, "budget")
    assert status == "6 matching documents" and sorted(titles) == sorted([*sessions, ferry_title])

    index_site(site, shard_pages=2, keep_overlay=True)  # the shards' own run, later
    manifest = json.loads((bundle / "shards.json").read_text("utf-8"))
    assert manifest["overlay"] == "overlay/"  # kept until worked out again
    overlay.after_shards(site)
    assert overlay.update(site) == type(report)(0, 0)
    assert not (bundle / "overlay").exists()
    assert _manifest(site).keys() == {"settings", "bundles", "first"}
    assert _search(browser, url, "zebrafinch") == ("1 matching document", [ferry_title])
    status, titles = _search(browser, url, "budget")
    assert status == "6 matching documents" and sorted(titles) == sorted([*sessions, ferry_title])


@pytest.mark.browser
def test_a_search_downloads_what_its_first_result_needs_and_no_more(browser, sharded_site):
    """Before the first result a search fetches, from the index, the manifest, Pagefind's
    code and WebAssembly once, the newest articles' two shards' entries and page lists,
    one word chunk per word and shard, and the shown results' excerpts: not the other
    shards (merged after),
    no filter values (fetched after), no worker script, nothing twice. The budget is
    those files' sizes in this site."""
    import urllib.request

    def size(url: str) -> int:
        with urllib.request.urlopen(url) as response:
            return len(response.read())

    context, page = open_page(browser)
    try:
        page.goto(sharded_site)
        page.wait_for_load_state("networkidle")
        page.evaluate(
            """() => new MutationObserver((_, observer) => {
              if (document.querySelector(".md-search-result__item")) {
                window.__before = performance.getEntriesByType("resource").map((e) => e.name);
                observer.disconnect();
              }
            }).observe(document.body, {childList: true, subtree: true})"""
        )
        open_search_box(page)
        page.keyboard.type("budget")
        page.wait_for_function("() => window.__before")
        fetched = [url.split("?")[0] for url in page.evaluate("window.__before")]
    finally:
        context.close()
    index = [url for url in fetched if "/pagefind/" in url]
    assert len(index) == len(set(index)), "nothing fetched twice"
    assert not [url for url in index if url.endswith((".pf_filter", "pagefind-worker.js"))]
    bundles = sorted({url.split("/pagefind/")[1].split("/")[0] for url in index} - {"shards.json"})
    first = _bundle_names(sharded_site)[:2]  # the newest two articles' blocks
    assert bundles == sorted(first)
    shard = {name: [url for url in index if f"/pagefind/{name}/" in url] for name in bundles}
    largest_chunk = {
        name: max(size(url) for url in urls if url.endswith(".pf_index"))
        for name, urls in shard.items()
    }
    fragments = [url for url in index if url.endswith(".pf_fragment")]
    assert 0 < len(fragments) <= 10  # the first page of results
    base = sharded_site + "pagefind/"
    budget = size(base + "shards.json") + size(base + f"{first[0]}/pagefind.js")
    budget += size(base + f"{first[0]}/wasm.en.pagefind")
    for name, urls in shard.items():
        meta = next(url for url in urls if url.endswith(".pf_meta"))
        budget += size(base + f"{name}/pagefind-entry.json") + size(meta) + largest_chunk[name]
    budget += sum(size(url) for url in fragments)
    assert sum(size(url) for url in index) <= budget


@pytest.mark.browser
def test_a_word_only_an_older_article_holds_is_found_once_the_rest_is_merged(browser, sharded_site):
    """The newest articles' shard has no "lighthouse": the box says it is searching
    older articles, merges the rest and finds the old story."""
    context, page = open_page(browser)
    try:
        page.goto(sharded_site)
        page.wait_for_load_state("networkidle")
        page.evaluate(
            """() => {
              window.__said = [];
              const status = document.querySelector(".md-search-result__meta");
              new MutationObserver(() => window.__said.push(status.textContent.trim()))
                .observe(status, {childList: true, characterData: true, subtree: true});
            }"""
        )
        open_search_box(page)
        page.keyboard.type("lighthouse")
        page.locator(WHOLE).wait_for(state="attached")
        _wait_status(page, "1 matching document")
        assert _titles(page) == ["Lighthouse keeper retires after forty years"]
        said = page.evaluate("window.__said")
        assert "Searching older articles" in said
        assert "No matching documents" not in said
        assert page.errors == []
    finally:
        context.close()


@pytest.mark.browser
def test_a_search_of_several_words_lists_the_pages_holding_all_of_them(browser, sharded_site):
    """Pagefind leaves out a word that no page of a bundle holds, bundle by bundle: the
    one-page bundles of the sessions (no "winter") would answer "budget" alone. The box
    lists only the ferry story, which holds both; a word no page holds is left out, as
    one bundle would."""
    ferry = "Winter budget set for the ferry line"
    assert _search(browser, sharded_site, "winter budget") == ("1 matching document", [ferry])
    status, titles = _search(browser, sharded_site, "budget xqzvjkw")
    assert status == "7 matching documents" and ferry in titles
