"""Failed unlocks count per user name, under a laptop-wide ceiling far above one person's;
a failure is counted before the passphrase is tried, so an attempt that cannot be counted is
never made."""

from __future__ import annotations

import errno
import hashlib
import random
import uuid
from collections.abc import Sequence
from pathlib import Path

import pytest

from fieldcase.storage import unlock_guard
from fieldcase.storage.errors import StoreFull
from fieldcase.storage.keys import (
    KdfParams,
    NoProfile,
    ProfileErased,
    ProfileKeys,
    UnlockThrottled,
    WrongPassphrase,
)
from fieldcase.storage.unlock_guard import STATE_FILE_NAME, GuardPolicy, UnlockNotRecorded

FAST = KdfParams.insecure_for_tests()
PROFILE = uuid.UUID("0190a5c8-0000-7000-8000-000000000004")
AMINA_PASS = "river stone lantern quiet"
YONAS_PASS = "seven orange kites at dawn"
WRONG = "not the passphrase at all"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


class CountingKdf:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, params: KdfParams, secret: bytes, salt: bytes) -> bytes:
        self.calls += 1
        return hashlib.sha256(params.encode() + salt + secret).digest()


def db_files(profile_dir: Path) -> Sequence[Path]:
    return [profile_dir / "store.db"]


def make_keys(clock: FakeClock, policy: GuardPolicy | None = None, seed: int = 7,
              kdf: CountingKdf | None = None) -> ProfileKeys:
    return ProfileKeys(database_files=db_files, guard_policy=policy, kdf_policy=FAST,
                       clock=clock, random_bytes=random.Random(seed).randbytes,
                       derive=kdf or CountingKdf())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def two_users(folder: Path, keys: ProfileKeys) -> bytes:
    dek = keys.create(folder, PROFILE, "Amina", AMINA_PASS, FAST)
    keys.add_user(folder, dek, "Yonas", YONAS_PASS, FAST)
    return dek


def fail(keys: ProfileKeys, folder: Path, user: str, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassphrase):
            keys.unlock(folder, user, WRONG)


def test_one_persons_mistakes_do_not_lock_a_colleague_out(tmp_path: Path,
                                                           clock: FakeClock) -> None:
    keys = make_keys(clock)
    dek = two_users(tmp_path, keys)
    fail(keys, tmp_path, "Amina", 3)
    with pytest.raises(UnlockThrottled):
        keys.unlock(tmp_path, "Amina", AMINA_PASS)
    assert keys.unlock(tmp_path, "Yonas", YONAS_PASS) == dek


def test_an_unknown_name_does_not_lock_anyone_out(tmp_path: Path, clock: FakeClock) -> None:
    keys = make_keys(clock)
    dek = two_users(tmp_path, keys)
    fail(keys, tmp_path, "somebody else", 3)
    with pytest.raises(UnlockThrottled):
        keys.unlock(tmp_path, "somebody else", WRONG)
    assert keys.unlock(tmp_path, "Amina", AMINA_PASS) == dek
    assert keys.unlock(tmp_path, "Yonas", YONAS_PASS) == dek


def test_wrong_name_and_wrong_passphrase_still_say_the_same(tmp_path: Path,
                                                             clock: FakeClock) -> None:
    keys = make_keys(clock)
    two_users(tmp_path, keys)
    messages = set()
    for user in ("Amina", "nobody at all"):
        for _ in range(4):
            with pytest.raises((WrongPassphrase, UnlockThrottled)) as caught:
                keys.unlock(tmp_path, user, WRONG)
            messages.add((type(caught.value), str(caught.value),
                          caught.value.retry_after_seconds))
    assert len(messages) == 3  # two free failures, the third one's wait, then throttled
    assert {m[1] for m in messages if m[0] is WrongPassphrase} == {
        "wrong user name or passphrase"}


def test_the_laptop_wide_ceiling_stops_guessing_across_many_names(tmp_path: Path,
                                                                  clock: FakeClock) -> None:
    policy = GuardPolicy()  # three per name, thirty for the laptop
    keys = make_keys(clock, policy)
    two_users(tmp_path, keys)
    for n in range(policy.laptop_free_failures):
        fail(keys, tmp_path, f"guess {n}", 1)
    with pytest.raises(UnlockThrottled) as throttled:
        keys.unlock(tmp_path, "Yonas", YONAS_PASS)
    assert throttled.value.retry_after_seconds == policy.base_delay_seconds
    clock.now += policy.base_delay_seconds
    keys.unlock(tmp_path, "Yonas", YONAS_PASS)  # a success resets the laptop-wide count
    fail(keys, tmp_path, "guess 99", 1)
    keys.unlock(tmp_path, "Amina", AMINA_PASS)


def test_success_resets_only_that_name(tmp_path: Path, clock: FakeClock) -> None:
    keys = make_keys(clock)
    two_users(tmp_path, keys)
    fail(keys, tmp_path, "Amina", 2)
    fail(keys, tmp_path, "Yonas", 2)
    keys.unlock(tmp_path, "Yonas", YONAS_PASS)
    assert keys.failed_attempts(tmp_path, "Amina") == 2
    assert keys.failed_attempts(tmp_path, "Yonas") == 0
    fail(keys, tmp_path, "Amina", 1)
    with pytest.raises(UnlockThrottled):
        keys.unlock(tmp_path, "Amina", AMINA_PASS)


def test_wipe_after_n_counts_one_names_failures(tmp_path: Path, clock: FakeClock) -> None:
    keys = make_keys(clock, GuardPolicy(wipe_after_failures=4))
    two_users(tmp_path, keys)
    (tmp_path / "store.db").write_bytes(b"encrypted pages")
    fail(keys, tmp_path, "Yonas", 3)
    for _ in range(3):
        clock.now += 3600
        fail(keys, tmp_path, "Amina", 1)
    clock.now += 3600
    with pytest.raises(ProfileErased):  # Amina's fourth: the laptop is wiped for everyone
        keys.unlock(tmp_path, "Amina", WRONG)
    assert not (tmp_path / "store.db").exists()
    with pytest.raises(NoProfile):
        keys.unlock(tmp_path, "Yonas", YONAS_PASS)


def test_an_unknown_name_reaching_n_wipes_too(tmp_path: Path, clock: FakeClock) -> None:
    """Otherwise whether the laptop wipes would tell a thief which names exist."""
    keys = make_keys(clock, GuardPolicy(wipe_after_failures=3))
    two_users(tmp_path, keys)
    fail(keys, tmp_path, "nobody", 2)
    clock.now += 3600
    with pytest.raises(ProfileErased):
        keys.unlock(tmp_path, "nobody", WRONG)


def test_the_laptop_wide_count_wipes_at_ten_times_n(tmp_path: Path, clock: FakeClock) -> None:
    policy = GuardPolicy(wipe_after_failures=3)
    keys = make_keys(clock, policy)
    two_users(tmp_path, keys)
    for n in range(10 * 3 - 1):
        clock.now += 3600
        fail(keys, tmp_path, f"guess {n}", 1)
    clock.now += 3600
    with pytest.raises(ProfileErased):
        keys.unlock(tmp_path, "one more name", WRONG)


def test_the_guard_file_holds_no_name(tmp_path: Path, clock: FakeClock) -> None:
    keys = make_keys(clock)
    two_users(tmp_path, keys)
    for user in ("Amina", "Yonas", "Zeynep Kaya"):
        fail(keys, tmp_path, user, 1)
    data = (tmp_path / STATE_FILE_NAME).read_bytes()
    for name in ("amina", "yonas", "zeynep", "kaya"):
        for encoding in ("utf-8", "utf-16-le"):
            assert name.encode(encoding) not in data.lower()
            assert hashlib.sha256(name.encode()).hexdigest()[:16].encode() not in data


def test_the_same_name_is_keyed_differently_on_another_laptop(tmp_path: Path,
                                                               clock: FakeClock) -> None:
    import json

    entries = []
    for n, folder in enumerate((tmp_path / "one", tmp_path / "two")):
        keys = make_keys(clock, seed=n)
        keys.create(folder, uuid.uuid4(), "Amina", AMINA_PASS, FAST)
        fail(keys, folder, "Amina", 1)
        state = json.loads((folder / STATE_FILE_NAME).read_text(encoding="utf-8"))
        entries.append(set(state["names"]))
    assert len(entries[0]) == len(entries[1]) == 1
    assert entries[0] != entries[1]


def test_an_attempt_that_cannot_be_counted_is_never_made(tmp_path: Path, clock: FakeClock,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    kdf = CountingKdf()
    keys = make_keys(clock, kdf=kdf)
    two_users(tmp_path, keys)
    state = tmp_path / STATE_FILE_NAME
    before = state.read_bytes()

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(unlock_guard, "atomic_write", no_space)
    monkeypatch.setattr(unlock_guard, "overwrite_in_place", no_space)
    kdf.calls = 0
    for user, passphrase in (("Amina", WRONG), ("nobody", WRONG), ("Amina", AMINA_PASS)):
        with pytest.raises(UnlockNotRecorded) as refused:
            keys.unlock(tmp_path, user, passphrase)
        assert isinstance(refused.value, StoreFull)
        assert refused.value.kind == "storage_full"
        assert "could not be recorded" in str(refused.value)
    assert kdf.calls == 0  # no passphrase was tried
    assert state.read_bytes() == before


def test_a_full_disk_still_counts_failures_in_place(tmp_path: Path, clock: FakeClock,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """No room for a new file: the fixed-size guard file is overwritten where it is."""
    keys = make_keys(clock)
    dek = two_users(tmp_path, keys)

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(unlock_guard, "atomic_write", no_space)
    fail(keys, tmp_path, "Amina", 3)
    with pytest.raises(UnlockThrottled):
        keys.unlock(tmp_path, "Amina", AMINA_PASS)
    assert keys.unlock(tmp_path, "Yonas", YONAS_PASS) == dek
    assert keys.failed_attempts(tmp_path, "Amina") == 3


def test_a_failure_stays_counted_when_the_process_dies_during_the_derivation(
        tmp_path: Path, clock: FakeClock) -> None:
    class Killed(BaseException):
        pass

    keys = make_keys(clock)
    two_users(tmp_path, keys)

    def dies(params: KdfParams, secret: bytes, salt: bytes) -> bytes:
        raise Killed

    dying = make_keys(clock, seed=3, kdf=dies)  # type: ignore[arg-type]
    with pytest.raises(Killed):
        dying.unlock(tmp_path, "Amina", AMINA_PASS)
    assert keys.failed_attempts(tmp_path, "Amina") == 1
    keys.unlock(tmp_path, "Amina", AMINA_PASS)
    assert keys.failed_attempts(tmp_path, "Amina") == 0
