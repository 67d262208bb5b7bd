"""A sync merge that breaks a rule across fields: the case still opens, names its problem,
waits in the review queue, and accepts edits that add no new problem.

Two real profiles edit the same journey leg apart and sync through the merge-only
:class:`FakeServer`: one ends the leg, the other moves its start after that end.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.domain.document import merge_problems, read_stored_document
from fieldcase.domain.errors import ValidationErrors
from fieldcase.services import attachments, cases, profile
from fieldcase.services.session import Session
from fieldcase.storage.case_list import CaseFilter
from fieldcase.sync.engine import SyncEngine
from fieldcase.sync.steps import Inline

from ..sync.fake_server import FakeServer
from .conftest import NOW, PASSPHRASE, TEST_KDF, now

TODAY = NOW.date()


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    sessions: list[Session] = []
    for name in ("amina", "berhane"):
        folder = tmp_path / name
        profile.create_profile(folder, user=name, passphrase=PASSPHRASE, role="supervisor",
                               team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
        sessions.append(profile.unlock(folder, user=name, passphrase=PASSPHRASE, kdf=TEST_KDF,
                                       now=now))
    yield sessions[0], sessions[1]
    for session in sessions:
        session.close()


def sync(session: Session, server: FakeServer) -> None:
    SyncEngine(Inline(session.store), server, device_id=f"dev-{session.actor.user}").run()


def document() -> dict[str, Any]:
    return {
        "person": {"given_name": "Selam", "sex": "female", "age_estimate": 24,
                   "nationality": "ERI"},
        "case": {"site": "LAMP-01", "stage": "transit", "assigned_to": "amina",
                 "opened_on": "2026-11-29"},
        "journey": [{"stage": "transit", "country": "LBY", "started_on": "2026-11-01"}],
    }


def in_review(session: Session, case_id: str) -> bool:
    page = cases.list_cases(session, CaseFilter(review_only=True))
    return case_id in {row.case_id for row in page.rows}


@pytest.fixture
def broken(devices: tuple[Session, Session]) -> tuple[Session, Session, str, str]:
    """A case whose journey leg ends (A's edit) before it starts (B's edit), on both devices.
    Returns the two sessions, the case id and the leg's id."""
    a, b = devices
    server = FakeServer()
    case_id = cases.create_case(a, document()).case_id
    sync(a, server)
    sync(b, server)
    leg_id = cases.show_case(a, case_id).document["journey"][0]["id"]
    cases.update_case(a, case_id, {"journey": [{"id": leg_id, "ended_on": "2026-11-10"}]})
    cases.update_case(b, case_id, {"journey": [{"id": leg_id, "started_on": "2026-11-20"}]})
    sync(a, server)
    sync(b, server)
    sync(a, server)
    return a, b, case_id, leg_id


def test_the_merged_case_opens_and_names_its_problem(
        broken: tuple[Session, Session, str, str]) -> None:
    a, b, case_id, _ = broken
    for session in (a, b):
        leg = cases.show_case(session, case_id).document["journey"][0]
        assert (leg["started_on"], leg["ended_on"]) == ("2026-11-20", "2026-11-10")
        problems = cases.case_problems(session, case_id)
        assert [(p.path, p.rule) for p in problems] == [("journey[0].ended_on", "date_order")]


def test_show_case_returns_the_document_only(broken: tuple[Session, Session, str, str]) -> None:
    _, b, case_id, _ = broken
    assert set(cases.show_case(b, case_id).document) == {
        "id", "person", "case", "journey", "screenings", "assistance", "referrals", "consents",
        "tasks", "notes", "household", "attachments"}


def test_the_merged_case_waits_in_the_review_queue(
        broken: tuple[Session, Session, str, str]) -> None:
    a, b, case_id, _ = broken
    assert in_review(a, case_id) and in_review(b, case_id)


def test_another_field_can_be_edited_and_the_case_stays_in_review(
        broken: tuple[Session, Session, str, str]) -> None:
    _, b, case_id, _ = broken
    saved = cases.update_case(b, case_id, {"person": {"family_name": "Tesfaye"}})
    assert saved.changes.record_kinds == {"person"}
    assert cases.show_case(b, case_id).document["person"]["family_name"] == "Tesfaye"
    assert [p.path for p in cases.case_problems(b, case_id)] == ["journey[0].ended_on"]
    assert in_review(b, case_id)


def test_an_edit_that_adds_a_problem_is_refused(
        broken: tuple[Session, Session, str, str]) -> None:
    _, b, case_id, _ = broken
    with pytest.raises(ValidationErrors) as caught:
        cases.update_case(b, case_id, {"journey": [
            {"stage": "return", "country": "ERI", "started_on": "2026-11-25",
             "ended_on": "2026-11-21"}]})
    assert caught.value.rules() == {("journey[0].ended_on", "date_order")}  # the partial's
    with pytest.raises(ValidationErrors) as caught:
        cases.update_case(b, case_id, {"case": {"opened_on": "2027-01-01"}})
    assert caught.value.rules() == {("case.opened_on", "future")}
    assert len(cases.show_case(b, case_id).document["journey"]) == 1


def test_an_edit_that_fixes_the_problem_clears_it_and_the_review_flag(
        broken: tuple[Session, Session, str, str]) -> None:
    _, b, case_id, leg_id = broken
    cases.update_case(b, case_id, {"journey": [{"id": leg_id, "ended_on": "2026-11-25"}]})
    assert cases.case_problems(b, case_id) == []
    assert not in_review(b, case_id)


def test_a_workflow_action_and_a_record_delete_work_on_a_case_with_a_problem(
        broken: tuple[Session, Session, str, str]) -> None:
    _, b, case_id, leg_id = broken
    cases.change_status(b, case_id, "start_assessment", comment="checked the journey")
    assert cases.show_case(b, case_id).document["case"]["status"] == "assessment"
    cases.delete_record(b, case_id, leg_id)
    assert cases.case_problems(b, case_id) == []


def test_case_show_warns_on_stderr_and_keeps_stdout_the_document(
        broken: tuple[Session, Session, str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    out = io.StringIO()
    code = cli.main(["case", "show", broken[2], "--json", "--profile", str(tmp_path / "berhane"),
                     "--user", "berhane"], stdin=io.StringIO(), stdout=out,
                    options=Options(kdf=TEST_KDF))
    assert code == 0
    assert '"journey"' in out.getvalue() and "problems" not in out.getvalue()
    assert "warning: journey[0].ended_on: must not be before started_on (date_order)" in (
        capsys.readouterr().err)


def stored_json(**leg: Any) -> dict[str, Any]:
    doc = document()
    doc["journey"][0].update(leg)
    return doc


def test_a_stored_read_still_refuses_a_broken_shape() -> None:
    with pytest.raises(ValidationErrors) as caught:
        read_stored_document(stored_json(means="hovercraft", ended_on="2026-10-01"), today=TODAY)
    assert ("journey[0].means", "unknown_code") in caught.value.rules()


def test_a_stored_read_reports_time_rules_but_review_ignores_them() -> None:
    later = stored_json(started_on="2026-12-05")  # a laptop whose clock is behind
    stored = read_stored_document(later, today=TODAY)
    assert [(p.path, p.rule) for p in stored.problems] == [("journey[0].started_on", "future")]
    assert merge_problems(later) == ()
    assert [p.rule for p in merge_problems(stored_json(ended_on="2026-10-01"))] == ["date_order"]


def test_a_stored_read_reports_referral_consent_mismatch() -> None:
    consent_id = "0195a0b2-7c00-7000-8000-000000000009"
    doc = {**document(),
           "referrals": [{"service_id": "shelter-1", "reason": "housing",
                          "referred_on": "2026-11-29", "consent_id": consent_id}],
           "consents": [{"id": consent_id, "purpose": "statistics", "given_by": "self",
                         "form": "verbal", "given_on": "2026-11-29"}]}
    stored = read_stored_document(doc, today=date(2026, 11, 30))
    assert [(p.path, p.rule) for p in stored.problems] == [
        ("referrals[0].consent_id", "consent_purpose")]


def test_registering_someone_like_the_person_of_a_broken_case_still_works(
        broken: tuple[Session, Session, str, str]) -> None:
    """The broken case is a duplicate candidate; reading it must not stop a registration."""
    _, b, case_id, _ = broken
    saved = cases.create_case(b, document())
    assert case_id in {d.case_id for d in saved.potential_duplicates}


def test_a_file_can_be_attached_to_a_case_with_a_problem(
        broken: tuple[Session, Session, str, str]) -> None:
    _, b, case_id, _ = broken
    attachment_id = attachments.add_attachment(b, case_id, b"consent form", "consent_form")
    assert attachments.open_attachment(b, attachment_id) == b"consent form"
    assert [p.path for p in cases.case_problems(b, case_id)] == ["journey[0].ended_on"]
