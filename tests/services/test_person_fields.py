"""The person's newer fields through the services: saved, shown, kept by a partial edit of the
contact, and the code word treated as a confidential part (hidden from site intake, and
recorded only by those who may see it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldcase.domain.errors import ValidationError
from fieldcase.services import cases, profile
from fieldcase.services.session import Session

from .conftest import PASSPHRASE, TEST_KDF, new_case, now


@pytest.fixture
def worker(tmp_path: Path) -> Iterator[Session]:
    folder = tmp_path / "worker"
    profile.create_profile(folder, user="yonas", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    session = profile.unlock(folder, user="yonas", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    yield session
    session.close()


def test_the_new_fields_are_saved_and_a_contact_edit_keeps_the_code_word(
        session: Session) -> None:
    saved = cases.create_case(session, new_case())
    cases.update_case(session, saved.case_id, {"person": {
        "interpreter_needed": True, "interview_language": "ti",
        "contact": {"safe_to_contact": False, "code_word": "blue river"}}})
    cases.update_case(session, saved.case_id, {"person": {"contact": {"phone": "+251 900"}}})
    person = cases.show_case(session, saved.case_id).document["person"]
    assert (person["interpreter_needed"], person["interview_language"]) == (True, "ti")
    assert person["contact"] == {"phone": "+251 900", "other": None,
                                 "safe_to_contact": False, "code_word": "blue river"}


def test_a_case_saved_before_the_fields_existed_reads_without_them(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    person = cases.show_case(session, saved.case_id).document["person"]
    assert "interpreter_needed" not in person and "code_word" not in person["contact"]


def test_an_unknown_interview_language_is_refused_naming_the_field(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    with pytest.raises(Exception) as refused:
        cases.update_case(session, saved.case_id, {"person": {"interview_language": "tir"}})
    errors = getattr(refused.value, "errors", [refused.value])
    assert [(e.path, e.rule) for e in errors] == [("person.interview_language", "unknown_code")]


def test_site_intake_may_not_record_a_code_word(worker: Session) -> None:
    document = new_case(assigned_to=None)
    document["notes"][0]["confidential"] = False
    saved = cases.create_case(worker, document)
    with pytest.raises(ValidationError) as refused:
        cases.update_case(worker, saved.case_id,
                          {"person": {"contact": {"code_word": "blue river"}}})
    assert (refused.value.path, refused.value.rule) == ("person.contact.code_word",
                                                        "confidential_not_allowed")
    cases.update_case(worker, saved.case_id, {"person": {"contact": {"safe_to_contact": True}}})


def test_the_assigned_worker_sees_the_code_word(worker: Session) -> None:
    document = new_case(assigned_to="yonas")
    document["person"]["contact"]["code_word"] = "blue river"
    saved = cases.create_case(worker, document)
    shown = cases.show_case(worker, saved.case_id).document
    assert shown["person"]["contact"]["code_word"] == "blue river"
