"""Enrolment in two steps against the real server app in-process: the server's key is shown,
and nothing is kept until the person says its fingerprint matches the administrator's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.asgi_server import FINGERPRINT, SyncAsgi, server_world
from tests.server.sync_harness import World

from fieldcase.domain.errors import ValidationError
from fieldcase.services import enrolment, org_policy
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.sync.enrolment import EnrolmentError

SERVER = "http://127.0.0.1:8765"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with server_world(tmp_path) as made:
        yield made


@pytest.fixture
def transport(world: World) -> SyncAsgi:
    return SyncAsgi(world)


def audit_actions(session: Session) -> list[str]:
    return [row[0] for row in session.store.raw.execute(
        "SELECT action FROM audit_log ORDER BY seq")]


def test_the_key_is_shown_and_nothing_is_kept_until_the_person_confirms(
        session: Session, world: World, transport: SyncAsgi) -> None:
    code = world.code("amina")
    offer = enrolment.begin_enrolment(session, SERVER, code.lower().replace("-", " "),
                                      transport)
    assert (offer.server_url, offer.server_fingerprint, offer.host) == (
        SERVER, FINGERPRINT, "127.0.0.1")
    assert sync_state.load_enrolment(session.store) is None  # not kept yet
    assert "device.enrol" not in audit_actions(session)
    assert "private" not in repr(session.pending_enrolment).lower()
    info = enrolment.confirm_enrolment(session, offer)
    stored = sync_state.load_enrolment(session.store)
    assert stored is not None and stored.device_id == info.device_id
    assert info.server_fingerprint == FINGERPRINT and stored.server_url == SERVER
    assert audit_actions(session)[-2:] == ["device.enrol", "policy.checked"]
    assert org_policy.device_policy(session) is not None  # fetched once kept
    assert session.pending_enrolment is None
    with pytest.raises(ValidationError) as twice:
        enrolment.confirm_enrolment(session, offer)
    assert twice.value.rule == "no_pending_enrolment"


def test_a_refused_fingerprint_keeps_nothing_and_is_audited(
        session: Session, world: World, transport: SyncAsgi) -> None:
    code = world.code("amina")
    offer = enrolment.begin_enrolment(session, SERVER, code, transport)
    enrolment.refuse_enrolment(session, offer)
    assert sync_state.load_enrolment(session.store) is None
    assert audit_actions(session)[-1] == "device.enrol_refused"
    details = session.store.raw.execute(
        "SELECT details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert "fingerprint_mismatch" in details
    with pytest.raises(ValidationError) as late:
        enrolment.confirm_enrolment(session, offer)  # a refused answer cannot come back
    assert late.value.rule == "no_pending_enrolment"
    with pytest.raises(EnrolmentError) as used:  # the code is spent on the server
        enrolment.begin_enrolment(session, SERVER, code, transport)
    assert used.value.kind == "used"


def test_giving_up_before_saying_is_audited_as_cancelled(
        session: Session, world: World, transport: SyncAsgi) -> None:
    offer = enrolment.begin_enrolment(session, SERVER, world.code("amina"), transport)
    enrolment.refuse_enrolment(session, offer, mismatch=False)
    enrolment.refuse_enrolment(session, offer, mismatch=False)  # nothing left: no second event
    rows = session.store.raw.execute(
        "SELECT action, details FROM audit_log WHERE action LIKE 'device.%'").fetchall()
    assert len(rows) == 1 and "cancelled" in rows[0][1]


def test_a_lock_between_the_steps_drops_the_answer(
        open_session: object, world: World, transport: SyncAsgi) -> None:
    first: Session = open_session()  # type: ignore[operator]
    offer = enrolment.begin_enrolment(first, SERVER, world.code("amina"), transport)
    first.close()
    assert first.pending_enrolment is None
    second: Session = open_session()  # type: ignore[operator]
    with pytest.raises(ValidationError) as dropped:
        enrolment.confirm_enrolment(second, offer)
    assert dropped.value.rule == "no_pending_enrolment"
    assert sync_state.load_enrolment(second.store) is None


def test_a_new_start_replaces_an_answer_left_waiting(
        session: Session, world: World, transport: SyncAsgi) -> None:
    stale = enrolment.begin_enrolment(session, SERVER, world.code("amina"), transport)
    fresh = enrolment.begin_enrolment(session, SERVER, world.code("amina"), transport)
    with pytest.raises(ValidationError):
        enrolment.confirm_enrolment(session, stale)
    fresh_again = enrolment.begin_enrolment(session, SERVER, world.code("amina"), transport)
    assert fresh_again != fresh
    enrolment.confirm_enrolment(session, fresh_again)
    with pytest.raises(ValidationError) as enrolled:
        enrolment.begin_enrolment(session, SERVER, world.code("amina"), transport)
    assert enrolled.value.rule == "already_enrolled"


@pytest.mark.parametrize(("code", "kind"), [
    ("ABC", "malformed_code"), ("ZZZZZ-99999", "unknown")])
def test_a_code_typed_wrong_or_unknown_is_refused(session: Session, transport: SyncAsgi,
                                                  code: str, kind: str) -> None:
    with pytest.raises(EnrolmentError) as refused:
        enrolment.begin_enrolment(session, SERVER, code, transport)
    assert refused.value.kind == kind
    assert transport.requests == ([] if kind == "malformed_code" else ["/v1/enrol"])
    assert session.pending_enrolment is None


def test_an_expired_code_is_refused(session: Session, world: World,
                                    transport: SyncAsgi) -> None:
    code = world.code("amina")
    world.clock.advance(hours=25)
    with pytest.raises(EnrolmentError) as expired:
        enrolment.begin_enrolment(session, SERVER, code, transport)
    assert expired.value.kind == "expired"


@pytest.mark.parametrize(("url", "rule"), [
    ("http://sync.example.org", "not_https"), ("sync.example.org", "not_a_url")])
def test_an_address_without_tls_is_refused_before_anything_is_sent(
        session: Session, transport: SyncAsgi, url: str, rule: str) -> None:
    with pytest.raises(ValidationError) as refused:
        enrolment.begin_enrolment(session, url, "ABCDE-12345", transport)
    assert (refused.value.path, refused.value.rule) == ("server", rule)
    assert transport.requests == []


def test_the_command_lines_fingerprint_is_checked_before_anything_is_kept(
        session: Session, world: World, transport: SyncAsgi) -> None:
    with pytest.raises(EnrolmentError) as mismatch:
        enrolment.enroll(session, SERVER, world.code("amina"), transport,
                         expected_fingerprint="AAAA-BBBB-CCCC-DDDD")
    assert mismatch.value.kind == "fingerprint_mismatch"
    assert sync_state.load_enrolment(session.store) is None
    assert audit_actions(session)[-1] == "device.enrol_refused"
    info = enrolment.enroll(session, SERVER, world.code("amina"), transport,
                            expected_fingerprint=FINGERPRINT.lower())
    assert sync_state.load_enrolment(session.store) is not None
    assert info.server_fingerprint == FINGERPRINT
