"""A referral is sent only with the person's active consent, to a service of the directory.

Finding of issue 8: a referral was marked sent the day after its consent was withdrawn.
"""

from __future__ import annotations

from typing import Any

import pytest

from fieldcase.domain.errors import ValidationErrors
from fieldcase.services import cases
from fieldcase.services.session import Session

from .conftest import new_case

SERVICE = "lamp-01-legal"  # in assets/services/directory.json


def consent(service: str = SERVICE, **extra: Any) -> dict[str, Any]:
    return {"purpose": "referral", "service_id": service, "given_by": "self",
            "form": "verbal", "given_on": "2026-11-29", **extra}


def referral(status: str = "proposed", service: str = SERVICE, **extra: Any) -> dict[str, Any]:
    return {"service_id": service, "reason": "legal advice on status", "status": status,
            "referred_on": "2026-11-29", **extra}


def refused(session: Session, action: Any) -> set[tuple[str, str]]:
    before = cases.list_cases(session, cases.CaseFilter()).rows
    with pytest.raises(ValidationErrors) as caught:
        action()
    assert cases.list_cases(session, cases.CaseFilter()).rows == before  # nothing written
    return caught.value.rules()


def test_a_referral_sent_without_consent_is_refused(session: Session) -> None:
    document = {**new_case(), "referrals": [referral("sent")]}
    assert refused(session, lambda: cases.create_case(session, document)) == {
        ("referrals[0].status", "consent_required")}


def test_consent_for_another_service_does_not_count(session: Session) -> None:
    document = {**new_case(), "consents": [consent("lamp-01-medical")],
                "referrals": [referral("sent")]}
    assert refused(session, lambda: cases.create_case(session, document)) == {
        ("referrals[0].status", "consent_required")}


def test_a_referral_is_not_sent_after_its_consent_was_withdrawn(session: Session) -> None:
    saved = cases.create_case(session, {**new_case(), "consents": [consent()],
                                        "referrals": [referral("proposed")]})
    shown = cases.show_case(session, saved.case_id).document
    consent_id, referral_id = shown["consents"][0]["id"], shown["referrals"][0]["id"]
    cases.update_case(session, saved.case_id, {"consents": [
        {"id": consent_id, "withdrawn_on": "2026-11-29"}]})
    after_withdrawal = cases.show_case(session, saved.case_id).document
    assert refused(session, lambda: cases.update_case(session, saved.case_id, {
        "referrals": [{"id": referral_id, "status": "sent"}]})) == {
        ("referrals[0].status", "consent_withdrawn")}
    assert cases.show_case(session, saved.case_id).document == after_withdrawal


def test_a_referral_sent_with_consent_stays_valid_after_a_withdrawal(session: Session) -> None:
    saved = cases.create_case(session, {**new_case(), "consents": [consent()],
                                        "referrals": [referral("sent")]})
    shown = cases.show_case(session, saved.case_id).document
    consent_id, referral_id = shown["consents"][0]["id"], shown["referrals"][0]["id"]
    cases.update_case(session, saved.case_id, {"consents": [
        {"id": consent_id, "withdrawn_on": "2026-11-30"}]})
    cases.update_case(session, saved.case_id, {"person": {"age_estimate": 25}})
    cases.update_case(session, saved.case_id, {"referrals": [
        {"id": referral_id, "status": "completed"}]})
    after = cases.show_case(session, saved.case_id).document
    assert after["referrals"][0]["status"] == "completed"
    assert after["consents"][0]["withdrawn_on"] == "2026-11-30"


def test_the_consent_a_referral_names_is_the_one_that_counts(session: Session) -> None:
    saved = cases.create_case(session, {**new_case(), "consents": [
        consent(withdrawn_on="2026-11-29"), consent()], "referrals": [referral()]})
    shown = cases.show_case(session, saved.case_id).document
    withdrawn, active = shown["consents"][0]["id"], shown["consents"][1]["id"]
    referral_id = shown["referrals"][0]["id"]
    assert refused(session, lambda: cases.update_case(session, saved.case_id, {"referrals": [
        {"id": referral_id, "status": "sent", "consent_id": withdrawn}]})) == {
        ("referrals[0].status", "consent_withdrawn")}
    cases.update_case(session, saved.case_id, {"referrals": [
        {"id": referral_id, "status": "sent", "consent_id": active}]})
    assert cases.show_case(session, saved.case_id).document["referrals"][0]["status"] == "sent"


def test_a_referral_names_a_service_of_the_directory(session: Session) -> None:
    document = {**new_case(), "referrals": [referral(service="no-such-service")]}
    assert refused(session, lambda: cases.create_case(session, document)) == {
        ("referrals[0].service_id", "unknown_service")}


def test_sending_a_referral_to_another_service_needs_that_services_consent(
        session: Session) -> None:
    saved = cases.create_case(session, {**new_case(), "consents": [consent()],
                                        "referrals": [referral("sent")]})
    referral_id = cases.show_case(session, saved.case_id).document["referrals"][0]["id"]
    assert refused(session, lambda: cases.update_case(session, saved.case_id, {"referrals": [
        {"id": referral_id, "service_id": "lamp-01-medical"}]})) == {
        ("referrals[0].status", "consent_required")}
