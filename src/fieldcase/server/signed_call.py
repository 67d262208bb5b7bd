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

On SQLite a transaction that wrote nothing but the request's nonce commits without an fsync,
and a restarted server refuses requests signed before it started (why that is safe:
:func:`_commit_durably_if_needed`); any other transaction is synced before the answer leaves.

Who the work acts for: the device's user (the laptop's scope, for a pull, the policy, the
attachments), or with ``as_person=True`` the *person* whose session the request carries (a
push: on a shared laptop each change is judged for the person who made it, never for whoever
enrolled the laptop).

Errors are the route's to map (each answers its own kinds): ``AuthError``,
``sqlalchemy.exc.OperationalError`` (database unavailable), ``KeyFileError`` and whatever
``work`` raises.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from fastapi import FastAPI

from fieldcase.server.auth import AuthenticatedDevice, AuthError, IncomingRequest, RequestClaims
from fieldcase.server.device_sessions import extend_session
from fieldcase.server.sync_http import NEW_SESSION_HEADER
from fieldcase.server.sync_runtime import SyncRuntime
from fieldcase.server.sync_store import DeviceFinder, DeviceUser
from fieldcase.sync.signing import AuthErrorKind, unix_seconds

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
    embedded = engine.dialect.name == "sqlite"
    with (engine.connect() as conn, _commit_durably_if_needed(conn, claims, now) as commit,
          conn.begin()):  # committed first, then synced if it must be
        found = DeviceFinder(conn, lock=True, now=now, claims=claims)
        auth = verifier.verify(request, found, found, found, now,
                               signed_after=runtime.started if embedded else None)
        found.note_contact(now)
        commit.checked()
        user = found.user
        if as_person:
            try:
                user = found.person(auth.person_id)
            except LookupError:
                raise AuthError(AuthErrorKind.INVALID_SESSION,
                                "the session's user is not of this organisation") from None
        answer = work(conn, user, now)
        headers = _renewed_session(conn, runtime, auth, now)
        commit.done()
    return answer, headers


class _Commit:
    """What a request's transaction wrote besides its replay protection (see below)."""

    def __init__(self, raw: Any | None) -> None:
        self._raw = raw
        self._checked = 0
        self.wrote = True

    def checked(self) -> None:
        """The request is verified: its nonce, and the contact time, are written."""
        if self._raw is not None:
            self._checked = self._raw.total_changes

    def done(self) -> None:
        """The work is done: did it change any row?"""
        if self._raw is not None:
            self.wrote = self._raw.total_changes != self._checked


@contextmanager
def _commit_durably_if_needed(conn: sa.Connection, claims: RequestClaims | None,
                              now: datetime) -> Iterator[_Commit]:
    """On SQLite, a request whose transaction writes nothing but its nonce (and, once a
    minute, the device's last contact) commits without an fsync: a no-op pull, the policy or
    directory check. Everything else is made as durable as ``synchronous=FULL`` makes it
    before the answer leaves: the write-ahead log is synced once the commit returned.

    Why a nonce may be lost: the commit is written to the log (``synchronous=NORMAL``), so it
    survives the server process dying, and another process on the file sees it at once; only
    a power cut or a crash of the machine in the seconds before the kernel writes it out can
    lose it. A request whose nonce is lost so could be replayed after the restart while its
    timestamp is in the window, so a restarted server refuses requests signed before it
    started (``RequestVerifier.verify(signed_after=...)``, ``signed_before_start``), and a
    request dated in a later second than the server's clock (a device clock running ahead,
    which could still be in the window after a restart) is made durable like a write.
    PostgreSQL: nothing changes (its nonces commit with the request, durable as configured).
    """
    if conn.dialect.name != "sqlite":
        yield _Commit(None)
        return
    raw: Any = conn.connection.driver_connection
    raw.execute("PRAGMA synchronous = NORMAL")  # outside any transaction, as SQLite requires
    commit = _Commit(raw)
    try:
        yield commit
        if commit.wrote or claims is None or claims.signed_at > unix_seconds(now):
            _sync_log(raw)
    finally:
        raw.execute("PRAGMA synchronous = FULL")


def _sync_log(raw: Any) -> None:
    """fsync the database's write-ahead log, as ``synchronous=FULL`` does at every commit."""
    path = next((row[2] for row in raw.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not path:  # an in-memory database: nothing to make durable
        return
    try:
        fd = os.open(f"{path}-wal", os.O_RDONLY)
    except FileNotFoundError:  # checkpointed and removed: the database file was synced
        return
    try:
        os.fsync(fd)
    except OSError as error:  # committed, but maybe not durable: the device must retry
        raise sa.exc.OperationalError("fsync of the write-ahead log", None, error) from None
    finally:
        os.close(fd)


def _renewed_session(conn: sa.Connection, runtime: SyncRuntime, auth: AuthenticatedDevice,
                     now: datetime) -> dict[str, str]:
    session, issuer = auth.session, runtime.sessions
    if session is None or not issuer.needs_refresh(session, now):
        return {}
    token, renewed = issuer.renew(session, now)
    extend_session(conn, renewed)
    return {NEW_SESSION_HEADER: token}
