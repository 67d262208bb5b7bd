"""Moving a case to another site is a transfer a supervisor proposes and a supervisor at the
receiving site accepts or declines, never a plain field edit; and escalation.

Finding of issue 8: a worker changed ``case.site`` with ``case update`` (and the server took it).
Issue 11: until the receiving site accepts, the case stays where it was.
"""

from __future__ import annotations

import pytest

from fieldcase.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from fieldcase.domain.policy import Actor, Role
from fieldcase.services import cases, transfers
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


def as_receiver(session: Session) -> None:
    """A supervisor of another team, at the site the transfer waits at."""
    session.actor = Actor("yonas", Role.SUPERVISOR, "port", "PORT-01")


def test_a_proposed_transfer_leaves_the_case_where_it_was(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    proposed = transfers.propose_transfer(session, saved.case_number, "PORT-01",
                                          "family at the port")
    assert proposed.case_id == saved.case_id and proposed.changes.record_kinds == {"case"}
    case = cases.show_case(session, saved.case_id).document["case"]
    assert case["site"] == "LAMP-01" and case["assigned_to"] == "amina"
    assert case["transfer"] == {"to_site": "PORT-01", "proposed_by": "amina",
                                "proposed_at": "2026-11-30T09:00:00Z",
                                "reason": "family at the port"}
    actions = [e.action for e in audit.events(session.store.raw, case_id=saved.case_id)]
    assert "case.transfer" in actions


def test_the_receiving_supervisor_accepts_and_the_case_moves_unassigned(
        session: Session) -> None:
    saved = cases.create_case(session, new_case())
    transfers.propose_transfer(session, saved.case_id, "PORT-01")
    as_receiver(session)
    transfers.accept_transfer(session, saved.case_id)
    case = cases.show_case(session, saved.case_id).document["case"]
    assert case["site"] == "PORT-01" and case["assigned_to"] is None
    assert "transfer" not in case
    actions = [e.action for e in audit.events(session.store.raw, case_id=saved.case_id)]
    assert "case.transfer_accept" in actions


def test_a_decline_keeps_the_case_and_tells_the_sender_why(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    transfers.propose_transfer(session, saved.case_id, "PORT-01")
    sender = session.actor
    as_receiver(session)
    with pytest.raises(ValidationError) as caught:
        transfers.decline_transfer(session, saved.case_id, "  ")
    assert (caught.value.path, caught.value.rule) == ("case.transfer_declined.reason",
                                                      "required")
    transfers.decline_transfer(session, saved.case_id, "no interpreter for Tigrinya")
    session.actor = sender
    case = cases.show_case(session, saved.case_id).document["case"]
    assert case["site"] == "LAMP-01" and "transfer" not in case
    assert case["transfer_declined"]["reason"] == "no interpreter for Tigrinya"
    assert case["transfer_declined"]["declined_by"] == "yonas"


def test_the_receiving_supervisor_sees_but_may_not_edit_the_case(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    transfers.propose_transfer(session, saved.case_id, "PORT-01")
    as_receiver(session)
    assert cases.show_case(session, saved.case_id).document["case"]["site"] == "LAMP-01"
    with pytest.raises(PermissionDenied):
        cases.update_case(session, saved.case_id, {"case": {"stage": "return"}})


def test_the_sending_supervisor_may_not_accept_their_own_transfer(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    transfers.propose_transfer(session, saved.case_id, "PORT-01")
    with pytest.raises(PermissionDenied, match="transferred to"):
        transfers.accept_transfer(session, saved.case_id)
    assert cases.show_case(session, saved.case_id).document["case"]["site"] == "LAMP-01"


def test_a_supervisor_elsewhere_may_not_accept(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    transfers.propose_transfer(session, saved.case_id, "PORT-01")
    session.actor = Actor("hana", Role.SUPERVISOR, "oasis", "OASIS-02")
    with pytest.raises(PermissionDenied):
        transfers.accept_transfer(session, saved.case_id)


def test_a_worker_may_not_propose_a_transfer(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    as_worker(session)
    with pytest.raises(PermissionDenied, match="transfer"):
        transfers.propose_transfer(session, saved.case_id, "PORT-01")
    assert "transfer" not in cases.show_case(session, saved.case_id).document["case"]


def test_a_transfer_names_another_site_by_its_code(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    with pytest.raises(ValidationErrors) as caught:
        transfers.propose_transfer(session, saved.case_id, "port 01")
    assert caught.value.rules() == {("case.transfer.to_site", "format")}
    with pytest.raises(ValidationError) as same:
        transfers.propose_transfer(session, saved.case_id, "LAMP-01")
    assert same.value.rule == "same_site"


def test_accepting_with_nothing_waiting_is_refused(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    as_receiver(session)
    with pytest.raises(PermissionDenied):
        transfers.accept_transfer(session, saved.case_id)


def test_an_update_may_not_write_a_transfer_or_an_escalation(session: Session) -> None:
    saved = cases.create_case(session, new_case())
    with pytest.raises(ValidationErrors) as caught:
        cases.update_case(session, saved.case_id, {"case": {
            "transfer": {"to_site": "PORT-01", "proposed_by": "amina",
                         "proposed_at": "2026-11-30T09:00:00Z"},
            "escalation": {"escalated_by": "amina", "escalated_at": "2026-11-30T09:00:00Z",
                           "reason": "x"}}})
    assert caught.value.rules() == {("case.transfer", "transfer_required"),
                                    ("case.escalation", "escalation_required")}


def test_a_worker_escalates_and_a_supervisor_clears(session: Session) -> None:
    saved = cases.create_case(session, new_case(assigned_to="amina"))
    session.actor = Actor("amina", Role.WORKER, "lamp", "LAMP-01")
    with pytest.raises(ValidationError):
        transfers.escalate_case(session, saved.case_id, "")
    transfers.escalate_case(session, saved.case_id, "threats by the recruiter")
    escalation = cases.show_case(session, saved.case_id).document["case"]["escalation"]
    assert escalation == {"escalated_by": "amina", "escalated_at": "2026-11-30T09:00:00Z",
                          "reason": "threats by the recruiter"}
    with pytest.raises(PermissionDenied):
        transfers.clear_escalation(session, saved.case_id)
    session.actor = Actor("amina", Role.SUPERVISOR, "lamp", "LAMP-01")
    transfers.clear_escalation(session, saved.case_id)
    assert "escalation" not in cases.show_case(session, saved.case_id).document["case"]
    actions = [e.action for e in audit.events(session.store.raw, case_id=saved.case_id)]
    assert {"case.escalate", "case.escalation_clear"} <= set(actions)
