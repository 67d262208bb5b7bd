"""The offline lease: how long a device may be unlocked without hearing from the server.

A revoked device only learns it is revoked when it next syncs. The lease bounds how long a lost
or stolen laptop that is kept offline stays usable: after ``max_offline_days`` without an online
contact (a successful sync or sign-in), the device needs an online sign-in with the user's
server passphrase before anything else, a sync included (the server refuses a revoked device
there, and answers with a wipe). Before that, ``warn_days`` ahead, the worker is told how many
days are left so they can sync while they have a connection.

The rule runs on the device, on the device's clock, so it is only as good as that clock:

- ``last_successful_sync`` should be the server's time from the sync answer; a sync only
  succeeds when the device clock was within minutes of the server's, so it is trustworthy.
- A clock now well *behind* the last sync, or behind ``latest_seen`` (the latest time the app
  has recorded inside the encrypted store, e.g. at each unlock), means the clock was set back,
  by a dead clock battery or on purpose to stretch the lease. Either way the lease counts as
  expired: going online fixes it, and the sync will say how far off the clock is.
- It cannot stop someone who holds the passphrase and keeps the clock frozen just after the
  last sync; ``latest_seen`` only narrows that. Revocation plus the wipe is the real control;
  the lease limits how long that control can be dodged by staying offline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class LeaseStatus(StrEnum):
    OK = "ok"
    WARN = "warn"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class LeasePolicy:
    """Organisation policy. ``max_offline_days`` counts whole days from the last sync."""

    max_offline_days: int = 14
    warn_days: int = 3
    clock_tolerance: timedelta = timedelta(hours=1)

    def __post_init__(self) -> None:
        if self.max_offline_days < 1:
            raise ValueError("max_offline_days must be at least 1")
        if not 0 <= self.warn_days < self.max_offline_days:
            raise ValueError("warn_days must be between 0 and max_offline_days - 1")
        if self.clock_tolerance < timedelta(0):
            raise ValueError("clock_tolerance must not be negative")


@dataclass(frozen=True, slots=True)
class LeaseState:
    """``days_left`` is whole days rounded up (0 once expired); ``reason`` is for the UI."""

    status: LeaseStatus
    days_left: int
    expires_at: datetime | None
    reason: str

    @property
    def needs_online_sign_in(self) -> bool:
        return self.status is LeaseStatus.EXPIRED


def lease_state(last_successful_sync: datetime | None, now: datetime, policy: LeasePolicy,
                *, latest_seen: datetime | None = None) -> LeaseState:
    """Where the lease stands at ``now`` (all times timezone-aware).

    Never synced (``None``) counts as expired: enrolment records the first sync time.
    """
    if last_successful_sync is None:
        return LeaseState(LeaseStatus.EXPIRED, 0, None, "this device has never synced")
    expires_at = last_successful_sync + timedelta(days=policy.max_offline_days)
    for anchor in (last_successful_sync, latest_seen):
        if anchor is not None and now < anchor - policy.clock_tolerance:
            return LeaseState(LeaseStatus.EXPIRED, 0, expires_at,
                              "this device's clock is behind a time it has already seen")
    remaining = expires_at - now
    if remaining <= timedelta(0):
        return LeaseState(LeaseStatus.EXPIRED, 0, expires_at,
                          f"no sync for {policy.max_offline_days} days or more")
    days_left = math.ceil(remaining / timedelta(days=1))
    if days_left <= policy.warn_days:
        return LeaseState(LeaseStatus.WARN, days_left, expires_at,
                          f"sync within {days_left} day{'s' if days_left != 1 else ''}")
    return LeaseState(LeaseStatus.OK, days_left, expires_at, "recently synced")
