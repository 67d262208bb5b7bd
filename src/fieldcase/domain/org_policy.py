"""The organisation's security policy as the server publishes it and the device applies it.

An admin sets it on the server (``fieldcase-server org policy``); devices fetch it with a
signed ``GET /v1/policy`` and keep it in their encrypted store. The rules live here, in the
domain, because both ends must agree on them: the server refuses to store a value outside its
range and the device refuses to apply one (``PolicyError`` names the field and the rule).

- ``max_offline_days`` / ``warn_days``: the offline lease (``domain.lease``).
- ``auto_lock_minutes``: idle time before the desktop app locks itself.
- ``sync_interval_minutes``: the periodic background sync while the app is unlocked.
- ``retention_months_after_closure``: how long a closed, synced case stays on a laptop after
  its closure before ``services.retention`` forgets it there (None: kept; docs/security.md,
  "Retention"). Optional on the wire: a server older than this field sends none, which reads
  as None (keep), so an old server never makes a laptop forget anything.
- ``duress`` / ``quick_wipe``: ``"user"`` (each person decides, the default),
  ``"on"`` (required: everyone sets a duress passphrase; quick wipe is always offered) or
  ``"off"`` (forbidden: no duress passphrase is set and an existing one is removed; quick wipe
  is not offered). Optional on the wire: an older server sends none, which reads as
  ``"user"`` (docs/security.md, "Duress and quick wipe").

Decision (docs/security.md, "Organisation policy"): any value inside the ranges below is
accepted from the authenticated server, looser or stricter than the built-in default: the
policy is the organisation's decision, and the ranges are the safety net (a device never stays
unlocked more than an hour of idleness, never works more than 90 days offline). A value outside
them is refused as a whole, never clamped: the device keeps the policy it had.

What can go wrong: a newer server may send fields this version does not know; they are ignored
(they cannot loosen anything this version enforces). A missing or mistyped known field refuses
the whole answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from typing import Final

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.lease import LeasePolicy

RANGES: Final[Mapping[str, tuple[int, int]]] = {
    "max_offline_days": (1, 90),
    "warn_days": (0, 30),
    "auto_lock_minutes": (1, 60),
    "sync_interval_minutes": (5, 1440),
}
"""Inclusive bounds per field; ``warn_days`` must also stay below ``max_offline_days``."""
RETENTION_RANGE: Final = (1, 120)
"""Inclusive bounds of ``retention_months_after_closure`` when set (None: keep)."""
SWITCH_FIELDS: Final = ("duress", "quick_wipe")
SWITCH_CHOICES: Final = ("user", "on", "off")
"""Who decides a protection: each person (``user``), or the organisation (``on``: required,
``off``: forbidden)."""
POLICY_FIELDS: Final = (*RANGES, "retention_months_after_closure", *SWITCH_FIELDS)
PolicyValue = int | str | None


class PolicyError(ValidationError):
    """A policy value outside its rule: ``path`` is the field, ``rule`` one of
    ``not_an_integer``, ``out_of_range``, ``not_below_max_offline_days``, ``missing``,
    ``not_a_choice``,
    ``unknown_field`` (admin input only) or ``malformed``."""


@dataclass(frozen=True, slots=True)
class OrgPolicy:
    """The defaults are the built-in ones a device uses until it has fetched a policy."""

    max_offline_days: int = 14
    warn_days: int = 3
    auto_lock_minutes: int = 5
    sync_interval_minutes: int = 15
    retention_months_after_closure: int | None = None
    duress: str = "user"
    quick_wipe: str = "user"

    def __post_init__(self) -> None:
        for name in SWITCH_FIELDS:
            if getattr(self, name) not in SWITCH_CHOICES:
                raise PolicyError(name, "not_a_choice", "must be user, on or off")
        for name, (low, high) in RANGES.items():
            _check_range(name, getattr(self, name), low, high)
        if self.retention_months_after_closure is not None:
            _check_range("retention_months_after_closure",
                         self.retention_months_after_closure, *RETENTION_RANGE)
        if self.warn_days >= self.max_offline_days:
            raise PolicyError("warn_days", "not_below_max_offline_days",
                              "must be less than max_offline_days")

    def lease_policy(self) -> LeasePolicy:
        return LeasePolicy(max_offline_days=self.max_offline_days, warn_days=self.warn_days)

    def with_changes(self, changes: Mapping[str, PolicyValue]) -> OrgPolicy:
        """A copy with some fields changed (validated as a whole); unknown names refused."""
        for name in changes:
            if name not in POLICY_FIELDS:
                raise PolicyError(name, "unknown_field", "is not a policy field")
        return replace(self, **changes)  # type: ignore[arg-type]  # checked as a whole

    def to_json(self) -> dict[str, PolicyValue]:
        return asdict(self)

    @classmethod
    def from_json(cls, value: object) -> OrgPolicy:
        """Read the wire form leniently about extra fields, strictly about known ones."""
        if not isinstance(value, Mapping):
            raise PolicyError("policy", "malformed", "must be an object")
        known: dict[str, PolicyValue] = {}
        for field in fields(cls):
            if field.name == "retention_months_after_closure":  # optional: older servers
                known[field.name] = value.get(field.name)
                continue
            if field.name in SWITCH_FIELDS:  # optional: older servers, the person decides
                known[field.name] = value.get(field.name, "user")
                continue
            if field.name not in value:
                raise PolicyError(field.name, "missing", "is required")
            known[field.name] = value[field.name]
        return cls(**known)  # type: ignore[arg-type]  # checked by __post_init__


def _check_range(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyError(name, "not_an_integer", "must be a whole number")
    if not low <= value <= high:
        raise PolicyError(name, "out_of_range", f"must be between {low} and {high}",
                          {"low": low, "high": high})


@dataclass(frozen=True, slots=True)
class PublishedPolicy:
    """A policy as published: ``version`` counts the admin's changes (0: never set, so the
    defaults); ``updated_at`` is when it last changed (None for the defaults)."""

    policy: OrgPolicy
    version: int
    updated_at: datetime | None

    def to_json(self) -> dict[str, object]:
        return {"policy": self.policy.to_json(), "version": self.version,
                "updated_at": None if self.updated_at is None else self.updated_at.isoformat()}

    @classmethod
    def from_json(cls, value: object) -> PublishedPolicy:
        if not isinstance(value, Mapping):
            raise PolicyError("", "malformed", "the policy answer must be an object")
        version = value.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            raise PolicyError("version", "malformed", "must be a whole number, 0 or more")
        return cls(OrgPolicy.from_json(value.get("policy")), version,
                   _moment(value.get("updated_at")))


def _moment(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise PolicyError("updated_at", "malformed", "must be an ISO 8601 time or null")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise PolicyError("updated_at", "malformed", "must be an ISO 8601 time or null") \
            from None
    if moment.tzinfo is None:
        raise PolicyError("updated_at", "malformed", "must carry its time zone")
    return moment
