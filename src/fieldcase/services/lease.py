"""The offline lease on an unlocked session: when it is worked out and what it forbids.

``domain.lease`` says where a lease stands; this module applies it to a profile:

- **When**: at unlock of an *enrolled* profile (``profile.unlock`` calls ``evaluate`` and keeps
  the answer on ``Session.lease``), at the start of every sync (``sync_now``), and after every
  successful sync or online sign-in. A profile that was never enrolled has no server to hear
  from, so it has no lease (``None``).
- **From what**: the last online contact: the later of the last successful sync and the last
  online sign-in (``LAST_SIGN_IN_KEY``, server time), or, before either, the enrolment (also in
  server time). ``latest_seen`` is the latest time an unlock recorded in the encrypted store
  (``LATEST_SEEN_KEY`` in ``meta``); a clock now well behind it was set back.
- **What lifts an expired lease**: only an online sign-in with the user's *server* passphrase
  (``services.sign_in``). A sync signs with the device key and the old session, which proves
  the laptop, not the person at it, so ``sync_now`` refuses to run on an expired lease and
  raises :class:`SignInRequired`. A sync on a lease that has *not* expired renews it.
- **What an expired lease forbids**: everything but the sign-in. Case services call
  ``require_working_lease`` first and raise :class:`LeaseExpired`, whose message is written for
  the person at the laptop. The rule lives here, below the UI, so the command line and any
  other front end obey it too.

What can go wrong: a clock set far *forward* at one unlock makes every later unlock look like
a clock set back (expired) until a sync succeeds, because the sync resets ``latest_seen`` to a
time the server vouched for (so does a sign-in). That errs on the safe side.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from fieldcase.domain.errors import FieldCaseError
from fieldcase.domain.lease import LeasePolicy, LeaseState, LeaseStatus, lease_state
from fieldcase.services.session import Session
from fieldcase.storage import org_policy as stored_policy
from fieldcase.storage import sync_state
from fieldcase.storage.store import Store

__all__ = ["LAST_SIGN_IN_KEY", "LATEST_SEEN_KEY", "LeaseExpired", "LeasePolicy", "LeaseState",
           "LeaseStatus", "SignInRequired", "describe_lease", "evaluate", "last_contact",
           "note_seen", "record_sign_in", "require_sign_in_if_expired",
           "require_working_lease"]

LATEST_SEEN_KEY = "lease_latest_seen"
LAST_SIGN_IN_KEY = "lease_last_sign_in"


class LeaseExpired(FieldCaseError):
    """The device has been offline too long (or its clock was set back): nothing but an online
    sign-in is allowed until one succeeds. ``days_offline`` is None when the device's clock is
    the reason."""

    kind = "lease_expired"

    def __init__(self, message: str, days_offline: int | None) -> None:
        super().__init__(message)
        self.days_offline = days_offline


class SignInRequired(FieldCaseError):
    """The server must see the *person* again before this device syncs: the lease has expired
    (``reason`` "lease"), or the server refused or let the session lapse (``reason``
    "session"). Sign in with the server passphrase (``services.sign_in.sign_in``), then sync.
    ``days_offline`` is None when the device's clock, not the time offline, is the reason."""

    kind = "sign_in_required"

    def __init__(self, message: str, *, reason: str, days_offline: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.days_offline = days_offline


def last_contact(store: Store) -> datetime | None:
    """The last time this device heard from its server: the later of its last successful sync
    and its last online sign-in, else its enrolment. None when the profile is not enrolled."""
    enrolment = sync_state.load_enrolment(store)
    if enrolment is None:
        return None
    contacts = [moment for moment in (sync_state.last_successful_sync(store),
                                      _meta_time(store, LAST_SIGN_IN_KEY)) if moment is not None]
    return max(contacts) if contacts else enrolment.enrolled_at


def record_sign_in(store: Store, server_time: datetime) -> None:
    """Count an online sign-in as a contact (inside the caller's ``atomic()``)."""
    store.set_meta(LAST_SIGN_IN_KEY, server_time.isoformat())


def _meta_time(store: Store, key: str) -> datetime | None:
    value = store.meta(key)
    return None if value is None else datetime.fromisoformat(value)


def _latest_seen(store: Store) -> datetime | None:
    return _meta_time(store, LATEST_SEEN_KEY)


def evaluate(store: Store, now: datetime, policy: LeasePolicy) -> LeaseState | None:
    """The lease at ``now``, or None for a profile that is not enrolled."""
    contact = last_contact(store)
    if contact is None:
        return None
    return lease_state(contact, now, policy, latest_seen=_latest_seen(store))


def note_seen(store: Store, now: datetime, *, trusted: bool = False) -> None:
    """Record ``now`` as seen (inside the caller's ``atomic()``). An untrusted time (an unlock)
    only ever moves the mark forward; a trusted one (a sync the server accepted) replaces it,
    which repairs a mark left by a clock that was once set too far ahead."""
    previous = _latest_seen(store)
    if trusted or previous is None or now > previous:
        store.set_meta(LATEST_SEEN_KEY, now.isoformat())


def days_offline(contact: datetime, now: datetime) -> int:
    return max(0, math.floor((now - contact) / timedelta(days=1)))


def _clock_set_back(state: LeaseState, now: datetime) -> bool:
    """Expired although the offline days are not used up: the clock was set back."""
    return state.status is LeaseStatus.EXPIRED and state.expires_at is not None \
        and now < state.expires_at


def describe_lease(state: LeaseState, contact: datetime | None, now: datetime) -> str:
    """Words for the banner: what is wrong and what to do ("" when all is well)."""
    if state.status is LeaseStatus.EXPIRED:
        if contact is None or _clock_set_back(state, now):
            return ("This laptop's clock is behind a time it has already seen; connect and "
                    "sign in to the server before working on cases (it will say how far off "
                    "the clock is).")
        days = days_offline(contact, now)
        return (f"This laptop has not been online for {days} day{'s' if days != 1 else ''}; "
                "connect and sign in to the server before working on cases.")
    if state.status is LeaseStatus.WARN:
        days = state.days_left
        return (f"Sync within {days} day{'s' if days != 1 else ''}: after that this laptop "
                "will ask you to sign in to the server before anything else.")
    return ""


def require_sign_in_if_expired(session: Session) -> LeaseState | None:
    """Work the lease out afresh (the app may have stayed open past its end) and raise
    SignInRequired if it has expired; otherwise keep it on the session and return it."""
    now = session.now()
    state = evaluate(session.store, now, session.lease_policy)
    session.lease = state
    if state is None or state.status is not LeaseStatus.EXPIRED:
        return state
    contact = last_contact(session.store)
    known = contact is not None and not _clock_set_back(state, now)
    raise SignInRequired(describe_lease(state, contact, now), reason="lease",
                         days_offline=days_offline(contact, now)
                         if known and contact is not None else None)


def require_working_lease(session: Session) -> None:
    """Raise LeaseExpired unless the session may work on cases."""
    state = session.lease
    if state is None or state.status is not LeaseStatus.EXPIRED:
        return
    now = session.now()
    contact = last_contact(session.store)
    known = contact is not None and not _clock_set_back(state, now)
    raise LeaseExpired(describe_lease(state, contact, now),
                       days_offline(contact, now) if known and contact is not None else None)


def policy(store: Store) -> LeasePolicy:
    """The lease rules in force: the organisation's, as last fetched from the server
    (``services.org_policy``), else the built-in default (14 days, warned 3 days ahead)."""
    published = stored_policy.load(store)
    return LeasePolicy() if published is None else published.policy.lease_policy()
