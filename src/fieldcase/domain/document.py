"""The case document: the one import point for its model, parser and merge rules.

See docs/case-document.md for the format. The pieces live in ``document_model`` (immutable
values and ``to_json``), ``document_parse`` (validation), ``document_fields`` (field readers),
``document_stored`` (lenient reading of stored documents) and ``document_merge`` (partial
updates).
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
    with_site,
    with_status,
)
from fieldcase.domain.document_parse import MAX_AGE, parse_case_document
from fieldcase.domain.document_stored import (
    LATER_RULES,
    LENIENT_RULES,
    STORED_RULES,
    StoredDocument,
    check_no_new_problems,
    merge_problems,
    new_problems,
    read_stored_document,
)
from fieldcase.domain.errors import ValidationError, ValidationErrors

__all__ = [
    "ADULT_AGE",
    "APPEND_ONLY_LISTS",
    "LATER_RULES",
    "LENIENT_RULES",
    "MAX_AGE",
    "RECORD_LISTS",
    "STORED_RULES",
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
    "StoredDocument",
    "Task",
    "ValidationError",
    "ValidationErrors",
    "age_on",
    "assign_ids",
    "check_no_new_problems",
    "format_datetime",
    "is_child",
    "merge_problems",
    "merge_update",
    "new_problems",
    "parse_case_document",
    "read_stored_document",
    "with_site",
    "with_status",
]
