"""Confidential parts in pulls and pushes, on SQLite and PostgreSQL: site intake is never sent
identity documents, confidential notes or document scans (whole-case histories, feed entries,
conflicts); they reach a worker once the case is assigned to them; a part that leaves a
device's view makes the device purge the case and receive it again without the part."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import sqlalchemy as sa

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import Change, edit_change
from fieldcase.domain.policy import Role
from fieldcase.server.sync_authz import NOT_FOUND, CaseFacts, Directory, authorize
from fieldcase.server.sync_state import CaseScope, confidential_records
from fieldcase.server.sync_store import DeviceUser
from fieldcase.sync.protocol import PullResponse

from .sync_harness import Device, World, make_world


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


@dataclass
class IntakeCase:
    """An unassigned case at LAMP-01 made by the team's supervisor, with one record of each
    kind that matters (ids by name)."""

    case_id: str
    ids: dict[str, str]

    @property
    def secret(self) -> set[str]:
        return {self.ids[n] for n in ("identity", "confidential_note", "scan")}

    @property
    def open(self) -> set[str]:
        return {self.case_id, *(self.ids[n] for n in ("person", "plain_note", "photo"))}


def make_intake_case(sara: Device) -> IntakeCase:
    case_id, made = sara.new_case(assigned_to=None)
    ids = {"person": made[1].record_id}
    specs = {
        "identity": ("identity_document", {"number": "Canary-Doc"}),
        "confidential_note": ("note", {"text": "Canary-Secret", "confidential": True}),
        "plain_note": ("note", {"text": "Arrived at the shelter", "confidential": False}),
        "scan": ("attachment", {"kind": "document_scan"}),
        "photo": ("attachment", {"kind": "photo"}),
    }
    for name, (kind, values) in specs.items():
        ids[name] = sara.ids()
        made.append(sara.make(case_id, kind, values, record_id=ids[name]))
    assert sara.push(made).rejected == ()
    return IntakeCase(case_id, ids)


def held(device: Device, case_id: str) -> set[str]:
    case = device.cases.get(case_id)
    return set(case.records) if case is not None else set()


def sent_records(answers: list[PullResponse]) -> set[str]:
    return {c.record_id for a in answers for c in (*a.entries, *a.purges)}


def test_site_intake_gets_neither_the_history_nor_feed_entries_of_confidential_parts(
        world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case = make_intake_case(sara)
    first = bilal.pull_all()  # the case enters bilal's scope: its history, redacted
    assert held(bilal, case.case_id) == case.open
    assert not sent_records(first) & case.secret

    later = sara.ids()  # feed entries: a new confidential note, an edit of the ID document
    changes = [sara.make(case.case_id, "note", {"text": "Canary-2", "confidential": True},
                         record_id=later),
               sara.edit(case.case_id, case.ids["identity"], "identity_document",
                         {"number": "Canary-Doc-2"})]
    assert sara.push(changes).rejected == ()
    answers = bilal.pull_all()
    assert sent_records(answers) == set()
    assert all(a.out_of_scope == () for a in answers)  # nothing to reset: nothing was seen
    assert held(bilal, case.case_id) == case.open

    sara_view = world.enrol("sara", "Second laptop")  # the team's supervisor sees everything
    sara_view.pull_all()
    assert held(sara_view, case.case_id) == case.open | case.secret | {later}


def test_conflicts_on_confidential_parts_are_not_sent_to_intake(world: World) -> None:
    sara, sara_desk = world.enrol("sara"), world.enrol("sara", "Office desktop")
    bilal = world.enrol("bilal")
    case = make_intake_case(sara)
    sara_desk.pull_all()
    bilal.pull_all()
    doc, person = case.ids["identity"], case.ids["person"]  # notes are append-only: no conflicts
    for record, kind, name in ((doc, "identity_document", "number"),
                               (person, "person", "given_name")):
        sara.push([sara.edit(case.case_id, record, kind, {name: "Canary-A"})])
        opened = sara_desk.push([sara_desk.edit(case.case_id, record, kind, {name: "Canary-B"})])
        assert opened.conflicts
    answers = bilal.pull_all()
    sent = {c.record_id for a in answers for c in a.conflicts}
    assert sent == {person}


def test_assignment_brings_the_withheld_parts_and_unassignment_takes_them_back(
        world: World) -> None:
    sara, bilal, amina = world.enrol("sara"), world.enrol("bilal"), world.enrol("amina")
    case = make_intake_case(sara)
    bilal.pull_all()
    amina.pull_all()
    assert held(bilal, case.case_id) == case.open

    sara.push([sara.edit(case.case_id, case.case_id, "case", {"assigned_to": "bilal"})])
    bilal.pull_all()  # the case stayed in scope, but its confidential parts came into view
    assert held(bilal, case.case_id) == case.open | case.secret
    assert bilal.cases[case.case_id] == sara.cases[case.case_id]
    assert amina.pull_all()[0].out_of_scope == (case.case_id,)

    sara.push([sara.edit(case.case_id, case.case_id, "case", {"assigned_to": None})])
    reset = bilal.pull()  # intake again: purge the case ...
    assert reset.out_of_scope == (case.case_id,) and reset.entries == ()
    assert case.case_id not in bilal.cases
    bilal.pull_all()  # ... and receive it again without its confidential parts
    assert held(bilal, case.case_id) == case.open
    amina.pull_all()
    assert held(amina, case.case_id) == case.open


def test_a_note_made_confidential_after_it_was_sent_leaves_the_intake_device(
        world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case = make_intake_case(sara)
    bilal.pull_all()
    plain = case.ids["plain_note"]
    assert plain in held(bilal, case.case_id)

    sara.push([sara.edit(case.case_id, plain, "note", {"confidential": True})])
    lost = bilal.pull_raw()  # the answer is lost: the device pulls again from its old cursor
    assert lost.status_code == 200
    reset = bilal.pull()
    assert reset.out_of_scope == (case.case_id,)
    assert plain not in {c.record_id for c in reset.entries}
    bilal.pull_all()
    assert held(bilal, case.case_id) == case.open - {plain}

    sara.push([sara.edit(case.case_id, plain, "note", {"confidential": False})])
    answers = bilal.pull_all()  # back in view: sent whole again, no purge needed
    assert all(a.out_of_scope == () for a in answers)
    assert held(bilal, case.case_id) == case.open
    assert bilal.value(case.case_id, plain, "text") == "Arrived at the shelter"


def test_a_scan_relabelled_as_a_photo_reaches_intake_and_a_photo_made_a_scan_leaves(
        world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case = make_intake_case(sara)
    bilal.pull_all()
    scan, photo = case.ids["scan"], case.ids["photo"]
    sara.push([sara.edit(case.case_id, scan, "attachment", {"kind": "photo"}),
               sara.edit(case.case_id, photo, "attachment", {"kind": "document_scan"})])
    answers = bilal.pull_all()
    assert answers[0].out_of_scope == (case.case_id,)
    assert held(bilal, case.case_id) == case.open - {photo} | {scan}


def test_new_records_of_a_held_case_cause_no_purge(world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case = make_intake_case(sara)
    bilal.pull_all()
    made = [sara.make(case.case_id, "note", {"text": "x", "confidential": True}),
            sara.make(case.case_id, "note", {"text": "y", "confidential": False})]
    sara.push(made)
    answers = bilal.pull_all()
    assert all(a.out_of_scope == () for a in answers)
    assert sent_records(answers) == {made[1].record_id}


def test_a_refresh_that_does_not_fit_follows_in_the_next_pull(world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case = make_intake_case(sara)
    other, made = sara.new_case(assigned_to=None)
    sara.push(made)
    bilal.pull_all()
    filler = [sara.make(other, "note", {"text": str(i)}) for i in range(3)]
    sara.push([*filler, sara.edit(case.case_id, case.case_id, "case", {"assigned_to": "bilal"})])
    answers = bilal.pull_all(limit=4)
    assert len(answers) >= 2
    assert held(bilal, case.case_id) == case.open | case.secret
    assert bilal.cases[case.case_id] == sara.cases[case.case_id]


# -- push: records the user is never sent are not theirs to change --------------------------

LAMP, PORT = uuid.UUID(int=1), uuid.UUID(int=2)
TEAM = uuid.UUID(int=10)
BILAL, AMINA = uuid.UUID(int=20), uuid.UUID(int=21)


def _user(user_id: uuid.UUID, name: str, role: Role = Role.WORKER) -> DeviceUser:
    return DeviceUser(uuid.UUID(int=99), user_id, uuid.UUID(int=98), name, role, TEAM, LAMP)


def _note_edit(case_id: str, record_id: str) -> Change:
    return edit_change(None, {"text": "x"}, change_id=str(uuid.UUID(int=5)), case_id=case_id,
                       record_id=record_id, kind="note", stamp=Stamp(1, 1, "d"), author="a")


def test_intake_may_not_change_a_confidential_part_it_is_never_sent() -> None:
    case_id, secret, plain = (str(uuid.UUID(int=n)) for n in (30, 31, 32))
    directory = Directory({}, {})

    def facts(assigned: uuid.UUID | None) -> CaseFacts:
        return CaseFacts(True, CaseScope(TEAM, LAMP, assigned), {},
                         confidential=frozenset({secret}))

    bilal, amina = _user(BILAL, "bilal"), _user(AMINA, "amina")
    sara = _user(uuid.UUID(int=22), "sara", Role.SUPERVISOR)
    assert authorize(bilal, _note_edit(case_id, secret), facts(None), directory) == NOT_FOUND
    assert authorize(bilal, _note_edit(case_id, plain), facts(None), directory) is None
    assert authorize(bilal, _note_edit(case_id, secret), facts(BILAL), directory) is None
    assert authorize(amina, _note_edit(case_id, secret), facts(BILAL), directory) == NOT_FOUND
    assert authorize(sara, _note_edit(case_id, secret), facts(None), directory) is None


def test_confidential_records_names_the_parts_policy_hides(world: World) -> None:
    sara = world.enrol("sara")
    case = make_intake_case(sara)
    assert confidential_records(sara.cases[case.case_id]) == case.secret


def test_intake_cannot_edit_a_confidential_record_it_was_never_sent(world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case = make_intake_case(sara)
    bilal.pull_all()
    guess = bilal.edit(case.case_id, case.ids["identity"], "identity_document",
                       {"number": "Changed-By-Intake"})
    answer = bilal.push([guess])
    assert [r.reason for r in answer.rejected] == ["not_found"]
    allowed = bilal.make(case.case_id, "note", {"text": "Seen again", "confidential": False})
    assert bilal.push([allowed]).rejected == ()
