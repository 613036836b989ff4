"""`make bench`: build archives (2,000 articles by default) and print, in one run, each
`make build` step against two baselines built in the same run:

- plain MkDocs: MkDocs + Material building the same texts as plain pages;
- the engine floor: as many plain pages as the archive's docs/ holds, through the same
  theme, with Pagefind over the site: what MkDocs, Material and Pagefind take by
  themselves for a site of this size, whatever the generator does.

Each timing is the median of three runs, shown with their spread (this machine's speed
moves by a third between hours). Then:

- annotation alone (articles/s on this machine's cores) and the index step alone;
- `make build` cold (annotation cached and not), with nothing changed, after one edited
  article, after 100 added articles; peak memory of any step; site/ bytes per story;
- the preview: `mkdocs serve --dirty --livereload` (as `make serve`) driven in Chromium, the
  time from saving an edit to the browser showing it and to search finding it, and the
  CPU the server uses while nothing changes;
- the full-size hostile set (a 1 MB line of brackets, 100,000 quotation marks, brackets
  nested 100,000 deep) built with `make build`.

Uses real wire copy from ../shared/corpora/reuters-21578.jsonl.gz when it is there
(read at run time, written only into a temporary folder; past its 19,043 stories it is
repeated with shifted years and ids), generated articles otherwise. Prints numbers;
asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
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


LAST_LOG = [""]  # what the last timed command printed


def tree_memory(root: int) -> int:
    """The memory a process and all its descendants hold, in bytes: the sum of their
    proportional set sizes (a page shared by forked workers counts once in all, not
    once per worker, as summing resident sizes would)."""
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1]
                parents.setdefault(int(stat.split()[1]), []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(parents.get(pid, ()))
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
                    break
    return total


class TreePeak:
    """The largest `tree_memory` of a running command, sampled twice a second."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid, self.peak, self.done = pid, 0, threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while not self.done.wait(0.5):
            self.peak = max(self.peak, tree_memory(self.pid))

    def stop(self) -> int:
        """The peak in MB."""
        self.done.set()
        self.thread.join()
        return self.peak // 2**20


TREE_PEAK = [0]  # MB, the whole process tree of the last timed command


def timed(args: list[str], cwd: Path) -> tuple[float, int]:
    """Run a command; return (seconds, peak memory in MB): of the whole process tree
    (`tree_memory`, sampled), or of its largest process when that was more (a peak
    between two samples)."""
    with tempfile.TemporaryFile("w+") as log:
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, env=ENV, stdout=log, stderr=log)
        sampler = TreePeak(process.pid)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        TREE_PEAK[0] = sampler.stop()
        log.seek(0)
        LAST_LOG[0] = log.read()
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(args)} failed:\n{LAST_LOG[0][-3000:]}")
    return elapsed, max(usage.ru_maxrss // 1024, TREE_PEAK[0])


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
    # The bench measures builds wherever the site is hosted: past 1 GB (about 12,000
    # stories) GitHub Pages' limit would stop the strict build with a warning.
    config = project / "mkdocs.yml"
    plugin = "  - news-archive:\n"
    options = config.read_text("utf-8")
    assert plugin in options, "the bench sets the plugin's hosting_limit_mb"
    config.write_text(options.replace(plugin, plugin + "      hosting_limit_mb: 0\n"), "utf-8")
    for relative, text in corpus_articles(count):
        path = project / "content" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return project


def make_baseline(where: Path, count: int, name: str = "baseline") -> Path:
    """`count` plain Markdown pages (the articles' texts, repeated when there are more
    pages than articles): no generator, no annotation pages."""
    project = where / f"{name}-{count}"
    docs = project / "docs"
    texts = [text for _, text in corpus_articles(min(count, 20_000))]
    for index in range(count):
        page = docs / f"{index // 500:03d}" / f"page-{index}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        title, _, body = texts[index % len(texts)].partition("\n")
        page.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    (docs / "index.md").write_text("# Baseline\n", encoding="utf-8")
    plugins = "\n  - search" if name == "baseline" else " []"  # the floor: Pagefind instead
    (project / "mkdocs.yml").write_text(
        "site_name: Baseline\ntheme:\n  name: material\n  font: false\n"
        f"plugins:{plugins}\nnav:\n  - Home: index.md\n",
        encoding="utf-8",
    )
    return project


def engine_floor(project: Path) -> tuple[float, int]:
    """`mkdocs build` of plain pages, then Pagefind over the whole site."""
    build, build_mb = timed([sys.executable, "-m", "mkdocs", "build"], project)
    index, index_mb = timed([sys.executable, "-m", "pagefind", "--site", "site"], project)
    return build + index, max(build_mb, index_mb)


RUNS = [3]  # runs of each timed step (--runs)
PREVIEW_UP_TO = 20_000  # articles: past that, the preview is not what anyone edits in


def median_of_runs(run: Callable[[int], tuple[float, int]]) -> tuple[float, str, int]:
    """`run(0)`, `run(1)`, ... (three by default): the median seconds, the spread as
    printed, and the peak MB of any."""
    results = [run(attempt) for attempt in range(RUNS[0])]
    seconds = sorted(result[0] for result in results)
    spread = f"{statistics.median(seconds):.2f} ({seconds[0]:.2f}-{seconds[-1]:.2f})"
    return statistics.median(seconds), spread, max(result[1] for result in results)


# What a visitor downloads before the first search result, by what it is (gzip KB): the
# part that grows with the archive is Pagefind's page list, one per shard (`pf_meta`:
# every indexed page's id and word count, about 6 bytes a page gzip).
DOWNLOAD_PARTS = (
    ("Pagefind page lists", re.compile(r"\.pf_meta$")),
    ("word chunks", re.compile(r"\.pf_index$")),
    ("results", re.compile(r"\.pf_fragment$")),
    ("filters", re.compile(r"\.pf_filter$")),
    ("Pagefind code", re.compile(r"/pagefind/.*(\.js|\.pagefind|\.json)$")),
    ("the page and theme", re.compile(r"")),
)


def search_bytes(site: Path, query: str) -> tuple[int, int, dict[str, int]] | None:
    """Bytes a visitor downloads from opening the home page to the first search result:
    (as stored, gzip-compressed as GitHub Pages sends text files, gzip by DOWNLOAD_PARTS)."""
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
    parts: dict[str, int] = {}
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
            sizes: list[tuple[float, int, int, str]] = []  # (request start, raw, gzip, URL)

            def count(response) -> None:  # noqa: ANN001
                # Redirects and aborted requests have no body.
                with contextlib.suppress(Exception):
                    body = response.body()
                    started = response.request.timing["startTime"]
                    packed = len(gzip.compress(body, 6))
                    sizes.append((started, len(body), packed, response.url.split("?")[0]))

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
            before = [(raw, packed, url) for started, raw, packed, url in sizes if started <= first]
            total = sum(raw for raw, _, _ in before)
            compressed = sum(min(raw, packed) for raw, packed, _ in before)
            for raw, packed, url in before:
                part = next(name for name, pattern in DOWNLOAD_PARTS if pattern.search(url))
                parts[part] = parts.get(part, 0) + min(raw, packed)
            browser.close()
    finally:
        server.shutdown()
    return total, compressed, parts


ANNOTATE_ONLY = """
import sys, time
from pathlib import Path
from generator.pipeline import load_archive
from generator.settings import read_site_settings
settings = read_site_settings(Path("mkdocs.yml"))
settings.cache_dir = None
settings.dask = sys.argv[1] if len(sys.argv) > 1 else None
start = time.perf_counter()
articles, _, _ = load_archive(settings)
print(len(articles), time.perf_counter() - start)
"""


# The index step alone (entity resolution across the archive, pages, related articles),
# on cached annotations: it must stay linear in the archive's size
INDEX_ONLY = """
import time
from pathlib import Path
from generator.index import build_index
from generator.pipeline import load_archive
from generator.settings import read_site_settings
settings = read_site_settings(Path("mkdocs.yml"))
articles, registry, _ = load_archive(settings)
start = time.perf_counter()
index = build_index(articles, registry, settings.entity_min_articles)
print(len(articles), time.perf_counter() - start, len(index.entities))
"""


# Each annotator alone, on one core, over the first 1,000 articles as the reader gives them.
STAGE_TIMES = """
import time
from pathlib import Path
from generator.annotate import Registry
from generator.annotate.entities.recognition import find_entities
from generator.annotate.quotes.attribution import find_quotes
from generator.read import collect_sources, read_article
from generator.read.dates import find_date
articles = [read_article(p) for p in collect_sources(Path("content"))[0][:1000]]
registry, entities, quotes = Registry(), 0.0, 0.0
for article in articles:
    find_date(article, None)
    start = time.perf_counter()
    article.entities = find_entities(article, registry)
    middle = time.perf_counter()
    article.quotes = find_quotes(article)
    entities, quotes = entities + middle - start, quotes + time.perf_counter() - middle
print(1000 * entities / len(articles), 1000 * quotes / len(articles))
"""


def _snippet(code: str, project: Path, what: str, *args: str) -> list[str]:
    """Run a measuring snippet in the project (a process of its own, as a build would
    be) and return the words it prints."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=project, env=ENV, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(f"{what} failed:\n{result.stderr[-3000:]}")
    return result.stdout.split()


def stage_milliseconds(project: Path) -> tuple[float, float]:
    """Entity recognition and quotation finding, ms per article on one core."""
    entities, quotes = _snippet(STAGE_TIMES, project, "stage timing")
    return float(entities), float(quotes)


def annotation_seconds(project: Path, *dask: str) -> tuple[int, float]:
    """Read and annotate every article afresh, on every core (or on the Dask scheduler
    `dask`, `local`: a LocalCluster), nothing else."""
    articles, seconds = _snippet(ANNOTATE_ONLY, project, "annotation", *dask)
    return int(articles), float(seconds)


def index_seconds(project: Path) -> tuple[int, float, int]:
    """The index step on cached annotations: articles, seconds, entity pages."""
    articles, seconds, pages = _snippet(INDEX_ONLY, project, "index step")
    return int(articles), float(seconds), int(pages)


def forget_outputs(project: Path) -> None:
    """Back to a fresh checkout with its annotations cached: no docs/ pages, no site/,
    no records of earlier builds; only .cache/generator/ stays."""
    for folder in (project / "site", project / "docs"):
        shutil.rmtree(folder, ignore_errors=True)
    for name in PROJECT_FILES:
        source, target = ROOT / name, project / name
        if name.startswith("docs/"):
            target.parent.mkdir(parents=True, exist_ok=True)
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, target)
    for entry in (project / ".cache").iterdir():
        if entry.name != "generator":
            (shutil.rmtree if entry.is_dir() else os.unlink)(entry)


def make_build(project: Path) -> tuple[float, int]:
    """`make build`: the generator, then `generator site --strict` (`mkdocs build
    --strict` unless site/ is current); seconds, peak MB."""
    python = sys.executable
    first, first_mb = timed([python, "-m", "generator", "build"], project)
    steps = re.findall(r"steps: ([^\n]*)", LAST_LOG[0])
    second, second_mb = timed([python, "-m", "generator", "site", "--strict"], project)
    said = re.findall(
        r"(\d+ generated pages rendered, \d+ unchanged|Pagefind[^\n]*|site/ is current)",
        LAST_LOG[0],
    )
    steps += re.findall(r"steps: ([^\n]*)", LAST_LOG[0])
    RENDERED[0] = (
        f"generator {first:.1f} s ({first_mb} MB) + site {second:.1f} s ({second_mb} MB): "
        + ", ".join(said)
    )
    STEPS[0] = "; ".join(steps)
    return first + second, max(first_mb, second_mb)


STEPS = [""]  # the seconds of each step of the last make_build, as the commands said them


RENDERED = [""]  # what the plugin said it rendered in the last make_build


def add_articles(project: Path, start: int, count: int) -> None:
    for relative, text in list(corpus_articles(start + count))[start:]:
        path = project / "content" / relative.replace(".txt", "-added.txt")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


class Shown(dict):
    """Results, each printed as soon as it is measured (a run at 100,000 articles takes
    hours; what it reached shows even when it is stopped)."""

    def __init__(self, **first: object) -> None:
        super().__init__()
        for key, value in first.items():
            self[key] = value

    def __setitem__(self, key: str, value: object) -> None:
        super().__setitem__(key, value)
        shown = f"{value:.2f}" if isinstance(value, float) else value
        print(f"  {key:58} {shown}", flush=True)

    def update(self, other: dict) -> None:  # type: ignore[override]
        for key, value in other.items():
            self[key] = value


def bench(count: int, where: Path, with_browser: bool, dask: bool) -> Shown:
    project = make_project(where, count)
    results = Shown(articles=count)
    baseline = make_baseline(where, count)
    base, spread, base_mb = median_of_runs(
        lambda _: timed([sys.executable, "-m", "mkdocs", "build"], baseline)
    )
    results["plain MkDocs: the articles as plain pages s"] = spread
    results["  plain MkDocs peak MB"] = base_mb
    shutil.rmtree(baseline, ignore_errors=True)

    articles, annotation = annotation_seconds(project)
    results["annotation alone s"] = annotation
    results["annotation articles/s (target >= 300)"] = round(articles / annotation)
    if dask:
        articles, on_dask = annotation_seconds(project, "local")
        results["annotation on a Dask LocalCluster s"] = on_dask
        results["  articles/s"] = round(articles / on_dask)
    entities_ms, quotes_ms = stage_milliseconds(project)
    results["entity recognition ms/article, one core (target <= 6)"] = round(entities_ms, 2)
    results["quotation finding ms/article, one core"] = round(quotes_ms, 2)
    cold, peak = make_build(project)
    results["make build, cold, annotating s"] = cold
    indexed, index_time, entity_pages = index_seconds(project)
    results["index step alone, annotations cached s"] = index_time
    results["  ms per article; entity pages"] = f"{1000 * index_time / indexed:.2f}; {entity_pages}"

    pages = sum(1 for _ in (project / "docs").rglob("*.md"))
    floor_project = make_baseline(where, pages, "floor")
    floor, spread, floor_mb = median_of_runs(lambda _: engine_floor(floor_project))
    results[f"engine floor: {pages} plain pages + Pagefind s"] = spread
    results["  engine floor peak MB"] = floor_mb
    shutil.rmtree(floor_project, ignore_errors=True)

    def cold_cached(_: int) -> tuple[float, int]:
        forget_outputs(project)
        return make_build(project)

    warm, spread, mb = median_of_runs(cold_cached)
    peak = max(peak, mb)
    results["make build, cold, annotations cached s"] = spread
    results["  cold / plain MkDocs"] = round(warm / base, 2)
    results["  cold / engine floor (target <= 1.3)"] = round(warm / floor, 2)
    results["  cold: MkDocs"] = RENDERED[0]
    results["  cold: steps"] = STEPS[0]
    same, spread, mb = median_of_runs(lambda _: make_build(project))
    peak = max(peak, mb)
    results["nothing changed s"] = spread
    results["  nothing changed / plain MkDocs (target <= 0.2)"] = round(same / base, 2)
    results["  nothing changed: MkDocs"] = RENDERED[0]
    results["  nothing changed: steps"] = STEPS[0]
    sources = sorted((project / "content").rglob("*.txt"))
    victims = [sources[count // 2 + attempt * 7] for attempt in range(RUNS[0])]

    def one_edit(attempt: int) -> tuple[float, int]:
        victim = victims[attempt]
        victim.write_text(victim.read_text("utf-8") + "\nAn added closing paragraph.\n", "utf-8")
        return make_build(project)

    edit, spread, mb = median_of_runs(one_edit)
    peak = max(peak, mb)
    results["one article edited s"] = spread
    results["  edit / plain MkDocs"] = round(edit / base, 2)
    results["  edit / engine floor (target <= 0.4)"] = round(edit / floor, 2)
    results["  one edit: MkDocs"] = RENDERED[0]
    results["  one edit: steps"] = STEPS[0]

    def hundred_added(attempt: int) -> tuple[float, int]:
        add_articles(project, count + 100 * attempt, 100)
        return make_build(project)

    added, spread, mb = median_of_runs(hundred_added)
    peak = max(peak, mb)
    results["100 articles added s"] = spread
    results["  added / plain MkDocs"] = round(added / base, 2)
    results["  added / engine floor"] = round(added / floor, 2)
    results["  100 added: MkDocs"] = RENDERED[0]
    results["  100 added: steps"] = STEPS[0]
    results["peak MB of a process tree, any step (target <= 8192 at 100,000)"] = peak
    site = project / "site"
    results["pages"] = sum(1 for _ in site.rglob("index.html"))
    site_bytes = folder_size(site)
    results["site MB"] = round(site_bytes / 1e6, 1)
    results["site KB per story (GitHub Pages: 1 GB in all)"] = round(site_bytes / 1e3 / count, 1)
    shards = sorted(p.parent.name for p in (site / "pagefind").glob("*/pagefind-entry.json"))
    results["Pagefind shards"] = len(shards) or 1
    sizes = [
        len(json.loads(p.read_text("utf-8"))) for p in (site / "pagefind").glob("*/pages.json")
    ]
    if sizes:  # bounded: Pagefind runs out of memory past ~30,000 pages (pagefind#842)
        results["  pages per shard (fewest-most)"] = f"{min(sizes)}-{max(sizes)}"
    if with_browser and Path("/usr/bin/chromium").exists():
        downloaded = search_bytes(site, "grain")
        if downloaded is not None:
            results["KB before first search result (target <= 300 gzip)"] = (
                f"{round(downloaded[0] / 1024)} ({round(downloaded[1] / 1024)} gzip)"
            )
            results["  of which, gzip KB"] = ", ".join(
                f"{name} {round(downloaded[2][name] / 1024)}"
                for name, _ in DOWNLOAD_PARTS
                if name in downloaded[2]
            )
        if count <= PREVIEW_UP_TO:
            results.update(preview(project, victims[0]))
    return results


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def preview(project: Path, article: Path) -> dict[str, object]:
    """Drive `mkdocs serve --dirty --livereload` (what `make serve` runs) in Chromium."""
    import signal
    import urllib.request

    from playwright.sync_api import sync_playwright

    results = Shown()
    port = _free_port()
    log = project / "serve.log"
    env = {k: v for k, v in ENV.items() if k != "SITE_URL"}
    with open(log, "wb") as sink:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--livereload"]
            + ["--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        start = time.perf_counter()
        while "Serving on" not in log.read_text("utf-8", "replace"):
            if server.poll() is not None or time.perf_counter() - start > 900:
                raise SystemExit(f"mkdocs serve failed:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        results["preview: start until serving s"] = time.perf_counter() - start
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
            base = response.geturl()  # the mount path of site_url
        page_url = _page_url(project, article, base)
        word = f"zebrafinch{int(time.time())}"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
            )
            page = browser.new_page()
            page.goto(page_url)
            _wait_quiet(log)  # the first Pagefind run in the background
            idle_from = _cpu_seconds(server.pid)
            time.sleep(10)
            results["preview: idle server CPU % of a core"] = round(
                (_cpu_seconds(server.pid) - idle_from) * 10, 1
            )
            text = article.read_text("utf-8")
            saved = time.perf_counter()
            article.write_text(text + f"\nThe {word} closes the story.\n", "utf-8")
            page.wait_for_function(
                f"() => document.body && document.body.innerText.includes('{word}')",
                timeout=600_000,
                polling=100,
            )
            results["preview: edit until the browser shows it s"] = time.perf_counter() - saved
            searcher = browser.new_page()
            while not _search_finds(searcher, base, word) and time.perf_counter() - saved < 900:
                time.sleep(0.5)
            results["preview: edit until search finds it s"] = time.perf_counter() - saved
            browser.close()
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    return results


# The preview's index as the search box reads it (docs/assets/pagefind-search.js): the
# shards, the overlay of pages edited since, less the older copies it lists. True when a
# result's text holds `word`.
SEARCH = """async ([bundle, word]) => {
  const manifest = await (await fetch(new URL("shards.json", bundle), {cache: "no-store"})).json();
  const names = manifest.overlay ? [...manifest.bundles, manifest.overlay] : manifest.bundles;
  const [first, ...others] = names.map((name) => new URL(name, bundle));
  const pagefind = await import(new URL("pagefind.js", first));
  await pagefind.options({noWorker: true});
  for (const other of others) await pagefind.mergeIndex(other.href);
  const hidden = new Set(manifest.hidden || []);
  const found = (await pagefind.search(word)).results.filter((r) => !hidden.has(r.id));
  const pages = await Promise.all(found.map((result) => result.data()));
  return pages.some((page) => page.content.includes(word));
}"""


def _search_finds(searcher, base: str, word: str) -> bool:  # noqa: ANN001
    """Whether the preview's search finds `word` now. The searcher page is the index's
    manifest (JSON: the server adds no livereload script, so no rebuild reloads it
    under the search), opened afresh each time (a module import is cached per page);
    a page or search that fails while the server rebuilds counts as not found yet."""
    from playwright.sync_api import Error

    bundle = base + "pagefind/"
    try:
        searcher.goto(bundle + "shards.json", timeout=120_000)
        return bool(searcher.evaluate(SEARCH, [bundle, word]))
    except Error:
        return False


def _page_url(project: Path, article: Path, base: str) -> str:
    """The served address of `article`'s page, from the manifest of the last build."""
    relative = article.relative_to(project).as_posix()
    for page in (project / "docs" / "articles").rglob("*.md"):
        if f"source: {relative}" in page.read_text("utf-8")[:4000]:
            return base + page.relative_to(project / "docs").with_suffix("").as_posix() + "/"
    raise SystemExit(f"no page for {relative}")


def _wait_quiet(log: Path, seconds: float = 600) -> None:
    """Until the preview's first background Pagefind run has finished."""
    start = time.perf_counter()
    while "Pagefind indexed" not in log.read_text("utf-8", "replace"):
        if time.perf_counter() - start > seconds:
            return
        time.sleep(0.5)


def hostile(where: Path) -> Shown:
    """The full-size hostile set through `make build`."""
    words = " ".join(f"w{n}" for n in range(1000))
    articles = {
        "2023/05/brackets.txt": "A line of brackets\nThe lead.\nLIMA, May 3 (Reuters) - "
        + "[] " * 333_333
        + words,
        "2023/05/quotes.txt": "Quotation marks\nThe lead.\nLIMA, May 3 (Reuters) - "
        + " ".join(f'"q{n}"' for n in range(50_000)),
        "2023/05/deep.txt": "Deep brackets\nThe lead.\nLIMA, May 3 (Reuters) - "
        + "(" * 50_000
        + "[" * 50_000
        + words
        + "]" * 50_000
        + ")" * 50_000,
    }
    project = make_project(where, 0)
    for relative, text in articles.items():
        path = project / "content" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    seconds, mb = make_build(project)
    sizes = ", ".join(f"{len(text) // 1000} KB" for text in articles.values())
    return Shown(**{"hostile set": sizes, "make build, cold s": seconds, "peak MB": mb})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[2000])
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--runs", type=int, default=3, help="runs of each timed step")
    parser.add_argument("--dask", action="store_true", help="annotation on a LocalCluster too")
    args = parser.parse_args()
    RUNS[0] = args.runs
    print(f"source: {'Reuters-21578 corpus' if CORPUS.exists() else 'generated articles'}")
    print(f"cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory(prefix="archive-bench-") as tmp:
        browser = not args.no_browser
        runs = [
            (f"{size} articles", lambda size=size: bench(size, Path(tmp), browser, args.dask))
            for size in args.sizes
        ]
        runs.append(("hostile articles", lambda: hostile(Path(tmp) / "hostile")))
        for title, run in runs:
            print(f"\n== {title}", flush=True)
            run()
            for folder in Path(tmp).iterdir():
                shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
