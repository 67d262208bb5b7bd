"""The offline lease at unlock: worked out for enrolled profiles only, a warning before it
runs out, nothing but an online sign-in allowed once it has (not even a sync), and a
successful sign-in lifting it.

One injected clock drives the profile, the store and the fake server (``HttpFront``), so
"fifteen days later" is a line of test code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from fieldcase.domain.lease import LeasePolicy, LeaseStatus
from fieldcase.domain.merge import Seen
from fieldcase.services import case_lists, cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.lease import LATEST_SEEN_KEY, LeaseExpired, SignInRequired
from fieldcase.services.session import Session
from fieldcase.services.sign_in import SignInFailed, sign_in
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.errors import SyncError

from ..sync.fake_server import FakeServer, HttpFront

KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SERVER = "http://127.0.0.1:8765"


class Clock:
    """The one clock of a test: the device and the fake server read it."""

    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def front(clock: Clock) -> HttpFront:
    return HttpFront(FakeServer(), now=clock)


@pytest.fixture
def folder(tmp_path: Path, clock: Clock) -> Path:
    made = tmp_path / "amina"
    profile.create_profile(made, user="amina", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF, now=clock)
    return made


def unlock(folder: Path, clock: Callable[[], datetime], **options: Any) -> Session:
    return profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=KDF, now=clock,
                          **options)


def document() -> dict[str, Any]:
    return {
        "person": {"given_name": "Qorvanex", "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"},
    }


def sync(session: Session, transport: httpx.BaseTransport) -> sync_service.SyncReport:
    return sync_service.sync_now(session, transport, sleep=lambda _s: None)


@pytest.fixture
def enrolled(folder: Path, front: HttpFront, clock: Clock) -> tuple[Path, str]:
    """An enrolled profile with one case, synced at START; returns the folder and case id."""
    session = unlock(folder, clock)
    try:
        sync_service.enroll(session, SERVER, front.issue_code("ABCDE-12345", "user-1"),
                            front.transport())
        case_id = cases.create_case(session, document()).case_id
        sync(session, front.transport())
    finally:
        session.close()
    return folder, case_id


def offline(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("no route to host", request=request)


def test_a_profile_that_was_never_enrolled_has_no_lease(folder: Path, clock: Clock) -> None:
    clock.advance(days=400)
    session = unlock(folder, clock)
    try:
        assert session.lease is None
        cases.create_case(session, document())
        status = sync_service.sync_status(session)
        assert (status.enrolled, status.lease, status.lease_message) == (False, None, "")
        assert status.working_allowed
    finally:
        session.close()


def test_a_recent_sync_gives_an_ok_lease_and_work_goes_on(enrolled: tuple[Path, str],
                                                          clock: Clock) -> None:
    folder, case_id = enrolled
    clock.advance(days=2)
    session = unlock(folder, clock)
    try:
        assert session.lease is not None and session.lease.status is LeaseStatus.OK
        assert session.lease.days_left == 12
        assert cases.show_case(session, case_id).document["case"]["stage"] == "transit"
        assert sync_service.sync_status(session).lease_message == ""
    finally:
        session.close()


def test_three_days_before_the_end_the_worker_is_warned(enrolled: tuple[Path, str],
                                                        clock: Clock) -> None:
    folder, case_id = enrolled
    clock.advance(days=12)
    session = unlock(folder, clock)
    try:
        assert session.lease is not None and session.lease.status is LeaseStatus.WARN
        status = sync_service.sync_status(session)
        assert status.working_allowed
        assert status.lease_message.startswith("Sync within 2 days")
        cases.update_case(session, case_id, {"case": {"stage": "destination"}})
    finally:
        session.close()


def test_an_expired_lease_allows_only_a_sign_in_until_one_succeeds(
        enrolled: tuple[Path, str], clock: Clock, front: HttpFront) -> None:
    folder, case_id = enrolled
    clock.advance(days=15, hours=2)
    session = unlock(folder, clock)
    try:
        assert session.lease is not None and session.lease.needs_online_sign_in
        refusals = [
            lambda: cases.list_cases(session, cases.CaseFilter()),
            lambda: cases.search_cases(session, "Qorvanex"),
            lambda: cases.show_case(session, case_id).document,
            lambda: cases.create_case(session, document()),
            lambda: cases.update_case(session, case_id, {"case": {"stage": "return"}}),
            lambda: sync_service.list_conflicts(session),
            lambda: case_lists.list_keys(session, case_lists.CaseQuery()),
            lambda: case_lists.list_rows(session, [1]),
            lambda: case_lists.refresh_listing(session, case_lists.CaseQuery(), [case_id]),
            lambda: case_lists.search_listing(session, "Qorvanex"),
            lambda: cases.refresh_case(session, Seen(case_id, {})),
        ]
        for call in refusals:
            with pytest.raises(LeaseExpired) as caught:
                call()
            assert str(caught.value) == ("This laptop has not been online for 15 days; "
                                         "connect and sign in to the server before working "
                                         "on cases.")
            assert caught.value.kind == "lease_expired" and caught.value.days_offline == 15
        status = sync_service.sync_status(session)
        assert not status.working_allowed and status.pending_changes == 0
        assert status.lease_message.startswith("This laptop has not been online for 15 days")

        sent = len(front.requests)
        with pytest.raises(SignInRequired) as refused:  # a sync proves the laptop, not the person
            sync(session, front.transport())
        assert (refused.value.kind, refused.value.reason) == ("sign_in_required", "lease")
        assert refused.value.days_offline == 15 and len(front.requests) == sent
        with pytest.raises(SyncError) as failed:  # a failed sign-in lifts nothing
            sign_in(session, front.server_passphrase, httpx.MockTransport(offline),
                    sleep=lambda _s: None)
        assert failed.value.kind == "offline"
        with pytest.raises(SignInFailed) as wrong:
            sign_in(session, "not the server passphrase", front.transport())
        assert wrong.value.kind == "bad_passphrase"
        with pytest.raises(LeaseExpired):
            cases.list_cases(session, cases.CaseFilter())

        sign_in(session, front.server_passphrase, front.transport())
        assert session.lease is not None and session.lease.status is LeaseStatus.OK
        sync(session, front.transport())
        assert cases.show_case(session, case_id).document["case"]["stage"] == "transit"
        assert sync_service.sync_status(session).working_allowed
    finally:
        session.close()


def test_the_lease_runs_from_enrolment_before_the_first_sync(folder: Path, clock: Clock,
                                                             front: HttpFront) -> None:
    session = unlock(folder, clock)
    try:
        sync_service.enroll(session, SERVER, front.issue_code("ABCDE-12345", "user-1"),
                            front.transport())
    finally:
        session.close()
    clock.advance(days=13)
    session = unlock(folder, clock)
    try:
        assert session.lease is not None and session.lease.status is LeaseStatus.WARN
        assert sync_state.last_successful_sync(session.store) is None
    finally:
        session.close()


def test_the_organisation_policy_sets_the_length(enrolled: tuple[Path, str],
                                                 clock: Clock) -> None:
    folder, _ = enrolled
    clock.advance(days=4)
    short = LeasePolicy(max_offline_days=3, warn_days=1)
    session = unlock(folder, clock, lease_policy=short)
    try:
        with pytest.raises(LeaseExpired, match="not been online for 4 days"):
            cases.list_cases(session, cases.CaseFilter())
    finally:
        session.close()
    session = unlock(folder, clock)  # the default fourteen days
    try:
        assert session.lease is not None and session.lease.status is LeaseStatus.OK
    finally:
        session.close()


def test_a_clock_set_back_expires_the_lease_until_a_sign_in(enrolled: tuple[Path, str],
                                                            clock: Clock,
                                                            front: HttpFront) -> None:
    folder, _ = enrolled
    clock.advance(days=10)
    unlock(folder, clock).close()  # records "latest seen": day 10
    clock.advance(days=-8)  # set back to day 2: would look fresh without the mark
    session = unlock(folder, clock)
    try:
        assert session.lease is not None and session.lease.needs_online_sign_in
        with pytest.raises(LeaseExpired, match="clock is behind") as caught:
            cases.list_cases(session, cases.CaseFilter())
        assert caught.value.days_offline is None
        with pytest.raises(SignInRequired, match="clock is behind") as refused:
            sync(session, front.transport())
        assert refused.value.days_offline is None
        sign_in(session, front.server_passphrase, front.transport())  # the server vouches
        assert session.store.meta(LATEST_SEEN_KEY) == clock().isoformat()
        cases.list_cases(session, cases.CaseFilter())
    finally:
        session.close()
    session = unlock(folder, clock)
    try:
        assert session.lease is not None and session.lease.status is LeaseStatus.OK
    finally:
        session.close()


def test_the_unlock_audit_event_records_the_lease_but_no_dates(enrolled: tuple[Path, str],
                                                               clock: Clock) -> None:
    folder, _ = enrolled
    clock.advance(days=15)
    session = unlock(folder, clock)
    try:
        row = session.store.raw.execute(
            "SELECT details FROM audit_log WHERE action = 'unlock' ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        assert '"lease":"expired"' in row[0]
    finally:
        session.close()
