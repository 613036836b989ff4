"""The MkDocs plugin: adapts MkDocs events to the generator's pipeline, nothing more.

`mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` (or `properdocs ...`) run the same
pipeline as `python -m generator build`. Pages are handed to MkDocs in memory
(`File.generated`) instead of being written to docs/, so `mkdocs serve` never sees its
own output as an edit and cannot loop; pages an earlier `python -m generator build`
left in docs/ are replaced, or dropped when their source is gone. `content/` is
watched, so editing it rebuilds the preview. After the build, the pipeline's publish
steps run (sitemap sections, Pagefind, the hosting limit).

This module and files.py, config.py, search.py and theme.py use only MkDocs' public
plugin API. The build accelerator (speedups/), which reaches into MkDocs' insides, runs
behind the `speedups` option, and only when every inside it needs is there: the site is
the same either way.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator import BackgroundIndexer, SiteState, Stages, compact_html, publish_site
from generator.mkdocs_plugin.config import ENGINE, NewsArchiveConfig, settings_from_config
from generator.mkdocs_plugin.files import GeneratedFiles
from generator.mkdocs_plugin.search import use_pagefind
from generator.mkdocs_plugin.theme import reach_theme_parts

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

    from generator.mkdocs_plugin.speedups import Accelerator

log = logging.getLogger("mkdocs.plugins.news-archive")
# The whole rebuild after an edit shown first waits up to this many seconds for the
# search overlay of that page (a second or two alone, many beside the rebuild).
OVERLAY_WAIT = 10.0


class WarningCounter(logging.Handler):
    """Counts the warnings MkDocs logs during one build: a build that warned is never
    recorded as current."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.warnings = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.warnings += 1


class NewsArchivePlugin(BasePlugin[NewsArchiveConfig]):
    """Generates the archive's pages from `content_dir` on every build and rebuild."""

    def __init__(self) -> None:
        super().__init__()
        self.dirty = False
        self.serving = False
        self.pages: GeneratedFiles | None = None
        self.indexer = BackgroundIndexer()
        self.fast: Accelerator | None = None
        self.checked = False  # whether the accelerator's needs were looked at
        self.files: Files | None = None
        self.counter: WarningCounter | None = None
        self.state: SiteState | None = None  # what the last one-off build was made of
        self.stages = Stages()  # seconds of each step of the build, logged at its end

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
        if not self.checked:
            self.checked = True
            self.fast = _accelerator(self.config) if self.config.speedups else None
            if self.fast is not None:
                self.fast.serving = self.serving
        if self.pages is None:
            self.pages = GeneratedFiles(self.settings, self.config.report_problems, self.dirty)
        self.pages.settings = self.settings
        if self.config.search == "pagefind":
            use_pagefind(config)
        if self.fast is not None:
            self.fast.on_config(config, self.pages)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.stages = Stages()
        config_file = Path(config.config_file_path or "mkdocs.yml")
        self.state = SiteState.of(config_file, Path(config.site_dir), ENGINE)  # `-d` moves it
        if self.fast is not None:  # it reads the last build's record first
            self.fast.on_pre_build(config, self.state.record, self.dirty)
        self.state.forget()  # recorded again only when this build succeeds
        self._stop_counting()
        self.counter = WarningCounter()
        logging.getLogger(ENGINE).addHandler(self.counter)

    def on_serve(
        self, server: LiveReloadServer, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        # `mkdocs serve --clean` starts plugins as for `build`; from here on, rebuilds run
        # on the server's threads, which must not fork.
        self.serving = True
        if self.fast is not None:
            site_dir, pagefind = Path(config.site_dir), self.config.search == "pagefind"

            def shown_first() -> None:  # the edited page into search while the rest builds
                if pagefind:
                    self.indexer.request(site_dir)

            def before_follow_up() -> None:  # the whole rebuild holds the interpreter:
                if pagefind:  # beside it, the page's overlay took 8 s instead of 2-4
                    self.indexer.wait_overlay(OVERLAY_WAIT)

            self.fast.on_serve(server, shown_first, before_follow_up)
        # MkDocs watches docs/ and mkdocs.yml; the sources live outside docs/.
        content_dir = self.settings.content_dir
        if content_dir.is_dir():
            server.watch(str(content_dir))
        else:
            log.warning(f"{content_dir} does not exist: create it to preview articles")
        return server

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.pages is not None
        self.stages.lap("MkDocs lists docs/")
        if self.fast is not None:
            self.fast.before_files(self.settings.content_dir)
        files = self.pages.update(files, config)
        if self.fast is not None:
            self.fast.on_files(files, config, self.pages)
        self.stages.lap("generator")
        return files

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        self.files = files
        self.stages.lap("navigation")
        if self.fast is not None:
            assert self.pages is not None
            self.fast.on_nav(nav, config, files, self.pages)
            self.stages.lap("pages to reuse")
        return nav

    @event_priority(-100)  # the last to touch the environment: writers fork with it
    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        self.stages.lap("pages read and converted")
        # Jinja checks each template's source checksum, so edited overrides recompile.
        if self.template_cache is not None and env.bytecode_cache is None:
            self.template_cache.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(self.template_cache))
        if self.fast is None:
            reach_theme_parts(env, config)
        else:
            assert self.pages is not None
            reach_theme_parts(env, config, self.fast.shared_parts())
            self.fast.on_env(env, config, files, self.pages)  # forks with the parts in place
        return env

    def on_pre_page(self, page: Page, config: MkDocsConfig, files: Files) -> Page:
        if self.fast is not None:
            self.fast.on_pre_page(page, files)
        return page

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        return compact_html(output)  # a fifth of each page is the templates' indentation

    def on_post_template(self, output_content: str, template_name: str, config: Any) -> str:
        return compact_html(output_content)  # 404.html, the sitemap

    def on_build_error(self, *, error: Exception) -> None:
        if self.fast is not None:
            self.fast.on_build_error()
        self._stop_counting()

    def _stop_counting(self) -> int:
        warnings = 0
        if self.counter is not None:
            logging.getLogger(ENGINE).removeHandler(self.counter)
            warnings, self.counter = self.counter.warnings, None
        return warnings

    def on_shutdown(self) -> None:
        # MkDocs deletes the preview's site/ next: let Pagefind finish writing into it.
        self.indexer.wait(60)

    @event_priority(-100)  # after Material's search has written its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        assert self.pages is not None
        self.stages.lap("pages rendered and written")
        self.pages.finish(config)  # before Pagefind: deleted pages are gone from site/
        if self.fast is not None:
            self.fast.after_pages(config, self.pages)
        sweep = None
        if self.fast is not None:
            fast, files = self.fast, self.files
            sweep = lambda split: fast.sweep(config, files, split)  # noqa: E731
        published = publish_site(
            Path(config.site_dir),
            config.site_url,
            after_sitemap=sweep,
            pagefind=self.config.search == "pagefind",
            hosting_limit_mb=None if self.serving else self.config.hosting_limit_mb,
            indexer=self.indexer if self.serving else None,
        )
        self.stages.seconds.update(published.stages.seconds)
        self.stages.last = published.stages.last
        if published.indexed:
            log.info(f"news-archive: {published.indexed}")
        # Counted before the hosting warning: a site too large for one host is still
        # current for the next build, unless --strict makes this build fail on it.
        warnings = self._stop_counting() + bool(published.too_large and config.strict)
        if published.too_large:  # GitHub Pages refuses a site over 1 GB only when deploying
            log.warning(f"news-archive: {published.too_large}")
        pages = {} if self.fast is None else self.fast.on_post_build(self.files)
        one_off = not self.serving and not self.dirty and self.config.search == "pagefind"
        if one_off and not warnings and self.state is not None:
            # `python -m generator site` may skip the next build, and the next build
            # keep the pages this one made.
            self.state.remember(pages, published.too_large)
        self.stages.lap("build recorded")
        log.info(f"news-archive: steps: {self.stages.summary()}")


def _accelerator(options: NewsArchiveConfig) -> Accelerator | None:
    """The accelerator, or None with a message when MkDocs lacks what it needs."""
    from generator.mkdocs_plugin import speedups

    reason = speedups.missing()
    if reason is not None:
        log.info(
            f"news-archive: speedups off ({reason}): building with MkDocs' public plugin "
            "API only, the same site more slowly"
        )
        return None
    return speedups.Accelerator(options.jobs, options.search)
