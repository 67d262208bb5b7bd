"""The case document's data model: one person's case as immutable values (docs/case-document.md).

The same JSON shape is used by the CLI, import/export and the sync wire format, so the
dataclasses here mirror it field for field and :meth:`CaseDocument.to_json` is the exact
inverse of :func:`parse_case_document` (``parse(to_json(d)) == d``). Building a document by
hand skips validation: always go through :func:`parse_case_document` or :func:`merge_update`
for data that came from a person or another device.

Ids are ``None`` only on a document that has not been stored yet; :func:`assign_ids` fills
them in. The top-level ``id`` is the case id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TypeVar

from fieldcase.domain.codes import (
    AssistanceType,
    AttachmentKind,
    ConsentForm,
    ConsentGiver,
    ConsentPurpose,
    DocumentHolder,
    DocumentType,
    Flag,
    Incident,
    Means,
    ReferralStatus,
    Relationship,
    RiskLevel,
    Sex,
    Stage,
    Status,
    WgAnswer,
    WgDomain,
)

JsonObject = dict[str, object]

ADULT_AGE = 18


def format_datetime(value: datetime) -> str:
    """ISO 8601 with offset; UTC is written with ``Z``."""
    text = value.isoformat()
    if value.utcoffset() == timedelta(0):
        text = text.removesuffix("+00:00") + "Z"
    return text


def _opt_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@dataclass(frozen=True, slots=True)
class Contact:
    """How to reach the person. ``code_word`` is confidential (:func:`policy.redact`): the
    word that proves a caller is the worker, known to the person and whoever may see
    identity documents. ``safe_to_contact`` and ``code_word`` are written only when recorded,
    so documents stored before they existed read back unchanged (no spurious change)."""

    phone: str | None = None
    other: str | None = None
    safe_to_contact: bool | None = None
    code_word: str | None = None

    def to_json(self) -> JsonObject:
        json: JsonObject = {"phone": self.phone, "other": self.other}
        if self.safe_to_contact is not None:
            json["safe_to_contact"] = self.safe_to_contact
        if self.code_word is not None:
            json["code_word"] = self.code_word
        return json


@dataclass(frozen=True, slots=True)
class IdentityDocument:
    """A person's identity document. Confidential: see :func:`policy.redact`."""

    id: str | None
    type: DocumentType
    number: str
    issuing_country: str
    held_by: DocumentHolder = DocumentHolder.UNKNOWN

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "type": self.type.value,
            "number": self.number,
            "issuing_country": self.issuing_country,
            "held_by": self.held_by.value,
        }


@dataclass(frozen=True, slots=True)
class Person:
    id: str | None
    given_name: str
    sex: Sex
    nationality: str
    family_name: str | None = None
    other_names: tuple[str, ...] = ()
    gender: str | None = None
    date_of_birth: date | None = None
    age_estimate: int | None = None
    languages: tuple[str, ...] = ()
    disability: tuple[tuple[WgDomain, WgAnswer], ...] = ()
    """Washington Group answers, in :class:`WgDomain` order; a domain not asked is absent."""
    contact: Contact = field(default_factory=Contact)
    documents: tuple[IdentityDocument, ...] = ()
    interpreter_needed: bool | None = None
    interview_language: str | None = None
    """Whether the interview needs an interpreter, and in which language it is held. Written
    only when recorded (None: not asked), like the contact's newer fields."""

    def to_json(self) -> JsonObject:
        json: JsonObject = {
            "id": self.id,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "other_names": list(self.other_names),
            "sex": self.sex.value,
            "gender": self.gender,
            "date_of_birth": _opt_date(self.date_of_birth),
            "age_estimate": self.age_estimate,
            "nationality": self.nationality,
            "languages": list(self.languages),
            "disability": {k.value: v.value for k, v in self.disability},
            "contact": self.contact.to_json(),
            "documents": [d.to_json() for d in self.documents],
        }
        if self.interpreter_needed is not None:
            json["interpreter_needed"] = self.interpreter_needed
        if self.interview_language is not None:
            json["interview_language"] = self.interview_language
        return json


@dataclass(frozen=True, slots=True)
class TransferProposal:
    """A transfer a supervisor of the case's team proposed (``case.transfer``): the case stays
    at its site, with its team, until a supervisor at ``to_site`` accepts (then ``site``
    changes and this is cleared) or declines (cleared, and ``case.transfer_declined`` set)."""

    to_site: str
    proposed_by: str
    proposed_at: datetime
    reason: str | None = None

    def to_json(self) -> JsonObject:
        return {"to_site": self.to_site, "proposed_by": self.proposed_by,
                "proposed_at": format_datetime(self.proposed_at), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class TransferDecline:
    """The last transfer the receiving site declined (``case.transfer_declined``), kept so the
    sending team sees who declined it and why; cleared by the next proposal."""

    to_site: str
    declined_by: str
    declined_at: datetime
    reason: str

    def to_json(self) -> JsonObject:
        return {"to_site": self.to_site, "declined_by": self.declined_by,
                "declined_at": format_datetime(self.declined_at), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Escalation:
    """A case raised to the supervisors (``case.escalation``) by anyone who may edit it, with a
    reason; it waits in the review queue's own group until a supervisor clears it."""

    escalated_by: str
    escalated_at: datetime
    reason: str

    def to_json(self) -> JsonObject:
        return {"escalated_by": self.escalated_by,
                "escalated_at": format_datetime(self.escalated_at), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Case:
    site: str
    stage: Stage
    opened_on: date
    status: Status = Status.OPEN
    case_number: str | None = None
    flags: tuple[Flag, ...] = ()
    assigned_to: str | None = None
    risk_level: RiskLevel | None = None
    transfer: TransferProposal | None = None
    transfer_declined: TransferDecline | None = None
    escalation: Escalation | None = None

    def to_json(self) -> JsonObject:
        json = self._core_json()
        # Written only when set, so cases from before these fields existed keep their JSON (a
        # cleared one becomes null in the record diff, which is how clearing travels).
        for key, value in (("transfer", self.transfer),
                           ("transfer_declined", self.transfer_declined),
                           ("escalation", self.escalation)):
            if value is not None:
                json[key] = value.to_json()
        return json

    def _core_json(self) -> JsonObject:
        return {
            "case_number": self.case_number,
            "site": self.site,
            "status": self.status.value,
            "stage": self.stage.value,
            "flags": [f.value for f in self.flags],
            "assigned_to": self.assigned_to,
            "risk_level": None if self.risk_level is None else self.risk_level.value,
            "opened_on": self.opened_on.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class JourneyLeg:
    id: str | None
    stage: Stage
    country: str
    started_on: date
    place: str = ""
    ended_on: date | None = None
    means: Means = Means.OTHER
    incidents: tuple[Incident, ...] = ()

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "stage": self.stage.value,
            "country": self.country,
            "place": self.place,
            "started_on": self.started_on.isoformat(),
            "ended_on": _opt_date(self.ended_on),
            "means": self.means.value,
            "incidents": [i.value for i in self.incidents],
        }


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    level: RiskLevel
    reasons: tuple[str, ...] = ()
    review: bool = False

    def to_json(self) -> JsonObject:
        return {"level": self.level.value, "reasons": list(self.reasons), "review": self.review}


@dataclass(frozen=True, slots=True)
class Screening:
    id: str | None
    instrument_id: str
    instrument_version: int
    completed_at: datetime
    answers: tuple[tuple[str, bool | None], ...] = ()
    """(question_id, answer) sorted by question id; ``None`` means not answered/declined."""
    result: ScreeningResult | None = None

    def answer(self, question_id: str) -> bool | None:
        return dict(self.answers).get(question_id)

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "instrument_id": self.instrument_id,
            "instrument_version": self.instrument_version,
            "completed_at": format_datetime(self.completed_at),
            "answers": dict(self.answers),
            "result": None if self.result is None else self.result.to_json(),
        }


@dataclass(frozen=True, slots=True)
class AssistanceEntry:
    id: str | None
    type: AssistanceType
    provided_on: date
    provided_by: str
    details: str | None = None

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "type": self.type.value,
            "provided_on": self.provided_on.isoformat(),
            "provided_by": self.provided_by,
            "details": self.details,
        }


@dataclass(frozen=True, slots=True)
class Referral:
    id: str | None
    service_id: str
    reason: str
    referred_on: date
    status: ReferralStatus = ReferralStatus.PROPOSED
    consent_id: str | None = None

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "service_id": self.service_id,
            "reason": self.reason,
            "status": self.status.value,
            "referred_on": self.referred_on.isoformat(),
            "consent_id": self.consent_id,
        }


@dataclass(frozen=True, slots=True)
class Consent:
    id: str | None
    purpose: ConsentPurpose
    given_by: ConsentGiver
    form: ConsentForm
    given_on: date
    service_id: str | None = None
    withdrawn_on: date | None = None

    def is_active(self, on: date) -> bool:
        """Given on or before ``on`` and not withdrawn by then."""
        return self.given_on <= on and (self.withdrawn_on is None or self.withdrawn_on > on)

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "purpose": self.purpose.value,
            "service_id": self.service_id,
            "given_by": self.given_by.value,
            "form": self.form.value,
            "given_on": self.given_on.isoformat(),
            "withdrawn_on": _opt_date(self.withdrawn_on),
        }


@dataclass(frozen=True, slots=True)
class Task:
    id: str | None
    title: str
    due_on: date
    assigned_to: str | None = None
    done_on: date | None = None

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "title": self.title,
            "due_on": self.due_on.isoformat(),
            "assigned_to": self.assigned_to,
            "done_on": _opt_date(self.done_on),
        }


@dataclass(frozen=True, slots=True)
class Note:
    id: str | None
    text: str
    author: str
    written_at: datetime
    confidential: bool = False

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "text": self.text,
            "confidential": self.confidential,
            "author": self.author,
            "written_at": format_datetime(self.written_at),
        }


@dataclass(frozen=True, slots=True)
class HouseholdLink:
    id: str | None
    relationship: Relationship
    related_case_id: str | None = None
    name: str | None = None

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "relationship": self.relationship.value,
            "related_case_id": self.related_case_id,
            "name": self.name,
        }


@dataclass(frozen=True, slots=True)
class Attachment:
    id: str | None
    kind: AttachmentKind
    media_type: str
    size: int
    sha256: str
    label: str | None = None

    def to_json(self) -> JsonObject:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "label": self.label,
        }


@dataclass(frozen=True, slots=True)
class CaseDocument:
    id: str | None
    person: Person
    case: Case
    journey: tuple[JourneyLeg, ...] = ()
    screenings: tuple[Screening, ...] = ()
    assistance: tuple[AssistanceEntry, ...] = ()
    referrals: tuple[Referral, ...] = ()
    consents: tuple[Consent, ...] = ()
    tasks: tuple[Task, ...] = ()
    notes: tuple[Note, ...] = ()
    household: tuple[HouseholdLink, ...] = ()
    attachments: tuple[Attachment, ...] = ()

    def to_json(self) -> JsonObject:
        """The document as JSON-ready builtins (every key present, lists possibly empty)."""
        return {
            "id": self.id,
            "person": self.person.to_json(),
            "case": self.case.to_json(),
            "journey": [x.to_json() for x in self.journey],
            "screenings": [x.to_json() for x in self.screenings],
            "assistance": [x.to_json() for x in self.assistance],
            "referrals": [x.to_json() for x in self.referrals],
            "consents": [x.to_json() for x in self.consents],
            "tasks": [x.to_json() for x in self.tasks],
            "notes": [x.to_json() for x in self.notes],
            "household": [x.to_json() for x in self.household],
            "attachments": [x.to_json() for x in self.attachments],
        }


RECORD_LISTS: tuple[str, ...] = (
    "journey",
    "screenings",
    "assistance",
    "referrals",
    "consents",
    "tasks",
    "notes",
    "household",
    "attachments",
)
"""The top-level lists of records that carry their own id."""

R = TypeVar(
    "R",
    IdentityDocument,
    JourneyLeg,
    Screening,
    AssistanceEntry,
    Referral,
    Consent,
    Task,
    Note,
    HouseholdLink,
    Attachment,
)


def _fill_ids(items: tuple[R, ...], new_id: Callable[[], str]) -> tuple[R, ...]:
    if all(item.id is not None for item in items):
        return items
    return tuple(
        item if item.id is not None else dataclasses.replace(item, id=new_id()) for item in items
    )


def assign_ids(doc: CaseDocument, new_id: Callable[[], str]) -> CaseDocument:
    """Give the case, the person and every record without an id a fresh id (in document order).

    Records that already have an id keep it, so this is safe to call on a merged document.
    """
    person = doc.person
    return CaseDocument(
        id=doc.id if doc.id is not None else new_id(),
        person=dataclasses.replace(
            person,
            id=person.id if person.id is not None else new_id(),
            documents=_fill_ids(person.documents, new_id),
        ),
        case=doc.case,
        journey=_fill_ids(doc.journey, new_id),
        screenings=_fill_ids(doc.screenings, new_id),
        assistance=_fill_ids(doc.assistance, new_id),
        referrals=_fill_ids(doc.referrals, new_id),
        consents=_fill_ids(doc.consents, new_id),
        tasks=_fill_ids(doc.tasks, new_id),
        notes=_fill_ids(doc.notes, new_id),
        household=_fill_ids(doc.household, new_id),
        attachments=_fill_ids(doc.attachments, new_id),
    )


def with_status(doc: CaseDocument, status: Status) -> CaseDocument:
    """The document with a new case status: the one way a workflow result is applied.

    :func:`merge_update` refuses status changes, so callers must get ``status`` from
    :func:`fieldcase.domain.workflow.apply_transition`, which checks who may do what.
    """
    return dataclasses.replace(doc, case=dataclasses.replace(doc.case, status=Status(status)))


def with_site(doc: CaseDocument, site: str) -> CaseDocument:
    """The document moved to another site: the one way a transfer is applied.

    :func:`merge_update` refuses site changes, so callers must first check the transfer is
    allowed (``policy.Action.TRANSFER_CASE``), then validate the result (the site's format)."""
    return dataclasses.replace(doc, case=dataclasses.replace(doc.case, site=site))


def age_on(doc: CaseDocument, today: date) -> int | None:
    """Age in whole years on ``today``: from the date of birth if known, else the estimate.

    The estimate is taken as given (it is recorded as "age now", not re-aged over time).
    """
    dob = doc.person.date_of_birth
    if dob is not None:
        years = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
        return max(years, 0)
    return doc.person.age_estimate


def is_child(doc: CaseDocument, today: date) -> bool:
    """Under 18 on ``today``. Unknown age counts as not a child here; callers that must
    err towards protection (screening) should treat ``age_on(...) is None`` themselves."""
    age = age_on(doc, today)
    return age is not None and age < ADULT_AGE
