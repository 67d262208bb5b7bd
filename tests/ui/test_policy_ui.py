"""The organisation policy in the window: auto-lock and the periodic sync follow the policy the
device fetched; without one, the window's defaults stay. Time is injected as in the other
auto-lock tests: here a policy "minute" of a few milliseconds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldcase.domain.org_policy import OrgPolicy, PublishedPolicy
from fieldcase.services import profile
from fieldcase.services.session import Session
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.connection import open_connection_count
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.idle import IdleWatch
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner

from .conftest import PASSPHRASE, USER

WAIT = 10_000
MINUTE = timedelta(milliseconds=20)
AN_HOUR = timedelta(hours=1)
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def store_policy(profile_dir: Path, kdf: KdfParams, policy: OrgPolicy) -> None:
    """What a fetch leaves in the store (services.org_policy does it during a sync)."""
    session = profile.unlock(profile_dir, user=USER, passphrase=PASSPHRASE, kdf=kdf)
    try:
        with session.store.atomic():
            stored_policy.save(session.store, PublishedPolicy(policy, 3, NOW), NOW)
    finally:
        session.close()


def window(qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]
           ) -> MainWindow:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    main = MainWindow(runner, runner.actor, idle_timeout=AN_HOUR, policy_minute=MINUTE)
    qtbot.addWidget(main)
    main.lock_requested.connect(runner.close_session)
    return main


def test_auto_lock_and_periodic_sync_follow_the_fetched_policy(
        qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session],
        profile_dir: Path, kdf: KdfParams) -> None:
    store_policy(profile_dir, kdf, OrgPolicy(auto_lock_minutes=3, sync_interval_minutes=40))
    main = window(qtbot, runner, opener)
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        main.show()  # locks after 3 policy minutes idle, not after the hour given
    assert main.idle_watch.timeout == 3 * MINUTE
    assert main.sync.periodic.interval() == (40 * MINUTE) // timedelta(milliseconds=1)
    assert open_connection_count() == 0


def test_without_a_fetched_policy_the_defaults_stay(
        qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]) -> None:
    main = window(qtbot, runner, opener)
    main.show()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0 and not runner.busy, timeout=WAIT)
    assert main.idle_watch.timeout == AN_HOUR and main.idle_watch.active
    assert main.sync.periodic.interval() == 15 * 60 * 1000
    assert runner.actor is not None
    main.idle_watch.stop()


def test_the_same_policy_read_again_does_not_postpone_the_lock(qtbot: QtBot) -> None:
    watch = IdleWatch(timedelta(seconds=10))
    watch.start()
    restarts: list[int] = []
    start = watch._timer.start

    def counted_start() -> None:
        restarts.append(1)
        start()

    watch._timer.start = counted_start  # type: ignore[method-assign,assignment]
    watch.set_timeout(timedelta(seconds=10))  # unchanged: the countdown goes on
    assert restarts == [] and watch.active
    watch.set_timeout(timedelta(seconds=20))  # changed: counted again from now
    assert restarts == [1] and watch.timeout == timedelta(seconds=20) and watch.active
    watch.stop()
    watch.set_timeout(timedelta(seconds=30))  # stopped (locked): stays stopped
    assert restarts == [1] and not watch.active
