"""Options that several commands take, declared once."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_config_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), help="site settings (mkdocs.yml)"
    )


def add_dask_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="annotate on this Dask scheduler (host:port), or `local` for a LocalCluster here",
    )
