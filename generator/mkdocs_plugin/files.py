"""Generated pages as MkDocs files: handed over in memory, each knowing whether its
text changed since the previous build, and the output of deleted pages removed."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from generator import (
    MANIFEST,
    PageCache,
    Result,
    Settings,
    count,
    docs_are_current,
    generate,
    load_manifest,
    read_manifest,
)
from generator.mkdocs_plugin.search import DirtySearchIndex

log = logging.getLogger("mkdocs.plugins.news-archive")


class GeneratedPage(File):
    """A page made in memory that knows whether its text changed since the last build;
    MkDocs asks `is_modified()` only in dirty builds, to skip unchanged pages."""

    changed: bool = True

    def is_modified(self) -> bool:
        return self.changed


@dataclass(frozen=True, slots=True)
class Built:
    """What a previous build wrote for one generated page."""

    digest: str
    url: str
    dest: str


@dataclass(slots=True)
class GeneratedFiles:
    """The generated pages of the current build and what the previous one wrote, kept
    across `mkdocs serve` rebuilds so a dirty rebuild renders only what changed."""

    settings: Settings
    report_problems: bool = True
    dirty: bool = False
    built: dict[str, Built] = field(default_factory=dict)  # src_uri -> last finished build
    pending: dict[str, Built] = field(default_factory=dict)
    gone: list[Built] = field(default_factory=list)
    fingerprint: str = ""
    pending_fingerprint: str = ""
    reported: set[str] = field(default_factory=set)
    page_cache: PageCache | None = None
    generated: set[str] = field(default_factory=set)  # src_uris of this build's pages
    search: DirtySearchIndex = field(default_factory=DirtySearchIndex)

    def update(self, files: Files, config: MkDocsConfig) -> Files:
        """Generate the archive and put its pages among MkDocs' files."""
        if not self.dirty and docs_are_current(self.settings):
            return self._from_docs(files)
        # Unchanged pages keep their text: from the previous build while serving, else
        # from what `python -m generator build` left in docs/.
        previous = self.page_cache or load_manifest(self.settings.docs_dir).page_cache(
            self.settings.docs_dir
        )
        result = generate(self.settings, previous)
        self.page_cache = PageCache(result.keys, result.pages)
        self._report(result)
        # Pages an earlier `python -m generator build` wrote to docs/ but that are no
        # longer generated (their article was deleted) must not be published.
        stale = read_manifest(self.settings.docs_dir) - set(result.pages)
        for relative in [*stale, MANIFEST]:
            existing = files.get_file_from_path(relative)
            if existing is not None:
                files.remove(existing)
        self.pending_fingerprint = _fingerprint(config)
        everything = not self.dirty or self.pending_fingerprint != self.fingerprint
        changed = self._add_pages(files, config, result, everything)
        self.gone = [built for uri, built in self.built.items() if uri not in self.pending]
        self.generated = set(result.pages)
        if self.dirty and everything:  # mkdocs.yml or overrides changed: hand-written too
            for file in files.documentation_pages():
                if not isinstance(file, GeneratedPage):
                    file.is_modified = _always  # type: ignore[method-assign]
        if self.dirty:
            self.search.take_over(config, [b.url for b in self.gone], forget_all=everything)
        log.info(
            f"news-archive: {count(len(result.articles), 'article')}, "
            f"{count(len(result.pages), 'page')}"
            + ("" if everything else f" ({changed} changed, {len(self.gone)} removed)")
            + f", {count(len(result.problems), 'problem')}"
        )
        return files

    def _from_docs(self, files: Files) -> Files:
        # `make build` ran `python -m generator build` just before: docs/ holds
        # exactly these pages, so generating them again would only cost time.
        log.info("news-archive: docs/ is current, built from it")
        generated = read_manifest(self.settings.docs_dir)
        for file in files:
            if file.src_uri in generated:
                file.inclusion = InclusionLevel.NOT_IN_NAV
        self.generated = generated
        return files

    def _report(self, result: Result) -> None:
        if self.report_problems:
            # A rebuild while serving repeats only new problems, not the whole list.
            messages = [str(problem) for problem in result.problems]
            for message in messages:
                if message not in self.reported:
                    log.info(message)
            self.reported = set(messages)

    def _add_pages(
        self, files: Files, config: MkDocsConfig, result: Result, everything: bool
    ) -> int:
        self.pending = {}
        changed = 0
        for relative, text in result.pages.items():
            existing = files.get_file_from_path(relative)
            if existing is not None:
                files.remove(existing)
            # Articles and entities are reached through the index pages, never the
            # sidebar; NOT_IN_NAV keeps MkDocs from listing thousands of them per build.
            page = cast(
                GeneratedPage,
                GeneratedPage.generated(
                    config, relative, content=text, inclusion=InclusionLevel.NOT_IN_NAV
                ),
            )
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            before = self.built.get(relative)
            page.changed = everything or before is None or before.digest != digest
            changed += page.changed
            self.pending[relative] = Built(digest, page.url, page.abs_dest_path)
            files.append(page)
        return changed

    def in_order(self, files: Files) -> list[str]:
        """The generated pages in the order MkDocs builds them."""
        return [f.src_uri for f in files.documentation_pages() if f.src_uri in self.generated]

    def finish(self, config: MkDocsConfig) -> None:
        """After a build: a dirty build keeps old files, so the deleted pages' output and
        search entries go; this build becomes the one the next compares with."""
        if self.dirty:
            site = Path(config.site_dir).resolve()
            for built in self.gone:
                _remove_output(Path(built.dest), site)
            self.search.merge(config)
        self.built, self.fingerprint = self.pending, self.pending_fingerprint


def _always() -> bool:
    return True


def _fingerprint(config: MkDocsConfig) -> str:
    """Changes when mkdocs.yml or the theme overrides change: then every page re-renders."""
    digest = hashlib.sha256()
    if config.config_file_path and Path(config.config_file_path).is_file():
        digest.update(Path(config.config_file_path).read_bytes())
    custom_dir = config.theme.custom_dir
    if custom_dir and Path(custom_dir).is_dir():
        for path in sorted(Path(custom_dir).rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\n".encode())
    return digest.hexdigest()


def _remove_output(path: Path, site: Path) -> None:
    """Delete one page's output file and the folders it leaves empty, inside site/ only."""
    path = path.resolve()
    if site not in path.parents:
        return
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != site and site in folder.parents and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
