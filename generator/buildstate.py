"""What the build state is made of: one fingerprint of an output's inputs, one way to
take a file's signature and a folder's listing, one atomic write for a record, one
remover of an output and its empty folders.

Every record of a past build (docs/.generated.json, the site's record, the reuse record)
and every "is this still current?" check uses these, so a digest means the same thing
wherever it is compared.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path


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
                data = json.dumps(
                    part, ensure_ascii=False, separators=(",", ":"), allow_nan=False
                ).encode("utf-8", "surrogatepass")
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


def folder_listing(folder: Path) -> str:
    """A digest of every file under `folder`: its path, size and modification time."""
    if not folder.is_dir():
        return "absent"
    digest = Fingerprint()
    for directory, dirs, names in os.walk(folder):
        dirs.sort()
        relative = os.path.relpath(directory, folder)
        for name in sorted(names):
            try:
                stat = os.stat(os.path.join(directory, name))
            except OSError:
                continue
            digest.add(f"{relative}/{name}", stat.st_size, stat.st_mtime_ns)
    return digest.hexdigest()


def folder_contents(folder: Path) -> str:
    """A digest of every file under `folder` by its path within it and its bytes (theme
    overrides: where the folder is named from does not matter)."""
    digest = Fingerprint()
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.add(path.relative_to(folder).as_posix(), path.read_bytes())
    return digest.hexdigest()


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
