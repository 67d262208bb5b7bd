"""An unlocked profile in use: the store, who is working, and what day it is.

Services take a ``Session`` instead of reaching for globals, so the UI, the command line and
the tests drive the same code with their own clock and user.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from fieldcase.domain.lease import LeasePolicy, LeaseState
from fieldcase.domain.policy import Actor
from fieldcase.storage import store_marks
from fieldcase.storage.kdf import KdfParams
from fieldcase.storage.keys import KeyPurpose, subkey
from fieldcase.storage.store import Store
from fieldcase.sync.client import Connections
from fieldcase.sync.steps import Steps

if TYPE_CHECKING:
    from fieldcase.services.enrolment import PendingEnrolment
    from fieldcase.services.store_history import StoreProblem


@dataclass
class Session:
    store: Store
    actor: Actor
    data_key: bytes = field(repr=False)  # needed to add users; dropped at lock
    # The offline lease (services.lease): None when the profile is not enrolled. Set at
    # unlock, renewed by a successful sync; while expired, case services refuse to run.
    lease: LeaseState | None = None
    lease_policy: LeasePolicy = field(default_factory=LeasePolicy)
    # What this unlock found wrong with the store (services.store_history): a damaged log,
    # a store older than its mark. Shown once as a warning; the self-test keeps reporting it.
    store_problems: tuple[StoreProblem, ...] = ()
    # The key-derivation cost the profile was unlocked with (None: this machine's calibrated
    # cost), so a passphrase change re-wraps at the same policy.
    kdf: KdfParams | None = field(default=None, repr=False)
    # An enrolment answer awaiting the person's check of the server key's fingerprint
    # (services.enrolment); it holds the new device key, so it lives here and dies at lock.
    pending_enrolment: PendingEnrolment | None = field(default=None, repr=False)
    # The keep-alive HTTP clients of this unlocked session's syncs (sync.client.Connections),
    # closed at lock.
    connections: Connections = field(default_factory=Connections, repr=False)

    def today(self) -> date:
        return self.store.now().date()

    def now(self) -> datetime:
        return self.store.now()

    def new_id(self) -> str:
        return self.store.ids.new()

    def close(self) -> None:
        """Lock: close the connection (which checkpoints the WAL), seal the store's commit
        count into its mark (``storage.store_marks``: the next unlock notices a store that
        went back in time), and drop the key. The mark is best effort: a full disk or a
        folder gone (an erased profile) leaves the older mark, which only ever under-reports."""
        profile_dir = self.store.connection.path.parent
        commits = self.store.commit_count
        self.store.close()
        if self.data_key and profile_dir.is_dir():
            with contextlib.suppress(OSError):
                store_marks.write_mark(profile_dir, subkey(self.data_key, KeyPurpose.STORE_MARK),
                                       commits)
        self.data_key = b""
        self.pending_enrolment = None
        self.connections.close()


SessionSteps = Steps[Session]
"""Runs a step ``fn(session)`` on the thread that owns the session (``sync.steps``): how a
sync thread reaches the store without holding it."""
