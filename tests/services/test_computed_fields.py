"""Values a document may not set for itself: the screening results and the risk level follow
from the answers, the status from the workflow, the case number from the store.

Each test is a finding of issue 8: a child case whose answers meet the ILO/EC child rule was
stored ``low`` and unflagged because the input said so; a case was created ``closed`` and
numbered ``FC-FAKE-000001``; a second case given the same number ended in a traceback.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.services import cases
from fieldcase.services.session import Session
from fieldcase.storage import audit

from .conftest import new_case

CHILD_RULE_MET = {"dr.job_place": True, "dr.school": True, "ex.long_hours": True,
                  "ex.no_school": True}
"""Answers that meet the ILO/EC rule for children (no means element needed): critical."""


def child_screening(**result: Any) -> dict[str, Any]:
    return {"instrument_id": "trafficking-child", "instrument_version": 1,
            "completed_at": "2026-11-29T11:00:00Z", "answers": dict(CHILD_RULE_MET),
            "result": {"level": "low", "reasons": ["nothing to see"], "review": False,
                       **result}}


def child_case(**case: Any) -> dict[str, Any]:
    document = new_case(**case)
    document["person"]["age_estimate"] = 15
    document["screenings"] = [child_screening()]
    return document


def test_a_screening_result_in_the_input_is_recomputed_and_routes_the_case(
        session: Session) -> None:
    saved = cases.create_case(session, {**child_case(), "case": {
        **child_case()["case"], "risk_level": "low"}})
    shown = cases.show_case(session, saved.case_id).document
    result = shown["screenings"][0]["result"]
    assert result["level"] == "critical" and result["review"] is True
    assert "ILO/EC rule for children is met" in result["reasons"][0]
    assert shown["case"]["risk_level"] == "critical"
    assert "supervisor_review" in shown["case"]["flags"]
    assert saved.ignored == ("case.risk_level", "screenings[0].result")


def test_a_result_that_matches_the_answers_is_not_reported_as_ignored(session: Session) -> None:
    first = cases.create_case(session, child_case())
    computed = cases.show_case(session, first.case_id).document["screenings"][0]["result"]
    document = child_case()
    document["screenings"][0]["result"] = computed
    document["case"]["risk_level"] = "critical"
    assert cases.create_case(session, document).ignored == ()


def test_an_update_cannot_set_a_result_or_the_risk_level(session: Session) -> None:
    saved = cases.create_case(session, child_case())
    shown = cases.show_case(session, saved.case_id).document
    screening_id = shown["screenings"][0]["id"]
    updated = cases.update_case(session, saved.case_id, {
        "case": {"risk_level": "low"},
        "screenings": [{"id": screening_id, "result": {"level": "low", "review": False}}]})
    after = cases.show_case(session, saved.case_id).document
    assert after["screenings"][0]["result"] == shown["screenings"][0]["result"]
    assert after["case"]["risk_level"] == "critical"
    assert updated.ignored == ("case.risk_level", "screenings[0].result")


def test_changed_answers_are_scored_again(session: Session) -> None:
    saved = cases.create_case(session, child_case())
    screening_id = cases.show_case(session, saved.case_id).document["screenings"][0]["id"]
    no_answers = {question: False for question in CHILD_RULE_MET}
    cases.update_case(session, saved.case_id,
                      {"screenings": [{"id": screening_id, "answers": no_answers}]})
    after = cases.show_case(session, saved.case_id).document
    assert after["screenings"][0]["result"]["level"] != "critical"
    assert after["case"]["risk_level"] == after["screenings"][0]["result"]["level"]


def test_a_new_case_starts_open_with_a_number_from_the_store(session: Session) -> None:
    document = new_case(status="closed", case_number="FC-FAKE-000001", risk_level="high")
    saved = cases.create_case(session, document)
    shown = cases.show_case(session, saved.case_id).document
    assert shown["case"]["status"] == "open"
    assert shown["case"]["case_number"] == saved.case_number != "FC-FAKE-000001"
    assert shown["case"]["risk_level"] is None  # no screening, no risk level
    assert saved.ignored == ("case.status", "case.case_number", "case.risk_level")
    created = [e for e in audit.events(session.store.raw, case_id=saved.case_id)
               if e.action == "case.create"]
    assert created[0].details["ignored"] == ["case.status", "case.case_number",
                                             "case.risk_level"]


def test_the_same_given_number_twice_is_no_traceback(session: Session) -> None:
    numbers = {cases.create_case(session, new_case(case_number="FC-FAKE-000001")).case_number
               for _ in range(2)}
    assert len(numbers) == 2 and "FC-FAKE-000001" not in numbers


def test_a_status_given_as_open_is_not_reported(session: Session) -> None:
    assert cases.create_case(session, new_case(status="open")).ignored == ()


def test_a_screening_that_cannot_be_scored_is_refused(session: Session) -> None:
    document = child_case()
    document["screenings"][0]["answers"] = {"no.such.question": True}
    with pytest.raises(ValidationError) as caught:
        cases.create_case(session, document)
    assert (caught.value.path, caught.value.rule) == ("screenings[0].no.such.question",
                                                      "unknown_question")
    assert cases.list_cases(session, cases.CaseFilter()).rows == ()


def test_the_documented_full_example_is_created_with_only_status_and_number_ignored(
        session: Session) -> None:
    """docs/case-document.md's complete example, as `case show` prints a case, read back by
    `case create`: its screening result, risk level, referral service and consent all keep the
    rules; only the status and the number are the workflow's and the store's."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "case-document.md").read_text("utf-8")
    full = json.loads(re.findall(r"```json\n(.*?)```", text, re.S)[0])
    saved = cases.create_case(session, full)
    assert saved.ignored == ("case.status", "case.case_number")
    shown = cases.show_case(session, saved.case_id).document
    assert shown["screenings"] == full["screenings"]
    assert shown["referrals"] == full["referrals"]
