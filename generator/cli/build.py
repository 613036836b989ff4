"""`build` (content/ to docs/) and `annotate` (the annotation record as JSON Lines)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import Settings, count, read_site_settings
from generator.cli.options import add_config_option, add_dask_option

if TYPE_CHECKING:
    from generator import Problem


def add_build_command(commands: argparse._SubParsersAction) -> None:
    build = commands.add_parser("build", help="generate docs/ from content/")
    add_config_option(build)
    build.add_argument("--content", type=Path, help="source folder (default: content)")
    build.add_argument("--docs", type=Path, help="output folder (default: docs)")
    build.add_argument("--default-year", type=int, help="year for datelines that give none")
    build.add_argument("--no-cache", action="store_true", help="annotate everything afresh")
    build.add_argument("--jobs", type=int, default=0, help="worker processes (0: one per core)")
    build.add_argument("--strict", action="store_true", help="exit 1 when any file has problems")
    add_dask_option(build)
    build.set_defaults(run=run_build)


def add_annotate_command(commands: argparse._SubParsersAction) -> None:
    ann = commands.add_parser(
        "annotate",
        help="what the generator finds in each article: a summary, or the record (--json)",
        description="Read and annotate articles. Prints a short summary of each (title, "
        "date and how it was found, place, agency, quotations, entities); --json prints the "
        "whole annotation record instead, one JSON object per line.",
    )
    ann.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    ann.add_argument(
        "--json",
        action="store_true",
        help="print the annotation record as JSON Lines (offsets, blocks, quotations, entities)",
    )
    ann.add_argument("--registry", type=Path, help="entity registry (default content/entities.yml)")
    ann.add_argument("--default-year", type=int, help="year for datelines that give none")
    add_dask_option(ann)
    ann.set_defaults(run=run_annotate)


def _settings(args: argparse.Namespace) -> Settings:
    """The settings mkdocs.yml gives the plugin, so the CLI and `mkdocs build` agree;
    options on the command line win."""
    settings = read_site_settings(args.config)
    if args.content:
        settings.content_dir = args.content
    if args.docs:
        settings.docs_dir = args.docs
    if args.default_year:
        settings.default_year = args.default_year
    if args.no_cache:
        settings.cache_dir = None
    settings.jobs = args.jobs
    settings.dask = args.dask
    return settings


# mkdocs.yml's placeholder: every permanent link, citation, feed and canonical link
# would point there.
EXAMPLE_SITE_URL = "https://example.github.io/archive/"


def site_url_notice(config: Path, site_url: str) -> Problem | None:
    """What to say while `site_url` is still the example (or unset). A notice: not a
    problem of the sources, so it never fails --strict (previews and forks build with
    the example address, and the Pages workflow sets the real one)."""
    from generator import Problem

    if site_url and site_url.rstrip("/") != EXAMPLE_SITE_URL.rstrip("/"):
        return None
    shown = site_url or "not set"
    try:
        lines = config.read_text("utf-8").splitlines()
    except OSError:
        lines = []
    line = next((n for n, text in enumerate(lines, 1) if text.startswith("site_url:")), 1)
    return Problem(
        config.as_posix(),
        line,
        f"site_url is {shown}, so permanent links, citations, feeds and canonical links "
        "point there",
        "set `site_url:` in mkdocs.yml to the address you publish at (or the SITE_URL "
        "environment variable; the GitHub Pages workflow sets it from the repository's name)",
        severity="notice",
    )


# Beside site/, never in it: the report names source files.
REPORT_NAME = "build-report.txt"


def run_build(args: argparse.Namespace) -> int:
    # Imported here, as in every command: each loads only the stages it runs.
    from generator import write_docs

    settings = _settings(args)
    report = write_docs(settings, strict=args.strict)
    notice = site_url_notice(args.config, settings.site_url)
    if notice:
        report.problems = [*report.problems, notice]
    for problem in report.problems:
        label = "" if problem.severity == "error" else f"{problem.severity}: "
        print(f"{label}{problem}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    if report.stages.seconds:
        print(f"steps: {report.stages.summary()}", file=sys.stderr)
    target = args.config.parent / REPORT_NAME
    try:
        target.write_text(report.text(), "utf-8")
    except OSError as error:
        print(f"{target}: cannot write the build report ({error})", file=sys.stderr)
    else:
        if report.problems:
            print(f"The list is also in {target.as_posix()}", file=sys.stderr)
    return 1 if report.failed(args.strict) else 0


def run_annotate(args: argparse.Namespace) -> int:
    from generator import (
        SOURCE_SUFFIXES,
        annotate_files,
        collect_sources,
        find_registry,
        load_registry,
    )

    files: list[Path] = []
    for path in args.paths:
        if path.is_dir():
            files.extend(collect_sources(path)[0])
        elif path.exists():
            files.append(path)
        else:
            print(f"{path}: no such file or folder", file=sys.stderr)
            return 2
    for path in files:
        if path.suffix.lower() not in SOURCE_SUFFIXES:
            print(f"{path}:1: unknown file type, read as wire text", file=sys.stderr)
    registry_path = args.registry or find_registry(files)
    registry = load_registry(registry_path or Path("/nonexistent"))
    failed = False
    for article in annotate_files(files, registry, args.default_year, args.dask):
        for problem in [*article.errors, *article.warnings]:
            print(problem, file=sys.stderr)
        failed = failed or bool(article.errors)
        if args.json:
            sys.stdout.write(json.dumps(article.to_record(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(annotation_summary(article) + "\n")
    return 1 if failed else 0


def annotation_summary(article: Any) -> str:  # noqa: ANN401 - an annotated Article
    """Three lines a person reads: the file and title; date (and how it was found),
    place, agency; what was found in it."""
    date = f"{article.date} ({article.date_source})" if article.date else "no date"
    facts = " · ".join(part for part in (date, article.place, article.agency) if part)
    speakers = sorted({q.speaker for q in article.quotes if q.speaker})
    found_entities = len(article.entities)
    entities = f"{found_entities} {'entity' if found_entities == 1 else 'entities'}"
    found = [count(len(article.quotes), "quotation"), entities]
    if speakers:
        found.append("speakers: " + ", ".join(speakers[:5]) + (" …" if len(speakers) > 5 else ""))
    problems = len(article.errors) + len(article.warnings)
    if problems:
        found.append(count(problems, "problem") + " (above)")
    title = article.title or "(no title)"
    return f"{article.path}: {title}\n  {facts}\n  {' · '.join(found)}"
