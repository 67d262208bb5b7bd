"""Referrals: the service directory a worker picks from, and the letter a service is given.

The directory is the organisation's, as the server last sent it, or the bundled sample until
one arrived (``services.service_directory``); the server checks a new referral's service
against the same one.

A referral letter is what leaves the encrypted store on paper or in a PDF the person chose to
save, so it holds only what the receiving service needs to take the person on: who they are
(names, sex, age, nationality, languages for an interpreter), the case number to quote, the
reason for the referral, the consent it rests on, and who refers. Never notes, screening
answers or results, identity documents, other referrals, or the journey. The letter is built
here, not in the window, so that rule lives in one place; printing or saving it is audited
(``referral.print``) with the referral's id and the output, never with content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldcase.domain import policy
from fieldcase.domain.document import read_stored_document
from fieldcase.domain.document_model import CaseDocument, age_on
from fieldcase.domain.errors import ValidationError
from fieldcase.domain.service_directory import Service, ServiceDirectory
from fieldcase.services import service_directory as directory
from fieldcase.services.lease import require_working_lease
from fieldcase.services.printouts import PrintMark, record_output
from fieldcase.services.session import Session
from fieldcase.storage import cases

__all__ = ["ReferralLetter", "record_referral_print", "referral_letter", "service_directory"]

PRINT_OUTPUTS = ("printer", "pdf")


def service_directory(session: Session) -> ServiceDirectory:
    """The services a worker may refer to (deactivated ones included, for naming the
    referrals already made to them; ``ServiceDirectory.offered_at`` is what a new one may
    pick)."""
    return directory.current(session)


@dataclass(frozen=True)
class ReferralLetter:
    """Everything a referral letter shows, and nothing more (see the module docstring).
    Codes stay codes (``sex``, ``nationality``, ``languages``, ``consent_form``): the window
    words them in the interface language."""

    case_number: str
    site: str
    given_name: str
    family_name: str | None
    sex: str
    age: int | None
    date_of_birth: str | None
    nationality: str
    languages: tuple[str, ...]
    service_id: str
    service: Service | None
    reason: str
    referred_on: str
    status: str
    consent_given_on: str | None
    consent_given_by: str | None
    consent_form: str | None
    referred_by: str
    printed_on: date


def _load(session: Session, reference: str) -> CaseDocument:
    """The case as this user may see it (the permission checked, confidential parts out)."""
    require_working_lease(session)
    case_id = cases.find_case_id(session.store, reference)
    doc = read_stored_document(cases.load_case(session.store, case_id),
                               today=session.today()).document
    context = policy.device_context(doc, session.actor)
    policy.require(session.actor, policy.Action.VIEW_CASE, context)
    return policy.redact(doc, session.actor, context)


def referral_letter(session: Session, reference: str, referral_id: str) -> ReferralLetter:
    """The letter for one referral of an open case (not audited: nothing leaves yet)."""
    parsed = _load(session, reference)
    document: dict[str, Any] = dict(parsed.to_json())
    referrals: list[dict[str, Any]] = document.get("referrals") or []
    referral = next((r for r in referrals if r.get("id") == referral_id), None)
    if referral is None:
        raise ValidationError("referral_id", "unknown_id", "this case has no such referral")
    person: dict[str, Any] = document["person"]
    case: dict[str, Any] = document["case"]
    consents: list[dict[str, Any]] = document.get("consents") or []
    consent = next((c for c in consents if c.get("id") == referral.get("consent_id")), None) \
        or next((c for c in consents if c.get("purpose") == "referral"
                 and c.get("service_id") == referral["service_id"]
                 and c.get("withdrawn_on") is None), None)
    return ReferralLetter(
        case_number=str(case.get("case_number") or ""), site=str(case["site"]),
        given_name=str(person["given_name"]), family_name=person.get("family_name"),
        sex=str(person["sex"]), age=age_on(parsed, session.today()),
        date_of_birth=person.get("date_of_birth"), nationality=str(person["nationality"]),
        languages=tuple(person.get("languages") or ()),
        service_id=str(referral["service_id"]),
        service=service_directory(session).get(str(referral["service_id"])),
        reason=str(referral["reason"]), referred_on=str(referral["referred_on"]),
        status=str(referral.get("status") or "proposed"),
        consent_given_on=consent.get("given_on") if consent else None,
        consent_given_by=consent.get("given_by") if consent else None,
        consent_form=consent.get("form") if consent else None,
        referred_by=session.actor.user, printed_on=session.today())


def record_referral_print(session: Session, reference: str, referral_id: str,
                          output: str) -> PrintMark:
    """Audit that a referral letter left the store (``printer`` or ``pdf``). Call it when
    the person prints or saves, before the bytes go out (from the app, through
    ``printouts.authorised_output``). Changes no case; the mark is what each page carries."""
    if output not in PRINT_OUTPUTS:
        raise ValidationError("output", "unknown_code", "output is printer or pdf")
    letter = referral_letter(session, reference, referral_id)  # checks case and permission
    case_id = cases.find_case_id(session.store, reference)
    return record_output(session, "referral.print", case_id=case_id,
                         details={"referral_id": referral_id, "output": output,
                                  "service_id": letter.service_id})
