"""How a list of keys becomes another in place: the rows to remove, whether the rest moved,
and the rows to insert. Pure Python, no Qt; cheap enough to run on the worker for 100k keys.

A table model that applies a :class:`KeyDiff` in the order given — remove the runs of
``removed`` (last run first), then, if ``reordered``, put the remaining keys in the order of
``kept``, then insert the runs of ``inserted`` (first run first) — ends with exactly the new
keys, and a view over it keeps its selection, current row and scroll anchor on the rows that
stayed (Qt moves persistent indexes through removals and insertions; the reorder step remaps
them by key). A diff of many scattered runs is cheaper to show as one reset: ``runs`` tells.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Run = tuple[int, int]  # first and last position, inclusive


@dataclass(frozen=True)
class KeyDiff:
    removed: tuple[Run, ...]  # positions in the old keys, last run first
    kept: array[int]  # the old keys that stay, in their new order
    reordered: bool
    inserted: tuple[Run, ...]  # positions in the new keys, first run first

    @property
    def runs(self) -> int:
        return len(self.removed) + len(self.inserted) + int(self.reordered)

    def __bool__(self) -> bool:
        return self.runs > 0


def diff_keys(old: Sequence[int], new: Sequence[int]) -> KeyDiff:
    old_set, new_set = set(old), set(new)
    removed = _runs(i for i, key in enumerate(old) if key not in new_set)
    kept_old = [key for key in old if key in new_set]
    kept = array("q", (key for key in new if key in old_set))
    inserted = _runs(i for i, key in enumerate(new) if key not in old_set)
    return KeyDiff(tuple(reversed(removed)), kept, kept.tolist() != kept_old, tuple(inserted))


def _runs(positions: Iterable[int]) -> list[Run]:
    runs: list[Run] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs
