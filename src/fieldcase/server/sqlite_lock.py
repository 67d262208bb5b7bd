"""One SQLite writer at a time inside this process, first come first served.

SQLite allows one write transaction per database file. Every server transaction on SQLite
starts with ``BEGIN IMMEDIATE`` (``server.db``), and a transaction that finds the file locked
waits in SQLite's busy handler: it sleeps, tries again, sleeps longer. Under 50 devices that is
a lottery, not a queue: a request that arrived first can keep losing to later ones until the
busy timeout ends it with "database is locked" (measured: 13 answers of 503 and a push p95 of
16.8 s in a 60-second soak). So the threads of one server process queue here, in arrival
order, before they ask SQLite for the lock; SQLite's busy timeout still bounds the wait for
*other* processes (an admin command, a second server on the same file).

The lock is taken when a transaction begins and given back once SQLite's own lock is gone:
after the ``COMMIT`` or ``ROLLBACK`` has run on the driver connection (SQLAlchemy announces a
commit *before* it sends it; handing over then would make the next writer find the file still
locked and sleep in the busy handler after all). The holder is marked in the pooled
connection's ``info``, so a release is never done twice and a connection returned to the pool
while still marked (an error path) gives the lock back.

What can go wrong: a transaction left open holds every other request of the process until it
ends; waiting longer than ``wait_s`` raises ``sqlalchemy.exc.OperationalError`` (HTTP 503,
"retry later"), like SQLite's own busy timeout.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import deque
from typing import Final

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

DEFAULT_WAIT_S: Final = 30.0
"""How long a transaction queues for the lock before giving up (as SQLite's busy timeout)."""
HOLDS_WRITE_LOCK: Final = "fieldcase_holds_sqlite_write_lock"
"""Key in a pooled connection's ``info``: this connection's transaction holds the lock."""


class FifoLock:
    """A mutual-exclusion lock handed to waiters in the order they asked for it.

    Not tied to a thread: whoever holds it may release it (SQLAlchemy may end a transaction
    on another thread than the one that began it). ``acquire`` gives up after ``timeout``
    seconds and leaves the queue as if it had never joined.
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._held = False
        self._waiters: deque[threading.Lock] = deque()

    @property
    def waiting(self) -> int:
        """How many callers are queued (not counting the holder)."""
        with self._mutex:
            return len(self._waiters)

    @property
    def held(self) -> bool:
        with self._mutex:
            return self._held

    def acquire(self, timeout: float) -> bool:
        """Wait for the lock at most ``timeout`` seconds; True once held."""
        with self._mutex:
            if not self._held and not self._waiters:
                self._held = True
                return True
            gate = threading.Lock()
            gate.acquire()
            self._waiters.append(gate)
        if gate.acquire(timeout=max(timeout, 0.0)):
            return True  # released to us: ``_held`` stayed True through the hand-over
        with self._mutex:
            if gate in self._waiters:
                self._waiters.remove(gate)
                return False
        return True  # handed over between the timeout and taking the mutex: it is ours

    def release(self) -> None:
        """Hand the lock to the longest waiter, or free it. Raises RuntimeError if not held."""
        with self._mutex:
            if not self._held:
                raise RuntimeError("release of a FIFO lock that is not held")
            if self._waiters:
                self._waiters.popleft().release()
            else:
                self._held = False


def install(engine: Engine, lock: FifoLock | None = None, wait_s: float | None = None) -> None:
    """Make every transaction of ``engine`` (SQLite) hold ``lock`` (a new one by default) from
    its ``BEGIN IMMEDIATE`` until its end, waiting at most ``wait_s`` (:data:`DEFAULT_WAIT_S`).
    Call once per engine, instead of any other "begin" listener that begins."""
    lock = FifoLock() if lock is None else lock
    wait_s = DEFAULT_WAIT_S if wait_s is None else wait_s

    def take(connection: sa.Connection) -> None:
        info = connection.info
        if info.get(HOLDS_WRITE_LOCK):
            return
        if not lock.acquire(wait_s):
            raise sa.exc.OperationalError(
                "BEGIN IMMEDIATE", None,
                sqlite3.OperationalError("database is locked (queued past the wait limit)"))
        info[HOLDS_WRITE_LOCK] = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            give_back(info)
            raise

    def give_back(info: dict[object, object]) -> None:
        if info.pop(HOLDS_WRITE_LOCK, False):
            lock.release()

    def end(connection: sa.Connection, raw_end: str) -> None:
        """Run the driver's COMMIT/ROLLBACK now, then release; SQLAlchemy's own call that
        follows finds no transaction open and does nothing."""
        if not connection.info.get(HOLDS_WRITE_LOCK):
            return
        info = connection.info
        try:
            raw = connection.connection.dbapi_connection
            if raw is not None:
                getattr(raw, raw_end)()
        except sqlite3.Error as error:
            if raw_end == "commit":  # still in the transaction: the rollback that follows frees
                raise sa.exc.OperationalError("COMMIT", None, error) from error
        except sa.exc.SQLAlchemyError:
            pass  # the connection is gone: so is its SQLite lock
        give_back(info)

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        take(connection)

    @sa.event.listens_for(engine, "commit")
    def _on_commit(connection: sa.Connection) -> None:
        end(connection, "commit")

    @sa.event.listens_for(engine, "rollback")
    def _on_rollback(connection: sa.Connection) -> None:
        end(connection, "rollback")

    @sa.event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi: DBAPIConnection | None, record: ConnectionPoolEntry) -> None:
        give_back(record.info)

    @sa.event.listens_for(engine, "invalidate")
    def _on_invalidate(_dbapi: DBAPIConnection | None, record: ConnectionPoolEntry,
                       _error: BaseException | None) -> None:
        give_back(record.info)
