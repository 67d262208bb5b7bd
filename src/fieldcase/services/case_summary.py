"""The printed case summary: what a reader of the case needs, and who the person is only when
the printer chooses.

What a summary holds, from the case as the printer may see it (``policy.redact``): the case
number, its status and stage, the risk level and the latest screening of each instrument
(the window says the reasons in words from the answers, as the Screening tab does), the
needs (flags), the open referrals (service, status, date: not the reason, which can hold
health or family details) and open follow-ups, and where the case plan stands. Never notes,
journey, assistance details, consents, identity documents, contact details or attachments.

The person's identifying details (names, sex, born on or age, nationality, languages) are in
``identifying``, and only when the printer asked for them (``identifying=True``); otherwise
the summary holds no name at all. Printing is audited (``case_summary.print``, with the
output and whether the identifying part was included) by :func:`record_case_summary_print`,
called through ``printouts.authorised_output`` after the passphrase is checked again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from fieldcase.domain import policy
from fieldcase.domain.document import read_stored_document
from fieldcase.domain.document_model import age_on
from fieldcase.domain.errors import ValidationError
from fieldcase.services.lease import require_working_lease
from fieldcase.services.printouts import PrintMark, record_output
from fieldcase.services.session import Session
from fieldcase.storage import cases

__all__ = ["AUDIT_ACTION", "CaseSummary", "Identifying", "case_summary",
           "record_case_summary_print"]

AUDIT_ACTION: Final = "case_summary.print"
PRINT_OUTPUTS: Final = ("printer", "pdf")
PLAN_AGREED: Final = frozenset({"case_plan", "services", "closure_requested", "closed"})


@dataclass(frozen=True)
class Identifying:
    """The person's identifying details, in their own clearly separate section."""

    given_name: str
    family_name: str | None
    other_names: tuple[str, ...]
    sex: str
    date_of_birth: str | None
    age: int | None
    nationality: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class ScreeningLine:
    """The latest screening of one instrument: what its reasons are said from."""

    instrument_id: str
    instrument_version: int
    completed_on: str
    level: str | None
    review: bool
    answers: dict[str, bool | None]


@dataclass(frozen=True)
class CaseSummary:
    """Everything a case summary shows (see the module docstring). Codes stay codes; the
    window words them. ``age`` and ``stage`` are what the screening reasons are read with
    (the age is printed only in ``identifying``)."""

    case_id: str
    case_number: str
    status: str
    stage: str
    site: str
    assigned_to: str | None
    opened_on: str | None
    risk_level: str | None
    flags: tuple[str, ...]
    plan_agreed: bool
    screenings: tuple[ScreeningLine, ...]
    open_referrals: tuple[tuple[str, str, str], ...]  # service id, status, referred on
    open_tasks: tuple[tuple[str, str, str | None], ...]  # title, due on, assigned to
    age: int | None
    identifying: Identifying | None
    printed_by: str
    printed_on: date


def _latest(screenings: list[dict[str, Any]]) -> tuple[ScreeningLine, ...]:
    latest: dict[str, dict[str, Any]] = {}
    for item in screenings:
        key = str(item.get("instrument_id"))
        if key not in latest or str(item.get("completed_at")) >= \
                str(latest[key].get("completed_at")):
            latest[key] = item
    ordered = sorted(latest.values(), key=lambda s: str(s.get("completed_at")), reverse=True)
    return tuple(ScreeningLine(
        str(s["instrument_id"]), int(s.get("instrument_version") or 0),
        str(s.get("completed_at") or "")[:10], (s.get("result") or {}).get("level"),
        bool((s.get("result") or {}).get("review")), dict(s.get("answers") or {}))
        for s in ordered)


def case_summary(session: Session, reference: str, *, identifying: bool = False) -> CaseSummary:
    """The summary of one case as this user may see it (not audited: nothing leaves yet)."""
    require_working_lease(session)
    case_id = cases.find_case_id(session.store, reference)
    parsed = read_stored_document(cases.load_case(session.store, case_id),
                                  today=session.today()).document
    context = policy.context_of(parsed, session.actor.team)
    policy.require(session.actor, policy.Action.VIEW_CASE, context)
    parsed = policy.redact(parsed, session.actor, context)
    document: dict[str, Any] = dict(parsed.to_json())
    person: dict[str, Any] = document["person"]
    case: dict[str, Any] = document["case"]
    age = age_on(parsed, session.today())
    details = Identifying(
        str(person["given_name"]), person.get("family_name"),
        tuple(person.get("other_names") or ()), str(person["sex"]),
        person.get("date_of_birth"), age, str(person["nationality"]),
        tuple(person.get("languages") or ())) if identifying else None
    referrals = sorted((r for r in document.get("referrals") or []
                        if r.get("status") not in ("declined", "completed")),
                       key=lambda r: str(r.get("referred_on")))
    tasks = sorted((t for t in document.get("tasks") or [] if not t.get("done_on")),
                   key=lambda t: str(t.get("due_on")))
    status = str(case.get("status") or "open")
    return CaseSummary(
        case_id=case_id, case_number=str(case.get("case_number") or ""), status=status,
        stage=str(case["stage"]), site=str(case["site"]), assigned_to=case.get("assigned_to"),
        opened_on=case.get("opened_on"), risk_level=case.get("risk_level"),
        flags=tuple(case.get("flags") or ()), plan_agreed=status in PLAN_AGREED,
        screenings=_latest(document.get("screenings") or []),
        open_referrals=tuple((str(r["service_id"]), str(r.get("status") or "proposed"),
                              str(r["referred_on"])) for r in referrals),
        open_tasks=tuple((str(t["title"]), str(t["due_on"]), t.get("assigned_to"))
                         for t in tasks),
        age=age, identifying=details, printed_by=session.actor.user,
        printed_on=session.today())


def record_case_summary_print(session: Session, reference: str, output: str, *,
                              identifying: bool) -> PrintMark:
    """Audit that a case summary left the store (``printer`` or ``pdf``): call it through
    ``printouts.authorised_output``, before the bytes go out. Changes no case."""
    if output not in PRINT_OUTPUTS:
        raise ValidationError("output", "unknown_code", "output is printer or pdf")
    summary = case_summary(session, reference)  # checks the case and the permission
    return record_output(session, AUDIT_ACTION, case_id=summary.case_id,
                         details={"output": output, "identifying": identifying})
