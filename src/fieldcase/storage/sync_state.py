"""What sync keeps on the device, all inside the encrypted store: the enrolment (device id,
device private key, pinned server key, session), progress (pull cursor, last successful sync),
the outbox as merge changes, a count of refused changes (``storage.refusals`` keeps them), and
open conflicts.

Every write here is meant to run inside the caller's ``store.atomic()`` together with the data
it concerns: an acknowledgement is removed from the outbox in the same transaction that records
it, and the pull cursor moves in the same transaction that applies its page. A crash between
two transactions therefore repeats work (harmless: changes are idempotent by id) and never
skips any.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fieldcase.domain.hlc import Stamp
from fieldcase.domain.merge import Change, Conflict, FieldEdit, MergeError
from fieldcase.storage.record_state import conflict_from_json, conflict_to_json
from fieldcase.storage.store import Store, dumps

_ENROLMENT_KEYS = ("server_url", "device_id", "user_id", "device_private_key",
                   "server_public_key", "session_token", "session_expires_at", "enrolled_at",
                   "enrolled_by")


@dataclass(frozen=True)
class StoredEnrolment:
    """The device's enrolment as stored. Secrets are left out of ``repr``."""

    server_url: str
    device_id: str
    user_id: str
    device_private_key: bytes = field(repr=False)
    server_public_key: bytes
    session_token: str = field(repr=False)
    session_expires_at: datetime
    enrolled_at: datetime
    enrolled_by: str


def _get(store: Store, key: str) -> str | None:
    row = store.raw.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set(store: Store, key: str, value: str) -> None:
    store.raw.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                      (key, value))


def save_enrolment(store: Store, enrolment: StoredEnrolment) -> None:
    """Keep the enrolment (call inside atomic()); the pull starts from the beginning."""
    values = {
        "server_url": enrolment.server_url, "device_id": enrolment.device_id,
        "user_id": enrolment.user_id,
        "device_private_key": base64.b64encode(enrolment.device_private_key).decode(),
        "server_public_key": base64.b64encode(enrolment.server_public_key).decode(),
        "session_token": enrolment.session_token,
        "session_expires_at": enrolment.session_expires_at.isoformat(),
        "enrolled_at": enrolment.enrolled_at.isoformat(), "enrolled_by": enrolment.enrolled_by,
    }
    for key in _ENROLMENT_KEYS:
        _set(store, key, values[key])
    _set(store, "pull_cursor", "")
    _set(store, _LAST_ACKNOWLEDGED, "")
    store.raw.execute("DELETE FROM user_sessions")  # an earlier enrolment's sessions
    save_user_session(store, enrolment.enrolled_by, enrolment.session_token,
                      enrolment.session_expires_at)


def load_enrolment(store: Store) -> StoredEnrolment | None:
    """The stored enrolment, or None before enrolment. One query: every sync reads it (and
    the lease reads it again), so it is kept to one statement on the store."""
    marks = ",".join("?" * len(_ENROLMENT_KEYS))
    text: dict[str, str] = {str(key): str(value) for key, value in store.raw.execute(
        f"SELECT key, value FROM sync_state WHERE key IN ({marks})",  # noqa: S608
        _ENROLMENT_KEYS)}
    if len(text) != len(_ENROLMENT_KEYS):
        return None
    return StoredEnrolment(
        server_url=text["server_url"], device_id=text["device_id"], user_id=text["user_id"],
        device_private_key=base64.b64decode(text["device_private_key"]),
        server_public_key=base64.b64decode(text["server_public_key"]),
        session_token=text["session_token"],
        session_expires_at=datetime.fromisoformat(text["session_expires_at"]),
        enrolled_at=datetime.fromisoformat(text["enrolled_at"]),
        enrolled_by=text["enrolled_by"])


def save_session(store: Store, token: str, expires_at: datetime | None) -> None:
    """The laptop's session (for what belongs to no one person: a pull, the policy, the
    attachment files), renewed or from the latest sign-in; call inside atomic()."""
    _set(store, "session_token", token)
    if expires_at is not None:
        _set(store, "session_expires_at", expires_at.isoformat())


# -- a server session per local user (a shared laptop) ------------------------------------------

def save_user_session(store: Store, user: str, token: str, expires_at: datetime) -> None:
    """``user``'s own session (from their sign-in, or the enrolment they made): their changes
    are pushed under it. Call inside atomic()."""
    store.raw.execute("INSERT OR REPLACE INTO user_sessions (user_name, token, expires_at) "
                      "VALUES (?, ?, ?)", (user, token, expires_at.isoformat()))


def person_sessions(store: Store, now: datetime) -> dict[str, str]:
    """Local user name -> session token, for the users whose session has not expired by this
    laptop's clock (the server judges expiry again; this only saves a refused request)."""
    return {str(user): str(token) for user, token, expires in store.raw.execute(
        "SELECT user_name, token, expires_at FROM user_sessions")
        if datetime.fromisoformat(expires) > now}


def has_user_session(store: Store, user: str, now: datetime) -> bool:
    return user in person_sessions(store, now)


def forget_user_session(store: Store, user: str, token: str) -> None:
    """Drop a session the server refused (ended, replaced or expired): ``user``'s changes wait
    until they sign in again. Only that token: a newer sign-in meanwhile is kept."""
    with store.atomic():
        store.raw.execute("DELETE FROM user_sessions WHERE user_name = ? AND token = ?",
                          (user, token))


def renew_sessions(store: Store, renewed: Mapping[str, tuple[str, datetime | None]]) -> None:
    """Tokens the server renewed in a round (old -> new and its expiry), wherever the old one
    is kept: a user's session, the laptop's, or both."""
    device_token = _get(store, "session_token")
    with store.atomic():
        for old, (new, expires_at) in renewed.items():
            if expires_at is not None:
                store.raw.execute("UPDATE user_sessions SET token = ?, expires_at = ? "
                                  "WHERE token = ?", (new, expires_at.isoformat(), old))
            if old == device_token:
                save_session(store, new, expires_at)


def waiting_for_sign_in(store: Store, now: datetime) -> list[tuple[str, int]]:
    """(local user, number of changes) for each user whose outbox changes wait for them to
    sign in (no session, or an expired one), by name."""
    signed_in = person_sessions(store, now)
    return [(str(author), int(count)) for author, count in store.raw.execute(
        "SELECT author, count(*) FROM outbox GROUP BY author ORDER BY author")
        if author not in signed_in]


FRESH_STORE_KEY = "fresh_store"
"""Set in a store built by travel mode (``storage.fresh_store``): its pulls from the empty
cursor ask the server to send every case whole (``PullRequest.fresh``)."""


def is_fresh_store(store: Store) -> bool:
    return _get(store, FRESH_STORE_KEY) == "1"


def pull_cursor(store: Store) -> str:
    return _get(store, "pull_cursor") or ""


def set_pull_cursor(store: Store, cursor: str) -> None:
    _set(store, "pull_cursor", cursor)


_LAST_ACKNOWLEDGED = "last_acknowledged"


def last_acknowledged(store: Store) -> str:
    """The change id the server last acknowledged to this device, as this store recorded it
    ("" before the first: sync.acknowledgements)."""
    return _get(store, _LAST_ACKNOWLEDGED) or ""


def set_last_acknowledged(store: Store, change_id: str) -> None:
    _set(store, _LAST_ACKNOWLEDGED, change_id)


def last_successful_sync(store: Store) -> datetime | None:
    value = _get(store, "last_successful_sync")
    return None if value is None else datetime.fromisoformat(value)


def set_last_successful_sync(store: Store, moment: datetime) -> None:
    _set(store, "last_successful_sync", moment.isoformat())


@contextmanager
def without_fsync(store: Store) -> Iterator[None]:
    """The transactions opened inside commit with ``synchronous=NORMAL`` (the write-ahead log
    is written, not synced), and the store is back to ``FULL`` after; call outside any
    transaction (SQLite refuses to change it inside one).

    For the transaction that records a successful sync and nothing a person made (the sync
    time, the sync's own audit event, the audit mark, the lease's latest-seen time): what a
    power cut can take from it makes the laptop believe it synced earlier, the conservative
    direction for the offline lease, and the next sync writes it again (docs/sync.md, "The
    offline lease"). A crash of the app loses nothing (the log is written), the store stays
    consistent (WAL), and the next commit with ``FULL`` syncs it along with its own.
    The sync's audit event is never the last one sent to the server: a sync's own records wait
    for a later event (``storage.audit.unsent``), whose commit is synced."""
    store.raw.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        store.raw.execute("PRAGMA synchronous = FULL")


# -- the outbox as merge changes ----------------------------------------------------------------

@dataclass(frozen=True)
class OutboxEntry:
    """One outbox row: its change, or why the row cannot be read as one (``problem``);
    ``case_id`` either way, so a refusal can name the case it touched."""

    seq: int
    change_id: str
    change: Change | None
    problem: str | None = None
    case_id: str = ""


OUTBOX_COLUMNS = ("change_id, case_id, record_id, kind, op, fields, base, supersedes, hlc, "
                  "author")
_OUTBOX_COLUMNS = f"seq, {OUTBOX_COLUMNS}"


def pending(store: Store, *, after: int, limit: int) -> list[OutboxEntry]:
    """Up to ``limit`` outbox rows with ``seq > after``, oldest first.

    The limit is written into the statement as an integer literal: bound as a parameter it
    cost about 0.1 ms on every call (measured on SQLCipher 4.19), against 6 us, and every
    sync asks once even when the outbox is empty."""
    rows = store.raw.execute(
        f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE seq > ? "  # noqa: S608
        f"ORDER BY seq LIMIT {int(limit)}", (after,)).fetchall()
    return [read_entry(row) for row in rows]


def outbox_size(store: Store) -> int:
    return int(store.raw.execute("SELECT count(*) FROM outbox").fetchone()[0])


def in_outbox(store: Store, change_id: str) -> bool:
    return store.raw.execute("SELECT 1 FROM outbox WHERE change_id = ?",
                             (change_id,)).fetchone() is not None


def read_entry(row: Sequence[Any]) -> OutboxEntry:
    """An outbox row (``seq`` and then the columns of ``OUTBOX_COLUMNS``) as a change; a
    refusal row read with the same columns reads the same way."""
    seq, change_id, case_id, record_id, kind, op, fields, base, supersedes, hlc, author = row
    try:
        values: dict[str, Any] = json.loads(fields)
        bases: dict[str, Any] = json.loads(base)
        edits = {name: FieldEdit(value, tuple(Stamp.decode(s) for s in _base_list(bases, name)))
                 for name, value in values.items()} if op == "upsert" else {}
        change = Change(change_id, case_id, record_id, kind, op, Stamp.decode(hlc), author,
                        edits, tuple(Stamp.decode(s) for s in json.loads(supersedes)))
    except (MergeError, ValueError, TypeError) as error:
        rule = error.rule if isinstance(error, MergeError) else "unreadable"
        return OutboxEntry(seq, change_id, None, rule, case_id=str(case_id))
    return OutboxEntry(seq, change_id, change, case_id=str(case_id))


def _base_list(bases: dict[str, Any], name: str) -> list[str]:
    value = bases.get(name)
    if value is None:
        return []
    if isinstance(value, str):  # a version-4 row written before migration 5 ran
        return [value.partition("|")[0]]
    return [str(v) for v in value]


def acknowledge(store: Store, change_ids: Iterable[str]) -> int:
    """Drop acknowledged changes from the outbox; returns how many rows went."""
    removed = 0
    for change_id in change_ids:
        removed += store.raw.execute("DELETE FROM outbox WHERE change_id = ?",
                                     (change_id,)).rowcount
    return removed


@dataclass(frozen=True)
class QuarantinedChange:
    """A refused change in short (``storage.refusals`` holds it whole)."""

    change_id: str
    case_id: str
    record_id: str
    kind: str
    op: str
    reason: str
    quarantined_at: str


def quarantined(store: Store) -> list[QuarantinedChange]:
    """The changes the server refused that the device still keeps (``storage.refusals``)."""
    rows = store.raw.execute(
        """SELECT change_id, case_id, record_id, kind, op, reason, refused_at
           FROM refusals ORDER BY refused_at, change_id""").fetchall()
    return [QuarantinedChange(*row) for row in rows]


def refused_count(store: Store) -> int:
    return int(store.raw.execute("SELECT count(*) FROM refusals").fetchone()[0])


def forget_case(store: Store, case_id: str) -> None:
    """Drop everything sync holds about one case (a purge or a case leaving scope)."""
    for table in ("outbox", "refusals", "conflicts", "tombstones"):
        store.raw.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))  # noqa: S608


def forget_record(store: Store, case_id: str, record_id: str) -> None:
    """Drop what sync holds about one erased record: its unsent and refused changes."""
    for table in ("outbox", "refusals", "tombstones"):
        store.raw.execute(f"DELETE FROM {table} WHERE case_id = ? AND record_id = ?",  # noqa: S608
                          (case_id, record_id))


# -- open conflicts -----------------------------------------------------------------------------

def replace_conflicts(store: Store, case_id: str, conflicts: Sequence[Conflict]) -> None:
    """Make the stored open conflicts of ``case_id`` exactly ``conflicts``."""
    store.raw.execute("DELETE FROM conflicts WHERE case_id = ?", (case_id,))
    add_conflicts(store, [(case_id, c) for c in conflicts])


def replace_record_conflicts(store: Store, case_id: str, record_ids: Sequence[str],
                             conflicts: Sequence[Conflict]) -> None:
    """Make the stored open conflicts of these records of ``case_id`` exactly ``conflicts``
    (the case's other records keep theirs)."""
    marks = ",".join("?" * len(record_ids))
    store.raw.execute(
        f"DELETE FROM conflicts WHERE case_id = ? AND record_id IN ({marks})",  # noqa: S608
        (case_id, *record_ids))
    add_conflicts(store, [(case_id, c) for c in conflicts])


def add_conflicts(store: Store, conflicts: Iterable[tuple[str, Conflict]]) -> None:
    """Store open conflicts ``(case_id, conflict)`` of cases that have none stored yet, with
    one statement (a pull page's new cases)."""
    store.raw.executemany(
        "INSERT INTO conflicts (conflict_id, case_id, record_id, body) VALUES (?, ?, ?, ?)",
        [(c.conflict_id, case_id, c.record_id, dumps(conflict_to_json(c)))
         for case_id, c in conflicts])


def conflict_count(store: Store) -> int:
    """How many open conflicts the device holds (without reading them)."""
    return int(store.raw.execute("SELECT count(*) FROM conflicts").fetchone()[0])


def has_conflicts(store: Store, case_id: str) -> bool:
    row = store.raw.execute("SELECT 1 FROM conflicts WHERE case_id = ? LIMIT 1",
                            (case_id,)).fetchone()
    return row is not None


def open_conflicts(store: Store, case_id: str | None = None) -> list[Conflict]:
    """Open conflicts of one case, or of every case on the device (by case, then record)."""
    if case_id is None:
        rows = store.raw.execute(
            "SELECT body FROM conflicts ORDER BY case_id, record_id, conflict_id").fetchall()
    else:
        rows = store.raw.execute(
            "SELECT body FROM conflicts WHERE case_id = ? ORDER BY record_id, conflict_id",
            (case_id,)).fetchall()
    return [conflict_from_json(json.loads(row[0])) for row in rows]


def find_conflict(store: Store, conflict_id: str) -> Conflict | None:
    row = store.raw.execute("SELECT body FROM conflicts WHERE conflict_id = ?",
                            (conflict_id,)).fetchone()
    return None if row is None else conflict_from_json(json.loads(row[0]))
