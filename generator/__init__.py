"""Annotated news-archive generator: content/ -> annotated Markdown -> MkDocs site.

The stages, each a folder: read, annotate, index, render, publish; `pipeline` runs
them with a cache. The command line (`cli/`) and the MkDocs adapter (`mkdocs_plugin/`)
use only what is named in `__all__`.
"""

import importlib as _importlib
import sys as _sys
import typing as _typing


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


# The declared API, each name once: module -> the names it gives (`NAME as ALIAS` where
# the package calls it otherwise). `__all__` is made from it, and each name is imported
# from its stage the first time it is asked for (`__getattr__` below), so `python -m
# generator build` with docs/ already current never loads the annotators or the
# templates. The settings, which every command reads, are imported at once.
_API: dict[str, tuple[str, ...]] = {
    "generator.settings": (
        "OPTION_DEFAULTS",
        "SITE_PACKAGES",
        "Settings",
        "__version__",
        "code_digest",
        "package_version",
        "read_site_settings",
        "settings_from_options",
        "worker_processes",
    ),
    # the document model: its vocabulary, a message about a source file, how messages count
    "generator.model": ("ENTITY_TYPES", "Problem", "count"),
    # the build's own state: signatures, listings, atomic records, one remover
    "generator.buildstate": (
        "file_signature",
        "fingerprint",
        "folder_contents",
        "folder_signatures",
        "read_record",
        "remove_file",
    ),
    # stage 1, read
    "generator.read": ("SOURCE_SUFFIXES", "collect_sources", "find_registry", "read_article"),
    # stage 2, annotate
    "generator.annotate": ("Registry", "annotate", "load_registry"),
    "generator.annotate.registry": ("append_entries",),
    # stage 3, index
    "generator.index": ("ArchiveIndex", "build_index"),
    # stage 4, render
    "generator.render.context": ("PageCache",),
    "generator.render.pages": ("render_pages",),
    # the whole pipeline
    "generator.pipeline": (
        "Result",
        "annotate_files",
        "build_site",
        "edited_first",
        "generate",
        "publish_site",
        "site_pages",
        "write_docs",
    ),
    "generator.suggest": ("review_entities", "suggest_entities"),
    # stage 5, publish
    "generator.publish.docs": (
        "MANIFEST",
        "Stages",
        "docs_are_current",
        "load_manifest",
        "read_manifest",
    ),
    "generator.publish.pagefind": ("BackgroundIndexer", "index_site"),
    "generator.publish.hosting": ("compact_html", "hosting_warning"),
    "generator.publish.sitemaps": ("split_sitemap",),
    "generator.publish.current": ("SiteBuildError", "SiteState"),
    # bringing articles in
    "generator.importers": (
        "FIELDS as IMPORT_FIELDS",
        "FORMATS as IMPORT_FORMATS",
        "import_sources",
    ),
}

# name in __all__ -> (module, its name there)
_LAZY = {
    alias or name: (module, name)
    for module, names in _API.items()
    for name, _, alias in (entry.partition(" as ") for entry in names)
}
__all__ = list(_LAZY)

try:
    _importlib.import_module("generator.settings")
except ModuleNotFoundError as _missing:
    _explain_missing(_missing)
    raise


def __getattr__(name: str) -> _typing.Any:  # noqa: ANN401 - whatever the stage declares
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
