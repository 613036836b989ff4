"""`build` (content/ to docs/) and `annotate` (the annotation record as JSON Lines)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator import (
    SOURCE_SUFFIXES,
    Settings,
    annotate_files,
    collect_sources,
    find_registry,
    load_registry,
    read_site_settings,
    write_docs,
)


def add_build_command(commands: argparse._SubParsersAction) -> None:
    build = commands.add_parser("build", help="generate docs/ from content/")
    build.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), help="site settings (mkdocs.yml)"
    )
    build.add_argument("--content", type=Path, help="source folder (default: content)")
    build.add_argument("--docs", type=Path, help="output folder (default: docs)")
    build.add_argument("--default-year", type=int, help="year for datelines that give none")
    build.add_argument("--no-cache", action="store_true", help="annotate everything afresh")
    build.add_argument("--jobs", type=int, default=0, help="worker processes (0: one per core)")
    build.add_argument("--strict", action="store_true", help="exit 1 when any file has problems")
    build.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="annotate on this Dask scheduler (host:port), or `local` for a LocalCluster here",
    )
    build.set_defaults(run=run_build)


def add_annotate_command(commands: argparse._SubParsersAction) -> None:
    ann = commands.add_parser(
        "annotate", help="print the annotation record of each article (JSON Lines)"
    )
    ann.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    ann.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    ann.add_argument("--registry", type=Path, help="entity registry (default content/entities.yml)")
    ann.add_argument("--default-year", type=int, help="year for datelines that give none")
    ann.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="annotate on this Dask scheduler (host:port), or `local` for a LocalCluster here",
    )
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


def run_build(args: argparse.Namespace) -> int:
    report = write_docs(_settings(args))
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 1 if args.strict and report.problems else 0


def run_annotate(args: argparse.Namespace) -> int:
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
        sys.stdout.write(json.dumps(article.to_record(), ensure_ascii=False) + "\n")
    return 1 if failed else 0
