"""One sync round as a use-case: push, pull, attachment files, the daily policy check, and
what the device records about it — with the network and the store kept apart.

``run_sync(steps, hooks)`` is the round. It is written for a caller that does not own the
session: every read or write of the store is a short step handed to ``steps``
(:mod:`fieldcase.sync.steps`) — load the enrolment and check the lease, read an outbox batch,
apply a push answer, apply a pulled page with its cursor, note an attachment done, store a
fetched policy, record the outcome — while the HTTP requests run on the caller's thread. The
desktop app calls it on a sync thread with its runner's store steps, so a person's own calls
wait at most one of those steps; ``services.sync.sync_now(session)`` calls it with
:class:`~fieldcase.sync.steps.Inline` steps for the command line and the tests. One engine.

What the sync thread holds: the enrolment (server address, device id and key, session
token) read through a step, the signer made from it, and the pages in flight. It never holds
the ``Session`` or the store connection.

Failures are :class:`~fieldcase.sync.errors.SyncError` with a kind the front end maps to
words; whatever the kind, nothing committed is lost and a retry is safe. Revocation: when the
server answers that this device is revoked, the wipe instruction it carries is checked against
the server key pinned at enrolment, for this device id and this enrolment. A genuine one
crypto-erases the profile (key slots overwritten, database files deleted) and the error says
so (``erased``); anything else is ignored, written to the audit log and reported
(``wipe_rejected``), because a forged wipe is itself a sign of attack.
"""

from __future__ import annotations

import base64
import binascii
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial

import httpx

from fieldcase.services import lease, org_policy, service_directory
from fieldcase.services.attachments import TransferReport, sync_attachments
from fieldcase.services.changes import Changes
from fieldcase.services.lease import SignInRequired
from fieldcase.services.profile import database_files
from fieldcase.services.session import Session, SessionSteps
from fieldcase.storage import sync_state
from fieldcase.storage.store import Store
from fieldcase.storage.sync_state import StoredEnrolment
from fieldcase.storage.unlock_guard import crypto_erase
from fieldcase.sync.attachment_transfer import FilesProgress
from fieldcase.sync.client import CancelToken, Connections, Progress, RetryPolicy, SyncClient
from fieldcase.sync.engine import (
    BATCH_SIZE,
    PULL_LIMIT,
    AuditMark,
    SyncEngine,
    SyncReport,
    record_audit_mark,
)
from fieldcase.sync.enrolment import inspect_wipe
from fieldcase.sync.errors import SESSION_REFUSED, SyncError, SyncErrorKind
from fieldcase.sync.signing import DeviceKey, RequestSigner
from fieldcase.sync.steps import Through

__all__ = ["SESSION_REFUSED", "SyncHooks", "handle_revoked", "run_sync", "session_expiry"]



@dataclass(frozen=True)
class SyncHooks:
    """How a front end follows and stops a round. ``progress`` hears the push and pull,
    ``files`` the attachment transfers, ``changes`` the cases each applied page or push answer
    touched (so a window refreshes those rows while a long pull runs). All three are called on
    the thread that runs the round, never the store's."""

    cancel: CancelToken = field(default_factory=CancelToken)
    progress: Progress | None = None
    files: FilesProgress | None = None
    changes: Callable[[Changes], None] | None = None


@dataclass(frozen=True)
class _Start:
    enrolment: StoredEnrolment
    clock: Callable[[], datetime]
    token: str = field(repr=False)
    """The session the round's own requests go under (pull, policy, files): the person's at
    the laptop when they hold one, else the laptop's (its latest sign-in or enrolment)."""
    connections: Connections = field(repr=False)
    """The session's keep-alive HTTP clients: a round reuses the last one's connection."""


def run_sync(steps: SessionSteps, hooks: SyncHooks | None = None,
             transport: httpx.BaseTransport | None = None, *,
             sleep: Callable[[float], None] | None = None, rng: random.Random | None = None,
             retry: RetryPolicy | None = None, batch_size: int = BATCH_SIZE,
             pull_limit: int = PULL_LIMIT,
             random_bytes: Callable[[int], bytes] = os.urandom) -> SyncReport:
    """One sync round: push the outbox, pull until the server has nothing more, move the
    attachment files, fetch the organisation policy when due, record the outcome.

    Refused with SignInRequired, before anything is sent, while the offline lease has expired
    (only ``services.sign_in`` lifts it: a sync proves the laptop, not the person); also raised
    when the server answers that the session expired or is not this device's. Once a sync
    succeeds the lease is renewed and the sync time becomes the trusted "latest seen" time."""
    hooks = hooks or SyncHooks()
    start = steps.run(_begin)
    enrolment = start.enrolment
    signer = RequestSigner(DeviceKey(enrolment.device_private_key), enrolment.device_id,
                           start.token, now=start.clock, random_bytes=random_bytes)
    synced_at: datetime | None = None  # set once push and pull went through
    report: SyncReport | None = None
    try:
        with SyncClient(enrolment.server_url, signer=signer, transport=transport, retry=retry,
                        sleep=sleep, rng=rng, cancel=hooks.cancel, progress=hooks.progress,
                        connections=start.connections) as client:
            try:
                report = SyncEngine(Through(steps, _store), client,
                                    device_id=enrolment.device_id, batch_size=batch_size,
                                    pull_limit=pull_limit, cancel=hooks.cancel,
                                    progress=hooks.progress,
                                    touched=_announcer(hooks), per_person=True).exchange()
                synced_at = start.clock()
                # After push and pull: the attachment entries are on the server, and the
                # cases this device now holds say which files to fetch.
                moved = sync_attachments(steps, enrolment.server_url, signer,
                                         transport=transport, retry=retry, sleep=sleep,
                                         rng=rng, cancel=hooks.cancel, progress=hooks.files)
                # A separate request, at most once a day: the no-op sync stays one request.
                new_policy = org_policy.refresh_if_due(steps, client)
                # Only when the pull said the directory changed: no request otherwise.
                service_directory.refresh_if_changed(steps, client, report.directory_version)
            finally:
                renewed = dict(client.renewed_sessions)
                if signer.session_token != start.token:  # the attachments' renewal too
                    renewed.setdefault(start.token, signer.session_token)
                if renewed:
                    steps.run(partial(_keep_renewed_sessions, renewed=renewed))
    except SyncError as error:
        steps.run(partial(_record_failure, enrolment=enrolment, error=error,
                          synced_at=synced_at, mark=report.audit if report else None))
        if error.server_kind in SESSION_REFUSED:
            raise SignInRequired("the server needs you to sign in again before this laptop "
                                 "syncs (its session has ended)", reason="session") from None
        raise
    steps.run(partial(_record_success, report=report, moved=moved, synced_at=synced_at,
                      new_policy=new_policy))
    return report


def _announcer(hooks: SyncHooks) -> Callable[[frozenset[str]], None] | None:
    announce = hooks.changes
    if announce is None:
        return None
    return lambda case_ids: announce(Changes(case_ids=case_ids))


# -- the store steps of a round (each runs where the session lives) -----------------------------

def _store(session: Session) -> Store:
    return session.store


def _begin(session: Session) -> _Start:
    enrolment = sync_state.load_enrolment(session.store)
    if enrolment is None:
        raise SyncError(SyncErrorKind.AUTH, "this device is not enrolled: run enroll first")
    lease.require_sign_in_if_expired(session)
    own = sync_state.person_sessions(session.store, session.now()).get(session.actor.user)
    return _Start(enrolment, session.store.now, own or enrolment.session_token,
                  session.connections)


def _record_failure(session: Session, *, enrolment: StoredEnrolment, error: SyncError,
                    synced_at: datetime | None, mark: AuditMark | None) -> None:
    if error.error_kind is SyncErrorKind.REVOKED:
        handle_revoked(session, enrolment, error)
    with session.store.atomic():
        _note_synced(session, synced_at)
        record_audit_mark(session.store, mark)
        session.store.audit(session.actor.user, "sync.failed", details={"kind": error.kind})


def _record_success(session: Session, *, report: SyncReport, moved: TransferReport,
                    synced_at: datetime | None, new_policy: bool) -> None:
    # One commit, and a no-op sync writes nothing else; not synced to disk, as what it holds
    # may be lost to a power cut (sync_state.without_fsync says why).
    with sync_state.without_fsync(session.store), session.store.atomic():
        _note_synced(session, synced_at)
        record_audit_mark(session.store, report.audit)
        session.store.audit(session.actor.user, "sync", details={
            "pushed": report.pushed, "pulled": report.pulled, "purged": report.purged,
            "quarantined": report.quarantined, "attachments_uploaded": moved.uploaded,
            "attachments_downloaded": moved.downloaded, "attachments_damaged": moved.damaged})
        lease.note_seen(session.store, session.now(), trusted=True)
    if new_policy:
        session.lease_policy = lease.policy(session.store)
    session.lease = lease.evaluate(session.store, session.now(), session.lease_policy)


def _note_synced(session: Session, synced_at: datetime | None) -> None:
    """Record the last successful sync (the lease's last contact) when push and pull went
    through, even if a later step failed; inside the caller's transaction."""
    if synced_at is not None:
        sync_state.set_last_successful_sync(session.store, synced_at)


def _keep_renewed_sessions(session: Session, *, renewed: dict[str, str]) -> None:
    sync_state.renew_sessions(session.store, {old: (new, session_expiry(new))
                                              for old, new in renewed.items()})


def session_expiry(token: str) -> datetime | None:
    """The expiry a session token carries (docs/device-auth.md "Sessions": version 1 B,
    session id 16 B, issued and expires 8 B each, big-endian Unix seconds), or None."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (ValueError, binascii.Error):
        return None
    if len(raw) < 41 or raw[0] != 1:
        return None
    return datetime.fromtimestamp(int.from_bytes(raw[25:33], "big"), tz=UTC)


def handle_revoked(session: Session, enrolment: StoredEnrolment, error: SyncError) -> None:
    """Erase on a genuine wipe; otherwise record and report the refusal. Always raises."""
    verdict_reason = "the answer carried no wipe instruction"
    if error.wipe is not None:
        verdict = inspect_wipe(error.wipe, enrolment.server_public_key, enrolment.device_id,
                               enrolment.enrolled_at)
        if verdict.accepted:
            profile_dir = session.store.connection.path.parent
            session.close()
            crypto_erase(profile_dir, database_files(profile_dir), os.urandom)
            raise SyncError(SyncErrorKind.REVOKED, "this device was revoked by the organisation "
                            "and has erased its data", status=error.status, erased=True) \
                from None
        verdict_reason = verdict.reason
    with session.store.atomic():
        session.store.audit(session.actor.user, "sync.wipe_rejected",
                            details={"reason": verdict_reason})
    raise SyncError(SyncErrorKind.REVOKED, "the server says this device is revoked, but its "
                    f"wipe instruction was ignored ({verdict_reason}); nothing was erased. "
                    "Tell your administrator", status=error.status,
                    wipe_rejected=verdict_reason) from None
