"""Parse and validate a case document from JSON-like builtins (docs/case-document.md).

Every problem is collected and raised together as :class:`ValidationErrors`, each error naming
its path (``journey[2].started_on``) and rule (``future``), so the CLI and the UI can show all
of them at once. ``today`` is injected: it bounds "not in the future" and age checks. A server
validating documents from other time zones should pass the latest date any site can have
(UTC date + 1 day) so a worker east of it is not told their today is in the future.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import TypeVar

from fieldcase.domain.codes import (
    COUNTRY_CODES,
    LANGUAGE_CODES,
    NATIONALITY_CODES,
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
    two_letter_equivalent,
)
from fieldcase.domain.document_fields import FieldReader, index_path, key_path
from fieldcase.domain.document_model import (
    AssistanceEntry,
    Attachment,
    Case,
    CaseDocument,
    Consent,
    Contact,
    Escalation,
    HouseholdLink,
    IdentityDocument,
    JourneyLeg,
    Note,
    Person,
    Referral,
    Screening,
    ScreeningResult,
    Task,
    TransferDecline,
    TransferProposal,
)
from fieldcase.domain.errors import ValidationError, ValidationErrors

MAX_AGE = 120
NAME_MAX = 200
USER_MAX = 100
SHORT_MAX = 200
LONG_MAX = 5000
NOTE_MAX = 20_000

_SITE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")
_MEDIA_TYPE_RE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def parse_case_document(obj: object, *, today: date) -> CaseDocument:
    """Validate ``obj`` (decoded JSON) and return the document, or raise ValidationErrors."""
    doc, errors = read_case_document(obj, today=today)
    if errors:
        raise ValidationErrors(errors)
    return doc


def read_case_document(
    obj: object, *, today: date, tolerated: frozenset[str] = frozenset()
) -> tuple[CaseDocument, list[ValidationError]]:
    """The document and every error found, without raising.

    The document is only sound when every error's rule is in ``tolerated`` (rules whose
    values are kept as given, e.g. ``date_order``); otherwise it holds fallback values and
    must be thrown away. The rules across records run when every error so far is tolerated.
    """
    r = FieldReader(today)
    doc = _document(r, obj)
    if all(e.rule in tolerated for e in r.errors):
        _check_references(r, doc)
    return doc, r.errors


def _document(r: FieldReader, value: object) -> CaseDocument:
    o = r.obj(value, "", ("person", "case"), ("id", *_LISTS))
    return CaseDocument(
        id=r.opt_uuid(o, "id", ""),
        person=_person(r, o.get("person"), "person") if "person" in o else _STAND_IN_PERSON,
        case=_case(r, o.get("case"), "case") if "case" in o else _stand_in_case(r.today),
        journey=r.items(o, "journey", "", lambda v, p: _journey_leg(r, v, p)),
        screenings=r.items(o, "screenings", "", lambda v, p: _screening(r, v, p)),
        assistance=r.items(o, "assistance", "", lambda v, p: _assistance(r, v, p)),
        referrals=r.items(o, "referrals", "", lambda v, p: _referral(r, v, p)),
        consents=r.items(o, "consents", "", lambda v, p: _consent(r, v, p)),
        tasks=r.items(o, "tasks", "", lambda v, p: _task(r, v, p)),
        notes=r.items(o, "notes", "", lambda v, p: _note(r, v, p)),
        household=r.items(o, "household", "", lambda v, p: _household(r, v, p)),
        attachments=r.items(o, "attachments", "", lambda v, p: _attachment(r, v, p)),
    )


_LISTS = (
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
# When "person" or "case" is missing (already reported as an error), these stand in so the
# rest of the document is still checked and every problem is reported at once.
_STAND_IN_PERSON = Person(id=None, given_name="", sex=Sex.UNKNOWN, nationality="XXX")


def _stand_in_case(today: date) -> Case:
    return Case(site="", stage=Stage.ORIGIN, opened_on=today)


def _person(r: FieldReader, value: object, path: str) -> Person:
    o = r.obj(
        value,
        path,
        ("given_name", "sex", "nationality"),
        (
            "id",
            "family_name",
            "other_names",
            "gender",
            "date_of_birth",
            "age_estimate",
            "languages",
            "disability",
            "contact",
            "documents",
            "interpreter_needed",
            "interview_language",
        ),
    )
    dob = r.opt_date(o, "date_of_birth", path, past=True)
    if dob is not None and _years_between(dob, r.today) > MAX_AGE:
        r.fail(key_path(path, "date_of_birth"), "max_age", f"gives an age over {MAX_AGE}")
    age = r.opt_integer(o, "age_estimate", path, low=0, high=MAX_AGE)
    if o.get("date_of_birth") is None and o.get("age_estimate") is None and isinstance(value, dict):
        r.fail(
            key_path(path, "date_of_birth"),
            "age_or_birth_date",
            "give a date of birth or an age estimate",
        )
    other_names = r.items(o, "other_names", path,
                          lambda v, p: _nonblank(r, v, p, NAME_MAX, name=True))
    languages = r.items(
        o,
        "languages",
        path,
        lambda v, p: r.code_value(
            v, p, LANGUAGE_CODES, what="language code", hint=two_letter_equivalent
        ),
    )
    return Person(
        id=r.opt_uuid(o, "id", path),
        given_name=r.text(o, "given_name", path, max_len=NAME_MAX, name=True),
        family_name=r.opt_text(o, "family_name", path, max_len=NAME_MAX, name=True),
        other_names=_unique(other_names),
        sex=r.enum(o, "sex", path, Sex, default=Sex.UNKNOWN),
        gender=r.opt_text(o, "gender", path, max_len=100),
        date_of_birth=dob,
        age_estimate=age,
        nationality=r.code(o, "nationality", path, NATIONALITY_CODES, what="nationality code"),
        languages=_unique(languages),
        disability=_disability(r, o.get("disability", {}), key_path(path, "disability")),
        contact=_contact(r, o.get("contact", {}), key_path(path, "contact")),
        documents=r.items(o, "documents", path, lambda v, p: _identity_document(r, v, p)),
        interpreter_needed=r.opt_boolean(o, "interpreter_needed", path),
        interview_language=None if o.get("interview_language") is None else r.code_value(
            o["interview_language"], key_path(path, "interview_language"), LANGUAGE_CODES,
            what="language code", hint=two_letter_equivalent) or None,
    )


def _nonblank(r: FieldReader, value: object, path: str, max_len: int, *,
              name: bool = False) -> str:
    text = r.string_value(value, path, max_len=max_len, multiline=False, name=name)
    if not text and isinstance(value, str):
        r.fail(path, "empty", "must not be empty")
    return text


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _disability(r: FieldReader, value: object, path: str) -> tuple[tuple[WgDomain, WgAnswer], ...]:
    o = r.obj(value, path, (), tuple(d.value for d in WgDomain))
    answers: list[tuple[WgDomain, WgAnswer]] = []
    for domain in WgDomain:
        if domain.value in o:
            answer = r.enum_value(o[domain.value], key_path(path, domain.value), WgAnswer, None)
            if answer is not None:
                answers.append((domain, answer))
    return tuple(answers)


def _contact(r: FieldReader, value: object, path: str) -> Contact:
    o = r.obj(value, path, (), ("phone", "other", "safe_to_contact", "code_word"))
    return Contact(
        phone=r.opt_text(o, "phone", path, max_len=50),
        other=r.opt_text(o, "other", path, max_len=500),
        safe_to_contact=r.opt_boolean(o, "safe_to_contact", path),
        code_word=r.opt_text(o, "code_word", path, max_len=100),
    )


def _identity_document(r: FieldReader, value: object, path: str) -> IdentityDocument:
    o = r.obj(value, path, ("type", "number", "issuing_country"), ("id", "held_by"))
    return IdentityDocument(
        id=r.opt_uuid(o, "id", path),
        type=r.enum(o, "type", path, DocumentType, default=DocumentType.OTHER),
        number=r.text(o, "number", path, max_len=100),
        issuing_country=r.code(o, "issuing_country", path, COUNTRY_CODES, what="country code"),
        held_by=r.enum(o, "held_by", path, DocumentHolder, default=DocumentHolder.UNKNOWN),
    )


def _case(r: FieldReader, value: object, path: str) -> Case:
    o = r.obj(
        value,
        path,
        ("site", "stage"),
        ("case_number", "status", "flags", "assigned_to", "risk_level", "opened_on",
         "transfer", "transfer_declined", "escalation"),
    )
    site = _site_code(r, o, "site", path)
    flags = r.items(o, "flags", path, lambda v, p: r.enum_value(v, p, Flag, Flag.SUPERVISOR_REVIEW))
    return Case(
        case_number=r.opt_text(o, "case_number", path, max_len=64),
        site=site,
        status=r.enum(o, "status", path, Status, default=Status.OPEN),
        stage=r.enum(o, "stage", path, Stage, default=Stage.ORIGIN),
        flags=tuple(dict.fromkeys(flags)),
        assigned_to=r.opt_text(o, "assigned_to", path, max_len=USER_MAX),
        risk_level=r.opt_enum(o, "risk_level", path, RiskLevel),
        opened_on=r.date_(o, "opened_on", path, past=True, default=r.today),
        transfer=_optional(r, o, "transfer", path, _transfer),
        transfer_declined=_optional(r, o, "transfer_declined", path, _transfer_declined),
        escalation=_optional(r, o, "escalation", path, _escalation),
    )


def _site_code(r: FieldReader, o: Mapping[str, object], key: str, path: str) -> str:
    site = r.text(o, key, path, max_len=32)
    if site and not _SITE_RE.match(site):
        r.fail(
            key_path(path, key),
            "format",
            "must be a site code: capital letters, digits and hyphens, e.g. LAMP-01",
        )
    return site


_Part = TypeVar("_Part")


def _optional(r: FieldReader, o: Mapping[str, object], key: str, path: str,
              read: Callable[[FieldReader, object, str], _Part]) -> _Part | None:
    """An optional object of the case (absent or null: none)."""
    value = o.get(key)
    return None if value is None else read(r, value, key_path(path, key))


def _transfer(r: FieldReader, value: object, path: str) -> TransferProposal:
    o = r.obj(value, path, ("to_site", "proposed_by", "proposed_at"), ("reason",))
    return TransferProposal(
        to_site=_site_code(r, o, "to_site", path),
        proposed_by=r.text(o, "proposed_by", path, max_len=USER_MAX),
        proposed_at=r.datetime_(o, "proposed_at", path, default=_EPOCH),
        reason=r.opt_text(o, "reason", path, max_len=LONG_MAX, multiline=True),
    )


def _transfer_declined(r: FieldReader, value: object, path: str) -> TransferDecline:
    o = r.obj(value, path, ("to_site", "declined_by", "declined_at", "reason"), ())
    return TransferDecline(
        to_site=_site_code(r, o, "to_site", path),
        declined_by=r.text(o, "declined_by", path, max_len=USER_MAX),
        declined_at=r.datetime_(o, "declined_at", path, default=_EPOCH),
        reason=r.text(o, "reason", path, max_len=LONG_MAX, multiline=True),
    )


def _escalation(r: FieldReader, value: object, path: str) -> Escalation:
    o = r.obj(value, path, ("escalated_by", "escalated_at", "reason"), ())
    return Escalation(
        escalated_by=r.text(o, "escalated_by", path, max_len=USER_MAX),
        escalated_at=r.datetime_(o, "escalated_at", path, default=_EPOCH),
        reason=r.text(o, "reason", path, max_len=LONG_MAX, multiline=True),
    )


def _journey_leg(r: FieldReader, value: object, path: str) -> JourneyLeg:
    o = r.obj(
        value,
        path,
        ("stage", "country", "started_on"),
        ("id", "place", "ended_on", "means", "incidents"),
    )
    started = r.date_(o, "started_on", path, past=True, default=r.today)
    ended = r.opt_date(o, "ended_on", path, past=True)
    if ended is not None and ended < started:
        r.fail(key_path(path, "ended_on"), "date_order", "must not be before started_on")
    incidents = r.items(
        o, "incidents", path, lambda v, p: r.enum_value(v, p, Incident, Incident.VIOLENCE)
    )
    return JourneyLeg(
        id=r.opt_uuid(o, "id", path),
        stage=r.enum(o, "stage", path, Stage, default=Stage.ORIGIN),
        country=r.code(o, "country", path, COUNTRY_CODES, what="country code"),
        place=r.text(o, "place", path, max_len=SHORT_MAX, allow_empty=True),
        started_on=started,
        ended_on=ended,
        means=r.enum(o, "means", path, Means, default=Means.OTHER),
        incidents=tuple(dict.fromkeys(incidents)),
    )


def _screening(r: FieldReader, value: object, path: str) -> Screening:
    o = r.obj(
        value,
        path,
        ("instrument_id", "instrument_version", "completed_at"),
        ("id", "answers", "result"),
    )
    answers_path = key_path(path, "answers")
    answers = _answers(r, o.get("answers", {}), answers_path)
    result_value = o.get("result")
    return Screening(
        id=r.opt_uuid(o, "id", path),
        instrument_id=r.text(o, "instrument_id", path, max_len=USER_MAX),
        instrument_version=r.integer(o, "instrument_version", path, low=1, high=None),
        completed_at=r.datetime_(o, "completed_at", path, default=_EPOCH),
        answers=answers,
        result=None if result_value is None else _result(r, result_value, key_path(path, "result")),
    )


def _answers(r: FieldReader, value: object, path: str) -> tuple[tuple[str, bool | None], ...]:
    if not isinstance(value, dict):
        r.fail(path, "type", "must be an object mapping question ids to true, false or null")
        return ()
    if all(isinstance(qid, str) and 0 < len(qid) <= USER_MAX and qid.strip()
           and (answer is None or answer is True or answer is False)
           for qid, answer in value.items()):
        # Every answer sound (the rule below, in one pass): sorted by id alone, as ids are
        # the keys of one object and no two are equal.
        return tuple(sorted(value.items()))
    answers: list[tuple[str, bool | None]] = []
    for qid, answer in value.items():
        p = key_path(path, str(qid))
        if not isinstance(qid, str) or not qid.strip() or len(qid) > USER_MAX:
            r.fail(p, "question_id", f"question ids must be 1-{USER_MAX} characters")
        elif answer is not None and not isinstance(answer, bool):
            r.fail(p, "type", "must be true, false or null")
        else:
            answers.append((qid, answer))
    return tuple(sorted(answers, key=lambda pair: pair[0]))


def _result(r: FieldReader, value: object, path: str) -> ScreeningResult:
    o = r.obj(value, path, ("level",), ("reasons", "review"))
    return ScreeningResult(
        level=r.enum(o, "level", path, RiskLevel, default=RiskLevel.LOW),
        reasons=r.items(o, "reasons", path, lambda v, p: _nonblank(r, v, p, LONG_MAX)),
        review=r.boolean(o, "review", path, default=False),
    )


def _assistance(r: FieldReader, value: object, path: str) -> AssistanceEntry:
    o = r.obj(value, path, ("type", "provided_on", "provided_by"), ("id", "details"))
    return AssistanceEntry(
        id=r.opt_uuid(o, "id", path),
        type=r.enum(o, "type", path, AssistanceType, default=AssistanceType.INFORMATION),
        provided_on=r.date_(o, "provided_on", path, past=True, default=r.today),
        provided_by=r.text(o, "provided_by", path, max_len=USER_MAX),
        details=r.opt_text(o, "details", path, max_len=LONG_MAX, multiline=True),
    )


def _referral(r: FieldReader, value: object, path: str) -> Referral:
    o = r.obj(
        value,
        path,
        ("service_id", "reason", "referred_on"),
        ("id", "status", "consent_id"),
    )
    return Referral(
        id=r.opt_uuid(o, "id", path),
        service_id=r.text(o, "service_id", path, max_len=USER_MAX),
        reason=r.text(o, "reason", path, max_len=LONG_MAX, multiline=True),
        status=r.enum(o, "status", path, ReferralStatus, default=ReferralStatus.PROPOSED),
        referred_on=r.date_(o, "referred_on", path, past=True, default=r.today),
        consent_id=r.opt_uuid(o, "consent_id", path),
    )


def _consent(r: FieldReader, value: object, path: str) -> Consent:
    o = r.obj(
        value,
        path,
        ("purpose", "given_by", "form", "given_on"),
        ("id", "service_id", "withdrawn_on"),
    )
    purpose = r.enum(o, "purpose", path, ConsentPurpose, default=ConsentPurpose.REGISTRATION)
    service_id = r.opt_text(o, "service_id", path, max_len=USER_MAX)
    if "purpose" in o:
        if purpose is ConsentPurpose.REFERRAL and service_id is None:
            r.fail(
                key_path(path, "service_id"),
                "required_for_referral",
                "is required when purpose is referral",
            )
        elif purpose is not ConsentPurpose.REFERRAL and service_id is not None:
            r.fail(
                key_path(path, "service_id"),
                "only_for_referral",
                "may only be given when purpose is referral",
            )
    given = r.date_(o, "given_on", path, past=True, default=r.today)
    withdrawn = r.opt_date(o, "withdrawn_on", path, past=True)
    if withdrawn is not None and withdrawn < given:
        r.fail(key_path(path, "withdrawn_on"), "date_order", "must not be before given_on")
    return Consent(
        id=r.opt_uuid(o, "id", path),
        purpose=purpose,
        service_id=service_id,
        given_by=r.enum(o, "given_by", path, ConsentGiver, default=ConsentGiver.SELF),
        form=r.enum(o, "form", path, ConsentForm, default=ConsentForm.VERBAL),
        given_on=given,
        withdrawn_on=withdrawn,
    )


def _task(r: FieldReader, value: object, path: str) -> Task:
    o = r.obj(value, path, ("title", "due_on"), ("id", "assigned_to", "done_on"))
    return Task(
        id=r.opt_uuid(o, "id", path),
        title=r.text(o, "title", path, max_len=SHORT_MAX),
        due_on=r.date_(o, "due_on", path, past=False, default=r.today),
        assigned_to=r.opt_text(o, "assigned_to", path, max_len=USER_MAX),
        done_on=r.opt_date(o, "done_on", path, past=True),
    )


def _note(r: FieldReader, value: object, path: str) -> Note:
    o = r.obj(value, path, ("text", "author", "written_at"), ("id", "confidential"))
    return Note(
        id=r.opt_uuid(o, "id", path),
        text=r.text(o, "text", path, max_len=NOTE_MAX, multiline=True),
        confidential=r.boolean(o, "confidential", path, default=False),
        author=r.text(o, "author", path, max_len=USER_MAX),
        written_at=r.datetime_(o, "written_at", path, default=_EPOCH),
    )


def _household(r: FieldReader, value: object, path: str) -> HouseholdLink:
    o = r.obj(value, path, ("relationship",), ("id", "related_case_id", "name"))
    return HouseholdLink(
        id=r.opt_uuid(o, "id", path),
        relationship=r.enum(
            o, "relationship", path, Relationship, default=Relationship.OTHER_RELATIVE
        ),
        related_case_id=r.opt_uuid(o, "related_case_id", path),
        name=r.opt_text(o, "name", path, max_len=NAME_MAX, name=True),
    )


def _attachment(r: FieldReader, value: object, path: str) -> Attachment:
    o = r.obj(value, path, ("kind", "media_type", "size", "sha256"), ("id", "label"))
    media_type = r.text(o, "media_type", path, max_len=255)
    if media_type and not _MEDIA_TYPE_RE.match(media_type):
        r.fail(
            key_path(path, "media_type"),
            "format",
            "must be a lowercase media type, e.g. image/jpeg",
        )
    sha = r.text(o, "sha256", path, max_len=64)
    if sha and not _SHA256_RE.match(sha):
        r.fail(key_path(path, "sha256"), "format", "must be 64 lowercase hexadecimal digits")
    return Attachment(
        id=r.opt_uuid(o, "id", path),
        kind=r.enum(o, "kind", path, AttachmentKind, default=AttachmentKind.OTHER),
        media_type=media_type,
        size=r.integer(o, "size", path, low=0, high=None),
        sha256=sha,
        label=r.opt_text(o, "label", path, max_len=SHORT_MAX),
    )


def _check_references(r: FieldReader, doc: CaseDocument) -> None:
    """Rules across records: ids unique in the document, referral consents that match."""
    seen: dict[str, str] = {}

    def claim(record_id: str | None, path: str) -> None:
        if record_id is None:
            return
        if record_id in seen:
            r.fail(key_path(path, "id"), "duplicate_id", f"repeats the id of {seen[record_id]}")
        else:
            seen[record_id] = path

    claim(doc.id, "")
    claim(doc.person.id, "person")
    for i, d in enumerate(doc.person.documents):
        claim(d.id, index_path("person.documents", i))
    for name in _LISTS:
        for i, item in enumerate(getattr(doc, name)):
            claim(item.id, index_path(name, i))

    consents = {c.id: c for c in doc.consents if c.id is not None}
    for i, referral in enumerate(doc.referrals):
        if referral.consent_id is None:
            continue
        path = key_path(index_path("referrals", i), "consent_id")
        consent = consents.get(referral.consent_id)
        if consent is None:
            r.fail(path, "unknown_reference", "names no consent in this document")
        elif consent.purpose is not ConsentPurpose.REFERRAL:
            r.fail(path, "consent_purpose", "names a consent whose purpose is not referral")
        elif consent.service_id != referral.service_id:
            r.fail(path, "consent_service", "names a consent given for another service")


RecordReader = Callable[[FieldReader, object, str], object]
RECORD_READERS: Mapping[str, RecordReader] = MappingProxyType({
    "person": _person,
    "case": _case,
    "identity_document": _identity_document,
    "journey_leg": _journey_leg,
    "screening": _screening,
    "assistance": _assistance,
    "referral": _referral,
    "consent": _consent,
    "task": _task,
    "note": _note,
    "household_link": _household,
    "attachment": _attachment,
})
"""The reader of each record kind (``domain.records``), as the document reads that record:
``record_rules`` checks one record with it, so a record has one set of rules wherever it is
read."""
