"""The server's database: SQLAlchemy Core tables and engine creation.

One schema serves both back ends: PostgreSQL in production (``postgresql+psycopg://``) and an
embedded SQLite file as the zero-set-up default. The tables are created and changed only by
the Alembic migrations in ``fieldcase.server.migrations`` (a test checks that those migrations
and :data:`metadata` agree), never by ``metadata.create_all``.

Nothing here keeps state in the process: several server processes can share one PostgreSQL.

What can go wrong:

- SQLite has one writer. Every SQLite transaction starts with ``BEGIN IMMEDIATE`` so that two
  processes never both read and then both try to write (which SQLite answers with an
  immediate "database is locked" instead of waiting); waits are bounded by ``busy_timeout``.
  Inside one process, transactions first queue for a first-come-first-served lock
  (``server.sqlite_lock``), so SQLite's sleep-and-retry busy handler only arbitrates between
  processes.
- Time stamps are stored as UTC and always come back timezone-aware (:class:`UtcDateTime`);
  handing in a naive datetime raises ``ValueError`` instead of silently storing local time.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from fieldcase.server import sqlite_lock

SQLITE_BUSY_TIMEOUT_S: Final = 30.0
SQLITE_POOL_SIZE: Final = 5
SQLITE_POOL_OVERFLOW: Final = 60
"""Up to 65 SQLite connections: more than the ASGI server's 40 request threads."""
ROLES: Final = ("worker", "supervisor", "admin")
DEVICE_STATUSES: Final = ("active", "revoked")
CONFLICT_STATUSES: Final = ("open", "resolved")


class UtcDateTime(sa.TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every back end (SQLite has no time zones)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime given to the server database; use an aware UTC one")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _json() -> sa.types.TypeEngine[Any]:
    """JSON everywhere; JSONB on PostgreSQL (indexable, compact)."""
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _rowid() -> sa.types.TypeEngine[int]:
    """BIGINT, except INTEGER on SQLite, where only INTEGER PRIMARY KEY is the rowid."""
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


NAMING_CONVENTION: Final = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

organisations = sa.Table(
    "organisations", metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("created_at", UtcDateTime, nullable=False),
)

sites = sa.Table(
    "sites", metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.UniqueConstraint("org_id", "name"),
)

teams = sa.Table(
    "teams", metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("site_id", sa.Uuid, sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.UniqueConstraint("org_id", "name"),
)

users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("team_id", sa.Uuid, sa.ForeignKey("teams.id"), nullable=True),
    sa.Column("site_id", sa.Uuid, sa.ForeignKey("sites.id"), nullable=True),
    sa.Column("passphrase_hash", sa.String(400), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.UniqueConstraint("org_id", "name"),
    sa.CheckConstraint("role IN ('worker', 'supervisor', 'admin')", name="role"),
)

devices = sa.Table(
    "devices", metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("user_id", sa.Uuid, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("public_key", sa.LargeBinary, nullable=False, unique=True),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("enrolled_at", UtcDateTime, nullable=False),
    sa.Column("last_seen", UtcDateTime, nullable=True),
    sa.Column("revoked_at", UtcDateTime, nullable=True),
    sa.Column("name", sa.String(64), nullable=True),  # the label given at enrolment
    # Of the changes acknowledged to the device, the one with the latest stamp, and the stamp
    # (server/sync_acks.py): a device whose store no longer knows it has gone back in time.
    sa.Column("last_acknowledged_change", sa.Uuid, nullable=True),
    sa.Column("last_acknowledged_stamp", sa.String(100), nullable=True),
    sa.CheckConstraint("status IN ('active', 'revoked')", name="status"),
)

enrolment_codes = sa.Table(
    "enrolment_codes", metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("user_id", sa.Uuid, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("code_hash", sa.LargeBinary(32), nullable=False, unique=True),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("expires_at", UtcDateTime, nullable=False),
    sa.Column("used_at", UtcDateTime, nullable=True),
)

changes = sa.Table(
    "changes", metadata,
    # Position in the feed: (txid, seq). See feed.py for why seq alone is not enough.
    sa.Column("seq", _rowid(), sa.Identity(), primary_key=True),
    # Set by the database (a column default in the migration): the writing transaction's id.
    sa.Column("txid", sa.BigInteger, nullable=False, server_default=sa.FetchedValue()),
    sa.Column("change_id", sa.Uuid, nullable=False, unique=True),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("case_id", sa.Uuid, nullable=False),
    sa.Column("record_id", sa.Uuid, nullable=False),
    sa.Column("kind", sa.String(50), nullable=False),
    sa.Column("op", sa.String(50), nullable=False),
    sa.Column("payload", sa.LargeBinary, nullable=True),  # NULL once erased
    sa.Column("hlc", sa.String(100), nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Column("device_id", sa.Uuid, nullable=False),
    sa.Column("accepted_at", UtcDateTime, nullable=False),
    sa.Index("ix_changes_org_position", "org_id", "txid", "seq"),
    sa.Index("ix_changes_org_case", "org_id", "case_id"),
    sqlite_autoincrement=True,  # a rolled-back or purged rowid is never handed out again
)

records = sa.Table(
    "records", metadata,
    sa.Column("record_id", sa.Uuid, primary_key=True),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("case_id", sa.Uuid, nullable=False),
    sa.Column("kind", sa.String(50), nullable=False),
    # The full merge state of the record (heads, superseded stamps, deletes, purge mark);
    # see server/sync_state.py. A purged record keeps only its purge mark.
    sa.Column("fields", _json(), nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, default=False),
    # Scope columns, copied onto every record of a case so scope queries need no join.
    sa.Column("team_id", sa.Uuid, nullable=True),
    sa.Column("site_id", sa.Uuid, nullable=True),
    sa.Column("assigned_to", sa.Uuid, nullable=True),
    # The site a proposed transfer waits at (its supervisors receive the case meanwhile).
    sa.Column("pending_site_id", sa.Uuid, nullable=True),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Index("ix_records_org_case", "org_id", "case_id"),
    sa.Index("ix_records_org_team", "org_id", "team_id"),
    sa.Index("ix_records_org_site_assigned", "org_id", "site_id", "assigned_to"),
)

conflicts = sa.Table(
    "conflicts", metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("case_id", sa.Uuid, nullable=False),
    sa.Column("record_id", sa.Uuid, nullable=False),
    sa.Column("field", sa.String(200), nullable=False),
    sa.Column("detail", _json(), nullable=False),  # both values, authors, stamps, winner
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("resolved_at", UtcDateTime, nullable=True),
    sa.Column("resolved_by", sa.Uuid, nullable=True),
    sa.Index("ix_conflicts_org_case", "org_id", "case_id"),
    sa.CheckConstraint("status IN ('open', 'resolved')", name="status"),
)

device_cases = sa.Table(
    # Which cases each device has been sent (``held``) or told to purge (``leaving``), and in
    # which pull generation: the pull uses it to send a case's history when it enters the
    # device's scope and an out-of-scope notice when it leaves (server/sync_scope.py).
    "device_cases", metadata,
    sa.Column("device_id", sa.Uuid, sa.ForeignKey("devices.id"), primary_key=True),
    sa.Column("case_id", sa.Uuid, primary_key=True),
    sa.Column("state", sa.String(10), nullable=False),
    sa.Column("sent_gen", sa.BigInteger, nullable=False),
    sa.CheckConstraint("state IN ('held', 'leaving')", name="state"),
)

device_forgotten = sa.Table(
    # Cases a device forgot by retention (``services.retention`` on the laptop, told in a
    # pull's ``fg``) while the server still counts them ``held``: the next change to such a
    # case sends it whole again (a refresh), not the change alone, and the row goes
    # (server/forgotten_cases.py). Only ids: the server learns which closed cases a laptop
    # no longer keeps, nothing else.
    "device_forgotten", metadata,
    sa.Column("device_id", sa.Uuid, sa.ForeignKey("devices.id"), primary_key=True),
    sa.Column("case_id", sa.Uuid, primary_key=True),
)

case_scopes = sa.Table(
    # One row per case: its scope (team, site, assignee), the values ``store_cases`` also copies
    # onto each of its records. Scope queries read this instead of the ~20 records of each case:
    # a device's cases in scope (one index per scope condition, each ending in case_id so the
    # look-up needs no table read) and the feed's per-row "is this case in scope" (the primary
    # key). Written by server/case_scopes.py, in the push that changes the scope.
    "case_scopes", metadata,
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), primary_key=True),
    sa.Column("case_id", sa.Uuid, primary_key=True),
    sa.Column("team_id", sa.Uuid, nullable=True),
    sa.Column("site_id", sa.Uuid, nullable=True),
    sa.Column("assigned_to", sa.Uuid, nullable=True),
    sa.Column("pending_site_id", sa.Uuid, nullable=True),
    sa.Index("ix_case_scopes_org_team", "org_id", "team_id", "case_id"),
    sa.Index("ix_case_scopes_org_pending_site", "org_id", "pending_site_id", "case_id"),
    sa.Index("ix_case_scopes_org_site_assigned", "org_id", "site_id", "assigned_to", "case_id"),
    sa.Index("ix_case_scopes_org_assigned", "org_id", "assigned_to", "case_id"),
)

scope_changes = sa.Table(
    # Insert-only log of the cases whose scope row was created or changed, positioned like the
    # feed (``txid`` = the writing transaction on PostgreSQL, so concurrent pushes share no
    # counter row; ``seq`` on SQLite): a pull reconciles only the cases logged since the
    # horizon at which its device was last reconciled (server/sync_scope.py).
    "scope_changes", metadata,
    sa.Column("seq", _rowid(), sa.Identity(), primary_key=True),
    sa.Column("txid", sa.BigInteger, nullable=False, server_default=sa.FetchedValue()),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("case_id", sa.Uuid, nullable=False),
    sa.Index("ix_scope_changes_org_position", "org_id", "txid", "seq"),
    sqlite_autoincrement=True,
)

device_scopes = sa.Table(
    # Per device, how far ``device_cases`` is known to match its scope: the generation the
    # last answer carried and the highest ever issued, the scope-change horizon it was
    # reconciled at (NULL: reconcile in full next pull), whether unconfirmed ``leaving`` rows
    # may exist, and the user's role, team and site it was reconciled for.
    "device_scopes", metadata,
    sa.Column("device_id", sa.Uuid, sa.ForeignKey("devices.id"), primary_key=True),
    sa.Column("expected_gen", sa.BigInteger, nullable=False),
    sa.Column("issued_gen", sa.BigInteger, nullable=False),
    sa.Column("horizon", sa.BigInteger, nullable=True),
    sa.Column("leaving", sa.Boolean, nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("team_id", sa.Uuid, nullable=True),
    sa.Column("site_id", sa.Uuid, nullable=True),
)

attachments = sa.Table(
    # One row per uploaded attachment file: its case (for authorization, with the attachment's
    # record in ``records``), its chunk layout, and the per-file key that the organisation's
    # other devices need to open it (docs/attachments.md: why the server may hold it). The
    # ciphertext itself is in ``attachment_chunks``, never next to the key.
    # The id is the attachment's record: erasing the case (which deletes its records) takes
    # the key and, through attachment_chunks, the ciphertext with it in the same transaction.
    "attachments", metadata,
    sa.Column("id", sa.Uuid, sa.ForeignKey("records.record_id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("case_id", sa.Uuid, nullable=False),
    sa.Column("chunk_size", sa.Integer, nullable=False),
    sa.Column("chunk_count", sa.Integer, nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),  # sealed bytes, all chunks
    sa.Column("file_key", sa.LargeBinary, nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False),
    sa.Column("device_id", sa.Uuid, nullable=False),  # the uploading device
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Index("ix_attachments_org_case", "org_id", "case_id"),
)

attachment_chunks = sa.Table(
    # The sealed chunks as the device made them (nonce, AES-GCM ciphertext, tag).
    "attachment_chunks", metadata,
    sa.Column("attachment_id", sa.Uuid, sa.ForeignKey("attachments.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

nonces = sa.Table(
    "nonces", metadata,
    sa.Column("device_id", sa.Uuid, primary_key=True),
    sa.Column("nonce", sa.String(100), primary_key=True),
    sa.Column("expires_at", UtcDateTime, nullable=False, index=True),
)

auth_attempts = sa.Table(
    # Attempts counted by the enrolment and sign-in limits (server/auth_attempts.py), in the
    # database so every server process counts the same tries. One row per attempt and key
    # (the source address or device, and "*" for everyone); rows older than the limit's window
    # are deleted by the next attempt of that limit, so an address is kept about 15 minutes.
    "auth_attempts", metadata,
    sa.Column("attempt_id", sa.Uuid, primary_key=True),
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("limiter", sa.String(20), nullable=False),
    sa.Column("at", UtcDateTime, nullable=False),
    sa.Index("ix_auth_attempts_limiter_key_at", "limiter", "key", "at"),
    sa.Index("ix_auth_attempts_limiter_at", "limiter", "at"),
)

org_policies = sa.Table(
    # The organisation's security policy (domain/org_policy.py has the fields' ranges, checked
    # before a row is written). No row: the built-in defaults, published as version 0.
    # ``version`` grows by one with every change, so a device can tell a new policy apart.
    "org_policies", metadata,
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), primary_key=True),
    sa.Column("max_offline_days", sa.Integer, nullable=False),
    sa.Column("warn_days", sa.Integer, nullable=False),
    sa.Column("auto_lock_minutes", sa.Integer, nullable=False),
    sa.Column("sync_interval_minutes", sa.Integer, nullable=False),
    sa.Column("retention_months_after_closure", sa.Integer, nullable=True),  # NULL: keep
    sa.Column("duress", sa.String(8), nullable=False, server_default="user"),
    sa.Column("quick_wipe", sa.String(8), nullable=False, server_default="user"),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
)


services = sa.Table(
    # The organisation's service directory (server/service_directory.py; the fields are the
    # directory file's, checked by domain/service_directory.py before a row is written). A
    # service is never deleted, only deactivated: old referrals still name it. ``version``
    # is the organisation's directory revision at the row's last change; the largest one is
    # what devices compare (the pull carries it).
    "services", metadata,
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), primary_key=True),
    sa.Column("service_id", sa.String(100), primary_key=True),
    sa.Column("site", sa.String(32), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("category", sa.String(40), nullable=False),
    sa.Column("assistance_types", _json(), nullable=False),
    sa.Column("languages", _json(), nullable=False),
    sa.Column("contact", _json(), nullable=False),
    sa.Column("opening_hours", _json(), nullable=False),
    sa.Column("eligibility", _json(), nullable=False),
    sa.Column("description", sa.Text, nullable=True),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Index("ix_services_org_id_version", "org_id", "version"),
)


device_sessions = sa.Table(
    # Who is signed in on which device (server/device_sessions.py): one row per device and
    # user, the session id of that user's latest sign-in there (or of the enrolment). A
    # session token is honoured only while its id is the row's and the row is not ended, so
    # every server process sees a sign-in, a replacement and an ending at once. Ended with
    # the device (revocation) or on its own (``fieldcase-server session end``).
    "device_sessions", metadata,
    sa.Column("device_id", sa.Uuid, sa.ForeignKey("devices.id"), primary_key=True),
    sa.Column("user_id", sa.Uuid, sa.ForeignKey("users.id"), primary_key=True),
    sa.Column("session_id", sa.String(32), nullable=False),
    sa.Column("issued_at", UtcDateTime, nullable=False),
    sa.Column("expires_at", UtcDateTime, nullable=False),
    sa.Column("ended_at", UtcDateTime, nullable=True),
    sa.Index("ix_device_sessions_user_id", "user_id"),
)


case_number_prefixes = sa.Table(
    # Which device numbers cases under which prefix (``FC-<prefix>-<n>``), one prefix per
    # device, registered at enrolment (or, for a device enrolled before prefixes were
    # registered, with the first case it creates): a pushed new case whose number uses another
    # device's prefix is refused (server/push_rules.py). Kept after a device is revoked, so
    # its numbers stay its own.
    "case_number_prefixes", metadata,
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), primary_key=True),
    sa.Column("prefix", sa.String(16), primary_key=True),
    sa.Column("device_id", sa.Uuid, sa.ForeignKey("devices.id"), nullable=False, unique=True),
)


audit_events = sa.Table(
    # The devices' audit logs (server/audit_log.py): who viewed, changed, exported or printed
    # which case, when, as each laptop recorded it, with its hash chain. Keyed by (device,
    # sequence): a device's repeat of an event is ignored. ``user_name`` is the user name on
    # the laptop (a worker's, never a person's in the records); ``details`` holds counts and
    # ids only; ``device_time`` the laptop's own text, as hashed; ``occurred_at`` the same
    # moment for queries.
    "audit_events", metadata,
    sa.Column("device_id", sa.Uuid, sa.ForeignKey("devices.id"), primary_key=True),
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("event_id", sa.Uuid, nullable=False),
    sa.Column("user_name", sa.String(200), nullable=False),
    sa.Column("action", sa.String(200), nullable=False),
    sa.Column("case_id", sa.Uuid, nullable=True),
    sa.Column("device_time", sa.String(40), nullable=False),
    sa.Column("occurred_at", UtcDateTime, nullable=False),
    sa.Column("hlc", sa.String(100), nullable=False),
    sa.Column("details", sa.Text, nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Column("received_at", UtcDateTime, nullable=False),
    sa.Index("ix_audit_events_org_user", "org_id", "user_name", "occurred_at"),
)

audit_event_cases = sa.Table(
    # Every case an audit event names: its own, or each case an export lists. "Who saw this
    # person's record" is one index range here, exports included.
    "audit_event_cases", metadata,
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), primary_key=True),
    sa.Column("case_id", sa.Uuid, primary_key=True),
    sa.Column("device_id", sa.Uuid, primary_key=True),
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.ForeignKeyConstraint(["device_id", "seq"], ["audit_events.device_id", "audit_events.seq"],
                            name="fk_audit_event_cases_event"),
)

device_audit_heads = sa.Table(
    # Per device, the last audit event held (the head its next batch must follow) and, once a
    # batch did not fit, where its chain broke: the first problem, kept until an admin looks.
    "device_audit_heads", metadata,
    sa.Column("device_id", sa.Uuid, sa.ForeignKey("devices.id"), primary_key=True),
    sa.Column("org_id", sa.Uuid, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("head_seq", sa.BigInteger, nullable=False),
    sa.Column("head_hash", sa.String(64), nullable=False),
    sa.Column("broken_at", UtcDateTime, nullable=True),
    sa.Column("problem", sa.String(200), nullable=True),
)


def normalise_url(url: str) -> str:
    """Use psycopg 3 for a bare ``postgresql://`` or ``postgres://`` URL."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def read_json(text: str | bytes | memoryview) -> Any:
    """A JSON column as the driver hands it over, read by orjson (merged record states are
    most of what a pull reads: a case entering a device's scope is sent as its records'
    states); the standard library reads what orjson refuses (an integer beyond 64 bits, a
    lone surrogate escape), so a row this server ever stored reads as before."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(bytes(text) if isinstance(text, memoryview) else text)


def create_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url`` with the per-back-end settings this server relies on.

    Raises ``ValueError`` for a back end other than PostgreSQL (psycopg) or SQLite.
    """
    url = normalise_url(url)
    backend = sa.make_url(url).get_backend_name()
    if backend == "postgresql":
        # No pre-ping: it is a round trip before every request. A connection PostgreSQL
        # dropped (a restart, a fail-over) fails the one request that finds it, which answers
        # 503 and is retried by the device; SQLAlchemy then renews the whole pool.
        return sa.create_engine(url, echo=echo, json_deserializer=read_json)
    if backend == "sqlite":
        # Requests queue on the write lock (``server.sqlite_lock``), in arrival order, not on
        # the pool: enough connections for every request thread the ASGI server runs.
        database = sa.make_url(url).database or ""
        in_memory = database in ("", ":memory:") or "mode=memory" in url
        pool: dict[str, Any] = {} if in_memory else {
            "pool_size": SQLITE_POOL_SIZE, "max_overflow": SQLITE_POOL_OVERFLOW}
        engine = sa.create_engine(
            url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S},
            json_deserializer=read_json, **pool,
        )
        _configure_sqlite(engine)
        return engine
    raise ValueError(f"unsupported database back end {backend!r}: use postgresql or sqlite")


def _configure_sqlite(engine: Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        # Freed pages and cells are zeroed: an erasure (``sync_push``) blanks a case's feed
        # and deletes its rows, and that must leave no readable copy in the file.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    # BEGIN IMMEDIATE, after this process's other writers in arrival order (sqlite_lock).
    sqlite_lock.install(engine)


def checkpoint_after_erasure(engine: Engine) -> bool:
    """Empty the embedded database's WAL into the (``secure_delete``) file after an erasure
    committed: the WAL's frames still hold the pages as they were before, with the erased
    content, and SQLite's automatic checkpoints copy them back without overwriting the WAL.
    A plain DBAPI connection, so no transaction is open around the checkpoint. Best effort:
    False when another connection was reading or writing meanwhile (the frames go at a later
    erasure's checkpoint or when the server stops, which truncates the WAL). PostgreSQL: nothing
    to do here (docs/security.md, "Erasure", on VACUUM)."""
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
    except sqlite3.Error:  # the erasure is committed either way: never fail its answer
        return False
    finally:
        raw.close()
    return busy is not None and busy[0] == 0


def ping(engine: Engine) -> bool:
    """True when the database answers a trivial query (for the health check)."""
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError:
        return False
    return True
