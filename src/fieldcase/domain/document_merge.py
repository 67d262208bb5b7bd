"""Apply a partial case document to a stored one (``fieldcase case update``).

Rules (docs/case-document.md, "How updates merge"):

- ``person`` and ``case`` fields that are given replace the stored ones; ``person.contact`` and
  ``person.disability`` merge key by key (a ``null`` disability answer removes it).
- In a list, an item with the ``id`` of a stored item updates that item field by field; an item
  without ``id`` is appended and given a new id. An ``id`` that names no stored item is an
  error, as is changing a note or an assistance entry (append-only records never conflict in
  sync, so they are never edited).
- ``case.status`` only changes through the workflow, ``case.site``, ``case.transfer`` and
  ``case.escalation`` only by their own steps (``services.transfers``: a transfer moves when
  the receiving site accepts), and ids and an assigned case number never change. Who
  may reassign a case is the caller's question (:mod:`policy`), not this module's.
- The merged result is validated as a whole; a stored case that already breaks a rule across
  fields (after a sync merge, see ``document_stored``) may keep that problem, not add one.
  Errors inside items taken from the partial are reported at their position in the partial
  (``journey[0]``), others at their stored position.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection
from datetime import date

from fieldcase.domain.document_fields import index_path, key_path
from fieldcase.domain.document_model import RECORD_LISTS, CaseDocument, assign_ids
from fieldcase.domain.document_parse import parse_case_document, read_case_document
from fieldcase.domain.document_stored import STORED_RULES, new_problems
from fieldcase.domain.errors import ValidationError, ValidationErrors

APPEND_ONLY_LISTS = frozenset({"notes", "assistance"})

_Json = dict[str, object]


class _Merge:
    def __init__(self) -> None:
        self.errors: list[ValidationError] = []
        self.remap: list[tuple[str, str]] = []  # (path in merged document, path in partial)

    def fail(self, path: str, rule: str, message: str) -> None:
        self.errors.append(ValidationError(path, rule, message))

    def object_patch(self, value: object, path: str) -> _Json | None:
        if not isinstance(value, dict):
            self.fail(path, "type", "must be an object")
            return None
        return value

    def overlay(self, base: _Json, patch: _Json, path: str, nested: frozenset[str]) -> None:
        for key, value in patch.items():
            if key == "id" and value is not None and base.get("id") not in (None, value):
                self.fail(key_path(path, "id"), "immutable", "an id cannot be changed")
            elif key in nested:
                self.nested(base, str(key), value, key_path(path, str(key)))
            else:
                base[key] = copy.deepcopy(value)

    def nested(self, base: _Json, key: str, value: object, path: str) -> None:
        current = base.get(key)
        if value is None or not isinstance(current, dict):
            base[key] = {} if value is None else copy.deepcopy(value)
            return
        patch = self.object_patch(value, path)
        if patch is None:
            return
        merged = dict(current)
        for k, v in patch.items():
            if v is None and key == "disability":
                merged.pop(k, None)
            else:
                merged[k] = copy.deepcopy(v)
        base[key] = merged

    def records(self, base: _Json, key: str, value: object, path: str) -> None:
        """Merge a list of id-carrying records (``path`` names the list in both documents)."""
        stored = base.get(key)
        stored_items: list[object] = list(stored) if isinstance(stored, list) else []
        if not isinstance(value, list):
            self.fail(path, "type", "must be a list")
            return
        by_id = {
            item.get("id"): i
            for i, item in enumerate(stored_items)
            if isinstance(item, dict) and item.get("id") is not None
        }
        for i, item in enumerate(value):
            item_path = index_path(path, i)
            patch = self.object_patch(item, item_path)
            if patch is None:
                continue
            record_id = patch.get("id")
            if record_id is None:
                self.remap.append((index_path(path, len(stored_items)), item_path))
                stored_items.append({k: copy.deepcopy(v) for k, v in patch.items() if k != "id"})
                continue
            position = by_id.get(record_id)
            if position is None:
                self.fail(
                    key_path(item_path, "id"),
                    "unknown_id",
                    "names no stored record; leave the id out to add a new one",
                )
                continue
            current = stored_items[position]
            assert isinstance(current, dict)
            updated = dict(current)
            self.overlay(updated, patch, item_path, frozenset())
            if key in APPEND_ONLY_LISTS and updated != current:
                self.fail(item_path, "append_only", f"{key} cannot be changed once recorded")
                continue
            self.remap.append((index_path(path, position), item_path))
            stored_items[position] = updated
        base[key] = stored_items

    def rewrite(self, error: ValidationError) -> ValidationError:
        for merged, partial in self.remap:
            if error.path == merged or error.path.startswith((merged + ".", merged + "[")):
                return ValidationError(
                    partial + error.path[len(merged) :], error.rule, error.message
                )
        return error


def merge_update(
    current: CaseDocument,
    partial: object,
    *,
    today: date,
    new_id: Callable[[], str],
    known_problems: Collection[ValidationError] = (),
) -> CaseDocument:
    """Return ``current`` with ``partial`` applied, validated, and new records given ids.

    ``known_problems`` are the problems the stored ``current`` already has
    (:func:`fieldcase.domain.document_stored.read_stored_document`): the merged document may
    keep them, but not add any. Raises ValidationErrors naming every other problem;
    ``current`` is never modified.
    """
    m = _Merge()
    patch = m.object_patch(partial, "")
    if patch is None:
        raise ValidationErrors(m.errors)
    merged = current.to_json()
    for key, value in patch.items():
        if key == "id":
            if value is not None and value != current.id:
                m.fail("id", "immutable", "the case id cannot be changed")
        elif key == "person":
            _merge_person(m, merged, value)
        elif key == "case":
            _merge_case(m, merged, value, current)
        elif key in RECORD_LISTS:
            m.records(merged, key, value, key)
        else:
            merged[key] = value  # unknown: the parser reports it with its path
    if m.errors:
        raise ValidationErrors(m.errors)
    if not known_problems:
        try:
            doc = parse_case_document(merged, today=today)
        except ValidationErrors as exc:
            raise ValidationErrors(m.rewrite(e) for e in exc.errors) from None
        return assign_ids(doc, new_id)
    doc, errors = read_case_document(merged, today=today, tolerated=STORED_RULES)
    added = new_problems(known_problems, errors)
    if added:
        raise ValidationErrors(m.rewrite(e) for e in added)
    return assign_ids(doc, new_id)


def _merge_person(m: _Merge, merged: _Json, value: object) -> None:
    patch = m.object_patch(value, "person")
    person = merged["person"]
    if patch is None or not isinstance(person, dict):
        return
    documents = patch.get("documents")
    rest = {k: v for k, v in patch.items() if k != "documents"}
    m.overlay(person, rest, "person", frozenset({"contact", "disability"}))
    if "documents" in patch:
        m.records(person, "documents", documents, "person.documents")


def _merge_case(m: _Merge, merged: _Json, value: object, current: CaseDocument) -> None:
    patch = m.object_patch(value, "case")
    case = merged["case"]
    if patch is None or not isinstance(case, dict):
        return
    if "status" in patch and patch["status"] != current.case.status.value:
        m.fail(
            "case.status",
            "workflow_only",
            "change the status with a workflow action (e.g. request_closure), not an update",
        )
    if "site" in patch and patch["site"] != current.case.site:
        m.fail(
            "case.site",
            "transfer_required",
            "move a case to another site with a transfer (fieldcase case transfer), "
            "not an update",
        )
    current_json = current.case.to_json()
    for key in ("transfer", "transfer_declined", "escalation"):
        if key in patch and patch[key] != current_json.get(key):
            m.fail(f"case.{key}", "transfer_required" if key != "escalation"
                   else "escalation_required",
                   "propose, accept or decline a transfer with its own action "
                   "(fieldcase case transfer)" if key != "escalation" else
                   "escalate a case, or clear an escalation, with its own action "
                   "(fieldcase case escalate)")
    number = current.case.case_number
    if "case_number" in patch and number is not None and patch["case_number"] != number:
        m.fail("case.case_number", "immutable", "an assigned case number cannot be changed")
    m.overlay(case, patch, "case", frozenset())
