"""The ASGI application factory.

``create_app(settings)`` builds a FastAPI app whose only state is on ``app.state`` (the engine,
the settings, the sync runtime: server key, clock, randomness, and the attempt limiters, which
count in the database): the process keeps nothing that other server processes would need to
see, so any number of them can run behind a load
balancer on one PostgreSQL. Routers live in ``fieldcase.server.routes``, one module each.
Without a ``sync`` runtime the server key comes from the key file (``keys_file``: the flag-less
default, ``$FIELDCASE_SERVER_KEY_FILE`` or ``./fieldcase-server-data/server-key``), read on the
first request that needs it.

Errors raised on purpose (:class:`AdminError`, :class:`FeedError`) become JSON bodies
``{"error": kind, "message": ...}`` with a 4xx status; the message names a field, never a
person. Anything else is a 500 without details.
"""

from __future__ import annotations

import gc
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Final

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from fieldcase import __version__
from fieldcase.server.admin import AdminError
from fieldcase.server.config import Settings, resolve_database_url
from fieldcase.server.db import create_engine
from fieldcase.server.feed import FeedError
from fieldcase.server.keys_file import resolve_key_path
from fieldcase.server.routes import ROUTERS, enrol, policy, services, sign_in
from fieldcase.server.sync_runtime import SyncRuntime

TITLE: Final = "FieldCase server"
ERROR_STATUS: Final = {"not_found": 404, "duplicate": 409, "change_id_taken": 409}


def create_app(settings: Settings, *, engine: sa.Engine | None = None,
               sync: SyncRuntime | None = None) -> FastAPI:
    """The app for ``settings``; pass ``engine`` to share one (it is then not disposed) and
    ``sync`` to choose the server key, clock and randomness (tests, ``serve``)."""
    owned = engine is None
    app_engine = engine if engine is not None else create_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            app_engine.dispose()

    app = FastAPI(title=TITLE, version=__version__, lifespan=lifespan,
                  description="Central server of FieldCase: enrolment, sync and the change "
                              "feed. See docs/server.md.")
    app.state.engine = app_engine
    app.state.settings = settings
    app.state.sync = sync if sync is not None else SyncRuntime.from_key_file(resolve_key_path(None))
    # Counted in the database, so every server process on it counts the same tries.
    app.state.enrol_limiter = enrol.new_limiter(app_engine)  # wrong codes, per address
    app.state.sign_in_limiter = sign_in.new_limiter(app_engine)  # wrong passphrases, per device
    for router in ROUTERS:
        app.include_router(router)
    app.include_router(sign_in.router)
    app.include_router(policy.router)
    app.include_router(services.router)
    app.add_exception_handler(AdminError, _error_response)
    app.add_exception_handler(FeedError, _error_response)
    return app


def freeze_heap() -> None:
    """Move every object alive now (the modules, the app, its routes and schemas: some 150,000
    objects) out of reach of Python's cyclic garbage collector, for a serving process.

    Why: a push of 500 changes makes some 100,000 objects, and the collector's full passes,
    which it starts as they pile up, walked the whole heap each time: with a push's body
    read and decoded in a loop, a third of the time went to them (``gc.freeze`` or ``gc``
    off, the same). Objects frozen here are never collected, which is what a serving process
    wants of its modules and its app; what requests make is collected as before. Only for
    ``serve`` (not ``create_app``): a test process builds many apps and must free them."""
    gc.collect()
    gc.freeze()


def app_from_environment() -> FastAPI:
    """The app of one process of ``fieldcase-server serve --workers N``, which sets
    ``FIELDCASE_SERVER_DATABASE_URL`` and ``FIELDCASE_SERVER_KEY_FILE`` and has migrated the
    database before starting the processes. The same works under uvicorn or gunicorn directly
    (``uvicorn --factory fieldcase.server.app:app_from_environment --workers N``): set both
    variables and run ``fieldcase-server migrate`` first. Without the variables it falls back
    to the embedded SQLite file and the default key file, like ``serve`` without flags."""
    app = create_app(Settings(database_url=resolve_database_url(None)))
    freeze_heap()
    return app


async def _error_response(_request: Request, error: Exception) -> JSONResponse:
    kind = getattr(error, "kind", "error")
    return JSONResponse(status_code=ERROR_STATUS.get(kind, 400),
                        content={"error": kind, "message": str(error)})


def openapi_document(app: FastAPI | None = None) -> str:
    """The OpenAPI document as published in docs/openapi.json (stable formatting)."""
    if app is None:
        app = create_app(Settings(database_url="sqlite://"))
    schema: dict[str, Any] = app.openapi()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
