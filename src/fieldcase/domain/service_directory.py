"""The service directory: who a worker at a site can refer a person to, and for what.

A directory file (``assets/services/directory.json`` for the bundled sample) lists services,
each bound to one site, with the assistance types it provides (the case document's
``assistance[].type`` codes), the languages its staff speak, how to reach it, whom it accepts
and when it is open. Referrals name a service by its ``id``, so ids must be unique and stable.

This module only parses and queries: reading the file is the caller's job (the domain does no
I/O). Any problem raises :class:`ServiceDirectoryError` naming the key path, so a broken file
is caught when it is loaded rather than when a worker tries to refer someone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final, NoReturn

from fieldcase.domain.codes import LANGUAGE_CODES, AssistanceType, Sex
from fieldcase.domain.errors import FieldCaseError

FORMAT: Final = "fieldcase-service-directory"
SUPPORTED_VERSIONS: Final = (1,)

CATEGORIES: Final = (
    "shelter",
    "medical",
    "psychosocial",
    "legal_aid",
    "family_tracing",
    "child_protection",
    "safe_transport",
    "anti_trafficking_hotline",
    "basic_needs",
    "cash_assistance",
    "interpretation",
    "other",
)
"""What kind of organisation or programme a service is (for grouping in lists)."""

DAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_SITE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")
_PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()-]{3,30}$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SEXES: Final = tuple(s.value for s in Sex)
_ASSISTANCE: Final = tuple(a.value for a in AssistanceType)


class ServiceDirectoryError(FieldCaseError):
    """A directory file that breaks a rule; ``path`` names the key (``services[3].site``)."""

    kind = "invalid_service_directory"

    def __init__(self, path: str, rule: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.rule = rule
        self.message = message


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Whom a service accepts. ``None`` bounds and ``sexes`` mean "no restriction"."""

    min_age: int | None = None
    max_age: int | None = None
    sexes: tuple[str, ...] | None = None
    notes: str | None = None

    def admits(self, age: int | None, sex: str) -> bool:
        """Whether a person of this age (None: unknown) and sex falls within the rules.

        An unknown age passes age limits: the worker checks in person, and a person of
        unknown age is presumed a child, so a child service must not silently drop them.
        """
        if self.sexes is not None and sex not in self.sexes:
            return False
        if age is None:
            return True
        if self.min_age is not None and age < self.min_age:
            return False
        return self.max_age is None or age <= self.max_age


@dataclass(frozen=True, slots=True)
class OpeningPeriod:
    days: tuple[str, ...]
    opens: str
    closes: str


@dataclass(frozen=True, slots=True)
class ServiceContact:
    phone: str | None = None
    email: str | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True)
class Service:
    id: str
    site: str
    name: str
    category: str
    assistance_types: tuple[str, ...]
    languages: tuple[str, ...]
    contact: ServiceContact
    eligibility: Eligibility
    opening_hours: tuple[OpeningPeriod, ...]
    description: str | None = None
    active: bool = True
    """False once an admin deactivated it on the server: no longer offered for a new referral,
    still named on the referrals that went to it."""

    def to_dict(self) -> dict[str, object]:
        """The service in the directory file's form (``from_dict`` reads it back)."""
        contact = {key: value for key, value in (("phone", self.contact.phone),
                                                 ("email", self.contact.email),
                                                 ("address", self.contact.address))
                   if value is not None}
        rules = self.eligibility
        data: dict[str, object] = {
            "id": self.id, "site": self.site, "name": self.name, "category": self.category,
            "assistance_types": list(self.assistance_types), "languages": list(self.languages),
            "contact": contact,
            "eligibility": {"min_age": rules.min_age, "max_age": rules.max_age,
                            "sexes": None if rules.sexes is None else list(rules.sexes),
                            "notes": rules.notes},
            "opening_hours": [{"days": list(p.days), "opens": p.opens, "closes": p.closes}
                              for p in self.opening_hours],
        }
        if self.description is not None:
            data["description"] = self.description
        if not self.active:
            data["active"] = False
        return data


@dataclass(frozen=True, slots=True)
class ServiceDirectory:
    """All services, in file order, with lookups by id and by site."""

    version: int
    services: tuple[Service, ...]
    synthetic: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ServiceDirectory:
        """Validate a decoded directory file; raises ServiceDirectoryError on the first problem."""
        top = _Obj(data, "")
        top.only(("format", "version", "services"), ("synthetic", "notice"))
        if top.text("format") != FORMAT:
            raise ServiceDirectoryError("format", "format", f"must be {FORMAT!r}")
        version = top.integer("version", low=1)
        if version not in SUPPORTED_VERSIONS:
            raise ServiceDirectoryError("version", "version", f"unsupported version {version}")
        synthetic = top.flag("synthetic")
        top.opt_text("notice")
        services = tuple(
            _service(_Obj(item, f"services[{i}]")) for i, item in enumerate(top.items("services"))
        )
        seen: dict[str, int] = {}
        for i, service in enumerate(services):
            if service.id in seen:
                raise ServiceDirectoryError(
                    f"services[{i}].id", "duplicate_id", f"repeats services[{seen[service.id]}]"
                )
            seen[service.id] = i
        return cls(version=version, services=services, synthetic=synthetic)

    def to_dict(self) -> dict[str, object]:
        """The directory file's form, as ``from_dict`` reads it."""
        data: dict[str, object] = {"format": FORMAT, "version": self.version,
                                   "services": [s.to_dict() for s in self.services]}
        if self.synthetic:
            data["synthetic"] = True
        return data

    def get(self, service_id: str) -> Service | None:
        """The service with this id, or None (a referral may name a since-removed service)."""
        for service in self.services:
            if service.id == service_id:
                return service
        return None

    def sites(self) -> tuple[str, ...]:
        """Site codes that have at least one service, in file order."""
        return tuple(dict.fromkeys(s.site for s in self.services))

    def services_for(
        self, site: str, assistance_type: str | None = None, language: str | None = None
    ) -> tuple[Service, ...]:
        """Services at ``site``, optionally only those giving a type or speaking a language."""
        return tuple(
            s
            for s in self.services
            if s.site == site
            and (assistance_type is None or assistance_type in s.assistance_types)
            and (language is None or language in s.languages)
        )

    def offered_at(self, site: str) -> tuple[Service, ...]:
        """What a worker may pick for a new referral of a case at ``site``: its active
        services, or every active service when the site has none listed."""
        active = tuple(s for s in self.services if s.active)
        return tuple(s for s in active if s.site == site) or active

    def active_ids(self) -> frozenset[str]:
        """The ids a new referral may name (``domain.referral_rules``)."""
        return frozenset(s.id for s in self.services if s.active)


def _service(o: _Obj) -> Service:
    o.only(
        (
            "id",
            "site",
            "name",
            "category",
            "assistance_types",
            "languages",
            "contact",
            "eligibility",
            "opening_hours",
        ),
        ("description", "active"),
    )
    service_id = o.text("id")
    if not _ID_RE.match(service_id):
        o.fail("id", "format", "must be lowercase letters, digits, '.', '_' or '-'")
    site = o.text("site")
    if not _SITE_RE.match(site):
        o.fail("site", "format", "must be a site code such as LAMP-01")
    category = o.text("category")
    if category not in CATEGORIES:
        o.fail("category", "unknown_code", f"unknown category {category!r}")
    types = o.codes("assistance_types", _ASSISTANCE, "assistance type")
    if not types:
        o.fail("assistance_types", "empty", "must list at least one assistance type")
    languages = o.codes("languages", LANGUAGE_CODES, "language code")
    return Service(
        id=service_id,
        site=site,
        name=o.text("name"),
        category=category,
        assistance_types=types,
        languages=languages,
        contact=_contact(o.child("contact")),
        eligibility=_eligibility(o.child("eligibility")),
        opening_hours=tuple(
            _period(_Obj(item, f"{o.path_of('opening_hours')}[{i}]"))
            for i, item in enumerate(o.items("opening_hours"))
        ),
        description=o.opt_text("description"),
        active=o.flag("active", default=True),
    )


def _contact(o: _Obj) -> ServiceContact:
    o.only((), ("phone", "email", "address"))
    phone = o.opt_text("phone")
    if phone is not None and not _PHONE_RE.match(phone):
        o.fail("phone", "format", "must be digits with optional +, spaces, brackets and dashes")
    email = o.opt_text("email")
    if email is not None and not _EMAIL_RE.match(email):
        o.fail("email", "format", "must be an e-mail address")
    return ServiceContact(phone=phone, email=email, address=o.opt_text("address"))


def _eligibility(o: _Obj) -> Eligibility:
    o.only((), ("min_age", "max_age", "sexes", "notes"))
    low = o.opt_integer("min_age")
    high = o.opt_integer("max_age")
    if low is not None and high is not None and low > high:
        o.fail("max_age", "range", "must not be below min_age")
    sexes = o.codes("sexes", _SEXES, "sex") if o.raw("sexes") is not None else None
    if sexes is not None and not sexes:
        o.fail("sexes", "empty", "must list at least one sex, or be null for everyone")
    return Eligibility(min_age=low, max_age=high, sexes=sexes, notes=o.opt_text("notes"))


def _period(o: _Obj) -> OpeningPeriod:
    o.only(("days", "opens", "closes"))
    days = o.codes("days", DAYS, "day")
    if not days:
        o.fail("days", "empty", "must list at least one day")
    opens, closes = o.text("opens"), o.text("closes")
    for key, value in (("opens", opens), ("closes", closes)):
        if not _TIME_RE.match(value):
            o.fail(key, "format", "must be a time HH:MM (24:00 allowed for closing)")
    if opens >= closes:
        o.fail("closes", "range", "must be after opens")
    return OpeningPeriod(days=days, opens=opens, closes=closes)


class _Obj:
    """A JSON object at a key path, with readers that raise ServiceDirectoryError."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, Mapping):
            raise ServiceDirectoryError(path, "type", "must be an object")
        self.value: Mapping[object, object] = value
        self.path = path

    def path_of(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, rule: str, message: str) -> NoReturn:
        raise ServiceDirectoryError(self.path_of(key), rule, message)

    def only(self, required: Sequence[str], optional: Sequence[str] = ()) -> None:
        for key in self.value:
            if not isinstance(key, str) or (key not in required and key not in optional):
                self.fail(str(key), "unknown_key", "unknown key")
        for key in required:
            if key not in self.value:
                self.fail(key, "required", "is required")

    def raw(self, key: str) -> object:
        return self.value.get(key)

    def child(self, key: str) -> _Obj:
        value = self.value.get(key, {})
        return _Obj({} if value is None else value, self.path_of(key))

    def text(self, key: str) -> str:
        value = self.value.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "type", "must be a non-empty string")
        return value.strip()

    def opt_text(self, key: str) -> str | None:
        if self.value.get(key) is None:
            return None
        return self.text(key)

    def integer(self, key: str, low: int) -> int:
        value = self.value.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            self.fail(key, "type", f"must be an integer of at least {low}")
        return value

    def opt_integer(self, key: str) -> int | None:
        if self.value.get(key) is None:
            return None
        return self.integer(key, low=0)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.value.get(key, default)
        if not isinstance(value, bool):
            self.fail(key, "type", "must be true or false")
        return bool(value)

    def items(self, key: str) -> list[object]:
        value = self.value.get(key, [])
        if not isinstance(value, list):
            self.fail(key, "type", "must be a list")
        return value

    def codes(self, key: str, allowed: Collection[str], what: str) -> tuple[str, ...]:
        found: list[str] = []
        for i, item in enumerate(self.items(key)):
            if not isinstance(item, str) or item not in allowed:
                raise ServiceDirectoryError(
                    f"{self.path_of(key)}[{i}]", "unknown_code", f"unknown {what} {item!r}"
                )
            if item not in found:
                found.append(item)
        return tuple(found)


@dataclass(frozen=True, slots=True)
class PublishedDirectory:
    """The directory as the server publishes it to a device (``GET /v1/services``).

    ``version`` is the organisation's directory revision: it grows with every admin change,
    the pull answer carries it, and the device fetches the directory only when it differs
    from the one it holds (docs/sync.md, "Service directory"). ``updated_at``: the last
    change (None when nothing was ever published)."""

    directory: ServiceDirectory
    version: int
    updated_at: datetime | None

    def to_json(self) -> dict[str, object]:
        return {"directory": self.directory.to_dict(), "version": self.version,
                "updated_at": None if self.updated_at is None else self.updated_at.isoformat()}

    @classmethod
    def from_json(cls, value: object) -> PublishedDirectory:
        """Read the wire (or stored) form; ServiceDirectoryError names what is wrong."""
        top = _Obj(value, "")
        top.only(("directory", "version", "updated_at"))
        version = top.integer("version", low=0)
        directory = ServiceDirectory.from_dict(top.child("directory").value)  # type: ignore[arg-type]
        moment = top.opt_text("updated_at")
        try:
            updated_at = None if moment is None else datetime.fromisoformat(moment)
        except ValueError:
            top.fail("updated_at", "format", "must be an ISO 8601 time or null")
        return cls(directory, version, updated_at)


def service_from_dict(data: object) -> Service:
    """One service in the directory file's form, checked (paths name its own keys:
    ``contact.phone``), for an admin adding or changing one service at a time."""
    return _service(_Obj(data, ""))
