"""One-time enrolment codes: issue, store as a keyed hash, redeem once, and limit guessing.

A code is 10 Crockford base32 characters (50 random bits), shown as ``XXXXX-XXXXX``; typing
is forgiving (case, spaces, dashes ignored; O→0, I/L→1). It expires (24 hours by default), works
once, and is stored only as ``HMAC-SHA256(code-hash key, canonical code)``.

Why a fast keyed hash and not Argon2id: a guesser must get through the server, where the
:class:`AttemptLimiter` allows 10 failures per source and 1,000 in total per 15 minutes. With
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
from collections.abc import Callable
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


class FailureLog(Protocol):
    """Failed attempts by key (a source address, or ``*`` for all); the server may share it."""

    def add(self, key: str, at: datetime) -> None: ...

    def count_since(self, key: str, since: datetime) -> int: ...


class InMemoryFailureLog:
    """Per-process failures; entries older than ``retention`` are dropped as keys pile up."""

    def __init__(self, retention: timedelta = timedelta(hours=1)) -> None:
        self._times: dict[str, list[datetime]] = {}
        self._retention = retention

    def add(self, key: str, at: datetime) -> None:
        if len(self._times) > 4096:
            for stale in list(self._times):
                self.count_since(stale, at - self._retention)
        self._times.setdefault(key, []).append(at)

    def count_since(self, key: str, since: datetime) -> int:
        kept = [t for t in self._times.get(key, []) if t >= since]
        if kept:
            self._times[key] = kept
        else:
            self._times.pop(key, None)
        return len(kept)


@dataclass(frozen=True, slots=True)
class AttemptPolicy:
    per_source: int = 10
    overall: int = 1000
    window: timedelta = timedelta(minutes=15)


GLOBAL_KEY: Final = "*"


class AttemptLimiter:
    """Refuses enrolment attempts from a source (and overall) after too many failures.

    The overall cap bounds a guesser with many addresses; its price is that such a guesser can
    hold up enrolment for everyone for one window, which an admin notices and which costs no data.
    """

    def __init__(self, log: FailureLog, policy: AttemptPolicy | None = None,
                 on_limit: Callable[[str], None] | None = None) -> None:
        self._log = log
        self.policy = policy or AttemptPolicy()
        self._on_limit = on_limit

    def check(self, source: str, now: datetime) -> None:
        """Raise EnrolmentError(rate_limited) if ``source`` or everyone is over the limit."""
        since = now - self.policy.window
        limits = ((_source_key(source), self.policy.per_source), (GLOBAL_KEY, self.policy.overall))
        for key, limit in limits:
            if self._log.count_since(key, since) >= limit:
                if self._on_limit is not None:
                    self._on_limit(key)  # e.g. alert the admin; ``key`` is an address or "*"
                raise EnrolmentError(
                    "rate_limited", "too many wrong enrolment codes: wait, then try again",
                    retry_after_seconds=int(self.policy.window.total_seconds()))

    def record_failure(self, source: str, now: datetime) -> None:
        self._log.add(_source_key(source), now)
        self._log.add(GLOBAL_KEY, now)


def _source_key(source: str) -> str:
    return f"source:{source}"
