"""The SQLCipher connection: keyed with a raw key, every required pragma on, errors mapped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldcase.storage.connection import (
    REQUIRED_PRAGMAS,
    StoreConnection,
    map_error,
    open_connection_count,
)
from fieldcase.storage.errors import StoreCorrupt, StoreFull, WrongKey

KEY = bytes(range(32))


def test_every_required_pragma_is_on(tmp_path: Path) -> None:
    with StoreConnection(tmp_path / "store.db", KEY) as conn:
        for name, expected in REQUIRED_PRAGMAS.items():
            assert conn.pragma(name) == expected, name
        cache = conn.pragma("cache_size")
        assert isinstance(cache, int) and -cache >= 32 * 1024


def test_file_is_encrypted_and_wrong_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with StoreConnection(path, KEY) as conn:
        conn.raw.execute("CREATE TABLE t (x TEXT)")
        conn.raw.execute("INSERT INTO t VALUES ('CANARY-Zebulon')")
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    assert b"CANARY" not in path.read_bytes()
    with pytest.raises(WrongKey):
        StoreConnection(path, bytes(32))
    assert open_connection_count() == 0


def test_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        StoreConnection(tmp_path / "store.db", b"short")


def test_rekey_changes_the_key(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    new_key = os.urandom(32)
    with StoreConnection(path, KEY) as conn:
        conn.raw.execute("CREATE TABLE t (x)")
        conn.rekey(new_key)
    with pytest.raises(WrongKey):
        StoreConnection(path, KEY)
    with StoreConnection(path, new_key) as conn:
        assert conn.raw.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_garbage_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    with pytest.raises((WrongKey, StoreCorrupt)):
        StoreConnection(path, KEY)
    assert path.read_bytes() == garbage


@pytest.mark.parametrize(("message", "kind"), [
    ("database or disk is full", StoreFull),
    ("disk I/O error", StoreFull),
    ("database disk image is malformed", StoreCorrupt),
])
def test_sqlite_errors_map_to_kinds(message: str, kind: type[Exception]) -> None:
    import sqlcipher3

    assert isinstance(map_error(sqlcipher3.OperationalError(message)), kind)
