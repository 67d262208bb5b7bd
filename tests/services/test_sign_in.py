"""Online sign-in from a real profile to a real ``fieldcase-server`` process over HTTP, and the
lease rule it serves: an expired lease refuses a sync (``SignInRequired``), a sign-in lifts it,
and a clock set back after the sign-in still expires it.

The server runs on the real clock, so "fifteen days offline" is made by dating the last
contact back inside the profile rather than by moving the clock forward.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.server_process import stop
from tests.sign_in_server import SERVER_PASSPHRASE, RealServer

from fieldcase.domain.lease import LeaseStatus
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.lease import LAST_SIGN_IN_KEY, SignInRequired
from fieldcase.services.session import Session
from fieldcase.services.sign_in import SignInFailed, prompt, sign_in
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.errors import SyncError

KDF = KdfParams.insecure_for_tests()
DEVICE_PASSPHRASE = "device side passphrase long"
WRONG = "certainly not the server passphrase"


class Clock:
    """The device's clock: real time, shifted when a test sets it back."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealServer]:
    running = RealServer.start(tmp_path_factory.mktemp("server"))
    try:
        yield running
    finally:
        log = stop(running.process)
    assert "Traceback" not in log, log
    assert SERVER_PASSPHRASE not in log and WRONG not in log


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def laptop(tmp_path: Path, server: RealServer, clock: Clock) -> Iterator[Session]:
    folder = tmp_path / "amina"
    profile.create_profile(folder, user="amina", passphrase=DEVICE_PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KDF, now=clock)
    session = unlock(folder, clock)
    try:
        sync_service.enroll(session, server.url, server.code())
        yield session
    finally:
        session.close()


def unlock(folder: Path, clock: Clock) -> Session:
    return profile.unlock(folder, user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF,
                          now=clock)


def offline_for(session: Session, days: int) -> None:
    """Date the last contact back ``days`` days and work the lease out again."""
    with session.store.atomic():
        sync_state.set_last_successful_sync(session.store, session.now() - timedelta(days=days))
    session.lease = sync_service.lease.evaluate(session.store, session.now(),
                                                session.lease_policy)


def audit(session: Session) -> list[tuple[str, str]]:
    rows = session.store.raw.execute(
        "SELECT action, COALESCE(details, '') FROM audit_log ORDER BY seq").fetchall()
    return [(str(action), str(details)) for action, details in rows]


def test_the_right_passphrase_stores_a_new_session_and_is_audited(laptop: Session) -> None:
    before = sync_state.load_enrolment(laptop.store)
    assert before is not None
    result = sign_in(laptop, SERVER_PASSPHRASE)
    after = sync_state.load_enrolment(laptop.store)
    assert after is not None and after.session_token != before.session_token
    assert after.session_expires_at == result.session_expires_at
    assert abs(result.session_expires_at - laptop.now() - timedelta(days=30)) < timedelta(
        minutes=5)
    assert laptop.store.meta(LAST_SIGN_IN_KEY) == result.server_time.isoformat()
    assert result.lease is not None and result.lease.status is LeaseStatus.OK
    assert ("sign_in", "{}") in audit(laptop)
    sync_service.sync_now(laptop)  # the new session syncs


def test_a_wrong_passphrase_changes_nothing_and_says_so(laptop: Session) -> None:
    before = sync_state.load_enrolment(laptop.store)
    with pytest.raises(SignInFailed) as refused:
        sign_in(laptop, WRONG)
    assert refused.value.kind == "bad_passphrase"
    assert str(refused.value).startswith("That is not your server passphrase.")
    assert sync_state.load_enrolment(laptop.store) == before
    assert laptop.store.meta(LAST_SIGN_IN_KEY) is None
    failed = [details for action, details in audit(laptop) if action == "sign_in.failed"]
    assert [json.loads(d) for d in failed] == [{"kind": "bad_passphrase"}]
    for _action, details in audit(laptop):
        assert WRONG not in details and SERVER_PASSPHRASE not in details


def test_an_expired_lease_refuses_sync_until_a_sign_in_lifts_it(laptop: Session,
                                                                clock: Clock) -> None:
    cases.create_case(laptop, {
        "person": {"given_name": "Qorvanex", "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-01"}})
    offline_for(laptop, 15)
    with pytest.raises(SignInRequired) as refused:
        sync_service.sync_now(laptop)
    assert (refused.value.reason, refused.value.days_offline) == ("lease", 15)
    assert sync_state.outbox_size(laptop.store) == 2  # nothing was sent
    assert prompt(laptop).reason.startswith("This laptop has not been online for 15 days")

    result = sign_in(laptop, SERVER_PASSPHRASE)
    assert result.lease is not None and result.lease.status is LeaseStatus.OK
    assert laptop.lease == result.lease
    assert sync_service.sync_now(laptop).pushed == 2

    clock.offset = -timedelta(days=2)  # set back after the sign-in: expired again
    with pytest.raises(SignInRequired, match="clock is behind") as again:
        sync_service.sync_now(laptop)
    assert again.value.days_offline is None
    assert laptop.lease is not None and laptop.lease.needs_online_sign_in


def test_a_session_the_server_refuses_needs_a_sign_in_not_a_new_enrolment(
        laptop: Session) -> None:
    with laptop.store.atomic():  # the laptop's session and the person's own
        sync_state.save_session(laptop.store, "bm90LWEtcmVhbC10b2tlbg", None)
        sync_state.save_user_session(laptop.store, laptop.actor.user, "bm90LWEtcmVhbC10b2tlbg",
                                     laptop.now() + timedelta(days=9))
    with pytest.raises(SignInRequired) as refused:
        sync_service.sync_now(laptop)
    assert refused.value.reason == "session"
    assert prompt(laptop).reason.startswith("The server has ended this laptop's session")
    sign_in(laptop, SERVER_PASSPHRASE)  # the old token is sent, and ignored
    sync_service.sync_now(laptop)


def test_a_revoked_laptop_is_wiped_at_sign_in(laptop: Session, server: RealServer) -> None:
    stored = sync_state.load_enrolment(laptop.store)
    assert stored is not None
    folder = laptop.store.connection.path.parent
    server.revoke(str(uuid.UUID(stored.device_id)))
    with pytest.raises(SyncError) as wiped:
        sign_in(laptop, SERVER_PASSPHRASE)
    assert wiped.value.kind == "revoked" and wiped.value.erased
    assert not (folder / "keyslots.bin").exists()
