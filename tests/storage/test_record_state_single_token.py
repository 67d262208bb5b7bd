"""The short encoding of a record saved by one change (``{"_": "hlc|author"}``) is taken only
when the general encoding would arrive at the same entry."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import DeleteMark, FieldState, PurgeMark, RecordState, Version
from fieldcase.domain.records import Record
from fieldcase.storage.record_state import (
    DEFAULT,
    _encode_any,
    _single_token,
    decode_record,
    encode_record,
)

CASE = "0190f0f0-0000-7000-8000-000000000001"
RECORD = "0190f0f0-0000-7000-8000-000000000002"
STAMPS = [Stamp(1_796_000_000_000 + n, 0, node) for n, node in ((1, "a"), (2, "b"), (3, "a"))]
AUTHORS = ["amina", "berhane"]
VALUES = ["Selam", "Tesfay", None, ["ti"], {"phone": None}, 24]
NAMES = ["given_name", "family_name", "languages", "age_estimate"]


def created(values: dict[str, object], stamp: Stamp = STAMPS[0], author: str = "amina"
            ) -> RecordState:
    return RecordState(RECORD, CASE, "person",
                       {name: FieldState((Version(value, stamp, author),))
                        for name, value in values.items()})


def test_a_record_as_its_creator_saved_it_is_one_token() -> None:
    values = {"given_name": "Selam", "languages": ["ti"], "age_estimate": None}
    state = created(values)
    shown = Record(RECORD, "person", {name: list(v) if isinstance(v, list) else v
                                      for name, v in values.items()})
    token = f"{STAMPS[0].encode()}|amina"
    assert _single_token(state, shown) == token
    assert encode_record(state, shown) == _encode_any(state, shown) == {DEFAULT: token}
    assert decode_record(CASE, RECORD, shown, encode_record(state, shown)) == state


versions = st.builds(Version, st.sampled_from(VALUES), st.sampled_from(STAMPS),
                     st.sampled_from(AUTHORS))
fields = st.builds(
    FieldState,
    st.lists(versions, min_size=1, max_size=2, unique_by=lambda v: v.stamp).map(tuple),
    st.frozensets(st.sampled_from(STAMPS), max_size=1))


@st.composite
def record_and_document(draw: st.DrawFn) -> tuple[RecordState, Record | None]:
    chosen = draw(st.dictionaries(st.sampled_from(NAMES), fields, max_size=4))
    if draw(st.booleans()):  # most records: one change set every field (or nearly)
        stamp, author = draw(st.sampled_from(STAMPS)), draw(st.sampled_from(AUTHORS))
        chosen = {name: FieldState((Version(
            f.heads[0].value, draw(st.sampled_from([stamp, stamp, STAMPS[1]])),
            draw(st.sampled_from([author, author, "berhane"]))),)) for name, f in chosen.items()}
    deletes = draw(st.sampled_from([(), (DeleteMark(STAMPS[2], "berhane", frozenset()),)]))
    purged = draw(st.sampled_from([None, None, None, PurgeMark(STAMPS[2], "dpo")]))
    state = RecordState(RECORD, CASE, draw(st.sampled_from(["person", "person", "note"])),
                        chosen, deletes, draw(st.frozensets(st.sampled_from(STAMPS),
                                                            max_size=1)), purged)
    if draw(st.integers(0, 5)) == 0:
        return state, None
    shown = {name: f.heads[0].value for name, f in chosen.items()}
    change = draw(st.sampled_from(["as is", "as is", "extra", "missing", "changed", "other"]))
    if change == "changed" and shown:
        shown[draw(st.sampled_from(sorted(shown)))] = draw(st.sampled_from(VALUES))
    elif change == "extra":
        shown[draw(st.sampled_from(NAMES))] = draw(st.sampled_from(VALUES))
    elif change == "missing" and shown:
        shown.pop(draw(st.sampled_from(sorted(shown))))
    elif change == "other":
        shown = draw(st.dictionaries(st.sampled_from(NAMES), st.sampled_from(VALUES),
                                     max_size=4))
    return state, Record(RECORD, "person", shown)


@settings(max_examples=500, deadline=None)
@given(record_and_document())
def test_the_short_entry_is_the_general_entry(pair: tuple[RecordState, Record | None]) -> None:
    state, shown = pair
    assert encode_record(state, shown) == _encode_any(state, shown)
