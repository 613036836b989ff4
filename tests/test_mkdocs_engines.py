"""Issue 27: the adapter survives MkDocs as we know it. The accelerator (speedups/) is
one switch: the site is byte for byte the same with it off, when MkDocs lacks the
insides it needs the build falls back with a message, and ProperDocs builds the same
site as MkDocs."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from conftest import generator, harbour_articles, make_project, run
from test_site_reuse import site_files

ARTICLES = harbour_articles(6)


def _options(project: Path, *lines: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    options = "".join(f"      {line}\n" for line in lines)
    config.write_text(text.replace("  - news-archive:\n", f"  - news-archive:\n{options}", 1))


def _mkdocs(project: Path, *args: str, engine: str = "mkdocs") -> str:
    command = [sys.executable, "-m", engine, "build", "-f", "mkdocs.yml", "--strict", *args]
    return run(command, cwd=project).stderr


def test_the_site_is_the_same_with_the_speedups_off(tmp_path: Path):
    """With `speedups: false` MkDocs renders every page through its public plugin API;
    with them on, workers render pages and a second build after an edit keeps the
    unchanged pages' HTML. Both sites are the same, byte for byte."""
    fast = make_project(tmp_path / "fast", ARTICLES)
    _options(fast, "jobs: 2")  # workers from the first page on
    generator("build", cwd=fast)
    _mkdocs(fast)
    edited = fast / "content/2023/03/harbour-3.txt"
    edited.write_text(edited.read_text("utf-8").replace("budget", "harbour budget", 1), "utf-8")
    generator("build", cwd=fast)
    log = _mkdocs(fast)
    kept = re.search(r"(\d+) generated pages rendered, (\d+) unchanged", log)
    assert kept and int(kept.group(2)) > 0, log  # the speedups did run

    plain = make_project(tmp_path / "plain", with_sample=False)
    shutil.rmtree(plain / "content")
    shutil.copytree(fast / "content", plain / "content")
    _options(plain, "speedups: false")
    generator("build", cwd=plain)
    log = _mkdocs(plain)
    assert "generated pages rendered" not in log  # no reuse, no accelerator
    assert site_files(plain / "site") == site_files(fast / "site")


def test_missing_insides_fall_back_to_the_public_path(tmp_path: Path):
    """A MkDocs without an inside the accelerator uses (here the preview server's
    `unwatch`, which a one-off build does not need, as another version might lack it):
    the build says so, goes on with the public API alone, and makes the same site."""
    project = make_project(tmp_path, ARTICLES)
    generator("build", cwd=project)
    _mkdocs(project, "-d", "site-usual")
    script = (
        "import sys\n"
        "from mkdocs.livereload import LiveReloadServer\n"
        "del LiveReloadServer.unwatch\n"
        "from mkdocs.__main__ import cli\n"
        "sys.argv = ['mkdocs', 'build', '-f', 'mkdocs.yml', '--strict', '-d', 'site-public']\n"
        "cli()\n"
    )
    log = run([sys.executable, "-c", script], cwd=project).stderr
    assert "speedups off (LiveReloadServer.unwatch is missing)" in log
    assert "MkDocs' public plugin API only" in log
    assert site_files(project / "site-public") == site_files(project / "site-usual")


GENERATOR_META = re.compile(rb'<meta name="generator" content="[^"]*">')


def test_properdocs_builds_the_same_site_as_mkdocs(tmp_path: Path):
    """ProperDocs (MkDocs 1.x continued) runs the plugin and Material unchanged: the
    site differs only in the engine's name in each page's generator meta tag."""
    project = make_project(tmp_path, ARTICLES)
    generator("build", cwd=project)
    _mkdocs(project, "-d", "site-mkdocs")
    log = _mkdocs(project, "-d", "site-properdocs", engine="properdocs")
    assert "speedups off" not in log  # its insides are MkDocs' own, under its name
    mkdocs_site = site_files(project / "site-mkdocs")
    properdocs_site = site_files(project / "site-properdocs")
    assert mkdocs_site.keys() == properdocs_site.keys()
    differ = [name for name in mkdocs_site if mkdocs_site[name] != properdocs_site[name]]
    assert differ, "the generator meta tag names the engine"
    for name in differ:
        assert GENERATOR_META.sub(b"", mkdocs_site[name]) == GENERATOR_META.sub(
            b"", properdocs_site[name]
        ), name
    page = properdocs_site["index.html"]
    assert b'content="mkdocs-ProperDocs 1.6.7, mkdocs-material-' in page
