"""Stage 5, site: put the rendered pages where MkDocs reads them.

Entry points: `write_docs(settings)` writes docs/ for `python -m generator build`
(only files whose bytes changed, and removes pages it generated before that are no
longer wanted); the MkDocs plugin uses `generate` directly and keeps pages in memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .model import Problem
from .pipeline import Result, Settings, generate

MANIFEST = ".generated.json"


@dataclass(slots=True)
class Report:
    articles: int
    written: int
    removed: int
    unchanged: int
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        errors = sum(1 for p in self.problems if p.severity == "error")
        warnings = len(self.problems) - errors
        return (
            f"{self.articles} articles; {self.written} pages written, {self.unchanged} unchanged, "
            f"{self.removed} removed; {errors} errors, {warnings} warnings"
        )


def safe_target(docs_dir: Path, relative: str) -> Path:
    """The file for a generated page; refuses any path that would leave docs/."""
    target = (docs_dir / relative).resolve()
    root = docs_dir.resolve()
    if root not in target.parents:
        raise ValueError(f"refusing to write outside {docs_dir}: {relative}")
    return target


def read_manifest(docs_dir: Path) -> set[str]:
    try:
        return set(json.loads((docs_dir / MANIFEST).read_text("utf-8")))
    except (OSError, ValueError):
        return set()


def write_pages(docs_dir: Path, pages: dict[str, str]) -> tuple[int, int, int]:
    """Write changed pages, delete stale generated ones; returns (written, removed, same)."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    written = unchanged = removed = 0
    for relative, text in sorted(pages.items()):
        target = safe_target(docs_dir, relative)
        data = text.encode("utf-8")
        try:
            if target.read_bytes() == data:
                unchanged += 1
                continue
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written += 1
    for stale in sorted(read_manifest(docs_dir) - set(pages)):
        try:
            path = safe_target(docs_dir, stale)
        except ValueError:
            continue
        if path.exists():
            path.unlink()
            removed += 1
            _remove_empty_parents(path.parent, docs_dir.resolve())
    manifest = json.dumps(sorted(pages), indent=0) + "\n"
    if (docs_dir / MANIFEST).exists() is False or read_manifest(docs_dir) != set(pages):
        (docs_dir / MANIFEST).write_text(manifest, "utf-8")
    return written, removed, unchanged


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and root in folder.parents and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def write_docs(settings: Settings) -> Report:
    """Generate the archive into `settings.docs_dir`."""
    result: Result = generate(settings)
    written, removed, unchanged = write_pages(settings.docs_dir, result.pages)
    return Report(len(result.index.articles), written, removed, unchanged, result.problems)
