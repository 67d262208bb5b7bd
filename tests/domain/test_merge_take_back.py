"""Taking back a refused change: the state is as if it had never been applied here, as far as
anything shown or merged later can tell."""

from __future__ import annotations

from fieldcase.domain.merge import (
    CaseState,
    Change,
    RecordState,
    apply_to_case,
    delete_change,
    record_conflicts,
    record_view,
    replaced_versions,
    take_back,
)

from .test_merge import CASE, NOTE, PERSON, at, edit, fold, new_id


def case_of(*records: RecordState) -> CaseState:
    return CaseState(CASE, {r.record_id: r for r in records})


def refused(state: RecordState, change: Change) -> CaseState:
    """Apply ``change`` locally, then take it back with what it replaced."""
    previous = replaced_versions(state, change)
    return take_back(apply_to_case(case_of(state), change), change, previous)


def test_a_refused_edit_shows_the_value_it_replaced_again() -> None:
    base = fold(edit(None, {"age_estimate": 30, "sex": "male"}, 1))
    mine = edit(base, {"age_estimate": 31}, 5)
    after = refused(base, mine).records[PERSON]
    assert record_view(after).values == {"age_estimate": 30, "sex": "male"}
    assert mine.stamp in after.fields["age_estimate"].superseded, "never comes back"


def test_after_a_take_back_an_edit_based_on_the_servers_value_merges_cleanly() -> None:
    base = fold(edit(None, {"age_estimate": 30}, 1))
    mine = edit(base, {"age_estimate": 31}, 5, node="me")
    theirs = edit(base, {"age_estimate": 33}, 7, node="them")
    here = apply_to_case(refused(base, mine), theirs).records[PERSON]
    there = fold(theirs, state=base)
    assert record_view(here).values == record_view(there).values == {"age_estimate": 33}
    assert not record_conflicts(here)


def test_a_refused_edit_concurrent_with_a_pulled_one_leaves_the_pulled_one() -> None:
    base = fold(edit(None, {"age_estimate": 30}, 1))
    mine = edit(base, {"age_estimate": 31}, 5, node="me")
    theirs = edit(base, {"age_estimate": 33}, 7, node="them")
    both = apply_to_case(apply_to_case(case_of(base), mine), theirs)
    assert record_conflicts(both.records[PERSON])
    after = take_back(both, mine, replaced_versions(base, mine)).records[PERSON]
    assert record_view(after).values == {"age_estimate": 33}
    assert not record_conflicts(after)


def test_a_refused_new_record_goes() -> None:
    person = fold(edit(None, {"age_estimate": 30}, 1))
    note = edit(None, {"text": "too long", "confidential": False}, 5, record=NOTE, kind="note")
    case = apply_to_case(case_of(person), note)
    assert NOTE not in take_back(case, note, {}).records


def test_a_refused_delete_brings_the_record_back() -> None:
    task_id = new_id()
    task = fold(edit(None, {"title": "call back"}, 1, record=task_id, kind="task"))
    gone = delete_change(task, change_id=new_id(), stamp=at(5), author="user-aa")
    case = apply_to_case(case_of(task), gone)
    assert record_view(case.records[task_id]).status == "deleted"
    back = take_back(case, gone, {}).records[task_id]
    assert record_view(back).status == "live"
    assert record_view(back).values == {"title": "call back"}


def test_an_edit_a_later_one_replaced_is_not_taken_back_twice() -> None:
    base = fold(edit(None, {"age_estimate": 30}, 1))
    first = edit(base, {"age_estimate": 31}, 5)
    middle = fold(first, state=base)
    second = edit(middle, {"age_estimate": 32}, 6)
    case = apply_to_case(apply_to_case(case_of(base), first), second)
    after = take_back(case, first, replaced_versions(base, first))
    assert record_view(after.records[PERSON]).values == {"age_estimate": 32}
