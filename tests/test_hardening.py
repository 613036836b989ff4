"""Hostile and broken input: nothing injected, nothing escapes docs/, nothing hangs."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, build_site, generator, make_project, run

HOSTILE = FIXTURES / "hostile"
SAFE_SECONDS = 60  # generous bound for a slow, shared machine; a hang never ends


def hostile_project(tmp_path: Path) -> Path:
    articles = {
        f"2023/05/{path.name}": path.read_text("utf-8")
        for path in HOSTILE.iterdir()
        if path.suffix in (".txt", ".md")
    }
    return make_project(tmp_path, articles, registry=(HOSTILE / "entities.yml").read_text())


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(hostile_project(tmp_path_factory.mktemp("hostile")))


DANGEROUS = (
    "[onerror], [onload], [onclick], [onmouseover], iframe, "
    "a[href^='javascript'], img[src^='javascript'], article style, article b"
)


@pytest.mark.browser
def test_hostile_payloads_never_run_in_any_page(hostile_site: Path, serve, page):
    base = serve(hostile_site)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    pages = sorted(p.relative_to(hostile_site) for p in hostile_site.rglob("index.html"))
    assert len(pages) > 10
    for relative in pages:
        url = f"{base}/{relative.parent.as_posix()}/".replace("/./", "/")
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.pwned") == "undefined", url
        assert page.locator(DANGEROUS).count() == 0, url
    page.goto(f"{base}/")
    page.keyboard.press("/")
    page.keyboard.type("pwned", delay=30)
    page.wait_for_timeout(1500)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert dialogs == []


def test_hostile_text_stays_visible_as_text(hostile_site: Path):
    pages = list((hostile_site / "articles").rglob("index.html"))
    combined = "".join(p.read_text("utf-8") for p in pages)
    assert "&lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;" in combined
    assert "<script>window.pwned" not in combined


def test_json_ld_and_feeds_cannot_break_out(hostile_site: Path):
    for html_file in hostile_site.rglob("*.html"):
        html = html_file.read_text("utf-8")
        for chunk in html.split('<script type="application/ld+json">')[1:]:
            body = chunk.split("</script>", 1)[0]
            json.loads(body)
            assert "<" not in body, html_file
    for feed in hostile_site.rglob("*.xml"):
        text = feed.read_text("utf-8")
        assert "<script" not in text and "<img" not in text, feed


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_titles_and_slugs_never_write_outside_docs(tmp_path: Path):
    articles = {
        "a/escape.md": "---\nslug: ../../../../outside\ndate: 2023-01-01\n---\nEsc\n\nBody text.\n",
        "a/absolute.md": "---\nslug: /tmp/absolute-article\ndate: 2023-01-01\n---\nAbs\n\nBody.\n",
        "a/device.txt": "CON\nAUX lead line here.\nBody of the device-named article.\n",
        "a/long.txt": ("Word " * 200) + "\nLead.\nBody of the long-titled article.\n",
        "a/empty.md": "---\ntitle: ''\ndate: 2023-01-02\n---\n\nOnly a body, no title at all.\n",
        "a/lookalike-1.txt": "B\u0430nk news\nLead one.\nBody one.\n",
        "a/lookalike-2.txt": "Bank news\nLead two.\nBody two.\n",
        "b/same-1.txt": "Same title\nLead.\nFirst body.\n",
        "b/same-2.txt": "Same title\nLead.\nSecond body.\n",
    }
    project = make_project(tmp_path, articles, with_sample=False)
    outside_before = {p for p in tmp_path.rglob("*") if "docs" not in p.parts}
    generator("build", cwd=project)
    outside_after = {p for p in tmp_path.rglob("*") if "docs" not in p.parts}
    new = {p for p in outside_after - outside_before if ".cache" not in p.parts}
    assert new == {project / "build-report.txt"}  # the build report, beside site/
    assert not Path("/tmp/absolute-article.md").exists()
    pages = [p for p in (project / "docs" / "articles").rglob("*.md")]
    assert all(len(p.name) < 120 for p in pages)
    bodies = "".join(p.read_text("utf-8") for p in pages)
    for words in ("First body.", "Second body.", "Body one.", "Body two.", "Body text."):
        assert words in bodies, words
    first = _tree_digest(project / "docs")
    for generated in json.loads((project / "docs/.generated.json").read_text())["pages"]:
        (project / "docs" / generated).unlink()
    generator("build", "--no-cache", cwd=project)
    assert _tree_digest(project / "docs") == first


def test_generating_twice_is_byte_identical_and_deleting_removes_every_reference(tmp_path):
    project = make_project(
        tmp_path, {"2023/05/extra.txt": (HOSTILE / "script-title.txt").read_text()}
    )
    generator("build", cwd=project)
    first = _tree_digest(project / "docs")
    generator("build", cwd=project)
    assert _tree_digest(project / "docs") == first
    (project / "content/2023/05/extra.txt").unlink()
    generator("build", cwd=project)
    after = _tree_digest(project / "docs")
    assert not any("harborville" in path or "mayor-says" in path for path in after)
    text = "".join((project / "docs" / p).read_text("utf-8") for p in after if p.endswith(".md"))
    assert "mayor-says" not in text and "Harborville" not in text


ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)


def _annotate(path: Path, timeout: int = SAFE_SECONDS):
    started = time.monotonic()
    result = run(
        [sys.executable, "-m", "generator", "annotate", "--json", str(path)],
        cwd=ROOT,
        check=False,
        timeout=timeout,
    )
    return result, time.monotonic() - started


def test_yaml_alias_bomb_in_front_matter_is_a_quick_clear_error(tmp_path: Path):
    article = tmp_path / "bomb.md"
    article.write_text(f"---\n{ALIAS_BOMB}---\n# Title\n\nBody.\n", encoding="utf-8")
    result, _ = _annotate(article)
    assert result.returncode == 1
    assert "bomb.md:" in result.stderr and "front matter" in result.stderr


def test_custom_yaml_tags_are_refused_not_executed(tmp_path: Path):
    marker = tmp_path / "executed"
    article = tmp_path / "tag.md"
    article.write_text(
        f"---\nx: !!python/object/apply:os.system ['touch {marker}']\n---\n# T\n\nBody.\n",
        encoding="utf-8",
    )
    result, _ = _annotate(article)
    assert result.returncode == 1 and "front matter" in result.stderr
    assert not marker.exists()


def test_registry_alias_bomb_is_reported_and_the_archive_still_builds(tmp_path: Path):
    registry = ALIAS_BOMB + "entities:\n  - name: Bomb\n    type: person\n    aliases: *i\n"
    project = make_project(tmp_path, registry=registry)
    result = run(
        [sys.executable, "-m", "generator", "build"], cwd=project, check=False, timeout=SAFE_SECONDS
    )
    assert "entities.yml" in result.stderr
    assert list((project / "docs/articles").rglob("*.md"))


def test_oversized_file_is_reported_and_the_rest_builds(tmp_path: Path):
    big = "Huge file\nLead.\n" + ("word " * 10_000_000)
    project = make_project(tmp_path, {"2023/01/huge.txt": big})
    result = run(
        [sys.executable, "-m", "generator", "build"], cwd=project, check=False, timeout=SAFE_SECONDS
    )
    assert "huge.txt:1:" in result.stderr and "limit" in result.stderr
    assert list((project / "docs/articles/2017/04").glob("*.md"))


@pytest.mark.parametrize(
    "name, text",
    [
        ("one-line", "Long line\nLead.\n" + ("alpha beta, gamma. " * 55_000)),
        ("quotes", "Quotes\nLead.\n" + ('"a" ' * 50_000) + ('"' * 50_000)),
        ("brackets", "Brackets\nLead.\n" + "(" * 200_000 + ")" * 200_000),
        ("capitals", "Capitals\nLead.\n" + ("Alpha Beta Gamma Delta " * 40_000)),
    ],
)
def test_pathological_text_reads_in_bounded_time(tmp_path: Path, name: str, text: str):
    article = tmp_path / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    result, elapsed = _annotate(article)
    assert result.returncode in (0, 1)
    record = json.loads(result.stdout)
    assert record["blocks"], record["errors"]
    assert elapsed < SAFE_SECONDS
