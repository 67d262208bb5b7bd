"""The organisation's service directory on the server: what admins enter, what devices get.

Admins add, change, deactivate, list and import services (``fieldcase-server services``);
each change is checked by the domain's own rules (``domain.service_directory``: codes,
phone, hours, ages) before a row is written, so a device never receives a directory it would
refuse. A service is never deleted, only deactivated: referrals made to it keep its name and
contact, and new referrals are refused for it (``referral_ids``).

Versions: every change gives the touched rows the organisation's next directory revision
(the organisation's row is locked first, so two admins never hand out the same number); the
largest is the directory's version. The pull answer carries it (``sd``) and the device fetches
``GET /v1/services`` only when it differs from the one it holds, so a no-op sync stays one
request (docs/sync.md, "Service directory").

Scope: a device receives the services of its user's site; an admin's device (no site) the
whole organisation's. The version is the organisation's: a change at another site only costs
a device one fetch that finds nothing new.

Errors are ``AdminError`` (``validation`` naming the key path and rule, ``not_found``,
``duplicate``), as the rest of the administration's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime

import sqlalchemy as sa

from fieldcase import bundled
from fieldcase.domain.service_directory import (
    FORMAT,
    PublishedDirectory,
    Service,
    ServiceDirectory,
    ServiceDirectoryError,
    service_from_dict,
)
from fieldcase.server.admin import AdminError
from fieldcase.server.db import organisations, services, sites

_FIELDS = ("site", "name", "category", "assistance_types", "languages", "contact",
           "opening_hours", "eligibility", "description")


def _checked(data: Mapping[str, object]) -> Service:
    try:
        return service_from_dict(dict(data))
    except ServiceDirectoryError as error:
        raise AdminError("validation", f"{error.path}: {error.message} ({error.rule})") \
            from None


def _row_values(service: Service) -> dict[str, object]:
    data = service.to_dict()
    return {name: data.get(name) for name in _FIELDS}


def _service(row: sa.Row[tuple[object, ...]]) -> Service:
    m = row._mapping
    data = {"id": m["service_id"], **{name: m[name] for name in _FIELDS}}
    if data["description"] is None:
        del data["description"]
    if not m["active"]:
        data["active"] = False
    return service_from_dict(data)


def _next_version(conn: sa.Connection, org_id: uuid.UUID) -> int:
    """Lock the organisation's row (SQLite holds the write lock from BEGIN), then the next
    revision number."""
    conn.execute(sa.select(organisations.c.id).where(
        organisations.c.id == org_id).with_for_update())
    return directory_version(conn, org_id) + 1


def directory_version(conn: sa.Connection, org_id: uuid.UUID) -> int:
    """The organisation's directory revision; 0 while it has no service."""
    found: int | None = conn.execute(sa.select(sa.func.max(services.c.version)).where(
        services.c.org_id == org_id)).scalar_one_or_none()
    return found or 0


def _existing(conn: sa.Connection, org_id: uuid.UUID, service_id: str) -> Service | None:
    row = conn.execute(sa.select(services).where(
        services.c.org_id == org_id, services.c.service_id == service_id)).one_or_none()
    return None if row is None else _service(row)


def add(conn: sa.Connection, org_id: uuid.UUID, data: Mapping[str, object], *,
        now: datetime) -> Service:
    """A new service (``duplicate`` when its id is taken in this organisation)."""
    service = _checked(data)
    if _existing(conn, org_id, service.id) is not None:
        raise AdminError("duplicate", f"id: the organisation already has a service "
                         f"{service.id!r} (change it with 'services update')")
    conn.execute(sa.insert(services).values(
        org_id=org_id, service_id=service.id, **_row_values(service), active=service.active,
        version=_next_version(conn, org_id), updated_at=now))
    return service


def update(conn: sa.Connection, org_id: uuid.UUID, service_id: str,
           changes: Mapping[str, object], *, now: datetime) -> Service:
    """Change some fields of a service (the others keep theirs), checked as a whole.
    ``active`` may be among them (``True`` brings a deactivated service back)."""
    current = _existing(conn, org_id, service_id)
    if current is None:
        raise AdminError("not_found", f"id: no service {service_id!r} in this organisation")
    if not changes:
        raise AdminError("validation", "service: give at least one field to change")
    if "id" in changes and changes["id"] != service_id:
        raise AdminError("validation", "id: a service keeps its id (referrals name it)")
    service = _checked({**current.to_dict(), **changes})
    conn.execute(sa.update(services).where(
        services.c.org_id == org_id, services.c.service_id == service_id).values(
        **_row_values(service), active=service.active, version=_next_version(conn, org_id),
        updated_at=now))
    return service


def deactivate(conn: sa.Connection, org_id: uuid.UUID, service_id: str, *,
               now: datetime) -> bool:
    """No longer offered for new referrals; False when it already was inactive."""
    current = _existing(conn, org_id, service_id)
    if current is None:
        raise AdminError("not_found", f"id: no service {service_id!r} in this organisation")
    if not current.active:
        return False
    update(conn, org_id, service_id, {"active": False}, now=now)
    return True


def import_file(conn: sa.Connection, org_id: uuid.UUID, data: object, *,
                now: datetime) -> tuple[int, int]:
    """Add or change every service of a directory file (the bundled sample's format), all
    or none: the whole file is checked first. (added, changed); services of the
    organisation the file does not list are left as they are."""
    if not isinstance(data, Mapping):
        raise AdminError("validation", "file: must hold a JSON object")
    try:
        directory = ServiceDirectory.from_dict(data)
    except ServiceDirectoryError as error:
        raise AdminError("validation", f"{error.path}: {error.message} ({error.rule})") \
            from None
    version = _next_version(conn, org_id)
    added = changed = 0
    for service in directory.services:
        current = _existing(conn, org_id, service.id)
        if current == service:
            continue
        values = {**_row_values(service), "active": service.active, "version": version,
                  "updated_at": now}
        if current is None:
            conn.execute(sa.insert(services).values(org_id=org_id, service_id=service.id,
                                                    **values))
            added += 1
        else:
            conn.execute(sa.update(services).where(
                services.c.org_id == org_id, services.c.service_id == service.id)
                .values(**values))
            changed += 1
    return added, changed


def listed(conn: sa.Connection, org_id: uuid.UUID, *, site: str | None = None
           ) -> tuple[Service, ...]:
    """The organisation's services (of one site when given), by site then name."""
    query = sa.select(services).where(services.c.org_id == org_id)
    if site is not None:
        query = query.where(services.c.site == site)
    rows = conn.execute(query.order_by(services.c.site, services.c.name, services.c.service_id))
    return tuple(_service(row) for row in rows)


def published(conn: sa.Connection, org_id: uuid.UUID, site_id: uuid.UUID | None
              ) -> PublishedDirectory:
    """The directory a device of this site receives (every site's for no site)."""
    site: str | None = None
    if site_id is not None:
        site = conn.execute(sa.select(sites.c.name).where(sites.c.id == site_id)
                            ).scalar_one_or_none()
    rows = conn.execute(sa.select(services).where(services.c.org_id == org_id)
                        .order_by(services.c.site, services.c.name, services.c.service_id)).all()
    version = max((row.version for row in rows), default=0)
    updated = max((row.updated_at for row in rows), default=None)
    chosen = tuple(_service(row) for row in rows if site is None or row.site == site)
    return PublishedDirectory(ServiceDirectory(1, chosen), version, updated)


def sites_without_teams(conn: sa.Connection, org_id: uuid.UUID,
                        found: Iterable[Service]) -> list[str]:
    """Site codes of ``found`` that no site of the organisation has (yet): no worker's
    laptop receives those services until a team works there (a typo, most often)."""
    known = set(conn.execute(sa.select(sites.c.name).where(sites.c.org_id == org_id))
                .scalars())
    return sorted({s.site for s in found} - known)


def referral_ids(conn: sa.Connection, org_id: uuid.UUID) -> frozenset[str]:
    """The ids a new referral may name, as the device checks them: the organisation's
    active services once it has any, else the bundled sample's."""
    rows = conn.execute(sa.select(services.c.service_id, services.c.active).where(
        services.c.org_id == org_id)).all()
    if not rows:
        return bundled.service_ids()
    return frozenset(row.service_id for row in rows if row.active)


def as_file(found: Iterable[Service]) -> dict[str, object]:
    """Services in the directory file's form (what ``import`` reads back)."""
    return {"format": FORMAT, "version": 1, "services": [s.to_dict() for s in found]}
