"""The plugin's options: one typed class, as `- news-archive:` takes them in mkdocs.yml."""

from __future__ import annotations

from pathlib import Path

import mkdocs
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig

from generator import OPTION_DEFAULTS, Settings, settings_from_options

# The engine running the plugin: "mkdocs", or "properdocs", which runs MkDocs plugins
# with `mkdocs` as another name for itself; its loggers are named after it.
ENGINE = mkdocs.__name__


class NewsArchiveConfig(Config):
    # Sources and caches -------------------------------------------------------
    # Where the articles and entities.yml are.
    content_dir = config_options.Type(str, default=OPTION_DEFAULTS["content_dir"])
    # Annotations cached by content hash; "" turns it off.
    cache_dir = config_options.Type(str, default=OPTION_DEFAULTS["cache_dir"])
    # Compiled theme templates; "" turns it off. Compiling Material's templates takes
    # about 2 s of every build and every `mkdocs serve` rebuild.
    template_cache_dir = config_options.Type(str, default=OPTION_DEFAULTS["template_cache_dir"])

    # Annotation ----------------------------------------------------------------
    # The year for datelines that give none and have no dated path.
    default_year = config_options.Optional(config_options.Type(int))
    # Entities get a page from this many articles on (registry entries and speakers
    # always do); unset: 1, or 2 in archives of 2,000 articles and more.
    entity_min_articles = config_options.Optional(config_options.Type(int))

    # Headlines in capitals throughout (wire copy) are shown in title case in lists,
    # page titles and feeds; the article's page keeps the headline as written.
    readable_headlines = config_options.Type(bool, default=OPTION_DEFAULTS["readable_headlines"])

    # Build -----------------------------------------------------------------------
    # Print each problem with the source file when MkDocs builds.
    report_problems = config_options.Type(bool, default=OPTION_DEFAULTS["report_problems"])
    # Site search: "pagefind" (an index in chunks with filters, built after each build;
    # under 240 KB to the first result at 10,000 articles) or "material" (Material's
    # one-file index, downloaded on every page load: 4 MB gzip at 10,000).
    search = config_options.Choice(("pagefind", "material"), default=OPTION_DEFAULTS["search"])
    # Processes building generated pages in `mkdocs build` (workers.py; not while
    # serving): 0 is one per core, 1 leaves it all to MkDocs. Same site.
    jobs = config_options.Type(int, default=OPTION_DEFAULTS["jobs"])
    # A one-off build warns when site/ is larger than this many MB: 1024, GitHub Pages'
    # limit; set your host's, or 0 to check nothing.
    hosting_limit_mb = config_options.Type(int, default=OPTION_DEFAULTS["hosting_limit_mb"])
    # The build accelerator (speedups/: reuse of unchanged pages, worker processes, HTML
    # blocks stashed, the navigation rendered once), which relies on MkDocs' insides.
    # false: MkDocs' public plugin API only; the same site, slower.
    speedups = config_options.Type(bool, default=OPTION_DEFAULTS["speedups"])


def settings_from_config(config: MkDocsConfig, options: NewsArchiveConfig) -> Settings:
    """Generator settings from MkDocs' loaded configuration."""
    return settings_from_options(
        Path(config.config_file_path or ".").resolve().parent,
        dict(options),
        docs_dir=Path(config.docs_dir),
        site_name=config.site_name,
        site_url=config.site_url or "",
        use_directory_urls=config.use_directory_urls,
    )
