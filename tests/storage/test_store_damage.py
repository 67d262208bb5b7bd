"""A store that has shown damage is never written again by that connection; a store is only
created where one is asked for; store files are private to their owner."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import sqlcipher3

from fieldcase.domain.ids import IdFactory
from fieldcase.storage import cases
from fieldcase.storage.errors import StoreCorrupt, StoreMissing
from fieldcase.storage.store import DATABASE_FILE, Store

from .conftest import KEY, case_json, fixed_now

PAGE = 4096


def test_a_connection_that_met_damage_refuses_writes_and_skips_the_checkpoint(
        tmp_path: Path) -> None:
    ids = IdFactory()
    with Store.open(tmp_path, KEY, now=fixed_now) as store, store.atomic():
        cases.insert_case(store, case_json(ids, "Selam"), author="worker.1")
        root = store.raw.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'cases'").fetchone()[0]
    path = tmp_path / DATABASE_FILE
    data = bytearray(path.read_bytes())
    data[(root - 1) * PAGE + 2000] ^= 0xFF
    path.write_bytes(bytes(data))
    store = Store.open(tmp_path, KEY, now=fixed_now, create=False)
    try:
        with pytest.raises(sqlcipher3.DatabaseError) as raw_error:
            store.raw.execute("SELECT doc FROM cases").fetchall()
        mapped = store.connection.failure(raw_error.value)
        assert isinstance(mapped, StoreCorrupt) and "damaged" in str(mapped)
        with pytest.raises(StoreCorrupt), store.atomic():
            store.set_meta("after_damage", "1")
    finally:
        store.close()
    assert path.read_bytes() == bytes(data)


def test_opening_without_create_never_makes_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing):
        Store.open(tmp_path, KEY, create=False)
    assert list(tmp_path.iterdir()) == []


def test_a_new_store_and_its_wal_and_shm_are_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        with Store.open(tmp_path, KEY, now=fixed_now) as store, store.atomic():
            store.set_meta("written", "1")
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    finally:
        os.umask(previous)
    assert set(modes) == {DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm"}
    assert set(modes.values()) == {0o600}
