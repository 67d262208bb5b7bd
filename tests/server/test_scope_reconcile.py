"""A pull's scope work follows what changed (server/sync_scope.py), on SQLite and PostgreSQL:
a no-op pull reads no scope and writes nothing; reassignments are found without reading the
whole scope; lost answers and concurrent pulls still converge; a change of the user's role,
team or site re-scopes their devices, confidential parts included."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import httpx
import pytest
import sqlalchemy as sa

from fieldcase.server import admin, sync_scope
from fieldcase.server.db import create_engine, device_cases, sites
from fieldcase.sync.protocol import PullRequest, PullResponse

from .sync_harness import Device, World, call, make_world
from .test_confidential_scope import held, make_intake_case


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


class Observed:
    """Counts full reconciles and the SQL statements that touch a device's scope."""

    def __init__(self, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = 0
        self.statements: list[str] = []
        real = sync_scope._full

        def counted(*args: object, **kwargs: object) -> sync_scope.ScopeDelta:
            self.full += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(sync_scope, "_full", counted)
        sa.event.listen(world.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: object, _cursor: object, statement: str, *_: object) -> None:
        self.statements.append(statement)

    def scope_statements(self) -> list[str]:
        """Statements reading or writing what a device holds, or its state."""
        return [s for s in self.statements
                if "device_cases" in s or self.reads_whole_scope(s) or (
                    "device_scopes" in s and not s.lstrip().startswith("SELECT"))]

    @staticmethod
    def reads_whole_scope(statement: str) -> bool:
        """The full reconcile's read of every case in scope (``feed.Scope.case_ids``)."""
        return "UNION" in statement and "case_scopes" in statement

    def reset(self) -> None:
        self.full, self.statements = 0, []


@pytest.fixture
def observed(world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[Observed]:
    watcher = Observed(world, monkeypatch)
    yield watcher
    sa.event.remove(world.engine, "before_cursor_execute", watcher._seen)


def settled(device: Device) -> None:
    """Pull until caught up, then check one more pull brings nothing."""
    device.pull_all()
    answer = device.pull()
    assert (answer.entries, answer.purges, answer.out_of_scope, answer.more) == ((), (), (), False)


def assigned_case(sara: Device, to: str | None) -> str:
    case_id, made = sara.new_case(assigned_to=to)
    assert sara.push(made).rejected == ()
    return case_id


def reassign(sara: Device, case_id: str, to: str | None) -> None:
    assert sara.push([sara.edit(case_id, case_id, "case", {"assigned_to": to})]).rejected == ()


def test_a_no_op_pull_reads_no_scope_and_writes_nothing(world: World,
                                                        observed: Observed) -> None:
    sara, amina = world.enrol("sara"), world.enrol("amina")
    for to in ("amina", "amina", None, "bilal"):
        assigned_case(sara, to)
    assert len(amina.pull_all()) == 1
    observed.reset()
    answer = amina.pull()
    assert answer.entries == () and answer.out_of_scope == () and not answer.more
    assert observed.full == 0
    assert observed.scope_statements() == []


def test_reassignments_are_found_without_a_full_reconcile(world: World,
                                                          observed: Observed) -> None:
    sara, amina = world.enrol("sara"), world.enrol("amina")
    coming, going = assigned_case(sara, "bilal"), assigned_case(sara, "amina")
    settled(amina)
    settled(sara)
    observed.reset()
    reassign(sara, coming, "amina")
    reassign(sara, going, "bilal")
    sara.push([sara.make(coming, "note", {"text": "before the reassignment"})])
    answers = amina.pull_all()
    assert [a.out_of_scope for a in answers if a.out_of_scope] == [(going,)]
    sara.pull_all()
    assert set(amina.cases) == {coming} and amina.cases[coming] == sara.cases[coming]
    assert observed.full == 0
    assert not any(observed.reads_whole_scope(s) for s in observed.statements)


def test_a_lost_answer_is_reconciled_in_full_and_the_device_converges(
        world: World, observed: Observed) -> None:
    sara, amina = world.enrol("sara"), world.enrol("amina")
    first, second = assigned_case(sara, "amina"), assigned_case(sara, "bilal")
    settled(amina)
    before = amina.cursor
    reassign(sara, first, "bilal")
    reassign(sara, second, "amina")
    observed.reset()
    lost = PullResponse.from_bytes(amina.pull_raw().content, compressed=False)
    assert lost.out_of_scope == (first,) and {c.case_id for c in lost.entries} == {second}
    assert observed.full == 0
    sara.push([sara.make(second, "note", {"text": "while the answer was lost"})])
    again = amina.pull_all()  # from the cursor before the lost answer
    assert observed.full == 1 and amina.cursor != before
    assert again[0].out_of_scope == (first,)
    sara.pull_all()
    assert set(amina.cases) == {second} and amina.cases[second] == sara.cases[second]
    observed.reset()
    settled(amina)
    assert observed.full == 0


def _move(world: World, user: str, *, role: str | None = None, team: str | None = None) -> None:
    """What ``fieldcase-server user change`` does."""
    with world.engine.begin() as conn:
        admin.change_user(conn, world.org_id, user, role=role, team=team)


def test_a_worker_moved_to_another_team_and_site_is_rescoped(world: World,
                                                             observed: Observed) -> None:
    sara, omar, amina = world.enrol("sara"), world.enrol("omar"), world.enrol("amina")
    mine, lamp_intake = assigned_case(sara, "amina"), assigned_case(sara, None)
    port_case, made = omar.new_case(site="PORT-01", assigned_to=None)
    assert omar.push(made).rejected == ()
    settled(amina)
    assert set(amina.cases) == {mine, lamp_intake}
    _move(world, "amina", team="harbour")
    observed.reset()
    answers = amina.pull_all()
    assert observed.full == 1
    assert [a.out_of_scope for a in answers if a.out_of_scope] == [(lamp_intake,)]
    assert set(amina.cases) == {mine, port_case}  # still assigned to her: she keeps it
    omar.pull_all()
    assert amina.cases[port_case] == omar.cases[port_case]
    observed.reset()
    settled(amina)
    assert observed.full == 0


def test_a_demoted_supervisor_loses_team_cases_and_confidential_parts(world: World) -> None:
    sara, other = world.enrol("sara"), world.enrol("sara", "Office desktop")
    bilals, intake = assigned_case(sara, "bilal"), make_intake_case(sara)
    settled(other)
    assert held(other, intake.case_id) == intake.open | intake.secret
    _move(world, "sara", role="worker")
    answers = other.pull_all()
    assert {c for a in answers for c in a.out_of_scope} == {bilals, intake.case_id}
    assert set(other.cases) == {intake.case_id}
    assert held(other, intake.case_id) == intake.open  # sent again, without the parts
    assert not {c.record_id for a in answers for c in a.entries} & intake.secret
    settled(other)

    _move(world, "sara", role="supervisor")  # promoted back: the team's cases, whole
    other.pull_all()
    assert set(other.cases) == {bilals, intake.case_id}
    assert held(other, intake.case_id) == intake.open | intake.secret


@pytest.fixture
def pg_world(pg_url: str) -> Iterator[World]:
    """PostgreSQL only: SQLite runs one transaction at a time, so pulls cannot overlap."""
    engine = create_engine(pg_url)
    try:
        yield make_world(engine, pg_url)
    finally:
        engine.dispose()


def _pull_twice_at_once(world: World, device: Device) -> list[PullResponse]:
    """Two pulls of ``device`` with its current cursor, queued behind a lock on its row so
    they run one after the other while the second has already started."""
    path = "/v1/sync/pull"
    body = PullRequest(device.cursor, 500).to_bytes()
    requests = [device.headers(path, body) for _ in range(2)]
    answers: list[httpx.Response] = []

    def send(headers: dict[str, str]) -> None:
        answers.append(call(world.app, path, body, headers))

    threads = [threading.Thread(target=send, args=(h,)) for h in requests]
    with world.engine.connect() as holder:
        holder.execute(sa.select(sites.c.id).limit(1))
        holder.exec_driver_sql("SELECT id FROM devices WHERE id = %(d)s FOR UPDATE",
                               {"d": uuid.UUID(device.id)})
        for thread in threads:
            thread.start()
        _wait_for_lock_waiters(world.engine, 2)
        holder.rollback()
    for thread in threads:
        thread.join()
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
    return [PullResponse.from_bytes(a.content, compressed=False) for a in answers]


def _converges_whichever_is_applied(world: World, device: Device, answers: list[PullResponse],
                                    reference: Device, cases: set[str]) -> None:
    assert answers[0].next_cursor != answers[1].next_cursor  # two answers, two generations
    for applied in answers:
        replica = Device(world, device.user, device.enrolment, dict(device.cases), device.cursor)
        replica.apply([*applied.purges, *applied.entries])
        replica.cursor = applied.next_cursor
        replica.pull_all()
        assert set(replica.cases) == cases
        assert all(replica.cases[c] == reference.cases[c] for c in cases)


def test_two_concurrent_pulls_of_one_device_take_turns(pg_world: World) -> None:
    world = pg_world
    sara, amina = world.enrol("sara"), world.enrol("amina")
    settled(amina)  # from now on a pull writes nothing to ``devices`` (last_seen is recent)
    cases = {assigned_case(sara, "amina") for _ in range(3)}
    sara.pull_all()
    answers = _pull_twice_at_once(world, amina)
    _converges_whichever_is_applied(world, amina, answers, sara, cases)
    with world.engine.connect() as conn:
        rows = conn.execute(sa.select(device_cases.c.case_id).where(
            device_cases.c.device_id == uuid.UUID(amina.id))).scalars().all()
    assert {str(c) for c in rows} == cases


def test_a_pull_that_waited_for_another_sees_what_that_one_recorded(pg_world: World) -> None:
    """The cases enter amina's scope with history from before her cursor, so only a whole
    send brings them complete. The second pull must read the device's state as the first left
    it (which cases went, in which generation); read from before it waited, it took the first
    answer's cases as held by the device, sent only the reassignments and left a device that
    applied its answer with three half cases for good."""
    world = pg_world
    sara, amina = world.enrol("sara"), world.enrol("amina")
    cases = {assigned_case(sara, "bilal") for _ in range(3)}
    settled(amina)
    for case_id in cases:
        reassign(sara, case_id, "amina")
    sara.pull_all()
    answers = _pull_twice_at_once(world, amina)
    _converges_whichever_is_applied(world, amina, answers, sara, cases)


def _wait_for_lock_waiters(engine: sa.Engine, count: int) -> None:
    """Until ``count`` sessions wait for a lock (both pulls are queued behind the holder)."""
    for _ in range(2000):
        with engine.connect() as conn:
            waiting = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            ).scalar_one()
        if waiting >= count:
            return
        threading.Event().wait(0.005)
    raise AssertionError("the concurrent pulls never queued for the device's lock")
