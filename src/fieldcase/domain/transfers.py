"""Transfers with the receiving site's consent, and escalation: pure steps on a case document.

A transfer is two steps made by two people (issue 11): a supervisor of the case's team proposes
(``case.transfer``), and a supervisor at the receiving site accepts or declines. Until it is
accepted nothing about where the case lives changes: its ``site``, its team and its assignee
stay, so the sending team keeps working on it and nobody at the receiving site sees more than
the case without its confidential parts. Accepting is the one step that changes ``site``; the
assignee is cleared (a worker of the sending team cannot be the receiving team's) unless the
receiver names one of theirs. Declining needs a reason and leaves it in
``case.transfer_declined`` for the sender to read.

Who may take each step is ``domain.policy``'s (``transfer_case``, ``receive_transfer``,
``edit_case`` for escalating, ``clear_escalation``); these functions check only what the
document itself must hold, and raise ``ValidationError`` naming the field, so a form can show
the problem beside it.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from fieldcase.domain.document_model import (
    CaseDocument,
    Escalation,
    TransferDecline,
    TransferProposal,
)
from fieldcase.domain.errors import ValidationError

REASON_MAX = 5000


def _reason(value: str | None, path: str, *, required: bool) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError(path, "required", "give a reason")
        return None
    if len(text) > REASON_MAX:
        raise ValidationError(path, "too_long", f"at most {REASON_MAX} characters",
                              {"max": REASON_MAX})
    return text


def _case(doc: CaseDocument, **changes: object) -> CaseDocument:
    return dataclasses.replace(doc, case=dataclasses.replace(doc.case, **changes))  # type: ignore[arg-type]


def propose(doc: CaseDocument, to_site: str, *, by: str, at: datetime,
            reason: str | None = None) -> CaseDocument:
    """The case with a transfer to ``to_site`` waiting (replacing one already waiting)."""
    if to_site == doc.case.site:
        raise ValidationError("case.transfer.to_site", "same_site",
                              "the case is already at this site")
    return _case(doc, transfer=TransferProposal(
        to_site, by, at, _reason(reason, "case.transfer.reason", required=False)),
        transfer_declined=None)


def withdraw(doc: CaseDocument) -> CaseDocument:
    """The case with its waiting transfer withdrawn by the sending team."""
    _pending(doc)
    return _case(doc, transfer=None)


def accept(doc: CaseDocument, *, assign_to: str | None = None) -> CaseDocument:
    """The case moved to the site its waiting transfer names, assigned to ``assign_to`` (one
    of the receiving team) or to nobody."""
    pending = _pending(doc)
    return _case(doc, site=pending.to_site, transfer=None, transfer_declined=None,
                 assigned_to=assign_to)


def decline(doc: CaseDocument, *, by: str, at: datetime, reason: str) -> CaseDocument:
    """The case with its waiting transfer declined: it stays where it is, and the sender reads
    who declined it and why in ``case.transfer_declined``."""
    pending = _pending(doc)
    text = _reason(reason, "case.transfer_declined.reason", required=True)
    assert text is not None
    return _case(doc, transfer=None,
                 transfer_declined=TransferDecline(pending.to_site, by, at, text))


def _pending(doc: CaseDocument) -> TransferProposal:
    if doc.case.transfer is None:
        raise ValidationError("case.transfer", "no_transfer",
                              "no transfer of this case is waiting")
    return doc.case.transfer


def escalate(doc: CaseDocument, *, by: str, at: datetime, reason: str) -> CaseDocument:
    """The case raised to the supervisors with ``reason`` (replacing an earlier escalation)."""
    text = _reason(reason, "case.escalation.reason", required=True)
    assert text is not None
    return _case(doc, escalation=Escalation(by, at, text))


def clear_escalation(doc: CaseDocument) -> CaseDocument:
    """The case with its escalation dealt with."""
    if doc.case.escalation is None:
        raise ValidationError("case.escalation", "not_escalated", "the case is not escalated")
    return _case(doc, escalation=None)
