"""`python -m generator build` with docs/ current: it loads no stage, and it still sees
every change to what the pages are made from."""

from __future__ import annotations

import json
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
