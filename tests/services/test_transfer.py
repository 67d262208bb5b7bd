"""Moving a case to another site is a transfer a supervisor makes, never a plain field edit.

Finding of issue 8: a worker changed ``case.site`` with ``case update`` (and the server took it).
"""

from __future__ import annotations

import pytest

from fieldcase.domain.errors import PermissionDenied, ValidationErrors
from fieldcase.domain.policy import Actor, Role
from fieldcase.services import cases
from fieldcase.services.session import Session
from fieldcase.storage import audit

from .conftest import new_case


def as_worker(session: Session) -> None:
    session.actor = Actor("amina", Role.WORKER, "lamp", "LAMP-01")


@pytest.mark.parametrize("role", [Role.WORKER, Role.SUPERVISOR])
def test_an_update_never_moves_a_case(session: Session, role: Role) -> None:
    saved = cases.create_case(session, new_case())
    session.actor = Actor("amina", role, "lamp", "LAMP-01")
    before = cases.show_case(session, saved.case_id).document
    with pytest.raises(ValidationErrors) as caught:
        cases.update_case(session, saved.case_id, {"case": {"site": "PORT-01"}})
    assert caught.value.rules() == {("case.site", "transfer_required")}
    assert "transfer" in caught.value.errors[0].message
    assert cases.show_case(session, saved.case_id).document == before


def test_an_update_that_keeps_the_site_is_fine(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    cases.update_case(session, saved.case_id, {"case": {"site": "LAMP-01", "stage": "return"}})
    assert cases.show_case(session, saved.case_id).document["case"]["stage"] == "return"


def test_a_supervisor_transfers_a_case_and_it_is_audited(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    moved = cases.transfer_case(session, saved.case_number, "PORT-01")
    assert moved.case_id == saved.case_id and moved.changes.record_kinds == {"case"}
    assert cases.show_case(session, saved.case_id).document["case"]["site"] == "PORT-01"
    actions = [e.action for e in audit.events(session.store.raw, case_id=saved.case_id)]
    assert "case.transfer" in actions


def test_a_worker_may_not_transfer(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    as_worker(session)
    with pytest.raises(PermissionDenied, match="transfer"):
        cases.transfer_case(session, saved.case_id, "PORT-01")
    assert cases.show_case(session, saved.case_id).document["case"]["site"] == "LAMP-01"


def test_a_transfer_names_a_site_code(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    with pytest.raises(ValidationErrors) as caught:
        cases.transfer_case(session, saved.case_id, "port 01")
    assert caught.value.rules() == {("case.site", "format")}
