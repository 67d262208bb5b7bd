"""Duplicates of a registration still being typed: found before anything is saved."""

from __future__ import annotations

from fieldcase.services import cases
from fieldcase.services.duplicates import check_registration
from fieldcase.services.session import Session

from .conftest import new_case


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
