"""PostgreSQL transaction-level advisory locks on many keys in one statement.

Used where rows cannot be locked because they may not exist yet: the cases a push merges into
(``sync_state.lock_cases``) and the keys of the attempt limits (``auth_attempts``). Each lock
is ``pg_advisory_xact_lock(space, key)``: held until the transaction ends, so nothing has to
remember to release it. The keys are taken in ascending order in one statement, so two
transactions asking for overlapping sets cannot deadlock, and two keys that happen to be equal
only make their holders wait for each other. SQLite needs none of this: every server
transaction there holds the database's write lock from its first statement.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Final

import sqlalchemy as sa

CASES: Final = 0x46430001
"""Lock space of the cases a push merges into."""
ATTEMPTS: Final = 0x46430002
"""Lock space of the attempt limits' keys."""


def key_of(text: str) -> int:
    """A 32-bit lock key for a text (two texts may share one: they then only wait longer)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big", signed=True)


def lock(conn: sa.Connection, space: int, keys: Iterable[int]) -> None:
    """Take the transaction-level advisory locks ``(space, key)``, waiting for their holders.

    PostgreSQL only; a no-op on other back ends and for no keys."""
    ordered = sorted(set(keys))
    if conn.dialect.name != "postgresql" or not ordered:
        return
    conn.execute(sa.text(
        "SELECT count(pg_advisory_xact_lock(:space, k)) "
        "FROM (SELECT unnest(CAST(:keys AS integer[])) AS k ORDER BY 1) AS sorted_keys"),
        {"space": space, "keys": ordered})
