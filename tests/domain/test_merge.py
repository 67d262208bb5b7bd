"""The merge rules, one small story each, then order-independence over random histories."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.ids import uuid7
from fieldcase.domain.merge import (
    CaseState,
    Change,
    Conflict,
    FieldEdit,
    MergeError,
    RecordState,
    apply_batch,
    apply_to_case,
    apply_to_record,
    case_conflicts,
    delete_change,
    edit_change,
    purge_change,
    record_conflicts,
    record_view,
    resolve_edit_vs_delete,
    resolve_field,
)

_counter = itertools.count(1)


def new_id(ms: int = 1_700_000_000_000) -> str:
    return uuid7(ms, next(_counter).to_bytes(10, "big"))


CASE = new_id()
PERSON = new_id()
NOTE = new_id()


def at(ms: int, node: str = "aa") -> Stamp:
    return Stamp(1_700_000_000_000 + ms, 0, node)


def edit(state: RecordState | None, values: dict[str, object], ms: int, node: str = "aa",
         record: str = PERSON, kind: str = "person") -> Change:
    return edit_change(state, values, change_id=new_id(), case_id=CASE, record_id=record,
                       kind=kind, stamp=at(ms, node), author=f"user-{node}")


def fold(*changes: Change, state: RecordState | None = None) -> RecordState:
    for change in changes:
        state = apply_to_record(state, change)
    assert state is not None
    return state


def orders(*changes: Change) -> list[RecordState]:
    """The state after every delivery order, each change delivered twice."""
    return [fold(*order, *order) for order in itertools.permutations(changes)]


def the_state(*changes: Change) -> RecordState:
    states = orders(*changes)
    assert all(s == states[0] for s in states), "delivery order changed the outcome"
    return states[0]


BASE = edit(None, {"given_name": "Amina", "sex": "female", "age_estimate": 30}, 0)
BASE_STATE = fold(BASE)


def test_one_side_changed_takes_it_in_any_order() -> None:
    change = edit(BASE_STATE, {"age_estimate": 31}, 10, "bb")
    state = the_state(BASE, change)
    assert record_view(state).values["age_estimate"] == 31
    assert record_conflicts(state) == ()


def test_a_sequence_of_edits_on_one_device_never_conflicts() -> None:
    first = edit(BASE_STATE, {"age_estimate": 31}, 10)
    second = edit(fold(BASE, first), {"age_estimate": 32}, 20)
    state = the_state(BASE, first, second)
    assert record_view(state).values["age_estimate"] == 32
    assert record_conflicts(state) == ()


def test_both_changed_to_the_same_value_is_no_conflict_and_keeps_the_greater_stamp() -> None:
    a = edit(BASE_STATE, {"age_estimate": 33}, 10, "aa")
    b = edit(BASE_STATE, {"age_estimate": 33}, 20, "bb")
    state = the_state(BASE, a, b)
    assert record_conflicts(state) == ()
    assert record_view(state).versions["age_estimate"].stamp == at(20, "bb")
    # A later edit on a device that holds both settles both.
    c = edit(state, {"age_estimate": 34}, 30, "cc")
    assert set(c.fields["age_estimate"].bases) == {a.stamp, b.stamp}
    assert [h.value for h in the_state(BASE, a, b, c).fields["age_estimate"].heads] == [34]


def test_both_changed_differently_is_one_conflict_with_a_deterministic_winner() -> None:
    a = edit(BASE_STATE, {"age_estimate": 31}, 20, "aa")
    b = edit(BASE_STATE, {"age_estimate": 35}, 10, "bb")
    state = the_state(BASE, a, b)
    (conflict,) = record_conflicts(state)
    assert (conflict.conflict_kind, conflict.field) == ("field", "age_estimate")
    assert [(s.value, s.author) for s in conflict.sides] == [(31, "user-aa"), (35, "user-bb")]
    assert conflict.winner.value == 31 == record_view(state).values["age_estimate"]
    # Other fields of the record are untouched by the conflict.
    assert record_view(state).values["given_name"] == "Amina"


def test_equal_wall_times_break_the_tie_by_node_id() -> None:
    a = edit(BASE_STATE, {"sex": "unknown"}, 10, "aa")
    b = edit(BASE_STATE, {"sex": "male"}, 10, "zz")
    (conflict,) = record_conflicts(the_state(BASE, a, b))
    assert conflict.winner.value == "male"


def test_a_resolution_clears_the_conflict_everywhere_whatever_arrives_first() -> None:
    a = edit(BASE_STATE, {"age_estimate": 31}, 20, "aa")
    b = edit(BASE_STATE, {"age_estimate": 35}, 10, "bb")
    (conflict,) = record_conflicts(fold(BASE, a, b))
    fix = resolve_field(conflict, 35, change_id=new_id(), stamp=at(30, "cc"), author="sup")
    assert set(fix.fields["age_estimate"].bases) == {a.stamp, b.stamp}
    state = the_state(BASE, a, b, fix)
    assert record_conflicts(state) == ()
    assert record_view(state).values["age_estimate"] == 35


def test_an_edit_concurrent_with_a_resolution_reopens_a_conflict() -> None:
    a = edit(BASE_STATE, {"age_estimate": 31}, 20, "aa")
    b = edit(BASE_STATE, {"age_estimate": 35}, 10, "bb")
    (conflict,) = record_conflicts(fold(BASE, a, b))
    fix = resolve_field(conflict, 35, change_id=new_id(), stamp=at(30, "cc"), author="sup")
    late = edit(fold(BASE, a), {"age_estimate": 40}, 25, "aa")  # aa never saw b or the fix
    (again,) = record_conflicts(the_state(BASE, a, b, fix, late))
    assert {s.value for s in again.sides} == {35, 40}


def test_three_concurrent_edits_make_one_conflict_with_three_sides() -> None:
    edits = [edit(BASE_STATE, {"age_estimate": 31 + i}, 10 + i, node)
             for i, node in enumerate(("aa", "bb", "cc"))]
    conflicts = record_conflicts(the_state(BASE, *edits))
    assert len(conflicts) == 1 and len(conflicts[0].sides) == 3


def test_append_only_kinds_never_conflict() -> None:
    note = edit(None, {"text": "first visit", "confidential": False}, 5, record=NOTE,
                kind="note")
    odd = edit(None, {"text": "retyped", "confidential": False}, 6, "bb", record=NOTE,
               kind="note")
    state = the_state(note, odd)
    assert record_conflicts(state) == ()
    assert record_view(state).values["text"] == "retyped"


def test_a_delete_that_saw_everything_deletes() -> None:
    gone = delete_change(BASE_STATE, change_id=new_id(), stamp=at(10, "bb"), author="u")
    state = the_state(BASE, gone)
    assert record_view(state).status == "deleted"
    assert record_view(state).tombstone is not None
    assert record_conflicts(state) == ()


def test_an_edit_concurrent_with_a_delete_resurrects_the_record_with_a_conflict() -> None:
    gone = delete_change(BASE_STATE, change_id=new_id(), stamp=at(20, "bb"), author="u")
    # Stamped before the delete, but made without seeing it: still not silently lost.
    early = edit(BASE_STATE, {"age_estimate": 31}, 10, "aa")
    state = the_state(BASE, gone, early)
    view = record_view(state)
    assert view.status == "live"
    assert view.values == {"given_name": "Amina", "sex": "female", "age_estimate": 31}
    (conflict,) = record_conflicts(state)
    assert conflict.conflict_kind == "edit_vs_delete"
    assert [s.deleted for s in conflict.sides] == [True, False]
    assert conflict.winner.value == {"age_estimate": 31}


def test_edit_vs_delete_resolutions_keep_or_delete_in_any_order() -> None:
    gone = delete_change(BASE_STATE, change_id=new_id(), stamp=at(20, "bb"), author="u")
    later = edit(BASE_STATE, {"age_estimate": 31}, 30, "aa")
    state = fold(BASE, gone, later)
    (conflict,) = record_conflicts(state)
    keep = resolve_edit_vs_delete(conflict, state, keep=True, change_id=new_id(),
                                  stamp=at(40, "cc"), author="sup")
    kept = the_state(BASE, gone, later, keep)
    assert record_view(kept).status == "live" and record_conflicts(kept) == ()
    drop = resolve_edit_vs_delete(conflict, state, keep=False, change_id=new_id(),
                                  stamp=at(40, "cc"), author="sup")
    dropped = the_state(BASE, gone, later, drop)
    assert record_view(dropped).status == "deleted" and record_conflicts(dropped) == ()


def test_a_delete_of_an_append_only_entry_wins_without_conflict() -> None:
    note = edit(None, {"text": "x", "confidential": False}, 5, record=NOTE, kind="note")
    gone = delete_change(fold(note), change_id=new_id(), stamp=at(6), author="u")
    assert record_view(the_state(note, gone)).status == "deleted"


def test_a_purge_wins_always_and_keeps_no_content() -> None:
    a = edit(BASE_STATE, {"age_estimate": 31}, 20, "aa")
    b = edit(BASE_STATE, {"age_estimate": 35}, 10, "bb")
    erase = purge_change(change_id=new_id(), case_id=CASE, record_id=PERSON, kind="person",
                         stamp=at(5, "cc"), author="dpo")
    state = the_state(BASE, a, b, erase)
    assert state.fields == {} and state.deletes == ()
    assert record_view(state).status == "purged"
    assert record_conflicts(state) == ()
    with pytest.raises(MergeError) as raised:
        edit(state, {"age_estimate": 40}, 50)
    assert raised.value.rule == "purged"


def test_purging_the_case_record_erases_every_record_of_the_case() -> None:
    case = CaseState(CASE)
    erase = purge_change(change_id=new_id(), case_id=CASE, record_id=CASE, kind="case",
                         stamp=at(50), author="dpo")
    after = apply_to_case(apply_to_case(case, BASE), erase)
    assert after.records == {} and after.purged is not None
    assert apply_to_case(after, edit(BASE_STATE, {"sex": "male"}, 60)) == after


def test_a_change_for_the_wrong_kind_or_case_is_refused() -> None:
    wrong = Change(new_id(), CASE, PERSON, "case", "upsert", at(9), "u",
                   {"site": FieldEdit("X-01")})
    with pytest.raises(MergeError) as raised:
        apply_to_record(BASE_STATE, wrong)
    assert raised.value.rule == "kind_mismatch"
    other_case = Change(new_id(), new_id(), PERSON, "person", "upsert", at(9), "u",
                        {"sex": FieldEdit("male")})
    with pytest.raises(MergeError) as raised:
        apply_to_case(CaseState(CASE), other_case)
    assert raised.value.rule == "case_mismatch"


@pytest.mark.parametrize(("op", "fields", "supersedes"), [
    ("delete", {"sex": FieldEdit("male")}, ()),
    ("purge", {}, (Stamp(1, 0, "aa"),)),
    ("upsert", {}, ()),
    ("rename", {}, ()),
])
def test_malformed_changes_are_refused_at_construction(
    op: str, fields: dict[str, FieldEdit], supersedes: tuple[Stamp, ...]
) -> None:
    with pytest.raises(MergeError) as raised:
        Change(new_id(), CASE, PERSON, "person", op, at(1), "u",  # type: ignore[arg-type]
               fields, supersedes)
    assert raised.value.rule == "malformed"


def test_apply_batch_is_idempotent_by_change_id_and_reports_conflicts() -> None:
    a = edit(BASE_STATE, {"age_estimate": 31}, 20, "aa")
    b = edit(BASE_STATE, {"age_estimate": 35}, 10, "bb")
    wrong = Change(new_id(), CASE, PERSON, "case", "upsert", at(9), "u",
                   {"site": FieldEdit("X-01")})
    first = apply_batch({}, [BASE, a, wrong, b, a], seen=set())
    assert [c.change_id for c in first.applied] == [BASE.change_id, a.change_id, b.change_id]
    assert first.duplicates == (a.change_id,)
    assert [(r.change_id, r.reason) for r in first.rejected] == [(wrong.change_id,
                                                                  "kind_mismatch")]
    (opened,) = first.opened
    assert opened.field == "age_estimate"
    again = apply_batch(first.cases, [a, b], seen={c.change_id for c in first.applied})
    assert again.applied == () and again.cases == {}  # nothing touched
    assert again.acknowledged == (a.change_id, b.change_id)
    fix = resolve_field(opened, 31, change_id=new_id(), stamp=at(40), author="sup")
    settled = apply_batch(first.cases, [fix], seen=set())
    assert [c.conflict_id for c in settled.closed] == [opened.conflict_id]
    assert case_conflicts(settled.cases[CASE]) == ()


def test_conflict_ids_are_derived_from_the_versions() -> None:
    a = edit(BASE_STATE, {"age_estimate": 31}, 20, "aa")
    b = edit(BASE_STATE, {"age_estimate": 35}, 10, "bb")
    (one,) = record_conflicts(fold(BASE, a, b))
    (two,) = record_conflicts(fold(b, a, BASE))
    assert one.conflict_id == two.conflict_id and len(one.conflict_id) == 32
    with pytest.raises(MergeError):
        Conflict("field", CASE, PERSON, "person", "sex", one.sides[:1])


# Order independence over random histories ------------------------------------------------

_FIELDS = ("given_name", "sex", "age_estimate")


@st.composite
def histories(draw: st.DrawFn) -> list[Change]:
    """Changes made by three devices that each see a random subset of earlier changes."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    made = [BASE]
    for step in range(draw(st.integers(1, 12))):
        node = rng.choice(("aa", "bb", "cc"))
        seen = [c for c in made if rng.random() < 0.6 or c is BASE]
        state = fold(*seen)
        if record_view(state).status == "purged":
            continue
        roll = rng.random()
        stamp = at(100 + step * 10 + rng.randrange(5), node)
        if roll < 0.7:
            values = {f: rng.choice(("x", "y", 1)) for f in rng.sample(_FIELDS, 2)}
            made.append(edit_change(state, values, change_id=new_id(), case_id=CASE,
                                    record_id=PERSON, kind="person", stamp=stamp, author=node))
        elif roll < 0.85 and record_view(state).status == "live":
            made.append(delete_change(state, change_id=new_id(), stamp=stamp, author=node))
        elif roll < 0.9:
            made.append(purge_change(change_id=new_id(), case_id=CASE, record_id=PERSON,
                                     kind="person", stamp=stamp, author=node))
        elif conflicts := record_conflicts(state):
            made.append(resolve_field(conflicts[0], "z", change_id=new_id(), stamp=stamp,
                                      author=node) if conflicts[0].field else
                        resolve_edit_vs_delete(conflicts[0], state, keep=rng.random() < 0.5,
                                               change_id=new_id(), stamp=stamp, author=node))
    return made


@settings(max_examples=150, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_any_delivery_order_with_duplicates_gives_the_same_state(
    changes: list[Change], rng: random.Random
) -> None:
    expected = fold(*changes)
    shuffled = changes + rng.sample(changes, k=len(changes) // 2)
    rng.shuffle(shuffled)
    assert fold(*shuffled) == expected
    assert record_conflicts(fold(*shuffled)) == record_conflicts(expected)
