"""Failed-unlock backoff per user name under a laptop-wide ceiling, in a file that survives
restarts; and the crypto-erase used by duress and wipe.

State lives in ``unlock-guard.json`` in the profile folder (format 2), padded with spaces to a
fixed 4,096 bytes::

    {"format": 2, "salt": "<32 hex>", "laptop": [failures, last_failure_at],
     "names": {"<16 hex>": [failures, last_failure_at], ...}}

``names`` counts each user name's consecutive failures, so one person's mistakes (or a name
nobody has) delay only that name; ``laptop`` counts every failure since the last successful
unlock by anyone, and delays everyone once it passes a ceiling far above one person's
(``GuardPolicy.laptop_factor`` times). A name is never written: its key is HMAC-SHA256 under a
random salt kept in the same file, cut to 64 bits. That hides the names from a look at the
file and makes the keys differ from laptop to laptop; it does not stop someone who reads the
file from testing a *guessed* name (one HMAC), just as the key-slot tags allow.

An attempt is counted *before* its passphrase is tried (``count_attempt``) and un-counted by a
success (``record_success``): a process killed, or watched and stopped, during the derivation
has still paid for its guess, and an attempt that cannot be counted (a full disk, a read-only
folder) is refused before any derivation (``UnlockNotRecorded``). Writes go to a temporary
file and a rename; when that fails for want of space, the fixed-size file is overwritten in
place, which needs no new blocks, so a full disk still counts failures and still lets a person
in. One read-modify-write runs at a time across processes (``flock`` on the profile folder;
Windows has no ``flock`` and keeps that race).

What it protects against, honestly: someone guessing passphrases *through FieldCase* on a
laptop they picked up. It cannot stop an attacker who copies ``keyslots.bin`` and guesses
offline (only the passphrase length and Argon2id's cost do), nor one who can write to the
profile folder: they can put back an older state file or move the system clock forward, and no
file on the same disk can prove its own freshness. So the rules only make sure that tampering
never makes the app *easier* to guess through than a fresh state would:

- a missing, unreadable or implausible state file counts as the laptop-wide ceiling reached,
  the last failure just now (the next attempt waits ``base_delay_seconds``), and that state is
  written at once so the wait ends (or the attempt is refused, if it cannot be written);
- a clock that went backwards restarts the current wait instead of shortening it.

Erase (duress passphrase or wipe-after-N) overwrites both key-slot copies in place with a
valid-looking file of random slots, fsyncs, then deletes the database files it is given. The
data key then exists nowhere, so the database is unreadable even where a file survives (a
copy-on-write file system or an SSD may keep old blocks of the key-slot file; the Argon2id
cost is then the remaining protection for them).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from uuid import UUID

from fieldcase.storage.atomic_files import atomic_write, fsync_dir, overwrite_in_place
from fieldcase.storage.errors import StoreFull
from fieldcase.storage.keyslots import (
    BACKUP_FILE_NAME,
    FILE_SIZE_V1,
    HEADER_SIZE_V1,
    KEYSLOT_FILE_NAME,
    PRODUCTION_FLOOR,
    RandomBytes,
    blank_file,
)

if sys.platform != "win32":
    import fcntl

STATE_FILE_NAME: Final = "unlock-guard.json"
STATE_FILE_SIZE: Final = 4096
MAX_NAMES: Final = 48  # entries kept; the oldest goes first (the laptop count still holds)
_FORMAT: Final = 2
_FORMAT_1: Final = 1
_SALT_BYTES: Final = 16
_KEY_HEX: Final = 16
_MAX_COUNT: Final = 1_000_000


class UnlockNotRecorded(StoreFull):
    """The attempt could not be counted (no space, a read-only folder), so it was not made."""

    def __init__(self) -> None:
        super().__init__("storage is full: this unlock attempt could not be recorded, so it "
                         "was refused; free disk space, then try again")


@dataclass(frozen=True)
class GuardPolicy:
    """Organisation policy for failed unlocks. Duress and wipe are off unless enabled.

    ``free_failures`` and ``wipe_after_failures`` count one user name's consecutive failures
    (any name typed, existing or not, so neither the wait nor the wipe tells whether a name
    exists). The laptop-wide ceiling is ``laptop_factor`` times each: failures of all names
    together since the last successful unlock wait after ``laptop_factor x free_failures``
    and wipe at ``laptop_factor x wipe_after_failures``.
    """

    free_failures: int = 3
    base_delay_seconds: float = 30.0
    max_delay_seconds: float = 900.0
    wipe_after_failures: int | None = None
    duress_enabled: bool = False
    laptop_factor: int = 10

    def __post_init__(self) -> None:
        if self.free_failures < 1:
            raise ValueError("free_failures must be at least 1")
        if not 0 < self.base_delay_seconds <= self.max_delay_seconds:
            raise ValueError("need 0 < base_delay_seconds <= max_delay_seconds")
        if self.wipe_after_failures is not None and self.wipe_after_failures < self.free_failures:
            raise ValueError("wipe_after_failures must not be below free_failures")
        if self.laptop_factor < 2:
            raise ValueError("laptop_factor must be at least 2")

    @property
    def laptop_free_failures(self) -> int:
        return self.free_failures * self.laptop_factor

    @property
    def laptop_wipe_after_failures(self) -> int | None:
        wipe = self.wipe_after_failures
        return None if wipe is None else wipe * self.laptop_factor

    def delay_after(self, failures: int, free: int | None = None) -> float:
        """Seconds to wait after ``failures`` consecutive failures: 0 for the first ``free``
        (one name's allowance unless given), then doubling, capped."""
        free = self.free_failures if free is None else free
        if failures < free:
            return 0.0
        exponent = min(failures - free, 32)
        return min(self.max_delay_seconds, self.base_delay_seconds * 2.0**exponent)


@dataclass(frozen=True)
class Tally:
    failures: int = 0
    last_failure_at: float | None = None


@dataclass(frozen=True)
class GuardState:
    salt: bytes
    laptop: Tally = Tally()
    names: Mapping[str, Tally] = field(default_factory=dict)


@dataclass(frozen=True)
class FailureOutcome:
    retry_after_seconds: float
    erase: bool


class UnlockGuard:
    """Reads and updates the backoff state of one profile folder; clock and randomness are
    injected. ``name`` is always the normalised user name (``keys.normalize_user``)."""

    def __init__(self, profile_dir: Path, policy: GuardPolicy, clock: Callable[[], float],
                 random_bytes: RandomBytes = os.urandom) -> None:
        self._folder = profile_dir
        self._path = profile_dir / STATE_FILE_NAME
        self._policy = policy
        self._clock = clock
        self._random = random_bytes

    def state(self) -> GuardState:
        """The stored state, or the pessimistic default if it is missing or not plausible."""
        return self._load()[0]

    def failures(self, name: bytes) -> int:
        """This name's consecutive failures (an attempt in progress counts)."""
        state = self.state()
        return state.names.get(_key(state.salt, name), Tally()).failures

    def seconds_until_allowed(self, name: bytes) -> float:
        """How long ``name`` must still wait: the longer of its own wait and the laptop's.
        A missing or implausible file is replaced at once by the pessimistic state, so that
        its wait can end; if even that cannot be written, UnlockNotRecorded."""
        with self._exclusive():
            state, raw = self._load()
            if raw is None:
                self._store(state, raw)
        own = state.names.get(_key(state.salt, name), Tally())
        return max(self._wait(own, self._policy.free_failures),
                   self._wait(state.laptop, self._policy.laptop_free_failures))

    def count_attempt(self, name: bytes) -> FailureOutcome:
        """Count this attempt as failed before its passphrase is tried; a success undoes it
        (``record_success``). Returns what follows if it does fail; raises
        UnlockNotRecorded, with nothing tried, when the count cannot be written."""
        policy = self._policy
        with self._exclusive():
            state, raw = self._load()
            key, now = _key(state.salt, name), self._clock()
            own = Tally(min(state.names.get(key, Tally()).failures + 1, _MAX_COUNT), now)
            laptop = Tally(min(state.laptop.failures + 1, _MAX_COUNT), now)
            names = {k: v for k, v in state.names.items() if k != key}
            while len(names) >= MAX_NAMES:
                del names[min(names, key=lambda k: names[k].last_failure_at or 0.0)]
            names[key] = own
            self._store(GuardState(state.salt, laptop, names), raw)
        wipe_own, wipe_laptop = policy.wipe_after_failures, policy.laptop_wipe_after_failures
        return FailureOutcome(
            retry_after_seconds=max(policy.delay_after(own.failures),
                                    policy.delay_after(laptop.failures,
                                                       policy.laptop_free_failures)),
            erase=(wipe_own is not None and own.failures >= wipe_own)
            or (wipe_laptop is not None and laptop.failures >= wipe_laptop),
        )

    def record_success(self, name: bytes) -> None:
        """Clear this name's count and the laptop's; writes only if that changes the file."""
        with self._exclusive():
            state, raw = self._load()
            key = _key(state.salt, name)
            names = {k: v for k, v in state.names.items() if k != key}
            self._store(GuardState(state.salt, Tally(), names), raw)

    # -- the file -------------------------------------------------------------------------------

    def _wait(self, tally: Tally, free: int) -> float:
        delay = self._policy.delay_after(tally.failures, free)
        if delay <= 0 or tally.last_failure_at is None:
            return 0.0
        elapsed = self._clock() - tally.last_failure_at
        if elapsed < 0:  # the clock went backwards: the wait starts again, it is not skipped
            return delay
        return max(0.0, delay - elapsed)

    def _load(self) -> tuple[GuardState, bytes | None]:
        """The state and the file's bytes; ``None`` bytes when the file was missing or not
        plausible (the state is then the pessimistic default)."""
        try:
            raw = self._path.read_bytes()
            return _parse(json.loads(raw), self._random), raw
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            ceiling = Tally(self._policy.laptop_free_failures, self._clock())
            return GuardState(self._random(_SALT_BYTES), ceiling), None

    def _store(self, state: GuardState, current: bytes | None) -> None:
        data = _encode(state)
        if data == current:
            return
        try:
            atomic_write(self._path, data)
            return
        except OSError as error:
            failure = error
        try:  # no room for a new file: overwrite the old one where it is (no new blocks)
            if current is not None and len(current) == STATE_FILE_SIZE:
                overwrite_in_place(self._path, data)
                return
        except OSError:
            pass
        raise UnlockNotRecorded() from failure

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        """One read-modify-write at a time: two processes that both read n failures and both
        wrote n + 1 would each have had a free guess."""
        if sys.platform == "win32":
            yield
            return
        handle = os.open(self._folder, os.O_RDONLY)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield
        finally:
            os.close(handle)  # releases the lock


def _key(salt: bytes, name: bytes) -> str:
    digest = hmac.new(salt, b"fieldcase/unlock-guard/name/v1\0" + name, hashlib.sha256)
    return digest.hexdigest()[:_KEY_HEX]


def _encode(state: GuardState) -> bytes:
    def pair(tally: Tally) -> list[Any]:
        last = None if tally.last_failure_at is None else round(tally.last_failure_at, 3)
        return [tally.failures, last]

    payload = {"format": _FORMAT, "salt": state.salt.hex(), "laptop": pair(state.laptop),
               "names": {key: pair(tally) for key, tally in sorted(state.names.items())}}
    text = json.dumps(payload, separators=(",", ":")).encode("ascii")
    if len(text) > STATE_FILE_SIZE:  # cannot happen within MAX_NAMES; never write a torn file
        raise ValueError("unlock guard state too large")
    return text.ljust(STATE_FILE_SIZE, b" ")


def _parse(raw: object, random_bytes: RandomBytes) -> GuardState:
    """A plausible state, or ValueError/KeyError/TypeError. Format 1 (one laptop-wide count,
    before per-name counting) becomes the laptop count of a fresh salt."""
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    if raw.get("format") == _FORMAT_1:
        return GuardState(random_bytes(_SALT_BYTES),
                          _tally([raw["failures"], raw["last_failure_at"]]))
    if raw.get("format") != _FORMAT or not isinstance(raw["names"], dict):
        raise ValueError("unknown format")
    salt = bytes.fromhex(raw["salt"])
    if len(salt) != _SALT_BYTES or len(raw["names"]) > MAX_NAMES:
        raise ValueError("implausible state")
    names = {}
    for key, value in raw["names"].items():
        if len(key) != _KEY_HEX or key != key.lower() or len(bytes.fromhex(key)) * 2 != _KEY_HEX:
            raise ValueError("implausible name key")
        names[key] = _tally(value)
    return GuardState(salt, _tally(raw["laptop"]), names)


def _tally(value: object) -> Tally:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError("implausible count")
    failures, last = value
    if (not isinstance(failures, int) or isinstance(failures, bool) or failures < 0
            or not (last is None or (isinstance(last, int | float) and not isinstance(last, bool)
                                     and math.isfinite(last)))
            or (failures > 0 and last is None)):
        raise ValueError("implausible count")
    return Tally(failures, None if last is None else float(last))


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
        data = path.read_bytes()
        profile = UUID(bytes=data[16:32]) if len(data) >= HEADER_SIZE_V1 else UUID(
            bytes=random_bytes(16))
        cost = None if len(data) == FILE_SIZE_V1 else PRODUCTION_FLOOR  # the same length
        overwrite_in_place(path, blank_file(profile, random_bytes, cost).encode())
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
