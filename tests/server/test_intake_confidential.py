"""Site intake may not *make* a confidential part, over real HTTP on SQLite and PostgreSQL.

The rule under test (``server/sync_authz.py``): a device must never hold a record the server
would refuse to send it. A worker who registers a case assigned to themselves may record the
person's identity document in the same push; one who registers an unassigned (intake) case,
or works on a colleague's intake case, may not create identity documents, confidential notes
or document scans there, nor turn a plain note or photo into one (``forbidden``, which the
device quarantines). And every decision is made for the user behind the signing device, never
for the ``author`` label a change carries.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from fieldcase.domain.merge import Change, case_conflicts, edit_change, resolve_field
from fieldcase.server.db import changes, conflicts

from .sync_harness import WHOLE, Device, World, make_world

SECRET_KINDS = {
    "identity": ("identity_document", {"number": "Canary-Doc"}),
    "confidential_note": ("note", {"text": "Canary-Secret", "confidential": True}),
    "scan": ("attachment", {"kind": "document_scan"}),
}


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def secret_parts(device: Device, case_id: str) -> dict[str, Change]:
    """One new record of each confidential kind, made on ``device`` (applied locally)."""
    return {name: device.make(case_id, kind, values)
            for name, (kind, values) in SECRET_KINDS.items()}


def reasons(device: Device, batch: list[Change]) -> dict[str, str]:
    return {r.change_id: r.reason for r in device.push(batch).rejected}


def held(device: Device, case_id: str) -> set[str]:
    case = device.cases.get(case_id)
    return set(case.records) if case is not None else set()


def assert_holds_only_what_it_is_sent(world: World, device: Device, case_id: str) -> None:
    """The invariant: a fresh laptop of the same user receives every record ``device`` holds
    that the server accepted (a rejected record stays in quarantine on the device)."""
    fresh = world.enrol(device.user, "Fresh laptop")
    fresh.pull_all()
    with world.engine.connect() as conn:
        accepted = {str(r.record_id) for r in conn.execute(
            sa.select(changes.c.record_id).where(changes.c.case_id == uuid.UUID(case_id)))}
    assert held(device, case_id) & accepted <= held(fresh, case_id)


def test_a_worker_registering_their_own_case_records_the_identity_document_at_once(
        world: World) -> None:
    bilal, amina = world.enrol("bilal"), world.enrol("amina")
    for assignee in ({"assigned_to": "bilal"}, {}):  # named, or left out (the case is theirs)
        case_id = bilal.ids()
        made = [bilal.edit(case_id, case_id, "case",
                           {"site": "LAMP-01", "status": "open", "stage": "transit",
                            **assignee}),
                bilal.make(case_id, "person")]
        parts = secret_parts(bilal, case_id)
        assert bilal.push([*made, *parts.values()]).rejected == ()
        assert_holds_only_what_it_is_sent(world, bilal, case_id)
        amina.pull_all()  # assigned to bilal: not amina's case, nothing of it reaches her
        assert case_id not in amina.cases


def test_a_worker_registering_an_intake_case_may_not_attach_confidential_parts(
        world: World) -> None:
    bilal, sara = world.enrol("bilal"), world.enrol("sara")
    case_id, made = bilal.new_case(assigned_to=None)
    plain = bilal.make(case_id, "note", {"text": "Arrived", "confidential": False})
    parts = secret_parts(bilal, case_id)
    refused = reasons(bilal, [*made, plain, *parts.values()])
    assert refused == {c.change_id: "forbidden" for c in parts.values()}

    sara.pull_all()  # the server holds the case without them; the supervisor sees that
    expected = {case_id, made[1].record_id, plain.record_id}
    assert held(sara, case_id) == expected
    bilal_again = world.enrol("bilal", "Second laptop")
    bilal_again.pull_all()
    assert held(bilal_again, case_id) == expected


def test_intake_may_not_add_or_make_confidential_parts_on_a_colleagues_intake_case(
        world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case_id, made = sara.new_case(assigned_to=None)
    note, photo = sara.ids(), sara.ids()
    made += [sara.make(case_id, "note", {"text": "Arrived", "confidential": False},
                       record_id=note),
             sara.make(case_id, "attachment", {"kind": "photo"}, record_id=photo)]
    assert sara.push(made).rejected == ()
    bilal.pull_all()
    assert held(bilal, case_id) == {c.record_id for c in made}

    parts = secret_parts(bilal, case_id)
    turned = [bilal.edit(case_id, note, "note", {"confidential": True}),
              bilal.edit(case_id, photo, "attachment", {"kind": "document_scan"})]
    allowed = [bilal.edit(case_id, note, "note", {"text": "Arrived at dawn"}),
               bilal.make(case_id, "note", {"text": "Fed", "confidential": False})]
    refused = reasons(bilal, [*parts.values(), *turned, *allowed])
    assert refused == {c.change_id: "forbidden" for c in (*parts.values(), *turned)}

    sara.pull_all()
    assert sara.value(case_id, note, "confidential") is False
    assert sara.value(case_id, note, "text") == "Arrived at dawn"
    assert sara.value(case_id, photo, "kind") == "photo"
    assert not {c.record_id for c in parts.values()} & held(sara, case_id)


def test_a_case_completed_as_intake_after_its_confidential_parts_arrived_is_refused(
        world: World) -> None:
    """A creation split over two pushes: the records first (the case is provisionally the
    worker's), the case record later. Completing it as intake would leave the identity document
    on a device that may no longer be sent it; completing it as the worker's own is fine."""
    bilal = world.enrol("bilal")
    for assignee, expected in ((None, ["forbidden"]), ("bilal", [])):
        case_id = bilal.ids()
        person = bilal.make(case_id, "person")
        identity = secret_parts(bilal, case_id)["identity"]
        assert bilal.push([person, identity]).rejected == ()
        record = bilal.edit(case_id, case_id, "case", {"site": "LAMP-01", "status": "open",
                                                       "stage": "transit",
                                                       "assigned_to": assignee})
        assert [r.reason for r in bilal.push([record]).rejected] == expected
        assert_holds_only_what_it_is_sent(world, bilal, case_id)


def test_a_case_completed_as_intake_cannot_bring_a_new_confidential_part_along(
        world: World) -> None:
    """The same split creation, but the second push carries the case record (as intake) and
    the identity document together: the document is judged on the case as that push leaves
    it, not on the provisional scope it had before."""
    bilal = world.enrol("bilal")
    case_id = bilal.ids()
    person = bilal.make(case_id, "person")
    assert bilal.push([person]).rejected == ()
    record = bilal.edit(case_id, case_id, "case", {"site": "LAMP-01", "status": "open",
                                                   "stage": "transit", "assigned_to": None})
    identity = secret_parts(bilal, case_id)["identity"]
    assert reasons(bilal, [record, identity]) == {identity.change_id: "forbidden"}
    assert_holds_only_what_it_is_sent(world, bilal, case_id)


def test_a_supervisor_may_attach_confidential_parts_to_an_intake_case(world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case_id, made = sara.new_case(assigned_to=None)
    parts = secret_parts(sara, case_id)
    assert sara.push([*made, *parts.values()]).rejected == ()
    bilal.pull_all()  # intake: the case, never its confidential parts
    assert held(bilal, case_id) == {c.record_id for c in made}


# -- author is a label, not an identity -------------------------------------------------------

def forged(device: Device, case_id: str, record_id: str, kind: str,
           values: dict[str, object], author: str) -> Change:
    """An edit made on ``device`` under another local user name (a shared laptop)."""
    case = device.cases.get(case_id)
    state = case.records.get(record_id) if case is not None else None
    change = edit_change(state, values, change_id=device.ids(), case_id=case_id,
                         record_id=record_id, kind=kind, stamp=device.stamp(), author=author)
    device.apply([change])
    return change


def test_a_supervisors_name_as_author_gives_a_worker_no_supervisor_rights(world: World) -> None:
    sara, bilal = world.enrol("sara"), world.enrol("bilal")
    case_id, made = sara.new_case(assigned_to=None)
    assert sara.push(made).rejected == ()
    bilal.pull_all()
    assign = forged(bilal, case_id, case_id, "case", {"assigned_to": "bilal"}, "sara")
    identity = forged(bilal, case_id, bilal.ids(), "identity_document",
                      WHOLE["identity_document"], "sara")
    erase = bilal.purge(case_id)
    refused = reasons(bilal, [assign, identity, erase])
    assert refused == {assign.change_id: "forbidden", identity.change_id: "forbidden",
                       erase.change_id: "forbidden"}


def test_the_feed_and_conflicts_record_the_pushing_device_and_its_user(world: World) -> None:
    sara, bilal, amina = world.enrol("sara"), world.enrol("bilal"), world.enrol("amina")
    case_id, made = sara.new_case(assigned_to=None)
    assert sara.push(made).rejected == ()
    bilal.pull_all()
    amina.pull_all()
    person = made[1].record_id
    assert amina.push([amina.edit(case_id, person, "person", {"given_name": "Canary-A"})]
                      ).rejected == ()
    labelled = forged(bilal, case_id, person, "person", {"given_name": "Canary-B"}, "sara")
    opened = bilal.push([labelled])
    assert labelled.change_id not in {r.change_id for r in opened.rejected}
    assert len(opened.conflicts) == 1
    bilal.pull_all()
    (conflict,) = case_conflicts(bilal.cases[case_id])
    resolution = resolve_field(conflict, "Canary-A", change_id=bilal.ids(),
                               stamp=bilal.stamp(), author="sara")
    bilal.apply([resolution])
    assert bilal.push([resolution]).rejected == ()

    with world.engine.connect() as conn:
        devices = {str(r.change_id): str(r.device_id) for r in conn.execute(
            sa.select(changes.c.change_id, changes.c.device_id).where(
                changes.c.change_id.in_([uuid.UUID(labelled.change_id),
                                         uuid.UUID(resolution.change_id)])))}
        resolved_by = conn.execute(sa.select(conflicts.c.resolved_by).where(
            conflicts.c.case_id == uuid.UUID(case_id))).scalar_one()
    assert set(devices.values()) == {str(uuid.UUID(bilal.id))}
    assert resolved_by == world.users["bilal"]
