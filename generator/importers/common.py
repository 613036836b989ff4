"""What every importer produces (a Candidate) and the text helpers they share.

Importers only extract; `archive.py` decides what to write, so deduplication and the
file layout are the same whichever format an article came from.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ftfy
from lxml import etree

from generator.model import Problem

#: Fields a dump column can be mapped to with `--map field=column`.
FIELDS = ("title", "text", "date", "author", "url", "lead", "id", "source")


@dataclass(slots=True)
class Candidate:
    """One article found in a source, before it is checked against the archive."""

    title: str
    paragraphs: list[str]
    importer: str
    file: Path
    line: int = 1
    date: dt.date | None = None
    author: str | None = None
    url: str | None = None
    lead: str | None = None
    record: str | None = None
    source: str | None = None  # the agency, from `import --source` or a dump column
    slug: str | None = None  # set when the title's page address is taken
    notes: list[Problem] = field(default_factory=list)

    @property
    def origin(self) -> str:
        """`file:line`, the place messages and the report point at."""
        return f"{self.file.as_posix()}:{self.line}"


Found = Iterator["Candidate | Problem"]

# Characters that some tools treat as line ends (vertical tab, form feed, separators) become
# spaces, and other control characters go: either would shift the reader's lines.
_SEPARATORS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _newlines(text: str) -> str:
    """Line ends as `\\n`: `\\r\\n` becomes `\\n`, and so does a lone `\\r` in text whose
    lines end in `\\r` alone (old Mac files). In text whose lines end in `\\n`, a lone
    `\\r` is a stray character inside a line (wire copy has `<Rolls-Royce\\r Ltd>`) and is
    written as a space, so the file the reader reads has the name on one line."""
    text = text.replace("\r\n", "\n")
    if "\r" not in text:
        return text
    return text.replace("\r", " " if "\n" in text else "\n")


def clean(text: str) -> str:
    """Newlines as `\\n` (a lone `\\r` inside a line is a space: `_newlines`), mojibake
    repaired and control characters dropped, so the written file reads back line for line
    as it was written."""
    text = ftfy.fix_encoding(_newlines(text))  # "GuantÃ¡namo", UTF-8 once misread: repaired
    return _CONTROL.sub("", _SEPARATORS.sub(" ", text))


def one_line(text: str | None) -> str:
    """Titles, authors and leads must stay on one line of the wire layout."""
    return " ".join(clean(text or "").split())


def text_paragraphs(text: str) -> list[str]:
    """Plain text to paragraphs: blank-line separated when it has blank lines (wrapped
    lines kept together), else one paragraph per line. Words are kept as they are."""
    text = clean(text)
    chunks = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    paragraphs = []
    for chunk in chunks:
        lines = [line.rstrip() for line in chunk.split("\n")]
        paragraph = "\n".join(line for line in lines if line.strip()).strip()
        if paragraph:
            paragraphs.append(paragraph)
    return paragraphs


_BLOCK_TAGS = {
    # HTML
    *[
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "tr",
        "figcaption",
        "caption",
    ],
    *[
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "ul",
        "ol",
        "dl",
        "table",
        "address",
        "hr",
        "main",
    ],
    # trafilatura's XML
    *["head", "item", "list", "quote", "row", "table", "code"],
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "object", "svg", "button"}
_CELL_TAGS = {"td", "th", "cell"}
_BREAK_TAGS = {"br", "lb"}
_ITEM_TAGS = {"li", "item"}


def markup_paragraphs(root: etree._Element) -> list[str]:
    """Paragraphs of an HTML (or trafilatura XML) tree: block elements start new
    paragraphs, `<br>` is a line break, list items start with "- ", other markup is
    dropped but its words kept."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        lines = [" ".join(part.split()) for part in "".join(current).split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _SKIP_TAGS or not isinstance(element.tag, str):
            if element.tail:
                current.append(element.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if tag in _ITEM_TAGS:
            current.append("- ")  # else the reader takes a short item for a section heading
        elif tag in _BREAK_TAGS:
            current.append("\n")
        elif tag in _CELL_TAGS and current and "".join(current).strip():
            current.append(" | ")
        if tag == "pre" and element.text is not None:
            paragraphs.extend(text_paragraphs("".join(element.itertext())))
        else:
            if element.text:
                current.append(element.text)
            for child in element:
                walk(child)
        if block:
            flush()
        if element.tail:
            current.append(element.tail)

    walk(root)
    flush()
    return [clean(p) for p in paragraphs]


def html_fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment such as a feed entry's content."""
    from lxml import html

    fragment = clean(fragment)
    if not fragment.strip():
        return []
    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return text_paragraphs(fragment)
    return markup_paragraphs(root)


_HTML_HINT = re.compile(r"</p\s*>|</div\s*>|<br\s*/?>", re.I)


def looks_like_html(text: str) -> bool:
    """Only closing paragraph tags or `<br>` count: wire copy writes tickers as `<BP>`."""
    return bool(_HTML_HINT.search(text))


_DATE_FORMATS = (
    "%d-%b-%Y %H:%M:%S.%f",  # Reuters-21578: 26-FEB-1987 15:01:01.79
    "%d-%b-%Y %H:%M:%S",
    "%d-%b-%Y",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d.%m.%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y%m%d",
)


def parse_date(value: object) -> dt.date | None:
    """A publication date from the forms dumps and feeds use; None when not understood."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 0 < value < 4e9:  # seconds since 1970
            return dt.datetime.fromtimestamp(value, dt.UTC).date()
        return None
    text = " ".join(str(value or "").split())
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.title(), pattern).date()
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    prefix = _DATE_PREFIX.match(text)  # a date followed by debris, as in Reuters-21578
    return parse_date(prefix.group(1)) if prefix and prefix.group(1) != text else None


_DATE_PREFIX = re.compile(
    r"(\d{4}-\d\d-\d\d|\d{1,2}-[A-Za-z]{3}-\d{4}(?: \d\d:\d\d:\d\d(?:\.\d+)?)?"
    r"|\d{1,2} [A-Za-z]+ \d{4}|[A-Za-z]+ \d{1,2}, \d{4})\b"
)


def same_words(a: str, b: str) -> bool:
    """Whether two strings say the same thing, ignoring case, spacing and punctuation."""
    return normalise(a) == normalise(b) and bool(normalise(a))


def normalise(text: str) -> str:
    """Text reduced to its words: the basis of the duplicate check."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))
