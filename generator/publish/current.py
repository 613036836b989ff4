"""Whether site/ is what `mkdocs build` would make now, found without running MkDocs.

With nothing changed, MkDocs still takes seconds to start, load its plugins and theme,
and walk thousands of pages it will not render: more than the rest of a `make build`.
After each one-off build that logged no warning, the plugin records what the site was
built from (mkdocs.yml and the environment values it reads, the sources, docs/, the
theme overrides, the code and its versions) and what site/ then held (every file's
size and modification time). `python -m generator site` compares both with the files
as they are, and runs MkDocs only when anything differs. Any doubt (no record, a
configuration that pulls in files this cannot see, a site/ touched by hand) means
MkDocs runs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.buildstate import fingerprint, folder_listing, read_record, write_record
from generator.publish.docs import Stages
from generator.settings import (
    SITE_PACKAGES,
    code_digest,
    package_version,
    read_site_config,
    read_site_settings,
)

# The one record of the last one-off build: what it was made from and what site/ held,
# and what the accelerator keeps of its pages (mkdocs_plugin/speedups/reuse.py).
RECORD_NAME = "site-build.json"
# mkdocs.yml keys that read files or code this module does not look at.
OPAQUE_KEYS = ("INHERIT", "hooks")
_ENV_TAG = re.compile(r"!ENV\s*(\[[^\]\n]*\]|[A-Za-z_][A-Za-z0-9_]*)")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class SiteState:
    """Where a site's record lives and what it is built from and into."""

    config_file: Path
    site_dir: Path
    record: Path | None  # None: the generator's cache is off, nothing is recorded
    inputs: list[Path]  # folders and files whose every change must rebuild
    engine: str = "mkdocs"  # the site engine building it: `mkdocs` or `properdocs`

    @classmethod
    def of(
        cls, config_file: Path, site_dir: Path | None = None, engine: str = "mkdocs"
    ) -> SiteState:
        """The state of the site `config_file` builds with `engine`; `site_dir` where
        this build writes it, when not where mkdocs.yml says (`build_site` builds beside
        it)."""
        config_file = config_file.resolve()
        root = config_file.parent
        settings = read_site_settings(config_file)
        config = read_site_config(config_file)
        theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
        custom = theme.get("custom_dir") if isinstance(theme, dict) else None
        inputs = [settings.content_dir, settings.docs_dir]
        if isinstance(custom, str):
            inputs.append(root / custom)
        cache = settings.cache_dir
        return cls(
            config_file=config_file,
            site_dir=site_dir or root / str(config.get("site_dir", "site")),
            record=None if cache is None else cache.parent / RECORD_NAME,
            inputs=inputs,
            engine=engine,
        )

    def inputs_digest(self) -> str | None:
        """One digest of everything the site is made from; None when that cannot be
        known without MkDocs."""
        text = self.config_file.read_text("utf-8")
        config = read_site_config(self.config_file)
        if any(key in config for key in OPAQUE_KEYS):
            return None
        environment = [
            (name, os.environ.get(name))
            for names in _ENV_TAG.findall(text)
            for name in _NAME.findall(names)
        ]
        return fingerprint(
            text,
            environment,
            os.environ.get("SOURCE_DATE_EPOCH"),
            sys.version,
            self.engine,
            [(package, package_version(package)) for package in SITE_PACKAGES],
            code_digest(),
            [(str(folder), folder_listing(folder)) for folder in self.inputs],
        )

    def is_current(self) -> bool:
        """Whether the last recorded build was made from these inputs and site/ still
        holds exactly what it wrote."""
        if self.record is None:
            return False
        recorded = read_record(self.record, "site")
        inputs = self.inputs_digest()
        return (
            inputs is not None
            and recorded.get("inputs") == inputs
            and recorded.get("site") == folder_listing(self.site_dir)
        )

    def too_large(self) -> str | None:
        """The hosting warning the recorded build logged, if any."""
        if self.record is None:
            return None
        return read_record(self.record, "site").get("too_large")

    def forget(self) -> None:
        """A build is starting: until it succeeds, nothing is current."""
        if self.record is not None:
            self.record.unlink(missing_ok=True)

    def remember(self, pages: Mapping[str, Any], too_large: str | None = None) -> None:
        """After a build that logged no warning but `too_large` (the site outgrew its
        host): what it was made from, what it made, and what the engine's adapter keeps
        of its `pages`, in one record."""
        inputs = self.inputs_digest()
        if self.record is None or inputs is None:
            return
        fields = {**pages, "inputs": inputs, "site": folder_listing(self.site_dir)}
        fields["too_large"] = too_large
        write_record(self.record, "site", fields)


ENGINES = ("mkdocs", "properdocs")


def build_site(
    config_file: Path, strict: bool = False, engine: str = "mkdocs", stages: Stages | None = None
) -> bool:
    """`mkdocs build` (or `properdocs build`) unless site/ is current; returns whether
    the engine ran. It runs as its own command, so the build, its messages and
    `--strict` are its own. It builds into a copy of site/ beside it (the pages it
    reuses are there) that replaces site/ only when the build succeeds: a failed build
    leaves site/ as it was. `stages` gets the seconds of each step."""
    if engine not in ENGINES:
        raise SiteBuildError(f"unknown site engine {engine!r}: one of {', '.join(ENGINES)}")
    stages = Stages() if stages is None else stages
    with stages.timing("is site/ current"):
        state = SiteState.of(config_file, engine=engine)
        current = state.is_current()
    if current:
        too_large = state.too_large()
        if strict and too_large:  # the build that made it would have failed
            raise SiteBuildError(f"{too_large} (a warning, and --strict)")
        return False
    site = state.site_dir
    building = site.with_name(f".{site.name}.building")
    with stages.timing("site/ copied to build beside it"):
        shutil.rmtree(building, ignore_errors=True)
        if site.is_dir():
            _copy_tree(site, building)
    command = [sys.executable, "-m", engine, "build", "-f", str(config_file)]
    command += ["-d", str(building)] + (["--strict"] if strict else [])
    with stages.timing(f"{engine} build"):
        result = subprocess.run(command, check=False)
    if result.returncode != 0:
        shutil.rmtree(building, ignore_errors=True)
        raise SiteBuildError(
            f"{engine} build failed (exit {result.returncode}): see above; site/ is as it was"
        )
    with stages.timing("old site/ removed"):
        old = site.with_name(f".{site.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if site.exists():
            os.rename(site, old)
        os.rename(building, site)
        shutil.rmtree(old, ignore_errors=True)
    return True


def _copy_tree(source: Path, target: Path) -> None:
    """A copy of `source` that shares no file with it (MkDocs rewrites files in place),
    with times kept (what the reuse of unchanged pages compares): copy-on-write where the
    file system offers it."""
    try:
        subprocess.run(
            ["cp", "-a", "--reflink=auto", str(source), str(target)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError):
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, symlinks=True)


class SiteBuildError(RuntimeError):
    """MkDocs failed; it has printed why."""
