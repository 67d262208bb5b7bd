"""Sync use-cases over HTTP: enrolment, sync between two profiles, retries, clock errors,
revocation with a genuine or a forged wipe, and conflicts as a person sees them.

The server is the merge-only fake of ``tests/sync/fake_server.py`` behind the HTTP contract
(``httpx.MockTransport``): signatures are checked with the device's enrolled key.
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldcase.domain.errors import ValidationError, ValidationErrors
from fieldcase.domain.policy import Actor, Role
from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams
from fieldcase.storage.store import DATABASE_FILE
from fieldcase.sync.enrolment import EnrolmentError, server_key_fingerprint
from fieldcase.sync.errors import SyncError
from fieldcase.sync.protocol import encode
from fieldcase.sync.protocol_bounds import PUSH_BOUNDS, check_size

from ..sync.fake_server import FakeServer, HttpFront

TEST_KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SERVER = "http://127.0.0.1:8765"


def now() -> datetime:
    return NOW


@pytest.fixture
def front() -> HttpFront:
    return HttpFront(FakeServer(), now=now)


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    made = {}
    for name in ("amina", "berhane"):
        made[name] = tmp_path / name
        profile.create_profile(made[name], user=name, passphrase=PASSPHRASE, role="supervisor",
                               team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    return made


@pytest.fixture
def devices(folders: dict[str, Path], front: HttpFront) -> Iterator[tuple[Session, Session]]:
    sessions = [profile.unlock(folder, user=name, passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
                for name, folder in folders.items()]
    for index, session in enumerate(sessions):
        code = front.issue_code(f"ABCDE-1234{index}", f"user-{index}")
        sync_service.enroll(session, SERVER, code, front.transport())
    yield sessions[0], sessions[1]
    for session in sessions:
        session.close()


def document(given: str = "Qorvanex") -> dict[str, Any]:
    return {
        "person": {"given_name": given, "family_name": "Tesfay", "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"},
    }


def sync(session: Session, front: HttpFront, **options: Any) -> sync_service.SyncReport:
    return sync_service.sync_now(session, front.transport(), sleep=lambda _s: None, **options)


def audit_actions(session: Session) -> list[str]:
    return [row[0] for row in session.store.raw.execute(
        "SELECT action FROM audit_log ORDER BY seq")]


def test_enrolled_devices_sync_cases_over_signed_http(devices: tuple[Session, Session],
                                                      front: HttpFront) -> None:
    a, b = devices
    stored = sync_state.load_enrolment(a.store)
    assert stored is not None and stored.server_public_key == front.public_key
    assert stored.device_id in front.devices and stored.enrolled_by == "amina"
    case_id = cases.create_case(a, document()).case_id
    assert sync(a, front).pushed == 2  # person, case
    report = sync(b, front)
    assert (report.pulled, report.conflicts) == (2, 0)
    assert cases.show_case(b, case_id).document == cases.show_case(a, case_id).document
    assert "sync" in audit_actions(b) and "device.enrol" in audit_actions(b)


def test_enrolment_reports_the_fingerprint_and_refuses_what_it_should(
        folders: dict[str, Path], front: HttpFront) -> None:
    session = profile.unlock(folders["amina"], user="amina", passphrase=PASSPHRASE,
                             kdf=TEST_KDF, now=now)
    try:
        with pytest.raises(ValidationError, match="https"):
            sync_service.enroll(session, "http://sync.example.org", "ABCDE-12345",
                                front.transport())
        with pytest.raises(EnrolmentError) as typo:
            sync_service.enroll(session, SERVER, "ABC", front.transport())
        assert typo.value.kind == "malformed_code" and front.requests == []
        with pytest.raises(EnrolmentError) as unknown:
            sync_service.enroll(session, SERVER, "ZZZZZ-99999", front.transport())
        assert unknown.value.kind == "unknown"
        code = front.issue_code("ABCDE-12345", "user-1")
        fingerprint = server_key_fingerprint(front.public_key)
        info = sync_service.enroll(session, SERVER, code, front.transport(),
                                   expected_fingerprint=fingerprint)
        assert info.server_fingerprint == fingerprint
        with pytest.raises(ValidationError, match="already enrolled"):
            sync_service.enroll(session, SERVER, code, front.transport())
    finally:
        session.close()


def test_device_secrets_never_reach_the_disk_in_clear(devices: tuple[Session, Session],
                                                      folders: dict[str, Path]) -> None:
    a, _ = devices
    stored = sync_state.load_enrolment(a.store)
    assert stored is not None
    a.store.checkpoint()
    secrets = [stored.device_private_key, base64.b64encode(stored.device_private_key),
               stored.session_token.encode()]
    for path in folders["amina"].iterdir():
        content = path.read_bytes()
        assert not any(secret in content for secret in secrets), path.name


def test_server_errors_are_retried_and_the_sync_completes(devices: tuple[Session, Session],
                                                          front: HttpFront) -> None:
    a, _ = devices
    cases.create_case(a, document())
    front.fail_next = [503, 502]
    waits: list[float] = []
    report = sync_service.sync_now(a, front.transport(), sleep=waits.append)
    assert report.pushed == 2 and len(waits) == 2


def test_an_outbox_past_the_servers_push_bounds_goes_in_parts_and_loses_nothing(
        devices: tuple[Session, Session], front: HttpFront) -> None:
    """A case with 430 notes of 20,000 characters makes one 500-change batch larger than the
    server accepts (8 MiB): the device sends it in parts, each within the bounds."""
    a, b = devices
    notes = [{"text": f"{i:05d}" + "n" * 19_995, "confidential": False, "author": "amina",
              "written_at": "2026-11-29T10:00:00Z"} for i in range(430)]
    case_id = cases.create_case(a, {**document(), "notes": notes}).case_id
    report = sync(a, front)
    assert (report.pushed, report.quarantined) == (432, 0)
    assert len(front.server.pushes) >= 2
    for request in front.server.pushes:
        check_size(encode(request.to_json()), PUSH_BOUNDS)  # raises past the bounds
    sync(b, front)
    assert len(cases.show_case(b, case_id).document["notes"]) == 430


def test_a_clock_days_off_is_told_by_how_much_and_loses_nothing(
        devices: tuple[Session, Session], front: HttpFront) -> None:
    a, _ = devices
    cases.create_case(a, document())
    front.now = lambda: NOW + timedelta(days=3)
    with pytest.raises(SyncError) as caught:
        sync(a, front)
    assert caught.value.kind == "clock" and caught.value.skew_seconds == -3 * 86_400
    assert "3 days behind" in caught.value.message
    assert sync_state.outbox_size(a.store) == 2
    assert audit_actions(a)[-1] == "sync.failed"


def test_a_genuine_wipe_crypto_erases_the_profile(devices: tuple[Session, Session],
                                                  front: HttpFront,
                                                  folders: dict[str, Path]) -> None:
    a, _ = devices
    cases.create_case(a, document())
    stored = sync_state.load_enrolment(a.store)
    assert stored is not None
    front.revoked.add(stored.device_id)
    with pytest.raises(SyncError) as caught:
        sync(a, front)
    assert caught.value.kind == "revoked" and caught.value.erased
    folder = folders["amina"]
    assert not profile.profile_exists(folder)
    assert not (folder / DATABASE_FILE).exists()


def test_a_forged_wipe_is_ignored_recorded_and_reported(devices: tuple[Session, Session],
                                                        front: HttpFront,
                                                        folders: dict[str, Path]) -> None:
    a, _ = devices
    stored = sync_state.load_enrolment(a.store)
    assert stored is not None
    front.revoked.add(stored.device_id)
    impostor = Ed25519PrivateKey.from_private_bytes(b"\x66" * 32)
    front.wipe_for = lambda device_id, key=impostor: HttpFront.wipe_for(  # type: ignore[method-assign]
        front, device_id, key=key)
    with pytest.raises(SyncError) as caught:
        sync(a, front)
    error = caught.value
    assert error.kind == "revoked" and not error.erased
    assert error.wipe_rejected is not None and "pinned" in error.wipe_rejected
    assert profile.profile_exists(folders["amina"])
    assert audit_actions(a)[-1] == "sync.wipe_rejected"


def test_conflicts_are_listed_for_those_who_may_see_them_and_resolved(
        devices: tuple[Session, Session], front: HttpFront) -> None:
    a, b = devices
    case_id = cases.create_case(a, document()).case_id
    sync(a, front)
    sync(b, front)
    cases.update_case(a, case_id, {"case": {"stage": "destination"}})
    cases.update_case(b, case_id, {"case": {"stage": "return"}})
    sync(a, front)
    sync(b, front)
    (conflict,) = sync_service.list_conflicts(b, case_id)
    assert conflict.case_number is not None and conflict.field == "stage"
    assert conflict.sides[conflict.winner].value in ("destination", "return")
    supervisor = b.actor
    b.actor = Actor("someone.else", Role.WORKER, "lamp", "OTHER-SITE")
    assert sync_service.list_conflicts(b) == []
    b.actor = supervisor
    with pytest.raises(ValidationError, match="choose one"):
        sync_service.resolve_conflict(b, conflict.conflict_id)
    with pytest.raises(ValidationErrors):  # the case must stay a valid document
        sync_service.resolve_conflict(b, conflict.conflict_id, value="nowhere", use_value=True)
    assert len(sync_service.list_conflicts(b)) == 1
    sync_service.resolve_conflict(b, conflict.conflict_id, value="origin", use_value=True)
    sync(b, front)
    sync(a, front)
    for session in devices:
        assert sync_service.list_conflicts(session) == []
        assert cases.show_case(session, case_id).document["case"]["stage"] == "origin"


def test_a_renewed_session_is_used_at_once_and_kept(devices: tuple[Session, Session],
                                                   front: HttpFront) -> None:
    a, _ = devices
    expires = NOW + timedelta(days=30)
    token = base64.urlsafe_b64encode(
        struct.pack(">B16sqq", 1, b"\x05" * 16, int(NOW.timestamp()), int(expires.timestamp()))
        + b"\x00" * 40).rstrip(b"=").decode()
    front.renewed_session = token
    cases.create_case(a, document())
    sync(a, front)
    push, pull = (r.headers["x-fieldcase-session"] for r in front.requests[-2:])
    assert push != token and pull == token  # the pull after the push already signs with it
    stored = sync_state.load_enrolment(a.store)
    assert stored is not None
    assert (stored.session_token, stored.session_expires_at) == (token, expires)
