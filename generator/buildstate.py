"""What the build state is made of: one way to take a file's signature and a folder's
listing, one atomic write for a record, one remover of an output and its empty folders.

Every record of a past build (docs/.generated.json, the site's record, the reuse record)
and every "is this still current?" check uses these, so a signature means the same
thing wherever it is compared.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


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
    digest = hashlib.sha256()
    if not folder.is_dir():
        return "absent"
    for directory, dirs, names in os.walk(folder):
        dirs.sort()
        relative = os.path.relpath(directory, folder)
        for name in sorted(names):
            try:
                stat = os.stat(os.path.join(directory, name))
            except OSError:
                continue
            digest.update(f"{relative}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


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
    digest = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                name = path.relative_to(folder).as_posix()
                digest.update(name.encode() + b"\0" + path.read_bytes())
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
