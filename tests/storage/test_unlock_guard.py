"""Backoff state that survives restarts and resists tampering; crypto-erase."""

from __future__ import annotations

import json
import os
import random
import uuid
from pathlib import Path

import pytest

from fieldcase.storage import keyslots as ks
from fieldcase.storage.unlock_guard import (
    STATE_FILE_NAME,
    GuardPolicy,
    UnlockGuard,
    crypto_erase,
)

POLICY = GuardPolicy(free_failures=3, base_delay_seconds=30, max_delay_seconds=240,
                     wipe_after_failures=8)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_delay_schedule_doubles_after_the_free_failures_and_is_capped() -> None:
    assert [POLICY.delay_after(n) for n in range(8)] == [0, 0, 0, 30, 60, 120, 240, 240]
    assert GuardPolicy().delay_after(10_000) == GuardPolicy().max_delay_seconds


def test_policy_is_validated() -> None:
    with pytest.raises(ValueError):
        GuardPolicy(free_failures=0)
    with pytest.raises(ValueError):
        GuardPolicy(base_delay_seconds=60, max_delay_seconds=30)
    with pytest.raises(ValueError):
        GuardPolicy(free_failures=3, wipe_after_failures=2)


def test_state_survives_new_objects_and_success_resets(tmp_path: Path) -> None:
    clock = FakeClock()
    UnlockGuard(tmp_path, POLICY, clock).record_success()
    for _ in range(3):
        UnlockGuard(tmp_path, POLICY, clock).record_failure()
    assert UnlockGuard(tmp_path, POLICY, clock).seconds_until_allowed() == 30
    clock.now += 10
    assert UnlockGuard(tmp_path, POLICY, clock).seconds_until_allowed() == 20
    UnlockGuard(tmp_path, POLICY, clock).record_success()
    assert UnlockGuard(tmp_path, POLICY, clock).seconds_until_allowed() == 0


def test_wipe_is_signalled_at_the_limit(tmp_path: Path) -> None:
    guard = UnlockGuard(tmp_path, POLICY, FakeClock())
    guard.record_success()
    outcomes = [guard.record_failure() for _ in range(8)]
    assert [o.erase for o in outcomes] == [False] * 7 + [True]
    assert outcomes[-1].retry_after_seconds == 240


@pytest.mark.parametrize("content", [None, b"", b"{not json", b'{"format": 1}',
                                     b'{"format": 1, "failures": -5, "last_failure_at": 0}',
                                     b'{"format": 1, "failures": true, "last_failure_at": 0}',
                                     b'{"format": 1, "failures": 4, "last_failure_at": null}'])
def test_missing_or_tampered_state_is_never_easier_than_fresh(tmp_path: Path,
                                                              content: bytes | None) -> None:
    clock = FakeClock()
    if content is not None:
        (tmp_path / STATE_FILE_NAME).write_bytes(content)
    guard = UnlockGuard(tmp_path, POLICY, clock)
    assert guard.seconds_until_allowed() == POLICY.base_delay_seconds
    assert guard.record_failure().retry_after_seconds == 60


def test_a_clock_moved_backwards_restarts_the_wait(tmp_path: Path) -> None:
    clock = FakeClock()
    guard = UnlockGuard(tmp_path, POLICY, clock)
    guard.record_success()
    for _ in range(4):
        guard.record_failure()
    clock.now -= 10_000
    assert guard.seconds_until_allowed() == 60


def test_state_file_holds_only_counts(tmp_path: Path) -> None:
    guard = UnlockGuard(tmp_path, POLICY, FakeClock())
    guard.record_success()
    guard.record_failure()
    state = json.loads((tmp_path / STATE_FILE_NAME).read_text(encoding="utf-8"))
    assert set(state) == {"format", "failures", "last_failure_at"}


def test_crypto_erase_overwrites_then_removes_key_slots_and_database(tmp_path: Path) -> None:
    profile = uuid.UUID("0190a5c8-0000-7000-8000-000000000001")
    original = ks.blank_file(profile, random.Random(1).randbytes)
    ks.write_file(tmp_path, original)
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
