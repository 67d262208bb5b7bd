"""Duplicates of a registration still being typed: found before anything is saved."""

from __future__ import annotations

from pathlib import Path

from fieldcase.domain.document import parse_case_document
from fieldcase.domain.document_model import assign_ids
from fieldcase.services import cases, profile
from fieldcase.services.duplicates import check_registration
from fieldcase.services.session import Session
from fieldcase.storage import cases as store_cases

from .conftest import PASSPHRASE, TEST_KDF, new_case, now


def _person(**fields: object) -> dict[str, object]:
    return {"given_name": "Mohamed", "family_name": "Hussein", "date_of_birth": "1994-03-17",
            "nationality": "SDN", "sex": "male", **fields}


def test_a_name_in_another_script_is_found_with_its_evidence_before_saving(
        session: Session) -> None:
    stored = new_case("محمد", "حسين")
    stored["person"].update(other_names=[], date_of_birth="1994-03-17", age_estimate=None,
                            nationality="SDN", sex="male", contact={})
    saved = cases.create_case(session, stored)
    before = session.store.raw.execute("SELECT count(*) FROM cases").fetchone()[0]
    check = check_registration(session, _person())
    assert [m.case_id for m in check.matches] == [saved.case_id]
    match = check.matches[0]
    assert match.case_number == saved.case_number and match.given_name == "محمد"
    assert [e.code for e in match.evidence][:2] == ["name_in_other_script", "same_birth_date"]
    assert session.store.raw.execute("SELECT count(*) FROM cases").fetchone()[0] == before


def test_a_half_typed_person_is_read_leniently(session: Session) -> None:
    cases.create_case(session, new_case())
    assert check_registration(session, {}).matches == ()
    assert check_registration(session, {"given_name": "  "}).matches == ()
    odd = check_registration(session, {"given_name": "ሰላም", "family_name": "Tesfay",
                                       "age_estimate": "24", "date_of_birth": "not a date",
                                       "contact": {"phone": "+251 911 234 567"},
                                       "documents": [{"number": 7}], "other_names": "x"})
    assert odd.matches and "same_phone" in {e.code for e in odd.matches[0].evidence}


def test_a_same_phone_is_a_reason(session: Session) -> None:
    cases.create_case(session, new_case("Selam", "Tesfay"))
    check = check_registration(session, _person(given_name="Selam", family_name="Tesfaye",
                                                sex="female", date_of_birth=None,
                                                age_estimate=25, nationality="ERI",
                                                contact={"phone": "0911234567"}))
    assert check.matches


def test_a_match_in_a_case_the_worker_may_not_open_is_counted_never_shown(
        tmp_path: Path) -> None:
    folder = tmp_path / "worker"
    profile.create_profile(folder, user="selam", passphrase=PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=TEST_KDF, now=now)
    worker = profile.unlock(folder, user="selam", passphrase=PASSPHRASE, kdf=TEST_KDF, now=now)
    try:
        # A colleague's case, as a sync brings it: the worker may not open it.
        stored = new_case("محمد", "حسين", assigned_to="amina")
        stored["person"].update(other_names=[], date_of_birth="1994-03-17",
                                age_estimate=None, nationality="SDN", sex="male")
        document = parse_case_document(stored, today=worker.today())
        with worker.store.atomic():
            store_cases.insert_case(worker.store, assign_ids(document, worker.new_id)
                                    .to_json(), author="amina")
        check = check_registration(worker, _person())
        assert check.matches == () and check.hidden == 1
    finally:
        worker.close()
