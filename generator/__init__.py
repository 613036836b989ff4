"""Annotated news-archive generator: content/ -> annotated Markdown -> MkDocs site.

The stages, each a folder: read, annotate, index, render, publish; `pipeline` runs
them with a cache. The command line (`cli/`) and the MkDocs adapter (`mkdocs_plugin/`)
use only what is named in `__all__`.
"""

import importlib as _importlib
import sys as _sys
from typing import TYPE_CHECKING


def _explain_missing(missing: ModuleNotFoundError) -> None:
    """`python3 -m generator` with a Python that lacks the dependencies (outside .venv):
    say how to run it instead of a traceback."""
    main = _sys.argv[:1] == ["-m"] or _sys.argv[0].endswith("generator/__main__.py")
    if main and not (missing.name or "").startswith("generator"):
        _sys.stderr.write(
            f"python -m generator: the module {missing.name!r} is not installed for "
            f"{_sys.executable}.\n"
            "Run it with the project's virtual environment: `make build` creates .venv "
            "and installs the dependencies, then use `.venv/bin/python -m generator ...` "
            "(or `make build`, `make serve`).\n"
        )
        raise SystemExit(2) from None


# The settings are read by every command; everything else is imported on first use
# (`__getattr__` below), so `python -m generator build` with docs/ already current
# never loads the annotators or the templates.
try:
    from generator.settings import (
        OPTION_DEFAULTS,
        SITE_PACKAGES,
        Settings,
        __version__,
        code_digest,
        package_version,
        read_site_settings,
        settings_from_options,
        worker_processes,
    )
except ModuleNotFoundError as _missing:
    _explain_missing(_missing)
    raise

if TYPE_CHECKING:  # the same names, as type checkers and the layout test read them
    from generator.annotate import Registry, annotate, load_registry
    from generator.annotate.registry import append_entries
    from generator.buildstate import file_signature, folder_contents, remove_file, write_atomic
    from generator.importers import FIELDS as IMPORT_FIELDS
    from generator.importers import FORMATS as IMPORT_FORMATS
    from generator.importers import import_sources
    from generator.index import ArchiveIndex, build_index
    from generator.model import Problem, count
    from generator.pipeline import (
        Result,
        annotate_files,
        build_site,
        generate,
        publish_site,
        site_pages,
        write_docs,
    )
    from generator.publish.current import SiteBuildError, SiteState
    from generator.publish.docs import (
        MANIFEST,
        docs_are_current,
        load_manifest,
        read_manifest,
    )
    from generator.publish.hosting import compact_html, hosting_warning
    from generator.publish.pagefind import BackgroundIndexer, index_site
    from generator.publish.sitemaps import split_sitemap
    from generator.read import SOURCE_SUFFIXES, collect_sources, find_registry, read_article
    from generator.render.context import PageCache
    from generator.render.pages import render_pages
    from generator.suggest import review_entities, suggest_entities

# name in __all__ -> (module, its name there)
_LAZY = {
    "Registry": ("generator.annotate", "Registry"),
    "annotate": ("generator.annotate", "annotate"),
    "load_registry": ("generator.annotate", "load_registry"),
    "append_entries": ("generator.annotate.registry", "append_entries"),
    "IMPORT_FIELDS": ("generator.importers", "FIELDS"),
    "IMPORT_FORMATS": ("generator.importers", "FORMATS"),
    "import_sources": ("generator.importers", "import_sources"),
    "ArchiveIndex": ("generator.index", "ArchiveIndex"),
    "build_index": ("generator.index", "build_index"),
    "Problem": ("generator.model", "Problem"),
    "count": ("generator.model", "count"),
    "Result": ("generator.pipeline", "Result"),
    "annotate_files": ("generator.pipeline", "annotate_files"),
    "generate": ("generator.pipeline", "generate"),
    "write_docs": ("generator.pipeline", "write_docs"),
    "build_site": ("generator.pipeline", "build_site"),
    "site_pages": ("generator.pipeline", "site_pages"),
    "publish_site": ("generator.pipeline", "publish_site"),
    "MANIFEST": ("generator.publish.docs", "MANIFEST"),
    "docs_are_current": ("generator.publish.docs", "docs_are_current"),
    "load_manifest": ("generator.publish.docs", "load_manifest"),
    "read_manifest": ("generator.publish.docs", "read_manifest"),
    "BackgroundIndexer": ("generator.publish.pagefind", "BackgroundIndexer"),
    "index_site": ("generator.publish.pagefind", "index_site"),
    "hosting_warning": ("generator.publish.hosting", "hosting_warning"),
    "compact_html": ("generator.publish.hosting", "compact_html"),
    "split_sitemap": ("generator.publish.sitemaps", "split_sitemap"),
    "file_signature": ("generator.buildstate", "file_signature"),
    "folder_contents": ("generator.buildstate", "folder_contents"),
    "remove_file": ("generator.buildstate", "remove_file"),
    "write_atomic": ("generator.buildstate", "write_atomic"),
    "SiteBuildError": ("generator.publish.current", "SiteBuildError"),
    "SiteState": ("generator.publish.current", "SiteState"),
    "SOURCE_SUFFIXES": ("generator.read", "SOURCE_SUFFIXES"),
    "collect_sources": ("generator.read", "collect_sources"),
    "find_registry": ("generator.read", "find_registry"),
    "read_article": ("generator.read", "read_article"),
    "PageCache": ("generator.render.context", "PageCache"),
    "render_pages": ("generator.render.pages", "render_pages"),
    "suggest_entities": ("generator.suggest", "suggest_entities"),
    "review_entities": ("generator.suggest", "review_entities"),
}


def __getattr__(name: str) -> object:
    """A name of `__all__`, imported from its stage the first time it is asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module 'generator' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    try:
        value = getattr(_importlib.import_module(module), attribute)
    except ModuleNotFoundError as missing:
        _explain_missing(missing)
        raise
    globals()[name] = value
    return value


__all__ = [
    # settings
    "OPTION_DEFAULTS",
    "SITE_PACKAGES",
    "Settings",
    "__version__",
    "code_digest",
    "package_version",
    "read_site_settings",
    "settings_from_options",
    "worker_processes",
    # the document model's message about a source file, and how messages count
    "Problem",
    "count",
    # stage 1, read
    "SOURCE_SUFFIXES",
    "collect_sources",
    "find_registry",
    "read_article",
    # stage 2, annotate
    "Registry",
    "annotate",
    "append_entries",
    "load_registry",
    # stage 3, index
    "ArchiveIndex",
    "build_index",
    # stage 4, render
    "PageCache",
    "render_pages",
    # the whole pipeline
    "Result",
    "annotate_files",
    "generate",
    "build_site",
    "publish_site",
    "site_pages",
    "write_docs",
    "review_entities",
    "suggest_entities",
    # stage 5, publish
    "MANIFEST",
    "BackgroundIndexer",
    "compact_html",
    "docs_are_current",
    "hosting_warning",
    "index_site",
    "SiteBuildError",
    "SiteState",
    "load_manifest",
    "read_manifest",
    "split_sitemap",
    # the build state: signatures, records, removal
    "file_signature",
    "folder_contents",
    "remove_file",
    "write_atomic",
    # bringing articles in
    "IMPORT_FIELDS",
    "IMPORT_FORMATS",
    "import_sources",
]
