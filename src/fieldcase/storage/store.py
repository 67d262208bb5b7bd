"""The open store: one keyed connection, its migrations, the device's identity, the clock.

One writer: a ``Store`` belongs to the thread that opened it (sqlcipher3 enforces this), and
the UI runs every store call on its single worker thread. Callers group writes with
``atomic()`` so a case, its search terms, its journal rows and its audit event commit
together or not at all.

A read-only store (``Store.open(..., read_only=True)``, what ``self-test`` uses) runs no
migration and refuses every write, so a check can never change what it examines.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldcase.domain.hlc import HybridLogicalClock, Stamp
from fieldcase.domain.ids import IdFactory
from fieldcase.storage import audit
from fieldcase.storage.connection import DAMAGED_MESSAGE, StoreConnection
from fieldcase.storage.errors import MigrationError, StoreCorrupt, StoreReadOnly
from fieldcase.storage.migrations import MIGRATIONS, current_version, migrate
from fieldcase.storage.profile_files import DATABASE_FILE as DATABASE_FILE

COMMIT_COUNT = "commit_count"
"""``meta`` row: transactions committed through :meth:`Store.atomic` since the store began. It
only grows, so a store found with a smaller count than it had went back in time
(``services.store_history``)."""


def dumps(value: object) -> str:
    """JSON as the store keeps it: compact, keys sorted (equal values give equal text)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    def __init__(self, connection: StoreConnection, *,
                 now: Callable[[], datetime] = _utc_now,
                 randbytes: Callable[[int], bytes] = secrets.token_bytes) -> None:
        self.connection = connection
        self.raw: Any = connection.raw
        self.now = now
        self.random_bytes = randbytes
        self._depth = 0
        if connection.readonly:
            if current_version(self.raw) != MIGRATIONS[-1].version:
                raise MigrationError("this store needs an upgrade before it can be checked; "
                                     "unlock it once normally first")
        else:
            migrate(self.raw, now=lambda: self.now().isoformat())
        self.device_id = self._device_id(randbytes)
        wall_ms: Callable[[], int] = lambda: int(self.now().timestamp() * 1000)  # noqa: E731
        self.ids = IdFactory(clock_ms=wall_ms, randbytes=randbytes)
        last = self.meta("hlc_last")
        self.clock = HybridLogicalClock(self.device_id, wall_ms,
                                        last=None if last is None else Stamp.decode(last))
        self.commit_count = int(self.meta(COMMIT_COUNT) or 0)

    @classmethod
    def open(cls, profile_dir: Path, database_key: bytes, *, create: bool = True,
             read_only: bool = False, **kwargs: Any) -> Store:
        """Open the profile's store; ``create=False`` never makes one (``StoreMissing``)."""
        connection = StoreConnection(profile_dir / DATABASE_FILE, database_key,
                                     readonly=read_only, create=create)
        try:
            return cls(connection, **kwargs)
        except sqlcipher3.Error as error:
            mapped = connection.failure(error)
            connection.close()
            raise mapped from None
        except BaseException:
            connection.close()
            raise

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Map SQLite's errors while reading to the store's kinds (damage marks the
        connection, see ``StoreConnection.failure``)."""
        try:
            yield
        except sqlcipher3.Error as error:
            raise self.connection.failure(error) from None

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction (or a savepoint inside one). Errors roll back and are mapped to the
        store's kinds, so a full disk surfaces as ``StoreFull`` with nothing half-saved."""
        if self.connection.readonly:
            raise StoreReadOnly("this store is open read-only (self-test); nothing was saved")
        if self.connection.damaged:
            raise StoreCorrupt(DAMAGED_MESSAGE)
        outermost = self._depth == 0
        name = f"sp{self._depth}"
        try:
            self.raw.execute("BEGIN IMMEDIATE" if outermost else f"SAVEPOINT {name}")
        except sqlcipher3.Error as error:
            raise self.connection.failure(error) from None
        self._depth += 1
        try:
            yield
            if outermost:
                self.raw.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?), (?, ?)",
                                 ("hlc_last", self.clock.last.encode(),
                                  COMMIT_COUNT, str(self.commit_count + 1)))
                self.raw.execute("COMMIT")
                self.commit_count += 1
            else:
                self.raw.execute(f"RELEASE {name}")
        except BaseException as error:
            if outermost:
                if self.raw.in_transaction:
                    self.raw.execute("ROLLBACK")
            else:
                self.raw.execute(f"ROLLBACK TO {name}")
                self.raw.execute(f"RELEASE {name}")
            if isinstance(error, sqlcipher3.Error):
                raise self.connection.failure(error) from None
            raise
        finally:
            self._depth -= 1

    def meta(self, key: str) -> str | None:
        row = self.raw.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.raw.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def _device_id(self, randbytes: Callable[[int], bytes]) -> str:
        existing = self.meta("device_id")
        if existing is not None:
            return existing
        if self.connection.readonly:
            raise MigrationError("this store has no device identity yet; unlock it once "
                                 "normally first")
        device_id = randbytes(6).hex()
        with self.atomic_bootstrap():
            self.set_meta("device_id", device_id)
        return device_id

    @contextmanager
    def atomic_bootstrap(self) -> Iterator[None]:
        """A plain transaction used before the clock exists (first open only)."""
        self.raw.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.raw.execute("COMMIT")
        except BaseException:
            self.raw.execute("ROLLBACK")
            raise

    def stamp(self) -> str:
        return self.clock.now().encode()

    def audit(self, user: str, action: str, *, case_id: str | None = None,
              details: dict[str, Any] | None = None) -> None:
        """Append an audit event; call inside ``atomic()``."""
        audit.append(self.raw, event_id=self.ids.new(), device_time=self.now().isoformat(),
                     hlc=self.stamp(), user=user, action=action, case_id=case_id,
                     details=details)

    def checkpoint(self) -> None:
        self.connection.checkpoint()
