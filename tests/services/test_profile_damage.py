"""A damaged or incomplete profile says what is wrong, never writes, never replaces.

What can be checked without the passphrase (a file missing, a key-slot file damaged) is said
before any passphrase is tried, the same for every user name; what needs the key (a store
page that fails its check, a store of another profile) is said after a correct passphrase.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from fieldcase.services import cases, profile, self_test
from fieldcase.services.session import Session
from fieldcase.storage.case_list import CaseFilter
from fieldcase.storage.errors import StoreCorrupt, StoreError, StoreReadOnly
from fieldcase.storage.keys import KeyPurpose, ProfileKeys, subkey
from fieldcase.storage.keyslots import BACKUP_FILE_NAME, KEYSLOT_FILE_NAME
from fieldcase.storage.store import DATABASE_FILE, Store
from fieldcase.storage.unlock_guard import STATE_FILE_NAME

from .conftest import PASSPHRASE, TEST_KDF, new_case, now

PAGE = 4096


def unlock(folder: Path, user: str = "amina", passphrase: str = PASSPHRASE,
           read_only: bool = False) -> Session:
    return profile.unlock(folder, user=user, passphrase=passphrase, kdf=TEST_KDF, now=now,
                          read_only=read_only)


def footprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def failed_attempts(folder: Path) -> int:
    keys = ProfileKeys(database_files=profile.database_files, kdf_policy=TEST_KDF)
    return keys.failed_attempts(folder, "amina")


@pytest.fixture
def with_cases(profile_dir: Path) -> Path:
    session = unlock(profile_dir)
    try:
        for given in ("Selam", "Hagos", "Abeba"):
            cases.create_case(session, new_case(given=given))
    finally:
        session.close()
    return profile_dir


def page_of_table(folder: Path, table: str) -> int:
    dek = ProfileKeys(database_files=profile.database_files,
                      kdf_policy=TEST_KDF).unlock(folder, "amina", PASSPHRASE)
    with Store.open(folder, subkey(dek, KeyPurpose.DATABASE), create=False) as store:
        row = store.raw.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?",
                                (table,)).fetchone()
    return int(row[0])


def damage_page(folder: Path, page: int) -> None:
    path = folder / DATABASE_FILE
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE + 1000] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("user", "passphrase"), [("amina", PASSPHRASE),
                                                  ("amina", "not the passphrase"),
                                                  ("nobody", PASSPHRASE)])
def test_a_missing_store_is_named_before_the_passphrase_and_never_recreated(
        profile_dir: Path, user: str, passphrase: str) -> None:
    (profile_dir / DATABASE_FILE).unlink()
    before = footprint(profile_dir)
    with pytest.raises(StoreCorrupt) as caught:
        unlock(profile_dir, user, passphrase)
    assert "store" in str(caught.value) and "missing" in str(caught.value)
    assert caught.value.kind == "corrupt"
    assert not (profile_dir / DATABASE_FILE).exists()
    assert footprint(profile_dir) == before  # not even a failed attempt was counted


def test_missing_key_slots_beside_a_store_are_named(profile_dir: Path) -> None:
    for name in (KEYSLOT_FILE_NAME, BACKUP_FILE_NAME):
        (profile_dir / name).unlink()
    with pytest.raises(StoreError) as caught:
        unlock(profile_dir)
    assert caught.value.kind == "corrupt"
    assert "key slots" in str(caught.value) and "missing" in str(caught.value)
    assert profile.profile_exists(profile_dir)  # the app shows the unlock screen, not set-up


def test_a_deleted_key_slot_file_is_restored_from_its_backup(with_cases: Path) -> None:
    (with_cases / KEYSLOT_FILE_NAME).unlink()
    assert profile.profile_exists(with_cases)
    session = unlock(with_cases)
    try:
        assert len(cases.list_cases(session, CaseFilter()).rows) == 3
    finally:
        session.close()
    assert (with_cases / KEYSLOT_FILE_NAME).read_bytes() == \
        (with_cases / BACKUP_FILE_NAME).read_bytes()


def test_a_damaged_page_read_at_unlock_is_named_and_nothing_is_written(
        with_cases: Path) -> None:
    damage_page(with_cases, page_of_table(with_cases, "users"))
    store_before = (with_cases / DATABASE_FILE).read_bytes()
    with pytest.raises(StoreCorrupt) as caught:
        unlock(with_cases)
    assert "damaged" in str(caught.value)
    assert (with_cases / DATABASE_FILE).read_bytes() == store_before
    assert failed_attempts(with_cases) == 0  # the passphrase was right


def test_a_store_that_is_not_this_profiles_is_named_after_the_passphrase(
        tmp_path: Path, profile_dir: Path) -> None:
    other = tmp_path / "other"
    profile.create_profile(other, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF)
    shutil.copy(other / DATABASE_FILE, profile_dir / DATABASE_FILE)
    with pytest.raises(StoreCorrupt) as caught:
        unlock(profile_dir)
    assert "does not open with this profile's key" in str(caught.value)


def test_self_test_reports_a_damaged_last_page_and_writes_nothing(with_cases: Path) -> None:
    pages = (with_cases / DATABASE_FILE).stat().st_size // PAGE
    damage_page(with_cases, pages)
    store_before = (with_cases / DATABASE_FILE).read_bytes()
    session = unlock(with_cases, read_only=True)
    try:
        report = self_test.run(session)
    finally:
        session.close()
    integrity = next(c for c in report.checks if c.name == "store integrity")
    assert not integrity.ok and not report.ok
    assert "damaged" in integrity.detail
    assert (with_cases / DATABASE_FILE).read_bytes() == store_before
    for leftover in ("-wal", "-shm"):
        path = with_cases / (DATABASE_FILE + leftover)
        assert not path.exists() or path.stat().st_size in (0, 32768)


def test_a_read_only_unlock_writes_nothing_to_a_sound_store(with_cases: Path) -> None:
    before = footprint(with_cases)
    session = unlock(with_cases, read_only=True)
    try:
        assert self_test.run(session).ok
        with pytest.raises(StoreError):
            cases.create_case(session, new_case())
    finally:
        session.close()
    after = footprint(with_cases)
    assert after[DATABASE_FILE] == before[DATABASE_FILE]
    assert after[KEYSLOT_FILE_NAME] == before[KEYSLOT_FILE_NAME]
    assert STATE_FILE_NAME in after


def test_a_check_never_finishes_an_interrupted_removal_itself(profile_dir: Path) -> None:
    keys = ProfileKeys(database_files=profile.database_files, kdf_policy=TEST_KDF)
    dek = keys.unlock(profile_dir, "amina", PASSPHRASE)
    keys.add_user(profile_dir, dek, "yonas", "river lamp orbit seven", TEST_KDF)
    keys.remove_user(profile_dir, dek, "yonas")
    store_before = (profile_dir / DATABASE_FILE).read_bytes()  # the crash: not yet rekeyed
    with pytest.raises(StoreReadOnly, match="interrupted"):
        unlock(profile_dir, read_only=True)
    assert (profile_dir / DATABASE_FILE).read_bytes() == store_before
    unlock(profile_dir).close()  # a normal unlock finishes it
    session = unlock(profile_dir, read_only=True)
    try:
        assert self_test.run(session).ok
    finally:
        session.close()
