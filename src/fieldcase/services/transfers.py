"""Transfers accepted or declined by the receiving site, and escalation (issue 11, "Actions").

Each step is a save of the case record through ``cases.apply_case_step``: the permission
(``domain.policy``), the document's rules (``domain.transfers``), one transaction with its audit
event, and a journal entry that syncs, which the server authorizes again for the person who
made it (server/sync_authz.py, server/push_rules.py). Audit actions (and history words in
ui/case_page/history.py): ``case.transfer`` (proposed), ``case.transfer_withdraw``,
``case.transfer_accept``, ``case.transfer_decline``, ``case.escalate``,
``case.escalation_clear``.

The receiving supervisor's laptop holds the case (without its confidential parts) only while
the transfer waits for them: the server sends it because ``case_scopes.pending_site_id`` names
their site; after a decline the case leaves their laptop at the next sync, after an accept it
is their team's.
"""

from __future__ import annotations

from fieldcase.domain import policy, transfers
from fieldcase.services.cases import CaseSaved, apply_case_step
from fieldcase.services.session import Session

__all__ = ["accept_transfer", "clear_escalation", "decline_transfer", "escalate_case",
           "propose_transfer", "withdraw_transfer"]


def propose_transfer(session: Session, reference: str, site: str,
                     reason: str | None = None) -> CaseSaved:
    """Propose moving the case to ``site``: a supervisor of its team (``transfer_case``). The
    case stays where it is until a supervisor at ``site`` accepts."""
    actor = session.actor
    return apply_case_step(
        session, reference, policy.Action.TRANSFER_CASE,
        lambda doc: transfers.propose(doc, site, by=actor.user, at=session.now(),
                                      reason=reason),
        "case.transfer")


def withdraw_transfer(session: Session, reference: str) -> CaseSaved:
    """Take back a transfer still waiting: a supervisor of the sending team."""
    return apply_case_step(session, reference, policy.Action.TRANSFER_CASE,
                           transfers.withdraw, "case.transfer_withdraw")


def accept_transfer(session: Session, reference: str,
                    assign_to: str | None = None) -> CaseSaved:
    """Accept the transfer waiting for this supervisor's site: the case moves there,
    unassigned or assigned to ``assign_to`` (a worker of the receiving team)."""
    return apply_case_step(session, reference, policy.Action.RECEIVE_TRANSFER,
                           lambda doc: transfers.accept(doc, assign_to=assign_to),
                           "case.transfer_accept")


def decline_transfer(session: Session, reference: str, reason: str) -> CaseSaved:
    """Decline the transfer waiting for this supervisor's site, saying why: the case stays
    with the sending team, which reads the reason."""
    actor = session.actor
    return apply_case_step(
        session, reference, policy.Action.RECEIVE_TRANSFER,
        lambda doc: transfers.decline(doc, by=actor.user, at=session.now(), reason=reason),
        "case.transfer_decline")


def escalate_case(session: Session, reference: str, reason: str) -> CaseSaved:
    """Raise the case to the supervisors: anyone who may edit it."""
    actor = session.actor
    return apply_case_step(
        session, reference, policy.Action.EDIT_CASE,
        lambda doc: transfers.escalate(doc, by=actor.user, at=session.now(), reason=reason),
        "case.escalate")


def clear_escalation(session: Session, reference: str) -> CaseSaved:
    """A supervisor of the team has dealt with the escalation."""
    return apply_case_step(session, reference, policy.Action.CLEAR_ESCALATION,
                           transfers.clear_escalation, "case.escalation_clear")
