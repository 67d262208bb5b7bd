"""Case use-cases: register, open, edit, move through the workflow, list and search.

Every function checks the permission policy, validates through the domain, writes in one
transaction with its audit event, and returns what changed. While the offline lease has
expired (``services.lease``), every one of them refuses with ``LeaseExpired``: only a sync runs.

A stored case is read leniently (``domain.document_stored``): a sync merge can leave it
breaking a rule across fields, and it must still open. :func:`case_problems` names those
problems; an edit may keep them but not add one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldcase import bundled
from fieldcase.domain import policy, workflow
from fieldcase.domain.document import (
    CaseDocument,
    StoredDocument,
    check_no_new_problems,
    merge_problems,
    merge_update,
    parse_case_document,
    read_stored_document,
    with_site,
    with_status,
)
from fieldcase.domain.document_computed import as_new_case, ignored_inputs
from fieldcase.domain.document_model import RECORD_LISTS, assign_ids
from fieldcase.domain.errors import ValidationError, ValidationErrors, WorkflowError
from fieldcase.domain.referral_rules import referral_problems
from fieldcase.services.changes import Changes
from fieldcase.services.duplicates import PotentialDuplicate, find_potential_duplicates
from fieldcase.services.lease import require_working_lease
from fieldcase.services.screening import apply_screening
from fieldcase.services.session import Session
from fieldcase.storage import case_list, cases, merged_cases, search_index
from fieldcase.storage.case_list import CaseFilter, CaseSummary, Cursor, Page
from fieldcase.storage.search_index import SearchHit

# The list and search values the UI shows, re-exported so the UI never imports storage.
__all__ = [
    "CaseFilter", "CaseSaved", "CaseSummary", "Cursor", "Page", "SearchHit", "case_problems",
    "change_status", "create_case", "delete_case", "delete_record", "list_cases", "search_cases",
    "show_case", "transfer_case", "update_case",
]


@dataclass(frozen=True)
class CaseSaved:
    """What a save did. ``ignored``: paths of values the input set that are not an input's to
    set (status, case number, risk level, screening results; ``domain.document_computed``)
    and that differ from what was saved."""

    case_id: str
    case_number: str
    changes: Changes
    potential_duplicates: tuple[PotentialDuplicate, ...] = ()
    ignored: tuple[str, ...] = ()


def _changes(saved: cases.SavedCase) -> Changes:
    if not saved.changes:
        return Changes()
    return Changes(frozenset({saved.case_id}), frozenset(c.kind for c in saved.changes))


def _context(session: Session, doc: CaseDocument) -> policy.CaseContext:
    """A device holds only its team's cases (sync enforces the scope), so a stored case
    belongs to the signed-in user's team."""
    return policy.context_of(doc, session.actor.team)


def _require(session: Session, action: policy.Action, doc: CaseDocument) -> None:
    policy.require(session.actor, action, _context(session, doc))


def _load_stored(session: Session, reference: str) -> StoredDocument:
    require_working_lease(session)
    case_id = cases.find_case_id(session.store, reference)
    return read_stored_document(cases.load_case(session.store, case_id), today=session.today())


def _load(session: Session, reference: str) -> CaseDocument:
    return _load_stored(session, reference).document


def case_problems(session: Session, reference: str) -> list[ValidationError]:
    """The rules across fields the stored case breaks (``journey[0].ended_on: date_order``),
    usually left by a sync merge of two devices' edits; empty for a sound case. Messages
    never repeat a value, so they are safe to show to anyone who may open the case."""
    stored = _load_stored(session, reference)
    _require(session, policy.Action.VIEW_CASE, stored.document)
    return list(stored.problems)


def create_case(session: Session, document: object) -> CaseSaved:
    """Register a new case from a case document (see docs/case-document.md). It starts
    ``open`` with a number from the store, whatever the document says (``ignored``)."""
    require_working_lease(session)
    given = parse_case_document(document, today=session.today())
    _require(session, policy.Action.CREATE_CASE, given)
    doc = apply_screening(assign_ids(as_new_case(given), session.new_id), today=session.today())
    ignored = ignored_inputs(given, doc)
    _require_sound_referrals(doc, None)
    policy.require_may_add_confidential(session.actor, doc, None, _context(session, doc))
    duplicates = tuple(find_potential_duplicates(session, doc))
    details: dict[str, Any] = {"potential_duplicates": len(duplicates)}
    if ignored:
        details["ignored"] = list(ignored)
    with session.store.atomic():
        saved = cases.insert_case(session.store, doc.to_json(), author=session.actor.user)
        session.store.audit(session.actor.user, "case.create", case_id=saved.case_id,
                            details=details)
    return CaseSaved(saved.case_id, saved.case_number, _changes(saved), duplicates, ignored)


def show_case(session: Session, reference: str) -> dict[str, Any]:
    """The case as this user may see it; the view is audited."""
    doc = _load(session, reference)
    _require(session, policy.Action.VIEW_CASE, doc)
    with session.store.atomic():
        session.store.audit(session.actor.user, "case.view", case_id=doc.id)
    return policy.redact(doc, session.actor, _context(session, doc)).to_json()


def update_case(session: Session, reference: str, partial: object) -> CaseSaved:
    """Apply a partial document; only the fields that really changed are stamped."""
    stored = _load_stored(session, reference)
    current = stored.document
    _require(session, policy.Action.EDIT_CASE, current)
    updated = merge_update(current, partial, today=session.today(), new_id=session.new_id,
                           known_problems=stored.problems)
    if updated.case.assigned_to != current.case.assigned_to:
        _require(session, policy.Action.ASSIGN_CASE, current)
    return _save(session, updated, current, "case.edit")


def change_status(session: Session, reference: str, action: str,
                  comment: str | None = None) -> CaseSaved:
    """Move a case through the workflow (request or approve closure, reopen, ...)."""
    stored = _load_stored(session, reference)
    current = stored.document
    status = workflow.apply_transition(current.case.status, _workflow_action(action), session.actor,
                                       assigned_to=current.case.assigned_to, comment=comment)
    updated = with_status(current, status)
    if comment:
        updated = merge_update(updated, {"notes": [{
            "text": comment, "confidential": False, "author": session.actor.user,
            "written_at": session.now().isoformat()}]},
            today=session.today(), new_id=session.new_id, known_problems=stored.problems)
    return _save(session, updated, current, f"case.{action}")


def transfer_case(session: Session, reference: str, site: str) -> CaseSaved:
    """Move a case to another site: a supervisor of its team only (``TRANSFER_CASE``), audited
    as ``case.transfer``; ``case update`` refuses a site change (``transfer_required``). The
    server accepts the change only to a site of the case's team. The receiving supervisor's
    accept or decline is for later (issue 11): it will wrap this one door."""
    stored = _load_stored(session, reference)
    current = stored.document
    _require(session, policy.Action.TRANSFER_CASE, current)
    moved = with_site(current, site).to_json()
    updated = check_no_new_problems(moved, stored.problems, today=session.today())
    return _save(session, updated, current, "case.transfer")


def _workflow_action(action: str) -> workflow.WorkflowAction:
    try:
        return workflow.WorkflowAction(action)
    except ValueError:
        known = ", ".join(a.value for a in workflow.WorkflowAction)
        raise WorkflowError(f"unknown workflow action {action!r}; known: {known}") from None


def _save(session: Session, given: CaseDocument, previous: CaseDocument,
          audit_action: str) -> CaseSaved:
    doc = apply_screening(given, today=session.today(), previous=previous)
    ignored = ignored_inputs(given, doc, previous)
    _require_sound_referrals(doc, previous)
    assert doc.id is not None
    policy.require_may_add_confidential(session.actor, doc, previous, _context(session, doc))
    with session.store.atomic():
        saved = cases.update_case(session.store, doc.id, doc.to_json(),
                                  author=session.actor.user)
        if saved.changes:
            details: dict[str, Any] = {"records": len(saved.changes)}
            if ignored:
                details["ignored"] = list(ignored)
            session.store.audit(session.actor.user, audit_action, case_id=doc.id,
                                details=details)
            if merge_problems(doc.to_json()):
                # The row's review flag was just recomputed from conflicts and flags alone;
                # a case an edit left with a merge's problem stays in the review queue.
                merged_cases.flag_for_review(session.store, doc.id)
    return CaseSaved(saved.case_id, saved.case_number, _changes(saved), ignored=ignored)


def _require_sound_referrals(doc: CaseDocument, previous: CaseDocument | None) -> None:
    """A referral sent needs the person's active consent and names a directory service
    (``domain.referral_rules``); checked on the case as it will be saved."""
    errors = referral_problems(doc, previous, bundled.service_ids())
    if errors:
        raise ValidationErrors(errors)


def delete_record(session: Session, reference: str, record_id: str) -> CaseSaved:
    """Remove one record (a journey leg, a task, ...) from a case; it leaves a tombstone.
    Notes and assistance entries are a history and cannot be removed."""
    stored = _load_stored(session, reference)
    current = stored.document
    _require(session, policy.Action.EDIT_CASE, current)
    document: dict[str, Any] = current.to_json()
    kind = next((key for key in RECORD_LISTS
                 if any(item["id"] == record_id for item in document[key])), None)
    if kind is None:
        raise ValidationError("record_id", "unknown_id", "this case has no such record")
    if kind in ("notes", "assistance"):
        raise ValidationError(kind, "append_only", f"{kind} entries are kept; add a correction")
    document[kind] = [item for item in document[kind] if item["id"] != record_id]
    updated = check_no_new_problems(document, stored.problems, today=session.today())
    return _save(session, updated, current, "case.record_delete")


def delete_case(session: Session, reference: str) -> CaseSaved:
    """Remove a case from this device (supervisors); the removal is journaled for sync."""
    current = _load(session, reference)
    _require(session, policy.Action.ERASE_CASE, current)
    assert current.id is not None
    with session.store.atomic():
        saved = cases.delete_case(session.store, current.id, author=session.actor.user)
        session.store.audit(session.actor.user, "case.delete", case_id=current.id)
    session.store.checkpoint()
    return CaseSaved(saved.case_id, saved.case_number, _changes(saved))


def _may_view(session: Session, row: CaseSummary) -> bool:
    """Rows of cases this user may not open are not listed either: a name in a list is
    already a disclosure on a shared laptop."""
    context = policy.CaseContext(team=session.actor.team, site=row.site,
                                 assigned_to=row.assigned_to)
    return policy.decide(session.actor, policy.Action.VIEW_CASE, context).allowed


def list_cases(session: Session, case_filter: CaseFilter, cursor: Cursor | None = None,
               limit: int = case_list.PAGE_SIZE) -> Page:
    require_working_lease(session)
    page = case_list.list_cases(session.store.raw, case_filter, cursor, limit)
    return Page(tuple(row for row in page.rows if _may_view(session, row)), page.next_cursor)


def search_cases(session: Session, text: str, *, limit: int = 50) -> list[SearchHit]:
    require_working_lease(session)
    hits = search_index.search(session.store.raw, text, limit=limit)
    return [hit for hit in hits if _may_view(session, hit)]
