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
    for first, last in diff.inserted:
        keys[first:first] = new[first:last + 1]
    return keys


@given(st.lists(st.integers(0, 60), unique=True), st.lists(st.integers(0, 60), unique=True))
def test_applying_a_diff_gives_the_new_keys(old: list[int], new: list[int]) -> None:
    diff = diff_keys(array("q", old), array("q", new))
    assert apply(old, diff, new) == new
    assert bool(diff) == (old != new)


def test_one_row_moving_up_is_a_reorder_without_removals_or_insertions() -> None:
    diff = diff_keys(array("q", [5, 4, 3, 2, 1]), array("q", [2, 5, 4, 3, 1]))
    assert (diff.removed, diff.inserted, diff.reordered) == ((), (), True)
    assert diff.runs == 1


def test_runs_are_contiguous_and_removals_come_last_first() -> None:
    diff = diff_keys(array("q", [1, 2, 3, 4, 5, 6]), array("q", [0, 1, 4, 7, 8, 6]))
    assert diff.removed == ((4, 4), (1, 2))
    assert diff.inserted == ((0, 0), (3, 4))
    assert not diff.reordered
