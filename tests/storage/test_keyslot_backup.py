"""A missing or damaged keyslots.bin is put back from its sound backup before any passphrase
is tried; when both copies are bad nothing is written and the damage is named."""

from __future__ import annotations

import errno
import hashlib
import random
import uuid
from collections.abc import Sequence
from pathlib import Path

import pytest

from fieldcase.storage import keyslot_files as kf
from fieldcase.storage import keyslots as ks
from fieldcase.storage.keys import KdfParams, KeySlotFileCorrupt, ProfileKeys

FAST = KdfParams.insecure_for_tests()
PROFILE = uuid.UUID("0190a5c8-0000-7000-8000-000000000005")
AMINA_PASS = "river stone lantern quiet"


class CountingKdf:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, params: KdfParams, secret: bytes, salt: bytes) -> bytes:
        self.calls += 1
        return hashlib.sha256(params.encode() + salt + secret).digest()


def db_files(profile_dir: Path) -> Sequence[Path]:
    return [profile_dir / "store.db"]


@pytest.fixture
def kdf() -> CountingKdf:
    return CountingKdf()


@pytest.fixture
def keys(kdf: CountingKdf) -> ProfileKeys:
    return ProfileKeys(database_files=db_files, kdf_policy=FAST,
                       clock=lambda: 1_700_000_000.0,
                       random_bytes=random.Random(4).randbytes, derive=kdf)


def main_file(folder: Path) -> Path:
    return folder / ks.KEYSLOT_FILE_NAME


def backup_file(folder: Path) -> Path:
    return folder / ks.BACKUP_FILE_NAME


def flip(path: Path, offset: int = 700) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_deleted_key_slot_file_comes_back_from_its_backup(tmp_path: Path,
                                                            keys: ProfileKeys) -> None:
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    main_file(tmp_path).unlink()
    assert keys.unlock(tmp_path, "Amina", AMINA_PASS) == dek
    assert main_file(tmp_path).read_bytes() == backup_file(tmp_path).read_bytes()


def test_a_damaged_key_slot_file_is_replaced_by_its_sound_backup(tmp_path: Path,
                                                                  keys: ProfileKeys) -> None:
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    flip(main_file(tmp_path))
    assert keys.unlock(tmp_path, "Amina", AMINA_PASS) == dek
    kf.read_file(tmp_path)  # sound again


def test_a_missing_backup_is_made_again(tmp_path: Path, keys: ProfileKeys) -> None:
    keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    backup_file(tmp_path).unlink()
    keys.unlock(tmp_path, "Amina", AMINA_PASS)
    assert backup_file(tmp_path).read_bytes() == main_file(tmp_path).read_bytes()


@pytest.mark.parametrize("main", ["damaged", "missing"])
def test_two_bad_copies_are_named_and_left_as_they_are(tmp_path: Path, keys: ProfileKeys,
                                                       kdf: CountingKdf, main: str) -> None:
    keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    flip(backup_file(tmp_path))
    if main == "damaged":
        flip(main_file(tmp_path), 900)
    else:
        main_file(tmp_path).unlink()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    kdf.calls = 0
    with pytest.raises(KeySlotFileCorrupt) as caught:
        keys.unlock(tmp_path, "Amina", AMINA_PASS)
    assert caught.value.problem == "checksum"
    assert "damaged" in str(caught.value)
    assert not caught.value.backup_available
    assert kdf.calls == 0
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_the_backup_opens_the_profile_even_when_it_cannot_be_copied_back(
        tmp_path: Path, keys: ProfileKeys, monkeypatch: pytest.MonkeyPatch) -> None:
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    main_file(tmp_path).unlink()
    real_write = kf.atomic_write

    def full_disk(path: Path, data: bytes) -> None:
        if path.name.startswith(ks.KEYSLOT_FILE_NAME):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(kf, "atomic_write", full_disk)
    assert keys.unlock(tmp_path, "Amina", AMINA_PASS) == dek
    assert not main_file(tmp_path).exists()  # put back at a later unlock, when there is room
