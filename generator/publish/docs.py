"""Stage 5, site: put the rendered pages where MkDocs reads them.

`pipeline.write_docs` writes docs/ for `python -m generator build` with `write_pages`
(only files whose bytes changed, and removes pages it generated before that are no
longer wanted); `docs_are_current(settings)` tells the site engine's build that docs/
already holds exactly what the generator would make, so `mkdocs build` after
`python -m generator build` does not generate the archive a second time.

The manifest `docs/.generated.json` lists the generated pages with the fingerprint of
the inputs they were made from and the problems found, so a run with nothing changed
costs one look at the sources' sizes and times (`current_fingerprint`) and still reports
every problem.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.buildstate import (
    Fingerprint,
    fingerprint,
    folder_listing,
    read_record,
    remove_file,
    write_record,
)
from generator.model import SEVERITIES, Problem, count, parse_problem
from generator.settings import Settings, code_digest

if TYPE_CHECKING:
    from generator.render.context import PageCache

MANIFEST = ".generated.json"


@dataclass(slots=True)
class Stages:
    """Seconds each step of one build took, in order: what grows faster than the archive
    shows here first (`make bench` prints it beside each build's time)."""

    seconds: dict[str, float] = field(default_factory=dict)
    last: float = field(default_factory=time.perf_counter)

    def lap(self, name: str) -> None:
        """The time since the last lap (or since this was made) as step `name`."""
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - self.last
        self.last = now

    @contextlib.contextmanager
    def timing(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.last = time.perf_counter()
            self.seconds[name] = self.seconds.get(name, 0.0) + self.last - start

    def summary(self) -> str:
        return ", ".join(f"{name} {seconds:.1f} s" for name, seconds in self.seconds.items())


@dataclass(slots=True)
class Report:
    articles: int
    written: int
    removed: int
    unchanged: int
    problems: list[Problem] = field(default_factory=list)
    kept: bool = False  # a strict build failed: docs/ was left as it was
    stages: Stages = field(default_factory=Stages)  # seconds of each step

    def failed(self, strict: bool) -> bool:
        return strict and any(p.blocking for p in self.problems)

    def summary(self) -> str:
        tally = dict.fromkeys(SEVERITIES, 0)
        for problem in self.problems:
            tally[problem.severity] = tally.get(problem.severity, 0) + 1
        problems = ", ".join(count(n, severity) for severity, n in tally.items())
        if self.kept:
            pages = "docs/ left as it was (strict build failed)"
        else:
            pages = (
                f"{count(self.written, 'page')} written, {self.unchanged:,} unchanged, "
                f"{self.removed} removed"
            )
        return f"{count(self.articles, 'article')}; {pages}; {problems}"

    def text(self) -> str:
        """The build report as a file beside site/: for editors, never published (it
        names source files)."""
        lines = ["Build report", "", self.summary(), ""]
        order = {severity: rank for rank, severity in enumerate(SEVERITIES)}
        for problem in sorted(self.problems, key=lambda p: (order.get(p.severity, 3), str(p))):
            lines.append(f"{problem.severity}: {problem}")
        return "\n".join(lines) + "\n"


@dataclass(slots=True)
class Manifest:
    fingerprint: str = ""
    articles: int = 0
    pages: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # page -> digest of its inputs
    listing: str = ""  # sources_listing when `fingerprint` was taken

    def page_cache(self, docs_dir: Path, load_texts: bool = True) -> PageCache:
        """The pages on disk, reusable where their inputs have not changed."""
        from generator.render.context import PageCache

        return PageCache(dict(self.keys), {}, docs_dir, load_texts)


def archive_fingerprint(settings: Settings) -> str:
    """One digest of everything the generated pages depend on: the code, the settings
    pages show, and every file under content/ but hidden ones (a file the reader skips
    counts too: the warning about it is part of the report). Walked with `os` rather
    than the reader, so a run with docs/ current loads no stage at all."""
    digest = Fingerprint(code_digest(), settings.page_inputs())
    root = os.fspath(settings.content_dir)
    found = []
    for folder, _, names in os.walk(root):
        prefix = folder[len(root) + 1 :].replace(os.sep, "/")
        for name in names:
            if not name.startswith("."):
                found.append((f"{prefix}/{name}" if prefix else name, os.path.join(folder, name)))
    for relative, path in sorted(found):
        try:
            with open(path, "rb") as file:
                digest.add(relative, file.read())
        except OSError:
            digest.add(relative, None)  # unreadable: the reader reports it
    return digest.hexdigest()


# A source changed this recently (seconds) may change again without its time moving:
# the listing is not trusted then, and the sources are read.
SETTLED = 2.0


def sources_listing(settings: Settings) -> str:
    """What `archive_fingerprint` reads, known from the files' sizes and times without
    reading one: the code, the settings, and content/'s listing; "" while a source is
    younger than `SETTLED`. At 100,000 stories reading every source to find nothing
    changed took seconds."""
    listing = folder_listing(settings.content_dir, settled=SETTLED)
    return listing and fingerprint(code_digest(), settings.page_inputs(), listing)


def current_fingerprint(settings: Settings, manifest: Manifest) -> tuple[str, str]:
    """(`archive_fingerprint`, `sources_listing`) of the archive as it is now: the
    manifest's fingerprint when no source's size or time moved since it was taken (the
    listing is taken first, so a file changed while it is read is read again next
    time), else the sources read and hashed."""
    listing = sources_listing(settings)
    if manifest.fingerprint and listing and manifest.listing == listing:
        return manifest.fingerprint, listing
    return archive_fingerprint(settings), listing


def safe_target(docs_dir: Path, relative: str) -> Path:
    """The file for a generated page; refuses any path that could leave docs/."""
    parts = relative.split("/")
    if (
        not relative
        or relative.startswith("/")
        or "\\" in relative
        or any(part in ("", ".", "..") for part in parts)
        or ":" in parts[0]
    ):
        raise ValueError(f"refusing to write outside {docs_dir}: {relative}")
    return docs_dir / relative


def load_manifest(docs_dir: Path) -> Manifest:
    data = read_record(docs_dir / MANIFEST, "docs")
    return Manifest(
        str(data.get("fingerprint", "")),
        int(data.get("articles", 0)),
        [str(page) for page in data.get("pages", [])],
        [parse_problem(line, severity) for severity, line in data.get("problems", [])],
        {str(k): str(v) for k, v in (data.get("keys") or {}).items()},
        str(data.get("listing", "")),
    )


def read_manifest(docs_dir: Path) -> set[str]:
    """The pages the last `python -m generator build` wrote."""
    return set(load_manifest(docs_dir).pages)


def save_manifest(docs_dir: Path, manifest: Manifest) -> None:
    fields = {
        "fingerprint": manifest.fingerprint,
        "listing": manifest.listing,
        "articles": manifest.articles,
        "problems": [[p.severity, str(p)] for p in manifest.problems],
        "pages": sorted(manifest.pages),
        "keys": dict(sorted(manifest.keys.items())),
    }
    write_record(docs_dir / MANIFEST, "docs", fields)


def docs_are_current(settings: Settings) -> bool:
    """True when docs/ holds the pages of exactly these inputs (sources, registry,
    settings, generator code)."""
    manifest = load_manifest(settings.docs_dir)
    return (
        bool(manifest.fingerprint)
        and manifest.fingerprint == current_fingerprint(settings, manifest)[0]
    )


def write_pages(docs_dir: Path, pages: dict[str, str], previous: set[str]) -> tuple[int, int, int]:
    """Write changed pages, delete stale generated ones; returns (written, removed, same)."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    changed = []
    for relative, text in sorted(pages.items()):
        target = safe_target(docs_dir, relative)
        data = text.encode("utf-8")
        try:
            if target.read_bytes() == data:
                continue
        except OSError:
            pass
        changed.append((target, text))  # not `data`: a cold build would hold it twice
    for folder in sorted({target.parent for target, _ in changed}):
        folder.mkdir(parents=True, exist_ok=True)
    if len(changed) > _MANY_FILES:
        # Creating a file is a few system calls, slow on some file systems (a cold build
        # writes 6,000): a few threads wait on them side by side.
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(_write, changed))
    else:
        for item in changed:
            _write(item)
    written, unchanged, removed = len(changed), len(pages) - len(changed), 0
    for stale in sorted(previous - set(pages)):
        try:
            path = safe_target(docs_dir, stale)
        except ValueError:
            continue
        removed += remove_file(path, docs_dir)
    return written, removed, unchanged


_MANY_FILES = 64


def _write(target_and_text: tuple[Path, str]) -> None:
    target, text = target_and_text
    target.write_bytes(text.encode("utf-8"))


def all_exist(docs_dir: Path, pages: list[str]) -> bool:
    folder = os.fspath(docs_dir)
    return all(os.path.exists(os.path.join(folder, page)) for page in pages)
