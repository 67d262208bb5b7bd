"""The in-process SQLite write lock: first come first served, and no "database is locked"."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from fieldcase.server import db, sqlite_lock
from fieldcase.server.sqlite_lock import HOLDS_WRITE_LOCK, FifoLock


def _wait_until(condition: Callable[[], bool]) -> None:
    """Poll a condition that another thread makes true (never a timing assertion)."""
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, "the other thread never got there"
        time.sleep(0.001)


def test_waiters_get_the_lock_in_the_order_they_asked() -> None:
    lock = FifoLock()
    assert lock.acquire(0)
    order: list[str] = []

    def take(name: str) -> None:
        assert lock.acquire(10)
        order.append(name)
        lock.release()

    threads = []
    for number, name in enumerate(("first", "second", "third"), 1):
        thread = threading.Thread(target=take, args=(name,))
        thread.start()
        threads.append(thread)
        _wait_until(lambda n=number: lock.waiting == n)  # type: ignore[misc]
    lock.release()
    for thread in threads:
        thread.join()
    assert order == ["first", "second", "third"]
    assert not lock.held and lock.waiting == 0


def test_a_waiter_that_gives_up_leaves_the_queue() -> None:
    lock = FifoLock()
    assert lock.acquire(0)
    assert not lock.acquire(0.01)
    assert lock.waiting == 0
    lock.release()
    assert not lock.held
    assert lock.acquire(0)
    lock.release()


def test_releasing_a_free_lock_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="not held"):
        FifoLock().release()


def _engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> sa.Engine:
    # SQLite's own busy handler gives up at once: only the in-process lock prevents
    # "database is locked" between this process's threads.
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_S", 0.0)
    monkeypatch.setattr(sqlite_lock, "DEFAULT_WAIT_S", 30.0)
    engine = db.create_engine(db.sqlite_url(tmp_path / "locked.db"))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE counter (n INTEGER NOT NULL)")
        conn.exec_driver_sql("INSERT INTO counter VALUES (0)")
    return engine


def test_many_threads_write_through_one_engine_without_database_is_locked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine(tmp_path, monkeypatch)
    errors: list[BaseException] = []
    threads_count, rounds = 8, 25

    def work() -> None:
        try:
            for _ in range(rounds):
                with engine.begin() as conn:
                    n = conn.exec_driver_sql("SELECT n FROM counter").scalar_one()
                    conn.exec_driver_sql(f"UPDATE counter SET n = {int(n) + 1}")
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        with engine.connect() as conn:
            # Every read-then-write counted: the transactions never overlapped.
            assert conn.exec_driver_sql("SELECT n FROM counter").scalar_one() == (
                threads_count * rounds)
    finally:
        engine.dispose()


def test_the_lock_is_released_on_rollback_and_on_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine(tmp_path, monkeypatch)
    try:
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO counter VALUES (NULL)")
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
            assert conn.info.get(HOLDS_WRITE_LOCK) is True
            conn.rollback()
            assert conn.info.get(HOLDS_WRITE_LOCK) is None
        with engine.begin() as conn:  # would wait forever if a release had been missed
            conn.exec_driver_sql("UPDATE counter SET n = 7")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT n FROM counter").scalar_one() == 7
    finally:
        engine.dispose()


def test_a_request_queued_past_the_wait_limit_is_an_operational_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine(tmp_path, monkeypatch)
    monkeypatch.setattr(sqlite_lock, "DEFAULT_WAIT_S", 0.01)
    short = db.create_engine(db.sqlite_url(tmp_path / "locked.db"))
    try:
        with short.begin() as holder:
            holder.exec_driver_sql("UPDATE counter SET n = 1")
            outcome: list[BaseException] = []

            def late() -> None:
                try:
                    with short.begin() as conn:
                        conn.exec_driver_sql("UPDATE counter SET n = 2")
                except BaseException as error:  # reported below
                    outcome.append(error)

            thread = threading.Thread(target=late)
            thread.start()
            thread.join()
        assert len(outcome) == 1
        assert isinstance(outcome[0], sa.exc.OperationalError)
        assert "queued past the wait limit" in str(outcome[0])
        with short.begin() as conn:  # the lock is free again for the next request
            assert conn.exec_driver_sql("SELECT n FROM counter").scalar_one() == 1
    finally:
        short.dispose()
        engine.dispose()
