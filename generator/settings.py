"""What a build is configured with, and the digest of the code that builds it.

Every stage below the command line and the MkDocs adapter reads `Settings`; cached
annotations and pages are keyed by `code_digest`, so they never outlive the code
that made them.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__version__ = "0.1.0"
PACKAGE_DIR = Path(__file__).resolve().parent


PLUGIN_NAME = "news-archive"
# The plugin's options as mkdocs.yml spells them, with their defaults; the MkDocs
# adapter declares the same options, typed, from these values.
OPTION_DEFAULTS: dict[str, Any] = {
    "content_dir": "content",
    "cache_dir": ".cache/generator",
    "template_cache_dir": ".cache/templates",
    "default_year": None,
    "entity_min_articles": None,
    "report_problems": True,
    "search": "pagefind",
    "jobs": 0,
}


@dataclass(slots=True)
class Settings:
    content_dir: Path = Path("content")
    docs_dir: Path = Path("docs")
    cache_dir: Path | None = Path(".cache/generator")
    default_year: int | None = None
    site_url: str = ""
    site_name: str = "News archive"
    jobs: int = 0
    entity_min_articles: int | None = None
    dask: str | None = None  # annotate on this Dask scheduler (`local`: a LocalCluster)


@functools.cache
def code_digest() -> str:
    """Changes whenever the generator's code, data or templates change, so cached
    annotations and generated pages never outlive the version that made them."""
    digest = hashlib.sha256(__version__.encode())
    shipped = (p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in sorted(shipped):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def settings_from_options(
    root: Path, options: Mapping[str, Any], *, docs_dir: Path, site_name: str, site_url: str
) -> Settings:
    """Settings from the plugin's options in mkdocs.yml (paths relative to `root`, the
    folder of mkdocs.yml): the one mapping both the CLI and the MkDocs adapter use."""
    cache_dir = options.get("cache_dir", OPTION_DEFAULTS["cache_dir"])
    return Settings(
        content_dir=root / options.get("content_dir", OPTION_DEFAULTS["content_dir"]),
        docs_dir=docs_dir,
        cache_dir=(root / cache_dir) if cache_dir else None,
        default_year=options.get("default_year"),
        site_name=site_name,
        site_url=site_url,
        entity_min_articles=options.get("entity_min_articles"),
    )


class _SiteConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as MkDocs reads it, for the parts the generator needs: `!ENV` values
    are looked up, other tags (`!!python/name:...`) are kept as plain values."""


def _env_value(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    names = [node.value] if isinstance(node, yaml.ScalarNode) else loader.construct_sequence(node)
    *variables, default = names if len(names) > 1 else [*names, None]
    return next((os.environ[v] for v in variables if v in os.environ), default)


def _plain_value(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_SiteConfigLoader.add_constructor("!ENV", _env_value)
_SiteConfigLoader.add_multi_constructor("", _plain_value)
_SiteConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _plain_value)


def read_site_settings(config_file: Path) -> Settings:
    """Settings from mkdocs.yml without MkDocs, so the CLI makes the pages `mkdocs build`
    makes; defaults when the file is absent."""
    if not config_file.exists():
        return Settings()
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_SiteConfigLoader) or {}
    root = config_file.resolve().parent
    options: Mapping[str, Any] = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, Mapping) and PLUGIN_NAME in plugin:
            options = plugin[PLUGIN_NAME] or {}
    site_url = str(config.get("site_url") or "")
    if site_url and not site_url.endswith("/"):
        site_url += "/"
    return settings_from_options(
        root,
        options,
        docs_dir=root / str(config.get("docs_dir", "docs")),
        site_name=str(config.get("site_name", Settings.site_name)),
        site_url=site_url,
    )
