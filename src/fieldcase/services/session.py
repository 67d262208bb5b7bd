"""An unlocked profile in use: the store, who is working, and what day it is.

Services take a ``Session`` instead of reaching for globals, so the UI, the command line and
the tests drive the same code with their own clock and user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from fieldcase.domain.lease import LeasePolicy, LeaseState
from fieldcase.domain.policy import Actor
from fieldcase.storage.store import Store
from fieldcase.sync.steps import Steps


@dataclass
class Session:
    store: Store
    actor: Actor
    data_key: bytes = field(repr=False)  # needed to add users; dropped at lock
    # The offline lease (services.lease): None when the profile is not enrolled. Set at
    # unlock, renewed by a successful sync; while expired, case services refuse to run.
    lease: LeaseState | None = None
    lease_policy: LeasePolicy = field(default_factory=LeasePolicy)

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


SessionSteps = Steps[Session]
"""Runs a step ``fn(session)`` on the thread that owns the session (``sync.steps``): how a
sync thread reaches the store without holding it."""
