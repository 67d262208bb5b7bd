"""The offline lease on an unlocked session: when it is worked out and what it forbids.

``domain.lease`` says where a lease stands; this module applies it to a profile:

- **When**: at unlock of an *enrolled* profile (``profile.unlock`` calls ``evaluate`` and keeps
  the answer on ``Session.lease``), and again after every successful sync (``sync_now``), which
  is what lifts an expired lease. A profile that was never enrolled has no server to hear
  from, so it has no lease (``None``).
- **From what**: the last successful sync, or, before the first one, the enrolment (also an
  online contact, in server time). ``latest_seen`` is the latest time an unlock recorded in the
  encrypted store (``LATEST_SEEN_KEY`` in ``meta``); a clock now well behind it was set back.
- **What an expired lease forbids**: everything but sync. Case services call
  ``require_working_lease`` first and raise :class:`LeaseExpired`, whose message is written for
  the person at the laptop. The rule lives here, below the UI, so the command line and any
  other front end obey it too.

What can go wrong: a clock set far *forward* at one unlock makes every later unlock look like
a clock set back (expired) until a sync succeeds, because the sync resets ``latest_seen`` to a
time the server vouched for. That errs on the safe side.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from fieldcase.domain.errors import FieldCaseError
from fieldcase.domain.lease import LeasePolicy, LeaseState, LeaseStatus, lease_state
from fieldcase.services.session import Session
from fieldcase.storage import sync_state
from fieldcase.storage.store import Store

__all__ = ["LATEST_SEEN_KEY", "LeaseExpired", "LeasePolicy", "LeaseState", "LeaseStatus",
           "describe_lease", "evaluate", "last_contact", "note_seen", "require_working_lease"]

LATEST_SEEN_KEY = "lease_latest_seen"


class LeaseExpired(FieldCaseError):
    """The device has been offline too long (or its clock was set back): only sync is allowed
    until one succeeds. ``days_offline`` is None when the device's clock is the reason."""

    kind = "lease_expired"

    def __init__(self, message: str, days_offline: int | None) -> None:
        super().__init__(message)
        self.days_offline = days_offline


def last_contact(store: Store) -> datetime | None:
    """The last time this device heard from its server: its last successful sync, else its
    enrolment. None when the profile is not enrolled."""
    enrolment = sync_state.load_enrolment(store)
    if enrolment is None:
        return None
    return sync_state.last_successful_sync(store) or enrolment.enrolled_at


def _latest_seen(store: Store) -> datetime | None:
    value = store.meta(LATEST_SEEN_KEY)
    return None if value is None else datetime.fromisoformat(value)


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
                    "sync before working on cases (the sync will say how far off the clock "
                    "is).")
        days = days_offline(contact, now)
        return (f"This laptop has not synced for {days} day{'s' if days != 1 else ''}; "
                "connect and sync before working on cases.")
    if state.status is LeaseStatus.WARN:
        days = state.days_left
        return (f"Sync within {days} day{'s' if days != 1 else ''}: after that this laptop "
                "will only allow a sync until it has been online.")
    return ""


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
