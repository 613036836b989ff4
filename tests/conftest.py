"""Shared test helpers: real projects built with the real generator and MkDocs,
served over loopback HTTP and opened in Debian's headless Chromium."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "content" / "2017" / "04" / "russian-envoy-says-no-progress.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPORA = ROOT.parent / "shared" / "corpora"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"
PROJECT_FILES = (
    "mkdocs.yml",
    "overrides",
    "docs/about.md",
    "docs/methods.md",
    "docs/assets",
    "docs/.gitignore",
)


def make_project(
    where: Path,
    articles: dict[str, str | bytes] | None = None,
    registry: str | None = None,
    with_sample: bool = True,
    settled: bool = True,
) -> Path:
    """A project folder like the repository's, with the given articles in content/,
    saved a minute ago unless `settled` is false."""
    project = where / "project"
    for name in PROJECT_FILES:
        source = ROOT / name
        target = project / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        elif source.exists():
            shutil.copy2(source, target)
    content = project / "content"
    content.mkdir(parents=True, exist_ok=True)
    if with_sample:
        target = content / SAMPLE.relative_to(ROOT / "content")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(SAMPLE, target)
        if registry is None and (ROOT / "content" / "entities.yml").exists():
            shutil.copy2(ROOT / "content" / "entities.yml", content / "entities.yml")
    for relative, text in (articles or {}).items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    if registry is not None:
        (content / "entities.yml").write_text(registry, encoding="utf-8")
    # sources saved a minute ago, as a user's are: a source younger than docs.SETTLED
    # leaves .generated.json's listing empty, and two builds would differ by the clock
    saved = time.time() - 60
    for path in content.rglob("*") if settled else ():
        os.utime(path, (saved, saved))
    return project


def run(args: list[str], cwd: Path, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(
            f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result


def generator(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "generator", *args], cwd=cwd, check=check)


def build_site(project: Path, site_url: str | None = None) -> Path:
    """`python -m generator build` then `mkdocs build --strict`, as `make build` does."""
    generator("build", cwd=project)
    env_args = ["env", f"SITE_URL={site_url}"] if site_url else []
    run([*env_args, sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project)
    return project / "site"


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own content, built into a site in a temporary copy."""
    return build_site(make_project(tmp_path_factory.mktemp("sample")))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def serve():
    """serve(folder) -> base URL of a loopback HTTP server for that folder."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser) -> Iterator:
    """A fresh page that records console errors and uncaught exceptions in `page.errors`."""
    context, page = open_page(browser)
    yield page
    context.close()


@pytest.fixture(params=["light", "dark"])
def scheme_page(browser, request) -> Iterator:
    """A fresh page in the light scheme, then the dark one; `page.scheme` says which."""
    context, page = open_page(browser, color_scheme=request.param)
    page.scheme = request.param
    yield page
    context.close()


def open_page(browser, **options) -> tuple:
    """A page in a fresh context (1280x900 unless `options` say otherwise) that records
    console errors and uncaught exceptions in `page.errors` and requested URLs in
    `page.requests`; returns (context, page)."""
    context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **options})
    page = context.new_page()
    page.errors = []
    page.requests = []
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("request", lambda request: page.requests.append(request.url))
    return context, page


def harbour_articles(count: int) -> dict[str, str]:
    """`count` short invented wire stories, one a month, naming the same people and board:
    edits to one change the pages of the others (entities, lists), as real copy does."""
    return {
        f"2023/0{n}/harbour-{n}.txt": (
            f"Harbour board meets for session {n}\n"
            f"The board of Port Elling discussed the budget for the {n}th time\n"
            f"PORT ELLING, March {n} (Reuters) - Harbour master Ines Varga said on Monday that "
            f'the board would vote on the budget. "We are ready for vote number {n}," Varga said.\n'
            "The Port Elling Harbour Board meets every month.\n"
        )
        for n in range(1, count + 1)
    }


def open_search_box(page) -> None:
    """Open Material's search box and focus it, as a reader would. Material's "/" shortcut
    opens it; under load the headless window can lose focus and the key go nowhere, so
    then the search field in the header is clicked. Keys typed before the box has focus
    are lost ("hko" for "Grushko"), so callers type only after this."""
    page.keyboard.press("/")
    try:
        expect(page.locator("#__search")).to_be_checked(timeout=2000)
    except AssertionError:
        page.locator("input.md-search__input").click()
        expect(page.locator("#__search")).to_be_checked()
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")


def screenshot(page, name: str, full_page: bool = True) -> Path:
    """Save a screenshot (of the whole page, or of the first screen) under
    test-artifacts/ for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


BROWSER_FIXTURES = {"browser", "page", "scheme_page", "reader"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that opens Chromium must say so with the `browser` marker (so
    `-m "not browser"` leaves out exactly the tests that need a browser)."""
    unmarked = [
        item.nodeid
        for item in items
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ()))
        and item.get_closest_marker("browser") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "mark these browser tests @pytest.mark.browser: " + ", ".join(unmarked)
        )


def index_files(bundle: Path) -> dict[str, bytes]:
    """What an index holds, byte for byte where Pagefind writes the same bytes for the
    same pages: the page fragments and word index, the shard list and which pages each
    shard's record holds (it records their sizes and times, which differ between
    copies). Pagefind writes a filter's values in a different order on every run (and so
    names its filter files, and the metadata naming them, differently), so filters are
    compared by their bytes in sorted order."""
    files = {}
    for path in sorted(bundle.rglob("*")):
        relative = path.relative_to(bundle).as_posix()
        parts = relative.split("/")
        if not path.is_file():
            continue
        if parts[-1] == "pages.json":
            files[relative] = json.dumps(sorted(json.loads(path.read_text("utf-8")))).encode()
        elif relative == "shards.json" or (len(parts) == 3 and parts[1] in ("fragment", "index")):
            files[relative] = path.read_bytes()
        elif len(parts) == 3 and parts[1] == "filter":
            key, data = f"{parts[0]}/filters", gzip.decompress(path.read_bytes())
            files[key] = bytes(sorted(files.get(key, b"") + data))
        elif parts[-1] == "pagefind-entry.json":
            entry = json.loads(path.read_text("utf-8"))
            files[f"{parts[0]}: pages"] = str(entry["languages"]["en"]["page_count"]).encode()
    return files
