"""The preview shows an edited article first (MkDocs' private page builders and the
preview server's rebuild flag)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment
from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

from generator import SOURCE_SUFFIXES, folder_signatures

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

    from generator.mkdocs_plugin.files import GeneratedFiles

log = logging.getLogger("mkdocs.plugins.news-archive")

FOLLOW_UP_AFTER = 1.0  # seconds between the edited page's reload and the whole rebuild


class EditedFirst:
    """At 10,000 articles a rebuild reads, indexes and renders the whole archive, many
    seconds, before the browser reloads. When the only change since the last rebuild is
    the text of articles already in it, their pages are rendered against the last
    build's index and written with the last build's navigation and templates first; the
    browser reloads, and the whole rebuild (lists, entity pages, search) follows at once."""

    def __init__(self) -> None:
        self.content_dir: Path | None = None
        self.seen: dict[str, str] = {}  # content file -> signature when the last build read it
        self.last: tuple[MkDocsConfig, Files, Navigation, Environment, GeneratedFiles] | None = None
        self.follow_up = False  # the whole rebuild after an edit shown first
        # Waits, a bounded time, for what must not share the interpreter with the whole
        # rebuild: search indexing the page shown first (set by the plugin).
        self.before_follow_up: Callable[[], None] = lambda: None

    def look(self, content_dir: Path) -> None:
        """Before a whole build reads the archive: what it reads."""
        self.content_dir = content_dir
        self.seen = folder_signatures(content_dir) if content_dir.is_dir() else {}
        self.last = None

    def remember(
        self,
        config: MkDocsConfig,
        files: Files,
        nav: Navigation,
        env: Environment,
        pages: GeneratedFiles,
    ) -> None:
        """What the last whole build rendered its pages with."""
        self.last = (config, files, nav, env, pages)

    def wrap(self, server: LiveReloadServer, shown: Callable[[], None]) -> None:
        """The server's rebuild first tries to show the edit alone; `shown` runs once
        it has (search re-indexing the edited page while the archive rebuilds)."""
        whole = server.builder

        def builder(*args: Any, **kwargs: Any) -> None:
            if self.follow_up or not self._show_first(server):
                self.follow_up = False
                whole(*args, **kwargs)
            else:
                shown()

        server.builder = builder

    def edited(self) -> list[Path] | None:
        """The articles edited since the last build read them; None when anything else
        changed (a file added or removed, the entity registry, nothing in content/)."""
        if self.content_dir is None or not self.content_dir.is_dir():
            return None
        now = folder_signatures(self.content_dir)
        if now.keys() != self.seen.keys():
            return None
        edited = [Path(path) for path, sig in now.items() if self.seen[path] != sig]
        if not edited or any(path.suffix not in SOURCE_SUFFIXES for path in edited):
            return None
        return edited

    def _show_first(self, server: LiveReloadServer) -> bool:
        if self.last is None:
            return False
        edited = self.edited()
        if edited is None:
            return False
        start = time.monotonic()
        config, files, nav, env, pages = self.last
        try:
            texts = pages.edited_first(edited)
        except Exception as error:  # noqa: BLE001 - the whole rebuild says what is wrong
            log.debug(f"news-archive: edit not shown first: {error}")
            return False
        found = {path: files.get_file_from_path(path) for path in texts or {}}
        if not texts or any(file is None or file.page is None for file in found.values()):
            return False
        documents = files.documentation_pages()
        for path, file in found.items():
            assert file is not None and file.page is not None
            file._content = texts[path]
            _populate_page(file.page, config, files)
            _build_page(file.page, config, documents, nav, env)
        log.info(
            f"news-archive: {len(found)} edited article page(s) shown first in "
            f"{time.monotonic() - start:.1f} s; now rebuilding the archive"
        )
        self.follow_up = True
        # The whole rebuild holds the interpreter for many seconds, and the server's
        # threads answer the reloading browser only between its steps: let it load first.
        timer = threading.Timer(FOLLOW_UP_AFTER, self._follow_up, args=(server,))
        timer.daemon = True
        timer.start()
        return True

    def _follow_up(self, server: LiveReloadServer) -> None:
        """The whole rebuild, unless another change has started it already."""
        self.before_follow_up()
        with server._rebuild_cond:
            if self.follow_up:
                server._want_rebuild = True
                server._rebuild_cond.notify_all()
