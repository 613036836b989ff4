"""Stage 1, read: one reader per source format, each producing the same Article.

Entry point: `read_article(path, root)`. Readers only find the layout (blocks with
offsets) and the metadata the layout states; annotate.py interprets it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
import yaml

from .model import Article, Block, Problem

MAX_FILE_BYTES = 5 * 1024 * 1024
SOURCE_SUFFIXES = (".txt", ".md")

_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_END = re.compile(r"[.!?:;,\"”’)\]]\s*$")
_HEADING_MAX_WORDS = 12


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text: UTF-8 (BOM removed) when it decodes, else the detected encoding.

    Newlines are normalised as Python's universal-newline reading does, so offsets
    match `open(path).read()`.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
        encoding = None
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise
        text, encoding = str(best), best.encoding
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def read_article(path: Path, root: Path | None = None) -> Article:
    """Read one source file into an Article with blocks covering all its text."""
    shown = _display_path(path, root)
    article = Article(path=shown, text="")
    try:
        data = path.read_bytes()
    except OSError as error:
        article.problem(0, f"cannot read the file ({error.strerror})", "check its permissions")
        return article
    if len(data) > MAX_FILE_BYTES:
        article.problem(
            0,
            f"file is {len(data):,} bytes, over the {MAX_FILE_BYTES:,}-byte limit",
            "split it into separate articles",
        )
        return article
    try:
        article.text, _ = decode(data)
    except UnicodeDecodeError:
        article.problem(0, "not a text file", "save the article as UTF-8 text")
        return article
    if "\x00" in article.text:
        article.problem(0, "not a text file (it contains NUL bytes)", "save it as UTF-8 text")
        article.text = ""
        return article
    body_start = _read_front_matter(article)
    reader = READERS.get(path.suffix.lower(), read_wire)
    article.format = "markdown" if path.suffix.lower() == ".md" else "wire"
    reader(article, body_start)
    if not article.text.strip():
        article.problem(0, "the file is empty", "add the article's text or delete the file")
    elif not article.title:
        article.problem(body_start, "no title found", "put the headline on the first line")
    return article


def _display_path(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve().parent).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _read_front_matter(article: Article) -> int:
    """Parse a leading `---` YAML block into `article.meta`; return where the body starts."""
    text = article.text
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return 0
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not closing:
        article.problem(
            0,
            "front matter is not closed",
            "end the block with a line holding only ---, or remove the opening ---",
        )
        return 0
    end = closing.end() + (1 if text[closing.end() : closing.end() + 1] == "\n" else 0)
    article.blocks.append(Block("front-matter", 0, closing.end()))
    try:
        meta = yaml.safe_load(text[opening.end() : closing.start()]) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = (mark.line + 2) if mark else 2
        what = getattr(error, "problem", None) or str(error).splitlines()[0]
        article.errors.append(
            Problem(
                article.path,
                line,
                f"front matter is not valid YAML ({what})",
                "fix the YAML or remove the block",
            )
        )
        return end
    if not isinstance(meta, dict):
        article.problem(1, "front matter is not a mapping", "write it as `key: value` lines")
        return end
    article.meta = {str(key): value for key, value in meta.items()}
    return end


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each line from `start`, end excluding the newline."""
    spans = []
    for match in _LINE.finditer(text, start):
        if not match.group():
            break
        end = match.end() - (1 if match.group().endswith("\n") else 0)
        spans.append((match.start(), end))
    return spans


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Paragraph spans: one per non-blank line, or per blank-line-separated run
    when the text uses blank lines between paragraphs (wrapped lines kept together)."""
    lines = [span for span in _lines(text, start)]
    blank_separated = any(not text[s:e].strip() for s, e in lines)
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for s, e in lines:
        if not text[s:e].strip():
            if current:
                spans.append(current)
                current = None
            continue
        s, e = _strip_span(text, s, e)
        if blank_separated and current:
            current = (current[0], e)
        else:
            if current:
                spans.append(current)
            current = (s, e)
    if current:
        spans.append(current)
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def looks_like_heading(line: str) -> bool:
    """Short, unpunctuated lines inside the body are section headings."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > _HEADING_MAX_WORDS:
        return False
    if stripped[0] in "\"“‘'(-—–*" or _SENTENCE_END.search(stripped):
        return False
    return stripped[0].isupper() or stripped[0].isdigit()


def read_wire(article: Article, body_start: int) -> None:
    """Wire layout: headline line, lead line, then body paragraphs with a dateline."""
    from .dateline import find_dateline

    text = article.text
    paragraphs = _paragraphs(text, body_start)
    if not paragraphs:
        return
    blocks = article.blocks
    title_span = paragraphs.pop(0)
    blocks.append(Block("title", *title_span))
    article.title = text[slice(*title_span)]
    dateline_seen = False
    for index, (start, end) in enumerate(paragraphs):
        chunk = text[start:end]
        if not dateline_seen:
            found = find_dateline(chunk)
            if found is not None:
                dateline_seen = True
                d_end = start + found.end
                blocks.append(Block("dateline", start, d_end))
                rest_start, rest_end = _strip_span(text, d_end, end)
                if rest_start < rest_end:
                    blocks.append(Block("paragraph", rest_start, rest_end))
                continue
            if index == 0 and _could_be_lead(chunk, paragraphs):
                blocks.append(Block("lead", start, end))
                continue
        blocks.append(Block(_body_kind(chunk, index == len(paragraphs) - 1), start, end))
    lead = article.blocks_of("lead")
    article.lead = text[lead[0].start : lead[0].end] if lead else ""


def _could_be_lead(chunk: str, paragraphs: list[tuple[int, int]]) -> bool:
    """The line after the headline is the lead when another paragraph follows it."""
    return len(paragraphs) > 1 and not chunk.lower().startswith("by ")


_BYLINE = re.compile(r"^By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?: and [A-Z][\w.'’ -]+)?$")
_ALSO_READ = re.compile(r"^(?:Also read|Read also|Read more|See also|Related)\b", re.I)
_CAPTION = re.compile(r"^(?:Photo|Image|Caption|Pictured|File photo)\b.{0,300}$", re.I)
_BOILERPLATE = re.compile(
    r"^(?:\(?Reporting by|\(?Editing by|\(?Additional reporting|Copyright|©|All rights reserved"
    r"|\(c\) \d{4})",
    re.I,
)


def _body_kind(chunk: str, last: bool) -> str:
    if _BYLINE.match(chunk):
        return "byline"
    if _ALSO_READ.match(chunk):
        return "also-read"
    if _CAPTION.match(chunk):
        return "caption"
    if _BOILERPLATE.match(chunk):
        return "boilerplate"
    if not last and looks_like_heading(chunk):
        return "heading"
    return "paragraph"


_MD_HEADING = re.compile(r"^#{1,6}[ \t]+")


def read_markdown(article: Article, body_start: int) -> None:
    """Markdown articles: `#` headings, blank-line paragraphs; title from front matter
    or the first heading; lead from front matter `lead`/`description` or the first paragraph."""
    text = article.text
    spans = _paragraphs_md(text, body_start)
    title = article.meta.get("title")
    for index, (start, end) in enumerate(spans):
        chunk = text[start:end]
        heading = _MD_HEADING.match(chunk)
        if heading and not title and not article.blocks_of("title"):
            article.blocks.append(Block("title", start, end))
            article.title = chunk[heading.end() :].strip()
        elif heading:
            article.blocks.append(Block("heading", start, end))
        elif index <= 1 and not article.blocks_of("lead") and not article.blocks_of("paragraph"):
            article.blocks.append(Block("lead", start, end))
            article.lead = chunk
        else:
            article.blocks.append(Block("paragraph", start, end))
    if title:
        article.title = str(title)


def _paragraphs_md(text: str, start: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for s, e in _lines(text, start):
        line = text[s:e]
        if not line.strip():
            if current:
                spans.append(current)
            current = None
            continue
        s, e = _strip_span(text, s, e)
        if _MD_HEADING.match(line):
            if current:
                spans.append(current)
            spans.append((s, e))
            current = None
        else:
            current = (current[0], e) if current else (s, e)
    if current:
        spans.append(current)
    return spans


READERS: dict[str, Callable[[Article, int], None]] = {".txt": read_wire, ".md": read_markdown}
