"""Annotated news-archive generator: content/ -> annotated Markdown -> MkDocs site.

The stages, each a folder: read, annotate, index, render, publish; `pipeline` runs
them with a cache. The command line (`cli/`) and the MkDocs adapter (`mkdocs_plugin/`)
use only what is named in `__all__`.
"""

import sys as _sys

try:
    from generator.annotate import Registry, annotate, load_registry
    from generator.annotate.registry import append_entries
    from generator.importers import FIELDS as IMPORT_FIELDS
    from generator.importers import FORMATS as IMPORT_FORMATS
    from generator.importers import import_sources
    from generator.index import ArchiveIndex, build_index
    from generator.pipeline import Result, annotate_files, generate
    from generator.publish.current import SiteBuildError, SiteState, build_site
    from generator.publish.docs import (
        MANIFEST,
        docs_are_current,
        load_manifest,
        read_manifest,
        write_docs,
    )
    from generator.publish.pagefind import BackgroundIndexer, index_site, is_indexed
    from generator.publish.sitemaps import split_sitemap
    from generator.read import SOURCE_SUFFIXES, collect_sources, find_registry, read_article
    from generator.render.context import PageCache
    from generator.render.pages import render_pages
    from generator.settings import (
        OPTION_DEFAULTS,
        Settings,
        __version__,
        code_digest,
        read_site_settings,
        settings_from_options,
    )
    from generator.suggest import suggest_entities
except ModuleNotFoundError as _missing:
    # `python3 -m generator` with a Python that lacks the dependencies (outside .venv):
    # say how to run it instead of a traceback.
    if _sys.argv[:1] == ["-m"] and not (_missing.name or "").startswith("generator"):
        _sys.stderr.write(
            f"python -m generator: the module {_missing.name!r} is not installed for "
            f"{_sys.executable}.\n"
            "Run it with the project's virtual environment: `make build` creates .venv "
            "and installs the dependencies, then use `.venv/bin/python -m generator ...` "
            "(or `make build`, `make serve`).\n"
        )
        raise SystemExit(2) from None
    raise

__all__ = [
    # settings
    "OPTION_DEFAULTS",
    "Settings",
    "__version__",
    "code_digest",
    "read_site_settings",
    "settings_from_options",
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
    "suggest_entities",
    # stage 5, publish
    "MANIFEST",
    "BackgroundIndexer",
    "docs_are_current",
    "index_site",
    "is_indexed",
    "SiteBuildError",
    "SiteState",
    "build_site",
    "load_manifest",
    "read_manifest",
    "split_sitemap",
    "write_docs",
    # bringing articles in
    "IMPORT_FIELDS",
    "IMPORT_FORMATS",
    "import_sources",
]
