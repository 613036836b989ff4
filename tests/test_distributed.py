"""Issue 19: annotation on a Dask cluster writes the same cache entries, pages and JSON
Lines as the local run, byte for byte."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import generator, harbour_articles, make_project

distributed = pytest.importorskip("dask.distributed")

ARTICLES = harbour_articles(7)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def scheduler():
    """A real Dask scheduler and worker on loopback, in this process."""
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",  # reachable from the command run in a subprocess
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield cluster.scheduler_address


def test_build_on_dask_writes_the_same_cache_and_pages(tmp_path: Path, scheduler: str):
    project = make_project(tmp_path, ARTICLES)
    generator("build", cwd=project)
    cache, docs = _files(project / ".cache" / "generator"), _files(project / "docs")
    assert len([name for name in cache if name.endswith(".json")]) == 8  # and content.keys
    shutil.rmtree(project / ".cache")
    for page in json.loads((project / "docs/.generated.json").read_text("utf-8"))["pages"]:
        (project / "docs" / page).unlink()
    result = generator("build", "--dask", scheduler, cwd=project)
    assert "8 articles" in result.stderr, result.stderr
    assert _files(project / ".cache" / "generator") == cache
    assert _files(project / "docs") == docs


def test_annotate_on_dask_prints_the_same_json_lines(tmp_path: Path, scheduler: str):
    project = make_project(tmp_path, ARTICLES)
    local = generator("annotate", "--json", "content", cwd=project)
    assert len(local.stdout.splitlines()) == 8
    remote = generator("annotate", "--json", "--dask", scheduler, "content", cwd=project)
    assert remote.stdout == local.stdout
    here = generator("annotate", "--json", "--dask", "local", "content", cwd=project)
    assert here.stdout == local.stdout
