"""One sync round on the device: push the outbox, then pull until the server has nothing more.

Who runs what, where: the engine runs on the caller's thread and talks to the server there;
it reaches the store only through :class:`~fieldcase.sync.steps.Steps`, one short step per
store transaction (read an outbox batch, apply a push answer, apply a pulled page with its
cursor). The desktop app runs the engine on a sync thread and the steps on its store thread,
so opening or saving a case waits at most one step, never a request; the command line runs the
steps inline (``Inline``). Either way the steps hold no network call and the network part
never touches the store.

Push: the outbox goes out oldest first in batches of at most ``batch_size`` changes. For each
answer, one local transaction drops the acknowledged changes and moves the refused ones to the
refusals with the server's reason, taking each back from its case so the laptop shows again
what the server holds (``storage.refusals``); a refused change never blocks the rest. A
change the server applied but whose acknowledgement never arrived (lost answer, app killed
before the commit) stays in the outbox and is pushed again: the server recognises its change
id and acknowledges it again, so nothing is duplicated. A batch too large for the server
(HTTP 413) is halved; a single change too large is refused here as ``too_large``.

Shared laptops (``per_person=True``, what ``services.sync_round`` runs): each change goes out
under the session of the local user who made it (its ``author``), so the server judges it for
that person, never for whoever enrolled the laptop. A batch is cut into runs of consecutive
changes by one author, one request each (signed once, like any request), in outbox order. A
change whose author holds no session (never signed in here, or the server ended it) stays in
the outbox, and so does every later change of the same case, whoever made it (a colleague's
note on a case the server has not seen yet would otherwise arrive before the case): they go
at the first sync after that person signs in. A session the server refuses mid-round is
forgotten and the batch read again without it. Without ``per_person`` (tests over an
in-process fake) every change goes under the laptop's session.

Pull: each page is applied in ONE local transaction together with the new cursor — merged
into the stored record states with ``domain.merge.apply_batch`` (so local edits not yet
pushed, which are already in those states with their bases, merge like any other change and
are never overwritten), case rows, search terms, identifiers and conflicts rewritten, purged
and out-of-scope cases erased. A crash or a failure mid-pull leaves the cursor at the last
page fully applied; the next sync resumes there. Remote stamps are observed by the device's
hybrid logical clock first; a stamp too far ahead stops the sync (``clock``). Cases new to
the device are written in one batch per page (``storage.new_cases``); an empty page at the
cursor already held (a no-op sync) writes nothing.

Cases sent whole: the engine asks for cases entering its scope as their merged state
(``PullRequest.whole``, ``sync.protocol_state``) rather than their history, so a new laptop's
first sync merges nothing: a case the device holds nowhere is written as it came, through
the same batch. Should one arrive for a case the device holds after all (the server sends
held cases as histories, but cannot always know), it is joined with the local state
(``domain.merge_join``), local edits not pushed yet included, which is the state merging its
history would have given.

Overlap: while page N is applied, page N+1 is already being fetched (:class:`_Prefetch`, one
request on a helper thread, never more than one page ahead, so memory stays flat); pages are
still applied in cursor order, each in its own transaction. The request for page N+1 carries
page N's cursor before page N is committed, which the server reads as "page N applied"
(``server.sync_scope``: its generation). That is safe for what a lost page can be re-derived
from — cases it sent whole are forgotten and sent again when the device comes back with an
older cursor, feed entries are read again from that cursor — but not for its ``oos`` list,
which the server forgets once confirmed. So after a page that lists cases to drop, the next
request waits until that page is committed.

Audit: the device's audit events (``storage.audit``) ride on the pull request, oldest first
after the server's mark, so a round adds no request for them; the answer says the last event
the server holds (``ah``). While events remain (a laptop that was offline for weeks), the
next pull request carries the next batch, at the last cursor if the feed is done. A server
that refuses them (``ax``: the device's chain is broken) stops them for the round; the case
sync goes on. The mark is recorded with the round's outcome (``SyncReport.audit``).

The report names the cases a round touched (``SyncReport.case_ids``), and ``touched`` hears
them after each applied page or push answer, so a window can refresh those rows while a long
pull runs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial

from fieldcase.collector import fewer_collections
from fieldcase.domain.audit_chain import ChainedEvent
from fieldcase.domain.errors import ClockDriftError
from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import APPEND_ONLY_KINDS, CaseState, Change, apply_batch, canonical
from fieldcase.domain.merge_join import join_cases
from fieldcase.foreground import step_aside
from fieldcase.storage import (
    audit,
    held_cases,
    merged_cases,
    refusals,
    retention,
    sync_state,
)
from fieldcase.storage.new_cases import PageWriter
from fieldcase.storage.store import Store
from fieldcase.sync import acknowledgements
from fieldcase.sync.client import CancelToken, Progress, SyncProgress, SyncServer
from fieldcase.sync.errors import SESSION_REFUSED, SyncError, SyncErrorKind
from fieldcase.sync.protocol import (
    MAX_BATCH,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    WholeCase,
)
from fieldcase.sync.steps import Steps

BATCH_SIZE = 500
PULL_LIMIT = 5000  # the protocol maximum: fewer round trips and server scope checks per sync

Touched = Callable[[frozenset[str]], None]
"""Hears the case ids an applied page or a push answer touched (on the engine's thread)."""


@dataclass(frozen=True)
class SyncReport:
    """What one round did. ``conflicts``: open conflicts on the device afterwards;
    ``quarantined``: changes refused this round; ``purged``: cases erased or dropped as out
    of scope; ``skipped``: changes from the server that could not be merged here
    (``pulled`` counts remote changes merged and records received whole, as merged state);
    ``case_ids``: the cases the round touched (created, changed, purged or whose conflicts
    changed by the pull, and those whose pushed changes the server refused); ``audit``: what
    the server said it holds of the audit log (None: the round sent it nothing), for the
    caller to record with the round's outcome (``record_audit_mark``)."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    quarantined: int = 0
    purged: int = 0
    skipped: int = 0
    case_ids: frozenset[str] = frozenset()
    audit: AuditMark | None = None
    directory_version: int | None = None
    """The organisation's service directory version the last pull page carried (None: it
    publishes none), for ``services.service_directory.refresh_if_changed``."""


@dataclass
class _Counts:
    pushed: int = 0
    pulled: int = 0
    quarantined: int = 0
    purged: int = 0
    skipped: int = 0
    case_ids: set[str] = field(default_factory=set)
    directory_version: int | None = None


class SyncEngine:
    """Runs rounds for one store (reached through ``steps``) against one server (the HTTP
    client or an in-process fake).

    ``device_id`` is the id the server gave this device at enrolment (the store's HLC node id
    is another, local one)."""

    def __init__(self, steps: Steps[Store], server: SyncServer, *, device_id: str,
                 batch_size: int = BATCH_SIZE, pull_limit: int = PULL_LIMIT,
                 cancel: CancelToken | None = None, progress: Progress | None = None,
                 touched: Touched | None = None, per_person: bool = False,
                 whole_cases: bool = True) -> None:
        if not 1 <= batch_size <= 5000 or not 1 <= pull_limit <= 5000:
            raise ValueError("batch_size and pull_limit must be 1..5000")
        self._steps = steps
        self._server = server
        self._device_id = device_id
        self._batch = batch_size
        self._limit = pull_limit
        self._cancel = cancel or CancelToken()
        self._progress = progress
        self._touched = touched
        self._per_person = per_person
        self._whole = whole_cases  # False: entering cases as histories (the tests' reference)
        self._counts = _Counts()
        self._audit_sent: int | None = None  # the server's mark, once it answered
        self._audit_refused: str | None = None

    def run(self) -> SyncReport:
        """Push everything, pull everything, then record the successful sync. Raises
        SyncError; what was committed stays."""
        report = self.exchange()
        self._steps.run(partial(_record_success, mark=report.audit))
        return report

    def exchange(self) -> SyncReport:
        """:meth:`run` without recording the successful sync, for a caller that records it
        in a transaction of its own (``services.sync`` commits it with the sync's audit
        event: one durable commit for a no-op sync instead of two)."""
        self._counts = _Counts()
        self._audit_sent, self._audit_refused = None, None
        self.push()
        self.pull()
        self._report("done")
        c = self._counts
        return SyncReport(c.pushed, c.pulled, self._steps.run(sync_state.conflict_count),
                          c.quarantined, c.purged, c.skipped, frozenset(c.case_ids),
                          self._audit_mark(), c.directory_version)

    # -- push -------------------------------------------------------------------------------

    def push(self) -> None:
        after, batch = 0, self._batch
        sessions = self._steps.run(_person_sessions) if self._per_person else None
        held: frozenset[str] = frozenset()  # cases with a change waiting for a sign-in
        while True:
            self._cancel.check()
            outgoing = self._steps.run(partial(_outgoing, after=after, limit=batch,
                                               sessions=sessions, held=held))
            if outgoing is None:
                return
            retry = self._push_runs(outgoing, sessions)
            if retry is not None:  # the same batch again: smaller, or without a session
                batch = retry
                continue
            held = outgoing.held
            after = outgoing.last_seq

    def _push_runs(self, outgoing: _Outgoing, sessions: dict[str, str] | None) -> int | None:
        """Send the batch's runs in order, applying each answer; the batch size to read the
        batch again with, or None when it is done."""
        acknowledged = outgoing.acknowledged
        unreadable = list(outgoing.unreadable)  # quarantined with the first answer
        for run in outgoing.runs or (None,):
            refused, unreadable = unreadable, []
            response = PushResponse(())
            if run is not None:
                request = PushRequest(self._device_id, run.batch_id, run.changes, acknowledged)
                try:
                    response = self._server.push(request) if sessions is None else \
                        self._server.push(request, session_token=sessions[run.author])
                except SyncError as error:
                    if error.status == 413 and len(run.changes) > 1:
                        return max(1, len(run.changes) // 2)
                    if error.status == 413:
                        refused.append((run.changes[0].change_id, "too_large"))
                    elif sessions is not None and error.server_kind in SESSION_REFUSED:
                        self._steps.run(partial(sync_state.forget_user_session,
                                                user=run.author, token=sessions.pop(run.author)))
                        return self._batch  # unreadable rows go with the retry's answer
                    else:
                        raise
            refused += [(r.change_id, r.reason) for r in response.rejected]
            answer = self._steps.run(partial(
                _apply_push_answer, sent=acknowledged, response=response,
                refused=tuple(refused),
                case_of=outgoing.case_of, count_outbox=self._progress is not None))
            acknowledged = answer.acknowledged
            self._counts.pushed += answer.pushed
            self._counts.quarantined += answer.quarantined
            self._touch(answer.refused_cases)
            self._report("push", outbox=answer.outbox)
        return None

    # -- pull -------------------------------------------------------------------------------

    def pull(self) -> None:
        cursor = self._steps.run(sync_state.pull_cursor)
        # the pages' decoded cases would start a collection every 700 containers
        with _Prefetch(self._server, self._limit, self._whole) as prefetch, \
                fewer_collections():
            self._cancel.check()
            acknowledged = self._steps.run(sync_state.last_acknowledged)
            forgotten = tuple(self._steps.run(retention.forgotten)[:MAX_BATCH])
            sending = self._audit_batch()
            fresh = cursor == "" and self._steps.run(sync_state.is_fresh_store)
            page = self._server.pull(PullRequest(cursor, self._limit, acknowledged,
                                                 forgotten, sending, fresh, self._whole))
            if forgotten:  # the server recorded them with its answer
                self._steps.run(partial(retention.told, case_ids=forgotten))
            while True:
                if page.last_acknowledged is not None:  # a store that went back in time
                    self._steps.run(partial(acknowledgements.check_pull_answer, page=page))
                if page.more and page.next_cursor == cursor and not (
                        page.entries or page.purges or page.whole):
                    raise SyncError(SyncErrorKind.PROTOCOL,
                                    "the server said there is more but did not move the cursor")
                audit_left = self._audit_answer(sending, page)
                # The next request goes out while this page is applied, unless this page
                # lists cases to drop (see the module's docstring, "Overlap") or audit
                # events are still to go (they ride on the next request).
                ahead: Future[PullResponse] | None = None
                if page.more and not page.out_of_scope and not audit_left \
                        and not self._cancel.cancelled:
                    ahead = prefetch.start(page.next_cursor, acknowledged)
                if page.next_cursor != cursor or page.entries or page.purges or page.whole \
                        or page.out_of_scope:  # an empty page at the same cursor changes nothing
                    self._apply(page)
                cursor = page.next_cursor
                self._report("pull")
                if not page.more:
                    self._counts.directory_version = page.directory_version
                if not page.more and not audit_left:
                    return
                self._cancel.check()
                sending = ()
                if ahead is not None:
                    page = ahead.result()
                else:
                    sending = self._audit_batch() if audit_left else ()
                    page = self._server.pull(PullRequest(cursor, self._limit, acknowledged,
                                                         audit=sending, whole=self._whole))

    # -- audit ------------------------------------------------------------------------------

    def _audit_batch(self) -> tuple[ChainedEvent, ...]:
        """The next audit events to send with a pull request: after the server's mark, or
        after what this round already sent."""
        return tuple(self._steps.run(partial(_unsent_audit, after=self._audit_sent)))

    def _audit_answer(self, sent: tuple[ChainedEvent, ...], page: PullResponse) -> bool:
        """Take the server's answer to the audit events a request carried; whether more are
        to go this round. The mark is written with the round's outcome (``SyncReport.audit``), not
        here: a no-op sync stays one write, and a mark lost with a failed round only means
        events sent again, which the server ignores."""
        if not sent or page.audit_held is None:  # None: a server that takes none yet
            return False
        progressed = page.audit_held > (self._audit_sent or 0)
        self._audit_sent = page.audit_held
        self._audit_refused = page.audit_refused
        if page.audit_refused is not None or not progressed \
                or page.audit_held < sent[-1].seq:
            return False  # refused: sent again next round, refused again until looked at
        return self._steps.run(partial(_audit_waiting, after=page.audit_held))

    def _audit_mark(self) -> AuditMark | None:
        if self._audit_sent is None:
            return None
        return AuditMark(self._audit_sent, self._audit_refused)

    def _apply(self, page: PullResponse) -> None:
        applied = self._steps.run(partial(apply_page, page=page))
        self._counts.pulled += applied.pulled
        self._counts.skipped += applied.skipped
        self._counts.purged += applied.purged
        self._touch(applied.case_ids)

    def _touch(self, case_ids: frozenset[str]) -> None:
        if not case_ids:
            return
        self._counts.case_ids |= case_ids
        if self._touched is not None:
            self._touched(case_ids)

    def _report(self, phase: str, *, outbox: int = 0) -> None:
        if self._progress is None:
            return
        c = self._counts
        if phase == "push":
            self._progress(SyncProgress("push", c.pushed, c.pulled, outbox))
        elif phase == "pull":
            self._progress(SyncProgress("pull", c.pushed, c.pulled))
        else:
            self._progress(SyncProgress("done", c.pushed, c.pulled))


class _Prefetch:
    """At most one pull request in flight on a helper thread, started while the caller
    applies the page before it. The thread is made on first use and joined on exit, also
    after a failure (an answer still in flight is waited for, then dropped)."""

    def __init__(self, server: SyncServer, limit: int, whole: bool) -> None:
        self._server = server
        self._limit = limit
        self._whole = whole
        self._pool: ThreadPoolExecutor | None = None

    def __enter__(self) -> _Prefetch:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def start(self, cursor: str, acknowledged: str | None) -> Future[PullResponse]:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1,
                                            thread_name_prefix="fieldcase-sync-fetch")
        return self._pool.submit(self._server.pull,
                                 PullRequest(cursor, self._limit, acknowledged,
                                             whole=self._whole))


# -- the store steps (each runs on the thread that owns the store) -------------------------------

@dataclass(frozen=True)
class _Run:
    """Consecutive changes of one author, sent as one request under their session."""

    author: str
    batch_id: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class _Outgoing:
    """An outbox batch as read: its runs (none when no row could be sent), rows that could
    not be read as changes, which case each row belongs to, and the cases held back for a
    sign-in so far (this batch's included)."""

    runs: tuple[_Run, ...]
    unreadable: tuple[tuple[str, str], ...]
    last_seq: int
    case_of: Mapping[str, str]
    acknowledged: str | None  # what the store recorded the server last acknowledged
    held: frozenset[str]


def _person_sessions(store: Store) -> dict[str, str]:
    return sync_state.person_sessions(store, store.now())


def _outgoing(store: Store, *, after: int, limit: int, sessions: Mapping[str, str] | None,
              held: frozenset[str]) -> _Outgoing | None:
    entries = sync_state.pending(store, after=after, limit=limit)
    if not entries:
        return None
    unreadable = tuple((e.change_id, f"local_{e.problem}") for e in entries if e.change is None)
    waiting = set(held)
    runs: list[_Run] = []
    current: list[Change] = []
    for entry in entries:
        change = entry.change
        if change is None:
            continue
        if sessions is not None and (change.case_id in waiting or change.author not in sessions):
            waiting.add(change.case_id)  # kept for a sign-in, with what follows on the case
            continue
        if current and current[-1].author != change.author:
            runs.append(_Run(current[0].author, store.ids.new(), tuple(current)))
            current = []
        current.append(change)
    if current:
        runs.append(_Run(current[0].author, store.ids.new(), tuple(current)))
    return _Outgoing(tuple(runs), unreadable, entries[-1].seq,
                     {e.change_id: e.case_id for e in entries},
                     sync_state.last_acknowledged(store), frozenset(waiting))


@dataclass(frozen=True)
class _PushAnswer:
    pushed: int
    quarantined: int
    refused_cases: frozenset[str]
    outbox: int
    acknowledged: str  # the store's record after this answer, for the next run's request


def _apply_push_answer(store: Store, *, sent: str | None, response: PushResponse,
                       refused: tuple[tuple[str, str], ...], case_of: Mapping[str, str],
                       count_outbox: bool) -> _PushAnswer:
    """Drop what the server acknowledged, and keep what it refused with its reason and take
    it back from its case (``storage.refusals``), in one transaction; first, a store that
    went back in time stops the sync (``acknowledgements``: the server applied nothing)."""
    with store.atomic():
        acknowledgements.check_push_answer(store, sent, response)
        pushed = sync_state.acknowledge(store, response.accepted)
        kept = refusals.refuse(store, refused)
    cases = frozenset(case_of[change_id] for change_id, _ in refused if change_id in case_of)
    return _PushAnswer(pushed, kept.count, cases | kept.taken_back,
                       sync_state.outbox_size(store) if count_outbox else 0,
                       sync_state.last_acknowledged(store))


@dataclass(frozen=True)
class AppliedPage:
    """What applying one page did: remote changes merged, changes that could not be,
    cases erased or dropped, and every case it touched."""

    pulled: int
    skipped: int
    purged: int
    case_ids: frozenset[str]


def apply_page(store: Store, page: PullResponse) -> AppliedPage:
    """Merge one page and move the cursor past it, in one transaction: its changes through
    ``apply_batch``, then its cases sent whole (see the module docstring)."""
    changes: tuple[Change, ...] = (*page.purges, *page.entries)
    whole = page.whole_cases()
    _observe(store, changes)
    _observe_whole(store, whole)
    purged = 0
    touched: set[str] = set()
    with store.atomic():
        touched_ids = list(dict.fromkeys([*(c.case_id for c in changes),
                                          *(w.case_id for w in whole)]))
        # A case the device shows whose changes touch a few records reads those alone
        # (storage.held_cases); one also sent whole here is joined whole, below.
        sent_whole = {w.case_id for w in whole}
        held = held_cases.load(store, {case_id: records for case_id, records
                                       in held_cases.candidates(changes).items()
                                       if case_id not in sent_whole})
        before, absent = merged_cases.load_page_states(
            store, [case_id for case_id in touched_ids if case_id not in held])
        before.update((case_id, h.state) for case_id, h in held.items())
        fresh = [c for c in changes if not already_applied(before[c.case_id], c)]
        result = apply_batch({c.case_id: before[c.case_id] for c in fresh}, fresh, seen=())
        stamps: dict[str, list[Stamp]] = {}
        for change in result.applied:
            stamps.setdefault(change.case_id, []).append(change.stamp)
        merged = dict(result.cases)
        for sent in whole:
            local = merged.get(sent.case_id, before[sent.case_id])
            merged[sent.case_id] = (sent.state if not local.records and local.purged is None
                                    else join_cases(local, sent.state))
            stamps.setdefault(sent.case_id, []).append(sent.updated)
        writer = PageWriter(store)
        for case_id, case in merged.items():
            step_aside()  # the GUI's paint first (fieldcase.foreground)
            if not case.records and case.purged is None:
                continue
            touched.add(case_id)
            where = _save(store, writer, case, held.get(case_id), stamps.get(case_id, ()),
                          new=case_id in absent)
            if where == "purged" and before[case_id].purged is None:
                purged += 1
        writer.flush()
        for purge in page.purges:
            if not purge.purges_case:
                sync_state.forget_record(store, purge.case_id, purge.record_id)
        for case_id in page.out_of_scope:
            merged_cases.purge_case(store, case_id, None)
            purged += 1
            touched.add(case_id)
        sync_state.set_pull_cursor(store, page.next_cursor)
    if purged:
        store.checkpoint()
    node = store.device_id
    received = sum(len(sent.state.records) for sent in whole)
    return AppliedPage(sum(1 for c in result.applied if c.stamp.node != node) + received,
                       len(result.rejected), purged, frozenset(touched))


def _observe_whole(store: Store, whole: tuple[WholeCase, ...]) -> None:
    """:func:`_observe` for cases sent whole: their greatest stamp each (what observing every
    change of the history ends at), under the same rule for a stamp far ahead."""
    node = store.device_id
    for case in whole:
        if case.updated.node != node:
            with contextlib.suppress(ClockDriftError):
                store.clock.observe(case.updated)


def _save(store: Store, writer: PageWriter, case: CaseState, held: held_cases.HeldCase | None,
          stamps: Sequence[Stamp], *, new: bool) -> str:
    """A case the device shows, whose touched records alone were read, is written by
    ``held_cases`` when it can; anything else by the page's writer."""
    if held is not None:
        where = held_cases.save(store, case, held, stamps=stamps)
        if where is not None:
            return where
        case = held.whole(case)
    return writer.save(case, stamps=stamps, new=new)


def _observe(store: Store, changes: tuple[Change, ...]) -> None:
    """Move this device's clock past the remote stamps it merges.

    The server has already checked this device's clock (a request more than a few
    minutes off is refused), so a stamp more than a day ahead comes from a device whose
    clock was wrong when it edited. It is merged all the same (merges follow the recorded
    bases, not the time), but not observed: one bad clock must not drag every clock of
    the team days ahead and then stop their syncs."""
    node = store.device_id
    for change in changes:
        if change.stamp.node != node:
            with contextlib.suppress(ClockDriftError):
                store.clock.observe(change.stamp)


def _record_success(store: Store, *, mark: AuditMark | None) -> None:
    with store.atomic():
        sync_state.set_last_successful_sync(store, store.now())
        record_audit_mark(store, mark)


@dataclass(frozen=True)
class AuditMark:
    """The last audit event the server holds from this device, and why it refused the rest
    (a broken chain), if it did."""

    held: int
    refused: str | None = None


def record_audit_mark(store: Store, mark: AuditMark | None) -> None:
    """Record the server's audit mark inside the caller's transaction (nothing when the
    round told the server nothing)."""
    if mark is not None:
        audit.mark_sent(store.raw, mark.held, mark.refused)


def _unsent_audit(store: Store, *, after: int | None) -> list[ChainedEvent]:
    return audit.unsent(store.raw, after=after, limit=audit.AUDIT_BATCH)


def _audit_waiting(store: Store, *, after: int) -> bool:
    return bool(audit.unsent(store.raw, after=after, limit=1))


def already_applied(case: CaseState, change: Change) -> bool:
    """True only when merging ``change`` into ``case`` would change nothing — typically this
    device's own changes coming back in the feed. Skipping those saves rewriting the case;
    anything uncertain (and every purge) is merged as usual, so the result never differs."""
    record = case.records.get(change.record_id)
    if change.op == "purge" or record is None:
        return False
    if case.purged is not None or record.purged is not None:
        return True
    if not set(change.supersedes) <= record.superseded:
        return False
    if change.op == "delete":
        return (change.stamp in record.superseded
                or any(d.stamp == change.stamp for d in record.deletes))
    append_only = record.kind in APPEND_ONLY_KINDS
    for name, edit in change.fields.items():
        field = record.fields.get(name)
        if field is None:
            return False
        if append_only:
            mine = (change.stamp, canonical(edit.value), change.author)
            if not any((h.stamp, canonical(h.value), h.author) >= mine for h in field.heads):
                return False
            continue
        if not set(edit.bases) <= field.superseded:
            return False
        if change.stamp in field.superseded:
            continue
        head = next((h for h in field.heads if h.stamp == change.stamp), None)
        if head is None or head.author != change.author or \
                canonical(head.value) != canonical(edit.value):
            return False
    return True
