"""Sync use-cases: enrol this device, sync now, the sync status, list and settle conflicts.

The UI and the command line call these; everything below (HTTP, signing, merge, storage) is
reached through them. Failures are :class:`~fieldcase.sync.errors.SyncError` with a kind the
front end maps to words; whatever the kind, nothing committed is lost and a retry is safe.
The round itself (and revocation) lives in :mod:`fieldcase.services.sync_round`.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from fieldcase.domain import policy
from fieldcase.domain.document import read_stored_document
from fieldcase.domain.errors import ValidationError
from fieldcase.domain.lease import LeaseState
from fieldcase.domain.merge import Conflict, resolve_edit_vs_delete, resolve_field
from fieldcase.services import lease, refusals
from fieldcase.services.case_context import case_context, may_see
from fieldcase.services.changes import Changes
from fieldcase.services.enrolment import EnrolmentInfo, enroll
from fieldcase.services.lease import SignInRequired
from fieldcase.services.session import Session, SessionSteps
from fieldcase.services.sync_round import (
    SESSION_REFUSED,
    SyncHooks,
    handle_revoked,
    run_sync,
    session_expiry,
)
from fieldcase.storage import merged_cases, sync_state
from fieldcase.storage.errors import NotFound
from fieldcase.sync.attachment_transfer import FilesMoved
from fieldcase.sync.client import CancelToken, Progress, RetryPolicy, SyncProgress
from fieldcase.sync.engine import BATCH_SIZE, PULL_LIMIT, SyncReport
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.sync.steps import Inline

__all__ = [
    "SESSION_REFUSED", "CancelToken", "ConflictSideView", "ConflictView", "EnrolmentInfo",
    "FilesMoved", "Progress", "SessionSteps", "SignInRequired", "SyncError", "SyncErrorKind",
    "SyncHooks", "SyncProgress", "SyncReport", "SyncStatus", "enroll", "handle_revoked",
    "list_conflicts", "resolve_conflict", "run_sync", "session_expiry", "sync_now",
    "sync_status",
]



def sync_now(session: Session, transport: httpx.BaseTransport | None = None,
             cancel: CancelToken | None = None, progress: Progress | None = None, *,
             sleep: Callable[[float], None] | None = None, rng: random.Random | None = None,
             retry: RetryPolicy | None = None, batch_size: int = BATCH_SIZE,
             pull_limit: int = PULL_LIMIT,
             random_bytes: Callable[[int], bytes] = os.urandom) -> SyncReport:
    """One sync round for a caller that owns the session (the command line, the tests): the
    round of :func:`~fieldcase.services.sync_round.run_sync` with its store steps run inline.
    The window runs the same round on a sync thread instead (docs/ui.md, rule 5)."""
    return run_sync(Inline(session), SyncHooks(cancel or CancelToken(), progress), transport,
                    sleep=sleep, rng=rng, retry=retry, batch_size=batch_size,
                    pull_limit=pull_limit, random_bytes=random_bytes)


@dataclass(frozen=True)
class SyncStatus:
    """What the window's sync area shows, read in one call. ``checked_at`` is the session's
    clock when read, so "2 h ago" is measured on the same clock as the sync times;
    ``lease_message`` is the banner text ("" when there is nothing to say)."""

    enrolled: bool
    checked_at: datetime
    last_successful_sync: datetime | None
    pending_changes: int
    open_conflicts: int
    quarantined: int  # refused changes this user may see (services.refusals)
    lease: LeaseState | None
    lease_message: str
    waiting_for_sign_in: tuple[tuple[str, int], ...] = ()
    """(local user, changes) for each person whose changes wait on this laptop until they
    sign in to the server (a shared laptop: changes go under their maker's own session)."""
    signed_in: bool = True
    """Whether the person at the laptop holds a server session of their own (enrolled)."""

    @property
    def working_allowed(self) -> bool:
        return self.lease is None or not self.lease.needs_online_sign_in


def sync_status(session: Session) -> SyncStatus:
    """The device's sync state for the UI. Allowed under an expired lease: it shows counts and
    times, never case content."""
    store = session.store
    now = session.now()
    enrolled = sync_state.load_enrolment(store) is not None
    state = session.lease
    message = "" if state is None else \
        lease.describe_lease(state, lease.last_contact(store), now)
    waiting = tuple(sync_state.waiting_for_sign_in(store, now)) if enrolled else ()
    signed_in = not enrolled or sync_state.has_user_session(store, session.actor.user, now)
    return SyncStatus(enrolled, now, sync_state.last_successful_sync(store),
                      sync_state.outbox_size(store), len(_visible_conflicts(session, None)),
                      refusals.refused_count(session), state, message, waiting, signed_in)


# -- conflicts -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConflictSideView:
    """One side: ``at`` is when it was set, on the clock of the device that set it."""

    stamp: str
    author: str
    value: object
    deleted: bool
    at: datetime


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as a person reviews it; ``winner`` indexes the side shown for now."""

    conflict_id: str
    kind: str
    case_id: str
    case_number: str | None
    record_id: str
    record_kind: str
    field: str | None
    sides: tuple[ConflictSideView, ...]
    winner: int


def list_conflicts(session: Session, case_id: str | None = None) -> list[ConflictView]:
    """Open conflicts this user may see (of one case, or of every case on the device).
    Refused (LeaseExpired) while the offline lease has expired: conflicts show case content."""
    lease.require_working_lease(session)
    return _visible_conflicts(session, case_id)


def _visible_conflicts(session: Session, case_id: str | None) -> list[ConflictView]:
    views: list[ConflictView] = []
    for conflict in sync_state.open_conflicts(session.store, case_id):
        context, number = case_context(session, conflict.case_id)
        if not may_see(session, context, conflict.record_kind):
            continue
        views.append(_view(conflict, number))
    return views


def _view(conflict: Conflict, number: str | None) -> ConflictView:
    sides = tuple(ConflictSideView(s.stamp.encode(), s.author, s.value, s.deleted,
                                   datetime.fromtimestamp(s.stamp.wall_ms / 1000, tz=UTC))
                  for s in conflict.sides)
    return ConflictView(conflict.conflict_id, conflict.conflict_kind, conflict.case_id, number,
                        conflict.record_id, conflict.record_kind, conflict.field, sides,
                        conflict.sides.index(conflict.winner))


def resolve_conflict(session: Session, conflict_id: str, *, side: int | None = None,
                     value: object = None, use_value: bool = False,
                     keep: bool | None = None) -> Changes:
    """Settle a conflict with a change that syncs like any edit.

    A field conflict takes one side's value (``side``) or a new one (``use_value=True`` with
    ``value``); an edit-vs-delete conflict needs ``keep`` (restore the record, or delete it
    after all). The case must still be a valid document afterwards (ValidationErrors)."""
    lease.require_working_lease(session)
    store = session.store
    conflict = sync_state.find_conflict(store, conflict_id)
    if conflict is None:
        raise NotFound("no open conflict with that id on this device")
    context, _ = case_context(session, conflict.case_id)
    policy.require(session.actor, policy.Action.EDIT_CASE, context)
    if conflict.field == "assigned_to":
        policy.require(session.actor, policy.Action.ASSIGN_CASE, context)
    stamp, change_id = store.clock.now(), store.ids.new()
    if conflict.conflict_kind == "field":
        if use_value == (side is not None):
            raise ValidationError("side", "choose_one", "choose one side or give a new value")
        if side is not None and not 0 <= side < len(conflict.sides):
            raise ValidationError("side", "out_of_range", "no such side in this conflict")
        chosen = value if side is None else conflict.sides[side].value
        change = resolve_field(conflict, chosen, change_id=change_id, stamp=stamp,
                               author=session.actor.user)
    else:
        if keep is None:
            raise ValidationError("keep", "required", "say whether to keep or delete the record")
        record = merged_cases.load_state(store, conflict.case_id).records[conflict.record_id]
        change = resolve_edit_vs_delete(conflict, record, keep=keep, change_id=change_id,
                                        stamp=stamp, author=session.actor.user)
    with store.atomic():
        if merged_cases.apply_local(store, change) == "shown":
            _check_document(session, conflict.case_id)
        store.audit(session.actor.user, "conflict.resolve", case_id=conflict.case_id,
                    details={"kind": conflict.conflict_kind})
    return Changes(frozenset({conflict.case_id}), frozenset({conflict.record_kind}))


def _check_document(session: Session, case_id: str) -> None:
    """A resolution only picks a value someone set, so it is read like a merge: shape and
    codes must hold; a cross-field problem it leaves flags the case for review instead."""
    row = session.store.raw.execute("SELECT doc FROM cases WHERE id = ?", (case_id,)).fetchone()
    if read_stored_document(json.loads(row[0]), today=session.today()).problems:
        merged_cases.flag_for_review(session.store, case_id)
