"""The one orchestrator: read, annotate, index, render and publish, in that order.

Every way into a build goes through here: `python -m generator build` (`write_docs`),
`python -m generator site` (`build_site`), and the MkDocs adapter, which asks for the
pages to hand MkDocs (`site_pages`) and, once MkDocs has written them, for the steps that
follow (`publish_site`). No stage calls another stage's entry point; each is called from
here alone.

The stages are imported where they are first needed: a run whose docs/ is current
(`write_docs` finds nothing changed) loads no stage but publish.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.model import Article, Entity, Problem
from generator.publish.current import build_site as _build_site
from generator.publish.docs import (
    MANIFEST,
    Manifest,
    Report,
    Stages,
    all_exist,
    current_fingerprint,
    docs_are_current,
    load_manifest,
    save_manifest,
    write_pages,
)
from generator.publish.hosting import hosting_warning
from generator.publish.pagefind import BackgroundIndexer, index_site
from generator.publish.sitemaps import split_sitemap
from generator.settings import Settings

if TYPE_CHECKING:
    from generator.annotate.registry import Registry
    from generator.index import ArchiveIndex
    from generator.render.context import PageCache


@dataclass(slots=True)
class Result:
    articles: list[Article]
    index: ArchiveIndex
    pages: dict[str, str]
    problems: list[Problem] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # page -> digest of its inputs
    unchanged: set[str] = field(default_factory=set)  # pages left as they are on disk
    acronyms: frozenset[str] | None = None  # the archive's, as the headlines read them
    stages: Stages = field(default_factory=Stages)


def annotate_files(
    files: list[Path],
    registry: Registry,
    default_year: int | None = None,
    dask: str | None = None,
) -> Iterator[Article]:
    """The orchestrator's door to `annotations.annotate_each` (for `annotate --json`)."""
    from generator.annotations import annotate_each

    return annotate_each(files, registry, default_year, dask)


def load_archive(settings: Settings) -> tuple[list[Article], Registry, list[Problem]]:
    """Read, annotate and return every article of the archive, with the problems found."""
    from generator.annotate.registry import load_registry
    from generator.annotations import process_sources
    from generator.read import REGISTRY_NAME, collect_sources

    registry = load_registry(settings.content_dir / REGISTRY_NAME)
    sources, problems = collect_sources(settings.content_dir)
    articles = process_sources(
        sources,
        settings.content_dir,
        registry,
        settings.default_year,
        settings.cache_dir,
        settings.jobs,
        settings.dask,
    )
    problems = [*registry.problems, *problems]
    return articles, registry, problems


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """An archive is millions of small objects that live until the run ends; Python's
    cycle collector would rescan them over and over as they are built (a third of a
    rebuild after one edit at 10,000 articles). They hold no reference cycles worth
    collecting early, so the collector waits until the pages are made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def generate(settings: Settings, previous: PageCache | None = None) -> Result:
    """Read, annotate, index, render: the Markdown pages to write. Pages whose inputs
    are unchanged since `previous` keep their earlier text."""
    with _without_cycle_collection():
        return _generate(settings, previous)


def _generate(settings: Settings, previous: PageCache | None) -> Result:
    from generator.index import build_index
    from generator.render.pages import render_pages

    stages = Stages()
    with stages.timing("read and annotate"):
        articles, registry, problems = load_archive(settings)
    with stages.timing("index"):
        index = build_index(articles, registry, settings.entity_min_articles)
    problems.extend(index.problems)
    for article in articles:
        problems.extend(article.errors)
        problems.extend(article.warnings)
    with stages.timing("render"):
        rendered = render_pages(index, problems, settings, previous)
    return Result(
        articles,
        index,
        rendered.pages,
        problems,
        rendered.keys,
        rendered.unchanged,
        rendered.acronyms,
        stages,
    )


def edited_first(settings: Settings, last: Result, edited: list[Path]) -> dict[str, str] | None:
    """The pages of the `edited` articles alone, read and annotated afresh and rendered
    against the last build's index (`last`): what a preview shows within a second or two,
    before the whole archive is indexed and rendered again. None when that cannot stand
    for them (a file that is not an indexed article, or whose headline moved its page)."""
    from generator.annotate.registry import load_registry
    from generator.annotations import process_sources
    from generator.index import stand_in
    from generator.read import REGISTRY_NAME
    from generator.render.pages import article_pages

    registry = load_registry(settings.content_dir / REGISTRY_NAME)
    # Not through the annotation cache: it would prune every record but these; the
    # whole rebuild that follows caches them.
    fresh = process_sources(edited, settings.content_dir, registry, settings.default_year, jobs=1)
    if not fresh or not all(stand_in(last.index, article) for article in fresh):
        return None
    indexed = {article.path: article for article in last.index.articles}
    for article in fresh:
        _as_indexed(article, indexed[article.path])
    return article_pages(last.index, last.problems, settings, fresh, last.acronyms)


def _as_indexed(fresh: Article, old: Article) -> None:
    """Name `fresh`'s entities as the indexed article `old` names them, one entity per
    page: the index makes one entity of two forms of a name in one article ("Arsenal
    Holdings Inc", "Arsenal Holdings") and names it the archive's way. Without this the
    page shown first listed both forms and filtered search by both, so Pagefind read it
    differently from the whole rebuild's page and indexed its shard a second time."""
    known = {entity.id: entity for entity in old.entities}
    merged: dict[str, Entity] = {}
    for entity in fresh.entities:
        if entity.id in known:
            entity.name, entity.type = known[entity.id].name, known[entity.id].type
        kept = merged.setdefault(entity.id, entity)
        if kept is not entity:
            kept.mentions = sorted([*kept.mentions, *entity.mentions], key=lambda m: m.start)
            kept.roles += [role for role in entity.roles if role not in kept.roles]
            kept.rank = kept.rank or entity.rank
    fresh.entities = list(merged.values())
    names = {entity.id: entity.name for entity in fresh.entities}
    for quote in fresh.quotes:
        if quote.speaker_id in names:
            quote.speaker = names[quote.speaker_id]


def write_docs(settings: Settings, strict: bool = False) -> Report:
    """Generate the archive into `settings.docs_dir`, unless it already is current.
    With `strict`, a build with problems a person must fix writes nothing: docs/ (and so
    site/) stay as the last good build left them."""
    stages = Stages()
    with stages.timing("manifest"):
        manifest = load_manifest(settings.docs_dir)
    with stages.timing("sources' digest"):
        fingerprint, listing = current_fingerprint(settings, manifest)
    with stages.timing("pages there"):
        current = manifest.fingerprint == fingerprint
        current = current and all_exist(settings.docs_dir, manifest.pages)
    if current:
        pages, problems = len(manifest.pages), manifest.problems
        return Report(manifest.articles, 0, 0, pages, problems, stages=stages)
    cache = manifest.page_cache(settings.docs_dir, load_texts=False)
    result = generate(settings, cache)
    stages.seconds.update(result.stages.seconds)
    if strict and any(p.blocking for p in result.problems):
        return Report(len(result.index.articles), 0, 0, 0, result.problems, kept=True)
    with stages.timing("write"):
        written, removed, unchanged = write_pages(
            settings.docs_dir, result.pages, set(manifest.pages) - result.unchanged
        )
        unchanged += len(result.unchanged)
        save_manifest(
            settings.docs_dir,
            Manifest(
                fingerprint,
                len(result.index.articles),
                [*result.pages, *result.unchanged],
                result.problems,
                result.keys,
                listing,
            ),
        )
    return Report(
        len(result.index.articles), written, removed, unchanged, result.problems, stages=stages
    )


@dataclass(slots=True)
class SitePages:
    """The generated pages a site engine builds: `result` None when docs/ already holds
    them (`python -m generator build` ran just before); `stale`: files docs/ holds that
    must not be published (an earlier build's pages of deleted articles, the manifest)."""

    result: Result | None
    generated: set[str]
    stale: set[str]


def site_pages(settings: Settings, previous: PageCache | None, use_docs: bool) -> SitePages:
    """The pages for the site engine. With `use_docs`, docs/ is used as it is when it is
    current; otherwise the archive is generated, unchanged pages keeping their text from
    `previous` (the last preview build), else from docs/."""
    if use_docs and docs_are_current(settings):
        return SitePages(None, set(load_manifest(settings.docs_dir).pages), set())
    manifest = load_manifest(settings.docs_dir)
    result = generate(settings, previous or manifest.page_cache(settings.docs_dir))
    stale = set(manifest.pages) - set(result.pages)
    return SitePages(result, set(result.pages), stale | {MANIFEST})


def build_site(
    config_file: Path, strict: bool = False, engine: str = "mkdocs", stages: Stages | None = None
) -> bool:
    """site/ from docs/ by the site engine, unless it is current; returns whether it ran."""
    return _build_site(config_file, strict, engine, stages)


@dataclass(slots=True)
class Published:
    """What the steps after the engine's build did, for the adapter to log."""

    sitemap_split: bool
    indexed: str | None  # Pagefind's summary, when it ran here
    too_large: str | None  # the hosting limit's warning
    stages: Stages = field(default_factory=Stages)


def publish_site(
    site_dir: Path,
    site_url: str | None,
    *,
    pagefind: bool,
    hosting_limit_mb: int | None,
    indexer: BackgroundIndexer | None = None,
    after_sitemap: Callable[[bool], None] | None = None,
) -> Published:
    """The publish steps once the engine has written every page: the sitemap split into
    sections (then `after_sitemap(split)`: the engine's own clean-up), Pagefind over the
    shards holding a changed page (in the background on `indexer` while previewing, so
    the browser reloads first), the hosting limit."""
    stages = Stages()
    with stages.timing("sitemap"):
        split = bool(split_sitemap(site_dir, base=site_url))
    if after_sitemap is not None:
        with stages.timing("old files removed"):
            after_sitemap(split)
    indexed = None
    with stages.timing("Pagefind"):
        if pagefind and indexer is not None:
            indexer.request(site_dir)
        elif pagefind:
            indexed = index_site(site_dir).summary()
    with stages.timing("site size"):
        too_large = None
        if hosting_limit_mb is not None:
            too_large = hosting_warning(site_dir, hosting_limit_mb)
    return Published(split, indexed, too_large, stages)
