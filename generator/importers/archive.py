"""Write imported articles into content/ without duplicating what is already there.

An article already in the archive is recognised by its URL or by the hash of its
normalised text; a new text for a known URL replaces the imported file in place.
Files are written in the wire layout that `read.read_wire` reads back (headline,
lead, paragraphs, blank lines between them) below a YAML front-matter block that
records where the article came from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml
from slugify import slugify

from generator.annotate.article import SLUG_MAX as ARTICLE_SLUG_MAX
from generator.importers.common import Candidate, normalise
from generator.importers.dumps import open_binary, read_csv, read_jsonl
from generator.importers.feeds import read_feed
from generator.importers.html import read_page
from generator.model import Problem, count
from generator.read.yamlsafe import FrontMatter

FORMATS = ("auto", "html", "feed", "jsonl", "csv")
SLUG_MAX = 60
PAGE_SLUG_MAX = ARTICLE_SLUG_MAX  # the page address's slug is shorter than the file name
TITLE_MAX_WORDS = 25
UNDATED = "undated"
_RESERVED_STEMS = {"readme", "entities", "index"}  # names the build skips or treats apart
MAX_FRONT_MATTER_CHARS = 64_000
MAX_REPEATS = 3  # the same problem on every record is shown a few times, then counted

_SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".mhtml": "html",
    ".mht": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}
# Files a browser saves beside a page, and other things that are never articles.
_IGNORED_SUFFIXES = {
    *[
        ".css",
        ".js",
        ".mjs",
        ".map",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".svg",
        ".ico",
        ".woff",
        ".woff2",
        ".ttf",
    ],
    *[".otf", ".eot", ".mp4", ".webm", ".mp3", ".pdf", ".zip"],
}
_FRONT_MATTER = FrontMatter(MAX_FRONT_MATTER_CHARS)
# What render_file writes: the stored hash as the last key of `imported:`, the URL on one line.
_STORED_HASH = re.compile(r"^imported:\n(?:  .*\n)*?  text_hash: ([0-9a-f]{20})$", re.M)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(slots=True)
class ImportReport:
    """What an import did: each article written, updated or skipped, and every problem."""

    imported: list[tuple[str, str]] = field(default_factory=list)  # (file written, origin)
    updated: list[tuple[str, str]] = field(default_factory=list)  # (file rewritten, origin)
    # (origin, why): articles content/ held before this import, left as they are
    present: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (origin, why)
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False  # nothing was written: the report says what would have been

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def articles(self) -> int:
        """The articles of the sources that content/ now holds: what --limit counts."""
        return len(self.imported) + len(self.updated) + len(self.present)

    def summary(self) -> str:
        errors = len(self.errors)
        return ("dry run, nothing written: " if self.dry_run else "") + (
            f"{len(self.imported)} new, {len(self.updated)} updated, "
            f"{len(self.present)} already there, {len(self.skipped)} skipped; "
            f"{count(errors, 'error')}, {count(len(self.problems) - errors, 'warning')}"
        )

    def lines(self) -> list[str]:
        """The report as people read it: one line per article, then the summary."""
        out = [f"imported {path} from {origin}" for path, origin in self.imported]
        out += [f"updated  {path} from {origin} (new text)" for path, origin in self.updated]
        out += [f"kept     {origin}: {why}" for origin, why in self.present]
        out += [f"skipped  {origin}: {why}" for origin, why in self.skipped]
        return [*out, self.summary()]


@dataclass(slots=True)
class _Held:
    """An article file already in content/: the hashes it is known by, and its origin."""

    path: Path
    hashes: set[str]
    imported: bool
    slug: str | None = None  # the `slug:` its front matter sets, kept when it is updated
    counted: bool = False  # an article of this import's sources (written or found)


class Holdings:
    """What content/ already holds, by URL and by text hash, and which names are taken."""

    def __init__(self, content_dir: Path) -> None:
        self.content_dir = content_dir
        self.by_source: dict[str, _Held] = {}  # by source_key: URL, or dump and record id
        self.by_hash: dict[str, _Held] = {}
        self.taken: set[str] = set()
        # Page addresses in use, as `<yyyy-mm>/<slug>` (the build's, articles/2017/04/slug):
        # two titles can differ only after the page slug's length ("DEBT MOVE", "DEBT MOVES").
        self.pages: set[str] = set()
        if content_dir.is_dir():
            for path in sorted(content_dir.rglob("*")):
                if path.is_file():
                    self.taken.add(_name_key(path))
                    if path.suffix.lower() in (".txt", ".md") and not path.name.startswith("."):
                        self._scan(path)

    def _scan(self, path: Path) -> None:
        try:
            text = path.read_text("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        except (OSError, UnicodeDecodeError):
            return
        found = _front_matter(text)
        stored = _STORED_HASH.search(found[0]) if found else None
        if found and stored:  # written by render_file: read its one-line keys, skip full YAML
            block, body = found
            url = _line_value(block, "url")
            if url:
                key = source_key(url, None, None)
            else:
                key = source_key(None, _line_value(block, "file"), _line_value(block, "record"))
            slug = _line_value(block, "slug")
            held = _Held(path, {text_hash(body), stored.group(1)}, True)
            held.slug = str(slug) if slug else None
            self.pages.add(
                _page_key(_line_value(block, "date"), slug or _line_value(block, "title"), path)
            )
            self.add(held, key)
            return
        meta, body = split_front_matter(text)
        title = meta.get("slug") or meta.get("id") or meta.get("title")
        self.pages.add(_page_key(meta.get("date"), title or _first_line(body), path))
        imported = meta.get("imported") if isinstance(meta.get("imported"), dict) else None
        held = _Held(path, {text_hash(body)}, imported is not None)
        if imported and imported.get("text_hash"):
            held.hashes.add(str(imported["text_hash"]))
        imported = imported or {}
        self.add(held, source_key(meta.get("url"), imported.get("file"), imported.get("record")))

    def add(self, held: _Held, key: str | None) -> None:
        if key:
            self.by_source.setdefault(key, held)
        for digest in held.hashes:
            self.by_hash.setdefault(digest, held)

    def new_path(self, candidate: Candidate) -> Path:
        """content/<yyyy>/<mm>/<slug>.txt, or content/undated/; numbered when taken."""
        folder = (
            self.content_dir / f"{candidate.date:%Y}" / f"{candidate.date:%m}"
            if candidate.date
            else self.content_dir / UNDATED
        )
        slug = slugify(candidate.title, max_length=SLUG_MAX, word_boundary=True) or "article"
        if slug in _RESERVED_STEMS:
            slug = f"{slug}-article"
        path = folder / f"{slug}.txt"
        number = 1
        while _name_key(path) in self.taken:
            number += 1
            path = folder / f"{slug}-{number}.txt"
        self.taken.add(_name_key(path))
        page = _page_key(candidate.date, candidate.title, path)
        if page in self.pages:  # the title's page slug is taken: give this one its own
            month = page.partition("/")[0]
            number = 2
            while True:
                suffix = f"-{number}"  # within the build's slug length, or it is cut off
                base = page_slug(candidate.title, PAGE_SLUG_MAX - len(suffix)) or "article"
                if f"{month}/{base}{suffix}" not in self.pages:
                    break
                number += 1
            candidate.slug = base + suffix
            page = f"{month}/{candidate.slug}"
        self.pages.add(page)
        return path


def page_slug(title: object, length: int = PAGE_SLUG_MAX) -> str:
    """The slug of an article's page address, as the build makes it from the title."""
    return slugify(str(title or ""), max_length=length, word_boundary=True)


def _page_key(date: object, title: object, path: Path) -> str:
    """`<yyyy-mm>/<page slug>`: the month of the date (else of the file's folder). An
    explicit `slug:` is slugified the same way, as the build does (so `x-2` stays)."""
    month = str(date)[:7] if date else ""
    if not re.fullmatch(r"\d{4}-\d\d", month):
        folders = re.search(r"(\d{4})/(\d\d)/[^/]*$", path.as_posix())
        month = f"{folders[1]}-{folders[2]}" if folders else "undated"
    return f"{month}/{page_slug(title) or path.stem}"


def _first_line(body: str) -> str:
    return next((line for line in body.splitlines() if line.strip()), "")


def _name_key(path: Path) -> str:
    """Names clash on case-insensitive file systems, and `x.md` would share `x.txt`'s id."""
    return path.with_suffix("").as_posix().casefold()


def _front_matter(text: str) -> tuple[str, str] | None:
    """(the front matter's YAML, the body) of a file that opens with a closed block."""
    if not _FRONT_MATTER.detect(text):
        return None
    try:
        source, rest = _FRONT_MATTER.split(text)
    except ValueError:  # never closed: no front matter
        return None
    return source, rest.removeprefix("\n")


def split_front_matter(text: str) -> tuple[dict, str]:
    """(front matter, body) of an article file; ({}, text) when it has none, and {} when
    the bounded loader refuses it or it is no mapping (a hand-written file's alias bomb
    must not stall every import)."""
    found = _front_matter(text)
    if found is None:
        return {}, text
    source, body = found
    try:
        meta = _FRONT_MATTER.load(source)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):  # UnsafeYAML too
        return {}, body
    return (meta if isinstance(meta, dict) else {}), body


def _one_line(line: str) -> dict:
    """A `key: value` line the importer wrote, through the C loader: scanning thousands
    of files, the bounded loader's event pass would cost 20 times as much, and a line
    with an alias (a hand-made bomb) is refused."""
    try:
        if "*" in line and any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(line)):
            return {}
        meta = yaml.load(line, Loader=_YAML_LOADER)
    except (yaml.YAMLError, ValueError, RecursionError):
        return {}
    return meta if isinstance(meta, dict) else {}


def text_hash(body: str) -> str:
    """The hash of an article's words, blind to case, spacing and punctuation."""
    return hashlib.sha256(normalise(body).encode()).hexdigest()[:20]


def source_key(url: object, file: object, record: object) -> str | None:
    """What identifies an article's source: its URL, else its dump's name and record id."""
    if isinstance(url, str) and url.strip():
        return url_key(url)
    if record not in (None, "") and isinstance(file, str) and file:
        return f"{Path(file).name.removesuffix('.gz')}#{record}"
    return None


def _line_value(block: str, key: str) -> object:
    """The value of a `key:` line that render_file wrote on one line, parsed as YAML."""
    found = re.search(rf"^ *{key}: .*$", block, re.M)
    return _one_line(found.group().strip()).get(key) if found else None


def url_key(url: str) -> str:
    """URLs that name the same page compare equal: no fragment, tracking or final slash."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")]
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit(("", host, parts.path.rstrip("/"), urlencode(query), ""))


def render_body(candidate: Candidate) -> str:
    """The wire layout: headline, lead if any, then paragraphs, blank lines between."""
    parts = [candidate.title, *([candidate.lead] if candidate.lead else []), *candidate.paragraphs]
    return "\n\n".join(parts) + "\n"


def render_file(candidate: Candidate, body: str, digest: str, retrieved: dt.date | None) -> str:
    """Front matter (by PyYAML's safe_dump: values stay data, whatever they contain) + body."""
    meta: dict[str, object] = {"title": candidate.title}
    if candidate.slug:
        meta["slug"] = candidate.slug
    if candidate.date:
        meta["date"] = candidate.date
    if candidate.author:
        meta["author"] = candidate.author
    if candidate.source:
        meta["agency"] = candidate.source
    if candidate.url:
        meta["url"] = candidate.url
    provenance: dict[str, object] = {"importer": candidate.importer, "file": _shown(candidate)}
    if candidate.importer != "html":
        provenance["line"] = candidate.line
    if candidate.record:
        provenance["record"] = candidate.record
    if retrieved:
        provenance["retrieved"] = retrieved
    provenance["text_hash"] = digest
    meta["imported"] = provenance
    front = yaml.safe_dump(
        meta,
        explicit_start=True,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
    )
    return f"{front}---\n{body}"


def _shown(candidate: Candidate) -> str:
    return candidate.file.as_posix()


def detect_format(path: Path, forced: str = "auto") -> str | None:
    """The importer for a file: forced, else from its name, else from its first bytes."""
    if forced != "auto":
        return forced
    name = path.name.lower().removesuffix(".gz")
    suffix = Path(name).suffix
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    try:
        with open_binary(path) as stream:
            head = stream.read(4096)
    except (OSError, EOFError):
        return None
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if any(mark in head for mark in (b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if any(mark in head for mark in (b"<html", b"<!doctype html", b"<body", b"<article")):
        return "html"
    return None


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _empty(path: Path) -> Problem:
    """A source that holds no article at all, said as such (not as a format problem)."""
    what = "the file is empty" if _size(path) == 0 else "no articles found in the file"
    return Problem(
        path.as_posix(),
        1,
        f"{what}; nothing imported from it",
        "check that this is the file you meant (a dump holds one record a line or a row)",
        severity="warning",
    )


def _source_files(source: Path, content_dir: Path) -> Iterator[Path | Problem]:
    if source.is_file():
        try:
            with source.open("rb"):
                pass
        except OSError as error:
            reason = error.strerror or str(error)
            yield Problem(
                source.as_posix(), 1, f"cannot be read ({reason})", "check its permissions"
            )
            return
        yield source
        return
    if not source.is_dir():
        yield Problem(source.as_posix(), 1, "no such file or folder", "check the path")
        return
    content = content_dir.resolve()
    listed = False
    for path in _folder_files(source, content):
        listed = True
        yield path
    if not listed:
        yield Problem(
            source.as_posix(),
            1,
            "the folder holds no files to import",
            "check the path; hidden files and browsers' *_files folders are left out",
            severity="warning",
        )


def _folder_files(source: Path, content: Path) -> Iterator[Path]:
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source).parts
        if any(p.startswith(".") or p.endswith("_files") for p in relative):
            continue  # hidden files, and the asset folders browsers save beside pages
        if not path.is_file() or path.suffix.lower() in _IGNORED_SUFFIXES:
            continue
        if content == path.resolve() or content in path.resolve().parents:
            continue  # never re-import the archive itself
        yield path


def _candidates(path: Path, kind: str, mapping: Mapping[str, str]) -> Iterator:
    if kind in ("jsonl", "csv"):
        reader = read_jsonl if kind == "jsonl" else read_csv
        yield from reader(path, dict(mapping))
        return
    try:
        with open_binary(path) as stream:
            data = stream.read()
    except (OSError, EOFError) as error:
        yield Problem(path.as_posix(), 1, f"cannot read the file ({error})", "check it")
        return
    yield from (read_page if kind == "html" else read_feed)(path, data)


def import_sources(
    sources: Sequence[Path],
    content_dir: Path = Path("content"),
    format: str = "auto",  # noqa: A002 - the CLI option's name
    mapping: Mapping[str, str] | None = None,
    limit: int | None = None,
    dry_run: bool = False,
    source: str | None = None,
) -> ImportReport:
    """Import saved pages, feeds and dumps into `content_dir`; return what happened.
    `source` names the agency of every article that does not name its own (a dump's
    `source` or `agency` column).

    Safe to repeat: an article already imported (same URL or same text) is skipped,
    so importing the same sources twice leaves content/ byte for byte as it was.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    report = ImportReport(dry_run=dry_run)
    holdings = Holdings(content_dir)
    for given in sources:
        for path in _source_files(given, content_dir):
            if isinstance(path, Problem):
                report.problems.append(path)
                continue
            kind = detect_format(path, format)
            if kind is None and _size(path) == 0:
                report.problems.append(_empty(path))
                continue
            if kind is None:
                report.skipped.append((path.as_posix(), "not a web page, feed or dump"))
                report.problems.append(
                    Problem(
                        path.as_posix(),
                        1,
                        "not a web page, feed or dump; skipped",
                        "give it a .html, .xml, .jsonl or .csv name, or use --format",
                        severity="warning",
                    )
                )
                continue
            retrieved = _retrieved(path)
            repeats: Counter[str] = Counter()
            found_any = False
            for found in _candidates(path, kind, mapping or {}):
                found_any = True
                if isinstance(found, Problem):
                    repeats[found.message] += 1
                    if repeats[found.message] <= MAX_REPEATS:
                        report.problems.append(found)
                    if found.severity == "error":
                        report.skipped.append((f"{found.path}:{found.line}", found.message))
                    continue
                if limit is not None and report.articles >= limit:
                    break
                found.source = found.source or source
                _store(found, holdings, retrieved, report)
            if not found_any:
                report.problems.append(_empty(path))
            report.problems.extend(_repeated(path, repeats))
            if limit is not None and report.articles >= limit:
                return report
    return report


def _repeated(path: Path, repeats: Counter[str]) -> Iterator[Problem]:
    """One line for a problem that recurs on many records (a wrong --map, say)."""
    for message, times in repeats.items():
        if times > MAX_REPEATS:
            yield Problem(
                path.as_posix(),
                1,
                f"{times - MAX_REPEATS} more records like this: {message}",
                "fix the first ones shown above; the report lists every record skipped",
            )


def _retrieved(path: Path) -> dt.date | None:
    """When the copy was saved: the file's modification date (UTC)."""
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).date()
    except OSError:
        return None


def _store(
    candidate: Candidate, holdings: Holdings, retrieved: dt.date | None, report: ImportReport
) -> None:
    """Write one candidate as a new file, update the file of its source, or skip it."""
    if not _complete(candidate, report):
        return
    body = render_body(candidate)
    digest = text_hash(body)
    key = source_key(candidate.url, _shown(candidate), candidate.record)
    held = holdings.by_source.get(key) if key else None
    if held is not None:
        shown = held.path.as_posix()
        if digest in held.hashes:
            _already(report, held, (candidate.origin, f"already in the archive as {shown}"))
        elif not held.imported:
            _already(
                report,
                held,
                (candidate.origin, f"{shown} has the same URL but was not imported; left as is"),
            )
        else:
            candidate.slug = held.slug
            if not report.dry_run:
                _write(held.path, render_file(candidate, body, digest, retrieved))
            held.hashes, held.counted = {digest}, True
            holdings.by_hash[digest] = held
            report.updated.append((shown, candidate.origin))
            report.problems.extend(candidate.notes)
        return
    duplicate = holdings.by_hash.get(digest)
    if duplicate is not None:
        shown = duplicate.path.as_posix()
        _already(
            report, duplicate, (candidate.origin, f"same text as {shown}, already in the archive")
        )
        return
    path = holdings.new_path(candidate)
    if not report.dry_run:
        _write(path, render_file(candidate, body, digest, retrieved), new=True)
    holdings.add(_Held(path, {digest}, True, counted=True), key)
    report.imported.append((path.as_posix(), candidate.origin))
    report.problems.extend(candidate.notes)  # only for what was written: re-runs stay quiet


def _already(report: ImportReport, held: _Held, entry: tuple[str, str]) -> None:
    """A record whose article content/ holds: the first record of an article held before
    this import is an article of the sources (counted by --limit); any other is a repeat
    within the sources, skipped."""
    if held.counted:
        report.skipped.append(entry)
    else:
        held.counted = True
        report.present.append(entry)


def _complete(candidate: Candidate, report: ImportReport) -> bool:
    """A title and some text, or a clear message why the article cannot be imported."""
    if not candidate.title and candidate.paragraphs:
        first = candidate.paragraphs[0]
        if "\n" not in first and len(first.split()) <= TITLE_MAX_WORDS:
            candidate.title = candidate.paragraphs.pop(0)  # a headline-like first line
    path, line = candidate.file.as_posix(), candidate.line
    if not candidate.title:
        report.problems.append(
            Problem(
                path,
                line,
                "the article has no title",
                "give it one (a <title>, a feed <title>, or a title column with "
                "--map title=COLUMN)",
            )
        )
        report.skipped.append((candidate.origin, "no title"))
        return False
    if not candidate.paragraphs:
        report.problems.append(
            Problem(path, line, "the article has no text besides its title", "check the source")
        )
        report.skipped.append((candidate.origin, "no text"))
        return False
    return True


def _write(path: Path, text: str, new: bool = False) -> None:
    """Write only when the content differs, atomically, so readers never see half a file."""
    if not new:
        try:
            if path.read_text("utf-8") == text:
                return
        except (OSError, UnicodeDecodeError):
            pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    temporary.replace(path)
