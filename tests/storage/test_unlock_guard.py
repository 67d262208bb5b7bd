"""Backoff state per user name that survives restarts, resists tampering and a full disk;
crypto-erase."""

from __future__ import annotations

import errno
import json
import os
import random
import threading
import uuid
from pathlib import Path

import pytest

from fieldcase.storage import keyslot_files as kf
from fieldcase.storage import keyslots as ks
from fieldcase.storage import unlock_guard
from fieldcase.storage.unlock_guard import (
    MAX_NAMES,
    STATE_FILE_NAME,
    STATE_FILE_SIZE,
    GuardPolicy,
    UnlockGuard,
    UnlockNotRecorded,
    crypto_erase,
)

POLICY = GuardPolicy(free_failures=3, base_delay_seconds=30, max_delay_seconds=240,
                     wipe_after_failures=8)
AMINA, YONAS = b"amina", b"yonas"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def guard_at(folder: Path, clock: FakeClock, policy: GuardPolicy = POLICY) -> UnlockGuard:
    return UnlockGuard(folder, policy, clock, random.Random(1).randbytes)


def test_delay_schedule_doubles_after_the_free_failures_and_is_capped() -> None:
    assert [POLICY.delay_after(n) for n in range(8)] == [0, 0, 0, 30, 60, 120, 240, 240]
    assert GuardPolicy().delay_after(10_000) == GuardPolicy().max_delay_seconds
    assert POLICY.laptop_free_failures == 30 and POLICY.laptop_wipe_after_failures == 80
    assert POLICY.delay_after(30, POLICY.laptop_free_failures) == 30


def test_policy_is_validated() -> None:
    with pytest.raises(ValueError):
        GuardPolicy(free_failures=0)
    with pytest.raises(ValueError):
        GuardPolicy(base_delay_seconds=60, max_delay_seconds=30)
    with pytest.raises(ValueError):
        GuardPolicy(free_failures=3, wipe_after_failures=2)
    with pytest.raises(ValueError):
        GuardPolicy(laptop_factor=1)


def test_state_survives_new_objects_and_success_resets_that_name(tmp_path: Path) -> None:
    clock = FakeClock()
    guard_at(tmp_path, clock).record_success(AMINA)
    for _ in range(3):
        guard_at(tmp_path, clock).count_attempt(AMINA)
    guard_at(tmp_path, clock).count_attempt(YONAS)
    assert guard_at(tmp_path, clock).seconds_until_allowed(AMINA) == 30
    assert guard_at(tmp_path, clock).seconds_until_allowed(YONAS) == 0
    clock.now += 10
    assert guard_at(tmp_path, clock).seconds_until_allowed(AMINA) == 20
    guard_at(tmp_path, clock).record_success(AMINA)
    assert guard_at(tmp_path, clock).seconds_until_allowed(AMINA) == 0
    assert guard_at(tmp_path, clock).failures(YONAS) == 1
    assert guard_at(tmp_path, clock).state().laptop.failures == 0


def test_wipe_is_signalled_at_the_limit_of_one_name(tmp_path: Path) -> None:
    guard = guard_at(tmp_path, FakeClock())
    guard.record_success(AMINA)
    outcomes = [guard.count_attempt(AMINA) for _ in range(8)]
    assert [o.erase for o in outcomes] == [False] * 7 + [True]
    assert outcomes[-1].retry_after_seconds == 240


@pytest.mark.parametrize("content", [None, b"", b"{not json", b'{"format": 1}', b"[]",
                                     b'{"format": 1, "failures": -5, "last_failure_at": 0}',
                                     b'{"format": 1, "failures": true, "last_failure_at": 0}',
                                     b'{"format": 1, "failures": 4, "last_failure_at": null}',
                                     b'{"format": 2, "salt": "00", "laptop": [0, null], '
                                     b'"names": {}}',
                                     b'{"format": 2, "salt": "' + b"00" * 16 + b'", '
                                     b'"laptop": [0, null], "names": {"amina": [0, null]}}'])
def test_missing_or_tampered_state_is_never_easier_than_fresh(tmp_path: Path,
                                                              content: bytes | None) -> None:
    clock = FakeClock()
    if content is not None:
        (tmp_path / STATE_FILE_NAME).write_bytes(content)
    guard = guard_at(tmp_path, clock)
    assert guard.seconds_until_allowed(AMINA) == POLICY.base_delay_seconds
    clock.now += POLICY.base_delay_seconds
    assert guard.count_attempt(AMINA).retry_after_seconds == 60


def test_the_wait_after_a_lost_state_file_comes_to_an_end(tmp_path: Path) -> None:
    """The pessimistic state is written when it is first met, so its wait can run out (it
    was measured from "now" at every attempt before, which locked everyone out for good)."""
    clock = FakeClock()
    guard_at(tmp_path, clock).record_success(AMINA)
    (tmp_path / STATE_FILE_NAME).unlink()
    assert guard_at(tmp_path, clock).seconds_until_allowed(AMINA) == 30
    clock.now += 3600
    assert guard_at(tmp_path, clock).seconds_until_allowed(AMINA) == 0


def test_a_format_1_count_is_kept_for_the_laptop(tmp_path: Path) -> None:
    clock = FakeClock()
    (tmp_path / STATE_FILE_NAME).write_text(
        json.dumps({"format": 1, "failures": 31, "last_failure_at": clock.now}))
    assert guard_at(tmp_path, clock).seconds_until_allowed(YONAS) == 60


def test_a_clock_moved_backwards_restarts_the_wait(tmp_path: Path) -> None:
    clock = FakeClock()
    guard = guard_at(tmp_path, clock)
    guard.record_success(AMINA)
    for _ in range(4):
        guard.count_attempt(AMINA)
    clock.now -= 10_000
    assert guard.seconds_until_allowed(AMINA) == 60


def test_state_file_holds_counts_and_keyed_names_only_at_a_fixed_size(tmp_path: Path) -> None:
    guard = guard_at(tmp_path, FakeClock())
    guard.record_success(AMINA)
    guard.count_attempt("ዮናስ".encode())
    raw = (tmp_path / STATE_FILE_NAME).read_bytes()
    assert len(raw) == STATE_FILE_SIZE
    state = json.loads(raw)
    assert set(state) == {"format", "salt", "laptop", "names"}
    assert len(state["names"]) == 1
    assert all(len(key) == 16 for key in state["names"])
    assert "ዮናስ".encode() not in raw


def test_the_number_of_names_kept_is_bounded(tmp_path: Path) -> None:
    clock = FakeClock()
    guard = guard_at(tmp_path, clock, GuardPolicy(laptop_factor=1000))
    guard.record_success(AMINA)
    for n in range(MAX_NAMES + 20):
        clock.now += 1
        guard.count_attempt(f"name {n}".encode())
    raw = (tmp_path / STATE_FILE_NAME).read_bytes()
    assert len(raw) == STATE_FILE_SIZE
    assert len(json.loads(raw)["names"]) == MAX_NAMES
    assert guard.failures(f"name {MAX_NAMES + 19}".encode()) == 1  # the newest are kept
    assert guard.failures(b"name 0") == 0
    assert guard.state().laptop.failures == MAX_NAMES + 20


def no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_overwrites_the_fixed_size_file_in_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    guard = guard_at(tmp_path, clock)
    guard.record_success(AMINA)
    inode = (tmp_path / STATE_FILE_NAME).stat().st_ino
    monkeypatch.setattr(unlock_guard, "atomic_write", no_space)
    guard.count_attempt(AMINA)
    assert guard.failures(AMINA) == 1
    assert (tmp_path / STATE_FILE_NAME).stat().st_ino == inode
    assert [p.name for p in tmp_path.iterdir()] == [STATE_FILE_NAME]


def test_an_attempt_that_cannot_be_written_is_refused_and_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    guard = guard_at(tmp_path, FakeClock())
    guard.record_success(AMINA)
    before = (tmp_path / STATE_FILE_NAME).read_bytes()
    monkeypatch.setattr(unlock_guard, "atomic_write", no_space)
    monkeypatch.setattr(unlock_guard, "overwrite_in_place", no_space)
    with pytest.raises(UnlockNotRecorded) as refused:
        guard.count_attempt(AMINA)
    assert refused.value.kind == "storage_full"
    assert (tmp_path / STATE_FILE_NAME).read_bytes() == before


def test_a_lost_state_file_that_cannot_be_made_again_says_storage_is_full(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not "try again in 30 s" for ever: that wait would restart at every attempt."""
    monkeypatch.setattr(unlock_guard, "atomic_write", no_space)
    with pytest.raises(UnlockNotRecorded):
        guard_at(tmp_path, FakeClock()).seconds_until_allowed(AMINA)


def test_an_unchanged_state_is_not_written_again(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    guard = guard_at(tmp_path, FakeClock())
    guard.record_success(AMINA)
    monkeypatch.setattr(unlock_guard, "atomic_write", no_space)
    monkeypatch.setattr(unlock_guard, "overwrite_in_place", no_space)
    guard.record_success(AMINA)  # nothing to clear: no write, so no failure either
    assert guard.seconds_until_allowed(AMINA) == 0


@pytest.mark.skipif(os.name == "nt", reason="Windows has no flock; documented race")
def test_two_processes_counting_at_once_both_count(tmp_path: Path) -> None:
    """Without the lock, both would read 0 failures and both write 1: a free guess."""
    guard_at(tmp_path, FakeClock()).record_success(AMINA)
    first_inside, second_read = threading.Event(), threading.Event()

    class PausingClock(FakeClock):
        def __call__(self) -> float:  # called inside the read-modify-write
            if threading.current_thread().name == "first" and not first_inside.is_set():
                first_inside.set()
                second_read.wait(timeout=2)  # the second must not get to read meanwhile
            return self.now

    class WatchedGuard(UnlockGuard):
        def _load(self):  # type: ignore[no-untyped-def]
            loaded = super()._load()
            if threading.current_thread().name == "second":
                second_read.set()
            return loaded

    def attempt() -> None:
        WatchedGuard(tmp_path, POLICY, PausingClock(), random.Random(2).randbytes) \
            .count_attempt(AMINA)

    first = threading.Thread(target=attempt, name="first")
    second = threading.Thread(target=attempt, name="second")
    first.start()
    assert first_inside.wait(timeout=10)
    second.start()
    first.join()
    second.join()
    assert guard_at(tmp_path, FakeClock()).failures(AMINA) == 2


def test_crypto_erase_overwrites_then_removes_key_slots_and_database(tmp_path: Path) -> None:
    profile = uuid.UUID("0190a5c8-0000-7000-8000-000000000001")
    original = ks.blank_file(profile, random.Random(1).randbytes)
    kf.write_file(tmp_path, original)
    witness = tmp_path.parent / f"{tmp_path.name}-witness"  # a second name for the same inode
    os.link(tmp_path / ks.KEYSLOT_FILE_NAME, witness)
    database = [tmp_path / "store.db", tmp_path / "store.db-wal", tmp_path / "absent.db"]
    database[0].write_bytes(b"pages")
    database[1].write_bytes(b"wal")
    (tmp_path / ".keyslots.bin.0011.tmp").write_bytes(b"leftover")
    crypto_erase(tmp_path, database, random.Random(2).randbytes)
    assert list(tmp_path.iterdir()) == []  # the app starts at its first-run screen
    overwritten = witness.read_bytes()
    assert len(overwritten) == len(original.encode())
    assert not any(slot in overwritten for slot in original.slots)
