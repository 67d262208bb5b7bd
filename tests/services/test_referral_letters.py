"""The referral letter holds what the service needs and nothing else; printing is audited.
Household links find and number only cases the user may open."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.referral_rules import NEXT_STATUSES
from fieldcase.domain.screening_rules import dimension_findings
from fieldcase.services import cases, household, profile, referrals
from fieldcase.services.session import Session

from .conftest import PASSPHRASE, TEST_KDF, new_case

SERVICE = "lamp-01-medical"


def _case_with_referral(session: Session) -> tuple[str, str]:
    saved = cases.create_case(session, {
        **new_case(),
        "consents": [{"purpose": "referral", "service_id": SERVICE, "given_by": "self",
                      "form": "written", "given_on": "2026-11-29"}],
        "referrals": [{"service_id": SERVICE, "reason": "wound care", "status": "sent",
                       "referred_on": "2026-11-29"},
                      {"service_id": "lamp-01-legal", "reason": "other business",
                       "referred_on": "2026-11-29"}],
        "screenings": [{"instrument_id": "trafficking-adult", "instrument_version": 1,
                        "completed_at": "2026-11-29T09:00:00Z",
                        "answers": {"dr.job_place_employer": True}}]})
    document = cases.show_case(session, saved.case_id).document
    return saved.case_id, document["referrals"][0]["id"]


def test_the_letter_names_the_person_service_reason_and_consent_only(session: Session) -> None:
    case_id, referral_id = _case_with_referral(session)
    letter = referrals.referral_letter(session, case_id, referral_id)
    assert (letter.given_name, letter.family_name, letter.age) == ("ሰላም", "Tesfay", 24)
    assert letter.service is not None and letter.service.id == SERVICE
    assert letter.reason == "wound care" and letter.consent_form == "written"
    assert letter.referred_by == "amina"
    words = repr(letter)
    for private in ("met at the port", "other business", "dr.job_place", "+251",
                    "Selam Tesfaye"):
        assert private not in words


def test_printing_is_audited_without_content_and_changes_no_case(session: Session) -> None:
    case_id, referral_id = _case_with_referral(session)
    mark = referrals.record_referral_print(session, case_id, referral_id, "pdf")
    assert not mark.changes and mark.user == session.actor.user
    rows = session.store.raw.execute(
        "SELECT case_id, details FROM audit_log WHERE action = 'referral.print'").fetchall()
    assert len(rows) == 1 and rows[0][0] == case_id
    assert referral_id in rows[0][1] and "wound care" not in rows[0][1]
    with pytest.raises(ValidationError):
        referrals.record_referral_print(session, case_id, referral_id, "email")
    with pytest.raises(ValidationError):
        referrals.referral_letter(session, case_id, case_id)  # not a referral of this case


def test_a_household_link_finds_only_cases_the_user_may_open(session: Session,
                                                              tmp_path: Path) -> None:
    other = cases.create_case(session, new_case(given="Yonas", assigned_to="amina"))
    assert household.find_case_to_link(session, other.case_number) == (other.case_id,
                                                                       other.case_number)
    assert household.linked_case_numbers(session, [other.case_id]) == {
        other.case_id: other.case_number}
    with pytest.raises(ValidationError) as caught:
        household.find_case_to_link(session, "FC-NOSUCH-000001")
    assert caught.value.rule == "unknown_case"

    folder = tmp_path / "worker"  # a worker's laptop holding a colleague's case
    profile.create_profile(folder, user="yonas", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF)
    worker = profile.unlock(folder, user="yonas", passphrase=PASSPHRASE, kdf=TEST_KDF)
    try:
        theirs = cases.create_case(worker, {**new_case(given="Hagos", assigned_to="amina"),
                                            "notes": []})
        assert household.linked_case_numbers(worker, [theirs.case_id]) == {}
        with pytest.raises(ValidationError):
            household.find_case_to_link(worker, theirs.case_number)
    finally:
        worker.close()


def test_referral_statuses_move_forward_only() -> None:
    assert NEXT_STATUSES["proposed"] == ("sent", "declined")
    assert NEXT_STATUSES["completed"] == ()
    assert all(status not in NEXT_STATUSES[after]
               for status, nexts in NEXT_STATUSES.items() for after in nexts)


def test_dimension_findings_agree_with_the_level() -> None:
    from fieldcase import bundled
    child = next(i for i in bundled.instruments() if i.id == "trafficking-child")
    assert dimension_findings(child, set()).identified is False
    every = {q.id for q in child.questions}
    found = dimension_findings(child, every)
    assert found.identified and set(found.positive_elements) >= {"recruitment", "exploitation"}
