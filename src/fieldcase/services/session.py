"""An unlocked profile in use: the store, who is working, and what day it is.

Services take a ``Session`` instead of reaching for globals, so the UI, the command line and
the tests drive the same code with their own clock and user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from fieldcase.domain.lease import LeasePolicy, LeaseState
from fieldcase.domain.policy import Actor
from fieldcase.storage.kdf import KdfParams
from fieldcase.storage.store import Store

if TYPE_CHECKING:
    from fieldcase.services.enrolment import PendingEnrolment


@dataclass
class Session:
    store: Store
    actor: Actor
    data_key: bytes = field(repr=False)  # needed to add users; dropped at lock
    # The offline lease (services.lease): None when the profile is not enrolled. Set at
    # unlock, renewed by a successful sync; while expired, case services refuse to run.
    lease: LeaseState | None = None
    lease_policy: LeasePolicy = field(default_factory=LeasePolicy)
    # The key-derivation cost the profile was unlocked with (None: this machine's calibrated
    # cost), so a passphrase change re-wraps at the same policy.
    kdf: KdfParams | None = field(default=None, repr=False)
    # An enrolment answer awaiting the person's check of the server key's fingerprint
    # (services.enrolment); it holds the new device key, so it lives here and dies at lock.
    pending_enrolment: PendingEnrolment | None = field(default=None, repr=False)

    def today(self) -> date:
        return self.store.now().date()

    def now(self) -> datetime:
        return self.store.now()

    def new_id(self) -> str:
        return self.store.ids.new()

    def close(self) -> None:
        """Lock: close the connection (which checkpoints the WAL) and drop the key."""
        self.store.close()
        self.data_key = b""
        self.pending_enrolment = None
