"""Annotated news-archive generator: content/ -> annotated Markdown -> MkDocs site.

The stages, each a folder: read, annotate, index, render, publish; `pipeline` runs
them with a cache. The command line and the MkDocs adapter use only what is named in
`__all__`.
"""

__version__ = "0.1.0"

from generator.annotate import Registry, annotate, load_registry  # noqa: E402
from generator.index import ArchiveIndex, build_index  # noqa: E402
from generator.pipeline import Result, annotate_files, generate  # noqa: E402
from generator.publish.docs import write_docs  # noqa: E402
from generator.read import read_article  # noqa: E402
from generator.render.pages import render_pages  # noqa: E402
from generator.settings import Settings, read_site_settings  # noqa: E402
from generator.suggest import suggest_entities  # noqa: E402

__all__ = [
    "ArchiveIndex",
    "Registry",
    "Result",
    "Settings",
    "annotate",
    "annotate_files",
    "build_index",
    "generate",
    "load_registry",
    "read_article",
    "read_site_settings",
    "render_pages",
    "suggest_entities",
    "write_docs",
]
