"""The laptop's audit log reaches the server with the sync: on the pull request, each event
once, in batches, its chain checked; a sync's own record waits for the next event, so a no-op
sync carries none; a refused chain stops the log, not the casework."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import audit
from fieldcase.storage.keyslots import KdfParams

from .fake_server import FakeServer, HttpFront

KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
CLOCK = [datetime(2026, 11, 30, 9, 0, tzinfo=UTC)]
NAME = "Qorvanexaudit"


def now() -> datetime:
    return CLOCK[0]


@pytest.fixture
def front() -> HttpFront:
    return HttpFront(FakeServer(), now=now)


@pytest.fixture
def session(tmp_path: Path, front: HttpFront) -> Iterator[Session]:
    folder = tmp_path / "amina"
    profile.create_profile(folder, user="amina", passphrase=PASSPHRASE, role="supervisor",
                           team="lamp", site="LAMP-01", kdf=KDF, now=now)
    opened = profile.unlock(folder, user="amina", passphrase=PASSPHRASE, kdf=KDF, now=now)
    sync_service.enroll(opened, "http://127.0.0.1:8765",
                        front.issue_code("ABCDE-12340", "user-0"), front.transport())
    yield opened
    opened.close()


def new_case(session: Session) -> str:
    return cases.create_case(session, {
        "person": {"given_name": NAME, "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"}}).case_id


def sync(session: Session, front: HttpFront) -> sync_service.SyncReport:
    return sync_service.sync_now(session, front.transport(), sleep=lambda _s: None)


def local_log(session: Session) -> list[audit.AuditEvent]:
    return list(reversed(audit.events(session.store.raw, limit=10_000)))


def test_the_log_reaches_the_server_once_with_its_chain(session: Session,
                                                         front: HttpFront) -> None:
    case_id = new_case(session)
    cases.show_case(session, case_id)
    report = sync(session, front)
    held = front.server.audit
    assert report.audit is not None and report.audit.refused is None
    assert held == local_log(session)[:-1]  # all but the sync's own record, as written
    assert ("case.view", case_id) in [(e.action, e.case_id) for e in held]
    assert audit.sent_mark(session.store.raw) == held[-1].seq
    assert NAME not in repr(held)  # ids and counts only, never the person's name

    cases.show_case(session, case_id)
    sync(session, front)
    assert front.server.audit == local_log(session)[:-1]  # each event once, none skipped
    assert [e.seq for e in front.server.audit] == list(range(1, len(front.server.audit) + 1))


def test_a_no_op_sync_carries_no_audit_event(session: Session, front: HttpFront) -> None:
    sync(session, front)
    sync(session, front)  # only the first sync's own record is new: it waits
    assert front.server.pulls[-1].audit == ()
    assert local_log(session)[-2].action == "sync"


def test_events_sent_again_after_a_lost_answer_are_ignored(session: Session,
                                                           front: HttpFront) -> None:
    case_id = new_case(session)
    sync(session, front)
    held = list(front.server.audit)
    with session.store.atomic():
        audit.mark_sent(session.store.raw, 0)  # as if the answer never arrived
    cases.show_case(session, case_id)
    sync(session, front)
    assert front.server.audit[:len(held)] == held
    assert front.server.audit == local_log(session)[:-1]


def test_a_long_backlog_goes_in_batches_within_one_round(
        session: Session, front: HttpFront, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "AUDIT_BATCH", 3)
    case_id = new_case(session)
    for _ in range(7):
        cases.show_case(session, case_id)
    sync(session, front)
    carrying = [p for p in front.server.pulls if p.audit]
    assert len(carrying) == -(-len(front.server.audit) // 3) > 2
    assert all(len(p.audit) <= 3 for p in carrying)
    assert front.server.audit == local_log(session)[:-1]


def test_a_refused_chain_is_recorded_and_the_case_sync_goes_on(session: Session,
                                                               front: HttpFront) -> None:
    case_id = new_case(session)
    sync(session, front)
    last = front.server.audit[-1]  # the server's copy no longer matches the laptop's
    front.server.audit[-1] = dataclasses.replace(last, hash="f" * 64)
    cases.show_case(session, case_id)
    cases.update_case(session, case_id, {"case": {"stage": "destination"}})
    report = sync(session, front)
    assert report.pushed > 0  # the casework synced
    assert report.audit is not None and report.audit.refused is not None
    assert "does not follow" in report.audit.refused
    assert audit.refused_reason(session.store.raw) == report.audit.refused
    assert audit.sent_mark(session.store.raw) == last.seq  # sent again next round
