"""Exception classes shared by the domain core.

Every error carries a ``kind`` so front ends (UI, CLI, sync) can map it to a plain-language
message and an exit code without parsing text. Messages name the field or rule that failed and
never include case content such as a person's name: they may end up in logs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType


class FieldCaseError(Exception):
    """Base class for every error FieldCase raises on purpose."""

    kind: str = "error"


class ValidationError(FieldCaseError):
    """One rule broken at one place in a case document.

    ``path`` is a JSON-ish path such as ``journey[2].started_on``; ``rule`` is a stable
    machine-readable name (``future_date``, ``unknown_key``...) that tests and clients match on.
    ``message`` is English words for the command line; ``params`` holds the numbers a message
    quotes (``{"max": 200}`` for ``too_long``), so a front end in another language can say the
    same from ``rule`` and ``params`` without parsing English.
    """

    kind = "validation"

    def __init__(self, path: str, rule: str, message: str,
                 params: Mapping[str, int | str] | None = None) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.rule = rule
        self.message = message
        self.params: Mapping[str, int | str] = MappingProxyType(dict(params or {}))

    def __repr__(self) -> str:
        return f"ValidationError({self.path!r}, {self.rule!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ValidationError):
            return NotImplemented
        return (self.path, self.rule, self.message) == (other.path, other.rule, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.rule, self.message))


class ValidationErrors(FieldCaseError):
    """All the rules a document broke, so the CLI can print every problem in one go."""

    kind = "validation"

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        self.errors: tuple[ValidationError, ...] = tuple(errors)
        if not self.errors:
            raise ValueError("ValidationErrors needs at least one error")
        super().__init__("\n".join(str(e) for e in self.errors))

    def rules(self) -> set[tuple[str, str]]:
        """The (path, rule) pairs, handy for assertions and for highlighting form fields."""
        return {(e.path, e.rule) for e in self.errors}


class WorkflowError(FieldCaseError):
    """A case status transition that the workflow does not allow from the current status."""

    kind = "workflow"


class PermissionDenied(FieldCaseError):
    """The actor's role or relation to the case does not allow the action."""

    kind = "permission"


class ClockDriftError(FieldCaseError):
    """A remote hybrid-logical-clock stamp is too far ahead of this device's wall clock.

    Accepting it would drag every later local stamp into the future, so sync refuses and tells
    the user that one of the two clocks is wrong. ``drift_ms`` says by how much.
    """

    kind = "clock_drift"

    def __init__(self, drift_ms: int, max_drift_ms: int) -> None:
        self.drift_ms = drift_ms
        self.max_drift_ms = max_drift_ms
        super().__init__(
            f"remote clock is {_human_duration(drift_ms)} ahead of this device "
            f"(more than the {_human_duration(max_drift_ms)} allowed); "
            "check this device's date, time and time zone"
        )


def _human_duration(ms: int) -> str:
    seconds = ms // 1000
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{days} d"] if days else []
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if secs or not parts:
        parts.append(f"{secs} s")
    return " ".join(parts)
