"""Generated pages built on every core during `mkdocs build`.

MkDocs builds its pages one after another on one core: first it converts each page's
Markdown, then it renders each page into the theme's template and writes it. At
thousands of generated pages both take minutes. This module forks worker processes that
do both steps for a share of the generated pages with MkDocs' own code (the same
`Page.render` and page template, configuration, navigation and plugin events), while
MkDocs goes on with the rest:

- after MkDocs has made its navigation, `start_converting`; for a page a worker
  converted, `render` then takes the worker's result (`adopt`);
- once every page is converted, `start_writing`: workers render and write their pages,
  MkDocs skips them, and `finish` waits for them before the site is indexed.

What a worker logs is replayed in MkDocs' process, so `--strict` still counts warnings.
The site is byte-identical to a serial build. Only for one-off builds: a `mkdocs serve`
process runs server threads, and forking a threaded process is not safe.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from jinja2 import BaseLoader, ChoiceLoader, DictLoader
from mkdocs.commands import build as mkdocs_build
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

from generator import worker_processes
from generator.mkdocs_plugin.config import ENGINE

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.toc import TableOfContents

BATCH_PAGES = 100  # pages per task: small enough that MkDocs rarely waits for one
MIN_PAGES = 400  # below this, forking costs more than it saves

# A page a worker writes is rendered by MkDocs into this empty template, which MkDocs
# takes as "nothing to write".
WRITTEN_ELSEWHERE = "news-archive/written-by-a-worker.html"

# What the forked workers read: set just before the pool forks them.
_shared: tuple[MkDocsConfig, Files, Navigation | None, Environment | None] | None = None


@dataclass(slots=True)
class Converted:
    """What `Page.render` left on a page, in a form that crosses processes."""

    content: str
    toc: TableOfContents
    title: str | None
    anchors: set[str] | None
    links_to_anchors: dict[str, dict[str, str]] | None  # keyed by the linked file's src_uri
    records: list[tuple[str, int, str]]  # (logger, level, message) of what was logged


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.getLogger(ENGINE).getEffectiveLevel())
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _capture_logs() -> _Records:
    records = _Records()
    logging.getLogger(ENGINE).handlers = [records]  # the parent prints what it logged
    return records


def _convert(src_uris: list[str]) -> list[Converted]:
    """In a worker: MkDocs' own steps up to the HTML, for each page in turn."""
    assert _shared is not None, "the pool forks after _shared is set"
    config, files, _, _ = _shared
    records = _capture_logs()
    results = []
    for src_uri in src_uris:
        file = files.get_file_from_path(src_uri)
        assert file is not None
        page = file.page or Page(None, file, config)
        config._current_page = page  # as MkDocs' own _populate_page does
        try:
            page = config.plugins.on_pre_page(page, config=config, files=files)
            page.read_source(config)
            assert page.markdown is not None
            page.markdown = config.plugins.on_page_markdown(
                page.markdown, page=page, config=config, files=files
            )
            records.records = []
            Page.render(page, config, files)
        finally:
            config._current_page = None
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


def _write(src_uris: list[str]) -> list[tuple[str, int, str]]:
    """In a worker: MkDocs' own page building (template, page events, file) for each
    page; returns the warnings logged."""
    assert _shared is not None, "the pool forks after _shared is set"
    config, files, nav, env = _shared
    assert nav is not None and env is not None
    records = _capture_logs()
    pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
    for src_uri in src_uris:
        file = files.get_file_from_path(src_uri)
        assert file is not None and file.page is not None
        mkdocs_build._build_page(file.page, config, pages, nav, env)
    return records.records


class SkipNotice(logging.Filter):
    """Drops MkDocs' "Page skipped" notice for the pages the workers write."""

    def __init__(self, src_uris: set[str]) -> None:
        super().__init__()
        self.src_uris = src_uris

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith("Page skipped: '"):
            return message.split("'", 2)[1] not in self.src_uris
        return True


class PageWorkers:
    """Worker processes that build a share of the generated pages during one build."""

    def __init__(self, jobs: int = 0) -> None:
        """`jobs`: processes in all, MkDocs' own included; 0 is one per core (up to 8),
        and then only from MIN_PAGES pages on."""
        self.jobs = jobs
        self.min_pages = 1 if jobs else MIN_PAGES
        self.pool: ProcessPoolExecutor | None = None
        self.batch_of: dict[str, Future[list[Converted]]] = {}
        self.position: dict[str, int] = {}
        self.writing: list[Future[list[tuple[str, int, str]]]] = []
        self.notice: SkipNotice | None = None

    def start_converting(self, config: MkDocsConfig, files: Files, src_uris: Iterable[str]) -> None:
        """Fork the workers and hand them pages to convert: the last `(jobs - 1) / jobs`
        of `src_uris`, so they and MkDocs (which reads pages in order) start together."""
        for batch, future in self._hand_out(_convert, (config, files, None, None), src_uris):
            for position, src_uri in enumerate(batch):
                self.batch_of[src_uri] = future
                self.position[src_uri] = position

    def start_writing(
        self,
        config: MkDocsConfig,
        files: Files,
        nav: Navigation,
        env: Environment,
        src_uris: Iterable[str],
    ) -> None:
        """Fork the workers and hand them pages to render and write, as above; MkDocs
        renders those pages into an empty template, which it does not write."""
        handed = self._hand_out(_write, (config, files, nav, env), src_uris)
        theirs = {src_uri for batch, future in handed for src_uri in batch}
        if not theirs:
            return
        self.writing = [future for _, future in handed]
        env.loader = ChoiceLoader(
            [DictLoader({WRITTEN_ELSEWHERE: ""}), cast(BaseLoader, env.loader)]
        )
        for src_uri in theirs:
            file = files.get_file_from_path(src_uri)
            assert file is not None and file.page is not None
            file.page.meta["template"] = WRITTEN_ELSEWHERE
        self.notice = SkipNotice(theirs)
        logging.getLogger(f"{ENGINE}.commands.build").addFilter(self.notice)

    def _hand_out(
        self, task: Callable[[list[str]], object], shared: tuple, src_uris: Iterable[str]
    ) -> list[tuple[list[str], Future]]:
        """Submit `task` over batches of the workers' share of `src_uris`; the pool forks
        (all its processes at once) while `_shared` holds `shared`."""
        global _shared
        pages = list(src_uris)
        jobs = worker_processes(self.jobs)  # one while other threads run: no fork
        workers = jobs - 1
        if workers < 1 or len(pages) < self.min_pages:
            return []
        theirs = pages[len(pages) // jobs :]
        _shared = shared
        try:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(
                    workers, mp_context=multiprocessing.get_context("fork")
                )
            batches = [theirs[i : i + BATCH_PAGES] for i in range(0, len(theirs), BATCH_PAGES)]
            return [(batch, self.pool.submit(task, batch)) for batch in batches]
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

    def finish(self) -> None:
        """Wait for the pages the workers write; replay what they logged."""
        try:
            for future in self.writing:
                for name, level, message in future.result():
                    logging.getLogger(name).log(level, message)
        finally:
            self.stop()

    def stop(self) -> None:
        """End the workers; between the steps too, so writers fork from MkDocs' process
        as it is once every page is converted."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None
        self.batch_of.clear()
        self.position.clear()
        self.writing = []
        if self.notice is not None:
            logging.getLogger(f"{ENGINE}.commands.build").removeFilter(self.notice)
            self.notice = None
