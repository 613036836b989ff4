"""`make bench`: build archives of 1,000 and 10,000 articles and print the costs.

Uses real wire copy from ../shared/corpora/reuters-21578.jsonl.gz when it is there
(read at run time, written only into a temporary folder), generated articles
otherwise. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters-21578.jsonl.gz"
PROJECT_FILES = ("mkdocs.yml", "overrides", "docs/about.md", "docs/methods.md", "docs/assets")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}


def corpus_articles(count: int) -> Iterator[tuple[str, str]]:
    """(relative path, text) for `count` articles: the corpus, repeated if it is short."""
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
            stories = [json.loads(line) for line in handle]
        for number in range(count):
            story = stories[number % len(stories)]
            when = dt.datetime.strptime(story["date"].split()[0], "%d-%b-%Y")
            round_ = number // len(stories)
            year = when.year + round_
            yield f"{year}/{when:%m}/story-{story['id']}-{round_}.txt", story["text"]
    else:
        yield from generated_articles(count)


def generated_articles(count: int) -> Iterator[tuple[str, str]]:
    rng = random.Random(7)
    people = ["Anna Berg", "Tomas Reyes", "Lena Ostrova", "Mark Daley", "Ines Caro"]
    places = ["OSLO", "LIMA", "KIEV", "ROME", "CAIRO"]
    orgs = ["the Harbour Authority", "the Grain Board", "the Transit Union"]
    for number in range(count):
        year = 2000 + number % 20
        month = 1 + number % 12
        person, place, org = rng.choice(people), rng.choice(places), rng.choice(orgs)
        body = "\n".join(
            f'"Item {number} line {line} is on schedule," {person} of {org} said.'
            for line in range(8)
        )
        yield (
            f"{year}/{month:02d}/generated-{number}.txt",
            f"Report {number} on {org} plans\n{person} gives an update\n"
            f"{place}, {dt.date(2001, month, 1):%B} 3 (Reuters) - {body}\n",
        )


def timed(args: list[str], cwd: Path) -> tuple[float, int]:
    """Run a command; return (seconds, peak resident memory in MB) of that process tree."""
    with tempfile.TemporaryFile("w+") as log:
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, env=ENV, stdout=log, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            log.seek(0)
            raise SystemExit(f"{' '.join(args)} failed:\n{log.read()[-3000:]}")
    return elapsed, usage.ru_maxrss // 1024


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def make_project(where: Path, count: int) -> Path:
    project = where / f"archive-{count}"
    for name in PROJECT_FILES:
        source, target = ROOT / name, project / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    for relative, text in corpus_articles(count):
        path = project / "content" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return project


def make_baseline(where: Path, count: int) -> Path:
    """The same number of plain Markdown pages, no generator, no annotation pages."""
    project = where / f"baseline-{count}"
    docs = project / "docs"
    for index, (_, text) in enumerate(corpus_articles(count)):
        page = docs / f"{index // 500:03d}" / f"page-{index}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        title, _, body = text.partition("\n")
        page.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    (docs / "index.md").write_text("# Baseline\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: Baseline\ntheme:\n  name: material\n  font: false\n"
        "plugins:\n  - search\nnav:\n  - Home: index.md\n",
        encoding="utf-8",
    )
    return project


def search_bytes(site: Path, query: str) -> tuple[int, int] | None:
    """Bytes a visitor downloads from opening the home page to the first search result:
    (as stored, gzip-compressed as GitHub Pages sends text files)."""
    if not Path("/usr/bin/chromium").exists():
        return None
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    from playwright.sync_api import sync_playwright

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site)))
    Thread(target=server.serve_forever, daemon=True).start()
    total = compressed = 0
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=[
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--no-first-run",
                ],
            )
            page = browser.new_page()
            sizes: list[tuple[float, int, int]] = []  # (request start, raw, gzip)

            def count(response) -> None:  # noqa: ANN001
                # Redirects and aborted requests have no body.
                with contextlib.suppress(Exception):
                    body = response.body()
                    started = response.request.timing["startTime"]
                    sizes.append((started, len(body), len(gzip.compress(body, 6))))

            page.on("response", count)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            page.wait_for_load_state("networkidle")
            # When the first result is drawn; what is requested after (the filters'
            # values, more results) does not count.
            page.evaluate(
                """() => new MutationObserver((_, observer) => {
                  if (document.querySelector(".md-search-result__item, .pagefind-ui__result")) {
                    window.__firstResult = performance.timeOrigin + performance.now();
                    observer.disconnect();
                  }
                }).observe(document.body, {childList: true, subtree: true})"""
            )
            page.keyboard.press("/")
            page.keyboard.type(query, delay=50)
            page.wait_for_function("() => window.__firstResult", timeout=120_000)
            page.wait_for_load_state("networkidle")
            first = page.evaluate("window.__firstResult")
            before = [(raw, packed) for started, raw, packed in sizes if started <= first]
            total = sum(raw for raw, _ in before)
            compressed = sum(min(raw, packed) for raw, packed in before)
            browser.close()
    finally:
        server.shutdown()
    return total, compressed


def bench(count: int, where: Path, with_browser: bool) -> dict[str, object]:
    project = make_project(where, count)
    python = sys.executable
    build = [python, "-m", "generator", "build"]
    results: dict[str, object] = {"articles": count}
    results["generator cold s"], results["generator cold MB"] = timed(build, project)
    results["generator warm s"], _ = timed(build, project)
    victim = next((project / "content").rglob("*.txt"))
    victim.write_text(victim.read_text("utf-8") + "\nAn added closing paragraph.\n", "utf-8")
    results["generator after edit s"], _ = timed(build, project)
    results["mkdocs build s"], results["mkdocs build MB"] = timed(
        [python, "-m", "mkdocs", "build", "--strict"], project
    )
    shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / "docs", ignore_errors=True)
    for name in ("docs/about.md", "docs/methods.md", "docs/assets"):
        source, target = ROOT / name, project / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, target) if source.is_dir() else shutil.copy2(source, target)
    results["make build (cold, both steps) s"] = (
        timed(build, project)[0] + timed([python, "-m", "mkdocs", "build"], project)[0]
    )
    site = project / "site"
    results["pages"] = sum(1 for _ in site.rglob("index.html"))
    results["site MB"] = round(folder_size(site) / 1e6, 1)
    baseline = make_baseline(where, count)
    results["baseline mkdocs build s"], _ = timed([python, "-m", "mkdocs", "build"], baseline)
    results["make build / baseline"] = round(
        results["make build (cold, both steps) s"] / results["baseline mkdocs build s"], 2
    )
    if with_browser:
        downloaded = search_bytes(site, "grain")
        results["KB before first search result"] = (
            f"{round(downloaded[0] / 1024)} ({round(downloaded[1] / 1024)} gzip)"
            if downloaded is not None
            else "no chromium"
        )
    shutil.rmtree(baseline, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    print(f"source: {'Reuters-21578 corpus' if CORPUS.exists() else 'generated articles'}")
    with tempfile.TemporaryDirectory(prefix="archive-bench-") as tmp:
        for size in args.sizes:
            results = bench(size, Path(tmp), not args.no_browser)
            print(f"\n== {size} articles")
            for key, value in results.items():
                shown = f"{value:.1f}" if isinstance(value, float) else value
                print(f"  {key:36} {shown}")
            shutil.rmtree(Path(tmp) / f"archive-{size}", ignore_errors=True)


if __name__ == "__main__":
    main()
