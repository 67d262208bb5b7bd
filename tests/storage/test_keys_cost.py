"""What an unlock costs: the same derivations for an unknown name as for a wrong passphrase,
and a key slot's Argon2id cost that only ever goes up.

The KDF is injected: a recording stand-in that is deterministic (so slots still open) and
instant (so production-sized parameters cost nothing here). No timing is measured.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Sequence
from pathlib import Path

import pytest

from fieldcase.storage import atomic_files
from fieldcase.storage import keyslot_files as kf
from fieldcase.storage import keyslots as ks
from fieldcase.storage.keys import KdfParams, KeyPurpose, ProfileKeys, WrongPassphrase, subkey
from fieldcase.storage.unlock_guard import GuardPolicy

PROFILE = uuid.UUID("0190a5c8-0000-7000-8000-000000000003")
AMINA_PASS = "river stone lantern quiet"
YONAS_PASS = "seven orange kites at dawn"
MIB = 1024
SLOT_256 = KdfParams(256 * MIB, 3, 4)  # what a fast laptop calibrated when the slot was made
CALIBRATED_128 = KdfParams(128 * MIB, 6, 4)  # what a busy morning calibrates to


class RecordingKdf:
    """Stands in for Argon2id: remembers the parameters of every derivation."""

    def __init__(self) -> None:
        self.calls: list[KdfParams] = []

    def __call__(self, params: KdfParams, secret: bytes, salt: bytes) -> bytes:
        self.calls.append(params)
        return hashlib.sha256(params.encode() + salt + secret).digest()


def db_files(profile_dir: Path) -> Sequence[Path]:
    return [profile_dir / "store.db"]


def keys_with(kdf: RecordingKdf, policy: KdfParams, seed: int = 5,
              guard: GuardPolicy | None = None) -> ProfileKeys:
    return ProfileKeys(database_files=db_files, kdf_policy=policy, guard_policy=guard,
                       clock=lambda: 1_700_000_000.0,
                       random_bytes=random.Random(seed).randbytes, derive=kdf)


def slot_params(profile_dir: Path, user: str) -> KdfParams:
    """The parameters stored in ``user``'s slot (readable only with the user name)."""
    keyslots = kf.read_file(profile_dir)
    locator = ks.locate(keyslots.profile_id, "user", user.casefold().encode())
    index = keyslots.find(locator.tag)
    assert index is not None
    params = ks.parse_part_head(ks.read_part_a(keyslots.slots[index], locator.mask_key),
                                ks.SlotKind.USER, profile_dir / ks.KEYSLOT_FILE_NAME)
    assert params is not None
    return params


def failed_attempt_costs(profile_dir: Path, kdf: RecordingKdf, keys: ProfileKeys,
                         user: str) -> list[KdfParams]:
    kdf.calls.clear()
    with pytest.raises(WrongPassphrase):
        keys.unlock(profile_dir, user, "not anybody's passphrase at all")
    return list(kdf.calls)


def test_an_unknown_name_costs_what_a_wrong_passphrase_costs(tmp_path: Path) -> None:
    kdf = RecordingKdf()
    keys_with(kdf, SLOT_256).create(tmp_path, PROFILE, "Amina", AMINA_PASS, SLOT_256)
    later = keys_with(kdf, CALIBRATED_128, seed=6)  # another process, calibrated lower
    known = failed_attempt_costs(tmp_path, kdf, later, "Amina")
    unknown = failed_attempt_costs(tmp_path, kdf, later, "Nobody")
    assert known == unknown == [SLOT_256, SLOT_256]


def test_an_unknown_name_costs_the_same_while_throttled(tmp_path: Path) -> None:
    kdf = RecordingKdf()
    keys = keys_with(kdf, CALIBRATED_128, guard=GuardPolicy(free_failures=1))
    keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, SLOT_256)
    for user in ("Amina", "Nobody"):
        failed_attempt_costs(tmp_path, kdf, keys, user)  # now both names wait
    costs = []
    for user in ("Amina", "Nobody"):
        kdf.calls.clear()
        with pytest.raises(Exception, match="too many failed attempts"):
            keys.unlock(tmp_path, user, "not anybody's passphrase at all")
        costs.append(list(kdf.calls))
    assert costs[0] == costs[1] == [SLOT_256]


def test_a_colleague_added_at_a_lower_calibration_costs_the_same(tmp_path: Path) -> None:
    kdf = RecordingKdf()
    keys = keys_with(kdf, SLOT_256)
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, SLOT_256)
    keys_with(kdf, CALIBRATED_128).add_user(tmp_path, dek, "Yonas", YONAS_PASS, CALIBRATED_128)
    assert slot_params(tmp_path, "Yonas") == KdfParams(256 * MIB, 6, 4)
    later = keys_with(kdf, CALIBRATED_128, seed=8)
    costs = {user: failed_attempt_costs(tmp_path, kdf, later, user)
             for user in ("Amina", "Yonas", "Nobody")}
    assert costs["Yonas"] == costs["Nobody"] == [KdfParams(256 * MIB, 6, 4)] * 2


def test_rewrapping_never_lowers_memory_or_iterations(tmp_path: Path) -> None:
    kdf = RecordingKdf()
    keys_with(kdf, SLOT_256).create(tmp_path, PROFILE, "Amina", AMINA_PASS, SLOT_256)
    # A calibration that chose more iterations at half the memory re-wraps the slot...
    keys_with(kdf, CALIBRATED_128).unlock(tmp_path, "Amina", AMINA_PASS)
    assert slot_params(tmp_path, "Amina") == KdfParams(256 * MIB, 6, 4)
    # ...and one at the floor with many iterations never takes the memory back down.
    keys_with(kdf, KdfParams(64 * MIB, 12, 4)).unlock(tmp_path, "Amina", AMINA_PASS)
    assert slot_params(tmp_path, "Amina") == KdfParams(256 * MIB, 12, 4)


def test_a_new_passphrase_or_recovery_never_lowers_the_cost(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    kdf = RecordingKdf()
    org = X25519PrivateKey.from_private_bytes(bytes(range(32)))
    keys = keys_with(kdf, SLOT_256)
    keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, SLOT_256, org.public_key())
    floor = keys_with(kdf, ks.PRODUCTION_FLOOR)
    floor.change_passphrase(tmp_path, "Amina", AMINA_PASS, "a new and long passphrase",
                            ks.PRODUCTION_FLOOR)
    assert slot_params(tmp_path, "Amina") == SLOT_256
    floor.recover(tmp_path, org, "Amina", "remembered one more time", ks.PRODUCTION_FLOOR)
    assert slot_params(tmp_path, "Amina") == SLOT_256


def test_at_least_takes_the_larger_memory_and_iterations() -> None:
    assert CALIBRATED_128.at_least(SLOT_256) == KdfParams(256 * MIB, 6, 4)
    assert SLOT_256.at_least(ks.PRODUCTION_FLOOR) == SLOT_256
    cheap = KdfParams.insecure_for_tests()
    assert cheap.at_least(KdfParams.insecure_for_tests(memory_kib=64)).test_only
    assert not cheap.at_least(ks.PRODUCTION_FLOOR).test_only
    assert cheap.at_least(ks.PRODUCTION_FLOOR) == ks.PRODUCTION_FLOOR


def test_the_profile_cost_is_bound_to_the_slots(tmp_path: Path) -> None:
    """A cheaper cost written into the header (checksum fixed) is caught by the directory's
    tag once the data key is open: it could only make unknown names answer faster."""
    kdf = RecordingKdf()
    keys = keys_with(kdf, SLOT_256)
    keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, SLOT_256)
    path = tmp_path / ks.KEYSLOT_FILE_NAME
    parsed = kf.read_file(tmp_path)
    assert parsed.cost == SLOT_256
    forged = ks.KeySlotFile(parsed.profile_id, parsed.slots, parsed.directory_blob,
                            ks.PRODUCTION_FLOOR).encode()
    path.write_bytes(forged)
    (tmp_path / ks.BACKUP_FILE_NAME).write_bytes(forged)
    with pytest.raises(ks.KeySlotFileCorrupt) as caught:
        keys.unlock(tmp_path, "Amina", AMINA_PASS)
    assert caught.value.problem == "integrity"


def test_a_format_1_file_still_opens_and_records_its_cost(tmp_path: Path) -> None:
    """Profiles made before the cost was in the header: the first unlock records it."""
    kdf = RecordingKdf()
    keys = keys_with(kdf, SLOT_256)
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, SLOT_256)
    parsed = kf.read_file(tmp_path)
    directory_key = subkey(dek, KeyPurpose.KEY_SLOT_DIRECTORY)
    directory = parsed.open_directory(directory_key, tmp_path / ks.KEYSLOT_FILE_NAME)
    old = ks.KeySlotFile(parsed.profile_id, parsed.slots, b"", None)
    data = old.sealed(directory, directory_key, random.Random(1).randbytes).encode()
    assert len(data) == ks.FILE_SIZE_V1 and data[8:10] == b"\x01\x00"
    atomic_files.atomic_write(tmp_path / ks.KEYSLOT_FILE_NAME, data)
    atomic_files.atomic_write(tmp_path / ks.BACKUP_FILE_NAME, data)
    assert keys.unlock(tmp_path, "Amina", AMINA_PASS) == dek
    assert kf.read_file(tmp_path).cost == SLOT_256
    assert len((tmp_path / ks.KEYSLOT_FILE_NAME).read_bytes()) == ks.FILE_SIZE
