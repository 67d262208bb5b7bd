"""The real server app in-process, for device-side tests: an embedded SQLite database with the
organisation of ``tests/server/sync_harness.py`` (team ``lamp`` at ``LAMP-01``, worker
``amina``...), behind a *synchronous* httpx transport, which is what the device's sync client
takes. Each request runs the ASGI app on an event loop of its own (``sync_harness.call``), on
whichever thread sent it (the UI's store worker, say)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from tests.server.sync_harness import KEYS, World, call, make_world

from fieldcase.server import migrations
from fieldcase.server.db import create_engine, sqlite_url

FINGERPRINT = KEYS.fingerprint
"""What the administrator prints with the code (``fieldcase-server enroll-code``)."""


class SyncAsgi(httpx.BaseTransport):
    """The ASGI app behind a synchronous transport, one event loop per request."""

    def __init__(self, world: World) -> None:
        self._world = world
        self.requests: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url.path)
        answer = call(self._world.app, request.url.raw_path.decode(), request.read(),
                      dict(request.headers), method=request.method)
        headers = {k: v for k, v in answer.headers.items()
                   if k not in ("content-encoding", "content-length")}  # already inflated
        return httpx.Response(answer.status_code, headers=headers, content=answer.content)


@contextmanager
def server_world(folder: Path) -> Iterator[World]:
    """A migrated SQLite server database under ``folder`` and the app over it."""
    url = sqlite_url(folder / "server.db")
    engine = create_engine(url)
    try:
        migrations.upgrade(engine)
        yield make_world(engine, url)
    finally:
        engine.dispose()

