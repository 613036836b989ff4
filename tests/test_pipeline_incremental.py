"""A rebuild after an edit re-renders only what changed, and gives exactly the
pages a clean build gives."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import pytest
from conftest import generator, harbour_articles, make_project, run

ARTICLES = harbour_articles(6)


def _generated(docs: Path) -> dict[str, str]:
    manifest = json.loads((docs / ".generated.json").read_text("utf-8"))
    return {
        page: hashlib.sha256((docs / page).read_bytes()).hexdigest() for page in manifest["pages"]
    }


def test_an_edit_rerenders_few_pages_and_matches_a_clean_build(tmp_path: Path):
    project = make_project(tmp_path, ARTICLES)
    first = generator("build", cwd=project)
    assert "0 pages written" not in first.stderr
    unchanged = generator("build", cwd=project)
    assert "0 pages written" in unchanged.stderr

    edited = project / "content/2023/03/harbour-3.txt"
    edited.write_text(edited.read_text("utf-8").replace("vote number 3", "a vote at last"), "utf-8")
    after_edit = generator("build", cwd=project)
    written = int(after_edit.stderr.split(" pages written")[0].rsplit(" ", 1)[-1])
    total = len(_generated(project / "docs"))
    assert 0 < written < total / 2, after_edit.stderr

    assert _generated(project / "docs") == _generated(_clean_build(project, tmp_path / "clean"))
    page = next((project / "docs/articles").rglob("*session-3.md")).read_text("utf-8")
    assert "a vote at last" in page


def _clean_build(project: Path, clean: Path) -> Path:
    """The same sources built from nothing (no cache, no earlier pages); its docs/."""
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns(".cache"))
    for page in _generated(clean / "docs"):
        (clean / "docs" / page).unlink()
    generator("build", cwd=clean)
    return clean / "docs"


def _with_jobs(project: Path, jobs: int) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "  - news-archive:\n" in text
    config.write_text(
        text.replace("  - news-archive:\n", f"  - news-archive:\n      jobs: {jobs}\n", 1), "utf-8"
    )


def _pages(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in site.rglob("*.html")
        if "pagefind" not in path.parts
    }


def test_mkdocs_build_in_worker_processes_makes_the_same_site(tmp_path: Path):
    """`mkdocs build` converts generated pages in worker processes; the site is the same
    byte for byte as MkDocs converting every page itself."""
    sites = {}
    for jobs in (1, 3):
        project = make_project(tmp_path / f"jobs-{jobs}", ARTICLES)
        _with_jobs(project, jobs)
        run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project)
        sites[jobs] = _pages(project / "site")
    assert len(sites[1]) > 30
    assert sites[1] == sites[3]


def test_a_warning_from_a_worker_still_fails_a_strict_build(tmp_path: Path):
    """A broken link in a generated page is logged by the worker that converts it and
    replayed by MkDocs' process, so `--strict` stops the build as it would serially."""
    project = make_project(tmp_path, ARTICLES)
    _with_jobs(project, 2)
    generator("build", cwd=project)
    # MkDocs reads pages in path order and the workers take the second half.
    last = max(page for page in _generated(project / "docs") if page.endswith(".md"))
    page = project / "docs" / last
    page.write_text(page.read_text("utf-8") + "\n[gone](nowhere.md)\n", "utf-8")
    failed = run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, check=False)
    assert failed.returncode != 0
    assert "nowhere.md" in failed.stderr and "not found" in failed.stderr


def test_cached_annotations_outlive_template_edits_but_not_annotator_edits(
    tmp_path: Path, monkeypatch
):
    """Editing a page template re-renders pages but keeps every cached annotation;
    editing an annotator invalidates them."""
    from generator import settings

    package = tmp_path / "generator"
    shutil.copytree(settings.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(settings, "PACKAGE_DIR", package)

    def digests() -> tuple[str, str]:
        settings.code_digest.cache_clear()
        return settings.code_digest(*settings.ANNOTATION_CODE), settings.code_digest()

    try:
        annotations, pages = digests()
        template = package / "render" / "templates" / "article.md.j2"
        template.write_text(template.read_text("utf-8") + "\n", "utf-8")
        assert digests() == (annotations, digests()[1]) and digests()[1] != pages
        annotator = package / "annotate" / "quotes" / "spans.py"
        annotator.write_text(annotator.read_text("utf-8") + "\n", "utf-8")
        assert digests()[0] != annotations
    finally:
        settings.code_digest.cache_clear()


# The board's 13 members: more than the 12 neighbours its page shows.
MEMBERS = [
    "Ana Aalto", "Ben Brask", "Cora Cobb", "Dan Dunn", "Eva Ekberg", "Finn Falk", "Greta Gran",
    "Hugo Holm", "Ida Isaksen", "Jon Juul", "Kai Kask", "Lea Lund", "Max Moen",
]  # fmt: skip


def test_an_entity_gaining_a_page_files_other_feeds_entries_under_it(tmp_path: Path):
    """With `entity_min_articles: 2`, a second article naming Tomas Brek gives him a
    page. The board's feed lists the first one, and now files it under him too, though
    nothing the board's page shows has changed (its neighbours are its 13 members)."""
    registry = (
        "entities:\n"
        + "".join(f"  - name: {name}\n    type: person\n" for name in MEMBERS)
        + "  - name: Port Elling Harbour Board\n    type: organization\n"
    )
    meeting = (
        "Harbour board meets for session {n}\nThe members met\n"
        "PORT ELLING, March {n} (Reuters) - The Port Elling Harbour Board met on Monday. "
        + " ".join(f"{name} attended." for name in MEMBERS)
        + "\n"
    )
    ferry = (
        "Ferry captain speaks\nA new voice on the quay\n"
        "PORT ELLING, May {n} (Reuters) - Ferry captain Tomas Brek spoke on Tuesday.{board}\n"
    )
    articles = {f"2023/0{n}/meeting-{n}.txt": meeting.format(n=n) for n in (1, 2, 3)}
    articles["2023/05/ferry-1.txt"] = ferry.format(
        n=1, board=" The Port Elling Harbour Board heard him."
    )
    project = make_project(tmp_path, articles, registry, with_sample=False)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace(
            "  - news-archive:\n", "  - news-archive:\n      entity_min_articles: 2\n", 1
        ),
        "utf-8",
    )
    generator("build", cwd=project)
    board = project / "docs/organizations/port-elling-harbour-board"
    page = (board.parent / f"{board.name}.md").read_text("utf-8")
    assert not (project / "docs/people/tomas-brek.md").exists()
    (project / "content/2023/05/ferry-2.txt").write_text(ferry.format(n=2, board=""), "utf-8")
    generator("build", cwd=project)
    assert (project / "docs/people/tomas-brek.md").exists()
    assert (board.parent / f"{board.name}.md").read_text("utf-8") == page
    assert 'label="Tomas Brek"' in (board / "feed.xml").read_text("utf-8")
    assert _generated(project / "docs") == _generated(_clean_build(project, tmp_path / "clean"))


# Run in a process of its own: a thread another test left running would keep it from
# forking at all.
FORKED_RENDERING = """
import hashlib, json, sys, threading
from pathlib import Path
from generator import pipeline
from generator.render import pages
from generator.settings import read_site_settings

pages.PARALLEL_FROM = 1  # fork even for a small archive
pages.CHUNK_ITEMS = 3  # and send pages back in several chunks from each worker
forked = []
share_out = pages._render_forked
pages._render_forked = lambda *args: (forked.append(1), share_out(*args))
settings = read_site_settings(Path(sys.argv[1]))


def run(jobs):
    settings.jobs, before = jobs, len(forked)
    result = pipeline.generate(settings)
    text = json.dumps([list(result.pages.items()), sorted(result.keys.items())])
    return [hashlib.sha256(text.encode()).hexdigest(), len(result.pages), len(forked) - before]


report = {jobs: run(jobs) for jobs in (1, 2, 3)}
threading.Thread(target=threading.Event().wait, args=(30,), daemon=True).start()
report["2, with another thread running"] = run(2)  # as in a preview server
print(json.dumps(report))
"""


def test_pages_rendered_in_forked_processes_are_those_of_one_process(tmp_path):
    project = make_project(tmp_path, ARTICLES)
    script = [sys.executable, "-c", FORKED_RENDERING, str(project / "mkdocs.yml")]
    report = json.loads(run(script, cwd=project).stdout)
    one, pages_made, _ = report["1"]
    assert pages_made > 20
    assert [forks for _, _, forks in report.values()] == [0, 1, 1, 0]
    assert {digest for digest, _, _ in report.values()} == {one}  # pages, order and keys


def test_an_edit_drops_its_old_cache_record_but_not_another_archives(tmp_path: Path):
    """The cache holds each archive as it is: an edited article's earlier record goes, and
    an archive sharing the cache folder keeps its records."""
    from generator.annotate.registry import Registry
    from generator.annotations import process_sources

    cache = tmp_path / "cache"

    def annotate(name: str) -> None:
        root = tmp_path / name
        process_sources(sorted(root.rglob("*.txt")), root, Registry(), None, cache, jobs=1)

    for name in ("content-a", "content-b"):
        folder = tmp_path / name / "2023" / "01"
        folder.mkdir(parents=True)
        (folder / "story.txt").write_text(
            f"Harbour story {name}\nA lead\nLIMA, Jan 3 - The board of {name} met.\n", "utf-8"
        )
        annotate(name)
    records = set(cache.rglob("*.json"))
    assert len(records) == 2
    story = tmp_path / "content-a" / "2023" / "01" / "story.txt"
    story.write_text(story.read_text("utf-8").replace("met", "met again"), "utf-8")
    annotate("content-a")
    after = set(cache.rglob("*.json"))
    assert len(after) == 2 and len(after & records) == 1  # a's old record gone, b's kept


def test_a_site_without_a_site_name_gets_the_default_name(tmp_path: Path):
    """The command line reads mkdocs.yml itself: a file that names no site must give the
    pages the default name, not the text of a dataclass slot."""
    from generator.settings import Settings, read_site_settings

    (tmp_path / "mkdocs.yml").write_text("site_url: https://example.org/news/\n", "utf-8")
    settings = read_site_settings(tmp_path / "mkdocs.yml")
    assert settings.site_name == Settings().site_name == "News archive"
    assert settings.site_url == "https://example.org/news/"


def test_a_record_of_an_older_schema_still_has_deleted_articles_pages_removed(tmp_path: Path):
    """After an upgrade that changes the docs record's schema, everything is made again;
    the pages the old record lists are still the generator's, so a deleted article's
    page goes and a hand-written page stays."""
    project = make_project(tmp_path, ARTICLES)
    generator("build", cwd=project)
    docs = project / "docs"
    record = json.loads((docs / ".generated.json").read_text("utf-8"))
    old_page = next(page for page in record["pages"] if page.endswith("session-3.md"))
    older = {k: v for k, v in record.items() if k != "schema"}  # as before schemas
    older["keys"] = {page: "0" * 40 for page in older["keys"]}
    (docs / ".generated.json").write_text(json.dumps(older), "utf-8")
    (docs / "about-us.md").write_text("# About us\n", "utf-8")
    (project / "content/2023/03/harbour-3.txt").unlink()

    rebuilt = generator("build", cwd=project)
    assert "0 pages written" not in rebuilt.stderr
    assert not (docs / old_page).exists()
    assert (docs / "about-us.md").read_text("utf-8") == "# About us\n"
    assert _generated(docs) == _generated(_clean_build(project, tmp_path / "clean"))


def test_an_edited_article_naming_one_body_two_ways_is_shown_first_as_rebuilt(tmp_path: Path):
    """An article that names a body in full and short ("Kestrel Glassworks Inc", then
    "Kestrel Glassworks") has one entity in the index; the page shown first lists and
    filters search by that one entity too, so search reads the same page twice over."""
    from generator import pipeline
    from generator.settings import read_site_settings

    story = (
        "Glassworks hires for its new kiln\n"
        "The plant adds a shift\n"
        "PORT ELLING, March 9 (Reuters) - Kestrel Glassworks Inc said on Monday it would "
        "hire forty workers. Kestrel Glassworks runs the only kiln in Port Elling.\n"
    )
    project = make_project(tmp_path, {**ARTICLES, "2023/03/kiln.txt": story})
    settings = read_site_settings(project / "mkdocs.yml")
    settings.jobs = 1
    last = pipeline.generate(settings)
    edited = project / "content/2023/03/kiln.txt"
    edited.write_text(story + "The shift starts in May.\n", "utf-8")
    first = pipeline.edited_first(settings, last, [edited])
    whole = pipeline.generate(settings)
    assert first is not None
    ((path, page),) = first.items()
    assert "starts in May" in page and "Kestrel Glassworks" in page
    assert page == whole.pages[path]


def test_an_edited_article_shown_first_is_the_page_the_whole_rebuild_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The preview's first page after an edit (the article alone, against the last
    build's index) is the page the whole rebuild then makes; a headline that moves the
    page, or a file the last build did not index, leaves it to the whole rebuild."""
    from generator import pipeline
    from generator.render import context
    from generator.settings import read_site_settings

    project = make_project(tmp_path, ARTICLES)
    settings = read_site_settings(project / "mkdocs.yml")
    settings.jobs = 1
    last = pipeline.generate(settings)
    edited = project / "content/2023/03/harbour-3.txt"
    edited.write_text(edited.read_text("utf-8").replace("vote number 3", "a vote at last"), "utf-8")

    with monkeypatch.context() as patch:  # no pass over the whole archive for one page
        patch.setattr(context, "archive_acronyms", lambda texts: pytest.fail("a pass"))
        first = pipeline.edited_first(settings, last, [edited])
    whole = pipeline.generate(settings)
    assert first is not None and len(first) == 1
    ((path, page),) = first.items()
    assert "a vote at last" in page
    assert page == whole.pages[path]

    title, rest = edited.read_text("utf-8").split("\n", 1)
    edited.write_text(f"A wholly different headline\n{rest}", "utf-8")
    assert pipeline.edited_first(settings, whole, [edited]) is None
    added = project / "content/2023/03/harbour-new.txt"
    added.write_text(f"{title}, again\n{rest}", "utf-8")
    assert pipeline.edited_first(settings, whole, [added]) is None
