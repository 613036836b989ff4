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
Pagefind (generator/publish/pagefind.py) after every build instead, only the shards of the
index that hold a changed page; while serving, in a thread, so the browser reloads as
soon as the pages are written and search catches up after.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from jinja2 import BaseLoader, ChoiceLoader, DictLoader, Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator import (
    BackgroundIndexer,
    SiteState,
    compact_html,
    hosting_warning,
    index_site,
    split_sitemap,
)
from generator.mkdocs_plugin.blocks import GeneratedBlocks
from generator.mkdocs_plugin.config import NewsArchiveConfig, settings_from_config
from generator.mkdocs_plugin.files import GeneratedFiles
from generator.mkdocs_plugin.reuse import SiteReuse, WarningCounter
from generator.mkdocs_plugin.search import use_pagefind
from generator.mkdocs_plugin.theme import share_theme_parts
from generator.mkdocs_plugin.workers import WRITTEN_ELSEWHERE, PageWorkers, SkipNotice

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.news-archive")


class NewsArchivePlugin(BasePlugin[NewsArchiveConfig]):
    """Generates the archive's pages from `content_dir` on every build and rebuild."""

    def __init__(self) -> None:
        super().__init__()
        self.dirty = False
        self.serving = False
        self.pages: GeneratedFiles | None = None
        self.indexer = BackgroundIndexer()
        self.workers = PageWorkers()
        self.nav: Navigation | None = None
        self.reuse: SiteReuse | None = None
        self.reused: set[str] = set()  # generated pages whose last output stands
        self.files: Files | None = None
        self.counter: WarningCounter | None = None
        self.notice: SkipNotice | None = None
        self.state: SiteState | None = None  # what the last one-off build was made of

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
        if self.pages is None:
            self.pages = GeneratedFiles(self.settings, self.config.report_problems, self.dirty)
        self.pages.settings = self.settings
        if self.config.search == "pagefind":
            use_pagefind(config)
        if not any(isinstance(e, GeneratedBlocks) for e in config.markdown_extensions):
            blocks = GeneratedBlocks(lambda: self._is_generated(config))
            config.markdown_extensions.append(blocks)  # type: ignore[arg-type]  # MkDocs takes instances too
        post_build = getattr(config.plugins, "events", {}).get("post_build")
        if post_build is not None and self._wait_for_writers not in post_build:
            post_build.insert(0, self._wait_for_writers)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # One-off builds with Pagefind search reuse the last build's pages (reuse.py);
        # Material's own index would need every page's text, the preview has its own way.
        self.reuse, self.reused = None, set()
        config_file = Path(config.config_file_path or "mkdocs.yml")
        self.state = SiteState.of(config_file, Path(config.site_dir))  # `-d` may move it
        self.state.forget()  # recorded again only when this build succeeds
        cache = self.settings.cache_dir
        if self.serving or self.dirty or self.config.search != "pagefind" or cache is None:
            return
        self.reuse = SiteReuse(cache.parent / "site-build.json", cache.parent / "site-previous")
        self.reuse.set_aside(config)  # before MkDocs empties site/
        self.counter = WarningCounter(self.reuse)
        logging.getLogger("mkdocs").addHandler(self.counter)

    def on_serve(
        self, server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]
    ) -> LiveReloadServer:
        # `mkdocs serve --clean` starts plugins as for `build`; from here on, rebuilds run
        # on the server's threads, which must not fork.
        self.serving = True
        _use_file_events(server)
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
        share_theme_parts(env, config, self.nav)
        self.workers.stop()  # every page is read and converted by now
        if self.reused:  # their pages render into an empty template, which is not written
            env.loader = ChoiceLoader(
                [DictLoader({WRITTEN_ELSEWHERE: ""}), cast(BaseLoader, env.loader)]
            )
            self.notice = SkipNotice(self.reused)
            logging.getLogger("mkdocs.commands.build").addFilter(self.notice)
        # Pages written in workers pass only through the page events run there; with
        # Pagefind, Material's search (which gathers every page in MkDocs' process) is off.
        if not self.serving and self.config.search == "pagefind":
            assert self.nav is not None  # on_nav runs before on_env
            self.workers.start_writing(config, files, self.nav, env, self._to_render(files))
        return env

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if self.reuse is not None:
            self.reuse.put_back()  # MkDocs has cleaned site/ by now
        assert self.pages is not None  # made in on_config
        return self.pages.update(files, config)

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        self.files = files
        if self.reuse is not None:
            assert self.pages is not None  # made in on_config
            self.reused = self.reuse.choose(config, files, self.pages.generated)
        if not self.serving:  # forking a server's threads is unsafe
            self.workers = PageWorkers(self.config.jobs)
            self.workers.start_converting(config, files, self._to_render(files))
        return nav

    def _is_generated(self, config: MkDocsConfig) -> bool:
        page = config._current_page
        return (
            page is not None
            and self.pages is not None
            and page.file.src_uri in self.pages.generated
        )

    def _wait_for_writers(self, *, config: MkDocsConfig) -> None:
        """The first `post_build` handler of all: every page is in site/ after it."""
        self.workers.finish()

    def _to_render(self, files: Files) -> list[str]:
        assert self.pages is not None  # made in on_config
        return [uri for uri in self.pages.in_order(files) if uri not in self.reused]

    def on_pre_page(self, page: Page, config: MkDocsConfig, files: Files) -> Page:
        if page.file.src_uri in self.reused:
            assert self.reuse is not None
            self.reuse.stand_in(page, files, WRITTEN_ELSEWHERE)
        else:
            self.workers.adopt(page)
        return page

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        return compact_html(output)  # a fifth of each page is the templates' indentation

    def on_post_template(self, output_content: str, template_name: str, config: Any) -> str:
        return compact_html(output_content)  # 404.html, the sitemap

    def on_build_error(self, *, error: Exception) -> None:
        self.workers.stop()
        if self.reuse is not None:
            self.reuse.abandon()
        self._stop_counting()

    def _stop_counting(self) -> None:
        if self.counter is not None:
            logging.getLogger("mkdocs").removeHandler(self.counter)
            self.counter = None
        if self.notice is not None:
            logging.getLogger("mkdocs.commands.build").removeFilter(self.notice)
            self.notice = None

    def on_shutdown(self) -> None:
        # MkDocs deletes the preview's site/ next: let Pagefind finish writing into it.
        self.indexer.wait(60)

    @event_priority(-100)  # after Material's search has written its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        assert self.pages is not None  # made in on_config
        self.pages.finish(config)  # before Pagefind: deleted pages are gone from site/
        split = split_sitemap(Path(config.site_dir), base=config.site_url)
        reuse, files = self.reuse, self.files
        if reuse is not None and files is not None:
            folders = {"pagefind"} | ({"sitemaps"} if split else set())
            removed = reuse.sweep(config, files, folders)
            log.info(
                f"news-archive: {len(reuse.current) - len(self.reused)} generated pages "
                f"rendered, {len(self.reused)} unchanged, {removed} old files removed, "
                f"{reuse.copies_skipped} static files already in place"
            )
        if self.config.search == "pagefind":
            if self.serving:  # reload the browser now; the index follows
                self.indexer.request(Path(config.site_dir))
            else:  # re-indexes only the shards holding a page written since its last run
                log.info(f"news-archive: {index_site(Path(config.site_dir)).summary()}")
        if not self.serving:  # GitHub Pages refuses a site over 1 GB only when deploying
            too_large = hosting_warning(Path(config.site_dir), self.config.hosting_limit_mb)
            if too_large:
                log.warning(f"news-archive: {too_large}")
        if reuse is not None and files is not None:
            self._stop_counting()
            reuse.finish(files)
            if not reuse.warnings and self.state is not None:
                self.state.remember()  # `python -m generator site` may skip the next build


def _use_file_events(server: LiveReloadServer) -> None:
    """MkDocs' preview looks at every watched file twice a second (PollingObserver): at
    thousands of articles, a good part of a core while nothing changes. Where the system
    reports file events (inotify on Linux), the watches move there and cost nothing
    while idle; anywhere else, or when the system refuses, polling stays."""
    try:
        from watchdog import events
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return
    # Reading a file is an event too (opened, closed): only changes may rebuild.
    changes = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent]
    changes += [events.FileMovedEvent, events.DirCreatedEvent, events.DirDeletedEvent]
    changes += [events.DirMovedEvent]

    class ChangesOnly(InotifyObserver):
        def schedule(self, *args: Any, **kwargs: Any) -> Any:
            kwargs.setdefault("event_filter", changes)
            return super().schedule(*args, **kwargs)

    watched = dict(server._watched_paths)
    polling = server.observer
    for path, count in watched.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = ChangesOnly()  # type: ignore[assignment]  # MkDocs' type names its default
    try:
        for path, count in watched.items():
            for _ in range(count):
                server.watch(path)
    except OSError as error:  # e.g. the inotify watch limit
        log.info(f"news-archive: watching files by polling ({error})")
        for path in list(server._watched_paths):
            for _ in range(server._watched_paths.get(path, 0)):
                server.unwatch(path)
        server.observer = polling
        for path, count in watched.items():
            for _ in range(count):
                server.watch(path)
