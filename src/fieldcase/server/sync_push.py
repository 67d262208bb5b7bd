"""A device's push, inside one database transaction: authorize, merge, log, answer.

1. Change ids this device already pushed are acknowledged again at once (a lost response).
   Ids another organisation used are refused (``change_id_taken``), and so are changes to a
   record the server holds under another case or organisation (found in the same query).
2. The touched cases are loaded (scope, confidential parts, and the merge state of the
   records the batch changes: ``sync_state.load_for_batch``) and every other change is
   authorized on its own (``sync_authz``); a refusal rejects that change only.
3. The authorized changes are held to the case document's rules and the case's team
   (``push_validation.check_push``), then to the rules a device keeps before it saves
   (workflow, case numbers, transfers, screening results, referral consent: ``push_rules``);
   a new case whose case record was refused by any check is refused whole
   (``push_validation.refuse_stillborn``).
4. ``domain.merge.apply_batch`` merges the rest into the stored states, with the organisation's
   feed as the record of what was applied before (idempotency by change id).
5. The changed records, the new scopes, the conflicts and ``BatchResult.applied`` (to the feed,
   ``feed.append``) are written; an erasure purge also blanks the purged content in earlier
   feed rows. All of it commits together or not at all, so an acknowledged change is always
   in the feed, and a change is never logged twice. A push that erased a case says so in
   :data:`ERASED` (its route empties the embedded database's WAL once the push committed:
   ``db.checkpoint_after_erasure``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from datetime import datetime, timedelta

import sqlalchemy as sa

from fieldcase.domain.merge import CaseState, Change, Rejection, apply_batch, record_view
from fieldcase.server import attachments_store, case_scopes, feed, push_rules
from fieldcase.server.db import changes, records, sites, teams, users
from fieldcase.server.pg_bulk import any_of
from fieldcase.server.push_validation import check_push, refuse_stillborn
from fieldcase.server.sync_authz import (
    NOT_FOUND,
    CaseFacts,
    Directory,
    authorize,
    new_case_scope,
    scope_after,
)
from fieldcase.server.sync_scope import mark_pushed
from fieldcase.server.sync_state import (
    BatchCases,
    load_for_batch,
    record_conflict_changes,
    store_cases,
)
from fieldcase.server.sync_store import DeviceUser
from fieldcase.sync.protocol import PushRequest, PushResponse, encode
from fieldcase.sync.protocol_json import change_to_json


def _known(conn: sa.Connection, batch: Sequence[Change]
           ) -> tuple[dict[str, tuple[uuid.UUID, uuid.UUID]], dict[str, tuple[uuid.UUID, str]]]:
    """What the server already holds of the batch's ids, in one round trip: change id ->
    (organisation, device) for the ids in any feed, and record id -> (organisation, case) for
    the record ids stored under any case."""
    if not batch:
        return {}, {}
    change_ids = {uuid.UUID(c.change_id) for c in batch}
    record_ids = {uuid.UUID(c.record_id) for c in batch}
    rows = conn.execute(sa.union_all(
        sa.select(sa.literal("c").label("what"), changes.c.change_id.label("id"),
                  changes.c.org_id, changes.c.device_id.label("owner"))
        .where(any_of(changes.c.change_id, change_ids, conn)),
        sa.select(sa.literal("r"), records.c.record_id, records.c.org_id, records.c.case_id)
        .where(any_of(records.c.record_id, record_ids, conn))))
    logged: dict[str, tuple[uuid.UUID, uuid.UUID]] = {}
    homes: dict[str, tuple[uuid.UUID, str]] = {}
    for row in rows:
        if row.what == "c":
            logged[str(row.id)] = (row.org_id, row.owner)
        else:
            homes[str(row.id)] = (row.org_id, str(row.owner))
    return logged, homes


def _directory(conn: sa.Connection, org_id: uuid.UUID, batch: Iterable[Change]) -> Directory:
    names: dict[str, set[str]] = {"site": set(), "assigned_to": set()}
    for change in batch:
        if change.kind == "case":
            for name, values in names.items():
                value = change.fields[name].value if name in change.fields else None
                if isinstance(value, str):
                    values.add(value)
            for name in ("transfer", "transfer_declined"):  # the sites they name
                value = change.fields[name].value if name in change.fields else None
                if isinstance(value, dict) and isinstance(value.get("to_site"), str):
                    names["site"].add(value["to_site"])
    # Most pushes name no site and no assignee: then there is nothing to look up.
    found_sites: dict[str, uuid.UUID] = {}
    site_teams: dict[uuid.UUID, frozenset[uuid.UUID]] = {}
    if names["site"]:
        rows = conn.execute(sa.select(sites.c.name, sites.c.id, teams.c.id.label("team_id"))
                            .select_from(sites.outerjoin(teams, teams.c.site_id == sites.c.id))
                            .where(sites.c.org_id == org_id,
                                   sites.c.name.in_(sorted(names["site"])))).all()
        found_sites = {r.name: r.id for r in rows}
        site_teams = {site: frozenset(r.team_id for r in rows
                                      if r.id == site and r.team_id is not None)
                      for site in found_sites.values()}
    found_users: dict[str, uuid.UUID] = {}
    user_teams: dict[uuid.UUID, uuid.UUID | None] = {}
    if names["assigned_to"]:
        for r in conn.execute(sa.select(users.c.name, users.c.id, users.c.team_id)
                              .where(users.c.org_id == org_id,
                                     users.c.name.in_(sorted(names["assigned_to"])))):
            found_users[r.name] = r.id
            user_teams[r.id] = r.team_id
    return Directory(found_sites, found_users, site_teams, user_teams)


def _case_values(state: CaseState, case_id: str) -> dict[str, object]:
    """The case record's current values (empty for a purged case or one not yet seen)."""
    record = state.records.get(case_id)
    return dict(record_view(record).values) if record is not None else {}


ERASED: ContextVar[bool] = ContextVar("erased", default=False)
"""Set when this push erased a whole case (in the caller's context; the route resets it)."""


def push(conn: sa.Connection, user: DeviceUser, request: PushRequest,
         malformed: Sequence[Rejection], *, now: datetime) -> PushResponse:
    """Apply ``request`` for ``user``'s device and say what became of each change."""
    batch = request.changes
    logged, homes = _known(conn, batch)
    mine = {cid for cid, (org, device) in logged.items()
            if org == user.org_id and device == user.device_id}
    seen_in_org = {cid for cid, (org, _) in logged.items() if org == user.org_id}
    rejected: list[Rejection] = list(malformed)
    foreign = {c.change_id for c in batch  # a record the server holds in another case or org
               if c.record_id in homes and homes[c.record_id] != (user.org_id, c.case_id)}
    candidates: list[Change] = []
    home: dict[str, str] = {}  # record id -> the case it first appears under in this batch
    for change in batch:
        if change.change_id in mine:
            continue
        if change.change_id in logged and change.change_id not in seen_in_org:
            rejected.append(Rejection(change.change_id, "change_id_taken"))
        elif change.change_id in foreign:
            rejected.append(Rejection(change.change_id, NOT_FOUND))
        elif home.setdefault(change.record_id, change.case_id) != change.case_id:
            rejected.append(Rejection(change.change_id, "case_mismatch"))
        else:
            candidates.append(change)
    loaded = load_for_batch(conn, user.org_id, candidates)
    before, scopes = loaded.states, loaded.scopes
    directory = _directory(conn, user.org_id, candidates)
    facts = _facts(user, candidates, loaded, directory)
    allowed: list[Change] = []
    for change in candidates:
        reason = authorize(user, change, facts[change.case_id], directory)
        if reason is None:
            allowed.append(change)
        else:
            rejected.append(Rejection(change.change_id, reason))
    allowed, invalid = check_push(allowed, states=before, facts=facts, directory=directory,
                                  seen=seen_in_org, today=(now + timedelta(days=1)).date())
    rejected.extend(invalid)
    allowed, broken = push_rules.check(conn, user, allowed, loaded, facts, directory)
    rejected.extend(broken)
    allowed, stillborn = refuse_stillborn(candidates, allowed, rejected, facts)
    rejected.extend(stillborn)
    result = apply_batch(before, allowed, seen=seen_in_org)
    rejected.extend(result.rejected)
    new_scopes = {case_id: scope_after(facts[case_id].scope, _case_values(state, case_id),
                                       directory, user.team_id)
                  for case_id, state in result.cases.items()}
    store_cases(conn, user.org_id, before, result.cases, new_scopes, stored=scopes,
                now=now)
    case_scopes.record_case_scopes(conn, user.org_id, scopes, new_scopes)
    feed.append(conn, user.org_id, (_feed_change(c, user.device_id) for c in result.applied),
                now=now)
    erased = _erase_purged(conn, user.org_id, result.applied)
    if any(record_id is None for _, record_id in erased):
        ERASED.set(True)
    if any(c.op in ("delete", "purge") and c.kind in ("attachment", "case")
           for c in result.applied):
        attachments_store.erase_orphans(conn)  # their ciphertext goes in the same commit
    record_conflict_changes(conn, user.org_id, result.opened, result.closed, erased, now=now,
                            resolved_by=user.user_id)
    mark_pushed(conn, user.device_id, {c.case_id for c in result.applied})
    acknowledged = mine | set(result.acknowledged)
    refused = {r.change_id for r in rejected}
    accepted = list(dict.fromkeys(c.change_id for c in batch
                                  if c.change_id in acknowledged and c.change_id not in refused))
    unique_rejections = {r.change_id: r for r in reversed(rejected)}
    return PushResponse(tuple(accepted),
                        tuple(unique_rejections[cid] for cid in dict.fromkeys(
                            r.change_id for r in rejected)), result.opened)


def _facts(user: DeviceUser, batch: Sequence[Change], loaded: BatchCases,
           directory: Directory) -> dict[str, CaseFacts]:
    case_fields = _batch_case_fields(batch)
    facts: dict[str, CaseFacts] = {}
    for change in batch:
        if change.case_id in facts:
            continue
        fields = case_fields.get(change.case_id, {})
        if change.case_id in loaded.scopes:
            stored, scope = loaded.states[change.case_id], loaded.scopes[change.case_id]
            facts[change.case_id] = CaseFacts(
                True, scope, _case_values(stored, change.case_id),
                headless=change.case_id not in stored.records,
                confidential=loaded.confidential[change.case_id],
                batch_scope=scope_after(scope, fields, directory) if fields else None)
            continue
        facts[change.case_id] = CaseFacts(False, new_case_scope(user, fields, directory), {})
    return facts


def _batch_case_fields(batch: Sequence[Change]) -> dict[str, dict[str, object]]:
    """Per case, the values the batch's upserts of its case record set, later ones winning."""
    fields: dict[str, dict[str, object]] = {}
    for c in batch:
        if c.kind == "case" and c.op == "upsert":
            fields.setdefault(c.case_id, {}).update(
                {name: e.value for name, e in c.fields.items()})
    return fields


def _feed_change(change: Change, device_id: uuid.UUID) -> feed.Change:
    return feed.Change(
        change_id=uuid.UUID(change.change_id), case_id=uuid.UUID(change.case_id),
        record_id=uuid.UUID(change.record_id), kind=change.kind, op=change.op,
        payload=encode(change_to_json(change)), hlc=change.stamp.encode(),
        author=change.author, device_id=device_id)


def _erase_purged(conn: sa.Connection, org_id: uuid.UUID, applied: Iterable[Change]
                  ) -> list[tuple[str, str | None]]:
    """Blank the content of purged cases and records in earlier feed rows."""
    erased: list[tuple[str, str | None]] = []
    for change in applied:
        if change.op != "purge":
            continue
        spare = uuid.UUID(change.change_id)
        if change.purges_case:
            feed.erase_case(conn, org_id, uuid.UUID(change.case_id), keep=[spare])
            erased.append((change.case_id, None))
        else:
            conn.execute(sa.update(changes).where(
                changes.c.org_id == org_id, changes.c.record_id == uuid.UUID(change.record_id),
                changes.c.payload.is_not(None), changes.c.change_id != spare,
            ).values(payload=None))
            erased.append((change.case_id, change.record_id))
    return erased
