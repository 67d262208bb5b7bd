"""On SQLite, a signed request whose transaction writes nothing but its nonce (a no-op pull)
commits without an fsync; everything else is synced before the answer leaves, the pooled
connections stay at ``synchronous=FULL`` for everyone else, replays are still refused, and a
restarted server refuses requests signed before it started (the nonces a power cut could have
taken). docs/device-auth.md, "Nonces on SQLite"."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
import sqlalchemy as sa

from fieldcase.server import signed_call
from fieldcase.server.app import create_app
from fieldcase.server.config import Settings
from fieldcase.server.db import create_engine, nonces
from fieldcase.server.sync_runtime import SyncRuntime
from fieldcase.sync.protocol import PullRequest

from .sync_harness import KEYS, Clock, Device, World, call, make_world
from .test_round_trips import a_settled_worker_with_a_case

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def lite(engine: sa.Engine, db_url: str) -> World:
    return make_world(engine, db_url)


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files ``signed_call`` fsyncs (the real fsync still runs)."""
    seen: list[str] = []
    real = os.fsync

    def spying(fd: int) -> None:
        seen.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(signed_call.os, "fsync", spying)
    return seen


def synchronous_levels(engine: sa.Engine) -> set[int]:
    """``PRAGMA synchronous`` of every connection the pool holds now."""
    pool = engine.pool
    held = [pool.connect() for _ in range(pool.checkedin())]  # type: ignore[attr-defined]
    try:
        return {raw.driver_connection.execute("PRAGMA synchronous").fetchone()[0]
                for raw in held}
    finally:
        for raw in held:
            raw.close()


@SQLITE
def test_a_no_op_pull_commits_its_nonce_without_an_fsync(lite: World, synced: list[str]
                                                          ) -> None:
    amina, _ = a_settled_worker_with_a_case(lite)
    lite.clock.advance(seconds=61)  # the last contact is a minute old: written, not synced
    before = len(synced)
    answer = amina.pull()
    assert (answer.entries, answer.more) == ((), False)
    assert synced[before:] == []
    with lite.engine.connect() as conn:  # committed all the same
        assert conn.execute(sa.select(sa.func.count()).select_from(nonces)).scalar_one() >= 1


@SQLITE
def test_a_push_is_synced_to_disk_before_its_answer(lite: World, synced: list[str]) -> None:
    amina, case_id = a_settled_worker_with_a_case(lite)
    before = len(synced)
    assert amina.push([amina.edit(case_id, case_id, "case", {"stage": "return"})]).rejected == ()
    assert [path for path in synced[before:] if path.endswith("server.db-wal")] != []


@SQLITE
def test_a_request_dated_ahead_of_the_server_clock_is_synced(lite: World, synced: list[str]
                                                              ) -> None:
    """Its timestamp could still be in the window after a restart, where the start rule does
    not reach it: its nonce must survive a power cut."""
    amina, _ = a_settled_worker_with_a_case(lite)
    before = len(synced)
    body = PullRequest(amina.cursor, 500).to_bytes()
    response = amina.send("/v1/sync/pull", body, at=lite.clock() + timedelta(seconds=2))
    assert response.status_code == 200, response.text
    assert [path for path in synced[before:] if path.endswith("server.db-wal")] != []


@SQLITE
def test_the_pooled_connections_stay_fully_synchronous(lite: World) -> None:
    amina, _ = a_settled_worker_with_a_case(lite)
    amina.pull()
    assert synchronous_levels(lite.engine) == {2}  # FULL for enrolment, sign-in, the CLI


@contextmanager
def restarted(world: World, db_url: str, clock: Clock) -> Iterator[World]:
    """The same database served by a new server process (a new app, engine and runtime),
    whose clock is ``clock``."""
    engine = create_engine(db_url)
    try:
        runtime = SyncRuntime.for_keys(KEYS, now=clock, random_bytes=random.Random(3).randbytes)
        app = create_app(Settings(database_url=db_url), engine=engine, sync=runtime)
        yield World(app, engine, clock, world.org_id, world.users)
    finally:
        engine.dispose()


@SQLITE
def test_a_replayed_no_op_pull_is_refused_also_by_the_next_process(lite: World,
                                                                   db_url: str) -> None:
    """The nonce is written without an fsync but written: another server process on the file
    (or this one restarted, the machine up) refuses the replay."""
    amina, _ = a_settled_worker_with_a_case(lite)
    body = PullRequest(amina.cursor, 500).to_bytes()
    headers = amina.headers("/v1/sync/pull", body)
    assert status(lite, body, headers) == (200, None)
    assert status(lite, body, headers) == (401, "replayed_nonce")
    with restarted(lite, db_url, Clock(lite.clock())) as server:
        assert status(server, body, headers) == (401, "replayed_nonce")


@SQLITE
def test_a_request_signed_before_the_server_started_is_refused_for_a_retry(
        lite: World, db_url: str) -> None:
    """A power cut can take the nonces of the last no-op pulls: a replay of one, still in
    its window, must not be accepted by the server that comes back. It is answered 503 with
    a Retry-After, which every device retries with a fresh signature."""
    amina, _ = a_settled_worker_with_a_case(lite)
    body = PullRequest(amina.cursor, 500).to_bytes()
    signed_before = amina.headers("/v1/sync/pull", body)
    with lite.engine.begin() as conn:  # what the power cut took
        conn.execute(sa.delete(nonces))
    with restarted(lite, db_url, Clock(lite.clock() + timedelta(seconds=20))) as server:
        again = Device(server, amina.user, amina.enrolment, cursor=amina.cursor)
        assert again.send("/v1/sync/pull", body).status_code == 200  # signed after the start
        refused = call(server.app, "/v1/sync/pull", body, signed_before)
        assert refused.status_code == 503, refused.text
        assert refused.json()["kind"] == "signed_before_start"
        assert refused.headers["retry-after"] == "20"


def test_postgresql_has_no_start_rule(db_url: str, engine: sa.Engine) -> None:
    """Its nonces commit durably with the request: a request signed a minute before the
    process started is accepted (in its window, never seen)."""
    world = make_world(engine, db_url)
    amina, _ = a_settled_worker_with_a_case(world)
    body = PullRequest(amina.cursor, 500).to_bytes()
    response = amina.send("/v1/sync/pull", body, at=world.clock() - timedelta(minutes=1))
    expected = 503 if engine.dialect.name == "sqlite" else 200
    assert response.status_code == expected, response.text


def status(world: World, body: bytes, headers: dict[str, str]) -> tuple[int, str | None]:
    response = call(world.app, "/v1/sync/pull", body, headers)
    return response.status_code, None if response.status_code == 200 else response.json()["kind"]
