"""Drafts: kept per user inside the encrypted store, bounded, audited without content, offered
only for a case the person may still edit, swept when old, gone with their case."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.services import cases, drafts, profile
from fieldcase.services.drafts import MAX_DRAFT_BYTES, case_key
from fieldcase.services.session import Session
from fieldcase.storage import audit

from .conftest import NOW, PASSPHRASE, TEST_KDF, new_case, now

WORKER_PASSPHRASE = "river lamp orbit seven"
MARKER = "Zqdraftmarkerwxy"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[dict[str, Session]]:
    """Supervisor amina and workers bilal and chaltu on one laptop, all unlocked."""
    folder = tmp_path / "team"
    profile.create_profile(folder, user="it.admin", passphrase=PASSPHRASE, role="admin",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    try:
        for name, role in (("amina", "supervisor"), ("bilal", "worker"), ("chaltu", "worker")):
            profile.add_user(admin, name=name, passphrase=WORKER_PASSPHRASE, role=role,
                             team="lamp", site="LAMP-01", kdf=TEST_KDF)
    finally:
        admin.close()
    sessions = {name: profile.unlock(folder, user=name, passphrase=WORKER_PASSPHRASE,
                                     kdf=TEST_KDF, now=now)
                for name in ("amina", "bilal", "chaltu")}
    yield sessions
    for session in sessions.values():
        session.close()


def audit_rows(session: Session) -> list[audit.AuditEvent]:
    return audit.events(session.store.raw)


def test_a_draft_is_saved_loaded_and_discarded(session: Session) -> None:
    state = {"fields": {"person.given_name": "Selam"}, "tab": 2}
    assert drafts.save_draft(session, "register", state) is True
    loaded = drafts.load_draft(session, "register")
    assert loaded is not None
    assert loaded.state == state and loaded.key == "register"
    assert loaded.saved_at == NOW
    assert [d.key for d in drafts.list_drafts(session)] == ["register"]
    assert drafts.discard_draft(session, "register") is True
    assert drafts.load_draft(session, "register") is None
    assert drafts.discard_draft(session, "register") is False


def test_a_draft_is_never_journaled_for_sync(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    outbox = session.store.raw.execute("SELECT count(*) FROM outbox").fetchone()[0]
    drafts.save_draft(session, case_key(saved.case_id), {"note": MARKER})
    drafts.discard_draft(session, case_key(saved.case_id))
    assert session.store.raw.execute("SELECT count(*) FROM outbox").fetchone()[0] == outbox


def test_saving_the_same_state_again_writes_and_audits_nothing(session: Session) -> None:
    assert drafts.save_draft(session, "register", {"a": 1})
    before = len(audit_rows(session))
    assert drafts.save_draft(session, "register", {"a": 1}) is False
    assert len(audit_rows(session)) == before
    assert drafts.save_draft(session, "register", {"a": 2}) is True
    assert len(audit_rows(session)) == before + 1


def test_the_audit_names_the_form_never_its_content(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    drafts.save_draft(session, case_key(saved.case_id), {"note": MARKER})
    drafts.discard_draft(session, case_key(saved.case_id))
    events = sorted((e for e in audit_rows(session) if e.action.startswith("draft.")),
                    key=lambda e: e.seq)
    assert [e.action for e in events] == ["draft.save", "draft.discard"]
    assert all(e.case_id == saved.case_id and dict(e.details) == {"form": "case"}
               for e in events)
    assert not any(MARKER in str(e) for e in audit_rows(session))


def test_drafts_are_per_local_user(team: dict[str, Session]) -> None:
    bilal, chaltu = team["bilal"], team["chaltu"]
    drafts.save_draft(bilal, "register", {"given": "bilal's typing"})
    assert drafts.load_draft(chaltu, "register") is None
    assert drafts.list_drafts(chaltu) == []
    drafts.save_draft(chaltu, "register", {"given": "chaltu's typing"})
    drafts.discard_draft(chaltu, "register")
    loaded = drafts.load_draft(bilal, "register")
    assert loaded is not None and loaded.state == {"given": "bilal's typing"}


@pytest.mark.parametrize("key", ["", "case", "case:", "case:12", "Register", "register ",
                                 "case:../../x", "note:0190a000-0000-7000-8000-000000000000",
                                 "case:0190A000-0000-7000-8000-000000000000", None, 7])
def test_a_key_of_another_shape_is_refused(session: Session, key: object) -> None:
    with pytest.raises(ValidationError) as caught:
        drafts.save_draft(session, key, {})  # type: ignore[arg-type]
    assert (caught.value.path, caught.value.rule) == ("key", "format")


def test_a_draft_larger_than_the_bound_is_refused_with_its_limit(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        drafts.save_draft(session, "register", {"text": "x" * MAX_DRAFT_BYTES})
    assert (caught.value.path, caught.value.rule) == ("state", "too_large")
    assert caught.value.params["max"] == MAX_DRAFT_BYTES
    assert drafts.load_draft(session, "register") is None
    drafts.save_draft(session, "register", {"text": "x" * (MAX_DRAFT_BYTES - 100)})


@pytest.mark.parametrize("state", [["a list"], {"n": float("nan")}, {"x": {1, 2}},
                                   {"t": "\ud800"}])
def test_a_state_that_is_not_a_json_object_is_refused(session: Session, state: object) -> None:
    with pytest.raises(ValidationError) as caught:
        drafts.save_draft(session, "register", state)  # type: ignore[arg-type]
    assert (caught.value.path, caught.value.rule) == ("state", "not_json")


def test_a_draft_of_a_case_reassigned_away_is_not_offered(team: dict[str, Session]) -> None:
    amina, bilal = team["amina"], team["bilal"]
    saved = cases.create_case(amina, new_case(assigned_to="bilal"))
    key = case_key(saved.case_id)
    drafts.save_draft(bilal, key, {"note": "typed before the reassignment"})
    assert drafts.load_draft(bilal, key) is not None
    cases.update_case(amina, saved.case_id, {"case": {"assigned_to": "chaltu"}})
    assert drafts.load_draft(bilal, key) is None
    assert drafts.list_drafts(bilal) == []
    cases.update_case(amina, saved.case_id, {"case": {"assigned_to": "bilal"}})
    assert drafts.load_draft(bilal, key) is not None  # kept, only not offered meanwhile


def test_a_case_removed_from_the_device_takes_its_drafts(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    key = case_key(saved.case_id)
    drafts.save_draft(session, key, {"note": MARKER})
    cases.delete_case(session, saved.case_id)
    count = session.store.raw.execute("SELECT count(*) FROM drafts").fetchone()[0]
    assert count == 0


def test_a_removed_user_takes_their_drafts(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    profile.create_profile(folder, user="it.admin", passphrase=PASSPHRASE, role="admin",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    admin = profile.unlock(folder, user="it.admin", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    try:
        profile.add_user(admin, name="bilal", passphrase=WORKER_PASSPHRASE, role="worker",
                         team="lamp", site="LAMP-01", kdf=TEST_KDF)
        bilal = profile.unlock(folder, user="bilal", passphrase=WORKER_PASSPHRASE, kdf=TEST_KDF,
                               now=now)
        drafts.save_draft(bilal, "register", {"given": MARKER})
        bilal.close()
        profile.remove_user(admin, name="bilal", kdf=TEST_KDF)
        count = admin.store.raw.execute("SELECT count(*) FROM drafts").fetchone()[0]
        assert count == 0
    finally:
        admin.close()


def test_drafts_older_than_the_retention_are_swept_at_unlock(
        profile_dir: Path, open_session: Callable[..., Session]) -> None:
    first = open_session()
    drafts.save_draft(first, "register", {"given": "old"})
    first.close()
    later = NOW + drafts.DRAFT_RETENTION - timedelta(minutes=1)
    kept = profile.unlock(profile_dir, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF,
                          now=lambda: later)
    try:
        assert drafts.load_draft(kept, "register") is not None
    finally:
        kept.close()
    much_later = NOW + drafts.DRAFT_RETENTION + timedelta(minutes=1)
    swept = profile.unlock(profile_dir, user="amina", passphrase=PASSPHRASE, kdf=TEST_KDF,
                           now=lambda: much_later)
    try:
        assert drafts.load_draft(swept, "register") is None
        sweeps = [e for e in audit_rows(swept) if e.action == "draft.sweep"]
        assert [dict(e.details) for e in sweeps] == [{"drafts": 1}]
    finally:
        swept.close()


def test_draft_content_is_never_in_plaintext_on_disk(
        profile_dir: Path, open_session: Callable[..., Session]) -> None:
    session = open_session()
    saved = cases.create_case(session, new_case())
    drafts.save_draft(session, case_key(saved.case_id), {"note": MARKER})
    drafts.save_draft(session, "register", {"given": MARKER + "-register"})
    needles = [MARKER.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]

    def hits() -> list[str]:
        return [f"{path.name}" for path in profile_dir.rglob("*") if path.is_file()
                for needle in needles if needle in path.read_bytes()]

    assert hits() == []  # while open: store, -wal and -shm
    session.close()
    assert hits() == []  # after the lock's checkpoint


def test_a_restored_case_draft_saved_with_its_seen_token_makes_a_conflict_not_an_overwrite(
        session: Session) -> None:
    """The contract for the case page: a draft carries what the person saw, so a case changed
    since the draft was kept (here by another edit; in the field by a sync) keeps both."""
    saved = cases.create_case(session, new_case())
    shown = cases.show_case(session, saved.case_id)
    key = case_key(saved.case_id)
    drafts.save_draft(session, key, {"seen": shown.seen.to_text(),
                                     "changes": {"case": {"stage": "return"}}})
    cases.update_case(session, saved.case_id, {"case": {"stage": "destination"}})
    kept = drafts.load_draft(session, key)
    assert kept is not None
    restored = cases.update_case(session, saved.case_id, kept.state["changes"],
                                 seen=cases.Seen.from_text(kept.state["seen"]))
    assert restored.conflicted_fields == ("case.stage",)
