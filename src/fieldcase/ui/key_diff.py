"""How a list of keys becomes another in place: the rows to remove, the rows to move, and the
rows to insert. Pure Python, no Qt; cheap enough to run on the worker for 100k keys.

A table model that applies a :class:`KeyDiff` in this order ends with exactly the new keys:

1. remove the runs of ``removed`` (positions in the old keys, last run first);
2. if ``reordered``, put the remaining keys in the order of ``kept`` (one layout change);
   otherwise move each key of ``moves``, in order, to just after the key named with it (to
   the top for None) — a key already there stays;
3. insert the runs of ``inserted`` (positions in the new keys, first run first).

A view over it keeps its selection, current row and scroll anchor on the rows that stayed or
moved (Qt carries persistent indexes through removals, moves and insertions; the reorder step
remaps them by key). A diff of many scattered runs is cheaper to show as one reset: ``runs``
tells.

A change usually names the few cases it touched (``moved``: their keys). When every other key
kept its order, the diff is found with array operations done in C (finding and deleting a
few keys, comparing what remains), not a pass of Python over 100,000 keys (130 ms on a busy
laptop). Otherwise, and for a change that names nothing, the full comparison runs.
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

Run = tuple[int, int]  # first and last position, inclusive
Move = tuple[int, int | None]  # a key, and the key it must follow (None: first)
MAX_MOVED = 64  # beyond this many named keys, one pass over the lists is cheaper


@dataclass(frozen=True)
class KeyDiff:
    removed: tuple[Run, ...] = ()
    inserted: tuple[Run, ...] = ()
    moves: tuple[Move, ...] = ()
    reordered: bool = False
    kept: array[int] = field(default_factory=lambda: array("q"))  # when reordered

    @property
    def runs(self) -> int:
        return len(self.removed) + len(self.inserted) + len(self.moves) + int(self.reordered)

    def __bool__(self) -> bool:
        return self.runs > 0


def diff_keys(old: array[int], new: array[int], moved: Collection[int] = ()) -> KeyDiff:
    if old == new:
        return KeyDiff()
    if moved and len(moved) <= MAX_MOVED:
        quick = _named_diff(old, new, moved)
        if quick is not None:
            return quick
    return _full_diff(old, new)


def _named_diff(old: array[int], new: array[int], moved: Collection[int]) -> KeyDiff | None:
    """The diff in which only the ``moved`` keys leave, move or arrive, or None when some
    other key changed place too."""
    in_old = {key: i for key in moved if (i := _position(old, key)) is not None}
    in_new = {key: i for key in moved if (i := _position(new, key)) is not None}
    if _without(old, in_old.values()) != _without(new, in_new.values()):
        return None
    left = sorted(i for key, i in in_old.items() if key not in in_new)
    came = sorted(i for key, i in in_new.items() if key not in in_old)
    target = _without(new, came)  # the keys once the moves are done, before insertions
    staying = sorted((key for key in in_new if key in in_old), key=target.index)
    moves = tuple((key, target[target.index(key) - 1] if target.index(key) else None)
                  for key in staying)
    return KeyDiff(tuple(reversed(_runs(left))), tuple(_runs(came)), moves)


def _without(keys: array[int], positions: Iterable[int]) -> array[int]:
    rest = array("q", keys)
    for i in sorted(positions, reverse=True):
        del rest[i]
    return rest


def _position(keys: array[int], key: int) -> int | None:
    try:
        return keys.index(key)
    except ValueError:
        return None


def _full_diff(old: Sequence[int], new: Sequence[int]) -> KeyDiff:
    old_set, new_set = set(old), set(new)
    removed = _runs(i for i, key in enumerate(old) if key not in new_set)
    kept_old = [key for key in old if key in new_set]
    kept = array("q", (key for key in new if key in old_set))
    inserted = _runs(i for i, key in enumerate(new) if key not in old_set)
    return KeyDiff(tuple(reversed(removed)), tuple(inserted),
                   reordered=kept.tolist() != kept_old, kept=kept)


def _runs(positions: Iterable[int]) -> list[Run]:
    runs: list[Run] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs
