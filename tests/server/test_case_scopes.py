"""``case_scopes``: migration 0004 backfills it from ``records``; pushes keep it and the scope
change log current; the feed's scope filter reads it and stays gap-free under concurrent
writers on PostgreSQL; the scope queries use their indexes on both back ends."""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from tests.pg import PostgresCluster

from fieldcase.server import case_scopes, feed, migrations
from fieldcase.server.db import case_scopes as case_scopes_table
from fieldcase.server.db import (
    changes,
    create_engine,
    records,
    scope_changes,
    sites,
    sqlite_url,
)
from fieldcase.server.feed import Cursor, Scope
from fieldcase.server.sync_state import CaseScope

from .conftest import NOW, make_org
from .sync_harness import World, make_world
from .test_feed_gap_pg import new_change

TEAM, OTHER_TEAM, SITE, USER = (uuid.UUID(int=n) for n in (1, 2, 3, 4))


# -- migration 0004 ---------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (no schema) on each back end."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "old.db")
        return
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    name = f"fieldcase_m4_{uuid.uuid4().hex[:8]}"
    url = cluster.create_database(name)
    try:
        yield url
    finally:
        cluster.drop_database(name)


def _record(conn: sa.Connection, org_id: uuid.UUID, case_id: uuid.UUID, record_id: uuid.UUID,
            kind: str, scope: CaseScope) -> None:
    conn.execute(sa.insert(records).values(
        record_id=record_id, org_id=org_id, case_id=case_id, kind=kind, fields={},
        deleted=False, team_id=scope.team_id, site_id=scope.site_id,
        assigned_to=scope.assigned_to, updated_at=NOW))


def test_migration_0004_backfills_one_scope_row_per_case(empty_url: str) -> None:
    engine = create_engine(empty_url)
    try:
        migrations.upgrade(engine, "0003")
        org_id = make_org(engine)
        with_case_record, headless = uuid.uuid4(), uuid.uuid4()
        scopes = {with_case_record: CaseScope(TEAM, SITE, USER),
                  headless: CaseScope(OTHER_TEAM, SITE, None)}
        with engine.begin() as conn:
            for case_id, scope in scopes.items():
                if case_id == with_case_record:
                    _record(conn, org_id, case_id, case_id, "case", scope)
                for _ in range(3):
                    _record(conn, org_id, case_id, uuid.uuid4(), "note", scope)
        migrations.upgrade(engine, "0004")
        with engine.connect() as conn:  # the columns of 0004 (0011 added pending_site_id)
            c = case_scopes_table.c
            rows = conn.execute(sa.select(c.org_id, c.case_id, c.team_id, c.site_id,
                                          c.assigned_to)).all()
            logged = conn.execute(sa.select(sa.func.count()).select_from(scope_changes)
                                  ).scalar_one()
        assert {r.case_id: CaseScope(r.team_id, r.site_id, r.assigned_to) for r in rows} == scopes
        assert all(r.org_id == org_id for r in rows) and len(rows) == 2
        assert logged == 0  # devices have no reconcile state yet: their next pull is full
        migrations.downgrade(engine, "0003")
        with engine.connect() as conn:
            assert "case_scopes" not in sa.inspect(conn).get_table_names()
    finally:
        engine.dispose()


# -- maintained by pushes --------------------------------------------------------------------

@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def _scope_rows(world: World) -> dict[str, tuple[object, ...]]:
    with world.engine.connect() as conn:
        return {str(r.case_id): (r.team_id, r.site_id, r.assigned_to)
                for r in conn.execute(sa.select(case_scopes_table))}


def _logged(world: World) -> list[str]:
    with world.engine.connect() as conn:
        return [str(c) for c in conn.execute(
            sa.select(scope_changes.c.case_id).order_by(scope_changes.c.seq)).scalars()]


def test_pushes_write_the_scope_row_and_log_only_scope_changes(world: World) -> None:
    sara = world.enrol("sara")
    case_id, made = sara.new_case(assigned_to=None)
    sara.push(made)
    lamp_team = _scope_rows(world)[case_id][0]
    assert _scope_rows(world)[case_id][2] is None and _logged(world) == [case_id]

    sara.push([sara.make(case_id, "note", {"text": "no scope change"}),
               sara.edit(case_id, case_id, "case", {"status": "open", "stage": "destination"})])
    assert _logged(world) == [case_id]  # ordinary edits log nothing

    sara.push([sara.edit(case_id, case_id, "case", {"assigned_to": "amina"})])
    assert _scope_rows(world)[case_id] == (lamp_team, _site(world, "LAMP-01"),
                                           world.users["amina"])
    assert _logged(world) == [case_id, case_id]
    with world.engine.connect() as conn:  # the records' copies agree with the scope row
        copies = {tuple(row) for row in conn.execute(sa.select(
            records.c.team_id, records.c.site_id, records.c.assigned_to))}
    assert copies == {_scope_rows(world)[case_id]}


def _site(world: World, name: str) -> uuid.UUID:
    with world.engine.connect() as conn:
        site_id: uuid.UUID = conn.execute(sa.select(sites.c.id).where(
            sites.c.org_id == world.org_id, sites.c.name == name)).scalar_one()
    return site_id


def test_changed_since_names_the_cases_logged_after_a_horizon(engine: sa.Engine) -> None:
    org_id = make_org(engine)
    first, second = uuid.uuid4(), uuid.uuid4()
    with engine.begin() as conn:
        case_scopes.record_case_scopes(conn, org_id, {}, {str(first): CaseScope(TEAM, SITE,
                                                                                 None)})
    with engine.begin() as conn:
        mark = case_scopes.horizon(conn)
    with engine.begin() as conn:
        case_scopes.record_case_scopes(conn, org_id, {}, {str(second): CaseScope(TEAM, SITE,
                                                                                  None)})
    with engine.begin() as conn:
        assert second in case_scopes.changed_since(conn, org_id, mark)
        if conn.dialect.name == "sqlite":  # PostgreSQL may name ``first`` again: harmless
            assert case_scopes.changed_since(conn, org_id, mark) == {second}
        assert case_scopes.changed_since(conn, org_id, case_scopes.horizon(conn)) <= {second}
        assert case_scopes.scope_of(conn, org_id, [first, uuid.uuid4()]) == {
            first: CaseScope(TEAM, SITE, None)}


# -- the feed's scope filter -----------------------------------------------------------------

def test_scope_case_ids_and_admits_agree(engine: sa.Engine) -> None:
    org_id = make_org(engine)
    rows = {uuid.uuid4(): CaseScope(team, site, assigned)
            for team in (TEAM, OTHER_TEAM, None) for site in (SITE, None)
            for assigned in (USER, uuid.uuid4(), None)}
    scopes = [Scope(teams=frozenset({TEAM})), Scope(intake_sites=frozenset({SITE}),
                                                    assigned_to=USER),
              Scope(assigned_to=USER), Scope()]
    with engine.begin() as conn:
        case_scopes.record_case_scopes(conn, org_id, {}, {str(c): s for c, s in rows.items()})
        for scope in scopes:
            found = set(conn.execute(scope.case_ids(org_id)).scalars())
            expected = {c for c, s in rows.items()
                        if scope.admits(s.team_id, s.site_id, s.assigned_to)}
            assert found == expected


def _plan(conn: sa.Connection, statement: sa.Executable) -> str:
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    prefix = "EXPLAIN QUERY PLAN " if conn.dialect.name == "sqlite" else "EXPLAIN "
    return "\n".join(str(row[-1]) for row in conn.exec_driver_sql(prefix + str(compiled)))


def test_scope_queries_use_indexes(engine: sa.Engine) -> None:
    org_id = make_org(engine)
    with engine.begin() as conn:
        case_scopes.record_case_scopes(conn, org_id, {}, {
            str(uuid.uuid4()): CaseScope(uuid.uuid4(), uuid.uuid4(), None) for _ in range(300)})
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ANALYZE case_scopes")
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # a tiny table: ask plainly
        worker = Scope(intake_sites=frozenset({SITE}), assigned_to=USER)
        for scope in (worker, Scope(teams=frozenset({TEAM}))):
            plan = _plan(conn, scope.case_ids(org_id))
            assert "SCAN case_scopes\n" not in plan + "\n" and "Seq Scan" not in plan, plan
        feed_plan = _plan(conn, sa.select(changes.c.seq).where(
            changes.c.org_id == org_id, worker.holds(changes.c.org_id, changes.c.case_id)))
        assert "pk_case_scopes" in feed_plan or "sqlite_autoindex_case_scopes_1" in feed_plan, (
            feed_plan)


def test_scoped_feed_is_gap_free_under_concurrent_writers(pg_url: str) -> None:
    """As tests/server/test_feed_gap_pg.py, with a scope: a reader of one team's cases, pulling
    while 6 writers commit (and roll back) changes to its cases and to another team's, sees
    every committed change of its team once, in order, and nothing else."""
    engine = create_engine(pg_url)
    try:
        org_id = make_org(engine)
        ours = [uuid.uuid4() for _ in range(6)]
        theirs = [uuid.uuid4() for _ in range(6)]
        with engine.begin() as conn:
            case_scopes.record_case_scopes(conn, org_id, {}, {
                **{str(c): CaseScope(TEAM, SITE, None) for c in ours},
                **{str(c): CaseScope(OTHER_TEAM, SITE, USER) for c in theirs}})
        committed: set[uuid.UUID] = set()
        lock, done, errors = threading.Lock(), threading.Event(), []

        def write(number: int) -> None:
            rng = random.Random(number)
            with engine.connect() as conn:
                for t in range(25):
                    batch = [new_change(rng.choice(ours + theirs)) for _ in range(4)]
                    transaction = conn.begin()
                    case_scopes.record_case_scopes(conn, org_id, {}, {  # another table first
                        str(uuid.uuid4()): CaseScope(OTHER_TEAM, None, None)})
                    for change in batch:
                        feed.append(conn, org_id, [change], now=NOW)
                        threading.Event().wait(rng.uniform(0, 0.002))
                    if (t + number) % 6 == 0:
                        transaction.rollback()
                        continue
                    transaction.commit()
                    with lock:
                        committed.update(c.change_id for c in batch if c.case_id in ours)

        seen: list[uuid.UUID] = []
        positions: list[Cursor] = []

        def read() -> None:
            rng, cursor = random.Random(7), Cursor.START
            scope = Scope(teams=frozenset({TEAM}))
            while True:
                finished = done.is_set()
                with engine.begin() as conn:
                    page = feed.read(conn, org_id, cursor, limit=rng.randint(1, 30), scope=scope)
                cursor = page.next_cursor
                seen.extend(e.change_id for e in page.entries)
                positions.extend(e.position for e in page.entries)
                if finished and not page.more:
                    return

        def guarded(target: Callable[..., None], *args: object) -> threading.Thread:
            def run() -> None:
                try:
                    target(*args)
                except BaseException as error:
                    errors.append(error)
                    done.set()
            return threading.Thread(target=run)

        writers = [guarded(write, n) for n in range(6)]
        reader = guarded(read)
        for thread in [reader, *writers]:
            thread.start()
        for thread in writers:
            thread.join()
        done.set()
        reader.join()
    finally:
        engine.dispose()
    assert not errors, errors
    assert committed and len(seen) == len(set(seen)), "a change was delivered twice"
    assert set(seen) == committed, f"skipped {len(committed - set(seen))}"
    assert positions == sorted(positions)
