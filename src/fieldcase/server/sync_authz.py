"""Authorizing pushed changes, one change at a time, per case and per field.

The decisions come from ``domain.policy.decide`` (the one place permissions are made); this
module only says which action a change amounts to:

- a change to a case the server has: ``edit_case`` on the case's stored team, site and
  assignee. Refused means the case is not the device user's to touch, and the reason is
  ``not_found``, exactly as for a case that does not exist: another team's case id is never
  confirmed (the HTTP answer is the same 200 with a per-change rejection either way);
- a change to a confidential part (confidential note, identity document, document scan) of an
  existing case also needs ``view_confidential``: site intake may edit the case but is never
  sent these records, so to them the record is ``not_found`` as well;
- a change that *makes* a confidential part (a new identity document, a note with
  ``confidential`` set, an attachment of kind ``document_scan``, or a plain note or photo
  turned into one) needs ``view_confidential`` on the case as it stands after the batch:
  the device holds what it made, and must never hold what the server would refuse to send it.
  A worker registering a case assigned to themselves (or leaving the assignee out) may record
  the identity document in the same push; one registering an *unassigned* case (intake), or
  adding to an intake case, is refused ``forbidden`` (the record is theirs or new: nothing
  about the case is confirmed). For the same reason a case record that would take that view
  away from the pushing user while the case holds confidential parts (a worker's case whose
  records arrived before its case record, completed as intake) is ``forbidden``;
- a change to a case the server does not have yet: ``create_case``, for the team of the user
  and the site the case record names (or the user's own site);
- ``purge`` (erasure): ``erase_case``, supervisors of the case's team only;
- on the case record: a new ``assigned_to`` needs ``assign_case`` (a worker may only create a
  case unassigned or assigned to themselves); a ``status`` into or out of ``closed`` needs
  ``approve_closure``; a new ``site`` needs ``assign_case`` (and ``push_rules`` then refuses it
  as ``transfer_not_allowed`` unless it accepts a transfer). Names must exist in the
  organisation (``unknown_user``, ``unknown_site``);
- transfers (``case.transfer``, ``case.transfer_declined``; docs/sync.md, "Transfers"): proposing
  or withdrawing one needs ``transfer_case`` (a supervisor of the case's team); accepting or
  declining needs ``receive_transfer`` (a supervisor at the site it waits at). The receiving
  supervisor is not of the case's team, so ``edit_case`` would refuse them: a change of theirs
  to the case record is let through when it only accepts (the case record's ``site`` set to
  the waiting site, ``transfer`` cleared, the assignee cleared or one of their team) or
  declines (``transfer`` cleared, ``transfer_declined`` naming the waiting site); anything
  else is ``not_found``,
  as for any case not theirs. An accepted case becomes the accepting supervisor's team's
  (:func:`scope_after`).

Refusals are reasons the device quarantines the change under: ``not_found``, ``forbidden``,
``unknown_user``, ``unknown_site``, ``malformed``. The rest of the batch still applies.

Every decision is made for the user the server knows behind the signing device
(``DeviceUser``), never for a change's ``author``: that is a device-local display label (a
shared laptop's outbox holds several local users' edits) and is not checked.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from fieldcase.domain.codes import Status
from fieldcase.domain.merge import Change, FieldState, RecordState, Version, canonical
from fieldcase.domain.policy import Action, CaseContext, Role, decide
from fieldcase.server.sync_state import CONFIDENTIAL_FIELDS, CaseScope, is_confidential
from fieldcase.server.sync_store import DeviceUser

NOT_FOUND = "not_found"
FORBIDDEN = "forbidden"
UNKNOWN_USER = "unknown_user"
UNKNOWN_SITE = "unknown_site"
MALFORMED = "malformed"


@dataclass(frozen=True, slots=True)
class Directory:
    """Names on case records resolved to ids within the organisation (looked up per batch),
    with the teams at each site found and the team of each user found."""

    sites: Mapping[str, uuid.UUID]
    users: Mapping[str, uuid.UUID]
    site_teams: Mapping[uuid.UUID, frozenset[uuid.UUID]] = field(default_factory=dict)
    user_teams: Mapping[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)

    def site(self, value: object) -> uuid.UUID | None:
        return self.sites.get(value) if isinstance(value, str) else None

    def user(self, value: object) -> uuid.UUID | None:
        return self.users.get(value) if isinstance(value, str) else None

    def teams_at(self, site_id: uuid.UUID) -> frozenset[uuid.UUID]:
        return self.site_teams.get(site_id, frozenset())

    def team_of(self, user_id: uuid.UUID) -> uuid.UUID | None:
        return self.user_teams.get(user_id)


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the server knows of a case before the batch: whether it exists, its scope and
    its case record's current values (winners)."""

    exists: bool
    scope: CaseScope
    values: Mapping[str, object]
    headless: bool = False
    """The case exists only through records that arrived before its case record (a new case
    split over two push batches): its case record is still being created."""
    confidential: frozenset[str] = frozenset()
    """The ids of the case's confidential parts (``sync_state.confidential_records``)."""
    batch_scope: CaseScope | None = None
    """The scope the case record changes in the same push give an existing case (None: they
    change nothing). A confidential part is judged on it, so a case record that makes the case
    site intake cannot carry a new identity document past the check in the same push."""


def context(scope: CaseScope) -> CaseContext:
    return CaseContext(team=str(scope.team_id) if scope.team_id else "unknown-team",
                       site=str(scope.site_id) if scope.site_id else "unknown-site",
                       assigned_to=str(scope.assigned_to) if scope.assigned_to else None,
                       pending_site=str(scope.pending_site_id) if scope.pending_site_id
                       else None)


_RECEIVER_FIELDS = frozenset({"site", "transfer", "transfer_declined", "assigned_to"})
"""The case-record fields an accept or a decline sets (``domain.transfers``)."""


def _to_site(value: object) -> object:
    """The site a ``case.transfer`` value names (None for none or a malformed value)."""
    return value.get("to_site") if isinstance(value, Mapping) else None


def receives(user: DeviceUser, change: Change, case: CaseFacts, directory: Directory) -> bool:
    """Whether ``change`` is ``user``'s accept or decline of the transfer waiting for their
    site: only the case record, only the fields those steps set, the waiting transfer cleared,
    a new site only the waiting one, an assignee only nobody or one of the user's team."""
    if (change.kind != "case" or change.op != "upsert" or not change.fields
            or not change.fields.keys() <= _RECEIVER_FIELDS
            or not decide(user.actor, Action.RECEIVE_TRANSFER, context(case.scope))):
        return False
    fields = {name: edit.value for name, edit in change.fields.items()}
    waiting = _to_site(case.values.get("transfer"))
    if "transfer" not in fields or fields["transfer"] is not None or waiting is None:
        return False
    if "site" in fields and fields["site"] != case.values.get("site"):  # an accept
        if fields["site"] != waiting:
            return False
        assignee = directory.user(fields.get("assigned_to"))
        return fields.get("assigned_to") is None or (
            assignee is not None and directory.team_of(assignee) == user.team_id)
    # A decline: says who declined and why (the sending team reads it), assigns nobody.
    unassigned = "assigned_to" not in fields or not _differs(fields["assigned_to"],
                                                            case.values.get("assigned_to"))
    return unassigned and _to_site(fields.get("transfer_declined")) == waiting


def new_case_scope(user: DeviceUser, case_fields: Mapping[str, object],
                   directory: Directory) -> CaseScope:
    """The scope of a case created by ``user`` with these case-record values (if any).

    A worker's case whose case record has not arrived yet is provisionally assigned to them,
    so it is not shown as site intake to their colleagues in the meantime."""
    site = directory.site(case_fields.get("site")) or user.site_id
    if "assigned_to" in case_fields:
        assigned = directory.user(case_fields["assigned_to"])
    else:
        assigned = user.user_id if user.role is Role.WORKER else None
    return CaseScope(user.team_id, site, assigned)


def authorize(user: DeviceUser, change: Change, case: CaseFacts, directory: Directory
              ) -> str | None:
    """None when ``user`` may make ``change`` to ``case``; otherwise the rejection reason."""
    if (change.kind == "case") != (change.record_id == change.case_id):
        return MALFORMED  # the case record is the record whose id is the case id, and only it
    actor, ctx = user.actor, context(case.scope)
    if case.exists and not case.headless and receives(user, change, case, directory):
        return None  # checked whole above; push_rules and push_validation let it through
    if case.exists:
        if not decide(actor, Action.EDIT_CASE, ctx):
            return NOT_FOUND
        if (change.record_id in case.confidential
                and not decide(actor, Action.VIEW_CONFIDENTIAL, ctx)):
            return NOT_FOUND  # a record the user is never sent: as if it did not exist
    elif not decide(actor, Action.CREATE_CASE, ctx):
        return FORBIDDEN
    if change.op == "purge" and not decide(actor, Action.ERASE_CASE, ctx):
        return FORBIDDEN
    if makes_confidential(change) and not (
            decide(actor, Action.VIEW_CONFIDENTIAL, ctx)
            and (case.batch_scope is None
                 or decide(actor, Action.VIEW_CONFIDENTIAL, context(case.batch_scope)))):
        return FORBIDDEN  # the device would hold a part the server never sends it
    if change.kind == "case" and change.op == "upsert":
        return _case_fields(user, change, case, directory, ctx)
    return None


def makes_confidential(change: Change) -> bool:
    """Whether the record is a confidential part once ``change`` is applied, judged by the
    change's own values with ``sync_state``'s rule (an identity document always is; a note
    by its ``confidential`` field; an attachment by its ``kind``). A conflict in which any
    side is confidential makes the record confidential, so the change's value decides alone."""
    if change.op != "upsert":
        return False
    name = CONFIDENTIAL_FIELDS.get(change.kind)
    edit = change.fields.get(name) if name is not None else None
    fields = {} if edit is None or name is None else {
        name: FieldState((Version(edit.value, change.stamp, change.author),))}
    return is_confidential(RecordState(change.record_id, change.case_id, change.kind, fields))


def _differs(new: object, old: object) -> bool:
    return canonical(new) != canonical(old)


def _case_fields(user: DeviceUser, change: Change, case: CaseFacts, directory: Directory,
                 ctx: CaseContext) -> str | None:
    actor = user.actor
    creating = not case.exists or case.headless
    for name, edit in change.fields.items():
        new, old = edit.value, case.values.get(name)
        if not _differs(new, old):
            continue
        if name == "assigned_to":
            if new is not None and directory.user(new) is None:
                return UNKNOWN_USER
            own_new_case = creating and new in (None, user.name)
            if not own_new_case and not decide(actor, Action.ASSIGN_CASE, ctx):
                return FORBIDDEN
        elif name == "status":
            closing = Status.CLOSED.value in (new, old)
            if closing and not decide(actor, Action.APPROVE_CLOSURE, ctx):
                return FORBIDDEN
        elif name == "site":
            if directory.site(new) is None:
                return UNKNOWN_SITE
            moving = not creating and not decide(actor, Action.ASSIGN_CASE, ctx)
            if moving or (creating and not decide(actor, Action.CREATE_CASE, ctx)):
                return FORBIDDEN
        elif name in ("transfer", "transfer_declined"):
            if name == "transfer" and new is not None and directory.site(_to_site(new)) is None:
                return UNKNOWN_SITE
            if not decide(actor, Action.TRANSFER_CASE, ctx) or (
                    name == "transfer_declined" and new is not None):
                return FORBIDDEN  # a decline is the receiving supervisor's (``receives``)
    if case.confidential and decide(actor, Action.VIEW_CONFIDENTIAL, ctx):
        values = {**case.values, **{name: edit.value for name, edit in change.fields.items()}}
        after = context(scope_after(case.scope, values, directory))
        if not decide(actor, Action.VIEW_CONFIDENTIAL, after):
            return FORBIDDEN  # the device would keep parts it may no longer be sent
    return None


def scope_after(scope: CaseScope, values: Mapping[str, object], directory: Directory,
                mover_team: uuid.UUID | None = None) -> CaseScope:
    """The case's scope from its merged case record: the site, assignee and waiting transfer
    it now shows.

    A name that no longer resolves keeps the previous id rather than widening the audience.
    A case whose site became one its team is not at (an accepted transfer: nothing else gets
    past ``push_validation``) becomes the team of ``mover_team``, the accepting supervisor's,
    when that team is at the new site."""
    site = directory.site(values.get("site")) or scope.site_id
    assigned: uuid.UUID | None = scope.assigned_to
    if "assigned_to" in values:
        raw = values["assigned_to"]
        assigned = None if raw is None else (directory.user(raw) or scope.assigned_to)
    waiting = _to_site(values.get("transfer"))
    pending = None if waiting is None else (directory.site(waiting) or scope.pending_site_id)
    team = scope.team_id
    if (site != scope.site_id and site is not None and mover_team is not None
            and team not in directory.teams_at(site) and mover_team in directory.teams_at(site)):
        team = mover_team
    return CaseScope(team, site, assigned, pending)
