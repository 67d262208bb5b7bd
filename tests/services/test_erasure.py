"""``services.erasure`` on one laptop: who may erase, the reason, the passphrase again, and
what goes at once (row, name index, drafts, attachment files, unsynced edits) and what stays
(one purge change to sync, one audit event naming the case number and reason, not the name).
The way through sync to the server and other devices is tests/e2e/test_erasure_e2e.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from fieldcase.domain.errors import PermissionDenied, ValidationError
from fieldcase.domain.policy import Actor, Role
from fieldcase.services import attachments, cases, drafts, erasure, profile
from fieldcase.services.session import Session
from fieldcase.storage.errors import NotFound
from fieldcase.storage.keys import KeyPurpose, subkey
from fieldcase.storage.keyslots import KdfParams
from fieldcase.storage.store import DATABASE_FILE

from ..security.sqlcipher_pages import database_pages, wal_pages

KDF = KdfParams.insecure_for_tests()
PASSPHRASE = "correct horse battery staple"
NAME = "Qzxerasedvelt"


def _open(folder: Path, user: str, role: str) -> Session:
    if not profile.profile_exists(folder):
        profile.create_profile(folder, user=user, passphrase=PASSPHRASE, role=role,
                               team="lamp", site="LAMP-01", kdf=KDF)
    return profile.unlock(folder, user=user, passphrase=PASSPHRASE, kdf=KDF)


@pytest.fixture
def supervisor(tmp_path: Path) -> Iterator[Session]:
    session = _open(tmp_path / "laptop", "selam", "supervisor")
    yield session
    session.close()


def new_case(session: Session, given: str = NAME) -> str:
    return cases.create_case(session, {
        "person": {"given_name": given, "family_name": "Haile", "sex": "female",
                   "age_estimate": 19, "nationality": "ETH", "languages": ["am"]},
        "case": {"site": "LAMP-01", "stage": "origin", "assigned_to": "selam",
                 "opened_on": "2026-06-03"}}).case_id


def count(session: Session, sql: str, *args: object) -> int:
    return int(session.store.raw.execute(sql, args).fetchone()[0])


def test_the_case_goes_at_once_and_only_the_purge_waits_to_sync(supervisor: Session) -> None:
    kept = new_case(supervisor, "Meronita")
    case_id = new_case(supervisor)
    number = cases.show_case(supervisor, case_id).document["case"]["case_number"]
    attachments.add_attachment(supervisor, case_id, b"scan of a consent form", "consent_form")
    drafts.save_draft(supervisor, f"case:{case_id}", {"typed": NAME})
    files = supervisor.store.connection.path.parent / "attachments"
    assert any(files.iterdir())

    done = erasure.erase_case(supervisor, number, "  the person asked, DP-17  ")

    assert (done.case_id, done.case_number, done.attachments) == (case_id, number, 1)
    assert case_id in done.changes.case_ids
    with pytest.raises(NotFound):
        cases.show_case(supervisor, case_id)
    assert cases.search_cases(supervisor, NAME) == []
    assert [h.case_id for h in cases.search_cases(supervisor, "Meronita")] == [kept]
    assert count(supervisor, "SELECT count(*) FROM drafts") == 0
    assert count(supervisor, "SELECT count(*) FROM attachment_files WHERE case_id = ?",
                 case_id) == 0
    assert not any(files.iterdir())
    outbox = supervisor.store.raw.execute(
        "SELECT op, record_id FROM outbox WHERE case_id = ?", (case_id,)).fetchall()
    assert outbox == [("purge", case_id)]  # its unsynced edits never leave
    assert count(supervisor, "SELECT count(*) FROM purged_cases WHERE case_id = ?",
                 case_id) == 1
    events = supervisor.store.raw.execute(
        "SELECT case_id, details FROM audit_log WHERE action = 'case.erase'").fetchall()
    assert len(events) == 1 and events[0][0] == case_id
    assert number in events[0][1] and "the person asked, DP-17" in events[0][1]
    for (row,) in supervisor.store.raw.execute("SELECT details FROM audit_log"):
        assert NAME not in str(row)


def test_no_page_or_wal_frame_of_the_store_keeps_the_name(supervisor: Session) -> None:
    """The positive control first: the scan sees the name while the case is here."""
    new_case(supervisor, "Meronita")
    case_id = new_case(supervisor)
    folder = supervisor.store.connection.path.parent
    key = subkey(supervisor.data_key, KeyPurpose.DATABASE)
    needles = [NAME.encode(), NAME.casefold().encode(), NAME.encode("utf-16-le")]

    def hits() -> list[bytes]:
        pages = [*database_pages(folder / DATABASE_FILE, key),
                 *wal_pages(folder / f"{DATABASE_FILE}-wal", key)]
        return [n for page in pages for n in needles if n in page]

    supervisor.store.checkpoint()
    assert hits()
    erasure.erase_case(supervisor, case_id, "the person asked")
    assert hits() == []


def test_a_reason_is_required_and_a_worker_may_not_erase(supervisor: Session) -> None:
    case_id = new_case(supervisor)
    with pytest.raises(ValidationError) as blank:
        erasure.erase_case(supervisor, case_id, "   ")
    assert (blank.value.path, blank.value.rule) == ("reason", "required")
    # Even the worker the case is assigned to: erasure is a supervisor's (the server agrees).
    worker = replace(supervisor, actor=Actor("selam", Role.WORKER, "lamp", "LAMP-01"))
    with pytest.raises(PermissionDenied):
        erasure.target(worker, case_id)
    with pytest.raises(PermissionDenied):
        erasure.erase_case(worker, case_id, "the person asked")
    assert count(supervisor, "SELECT count(*) FROM cases WHERE id = ?", case_id) == 1


def test_the_app_path_asks_for_the_passphrase_again(supervisor: Session) -> None:
    case_id = new_case(supervisor)
    assert erasure.target(supervisor, case_id).case_id == case_id
    with pytest.raises(ValidationError) as wrong:
        erasure.erase_confirmed(supervisor, case_id, "the person asked", "not my passphrase")
    assert (wrong.value.path, wrong.value.rule) == ("passphrase", "wrong_passphrase")
    assert count(supervisor, "SELECT count(*) FROM cases WHERE id = ?", case_id) == 1
    done = erasure.erase_confirmed(supervisor, case_id, "the person asked", PASSPHRASE)
    assert done.case_id == case_id
    with pytest.raises(NotFound):
        erasure.target(supervisor, case_id)
