"""Attempt limits counted in the database (``server/auth_attempts.py``), on SQLite and
PostgreSQL: two apps on one database (two server processes in miniature) count the same wrong
codes and passphrases; attempts under way at the same time never pass the limit together; an
attempt that did not fail is taken back; rows older than the window are deleted."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from fieldcase.server.app import create_app
from fieldcase.server.auth_attempts import db_limiter
from fieldcase.server.auth_codes import AttemptLimiter, AttemptPolicy
from fieldcase.server.config import Settings
from fieldcase.server.db import auth_attempts, create_engine
from fieldcase.server.routes.sign_in import SIGN_IN_PATH
from fieldcase.server.sync_runtime import SyncRuntime
from fieldcase.sync.enrolment import EnrolmentError, start_enrolment

from .conftest import NOW, PASSPHRASE
from .sync_harness import KEYS, Device, World, call, make_world
from .test_sign_in_api import WRONG, body, signed

SOURCE = "198.51.100.7"


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


@pytest.fixture
def apps(world: World, db_url: str) -> Iterator[list[FastAPI]]:
    """The world's app and a second one on the same database with its own engine (pool),
    as a second server process would have."""
    engine = create_engine(db_url)
    second = create_app(Settings(database_url=db_url), engine=engine,
                        sync=SyncRuntime.for_keys(KEYS, now=world.clock))
    try:
        yield [world.app, second]
    finally:
        engine.dispose()


def enrol(app: FastAPI, code: str) -> httpx.Response:
    return call(app, "/v1/enrol", start_enrolment(code, "laptop").request_body)


def sign_in(app: FastAPI, device: Device, passphrase: str) -> httpx.Response:
    content = body(passphrase)
    return call(app, SIGN_IN_PATH, content, signed(device, content))


def test_wrong_codes_spread_over_two_apps_lock_the_source_on_both(
        world: World, apps: list[FastAPI]) -> None:
    for attempt in range(10):  # five on each: under the limit of 10 in either alone
        assert enrol(apps[attempt % 2], "ZZZZZ-ZZZZZ").status_code == 401
    code = world.code("amina")
    for app in apps:
        refused = enrol(app, code)
        assert refused.status_code == 429, refused.text
        assert refused.json()["kind"] == "rate_limited"
    world.clock.advance(minutes=15, seconds=1)
    assert enrol(apps[1], code).status_code == 200


def test_wrong_passphrases_spread_over_two_apps_lock_the_device_on_both(
        world: World, apps: list[FastAPI]) -> None:
    amina, sara = world.enrol("amina"), world.enrol("sara")
    for attempt in range(5):  # three on one, two on the other
        assert sign_in(apps[attempt % 2], amina, WRONG).status_code == 401
    for app in apps:
        assert sign_in(app, amina, PASSPHRASE).status_code == 429
        assert sign_in(app, sara, PASSPHRASE).status_code == 200  # her device is not held up
    world.clock.advance(minutes=15, seconds=1)
    assert sign_in(apps[0], amina, PASSPHRASE).status_code == 200


def rows(engine: sa.Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        return sorted((row.limiter, row.key) for row in conn.execute(
            sa.select(auth_attempts.c.limiter, auth_attempts.c.key)))


def fail(limiter: AttemptLimiter, source: str, at: datetime = NOW) -> None:
    with limiter.attempt(source, at) as attempt:
        attempt.failed()


def test_only_failures_stay_counted_and_old_ones_are_deleted(engine: sa.Engine) -> None:
    enrol_limits = db_limiter(engine, "enrol", AttemptPolicy(per_source=2))
    sign_in_limits = db_limiter(engine, "sign_in", AttemptPolicy(per_source=2))
    minute = timedelta(minutes=1)
    fail(enrol_limits, "a")
    with enrol_limits.attempt("b", NOW):
        assert ("enrol", "source:b") in rows(engine)  # counted while under way
    fail(sign_in_limits, "a")
    assert rows(engine) == [("enrol", "*"), ("enrol", "source:a"),
                            ("sign_in", "*"), ("sign_in", "source:a")]
    fail(enrol_limits, "a", NOW + minute)
    with pytest.raises(EnrolmentError):
        fail(enrol_limits, "a", NOW + minute)
    fail(sign_in_limits, "a", NOW + minute)  # each limit counts its own
    later = NOW + enrol_limits.policy.window + minute / 2  # the first failure has left
    fail(enrol_limits, "a", later)
    assert rows(engine).count(("enrol", "source:a")) == 2
    fail(enrol_limits, "c", later + enrol_limits.policy.window + minute)
    assert [r for r in rows(engine) if r[0] == "enrol"] == [("enrol", "*"), ("enrol", "source:c")]


def test_attempts_under_way_together_never_pass_the_limit_together(db_url: str) -> None:
    """Eight guesses at once through two engines (two processes' pools) against a limit of
    three: exactly three get to try, however the threads interleave, because each attempt is
    counted before it is made (a check, then a record of the failure, would let all in)."""
    engines = [create_engine(db_url) for _ in range(2)]
    limiters = [db_limiter(e, "enrol", AttemptPolicy(per_source=3)) for e in engines]
    guesses = 8
    start = threading.Barrier(guesses)
    decided = threading.Semaphore(0)
    all_decided = threading.Event()
    admitted: list[int] = []
    refused: list[int] = []

    def guess(number: int) -> None:
        start.wait(30)
        try:
            with limiters[number % 2].attempt(SOURCE, NOW) as attempt:
                admitted.append(number)
                decided.release()
                all_decided.wait(30)  # still under way while the others ask
                attempt.failed()
        except EnrolmentError:
            refused.append(number)
            decided.release()

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    try:
        for thread in threads:
            thread.start()
        for _ in range(guesses):
            assert decided.acquire(timeout=60)
        all_decided.set()
        for thread in threads:
            thread.join(60)
        assert (len(admitted), len(refused)) == (3, 5)
        with pytest.raises(EnrolmentError):
            fail(limiters[0], SOURCE)
    finally:
        all_decided.set()
        for engine in engines:
            engine.dispose()
