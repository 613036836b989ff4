"""The sources of an archive: the article files under content/, and its registry."""

from __future__ import annotations

from pathlib import Path

from generator.model import Problem
from generator.read.reader import SOURCE_SUFFIXES

REGISTRY_NAME = "entities.yml"
IGNORED_NAMES = {REGISTRY_NAME, "README.md", "README.txt"}


def collect_sources(content_dir: Path) -> tuple[list[Path], list[Problem]]:
    """Source files under `content_dir`, sorted; unknown extensions are reported."""
    sources, problems = [], []
    for path in sorted(content_dir.rglob("*")):
        if not path.is_file() or path.name.startswith(".") or path.name in IGNORED_NAMES:
            continue
        if path.suffix.lower() in SOURCE_SUFFIXES:
            sources.append(path)
        else:
            problems.append(
                Problem(
                    path.as_posix(),
                    1,
                    f"unknown file type {path.suffix or '(none)'!r}, skipped",
                    f"rename it to .txt or .md, or move it out of {content_dir.as_posix()}/",
                    severity="warning",
                )
            )
    return sources, problems


def find_registry(files: list[Path]) -> Path | None:
    """The registry of the archive the files belong to: the nearest content/entities.yml."""
    for file in files[:1]:
        for folder in file.resolve().parents:
            if (folder / REGISTRY_NAME).exists():
                return folder / REGISTRY_NAME
    default = Path("content") / REGISTRY_NAME
    return default if default.exists() else None
