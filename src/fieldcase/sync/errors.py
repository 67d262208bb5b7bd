"""Why a sync did not finish, as a kind the UI and the command line map to words and actions.

Kinds (Anki's ``SyncErrorKind`` idea): the message says what to do; the kind says how to
show it. Whatever the kind, nothing committed locally is lost: the outbox keeps every change
not yet acknowledged and the pull cursor only moves with the data it concerns, so running the
sync again is always safe.

- ``offline``: the server could not be reached (after retries), or it timed out;
- ``auth``: the server refused this device's credentials (unknown device, bad signature,
  session expired or not this device's): sign in again or re-enrol;
- ``clock``: this device's clock is too far from the server's (``skew_seconds``, device minus
  server), or a remote stamp is too far ahead of it;
- ``revoked``: the server revoked this device; ``erased`` says whether a genuine wipe was
  carried out, ``wipe_rejected`` why a wipe was ignored (a forged wipe is a sign of attack);
- ``server``: the server failed (5xx after retries, or a refusal the client cannot act on);
- ``protocol``: an answer that does not follow the wire format, or a request it refused;
- ``cancelled``: the person (or the app closing) cancelled;
- ``store_rolled_back``: the server acknowledged a change from this device that its store no
  longer knows (a log lost after a crash, an older copy of the store put back): the sync stops
  before anything is pushed (``sync.acknowledgements``). Here a retry does not help, and
  something *was* lost on this laptop, though the server holds what it acknowledged.

``EnrolmentError`` (a refused enrolment or sign-in code) lives here too, beside ``SyncError``,
so the UI's messages can name both without loading the enrolment protocol and its crypto.
"""

from __future__ import annotations

from enum import StrEnum

from fieldcase.domain.errors import FieldCaseError

RETRY_IS_SAFE = "nothing was lost; running the sync again is safe"


SESSION_REFUSED = frozenset({"session_expired", "invalid_session", "session_device_mismatch"})
"""Server kinds that a sign-in cures (a new session), unlike a key or device problem."""


class SyncErrorKind(StrEnum):
    OFFLINE = "offline"
    AUTH = "auth"
    CLOCK = "clock"
    REVOKED = "revoked"
    SERVER = "server"
    PROTOCOL = "protocol"
    CANCELLED = "cancelled"
    STORE_ROLLED_BACK = "store_rolled_back"


class SyncError(FieldCaseError):
    """A sync that stopped; ``kind`` is a :class:`SyncErrorKind`. Messages name the problem
    and never hold case content, so they may be logged and shown."""

    def __init__(self, kind: SyncErrorKind, message: str, *, status: int | None = None,
                 server_kind: str | None = None, skew_seconds: int | None = None,
                 wipe: bytes | None = None, erased: bool = False,
                 wipe_rejected: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind.value
        self.error_kind = kind
        self.message = message
        self.status = status
        self.server_kind = server_kind
        self.skew_seconds = skew_seconds
        self.wipe = wipe
        self.erased = erased
        self.wipe_rejected = wipe_rejected

    def __repr__(self) -> str:
        return f"SyncError({self.kind!r}, {self.message!r})"


class EnrolmentError(FieldCaseError):
    """Enrolment refused. ``kind`` is one of: malformed_code, unknown, expired, used,
    rate_limited, malformed_request, bad_proof, case_number_prefix_taken, bad_response,
    bad_server_signature, key_mismatch, fingerprint_mismatch. ``retry_after_seconds`` is set
    for rate_limited."""

    def __init__(self, kind: str, message: str, *, retry_after_seconds: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.retry_after_seconds = retry_after_seconds
