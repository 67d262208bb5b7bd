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


def test_big_sorts_never_open_a_temp_file(tmp_path: Path) -> None:
    """SQLite unlinks its temp files as soon as it opens them, so a scan of the temp folder
    afterwards sees nothing; instead, watch this process's open files while a sort far bigger
    than the page cache runs. With temp_store=FILE this sees the (deleted) spill file."""
    database = tmp_path / "store.db"
    allowed = {str(database), f"{database}-wal", f"{database}-shm"}
    opened: set[str] = set()

    def watch_open_files() -> int:
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if target.startswith("/") and target.endswith(" (deleted)"):
                opened.add(target)
        return 0

    with StoreConnection(database, KEY) as conn:
        conn.raw.execute("PRAGMA cache_size = 10")  # make the sort spill if it can
        conn.raw.execute("CREATE TABLE t (x TEXT)")
        conn.raw.executemany("INSERT INTO t VALUES (?)",
                             [(f"CANARY {n:06d} " + "y" * 500,) for n in range(4000)])
        watch_open_files()
        before = set(opened)
        conn.raw.set_progress_handler(watch_open_files, 500)
        rows = conn.raw.execute("SELECT x FROM t ORDER BY substr(x, 8) DESC").fetchall()
        conn.raw.set_progress_handler(None, 0)
    assert len(rows) == 4000
    assert opened - before - allowed == set()


def test_truncated_store_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with StoreConnection(path, KEY) as conn:
        conn.raw.execute("CREATE TABLE t (x TEXT)")
        conn.raw.executemany("INSERT INTO t VALUES (?)", [("y" * 400,)] * 200)
    whole = path.read_bytes()
    cut = whole[: len(whole) // 2 + 100]  # not on a page boundary
    path.write_bytes(cut)
    with pytest.raises(StoreCorrupt, match="damaged"):
        StoreConnection(path, KEY)
    assert path.read_bytes() == cut
    assert open_connection_count() == 0
