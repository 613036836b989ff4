"""The MkDocs plugin: adapts MkDocs events to the generator library, nothing more.

`mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` run the same pipeline as
`python -m generator build`. Pages are handed to MkDocs in memory (`File.generated`)
instead of being written to docs/, so `mkdocs serve` never sees its own output as an
edit and cannot loop. Pages that an earlier `python -m generator build` left in docs/
are replaced by the fresh ones, or dropped when their source is gone, so a deleted
article disappears from the preview too. `content/` (articles and `entities.yml`) is
watched, so editing it rebuilds the preview.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from .pipeline import Settings, generate
from .site import MANIFEST, read_manifest

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.news-archive")


class NewsArchiveConfig(Config):
    content_dir = config_options.Type(str, default="content")
    cache_dir = config_options.Type(str, default=".cache/generator")
    # Compiled theme templates; "" turns it off. Compiling Material's templates takes
    # about 2 s of every build and every `mkdocs serve` rebuild.
    template_cache_dir = config_options.Type(str, default=".cache/templates")
    default_year = config_options.Optional(config_options.Type(int))
    report_problems = config_options.Type(bool, default=True)


class NewsArchivePlugin(BasePlugin[NewsArchiveConfig]):
    """Generates the archive's pages from `content_dir` on every build and rebuild."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Paths are relative to mkdocs.yml, so `mkdocs -f other/mkdocs.yml` works anywhere.
        root = Path(config.config_file_path or ".").resolve().parent
        cache = self.config.template_cache_dir
        self.template_cache = (root / cache) if cache else None
        self.settings = Settings(
            content_dir=root / self.config.content_dir,
            docs_dir=Path(config.docs_dir),
            cache_dir=(root / self.config.cache_dir) if self.config.cache_dir else None,
            default_year=self.config.default_year,
            site_name=config.site_name,
            site_url=config.site_url or "",
        )
        return config

    def on_serve(
        self, server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]
    ) -> LiveReloadServer:
        # MkDocs watches docs/ and mkdocs.yml; the sources live outside docs/.
        content_dir = self.settings.content_dir
        if content_dir.is_dir():
            server.watch(str(content_dir))
        else:
            log.warning(f"{content_dir} does not exist: create it to preview articles")
        return server

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        # Jinja checks each template's source checksum, so edited overrides recompile.
        if self.template_cache is not None and env.bytecode_cache is None:
            self.template_cache.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(self.template_cache))
        return env

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        result = generate(self.settings)
        if self.config.report_problems:
            for problem in result.problems:
                log.info(str(problem))
        log.info(
            f"news-archive: {len(result.articles)} articles, {len(result.pages)} pages, "
            f"{len(result.problems)} problems"
        )
        # Pages an earlier `python -m generator build` wrote to docs/ but that are no
        # longer generated (their article was deleted) must not be published.
        stale = read_manifest(self.settings.docs_dir) - set(result.pages)
        for relative in [*stale, MANIFEST]:
            existing = files.get_file_from_path(relative)
            if existing is not None:
                files.remove(existing)
        for relative, text in result.pages.items():
            existing = files.get_file_from_path(relative)
            if existing is not None:
                files.remove(existing)
            # Articles and entities are reached through the index pages, never the
            # sidebar; NOT_IN_NAV keeps MkDocs from listing thousands of them per build.
            files.append(
                File.generated(config, relative, content=text, inclusion=InclusionLevel.NOT_IN_NAV)
            )
        return files
