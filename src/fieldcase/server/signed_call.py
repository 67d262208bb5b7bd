"""One signed device request, as every signed route but sign-in runs it.

In one database transaction: verify the request (signature, clock window, nonce, session,
device status: a revoked device raises ``AuthError`` carrying its signed wipe) with the
device's row locked and its user read in the same query (``sync_store.DeviceFinder``: one
device's requests take turns, which a pull relies on), note the contact (at most once a
minute), and run the route's own work, so the nonce commits with that work or not at all.
Afterwards, a renewed session token when the current one is past half its life, for the route
to send in ``X-FieldCase-New-Session``.

Errors are the route's to map (each answers its own kinds): ``AuthError``,
``sqlalchemy.exc.OperationalError`` (database unavailable), ``KeyFileError`` and whatever
``work`` raises.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

import sqlalchemy as sa
from fastapi import FastAPI

from fieldcase.server.auth import AuthenticatedDevice, IncomingRequest
from fieldcase.server.sync_http import NEW_SESSION_HEADER
from fieldcase.server.sync_runtime import SyncRuntime
from fieldcase.server.sync_store import DbNonceStore, DeviceFinder, DeviceUser

T = TypeVar("T")


def run_signed(app: FastAPI, request: IncomingRequest,
               work: Callable[[sa.Connection, DeviceUser, datetime], T]
               ) -> tuple[T, dict[str, str]]:
    """``work``'s answer and the headers to add to the response (a renewed session)."""
    runtime: SyncRuntime = app.state.sync
    engine: sa.Engine = app.state.engine
    verifier = runtime.verifier
    now = runtime.now()
    with engine.begin() as conn:
        found = DeviceFinder(conn, lock=True)
        auth = verifier.verify(request, found, DbNonceStore(conn, now), now)
        found.note_contact(now)
        answer = work(conn, found.user, now)
    return answer, _renewed_session(runtime, auth, now)


def _renewed_session(runtime: SyncRuntime, auth: AuthenticatedDevice, now: datetime
                     ) -> dict[str, str]:
    session, issuer = auth.session, runtime.sessions
    if session is None or not issuer.needs_refresh(session, now):
        return {}
    token, _ = issuer.issue(session.user_id, session.device_id, now, runtime.random_bytes)
    return {NEW_SESSION_HEADER: token}
