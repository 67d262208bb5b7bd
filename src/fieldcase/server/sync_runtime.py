"""What the sync endpoints need besides the database: the server key, the clock, randomness and
the policies built on them (request verifier, enroller). One per app, on ``app.state``.

The key is loaded on first use, not when the app is built, so building an app (for the
OpenAPI document, say) never touches the key file. Tests build a runtime around a key and a
clock of their own with :meth:`SyncRuntime.for_keys`.

What can go wrong: the key file is unreadable or not private (``keys_file.KeyFileError``);
the first request that needs the key then fails with 503 and the message says why.
``serve`` loads the key before it listens, so a deployment finds out at start-up instead.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldcase.server.auth import DEFAULT_MAX_SKEW, RequestVerifier
from fieldcase.server.auth_codes import DEFAULT_CODE_TTL, EnrolmentCodes
from fieldcase.server.auth_enrolment import Enroller
from fieldcase.server.auth_keys import ServerKeys
from fieldcase.server.auth_sessions import DEFAULT_SESSION_LIFETIME, SessionIssuer
from fieldcase.server.keys_file import load_or_create_key
from fieldcase.sync.signing import RandomBytes


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class SyncRuntime:
    """Lazily built, then shared by every request of the app (threads included). Nothing in
    it is state another server process would need: the attempt limits are counted in the
    database (``server.auth_attempts``, on ``app.state``)."""

    key_source: Callable[[], ServerKeys]
    now: Callable[[], datetime] = _utc_now
    random_bytes: RandomBytes = os.urandom
    max_skew: timedelta = DEFAULT_MAX_SKEW
    code_ttl: timedelta = DEFAULT_CODE_TTL
    session_lifetime: timedelta = DEFAULT_SESSION_LIFETIME
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _built: tuple[ServerKeys, RequestVerifier, Enroller, SessionIssuer] | None = field(
        default=None, repr=False)
    _started: datetime | None = field(default=None, repr=False)

    @classmethod
    def from_key_file(cls, path: Path) -> SyncRuntime:
        return cls(key_source=lambda: load_or_create_key(path))

    @classmethod
    def for_keys(cls, keys: ServerKeys, **options: object) -> SyncRuntime:
        runtime = cls(key_source=lambda: keys)
        for name, value in options.items():
            if not hasattr(runtime, name) or name.startswith("_"):
                raise TypeError(f"unknown runtime option {name!r}")
            setattr(runtime, name, value)
        return runtime

    def _build(self) -> tuple[ServerKeys, RequestVerifier, Enroller, SessionIssuer]:
        with self._lock:
            if self._built is None:
                keys = self.key_source()
                sessions = SessionIssuer(keys.session_mac_key, self.session_lifetime)
                verifier = RequestVerifier(keys, sessions, max_skew=self.max_skew,
                                           random_bytes=self.random_bytes)
                enroller = Enroller(keys, EnrolmentCodes(keys.code_hash_key, self.code_ttl),
                                    sessions)
                self._built = (keys, verifier, enroller, sessions)
                self._started = self.now()
            return self._built

    @property
    def started(self) -> datetime:
        """When this process began to answer requests (its first use of the runtime, on its
        clock): a SQLite server refuses requests signed in an earlier second
        (``signed_call``, ``signed_before_start``)."""
        self._build()
        assert self._started is not None
        return self._started

    @property
    def keys(self) -> ServerKeys:
        return self._build()[0]

    @property
    def verifier(self) -> RequestVerifier:
        return self._build()[1]

    @property
    def enroller(self) -> Enroller:
        return self._build()[2]

    @property
    def sessions(self) -> SessionIssuer:
        return self._build()[3]
