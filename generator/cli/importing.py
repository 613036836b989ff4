"""`import`: the command line of `import_sources`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_import_command(commands: argparse._SubParsersAction, options: bool = True) -> None:
    """Register `import` on the main parser's subcommands; its options only with
    `options` (they name the importers' formats and fields, and loading the importers
    would cost every other command a fifth of a second)."""
    command = commands.add_parser(
        "import",
        help="bring saved web pages, RSS/Atom feeds and JSONL/CSV dumps into content/",
        description="Turn saved web pages, feeds and data dumps into articles in content/. "
        "Articles already there (same URL or same text) are skipped; a new text for a "
        "known URL updates the imported file.",
    )
    command.set_defaults(run=run_import)
    if not options:
        return
    from generator import IMPORT_FIELDS, IMPORT_FORMATS

    command.add_argument(
        "sources", nargs="+", type=Path, metavar="SOURCE", help="files or folders to import"
    )
    command.add_argument("--content", type=Path, default=Path("content"), help="archive folder")
    command.add_argument(
        "--format",
        choices=IMPORT_FORMATS,
        default="auto",
        help="source format (default: by file name)",
    )
    command.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"dump column for a field ({', '.join(IMPORT_FIELDS)}), e.g. --map text=body",
    )
    command.add_argument(
        "--limit",
        type=int,
        help="stop once this many of the sources' articles are in content/ (new or already "
        "there; repeats within the sources do not count)",
    )
    command.add_argument(
        "--source",
        metavar="NAME",
        help="the agency of every imported article that does not name its own, e.g. "
        "--source Reuters (a dump's `source` or `agency` column names it per record)",
    )
    command.add_argument("--quiet", action="store_true", help="print only problems and the summary")
    command.add_argument(
        "--dry-run", action="store_true", help="report what would be imported; write nothing"
    )


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """`["title=headline", ...]` to `{"title": "headline"}`; ValueError says what is wrong."""
    from generator import IMPORT_FIELDS

    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not column:
            raise ValueError(f"--map {pair!r}: write it as FIELD=COLUMN, e.g. --map text=body")
        if field not in IMPORT_FIELDS:
            raise ValueError(
                f"--map {pair!r}: unknown field {field!r}; use {', '.join(IMPORT_FIELDS)}"
            )
        mapping[field] = column
    return mapping


def run_import(args: argparse.Namespace) -> int:
    """Exit status 0 when everything was read, 1 when some input had errors, 2 on misuse."""
    from generator import import_sources

    try:
        mapping = parse_mapping(args.map)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    report = import_sources(
        args.sources, args.content, args.format, mapping, args.limit, args.dry_run, args.source
    )
    for problem in report.problems:
        print(problem, file=sys.stderr)
    lines = report.lines()
    for line in lines[-1:] if args.quiet else lines:
        print(line)
    return 1 if report.errors else 0
