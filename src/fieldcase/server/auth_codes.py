"""One-time enrolment codes: issue, store as a keyed hash, redeem once, and limit guessing.

A code is 10 Crockford base32 characters (50 random bits), shown as ``XXXXX-XXXXX``; typing
is forgiving (case, spaces, dashes ignored; O→0, I/L→1). It expires (24 hours by default), works
once, and is stored only as ``HMAC-SHA256(code-hash key, canonical code)``.

Why a fast keyed hash and not Argon2id: a guesser must get through the server, where the
:class:`AttemptLimiter` allows 10 failures per source and 1,000 in total per 15 minutes,
counted in the database for all server processes together (``server.auth_attempts``). With
1,000 live codes and the global cap exhausted all day (96,000 guesses), the chance of hitting
any code is 1,000 × 96,000 / 2^50 ≈ 9 × 10⁻⁸. Offline, a stolen database alone is useless
without the HMAC key, which lives with the server key and not in the database. With both, the
attacker already holds the server's signing key, a far bigger prize than a code that dies
within a day. A slow hash would also need a per-code salt, so redeeming would mean hashing
against every live code in turn. A deterministic keyed hash lets the store look the code up by
its hash, and single use is one conditional UPDATE (:meth:`CodeStore.mark_used`).
"""

from __future__ import annotations

import hashlib
import hmac
import random
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Final, Protocol

from fieldcase.sync.enrolment import (
    CODE_ALPHABET,
    CODE_LENGTH,
    EnrolmentError,
    format_code,
    normalize_code,
)

DEFAULT_CODE_TTL: Final = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class CodeRecord:
    """What the server stores for a code: never the code itself."""

    code_hash: bytes
    """32 bytes: HMAC-SHA256 of the canonical code under the server's code-hash key."""
    user_id: str
    issued_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


class CodeStore(Protocol):
    """Storage the server implements on its database (one row per code, keyed by hash)."""

    def find(self, code_hash: bytes) -> CodeRecord | None: ...

    def mark_used(self, code_hash: bytes, used_at: datetime) -> bool:
        """Atomically set ``used_at`` if still unset; False if someone used it first
        (``UPDATE ... SET used_at = :at WHERE code_hash = :h AND used_at IS NULL``)."""
        ...


class InMemoryCodeStore:
    """A :class:`CodeStore` for tests and for the embedded single-process server."""

    def __init__(self) -> None:
        self._records: dict[bytes, CodeRecord] = {}

    def add(self, record: CodeRecord) -> None:
        self._records[record.code_hash] = record

    def find(self, code_hash: bytes) -> CodeRecord | None:
        return self._records.get(code_hash)

    def mark_used(self, code_hash: bytes, used_at: datetime) -> bool:
        record = self._records.get(code_hash)
        if record is None or record.used_at is not None:
            return False
        self._records[code_hash] = replace(record, used_at=used_at)
        return True


class EnrolmentCodes:
    """Issues and redeems codes under the server's code-hash key."""

    def __init__(self, hash_key: bytes, ttl: timedelta = DEFAULT_CODE_TTL) -> None:
        if len(hash_key) < 32:
            raise ValueError("the code-hash key must be at least 32 bytes")
        if ttl <= timedelta(0):
            raise ValueError("a code lifetime must be positive")
        self._key = hash_key
        self.ttl = ttl

    def hash_code(self, canonical_code: str) -> bytes:
        return hmac.new(self._key, canonical_code.encode("ascii"), hashlib.sha256).digest()

    def issue_code(self, user_id: str, now: datetime,
                   rng: random.Random | None = None) -> tuple[str, CodeRecord]:
        """A fresh code for ``user_id``: the text to show the admin once, and the record to
        store. ``rng`` defaults to the operating system's generator; tests pass a seeded one."""
        source = rng if rng is not None else random.SystemRandom()
        canonical = "".join(CODE_ALPHABET[source.randrange(32)] for _ in range(CODE_LENGTH))
        record = CodeRecord(self.hash_code(canonical), user_id, now, now + self.ttl)
        return format_code(canonical), record

    def redeem(self, code_text: str, records: CodeStore, now: datetime) -> str:
        """The user the code was issued for, marking it used.

        Raises EnrolmentError: unknown (never issued, mistyped, or not a code at all), used
        (redeemed before, including by a concurrent request a moment ago), expired.
        """
        try:
            canonical = normalize_code(code_text)
        except EnrolmentError as exc:
            raise EnrolmentError("unknown", "this enrolment code is not valid") from exc
        code_hash = self.hash_code(canonical)
        record = records.find(code_hash)
        if record is None:
            raise EnrolmentError("unknown", "this enrolment code is not valid")
        if record.used_at is not None:
            raise EnrolmentError("used", "this enrolment code has already been used")
        if now >= record.expires_at:
            raise EnrolmentError("expired", "this enrolment code has expired: ask for a new one")
        if not records.mark_used(code_hash, now):
            raise EnrolmentError("used", "this enrolment code has already been used")
        return record.user_id


class OverLimit(Exception):
    """Raised by an :class:`AttemptLog`: ``key`` already has its limit of attempts."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class AttemptLog(Protocol):
    """Attempts by key (a source address or device id, or ``*`` for all). The server keeps it
    in its database (``server.auth_attempts``), so every server process counts the same tries.
    """

    def reserve(self, attempt_id: uuid.UUID, limits: Sequence[tuple[str, int]],
                since: datetime, at: datetime) -> None:
        """Atomically: if each key has fewer than its limit of attempts at or after ``since``,
        record attempt ``attempt_id`` at ``at`` under every key; else raise
        :class:`OverLimit` naming the first key at its limit, recording nothing. Two
        reservations of one key never both see the count before the other's."""
        ...

    def release(self, attempt_id: uuid.UUID) -> None:
        """Take the attempt back: it did not fail, so it does not count."""
        ...


class InMemoryAttemptLog:
    """An :class:`AttemptLog` in one process, for the pure tests of the protocol."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._attempts: dict[str, dict[uuid.UUID, datetime]] = {}

    def reserve(self, attempt_id: uuid.UUID, limits: Sequence[tuple[str, int]],
                since: datetime, at: datetime) -> None:
        with self._lock:
            for key, limit in limits:
                kept = {a: t for a, t in self._attempts.get(key, {}).items() if t >= since}
                self._attempts[key] = kept
                if len(kept) >= limit:
                    raise OverLimit(key)
            for key, _ in limits:
                self._attempts[key][attempt_id] = at

    def release(self, attempt_id: uuid.UUID) -> None:
        with self._lock:
            for attempts in self._attempts.values():
                attempts.pop(attempt_id, None)


@dataclass(frozen=True, slots=True)
class AttemptPolicy:
    per_source: int = 10
    overall: int = 1000
    window: timedelta = timedelta(minutes=15)


GLOBAL_KEY: Final = "*"


class Attempt:
    """One attempt reserved by :meth:`AttemptLimiter.attempt`; call :meth:`failed` when it
    failed in a way that counts, or it is taken back when the ``with`` block ends."""

    def __init__(self) -> None:
        self.attempt_id = uuid.uuid4()
        self.counts = False

    def failed(self) -> None:
        self.counts = True


class AttemptLimiter:
    """Refuses attempts from a source (and overall) once too many failed within the window.

    An attempt is counted *before* it is made and taken back if it did not fail, so attempts
    running at the same time, in any server process, cannot all slip under the limit; one
    cut short by a crash stays counted. The overall cap bounds a guesser with many addresses;
    its price is that such a guesser can hold up everyone for one window, which an admin
    notices and which costs no data.
    """

    def __init__(self, log: AttemptLog, policy: AttemptPolicy | None = None,
                 on_limit: Callable[[str], None] | None = None) -> None:
        self._log = log
        self.policy = policy or AttemptPolicy()
        self._on_limit = on_limit

    @contextmanager
    def attempt(self, source: str, now: datetime) -> Iterator[Attempt]:
        """Reserve an attempt for ``source``; the block marks it :meth:`Attempt.failed`.

        Raises EnrolmentError(rate_limited), with ``retry_after_seconds``, before the block
        runs when ``source`` or everyone is at the limit. Use it outside any database
        transaction of the attempt itself: a failed attempt's transaction rolls back, and the
        count must not go with it (the database log writes in transactions of its own).
        """
        attempt = Attempt()
        limits = ((_source_key(source), self.policy.per_source),
                  (GLOBAL_KEY, self.policy.overall))
        try:
            self._log.reserve(attempt.attempt_id, limits, now - self.policy.window, now)
        except OverLimit as over:
            if self._on_limit is not None:
                self._on_limit(over.key)  # e.g. alert the admin; an address, a device or "*"
            raise EnrolmentError(
                "rate_limited", "too many wrong enrolment codes: wait, then try again",
                retry_after_seconds=int(self.policy.window.total_seconds())) from None
        try:
            yield attempt
        finally:
            if not attempt.counts:
                self._log.release(attempt.attempt_id)


def _source_key(source: str) -> str:
    return f"source:{source}"
