"""The organisation policy as this device last fetched it, inside the encrypted store.

Two rows of the store's ``meta`` table (no migration needed): ``org_policy`` holds the
published policy as JSON (``PublishedPolicy.to_json``), ``org_policy_checked_at`` the device
time of the last successful check with the server. Both live in the SQLCipher database, like
the enrolment: a policy is not secret, but the file next to the store must not tell an
onlooker which organisation's rules the laptop follows, and the store is where it cannot be
edited without the passphrase (a stretched offline lease would otherwise be one text edit).

Writes belong inside the caller's ``store.atomic()``. What can go wrong: a stored policy that
no longer validates (written by a version with other ranges) reads as None, so the device falls
back to the built-in defaults and fetches again at the next sync instead of failing to unlock.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Final

from fieldcase.domain.org_policy import PolicyError, PublishedPolicy
from fieldcase.storage.store import Store

POLICY_KEY: Final = "org_policy"
CHECKED_AT_KEY: Final = "org_policy_checked_at"


def load(store: Store) -> PublishedPolicy | None:
    """The stored policy, or None when none was fetched (or it no longer reads)."""
    text = store.meta(POLICY_KEY)
    if text is None:
        return None
    try:
        return PublishedPolicy.from_json(json.loads(text))
    except (ValueError, PolicyError):
        return None


def checked_at(store: Store) -> datetime | None:
    """When the device last heard the server's answer about its policy (device clock)."""
    text = store.meta(CHECKED_AT_KEY)
    return None if text is None else datetime.fromisoformat(text)


def save(store: Store, published: PublishedPolicy | None, at: datetime) -> None:
    """Record a successful check at ``at``: the policy the server sent, or None when the
    server publishes none (the stored one, if any, is kept then)."""
    if published is not None:
        store.set_meta(POLICY_KEY, json.dumps(published.to_json(), sort_keys=True,
                                              separators=(",", ":")))
    store.set_meta(CHECKED_AT_KEY, at.isoformat())
