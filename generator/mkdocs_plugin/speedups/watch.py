"""The preview's file watches on the system's change events (MkDocs' private watch list)."""

from __future__ import annotations

import logging
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
