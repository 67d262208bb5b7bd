"""Statements per request, on SQLite and PostgreSQL: each is a round trip to the database, and
with 50 devices the server's request threads spend their time waiting on them
(docs/performance.md, Sync). A push of one change and a no-op pull are held to a budget, so a
statement that creeps back in is caught. The device's last contact is still recorded, at most
once a minute."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import psycopg
import pytest
import sqlalchemy as sa

from fieldcase.server.db import create_engine, devices

from .sync_harness import Device, World, make_world

PUSH_BUDGET = 8
"""Device, user, the person's current session and (PostgreSQL) the nonce, in one query with
the device's row locked; the batch's known ids, the cases' locks (PostgreSQL), their records,
the records written, the feed row, the device's held case, and the device's latest
acknowledged change (the mark a store that went back in time is checked against,
docs/security.md)."""
NO_OP_PULL_BUDGET = 4
"""Device, user, current session and nonce (one query), the device's state with both
horizons, the feed page, the scope changes since the device's horizon."""
ONE_CHANGE_PULL_BUDGET = 6
"""A no-op pull's, and which of the page's cases the device holds with their visibility (one
query), and the open conflicts of the case sent."""
SQLITE_NONCE = 1
"""On SQLite the nonce is a statement of its own (no ``INSERT`` inside a ``WITH``); its
statements do not leave the server process, so the round trip costs little there."""


def budget(engine: sa.Engine, statements: int) -> int:
    return statements + (SQLITE_NONCE if engine.dialect.name == "sqlite" else 0)


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


@contextmanager
def statements(engine: sa.Engine) -> Iterator[list[str]]:
    """The statements run on ``engine`` inside the block, but for the start of a transaction
    (SQLite's ``BEGIN IMMEDIATE``, which psycopg sends to PostgreSQL by itself, unseen)."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement != "BEGIN IMMEDIATE":
            seen.append(" ".join(statement.split()))

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)


def a_settled_worker_with_a_case(world: World) -> tuple[Device, str]:
    amina = world.enrol("amina")
    case_id, made = amina.new_case(assigned_to="amina")
    assert amina.push(made).rejected == ()
    amina.pull_all()
    return amina, case_id


def test_a_push_of_one_change_stays_within_its_statements(world: World) -> None:
    amina, case_id = a_settled_worker_with_a_case(world)
    edit = amina.edit(case_id, case_id, "case", {"stage": "destination"})
    with statements(world.engine) as seen:
        answer = amina.push([edit])
    assert answer.accepted == (edit.change_id,)
    assert len(seen) <= budget(world.engine, PUSH_BUDGET), "\n".join(seen)


def test_a_no_op_pull_stays_within_its_statements(world: World) -> None:
    amina, _ = a_settled_worker_with_a_case(world)
    with statements(world.engine) as seen:
        answer = amina.pull()
    assert (answer.entries, answer.more) == ((), False)
    assert len(seen) <= budget(world.engine, NO_OP_PULL_BUDGET), "\n".join(seen)


def test_a_pull_of_one_change_to_a_held_case_stays_within_its_statements(world: World
                                                                          ) -> None:
    amina, case_id = a_settled_worker_with_a_case(world)
    sara = world.enrol("sara")
    sara.pull_all()
    edit = amina.edit(case_id, case_id, "case", {"stage": "destination"})
    amina.push([edit])
    with statements(world.engine) as seen:
        answer = sara.pull()
    assert [c.change_id for c in answer.entries] == [edit.change_id]
    assert len(seen) <= budget(world.engine, ONE_CHANGE_PULL_BUDGET), "\n".join(seen)


def last_seen(world: World, device: Device) -> datetime | None:
    with world.engine.connect() as conn:
        found: datetime | None = conn.execute(sa.select(devices.c.last_seen).where(
            devices.c.id == uuid.UUID(device.id))).scalar_one()
    return found


def test_the_last_contact_is_recorded_at_most_once_a_minute(world: World) -> None:
    amina = world.enrol("amina")
    amina.pull()
    first = world.clock()
    assert last_seen(world, amina) == first
    world.clock.advance(seconds=59)
    with statements(world.engine) as seen:
        amina.pull()
    assert last_seen(world, amina) == first
    assert not any(s.startswith("UPDATE devices") for s in seen)
    world.clock.advance(seconds=2)
    amina.pull()
    assert last_seen(world, amina) == world.clock()


def test_a_database_restart_costs_one_request_not_a_ping_per_request(pg_url: str) -> None:
    """No ``SELECT 1`` before every request (SQLAlchemy's pre-ping, a round trip each): when
    PostgreSQL drops the connections, the request that finds its connection dead answers 503
    (nothing changed; devices retry it), and the pool is renewed for the ones after it."""
    engine = create_engine(pg_url)
    try:
        world = make_world(engine, pg_url)
        amina = world.enrol("amina")
        assert amina.pull_raw().status_code == 200
        with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        statuses = [amina.pull_raw().status_code for _ in range(3)]
        assert statuses == [503, 200, 200]  # a pre-ping would have hidden the first
    finally:
        engine.dispose()
