"""Database implementations of the storage callbacks that enrolment and request checks need.

``server.auth*`` know nothing of databases: they take a :class:`~fieldcase.server.auth.
NonceStore`, a :class:`~fieldcase.server.auth_codes.CodeStore` and a device lookup. Here they
are, each bound to the request's connection so their writes commit (or roll back) with the
rest of the request. Ids are text in ``server.auth`` and UUID columns here; the conversion
happens at this boundary, and text that is not a UUID simply finds nothing.

Also here: issuing enrolment codes (the one implementation: ``auth_codes.EnrolmentCodes``,
HMAC under the server key) and who a device's user is (:class:`DeviceUser`, for
authorization and scope), found together with the device (:class:`DeviceFinder`).
"""

from __future__ import annotations

import random
import uuid
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any, Final

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from fieldcase.domain.policy import Actor, Role
from fieldcase.server.auth import DeviceRecord, DeviceStatus, RequestClaims
from fieldcase.server.auth_codes import DEFAULT_CODE_TTL, CodeRecord, EnrolmentCodes
from fieldcase.server.auth_keys import ServerKeys
from fieldcase.server.auth_sessions import Session
from fieldcase.server.db import device_sessions, devices, enrolment_codes, nonces, users
from fieldcase.server.device_sessions import DbSessionStore
from fieldcase.server.feed import Scope

LAST_SEEN_RESOLUTION: Final = timedelta(minutes=1)
"""``devices.last_seen`` is written at most this often, so a sync is not one more write."""
ISSUE_ATTEMPTS: Final = 5


def as_uuid(text: str) -> uuid.UUID | None:
    """The UUID ``text`` names, or None (never an exception) for anything else."""
    try:
        return uuid.UUID(text)
    except (ValueError, TypeError):
        return None


CLEAN_ONE_IN: Final = 16


def _sweeps(nonce: str) -> bool:
    """Whether this request deletes its device's expired nonces (about one in 16)."""
    return zlib.crc32(nonce.encode("utf-8", "replace")) % CLEAN_ONE_IN == 0


class DbNonceStore:
    """Replay protection on the ``nonces`` table: INSERT ... ON CONFLICT DO NOTHING.

    Two requests racing with one nonce are safe: the primary key makes the second wait for
    the first transaction and then insert nothing. Expired nonces of the device are deleted
    on the way (a nonce outlives its timestamp's acceptance window by a second only), by about
    one request in :data:`CLEAN_ONE_IN` (chosen by the nonce, which is random): an expired
    nonce can never match a request still inside the window, so keeping a few a little longer
    costs only rows, and the other requests save a database round trip."""

    def __init__(self, conn: sa.Connection, now: datetime) -> None:
        self._conn = conn
        self._now = now

    def remember(self, device_id: str, nonce: str, expires_at: datetime) -> bool:
        device = as_uuid(device_id)
        if device is None:
            return False
        if _sweeps(nonce):
            self._conn.execute(_SWEEP, {"device": device, "now": self._now})
        statement = _remember_nonce(self._conn.dialect.name == "postgresql")
        return self._conn.execute(statement, {"device": device, "nonce": nonce,
                                              "expires_at": expires_at}).first() is not None


# Statements every signed request runs are built once, with their values as parameters: a
# statement built per request cost more of the request's CPU than running it (SQLAlchemy
# builds it and works out its cache key element by element; a statement built once keeps its
# key).
_DEVICE: Final = sa.bindparam("device", type_=sa.Uuid)
_SWEEP: Final = sa.delete(nonces).where(
    nonces.c.device_id == _DEVICE,
    nonces.c.expires_at <= sa.bindparam("now", type_=nonces.c.expires_at.type))


@cache
def _remember_nonce(postgres: bool) -> sa.Insert:
    """``INSERT ... ON CONFLICT DO NOTHING RETURNING``: a row back means the nonce is new."""
    insert = postgresql.insert(nonces) if postgres else sqlite.insert(nonces)
    return insert.values(
        device_id=_DEVICE, nonce=sa.bindparam("nonce", type_=nonces.c.nonce.type),
        expires_at=sa.bindparam("expires_at", type_=nonces.c.expires_at.type),
    ).on_conflict_do_nothing(index_elements=[nonces.c.device_id, nonces.c.nonce]
                             ).returning(nonces.c.nonce)


class DbCodeStore:
    """Enrolment codes on the ``enrolment_codes`` table, keyed by their HMAC."""

    def __init__(self, conn: sa.Connection) -> None:
        self._conn = conn

    def add(self, record: CodeRecord) -> uuid.UUID:
        user = as_uuid(record.user_id)
        if user is None:
            raise ValueError("a code must be issued to a user id")
        code_id = uuid.uuid4()
        self._conn.execute(sa.insert(enrolment_codes).values(
            id=code_id, user_id=user, code_hash=record.code_hash, created_at=record.issued_at,
            expires_at=record.expires_at, used_at=record.used_at))
        return code_id

    def find(self, code_hash: bytes) -> CodeRecord | None:
        row = self._conn.execute(sa.select(enrolment_codes).where(
            enrolment_codes.c.code_hash == code_hash)).first()
        if row is None:
            return None
        m = row._mapping
        return CodeRecord(m["code_hash"], str(m["user_id"]), m["created_at"], m["expires_at"],
                          m["used_at"])

    def mark_used(self, code_hash: bytes, used_at: datetime) -> bool:
        result = self._conn.execute(sa.update(enrolment_codes).where(
            enrolment_codes.c.code_hash == code_hash, enrolment_codes.c.used_at.is_(None)
        ).values(used_at=used_at))
        return result.rowcount == 1


def issue_enrolment_code(conn: sa.Connection, keys: ServerKeys, user_id: uuid.UUID, *,
                         now: datetime, ttl: timedelta = DEFAULT_CODE_TTL,
                         rng: random.Random | None = None) -> str:
    """A new one-time code for ``user_id`` (shown once); only its keyed hash is stored.

    A code equal to one already stored (a 1-in-2^50 draw, or a seeded test generator) is
    drawn again. Raises ValueError for a lifetime that is not positive."""
    codes = EnrolmentCodes(keys.code_hash_key, ttl)
    for _ in range(ISSUE_ATTEMPTS):
        code, record = codes.issue_code(str(user_id), now, rng)
        try:
            with conn.begin_nested():
                DbCodeStore(conn).add(record)
        except sa.exc.IntegrityError:
            continue
        return code
    raise RuntimeError("could not draw an unused enrolment code; is the random source broken?")


def touch_device(conn: sa.Connection, device_id: uuid.UUID, now: datetime) -> None:
    conn.execute(sa.update(devices).where(
        devices.c.id == device_id,
        sa.or_(devices.c.last_seen.is_(None), devices.c.last_seen < now - LAST_SEEN_RESOLUTION),
    ).values(last_seen=now))


@dataclass(frozen=True, slots=True)
class DeviceUser:
    """The user an authenticated device acts for, as authorization and scope need it."""

    device_id: uuid.UUID
    user_id: uuid.UUID
    org_id: uuid.UUID
    name: str
    role: Role
    team_id: uuid.UUID | None
    site_id: uuid.UUID | None
    # Of the changes acknowledged to the device, the latest by stamp (server/sync_acks.py).
    last_acknowledged: uuid.UUID | None = None
    last_acknowledged_stamp: str | None = None

    @property
    def actor(self) -> Actor:
        """The policy's view: ids as text (the policy only compares them)."""
        return Actor(user=str(self.user_id), role=self.role,
                     team=str(self.team_id) if self.team_id else "no-team",
                     site=str(self.site_id) if self.site_id else "no-site")

    @property
    def scope(self) -> Scope:
        """The cases this device receives: a worker's assigned cases and the unassigned
        intake of their site; a supervisor's, the team's cases and those whose transfer to
        their site waits for them; an admin's, none."""
        if self.role is Role.SUPERVISOR and self.team_id is not None:
            pending = frozenset({self.site_id}) if self.site_id is not None else frozenset()
            return Scope(teams=frozenset({self.team_id}), pending_sites=pending)
        if self.role is Role.WORKER:
            sites = frozenset({self.site_id}) if self.site_id is not None else frozenset()
            return Scope(intake_sites=sites, assigned_to=self.user_id)
        return Scope()


class DeviceFinder:
    """The verifier's device look-up (``server.auth.DeviceLookup``) that also reads the
    device's user and when it was last seen, in the same query: a signed request learns who
    sent it in one round trip.

    Given the request's ``claims`` (``RequestVerifier.claims``), that same query also reads
    the current session of the user the token names, and on PostgreSQL records the nonce (an
    ``INSERT ... ON CONFLICT DO NOTHING`` in a ``WITH``): the finder then answers the
    verifier's session and nonce questions (``auth.SessionStore``, ``auth.NonceStore``) from
    what it read, where each was a round trip of its own. The nonce is written before the
    signature is checked, but in the request's transaction, which any refusal rolls back: a
    refused request leaves no nonce, as before. A question about anything else (another
    device, nonce or session) is asked of the database (``DbNonceStore``,
    ``DbSessionStore``).

    ``lock=True`` also takes the device's row lock (PostgreSQL ``FOR NO KEY UPDATE``, which
    still lets other transactions insert rows referring to the device), so one device's signed
    requests take turns for the rest of their transactions. A pull relies on it: it reads the
    device's state in a later statement, which then sees what a pull it waited for recorded.
    Taken before the signature is checked: a forged request holds the row only for its own
    short, rolled-back transaction. SQLite needs no lock (one writer at a time).
    """

    def __init__(self, conn: sa.Connection, *, lock: bool = False, now: datetime | None = None,
                 claims: RequestClaims | None = None) -> None:
        self._conn = conn
        self._lock = lock
        self._user: DeviceUser | None = None
        self._last_seen: datetime | None = None
        self._now = now
        self._claims = claims if now is not None else None
        self._nonce_fresh: bool | None = None  # the claimed nonce, recorded by the look-up
        self._session: tuple[str, str | None] | None = None  # (user, its current session id)

    def __call__(self, device_id: str) -> DeviceRecord | None:
        device = as_uuid(device_id)
        if device is None:
            return None
        claims = self._claims if self._claims and self._claims.device_id == device_id else None
        session_user = as_uuid(claims.session_user_id or "") if claims else None
        postgres = self._conn.dialect.name == "postgresql"
        with_nonce = claims is not None and postgres
        params: dict[str, object] = {"device": device, "session_user": session_user}
        if claims is not None and with_nonce:
            self._sweep(device, claims.nonce)
            params.update(nonce=claims.nonce, expires_at=claims.nonce_expires_at)
        query = _finder_query(postgres, session=session_user is not None, nonce=with_nonce,
                              lock=self._lock)
        row = self._conn.execute(query, params).first()
        if row is None:
            return None
        if claims is not None:
            if with_nonce:
                self._nonce_fresh = bool(row.nonce_fresh)
            if session_user is not None:
                self._session = (str(session_user), row.current_session)
        self._user = DeviceUser(device, row.id, row.org_id, row.name, Role(row.role),
                                row.team_id, row.site_id, row.last_acknowledged_change,
                                row.last_acknowledged_stamp)
        self._last_seen = row.last_seen
        return DeviceRecord(device_id, str(row.id), bytes(row.public_key),
                            DeviceStatus(row.status), row.enrolled_at)

    @property
    def user(self) -> DeviceUser:
        """The user of the device found last (call after the verifier accepted it)."""
        if self._user is None:
            raise LookupError("no device was found")
        return self._user

    def person(self, user_id: str) -> DeviceUser:
        """The device's user record re-read as ``user_id``, the person a session names: their
        role, team and site, with this device's id and acknowledgement state. For the
        device's own user, no query. Raises LookupError for a user of another organisation
        (a session can only be made for the device's organisation: defence in depth)."""
        device = self.user
        if user_id == str(device.user_id):
            return device
        person = as_uuid(user_id)
        row = None if person is None else self._conn.execute(
            sa.select(users.c.id, users.c.org_id, users.c.name, users.c.role, users.c.team_id,
                      users.c.site_id).where(users.c.id == person)).first()
        if row is None or row.org_id != device.org_id:
            raise LookupError("the session's user is not of this device's organisation")
        return DeviceUser(device.device_id, row.id, row.org_id, row.name, Role(row.role),
                          row.team_id, row.site_id, device.last_acknowledged,
                          device.last_acknowledged_stamp)

    def remember(self, device_id: str, nonce: str, expires_at: datetime) -> bool:
        """``auth.NonceStore``: the look-up's answer for the claimed nonce, else a query."""
        claims = self._claims
        if (self._nonce_fresh is not None and claims is not None
                and (device_id, nonce, expires_at)
                == (claims.device_id, claims.nonce, claims.nonce_expires_at)):
            return self._nonce_fresh
        return DbNonceStore(self._conn, self._now_or_fail()).remember(device_id, nonce,
                                                                       expires_at)

    def is_current(self, session: Session) -> bool:
        """``auth.SessionStore``: the look-up's answer for the claimed user on this device,
        else a query."""
        if (self._session is not None and self._user is not None
                and session.device_id == str(self._user.device_id)
                and session.user_id == self._session[0]):
            return self._session[1] == session.session_id
        return DbSessionStore(self._conn).is_current(session)

    def _now_or_fail(self) -> datetime:
        if self._now is None:
            raise RuntimeError("a DeviceFinder answers nonce questions only when given now")
        return self._now

    def _sweep(self, device: uuid.UUID, nonce: str) -> None:
        if _sweeps(nonce):
            self._conn.execute(_SWEEP, {"device": device, "now": self._now_or_fail()})

    def note_contact(self, now: datetime) -> None:
        """``touch_device``, skipped when the last-seen time just read is recent enough."""
        last_seen = self._last_seen
        if last_seen is None or last_seen < now - LAST_SEEN_RESOLUTION:
            touch_device(self._conn, self.user.device_id, now)


@cache
def _finder_query(postgres: bool, *, session: bool, nonce: bool, lock: bool) -> sa.Select[Any]:
    """The device look-up of :class:`DeviceFinder`, one statement per shape, with parameters
    ``device`` and, as the shape needs them, ``session_user``, ``nonce`` and ``expires_at``."""
    columns: list[sa.ColumnElement[Any]] = []
    if session:
        columns.append(sa.select(device_sessions.c.session_id).where(
            device_sessions.c.device_id == devices.c.id,
            device_sessions.c.user_id == sa.bindparam("session_user", type_=sa.Uuid),
            device_sessions.c.ended_at.is_(None)).scalar_subquery().label("current_session"))
    if nonce:
        fresh = _remember_nonce(postgres).cte("fresh_nonce")
        columns.append(sa.select(sa.func.count()).select_from(fresh).scalar_subquery()
                       .label("nonce_fresh"))
    query = (sa.select(devices.c.public_key, devices.c.status, devices.c.enrolled_at,
                       devices.c.last_seen, users.c.id, users.c.org_id, users.c.name,
                       users.c.role, users.c.team_id, users.c.site_id,
                       devices.c.last_acknowledged_change, devices.c.last_acknowledged_stamp,
                       *columns)
             .select_from(devices.join(users, devices.c.user_id == users.c.id))
             .where(devices.c.id == _DEVICE))
    if lock:
        query = query.with_for_update(key_share=True, of=devices)
    return query
