"""Read a stored case document leniently, and name the problems a sync merge can leave in it.

Sync merges two devices' edits field by field (docs/sync.md). Each side was a valid document on
its own device, but together they can break a rule that spans fields or records: one device
sets a journey leg's ``ended_on`` while another moves its ``started_on`` later; a referral's
``consent_id`` and the consent's ``purpose`` are changed apart. Time moves on too: a date of
birth drifts past the age limit, a stored date looks "in the future" to a laptop whose clock
is behind. Refusing such a document on read would lock a worker out of a person's case.

So a *stored* document is read with the rules of shape, type and code (which a merge of valid
values cannot break) and the rules in :data:`LENIENT_RULES` are reported as *problems* beside
the document instead of raised; so are :data:`LATER_RULES`, rules added after cases were
stored under the old ones. A new document and every edit still go through the full rules;
an edit of a case that has problems is refused only for problems it adds
(:func:`new_problems`), so the worker can change other fields, and can fix the broken one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from fieldcase.domain.document_model import CaseDocument
from fieldcase.domain.document_parse import read_case_document
from fieldcase.domain.errors import ValidationError, ValidationErrors

# Rules across fields or records, or relative to today: their values are kept as given, so
# the document is sound with them broken.
LENIENT_RULES = frozenset({
    "date_order",
    "future",
    "max_age",
    "age_or_birth_date",
    "required_for_referral",
    "only_for_referral",
    "unknown_reference",
    "consent_purpose",
    "consent_service",
    "duplicate_id",
})
# The lenient rules whose answer depends on the ``today`` passed, not on the document alone.
TIME_RULES = frozenset({"future", "max_age"})
# Rules added after cases were stored under the old ones (a name's bidirectional controls or
# missing visible character). A merge cannot break them, so a push that does is refused; but a
# case stored before the rule existed must still open, list the problem and be mendable.
LATER_RULES = frozenset({"bidi_control", "invisible"})
STORED_RULES = LENIENT_RULES | LATER_RULES
"""What a stored document may break and still be read: :data:`LENIENT_RULES` and
:data:`LATER_RULES`."""


@dataclass(frozen=True)
class StoredDocument:
    """A stored case and the rules it breaks (empty for a sound case), in document order."""

    document: CaseDocument
    problems: tuple[ValidationError, ...]


def read_stored_document(obj: object, *, today: date) -> StoredDocument:
    """Read a document from the store; broken :data:`STORED_RULES` come back as problems.

    Raises ValidationErrors (with every error found) only when the document breaks a rule of
    shape, type or code: the store never holds such a document unless it is damaged.
    """
    doc, errors = read_case_document(obj, today=today, tolerated=STORED_RULES)
    if any(e.rule not in STORED_RULES for e in errors):
        raise ValidationErrors(errors)
    return StoredDocument(doc, tuple(errors))


def merge_problems(obj: object) -> tuple[ValidationError, ...]:
    """The problems of a merged document that do not depend on the date: the ones that put a
    case in the supervisor's review queue. Never raises: a damaged document (a rule of
    shape or type broken) returns those errors too, as it needs a person's eyes all the more.

    ``future`` and ``max_age`` are left out: a laptop's clock or time zone must not send
    every fresh case from a colleague to review.
    """
    _doc, errors = read_case_document(obj, today=date.max, tolerated=STORED_RULES)
    return tuple(e for e in errors if e.rule not in TIME_RULES)


def new_problems(
    before: Iterable[ValidationError], after: Iterable[ValidationError]
) -> tuple[ValidationError, ...]:
    """The problems in ``after`` that ``before`` did not have (same path, rule and message).

    Paths are positions, so removing a record before a broken one moves its problem to a new
    path, and it counts as new.
    """
    known = set(before)
    return tuple(p for p in after if p not in known)


def check_no_new_problems(obj: object, known: Iterable[ValidationError], *,
                          today: date) -> CaseDocument:
    """The document an edit produced, refused (ValidationErrors) only for problems the case
    did not already have: a case a merge left broken can still be edited, and mended."""
    result = read_stored_document(obj, today=today)
    added = new_problems(known, result.problems)
    if added:
        raise ValidationErrors(added)
    return result.document
