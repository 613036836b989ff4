"""What the build state is made of: one fingerprint of an output's inputs, one way to
take a file's signature and a folder's listing, the schema of the build's two records
and their one atomic writer, one remover of an output and its empty folders.

Every "is this still current?" check uses these, so a digest means the same thing
wherever it is compared.

The two records are two files because they describe two folders with two lives:
- `docs/.generated.json` ("docs"), written by `python -m generator build`: which files
  in docs/ the generator made (the only way to remove a deleted article's page and never
  a hand-written one), what they were made from, and the problems found. It lives with
  docs/ and works with the cache off (`cache: false`), as docs/ does.
- `.cache/site-build.json` ("site"), written by the MkDocs plugin at the end of a
  one-off build that logged no warning: what site/ was made from and held, and what the
  accelerator keeps of its pages. It is a cache: removing it (or .cache) only makes the
  next site build do everything.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

# One encoder, made once: json.dumps with options makes a new one per call, which would
# be most of the cost of a page's key.
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


class Fingerprint:
    """A digest of typed parts, fed one by one (a folder's files need not be read all at
    once). Each part is written with its type and length, so ("a", "bc") and ("ab", "c")
    differ, and so do "1" and 1: bytes as they are, a string as UTF-8, anything else
    (None, numbers, lists, tuples, dicts of those) as JSON. A value JSON cannot write
    (an object, a date) is refused, never written as its repr."""

    __slots__ = ("_digest",)

    def __init__(self, *parts: object) -> None:
        self._digest = hashlib.sha256()
        self.add(*parts)

    def add(self, *parts: object) -> Fingerprint:
        update = self._digest.update
        for part in parts:
            if isinstance(part, bytes):
                tag, data = b"b", part
            elif isinstance(part, str):
                tag, data = b"s", part.encode("utf-8", "surrogatepass")
            else:
                tag = b"j"
                data = _to_json(part).encode("utf-8", "surrogatepass")
            update(b"%s%d:" % (tag, len(data)))
            update(data)
        return self

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def fingerprint(*parts: object) -> str:
    """The one digest of an output's inputs (see `Fingerprint`): every "is this output
    still current?" check in the generator compares these."""
    return Fingerprint(*parts).hexdigest()


def file_signature(path: str | os.PathLike[str]) -> str | None:
    """A file as a rebuild compares it without reading it: its size and modification
    time; None when it is not there."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def folder_listing(folder: Path, settled: float | None = None) -> str:
    """A digest of every file under `folder`: its path, size and modification time.
    It runs over the whole site/ (300,000 files at 100,000 stories) on every build, so
    each folder's lines are hashed at once (a path holds no NUL to run two together).
    With `settled` (seconds): "" when a file changed that recently, as a file written
    again within the clock's step keeps its time (and maybe its size)."""
    if not folder.is_dir():
        return "absent"
    digest = hashlib.sha256()
    newest = _list_folder(os.fspath(folder), "", digest)
    if settled is not None and newest > time.time_ns() - settled * 1e9:
        return ""
    return digest.hexdigest()


def _list_folder(directory: str, prefix: str, digest: Any) -> int:  # noqa: ANN401
    """Feed `digest` the files of `directory` (their paths under `prefix`), then its
    folders' in name order; links to folders are not followed, as `os.walk` does not.
    Returns the newest file's time (ns)."""
    try:
        with os.scandir(directory) as found:
            entries = sorted(found, key=lambda entry: entry.name)
    except OSError:
        return 0
    lines, folders, newest = [], [], 0
    for entry in entries:
        try:
            if entry.is_dir():
                if not entry.is_symlink():
                    folders.append(entry)
                continue
            stat = entry.stat()
        except OSError:
            continue
        newest = max(newest, stat.st_mtime_ns)
        lines.append(f"{prefix}{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0")
    digest.update("".join(lines).encode("utf-8", "surrogateescape"))
    for entry in folders:
        newest = max(newest, _list_folder(entry.path, f"{prefix}{entry.name}/", digest))
    return newest


def folder_signatures(folder: Path) -> dict[str, str]:
    """Every file under `folder` (its path) -> its signature: what changed between two
    looks, without reading a file."""
    found = {}
    for directory, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(directory, name)
            signature = file_signature(path)
            if signature is not None:
                found[path] = signature
    return found


def folder_contents(folder: Path) -> str:
    """A digest of every file under `folder` by its path within it and its bytes (theme
    overrides: where the folder is named from does not matter)."""
    digest = Fingerprint()
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.add(path.relative_to(folder).as_posix(), path.read_bytes())
    return digest.hexdigest()


RecordKind = Literal["docs", "site"]
# Each record's schema: its version (a record of another version is no record: the
# build does everything, as with none) and the fields it may hold.
SCHEMAS: dict[RecordKind, tuple[int, tuple[str, ...]]] = {
    "docs": (
        3,
        (
            "fingerprint",  # archive_fingerprint of what the pages were made from
            "listing",  # sources_listing taken before that fingerprint read the sources
            "articles",  # how many articles
            "problems",  # [severity, message] of each problem found
            "pages",  # every file the generator wrote under docs/
            "keys",  # page -> fingerprint of its inputs (render/context.PAGE_INPUTS)
        ),
    ),
    "site": (
        4,
        (
            "inputs",  # SiteState.inputs_digest: what the site was made from
            "site",  # folder_listing of site/ after the build
            "shared",  # the accelerator's: fingerprint of what every page shares
            "pages",  # the accelerator's: src_uri -> what stands in for rendering it
            "static",  # the accelerator's: src_uri -> [source, dest, copy] signatures
            "too_large",  # the hosting warning the build logged, if any
        ),
    ),
}
# Fields whose meaning no version changes, read from a record of any version: the pages
# the generator wrote, so an upgrade still removes a page no longer generated.
LASTING: dict[RecordKind, tuple[str, ...]] = {"docs": ("pages",), "site": ()}


def write_record(path: Path, kind: RecordKind, fields: Mapping[str, object]) -> None:
    """Write a record of `kind` whole, tagged with its schema. A record whose text is
    unchanged is left as it is: its time is part of its folder's listing."""
    version, allowed = SCHEMAS[kind]
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValueError(f"{kind} record has no field {', '.join(sorted(unknown))}")
    data = {"schema": f"{kind} {version}", **fields}
    # One item a line, by the C encoder (with `indent` json writes in Python: at 100,000
    # stories the site's record is tens of megabytes, written after every build).
    text = json.dumps(data, ensure_ascii=False, separators=(",\n", ":")) + "\n"
    try:
        if path.read_text("utf-8") == text:
            return
    except (OSError, ValueError):
        pass
    write_atomic(path, text)


def read_record(path: Path, kind: RecordKind) -> dict[str, Any]:
    """The record of `kind` at `path`; of another version, only its lasting fields;
    empty when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    if data.get("schema") != f"{kind} {SCHEMAS[kind][0]}":
        return {name: data[name] for name in LASTING[kind] if name in data}
    return data


def write_atomic(path: Path, text: str) -> None:
    """Write a record whole or not at all: a build stopped half-way never leaves half a
    record for the next one to trust."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    tmp.write_text(text, "utf-8")
    tmp.replace(path)


def remove_file(path: Path, root: Path) -> bool:
    """Delete one output file and the folders it leaves empty, never anything outside
    `root` nor `root` itself; returns whether there was a file."""
    root = root.resolve()
    path = path.resolve()
    if root not in path.parents:
        return False
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    folder = path.parent
    while folder != root and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
    return True
