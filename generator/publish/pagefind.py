"""Site search with Pagefind: filters for the pages' front matter, and the index itself.

Material's built-in search is one JSON file that every visitor downloads on page load
(megabytes at 10,000 articles). Pagefind splits its index into small chunks and a reader
fetches only the chunks a query needs: nothing before the search box is opened, and,
before the first result, the newest bundles' page lists (`pf_meta`: every page's id and
word count) and word chunks. This module works without MkDocs;
the plugin calls `use_pagefind` from `on_config` and `index_site` from `on_post_build`.

What is indexed: article pages and the first page of each entity, and of those only the
content (`article.md-content__inner`): not the header, navigation, footer, citation
blocks or permalinks. Filters come from front matter (`search_filters`, written by the
renderer) and are printed by `overrides/partials/content.html` as attributes of a hidden
element, HTML-escaped there.

The index is in shards, so that a reader's first search downloads a bounded amount and
an edit re-runs Pagefind over a small part of the archive. There is one bundle up to
`SHARD_PAGES` pages; beyond, blocks of at most `SHARD_PAGES` (about half that): the
articles in (date, path) order and the entity pages in path order, cut after the pages
whose path's hash picks them (`_blocks`), so an addition or an edit changes one block
and leaves the others' pages and names as they were, however the archive grows. The
search box searches the newest two blocks of articles first and shows their results,
then merges the others (`mergeIndex`: one WebAssembly, results ranked together, filter
counts summed) and searches again, so what is fetched before the first result is the
page lists and word chunks of at most two blocks whatever the archive's size. The
layout depends only on the set of pages and their dates, so clean and incremental
builds write the same bundles. Each shard is its own Pagefind bundle
(`site/pagefind/<name>/`, named by its first page) with a record of its pages: size,
time, a digest of what Pagefind reads of each (`read_digest`) and its date, so a shard
whose pages were only rewritten in what the index leaves out (an entity page's growing
list of articles) is not re-indexed.
Pagefind writes the same fragments and word index for the same pages, so re-indexing
some shards leaves what a full run would; only its filter files list values in an
order of their own on every run. The preview lays an overlay of just-edited pages over
the shards until they are indexed again (`Overlay`, `BackgroundIndexer`).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.model import ENTITY_FOLDERS, count
from generator.settings import package_version

log = logging.getLogger("mkdocs.plugins.news-archive")

BUNDLE_FOLDER = "pagefind"
# site/pagefind/shards.json: the bundles a reader's search merges (fetched when the box
# opens, a few bytes) and the settings they were built with; each bundle's pages.json:
# its pages and their digests, swapped in with the bundle, read only by the next run.
MANIFEST = "shards.json"
SHARD_RECORD = "pages.json"
LAYOUT_VERSION = 4  # 2: digests of what Pagefind reads; 3: and dates; 4: blocks
# A reader's first search fetches the first bundles' page lists and one word chunk per
# word and bundle. Before the first result at 10,000 articles (21,238 indexed pages):
# two shards by slug initial 349 KB gzip, the articles alone 263 KB, the newest 4,000
# articles 226 KB. An edit re-runs Pagefind over its bundle: 19.6 s for the 17,238 pages
# of "the rest" at 10,000, and one run past ~30,000 pages runs out of memory
# (pagefind#842). So the index is one bundle up to 4,000 pages and, beyond, blocks of
# at most 4,000 (about 2,000: `_blocks`), of which the search box searches the newest
# two blocks of articles first and merges the others after the first results.
SHARD_PAGES = 4000
FIRST_BUNDLES = 2
# The preview's overlay (`Overlay`): a bundle of the pages edited since their shard was
# indexed, merged into the reader's search, and the ids of those pages' old copies (and
# of deleted pages) in the shards, which the search box leaves out. Past OVERLAY_PAGES
# changed pages the overlay waits for the shards' own run.
OVERLAY = "overlay"
OVERLAY_KEYS = ("overlay", "hidden")
OVERLAY_PAGES = 200
# Index runs in the preview's threads and the overlay swap bundles and write the
# manifest one at a time.
_MANIFEST_LOCK = threading.Lock()
ARTICLE_FOLDER = "articles"
# Only the page's own words are indexed. Lists, quotations and tables in these pages
# repeat other pages' words: an entity's articles (with their sentences), neighbours,
# quotations and mentions over time; an article's related and adjacent articles.
# Indexed, they put every co-mentioned entity's page above the article itself.
# An article's body is paragraphs, headings and callouts, never lists or tables.
ROOT_SELECTOR = "article.md-content__inner"
# The page's chrome is left out too, so that an excerpt is the story's own text: the
# date line, a callout's speaker line, the entity links under the story, the headings
# and labels the generator writes (`Roles`, `Also written as:`, `In this article`, ...).
EXCLUDE_SELECTORS = (
    ".headerlink",
    ".article-meta",
    ".article-links",
    ".article-source",
    ".article-entities",
    ".admonition-title",
    ".cite-label",
    ".entity-meta",
    ".entity-label",
    ".quote-source",
    *(
        f"h2#{heading}"
        for heading in (
            "roles",
            "quotations",
            "articles",
            "often-mentioned-with",
            "mentions-over-time",
            "in-this-article",
            "related-articles",
            "more-from-the-archive",
            "cite-this",
        )
    ),
    "pre.cite",
    "ul",
    "ol",
    "blockquote",
    "table",
    ".md-source-file",
)
# Pagefind finds its binary in the `pagefind-bin` wheel that `pagefind[bin]` installs.
INSTALL_HINT = 'install it with `pip install "pagefind[bin]==1.5.2"`'


def page_glob() -> str:
    """The pages Pagefind reads: every article and the first page of every entity
    (`people/x/index.html`, not `people/x/2/index.html` or `people/index.html`)."""
    folders = ",".join(sorted(set(ENTITY_FOLDERS.values())))
    return f"{{{ARTICLE_FOLDER}/**/index.html,{{{folders}}}/*/index.html}}"


def is_indexed(path: str) -> bool:
    """Whether Pagefind reads the page at `path` (relative to site/), as `page_glob`
    selects them."""
    parts = path.split("/")
    if parts[-1] != "index.html":
        return False
    if parts[0] == ARTICLE_FOLDER:
        return len(parts) >= 2
    return len(parts) == 3 and parts[0] in set(ENTITY_FOLDERS.values())


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What one run left: `pages` in the whole index (0 for an empty archive), in
    `shards` bundles, of which `reindexed` were rebuilt by this run."""

    pages: int
    shards: int
    reindexed: int

    def summary(self) -> str:
        return (
            f"Pagefind indexed {count(self.pages, 'page')} "
            f"({self.reindexed} of {count(self.shards, 'shard')} re-indexed)"
        )


def _cut(path: str, modulus: int) -> bool:
    """Whether a block ends at `path`: one page in `modulus`, chosen by the path's hash,
    so where blocks end depends on the pages at the ends alone, not on how many came
    before (an addition or a deletion moves no other block's edges)."""
    digest = hashlib.sha256(path.encode()).digest()
    return int.from_bytes(digest[:8], "big") % modulus == 0


def _blocks(paths: list[str], shard_pages: int) -> list[list[str]]:
    """`paths`, in their order, cut after every page `_cut` picks (about one in
    `shard_pages // 2`) and after `shard_pages` pages in a row without one."""
    modulus = max(1, shard_pages // 2)
    blocks: list[list[str]] = [[]]
    for path in paths:
        blocks[-1].append(path)
        if len(blocks[-1]) >= shard_pages or _cut(path, modulus):
            blocks.append([])
    return [block for block in blocks if block]


@dataclass(frozen=True, slots=True)
class Layout:
    """The index's bundles ({name: pages}) in the order the search box merges them, of
    which it searches the `first` before showing results (the newest articles)."""

    bundles: dict[str, list[str]]
    first: int


def shard_layout(dates: dict[str, str], shard_pages: int = SHARD_PAGES) -> Layout:
    """The bundles, from every indexed page's date ("" for an entity page): one up to
    `shard_pages` pages; beyond, the articles in (date, path) order and the entity pages
    in path order cut into blocks of at most `shard_pages` (`_blocks`), newest articles
    first, each block named by its first page. An addition changes the block it falls
    in, an edit none: the other blocks keep their pages and names. A function of the
    pages and their dates alone."""
    if len(dates) <= shard_pages:
        return Layout({"0": sorted(dates)}, 1)
    is_article = {path: path.startswith(f"{ARTICLE_FOLDER}/") for path in dates}
    articles = sorted((p for p in dates if is_article[p]), key=lambda p: (dates[p], p))
    newest_first = _blocks(articles, shard_pages)[::-1]
    entities = _blocks(sorted(p for p in dates if not is_article[p]), shard_pages)
    bundles = {}
    for kind, blocks in (("a", newest_first), ("e", entities)):
        for block in blocks:
            bundles[f"{kind}{hashlib.sha256(block[0].encode()).hexdigest()[:12]}"] = block
    return Layout(bundles, max(1, min(FIRST_BUNDLES, len(newest_first))))


def index_site(
    site_dir: Path, *, shard_pages: int = SHARD_PAGES, keep_overlay: bool = False
) -> IndexReport:
    """Index a built site into `site_dir/pagefind/`, re-running Pagefind only for the
    shards where a page was added or removed, or changed in what Pagefind reads of it
    (all of them when the options or Pagefind's version changed, or nothing is
    recorded). Each shard is built beside its old bundle and swapped in, so
    search keeps working; bundles no longer listed are removed (chunk names are content
    hashes, so stale chunks would otherwise pile up). `keep_overlay` (the preview): the
    overlay of pages edited since (`Overlay`) stays listed until it is worked out again."""
    site_dir = Path(site_dir).resolve()
    bundle = site_dir / BUNDLE_FOLDER
    pages = _indexed_pages(site_dir)
    settings = _settings(shard_pages)
    manifest_before = _read_json(bundle / MANIFEST)
    befores: dict[str, dict] = {}
    if manifest_before.get("settings") == settings:
        for name in manifest_before.get("bundles", []):
            before = _read_json(bundle / name / SHARD_RECORD)
            befores[name.rstrip("/")] = before if _is_record(before) else {}  # damaged: afresh
    known = {path: entry for before in befores.values() for path, entry in before.items()}
    entries = _page_entries(site_dir, pages, known)
    layout = shard_layout({path: entry[2] for path, entry in entries.items()}, shard_pages)
    groups = layout.bundles
    bundle.mkdir(exist_ok=True)
    todo, records = [], {}
    for shard, group in groups.items():
        if not group:
            continue
        before = befores.get(shard, {})
        records[shard] = record = {path: entries[path] for path in group}
        if _reads_differ(record, before):
            todo.append(shard)
        elif record != before:  # rewritten pages, the same words: their new times
            _write_json(bundle / shard / SHARD_RECORD, record)

    def index(shard: str) -> None:
        fresh = bundle / f"{shard}.next"
        _remove(fresh)
        _index_pages(site_dir, groups[shard], fresh)
        _write_json(fresh / SHARD_RECORD, records[shard])

    with ThreadPoolExecutor(max_workers=max(1, min(len(todo), os.cpu_count() or 1))) as pool:
        list(pool.map(index, todo))  # raises what a shard's run raised
    with _MANIFEST_LOCK:  # the preview's overlay reads bundles and writes the manifest
        for shard in todo:
            _swap(bundle / f"{shard}.next", bundle / str(shard))
        manifest_before = _read_json(bundle / MANIFEST)
        manifest: dict[str, Any] = {"settings": settings}
        manifest["bundles"] = [f"{name}/" for name in records]
        if layout.first > 1:
            manifest["first"] = layout.first
        if keep_overlay:
            manifest.update({k: v for k, v in manifest_before.items() if k in OVERLAY_KEYS})
        kept = {MANIFEST, *records}
        kept |= {OVERLAY} if OVERLAY_KEYS[0] in manifest else set()
        for entry in bundle.iterdir():
            if entry.name not in kept:
                _remove(entry)
        if manifest_before != manifest:  # a run that changed nothing touches nothing
            _write_json(bundle / MANIFEST, manifest)
    return IndexReport(pages=len(pages), shards=len(records), reindexed=len(todo))


def _indexed_pages(site_dir: Path) -> dict[str, str]:
    """Every page Pagefind reads (path relative to site/, as `is_indexed` selects them)
    with its size and modification time: a page MkDocs wrote again is looked at again,
    one the build kept (reuse.py, `mkdocs serve --dirty`) is not. Stat only: reading
    every page's bytes meant 500 MB at 10,000 articles on every build."""
    pages = {}
    for top in sorted({ARTICLE_FOLDER, *ENTITY_FOLDERS.values()}):
        for folder, dirs, names in os.walk(site_dir / top):
            dirs.sort()
            if "index.html" not in names:
                continue
            path = os.path.join(folder, "index.html")
            relative = os.path.relpath(path, site_dir).replace(os.sep, "/")
            if is_indexed(relative):
                stat = os.stat(path)
                pages[relative] = f"{stat.st_size}:{stat.st_mtime_ns}"
    return pages


# An article's date as the renderer gives it to Pagefind (`data-pagefind-meta`).
_DATE = re.compile(rb'data-pagefind-meta="date:([^"]*)"')


def _page_entries(site_dir: Path, pages: dict[str, str], known: dict) -> dict[str, list[str]]:
    """{path: [size and time, digest of what Pagefind reads, date]} for every indexed
    page; digest and date kept from `known` (the shards' records) while the page's file
    is unchanged. A rewritten page whose digest is the same (an entity page whose list
    of articles grew) needs no Pagefind run. Digests are taken before Pagefind reads the
    pages, so a page rewritten meanwhile (the preview) is indexed again on the next run."""
    entries = {}
    for path, signature in pages.items():
        old = known.get(path)
        if isinstance(old, list) and len(old) == 3 and old[0] == signature:
            entries[path] = old
        else:
            html = (site_dir / path).read_bytes()
            date = _DATE.search(html) if path.startswith(f"{ARTICLE_FOLDER}/") else None
            entries[path] = [signature, read_digest(html), date.group(1).decode() if date else ""]
    return entries


def _is_record(data: object) -> bool:
    return isinstance(data, dict) and all(
        isinstance(entry, list) and len(entry) == 3 for entry in data.values()
    )


def _reads_differ(record: dict[str, list[str]], before: dict) -> bool:
    """Whether Pagefind would read anything else in the shard than it did last time."""
    return record.keys() != before.keys() or any(
        entry[1] != before[path][1] for path, entry in record.items()
    )


# What `read_digest` leaves out: the elements that EXCLUDE_SELECTORS and
# data-pagefind-ignore take out of the index, found by their start tags, less their
# start tags (Pagefind reads an element's own id and attributes), and less any that hold
# what Pagefind reads even there (a heading that titles the page, an image, a filter or
# other data-pagefind-* attribute): those are kept whole. Whatever else may differ is
# kept, so a digest can only err towards re-indexing.
# Inside a start tag: anything but its end, a quoted value taken whole (a quotation in
# a title attribute may read like an attribute).
_IN_TAG = r"""(?:[^>"']|"[^"]*"|'[^']*')*?"""


def _selector_pattern(selector: str) -> str:
    """A start tag `selector` selects, as a regular expression after its `<`:
    `tag`, `.class`, `tag.class` or `tag#id`."""
    tag, _, ident = selector.partition("#")
    if ident:
        return f'({tag or "[a-z][a-z0-9]*"})\\b{_IN_TAG}\\sid="{re.escape(ident)}"'
    tag, _, name = selector.partition(".")
    start = f"({tag})\\b" if tag else "([a-z][a-z0-9]*)\\b"
    if not name:
        return start
    return start + _IN_TAG + f'\\sclass="(?:[^"]*\\s)?{re.escape(name)}(?:\\s[^"]*)?"'


_ROOT_START = re.compile(
    f'<article\\b{_IN_TAG}\\sclass="(?:[^"]*\\s)?md-content__inner[\\s"]'.encode()
)
_IGNORED = f"([a-z][a-z0-9]*)\\b{_IN_TAG}\\sdata-pagefind-ignore\\b"
_LEFT_OUT = re.compile(
    f"<(?:{'|'.join([*map(_selector_pattern, EXCLUDE_SELECTORS), _IGNORED])})".encode()
)
_TAG_END = re.compile(f"{_IN_TAG}>".encode())
_HTML_TAG = re.compile(f"<html\\b{_IN_TAG}>".encode())  # the page's language
_IGNORE_ATTRIBUTE = re.compile(rb'\sdata-pagefind-ignore(?:="[^"]*")?')
_READ_ANYWAY = re.compile(rb"<h1\b|<img\b|data-pagefind-")
_TAGS: dict[bytes, re.Pattern[bytes]] = {}


def read_digest(html: bytes) -> str:
    """A digest of what Pagefind reads of a page: equal digests, the same entry in the
    index. Lists and other left-out parts may differ (an entity page's articles)."""
    start = _ROOT_START.search(html)
    end = html.rfind(b"</article>")
    if start is None or end < start.start():
        return hashlib.sha256(html).hexdigest()
    digest = hashlib.sha256(b"".join(_HTML_TAG.findall(html, 0, start.start())))
    position = start.start()
    while (match := _LEFT_OUT.search(html, position, end)) is not None:
        name = next(group for group in match.groups() if group)
        tag_end = _TAG_END.match(html, match.end())
        close = _element_end(html, match.start(), name) if tag_end else None
        if tag_end is None or close is None:  # unbalanced: take the page as it is
            return hashlib.sha256(html).hexdigest()
        start_tag = html[match.start() : tag_end.end()]
        if _READ_ANYWAY.search(_IGNORE_ATTRIBUTE.sub(b"", start_tag)) or _READ_ANYWAY.search(
            html, tag_end.end(), close
        ):
            digest.update(html[position:close])
        else:
            digest.update(html[position : match.start()])
            digest.update(start_tag)
        position = close
    digest.update(html[position:end])
    return digest.hexdigest()


def _element_end(html: bytes, start: int, name: bytes) -> int | None:
    """Where the element whose start tag is at `start` ends (after its end tag)."""
    tags = _TAGS.get(name)
    if tags is None:
        tags = _TAGS[name] = re.compile(rb"<(/?)" + re.escape(name) + rb"[\s>/]")
    depth = 0
    for tag in tags.finditer(html, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            close = html.find(b">", tag.end() - 1)
            return None if close < 0 else close + 1
    return None


def _settings(shard_pages: int) -> str:
    """What every shard's bundle depends on besides its pages."""
    parts = [
        LAYOUT_VERSION,
        shard_pages,
        FIRST_BUNDLES,
        ROOT_SELECTOR,
        EXCLUDE_SELECTORS,
        page_glob(),
    ]
    parts += [package_version("pagefind"), package_version("pagefind-bin")]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:32]


def _swap(fresh: Path, target: Path) -> None:
    """Put the bundle built at `fresh` in place of `target`."""
    old = target.with_name(f"{target.name}.old")
    _remove(old)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    _remove(old)


def _run_pagefind(site_dir: Path, glob: str, output_path: Path) -> None:
    """Pagefind over the pages of the site that `glob` selects, its options in a config
    file (what the command line takes is limited in length)."""
    config = {
        "site": str(site_dir),
        "output_path": str(output_path),
        "glob": glob,
        "root_selector": ROOT_SELECTOR,
        "exclude_selectors": list(EXCLUDE_SELECTORS),
    }
    with tempfile.TemporaryDirectory(prefix="pagefind-") as folder:
        Path(folder, "pagefind.json").write_text(json.dumps(config), "utf-8")
        command = [sys.executable, "-m", "pagefind"]  # reads pagefind.json where it runs
        try:
            result = subprocess.run(command, cwd=folder, capture_output=True, text=True)
        except OSError as error:  # pragma: no cover - a broken interpreter path
            raise PagefindError(f"could not run Pagefind ({error}); {INSTALL_HINT}") from error
    output = result.stdout + result.stderr
    if result.returncode != 0:
        _remove(output_path)
        if "No module named pagefind" in output or "binary" in output.lower():
            raise PagefindError(f"Pagefind is not installed: {INSTALL_HINT}\n{output.strip()}")
        raise PagefindError(f"Pagefind failed (exit {result.returncode}):\n{output.strip()}")


def _read_json(path: Path) -> Any:
    """A record this module wrote, or {} when it is missing or unreadable."""
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def _write_json(path: Path, data: object) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")), "utf-8")
    tmp.replace(path)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class OverlayReport:
    """What an overlay run left: `pages` indexed in the overlay, `hidden` old copies
    (edited or deleted pages) left out of the shards' results."""

    pages: int
    hidden: int

    def summary(self) -> str:
        return (
            f"Pagefind overlay: {count(self.pages, 'edited page')} indexed, "
            f"{count(self.hidden, 'stale result')} left out"
        )


class Overlay:
    """The preview's search within seconds of an edit. Re-indexing a shard takes tens of
    seconds at 10,000 articles; the pages changed since their shard was indexed (the
    shard records' digests tell) are indexed alone into `pagefind/overlay/`, which the
    search box merges, and the old copies of those pages, and of deleted pages, are
    listed by their Pagefind ids (`hidden` in shards.json) so the search box leaves
    them out. The shards' own run follows; the overlay then shrinks to what changed
    since. Only the preview makes one: a one-off build's index has none."""

    def __init__(self, shard_pages: int = SHARD_PAGES) -> None:
        self.shard_pages = shard_pages
        self._digests: dict[tuple[str, str], str] = {}  # (path, size and time) -> digest
        self._ids: dict[str, tuple[int, dict[str, str]]] = {}  # bundle -> (time, url -> id)

    def update(self, site_dir: Path) -> OverlayReport | None:
        """Index the pages edited since their shard's run into the overlay; None when
        there is no index to lay it over yet, or too much changed for an overlay."""
        site_dir = Path(site_dir).resolve()
        bundle = site_dir / BUNDLE_FOLDER
        with _MANIFEST_LOCK:
            manifest = _read_json(bundle / MANIFEST)
            if not manifest.get("bundles"):
                return None  # no index yet: the shards' own run makes one
            pages = _indexed_pages(site_dir)
            if manifest.get("settings") != _settings(self.shard_pages):
                return None  # no index yet, or other settings: the shards' own run
            recorded: dict[str, tuple[str, list[str]]] = {}
            for name in manifest.get("bundles", []):
                record = _read_json(bundle / name / SHARD_RECORD)
                if not _is_record(record):
                    return None
                recorded.update({path: (name, entry) for path, entry in record.items()})
            changed = [
                path
                for path, signature in pages.items()
                if path not in recorded
                or recorded[path][1][0] != signature
                and self._digest(site_dir, path, signature) != recorded[path][1][1]
            ]
            removed = [path for path in recorded if path not in pages]
            if len(changed) + len(removed) > OVERLAY_PAGES:
                return None
            fresh = bundle / f"{OVERLAY}.next"
            _remove(fresh)
            if changed:
                _index_pages(site_dir, changed, fresh)
            own = set(self._fragment_ids(fresh).values()) if changed else set()
            hidden = set()
            for path in (*changed, *removed):
                if path in recorded:
                    found = self._fragment_ids(bundle / recorded[path][0]).get(_url(path))
                    hidden |= {found} if found and found not in own else set()
            overlay: dict[str, Any] = {"overlay": f"{OVERLAY}/"} if changed else {}
            overlay |= {"hidden": sorted(hidden)} if hidden else {}
            if changed:
                _swap(fresh, bundle / OVERLAY)
            else:
                _remove(bundle / OVERLAY)
            updated = {k: v for k, v in manifest.items() if k not in OVERLAY_KEYS} | overlay
            if updated != manifest:
                _write_json(bundle / MANIFEST, updated)
        return OverlayReport(len(changed), len(hidden))

    def after_shards(self, site_dir: Path) -> None:
        """After the shards' run: their records hold the digests now, and their ids are
        read here, in the background, not after the next edit (a second at 10,000
        articles, and longer while the archive rebuilds beside it)."""
        self._digests.clear()
        bundle = Path(site_dir).resolve() / BUNDLE_FOLDER
        for name in _read_json(bundle / MANIFEST).get("bundles", []):
            self._fragment_ids(bundle / name)

    def _digest(self, site_dir: Path, path: str, signature: str) -> str:
        key = (path, signature)
        if key not in self._digests:
            self._digests[key] = read_digest((site_dir / path).read_bytes())
        return self._digests[key]

    def _fragment_ids(self, folder: Path) -> dict[str, str]:
        """{page URL: Pagefind's id} of a bundle, from its fragments (the id is the
        fragment's name); read again when the bundle was swapped."""
        try:
            made = (folder / "pagefind-entry.json").stat().st_mtime_ns
        except OSError:
            return {}
        known = self._ids.get(str(folder))
        if known is not None and known[0] == made:
            return known[1]
        ids = {}
        for fragment in (folder / "fragment").glob("*.pf_fragment"):
            found = _FRAGMENT_URL.search(gzip.decompress(fragment.read_bytes()))
            if found is not None:
                ids[json.loads(found.group(1))] = fragment.name.removesuffix(".pf_fragment")
        self._ids[str(folder)] = (made, ids)
        return ids


# A fragment is "pagefind_dcd" and its JSON, which starts with the page's URL.
_FRAGMENT_URL = re.compile(rb'^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")')


def _url(path: str) -> str:
    """The URL Pagefind records for the page at `path` (relative to site/)."""
    return "/" + path.removesuffix("index.html")


def _index_pages(site_dir: Path, paths: list[str], output_path: Path) -> None:
    """Pagefind over `paths` alone, linked (or copied) into a folder of their own at the
    same places, so their URLs are the site's: a glob cannot pick "the newest 4,000", and
    one naming them stops matching past ~150 KB. The folder is beside the output, on the
    site's file system, so that links work and nothing is copied."""
    with tempfile.TemporaryDirectory(prefix=".pages-", dir=output_path.parent) as folder:
        for path in paths:
            target = Path(folder, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site_dir / path, target)
            except OSError:  # a file system without hard links
                shutil.copyfile(site_dir / path, target)
        _run_pagefind(Path(folder), page_glob(), output_path)


class _Worker:
    """Runs `work(site_dir)` in a thread; requests made while it runs fold into one more
    run when it finishes."""

    def __init__(self, work: Callable[[Path], None]) -> None:
        self._work = work
        self._lock = threading.Lock()
        self._running = False  # set and cleared under the lock: a request never falls between
        self._again: Path | None = None
        self._thread: threading.Thread | None = None

    def request(self, site_dir: Path) -> None:
        with self._lock:
            if self._running:
                self._again = site_dir
                return
            self._running = True
            self._thread = threading.Thread(target=self._run, args=(site_dir,), daemon=True)
        self._thread.start()

    def _run(self, site_dir: Path | None) -> None:
        try:
            while site_dir is not None:
                self._work(site_dir)
                with self._lock:
                    site_dir, self._again = self._again, None
        finally:
            with self._lock:
                self._running = False

    def wait(self, seconds: float) -> None:
        if self._thread is not None:
            self._thread.join(seconds)


class BackgroundIndexer:
    """Re-indexes a preview's site in threads, so `mkdocs serve` reloads the browser as
    soon as the pages are written: the overlay of edited pages at once (seconds), the
    shards holding them after it (tens of seconds at 10,000 articles), then the overlay
    again, without what the shards now hold."""

    def __init__(self) -> None:
        self.overlay = Overlay()
        self._quick = _Worker(self._update_overlay)
        self._full = _Worker(self._index)

    def request(self, site_dir: Path) -> None:
        self._quick.request(site_dir)
        self._full.request(site_dir)

    def _update_overlay(self, site_dir: Path) -> None:
        def update() -> OverlayReport | None:
            report = self.overlay.update(site_dir)
            return report if report and (report.pages or report.hidden) else None  # said

        self._log(update, site_dir)

    def _index(self, site_dir: Path) -> None:
        self._quick.wait(60)  # the overlay first: it is what search waits for
        self._log(lambda: index_site(site_dir, keep_overlay=True), site_dir)
        with contextlib.suppress(OSError):  # the preview stopped meanwhile
            self.overlay.after_shards(site_dir)
        self._quick.request(site_dir)

    @staticmethod
    def _log(run: Callable[[], IndexReport | OverlayReport | None], site_dir: Path) -> None:
        start = time.monotonic()
        try:
            report = run()
            if report is not None:
                log.info(f"news-archive: {report.summary()} in {time.monotonic() - start:.1f} s")
        except Exception as error:  # noqa: BLE001 - a preview keeps serving; say why
            if site_dir.is_dir():  # else the preview was stopped meanwhile
                log.warning(f"news-archive: Pagefind did not index the preview: {error}")

    def wait_overlay(self, seconds: float) -> None:
        """Give the overlay run under way up to `seconds` to finish."""
        self._quick.wait(seconds)

    def wait(self, seconds: float) -> None:
        """Give a running indexer up to `seconds` to finish (when the preview stops)."""
        self._full.wait(seconds)
        self._quick.wait(seconds)


class PagefindError(RuntimeError):
    """Pagefind is missing or could not index the site; the message says what to do."""
