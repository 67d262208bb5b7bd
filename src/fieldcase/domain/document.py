"""The case document: the one import point for its model, parser and merge rules.

See docs/case-document.md for the format. The pieces live in ``document_model`` (immutable
values and ``to_json``), ``document_parse`` (validation), ``document_fields`` (field readers)
and ``document_merge`` (partial updates).
"""

from __future__ import annotations

from fieldcase.domain.document_merge import APPEND_ONLY_LISTS, merge_update
from fieldcase.domain.document_model import (
    ADULT_AGE,
    RECORD_LISTS,
    AssistanceEntry,
    Attachment,
    Case,
    CaseDocument,
    Consent,
    Contact,
    HouseholdLink,
    IdentityDocument,
    JourneyLeg,
    Note,
    Person,
    Referral,
    Screening,
    ScreeningResult,
    Task,
    age_on,
    assign_ids,
    format_datetime,
    is_child,
    with_status,
)
from fieldcase.domain.document_parse import MAX_AGE, parse_case_document
from fieldcase.domain.errors import ValidationError, ValidationErrors

__all__ = [
    "ADULT_AGE",
    "APPEND_ONLY_LISTS",
    "MAX_AGE",
    "RECORD_LISTS",
    "AssistanceEntry",
    "Attachment",
    "Case",
    "CaseDocument",
    "Consent",
    "Contact",
    "HouseholdLink",
    "IdentityDocument",
    "JourneyLeg",
    "Note",
    "Person",
    "Referral",
    "Screening",
    "ScreeningResult",
    "Task",
    "ValidationError",
    "ValidationErrors",
    "age_on",
    "assign_ids",
    "format_datetime",
    "is_child",
    "merge_update",
    "parse_case_document",
    "with_status",
]
