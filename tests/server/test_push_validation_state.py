"""The push check on its own (``server.push_validation.refuse_invalid``): how it treats records
stored before it existed, and what it does not look at."""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import CaseState, Change, Rejection, apply_batch, edit_change
from fieldcase.server.push_validation import refuse_invalid

TODAY = date(2026, 11, 30)

STAMP = Stamp(1_780_000_000_000, 1, "laptop-1")
CASE = "0197aaaa-0000-7000-8000-00000000000a"
PERSON = "0197aaaa-0000-7000-8000-00000000000b"


def change(n: int, fields: dict[str, Any], state: CaseState | None = None) -> Change:
    record = state.records.get(PERSON) if state is not None else None
    return edit_change(record, fields, change_id=f"0197aaaa-0000-7000-8000-0000000001{n:02d}",
                       case_id=CASE, record_id=PERSON, kind="person",
                       stamp=Stamp(STAMP.wall_ms, STAMP.counter + n, STAMP.node), author="a")


def test_an_edit_of_a_record_stored_broken_is_judged_on_what_it_adds() -> None:
    """A person stored without a nationality (before this check) can still be edited, and
    mended; an edit that adds a problem of its own is refused."""
    broken = apply_batch({}, [change(0, {"given_name": "Abebe", "sex": "male"})],
                         seen=set()).cases
    fine = change(1, {"family_name": "Kebede"}, broken[CASE])
    mend = change(2, {"nationality": "ETH"}, broken[CASE])
    worse = change(3, {"age_estimate": "old"}, broken[CASE])
    kept, refused = refuse_invalid([fine, mend, worse], broken, seen=set(), today=TODAY)
    assert kept == [fine, mend]
    assert [(r.change_id, r.reason) for r in refused] == [
        (worse.change_id, "invalid.age_estimate.type")]


def test_changes_applied_before_deletes_and_purges_pass_unchecked() -> None:
    state = apply_batch({}, [change(0, {"given_name": "Abebe", "sex": "male",
                                         "nationality": "ETH"})], seen=set()).cases
    again = change(4, {"sex": "robot"}, state[CASE])  # a change id the feed already holds
    kept, refused = refuse_invalid([again], state, seen={again.change_id}, today=TODAY)
    assert (kept, refused) == ([again], [])


def test_a_batch_is_judged_in_order_on_the_record_its_earlier_changes_left() -> None:
    """A person made and edited in one push: the edit is judged on the person as made; a
    person refused as made does not exist for the edits after it."""
    whole = {"given_name": "Abebe", "sex": "male", "nationality": "ETH"}
    made = change(0, whole)
    state = apply_batch({}, [made], seen=set()).cases
    edit, nulled = change(1, {"family_name": "Kebede"}, state[CASE]), change(
        2, {"sex": None}, state[CASE])
    assert refuse_invalid([made, edit, nulled], {}, seen=set(), today=TODAY) == (
        [made, edit], [Rejection(nulled.change_id, "invalid.sex.type")])
    partial = change(3, {"given_name": "Abebe"})
    completing = change(4, {"sex": "male", "nationality": "ETH"})
    kept, refused = refuse_invalid([partial, completing], {}, seen=set(), today=TODAY)
    assert kept == []
    assert [r.reason for r in refused] == ["invalid.sex.required", "invalid.given_name.required"]
