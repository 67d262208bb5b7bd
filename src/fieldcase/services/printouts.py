"""What leaves the store on paper or in a file from the app: who may, and the audit of it.

Every print or export the app makes (a case summary, a referral letter, a dashboard chart as
PNG or CSV) goes through :func:`authorised_output`: the person's passphrase is checked again
(``profile.confirm_passphrase``: a wrong one counts as a failed unlock of their name), and
only then is the output audited, in the same call, before the bytes leave. A refused
passphrase writes no audit event and the window writes no file; an accepted one always leaves
an event naming who, which case (if one), what kind and the output, never a name or content.

The :class:`PrintMark` an audit returns is what each printed page carries: who printed it
and when, the same moment the audit event holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, TypeVar

from fieldcase.domain.errors import ValidationError
from fieldcase.services import profile
from fieldcase.services.changes import Changes
from fieldcase.services.session import Session

__all__ = ["DASHBOARD_ACTION", "PrintMark", "authorised_output", "record_dashboard_export",
           "record_output"]

DASHBOARD_ACTION: Final = "dashboard.export"
DASHBOARD_FORMATS: Final = ("png", "csv")

T = TypeVar("T")


@dataclass(frozen=True)
class PrintMark:
    """Who printed or exported, and when (the audit event's moment). ``changes`` is empty:
    an output changes no case (the runner reads it, as it reads a mutation's)."""

    user: str
    moment: datetime
    changes: Changes = field(default_factory=Changes)


def record_output(session: Session, action: str, *, case_id: str | None,
                  details: dict[str, Any]) -> PrintMark:
    """Audit one output (``details``: codes and ids only) and return its mark."""
    moment = session.now()
    with session.store.atomic():
        session.store.audit(session.actor.user, action, case_id=case_id, details=details)
    return PrintMark(session.actor.user, moment)


def authorised_output(session: Session, passphrase: str,
                      record: Callable[[Session], T]) -> T:
    """Check the passphrase again, then run ``record`` (the output's audit). A wrong
    passphrase raises ValidationError on ``passphrase`` (``wrong_passphrase``) and records
    nothing; while the name must wait, ProfileLocked."""
    profile.confirm_passphrase(session, passphrase)
    return record(session)


def record_dashboard_export(session: Session, chart: str, file_format: str) -> PrintMark:
    """Audit a dashboard chart saved as PNG or CSV (aggregate counts: no case is named)."""
    if file_format not in DASHBOARD_FORMATS:
        raise ValidationError("format", "unknown_code", "format is png or csv")
    return record_output(session, DASHBOARD_ACTION, case_id=None,
                         details={"chart": chart, "format": file_format})
