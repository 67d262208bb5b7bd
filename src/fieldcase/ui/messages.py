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
                          "session_closed", "clock_drift"})

_FIXED_MESSAGES = {
    "not_found": "That case is not on this device. It may have been erased, or not synced yet.",
    "storage_full": "The disk is full, so nothing was saved. Free some space and try again.",
    "corrupt": "The case store is damaged. Do not delete anything; contact your administrator.",
    "migration": "The case store could not be upgraded. Contact your administrator.",
}


def describe(error: BaseException) -> OperationError:
    """The kind and the message to show for ``error``."""
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
