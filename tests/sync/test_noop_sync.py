"""A no-op ``sync_now`` is one request and one write transaction: the successful contact (for
the offline lease), its audit event and the lease's mark commit together; it carries no audit
event (a sync's own record waits for the next event). A sync that fails
after push and pull still records the contact."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from fieldcase.services import cases, profile, sync_round
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.errors import SyncError, SyncErrorKind

from .fake_server import FakeServer, HttpFront

TEST_KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
SERVER = "http://127.0.0.1:8765"
CLOCK = [datetime(2026, 11, 30, 9, 0, tzinfo=UTC)]


def now() -> datetime:
    return CLOCK[0]


@pytest.fixture
def front() -> HttpFront:
    return HttpFront(FakeServer(), now=now)


@pytest.fixture
def session(tmp_path: Path, front: HttpFront) -> Iterator[Session]:
    CLOCK[0] = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    folder = tmp_path / "amina"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    opened = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    sync_service.enroll(opened, SERVER, front.issue_code("ABCDE-12340", "user-0"),
                        front.transport())
    cases.create_case(opened, {
        "person": {"given_name": "Qorvanex", "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"}})
    yield opened
    opened.close()


def sync(session: Session, front: HttpFront) -> sync_service.SyncReport:
    return sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)


def count_writes(session: Session) -> list[int]:
    """Rows each outermost transaction changed besides the clock mark and the commit count
    every commit rewrites; only transactions that changed something are listed."""
    store, real = session.store, session.store.atomic
    found: list[int] = []
    depth = 0

    @contextmanager
    def counting() -> Iterator[None]:
        nonlocal depth
        outermost, before = depth == 0, store.raw.total_changes
        depth += 1
        try:
            with real():
                yield
        finally:
            depth -= 1
        changed = store.raw.total_changes - before - 2
        if outermost and changed > 0:
            found.append(changed)

    store.atomic = counting  # type: ignore[method-assign]
    return found


def audit_actions(session: Session) -> list[str]:
    return [row[0] for row in session.store.raw.execute(
        "SELECT action FROM audit_log ORDER BY seq")]


def test_a_no_op_sync_is_one_request_and_one_write(session: Session,
                                                   front: HttpFront) -> None:
    sync(session, front)
    sync(session, front)  # the daily policy check, if any, is behind us
    CLOCK[0] = datetime(2026, 11, 30, 9, 5, tzinfo=UTC)
    requests, writes = len(front.requests), count_writes(session)
    commits = session.store.commit_count
    report = sync(session, front)
    assert (report.pushed, report.pulled, report.purged) == (0, 0, 0)
    assert len(front.requests) - requests == 1
    assert front.server.pulls[-1].audit == ()  # the last sync's own record waits
    assert len(writes) == 1
    assert session.store.commit_count == commits + 1  # no empty transaction beside it
    assert sync_state.last_successful_sync(session.store) == CLOCK[0]
    assert audit_actions(session)[-1] == "sync"
    assert session.lease is not None
    assert session.lease.expires_at == CLOCK[0] + timedelta(
        days=session.lease_policy.max_offline_days)


def synchronous_in_transactions(session: Session) -> list[int]:
    """``PRAGMA synchronous`` inside each outermost transaction from now on."""
    store, real = session.store, session.store.atomic
    found: list[int] = []

    @contextmanager
    def watching() -> Iterator[None]:
        if not store.raw.in_transaction:
            found.append(store.raw.execute("PRAGMA synchronous").fetchone()[0])
        with real():
            yield

    store.atomic = watching  # type: ignore[method-assign]
    return found


def test_a_no_op_sync_writes_the_sync_time_without_an_fsync(tmp_path: Path, session: Session,
                                                             front: HttpFront) -> None:
    """The one commit of a no-op sync is made with ``synchronous=NORMAL`` (written to the
    log, not synced: a power cut can only make the laptop believe it synced earlier), and the
    store is back at ``FULL`` for everything else; the sync time is written all the same."""
    sync(session, front)
    sync(session, front)
    CLOCK[0] = datetime(2026, 11, 30, 9, 5, tzinfo=UTC)
    levels = synchronous_in_transactions(session)
    sync(session, front)
    assert levels == [1]  # NORMAL, for the one commit
    assert session.store.raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
    session.close()
    reopened = profile.unlock(tmp_path / "amina", user="amina", passphrase=PASSPHRASE,
                              kdf=TEST_KDF, now=now)
    try:
        assert sync_state.last_successful_sync(reopened.store) == CLOCK[0]
        assert audit_actions(reopened)[-2:] == ["sync", "unlock"]
    finally:
        reopened.close()


def test_a_sync_failing_after_the_pull_still_records_the_contact(
        session: Session, front: HttpFront, monkeypatch: pytest.MonkeyPatch) -> None:
    def offline(*_args: object, **_kwargs: object) -> None:
        raise SyncError(SyncErrorKind.OFFLINE, "link dropped")

    monkeypatch.setattr(sync_round, "sync_attachments", offline)
    with pytest.raises(SyncError):
        sync(session, front)
    assert sync_state.last_successful_sync(session.store) == CLOCK[0]
    assert audit_actions(session)[-1] == "sync.failed"
    assert sync_state.outbox_size(session.store) == 0  # the push went through


def test_a_sync_failing_before_the_pull_records_no_contact(session: Session,
                                                           front: HttpFront) -> None:
    front.fail_next = [503] * 10
    with pytest.raises(SyncError):
        sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)
    assert sync_state.last_successful_sync(session.store) is None
    assert audit_actions(session)[-1] == "sync.failed"


class ClosingCounted(httpx.MockTransport):
    """A transport that counts when it is closed: an HTTP client closes its transport (and
    with it the connections it keeps) when it is closed itself."""

    closed = 0

    def close(self) -> None:
        self.closed += 1
        super().close()


def test_the_rounds_of_a_session_share_one_client_until_the_lock(tmp_path: Path,
                                                                  front: HttpFront) -> None:
    """A client per round closed its connection after every sync: the next one paid a new
    connection (TCP, and TLS in the field) and a new client."""
    folder = tmp_path / "bilal"
    profile.create_profile(folder, user="bilal", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    opened = profile.unlock(folder, user="bilal", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    sync_service.enroll(opened, SERVER, front.issue_code("ABCDE-12341", "user-1"),
                        front.transport())
    transport = ClosingCounted(front.handle)
    try:
        for _ in range(3):
            sync_service.sync_now(opened, transport, sleep=lambda _s: None)
        assert len(front.requests) >= 3
        assert transport.closed == 0
    finally:
        opened.close()
    assert transport.closed == 1


def test_a_no_op_sync_request_stays_small(session: Session, front: HttpFront) -> None:
    """The request half of a no-op sync as HTTP/1.1 frames it (start line, headers, body):
    the signing headers are most of it, so nothing else is sent that the server does not
    read (issue 10: a no-op sync in at most 1 KB both ways; the answer is about 200 bytes)."""
    sync(session, front)
    sync(session, front)
    before = len(front.requests)
    sync(session, front)
    request, = front.requests[before:]
    head = len(f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n") + sum(
        len(name) + len(value) + 4 for name, value in request.headers.raw) + 2
    assert head + len(request.content) <= 625  # 636 with httpx's default headers
    assert "accept" not in request.headers
    assert request.headers["user-agent"] == "FieldCase"
