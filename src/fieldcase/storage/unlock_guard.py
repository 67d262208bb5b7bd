"""Failed-unlock backoff that survives restarts, and the crypto-erase used by duress and wipe.

State lives in ``unlock-guard.json`` in the profile folder: the count of consecutive failures
and the wall-clock time of the last one. It names no user and holds no secret.

What it protects against, honestly: someone guessing passphrases *through FieldCase* on a
laptop they picked up. It cannot stop an attacker who copies ``keyslots.bin`` and guesses
offline (only the passphrase length and Argon2id's cost do), nor one who can write to the
profile folder: they can put back an older state file or move the system clock forward, and no
file on the same disk can prove its own freshness. So the rules only make sure that tampering
never makes the app *easier* to guess through than a fresh state would:

- a missing, unreadable or implausible state file counts as ``free_failures`` failures, the
  last one just now (the next attempt already waits ``base_delay_seconds``);
- a clock that went backwards restarts the current wait instead of shortening it.

Erase (duress passphrase or wipe-after-N) overwrites both key-slot copies in place with a
valid-looking file of random slots, fsyncs, then deletes the database files it is given. The
data key then exists nowhere, so the database is unreadable even where a file survives (a
copy-on-write file system or an SSD may keep old blocks of the key-slot file; the Argon2id
cost is then the remaining protection for them).
"""

from __future__ import annotations

import json
import math
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from uuid import UUID

from fieldcase.storage.keyslots import (
    BACKUP_FILE_NAME,
    HEADER_SIZE,
    KEYSLOT_FILE_NAME,
    RandomBytes,
    atomic_write,
    blank_file,
    fsync_dir,
    overwrite_in_place,
)

STATE_FILE_NAME: Final = "unlock-guard.json"
_STATE_FORMAT: Final = 1


@dataclass(frozen=True)
class GuardPolicy:
    """Organisation policy for failed unlocks. Duress and wipe are off unless enabled."""

    free_failures: int = 3
    base_delay_seconds: float = 30.0
    max_delay_seconds: float = 900.0
    wipe_after_failures: int | None = None
    duress_enabled: bool = False

    def __post_init__(self) -> None:
        if self.free_failures < 1:
            raise ValueError("free_failures must be at least 1")
        if not 0 < self.base_delay_seconds <= self.max_delay_seconds:
            raise ValueError("need 0 < base_delay_seconds <= max_delay_seconds")
        if self.wipe_after_failures is not None and self.wipe_after_failures < self.free_failures:
            raise ValueError("wipe_after_failures must not be below free_failures")

    def delay_after(self, failures: int) -> float:
        """Seconds to wait after ``failures`` consecutive failures: 0, then doubling, capped."""
        if failures < self.free_failures:
            return 0.0
        exponent = min(failures - self.free_failures, 32)
        return min(self.max_delay_seconds, self.base_delay_seconds * 2.0**exponent)


@dataclass(frozen=True)
class GuardState:
    failures: int
    last_failure_at: float | None


@dataclass(frozen=True)
class FailureOutcome:
    retry_after_seconds: float
    erase: bool


class UnlockGuard:
    """Reads and updates the backoff state of one profile folder; the clock is injected."""

    def __init__(self, profile_dir: Path, policy: GuardPolicy, clock: Callable[[], float]) -> None:
        self._path = profile_dir / STATE_FILE_NAME
        self._policy = policy
        self._clock = clock

    def state(self) -> GuardState:
        """The stored state, or the pessimistic default if it is missing or not plausible."""
        now = self._clock()
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            failures = raw["failures"]
            last = raw["last_failure_at"]
            if (raw.get("format") != _STATE_FORMAT or not isinstance(failures, int)
                    or isinstance(failures, bool) or failures < 0
                    or not (last is None or (isinstance(last, int | float)
                                             and math.isfinite(last)))
                    or (failures > 0 and last is None)):
                raise ValueError("implausible state")
            return GuardState(failures, None if last is None else float(last))
        except (OSError, ValueError, KeyError, TypeError):
            return GuardState(self._policy.free_failures, now)

    def seconds_until_allowed(self) -> float:
        state = self.state()
        delay = self._policy.delay_after(state.failures)
        if delay <= 0 or state.last_failure_at is None:
            return 0.0
        elapsed = self._clock() - state.last_failure_at
        if elapsed < 0:  # the clock went backwards: the wait starts again, it is not skipped
            return delay
        return max(0.0, delay - elapsed)

    def record_failure(self) -> FailureOutcome:
        failures = self.state().failures + 1
        self._write(GuardState(failures, self._clock()))
        wipe_at = self._policy.wipe_after_failures
        return FailureOutcome(
            retry_after_seconds=self._policy.delay_after(failures),
            erase=wipe_at is not None and failures >= wipe_at,
        )

    def record_success(self) -> None:
        self._write(GuardState(0, None))

    def _write(self, state: GuardState) -> None:
        payload = {"format": _STATE_FORMAT, "failures": state.failures,
                   "last_failure_at": state.last_failure_at}
        atomic_write(self._path, json.dumps(payload).encode("utf-8"))


def crypto_erase(profile_dir: Path, database_files: Iterable[Path],
                 random_bytes: RandomBytes) -> None:
    """Destroy every wrapped copy of the data key, then delete the database files.

    Both key-slot copies are first overwritten in place with random slots (so the wrapped
    keys are gone from those disk blocks, as far as the file system allows), then removed:
    the attempt that triggered the erase reports a wrong passphrase like any failed attempt,
    and the app then finds no profile and starts at its first-run screen.
    """
    for name in (KEYSLOT_FILE_NAME, BACKUP_FILE_NAME):
        path = profile_dir / name
        if not path.is_file():
            continue
        head = path.read_bytes()[:HEADER_SIZE]
        profile = UUID(bytes=head[16:32]) if len(head) == HEADER_SIZE else UUID(
            bytes=random_bytes(16))
        overwrite_in_place(path, blank_file(profile, random_bytes).encode())
    for name in (KEYSLOT_FILE_NAME, BACKUP_FILE_NAME):
        (profile_dir / name).unlink(missing_ok=True)
    for leftover in profile_dir.glob(f".{KEYSLOT_FILE_NAME}*.tmp"):
        leftover.unlink(missing_ok=True)
    for database_file in database_files:
        if database_file.is_dir():  # the encrypted attachment files
            shutil.rmtree(database_file, ignore_errors=True)
        else:
            database_file.unlink(missing_ok=True)
    fsync_dir(profile_dir)
