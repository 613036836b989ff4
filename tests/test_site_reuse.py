"""Issue 19: `mkdocs build` renders only the generated pages that changed, runs Pagefind
only when an indexed page changed, and site/ is always what a clean build makes."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from conftest import PROJECT_FILES, generator, harbour_articles, index_files, make_project, run

ARTICLES = harbour_articles(6)


def make_build(project: Path, with_generator: bool = True) -> str:
    """`make build` (or plain `mkdocs build` when `with_generator` is false); its log."""
    log = generator("build", cwd=project).stderr if with_generator else ""
    return log + run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project).stderr


def rendered(log: str) -> tuple[int, int]:
    """(generated pages rendered, unchanged) as the plugin reports them."""
    match = re.search(r"(\d+) generated pages rendered, (\d+) unchanged", log)
    assert match, log
    return int(match.group(1)), int(match.group(2))


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of the site, byte for byte, except Pagefind's bundles, which are
    compared by what they indexed (`index_files`: Pagefind names its filter files anew
    on every run)."""
    files = {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file() and path.relative_to(site).parts[0] != "pagefind"
    }
    files.update({f"pagefind/{k}": v for k, v in index_files(site / "pagefind").items()})
    return files


def clean_build(sources: Path, where: Path) -> Path:
    """The same sources built in a fresh project: no docs/, cache or site/ before."""
    clean = make_project(where, with_sample=False)
    shutil.rmtree(clean / "content")
    shutil.copytree(sources / "content", clean / "content")
    for name in PROJECT_FILES:
        source = sources / name
        if source.is_file():
            shutil.copy2(source, clean / name)
    make_build(clean)
    return clean / "site"


def test_unchanged_pages_are_not_rendered_and_the_site_matches_a_clean_build(tmp_path: Path):
    project = make_project(tmp_path / "incremental", ARTICLES)
    first = make_build(project)
    total = sum(rendered(first))
    assert rendered(first) == (total, 0) and "Pagefind indexed" in first

    again = make_build(project)
    assert rendered(again) == (0, total)
    assert "(0 of 1 shard re-indexed)" in again  # no page written: no Pagefind run
    # `mkdocs build -f mkdocs.yml` (MkDocs then names its folders relatively) reuses too.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml"]
    assert rendered(run(command, cwd=project).stderr) == (0, total)

    edited = project / "content/2023/03/harbour-3.txt"
    edited.write_text(edited.read_text("utf-8").replace("vote number 3", "a vote at last"), "utf-8")
    after_edit = make_build(project)
    changed, kept = rendered(after_edit)
    assert 0 < changed < kept, after_edit
    assert "(1 of 1 shard re-indexed)" in after_edit
    page = next((project / "site/articles").rglob("*session-3/index.html")).read_text("utf-8")
    assert "a vote at last" in page

    # Plain `mkdocs build`, which generates the archive itself, reuses pages as well.
    added = project / "content/2023/09/harbour-9.txt"
    added.parent.mkdir(parents=True)
    added.write_text(ARTICLES["2023/06/harbour-6.txt"].replace("6", "9"), "utf-8")
    changed, kept = rendered(make_build(project, with_generator=False))
    assert changed > 0 and kept > 0
    (project / "content/2023/01/harbour-1.txt").unlink()
    changed, kept = rendered(make_build(project))
    assert changed > 0 and kept > 0
    assert not list((project / "site/articles").rglob("*session-1/index.html"))

    # A hand-written page is on every page's navigation: everything renders again.
    about = project / "docs/about.md"
    about.write_text(about.read_text("utf-8") + "\nOne more sentence.\n", "utf-8")
    assert rendered(make_build(project))[1] == 0
    shutil.copy2(about, tmp_path / "about.md")

    clean = clean_build(project, tmp_path / "clean")
    shutil.copy2(tmp_path / "about.md", clean.parent / "docs/about.md")
    make_build(clean.parent)
    assert site_files(project / "site") == site_files(clean)


def test_a_build_that_warned_is_not_reused(tmp_path: Path):
    """A strict build that failed on a warning fails again, as a clean build would."""
    project = make_project(tmp_path, ARTICLES)
    make_build(project)
    page = next((project / "docs/articles").rglob("*session-2.md"))
    page.write_text(page.read_text("utf-8") + "\n[gone](nowhere.md)\n", "utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    for _ in range(2):
        failed = run(command, cwd=project, check=False)
        assert failed.returncode != 0 and "nowhere.md" in failed.stderr
