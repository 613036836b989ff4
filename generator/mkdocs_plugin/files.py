"""Generated pages as MkDocs files: handed over in memory, each knowing whether its
text changed since the previous build, and the output of deleted pages removed."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from generator import (
    PageCache,
    Result,
    Settings,
    count,
    edited_first,
    fingerprint,
    folder_contents,
    remove_file,
    site_pages,
)

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
    last: Result | None = None  # the last generated archive, for an edit shown first
    generated: set[str] = field(default_factory=set)  # src_uris of this build's pages
    everything: bool = True  # every page counts as changed (not dirty, or mkdocs.yml)

    def update(self, files: Files, config: MkDocsConfig) -> Files:
        """Put the pipeline's pages among MkDocs' files: docs/ as it is when it is
        current (`make build` ran the generator just before), else generated afresh,
        unchanged pages keeping their text from the previous build while serving."""
        self.last = None  # not held while the next one is made: twice the memory
        site = site_pages(self.settings, self.page_cache, use_docs=not self.dirty)
        self.generated = site.generated
        result = site.result
        if result is None:
            log.info("news-archive: docs/ is current, built from it")
            for file in files:
                if file.src_uri in site.generated:
                    file.inclusion = InclusionLevel.NOT_IN_NAV
            return files
        self.page_cache = PageCache(result.keys, result.pages)
        self.last = result
        self._report(result)
        for relative in site.stale:  # deleted articles' pages an earlier build left
            existing = files.get_file_from_path(relative)
            if existing is not None:
                files.remove(existing)
        self.pending_fingerprint = config_fingerprint(config)
        self.everything = not self.dirty or self.pending_fingerprint != self.fingerprint
        changed = self._add_pages(files, config, result, self.everything)
        self.gone = [built for uri, built in self.built.items() if uri not in self.pending]
        log.info(
            f"news-archive: {count(len(result.articles), 'article')}, "
            f"{count(len(result.pages), 'page')}"
            + ("" if self.everything else f" ({changed} changed, {len(self.gone)} removed)")
            + f", {count(len(result.problems), 'problem')}"
        )
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
            digest = fingerprint(text)
            before = self.built.get(relative)
            page.changed = everything or before is None or before.digest != digest
            changed += page.changed
            self.pending[relative] = Built(digest, page.url, page.abs_dest_path)
            files.append(page)
        return changed

    def edited_first(self, edited: list[Path]) -> dict[str, str] | None:
        """The edited articles' pages against the last build's index (None: rebuild all)."""
        if self.last is None:
            return None
        return edited_first(self.settings, self.last, edited)

    def in_order(self, files: Files) -> list[str]:
        """The generated pages in the order MkDocs builds them."""
        return [f.src_uri for f in files.documentation_pages() if f.src_uri in self.generated]

    def finish(self, config: MkDocsConfig) -> None:
        """After a build: a dirty build keeps old files, so the deleted pages' output
        goes; this build becomes the one the next compares with."""
        if self.dirty:
            for built in self.gone:
                remove_file(Path(built.dest), Path(config.site_dir))
        self.built, self.fingerprint = self.pending, self.pending_fingerprint


def config_fingerprint(config: MkDocsConfig) -> str:
    """Changes when mkdocs.yml or the theme overrides (by their paths within the folder)
    change: then every page re-renders."""
    config_file = config.config_file_path
    custom = config.theme.custom_dir
    return fingerprint(
        Path(config_file).read_bytes() if config_file and Path(config_file).is_file() else None,
        folder_contents(Path(custom)) if custom else None,
    )
