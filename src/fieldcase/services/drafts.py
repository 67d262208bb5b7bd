"""Drafts: what a person typed and has not saved yet, kept inside the encrypted store.

Nothing typed is lost: the desktop app (``ui/drafts.py``) keeps an unsaved form here when the
person switches case, locks (by hand or idle), closes the window, and every few seconds while
there are unsaved edits (a crash loses at most those seconds); a reopened form offers it.

The rules:

- **Per local user.** A draft is the typing of the person signed in; a colleague on the
  shared laptop never sees it (every call is scoped to ``session.actor.user``).
- **Never synced.** Drafts are rows of their own, never in the change journal.
- **Only for a case the person may still edit.** A draft of a case that a sync reassigned
  away, or that left this device, is not offered (``load_draft`` answers None, ``list_drafts``
  leaves it out); a case's drafts are deleted with its row (a trigger, migration 10).
- **Swept when old.** At unlock, drafts older than ``DRAFT_RETENTION`` (30 days) are deleted
  (:func:`sweep_expired`): a draft of a new person nobody registered must not live forever.
- **Audited without content.** ``draft.save`` and ``draft.discard`` name the form kind and,
  for a case, the case id; never a value. Saving the same state again writes nothing and
  audits nothing, so the crash-safety autosave does not fill the log.
- **Bounded.** Keys are ``register`` or ``case:<uuid>``; a state is a JSON object of at most
  ``MAX_DRAFT_BYTES`` (256 KiB) of UTF-8. Anything else is a ``ValidationError``.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from fieldcase.domain import policy
from fieldcase.domain.errors import ValidationError
from fieldcase.services.lease import require_working_lease
from fieldcase.services.session import Session
from fieldcase.storage import drafts as stored_drafts
from fieldcase.storage.errors import StoreFull
from fieldcase.storage.store import Store

log = logging.getLogger(__name__)

MAX_DRAFT_BYTES: Final = 256 * 1024
DRAFT_RETENTION: Final = timedelta(days=30)
REGISTER_KEY: Final = "register"
CASE_PREFIX: Final = "case:"
_KEY = re.compile(r"^(?:register|case:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                  r"[0-9a-f]{12})$")

__all__ = ["DRAFT_RETENTION", "MAX_DRAFT_BYTES", "Draft", "DraftSummary", "case_key",
           "discard_draft", "list_drafts", "load_draft", "save_draft", "sweep_expired"]


@dataclass(frozen=True)
class DraftSummary:
    key: str
    saved_at: datetime


@dataclass(frozen=True)
class Draft:
    key: str
    state: dict[str, Any]
    saved_at: datetime


def case_key(case_id: str) -> str:
    """The draft key of an open case's form."""
    return f"{CASE_PREFIX}{case_id}"


def check_key(key: object) -> str:
    if not isinstance(key, str) or not _KEY.match(key):
        raise ValidationError("key", "format",
                              "a draft key is 'register' or 'case:' and a case id")
    return key


def _state_text(state: object) -> str:
    """The state as stored (compact, sorted), refused unless a JSON object within bounds."""
    if not isinstance(state, dict):
        raise ValidationError("state", "not_json", "a draft is a JSON object")
    try:
        text = json.dumps(state, ensure_ascii=False, allow_nan=False, sort_keys=True,
                          separators=(",", ":"))
        size = len(text.encode("utf-8"))
    except (TypeError, ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        raise ValidationError("state", "not_json",
                              "a draft holds only JSON values (text, numbers, lists, "
                              "objects)") from None
    if size > MAX_DRAFT_BYTES:
        raise ValidationError("state", "too_large",
                              f"a draft is at most {MAX_DRAFT_BYTES} bytes of JSON",
                              {"max": MAX_DRAFT_BYTES})
    return text


def _audit_details(key: str) -> tuple[str | None, dict[str, Any]]:
    if key.startswith(CASE_PREFIX):
        return key.removeprefix(CASE_PREFIX), {"form": "case"}
    return None, {"form": key}


def save_draft(session: Session, key: str, state: dict[str, Any]) -> bool:
    """Keep ``state`` as this user's draft of form ``key``; True when something was written
    (False: the same state was kept already). Allowed while the offline lease has expired:
    what was typed before must still be kept. Never for an erased case: a form still open on
    it (or a keeper's timer) would otherwise write its content back after the erasure."""
    key = check_key(key)
    text = _state_text(state)
    case_id, details = _audit_details(key)
    with session.store.atomic():
        if case_id is not None and session.store.raw.execute(
                "SELECT 1 FROM purged_cases WHERE case_id = ?", (case_id,)).fetchone():
            return False
        written = stored_drafts.save(session.store.raw, session.actor.user, key, text,
                                     session.now())
        if written:
            session.store.audit(session.actor.user, "draft.save", case_id=case_id,
                                details=details)
    return written


def load_draft(session: Session, key: str) -> Draft | None:
    """This user's draft of form ``key``, or None: none kept, or one of a case this user may
    no longer edit (reassigned away by a sync, gone from this device)."""
    key = check_key(key)
    require_working_lease(session)
    with session.store.reading():
        found = stored_drafts.load(session.store.raw, session.actor.user, key)
        if found is None or not _may_edit(session, key):
            return None
    state = json.loads(found.state_json)
    return Draft(key, state, stored_drafts.moment_of(found.saved_at))


def discard_draft(session: Session, key: str) -> bool:
    """Drop this user's draft of form ``key`` (after a save, or when the person discards it);
    True when there was one."""
    key = check_key(key)
    case_id, details = _audit_details(key)
    with session.store.atomic():
        gone = stored_drafts.discard(session.store.raw, session.actor.user, key)
        if gone:
            session.store.audit(session.actor.user, "draft.discard", case_id=case_id,
                                details=details)
    return gone


def list_drafts(session: Session) -> list[DraftSummary]:
    """This user's drafts that would be offered (newest first), without their content."""
    require_working_lease(session)
    with session.store.reading():
        rows = stored_drafts.keys(session.store.raw, session.actor.user)
        return [DraftSummary(key, stored_drafts.moment_of(saved_at)) for key, saved_at in rows
                if _may_edit(session, key)]


def sweep_expired(store: Store, user: str, now: datetime) -> int:
    """At unlock: delete every user's drafts older than ``DRAFT_RETENTION``; returns how many.
    On a full disk the sweep waits for the next unlock (logged by kind, never fatal)."""
    try:
        with store.atomic():
            swept = stored_drafts.sweep(store.raw, now - DRAFT_RETENTION)
            if swept:
                store.audit(user, "draft.sweep", details={"drafts": swept})
    except StoreFull:
        log.warning("old drafts were not swept: storage is full")
        return 0
    return swept


def _may_edit(session: Session, key: str) -> bool:
    if not key.startswith(CASE_PREFIX):
        return True
    row = session.store.raw.execute("SELECT site, assigned_to FROM cases WHERE id = ?",
                                    (key.removeprefix(CASE_PREFIX),)).fetchone()
    if row is None:
        return False
    context = policy.CaseContext(team=session.actor.team, site=row[0], assigned_to=row[1])
    return policy.decide(session.actor, policy.Action.EDIT_CASE, context).allowed
