"""The MkDocs plugin: adapts MkDocs events to the generator library, nothing more.

`mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` run the same pipeline as
`python -m generator build`. Pages are handed to MkDocs in memory (`File.generated`)
instead of being written to docs/, so `mkdocs serve` never sees its own output as an
edit and cannot loop. Pages that an earlier `python -m generator build` left in docs/
are replaced by the fresh ones, or dropped when their source is gone, so a deleted
article disappears from the preview too. `content/` (articles and `entities.yml`) is
watched, so editing it rebuilds the preview.

`mkdocs serve --dirty` (what `make serve` runs) re-renders only the pages whose text
changed since the previous build: one edited article touches a handful of pages, while
a full rebuild renders every page of the archive. The plugin removes the pages of
deleted articles and keeps Material's search index in step, which MkDocs' own dirty
mode does not do for generated pages. With `search: pagefind` the site is indexed by
Pagefind (generator/search.py) after every build instead; while serving, in a thread, so
the browser reloads as soon as the pages are written and search catches up after.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.mkdocs_plugin.config import NewsArchiveConfig, settings_from_config
from generator.mkdocs_plugin.workers import PageWorkers
from generator.pipeline import generate
from generator.publish.docs import MANIFEST, docs_are_current, load_manifest, read_manifest
from generator.publish.pagefind import BackgroundIndexer, index_site, use_pagefind
from generator.publish.sitemaps import split_sitemap
from generator.render.pages import PageCache

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.news-archive")


class GeneratedPage(File):
    """A page made in memory that knows whether its text changed since the last build;
    MkDocs asks `is_modified()` only in dirty builds, to skip unchanged pages."""

    changed: bool = True

    def is_modified(self) -> bool:
        return self.changed


@dataclass(frozen=True, slots=True)
class Built:
    """What a previous build wrote for one generated page."""

    digest: str
    url: str
    dest: str


class NewsArchivePlugin(BasePlugin[NewsArchiveConfig]):
    """Generates the archive's pages from `content_dir` on every build and rebuild."""

    def __init__(self) -> None:
        super().__init__()
        self.dirty = False
        self.built: dict[str, Built] = {}  # src_uri -> what the last finished build wrote
        self.pending: dict[str, Built] = {}
        self.gone: list[Built] = []
        self.fingerprint = ""
        self.pending_fingerprint = ""
        self.search = DirtySearchIndex()
        self.reported: set[str] = set()
        self.page_cache: PageCache | None = None
        self.serving = False
        self.indexer = BackgroundIndexer()
        self.generated: set[str] = set()  # src_uris of this build's generated pages
        self.workers = PageWorkers()
        self.nav: Navigation | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup also makes MkDocs keep this instance across `mkdocs serve`
        # rebuilds, which is what lets a dirty rebuild compare with the previous one.
        self.dirty = dirty
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Paths are relative to mkdocs.yml, so `mkdocs -f other/mkdocs.yml` works anywhere.
        root = Path(config.config_file_path or ".").resolve().parent
        cache = self.config.template_cache_dir
        self.template_cache = (root / cache) if cache else None
        self.settings = settings_from_config(config, self.config)
        if self.config.search == "pagefind":
            use_pagefind(config)
        post_build = getattr(config.plugins, "events", {}).get("post_build")
        if post_build is not None and self._wait_for_writers not in post_build:
            post_build.insert(0, self._wait_for_writers)
        return config

    def on_serve(
        self, server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]
    ) -> LiveReloadServer:
        # `mkdocs serve --clean` starts plugins as for `build`; from here on, rebuilds run
        # on the server's threads, which must not fork.
        self.serving = True
        # MkDocs watches docs/ and mkdocs.yml; the sources live outside docs/.
        content_dir = self.settings.content_dir
        if content_dir.is_dir():
            server.watch(str(content_dir))
        else:
            log.warning(f"{content_dir} does not exist: create it to preview articles")
        return server

    @event_priority(-100)  # the last to touch the environment: writers fork with it
    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        # Jinja checks each template's source checksum, so edited overrides recompile.
        if self.template_cache is not None and env.bytecode_cache is None:
            self.template_cache.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(self.template_cache))
        self.workers.stop()  # every page is read and converted by now
        # Pages written in workers pass only through the page events run there; with
        # Pagefind, Material's search (which gathers every page in MkDocs' process) is off.
        if not self.serving and self.config.search == "pagefind":
            self.workers.start_writing(
                config, files, self.nav, env, self._generated_in_order(files)
            )
        return env

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.dirty and docs_are_current(self.settings):
            # `make build` ran `python -m generator build` just before: docs/ holds
            # exactly these pages, so generating them again would only cost time.
            log.info("news-archive: docs/ is current, built from it")
            generated = read_manifest(self.settings.docs_dir)
            for file in files:
                if file.src_uri in generated:
                    file.inclusion = InclusionLevel.NOT_IN_NAV
            self.generated = generated
            return files
        # Unchanged pages keep their text: from the previous build while serving, else
        # from what `python -m generator build` left in docs/.
        previous = self.page_cache or load_manifest(self.settings.docs_dir).page_cache(
            self.settings.docs_dir
        )
        result = generate(self.settings, previous)
        self.page_cache = PageCache(result.keys, result.pages)
        if self.config.report_problems:
            # A rebuild while serving repeats only new problems, not the whole list.
            messages = [str(problem) for problem in result.problems]
            for message in messages:
                if message not in self.reported:
                    log.info(message)
            self.reported = set(messages)
        # Pages an earlier `python -m generator build` wrote to docs/ but that are no
        # longer generated (their article was deleted) must not be published.
        stale = read_manifest(self.settings.docs_dir) - set(result.pages)
        for relative in [*stale, MANIFEST]:
            existing = files.get_file_from_path(relative)
            if existing is not None:
                files.remove(existing)
        self.pending_fingerprint = _fingerprint(config)
        everything = not self.dirty or self.pending_fingerprint != self.fingerprint
        self.pending = {}
        changed = 0
        for relative, text in result.pages.items():
            existing = files.get_file_from_path(relative)
            if existing is not None:
                files.remove(existing)
            # Articles and entities are reached through the index pages, never the
            # sidebar; NOT_IN_NAV keeps MkDocs from listing thousands of them per build.
            page = GeneratedPage.generated(
                config, relative, content=text, inclusion=InclusionLevel.NOT_IN_NAV
            )
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            before = self.built.get(relative)
            page.changed = everything or before is None or before.digest != digest
            changed += page.changed
            self.pending[relative] = Built(digest, page.url, page.abs_dest_path)
            files.append(page)
        self.gone = [built for uri, built in self.built.items() if uri not in self.pending]
        self.generated = set(result.pages)
        if self.dirty and everything:  # mkdocs.yml or overrides changed: hand-written too
            for file in files.documentation_pages():
                if not isinstance(file, GeneratedPage):
                    file.is_modified = _always  # type: ignore[method-assign]
        if self.dirty:
            self.search.take_over(config, [b.url for b in self.gone], forget_all=everything)
        log.info(
            f"news-archive: {len(result.articles)} articles, {len(result.pages)} pages"
            + ("" if everything else f" ({changed} changed, {len(self.gone)} removed)")
            + f", {len(result.problems)} problems"
        )
        return files

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        if not self.serving:  # forking a server's threads is unsafe
            self.workers = PageWorkers(self.config.jobs)
            self.workers.start_converting(config, files, self._generated_in_order(files))
        return nav

    def _generated_in_order(self, files: Files) -> list[str]:
        """The generated pages in the order MkDocs builds them."""
        return [f.src_uri for f in files.documentation_pages() if f.src_uri in self.generated]

    def _wait_for_writers(self, *, config: MkDocsConfig) -> None:
        """The first `post_build` handler of all: every page is in site/ after it."""
        self.workers.finish()

    def on_pre_page(self, page: Page, config: MkDocsConfig, files: Files) -> Page:
        self.workers.adopt(page)
        return page

    def on_build_error(self, *, error: Exception) -> None:
        self.workers.stop()

    def on_shutdown(self) -> None:
        # MkDocs deletes the preview's site/ next: let Pagefind finish writing into it.
        self.indexer.wait(60)

    @event_priority(-100)  # after Material's search has written its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.dirty:  # a dirty build keeps old files: take the deleted pages away
            site = Path(config.site_dir).resolve()
            for built in self.gone:
                _remove_output(Path(built.dest), site)
            self.search.merge(config)
        split_sitemap(Path(config.site_dir), base=config.site_url)
        if self.config.search == "pagefind":  # after deleted pages are gone from site/
            if self.serving:  # reload the browser now; the index follows
                self.indexer.request(Path(config.site_dir))
            else:
                report = index_site(Path(config.site_dir))
                log.info(f"news-archive: Pagefind indexed {report.pages} pages")
        self.built, self.fingerprint = self.pending, self.pending_fingerprint


class DirtySearchIndex:
    """Keeps Material's search index whole across dirty rebuilds.

    A dirty build renders only the changed pages, so only they reach the search plugin;
    Material then merges them into the previous index assuming one page changed (and by
    URL prefix, so editing `archive/` would drop `archive/2017/04/`). Instead, the plugin
    keeps the previous entries itself, hands Material an empty past, and afterwards
    writes previous entries of pages not rendered this time plus the fresh ones."""

    def __init__(self) -> None:
        self.kept: list[dict[str, Any]] = []

    @staticmethod
    def _plugin(config: MkDocsConfig) -> Any:
        for plugin in config.plugins.values():
            if hasattr(plugin, "search_index_prev") and hasattr(plugin, "search_index"):
                return plugin
        return None

    def take_over(self, config: MkDocsConfig, removed_urls: list[str], forget_all: bool) -> None:
        plugin = self._plugin(config)
        entries = getattr(getattr(plugin, "search_index_prev", None), "entries", None)
        if entries is None:  # the last build failed before merging: what it kept stands
            entries = self.kept
        removed = {_location(url) for url in removed_urls}
        self.kept = [] if forget_all else [e for e in entries if _page_of(e) not in removed]
        if plugin is not None:
            plugin.search_index_prev = None

    def merge(self, config: MkDocsConfig) -> None:
        plugin = self._plugin(config)
        index = getattr(plugin, "search_index", None)
        path = Path(config.site_dir) / "search" / "search_index.json"
        if index is None or not path.is_file():
            return
        fresh = list(index.entries)
        rendered = {_page_of(entry) for entry in fresh}
        index.entries = [e for e in self.kept if _page_of(e) not in rendered] + fresh
        data = json.loads(path.read_text("utf-8"))
        data["docs"] = index.entries
        path.write_text(json.dumps(data, separators=(",", ":"), default=str), "utf-8")
        plugin.search_index_prev = index


def _location(url: str) -> str:
    return "" if url == "./" else url


def _page_of(entry: dict[str, Any]) -> str:
    return str(entry.get("location", "")).split("#")[0]


def _always() -> bool:
    return True


def _fingerprint(config: MkDocsConfig) -> str:
    """Changes when mkdocs.yml or the theme overrides change: then every page re-renders."""
    digest = hashlib.sha256()
    if config.config_file_path and Path(config.config_file_path).is_file():
        digest.update(Path(config.config_file_path).read_bytes())
    custom_dir = config.theme.custom_dir
    if custom_dir and Path(custom_dir).is_dir():
        for path in sorted(Path(custom_dir).rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\n".encode())
    return digest.hexdigest()


def _remove_output(path: Path, site: Path) -> None:
    """Delete one page's output file and the folders it leaves empty, inside site/ only."""
    path = path.resolve()
    if site not in path.parents:
        return
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != site and site in folder.parents and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
