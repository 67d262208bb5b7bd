"""Changes the server refused: list them, try one again, or drop it.

A sync keeps every change the server refused with its reason and takes it back from the case
(``storage.refusals``): the laptop shows what the server holds, and the values the person
wanted wait here. A person then decides, one refusal at a time:

- **Fix**: open the case and change what the reason names (the window's "Fix" opens it);
- **Try again** (:func:`retry_refused`): apply the wanted values again as a *new* edit of the
  case as it is now — after a supervisor approved, or after the case was put right — with
  the same permissions and rules as any save; the refusal goes in the same transaction;
- **Drop** (:func:`drop_refused`): forget the wanted values, audited (``refusal.drop``, with
  the reason's code only, never a value).

The reason arrives as the server's text (``case.site.transfer_not_allowed``,
``invalid.text.too_long``, ``forbidden``); :class:`Reason` splits it into the rule (``code``),
the field it names, and the numbers the words quote (``{"max": 4000}``, found by checking the
wanted value against the same rules the device saves with), so the window says it in the
person's language with ``ui/problems.py``.

Only refusals of cases this user may see are listed or counted (a shared laptop), and those
of confidential parts only to who may see them. Listing shows case content, so it is refused
while the offline lease has expired; the count is not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fieldcase.domain import policy
from fieldcase.domain.document import read_stored_document
from fieldcase.domain.document_fields import index_path, key_path
from fieldcase.domain.errors import ValidationError, ValidationErrors
from fieldcase.domain.records import KIND_LISTS, Record, flatten, unflatten
from fieldcase.services.case_context import case_context, may_see
from fieldcase.services.cases import CaseSaved, delete_record, save_edited_document
from fieldcase.services.changes import Changes
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import cases, refusals
from fieldcase.storage.errors import NotFound
from fieldcase.storage.refusals import StoredRefusal

__all__ = ["Reason", "RefusedChange", "WantedValue", "drop_refused", "list_refused",
           "parse_reason", "refused_count", "retry_refused"]


@dataclass(frozen=True)
class Reason:
    """Why the server refused: ``code`` the rule (``transfer_not_allowed``, ``too_long``,
    ``forbidden``), ``field`` the field it names (None for a reason about the whole change),
    ``params`` the numbers its words quote, ``text`` the server's reason as sent."""

    code: str
    field: str | None
    params: Mapping[str, Any]
    text: str


@dataclass(frozen=True)
class WantedValue:
    """A value the person wanted, where it sits in the case document (``case.site``,
    ``notes[2].text``; ``notes.text`` for a record taken back, which the case no longer
    shows)."""

    path: str
    value: object


@dataclass(frozen=True)
class RefusedChange:
    """One refused change as a person reviews it. ``taken_back``: the case shows what the
    server holds (False only for a change the laptop could not take back, such as a new case
    the server refused: it still shows the wanted values)."""

    change_id: str
    case_id: str
    case_number: str | None
    record_kind: str
    op: str
    wanted: tuple[WantedValue, ...]
    reason: Reason
    author: str
    refused_at: datetime
    taken_back: bool


def parse_reason(text: str) -> Reason:
    """The server's reason split: ``<kind or "invalid">.<field>.<rule>`` names a field;
    anything else is a rule about the whole change (``forbidden``, ``not_found``,
    ``too_large``, ``local_unreadable``)."""
    parts = text.split(".")
    if len(parts) == 3 and all(parts):
        return Reason(parts[2], parts[1], {}, text)
    return Reason(text, None, {}, text)


def refused_count(session: Session) -> int:
    """How many refused changes this user may see (for the sync status)."""
    return sum(1 for stored in refusals.listed(session.store) if _visible(session, stored))


def list_refused(session: Session, case_id: str | None = None) -> list[RefusedChange]:
    """The refused changes this user may see, oldest refusal first."""
    require_working_lease(session)
    documents: dict[str, dict[str, Any] | None] = {}
    views: list[RefusedChange] = []
    for stored in refusals.listed(session.store, case_id):
        if not _visible(session, stored):
            continue
        if stored.case_id not in documents:
            documents[stored.case_id] = _document(session, stored.case_id)
        views.append(_view(session, stored, documents[stored.case_id]))
    return views


def retry_refused(session: Session, change_id: str) -> CaseSaved:
    """Apply the wanted values again as a new edit of the case as it is now (it syncs like
    any edit), and forget the refusal in the same transaction. Refused like any save
    (``PolicyError``, ``ValidationErrors``), the refusal then staying; a value the case
    already shows (a change that was not taken back) is ``already_shown``."""
    require_working_lease(session)
    stored = _find(session, change_id)
    store = session.store
    with store.atomic():
        if stored.op == "delete":
            saved = delete_record(session, stored.case_id, stored.record_id)
        else:
            document = cases.load_case(store, stored.case_id)
            wanted = _with_wanted(document, stored)
            if wanted == document:
                raise ValidationError("refusal", "already_shown",
                                      "the case already shows these values; change the case "
                                      "and save it, or drop the refused change")
            saved = save_edited_document(session, stored.case_id, wanted,
                                         audit_action="case.retry_refused")
        refusals.remove(store, change_id)
    return saved


def drop_refused(session: Session, change_id: str) -> Changes:
    """Forget a refused change: the values it wanted are gone; audited with the reason's
    code. The case already shows what the server holds, so nothing else changes."""
    require_working_lease(session)
    stored = _find(session, change_id)
    context, _ = case_context(session, stored.case_id)
    policy.require(session.actor, policy.Action.EDIT_CASE, context)
    with session.store.atomic():
        refusals.remove(session.store, change_id)
        session.store.audit(session.actor.user, "refusal.drop", case_id=stored.case_id,
                            details={"kind": stored.kind,
                                     "reason": parse_reason(stored.reason).code})
    return Changes(frozenset({stored.case_id}), frozenset({stored.kind}))


# -- helpers ------------------------------------------------------------------------------------

def _find(session: Session, change_id: str) -> StoredRefusal:
    stored = refusals.find(session.store, change_id)
    if stored is None or not _visible(session, stored):
        raise NotFound("no refused change with that id on this device")
    return stored


def _visible(session: Session, stored: StoredRefusal) -> bool:
    context, _ = case_context(session, stored.case_id)
    return may_see(session, context, stored.kind,
                   confidential=stored.fields.get("confidential") is True)


def _document(session: Session, case_id: str) -> dict[str, Any] | None:
    try:
        return cases.load_case(session.store, case_id)
    except NotFound:
        return None


def _with_wanted(document: dict[str, Any], stored: StoredRefusal) -> dict[str, Any]:
    """The case document with the refused record's wanted values laid over it (the record
    put back if it was taken back whole)."""
    records = flatten(document)
    current = records.get(stored.record_id)
    fields = {**(current.fields if current is not None else {}), **stored.fields}
    records[stored.record_id] = Record(stored.record_id, stored.kind, fields)
    return unflatten(document["id"], records)


def _places(document: Mapping[str, Any]) -> dict[str, str]:
    """Each record's path in the document (as validation errors name fields)."""
    places: dict[str, str] = {document["id"]: "case", document["person"]["id"]: "person"}
    for i, item in enumerate(document["person"].get("documents", [])):
        places[item["id"]] = index_path("person.documents", i)
    for key in KIND_LISTS.values():
        for i, item in enumerate(document.get(key, [])):
            places[item["id"]] = index_path(key, i)
    return places


def _place_of(document: Mapping[str, Any] | None, stored: StoredRefusal) -> str:
    if document is not None:
        place = _places(document).get(stored.record_id)
        if place is not None:
            return place
    if stored.kind == "identity_document":
        return "person.documents"
    return KIND_LISTS.get(stored.kind, stored.kind)


def _view(session: Session, stored: StoredRefusal, document: dict[str, Any] | None
          ) -> RefusedChange:
    _, number = case_context(session, stored.case_id)
    place = _place_of(document, stored)
    wanted = tuple(WantedValue(key_path(place, name), value)
                   for name, value in sorted(stored.fields.items()))
    reason = parse_reason(stored.reason)
    if document is not None and reason.code in _RULES_WITH_NUMBERS:
        reason = Reason(reason.code, reason.field, _params(session, document, stored, reason),
                        reason.text)
    return RefusedChange(stored.change_id, stored.case_id, number, stored.kind, stored.op,
                         wanted, reason, stored.author, datetime.fromisoformat(stored.refused_at),
                         stored.taken_back)


_RULES_WITH_NUMBERS = frozenset({"too_long", "out_of_range"})


def _params(session: Session, document: dict[str, Any], stored: StoredRefusal,
            reason: Reason) -> Mapping[str, Any]:
    """The numbers of a rule the server names without them (``too_long``: its ``max``), found
    by checking the wanted values against the rules this device saves with."""
    try:
        read_stored_document(_with_wanted(document, stored), today=session.today())
    except ValidationErrors as errors:
        found = errors.errors
    except ValidationError as error:
        found = (error,)
    else:
        return {}
    return next((e.params for e in found if e.rule == reason.code), {})
