"""`make build` with nothing changed runs no MkDocs at all (`python -m generator site`),
and any change to what the site is made from, or to site/ itself, builds again."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import generator, harbour_articles, make_project


def _make_build(project: Path, **env: str) -> str:
    """The two steps of `make build`; what the second printed."""
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        generator("build", cwd=project)
        result = generator("site", "--strict", cwd=project)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return result.stdout + result.stderr


def _snapshot(site: Path) -> dict[str, int]:
    return {str(p.relative_to(site)): p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}


def test_an_unchanged_site_is_not_built_again_and_any_change_builds_it(tmp_path: Path):
    project = make_project(tmp_path, harbour_articles(3))
    site = project / "site"
    assert "Documentation built" in _make_build(project)
    before = _snapshot(site)
    assert "site/ is current" in _make_build(project)
    assert _snapshot(site) == before  # not a file written

    story = sorted((project / "content").rglob("*.txt"))[0]
    story.write_text(story.read_text("utf-8") + "\nThe harbour reopened at dawn.\n", "utf-8")
    assert "Documentation built" in _make_build(project)
    assert any("harbour reopened at dawn" in p.read_text("utf-8") for p in site.rglob("*.html"))

    (site / "about" / "index.html").unlink()  # site/ changed by hand
    assert "Documentation built" in _make_build(project)
    assert (site / "about" / "index.html").is_file()

    (project / "overrides" / "partials" / "content.html").touch()  # the theme
    assert "Documentation built" in _make_build(project)
    assert "site/ is current" in _make_build(project)

    # mkdocs.yml reads SITE_URL: another address is another site.
    built = _make_build(project, SITE_URL="https://example.org/harbour/")
    assert "Documentation built" in built
    assert "https://example.org/harbour/" in (site / "index.html").read_text("utf-8")


def test_a_failed_build_leaves_nothing_current(tmp_path: Path):
    project = make_project(tmp_path, harbour_articles(2))
    _make_build(project)
    (project / "docs" / "about.md").write_text("# About\n\n[gone](nowhere.md)\n", "utf-8")
    generator("build", cwd=project)
    failed = generator("site", "--strict", cwd=project, check=False)
    assert failed.returncode == 1 and "nowhere.md" in failed.stdout + failed.stderr
    again = generator("site", "--strict", cwd=project, check=False)
    assert again.returncode == 1  # still built, still failing: never taken as current
