"""Preview while editing. A real `mkdocs serve` over a temporary project, polled
over loopback HTTP: edits in content/ show up, deleted articles go, and each edit causes
exactly one rebuild (no loop from the server seeing its own output)."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import pytest
from conftest import ROOT, SAMPLE, generator, make_project

ARTICLE_URL = "articles/2017/04/russian-envoy-says-no-progress-in-relations/"
ARTICLE_SOURCE = "2017/04/russian-envoy-says-no-progress.txt"
REGISTRY = """\
entities:
  - name: Alexander Grushko
    type: person
    aliases: [Grushko]
    description: Career diplomat, first description.
"""
SECOND_ARTICLE = """\
Lavrov and Stoltenberg talk by phone on the Black Sea
The two discussed shipping safety, the ministry said
MOSCOW, April 7. /TASS/. Russian Foreign Minister Sergey Lavrov spoke by phone with \
NATO Secretary General Jens Stoltenberg on Friday, the ministry said.
The conversation touched on shipping safety in the Black Sea area.
"""
THIRD_ARTICLE = """\
Shoigu inspects the Northern Fleet
The minister arrived in Severomorsk on Saturday
MOSCOW, April 8. /TASS/. Russian Defense Minister Sergei Shoigu arrived in Severomorsk on \
Saturday to inspect the Northern Fleet, the ministry said.
"""
STARTUP_SECONDS = 60  # a cold start imports MkDocs, Material and builds once
CHANGE_SECONDS = 20  # upper bound for an edit to be served; typically about 1.5 s
QUIET_SECONDS = 3.0  # a rebuild loop rebuilds every ~1.5 s: this is enough to see one


@dataclass
class Preview:
    """A running `mkdocs serve`: its address, its log, and its process."""

    base: str
    log: Path
    process: subprocess.Popen

    def builds(self) -> int:
        return self.log.read_text("utf-8", errors="replace").count("Building documentation")

    def reloads(self) -> int:
        return self.log.read_text("utf-8", errors="replace").count("Reloading browsers")

    def get(self, path: str) -> tuple[int, str]:
        """(status, body) of a page of the preview; never raises for HTTP errors."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=60) as response:
                return response.status, response.read().decode("utf-8", errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, ""

    def wait_for(self, what: str, condition: Callable[[], bool], seconds: float) -> float:
        """Seconds until `condition()` holds; fails the test with the log after `seconds`."""
        start = time.monotonic()
        while time.monotonic() - start < seconds:
            if self.process.poll() is not None:
                pytest.fail(f"mkdocs serve exited while waiting for {what}:\n{self.logtext()}")
            if condition():
                return time.monotonic() - start
            time.sleep(0.1)
        pytest.fail(f"{what}: not seen within {seconds} s\n{self.logtext()}")

    def logtext(self) -> str:
        return self.log.read_text("utf-8", errors="replace")[-6000:]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    """Ctrl-C as a person would (MkDocs then deletes its temporary site), then force."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=10)
    except (subprocess.TimeoutExpired, ProcessLookupError):
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _ready(preview: Preview) -> bool:
    """True once serving; False when the port was taken after all (the caller retries)."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        text = preview.logtext()
        if "Serving on" in text:
            return True
        if preview.process.poll() is not None:
            if "Address already in use" in text:
                return False
            pytest.fail(f"mkdocs serve exited before serving:\n{text}")
        time.sleep(0.1)
    pytest.fail(f"mkdocs serve did not start within {STARTUP_SECONDS} s:\n{preview.logtext()}")


@contextmanager
def mkdocs_serve(project: Path, log: Path, *options: str) -> Iterator[Preview]:
    """`mkdocs serve` (plain unless `options`) on a free loopback port; always stopped."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    env.pop("SITE_URL", None)  # the default in mkdocs.yml, as a person editing would have
    for _attempt in range(3):
        port = _free_port()
        with open(log, "wb") as sink:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "mkdocs",
                    "serve",
                    *options,
                    "--dev-addr",
                    f"127.0.0.1:{port}",
                ],
                cwd=project,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            preview = Preview(f"http://127.0.0.1:{port}", log, process)
            if not _ready(preview):
                continue
            # The root redirects to the mount path of site_url (/archive/ for a project page).
            with urllib.request.urlopen(preview.base + "/", timeout=10) as response:
                preview.base = response.geturl().rstrip("/")
            yield preview
            return
        finally:
            _stop(process)
    pytest.fail("no free loopback port for mkdocs serve after 3 attempts")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _assert_one_rebuild_per_edit(preview: Preview, edits: int, shown_first: int = 0) -> None:
    """One whole rebuild per edit; an edit of an article's text also reloads the browser
    once before it, with that article's page alone (`shown_first`)."""
    time.sleep(QUIET_SECONDS)
    assert preview.builds() == 1 + edits, preview.logtext()
    assert preview.reloads() == edits + shown_first, preview.logtext()
    shown = preview.log.read_text("utf-8", errors="replace").count(SHOWN_FIRST)
    assert shown == shown_first, preview.logtext()


SHOWN_FIRST = "edited article page(s) shown first"


def test_editing_an_article_updates_its_page_and_the_pages_that_gather_it(
    tmp_path: Path, capsys: pytest.CaptureFixture
):
    project = make_project(tmp_path, registry=REGISTRY)
    generator("build", cwd=project)  # docs/ already holds pages, as after `make build`
    article = project / "content" / ARTICLE_SOURCE
    old_copy = project / "docs" / ARTICLE_URL.rstrip("/")
    old_copy = old_copy.with_suffix(".md")
    with mkdocs_serve(project, tmp_path / "serve.log") as preview:
        status, page = preview.get(f"/{ARTICLE_URL}")
        assert status == 200 and "another four battalion groups" in page
        assert "another four battalion groups" in preview.get("/people/alexander-grushko/")[1]
        assert preview.builds() == 1
        text = SAMPLE.read_text("utf-8")
        lead = "In particular, there has been no measurable progress"
        quote = "another five battalion groups"
        text = text.replace("In particular, there has been no progress", lead, 1)
        _write(article, text.replace("another four battalion groups", quote))
        seconds = preview.wait_for(
            "the edited article page",
            lambda: quote in preview.get(f"/{ARTICLE_URL}")[1],
            CHANGE_SECONDS,
        )
        assert lead in preview.get(f"/{ARTICLE_URL}")[1]
        # The article's page alone first (rendered against the last build's index), the
        # browser reloaded, then the whole archive: the pages that gather it follow.
        preview.wait_for("the home page", lambda: lead in preview.get("/")[1], CHANGE_SECONDS)
        log = preview.log.read_text("utf-8", errors="replace")
        first = log.index(SHOWN_FIRST)
        reloaded = log.index("Reloading browsers", first)  # with the article's page
        assert log.find("Building documentation", first) > reloaded, "then the archive"
        assert quote in preview.get("/quotes/")[1], "the quotations page shows the new words"
        assert quote in preview.get("/people/alexander-grushko/")[1], "so does the speaker's"
        _assert_one_rebuild_per_edit(preview, edits=1, shown_first=1)
    assert "another four battalion groups" in old_copy.read_text("utf-8"), "docs/ untouched"
    with capsys.disabled():
        print(f"\n  edit -> served article page: {seconds:.2f} s; rebuilds for one edit: 1")


def test_editing_the_entity_registry_updates_the_entity_page(tmp_path: Path):
    project = make_project(tmp_path, {"notes.rtf": "not an article"}, REGISTRY)
    registry = project / "content" / "entities.yml"
    with mkdocs_serve(project, tmp_path / "serve.log") as preview:
        entity = "/people/alexander-grushko/"
        status, page = preview.get(entity)
        assert status == 200 and "Career diplomat, first description." in page
        _write(registry, REGISTRY.replace("first description", "second description"))
        preview.wait_for(
            "the updated entity page",
            lambda: "Career diplomat, second description." in preview.get(entity)[1],
            CHANGE_SECONDS,
        )
        assert "first description" not in preview.get(entity)[1]
        _assert_one_rebuild_per_edit(preview, edits=1)
        assert not (project / "docs" / "people").exists(), "serve must not write into docs/"
        log = preview.log.read_text("utf-8")
        assert log.count("notes.rtf") == 1, "a rebuild reports only problems that are new"


def test_adding_and_deleting_articles_even_when_docs_holds_old_copies(tmp_path: Path):
    project = make_project(tmp_path, {"2017/04/lavrov-call.txt": SECOND_ARTICLE}, REGISTRY)
    generator("build", cwd=project)  # docs/ holds the second article's page from this build
    (old_copy,) = [
        path
        for path in (project / "docs" / "articles").rglob("*.md")
        if frontmatter.load(path).get("title", "").startswith("Lavrov and Stoltenberg")
    ]
    url = "/" + old_copy.relative_to(project / "docs").with_suffix("").as_posix() + "/"
    with mkdocs_serve(project, tmp_path / "serve.log") as preview:
        assert preview.get(url)[0] == 200
        assert "Stoltenberg" in preview.get("/archive/2017/04/")[1]

        _write(project / "content" / "2017/04/third.txt", THIRD_ARTICLE)
        preview.wait_for(
            "the added article in the month's list",
            lambda: "Shoigu inspects" in preview.get("/archive/2017/04/")[1],
            CHANGE_SECONDS,
        )
        assert "Shoigu inspects" in preview.get("/")[1]
        _assert_one_rebuild_per_edit(preview, edits=1)

        (project / "content" / "2017/04/lavrov-call.txt").unlink()
        preview.wait_for("the deleted article's 404", lambda: preview.get(url)[0] == 404, 20)
        assert "Stoltenberg" not in preview.get("/archive/2017/04/")[1]
        assert "Stoltenberg" not in preview.get("/")[1]
        assert preview.get(f"/{ARTICLE_URL}")[0] == 200
        _assert_one_rebuild_per_edit(preview, edits=2)
    assert old_copy.exists(), "serve leaves docs/ alone; `python -m generator build` tidies it"


def _search_entries(preview: Preview) -> list[dict] | None:
    """Material's search index as served, or None when the site does not publish one."""
    status, body = preview.get("/search/search_index.json")
    return json.loads(body)["docs"] if status == 200 else None


def _pages_in(entries: list[dict]) -> set[str]:
    return {entry["location"].split("#")[0] for entry in entries}


def _site_dir(preview: Preview) -> Path:
    """The temporary folder `mkdocs serve --verbose` builds into."""
    match = re.search(r"Config value 'site_dir' = '([^']+)'", preview.log.read_text("utf-8"))
    assert match, "mkdocs serve --verbose names its site_dir"
    return Path(match.group(1))


def _pages_written_since(site: Path, moment: float) -> tuple[int, int]:
    pages = list(site.rglob("index.html"))
    return sum(page.stat().st_mtime > moment for page in pages), len(pages)


# The hand-written pages' titles as the sidebar shows them: mkdocs.yml's nav gives
# about.md none, so it comes from the page's own heading.
HAND_WRITTEN_TITLES = {"About this archive", "How this archive was annotated"}


def _sidebar_titles(html: str) -> set[str]:
    """The text of every link in the page's navigation sidebar."""
    titles = re.findall(r'<span class="md-ellipsis">\s*(.*?)\s*</span>', html, re.S)
    return {re.sub(r"\s+", " ", title) for title in titles}


def test_dirty_preview_rerenders_only_changed_pages_and_keeps_search_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture
):
    """`make serve` runs `mkdocs serve --dirty`: fast on big archives, and still right."""
    project = make_project(tmp_path, {"2017/04/lavrov-call.txt": SECOND_ARTICLE}, REGISTRY)
    generator("build", cwd=project)
    (lavrov,) = [
        "/" + path.relative_to(project / "docs").with_suffix("").as_posix() + "/"
        for path in (project / "docs" / "articles").rglob("*.md")
        if frontmatter.load(path).get("title", "").startswith("Lavrov and Stoltenberg")
    ]
    with mkdocs_serve(project, tmp_path / "serve.log", "--dirty", "--verbose") as preview:
        before = _search_entries(preview)
        records = {p: p.stat().st_mtime_ns for p in (project / ".cache").rglob("*.json")}
        assert len(records) == 2, "one annotation record per article"
        edited_at = time.time()
        time.sleep(0.05)  # file times on some filesystems are coarse
        quote = "another five battalion groups"
        text = SAMPLE.read_text("utf-8").replace("another four battalion groups", quote)
        _write(project / "content" / ARTICLE_SOURCE, text)
        seconds = preview.wait_for(
            "the edited article page",
            lambda: quote in preview.get(f"/{ARTICLE_URL}")[1],
            CHANGE_SECONDS,
        )
        preview.wait_for("the quotations page", lambda: quote in preview.get("/quotes/")[1], 20)
        assert quote in preview.get("/people/alexander-grushko/")[1]
        assert "Lavrov and Stoltenberg" in preview.get("/archive/2017/04/")[1]
        _assert_one_rebuild_per_edit(preview, edits=1, shown_first=1)
        for page in ("/quotes/", f"/{ARTICLE_URL}"):  # rendered again, beside pages kept
            assert _sidebar_titles(preview.get(page)[1]) >= HAND_WRITTEN_TITLES, page
        kept = {p for p, mtime in records.items() if p.is_file() and p.stat().st_mtime_ns == mtime}
        assert len(kept) == 1, "the other article's annotation is kept, not made again"
        rendered, total = _pages_written_since(_site_dir(preview), edited_at)
        assert 0 < rendered < total / 2, "only the pages whose text changed are re-rendered"
        after = _search_entries(preview)
        if before is None:  # Pagefind: re-indexed in a thread once the browser reloaded
            preview.wait_for(
                "Pagefind's index after the edit",
                lambda: preview.log.read_text("utf-8").count("Pagefind indexed") >= 2,
                CHANGE_SECONDS * 3,
            )
            assert preview.get("/pagefind/shards.json")[0] == 200
            assert not list((_site_dir(preview) / "pagefind").glob("*.next"))
        if before is not None:  # Material's search: the plugin merges its index itself
            assert after is not None
            assert _pages_in(after) == _pages_in(before), "no page lost from or doubled"
            assert len(after) == len({(e["location"], e["title"]) for e in after})
            assert any(quote in entry["text"] for entry in after)
            assert not any("another four battalion groups" in entry["text"] for entry in after)

        (project / "content" / "2017/04/lavrov-call.txt").unlink()
        preview.wait_for("the deleted article's 404", lambda: preview.get(lavrov)[0] == 404, 20)
        assert "Lavrov and Stoltenberg" not in preview.get("/archive/2017/04/")[1]
        _assert_one_rebuild_per_edit(preview, edits=2, shown_first=1)
        remaining = _search_entries(preview)
        if remaining is not None:
            assert lavrov[1:] not in _pages_in(remaining)
            assert ARTICLE_URL in _pages_in(remaining)
            dead = [page for page in _pages_in(remaining) if preview.get(f"/{page}")[0] != 200]
            assert not dead, f"search results that lead nowhere: {dead}"

        config = project / "mkdocs.yml"  # a change of configuration re-renders every page
        config.write_text(
            config.read_text("utf-8").replace("site_name: News archive", "site_name: Renamed"),
            encoding="utf-8",
        )
        for page in ("/about/", "/people/alexander-grushko/", f"/{ARTICLE_URL}"):
            preview.wait_for(
                f"the new site name on {page}",
                lambda page=page: "Renamed</title>" in preview.get(page)[1],
                CHANGE_SECONDS,
            )
    with capsys.disabled():
        print(f"\n  dirty preview: edit -> served {seconds:.2f} s, {rendered} of {total} pages")


def test_the_search_index_is_served_while_the_preview_rebuilds(tmp_path: Path):
    """MkDocs' server holds every request until a rebuild ends (no half-built page), half
    a minute at 10,000 articles; the search index, which the plugin swaps in whole, is
    answered at once, so a search finds an edit while the archive rebuilds. A page, and
    an index file not there yet, still wait for the rebuild."""
    from mkdocs.livereload import LiveReloadServer

    from generator.mkdocs_plugin.speedups.watch import serve_while_building

    site = tmp_path / "site"
    (site / "pagefind").mkdir(parents=True)
    (site / "pagefind" / "shards.json").write_text('{"bundles":["0/"]}', "utf-8")
    (site / "index.html").write_text("<html><body>home</body></html>", "utf-8")
    server = LiveReloadServer(lambda: None, "127.0.0.1", 0, str(site), mount_path="/archive/")
    try:
        serve_while_building(server, "pagefind")
        server._wanted_epoch = server._visible_epoch + 1  # a rebuild under way

        results: dict[str, tuple[list[str], bytes]] = {}

        def get(path: str) -> None:
            status: list[str] = []
            body = server._serve_request(
                {"PATH_INFO": path}, lambda code, headers: status.append(code)
            )
            results[path] = (status, b"".join(body or []))

        def ask(path: str) -> threading.Thread:
            asking = threading.Thread(target=get, args=(path,), daemon=True)
            asking.start()
            asking.join(1)
            return asking

        assert not ask("/archive/pagefind/shards.json").is_alive()
        assert results.pop("/archive/pagefind/shards.json") == (["200 OK"], b'{"bundles":["0/"]}')
        waiting = [ask(path) for path in ("/archive/", "/archive/pagefind/1/pagefind.js")]
        assert all(asking.is_alive() for asking in waiting) and not results
        with server._epoch_cond:  # the rebuild ends: they are answered
            server._visible_epoch = server._wanted_epoch
            server._epoch_cond.notify_all()
        for asking in waiting:
            asking.join(5)
        assert results["/archive/"][0] == ["200 OK"]
        assert results["/archive/pagefind/1/pagefind.js"] == ([], b"")  # not found
    finally:
        server.server_close()
