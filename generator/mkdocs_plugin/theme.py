"""Material's partials reachable past the overrides, for `overrides/partials/nav.html`
and `tabs.html`, which wrap them in `news_archive_shared(name, page, base_url)`.

On the public path that call renders its body every time, as Material would; the
speedups render it once per distinct set of addresses (speedups/theme.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from jinja2 import BaseLoader, ChoiceLoader, Environment, FileSystemLoader, PrefixLoader
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig

THEME_PREFIX = "material-theme"


def each_time(name: str, page: object, base_url: str, caller: Callable[[], str]) -> Markup:
    """`{% call news_archive_shared(...) %}` as plain Jinja: the body, rendered here."""
    return Markup(caller())


def reach_theme_parts(
    env: Environment, config: MkDocsConfig, shared: Callable[..., Markup] = each_time
) -> None:
    """Material's own partials under `material-theme/`, and `news_archive_shared`."""
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    theme_dirs = [d for d in config.theme.dirs if custom is None or Path(d).resolve() != custom]
    env.loader = ChoiceLoader(
        [PrefixLoader({THEME_PREFIX: FileSystemLoader(theme_dirs)}), cast(BaseLoader, env.loader)]
    )
    env.globals["news_archive_shared"] = shared
