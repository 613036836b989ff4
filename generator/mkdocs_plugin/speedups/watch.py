"""The preview server's insides: file watches on the system's change events (MkDocs'
private watch list), and the search index served while the site rebuilds (its private
request handler)."""

from __future__ import annotations

import logging
import os
import posixpath
import wsgiref.util
from collections.abc import Callable, Iterable
from typing import Any

from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.news-archive")


def use_file_events(server: LiveReloadServer) -> None:
    """MkDocs' preview looks at every watched file twice a second (PollingObserver): at
    thousands of articles, a good part of a core while nothing changes. Where the system
    reports file events (inotify on Linux), the watches move there and cost nothing
    while idle; anywhere else, or when the system refuses, polling stays."""
    try:
        from watchdog import events
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return
    # Reading a file is an event too (opened, closed): only changes may rebuild.
    changes = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent]
    changes += [events.FileMovedEvent, events.DirCreatedEvent, events.DirDeletedEvent]
    changes += [events.DirMovedEvent]

    class ChangesOnly(InotifyObserver):
        def schedule(self, *args: Any, **kwargs: Any) -> Any:
            kwargs.setdefault("event_filter", changes)
            return super().schedule(*args, **kwargs)

    watched = dict(server._watched_paths)
    polling = server.observer
    for path, count in watched.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = ChangesOnly()  # type: ignore[assignment]  # MkDocs' type names its default
    try:
        for path, count in watched.items():
            for _ in range(count):
                server.watch(path)
    except OSError as error:  # e.g. the inotify watch limit
        log.info(f"news-archive: watching files by polling ({error})")
        for path in list(server._watched_paths):
            for _ in range(server._watched_paths.get(path, 0)):
                server.unwatch(path)
        server.observer = polling
        for path, count in watched.items():
            for _ in range(count):
                server.watch(path)


def serve_while_building(server: LiveReloadServer, folder: str) -> None:
    """MkDocs' preview server answers no request while the site rebuilds, so that no page
    is served half built: at 10,000 articles a reader's search waited half a minute for
    the rebuild after an edit. The files under `folder` (Pagefind's bundles) are not the
    build's: the plugin's indexer writes each bundle beside the old one and swaps it in
    whole, so they are served at once. A file not there yet (a clean rebuild emptied
    site/) waits for the rebuild as before."""
    serve: Callable[..., Iterable[bytes] | None] = server._serve_request
    prefix = server.mount_path + folder + "/"

    def serve_request(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        path = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "ignore")
        if path.startswith(prefix):
            relative = posixpath.normpath(path[len(server.mount_path) :]).lstrip("/")
            if relative.startswith(folder + "/"):
                try:
                    file = open(os.path.join(server.root, relative), "rb")  # noqa: SIM115
                except OSError:  # not there (yet): as MkDocs would
                    return serve(environ, start_response)
                size = os.fstat(file.fileno()).st_size
                start_response(
                    "200 OK",
                    [("Content-Type", server._guess_type(relative)), ("Content-Length", str(size))],
                )
                return wsgiref.util.FileWrapper(file)
        return serve(environ, start_response)

    server._serve_request = serve_request  # type: ignore[method-assign]
