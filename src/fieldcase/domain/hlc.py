"""Hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014).

Each field value in the store carries the stamp of the change that set it. A stamp stays
close to wall-clock time (so people can read it) but, unlike the wall clock, never goes
backwards on a device and is always greater than every stamp the device has seen from others,
so "happened after" is preserved across devices whose clocks disagree a little.

What can go wrong: a device whose clock is far in the future would push every other device's
clock forward with it. :meth:`HybridLogicalClock.observe` therefore refuses stamps more than
``max_drift_ms`` ahead with :class:`ClockDriftError`, and sync tells the user to fix the clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from fieldcase.domain.errors import ClockDriftError

__all__ = ["DEFAULT_MAX_DRIFT_MS", "ClockDriftError", "HybridLogicalClock", "Stamp"]

DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000
"""A remote stamp more than a day ahead of the local wall clock is refused by default."""

_WALL_HEX = 12  # 48 bits of Unix milliseconds, like UUIDv7: good until the year 10889
_COUNTER_HEX = 8
_MAX_WALL = (1 << (4 * _WALL_HEX)) - 1
_MAX_COUNTER = (1 << (4 * _COUNTER_HEX)) - 1
_NODE_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_ENCODED_RE = re.compile(
    rf"^[0-9a-f]{{{_WALL_HEX}}}-[0-9a-f]{{{_COUNTER_HEX}}}-[A-Za-z0-9._-]{{1,64}}$"
)


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    """One HLC timestamp: wall milliseconds, a counter for events in the same ms, the node.

    Ordered by (wall_ms, counter, node); the node breaks ties so two devices never produce equal
    stamps. ``node`` is a device id: 1-64 characters of ``A-Z a-z 0-9 . _ -``.
    """

    wall_ms: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall_ms <= _MAX_WALL:
            raise ValueError(f"wall_ms out of range: {self.wall_ms}")
        if not 0 <= self.counter <= _MAX_COUNTER:
            raise ValueError(f"counter out of range: {self.counter}")
        if not _NODE_RE.match(self.node):
            raise ValueError("node must be 1-64 characters of A-Z a-z 0-9 . _ -")

    def encode(self) -> str:
        """A string whose lexicographic order is the stamp order (fixed-width hex prefix)."""
        return f"{self.wall_ms:0{_WALL_HEX}x}-{self.counter:0{_COUNTER_HEX}x}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        """Parse :meth:`encode` output; raises ValueError for anything else."""
        if not _ENCODED_RE.match(text):
            raise ValueError("not an encoded HLC stamp")
        wall = int(text[:_WALL_HEX], 16)
        counter = int(text[_WALL_HEX + 1 : _WALL_HEX + 1 + _COUNTER_HEX], 16)
        return cls(wall, counter, text[_WALL_HEX + _COUNTER_HEX + 2 :])

    def __str__(self) -> str:
        return self.encode()


class HybridLogicalClock:
    """The clock of one node. Not thread-safe: the store's single writer owns it.

    ``last`` restores the state after a restart (pass the greatest stamp the store holds) so the
    clock never goes backwards even if the wall clock did while the app was closed.
    """

    def __init__(
        self,
        node: str,
        wall_ms: Callable[[], int],
        *,
        last: Stamp | None = None,
        max_drift_ms: int = DEFAULT_MAX_DRIFT_MS,
    ) -> None:
        if max_drift_ms < 0:
            raise ValueError("max_drift_ms must not be negative")
        self._last = Stamp(0, 0, node)
        if last is not None:
            self._last = Stamp(last.wall_ms, last.counter, node)
        self._node = node
        self._wall_ms = wall_ms
        self._max_drift_ms = max_drift_ms

    @property
    def node(self) -> str:
        return self._node

    @property
    def last(self) -> Stamp:
        """The most recent stamp this clock issued (or was restored to)."""
        return self._last

    def now(self) -> Stamp:
        """A stamp for a local event: strictly greater than every stamp issued or observed."""
        physical = self._wall_ms()
        last = self._last
        if physical > last.wall_ms:
            self._last = Stamp(physical, 0, self._node)
        else:
            self._last = Stamp(last.wall_ms, self._next_counter(last.counter), self._node)
        return self._last

    def observe(self, remote: Stamp) -> Stamp:
        """Merge a stamp received from another node; the result is greater than both.

        Raises ClockDriftError (and leaves the clock unchanged) if ``remote`` is more than
        ``max_drift_ms`` ahead of the local wall clock.
        """
        physical = self._wall_ms()
        drift = remote.wall_ms - physical
        if drift > self._max_drift_ms:
            raise ClockDriftError(drift, self._max_drift_ms)
        last = self._last
        wall = max(last.wall_ms, remote.wall_ms, physical)
        if wall == last.wall_ms and wall == remote.wall_ms:
            counter = self._next_counter(max(last.counter, remote.counter))
        elif wall == last.wall_ms:
            counter = self._next_counter(last.counter)
        elif wall == remote.wall_ms:
            counter = self._next_counter(remote.counter)
        else:
            counter = 0
        self._last = Stamp(wall, counter, self._node)
        return self._last

    @staticmethod
    def _next_counter(counter: int) -> int:
        if counter >= _MAX_COUNTER:
            raise OverflowError("HLC counter exhausted within one millisecond")
        return counter + 1
