"""The keyslots.bin container: layout, damage detection, atomic writes, masking."""

from __future__ import annotations

import random
import struct
import uuid
from pathlib import Path

import pytest

from fieldcase.storage import atomic_files
from fieldcase.storage import keyslot_files as kf
from fieldcase.storage import keyslots as ks
from fieldcase.storage.keys import ProfileKeys

PROFILE = uuid.UUID("0190a5c8-0000-7000-8000-000000000001")


def rng_bytes(seed: int = 3) -> ks.RandomBytes:
    return random.Random(seed).randbytes


def test_layout_constants_add_up() -> None:
    assert (ks.HEADER_SIZE_V1, ks.HEADER_SIZE) == (32, 48)
    assert ks.SLOT_SIZE == ks.TAG_SIZE + 2 * (ks.SEED_SIZE + ks.PART_SIZE)
    assert ks.FILE_SIZE == 48 + 16 * 320 + ks.DIRECTORY_SIZE + 32 == 5824
    assert ks.FILE_SIZE_V1 == ks.FILE_SIZE - 16
    blank = ks.blank_file(PROFILE, rng_bytes(), ks.PRODUCTION_FLOOR)
    data = blank.encode()
    assert len(data) == ks.FILE_SIZE
    assert data[:8] == ks.MAGIC
    assert ks.parse_file(data, Path("keyslots.bin")) == blank
    format_1 = ks.blank_file(PROFILE, rng_bytes())
    assert len(format_1.encode()) == ks.FILE_SIZE_V1
    assert ks.parse_file(format_1.encode(), Path("keyslots.bin")) == format_1


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda d: d[:10], "truncated"),
        (lambda d: d[:-1], "truncated"),
        (lambda d: d + b"\0", "truncated"),
        (lambda d: b"NOTSLOTS" + d[8:], "bad_magic"),
        (lambda d: d[:8] + struct.pack("<H", 3) + d[10:], "unsupported_version"),
        (lambda d: d[:500] + bytes([d[500] ^ 1]) + d[501:], "checksum"),
    ],
)
def test_damage_is_named(mutate: object, problem: str) -> None:
    data = ks.blank_file(PROFILE, rng_bytes()).encode()
    assert callable(mutate)
    with pytest.raises(ks.KeySlotFileCorrupt) as corrupt:
        ks.parse_file(mutate(data), Path("keyslots.bin"))
    assert corrupt.value.problem == problem
    assert corrupt.value.kind == "corrupt"


def test_missing_file_is_no_profile(tmp_path: Path) -> None:
    with pytest.raises(ks.NoProfile):
        kf.read_file(tmp_path)


def test_directory_round_trip_and_binding(tmp_path: Path) -> None:
    blank = ks.blank_file(PROFILE, rng_bytes())
    directory = ks.Directory().with_entry(3, ks.DirectoryEntry(ks.SlotKind.USER, b"k" * 32))
    directory = ks.Directory(directory.entries, b"r" * 32, b"p" * 32)
    key = bytes(32)
    sealed = blank.sealed(directory, key, rng_bytes())
    assert sealed.open_directory(key, tmp_path / "keyslots.bin") == directory
    with pytest.raises(ks.KeySlotFileCorrupt) as foreign:
        sealed.open_directory(b"\1" * 32, tmp_path / "keyslots.bin")
    assert foreign.value.problem == "integrity"
    moved = sealed.with_slot(0, sealed.slots[1])
    with pytest.raises(ks.KeySlotFileCorrupt):
        moved.open_directory(key, tmp_path / "keyslots.bin")


def test_masked_parts_round_trip_and_hide_the_kdf_params() -> None:
    params = ks.KdfParams(65536, 3, 4)
    locator = ks.locate(PROFILE, "user", b"amina")
    head = ks.part_head(ks.SlotKind.USER, params)
    slot = ks.build_slot(locator.tag, locator.mask_key, head + b"x" * 40, rng_bytes())
    assert len(slot) == ks.SLOT_SIZE
    part = ks.read_part_a(slot, locator.mask_key)
    assert part[:56] == head + b"x" * 40
    assert ks.parse_part_head(part, ks.SlotKind.USER, Path("k")) == params
    assert struct.pack("<III", 65536, 3, 4) not in slot
    with pytest.raises(ks.KeySlotFileCorrupt):
        ks.parse_part_head(part, ks.SlotKind.DURESS, Path("k"))
    again = ks.build_slot(locator.tag, locator.mask_key, head + b"x" * 40, rng_bytes(4))
    assert again[32:] != slot[32:]  # fresh seeds: the same content never repeats on disk


def test_kdf_params_bounds() -> None:
    with pytest.raises(ValueError):
        ks.KdfParams(65536, 3, 0)
    with pytest.raises(ValueError):
        ks.KdfParams(8 * 1024 * 1024, 3, 4)
    with pytest.raises(ValueError):
        ks.KdfParams.insecure_for_tests(memory_kib=4, lanes=1)
    cheap = ks.KdfParams.insecure_for_tests()
    assert cheap.test_only
    assert ks.PRODUCTION_FLOOR.at_least(ks.KdfParams(131072, 3, 4)) == ks.KdfParams(131072, 3, 4)
    assert ks.KdfParams(131072, 3, 4).at_least(ks.PRODUCTION_FLOOR) == ks.KdfParams(131072, 3, 4)


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "keyslots.bin"
    target.write_bytes(b"old content")

    def refuse(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("fieldcase.storage.atomic_files.os.replace", refuse)
    with pytest.raises(OSError):
        atomic_files.atomic_write(target, b"new content")
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.bin"]


def test_write_mirrors_the_backup_and_restore_checks_it(tmp_path: Path) -> None:
    blank = ks.blank_file(PROFILE, rng_bytes())
    kf.write_file(tmp_path, blank)
    assert (tmp_path / ks.BACKUP_FILE_NAME).read_bytes() == blank.encode()
    (tmp_path / ks.KEYSLOT_FILE_NAME).write_bytes(b"garbage")
    kf.restore_backup(tmp_path)
    assert kf.read_file(tmp_path) == blank
    (tmp_path / ks.BACKUP_FILE_NAME).write_bytes(b"garbage")
    with pytest.raises(ks.KeySlotFileCorrupt):
        kf.restore_backup(tmp_path)
    assert kf.read_file(tmp_path) == blank


def test_used_and_unused_slots_share_no_visible_structure(tmp_path: Path) -> None:
    keys = ProfileKeys(database_files=lambda d: [], kdf_policy=ks.KdfParams.insecure_for_tests(),
                       random_bytes=rng_bytes())
    dek = keys.create(tmp_path, PROFILE, "Amina", "river stone lantern quiet",
                      ks.KdfParams.insecure_for_tests())
    keys.add_user(tmp_path, dek, "Yonas", "seven orange kites at dawn",
                  ks.KdfParams.insecure_for_tests())
    slots = kf.read_file(tmp_path).slots
    # Byte columns that were constant in every used slot (version, kind, KDF params) would
    # show up as repeated values across slots; masking makes each slot look like noise.
    for offset in range(ks.SLOT_SIZE):
        assert len({slot[offset] for slot in slots}) > 4
