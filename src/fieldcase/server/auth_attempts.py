"""The attempt limits' count in the database: one count for every server process.

``auth_codes.AttemptLimiter`` refuses a source (a client address for enrolment, a device for
online sign-in) once it has failed too often within a window. Counted in one process, N
processes behind a load balancer would allow N times the tries and a restart would forget
them; here they are rows of ``auth_attempts`` that every process reads and writes.

An attempt is *reserved* before it is made, in a transaction of its own: the keys' advisory
locks (``pg_locks``; SQLite's write lock does the same), a count of the keys' attempts within
the window and, if every key is under its limit, one row per key, committed. So two
reservations of one key never both count before the other's row is there, whichever processes
make them. An attempt that did not fail is *released* (its rows deleted) once it is over.

Rows older than the window are deleted by the limit's next reservation, so a client address
stays in the table about as long as the window (15 minutes) and the table stays small.

What can go wrong: the database being unavailable makes the reservation fail with
``sqlalchemy.exc.OperationalError`` (the routes answer 503, and nothing was tried). Both
methods must run outside any transaction of the caller's: on SQLite a transaction already held
by the same thread would make them wait for it forever (``server.sqlite_lock``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa

from fieldcase.server import pg_locks
from fieldcase.server.auth_codes import AttemptLimiter, AttemptPolicy, OverLimit
from fieldcase.server.db import auth_attempts


class DbAttemptLog:
    """An ``auth_codes.AttemptLog`` on the ``auth_attempts`` table, for one named limit
    (``enrol``, ``sign_in``): each limit counts only its own rows."""

    def __init__(self, engine: sa.Engine, limiter: str) -> None:
        self._engine = engine
        self._limiter = limiter

    def reserve(self, attempt_id: uuid.UUID, limits: Sequence[tuple[str, int]],
                since: datetime, at: datetime) -> None:
        keys = [key for key, _ in limits]
        mine = auth_attempts.c.limiter == self._limiter
        with self._engine.begin() as conn:
            pg_locks.lock(conn, pg_locks.ATTEMPTS,
                          (pg_locks.key_of(f"{self._limiter}\n{key}") for key in keys))
            conn.execute(sa.delete(auth_attempts).where(mine, auth_attempts.c.at < since))
            counts = {row.key: row.tries for row in conn.execute(
                sa.select(auth_attempts.c.key, sa.func.count().label("tries"))
                .where(mine, auth_attempts.c.key.in_(keys), auth_attempts.c.at >= since)
                .group_by(auth_attempts.c.key))}
            for key, limit in limits:
                if counts.get(key, 0) >= limit:
                    raise OverLimit(key)  # rolls back: nothing recorded
            conn.execute(sa.insert(auth_attempts), [
                {"attempt_id": attempt_id, "key": key, "limiter": self._limiter, "at": at}
                for key in keys])

    def release(self, attempt_id: uuid.UUID) -> None:
        with self._engine.begin() as conn:
            conn.execute(sa.delete(auth_attempts).where(
                auth_attempts.c.attempt_id == attempt_id))


def db_limiter(engine: sa.Engine, limiter: str, policy: AttemptPolicy) -> AttemptLimiter:
    """An attempt limiter whose count every server process on ``engine``'s database shares."""
    return AttemptLimiter(DbAttemptLog(engine, limiter), policy)
