"""`site`: site/ from docs/ with MkDocs, unless nothing changed since the last build."""

from __future__ import annotations

import argparse
import os
import sys

from generator import SiteBuildError, Stages, build_site
from generator.cli.options import add_config_option


def add_site_command(commands: argparse._SubParsersAction) -> None:
    site = commands.add_parser(
        "site",
        help="build site/ with MkDocs (`mkdocs build`), or say it is already current",
        description="Run `mkdocs build`, unless site/ is exactly what the last build made "
        "and nothing it was made from (mkdocs.yml, content/, docs/, overrides/, the code) "
        "has changed since.",
    )
    add_config_option(site)
    site.add_argument("--strict", action="store_true", help="as `mkdocs build --strict`")
    site.add_argument(
        "--engine",
        choices=("mkdocs", "properdocs"),
        default=os.environ.get("SITE_ENGINE", "mkdocs"),
        help="the site engine (default: $SITE_ENGINE, else mkdocs); ProperDocs is MkDocs "
        "1.x continued, and builds the same site",
    )
    site.set_defaults(run=run_site)


def run_site(args: argparse.Namespace) -> int:
    stages = Stages()
    try:
        built = build_site(args.config, strict=args.strict, engine=args.engine, stages=stages)
    except SiteBuildError as error:
        print(f"{args.config}: {error}", file=sys.stderr)
        return 1
    print(f"steps: {stages.summary()}", file=sys.stderr)
    if not built:
        print("site/ is current: nothing changed since the last build")
    return 0
