"""The operation runner: work on one worker thread, results and errors on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pytestqt.qtbot import QtBot

from fieldcase.domain.errors import ValidationError, ValidationErrors
from fieldcase.domain.policy import Actor, Role
from fieldcase.services.changes import Changes
from fieldcase.services.profile import ProfileLocked
from fieldcase.services.session import Session
from fieldcase.storage.connection import open_connection_count
from fieldcase.ui.messages import OperationError, SessionClosed
from fieldcase.ui.operations import OperationRunner, SynchronousRunner, TaskSteps

ACTOR = Actor("worker.1", Role.WORKER, "team-a", "LAMP-01")


@dataclass
class FakeSession:
    """Stands in for a Session in unit tests: an actor, and whether it was closed."""

    actor: Actor = ACTOR
    closed: bool = False
    calls: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.closed = True


@dataclass(frozen=True)
class Saved:
    changes: Changes


def fake_opener(session: FakeSession) -> Callable[[], Session]:
    return lambda: session  # type: ignore[return-value]


class Recorder:
    def __init__(self) -> None:
        self.values: list[Any] = []
        self.errors: list[OperationError] = []
        self.threads: list[int] = []

    def done(self, value: Any) -> None:
        self.threads.append(threading.get_ident())
        self.values.append(value)

    def error(self, error: OperationError) -> None:
        self.threads.append(threading.get_ident())
        self.errors.append(error)


def test_threaded_runner_runs_on_its_worker_and_delivers_on_the_gui_thread(
        qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]) -> None:
    recorder = Recorder()
    worker_threads: list[int] = []
    with qtbot.waitSignal(runner.session_opened, timeout=10_000) as opened:
        runner.open_session(opener)
    assert opened.args == [runner.actor]
    assert runner.actor is not None and runner.actor.user == "demo.supervisor"

    def work(session: Session) -> str:
        worker_threads.append(threading.get_ident())
        return session.actor.site

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit(work, recorder.done)
    assert recorder.values == ["LAMP-01"]
    assert worker_threads[0] != threading.get_ident()
    assert recorder.threads == [threading.get_ident()]


def test_errors_come_back_as_messages_through_on_error_or_the_failed_signal(
        qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]) -> None:
    recorder = Recorder()
    runner.open_session(opener)

    def invalid(_session: Session) -> None:
        raise ValidationError("person.given_name", "required", "must not be empty")

    def crash(_session: Session) -> None:
        raise KeyError("Fatima Canary")  # an unexpected error quoting data

    runner.submit(invalid, recorder.done, recorder.error)
    qtbot.waitUntil(lambda: len(recorder.errors) == 1)
    assert recorder.errors[0].kind == "validation"
    assert recorder.errors[0].message == "Required."  # the rule in words; the path stays
    assert recorder.errors[0].problems == (
        ValidationError("person.given_name", "required", "must not be empty"),)
    assert recorder.threads == [threading.get_ident()]
    with qtbot.waitSignal(runner.failed) as failed:
        runner.submit(crash, recorder.done)
    error = failed.args[0]
    assert isinstance(error, OperationError) and error.kind == "internal"
    assert "Canary" not in error.message and "KeyError" in error.message
    assert recorder.values == []


def test_a_refused_document_keeps_every_problem_for_the_form(
        qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]) -> None:
    """The services raise ValidationErrors with many problems; none may be flattened away."""
    recorder = Recorder()
    runner.open_session(opener)
    problems = (ValidationError("person.given_name", "required", "is required"),
                ValidationError("journey[1].ended_on", "date_order",
                                "must not be before started_on"),
                ValidationError("notes[0].text", "too_long", "must be at most 4000 characters",
                                {"max": 4000}))

    def refuse(_session: Session) -> None:
        raise ValidationErrors(problems)

    runner.mutate(refuse, recorder.done, recorder.error)
    qtbot.waitUntil(lambda: len(recorder.errors) == 1)
    error = recorder.errors[0]
    assert error.kind == "validation" and error.problems == problems
    assert error.problems[2].params == {"max": 4000}
    assert error.message == "3 problems to correct. The first: Required."


def test_a_failed_unlock_reports_the_services_message_and_leaves_no_session(
        qtbot: QtBot, runner: OperationRunner) -> None:
    recorder = Recorder()

    def refuse() -> Session:
        raise ProfileLocked("wrong user name or passphrase", retry_after_seconds=2.0)

    runner.open_session(refuse, recorder.done, recorder.error)
    qtbot.waitUntil(lambda: bool(recorder.errors))
    assert recorder.errors[0] == OperationError("locked",
                                                "Unlock refused. Try again in 2 seconds.", 2.0)
    assert runner.actor is None
    runner.submit(lambda session: session.actor, recorder.done, recorder.error)
    qtbot.waitUntil(lambda: len(recorder.errors) == 2)
    assert recorder.errors[1].kind == "session_closed"


def test_mutations_broadcast_their_changes(qtbot: QtBot, runner: OperationRunner) -> None:
    runner.open_session(fake_opener(FakeSession()))
    changes = Changes(frozenset({"case-1"}), frozenset({"note"}))
    with qtbot.waitSignal(runner.changed) as changed:
        runner.mutate(lambda _session: Saved(changes))
    assert changed.args == [changes]
    with qtbot.assertNotEmitted(runner.changed), \
            qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.mutate(lambda _session: Saved(Changes()))  # nothing changed: no broadcast
        runner.submit(lambda _session: Saved(changes))  # a read never broadcasts


def test_lock_closes_the_session_on_the_worker_and_drops_earlier_results(
        qtbot: QtBot, runner: OperationRunner) -> None:
    session = FakeSession()
    recorder = Recorder()
    release = threading.Event()
    with qtbot.waitSignal(runner.session_opened):
        runner.open_session(fake_opener(session))

    def slow(_session: Session) -> str:
        release.wait(5)
        return "stale"

    runner.submit(slow, recorder.done)
    with qtbot.waitSignal(runner.session_closed):
        runner.close_session()
        release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert session.closed
    assert recorder.values == []
    assert runner.actor is None


def test_shutdown_closes_the_store_and_joins_the_worker(
        qtbot: QtBot, opener: Callable[[], Session]) -> None:
    runner = OperationRunner()
    with qtbot.waitSignal(runner.session_opened, timeout=10_000):
        runner.open_session(opener)
    assert open_connection_count() == 1
    runner.shutdown()
    assert open_connection_count() == 0
    assert not any(t.name == "fieldcase-store-worker" for t in threading.enumerate())
    runner.submit(lambda session: None)  # refused quietly after shutdown
    assert not runner.busy


def test_the_synchronous_runner_delivers_at_once(sync_runner: SynchronousRunner) -> None:
    session = FakeSession()
    recorder = Recorder()
    busy: list[bool] = []
    changed: list[Changes] = []
    sync_runner.busy_changed.connect(busy.append)
    sync_runner.changed.connect(changed.append)
    sync_runner.open_session(fake_opener(session), recorder.done)
    assert recorder.values == [ACTOR]
    sync_runner.submit(lambda s: s.actor.user, recorder.done)
    assert recorder.values[-1] == "worker.1"
    sync_runner.mutate(lambda _s: Changes(users=True), recorder.done)
    assert changed == [Changes(users=True)]
    assert busy == [True, False] * 3
    sync_runner.close_session()
    assert session.closed and sync_runner.actor is None
    sync_runner.submit(lambda s: s.actor, recorder.done, recorder.error)
    assert recorder.errors[-1].kind == "session_closed"


def test_a_task_runs_on_its_own_thread_and_its_steps_on_the_worker(
        qtbot: QtBot, runner: OperationRunner) -> None:
    recorder = Recorder()
    changed: list[Changes] = []
    runner.changed.connect(changed.append)
    runner.open_session(fake_opener(FakeSession()))
    where: dict[str, str] = {}

    def task(steps: TaskSteps) -> str:
        where["task"] = threading.current_thread().name
        where["step"] = steps.run(lambda _session: threading.current_thread().name)
        steps.announce(Changes(frozenset({"case-1"})))
        steps.announce(Changes())  # names nothing: not broadcast
        return steps.run(lambda session: session.actor.user)

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.start_task(task, recorder.done, recorder.error)
    assert where == {"task": "fieldcase-sync", "step": "fieldcase-store-worker"}
    assert recorder.values == ["worker.1"] and recorder.threads == [threading.get_ident()]
    assert changed == [Changes(frozenset({"case-1"}))]


def test_a_call_waits_behind_at_most_one_step_of_a_task(
        qtbot: QtBot, runner: OperationRunner) -> None:
    runner.open_session(fake_opener(FakeSession()))
    order: list[str] = []
    in_first_step, go = threading.Event(), threading.Event()

    def first(_session: Session) -> None:
        in_first_step.set()
        go.wait(5)
        order.append("step 1")

    def task(steps: TaskSteps) -> None:
        steps.run(first)
        steps.run(lambda _session: order.append("step 2"))

    runner.start_task(task)
    assert in_first_step.wait(5)
    runner.submit(lambda _session: order.append("the person's call"))
    go.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert order == ["step 1", "the person's call", "step 2"]


def test_a_lock_refuses_a_tasks_steps_and_closes_once_the_task_has_ended(
        qtbot: QtBot, runner: OperationRunner) -> None:
    session = FakeSession()
    recorder = Recorder()
    runner.open_session(fake_opener(session))
    ran, waiting, go = [], threading.Event(), threading.Event()
    alive_at_close: list[bool] = []

    def task(steps: TaskSteps) -> None:
        steps.run(lambda _session: ran.append("before the lock"))
        waiting.set()
        go.wait(5)  # a request in flight when the lock comes
        steps.run(lambda _session: ran.append("after the lock"))

    runner.start_task(task, recorder.done, recorder.error)
    assert waiting.wait(5)
    runner.session_closed.connect(lambda: alive_at_close.append(
        any(t.name == "fieldcase-sync" for t in threading.enumerate())))
    runner.close_session()
    assert not session.closed  # the store stays open while the task lives
    go.set()
    qtbot.waitUntil(lambda: bool(alive_at_close))
    assert alive_at_close == [False] and session.closed
    assert ran == ["before the lock"]
    assert recorder.values == [] and recorder.errors == []  # dropped, as for any call


def test_shutdown_ends_a_task_that_keeps_asking_for_steps(qtbot: QtBot) -> None:
    runner = OperationRunner()
    session = FakeSession()
    with qtbot.waitSignal(runner.session_opened, timeout=10_000):
        runner.open_session(fake_opener(session))  # else shutdown may come first: no session
    refused = threading.Event()

    def task(steps: TaskSteps) -> None:
        try:
            while True:
                steps.run(lambda _session: None)
        except SessionClosed:
            refused.set()

    runner.start_task(task)
    runner.shutdown()  # steps queued or asked for from now on are refused
    assert refused.is_set() and session.closed
    assert not any(t.name in ("fieldcase-sync", "fieldcase-store-worker")
                   for t in threading.enumerate())
