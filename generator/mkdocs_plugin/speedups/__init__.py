"""The build accelerator: everything that reaches into MkDocs' (and Material's) insides.

Behind one switch, the plugin's `speedups` option (on by default). Off, or when the
insides it expects are missing (another engine, another version), the plugin uses only
MkDocs' public plugin API and the site is byte for byte the same, only slower:

- reuse.py: a one-off build keeps the HTML of generated pages whose inputs are those of
  the last build (it renames site/ aside, stands in for `Page.read_source`/`render`);
- workers.py: forked processes convert and write a share of the pages with MkDocs'
  private `_build_page`;
- blocks.py: generated HTML blocks stored straight in Python-Markdown's stash, their
  anchors told to MkDocs' raw-HTML pass;
- theme.py: Material's navigation rendered once per set of addresses;
- search.py: Material's search index kept whole across dirty rebuilds;
- watch.py: the preview's file watches on inotify instead of MkDocs' polling, and its
  search index served while the site rebuilds;
- first.py: the preview's edited article rendered and reloaded before the whole archive.

`missing()` checks every inside they touch before any is used; the plugin calls the
`Accelerator` from its events and nothing else of this package.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from jinja2 import BaseLoader, ChoiceLoader, DictLoader, Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.mkdocs_plugin.config import ENGINE
from generator.mkdocs_plugin.speedups.blocks import MKDOCS_RAW_HTML, GeneratedBlocks
from generator.mkdocs_plugin.speedups.first import EditedFirst
from generator.mkdocs_plugin.speedups.reuse import SiteReuse
from generator.mkdocs_plugin.speedups.search import DirtySearchIndex
from generator.mkdocs_plugin.speedups.theme import SharedParts
from generator.mkdocs_plugin.speedups.watch import serve_while_building, use_file_events
from generator.mkdocs_plugin.speedups.workers import WRITTEN_ELSEWHERE, PageWorkers, SkipNotice

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

    from generator.mkdocs_plugin.files import GeneratedFiles

log = logging.getLogger("mkdocs.plugins.news-archive")


def missing() -> str | None:
    """What the accelerator needs of MkDocs and cannot find, or None when all is there."""
    from mkdocs.commands import build
    from mkdocs.config.defaults import MkDocsConfig as Config
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure import pages

    needs = [
        (build, "_build_page", "mkdocs.commands.build._build_page"),
        (build, "_populate_page", "mkdocs.commands.build._populate_page"),
        (Config, "_current_page", "MkDocsConfig._current_page"),
        (File, "_content", "File._content"),
        (Page, "_title_from_render", "Page._title_from_render"),
        (Page, "present_anchor_ids", "Page.present_anchor_ids"),
        (Page, "links_to_anchors", "Page.links_to_anchors"),
        (pages, "_RawHTMLPreprocessor", "mkdocs.structure.pages._RawHTMLPreprocessor"),
        (LiveReloadServer, "unwatch", "LiveReloadServer.unwatch"),
        (LiveReloadServer, "_rebuild_cond", "LiveReloadServer._rebuild_cond"),
        (LiveReloadServer, "_want_rebuild", "LiveReloadServer._want_rebuild"),
        (LiveReloadServer, "_serve_request", "LiveReloadServer._serve_request"),
        (LiveReloadServer, "_guess_type", "LiveReloadServer._guess_type"),
    ]
    for owner, name, label in needs:
        if not hasattr(owner, name) and not _sets(owner, name):
            return f"{label} is missing"
    raw_html = pages._RawHTMLPreprocessor
    if not hasattr(raw_html(), "present_anchor_ids"):
        return "the raw-HTML preprocessor keeps no present_anchor_ids"
    try:
        registers = inspect.getsource(raw_html._register)
    except (AttributeError, OSError, TypeError):
        registers = ""
    if f'"{MKDOCS_RAW_HTML}"' not in registers and f"'{MKDOCS_RAW_HTML}'" not in registers:
        return f"MkDocs' raw-HTML preprocessor is not named {MKDOCS_RAW_HTML}"
    return None


def _sets(owner: object, name: str) -> bool:
    """Whether a class declares or sets the attribute `name` (an instance attribute)."""
    if name in getattr(owner, "__annotations__", {}):
        return True
    try:
        return f"self.{name}" in inspect.getsource(owner)  # type: ignore[arg-type]
    except (OSError, TypeError):
        return False


class Accelerator:
    """The speedups of one plugin instance, called from the plugin's events."""

    def __init__(self, jobs: int, search: str) -> None:
        self.jobs = jobs
        self.search = search
        self.serving = False
        self.workers = PageWorkers()
        self.reuse: SiteReuse | None = None
        self.reused: set[str] = set()  # generated pages whose last output stands
        self.notice: SkipNotice | None = None
        self.nav: Navigation | None = None
        self.dirty_search = DirtySearchIndex()
        self.first = EditedFirst()

    def on_config(self, config: MkDocsConfig, pages: GeneratedFiles) -> None:
        if not any(isinstance(e, GeneratedBlocks) for e in config.markdown_extensions):
            blocks = GeneratedBlocks(lambda: _is_generated(config, pages))
            config.markdown_extensions.append(blocks)  # type: ignore[arg-type]  # MkDocs takes instances too
        post_build = getattr(config.plugins, "events", {}).get("post_build")
        if post_build is not None and self._wait_for_writers not in post_build:
            post_build.insert(0, self._wait_for_writers)

    def on_pre_build(self, config: MkDocsConfig, record: Path | None, dirty: bool) -> None:
        """Before the site's `record` of the last build is forgotten: one-off builds with
        Pagefind search reuse that build's pages; Material's own index would need every
        page's text, the preview has its own way."""
        self.reuse, self.reused = None, set()
        if self.serving or dirty or self.search != "pagefind" or record is None:
            return
        self.reuse = SiteReuse(record, record.with_name("site-previous"))
        self.reuse.set_aside(config)  # before MkDocs empties site/

    def on_serve(
        self,
        server: LiveReloadServer,
        shown_first: Callable[[], None],
        before_follow_up: Callable[[], None] = lambda: None,
    ) -> None:
        self.serving = True
        self.first.before_follow_up = before_follow_up
        use_file_events(server)
        if self.search == "pagefind":
            serve_while_building(server, "pagefind")
        self.first.wrap(server, shown_first)

    def on_files(self, files: Files, config: MkDocsConfig, pages: GeneratedFiles) -> None:
        if pages.dirty:
            # The hand-written pages (a few) are read and rendered on every dirty rebuild:
            # the sidebar shows their titles on every page, and MkDocs learns the title
            # of a page mkdocs.yml's nav leaves untitled (about.md) only by reading it;
            # unread, the rebuilt pages' sidebar said "None".
            for file in files.documentation_pages():
                if file.src_uri not in pages.generated:
                    file.is_modified = _always  # type: ignore[method-assign]
        if pages.dirty:
            self.dirty_search.take_over(
                config, [b.url for b in pages.gone], forget_all=pages.everything
            )

    def before_files(self, content_dir: Path) -> None:
        """MkDocs has cleaned site/ by now; the archive is about to be read."""
        if self.reuse is not None:
            self.reuse.put_back()
        if self.serving:
            self.first.look(content_dir)

    def on_nav(
        self, nav: Navigation, config: MkDocsConfig, files: Files, pages: GeneratedFiles
    ) -> None:
        self.nav = nav
        if self.reuse is not None:
            self.reused = self.reuse.choose(config, files, pages.generated)
        if not self.serving:  # forking a server's threads is unsafe
            self.workers = PageWorkers(self.jobs)
            self.workers.start_converting(config, files, self._to_render(files, pages))

    def shared_parts(self) -> SharedParts:
        """Material's navigation rendered once per set of addresses (theme.py)."""
        return SharedParts(self.nav)

    def on_env(
        self, env: Environment, config: MkDocsConfig, files: Files, pages: GeneratedFiles
    ) -> None:
        self.workers.stop()  # every page is read and converted by now
        if self.reused:  # their pages render into an empty template, which is not written
            env.loader = ChoiceLoader(
                [DictLoader({WRITTEN_ELSEWHERE: ""}), cast(BaseLoader, env.loader)]
            )
            self.notice = SkipNotice(self.reused)
            logging.getLogger(f"{ENGINE}.commands.build").addFilter(self.notice)
        if self.serving and self.nav is not None:
            self.first.remember(config, files, self.nav, env, pages)
        if not self.serving and self.search == "pagefind":
            assert self.nav is not None  # on_nav runs before on_env
            self.workers.start_writing(config, files, self.nav, env, self._to_render(files, pages))

    def _to_render(self, files: Files, pages: GeneratedFiles) -> list[str]:
        return [uri for uri in pages.in_order(files) if uri not in self.reused]

    def on_pre_page(self, page: Page, files: Files) -> None:
        if page.file.src_uri in self.reused:
            assert self.reuse is not None
            self.reuse.stand_in(page, files, WRITTEN_ELSEWHERE)
        else:
            self.workers.adopt(page)

    def _wait_for_writers(self, *, config: MkDocsConfig) -> None:
        """The first `post_build` handler of all: every page is in site/ after it."""
        self.workers.finish()

    def sweep(self, config: MkDocsConfig, files: Files | None, split: bool) -> None:
        """After the build: remove what the last build made and this one did not."""
        reuse = self.reuse
        if reuse is None or files is None:
            return
        folders = {"pagefind"} | ({"sitemaps"} if split else set())
        removed = reuse.sweep(config, files, folders)
        log.info(
            f"news-archive: {len(reuse.current) - len(self.reused)} generated pages "
            f"rendered, {len(self.reused)} unchanged, {removed} old files removed, "
            f"{reuse.copies_skipped} static files already in place"
        )

    def after_pages(self, config: MkDocsConfig, pages: GeneratedFiles) -> None:
        """Once the deleted pages' output is gone: the search index whole again."""
        if pages.dirty:
            self.dirty_search.merge(config)

    def on_post_build(self, files: Files | None) -> dict[str, Any]:
        """What the site's record keeps of this build for the next one's reuse."""
        self._drop_notice()
        if self.reuse is None or files is None:
            return {}
        return self.reuse.finish(files)

    def on_build_error(self) -> None:
        self.workers.stop()
        if self.reuse is not None:
            self.reuse.abandon()
        self._drop_notice()

    def _drop_notice(self) -> None:
        if self.notice is not None:
            logging.getLogger(f"{ENGINE}.commands.build").removeFilter(self.notice)
            self.notice = None


def _is_generated(config: MkDocsConfig, pages: GeneratedFiles) -> bool:
    page = config._current_page
    return page is not None and page.file.src_uri in pages.generated


def _always() -> bool:
    return True
