"""The profile key hierarchy end to end: create, unlock, users, recovery, duress, rekey."""

from __future__ import annotations

import hashlib
import itertools
import random
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldcase.storage import keyslot_files as kf
from fieldcase.storage import keyslots as ks
from fieldcase.storage.keys import (
    PRODUCTION_FLOOR,
    KdfParams,
    KeyManagementError,
    KeyPurpose,
    KeySlotFileCorrupt,
    NoProfile,
    ProfileErased,
    ProfileKeys,
    UnlockThrottled,
    WeakKdfParams,
    WrongPassphrase,
    calibrate,
    subkey,
)
from fieldcase.storage.unlock_guard import STATE_FILE_NAME, GuardPolicy

FAST = KdfParams.insecure_for_tests()
PROFILE = uuid.UUID("0190a5c8-0000-7000-8000-000000000001")
OTHER_PROFILE = uuid.UUID("0190a5c8-0000-7000-8000-000000000002")
AMINA_PASS = "river stone lantern quiet"
YONAS_PASS = "seven orange kites at dawn"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def db_files(profile_dir: Path) -> Sequence[Path]:
    return [profile_dir / "store.db", profile_dir / "store.db-wal"]


def make_keys(clock: FakeClock, policy: GuardPolicy | None = None, seed: int = 7,
              kdf_policy: KdfParams = FAST) -> ProfileKeys:
    rng = random.Random(seed)
    return ProfileKeys(database_files=db_files, guard_policy=policy, kdf_policy=kdf_policy,
                       clock=clock, random_bytes=rng.randbytes)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def keys(clock: FakeClock) -> ProfileKeys:
    return make_keys(clock)


def slot_file(profile_dir: Path) -> bytes:
    return (profile_dir / ks.KEYSLOT_FILE_NAME).read_bytes()


def slots_of(data: bytes) -> list[bytes]:
    return [data[ks.HEADER_SIZE + i * ks.SLOT_SIZE: ks.HEADER_SIZE + (i + 1) * ks.SLOT_SIZE]
            for i in range(ks.SLOT_COUNT)]


def test_create_then_unlock_returns_the_same_data_key(tmp_path: Path, keys: ProfileKeys) -> None:
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    assert len(dek) == 32
    assert keys.unlock(tmp_path, "amina", AMINA_PASS) == dek  # user names are case-folded
    database, attachments = subkey(dek, KeyPurpose.DATABASE), subkey(dek, KeyPurpose.ATTACHMENTS)
    assert len(database) == len(attachments) == 32
    assert len({dek, database, attachments}) == 3


def test_wrong_passphrase_and_unknown_user_look_the_same(tmp_path: Path,
                                                          keys: ProfileKeys) -> None:
    keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    with pytest.raises(WrongPassphrase) as wrong:
        keys.unlock(tmp_path, "Amina", AMINA_PASS + "x")
    with pytest.raises(WrongPassphrase) as unknown:
        keys.unlock(tmp_path, "Nobody", AMINA_PASS)
    assert str(wrong.value) == str(unknown.value)
    assert wrong.value.kind == "locked"


def test_passphrase_is_nfkc_normalised_before_derivation(tmp_path: Path,
                                                         keys: ProfileKeys) -> None:
    decomposed = "cafe\u0301 au lait ２０２４ 𝐟𝐨𝐫 𝐦𝐞"
    composed = "caf\u00e9 au lait 2024 for me"
    dek = keys.create(tmp_path, PROFILE, "Amina", decomposed, FAST)
    assert keys.unlock(tmp_path, "Amina", composed) == dek


def test_backoff_survives_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    make_keys(clock).create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    delays = []
    for attempt in range(3):
        with pytest.raises(WrongPassphrase) as error:
            make_keys(clock, seed=attempt).unlock(tmp_path, "Amina", "not the passphrase at all")
        delays.append(error.value.retry_after_seconds)
    assert delays == [0.0, 0.0, 30.0]
    restarted = make_keys(clock, seed=99)  # new objects, same folder
    with pytest.raises(UnlockThrottled) as throttled:
        restarted.unlock(tmp_path, "Amina", AMINA_PASS)
    assert throttled.value.retry_after_seconds == 30.0
    clock.now += 31
    assert len(make_keys(clock, seed=100).unlock(tmp_path, "Amina", AMINA_PASS)) == 32


def test_change_passphrase_rewraps_only_that_slot(tmp_path: Path, keys: ProfileKeys) -> None:
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    keys.add_user(tmp_path, dek, "Yonas", YONAS_PASS, FAST)
    before = slots_of(slot_file(tmp_path))
    keys.change_passphrase(tmp_path, "Yonas", YONAS_PASS, "a brand new long passphrase", FAST)
    after = slots_of(slot_file(tmp_path))
    changed = [i for i in range(ks.SLOT_COUNT) if before[i] != after[i]]
    assert len(changed) == 1
    assert keys.unlock(tmp_path, "Yonas", "a brand new long passphrase") == dek
    assert keys.unlock(tmp_path, "Amina", AMINA_PASS) == dek
    with pytest.raises(WrongPassphrase):
        keys.unlock(tmp_path, "Yonas", YONAS_PASS)


def test_recovery_key_restores_a_forgotten_passphrase(tmp_path: Path, keys: ProfileKeys) -> None:
    org = X25519PrivateKey.from_private_bytes(bytes(range(32)))
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST, org.public_key())
    assert keys.recover(tmp_path, org, "Amina", "remembered this one now", FAST) == dek
    assert keys.unlock(tmp_path, "Amina", "remembered this one now") == dek
    with pytest.raises(WrongPassphrase):
        keys.unlock(tmp_path, "Amina", AMINA_PASS)
    stranger = X25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
    with pytest.raises(KeyManagementError) as refused:
        keys.recover(tmp_path, stranger, "Amina", "remembered this one now", FAST)
    assert refused.value.kind == "no_recovery"


def test_duress_passphrase_erases_and_reports_a_wrong_passphrase(tmp_path: Path,
                                                                 clock: FakeClock) -> None:
    keys = make_keys(clock, GuardPolicy(duress_enabled=True))
    org = X25519PrivateKey.from_private_bytes(bytes(range(32)))
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST, org.public_key())
    keys.add_user(tmp_path, dek, "Yonas", YONAS_PASS, FAST)
    keys.set_duress_passphrase(tmp_path, "Amina", AMINA_PASS, "blue umbrella on tuesday", FAST)
    for path in db_files(tmp_path):
        path.write_bytes(b"encrypted pages")
    with pytest.raises(ProfileErased) as erased:
        keys.unlock(tmp_path, "Amina", "blue umbrella on tuesday")
    assert isinstance(erased.value, WrongPassphrase)
    assert str(erased.value) == str(WrongPassphrase(0.0))
    assert not any(path.exists() for path in db_files(tmp_path))
    assert not (tmp_path / ks.KEYSLOT_FILE_NAME).exists()  # back to the first-run state
    for user, passphrase in (("Amina", AMINA_PASS), ("Yonas", YONAS_PASS)):
        with pytest.raises(NoProfile):
            keys.unlock(tmp_path, user, passphrase)
    with pytest.raises(NoProfile):
        keys.recover(tmp_path, org, "Amina", "remembered this one now", FAST)
    assert dek.hex() not in str(list(tmp_path.iterdir()))


def test_duress_needs_the_organisation_policy(tmp_path: Path, keys: ProfileKeys) -> None:
    keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    with pytest.raises(KeyManagementError) as refused:
        keys.set_duress_passphrase(tmp_path, "Amina", AMINA_PASS, "blue umbrella on tuesday",
                                   FAST)
    assert refused.value.kind == "policy"


def test_duress_still_works_while_throttled(tmp_path: Path, clock: FakeClock) -> None:
    keys = make_keys(clock, GuardPolicy(duress_enabled=True))
    keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    keys.set_duress_passphrase(tmp_path, "Amina", AMINA_PASS, "blue umbrella on tuesday", FAST)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            keys.unlock(tmp_path, "Amina", "wrong guess number one")
    with pytest.raises(ProfileErased):
        keys.unlock(tmp_path, "Amina", "blue umbrella on tuesday")


def test_wipe_after_n_failures(tmp_path: Path, clock: FakeClock) -> None:
    keys = make_keys(clock, GuardPolicy(wipe_after_failures=4))
    keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    (tmp_path / "store.db").write_bytes(b"encrypted pages")
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as error:
            keys.unlock(tmp_path, "Amina", "wrong guess number one")
        assert type(error.value) is WrongPassphrase
        clock.now += 3600
    with pytest.raises(ProfileErased):
        keys.unlock(tmp_path, "Amina", "wrong guess number one")
    assert not (tmp_path / "store.db").exists()
    clock.now += 3600
    with pytest.raises(NoProfile):
        keys.unlock(tmp_path, "Amina", AMINA_PASS)


def test_remove_user_rekeys_in_two_phases(tmp_path: Path, clock: FakeClock) -> None:
    keys = make_keys(clock)
    org = X25519PrivateKey.from_private_bytes(bytes(range(32)))
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST, org.public_key())
    keys.add_user(tmp_path, dek, "Yonas", YONAS_PASS, FAST)
    keys.add_user(tmp_path, dek, "Sara", "third person passphrase", FAST)
    new_dek = keys.remove_user(tmp_path, dek, "Yonas")
    assert new_dek != dek
    # A crash here: a fresh process still finds everything it needs to finish the rekey.
    restarted = make_keys(clock, seed=42)
    assert restarted.unlock(tmp_path, "Amina", AMINA_PASS) == new_dek
    assert restarted.unlock(tmp_path, "Sara", "third person passphrase") == new_dek
    assert restarted.pending_rekey(tmp_path, new_dek) == dek
    with pytest.raises(WrongPassphrase):
        restarted.unlock(tmp_path, "Yonas", YONAS_PASS)
    with pytest.raises(KeyManagementError) as second:
        restarted.remove_user(tmp_path, new_dek, "Sara")
    assert second.value.kind == "rekey_pending"
    restarted.commit_rekey(tmp_path, new_dek)
    assert restarted.pending_rekey(tmp_path, new_dek) is None
    assert dek not in slot_file(tmp_path)
    assert restarted.recover(tmp_path, org, "Sara", "sara resets her phrase", FAST) == new_dek
    assert not restarted.has_user(tmp_path, "Yonas", new_dek)
    assert restarted.has_user(tmp_path, "Sara", new_dek)


def test_last_user_cannot_be_removed(tmp_path: Path, keys: ProfileKeys) -> None:
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    with pytest.raises(KeyManagementError) as refused:
        keys.remove_user(tmp_path, dek, "Amina")
    assert refused.value.kind == "last_user"


def test_file_size_does_not_depend_on_the_number_of_users(tmp_path: Path,
                                                          keys: ProfileKeys) -> None:
    one, five = tmp_path / "one", tmp_path / "five"
    keys.create(one, PROFILE, "Amina", AMINA_PASS, FAST)
    dek = keys.create(five, PROFILE, "Amina", AMINA_PASS, FAST)
    for n in range(4):
        keys.add_user(five, dek, f"user {n}", f"passphrase for user {n}", FAST)
    assert len(slot_file(one)) == len(slot_file(five)) == ks.FILE_SIZE


def test_slots_run_out_cleanly(tmp_path: Path, keys: ProfileKeys) -> None:
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    for n in range(ks.SLOT_COUNT - 1):
        keys.add_user(tmp_path, dek, f"user {n}", f"passphrase for user {n}", FAST)
    with pytest.raises(KeyManagementError) as full:
        keys.add_user(tmp_path, dek, "one too many", "passphrase for the last", FAST)
    assert full.value.kind == "no_free_slot"
    with pytest.raises(KeyManagementError) as twice:
        keys.add_user(tmp_path, dek, "AMINA", "another passphrase here", FAST)
    assert twice.value.kind == "user_exists"


def test_an_edited_slot_is_reported_and_left_untouched(tmp_path: Path,
                                                       keys: ProfileKeys) -> None:
    """An edit with a recomputed checksum passes the checks made before the passphrase; the
    directory's tag catches it after. Nothing is written, the backup included, so the backup
    can still be put back (a truncated or flipped file is restored by itself: see
    test_keyslot_backup.py)."""
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    keys.add_user(tmp_path, dek, "Yonas", YONAS_PASS, FAST)
    data = bytearray(slot_file(tmp_path))
    amina = keys_slot_index(tmp_path, "Amina")
    victim = next(i for i in range(ks.SLOT_COUNT) if i != amina)
    data[ks.HEADER_SIZE + victim * ks.SLOT_SIZE + 100] ^= 0x01
    data[-32:] = hashlib.sha256(bytes(data[:-32])).digest()
    (tmp_path / ks.KEYSLOT_FILE_NAME).write_bytes(bytes(data))
    backup = (tmp_path / ks.BACKUP_FILE_NAME).read_bytes()
    attempts: list[Callable[[], object]] = [
        lambda: keys.unlock(tmp_path, "Amina", AMINA_PASS),
        lambda: keys.add_user(tmp_path, dek, "Sara", "third person passphrase", FAST),
        lambda: keys.change_passphrase(tmp_path, "Amina", AMINA_PASS, "new and long phrase",
                                       FAST),
    ]
    for attempt in attempts:
        with pytest.raises(KeySlotFileCorrupt) as corrupt:
            attempt()
        assert corrupt.value.problem == "integrity"
        assert corrupt.value.backup_available
        assert slot_file(tmp_path) == bytes(data)
        assert (tmp_path / ks.BACKUP_FILE_NAME).read_bytes() == backup
    assert keys.failed_attempts(tmp_path, "Amina") == 0  # the passphrase was right
    keys.restore_backup(tmp_path)
    assert keys.unlock(tmp_path, "Amina", AMINA_PASS) == dek


def keys_slot_index(profile_dir: Path, user: str) -> int:
    keyslots = kf.read_file(profile_dir)
    index = keyslots.find(ks.locate(keyslots.profile_id, "user", user.casefold().encode()).tag)
    assert index is not None
    return index


def _transplant(source: Path, target: Path, user: str, target_profile: uuid.UUID,
                target_user: str) -> None:
    """Move a user slot to another profile or name, re-tagging and re-masking it as an
    attacker who knows both names could: only the AES-GCM binding can stop it."""
    source_file = kf.read_file(source)
    index = keys_slot_index(source, user)
    slot = source_file.slots[index]
    old = ks.locate(source_file.profile_id, "user", user.casefold().encode())
    new = ks.locate(target_profile, "user", target_user.casefold().encode())
    part_a = ks.read_part_a(slot, old.mask_key)[:92]
    moved = ks.replace_part_a(new.tag + slot[32:], new.mask_key, part_a, random.Random(1).randbytes)
    target_file = kf.read_file(target)
    kf.write_file(target, target_file.with_slot(index, moved))


def test_a_slot_moved_to_another_profile_or_user_does_not_open(tmp_path: Path,
                                                               keys: ProfileKeys) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    keys.create(first, PROFILE, "Amina", AMINA_PASS, FAST)
    keys.create(second, OTHER_PROFILE, "Yonas", YONAS_PASS, FAST)
    _transplant(first, second, "Amina", OTHER_PROFILE, "Amina")
    with pytest.raises(WrongPassphrase):
        keys.unlock(second, "Amina", AMINA_PASS)
    _transplant(first, first, "Amina", PROFILE, "Mallory")
    with pytest.raises(WrongPassphrase):
        keys.unlock(first, "Mallory", AMINA_PASS)


def test_no_passphrase_or_user_name_on_disk(tmp_path: Path, clock: FakeClock) -> None:
    keys = make_keys(clock, GuardPolicy(duress_enabled=True))
    secrets_ = ["Amina Tesfaye", AMINA_PASS, "Yonas", YONAS_PASS, "blue umbrella on tuesday"]
    dek = keys.create(tmp_path, PROFILE, "Amina Tesfaye", AMINA_PASS, FAST)
    keys.add_user(tmp_path, dek, "Yonas", YONAS_PASS, FAST)
    keys.set_duress_passphrase(tmp_path, "Yonas", YONAS_PASS, "blue umbrella on tuesday", FAST)
    with pytest.raises(WrongPassphrase):
        keys.unlock(tmp_path, "Yonas", "a wrong guess for yonas")
    footprint = b"".join(p.read_bytes() for p in sorted(tmp_path.iterdir()))
    assert {p.name for p in tmp_path.iterdir()} == {ks.KEYSLOT_FILE_NAME, ks.BACKUP_FILE_NAME,
                                                     STATE_FILE_NAME}
    for text in secrets_:
        for variant in (text, text.casefold()):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert variant.encode(encoding) not in footprint
    assert dek not in footprint


def test_weak_kdf_params_are_refused_and_old_slots_upgraded(tmp_path: Path,
                                                            clock: FakeClock) -> None:
    with pytest.raises(WeakKdfParams):
        KdfParams(32768, 3, 4)
    with pytest.raises(WeakKdfParams):
        KdfParams(65536, 2, 4)
    assert KdfParams(65536, 3, 4) == PRODUCTION_FLOOR
    assert FAST.test_only and FAST.at_least(PRODUCTION_FLOOR) == PRODUCTION_FLOOR
    make_keys(clock).create(tmp_path, PROFILE, "Amina", AMINA_PASS, FAST)
    stronger = KdfParams.insecure_for_tests(memory_kib=64, iterations=2)
    upgrading = make_keys(clock, kdf_policy=stronger)
    before = slot_file(tmp_path)
    dek = upgrading.unlock(tmp_path, "Amina", AMINA_PASS)
    upgraded = slot_file(tmp_path)
    assert upgraded != before
    assert upgrading.unlock(tmp_path, "Amina", AMINA_PASS) == dek
    assert slot_file(tmp_path) == upgraded  # already at policy: no second re-wrap


def test_calibration_never_goes_below_the_floor() -> None:
    ticks = iter(float(n) for n in range(1000))
    costs: list[float] = []

    def fake_derive(params: KdfParams) -> None:
        costs.append(params.memory_kib * params.iterations / (65536 * 3) * 0.1)

    elapsed = [0.0]

    def fake_timer() -> float:
        next(ticks)
        elapsed[0] += costs[-1] / 2 if costs else 0.0
        return elapsed[0]

    params = calibrate(1.0, timer=fake_timer, derive=fake_derive)
    assert params.at_least(PRODUCTION_FLOOR) == params
    assert params.memory_kib == 262_144
    assert params.iterations > 3
    slow_machine = calibrate(1.0, timer=itertools.count(0.0, 5.0).__next__,
                             derive=lambda p: None)
    assert slow_machine == PRODUCTION_FLOOR


def test_calibration_times_the_fastest_of_three_runs() -> None:
    """One run slowed by a busy machine must not make the chosen parameters cheaper."""
    # Each floor derivation takes 0.2 s, except the first, which is delayed to 3 s.
    durations = iter([3.0, 0.2, 0.2] + [0.2 * 2**k for k in range(1, 10) for _ in range(3)])
    clock = [0.0]
    marks: list[float] = []

    def timer() -> float:
        if len(marks) % 2 == 1:
            clock[0] += next(durations)
        marks.append(clock[0])
        return clock[0]

    params = calibrate(1.0, timer=timer, derive=lambda p: None)
    assert params.memory_kib > PRODUCTION_FLOOR.memory_kib


@pytest.mark.slow
def test_production_floor_derivation_round_trip(tmp_path: Path) -> None:
    keys = ProfileKeys(database_files=db_files)
    dek = keys.create(tmp_path, PROFILE, "Amina", AMINA_PASS, PRODUCTION_FLOOR)
    assert keys.unlock(tmp_path, "Amina", AMINA_PASS) == dek
    with pytest.raises(WrongPassphrase):
        keys.unlock(tmp_path, "Amina", YONAS_PASS)
