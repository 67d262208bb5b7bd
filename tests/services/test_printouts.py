"""Before anything leaves the store from the app, the passphrase again: a wrong one records
nothing and counts as a failed unlock; a right one audits the output (who, which case, what
kind, no name or content) and returns the mark each page carries. The case summary holds the
person's identifying details only when asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.services import case_summary, cases, printouts, profile
from fieldcase.services.session import Session

from .conftest import PASSPHRASE, TEST_KDF, new_case


def _events(session: Session, action: str) -> list[tuple[str, str | None, str]]:
    return list(session.store.raw.execute(
        "SELECT user, case_id, details FROM audit_log WHERE action = ?", (action,)).fetchall())


def _failures(profile_dir: Path) -> int:
    return profile._keys(TEST_KDF).failed_attempts(profile_dir, "amina")


def test_a_wrong_passphrase_records_nothing_and_counts_as_a_failed_unlock(
        session: Session, profile_dir: Path) -> None:
    case_id = cases.create_case(session, new_case()).case_id
    called: list[Session] = []

    def record(s: Session) -> printouts.PrintMark:
        called.append(s)
        return case_summary.record_case_summary_print(s, case_id, "pdf", identifying=False)

    before = _failures(profile_dir)
    with pytest.raises(ValidationError) as refused:
        printouts.authorised_output(session, "not the passphrase", record)
    assert (refused.value.path, refused.value.rule) == ("passphrase", "wrong_passphrase")
    assert called == [] and _events(session, case_summary.AUDIT_ACTION) == []
    assert _failures(profile_dir) == before + 1
    mark = printouts.authorised_output(session, PASSPHRASE, record)
    assert mark.user == "amina" and not mark.changes
    assert _failures(profile_dir) == 0  # a right passphrase ends the run, as an unlock does
    events = _events(session, case_summary.AUDIT_ACTION)
    assert len(events) == 1 and events[0][:2] == ("amina", case_id)
    assert "Tesfay" not in events[0][2] and '"identifying":false' in events[0][2]


def test_another_profiles_passphrase_does_not_pass(
        session: Session, tmp_path: Path) -> None:
    other = tmp_path / "other"
    profile.create_profile(other, user="amina", passphrase="quiet river lantern stone",
                           role="worker", team="lamp", site="LAMP-01", kdf=TEST_KDF)
    with pytest.raises(ValidationError):
        profile.confirm_passphrase(session, "quiet river lantern stone")


def test_the_summary_names_the_person_only_when_asked_and_never_holds_notes(
        session: Session) -> None:
    document = {**new_case(), "notes": [{"text": "SECRET-NOTE", "author": "amina",
                                         "written_at": "2026-11-29T10:00:00Z"}],
                "tasks": [{"title": "Call back", "due_on": "2026-12-02"},
                          {"title": "Done already", "due_on": "2026-11-20",
                           "done_on": "2026-11-21"}]}
    case_id = cases.create_case(session, document).case_id
    plain = case_summary.case_summary(session, case_id)
    assert plain.identifying is None and plain.case_number.startswith("FC-")
    assert "Tesfay" not in repr(plain) and "SECRET-NOTE" not in repr(plain)
    assert [t[0] for t in plain.open_tasks] == ["Call back"]
    named = case_summary.case_summary(session, case_id, identifying=True)
    assert named.identifying is not None and named.identifying.family_name == "Tesfay"
    assert "SECRET-NOTE" not in repr(named)


def test_a_dashboard_save_is_audited_with_no_case(session: Session) -> None:
    mark = printouts.record_dashboard_export(session, "stage", "csv")
    assert mark.user == "amina"
    assert _events(session, printouts.DASHBOARD_ACTION) == [
        ("amina", None, '{"chart":"stage","format":"csv"}')]
    with pytest.raises(ValidationError):
        printouts.record_dashboard_export(session, "stage", "xlsx")


