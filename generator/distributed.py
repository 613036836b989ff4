"""Annotation beyond one machine: the same map over articles, run on a Dask cluster.

Reading and annotating an article is a pure function of its bytes, its path, the
registry and the generator's code, so it runs anywhere the package is installed. With a
Dask scheduler (`dask.distributed`; `local` starts a `LocalCluster` on this machine's
cores, loopback only), the articles that are not cached yet are sent to its workers as
bytes (no shared folder needed), the registry once to each worker, and the records come
back in order; the caller writes them into the cache exactly as a local run does. Index
and render then run on this machine from the cache.

`dask[distributed]` is an optional dependency (`pip install -e '.[dask]'`); workers
need the same version of this package as the machine that builds the site.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Article
from generator.read import read_article, read_source

LOCAL = "local"  # the address that means: start a LocalCluster here
BATCH = 16  # articles per Dask task: a task costs the scheduler about a millisecond
INSTALL_HINT = "install it with `pip install -e '.[dask]'` (dask[distributed])"


def record_of(article: Article) -> dict:
    """The annotation record the cache keeps for an article (what `from_record` reads)."""
    record = article.to_record()
    record["format"] = article.format
    record["meta"] = json.loads(json.dumps(article.meta, default=str))
    return record


def annotate_bytes(
    data: bytes, shown: str, suffix: str, registry: Registry, default_year: int | None
) -> Article:
    """One article from its bytes, as `annotate(read_article(path))` makes it."""
    return annotate(read_source(data, shown, suffix), registry, default_year)


def _records(
    batch: Sequence[tuple[bytes, str, str]], registry: Registry, default_year: int | None
) -> list[dict]:
    return [record_of(annotate_bytes(*item, registry, default_year)) for item in batch]


def _articles(
    batch: Sequence[tuple[bytes, str, str]], registry: Registry, default_year: int | None
) -> list[Article]:
    return [annotate_bytes(*item, registry, default_year) for item in batch]


@contextlib.contextmanager
def dask_client(address: str) -> Iterator[Any]:
    """A client of the scheduler at `address`, or of a LocalCluster for `local`."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise DaskUnavailable(f"Dask is not installed: {INSTALL_HINT}") from error
    if address == LOCAL:
        cluster = LocalCluster(
            n_workers=os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        with cluster, Client(cluster) as client:
            yield client
    else:
        with Client(address) as client:
            yield client


def _map(
    address: str,
    task: Callable[..., list],
    items: Sequence[tuple[bytes, str, str]],
    registry: Registry,
    default_year: int | None,
) -> list:
    if not items:
        return []
    with dask_client(address) as client:
        [shared] = client.scatter([registry], broadcast=True)
        batches = [items[i : i + BATCH] for i in range(0, len(items), BATCH)]
        futures = client.map(task, batches, registry=shared, default_year=default_year, pure=False)
        return [result for batch in client.gather(futures) for result in batch]


def annotate_records_on_dask(
    address: str,
    items: Sequence[tuple[bytes, str, str]],
    registry: Registry,
    default_year: int | None = None,
) -> list[dict]:
    """The cache records of `items` ((bytes, path shown, suffix) each), in order,
    annotated on the Dask cluster at `address`."""
    return _map(address, _records, items, registry, default_year)


def annotate_files_on_dask(
    address: str, files: Sequence[Path], registry: Registry, default_year: int | None = None
) -> list[Article]:
    """`annotate --json` on a Dask cluster: the articles of `files`, in order."""
    items, unreadable = [], {}
    for position, path in enumerate(files):
        try:
            items.append((path.read_bytes(), path.as_posix(), path.suffix))
        except OSError:  # said here, as the local run says it
            unreadable[position] = annotate(read_article(path), registry, default_year)
    fresh = iter(_map(address, _articles, items, registry, default_year))
    return [unreadable[n] if n in unreadable else next(fresh) for n in range(len(files))]


class DaskUnavailable(RuntimeError):
    """Dask is not installed; the message says how to install it."""
