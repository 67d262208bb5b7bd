"""The in-place update of a list of keys: applied step by step, it ends at the new keys."""

from __future__ import annotations

from array import array

from hypothesis import given
from hypothesis import strategies as st

from fieldcase.ui.key_diff import KeyDiff, diff_keys


def apply(old: list[int], diff: KeyDiff, new: list[int]) -> list[int]:
    """What ``CaseListModel._apply`` does to its keys, in the same order."""
    keys = list(old)
    for first, last in diff.removed:
        del keys[first:last + 1]
    if diff.reordered:
        assert sorted(keys) == sorted(diff.kept)
        keys = list(diff.kept)
    for key, after in diff.moves:
        keys.remove(key)
        keys.insert(0 if after is None else keys.index(after) + 1, key)
    for first, last in diff.inserted:
        keys[first:first] = new[first:last + 1]
    return keys


@given(st.lists(st.integers(0, 60), unique=True), st.lists(st.integers(0, 60), unique=True),
       st.sets(st.integers(0, 60), max_size=8))
def test_applying_a_diff_gives_the_new_keys(old: list[int], new: list[int],
                                            named: set[int]) -> None:
    """Whatever the change named — the keys that moved, some of them, others — the diff
    applied step by step ends at the new keys."""
    for moved in ((), named, set(old) ^ set(new) | named):
        diff = diff_keys(array("q", old), array("q", new), moved)
        assert apply(old, diff, new) == new
        assert bool(diff) == (old != new)


def test_a_named_key_moving_to_the_top_of_a_long_list_is_taken_out_and_put_back() -> None:
    old = array("q", range(100_000, 0, -1))
    new = array("q", old)
    new.insert(0, new.pop(60_000))
    diff = diff_keys(old, new, {old[60_000]})
    assert (diff.removed, diff.inserted, diff.reordered) == ((), (), False)
    assert diff.moves == ((old[60_000], None),)
    assert diff_keys(old, new, {old[5]}).reordered  # the hint missed: the full comparison


def test_named_keys_leave_move_and_arrive() -> None:
    old = array("q", [9, 8, 7, 6, 5, 4])
    new = array("q", [10, 5, 9, 8, 6, 4])  # 10 arrives, 5 moves up, 7 leaves
    diff = diff_keys(old, new, {10, 5, 7})
    assert diff.removed == ((2, 2),) and diff.inserted == ((0, 0),)
    assert diff.moves == ((5, None),)
    assert apply(list(old), diff, list(new)) == list(new)


def test_one_row_moving_up_is_a_reorder_without_removals_or_insertions() -> None:
    diff = diff_keys(array("q", [5, 4, 3, 2, 1]), array("q", [2, 5, 4, 3, 1]))
    assert (diff.removed, diff.inserted, diff.reordered) == ((), (), True)
    assert diff.runs == 1


def test_runs_are_contiguous_and_removals_come_last_first() -> None:
    """The full comparison (no key named)."""
    diff = diff_keys(array("q", [1, 2, 3, 4, 5, 6]), array("q", [0, 1, 4, 7, 8, 6]))
    assert diff.removed == ((4, 4), (1, 2))
    assert diff.inserted == ((0, 0), (3, 4))
    assert not diff.reordered
