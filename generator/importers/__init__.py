"""Bring articles in: saved web pages, RSS/Atom feeds and JSON Lines/CSV dumps.

`import_sources(sources, content_dir)` turns them into wire-layout text files in
content/ with front matter recording where each came from; `python -m generator
import` is its command line. One module per source kind produces Candidates;
`archive.py` alone decides what is new, what is a duplicate and what to update.
"""

from generator.importers.archive import FORMATS, ImportReport, import_sources
from generator.importers.common import FIELDS, Candidate, parse_date

__all__ = ["FIELDS", "FORMATS", "Candidate", "ImportReport", "import_sources", "parse_date"]
