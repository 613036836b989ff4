"""What a build is configured with, and the digest of the code that builds it.

Every stage below the command line and the MkDocs adapter reads `Settings`; cached
annotations and pages are keyed by `code_digest`, so they never outlive the code
that made them.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, cast

import yaml

from generator.buildstate import Fingerprint

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
    # Measured at 10,000 articles (gzip, search downloads before the first result): Pagefind
    # 171-239 KB depending on the words, Material 4.0 MB (its 11.6 MB index, on page load).
    "search": "pagefind",
    "jobs": 0,
    "readable_headlines": True,
    # GitHub Pages publishes sites of at most 1 GB: a larger site/ is a build warning.
    "hosting_limit_mb": 1024,
    # The build accelerator, which relies on MkDocs' insides (falls back when they differ).
    "speedups": True,
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
    # Headlines set in capitals throughout are shown in title case in lists, page
    # titles and feeds (never on the article's page, never a mixed-case headline).
    readable_headlines: bool = True
    # As mkdocs.yml sets it: generated pages write their links as the URLs MkDocs makes.
    use_directory_urls: bool = True

    def page_inputs(self) -> tuple:
        """The settings generated pages depend on besides the sources: when one changes,
        every page is made again."""
        return (
            self.default_year,
            self.site_url,
            self.site_name,
            self.entity_min_articles,
            self.readable_headlines,
            self.use_directory_urls,
        )


# What an annotation depends on: the model, the reader, the annotators and the record
# the annotation cache keeps (annotations.py). Editing a template, a page family or the
# orchestrator (pipeline.py) keeps cached annotations.
ANNOTATION_CODE = ("model.py", "read", "annotate", "annotations.py")


# The installed packages whose code makes the site, by distribution name: a site or
# index made by other versions of them is made again.
SITE_PACKAGES = (
    "mkdocs",
    "properdocs",
    "mkdocs-material",
    "markdown",
    "pymdown-extensions",
    "jinja2",
    "pagefind",
    "pagefind-bin",
    "news-archive-generator",
)


def package_version(name: str) -> str:
    """The installed version of distribution `name`, or "" when it is not installed."""
    try:
        return version(name)
    except PackageNotFoundError:
        return ""


def worker_processes(jobs: int) -> int:
    """How many processes to share work among for the `jobs` setting (0: one per core,
    at most 8): one while this process runs other threads (a preview server's, those a
    Dask client leaves), as a forked child can inherit a lock another thread holds."""
    if threading.active_count() > 1:
        return 1
    return jobs or min(os.cpu_count() or 1, 8)


@functools.cache
def code_digest(*parts: str) -> str:
    """Changes whenever the shipped code, data or templates under `parts` (files or
    folders of the package; all of it by default) change, so cached annotations and
    generated pages never outlive the version that made them. Only the package counts:
    tests, evaluation and benchmarks live outside it."""
    digest = Fingerprint(__version__)
    roots = [PACKAGE_DIR / part for part in parts] if parts else [PACKAGE_DIR]
    shipped = {
        path
        for root in roots
        for path in ([root] if root.is_file() else root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }
    for path in sorted(shipped):
        digest.add(path.relative_to(PACKAGE_DIR).as_posix(), path.read_bytes())
    return digest.hexdigest()


def settings_from_options(
    root: Path,
    options: Mapping[str, Any],
    *,
    docs_dir: Path,
    site_name: str,
    site_url: str,
    use_directory_urls: bool = True,
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
        readable_headlines=bool(
            options.get("readable_headlines", OPTION_DEFAULTS["readable_headlines"])
        ),
        use_directory_urls=use_directory_urls,
    )


class _SiteConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as MkDocs reads it, for the parts the generator needs: `!ENV` values
    are looked up, other tags (`!!python/name:...`) are kept as plain values."""


def _env_value(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    names = (
        [node.value]
        if isinstance(node, yaml.ScalarNode)
        else loader.construct_sequence(cast(yaml.SequenceNode, node))
    )
    *variables, default = names if len(names) > 1 else [*names, None]
    return next((os.environ[v] for v in variables if v in os.environ), default)


def _plain_value(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:  # noqa: ARG001
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(cast(yaml.MappingNode, node))


_SiteConfigLoader.add_constructor("!ENV", _env_value)
_SiteConfigLoader.add_multi_constructor("", _plain_value)
_SiteConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _plain_value)


def read_site_settings(config_file: Path) -> Settings:
    """Settings from mkdocs.yml without MkDocs, so the CLI makes the pages `mkdocs build`
    makes; defaults when the file is absent."""
    if not config_file.exists():
        return Settings()
    config = read_site_config(config_file)
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
        site_name=str(config.get("site_name", Settings().site_name)),
        site_url=site_url,
        use_directory_urls=bool(config.get("use_directory_urls", True)),
    )


def read_site_config(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml's settings as MkDocs reads them (`!ENV` looked up), without MkDocs;
    {} when the file is missing or not a mapping."""
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_SiteConfigLoader)
    except OSError:
        return {}
    return data if isinstance(data, dict) else {}
