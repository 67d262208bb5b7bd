"""What a mutation changed, so each view decides for itself whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    case_ids: frozenset[str] = field(default_factory=frozenset)
    record_kinds: frozenset[str] = field(default_factory=frozenset)
    users: bool = False

    def __bool__(self) -> bool:
        return bool(self.case_ids or self.record_kinds or self.users)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.case_ids | other.case_ids, self.record_kinds | other.record_kinds,
                       self.users or other.users)
