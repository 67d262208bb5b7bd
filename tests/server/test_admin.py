"""Organisations, teams, users (Argon2id), enrolment codes (keyed with the server key, on the
database code store) and devices, on both back ends."""

from __future__ import annotations

import hashlib
import hmac
import random
import re
import uuid
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

from fieldcase.server import admin
from fieldcase.server.admin import AdminError, PassphraseHasher
from fieldcase.server.auth_codes import EnrolmentCodes
from fieldcase.server.auth_keys import ServerKeys
from fieldcase.server.db import devices, enrolment_codes, users
from fieldcase.server.sync_store import DbCodeStore, issue_enrolment_code
from fieldcase.sync.enrolment import EnrolmentError

from .conftest import NOW, PASSPHRASE, TEST_HASHER

OTHER_PASSPHRASE = "another entirely different phrase"


@pytest.fixture
def conn(engine: sa.Engine) -> sa.Connection:
    with engine.begin() as connection:
        yield connection  # type: ignore[misc]


@pytest.fixture
def org(conn: sa.Connection) -> uuid.UUID:
    org_id = admin.create_org(conn, "Border Aid", now=NOW)
    admin.create_team(conn, org_id, "LAMP-01", "lamp")
    return org_id


def add_user(conn: sa.Connection, org_id: uuid.UUID, name: str = "amina",
             role: str = "worker", team: str | None = "lamp") -> uuid.UUID:
    return admin.create_user(conn, org_id, name, role=role, team=team, passphrase=PASSPHRASE,
                             hasher=TEST_HASHER, now=NOW)


def kind_of(call: object) -> str:
    assert callable(call)
    with pytest.raises(AdminError) as raised:
        call()
    return raised.value.kind


def test_hasher_stores_argon2id_and_verifies() -> None:
    encoded = TEST_HASHER.hash(PASSPHRASE)
    assert encoded.startswith("$argon2id$") and PASSPHRASE not in encoded
    assert TEST_HASHER.verify(PASSPHRASE, encoded)
    assert not TEST_HASHER.verify(OTHER_PASSPHRASE, encoded)
    assert TEST_HASHER.hash(PASSPHRASE) != encoded  # fresh salt each time


def test_the_default_cost_is_rfc_9106s_and_the_cost_travels_in_the_hash() -> None:
    default = PassphraseHasher()
    assert (default.memory_cost_kib, default.iterations, default.lanes) == (65536, 3, 4)
    encoded = PassphraseHasher(iterations=2, lanes=1, memory_cost_kib=16).hash(PASSPHRASE)
    assert "m=16,t=2,p=1" in encoded
    assert TEST_HASHER.verify(PASSPHRASE, encoded)


def test_unicode_passphrases_verify_in_either_normal_form() -> None:
    composed, decomposed = "café au lait sans sucre", "cafe\u0301 au lait sans sucre"
    assert TEST_HASHER.verify(decomposed, TEST_HASHER.hash(composed))


def test_organisation_team_and_user(conn: sa.Connection, org: uuid.UUID) -> None:
    user_id = add_user(conn, org)
    user = admin.find_user(conn, "amina")
    assert (user.id, user.org_id, user.role) == (user_id, org, "worker")
    assert user.team_id is not None and user.site_id is not None
    assert admin.find_org(conn, "  Border   Aid ") == org
    stored = conn.execute(sa.select(users.c.passphrase_hash)).scalar_one()
    assert PASSPHRASE not in stored


def test_names_are_unique_per_organisation(conn: sa.Connection, org: uuid.UUID) -> None:
    add_user(conn, org)
    assert kind_of(lambda: add_user(conn, org)) == "duplicate"
    assert kind_of(lambda: admin.create_org(conn, "Border Aid", now=NOW)) == "duplicate"
    assert kind_of(lambda: admin.create_team(conn, org, "LAMP-02", "lamp")) == "duplicate"
    other = admin.create_org(conn, "Harbour Aid", now=NOW)
    admin.create_team(conn, other, "PORT-01", "lamp")
    add_user(conn, other)
    assert kind_of(lambda: admin.find_user(conn, "amina")) == "validation"
    assert admin.find_user(conn, "amina", org_id=other).org_id == other


def test_user_validation(conn: sa.Connection, org: uuid.UUID) -> None:
    assert kind_of(lambda: add_user(conn, org, role="boss")) == "validation"
    assert kind_of(lambda: add_user(conn, org, team=None)) == "validation"
    assert kind_of(lambda: add_user(conn, org, team="nope")) == "not_found"
    assert kind_of(lambda: add_user(conn, org, name=" ")) == "validation"
    with pytest.raises(AdminError, match="passphrase: Use at least 12"):
        admin.create_user(conn, org, "bob", role="worker", team="lamp", passphrase="short",
                          hasher=TEST_HASHER, now=NOW)
    admin_id = add_user(conn, org, name="root", role="admin", team=None)
    assert admin.find_user(conn, "root").id == admin_id
    assert kind_of(lambda: admin.find_org(conn, "Nobody")) == "not_found"
    assert kind_of(lambda: admin.find_user(conn, "nobody")) == "not_found"


def test_verify_user(conn: sa.Connection, org: uuid.UUID) -> None:
    user_id = add_user(conn, org)
    found = admin.verify_user(conn, org, "amina", PASSPHRASE, TEST_HASHER)
    assert found is not None and found.id == user_id
    assert admin.verify_user(conn, org, "amina", OTHER_PASSPHRASE, TEST_HASHER) is None
    assert admin.verify_user(conn, org, "nobody", PASSPHRASE, TEST_HASHER) is None


KEYS = ServerKeys(bytes(range(32)))


def redeem(conn: sa.Connection, code: str, at: datetime) -> str:
    return EnrolmentCodes(KEYS.code_hash_key).redeem(code, DbCodeStore(conn), at)


def enrolment_kind(call: object) -> str:
    assert callable(call)
    with pytest.raises(EnrolmentError) as raised:
        call()
    return raised.value.kind


def test_enrolment_code_is_typeable_keyed_and_single_use(conn: sa.Connection,
                                                        org: uuid.UUID) -> None:
    user_id = add_user(conn, org)
    code = issue_enrolment_code(conn, KEYS, user_id, now=NOW, rng=random.Random(7))
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}", code)
    stored = conn.execute(sa.select(enrolment_codes.c.code_hash)).scalar_one()
    canonical = code.replace("-", "").encode()
    assert stored == hmac.new(KEYS.code_hash_key, canonical, hashlib.sha256).digest()
    assert stored != hashlib.sha256(canonical).digest()  # useless without the server key
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert redeem(conn, typed, NOW) == str(user_id)
    assert enrolment_kind(lambda: redeem(conn, code, NOW)) == "used"


def test_enrolment_code_expiry_and_unknown_codes(conn: sa.Connection, org: uuid.UUID) -> None:
    user_id = add_user(conn, org)
    code = issue_enrolment_code(conn, KEYS, user_id, now=NOW, ttl=timedelta(hours=1))
    late = NOW + timedelta(hours=1)
    assert enrolment_kind(lambda: redeem(conn, code, late)) == "expired"
    assert enrolment_kind(lambda: redeem(conn, "ZZZZZ-ZZZZZ", NOW)) == "unknown"
    assert enrolment_kind(lambda: redeem(conn, "ABC", NOW)) == "unknown"
    other_server = EnrolmentCodes(ServerKeys(bytes(32)).code_hash_key)
    assert enrolment_kind(lambda: other_server.redeem(code, DbCodeStore(conn), NOW)
                          ) == "unknown"
    with pytest.raises(ValueError, match="positive"):
        issue_enrolment_code(conn, KEYS, user_id, now=NOW, ttl=timedelta(0))


def test_devices_register_and_revoke(conn: sa.Connection, org: uuid.UUID) -> None:
    user_id = add_user(conn, org)
    device_id = admin.register_device(conn, user_id, bytes(range(32)), now=NOW)
    assert kind_of(lambda: admin.register_device(conn, user_id, bytes(range(32)), now=NOW)
                   ) == "duplicate"
    assert kind_of(lambda: admin.register_device(conn, user_id, b"short", now=NOW)
                   ) == "validation"
    later = NOW + timedelta(days=1)
    assert admin.revoke_device(conn, device_id, now=later) is True
    assert admin.revoke_device(conn, device_id, now=later) is False
    row = conn.execute(sa.select(devices.c.status, devices.c.revoked_at)).one()
    assert (row.status, row.revoked_at) == ("revoked", later)
    assert kind_of(lambda: admin.revoke_device(conn, uuid.uuid4(), now=NOW)) == "not_found"
