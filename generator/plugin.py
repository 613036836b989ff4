"""The MkDocs plugin: adapts MkDocs events to the generator library, nothing more.

`mkdocs build` and `mkdocs serve` run the same pipeline as `python -m generator build`.
Pages are handed to MkDocs in memory (`File.generated`), so `mkdocs serve` never sees
its own output as an edit and cannot loop; `content/` is watched for changes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .pipeline import Settings, generate
from .site import MANIFEST, read_manifest

log = logging.getLogger("mkdocs.plugins.news-archive")


class NewsArchiveConfig(Config):
    content_dir = config_options.Type(str, default="content")
    cache_dir = config_options.Type(str, default=".cache/generator")
    default_year = config_options.Optional(config_options.Type(int))
    report_problems = config_options.Type(bool, default=True)


class NewsArchivePlugin(BasePlugin[NewsArchiveConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        self.settings = Settings(
            content_dir=root / self.config.content_dir,
            docs_dir=Path(config.docs_dir),
            cache_dir=(root / self.config.cache_dir) if self.config.cache_dir else None,
            default_year=self.config.default_year,
            site_name=config.site_name,
            site_url=config.site_url or "",
        )
        return config

    def on_serve(self, server, config: MkDocsConfig, builder):  # noqa: ANN001
        server.watch(str(self.settings.content_dir))
        return server

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        result = generate(self.settings)
        if self.config.report_problems:
            for problem in result.problems:
                log.info(str(problem))
        stale = read_manifest(self.settings.docs_dir) - set(result.pages)
        for relative in [*stale, MANIFEST]:
            existing = files.get_file_from_path(relative)
            if existing is not None:
                files.remove(existing)
        for relative, text in result.pages.items():
            existing = files.get_file_from_path(relative)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, relative, content=text))
        return files
