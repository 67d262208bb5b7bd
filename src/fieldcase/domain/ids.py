"""UUIDv7 identifiers (RFC 9562) made on the device, with injected time and randomness.

Every record gets its id where it is created, offline, so ids must never collide between
devices (74 random bits per id) and should sort by creation time (48-bit Unix milliseconds
first), which keeps B-tree inserts local. :class:`IdFactory` adds the RFC 9562 §6.2 "fixed
bit-length dedicated counter" (method 1) so ids made within one millisecond, or while the wall
clock steps backwards, still sort in creation order.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable

RAND_BYTES = 10
"""Bytes of randomness :func:`uuid7` consumes (80 bits, of which 74 are used)."""

_MAX_MS = (1 << 48) - 1
_UUID7_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

# Counter layout for IdFactory: 12 bits of rand_a plus the top 30 bits of rand_b.
_COUNTER_BITS = 42
_TAIL_BITS = 62 - 30  # random bits left in rand_b below the counter
_COUNTER_MAX = (1 << _COUNTER_BITS) - 1


def _wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def _format(value: int) -> str:
    h = f"{value:032x}"
    return f"{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _assemble(unix_ms: int, rand_a: int, rand_b: int) -> str:
    value = (unix_ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return _format(value)


def _check_ms(unix_ms: int) -> None:
    if not 0 <= unix_ms <= _MAX_MS:
        raise ValueError(f"unix_ms must fit in 48 bits, got {unix_ms}")


def uuid7(unix_ms: int, rand: bytes) -> str:
    """Return the canonical lowercase UUIDv7 for a timestamp and 10 random bytes.

    Raises ValueError if the timestamp does not fit 48 bits or ``rand`` is not 10 bytes.
    """
    _check_ms(unix_ms)
    if len(rand) != RAND_BYTES:
        raise ValueError(f"uuid7 needs {RAND_BYTES} random bytes, got {len(rand)}")
    r = int.from_bytes(rand, "big")
    rand_a = (r >> 68) & 0xFFF
    rand_b = r & ((1 << 62) - 1)
    return _assemble(unix_ms, rand_a, rand_b)


def is_uuid7(value: object) -> bool:
    """True for a canonical (lowercase, hyphenated) UUID with version 7 and the RFC variant."""
    return isinstance(value, str) and _UUID7_RE.match(value) is not None


def uuid7_unix_ms(value: str) -> int:
    """The creation time in Unix milliseconds embedded in a UUIDv7."""
    if not is_uuid7(value):
        raise ValueError("not a canonical UUIDv7")
    return int(value.replace("-", "")[:12], 16)


class IdFactory:
    """Makes UUIDv7 ids that sort in the order they were made on this device.

    Within one millisecond (or while the wall clock is behind the last id's time) a 42-bit
    counter, seeded randomly with its top bit clear at each new millisecond, is incremented; if
    it would overflow, the timestamp is advanced by one millisecond, as RFC 9562 §6.2 allows.
    Not thread-safe: give each thread its own factory or guard it with a lock.
    """

    def __init__(
        self,
        clock_ms: Callable[[], int] = _wall_clock_ms,
        randbytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self._clock_ms = clock_ms
        self._randbytes = randbytes
        self._last_ms = -1
        self._counter = 0

    def new(self) -> str:
        """Return a fresh id greater than every id this factory made before."""
        now = self._clock_ms()
        _check_ms(now)
        rand = self._randbytes(RAND_BYTES)
        if len(rand) != RAND_BYTES:
            raise ValueError(f"randbytes returned {len(rand)} bytes, expected {RAND_BYTES}")
        r = int.from_bytes(rand, "big")
        if now > self._last_ms:
            self._last_ms = now
            self._counter = (r >> (80 - _COUNTER_BITS + 1)) & (_COUNTER_MAX >> 1)
        elif self._counter < _COUNTER_MAX:
            self._counter += 1
        else:
            self._last_ms += 1
            _check_ms(self._last_ms)
            self._counter = (r >> (80 - _COUNTER_BITS + 1)) & (_COUNTER_MAX >> 1)
        rand_a = self._counter >> 30
        rand_b = ((self._counter & ((1 << 30) - 1)) << _TAIL_BITS) | (r & ((1 << _TAIL_BITS) - 1))
        return _assemble(self._last_ms, rand_a, rand_b)

    def __call__(self) -> str:
        return self.new()
