"""One signed device request, as every signed route but sign-in runs it.

In one database transaction: verify the request (signature, clock window, nonce, session,
device status: a revoked device raises ``AuthError`` carrying its signed wipe) with the
device's row locked and its user, the session's current id and (PostgreSQL) the nonce read
and written in the same query (``sync_store.DeviceFinder``: one device's requests take turns,
which a pull relies on), note the contact (at most once a minute), and run the route's own
work, so the nonce commits with that work or not at all. Afterwards, a renewed session token
when the current one is past half its life, for the route to send in
``X-FieldCase-New-Session`` (the same session id, its record's expiry moved in the same
transaction: ``server.device_sessions``).

Who the work acts for: the device's user (the laptop's scope, for a pull, the policy, the
attachments), or with ``as_person=True`` the *person* whose session the request carries (a
push: on a shared laptop each change is judged for the person who made it, never for whoever
enrolled the laptop).

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

from fieldcase.server.auth import AuthenticatedDevice, AuthError, IncomingRequest
from fieldcase.server.device_sessions import extend_session
from fieldcase.server.sync_http import NEW_SESSION_HEADER
from fieldcase.server.sync_runtime import SyncRuntime
from fieldcase.server.sync_store import DeviceFinder, DeviceUser
from fieldcase.sync.signing import AuthErrorKind

T = TypeVar("T")


def run_signed(app: FastAPI, request: IncomingRequest,
               work: Callable[[sa.Connection, DeviceUser, datetime], T], *,
               as_person: bool = False) -> tuple[T, dict[str, str]]:
    """``work``'s answer and the headers to add to the response (a renewed session)."""
    runtime: SyncRuntime = app.state.sync
    engine: sa.Engine = app.state.engine
    verifier = runtime.verifier
    now = runtime.now()
    claims = verifier.claims(request)
    with engine.begin() as conn:
        found = DeviceFinder(conn, lock=True, now=now, claims=claims)
        auth = verifier.verify(request, found, found, found, now)
        found.note_contact(now)
        user = found.user
        if as_person:
            try:
                user = found.person(auth.person_id)
            except LookupError:
                raise AuthError(AuthErrorKind.INVALID_SESSION,
                                "the session's user is not of this organisation") from None
        answer = work(conn, user, now)
        headers = _renewed_session(conn, runtime, auth, now)
    return answer, headers


def _renewed_session(conn: sa.Connection, runtime: SyncRuntime, auth: AuthenticatedDevice,
                     now: datetime) -> dict[str, str]:
    session, issuer = auth.session, runtime.sessions
    if session is None or not issuer.needs_refresh(session, now):
        return {}
    token, renewed = issuer.renew(session, now)
    extend_session(conn, renewed)
    return {NEW_SESSION_HEADER: token}
