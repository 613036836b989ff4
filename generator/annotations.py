"""Stage 1 and 2 for a whole archive: read and annotate every source, cached and parallel.

Annotation is a pure function of a source file, the registry, `default_year` and the
shipped reader and annotators (`settings.ANNOTATION_CODE`, this module included), so each
record is cached on disk under a digest of those and annotated again only when one of
them changes. `pipeline` is the only caller.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import cast

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.buildstate import fingerprint, write_atomic
from generator.distributed import annotate_files_on_dask, annotate_records_on_dask, record_of
from generator.model import Article
from generator.read import decode, read_article
from generator.read.reader import display_path
from generator.settings import ANNOTATION_CODE, code_digest, worker_processes


def _cache_key(data: bytes, path: str, registry: Registry, default_year: int | None) -> str:
    return fingerprint(data, path, registry.digest, default_year, code_digest(*ANNOTATION_CODE))


def _process_one(args: tuple[Path, Path, Registry, int | None]) -> dict:
    path, root, registry, default_year = args
    return record_of(annotate(read_article(path, root), registry, default_year))


def process_sources(
    paths: list[Path],
    root: Path,
    registry: Registry,
    default_year: int | None = None,
    cache_dir: Path | None = None,
    jobs: int = 0,
    dask: str | None = None,
) -> list[Article]:
    """Read and annotate every source: from the cache when its content is unchanged,
    otherwise in parallel worker processes, or on the Dask scheduler at `dask` (`local`:
    a LocalCluster here), with the same records. The order of the result follows `paths`."""
    records: list[dict | None] = [None] * len(paths)
    texts: list[bytes] = []
    keys: list[str] = []
    todo: list[int] = []
    for position, path in enumerate(paths):
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        texts.append(data)
        # The path as the record gives it (relative to the content folder's parent), so a
        # cache carried to another checkout of the archive, as the Pages workflow does,
        # still matches.
        key = _cache_key(data, display_path(path, root), registry, default_year)
        keys.append(key)
        cached = _cache_get(cache_dir, key)
        if cached is not None:
            records[position] = cached
        else:
            todo.append(position)
    workers = worker_processes(jobs)
    jobs_args = [(paths[i], root, registry, default_year) for i in todo]
    readable = [i for i in todo if texts[i] or _is_readable(paths[i])]
    if dask and readable:
        items = [(texts[i], display_path(paths[i], root), paths[i].suffix) for i in readable]
        for position, record in zip(
            readable, annotate_records_on_dask(dask, items, registry, default_year), strict=True
        ):
            records[position] = record
            _cache_put(cache_dir, keys[position], record)
        todo = [i for i in todo if i not in set(readable)]
        jobs_args = [(paths[i], root, registry, default_year) for i in todo]
    if len(todo) > 20 and workers > 1:
        # Workers fork from a process that holds off the cycle collector; they make
        # short-lived objects, for which collecting as usual is faster.
        with ProcessPoolExecutor(max_workers=workers, initializer=gc.enable) as pool:
            fresh = list(pool.map(_process_one, jobs_args, chunksize=16))
    else:
        fresh = [_process_one(args) for args in jobs_args]
    for position, record in zip(todo, fresh, strict=True):
        records[position] = record
        _cache_put(cache_dir, keys[position], record)
    _cache_prune(cache_dir, root.name, keys)
    articles = []
    for data, record, key in zip(texts, cast("list[dict]", records), keys, strict=True):
        article = Article.from_record(record, text=_text_of(data) if record["blocks"] else "")
        article.digest = key
        articles.append(article)
    return articles


def _is_readable(path: Path) -> bool:
    """An empty file reads as b"" too; only a file that cannot be read is left to the
    local reader, which reports why."""
    try:
        with path.open("rb"):
            return True
    except OSError:
        return False


def _text_of(data: bytes) -> str:
    """The text of a source already read once (its record is cached): plain UTF-8 is
    decoded directly, anything else goes through the reader's detection again."""
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        return text.replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        pass
    try:
        return decode(data)[0]
    except UnicodeDecodeError:
        return ""


def _cache_get(cache_dir: Path | None, key: str) -> dict | None:
    if cache_dir is None:
        return None
    try:
        return json.loads((cache_dir / key[:2] / f"{key}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None


def _cache_put(cache_dir: Path | None, key: str, record: dict) -> None:
    if cache_dir is None:
        return
    folder = cache_dir / key[:2]
    tmp = folder / f"{key}.tmp{os.getpid()}"
    text = json.dumps(record, ensure_ascii=False)
    try:
        tmp.write_text(text, "utf-8")
    except FileNotFoundError:  # the folder's first entry: made only then, not per entry
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, "utf-8")
    tmp.replace(folder / f"{key}.json")


_RECORD_KEY = re.compile(r"[0-9a-f]{64}")


def _cache_prune(cache_dir: Path | None, archive: str, keys: list[str]) -> None:
    """Remove the records this archive used at its last run and no longer does (an edited
    article's earlier text, a deleted article, what an older annotator made), so the
    cache is the archive as it is: the Pages workflow carries it from run to run. Only
    records listed as this archive's (`<content folder>.keys`) are ever removed, so
    archives sharing a cache folder keep each other's."""
    if cache_dir is None:
        return
    listing = cache_dir / f"{archive}.keys"
    try:
        before = listing.read_text("utf-8").split()
    except OSError:
        before = []
    if before == keys:
        return
    for key in set(before) - set(keys):
        if not _RECORD_KEY.fullmatch(key):
            continue  # not a record's key: the listing was edited by hand
        with contextlib.suppress(OSError):
            (cache_dir / key[:2] / f"{key}.json").unlink()
    cache_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(listing, "\n".join(keys))


def annotate_each(
    files: list[Path],
    registry: Registry,
    default_year: int | None = None,
    dask: str | None = None,
) -> Iterator[Article]:
    """Read and annotate each file in turn, as `annotate --json` prints them; with
    `dask`, on that Dask scheduler (`local`: a LocalCluster here), the same articles."""
    if dask:
        yield from annotate_files_on_dask(dask, files, registry, default_year)
        return
    for path in files:
        yield annotate(read_article(path), registry, default_year)
