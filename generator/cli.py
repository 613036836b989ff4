"""Command line: `python -m generator COMMAND`. Each command mirrors a library function."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .annotate import annotate
from .pipeline import REGISTRY_NAME, Settings, collect_sources
from .read import SOURCE_SUFFIXES, read_article
from .registry import load_registry


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn news articles in content/ into an annotated MkDocs site.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="generate docs/ from content/")
    _add_common(build)
    build.add_argument("--strict", action="store_true", help="exit 1 when any file has problems")
    build.set_defaults(run=_run_build)

    ann = commands.add_parser(
        "annotate", help="print the annotation record of each article (JSON Lines)"
    )
    ann.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    ann.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    ann.add_argument("--registry", type=Path, help="entity registry (default content/entities.yml)")
    ann.add_argument("--default-year", type=int, help="year for datelines that give none")
    ann.set_defaults(run=_run_annotate)

    from .entities import add_entities_command

    add_entities_command(commands)

    from .importers.command import add_import_command

    add_import_command(commands)
    return parser


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), help="site settings (mkdocs.yml)"
    )
    command.add_argument("--content", type=Path, help="source folder (default: content)")
    command.add_argument("--docs", type=Path, help="output folder (default: docs)")
    command.add_argument("--default-year", type=int, help="year for datelines that give none")
    command.add_argument("--no-cache", action="store_true", help="annotate everything afresh")
    command.add_argument("--jobs", type=int, default=0, help="worker processes (0: one per core)")


def _settings(args: argparse.Namespace) -> Settings:
    """The settings mkdocs.yml gives the plugin, so the CLI and `mkdocs build` agree;
    options on the command line win."""
    settings = Settings()
    if args.config.exists():
        from mkdocs.config import load_config

        from .plugin import settings_from_config

        config = load_config(str(args.config))
        plugin = config.plugins.get("news-archive")
        if plugin is not None:
            settings = settings_from_config(config, plugin.config)
    if args.content:
        settings.content_dir = args.content
    if args.docs:
        settings.docs_dir = args.docs
    if args.default_year:
        settings.default_year = args.default_year
    if args.no_cache:
        settings.cache_dir = None
    settings.jobs = args.jobs
    return settings


def _run_build(args: argparse.Namespace) -> int:
    from .site import write_docs

    report = write_docs(_settings(args))
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 1 if args.strict and report.problems else 0


def _run_annotate(args: argparse.Namespace) -> int:
    files: list[Path] = []
    for path in args.paths:
        if path.is_dir():
            files.extend(collect_sources(path)[0])
        elif path.exists():
            files.append(path)
        else:
            print(f"{path}: no such file or folder", file=sys.stderr)
            return 2
    registry_path = args.registry or _find_registry(files)
    registry = (
        load_registry(registry_path) if registry_path else load_registry(Path("/nonexistent"))
    )
    failed = False
    for path in files:
        if path.suffix.lower() not in SOURCE_SUFFIXES:
            print(f"{path}:1: unknown file type, read as wire text", file=sys.stderr)
        article = annotate(read_article(path), registry, args.default_year)
        for problem in [*article.errors, *article.warnings]:
            print(problem, file=sys.stderr)
        failed = failed or bool(article.errors)
        sys.stdout.write(json.dumps(article.to_record(), ensure_ascii=False) + "\n")
    return 1 if failed else 0


def _find_registry(files: list[Path]) -> Path | None:
    """The registry of the archive the files belong to: the nearest content/entities.yml."""
    for file in files[:1]:
        for folder in file.resolve().parents:
            if (folder / REGISTRY_NAME).exists():
                return folder / REGISTRY_NAME
    default = Path("content") / REGISTRY_NAME
    return default if default.exists() else None
