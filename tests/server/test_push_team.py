"""A case's site and assignee belong to the case's team, on creation and on every edit.

Issue 8: a supervisor of team B created a case at team A's site assigned to a worker of team A.
It appeared in the worker's list, and the confidential note and passport number she recorded
flowed to team B's laptop while her own supervisor never saw the case. The world of
``sync_harness``: team ``lamp`` at ``LAMP-01`` (amina, bilal, supervisor sara) and team
``harbour`` at ``PORT-01`` (hana, supervisor omar).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from fieldcase.domain.merge import Change
from fieldcase.server.db import changes, create_engine, records

from .sync_harness import Device, World, make_world

CONFIDENTIAL = {"text": "Canary-Team-Confidential", "confidential": True}


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


@pytest.fixture
def lite(sqlite_db_url: str) -> Iterator[World]:
    engine = create_engine(sqlite_db_url)
    try:
        yield make_world(engine, sqlite_db_url)
    finally:
        engine.dispose()


def reasons(device: Device, batch: list[Change]) -> dict[str, str]:
    answer = device.push(batch)
    found = {cid: "ok" for cid in answer.accepted}
    found.update({r.change_id: r.reason for r in answer.rejected})
    return found


def stored(world: World) -> tuple[int, int]:
    with world.engine.connect() as conn:
        return (conn.execute(sa.select(sa.func.count()).select_from(changes)).scalar_one(),
                conn.execute(sa.select(sa.func.count()).select_from(records)).scalar_one())


def cases_pulled(device: Device) -> set[str]:
    return {c.case_id for answer in device.pull_all() for c in answer.entries}


def test_a_supervisor_cannot_open_a_case_at_another_teams_site_for_its_worker(
        world: World) -> None:
    omar, amina, sara = world.enrol("omar"), world.enrol("amina"), world.enrol("sara")
    case_id, batch = omar.new_case(site="LAMP-01", assigned_to="amina")
    note = omar.note(case_id, **CONFIDENTIAL)
    before = stored(world)
    got = reasons(omar, [*batch, note])
    assert got[batch[0].change_id] == "site_outside_team"
    assert set(got.values()) == {"site_outside_team"}  # nothing of the case is half-made
    assert stored(world) == before
    assert case_id not in cases_pulled(amina)
    assert case_id not in cases_pulled(sara)


def test_an_assignee_from_another_team_is_refused_with_the_whole_new_case(world: World
                                                                         ) -> None:
    omar, amina = world.enrol("omar"), world.enrol("amina")
    case_id, batch = omar.new_case(site="PORT-01", assigned_to="amina")
    before = stored(world)
    assert set(reasons(omar, batch).values()) == {"assignee_outside_team"}
    assert stored(world) == before
    assert case_id not in cases_pulled(amina)


def test_an_unknown_assignee_refuses_the_whole_new_case(lite: World) -> None:
    sara = lite.enrol("sara")
    _, batch = sara.new_case(assigned_to="nobody")
    before = stored(lite)
    assert set(reasons(sara, batch).values()) == {"unknown_user"}
    assert stored(lite) == before


def test_a_case_may_not_be_reassigned_outside_its_team(lite: World) -> None:
    sara, hana, omar = lite.enrol("sara"), lite.enrol("hana"), lite.enrol("omar")
    case_id, batch = sara.new_case(assigned_to="bilal")
    assert set(reasons(sara, batch).values()) == {"ok"}
    away = sara.edit(case_id, case_id, "case", {"assigned_to": "hana"})
    assert reasons(sara, [away]) == {away.change_id: "assignee_outside_team"}
    assert case_id not in cases_pulled(hana)
    assert case_id not in cases_pulled(omar)
    inside = sara.edit(case_id, case_id, "case", {"assigned_to": "amina"})
    assert reasons(sara, [inside]) == {inside.change_id: "ok"}


def test_a_case_may_not_be_moved_to_another_teams_site(lite: World) -> None:
    sara, omar = lite.enrol("sara"), lite.enrol("omar")
    case_id, batch = sara.new_case()
    sara.push(batch)
    moved = sara.edit(case_id, case_id, "case", {"site": "PORT-01"})
    assert reasons(sara, [moved]) == {moved.change_id: "site_outside_team"}
    assert case_id not in cases_pulled(omar)


def test_cases_within_the_team_are_made_and_assigned_as_before(lite: World) -> None:
    sara, amina, bilal = lite.enrol("sara"), lite.enrol("amina"), lite.enrol("bilal")
    case_id, batch = sara.new_case(site="LAMP-01", assigned_to="bilal")
    own_id, own = amina.new_case(site="LAMP-01", assigned_to="amina")
    intake_id, intake = amina.new_case(site="LAMP-01")
    assert set(reasons(sara, batch).values()) == {"ok"}
    assert set(reasons(amina, [*own, *intake]).values()) == {"ok"}
    assert case_id in cases_pulled(bilal)
    assert {own_id, intake_id} <= cases_pulled(sara)


def test_a_worker_still_cannot_open_a_case_at_another_site(lite: World) -> None:
    amina = lite.enrol("amina")
    _, batch = amina.new_case(site="PORT-01", assigned_to="amina")
    assert set(reasons(amina, batch).values()) == {"forbidden"}
