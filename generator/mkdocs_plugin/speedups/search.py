"""Material's search index kept whole across dirty rebuilds (Material's own attributes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig


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
