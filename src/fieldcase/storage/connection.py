"""The SQLCipher connection: the only place that opens the encrypted store.

Every connection is keyed with a raw 256-bit key through ``set_key`` (a key in SQL text would
show up in traces, and 32 raw bytes handed to ``set_key`` are treated as a passphrase and run
through PBKDF2, costing about 140 ms per open). The pragmas below are part of the security
model: ``temp_store=MEMORY`` keeps sort and index spill files out of the system temp folder
(``FILE`` wrote thousands of plaintext copies there), ``secure_delete`` zeroes freed pages, WAL
with ``synchronous=FULL`` means an acknowledged commit survives power loss.

Damage: once SQLite reports a page that fails its check (SQLCipher's per-page HMAC, or a
malformed b-tree), the connection is marked ``damaged``: ``Store.atomic`` refuses to write and
``close`` skips the checkpoint, so the damaged file is left exactly as it was found. Damage on a
page nobody has read yet cannot be known without reading every page (``quick_check``, which
``self-test`` runs on a read-only connection).
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, Final

import sqlcipher3

from fieldcase.storage.errors import StoreCorrupt, StoreFull, StoreMissing, WrongKey
from fieldcase.storage.file_modes import create_private_file

KEY_BYTES: Final = 32
# A page-cache miss costs ~8.5x more under SQLCipher, so the cache is not SQLite's 2 MiB; but
# it fills in the app's process at 100,000 cases and is a fixed part of its resident memory
# (issue 9: <= 200 MB). 32 MiB is the store benchmark's floor; 64 MiB bought no latency there
# or in the UI benchmark (docs/performance.md, "resident memory").
CACHE_SIZE_KIB: Final = 32768

REQUIRED_PRAGMAS: Final[dict[str, object]] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "temp_store": 2,  # MEMORY
    "secure_delete": 1,
    "foreign_keys": 1,
    "cipher_memory_security": "0",  # off: a lock ends the process instead (process_restart)
}

# What a store call can raise besides the store's own kinds: callers at a door (the command
# line) turn these into a kind with ``StoreConnection.failure``.
DATABASE_ERRORS: Final = (sqlcipher3.Error,)
DAMAGED_MESSAGE: Final = ("the case store is damaged: part of store.db failed its integrity "
                          "check, and nothing more is written to it; keep the profile folder as "
                          "it is and contact your administrator")

_open_lock = threading.Lock()
_open_count = 0


def open_connection_count() -> int:
    """How many store connections are open now (the test guard checks it returns to zero)."""
    return _open_count


def _raw_key_literal(key: bytes) -> bytes:
    if len(key) != KEY_BYTES:
        raise ValueError("a store key must be exactly 32 bytes")
    return b"x'" + key.hex().encode("ascii") + b"'"


class StoreConnection:
    """An open, keyed SQLCipher connection with the required pragmas applied.

    Use as a context manager or call ``close()``: the count of open connections is checked by
    the test suite, and a connection left open keeps the database key in memory.

    ``create`` makes a new, empty store (mode 0600) when the file is missing; without it a
    missing file is ``StoreMissing`` and nothing is made. ``readonly``: nothing can be written
    (SQLite's ``mode=ro``) and ``close`` does not checkpoint.

    A full disk: reading a WAL store needs its ``-shm`` index file, which a full disk has no
    room to make, so the open fails with ``StoreFull``. It is then retried in SQLite's
    exclusive locking mode, where that index lives in this process's memory: the store reads
    (and, once space returns, writes) normally, but no other process can open it until this
    connection closes. A read-only store uses ``mode=rw`` for that retry (SQLite cannot read
    a WAL store read-only without the index); ``Store`` still refuses every write on it.
    """

    def __init__(self, path: Path, key: bytes, *, readonly: bool = False,
                 create: bool = True) -> None:
        global _open_count
        if create and not readonly:
            create_private_file(path)  # SQLite gives -wal and -shm the database file's mode
        self.readonly = readonly
        self.damaged = False
        literal = _raw_key_literal(key)
        try:
            try:
                self.raw: Any = self._connect(path, literal, mode="ro" if readonly else "rw")
            except StoreFull:
                self.raw = self._connect(path, literal, mode="rw", exclusive=True)
        finally:
            del literal
        self.path = path
        with _open_lock:
            _open_count += 1
        self._closed = False

    def _connect(self, path: Path, literal: bytes, *, mode: str,
                 exclusive: bool = False) -> Any:
        try:
            raw = sqlcipher3.connect(f"file:{path}?mode={mode}", uri=True,
                                     isolation_level=None, check_same_thread=True)
        except sqlcipher3.Error as error:
            if not os.path.exists(path):
                raise StoreMissing("the case store (store.db) is missing; nothing was created "
                                   "in its place") from None
            raise map_error(error) from None
        self.raw = raw
        try:
            raw.execute("PRAGMA cipher_log_level = NONE")
            raw.set_key(literal)
            if exclusive:  # before the first read, or SQLite makes the -shm file after all
                raw.execute("PRAGMA locking_mode = EXCLUSIVE")
            self._probe()
            self._apply_pragmas(readonly=self.readonly)
        except BaseException:
            raw.close()
            raise
        return raw

    def _probe(self) -> None:
        """Reading the schema is the first access that decrypts a page: a wrong key fails here
        (and so does a damaged first page, which SQLCipher cannot tell from a wrong key)."""
        try:
            self.raw.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher3.DatabaseError as error:
            message = str(error)
            if "not a database" in message or "file is encrypted" in message:
                raise WrongKey("the store could not be decrypted with this key") from None
            raise self.failure(error) from None

    def failure(self, error: BaseException) -> Exception:
        """The store's kind for ``error`` (see ``map_error``); damage marks this connection so
        that it never writes or checkpoints again."""
        mapped = map_error(error)
        if isinstance(mapped, StoreCorrupt):
            self.damaged = True
        return mapped

    def quick_check(self) -> list[str]:
        """What ``PRAGMA quick_check`` finds, one problem a line (empty: sound). A page that
        fails SQLCipher's check makes the pragma itself fail; that is one problem too."""
        try:
            rows = [str(row[0]) for row in self.raw.execute("PRAGMA quick_check").fetchall()]
        except sqlcipher3.DatabaseError as error:
            self.damaged = True
            return [str(error)]
        if rows == ["ok"]:
            return []
        self.damaged = True
        return [line for row in rows for line in row.splitlines() if line.strip()]

    def _apply_pragmas(self, *, readonly: bool) -> None:
        execute = self.raw.execute
        # Off, and said so: wiping every allocation made writes 4-6x slower and grew the
        # mappings without bound; a lock ends the process instead (fieldcase.process_restart).
        execute("PRAGMA cipher_memory_security = OFF")
        if not readonly:
            execute("PRAGMA journal_mode = WAL")
        execute("PRAGMA synchronous = FULL")
        execute("PRAGMA temp_store = MEMORY")
        execute("PRAGMA secure_delete = ON")
        execute("PRAGMA foreign_keys = ON")
        execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        execute("PRAGMA busy_timeout = 5000")

    def pragma(self, name: str) -> object:
        row = self.raw.execute(f"PRAGMA {name}").fetchone()
        return None if row is None else row[0]

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under a new raw key (after a user is removed)."""
        literal = _raw_key_literal(new_key)
        try:
            self.raw.reset_key(literal)
        except sqlcipher3.Error as error:
            raise map_error(error) from None
        finally:
            del literal

    def checkpoint(self) -> None:
        """Fold the WAL back into the database and truncate it (on lock and after erasure)."""
        self.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def close(self) -> None:
        global _open_count
        if self._closed:
            return
        self._closed = True
        if not (self.readonly or self.damaged):
            with contextlib.suppress(sqlcipher3.Error):  # the WAL is replayed on the next open
                self.checkpoint()
        self.raw.close()
        with _open_lock:
            _open_count -= 1

    def __enter__(self) -> StoreConnection:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def map_error(error: BaseException) -> Exception:
    """Translate SQLite's errors into the store's kinds a person can act on.

    A small tmpfs that fills up says "database or disk is full"; hitting RLIMIT_FSIZE says
    "disk I/O error". Both mean the same thing to a field worker: free some space.
    """
    message = str(error).lower()
    if "disk is full" in message or "disk i/o error" in message or "file too large" in message:
        return StoreFull("storage is full: free disk space, then try again; nothing was saved")
    if "malformed" in message or "not a database" in message or "file is encrypted" in message:
        return StoreCorrupt(DAMAGED_MESSAGE)
    if isinstance(error, Exception):
        return error
    return RuntimeError(message)
