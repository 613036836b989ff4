"""Generated pages' HTML blocks handed to Python-Markdown as they are, unparsed.

Article and entity pages are Markdown headings between HTML blocks the generator wrote
whole (render/articles.py). Python-Markdown would pass those blocks through anyway,
but finds them by running an HTML parser over the page, twice (MkDocs' own pass for
anchors, then Python-Markdown's): most of what a generated page costs in MkDocs. On a
page the generator made, this preprocessor stores each block in Python-Markdown's
stash, where its HTML parser would have put it, and tells MkDocs the anchors in it, so
the HTML, the table of contents and link checking are what they were without it. Any
page it was not told about, a page with a block whose insides md_in_html would parse
(`<div markdown>`), and any chunk that does not open with a block-level tag take
Python-Markdown's usual way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from generator.mkdocs_plugin.config import ENGINE

# The engine's preprocessor that collects the anchors of raw HTML (structure/pages.py).
MKDOCS_RAW_HTML = f"{ENGINE}_raw_html"  # `properdocs_raw_html` under ProperDocs
_OPENING_TAG = re.compile(r"<([a-z][a-z0-9]*)[\s>]")
_MARKDOWN_INSIDE = re.compile(r"<[a-z][^<>]*\smarkdown(?:[\s=>]|$)")
_ANCHOR = re.compile(r'<[a-z][^<>]*?\sid="([^"<>]*)"')


class GeneratedBlocks(Extension):
    """`is_generated()` says whether the page being converted is one the generator
    wrote in this form."""

    def __init__(self, is_generated: Callable[[], bool]) -> None:
        super().__init__()
        self.is_generated = is_generated

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        stash = _StashBlocks(md, self.is_generated)
        # Before MkDocs' raw-HTML pass (21) and Python-Markdown's (20); the anchors
        # are added to what MkDocs' pass found right after it.
        md.preprocessors.register(stash, "news_archive_blocks", 25)
        md.preprocessors.register(_AddAnchors(md, stash), "news_archive_block_anchors", 20.5)


class _StashBlocks(Preprocessor):
    def __init__(self, md: Markdown, is_generated: Callable[[], bool]) -> None:
        super().__init__(md)
        self.is_generated = is_generated
        self.anchors: set[str] = set()  # in the blocks of the page being converted

    def run(self, lines: list[str]) -> list[str]:
        self.anchors = set()
        if MKDOCS_RAW_HTML not in self.md.preprocessors or not self.is_generated():
            return lines
        if any(_MARKDOWN_INSIDE.search(line) for line in lines if line.startswith("<")):
            return lines  # md_in_html parses inside such a block: the usual way
        out: list[str] = []
        run: list[str] = []  # consecutive blocks: one stash entry makes the same HTML
        chunk: list[str] = []
        for line in [*lines, ""]:
            if line.strip():
                chunk.append(line)
                continue
            if chunk and self._is_block(chunk[0]):
                html = "\n".join(chunk)
                self.anchors.update(_ANCHOR.findall(html))
                run.append(html + "\n")  # as Python-Markdown's parser keeps a block
            else:
                self._flush(run, out)
                out.extend(chunk)
                out.append(line)
            chunk = []
        self._flush(run, out)
        return out

    def _flush(self, run: list[str], out: list[str]) -> None:
        if run:
            out.extend([self.md.htmlStash.store("\n".join(run)), ""])
            run.clear()

    def _is_block(self, first_line: str) -> bool:
        match = _OPENING_TAG.match(first_line)
        return match is not None and self.md.is_block_level(match.group(1))


class _AddAnchors(Preprocessor):
    """MkDocs' raw-HTML pass no longer sees the stashed blocks: once it has run, the
    anchors they hold are added to what it found, for MkDocs' link checks."""

    def __init__(self, md: Markdown, stash: _StashBlocks) -> None:
        super().__init__(md)
        self.stash = stash

    def run(self, lines: list[str]) -> list[str]:
        if self.stash.anchors:
            mkdocs_pass = self.md.preprocessors[MKDOCS_RAW_HTML]
            mkdocs_pass.present_anchor_ids |= self.stash.anchors  # type: ignore[attr-defined]
        return lines
