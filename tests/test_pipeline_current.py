"""`python -m generator build` with docs/ current: it loads no stage, and it still sees
every change to what the pages are made from."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from conftest import generator, harbour_articles, make_project, run

ARTICLES = {
    **harbour_articles(2),
    "2023/05/ferry.txt": "FERRY SERVICE RESUMES AT PORT ELLING\n"
    "PORT ELLING, May 2 (Reuters) - The ferry to the islands sailed again on Tuesday.\n",
}


def test_a_current_docs_folder_is_checked_without_loading_a_stage(tmp_path: Path):
    project = make_project(tmp_path, ARTICLES)
    generator("build", cwd=project)
    script = (
        "import sys\n"
        "from generator.cli import main\n"
        "status = main(['build'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('generator.')))\n"
        "sys.exit(status)\n"
    )
    result = run([sys.executable, "-c", script], cwd=project)
    assert "0 pages written" in result.stderr
    loaded = result.stdout
    for stage in ("read", "annotate", "annotations", "index", "render", "importers"):
        assert f"'generator.{stage}" not in loaded, loaded


def test_a_file_the_reader_skips_is_reported_when_added(tmp_path: Path):
    project = make_project(tmp_path, ARTICLES)
    generator("build", cwd=project)
    (project / "content/2023/05/notes.doc").write_text("minutes of the board\n", "utf-8")
    result = generator("build", cwd=project)
    assert "notes.doc:1: unknown file type '.doc', skipped" in result.stderr


def test_switching_readable_headlines_off_shows_headlines_as_written(tmp_path: Path):
    project = make_project(tmp_path, ARTICLES)
    generator("build", cwd=project)
    home = project / "docs/index.md"
    assert "Ferry Service Resumes at Port Elling" in home.read_text("utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "  - news-archive:\n" in text
    config.write_text(
        text.replace("  - news-archive:\n", "  - news-archive:\n      readable_headlines: false\n"),
        "utf-8",
    )
    generator("build", cwd=project)
    assert "FERRY SERVICE RESUMES AT PORT ELLING" in home.read_text("utf-8")
    manifest = json.loads((project / "docs/.generated.json").read_text("utf-8"))
    assert "index.md" in manifest["pages"]


def test_switching_directory_urls_off_rewrites_the_links(tmp_path: Path):
    project = make_project(tmp_path, ARTICLES)
    generator("build", cwd=project)
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "use_directory_urls: true" in text
    config.write_text(text.replace("use_directory_urls: true", "use_directory_urls: false"))
    result = generator("build", cwd=project)
    assert "0 pages written" not in result.stderr
    page = next((project / "docs/articles").rglob("*ferry-service*.md")).read_text("utf-8")
    assert '.html"' in page  # links to x.html pages, not x/


def _age(folder: Path, seconds: float) -> None:
    """Every file under `folder` as if written `seconds` ago."""
    for path in folder.rglob("*"):
        if path.is_file():
            stat = path.stat()
            when = stat.st_mtime_ns - int(seconds * 1e9)
            os.utime(path, ns=(when, when))


def test_settled_sources_are_found_current_by_their_sizes_and_times(tmp_path: Path):
    # Issue 28: at 100,000 stories, reading every source to find nothing changed took
    # seconds; once built, a source whose size and time are unchanged is not read again.
    project = make_project(tmp_path, ARTICLES)
    _age(project / "content", 60)
    generator("build", cwd=project)
    manifest = json.loads((project / "docs/.generated.json").read_text("utf-8"))
    assert manifest["listing"], "settled sources are listed"
    ferry = project / "content/2023/05/ferry.txt"
    ferry.write_text(ferry.read_text("utf-8").replace("Tuesday", "Thursday"), "utf-8")
    result = generator("build", cwd=project)
    assert "0 pages written" not in result.stderr  # a moved time is a change
    assert "Thursday" in next((project / "docs/articles").rglob("*ferry*.md")).read_text("utf-8")
    assert "0 pages written" in generator("build", cwd=project).stderr


def test_a_source_rewritten_within_the_clock_step_is_read_again(tmp_path: Path):
    # A file written again right after a build may keep its size and time: a listing
    # taken while a source is that young is not trusted, and the sources are read.
    project = make_project(tmp_path, ARTICLES, settled=False)
    ferry = project / "content/2023/05/ferry.txt"
    _age(project / "content", -30)  # still young when the build lists them, however slow
    generator("build", cwd=project)
    manifest = json.loads((project / "docs/.generated.json").read_text("utf-8"))
    assert manifest["listing"] == ""
    before = ferry.stat()
    ferry.write_text(ferry.read_text("utf-8").replace("Tuesday", "Saturday"), "utf-8")
    os.utime(ferry, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size and time
    generator("build", cwd=project)
    assert "Saturday" in next((project / "docs/articles").rglob("*ferry*.md")).read_text("utf-8")
