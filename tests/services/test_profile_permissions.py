"""A profile is private to the account that owns it: the folder 0700, every file the app writes
there 0600, whatever the umask; an older profile's modes are mended at unlock. Another account
on the laptop must not be able to copy the key slots or the store and guess offline."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldcase.services import attachments, cases, profile

from .conftest import PASSPHRASE, TEST_KDF, new_case, now


@pytest.fixture(autouse=True)
def default_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # what most desktops use: new files 0644, folders 0755
    yield
    os.umask(previous)


def modes(folder: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def assert_private(folder: Path) -> dict[str, int]:
    found = modes(folder)
    wrong = {name: oct(mode) for name, mode in found.items()
             if mode != (0o700 if (folder / name).is_dir() else 0o600)}
    assert not wrong, wrong
    return found


def test_a_new_profile_and_everything_in_it_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF,
                             now=now)
    try:
        case_id = cases.create_case(session, new_case()).case_id
        attachments.add_attachment(session, case_id, b"scan of a consent form", "consent_form")
        found = assert_private(folder)  # while the session is open: -wal and -shm exist
    finally:
        session.close()
    assert {"keyslots.bin", "keyslots.bin.bak", "unlock-guard.json", "store.db",
            "store.db-wal", "store.db-shm", "attachments"} <= set(found)
    assert any(name.startswith("attachments/") for name in found)
    assert_private(folder)


def test_an_older_profiles_modes_are_mended_at_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    session = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF,
                             now=now)
    try:
        case_id = cases.create_case(session, new_case()).case_id
        attachments.add_attachment(session, case_id, b"scan of a passport page", "photo")
    finally:
        session.close()
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # as an older FieldCase left them
    profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now).close()
    assert_private(folder)
