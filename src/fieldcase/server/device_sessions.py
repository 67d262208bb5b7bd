"""Who is signed in on which device: the ``device_sessions`` table, shared by every server
process (migration 0009).

Why it exists: a laptop at a border post is shared by a team, but its device key proves only
the laptop. Each person who works on it signs in online once (``POST /v1/auth/sign-in`` with
their server passphrase) and gets a session of their own, bound to the device key; a push is
authorized for the person whose session it carries, never for whoever enrolled the laptop.

A session token is a MAC'd claim (``auth_sessions``: session id, device, user, times). The
token alone is not enough: its session id must also be the one this table holds for the
device and the user, and the row must not be ended. So:

- a new sign-in of the same person on the same device replaces the row's session id, and the
  older token stops working at once, in every process;
- revoking the device ends every row of it (and the device check refuses it anyway);
- an administrator can end one person's session on one device (``session end``) without
  revoking the laptop; that person signs in again;
- a renewal (past half-life) keeps the session id and moves the row's expiry: the token it
  replaces still works until its own, earlier, expiry, so a renewed token lost on the way
  costs nothing.

Expiry is in the token (under the MAC) and checked by ``SessionIssuer.check``; the row's
``expires_at`` says the same for an administrator reading the table.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from fieldcase.server.auth_sessions import Session
from fieldcase.server.db import device_sessions


def _ids(session: Session) -> tuple[uuid.UUID, uuid.UUID] | None:
    try:
        return uuid.UUID(session.device_id), uuid.UUID(session.user_id)
    except ValueError:
        return None


def record_session(conn: sa.Connection, session: Session) -> None:
    """Make ``session`` the one current session of its user on its device (a sign-in or an
    enrolment), replacing any earlier one, in the caller's transaction."""
    ids = _ids(session)
    if ids is None:
        raise ValueError("a session names a device and a user by their UUIDs")
    device_id, user_id = ids
    values = {"session_id": session.session_id, "issued_at": session.issued_at,
              "expires_at": session.expires_at, "ended_at": None}
    insert = (postgresql.insert(device_sessions) if conn.dialect.name == "postgresql"
              else sqlite.insert(device_sessions))
    conn.execute(insert.values(device_id=device_id, user_id=user_id, **values)
                 .on_conflict_do_update(index_elements=[device_sessions.c.device_id,
                                                        device_sessions.c.user_id],
                                        set_=values))


def extend_session(conn: sa.Connection, session: Session) -> None:
    """A renewal: the same session id, a later expiry (only while the row still holds it)."""
    ids = _ids(session)
    if ids is None:
        return
    conn.execute(sa.update(device_sessions).where(
        device_sessions.c.device_id == ids[0], device_sessions.c.user_id == ids[1],
        device_sessions.c.session_id == session.session_id,
        device_sessions.c.ended_at.is_(None),
    ).values(expires_at=session.expires_at))


def end_sessions(conn: sa.Connection, device_id: uuid.UUID, *, now: datetime,
                 user_id: uuid.UUID | None = None) -> int:
    """End the device's sessions (one user's, when given); how many were live."""
    where = [device_sessions.c.device_id == device_id, device_sessions.c.ended_at.is_(None)]
    if user_id is not None:
        where.append(device_sessions.c.user_id == user_id)
    return conn.execute(sa.update(device_sessions).where(*where).values(ended_at=now)).rowcount


class DbSessionStore:
    """``auth.SessionStore`` on the request's connection: is this the user's current session
    on this device? One primary-key read per signed request."""

    def __init__(self, conn: sa.Connection) -> None:
        self._conn = conn

    def is_current(self, session: Session) -> bool:
        ids = _ids(session)
        if ids is None:
            return False
        row = self._conn.execute(sa.select(device_sessions.c.session_id).where(
            device_sessions.c.device_id == ids[0], device_sessions.c.user_id == ids[1],
            device_sessions.c.ended_at.is_(None))).first()
        return row is not None and row.session_id == session.session_id
