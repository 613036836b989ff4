"""Stage 1, read: one reader per source format, each giving an `Article` with blocks."""

from generator.read.encoding import decode
from generator.read.reader import SOURCE_SUFFIXES, read_article, read_source
from generator.read.sources import REGISTRY_NAME, collect_sources, find_registry

__all__ = [
    "REGISTRY_NAME",
    "SOURCE_SUFFIXES",
    "collect_sources",
    "decode",
    "find_registry",
    "read_article",
    "read_source",
]
