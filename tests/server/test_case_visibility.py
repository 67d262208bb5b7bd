"""``sync_state.case_visibility`` (one row per case's scope plus its possibly confidential
records) answers exactly what the query it replaced answered (every record row of the case),
on SQLite and PostgreSQL: scopes, confidential ids, held filter, absent and purged cases."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator

import pytest
import sqlalchemy as sa

from fieldcase.domain.merge import purge_change
from fieldcase.server.db import device_cases, records
from fieldcase.server.sync_state import (
    CaseScope,
    CaseVisibility,
    _deciding_heads,
    _hides,
    case_visibility,
)

from .sync_harness import World, make_world
from .test_confidential_scope import make_intake_case


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def every_record(conn: sa.Connection, org_id: uuid.UUID, case_ids: Iterable[uuid.UUID],
                 *, held_by: uuid.UUID | None = None) -> dict[uuid.UUID, CaseVisibility]:
    """The query as it was: every record row of each case, its scope read off the rows."""
    wanted = sorted(set(case_ids))
    scopes: dict[uuid.UUID, CaseScope] = {}
    hidden: dict[uuid.UUID, set[uuid.UUID]] = {}
    query = (sa.select(records.c.case_id, records.c.record_id, records.c.kind,
                       records.c.team_id, records.c.site_id, records.c.assigned_to,
                       records.c.pending_site_id, _deciding_heads().label("heads"),
                       records.c.fields[("p",)].label("purge"))
             .where(records.c.org_id == org_id, records.c.case_id.in_(wanted)))
    if held_by is not None:
        query = query.join(device_cases, sa.and_(
            device_cases.c.device_id == held_by, device_cases.c.case_id == records.c.case_id,
            device_cases.c.state == "held"))
    for row in conn.execute(query):
        scopes.setdefault(row.case_id, CaseScope(row.team_id, row.site_id, row.assigned_to,
                                                 row.pending_site_id))
        if _hides(row.kind, row.heads, row.purge):
            hidden.setdefault(row.case_id, set()).add(row.record_id)
    return {case_id: CaseVisibility(scope, frozenset(hidden.get(case_id, ())))
            for case_id, scope in scopes.items()}


def test_the_scope_row_and_confidential_kinds_give_what_every_record_gave(world: World) -> None:
    sara, sara_desk, bilal = world.enrol("sara"), world.enrol("sara", "Office desktop"), \
        world.enrol("bilal")
    intake = make_intake_case(sara)  # a part of each confidential kind, and plain ones
    sara_desk.pull_all()
    assigned, made = sara.new_case(assigned_to="bilal")
    made += [sara.note(assigned, "plain"), sara.note(assigned, "Canary", confidential=True)]
    erased, more = sara.new_case()
    assert sara.push([*made, *more, sara.note(erased, "gone", confidential=True)]).rejected == ()
    bilal.pull_all()  # holds the assigned case, and the intake case without its secrets
    note = intake.ids["plain_note"]
    # A conflict on whether a note is confidential (both sides kept: it counts as such), a
    # document scan purged, a whole case purged.
    sara.push([sara.edit(intake.case_id, note, "note", {"confidential": True})])
    sara_desk.push([sara_desk.edit(intake.case_id, note, "note", {"confidential": False})])
    assert sara.push([sara.purge(erased)]).rejected == ()
    scan = intake.ids["scan"]
    sara.push([purge_change(change_id=sara.ids(), case_id=intake.case_id, record_id=scan,
                            kind="attachment", stamp=sara.stamp(), author="sara")])
    ids = [uuid.UUID(c) for c in (intake.case_id, assigned, erased)] + [uuid.uuid4()]
    with world.engine.connect() as conn:
        for held_by in (None, uuid.UUID(bilal.id), uuid.UUID(sara_desk.id)):
            new = case_visibility(conn, world.org_id, ids, held_by=held_by)
            assert new == every_record(conn, world.org_id, ids, held_by=held_by)
        everything = case_visibility(conn, world.org_id, ids)
        for_desk = case_visibility(conn, world.org_id, ids, held_by=uuid.UUID(sara_desk.id))
    # The comparison covers what it claims to.
    assert set(everything) == set(ids[:3])
    assert set(for_desk) == {ids[0]}  # it pulled before the other two were made
    assert everything[ids[0]].confidential == {
        uuid.UUID(intake.ids[n]) for n in ("identity", "confidential_note", "plain_note")}
    assert len(everything[ids[1]].confidential) == 1
    assert everything[ids[2]].confidential == frozenset()
    assert everything[ids[1]].scope.assigned_to == world.users["bilal"]
