"""Data dumps: JSON Lines and CSV files (optionally gzipped), one article per record.

Which column holds what is given by a field mapping (`--map text=body`); fields
without a mapping are looked up under their own name, so a dump whose columns are
already called `title`, `text` and `date` needs none.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from generator.importers.common import (
    FIELDS,
    Candidate,
    Found,
    html_fragment_paragraphs,
    looks_like_html,
    one_line,
    parse_date,
    same_words,
    text_paragraphs,
)
from generator.model import Problem
from generator.read.encoding import decode, not_utf8

REQUIRED = ("title", "text")  # a mapped title or text column must be there; others may not
_ALIASES = {
    "text": ("body", "content"),
    "author": ("byline",),
    "date": ("published",),
    "url": ("link",),
    "source": ("agency",),
}


def open_binary(path: Path) -> io.BufferedIOBase:
    """The file's bytes, gunzipped when it ends in .gz."""
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")
    return path.open("rb")


def read_jsonl(path: Path, mapping: dict[str, str]) -> Found:
    """Each line a JSON object (or one JSON array of objects); bad records are reported."""
    shown = path.as_posix()
    unseen = {field for field in mapping if field not in REQUIRED}  # optional, not found yet
    for number, record, error in _json_records(path):
        if error is not None or not isinstance(record, dict):
            detail = f" ({error})" if error else ""
            yield Problem(
                shown,
                number,
                f"not a JSON object{detail}",
                "write one JSON object per line, or one JSON array of objects",
            )
            continue
        yield from _record(path, number, record, mapping, "jsonl")
        unseen = {f for f in unseen if _value(record, mapping[f]) is None}
    for field in sorted(unseen):
        yield Problem(
            shown,
            1,
            f"no record has {mapping[field]!r} (for {field}); imported without it",
            f"check --map {field}={mapping[field]} against the dump's field names",
            severity="warning",
        )


def _json_records(path: Path) -> Iterator[tuple[int, Any, str | None]]:
    """(line, record, error) for each record, streaming JSON Lines line by line."""
    try:
        with open_binary(path) as stream:
            first = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
            if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
                yield from _json_array(stream.read().decode("utf-8-sig", "replace"))
                return
            for number, raw in enumerate(stream, start=1):
                if raw.strip():
                    try:
                        yield number, json.loads(raw), None
                    except ValueError as error:
                        yield number, None, str(error)
    except (OSError, EOFError) as error:
        yield 1, None, f"cannot read the file: {error}"


def _json_array(text: str) -> Iterator[tuple[int, Any, str | None]]:
    """The objects of a `[...]` JSON file, each with the line it starts on."""
    decoder = json.JSONDecoder()
    position = text.index("[") + 1
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] == "]":
            return
        line = text.count("\n", 0, position) + 1
        try:
            record, position = decoder.raw_decode(text, position)
        except ValueError as error:
            yield line, None, f"{error}; the rest of the file is not read"
            return
        yield line, record, None


def read_csv(path: Path, mapping: dict[str, str]) -> Found:
    """A header row naming the columns, then one article per row."""
    shown = path.as_posix()
    try:
        with open_binary(path) as stream:
            data = stream.read()
            text, encoding = decode(data)
    except (OSError, EOFError, UnicodeDecodeError) as error:
        yield Problem(shown, 1, f"cannot read the file ({error})", "save it as UTF-8 CSV")
        return
    misread = not_utf8(data, encoding, shown)
    if misread:
        yield misread
    rows = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(path, text))
    try:
        header = next(rows)
    except StopIteration:
        yield Problem(shown, 1, "the file is empty", "export the dump with a header row")
        return
    except csv.Error as error:
        yield Problem(shown, 1, f"not a CSV file ({error})", "export it as CSV")
        return
    header = [name.strip() for name in header]
    required, optional = _missing_columns(header, mapping)
    if required:
        yield Problem(
            shown,
            1,
            f"no column {', '.join(required)} in the header (columns: {', '.join(header)})",
            "name the right columns with --map FIELD=COLUMN, e.g. --map text=body",
        )
        return
    for field in optional:
        yield Problem(
            shown,
            1,
            f"no column {mapping[field]!r} (for {field}) in the header; imported without it",
            f"check --map {field}={mapping[field]} (columns: {', '.join(header)})",
            severity="warning",
        )
    mapping = {f: c for f, c in mapping.items() if f not in optional}
    line = 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as error:
            yield Problem(shown, rows.line_num, f"broken CSV row ({error})", "fix the quoting")
            continue
        start, line = line + 1, rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Problem(
                shown,
                start,
                f"the row has {len(row)} cells but the header names {len(header)}",
                "check the row's quoting and separators",
            )
            continue
        yield from _record(path, start, dict(zip(header, row, strict=True)), mapping, "csv")


def _dialect(path: Path, text: str) -> type[csv.Dialect]:
    """Comma, semicolon or tab, whichever the header line uses most (article bodies
    full of commas would mislead a guess made from the whole text)."""
    if ".tsv" in path.name.lower():
        return csv.excel_tab
    header = text.split("\n", 1)[0]
    separator = max(",;\t", key=header.count)

    class Dialect(csv.excel):
        delimiter = separator

    return Dialect


def _missing_columns(header: Iterable[str], mapping: dict[str, str]) -> tuple[list[str], list[str]]:
    """(required columns absent, as messages; optional fields whose column is absent)."""
    names = set(header)
    required: list[str] = []
    optional: list[str] = []
    for field, column in mapping.items():
        if column.split(".")[0] not in names:
            if field in REQUIRED:
                required.append(f"{column!r} (for {field})")
            else:
                optional.append(field)
    if "text" not in mapping and _column("text", names, mapping) is None:
        required.append("text, body or content (for the article text)")
    return required, optional


def _column(field: str, names: set[str], mapping: dict[str, str]) -> str | None:
    if field in mapping:
        return mapping[field]
    for name in (field, *_ALIASES.get(field, ())):
        if name in names:
            return name
    return None


def _value(record: dict[str, Any], column: str | None) -> Any:
    """A column's value; `a.b` reaches into nested JSON objects."""
    if column is None:
        return None
    if column in record:
        return record[column]
    value: Any = record
    for part in column.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _record(
    path: Path, line: int, record: dict[str, Any], mapping: dict[str, str], importer: str
) -> Found:
    shown = path.as_posix()
    names = set(record)
    columns = {field: _column(field, names, mapping) for field in FIELDS}
    for field, column in mapping.items():
        if field in REQUIRED and _value(record, column) is None:
            yield Problem(
                shown,
                line,
                f"record has no {column!r} (mapped to {field})",
                f"check --map {field}={column} against the dump's fields ({', '.join(record)})",
            )
            return
    text = _value(record, columns["text"])
    if text is None or not str(text).strip():
        where = f"{columns['text']!r}" if columns["text"] else "text field"
        yield Problem(
            shown,
            line,
            f"record has no article text (empty {where})",
            "map the column holding the text with --map text=COLUMN, or remove the record",
        )
        return
    text = str(text)
    paragraphs = html_fragment_paragraphs(text) if looks_like_html(text) else text_paragraphs(text)
    title = one_line(_text(_value(record, columns["title"])))
    if title and paragraphs and same_words(paragraphs[0], title):
        paragraphs.pop(0)  # dumps such as Reuters-21578 repeat the title in the text
    raw_date = _value(record, columns["date"])
    candidate = Candidate(
        title=title,
        paragraphs=paragraphs,
        importer=importer,
        file=path,
        line=line,
        date=parse_date(raw_date),
        author=one_line(_text(_value(record, columns["author"]))) or None,
        url=one_line(_text(_value(record, columns["url"]))) or None,
        lead=one_line(_text(_value(record, columns["lead"]))) or None,
        record=one_line(_text(_value(record, columns["id"]))) or None,
        source=one_line(_text(_value(record, columns["source"]))) or None,
    )
    if raw_date not in (None, "") and candidate.date is None:
        candidate.notes.append(
            Problem(
                shown,
                line,
                f"date {raw_date!r} not understood; imported to undated/",
                "write dates as YYYY-MM-DD (12/06/2024 could be June or December), or map "
                "another column with --map date=COLUMN",
                severity="warning",
            )
        )
    yield candidate


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value)
