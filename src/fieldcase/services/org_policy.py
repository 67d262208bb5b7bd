"""The organisation policy on the device: when it is fetched, and what reads it.

When (docs/sync.md, "Organisation policy"):

- at enrolment, right after the enrolment is stored (``fetch_at_enrolment``): one attempt, no
  retries; if it fails the enrolment still stands and the next sync asks again;
- after a successful sync (``refresh_if_due``, called by the sync round after the pull, with
  the same client: the request on the sync thread, the due check and the save as store
  steps): only when the device has never heard an answer, or its last answer is 24 h or more
  old by the device clock (or "in the future": a clock set back). So a no-op sync stays one
  request on every other sync of the day.

A failure to fetch never fails the sync or the enrolment: it is logged by kind only (no names,
no server address) and the policy already stored stays in force. One exception: a server
saying the device is revoked is passed on (``SyncError`` kind ``revoked``), so the caller
handles its wipe instruction as at any other contact.

Who reads it: ``services.lease.policy`` (the offline lease at unlock and after a sync) and the
desktop app (``device_policy``: auto-lock and periodic sync, once unlocked). Nothing stored
means the built-in defaults (``OrgPolicy()``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Final

import httpx

from fieldcase.domain.org_policy import OrgPolicy, PublishedPolicy
from fieldcase.services.session import Session, SessionSteps
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage.store import Store
from fieldcase.storage.sync_state import StoredEnrolment
from fieldcase.sync.client import RetryPolicy, SyncClient
from fieldcase.sync.errors import SyncError, SyncErrorKind
from fieldcase.sync.signing import DeviceKey, RequestSigner
from fieldcase.sync.steps import Inline

log = logging.getLogger(__name__)

REFRESH_EVERY: Final = timedelta(hours=24)


def device_policy(session: Session) -> OrgPolicy | None:
    """The policy last fetched from the server, or None (use the built-in defaults)."""
    published = stored_policy.load(session.store)
    return None if published is None else published.policy


def refresh_due(store: Store, now: datetime) -> bool:
    """Whether to ask the server now: never answered, a day old, or a clock set back."""
    last = stored_policy.checked_at(store)
    return last is None or now - last >= REFRESH_EVERY or now < last


def refresh(steps: SessionSteps, client: SyncClient) -> bool:
    """Fetch the policy with ``client`` (signed, enrolled) on the caller's thread, then store
    it in a step (``sync.steps``). True when a policy was stored; False when the server
    publishes none or the fetch failed (logged, old policy kept). Raises SyncError only for
    ``revoked`` (the caller handles the wipe)."""
    try:
        published = client.fetch_policy()
    except SyncError as error:
        if error.error_kind is SyncErrorKind.REVOKED:
            raise
        log.warning("organisation policy not fetched (%s); the stored one stays in force",
                    error.kind)
        return False
    steps.run(partial(_store_policy, published=published))
    return published is not None


def _store_policy(session: Session, *, published: PublishedPolicy | None) -> None:
    with session.store.atomic():
        stored_policy.save(session.store, published, session.now())
        session.store.audit(session.actor.user, "policy.checked", details={
            "version": None if published is None else published.version})


def _due(session: Session) -> bool:
    return refresh_due(session.store, session.now())


def refresh_if_due(steps: SessionSteps, client: SyncClient) -> bool:
    """``refresh`` when ``refresh_due``; False (and no request) otherwise."""
    if not steps.run(_due):
        return False
    return refresh(steps, client)


def fetch_at_enrolment(session: Session, enrolment: StoredEnrolment,
                       transport: httpx.BaseTransport | None,
                       random_bytes: Callable[[int], bytes]) -> bool:
    """The first fetch, signed with the new enrolment: one attempt, never raises."""
    signer = RequestSigner(DeviceKey(enrolment.device_private_key), enrolment.device_id,
                           enrolment.session_token, now=session.now, random_bytes=random_bytes)
    try:
        with SyncClient(enrolment.server_url, signer=signer, transport=transport,
                        retry=RetryPolicy(attempts=1)) as client:
            return refresh(Inline(session), client)
    except SyncError as error:  # revoked at enrolment: the next sync will act on it
        log.warning("organisation policy not fetched at enrolment (%s)", error.kind)
        return False
