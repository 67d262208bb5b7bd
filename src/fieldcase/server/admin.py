"""Administration: organisations (and their security policy), sites, teams, users and devices.

Every function works inside the caller's transaction (``conn``) so the command line, the HTTP
API and the tests compose them freely. Errors are :class:`AdminError` with a ``kind``
(``not_found``, ``duplicate``, ``validation``) and a message naming
the field, never the person: messages can reach logs.

Passphrases are stored as Argon2id PHC strings (salt and cost inside, so the cost can be raised
later without breaking old hashes). Enrolment codes are not here: they are keyed with the
server key (``server.auth_codes``, stored by ``server.sync_store.issue_enrolment_code``).
"""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from fieldcase.domain import passphrase as passphrase_policy
from fieldcase.domain.org_policy import OrgPolicy, PolicyError, PolicyValue, PublishedPolicy
from fieldcase.resources import read_lines
from fieldcase.server import device_sessions
from fieldcase.server.db import ROLES, devices, org_policies, organisations, sites, teams, users


class AdminError(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class PassphraseHasher:
    """Argon2id with RFC 9106's second recommended setting by default (64 MiB, t=3, p=4)."""

    iterations: int = 3
    lanes: int = 4
    memory_cost_kib: int = 64 * 1024
    rng: random.Random | None = None  # None: the operating system's random source

    @classmethod
    def insecure_for_tests(cls) -> PassphraseHasher:
        return cls(iterations=1, lanes=1, memory_cost_kib=8)

    def hash(self, passphrase: str) -> str:
        salt = self.rng.randbytes(16) if self.rng else secrets.token_bytes(16)
        kdf = Argon2id(salt=salt, length=32, iterations=self.iterations, lanes=self.lanes,
                       memory_cost=self.memory_cost_kib)
        return kdf.derive_phc_encoded(_encode(passphrase))

    def verify(self, passphrase: str, encoded: str) -> bool:
        try:
            Argon2id.verify_phc_encoded(_encode(passphrase), encoded)
        except InvalidKey:
            return False
        return True


def _encode(passphrase: str) -> bytes:
    return passphrase_policy.normalize_passphrase(passphrase).encode("utf-8")


@dataclass(frozen=True)
class UserRecord:
    id: uuid.UUID
    org_id: uuid.UUID
    role: str
    team_id: uuid.UUID | None
    site_id: uuid.UUID | None


def _name(field: str, value: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned or len(cleaned) > 200:
        raise AdminError("validation", f"{field}: must be 1 to 200 characters")
    return cleaned


def _insert(conn: sa.Connection, table: sa.Table, what: str, *,
            new_id: uuid.UUID | None = None, **values: object) -> uuid.UUID:
    """Insert a row with a new id; a unique-constraint clash becomes ``duplicate``."""
    new_id = new_id or uuid.uuid4()
    try:
        with conn.begin_nested():
            conn.execute(sa.insert(table).values(id=new_id, **values))
    except sa.exc.IntegrityError as clash:
        raise AdminError("duplicate", f"{what}: the name is already taken") from clash
    return new_id


def create_org(conn: sa.Connection, name: str, *, now: datetime) -> uuid.UUID:
    return _insert(conn, organisations, "organisation", name=_name("organisation", name),
                   created_at=now)


def find_org(conn: sa.Connection, name: str) -> uuid.UUID:
    found: uuid.UUID | None = conn.execute(sa.select(organisations.c.id).where(
        organisations.c.name == _name("organisation", name))).scalar_one_or_none()
    if found is None:
        raise AdminError("not_found", "organisation: no organisation by that name")
    return found


def ensure_site(conn: sa.Connection, org_id: uuid.UUID, name: str) -> uuid.UUID:
    """The site's id, creating the site on first use (sites have no other attributes yet)."""
    name = _name("site", name)
    query = sa.select(sites.c.id).where(sites.c.org_id == org_id, sites.c.name == name)
    found: uuid.UUID | None = conn.execute(query).scalar_one_or_none()
    return found if found is not None else _insert(conn, sites, "site", org_id=org_id,
                                                   name=name)


def create_team(conn: sa.Connection, org_id: uuid.UUID, site: str, name: str) -> uuid.UUID:
    site_id = ensure_site(conn, org_id, site)
    return _insert(conn, teams, "team", org_id=org_id, site_id=site_id, name=_name("team", name))


def create_user(conn: sa.Connection, org_id: uuid.UUID, name: str, *, role: str,
                team: str | None, passphrase: str, hasher: PassphraseHasher,
                now: datetime) -> uuid.UUID:
    """Add a user; workers and supervisors belong to a team (and so to its site)."""
    name = _name("user", name)
    if role not in ROLES:
        raise AdminError("validation", f"role: must be one of {', '.join(ROLES)}")
    team_id = site_id = None
    if team is not None:
        team_id, site_id = _team(conn, org_id, team)
    elif role != "admin":
        raise AdminError("validation", "team: workers and supervisors need a team")
    check_new_passphrase(passphrase, context=[name, team or ""])
    return _insert(conn, users, "user", org_id=org_id, name=name, role=role, team_id=team_id,
                   site_id=site_id, passphrase_hash=hasher.hash(passphrase), created_at=now)


def _team(conn: sa.Connection, org_id: uuid.UUID, team: str) -> tuple[uuid.UUID, uuid.UUID]:
    """The team's id and its site's id, or AdminError ``not_found``."""
    row = conn.execute(sa.select(teams.c.id, teams.c.site_id).where(
        teams.c.org_id == org_id, teams.c.name == _name("team", team))).one_or_none()
    if row is None:
        raise AdminError("not_found", "team: no team by that name in this organisation")
    return row.id, row.site_id


def change_user(conn: sa.Connection, org_id: uuid.UUID, name: str, *, role: str | None,
                team: str | None) -> UserRecord:
    """Give a user another role and/or team (the site follows the team).

    Their devices follow at their next pull: cases now out of their scope are purged there,
    and confidential parts they may no longer see are taken off (server/sync_scope.py)."""
    user = find_user(conn, name, org_id=org_id)
    new_role = role if role is not None else user.role
    if new_role not in ROLES:
        raise AdminError("validation", f"role: must be one of {', '.join(ROLES)}")
    team_id, site_id = _team(conn, org_id, team) if team is not None else (user.team_id,
                                                                            user.site_id)
    if new_role != "admin" and team_id is None:
        raise AdminError("validation", "team: workers and supervisors need a team")
    conn.execute(sa.update(users).where(users.c.id == user.id).values(
        role=new_role, team_id=team_id, site_id=site_id))
    return UserRecord(id=user.id, org_id=org_id, role=new_role, team_id=team_id,
                      site_id=site_id)


def check_new_passphrase(passphrase: str, *, context: list[str]) -> None:
    """The desktop's passphrase policy (length, blocklist, no context words)."""
    blocklist = passphrase_policy.parse_blocklist(read_lines("passphrase", "blocklist.txt"))
    result = passphrase_policy.check_passphrase(passphrase, context_words=context,
                                                blocklist=blocklist)
    if not result.ok:
        reasons = " ".join(passphrase_policy.PROBLEM_MESSAGES[p] for p in result.problems)
        raise AdminError("validation", f"passphrase: {reasons}")


def find_user(conn: sa.Connection, name: str, *, org_id: uuid.UUID | None = None) -> UserRecord:
    """The user called ``name`` (in ``org_id`` when given; else the name must be unique)."""
    query = sa.select(users).where(users.c.name == _name("user", name))
    if org_id is not None:
        query = query.where(users.c.org_id == org_id)
    rows = conn.execute(query.limit(2)).all()
    if not rows:
        raise AdminError("not_found", "user: no user by that name")
    if len(rows) > 1:
        raise AdminError("validation", "user: several organisations have a user by that "
                         "name; name the organisation")
    return _user(rows[0])


def _user(row: sa.Row[tuple[object, ...]]) -> UserRecord:
    m = row._mapping
    return UserRecord(id=m["id"], org_id=m["org_id"], role=m["role"], team_id=m["team_id"],
                      site_id=m["site_id"])


def verify_user(conn: sa.Connection, org_id: uuid.UUID, name: str, passphrase: str,
                hasher: PassphraseHasher) -> UserRecord | None:
    """The user if the passphrase is right; None otherwise (same cost either way)."""
    row = conn.execute(sa.select(users).where(users.c.org_id == org_id,
                                              users.c.name == name)).one_or_none()
    encoded = row.passphrase_hash if row is not None else _DUMMY.get(hasher)
    matches = hasher.verify(passphrase, encoded)
    return _user(row) if row is not None and matches else None


class _DummyHashes:
    """One throw-away hash per cost setting, so an unknown user costs as much as a known one."""

    def __init__(self) -> None:
        self._by_cost: dict[tuple[int, int, int], str] = {}

    def get(self, hasher: PassphraseHasher) -> str:
        key = (hasher.iterations, hasher.lanes, hasher.memory_cost_kib)
        if key not in self._by_cost:
            self._by_cost[key] = hasher.hash(secrets.token_hex(16))
        return self._by_cost[key]


_DUMMY = _DummyHashes()


def register_device(conn: sa.Connection, user_id: uuid.UUID, public_key: bytes,
                    *, now: datetime, device_id: uuid.UUID | None = None,
                    name: str | None = None) -> uuid.UUID:
    """Store an active device. Enrolment passes the id it made (a UUIDv7) and the label; the
    public key must not be enrolled already (``duplicate``)."""
    if len(public_key) != 32:
        raise AdminError("validation", "public_key: an Ed25519 public key is 32 bytes")
    return _insert(conn, devices, "device public key", new_id=device_id, user_id=user_id,
                   public_key=public_key, status="active", enrolled_at=now, name=name)


def revoke_device(conn: sa.Connection, device_id: uuid.UUID, *, now: datetime) -> bool:
    """Revoke a device; False if it already was. Its next contact gets the wipe order."""
    status = conn.execute(sa.select(devices.c.status).where(
        devices.c.id == device_id)).scalar_one_or_none()
    if status is None:
        raise AdminError("not_found", "device: no device with that id")
    if status == "revoked":
        return False
    conn.execute(sa.update(devices).where(devices.c.id == device_id).values(
        status="revoked", revoked_at=now))
    device_sessions.end_sessions(conn, device_id, now=now)
    return True


def end_session(conn: sa.Connection, device_id: uuid.UUID, user_name: str, *,
                now: datetime) -> bool:
    """End one person's session on one device (the laptop stays enrolled; the others who
    signed in on it keep theirs); False when they had none live. Their next push is refused
    ``invalid_session`` and their changes wait on the laptop until they sign in again."""
    org_id = conn.execute(sa.select(users.c.org_id).select_from(
        devices.join(users, devices.c.user_id == users.c.id)).where(
        devices.c.id == device_id)).scalar_one_or_none()
    if org_id is None:
        raise AdminError("not_found", "device: no device with that id")
    person = find_user(conn, user_name, org_id=org_id)
    return device_sessions.end_sessions(conn, device_id, now=now, user_id=person.id) > 0


def org_policy(conn: sa.Connection, org_id: uuid.UUID) -> PublishedPolicy:
    """The organisation's policy; the built-in defaults (version 0) until an admin sets one."""
    row = conn.execute(sa.select(org_policies).where(
        org_policies.c.org_id == org_id)).one_or_none()
    if row is None:
        return PublishedPolicy(OrgPolicy(), 0, None)
    m = row._mapping
    return PublishedPolicy(OrgPolicy(max_offline_days=m["max_offline_days"],
                                     warn_days=m["warn_days"],
                                     auto_lock_minutes=m["auto_lock_minutes"],
                                     sync_interval_minutes=m["sync_interval_minutes"],
                                     retention_months_after_closure=m[
                                         "retention_months_after_closure"],
                                     duress=m["duress"],
                                     quick_wipe=m["quick_wipe"]),
                           m["version"], m["updated_at"])


def set_org_policy(conn: sa.Connection, org_id: uuid.UUID,
                   changes: Mapping[str, PolicyValue], *, now: datetime) -> PublishedPolicy:
    """Change some fields of the policy (the others keep their value) and bump its version.

    The result is checked as a whole (``validation``, naming the field and the rule) before
    anything is written; no change at all is ``validation`` too, so a typo cannot pass for
    an update. Concurrent admins: the organisation's row is locked first (``FOR UPDATE``;
    SQLite takes the write lock at ``BEGIN``), so versions never repeat."""
    if not changes:
        raise AdminError("validation", "policy: give at least one field to change")
    conn.execute(sa.select(organisations.c.id).where(
        organisations.c.id == org_id).with_for_update())
    current = org_policy(conn, org_id)
    try:
        policy = current.policy.with_changes(changes)
    except PolicyError as error:
        raise AdminError("validation", f"{error.path}: {error.message} ({error.rule})") \
            from None
    values = {**policy.to_json(), "version": current.version + 1, "updated_at": now}
    if current.version == 0:
        conn.execute(sa.insert(org_policies).values(org_id=org_id, **values))
    else:
        conn.execute(sa.update(org_policies).where(org_policies.c.org_id == org_id)
                     .values(**values))
    return PublishedPolicy(policy, current.version + 1, now)

