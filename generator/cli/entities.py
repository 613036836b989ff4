"""`entities suggest`: names across the archive that the registry lacks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import ENTITY_TYPES
from generator.cli.options import add_config_option


def add_entities_command(commands: argparse._SubParsersAction) -> None:
    """`python -m generator entities suggest ...`."""
    entities = commands.add_parser("entities", help="review the entity registry")
    actions = entities.add_subparsers(dest="entities_command", metavar="ACTION", required=True)
    suggest = actions.add_parser(
        "suggest", help="list names found across the archive that the registry lacks"
    )
    suggest.add_argument("--content", type=Path, default=Path("content"), help="source folder")
    suggest.add_argument("--min-count", type=int, default=2, help="fewest mentions to list")
    suggest.add_argument(
        "--type",
        dest="types",
        action="append",
        choices=ENTITY_TYPES,
        default=[],
        help="only entities of this type (repeat for several)",
    )
    suggest.add_argument(
        "--add", nargs="+", metavar="NAME", default=[], help="append these names to the registry"
    )
    suggest.set_defaults(run=run_suggest)
    review = actions.add_parser(
        "review",
        help="list what the archive is least sure of, with the entities.yml lines to settle it",
    )
    add_config_option(review)
    review.add_argument("--limit", type=int, default=30, help="most items to list (0: all)")
    review.set_defaults(run=run_review)


def run_review(args: argparse.Namespace) -> int:
    """Print the doubts, most articles first, each with the registry lines that settle it."""
    from generator import read_site_settings, review_entities

    doubts = review_entities(read_site_settings(args.config))
    shown = doubts[: args.limit] if args.limit else doubts
    for doubt in shown:
        print(f"{doubt.articles:4} articles  {doubt.kind}: {doubt.name} — {doubt.why}")
        for line in doubt.settle:
            print(f"{'':6}{line}")
    print(f"{len(shown)} of {len(doubts)} doubts (entities.yml lines under each)", file=sys.stderr)
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    """Print suggestions under a header naming the columns (mentions, articles, type, name,
    page, example); with --add, append to the registry."""
    from generator import append_entries, load_registry, suggest_entities

    path = args.content / "entities.yml"
    registry = load_registry(path)
    for problem in registry.problems:
        print(problem, file=sys.stderr)
    wanted = {name.casefold(): name for name in args.add}
    suggestions = suggest_entities(
        args.content, registry, 1 if wanted else args.min_count, args.types
    )
    if not wanted:
        if suggestions:
            print(f"{'mentions':>8} {'articles':>8}  {'type':12}  name  (page)")
            print(f"{'':19}example")
        for s in suggestions:
            print(f"{s.mentions:8} {s.articles:8}  {s.type:12}  {s.name}  ({s.id})")
            print(f"{'':19}{s.example}")
        print(f"{len(suggestions)} suggestions", file=sys.stderr)
        return 0
    chosen = [s for s in suggestions if s.name.casefold() in wanted]
    missing = set(wanted) - {s.name.casefold() for s in chosen}
    for name in sorted(missing):
        print(f"{wanted[name]}: not among the suggestions, not added", file=sys.stderr)
    if chosen:
        try:
            append_entries(path, [{"name": s.name, "type": s.type} for s in chosen])
        except ValueError as error:
            print(error, file=sys.stderr)
            return 1
        print(f"added {len(chosen)} entries to {path}", file=sys.stderr)
    return 1 if missing else 0
