"""Which device numbers cases under which prefix (``domain.case_numbers``), per organisation.

A device numbers its cases offline as ``FC-<its prefix>-<n>``. The server keeps one prefix per
device, first come first served: registered at enrolment (the request carries it), or with the
first case a device enrolled before this registry creates. A prefix held by one device is
never another's, so a device cannot number a case into a colleague's sequence (the push is
refused, ``server/push_rules.py``); a device whose prefix is already held cannot enrol with it
(``case_number_prefix_taken``).
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from fieldcase.server.db import case_number_prefixes


def claim(conn: sa.Connection, org_id: uuid.UUID, prefix: str, device_id: uuid.UUID) -> bool:
    """Register ``prefix`` for ``device_id`` unless the prefix is taken or the device already
    has another one; True when the prefix is (now) this device's. Two devices claiming the
    same prefix at once: one insert wins, the other finds it taken."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(case_number_prefixes).values(
        org_id=org_id, prefix=prefix, device_id=device_id).on_conflict_do_nothing())
    owner = conn.execute(sa.select(case_number_prefixes.c.device_id).where(
        case_number_prefixes.c.org_id == org_id,
        case_number_prefixes.c.prefix == prefix)).scalar_one_or_none()
    return owner == device_id

