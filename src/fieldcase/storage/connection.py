"""The SQLCipher connection: the only place that opens the encrypted store.

Every connection is keyed with a raw 256-bit key through ``set_key`` (a key in SQL text would
show up in traces, and 32 raw bytes handed to ``set_key`` are treated as a passphrase and run
through PBKDF2, costing about 140 ms per open). The pragmas below are part of the security
model: ``temp_store=MEMORY`` keeps sort and index spill files out of the system temp folder
(``FILE`` wrote thousands of plaintext copies there), ``secure_delete`` zeroes freed pages, WAL
with ``synchronous=FULL`` means an acknowledged commit survives power loss.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, Final

import sqlcipher3

from fieldcase.storage.errors import StoreCorrupt, StoreFull, WrongKey

KEY_BYTES: Final = 32
CACHE_SIZE_KIB: Final = 65536  # a page-cache miss costs ~8.5x more under SQLCipher

REQUIRED_PRAGMAS: Final[dict[str, object]] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "temp_store": 2,  # MEMORY
    "secure_delete": 1,
    "foreign_keys": 1,
    "cipher_memory_security": "1",  # SQLCipher answers its own pragmas as text
}

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
    """

    def __init__(self, path: Path, key: bytes, *, readonly: bool = False) -> None:
        global _open_count
        literal = _raw_key_literal(key)
        uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
        try:
            self.raw: Any = sqlcipher3.connect(uri, uri=True, isolation_level=None,
                                              check_same_thread=True)
        except sqlcipher3.Error as error:
            raise map_error(error) from None
        try:
            self.raw.execute("PRAGMA cipher_log_level = NONE")
            self.raw.set_key(literal)
            self._probe()
            self._apply_pragmas(readonly=readonly)
        except BaseException:
            self.raw.close()
            raise
        finally:
            del literal
        self.path = path
        with _open_lock:
            _open_count += 1
        self._closed = False

    def _probe(self) -> None:
        """Reading the schema is the first access that decrypts a page: a wrong key fails here."""
        try:
            self.raw.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher3.DatabaseError as error:
            message = str(error)
            if "not a database" in message or "file is encrypted" in message:
                raise WrongKey("the store could not be decrypted with this key") from None
            raise map_error(error) from None

    def _apply_pragmas(self, *, readonly: bool) -> None:
        execute = self.raw.execute
        execute("PRAGMA cipher_memory_security = ON")
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
        return StoreCorrupt("the store is damaged or is not a FieldCase store")
    if isinstance(error, Exception):
        return error
    return RuntimeError(message)
