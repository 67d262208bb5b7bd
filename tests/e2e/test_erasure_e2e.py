"""Erasure through a real ``fieldcase-server`` process, on SQLite and PostgreSQL: a person's
record (a name in Latin and Arabic script, an attachment, a note) synced to two laptops is
erased on one; after both sync, no replica holds the name's bytes (UTF-8, UTF-16) nor the
attachment's: the server's SQLite file and WAL as the server left them, or every PostgreSQL
row as text; each laptop's SQLCipher store decrypted page by page (free pages included) and
its WAL; each laptop's attachment files. Then: an erased case cannot be edited, and a laptop
that was offline during the erasure, with an unsynced edit to the case, loses it at its next
sync without bringing the person back anywhere.

Each scan first proves it can see the name (a positive control) before the erasure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from tests.e2e.test_two_laptops import Server, laptop
from tests.e2e.test_two_laptops import server as server  # the fixture

from fieldcase.domain.errors import FieldCaseError
from fieldcase.domain.merge import MergeError, RecordState
from fieldcase.domain.merge_changes import edit_change
from fieldcase.services import attachments, cases, erasure
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import merged_cases
from fieldcase.storage.errors import NotFound
from fieldcase.storage.keys import KeyPurpose, subkey
from fieldcase.storage.store import DATABASE_FILE

from ..security.sqlcipher_pages import database_pages, wal_pages

GIVEN = "Zorvathine"
FAMILY = "قهرمانيوش"
NOTE = "Xylofenwick met at the crossing"
LATER = "Quembrastiel"  # the offline laptop's unsynced edit
SCAN = b"Erasure-Attachment-Plaintext-Canary-7731"


def needles(*texts: str) -> list[bytes]:
    found = []
    for text in texts:
        for form in {text, text.casefold()}:
            found += [form.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    return found


NAME = needles(GIVEN, FAMILY, NOTE)
ALL = [*NAME, SCAN, SCAN.hex().encode()]


def document() -> dict[str, object]:
    return {
        "person": {"given_name": GIVEN, "family_name": FAMILY, "sex": "female",
                   "age_estimate": 24, "nationality": "ERI", "languages": ["ti"]},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-20"},
        "notes": [{"text": NOTE, "confidential": False, "author": "amina",
                   "written_at": "2026-11-30T08:00:00Z"}],
    }


def laptop_hits(session: Session, found: list[bytes]) -> list[str]:
    """The needles in the laptop's store (every page decrypted, and its WAL) and in any file
    of its profile folder as stored (attachments included)."""
    folder = session.store.connection.path.parent
    key = subkey(session.data_key, KeyPurpose.DATABASE)
    pages = [*database_pages(folder / DATABASE_FILE, key),
             *wal_pages(folder / f"{DATABASE_FILE}-wal", key)]
    hits = [f"page {i}: {n!r}" for i, page in enumerate(pages) for n in found if n in page]
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {n!r}" for n in found if n in data]
    return hits


def server_hits(server: Server, found: list[bytes]) -> list[str]:
    """The needles on the server: on PostgreSQL, every row of every table as text (live rows;
    dead tuples are VACUUM's, docs/security.md "Erasure"); on SQLite, every file of its data
    folder as the server left it: the database file (``secure_delete``) and its WAL, which
    the server itself empties after a push that erased (``db.checkpoint_after_erasure``)."""
    if server.database_args:
        engine = sa.create_engine(server.database_args[1])
        hits = []
        try:
            with engine.connect() as conn:
                tables = conn.execute(sa.text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
                for table in list(tables):
                    for (row,) in conn.execute(sa.text(f'SELECT t::text FROM "{table}" t')):
                        data = row.encode("utf-8")
                        hits += [f"{table}: {n!r}" for n in found if n in data]
        finally:
            engine.dispose()
        return hits
    folder = server.cwd / "fieldcase-server-data"
    assert [p for p in folder.iterdir() if p.suffix == ".db"], list(folder.iterdir())
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {n!r}" for n in found if n in data]
    return hits


def photo() -> bytes:
    return bytes(range(256)) * 300 + SCAN


def test_an_erasure_leaves_no_copy_on_the_server_or_either_laptop(server: Server,
                                                                  tmp_path: Path) -> None:
    worker = laptop(tmp_path / "laptop-a", "amina", "worker", server)
    supervisor = laptop(tmp_path / "laptop-b", "selam", "supervisor", server)
    try:
        case_id = cases.create_case(worker, document()).case_id
        attachment_id = attachments.add_attachment(worker, case_id, photo(), "photo",
                                                   "at the port", media_type="image/jpeg")
        sync_service.sync_now(worker)
        sync_service.sync_now(supervisor)
        assert attachments.open_attachment(supervisor, attachment_id) == photo()
        for session in (worker, supervisor):
            session.store.checkpoint()
            assert laptop_hits(session, NAME), "the scan must see the name while it is here"
        assert server_hits(server, NAME), "the server scan must see the name while it is here"

        number = cases.show_case(supervisor, case_id).document["case"]["case_number"]
        with pytest.raises(FieldCaseError):  # a worker may not erase
            erasure.erase_case(worker, case_id, "the person asked")
        done = erasure.erase_case(supervisor, number, "the person asked, request DP-17")
        assert (done.case_id, done.case_number, done.attachments) == (case_id, number, 1)
        assert laptop_hits(supervisor, ALL) == []  # gone here before any sync

        sync_service.sync_now(supervisor)
        sync_service.sync_now(worker)  # one round: the pull, then the attachment step
        for session in (worker, supervisor):
            with pytest.raises(NotFound):
                cases.show_case(session, case_id)
            assert cases.search_cases(session, GIVEN) == []
            session.store.checkpoint()
            assert laptop_hits(session, ALL) == []
        assert server_hits(server, ALL) == []

        audit = supervisor.store.raw.execute(
            "SELECT case_id, details FROM audit_log WHERE action = 'case.erase'").fetchall()
        assert len(audit) == 1 and audit[0][0] == case_id
        assert number in audit[0][1] and "DP-17" in audit[0][1]
    finally:
        worker.close()
        supervisor.close()


def test_an_erased_case_stays_erased_even_on_a_laptop_that_was_offline(
        server: Server, tmp_path: Path) -> None:
    server.admin("user", "create", "--org", "Border Aid", "--team", "lamp", "--role",
                 "supervisor", "dawit", passphrase="server side passphrase long")
    worker = laptop(tmp_path / "laptop-a", "amina", "worker", server)
    supervisor = laptop(tmp_path / "laptop-b", "selam", "supervisor", server)
    offline = laptop(tmp_path / "laptop-c", "dawit", "supervisor", server)
    try:
        case_id = cases.create_case(worker, document()).case_id
        for session in (worker, supervisor, offline):
            sync_service.sync_now(session)
        # Offline, the third laptop edits the case; meanwhile the record is erased.
        cases.update_case(offline, case_id, {"person": {"family_name": LATER}})
        erasure.erase_case(supervisor, case_id, "the person asked")
        sync_service.sync_now(supervisor)

        # Nothing may write to the erased case: the service finds no case, and a change
        # made against the purge mark is absorbed (the merge leaves the mark as it was).
        with pytest.raises(NotFound):
            cases.update_case(supervisor, case_id, {"person": {"given_name": "Back"}})
        state = merged_cases.load_state(supervisor.store, case_id)
        assert state.purged is not None and state.records == {}
        with pytest.raises(MergeError) as refused:
            edit_change(RecordState(case_id, case_id, "case", purged=state.purged),
                        {"status": "open"}, change_id=supervisor.new_id(), case_id=case_id,
                        record_id=case_id, kind="case", stamp=supervisor.store.clock.now(),
                        author="selam")
        assert refused.value.rule == "purged"

        # The offline laptop comes back: its edit goes up first, then the purge comes down.
        assert offline.store.raw.execute("SELECT count(*) FROM outbox WHERE case_id = ?",
                                         (case_id,)).fetchone()[0] > 0
        back = sync_service.sync_now(offline)
        # The server acknowledges the edit and absorbs it (the purge mark wins, nothing is
        # logged); the pull then purges the case here, the edit's outbox row with it.
        assert (back.pushed, back.quarantined, back.purged) == (1, 0, 1)
        sync_service.sync_now(offline)
        for session in (offline, worker, supervisor):
            sync_service.sync_now(session)
            with pytest.raises(NotFound):
                cases.show_case(session, case_id)
            held = session.store.raw.execute(
                "SELECT (SELECT count(*) FROM outbox WHERE case_id = ?1)"
                " + (SELECT count(*) FROM refusals WHERE case_id = ?1)"
                " + (SELECT count(*) FROM hidden_cases WHERE case_id = ?1)",
                (case_id,)).fetchone()[0]
            assert held == 0
            session.store.checkpoint()
            assert laptop_hits(session, needles(GIVEN, FAMILY, LATER)) == []
        assert server_hits(server, needles(GIVEN, FAMILY, LATER)) == []
    finally:
        worker.close()
        supervisor.close()
        offline.close()
