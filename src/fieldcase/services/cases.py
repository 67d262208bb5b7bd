"""Case use-cases: register, open, edit, move through the workflow, list and search.

Every function checks the permission policy, validates through the domain, writes in one
transaction with its audit event, and returns what changed. While the offline lease has
expired (``services.lease``), every one of them refuses with ``LeaseExpired``: only a sync runs.

A stored case is read leniently (``domain.document_stored``): a sync merge can leave it
breaking a rule across fields, and it must still open. :func:`case_problems` names those
problems; an edit may keep them but not add one.

An edit carries what the person saw. :func:`show_case` returns, with the document, a
``Seen``: the stamps of the versions it shows (no values). ``update_case(..., seen=...)``
bases the fields the person changed on those, so a field a sync changed while the form was
open becomes a conflict (both values kept, the greater stamp shown, the case in the review
queue) instead of a silent overwrite. Without ``seen`` (the command line's ``case update``,
which shows nothing first) the bases are what is stored at the moment of the edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldcase.domain import policy, workflow
from fieldcase.domain.document import (
    CaseDocument,
    StoredDocument,
    check_no_new_problems,
    merge_problems,
    merge_update,
    parse_case_document,
    read_stored_document,
    with_status,
)
from fieldcase.domain.document_computed import as_new_case, ignored_inputs
from fieldcase.domain.document_fields import index_path, key_path
from fieldcase.domain.document_model import RECORD_LISTS, assign_ids
from fieldcase.domain.errors import ValidationError, ValidationErrors, WorkflowError
from fieldcase.domain.merge import Conflict, Seen
from fieldcase.domain.referral_rules import referral_problems
from fieldcase.services import service_directory
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
    "CaseFilter", "CaseSaved", "CaseSummary", "Cursor", "Page", "SearchHit", "Seen", "ShownCase",
    "apply_case_step", "case_problems", "change_status", "create_case", "delete_case",
    "delete_record", "list_cases", "refresh_case", "save_edited_document", "search_cases",
    "show_case", "update_case",
]


@dataclass(frozen=True)
class CaseSaved:
    """What a save did. ``ignored``: paths of values the input set that are not an input's to
    set (status, case number, risk level, screening results; ``domain.document_computed``)
    and that differ from what was saved. ``conflicted_fields``: the document paths
    (``case.stage``, ``tasks[0].title``) of the conflicts an edit made from an older view
    opened; both values are kept there."""

    case_id: str
    case_number: str
    changes: Changes
    potential_duplicates: tuple[PotentialDuplicate, ...] = ()
    ignored: tuple[str, ...] = ()
    conflicted_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ShownCase:
    """A case as this user may see it, and what that view showed (pass ``seen`` to
    :func:`update_case` for an edit made from it, or to :func:`refresh_case`)."""

    document: dict[str, Any]
    seen: Seen


def _changes(saved: cases.SavedCase) -> Changes:
    if not saved.changes:
        return Changes()
    return Changes(frozenset({saved.case_id}), frozenset(c.kind for c in saved.changes))


def _context(session: Session, doc: CaseDocument) -> policy.CaseContext:
    """A device holds only its team's cases (sync enforces the scope), so a stored case
    belongs to the signed-in user's team."""
    return policy.device_context(doc, session.actor)


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
    _require_sound_referrals(session, doc, None)
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


def show_case(session: Session, reference: str) -> ShownCase:
    """The case as this user may see it, and what the view shows; the view is audited
    (``case.view``): ask only when a person asked to open the case."""
    shown = _read_shown(session, reference)
    with session.store.atomic():
        session.store.audit(session.actor.user, "case.view", case_id=shown.seen.case_id)
    return shown


def refresh_case(session: Session, seen: Seen) -> ShownCase:
    """Read again a case already open on screen (``seen`` from its :func:`show_case`), after
    a change named it. The permission is checked again (a sync may have reassigned the case
    away); no second ``case.view`` is audited, since the person opened the case once and the
    open view only follows its changes. A new open of a case is always :func:`show_case`."""
    return _read_shown(session, seen.case_id)


def _read_shown(session: Session, reference: str) -> ShownCase:
    require_working_lease(session)
    case_id = cases.find_case_id(session.store, reference)
    stored_json, stamps = cases.load_case_with_stamps(session.store, case_id)
    doc = read_stored_document(stored_json, today=session.today()).document
    _require(session, policy.Action.VIEW_CASE, doc)
    document = policy.redact(doc, session.actor, _context(session, doc)).to_json()
    return ShownCase(document, cases.seen_in(case_id, stored_json, stamps, document))


def update_case(session: Session, reference: str, partial: object, *,
                seen: Seen | None = None) -> CaseSaved:
    """Apply a partial document; only the fields that really changed are stamped.

    ``seen`` (from the :func:`show_case` the form was filled from) makes the changed fields'
    bases what the person was shown; send only the fields the person changed, since a field
    sent unchanged but changed by a sync meanwhile is an edit of it too (a conflict)."""
    stored = _load_stored(session, reference)
    current = stored.document
    _require(session, policy.Action.EDIT_CASE, current)
    if seen is not None and seen.case_id != current.id:
        raise ValidationError("seen", "other_case", "what was shown belongs to another case")
    updated = merge_update(current, partial, today=session.today(), new_id=session.new_id,
                           known_problems=stored.problems)
    if updated.case.assigned_to != current.case.assigned_to:
        _require(session, policy.Action.ASSIGN_CASE, current)
    return _save(session, updated, current, "case.edit", seen)


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


def apply_case_step(session: Session, reference: str, action: policy.Action,
                    step: Callable[[CaseDocument], CaseDocument], audit_action: str
                    ) -> CaseSaved:
    """Save what ``step`` makes of the stored case, once ``action`` is allowed on it: the one
    door of the steps that are not plain edits (a transfer proposed, accepted or declined, an
    escalation; ``services.transfers``). The same rules as any save: the case may keep the
    problems it had, not gain one."""
    stored = _load_stored(session, reference)
    current = stored.document
    _require(session, action, current)
    updated = check_no_new_problems(step(current).to_json(), stored.problems,
                                    today=session.today())
    return _save(session, updated, current, audit_action)


def save_edited_document(session: Session, reference: str, document: dict[str, Any], *,
                         audit_action: str) -> CaseSaved:
    """Save a whole edited case document (values a person typed before, given back: a
    refused change tried again, ``services.refusals``). The same permissions as the edit each
    field amounts to (a changed site is a transfer, a changed assignee an assignment) and the
    same rules as any save: the case may keep the problems it had, not gain one."""
    stored = _load_stored(session, reference)
    current = stored.document
    _require(session, policy.Action.EDIT_CASE, current)
    if document.get("case", {}).get("site") != current.case.site:
        _require(session, policy.Action.TRANSFER_CASE, current)
    if document.get("case", {}).get("assigned_to") != current.case.assigned_to:
        _require(session, policy.Action.ASSIGN_CASE, current)
    updated = check_no_new_problems(document, stored.problems, today=session.today())
    return _save(session, updated, current, audit_action)


def _workflow_action(action: str) -> workflow.WorkflowAction:
    try:
        return workflow.WorkflowAction(action)
    except ValueError:
        known = ", ".join(a.value for a in workflow.WorkflowAction)
        raise WorkflowError(f"unknown workflow action {action!r}; known: {known}") from None


def _save(session: Session, given: CaseDocument, previous: CaseDocument,
          audit_action: str, seen: Seen | None = None) -> CaseSaved:
    doc = apply_screening(given, today=session.today(), previous=previous)
    ignored = ignored_inputs(given, doc, previous)
    _require_sound_referrals(session, doc, previous)
    assert doc.id is not None
    policy.require_may_add_confidential(session.actor, doc, previous, _context(session, doc))
    with session.store.atomic():
        saved = cases.update_case(session.store, doc.id, doc.to_json(),
                                  author=session.actor.user, seen=seen)
        if saved.changes:
            details: dict[str, Any] = {"records": len(saved.changes)}
            if ignored:
                details["ignored"] = list(ignored)
            if saved.conflicts:
                details["conflicts"] = len(saved.conflicts)
            session.store.audit(session.actor.user, audit_action, case_id=doc.id,
                                details=details)
            if merge_problems(doc.to_json()):
                # The row's review flag was just recomputed from conflicts and flags alone;
                # a case an edit left with a merge's problem stays in the review queue.
                merged_cases.flag_for_review(session.store, doc.id)
    fields = _conflict_paths(doc.to_json(), saved.conflicts)
    return CaseSaved(saved.case_id, saved.case_number, _changes(saved), ignored=ignored,
                     conflicted_fields=fields)


def _require_sound_referrals(session: Session, doc: CaseDocument,
                             previous: CaseDocument | None) -> None:
    """A referral sent needs the person's active consent and a new one names an active
    service of this device's directory (``domain.referral_rules``,
    ``services.service_directory``); checked on the case as it will be saved."""
    errors = referral_problems(doc, previous, service_directory.referral_ids(session))
    if errors:
        raise ValidationErrors(errors)


def _conflict_paths(document: dict[str, Any], conflicts: tuple[Conflict, ...]
                    ) -> tuple[str, ...]:
    """Where each field conflict sits in the document, as validation errors name fields."""
    places: dict[str, str] = {document["id"]: "case", document["person"]["id"]: "person"}
    for i, item in enumerate(document["person"].get("documents", [])):
        places[item["id"]] = index_path("person.documents", i)
    for key in RECORD_LISTS:
        for i, item in enumerate(document.get(key, [])):
            places[item["id"]] = index_path(key, i)
    return tuple(key_path(places[c.record_id], c.field) for c in conflicts
                 if c.field is not None and c.record_id in places)


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
