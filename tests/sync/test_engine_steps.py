"""The engine through store steps: the next page is fetched while the last one is applied (one
page ahead, never past a page that drops cases), a cancel or a failure with a page in flight
keeps the cursor at the last page applied, and a round names every case it touched."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import purge_change
from fieldcase.services import cases, profile
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.storage.store import Store
from fieldcase.sync import engine as engine_module
from fieldcase.sync.client import CancelToken
from fieldcase.sync.engine import SyncEngine
from fieldcase.sync.errors import SyncError
from fieldcase.sync.protocol import PullRequest, PullResponse, PushRequest, PushResponse
from fieldcase.sync.steps import Inline

from .fake_server import FakeServer

TEST_KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
WAIT = 10.0  # an upper bound for an event that must come; never reached when all is well
T = TypeVar("T")


def now() -> datetime:
    return NOW


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    sessions: list[Session] = []
    for name in ("amina", "berhane"):
        folder = tmp_path / name
        profile.create_profile(folder, user=name, passphrase=PASSPHRASE, role="supervisor",
                               team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
        sessions.append(profile.unlock(folder, user=name, passphrase=PASSPHRASE, kdf=TEST_KDF,
                                       now=now))
    yield sessions[0], sessions[1]
    for session in sessions:
        session.close()


def document(given: str) -> dict[str, Any]:
    return {
        "person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"},
        "tasks": [{"title": "call back", "due_on": "2026-12-03"}],
    }


class Watched:
    """Inline store steps that log each applied page (by the cursor it moves to) and call
    ``before_apply(page)`` first, on the store's thread."""

    def __init__(self, store: Store, log: list[tuple[str, str]],
                 before_apply: Callable[[PullResponse], None] | None = None) -> None:
        self._steps = Inline(store)
        self.log = log
        self.before_apply = before_apply

    def run(self, step: Callable[[Store], T]) -> T:
        page = step.keywords["page"] if isinstance(step, functools.partial) and \
            step.func is engine_module.apply_page else None
        if page is not None and self.before_apply is not None:
            self.before_apply(page)
        result = self._steps.run(step)
        if page is not None:
            self.log.append(("applied", page.next_cursor))
        return result


class Requests:
    """Which pull requests reached the server, and an event per cursor asked for."""

    def __init__(self, log: list[tuple[str, str]]) -> None:
        self.log = log
        self._asked: dict[str, threading.Event] = {}
        self._lock = threading.Lock()

    def asked(self, cursor: str) -> threading.Event:
        with self._lock:
            return self._asked.setdefault(cursor, threading.Event())

    def __call__(self, request: PullRequest) -> None:
        self.log.append(("pull", request.cursor))
        self.asked(request.cursor).set()


def test_the_next_page_is_fetched_while_the_last_one_is_applied(
        devices: tuple[Session, Session]) -> None:
    author, device = devices
    server = FakeServer()
    made = [cases.create_case(author, document(name)).case_id
            for name in ("Qorvanex", "Selam", "Hiwet", "Tilbeh")]
    SyncEngine(Inline(author.store), server, device_id="dev-author").run()
    log: list[tuple[str, str]] = []
    requests = Requests(log)
    server.before_pull = requests
    overlapped: list[bool] = []

    def wait_for_the_next_request(page: PullResponse) -> None:
        if page.more:  # the request for the page after this one is already out
            overlapped.append(requests.asked(page.next_cursor).wait(WAIT))

    steps = Watched(device.store, log, wait_for_the_next_request)
    report = SyncEngine(steps, server, device_id="dev-device", pull_limit=3).run()

    assert overlapped and all(overlapped)
    total = len(server.logged())
    asked = [cursor for what, cursor in log if what == "pull"]
    applied = [cursor for what, cursor in log if what == "applied"]
    assert asked == ["", *(f"p{n}" for n in range(3, total, 3))]
    assert applied == [*asked[1:], f"p{total}"]  # every page, in cursor order, once
    for i in range(2, len(asked)):  # never more than one page ahead
        at = log.index(("pull", asked[i]))
        assert ("applied", asked[i - 1]) in log[:at]
    assert report.pulled == total and report.case_ids == frozenset(made)
    for case_id in made:
        assert cases.show_case(device, case_id) == cases.show_case(author, case_id)
    assert sync_state.pull_cursor(device.store) == f"p{total}"


class Scripted:
    """A server that answers pulls from a script of pages keyed by the request's cursor."""

    def __init__(self, pages: dict[str, PullResponse], requests: Requests) -> None:
        self.pages = pages
        self.requests = requests

    def push(self, request: PushRequest) -> PushResponse:
        return PushResponse(tuple(c.change_id for c in request.changes))

    def pull(self, request: PullRequest) -> PullResponse:
        self.requests(request)
        return self.pages[request.cursor]


def test_no_request_goes_out_before_a_page_that_drops_cases_is_committed(
        devices: tuple[Session, Session]) -> None:
    """The server forgets an ``oos`` list once a request carries the cursor after it, so that
    request waits until the cases are gone from this laptop."""
    device, _ = devices
    leaving = cases.create_case(device, document("Qorvanex")).case_id
    log: list[tuple[str, str]] = []
    requests = Requests(log)
    server = Scripted({
        "": PullResponse((), (), (), "c1", more=True, out_of_scope=(leaving,)),
        "c1": PullResponse((), (), (), "c2", more=False),
    }, requests)
    asked_early: list[bool] = []

    def give_a_request_every_chance(page: PullResponse) -> None:
        if page.out_of_scope:  # a second to show up, if it were going to
            asked_early.append(requests.asked(page.next_cursor).wait(1.0))

    report = SyncEngine(Watched(device.store, log, give_a_request_every_chance), server,
                        device_id="dev-device").run()
    assert asked_early == [False]
    assert log == [("pull", ""), ("applied", "c1"), ("pull", "c1"), ("applied", "c2")]
    assert report.purged == 1 and report.case_ids == frozenset({leaving})
    assert cases.list_cases(device, cases.CaseFilter()).rows == ()


def test_a_cancel_with_a_page_in_flight_keeps_the_last_applied_page(
        devices: tuple[Session, Session]) -> None:
    author, device = devices
    server = FakeServer()
    for name in ("Qorvanex", "Selam", "Hiwet"):
        cases.create_case(author, document(name))
    SyncEngine(Inline(author.store), server, device_id="dev-author").run()
    log: list[tuple[str, str]] = []
    requests = Requests(log)
    server.before_pull = requests
    cancel = CancelToken()

    def cancel_once_the_next_page_is_asked_for(page: PullResponse) -> None:
        assert requests.asked(page.next_cursor).wait(WAIT)
        cancel.cancel()

    with pytest.raises(SyncError) as cancelled:
        SyncEngine(Watched(device.store, log, cancel_once_the_next_page_is_asked_for), server,
                   device_id="dev-device", pull_limit=4, cancel=cancel).run()
    assert cancelled.value.kind == "cancelled"
    assert sync_state.pull_cursor(device.store) == "p4"  # the page being applied committed
    assert [entry for entry in log if entry[0] == "applied"] == [("applied", "p4")]
    assert not [t for t in threading.enumerate() if t.name.startswith("fieldcase-sync-fetch")]
    server.before_pull = None
    before = len(server.pulls)
    report = SyncEngine(Inline(device.store), server, device_id="dev-device",
                        pull_limit=4).run()
    assert server.pulls[before].cursor == "p4"  # resumed there
    assert report.pulled == len(server.logged()) - 4
    assert len(cases.list_cases(device, cases.CaseFilter()).rows) == 3


def test_a_round_names_every_case_it_touched(devices: tuple[Session, Session]) -> None:
    a, b = devices
    server = FakeServer()
    changed, erased, refused = (cases.create_case(a, document(name)).case_id
                                for name in ("Qorvanex", "Selam", "Hiwet"))
    SyncEngine(Inline(a.store), server, device_id="dev-a").run()
    SyncEngine(Inline(b.store), server, device_id="dev-b").run()
    cases.update_case(a, changed, {"person": {"family_name": "Tesfaye"}})
    created = cases.create_case(a, document("Tilbeh")).case_id
    SyncEngine(Inline(a.store), server, device_id="dev-a").run()
    stamp = Stamp(int(NOW.timestamp() * 1000) + 5, 0, "dpo-device")
    server.inject(purge_change(change_id=a.new_id(), case_id=erased, record_id=erased,
                               kind="case", stamp=stamp, author="dpo"))
    cases.update_case(b, refused, {"case": {"stage": "return"}})
    server.reject = lambda change: "forbidden" if change.case_id == refused else None
    heard: list[frozenset[str]] = []
    report = SyncEngine(Inline(b.store), server, device_id="dev-b", pull_limit=4,
                        touched=heard.append).run()
    assert report.case_ids == frozenset({changed, erased, refused, created})
    assert len(heard) > 1 and frozenset().union(*heard) == report.case_ids
    assert heard[0] == frozenset({refused})  # the push answer comes first
    again = SyncEngine(Inline(b.store), server, device_id="dev-b").run()
    assert again.case_ids == frozenset()  # nothing new: nothing named
