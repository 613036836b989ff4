"""Annotated news-archive generator: content/ -> annotated Markdown -> MkDocs site."""

__version__ = "0.1.0"
