"""Small, fast drawing helpers over one seeded ``random.Random``.

Generation draws hundreds of numbers per case, so weighted tables are turned into cumulative
weights once (:class:`Table`) and drawn with one ``random()`` and a bisection. Every helper
takes the generator's single ``rng``: drawing in the same order gives the same data, which is
what makes a seed reproducible. Never iterate a ``set`` of strings here: its order changes
between processes (hash randomisation) and would break byte-identical output.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class Table(Generic[T]):
    """Items with weights, drawn in proportion to their weight."""

    __slots__ = ("_cumulative", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        if not pairs:
            raise ValueError("a table needs at least one item")
        if any(w < 0 for _, w in pairs):
            raise ValueError("weights must not be negative")
        self._items = tuple(item for item, _ in pairs)
        self._cumulative = tuple(accumulate(w for _, w in pairs))
        self._total = self._cumulative[-1]
        if self._total <= 0:
            raise ValueError("weights must not all be zero")

    def draw(self, rng: random.Random) -> T:
        index = bisect_right(self._cumulative, rng.random() * self._total)
        return self._items[min(index, len(self._items) - 1)]

    @property
    def items(self) -> tuple[T, ...]:
        return self._items


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` inclusive."""
    return low + int(rng.random() * (high - low + 1))


def day_between(rng: random.Random, first: date, last: date) -> date:
    """A date from ``first`` to ``last`` inclusive (``first`` if the range is empty)."""
    span = (last - first).days
    if span <= 0:
        return first
    return first + timedelta(days=between(rng, 0, span))
