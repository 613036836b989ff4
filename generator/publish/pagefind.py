"""Site search with Pagefind: filters for the pages' front matter, and the index itself.

Material's built-in search is one JSON file that every visitor downloads on page load
(megabytes at 10,000 articles). Pagefind splits its index into small chunks and a reader
fetches only the chunks a query needs: nothing before the search box is opened, and under
240 KB (gzip) to the first result at 10,000 articles. This module works without MkDocs;
the plugin calls `use_pagefind` from `on_config` and `index_site` from `on_post_build`.

What is indexed: article pages and the first page of each entity, and of those only the
content (`article.md-content__inner`): not the header, navigation, footer, citation
blocks or permalinks. Filters come from front matter (`search_filters`, written by the
renderer) and are printed by `overrides/partials/content.html` as attributes of a hidden
element, HTML-escaped there.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from generator.model import ENTITY_FOLDERS

log = logging.getLogger("mkdocs.plugins.news-archive")

BUNDLE_FOLDER = "pagefind"
ARTICLE_FOLDER = "articles"
# Only the page's own words are indexed. Lists, quotations and tables in these pages
# repeat other pages' words: an entity's articles (with their sentences), neighbours,
# quotations and mentions over time; an article's related and adjacent articles.
# Indexed, they put every co-mentioned entity's page above the article itself.
# An article's body is paragraphs, headings and callouts, never lists or tables.
ROOT_SELECTOR = "article.md-content__inner"
EXCLUDE_SELECTORS = (
    ".headerlink",
    ".article-links",
    ".article-source",
    ".entity-meta",
    ".quote-source",
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
    """What Pagefind reported; `pages` is 0 when nothing matched (an empty archive)."""

    pages: int
    words: int
    filters: int
    output: str


def index_site(site_dir: Path, *, glob: str | None = None) -> IndexReport:
    """Index a built site into `site_dir/pagefind/`, replacing an earlier bundle whole
    (chunk names are content hashes, so stale chunks would otherwise pile up). The new
    bundle is built beside the old one and swapped in, so search keeps working while
    Pagefind runs."""
    site_dir = Path(site_dir)
    bundle, fresh = site_dir / BUNDLE_FOLDER, site_dir / f"{BUNDLE_FOLDER}.next"
    shutil.rmtree(fresh, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site_dir),
        "--output-subdir",
        fresh.name,
        "--glob",
        glob or page_glob(),
        "--root-selector",
        ROOT_SELECTOR,
        "--exclude-selectors",
        ", ".join(EXCLUDE_SELECTORS),
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:  # pragma: no cover - a broken interpreter path
        raise PagefindError(f"could not run Pagefind ({error}); {INSTALL_HINT}") from error
    output = result.stdout + result.stderr
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        if "No module named pagefind" in output or "binary" in output.lower():
            raise PagefindError(f"Pagefind is not installed: {INSTALL_HINT}\n{output.strip()}")
        raise PagefindError(f"Pagefind failed (exit {result.returncode}):\n{output.strip()}")
    if fresh.is_dir():
        old = site_dir / f"{BUNDLE_FOLDER}.old"
        shutil.rmtree(old, ignore_errors=True)
        if bundle.is_dir():
            bundle.rename(old)
        fresh.rename(bundle)
        shutil.rmtree(old, ignore_errors=True)
    return IndexReport(
        pages=_count(output, "page"),
        words=_count(output, "word"),
        filters=_count(output, "filter"),
        output=output,
    )


class BackgroundIndexer:
    """Re-indexes a preview's site in a thread, so `mkdocs serve` reloads the browser as
    soon as the pages are written (Pagefind takes tens of seconds at 10,000 articles).
    Requests made while it runs fold into one more run when it finishes."""

    def __init__(self) -> None:
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
                self._index(site_dir)
                with self._lock:
                    site_dir, self._again = self._again, None
        finally:
            with self._lock:
                self._running = False

    def _index(self, site_dir: Path) -> None:
        start = time.monotonic()
        try:
            report = index_site(site_dir)
            log.info(
                f"news-archive: Pagefind indexed {report.pages} pages "
                f"in {time.monotonic() - start:.1f} s"
            )
        except Exception as error:  # noqa: BLE001 - a preview keeps serving; say why
            if site_dir.is_dir():  # else the preview was stopped meanwhile
                log.warning(f"news-archive: Pagefind did not index the preview: {error}")

    def wait(self, seconds: float) -> None:
        """Give a running indexer up to `seconds` to finish (when the preview stops)."""
        if self._thread is not None:
            self._thread.join(seconds)


class PagefindError(RuntimeError):
    """Pagefind is missing or could not index the site; the message says what to do."""


def _count(output: str, noun: str) -> int:
    match = re.search(rf"Indexed (\d+) {noun}s?\b", output)
    return int(match.group(1)) if match else 0
