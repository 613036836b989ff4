"""Stage 1, read: one reader per source format, each producing the same Article.

Entry points: `read_article(path, root)` for a file and `read_source(data, path)` for
bytes (the same code, so a corpus can be checked without writing files). Readers find
the layout (blocks with offsets) and the metadata the layout states: title, lead,
dateline place and agency, byline, front matter. The annotate stage interprets the rest.

Nothing is lost: every non-space character of `Article.text` lies in exactly one block,
and text the reader cannot place is kept as a plain paragraph. Every pattern here is
anchored or bounded, and long paragraphs are only inspected at their ends, so reading
is linear in the size of the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.model import Article, Block, BlockKind, Problem
from generator.read.dateline import MONTH_PATTERN, find_dateline, known_agency, normalise_agency
from generator.read.dates import stated_date
from generator.read.encoding import decode, mis_decoded, not_utf8
from generator.read.tables import looks_like_table_caption, looks_like_table_row
from generator.read.yamlsafe import FrontMatter, UnsafeYAML, yaml_error_message

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_FRONT_MATTER_CHARS = 64 * 1024
SOURCE_SUFFIXES = (".txt", ".md")
# How far into the article a dateline may sit (after title, lead, byline, photo caption).
DATELINE_SEARCH = 8
MAX_CLASSIFIED_PARAGRAPHS = 500
_HEADING_MAX_WORDS = 12
_HARD_WRAP_MAX = 100  # lines no longer than this, with blank lines between paragraphs: wrapped
_STACKED_MIN_GROUPS = 4  # blank-line paragraphs that show single line breaks are inside one

_FRONT_MATTER = FrontMatter(MAX_FRONT_MATTER_CHARS)
_KEY_LINE = re.compile(r"[ \t]*(?:[A-Za-z_][\w .-]{0,60}:(?:[ \t]|$)|- |#)|[ \t]+\S")
_BYLINE = re.compile(
    r"(?:By|BY|Written by|Story by|Reporting by|Posted by|Text by)[ :]+"
    r"(?:[A-Z][\w.'’\-]*|the|The|de|van|von|da|der|al-|bin)"
)
_BYLINE_WORDS = {
    "and", "in", "for", "of", "the", "de", "da", "van", "von", "der", "al", "bin", "with",
    "staff", "correspondent", "reporter", "writer", "editor", "news", "contributor",
    "bureau", "chief", "special", "senior", "political", "diplomatic", "economics",
    "business", "foreign", "international", "desk", "team", "at", "|", "/", "-", "—", "–",
}  # fmt: skip
_ALSO_READ = re.compile(
    r"(?:Also read|Also Read|ALSO READ|Read also|Read more|READ MORE|Read More|See also"
    r"|Related|RELATED|More on this|Related articles?|Related stories|Related news"
    r"|Recommended|Read next|Further reading)\b",
)
_CAPTION = re.compile(
    r"(?:Photo|PHOTO|Image|IMAGE|Caption|Pictured|File photo|FILE PHOTO|Picture|Video"
    r"|Image caption|Media caption|Image copyright|Photograph|Illustration|Graphic)\b"
    r"[^\n]{0,400}",
)
_NAME = r"[A-Z][\w.'’-]{0,30}(?:[ ][A-Z][\w.'’-]{0,30}){0,3}"
_PHOTO_AGENCIES = r"REUTERS|Reuters|AFP|EPA(?:-EFE)?|AP|TASS|Xinhua|Sputnik|ANADOLU|Anadolu|UPI"
# Photo credits that end a caption: `(AP Photo/Jane Doe)`, `REUTERS/Jane Doe/File Photo`,
# `Ivan Petrov/TASS`; an agency name followed by a slash inside a sentence is no credit.
_PHOTO_CREDIT = re.compile(
    r"(?:\((?:AP|AFP|Reuters|EPA|Xinhua|TASS|UPI|Getty)[^)\n]{0,20}Photo[^)\n]{0,80}\)"
    rf"|(?:{_PHOTO_AGENCIES}|AP Photo)/{_NAME}(?:/(?:File Photo|File|Pool|Handout))*"
    r"(?:[ ]Purchase Licensing Rights)?"
    rf"|{_NAME}/(?:{_PHOTO_AGENCIES}|Getty Images|AFP via Getty Images)"
    r"|(?:Photo|Image|Picture)(?: credit)?: [^\n]{1,80}"
    r"|Getty Images|Shutterstock)[ \t]*\Z"
)
_CAPTION_NAMES = {
    "image caption", "media caption", "image copyright", "image source", "file photo",
    "pictured", "video caption",
}  # fmt: skip
_STRONG_BOILERPLATE = re.compile(
    r"\(?(?:Reporting by|Additional reporting|Editing by|Writing by|Compiled by"
    r"|Reported by|Edited by|Research by|Produced by)\b"
    r"|(?:Copyright|COPYRIGHT)(?:[ ]?©|[ ]\([cC]\)|[ ]\d{4}|[ ]by\b|:|\Z)|©|\(c\) \d{4}"
    r"|All rights reserved|ALL RIGHTS RESERVED"
    r"|Our Standards:|Enditem\b|\(END\)|==Kyodo|\(\(|\[n[A-Z0-9]{5,}\]"
    r"|Advertisement\Z|ADVERTISEMENT\Z|Story continues below|Purchase Licensing Rights"
)
_WEAK_BOILERPLATE = re.compile(
    r"(?:Follow (?:us|him|her|them|@)|Sign up|Subscribe|Click here|Contact:|Email:|E-mail:"
    r"|Twitter:|For more|This (?:story|article|report) (?:has been|was)|Editor:|Editors?'? note"
    r"|Source:|Sources:|Get the latest|Download the|Join our|Watch:|Listen:|Share this"
    r"|Tags?:|Topics:|Filed under|Advertisement|ADVERTISEMENT|MORE\Z|More\Z|END\Z|ENDS\Z|-30-"
    r"|#{3}|\*{3}|-{3,}|_{3,}|={3,}|Reuters$|REUTERS$|AP$|AFP$|Xinhua$|TASS$)"
    r"|[^\n]{0,200}(?:contributed to this (?:report|story)|contributed reporting)"
    r"|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\Z"
)
_TAIL_AGENCY_HINTS = (
    (re.compile(r"Reporting by|Editing by|Writing by|Thomson Reuters|\bReuters?\b"), "Reuters"),
    (re.compile(r"Associated Press|\(AP\)|\bAP\b"), "AP"),
    (re.compile(r"Agence France-Presse|\bAFP\b"), "AFP"),
    (re.compile(r"\bXinhua\b|Enditem"), "Xinhua"),
    (re.compile(r"\bKyodo\b"), "Kyodo"),
    (re.compile(r"\bTASS\b"), "TASS"),
    (re.compile(r"\bInterfax\b"), "Interfax"),
    (re.compile(r"\bUPI\b|United Press International"), "UPI"),
    (re.compile(r"\bdpa\b"), "dpa"),
    (re.compile(r"\bBloomberg\b"), "Bloomberg"),
    (re.compile(r"\bYonhap\b"), "Yonhap"),
)
_CREDIT_WORDS = re.compile(
    r"(?i)\b(?:correspondent|editor|reporter|writer|news|staff|bureau|analyst|columnist"
    r"|contributor|producer|journalist)\b"
)
_MD_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\(")
_SETEXT = re.compile(r"\n[ \t]{0,3}(?:=+|-+)[ \t]*\Z")
_SENTENCE_END = '.!?:;,"”’)]»…'


# ----------------------------------------------------------------------------- files


def read_article(path: Path, root: Path | None = None) -> Article:
    """Read one source file into an Article with blocks covering all its text."""
    shown = display_path(path, root)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _too_big(shown, size)
        data = path.read_bytes()
    except OSError as error:
        article = Article(path=shown, text="")
        article.problem(
            0,
            f"cannot read the file ({error.strerror or error})",
            "check that it exists and that you may read it",
        )
        return article
    return read_source(data, shown, path.suffix)


def read_source(data: bytes, path: str, suffix: str | None = None) -> Article:
    """Read an article from its bytes; `path` names it in messages and gives the year."""
    suffix = (suffix if suffix is not None else Path(path).suffix).lower()
    article = Article(path=path, text="")
    if suffix not in READERS:
        article.problem(
            0,
            f"unknown file type {suffix or '(no extension)'!r}",
            "save articles as .txt (wire text) or .md (Markdown)",
        )
        return article
    if len(data) > MAX_FILE_BYTES:
        return _too_big(path, len(data))
    try:
        article.text, encoding = decode(data)
    except UnicodeDecodeError as error:
        article.problem(
            0,
            f"not a text file ({error.reason})",
            "save the article as UTF-8 text, or move the file out of content/",
        )
        return article
    if not article.text.strip():
        article.problem(0, "the file is empty", "add the article's text, or delete the file")
        return article
    misread = not_utf8(data, encoding, path) or mis_decoded(article.text, path)
    if misread:
        article.warnings.append(misread)
    body_start = _read_front_matter(article)
    article.format = "markdown" if suffix == ".md" else "wire"
    READERS[suffix](article, body_start)
    _apply_front_matter(article)
    if not article.title:
        article.problem(
            body_start,
            "no title found",
            "put the headline on the first line, or set `title:` in front matter",
        )
    return article


def _too_big(path: str, size: int) -> Article:
    article = Article(path=path, text="")
    article.problem(
        0,
        f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit",
        "split it into one file per article",
    )
    return article


def display_path(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve().parent).as_posix()
        except ValueError:
            pass
    return path.as_posix()


# ----------------------------------------------------------------------------- front matter


def _read_front_matter(article: Article) -> int:
    """Parse a leading `---` YAML block into `article.meta` (python-frontmatter, with the
    bounded loader); return where the body starts."""
    text = article.text
    if not _FRONT_MATTER.detect(text):
        return 0
    try:
        source, rest = _FRONT_MATTER.split(text)
    except ValueError:  # never closed
        return _unterminated_front_matter(article, len(text.partition("\n")[0]) + 1)
    close_end = len(text) - len(rest)
    article.blocks.append(Block("front-matter", 0, close_end))
    body_start = close_end + 1 if close_end < len(text) else close_end
    meta = _load_yaml(article, source, first_line=2)
    if meta is not None:
        article.meta = meta
    return body_start


def _unterminated_front_matter(article: Article, start: int) -> int:
    """Keep the `key: value` lines after an unclosed `---` as front matter, and say so."""
    text = article.text
    position = start
    while position < len(text):
        newline = text.find("\n", position)
        line_end = len(text) if newline < 0 else newline
        if not _KEY_LINE.match(text, position, line_end) or position == line_end:
            break
        position = line_end + 1
    end = min(position, len(text))
    block_end = end - 1 if end > start and text[end - 1] == "\n" else end
    article.problem(
        0,
        "front matter is not closed (the opening --- has no closing ---)",
        "end the block with a line holding only ---, or remove the opening ---",
    )
    article.blocks.append(Block("front-matter", 0, max(block_end, 3)))
    meta = _load_yaml(article, text[start:block_end], first_line=2, report=False)
    if meta:
        article.meta = meta
    return max(block_end, 3)


def _load_yaml(
    article: Article, source: str, first_line: int, report: bool = True
) -> dict[str, Any] | None:
    """Front matter through the bounded loader; problems reported with the line in the file."""

    def fail(line: int, message: str, hint: str) -> None:
        if report:
            article.errors.append(Problem(article.path, line, message, hint))

    try:
        meta = _FRONT_MATTER.load(source)
    except UnsafeYAML as refused:
        fail(first_line + refused.line, f"front matter {refused.message}", refused.hint)
        return None
    except yaml.YAMLError as error:
        line, message, hint = yaml_error_message(error, first_line)
        fail(line, message, hint)
        return None
    except (ValueError, TypeError, RecursionError) as error:
        fail(first_line, f"front matter cannot be read ({error})", "fix the YAML")
        return None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        fail(
            first_line,
            "front matter is not a mapping",
            "write it as `key: value` lines, e.g. `title: ...`",
        )
        return None
    return {str(key).strip().lower(): value for key, value in meta.items()}


_TEXT_FIELDS = ("title", "lead", "place", "agency", "url", "byline")


def _apply_front_matter(article: Article) -> None:
    """Front matter overrides whatever the layout gave (title, lead, place, agency, ...)."""
    meta = article.meta
    if not meta:
        return
    for alias, key in (("description", "lead"), ("author", "byline")):
        if meta.get(key) in (None, "") and meta.get(alias) not in (None, ""):
            meta = {**meta, key: meta[alias]}
    for key in _TEXT_FIELDS:
        value = meta.get(key)
        if value in (None, ""):
            continue
        if isinstance(value, (dict, list)):
            article.problem(
                0,
                f"front matter `{key}` should be text, not a {type(value).__name__}",
                f"write it as `{key}: some text`",
            )
            continue
        setattr(article, key, str(value).strip())
    if meta.get("agency"):
        article.agency = normalise_agency(str(meta["agency"]))
    tags = meta.get("tags")
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    if isinstance(tags, list):
        article.tags = sorted({str(t).strip() for t in tags if str(t).strip()})


# ----------------------------------------------------------------------------- segments


def _line_spans(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each line from `start`, end excluding the newline."""
    spans = []
    position = start
    length = len(text)
    while position < length:
        newline = text.find("\n", position)
        end = length if newline < 0 else newline
        spans.append((position, end))
        position = end + 1
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _segments(text: str, start: int, markdown: bool = False) -> list[tuple[int, int]]:
    """Paragraph spans, stripped. One per line, except that hard-wrapped lines (short
    lines with blank lines between paragraphs) and Markdown paragraphs are joined."""
    lines = [_strip_span(text, s, e) for s, e in _line_spans(text, start)]
    lengths = [e - s for s, e in lines if e > s]
    if not lengths:
        return []
    has_blank = len(lengths) < len(lines)
    width = max(lengths)
    near_full = sum(1 for n in lengths if n >= width * 0.75)
    # Lines that end as sentences end are sentences a line, not text wrapped at a width.
    inner = [
        text[e - 1]
        for n, (s, e) in enumerate(lines[:-1])
        if s < e and lines[n + 1][0] < lines[n + 1][1]
    ]
    sentences = bool(inner) and sum(c in _SENTENCE_END for c in inner) >= 0.8 * len(inner)
    wrapped = markdown or (
        has_blank and width <= _HARD_WRAP_MAX and near_full >= 2 and not sentences
    )
    # Blank lines between short paragraphs, a sentence a line inside them: the lines of
    # a paragraph read as one. Where blank lines are rare (a title, a blank line, then
    # a line a paragraph), each line stays a paragraph.
    groups = sum(
        1
        for n, (s, e) in enumerate(lines)
        if s < e and (n == 0 or lines[n - 1][0] == lines[n - 1][1])
    )
    stacked = not wrapped and groups >= _STACKED_MIN_GROUPS and len(lengths) <= 3 * groups
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    previous_length = 0
    for s, e in lines:
        if s == e:
            if current:
                spans.append(current)
            current = None
            continue
        if markdown and (_MD_HEADING.match(text, s, e) or current is None):
            joined = False
        elif markdown and current is not None:
            joined = not _MD_HEADING.match(text, current[0], current[1])
        elif stacked:
            joined = current is not None and _stacks_on(text, current, s, e, bool(spans))
        else:
            first_word = text[s:e].split(None, 1)[0] if wrapped else ""
            joined = (
                wrapped and current is not None and (previous_length + 1 + len(first_word) > width)
            )
        if joined and current:
            current = (current[0], e)
        else:
            if current:
                spans.append(current)
            current = (s, e)
        previous_length = e - s
    if current:
        spans.append(current)
    return spans


def _stacks_on(text: str, current: tuple[int, int], start: int, end: int, body: bool) -> bool:
    """In a paragraph of stacked sentences, does the line at start:end carry on the
    paragraph `current`? Its last line ends as a sentence ends, neither line is a
    heading, and the paragraph is not the file's first line (the headline)."""
    last = text.rfind("\n", current[0], current[1]) + 1 or current[0]
    previous = text[last : current[1]]
    if not (body or last > current[0]) or previous[-1:] not in _SENTENCE_END:
        return False
    return not looks_like_heading(text[start:end]) and not looks_like_heading(previous)


# ----------------------------------------------------------------------------- kinds


def looks_like_heading(line: str) -> bool:
    """Short, unpunctuated, capitalised lines inside the body are section headings."""
    if len(line) > 150 or "\n" in line:
        return False
    stripped = line.strip()
    if not stripped or len(stripped.split()) > _HEADING_MAX_WORDS:
        return False
    if stripped[0] in "\"“‘'(-—–*[«" or stripped[-1] in _SENTENCE_END:
        return False
    return stripped[0].isupper() or stripped[0].isdigit()


def is_byline(chunk: str) -> bool:
    """`By Jane Doe`, `By JANE DOE and John Roe, Reuters`, `By Jane Doe | AP`."""
    if len(chunk) > 160 or "\n" in chunk.strip() or not _BYLINE.match(chunk):
        return False
    body = chunk.split(None, 1)[1] if chunk.startswith(("By", "BY")) else chunk
    words = re.findall(r"[^\s,;]+", body)
    if not words or len(words) > 16 or chunk.rstrip()[-1] in '.!?:"”':
        return chunk.rstrip().endswith(".") and len(words) <= 4 and bool(words)
    lower = [w for w in words if w[0].islower() and w.strip("|/-–—").lower() not in _BYLINE_WORDS]
    return len(lower) <= 1


def is_caption(chunk: str) -> bool:
    """Photo captions and credits: `Photo: ...`, `© Sergei Bobylev/TASS`, `... (AP Photo/X)`."""
    head = chunk[:40]
    if head.startswith(("©", "(©", "Фото")) and len(chunk) < 400:
        return "/" in chunk[:200] or len(chunk) < 80
    if _CAPTION.match(head) and len(chunk) <= 400:
        prefix = re.match(r"[A-Za-z ]{1,20}", head)
        after = chunk[prefix.end() : prefix.end() + 1] if prefix else ""
        named = prefix.group().strip().lower() if prefix else ""
        if after in (":", ",") or (after in (" ", "\n", "") and named in _CAPTION_NAMES):
            return True
    if _MD_IMAGE.match(head):
        return True
    tail = chunk[-120:]
    if len(chunk) > 600 or not ("/" in tail or ":" in tail or "Getty" in tail or "Shutter" in tail):
        return False
    return bool(_PHOTO_CREDIT.search(tail))


def is_also_read(chunk: str) -> bool:
    """`Also read: ...`, `Read more`, `See also ...` lines pointing to other articles."""
    match = _ALSO_READ.match(chunk) if len(chunk) <= 300 else None
    if match is None:
        return False
    rest = chunk[match.end() :]
    if not rest.strip():
        return True
    if rest[0] in ":-—–|»>":
        return True
    # `Also read Russia, NATO to ...` without a colon; but `Related parties agreed ...`
    # or `Recommended changes ...` are sentences.
    return " " in match.group() and rest[0] in " \n." and len(rest) < 200


def is_boilerplate(chunk: str, tail: bool) -> bool:
    """Credits, copyright and sign-off lines; the vaguer ones only at the article's end."""
    if len(chunk) > 600:
        return False
    if _STRONG_BOILERPLATE.match(chunk):
        return True
    return tail and bool(_WEAK_BOILERPLATE.match(chunk))


_CREDIT_LINE = re.compile(
    r"(?:Source|Editor|Editors|Author|Authors|Writer|Reporter|Reporters|Text|Correspondent)"
    r"[ ]?:[ ]*[^\n]{1,80}\Z"
)
# `27 NOV, 10:20`, `April 6, 12:30 GMT`, `10:20 AM EST`: a time line without a year.
_PARTIAL_TIMESTAMP = re.compile(
    rf"(?:\d{{1,2}}[ ]{MONTH_PATTERN}|{MONTH_PATTERN}[ ]\d{{1,2}})?,?[ ]?"
    r"\d{1,2}[:.]\d\d(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:[ ][A-Z]{2,5}(?:[+-]\d{1,2})?)?"
    rf"|\d{{1,2}}[ ]{MONTH_PATTERN}|{MONTH_PATTERN}[ ]\d{{1,2}}"
)
_DIGIT = re.compile(r"\d")
_READING_TIME = re.compile(
    r"(?:\d{1,3}[ -]min(?:ute)?s?[ ]read|Listen to (?:this|the) article.{0,40})\Z"
)
_TOP_JUNK = re.compile(
    r"(?:Share|Share this article|Share on \w+|Facebook|Twitter|Email|Print|Comments?"
    r"|Advertisement|ADVERTISEMENT|Save|Copy link|Link copied|Gift this article|Bookmark)\Z"
)


def _special_kind(chunk: str) -> BlockKind | None:
    """The kind of a line that is never the lead or body text, or None."""
    digits = _DIGIT.search(chunk, 0, 120) is not None
    if is_byline(chunk) or _READING_TIME.match(chunk) or (digits and stated_date(chunk)):
        return "byline"
    if len(chunk) < 40 and (
        (digits and _PARTIAL_TIMESTAMP.fullmatch(chunk)) or _agency_credit(chunk)
    ):
        return "byline"
    if len(chunk) < 40 and _TOP_JUNK.match(chunk):
        return "boilerplate"
    if len(chunk) < 100 and _CREDIT_LINE.match(chunk):
        return "byline"
    if is_also_read(chunk):
        return "also-read"
    if is_caption(chunk):
        return "caption"
    if is_boilerplate(chunk, tail=False):
        return "boilerplate"
    return None


# ----------------------------------------------------------------------------- layouts


def read_wire(article: Article, body_start: int) -> None:
    """Wire layout: headline, optional lead (standfirst), byline or caption lines, the
    dateline opening the first body paragraph, body paragraphs, headings, credits."""
    _layout(article, _segments(article.text, body_start), markdown=False)


def read_markdown(article: Article, body_start: int) -> None:
    """Markdown: `#` headings, blank-line paragraphs; title from front matter or the first
    heading; lead and dateline found as in wire copy."""
    _layout(article, _segments(article.text, body_start, markdown=True), markdown=True)


def _layout(article: Article, spans: list[tuple[int, int]], markdown: bool) -> None:
    text = article.text
    if not spans:
        return
    kinds: list[BlockKind | None] = [None] * len(spans)
    forced: list[BlockKind | None] = [None] * len(spans)
    if markdown:
        for index, (s, e) in enumerate(spans):
            if _MD_HEADING.match(text, s, e) or _SETEXT.search(text, s, e):
                forced[index] = "heading"
    # The title: the first line, unless the article opens with its dateline; a date or
    # agency line above the headline (`27 NOV, 10:20`) is a credit.
    first = 0
    title_from_meta = bool(article.meta.get("title"))
    while first < min(2, len(spans) - 1) and not forced[first]:
        chunk = text[slice(*spans[first])]
        if not (
            stated_date(chunk)
            or (len(chunk) < 40 and _PARTIAL_TIMESTAMP.fullmatch(chunk))
            or _agency_credit(chunk)
        ):
            break
        kinds[first] = "byline"
        first += 1
    s, e = spans[first]
    markdown_heading = markdown and forced[first] == "heading"
    headline = not (markdown and title_from_meta) and not _opens_with_dateline(text[s:e])
    if markdown_heading or headline:
        kinds[first] = "title"
        first += 1
    # The dateline: in the first paragraphs, after lead, byline and captions.
    dateline_index = None
    plain_before = 0
    for index in range(first, min(len(spans), first + DATELINE_SEARCH)):
        if forced[index]:
            continue
        chunk = text[slice(*spans[index])]
        if find_dateline(chunk) is not None:
            dateline_index = index
            break
        if _special_kind(chunk) is None:
            plain_before += 1
            if plain_before > 3:
                break
    # Lines before the dateline: lead, bylines, captions, links.
    top_end = dateline_index if dateline_index is not None else min(len(spans), first + 8)
    lead_index = None
    for index in range(first, top_end):
        if forced[index]:
            continue
        chunk = text[slice(*spans[index])]
        special = _special_kind(chunk)
        if special is None and index > first and kinds[index - 1] == "byline":
            special = "byline" if _credit_continuation(chunk) else None
        if special:
            kinds[index] = special
        elif lead_index is None and (dateline_index is not None or index + 1 < len(spans)):
            kinds[index] = "lead"
            lead_index = index
        elif dateline_index is None:
            break
        else:
            kinds[index] = "paragraph"
    # The trailing credits: boilerplate from the end backwards.
    tail_start = len(spans)
    for index in range(len(spans) - 1, first, -1):
        if kinds[index] or forced[index] or index == dateline_index:
            break
        if not is_boilerplate(text[slice(*spans[index])], tail=True):
            break
        tail_start = index
    blocks = article.blocks
    rows = [
        not (kinds[index] or forced[index] or index == dateline_index)
        and looks_like_table_row(text[slice(*span)])
        for index, span in enumerate(spans[: MAX_CLASSIFIED_PARAGRAPHS + 2])
    ]
    # a table has two rows at least: a lone line of figures is a sentence of a kind
    rows = [
        row and ((i > 0 and rows[i - 1]) or (i + 1 < len(rows) and rows[i + 1]))
        for i, row in enumerate(rows)
    ]
    index = 0
    while index < len(spans):
        start, end = spans[index]
        chunk = text[start:end]
        kind = kinds[index] or forced[index]
        if index == dateline_index:
            found = find_dateline(chunk)
            assert found is not None
            d_end = start + found.end
            blocks.append(Block("dateline", start, d_end))
            rest_start, rest_end = _strip_span(text, d_end, end)
            if rest_start < rest_end:
                blocks.append(Block("paragraph", rest_start, rest_end))
            article.place, article.place_raw = found.place, found.place_raw
            article.agency = found.agency
            index += 1
            continue
        if kind is None:
            kind = _body_kind(chunk, index, len(spans), tail_start)
            if kind in ("heading", "paragraph") and index <= MAX_CLASSIFIED_PARAGRAPHS:
                kind = _table_or(kind, text, spans, rows, index)
        if kind == "also-read" and index + 1 < len(spans) and _bare_also_read(chunk):
            following = text[slice(*spans[index + 1])]
            if looks_like_heading(following) or len(following) < 160:
                end = spans[index + 1][1]
                index += 1
        same_table = kind == "table" and blocks and blocks[-1].kind == "table"
        if same_table and text.count("\n", blocks[-1].end, start) <= 2:
            blocks[-1].end = end  # the rows of one table, line under line or a line apart
            index += 1
            continue
        blocks.append(Block(kind, start, end))
        index += 1
    _fill_fields(article)


def _table_or(
    kind: BlockKind, text: str, spans: list[tuple[int, int]], rows: list[bool], i: int
) -> BlockKind:
    """Table rows, and the labels beside them, are a table; a short line is a heading
    only where it reads like one: followed by prose, not by a table or another label."""
    if rows[i]:
        return "table"
    chunk = text[slice(*spans[i])]
    beside = (i > 0 and rows[i - 1]) or (i + 1 < len(rows) and rows[i + 1])
    if beside and looks_like_table_caption(chunk):
        return "table"
    if kind == "heading" and not _reads_as_prose(text[slice(*spans[i + 1])]):
        return "paragraph"
    return kind


def _reads_as_prose(chunk: str) -> bool:
    """A paragraph of sentences: several words, ending as a sentence ends."""
    return len(chunk.split()) >= 6 and chunk.rstrip()[-1:] in _SENTENCE_END


def _agency_credit(chunk: str) -> bool:
    """A line holding only an agency's name (`Reuters`, `The Associated Press`)."""
    name = chunk.strip().removeprefix("The ").removeprefix("the ")
    for suffix in (" Staff", " staff", " News Agency", " news agency", " Photo"):
        name = name.removesuffix(suffix)
    agency = known_agency(name)
    return agency is not None and _names_agency(name, agency)


def _credit_continuation(chunk: str) -> bool:
    """`BBC News, Moscow` or `Eastern Europe correspondent` under a byline."""
    words = chunk.split()
    if not words or len(words) > 8 or len(chunk) > 80 or chunk[-1] in _SENTENCE_END:
        return False
    if find_dateline(chunk) is not None:
        return False
    return bool(_CREDIT_WORDS.search(chunk)) or "|" in chunk or "@" in chunk


def _opens_with_dateline(chunk: str) -> bool:
    """An article without a headline starts with its dateline and a sentence; a headline
    in capitals with a dash (`ECONOMIC SPOTLIGHT - ...`) is still a headline."""
    found = find_dateline(chunk)
    if found is None:
        return False
    rest = chunk[found.end :].strip()
    letters = [c for c in rest if c.isalpha()]
    if letters and sum(1 for c in letters if c.isupper()) >= 0.8 * len(letters):
        return False  # `SOCCER - JAPAN GET LUCKY WIN .`: a topic and a headline in capitals
    return len(rest.split()) >= 6 and rest[-1] in _SENTENCE_END


def _bare_also_read(chunk: str) -> bool:
    """`Also read` alone on its line: the linked headline follows on the next line."""
    match = _ALSO_READ.match(chunk)
    return match is not None and not chunk[match.end() :].strip(" :.-—–|»>")


def _body_kind(chunk: str, index: int, count: int, tail_start: int) -> BlockKind:
    """Body paragraphs; past the first few hundred only headings are told apart, which
    keeps a file of a hundred thousand short lines fast without changing real articles."""
    if index >= tail_start:
        return "boilerplate"
    if index > MAX_CLASSIFIED_PARAGRAPHS:
        return "heading" if index < count - 1 and looks_like_heading(chunk) else "paragraph"
    special = _special_kind(chunk)
    if special == "byline" and not is_byline(chunk):
        special = None  # a date line in the body is text, not a credit
    if special:
        return special
    if index < count - 1 and looks_like_heading(chunk):
        return "heading"
    return "paragraph"


def _fill_fields(article: Article) -> None:
    """Title, lead, byline and (when no dateline names it) the agency, from the blocks."""
    title = article.blocks_of("title")
    if title:
        raw = article.block_text(title[0])
        if article.format == "markdown":
            raw = re.sub(r"\A#{1,6}[ \t]*", "", raw)
            raw = re.sub(r"[ \t]+#+\Z", "", raw)
            raw = _SETEXT.sub("", raw)
        article.title = _one_line(raw)
    lead = article.blocks_of("lead")
    if lead:
        article.lead = _one_line(article.block_text(lead[0]))
    for block in article.blocks_of("byline"):
        chunk = article.block_text(block)
        if is_byline(chunk):
            article.byline = _one_line(re.sub(r"\A(?:By|BY)[ :]+", "", chunk))
            break
    if article.agency is None:
        article.agency = _agency_from_credits(article)


_AMBIGUOUS_AGENCY_WORDS = {"AA", "TT", "SPA", "APP", "ANI", "WAM", "CNA", "PAP", "BTA", "APA"}


def _names_agency(word: str, name: str) -> bool:
    """`Reuters`, `REUTERS`, `dpa` name an agency; `Spa` or `TT` in a credit line do not."""
    if word.upper() in _AMBIGUOUS_AGENCY_WORDS:
        return False
    first = word.split()[0]
    return word == name or first.isupper() or (first.istitle() and len(first) >= 5)


def _agency_from_credits(article: Article) -> str | None:
    """`(Reporting by ...)` tails, `By Jane Doe, Reuters` and copyright lines name the agency."""
    for kind in ("byline", "boilerplate"):
        for block in article.blocks_of(kind):
            chunk = article.block_text(block)[:300]
            for word in re.findall(r"[A-Za-z][A-Za-z-]+(?: [A-Z][a-z]+)?", chunk):
                name = known_agency(word)
                if name and _names_agency(word, name):
                    return name
            for pattern, name in _TAIL_AGENCY_HINTS:
                if pattern.search(chunk):
                    return name
    return None


def _one_line(chunk: str) -> str:
    """A block's text for a metadata field: wrapped lines joined, other characters kept."""
    return re.sub(r"[ \t]*\n[ \t]*", " ", chunk.strip())


READERS: dict[str, Callable[[Article, int], None]] = {".txt": read_wire, ".md": read_markdown}
