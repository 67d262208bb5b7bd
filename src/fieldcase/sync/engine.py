"""One sync round on the device: push the outbox, then pull until the server has nothing more.

Push: the outbox goes out oldest first in batches of at most ``batch_size`` changes. For each
answer, one local transaction drops the acknowledged changes and moves the refused ones to the
quarantine with the server's reason, so a refused change never blocks the rest. A change the
server applied but whose acknowledgement never arrived (lost answer, app killed before the
commit) stays in the outbox and is pushed again: the server recognises its change id and
acknowledges it again, so nothing is duplicated. A batch too large for the server (HTTP 413)
is halved; a single change too large is quarantined.

Pull: each page is applied in ONE local transaction together with the new cursor — merged
into the stored record states with ``domain.merge.apply_batch`` (so local edits not yet
pushed, which are already in those states with their bases, merge like any other change and
are never overwritten), case rows, search terms, identifiers and conflicts rewritten, purged
and out-of-scope cases erased. A crash or a failure mid-pull leaves the cursor at the last
page fully applied; the next sync resumes there. Remote stamps are observed by the device's
hybrid logical clock first; a stamp too far ahead stops the sync (``clock``). Cases new to
the device are written in one batch per page (``storage.new_cases``); an empty page at the
cursor already held (a no-op sync) writes nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from fieldcase.domain.errors import ClockDriftError
from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import APPEND_ONLY_KINDS, CaseState, Change, apply_batch, canonical
from fieldcase.storage import merged_cases, sync_state
from fieldcase.storage.new_cases import PageWriter
from fieldcase.storage.store import Store
from fieldcase.sync import acknowledgements
from fieldcase.sync.client import CancelToken, Progress, SyncProgress, SyncServer
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.sync.protocol import PullRequest, PullResponse, PushRequest, PushResponse

BATCH_SIZE = 500
PULL_LIMIT = 5000  # the protocol maximum: fewer round trips and server scope checks per sync


@dataclass(frozen=True)
class SyncReport:
    """What one round did. ``conflicts``: open conflicts on the device afterwards;
    ``quarantined``: changes refused this round; ``purged``: cases erased or dropped as out
    of scope; ``skipped``: changes from the server that could not be merged here."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    quarantined: int = 0
    purged: int = 0
    skipped: int = 0


@dataclass
class _Counts:
    pushed: int = 0
    pulled: int = 0
    quarantined: int = 0
    purged: int = 0
    skipped: int = 0


class SyncEngine:
    """Runs rounds for one store against one server (the HTTP client or an in-process fake).

    ``device_id`` is the id the server gave this device at enrolment (the store's HLC node id
    is another, local one)."""

    def __init__(self, store: Store, server: SyncServer, *, device_id: str,
                 batch_size: int = BATCH_SIZE, pull_limit: int = PULL_LIMIT,
                 cancel: CancelToken | None = None, progress: Progress | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        if not 1 <= batch_size <= 5000 or not 1 <= pull_limit <= 5000:
            raise ValueError("batch_size and pull_limit must be 1..5000")
        self._store = store
        self._server = server
        self._device_id = device_id
        self._batch = batch_size
        self._limit = pull_limit
        self._cancel = cancel or CancelToken()
        self._progress = progress
        self._now = now or store.now
        self._counts = _Counts()

    def run(self) -> SyncReport:
        """Push everything, pull everything, then record the successful sync. Raises
        SyncError; what was committed stays."""
        report = self.exchange()
        with self._store.atomic():
            sync_state.set_last_successful_sync(self._store, self._now())
        return report

    def exchange(self) -> SyncReport:
        """:meth:`run` without recording the successful sync, for a caller that records it
        in a transaction of its own (``services.sync`` commits it with the sync's audit
        event: one durable commit for a no-op sync instead of two)."""
        self._counts = _Counts()
        self.push()
        self.pull()
        self._report("done")
        c = self._counts
        return SyncReport(c.pushed, c.pulled, sync_state.conflict_count(self._store),
                          c.quarantined, c.purged, c.skipped)

    # -- push -------------------------------------------------------------------------------

    def push(self) -> None:
        after, batch = 0, self._batch
        while True:
            self._cancel.check()
            entries = sync_state.pending(self._store, after=after, limit=batch)
            if not entries:
                return
            unreadable = [(e.change_id, f"local_{e.problem}") for e in entries if e.change is None]
            changes = tuple(e.change for e in entries if e.change is not None)
            acknowledged = sync_state.last_acknowledged(self._store)
            response = PushResponse(())
            if changes:
                try:
                    response = self._server.push(PushRequest(
                        self._device_id, self._store.ids.new(), changes, acknowledged))
                except SyncError as error:
                    if error.status != 413:
                        raise
                    if len(changes) > 1:
                        batch = max(1, len(entries) // 2)
                        continue
                    unreadable.append((changes[0].change_id, "too_large"))
            with self._store.atomic():
                acknowledgements.check_push_answer(self._store, acknowledged, response)
                self._counts.pushed += sync_state.acknowledge(self._store, response.accepted)
                refused = [(r.change_id, r.reason) for r in response.rejected]
                self._counts.quarantined += sync_state.quarantine(self._store,
                                                                  refused + unreadable)
            after = entries[-1].seq
            self._report("push")

    # -- pull -------------------------------------------------------------------------------

    def pull(self) -> None:
        cursor = sync_state.pull_cursor(self._store)
        while True:
            self._cancel.check()
            page = self._server.pull(PullRequest(
                cursor, self._limit, sync_state.last_acknowledged(self._store)))
            acknowledgements.check_pull_answer(self._store, page)
            if page.more and page.next_cursor == cursor and not (page.entries or page.purges):
                raise SyncError(SyncErrorKind.PROTOCOL,
                                "the server said there is more but did not move the cursor")
            if page.next_cursor != cursor or page.entries or page.purges or page.out_of_scope:
                self.apply_page(page)  # an empty page at the same cursor changes nothing
            cursor = page.next_cursor
            self._report("pull")
            if not page.more:
                return

    def apply_page(self, page: PullResponse) -> None:
        """Merge one page and move the cursor past it, in one transaction."""
        changes: tuple[Change, ...] = (*page.purges, *page.entries)
        self._observe(changes)
        store = self._store
        purged_before = self._counts.purged
        with store.atomic():
            touched = list(dict.fromkeys(c.case_id for c in changes))
            states, absent = merged_cases.load_page_states(store, touched)
            fresh = [c for c in changes if not already_applied(states[c.case_id], c)]
            states = {c.case_id: states[c.case_id] for c in fresh}
            result = apply_batch(states, fresh, seen=())
            stamps: dict[str, list[Stamp]] = {}
            for change in result.applied:
                stamps.setdefault(change.case_id, []).append(change.stamp)
            writer = PageWriter(store)
            for case_id, case in result.cases.items():
                if not case.records and case.purged is None:
                    continue
                where = writer.save(case, stamps=stamps.get(case_id, ()),
                                    new=case_id in absent)
                if where == "purged" and states[case_id].purged is None:
                    self._counts.purged += 1
            writer.flush()
            for purge in page.purges:
                if not purge.purges_case:
                    sync_state.forget_record(store, purge.case_id, purge.record_id)
            for case_id in page.out_of_scope:
                merged_cases.purge_case(store, case_id, None)
                self._counts.purged += 1
            sync_state.set_pull_cursor(store, page.next_cursor)
        node = store.device_id
        self._counts.pulled += sum(1 for c in result.applied if c.stamp.node != node)
        self._counts.skipped += len(result.rejected)
        if self._counts.purged > purged_before:
            store.checkpoint()

    def _observe(self, changes: tuple[Change, ...]) -> None:
        """Move this device's clock past the remote stamps it merges.

        The server has already checked this device's clock (a request more than a few
        minutes off is refused), so a stamp more than a day ahead comes from a device whose
        clock was wrong when it edited. It is merged all the same (merges follow the recorded
        bases, not the time), but not observed: one bad clock must not drag every clock of
        the team days ahead and then stop their syncs."""
        node = self._store.device_id
        for change in changes:
            if change.stamp.node != node:
                with contextlib.suppress(ClockDriftError):
                    self._store.clock.observe(change.stamp)

    def _report(self, phase: str) -> None:
        if self._progress is None:
            return
        c = self._counts
        outbox = sync_state.outbox_size(self._store) if phase == "push" else 0
        if phase == "push":
            self._progress(SyncProgress("push", c.pushed, c.pulled, outbox))
        elif phase == "pull":
            self._progress(SyncProgress("pull", c.pushed, c.pulled))
        else:
            self._progress(SyncProgress("done", c.pushed, c.pulled))


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
