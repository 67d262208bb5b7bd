"""The document a merged state shows, built without a view per record, and its records taken
without flattening it again, are what the general path (``record_view`` per record, then
``flatten`` of the document) gives, for any state: deleted, purged, conflicted and absent
records, several people, and the damaged states whose fields ``unflatten`` writes over."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import CaseState, RecordState, record_view
from fieldcase.domain.merge_model import DeleteMark, FieldState, PurgeMark, Version
from fieldcase.domain.records import Record, flatten, unflatten
from fieldcase.storage.record_state import document, document_and_stamps, encode_case

CASE = "0190f0f0-0000-7000-8000-000000000001"
IDS = [f"0190f0f0-0000-7000-8000-00000000001{n}" for n in range(6)]
STAMPS = [Stamp(1_796_000_000_000 + n, 0, node) for n, node in ((1, "a"), (2, "b"), (3, "a"))]
VALUES = ["Selam", "Tesfay", None, ["ti"], {"phone": None}, 24]
NAMES = ["given_name", "title", "stage", "text"]
DAMAGED_NAMES = ["id", "documents"]  # what the rules refuse, as a damaged state holds it
KINDS = ["person", "person", "note", "task", "identity_document", "case"]


def reference_document(case: CaseState) -> dict[str, Any] | None:
    """``record_state.document`` from a view of every record, as it was first written: the
    case record live, then the live records and the first person with any value (a person
    shows its last values whatever deletes say)."""
    views = {record_id: record_view(state) for record_id, state in case.records.items()}
    if case.purged is not None or case.case_id not in views \
            or views[case.case_id].status != "live":
        return None
    people = [Record(rid, "person", {name: f.heads[0].value
                                     for name, f in sorted(state.fields.items()) if f.heads})
              for rid, state in sorted(case.records.items())
              if state.kind == "person" and state.purged is None]
    people = [person for person in people if person.fields]
    if not people:
        return None
    shown = {rid: Record(rid, view.kind, dict(view.values)) for rid, view in sorted(views.items())
             if view.status == "live" and view.kind != "person"}
    return unflatten(case.case_id, {**shown, people[0].record_id: people[0]})


versions = st.builds(Version, st.sampled_from(VALUES), st.sampled_from(STAMPS),
                     st.sampled_from(["amina", "berhane"]))
fields = st.builds(
    FieldState,
    st.lists(versions, max_size=2, unique_by=lambda v: v.stamp).map(tuple),
    st.frozensets(st.sampled_from(STAMPS), max_size=1))


@st.composite
def records(draw: st.DrawFn, record_id: str, kind: str) -> RecordState:
    names = NAMES + (DAMAGED_NAMES if draw(st.integers(0, 4)) == 0 else [])
    if draw(st.booleans()):  # as its creator saved it (one version a field), or nearly
        version = draw(versions)
        chosen = {name: FieldState((Version(
            draw(st.sampled_from(VALUES)),
            draw(st.sampled_from([version.stamp, version.stamp, STAMPS[1]])),
            draw(st.sampled_from([version.author, version.author, "berhane"]))),))
            for name in draw(st.sets(st.sampled_from(names), min_size=1))}
    else:
        chosen = draw(st.dictionaries(st.sampled_from(names), fields, max_size=3))
    deletes = draw(st.sampled_from([(), (), (DeleteMark(STAMPS[2], "berhane",
                                                         frozenset(STAMPS[:2])),)]))
    purged = draw(st.sampled_from([None, None, None, None, PurgeMark(STAMPS[2], "dpo")]))
    return RecordState(record_id, CASE, kind, chosen, deletes,
                       draw(st.frozensets(st.sampled_from(STAMPS), max_size=1)), purged)


@st.composite
def cases(draw: st.DrawFn) -> CaseState:
    found = {CASE: draw(records(CASE, draw(st.sampled_from(["case"] * 5 + ["note"]))))}
    for record_id in draw(st.lists(st.sampled_from(IDS), max_size=5, unique=True)):
        found[record_id] = draw(records(record_id, draw(st.sampled_from(KINDS))))
    return CaseState(CASE, found)


@settings(max_examples=300, deadline=None)
@given(cases())
def test_the_document_and_its_stamps_are_the_general_paths(case: CaseState) -> None:
    try:
        expected = reference_document(case)
        flat = None if expected is None else flatten(expected)
    except (KeyError, ValueError, TypeError) as error:  # a state no rule lets through
        try:
            document_and_stamps(case)
        except type(error):
            return
        raise AssertionError("the general path raised, the fast one did not") from error
    assert document(case) == expected
    found = document_and_stamps(case)
    if expected is None or flat is None:
        assert found is None
        return
    assert found == (expected, encode_case(case, flat))


def test_a_field_unflatten_writes_over_is_stored_as_the_document_shows_it() -> None:
    """A person with a ``documents`` field (a damaged state): the document has no room for
    it, so its stamps entry keeps the field's version in full, as ``flatten(doc)`` says."""
    stamp = STAMPS[0]

    def state(record_id: str, kind: str, values: dict[str, object]) -> RecordState:
        return RecordState(record_id, CASE, kind, {
            name: FieldState((Version(value, stamp, "amina"),)) for name, value in values.items()})

    case = CaseState(CASE, {CASE: state(CASE, "case", {"stage": "transit"}),
                            IDS[0]: state(IDS[0], "person", {"given_name": "Selam",
                                                             "documents": "x"})})
    found = document_and_stamps(case)
    assert found is not None
    doc, stamps = found
    assert stamps == encode_case(case, flatten(doc))
    assert stamps[IDS[0]]["documents"] == {"h": [[stamp.encode(), "amina", "x"]]}


def test_one_stamp_by_two_authors_is_not_one_change() -> None:
    """Fields with one version each, one stamp, two authors (a reused stamp: a bug, but a
    stored one): no single token stands for them."""
    stamp = STAMPS[0]
    person = RecordState(IDS[0], CASE, "person", {
        "given_name": FieldState((Version("Selam", stamp, "amina"),)),
        "title": FieldState((Version("x", stamp, "berhane"),))})
    case_record = RecordState(CASE, CASE, "case", {
        "stage": FieldState((Version("transit", STAMPS[1], "amina"),))})
    case = CaseState(CASE, {CASE: case_record, IDS[0]: person})
    found = document_and_stamps(case)
    assert found is not None
    doc, stamps = found
    assert stamps == encode_case(case, flatten(doc))
    assert stamps[IDS[0]] == {"_": f"{stamp.encode()}|amina", "title": f"{stamp.encode()}|berhane"}
    assert stamps[CASE] == {"_": f"{STAMPS[1].encode()}|amina"}
