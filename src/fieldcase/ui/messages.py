"""Turn any error from a service into words a field worker can act on.

Every FieldCase error carries a ``kind``; this module maps kinds to plain-language messages so
no stack trace or internal detail reaches the screen. Messages of the project's own errors are
written to be shown (they name a field or a rule, never case content). The text of an
*unexpected* exception is never shown or logged, because it might quote data: only its type
name is, so an administrator can still tell one failure from another.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from fieldcase.domain.errors import FieldCaseError
from fieldcase.services.sync import SyncError, SyncErrorKind
from fieldcase.sync.signing import describe_skew

log = logging.getLogger(__name__)


class SessionClosed(FieldCaseError):
    """A call reached the runner while no profile was unlocked (after a lock, for example)."""

    kind = "session_closed"

    def __init__(self) -> None:
        super().__init__("FieldCase is locked. Unlock it to continue.")


@dataclass(frozen=True)
class OperationError:
    """What the UI shows when an operation fails."""

    kind: str
    message: str
    retry_after_seconds: float = 0.0


# Kinds whose own message is written for the user (see fieldcase.domain.errors and the
# services' error classes): shown as they are.
_SHOWN_AS_IS = frozenset({"locked", "throttled", "validation", "workflow", "permission",
                          "session_closed", "clock_drift", "lease_expired"})

_FIXED_MESSAGES = {
    "not_found": "That case is not on this device. It may have been erased, or not synced yet.",
    "storage_full": "The disk is full, so nothing was saved. Free some space and try again.",
    "corrupt": "The case store is damaged. Do not delete anything; contact your administrator.",
    "migration": "The case store could not be upgraded. Contact your administrator.",
}


KEPT = "Your changes are kept on this laptop"

_SYNC_MESSAGES = {
    SyncErrorKind.OFFLINE: f"No connection. {KEPT}; sync again later.",
    SyncErrorKind.AUTH: "The server did not accept this laptop's sign-in. "
                        f"{KEPT}; ask your administrator to enrol it again.",
    SyncErrorKind.SERVER: f"The server had a problem. {KEPT}; sync again later.",
    SyncErrorKind.PROTOCOL: "The server's answer could not be understood. "
                            f"{KEPT}; tell your administrator if this keeps happening.",
    SyncErrorKind.CANCELLED: "Sync cancelled. Nothing was lost.",
    SyncErrorKind.STORE_ROLLED_BACK: (
        "This laptop's cases are older than what it already sent to the server: changes "
        "made here before are missing on this laptop (the server still has them). Nothing "
        "was sent. Stop working on this laptop's cases and tell your administrator."),
}

ERASED_MESSAGE = ("Your organisation revoked this laptop, so it has erased its cases. Set it "
                  "up again only if your administrator asks you to.")
WIPE_IGNORED_MESSAGE = ("The server says this laptop is revoked, but the erase instruction did "
                        "not check out, so nothing was erased. Tell your administrator now.")


def describe_sync_error(error: SyncError) -> OperationError:
    """A sync failure in words; kind ``erased`` when a genuine wipe erased the profile (the
    app goes back to its first-run screen)."""
    kind = error.error_kind
    if kind is SyncErrorKind.REVOKED:
        if error.erased:
            return OperationError("erased", ERASED_MESSAGE)
        return OperationError(kind.value, WIPE_IGNORED_MESSAGE)
    if kind is SyncErrorKind.CLOCK:
        if error.skew_seconds is None:
            text = ("This laptop's clock does not agree with the server's. Set the date and "
                    "time, then sync again.")
        else:
            text = (f"This laptop's clock is {describe_skew(error.skew_seconds)} the "
                    "server's. Set the date and time, then sync again.")
        return OperationError(kind.value, f"{text} {KEPT}.")
    return OperationError(kind.value, _SYNC_MESSAGES[kind])


def describe(error: BaseException) -> OperationError:
    """The kind and the message to show for ``error``."""
    if isinstance(error, SyncError):
        return describe_sync_error(error)
    kind = getattr(error, "kind", None)
    retry_after = float(getattr(error, "retry_after_seconds", 0.0) or 0.0)
    if isinstance(kind, str) and kind in _SHOWN_AS_IS:
        return OperationError(kind, str(error), retry_after)
    if isinstance(kind, str) and kind in _FIXED_MESSAGES:
        return OperationError(kind, _FIXED_MESSAGES[kind])
    if isinstance(error, FieldCaseError):
        return OperationError(error.kind, str(error))
    name = type(error).__name__
    log.error("operation failed with an unexpected %s", name)
    return OperationError(
        "internal",
        f"Something went wrong ({name}). Try again; if it keeps happening, tell your "
        "administrator.")
