"""Markdown conversion of generated pages on every core during `mkdocs build`.

MkDocs reads and converts its pages one after another on one core, and at thousands of
generated pages that conversion is half of the build. Right after MkDocs has made its
navigation, `PageWorkers.start` forks worker processes that convert a share of the
generated pages with MkDocs' own code (the same `Page.render`, configuration, files and
plugin events), while MkDocs goes on with the rest. MkDocs then reads every page as
usual; for a page a worker converted, `render` takes the worker's result instead of
converting again, and replays the warnings the worker logged so `--strict` still counts
them. The site is byte-identical to a serial build.

Only for one-off builds: a `mkdocs serve` process runs server threads, and forking a
threaded process is not safe.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mkdocs.structure.pages import Page

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.toc import TableOfContents

BATCH_PAGES = 100  # pages per task: small enough that MkDocs rarely waits for one
MIN_PAGES = 400  # below this, forking costs more than it saves

# What the forked workers read: set just before the pool forks them.
_shared: tuple[MkDocsConfig, Files] | None = None


@dataclass(slots=True)
class Converted:
    """What `Page.render` left on a page, in a form that crosses processes."""

    content: str
    toc: TableOfContents
    title: str | None
    anchors: set[str] | None
    links_to_anchors: dict[str, dict[str, str]] | None  # keyed by the linked file's src_uri
    records: list[tuple[str, int, str]]  # (logger, level, message) of warnings logged


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _convert(src_uris: list[str]) -> list[Converted]:
    """In a worker: MkDocs' own steps up to the HTML, for each page in turn."""
    assert _shared is not None, "the pool forks after _shared is set"
    config, files = _shared
    mkdocs_log = logging.getLogger("mkdocs")
    records = _Records()
    mkdocs_log.handlers = [records]  # the parent prints what the worker logged
    results = []
    for src_uri in src_uris:
        file = files.get_file_from_path(src_uri)
        assert file is not None
        page = file.page or Page(None, file, config)
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        assert page.markdown is not None
        page.markdown = config.plugins.on_page_markdown(
            page.markdown, page=page, config=config, files=files
        )
        records.records = []
        Page.render(page, config, files)
        links = page.links_to_anchors
        results.append(
            Converted(
                content=page.content or "",
                toc=page.toc,
                title=page._title_from_render,
                anchors=page.present_anchor_ids,
                links_to_anchors=None
                if links is None
                else {linked.src_uri: anchors for linked, anchors in links.items()},
                records=records.records,
            )
        )
    return results


class PageWorkers:
    """Converts a share of the generated pages in worker processes during one build."""

    def __init__(self, jobs: int = 0) -> None:
        """`jobs`: processes in all, MkDocs' own included; 0 is one per core (up to 8),
        and then only from MIN_PAGES pages on."""
        self.jobs = jobs or min(os.cpu_count() or 1, 8)
        self.min_pages = 1 if jobs else MIN_PAGES
        self.pool: ProcessPoolExecutor | None = None
        self.batch_of: dict[str, Future[list[Converted]]] = {}
        self.position: dict[str, int] = {}

    def start(self, config: MkDocsConfig, files: Files, src_uris: Iterable[str]) -> None:
        """Fork the workers and hand them their pages: the last `(jobs - 1) / jobs` of
        `src_uris`, so they and MkDocs (which reads pages in order) start together."""
        global _shared
        pages = list(src_uris)
        workers = self.jobs - 1
        if workers < 1 or len(pages) < self.min_pages:
            return
        theirs = pages[len(pages) // self.jobs :]
        _shared = (config, files)
        try:
            self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
            for start in range(0, len(theirs), BATCH_PAGES):
                batch = theirs[start : start + BATCH_PAGES]
                future = self.pool.submit(_convert, batch)
                for position, src_uri in enumerate(batch):
                    self.batch_of[src_uri] = future
                    self.position[src_uri] = position
        finally:
            _shared = None

    def adopt(self, page: Page) -> None:
        """Give `page` the worker's result instead of converting it (from `on_pre_page`)."""
        future = self.batch_of.get(page.file.src_uri)
        if future is None:
            return
        position = self.position[page.file.src_uri]

        def render(config: MkDocsConfig, files: Files) -> None:
            converted = future.result()[position]
            for name, level, message in converted.records:
                logging.getLogger(name).log(level, message)
            page.content = converted.content
            page.toc = converted.toc
            page._title_from_render = converted.title
            page.present_anchor_ids = converted.anchors
            if converted.links_to_anchors is not None:
                page.links_to_anchors = {
                    linked: anchors
                    for uri, anchors in converted.links_to_anchors.items()
                    if (linked := files.get_file_from_path(uri)) is not None
                }

        page.render = render  # type: ignore[method-assign]

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None
        self.batch_of.clear()
        self.position.clear()
