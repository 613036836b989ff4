"""Search inside MkDocs: the Pagefind box drawn where Material's would be."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.plugins.news-archive")


def use_pagefind(config: MkDocsConfig) -> None:
    """Make Material's header show the Pagefind search box, without building Material's
    own index. The header draws a search box only when Material's `search` plugin is
    listed, so the plugin stays listed, but its page and post-build events are dropped:
    they would build (and publish) the 25 MB index no reader downloads any more."""
    plugins: Any = config.plugins
    material = plugins.get("material/search") or plugins.get("search")
    if material is None:
        log.warning(
            "news-archive: search: pagefind draws its box where Material's search plugin "
            "would; list `- search` under `plugins:` in mkdocs.yml to show it"
        )
        return
    events: Mapping[str, list[Any]] = getattr(plugins, "events", {})
    for name in ("page_context", "post_build"):
        methods = events.get(name)
        if methods is not None:
            methods[:] = [m for m in methods if getattr(m, "__self__", None) is not material]
