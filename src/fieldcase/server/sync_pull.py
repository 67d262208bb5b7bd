"""A device's pull: the feed in its scope from its cursor, whole cases that entered its scope,
the ids of cases that left it, and the open conflicts of what it received.

The cursor the device holds is ``s1.<txid>.<seq>.<generation>``: the feed position
(``server.feed``, gap-free under concurrent pushes) plus the scope generation of
``server.sync_scope`` (which answers the device has applied). It is opaque to the device.

Entries pushed by the pulling device itself are left out (it has them); erased entries (a
purged record's earlier changes, whose payload is gone) are skipped, the purge itself is sent.

Confidential parts (confidential notes, identity documents, document scans) are left out of
everything sent to a user who may not ``view_confidential`` on the case (site intake): feed
entries, whole-case histories, conflicts. When they come into view the case is sent whole
again; when one the device may hold leaves view the case is listed in ``oos`` and sent whole
next pull (docs/sync.md, "Confidential parts"). Changes of view caused by a logged change are
found in the feed page; a change of the *user* (an admin demoting a supervisor to worker,
moving a worker to another team or site) is found by ``server.sync_scope`` (the user's role,
team and site are kept per device): the pull reconciles the whole new scope (cases outside it
are purged) and, for each held case with confidential parts, resets it when the user saw them
before and may not now, and refreshes it when the reverse.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Final

import sqlalchemy as sa

from fieldcase.collector import fewer_collections
from fieldcase.domain.merge import Change
from fieldcase.domain.policy import Action, Role, decide
from fieldcase.server import feed, forgotten_cases
from fieldcase.server.case_scopes import chunks
from fieldcase.server.db import changes
from fieldcase.server.sync_authz import context
from fieldcase.server.sync_scope import (
    ScopeKey,
    begin,
    forget_held,
    held_cases,
    reconcile,
    settle,
    start_over,
)
from fieldcase.server.sync_state import (
    CONFIDENTIAL_FIELDS,
    CaseVisibility,
    StoredCase,
    as_text,
    canonical_id,
    case_visibility,
    open_conflicts,
    stored_cases,
)
from fieldcase.server.sync_store import DeviceUser
from fieldcase.sync.protocol import (
    EncodedCase,
    ProtocolError,
    PullRequest,
    PullResponse,
    decode,
)
from fieldcase.sync.protocol_json import change_from_json
from fieldcase.sync.protocol_state import wire_state

CURSOR_PREFIX: Final = "s1"
HISTORY_BATCH: Final = 100
"""Entering cases whose histories (or stored states) one query reads."""


@dataclass(frozen=True, slots=True)
class SyncCursor:
    position: feed.Cursor
    generation: int

    def encode(self) -> str:
        p = self.position
        return f"{CURSOR_PREFIX}.{p.txid}.{p.seq}.{self.generation}"

    @classmethod
    def decode(cls, text: str) -> SyncCursor:
        """"" is the beginning; anything this server did not issue raises ProtocolError."""
        if not text:
            return cls(feed.Cursor.START, 0)
        parts = text.split(".")
        if len(parts) != 4 or parts[0] != CURSOR_PREFIX or not all(
                p.isascii() and p.isdigit() and len(p) <= 18 for p in parts[1:]):
            raise ProtocolError("cur", "not a cursor this server issued")
        return cls(feed.Cursor(int(parts[1]), int(parts[2])), int(parts[3]))


def _changes_of(rows: Iterable[tuple[bytes | None]]) -> list[Change]:
    found = []
    for (payload,) in rows:
        if payload is not None:
            found.append(change_from_json(decode(bytes(payload)), "payload"))
    return found


def _histories(conn: sa.Connection, org_id: uuid.UUID, case_ids: Sequence[uuid.UUID]
               ) -> dict[uuid.UUID, list[tuple[uuid.UUID, bytes]]]:
    """Every logged change of these cases that still has content (a purge has none to lose),
    per case in feed order, as (record id, payload).

    One query for a batch of cases: a case entering the scope costs no round trip of its own
    (an initial pull sends thousands). Sorted here rather than with ORDER BY: asked to order by
    ``(txid, seq)``, SQLite walks the organisation's whole feed by ``ix_changes_org_position``
    instead of looking the cases up by ``ix_changes_org_case`` (measured: 38 ms per case at
    40,000 feed rows)."""
    found: dict[uuid.UUID, list[tuple[int, int, uuid.UUID, bytes]]] = {c: [] for c in case_ids}
    for row in conn.execute(sa.select(changes.c.case_id, changes.c.txid, changes.c.seq,
                                      changes.c.record_id, changes.c.payload).where(
            changes.c.org_id == org_id, changes.c.case_id.in_(case_ids),
            changes.c.payload.is_not(None))):
        found[row.case_id].append((row.txid, row.seq, row.record_id, bytes(row.payload)))
    return {case_id: [(r[2], r[3]) for r in sorted(rows, key=lambda r: (r[0], r[1]))]
            for case_id, rows in found.items()}


class _View:
    """Which records of which cases the device's user may be sent (``domain.policy``:
    confidential parts only to those who may ``view_confidential``)."""

    def __init__(self, conn: sa.Connection, user: DeviceUser) -> None:
        self._conn, self._user = conn, user
        self._cases: dict[uuid.UUID, CaseVisibility | None] = {}

    def load(self, case_ids: Iterable[uuid.UUID]) -> None:
        """Read the visibility of the cases not loaded yet, a bounded batch per query."""
        missing = sorted({c for c in case_ids if c not in self._cases})
        for part in chunks(missing):
            found = case_visibility(self._conn, self._user.org_id, part)
            self._cases.update({c: found.get(c) for c in part})

    def load_held(self, case_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these cases the device holds (not those it was told to purge), with the
        visibility of those read in the same query."""
        held: set[uuid.UUID] = set()
        for part in chunks(sorted(set(case_ids))):
            found = case_visibility(self._conn, self._user.org_id, part,
                                    held_by=self._user.device_id)
            self._cases.update(found)
            held.update(found)
        return held

    def add(self, cases: dict[uuid.UUID, StoredCase]) -> None:
        """Take the visibility of cases read whole (``sync_state.stored_cases``)."""
        self._cases.update((case_id, case.visibility) for case_id, case in cases.items())

    def visibility(self, case_id: uuid.UUID) -> CaseVisibility | None:
        """The loaded case's scope and confidential parts (None: not stored, or not loaded)."""
        return self._cases.get(case_id)

    def sees_confidential(self, case_id: uuid.UUID) -> bool:
        case = self._cases.get(case_id)
        return case is None or bool(decide(self._user.actor, Action.VIEW_CONFIDENTIAL,
                                           context(case.scope)))

    def hidden(self, case_id: uuid.UUID) -> frozenset[uuid.UUID]:
        """The case's records this device must not receive."""
        self.load((case_id,))
        case = self._cases.get(case_id)
        if case is None or self.sees_confidential(case_id):
            return frozenset()
        return case.confidential

    def has_confidential(self, case_id: uuid.UUID) -> bool:
        case = self._cases.get(case_id)
        return case is not None and bool(case.confidential)

    def hinges_on_assignment(self, case_id: uuid.UUID) -> bool:
        """Whether the case has confidential parts the user sees only while assigned to it
        (a worker: yes; the team's supervisor sees them whoever is assigned)."""
        case = self._cases.get(case_id)
        if case is None or not case.confidential:
            return False
        actor, ctx = self._user.actor, context(case.scope)
        return (bool(decide(actor, Action.VIEW_CONFIDENTIAL, replace(ctx, assigned_to=None)))
                != bool(decide(actor, Action.VIEW_CONFIDENTIAL,
                               replace(ctx, assigned_to=actor.user))))


_VIEW_FIELDS: Final = frozenset({"assigned_to", "site"})
"""The case-record fields whose change can bring a case's confidential parts into a device's
view or take them out: its assignee, and its site (an accepted transfer moves the case to the
receiving team, whose supervisor held it without them while the transfer waited)."""


def _logged_before(conn: sa.Connection, org_id: uuid.UUID, entry: feed.PulledEntry
                   ) -> bool:
    """Whether the entry's record (for the case record: any record of its case) has a change
    earlier in the feed, so a device may hold what the entry changes the view of. A brand-new
    record or case is sent (or not) whole anyway."""
    p = entry.position
    earlier = sa.or_(changes.c.txid < p.txid, sa.and_(changes.c.txid == p.txid,
                                                       changes.c.seq < p.seq))
    same = [changes.c.org_id == org_id, changes.c.case_id == entry.case_id]  # indexed
    if entry.kind != "case":
        same.append(changes.c.record_id == entry.record_id)
    return conn.execute(sa.select(changes.c.seq).where(*same, earlier).limit(1)
                        ).first() is not None


def _view_changes(conn: sa.Connection, org_id: uuid.UUID, view: _View,
                  entries: Iterable[feed.PulledEntry]
                  ) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """The cases to refresh (confidential parts came into view: send whole again) and to
    reset (a part the device may hold left view: purge, then send whole) for these entries.

    Found from the feed: every change of view is caused by a logged change (the case record's
    ``assigned_to``, or its ``site`` when a transfer is accepted and the case changes team, a
    note's ``confidential``, an attachment's ``kind``), which the device's
    cursor passes only with the answer that acted on it; answers lost are re-derived."""
    refresh: set[uuid.UUID] = set()
    reset: set[uuid.UUID] = set()
    for entry in entries:
        if entry.payload is None or entry.op != "upsert":
            continue
        fields = _VIEW_FIELDS if entry.kind == "case" else {CONFIDENTIAL_FIELDS.get(entry.kind)}
        if fields == {None}:
            continue
        change = change_from_json(decode(entry.payload), "payload")
        if not fields & change.fields.keys():
            continue
        case_id = entry.case_id
        if entry.kind == "case":
            moved = "site" in change.fields and view.has_confidential(case_id)
            if ((moved or ("assigned_to" in change.fields
                           and view.hinges_on_assignment(case_id)))
                    and _logged_before(conn, org_id, entry)):
                (refresh if view.sees_confidential(case_id) else reset).add(case_id)
        elif not view.sees_confidential(case_id) and _logged_before(conn, org_id, entry):
            (reset if entry.record_id in view.hidden(case_id) else refresh).add(case_id)
    return refresh, reset


def _rescoped(conn: sa.Connection, user: DeviceUser, before: ScopeKey, view: _View
              ) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """The held cases to refresh and to reset after the user's role, team or site changed
    from ``before``: those with confidential parts the user sees now and did not, and the
    reverse. O(held), once per change of the user."""
    held = held_cases(conn, user.device_id)
    view.load(held)
    was = replace(user, role=Role(before.role), team_id=before.team_id,
                  site_id=before.site_id).actor
    refresh: set[uuid.UUID] = set()
    reset: set[uuid.UUID] = set()
    for case_id in held:
        case = view.visibility(case_id)
        if case is None or not case.confidential:
            continue
        saw = bool(decide(was, Action.VIEW_CONFIDENTIAL, context(case.scope)))
        sees = view.sees_confidential(case_id)
        if saw != sees:
            (refresh if sees else reset).add(case_id)
    return refresh, reset


def _latest_stamps(conn: sa.Connection, org_id: uuid.UUID, case_ids: Sequence[uuid.UUID]
                   ) -> dict[str, str]:
    """The greatest stamp of the logged changes with content of each record of these cases,
    by record id read raw (``sync_state.raw_id``): what a history would have moved the case's
    ``updated_hlc`` to. One grouped query, compared byte-wise (stamps sort as text in ``C``
    order)."""
    if not case_ids:
        return {}
    hlc: sa.ColumnElement[str] = changes.c.hlc
    if conn.dialect.name == "postgresql":
        hlc = sa.collate(hlc, "C")
    return {row[0]: row[1] for row in conn.execute(
        sa.select(as_text(changes.c.record_id), sa.func.max(hlc))
        .where(changes.c.org_id == org_id, changes.c.case_id.in_(case_ids),
               changes.c.payload.is_not(None))
        .group_by(changes.c.record_id))}


def _as_state(case_id: uuid.UUID, case: StoredCase, hidden: frozenset[uuid.UUID],
              latest: dict[str, str]) -> EncodedCase | None:
    """The case as its merged state without its ``hidden`` records; None when it cannot be
    sent so (erased: its purge travels as a change; no logged change to date it)."""
    if case.purged:
        return None
    left_out = {record_id for record_id, _, _ in case.records
                if uuid.UUID(record_id) in hidden} if hidden else set()
    shown = tuple((canonical_id(record_id), kind, wire_state(state))
                  for record_id, kind, state in case.records if record_id not in left_out)
    stamps = [latest[record_id] for record_id, _, _ in case.records
              if record_id not in left_out and record_id in latest]
    if not shown or not stamps:
        return None
    return EncodedCase(str(case_id), max(stamps), shown)


def _send_whole(conn: sa.Connection, org_id: uuid.UUID, view: _View,
                entering: Sequence[uuid.UUID], limit: int, sent: dict[str, Change],
                states: list[EncodedCase] | None, held: frozenset[uuid.UUID]
                ) -> list[uuid.UUID]:
    """Add as many ``entering`` cases as fit in ``limit`` (changes, or records of a case sent
    as its state) to ``sent`` as whole histories, or to ``states`` as merged states (a case
    alone is always sent, however long); returns the cases sent.

    A case goes as its state when the device takes states (``states`` is not None) and does
    not hold it (``held``: a held case sent whole again keeps the history, which merges with
    the edits the device has not pushed yet like any change); an erased case goes as its
    history, which is its purge."""
    room = limit - len(sent)
    whole: list[uuid.UUID] = []
    start, spent = 0, 0
    while start < len(entering):
        # As many cases as the room left seems to hold at the size of those sent so far
        # (plus one, to fill it), at most a batch: a page does not read cases it leaves out.
        size = HISTORY_BATCH if not whole else max(1, min(
            HISTORY_BATCH, room * len(whole) // max(spent, 1) + 1))
        part, start = entering[start:start + size], start + size
        stored = {} if states is None else stored_cases(
            conn, org_id, [c for c in part if c not in held])
        view.add(stored)
        view.load(part)
        latest = _latest_stamps(conn, org_id, list(stored))
        encoded = {case_id: _as_state(case_id, case, view.hidden(case_id), latest)
                   for case_id, case in stored.items()}
        histories = _histories(conn, org_id, [c for c in part if encoded.get(c) is None])
        for case_id in part:
            state = encoded.get(case_id)
            if state is not None:
                records = len(state.records)
                if records > room and (sent or whole):
                    return whole  # the next pull sends it
                assert states is not None
                states.append(state)
                room -= records
                spent += records
                whole.append(case_id)
                continue
            hidden = view.hidden(case_id)
            history = _changes_of((payload,) for record_id, payload in histories[case_id]
                                  if record_id not in hidden)
            if len(history) > room and (sent or whole):
                return whole  # the next pull sends it
            for change in history:
                sent.setdefault(change.change_id, change)
            room -= max(len(history), 1)
            spent += max(len(history), 1)
            whole.append(case_id)
    return whole


def pull(conn: sa.Connection, user: DeviceUser, request: PullRequest) -> PullResponse:
    cursor = SyncCursor.decode(request.cursor)
    if request.fresh:  # the device holds nothing (travel mode): start its scope over
        start_over(conn, user.device_id)
    # the device's row is locked: its pulls take turns
    start = begin(conn, user.device_id, user.org_id)
    state = start.state
    page = feed.read_for_pull(conn, user.org_id, cursor.position, limit=request.limit,
                              scope=user.scope, final=start.feed_horizon)
    view = _View(conn, user)
    # Changes of view matter only for cases the device holds: any other case in scope is
    # sent whole (with the current view) or, if it left, purged. An initial pull holds none,
    # so it decodes no entry twice and reads no case's visibility it does not send.
    holding = view.load_held(page.case_ids)
    held_entries = page.entries(holding)
    refresh, reset = _view_changes(conn, user.org_id, view, held_entries)
    # A case the device forgot by retention comes back whole when it changes.
    forgotten_cases.remember(conn, user.device_id, request.forgotten)
    if start.forgets or request.forgotten:
        refresh |= forgotten_cases.among(conn, user.device_id, holding)
    if state is not None and state.key != ScopeKey.of(user):
        gained, lost = _rescoped(conn, user, state.key, view)
        refresh |= gained
        reset |= lost
    delta = reconcile(conn, user, start, cursor.generation,
                      refresh=frozenset(refresh), reset=frozenset(reset))
    # A case entering the scope is sent whole (its history, read below or in a later pull,
    # holds every one of its feed entries), so its entries in this page would only arrive
    # twice: a device's first sync would otherwise download every change two times. A case
    # listed in ``oos`` gets nothing: the device applies ``oos`` after the entries. Only the
    # rows of the other cases are made entries: on a first sync, none.
    skipped = set(delta.entering) | set(delta.leaving)
    others = page.case_ids - holding - skipped
    view.load(others)
    sent: dict[str, Change] = {}
    for entry in page.entries((holding - skipped) | others):
        if (entry.device_id != user.device_id and entry.payload is not None
                and entry.record_id not in view.hidden(entry.case_id)):
            change = change_from_json(decode(entry.payload), "payload")
            sent.setdefault(change.change_id, change)
    states: list[EncodedCase] | None = [] if request.whole else None
    with fewer_collections():
        whole = _send_whole(conn, user.org_id, view, delta.entering, request.limit, sent,
                            states, frozenset(refresh))
    settle(conn, user, state, delta, whole)
    if start.forgets or request.forgotten:
        forgotten_cases.settled(conn, user.device_id, [*whole, *delta.leaving])
    forget_held(conn, user.device_id, [c for c in delta.entering[len(whole):] if c in refresh])
    more = page.more or len(whole) < len(delta.entering) or delta.returning
    touched = {c.case_id for c in sent.values()} | {c.case_id for c in states or ()}
    entries = tuple(c for c in sent.values() if c.op != "purge")
    purges = tuple(c for c in sent.values() if c.op == "purge")
    conflicts = tuple(c for c in open_conflicts(conn, user.org_id, touched)
                      if uuid.UUID(c.record_id) not in view.hidden(uuid.UUID(c.case_id)))
    # The last page tells the device its directory's version (none while there is none).
    directory = 0 if more else start.directory_version
    return PullResponse(
        entries=entries, purges=purges, conflicts=conflicts,
        next_cursor=SyncCursor(page.next_cursor, delta.generation).encode(),
        more=more, out_of_scope=tuple(str(c) for c in delta.leaving),
        directory_version=directory or None, whole=tuple(states or ()))
