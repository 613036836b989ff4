"""Command line: `python -m generator COMMAND`. Each command calls one library function
and prints what it returns; errors become a message and an exit status."""

from __future__ import annotations

import argparse
import sys

from generator.cli.build import add_annotate_command, add_build_command
from generator.cli.entities import add_entities_command
from generator.cli.importing import add_import_command
from generator.cli.site import add_site_command


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = _parser(import_options="import" in argv)
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    return args.run(args)


def _parser(import_options: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn news articles in content/ into an annotated MkDocs site.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_build_command(commands)
    add_site_command(commands)
    add_annotate_command(commands)
    add_entities_command(commands)
    add_import_command(commands, import_options)
    return parser
