"""The organisation policy on the server, on SQLite and PostgreSQL: the admin functions and
command, the signed ``GET /v1/policy`` (each device gets its own organisation's policy; revoked
devices get the wipe; replays are refused), and migration 0005 up and down."""

from __future__ import annotations

import io
import json
import random
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from fieldcase.domain.lease import LeasePolicy
from fieldcase.domain.org_policy import OrgPolicy, PolicyError, PublishedPolicy
from fieldcase.server import admin, migrations
from fieldcase.server.admin import AdminError
from fieldcase.server.cli import Context, main
from fieldcase.server.db import org_policies
from fieldcase.services import org_policy, profile
from fieldcase.services import sync as sync_service
from fieldcase.storage.keyslots import KdfParams
from fieldcase.sync.client import SyncClient
from fieldcase.sync.enrolment import inspect_wipe
from fieldcase.sync.signing import RequestSigner, sign_request

from .conftest import NOW, PASSPHRASE, TEST_HASHER
from .sync_harness import KEYS, Device, SyncAsgi, World, call, make_world

POLICY = "/v1/policy"
DEVICE_PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def get_policy(device: Device, *, nonce: bytes | None = None,
               session: str | None = None) -> httpx.Response:
    headers = sign_request(
        device.key, device_id=device.id,
        session_token=device.enrolment.session_token if session is None else session,
        method="GET", path=POLICY, body=b"", now=device.world.clock(),
        random_bytes=(lambda _n: nonce) if nonce is not None else device.world.rng.randbytes)
    return call(device.world.app, POLICY, b"", headers, method="GET")


def set_policy(world: World, org_id: uuid.UUID, **changes: int) -> PublishedPolicy:
    with world.engine.begin() as conn:
        return admin.set_org_policy(conn, org_id, changes, now=world.clock())


def add_other_org(world: World) -> uuid.UUID:
    """A second organisation with one worker, ``zara``, known to the world by name."""
    with world.engine.begin() as conn:
        org_id = admin.create_org(conn, "Harbour Relief", now=NOW)
        admin.create_team(conn, org_id, "QUAY-02", "quay")
        world.users["zara"] = admin.create_user(conn, org_id, "zara", role="worker",
                                                team="quay", passphrase=PASSPHRASE,
                                                hasher=TEST_HASHER, now=NOW)
    return org_id


def test_an_organisation_without_a_policy_publishes_the_defaults(world: World) -> None:
    answer = get_policy(world.enrol("amina"))
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"policy": {"max_offline_days": 14, "warn_days": 3,
                                        "auto_lock_minutes": 5, "sync_interval_minutes": 15,
                                        "retention_months_after_closure": None,
                                        "duress": "user", "quick_wipe": "user"},
                             "version": 0, "updated_at": None}


@pytest.mark.parametrize("user", ["amina", "sara", "root"])
def test_every_device_of_the_organisation_gets_its_policy(world: World, user: str) -> None:
    set_policy(world, world.org_id, max_offline_days=3, warn_days=1)
    world.clock.advance(hours=1)
    set_policy(world, world.org_id, auto_lock_minutes=2)
    answer = PublishedPolicy.from_json(get_policy(world.enrol(user)).json())
    assert answer.policy == OrgPolicy(max_offline_days=3, warn_days=1, auto_lock_minutes=2)
    assert answer.version == 2 and answer.updated_at == NOW + timedelta(hours=1)


def test_another_organisations_device_gets_its_own_policy(world: World) -> None:
    other = add_other_org(world)
    set_policy(world, world.org_id, max_offline_days=3, warn_days=1)
    set_policy(world, other, sync_interval_minutes=60)
    ours = PublishedPolicy.from_json(get_policy(world.enrol("amina")).json())
    theirs = PublishedPolicy.from_json(get_policy(world.enrol("zara")).json())
    assert ours.policy == OrgPolicy(max_offline_days=3, warn_days=1)
    assert theirs.policy == OrgPolicy(sync_interval_minutes=60)


def test_a_revoked_device_gets_the_signed_wipe_not_the_policy(world: World) -> None:
    device = world.enrol("amina")
    world.revoke(device)
    answer = get_policy(device)
    assert answer.status_code == 410
    body = answer.json()
    assert body["kind"] == "revoked_device" and "policy" not in body
    verdict = inspect_wipe(body["wipe"].encode(), KEYS.public_key_bytes, device.id,
                           device.enrolment.enrolled_at)
    assert verdict.accepted, verdict.reason


def test_replayed_unsigned_and_sessionless_requests_are_refused(world: World) -> None:
    device = world.enrol("amina")
    assert get_policy(device, nonce=b"\x01" * 16).status_code == 200
    replayed = get_policy(device, nonce=b"\x01" * 16)
    assert (replayed.status_code, replayed.json()["kind"]) == (401, "replayed_nonce")
    assert call(world.app, POLICY, b"", {}, method="GET").status_code == 400
    forged = get_policy(device, session="not-a-session-token")
    assert (forged.status_code, forged.json()["kind"]) == (401, "invalid_session")


def test_the_sync_client_reads_the_policy_over_signed_http(world: World) -> None:
    set_policy(world, world.org_id, warn_days=7)
    device = world.enrol("amina")
    signer = RequestSigner(device.key, device.id, device.enrolment.session_token,
                           now=world.clock, random_bytes=random.Random(3).randbytes)
    with SyncClient("http://test", signer=signer,
                    transport=SyncAsgi(world)) as client:
        published = client.fetch_policy()
    assert published is not None and published.policy == OrgPolicy(warn_days=7)


def test_a_device_fetches_at_enrolment_and_a_day_later_from_the_real_server(
        world: World, tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    profile.create_profile(folder, user="amina", passphrase=DEVICE_PASSPHRASE, role="worker",
                           team="lamp", site="LAMP-01", kdf=KdfParams.insecure_for_tests(),
                           now=world.clock)
    session = profile.unlock(folder, user="amina", passphrase=DEVICE_PASSPHRASE,
                             kdf=KdfParams.insecure_for_tests(), now=world.clock)
    transport = SyncAsgi(world)
    try:
        set_policy(world, world.org_id, max_offline_days=5, warn_days=2)
        sync_service.enroll(session, "http://127.0.0.1:8765", world.code("amina"), transport)
        assert org_policy.device_policy(session) == OrgPolicy(max_offline_days=5, warn_days=2)
        set_policy(world, world.org_id, sync_interval_minutes=60)
        world.clock.advance(hours=24)
        sync_service.sync_now(session, transport, sleep=lambda _s: None)
        assert org_policy.device_policy(session) == OrgPolicy(
            max_offline_days=5, warn_days=2, sync_interval_minutes=60)
        assert session.lease_policy == LeasePolicy(max_offline_days=5, warn_days=2)
    finally:
        session.close()


def test_policy_changes_are_validated_as_a_whole(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        org_id = admin.create_org(conn, "Border Aid", now=NOW)
    cases = [({"max_offline_days": 0}, "max_offline_days: must be between 1 and 90"),
             ({"auto_lock_minutes": 61}, "auto_lock_minutes: must be between 1 and 60"),
             ({"sync_interval_minutes": 4}, "sync_interval_minutes: must be between 5"),
             ({"warn_days": 14}, "warn_days: must be less than max_offline_days"),
             ({"retention_months_after_closure": 0},
              "retention_months_after_closure: must be between 1 and 120"),
             ({"colour": 3}, "colour: is not a policy field"),
             ({}, "policy: give at least one field")]
    for changes, message in cases:
        with engine.begin() as conn, pytest.raises(AdminError, match=message) as raised:
            admin.set_org_policy(conn, org_id, changes, now=NOW)
        assert raised.value.kind == "validation"
    with engine.begin() as conn:
        assert admin.org_policy(conn, org_id) == PublishedPolicy(OrgPolicy(), 0, None)
        assert conn.execute(sa.select(sa.func.count()).select_from(org_policies)).scalar() == 0


def run(url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*args, "--database-url", url],
                Context(stdin=io.StringIO(), stdout=out, stderr=err, environ={},
                        now=lambda: NOW, hasher=TEST_HASHER))
    return code, out.getvalue(), err.getvalue()


def test_the_admin_command_prints_and_changes_the_policy(db_url: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(db_url, "org", "create", "Border Aid")[0] == 0
    code, out, _ = run(db_url, "org", "policy", "--org", "Border Aid")
    assert code == 0 and json.loads(out)["version"] == 0
    code, out, _ = run(db_url, "org", "policy", "--org", "Border Aid", "--max-offline-days",
                       "7", "--auto-lock-minutes", "2")
    shown = json.loads(out)
    assert code == 0 and shown["version"] == 1 and shown["updated_at"] == NOW.isoformat()
    assert shown["policy"] == {"max_offline_days": 7, "warn_days": 3, "auto_lock_minutes": 2,
                               "sync_interval_minutes": 15,
                               "retention_months_after_closure": None,
                               "duress": "user", "quick_wipe": "user"}
    code, out, err = run(db_url, "org", "policy", "--org", "Border Aid", "--warn-days", "9")
    assert (code, out) == (4, "") and "warn_days" in err and "not_below_max_offline_days" in err
    code, out, _ = run(db_url, "org", "policy", "--org", "Border Aid")
    assert json.loads(out) == shown  # the refused change left nothing behind
    code, _, err = run(db_url, "org", "policy", "--org", "Nobody")
    assert code == 4 and "no organisation" in err
    assert run(db_url, "org", "policy", "--org", "Border Aid", "--warn-days", "x")[0] == 2


def test_the_admin_command_sets_and_clears_retention(db_url: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(db_url, "org", "create", "Border Aid")[0] == 0
    code, out, _ = run(db_url, "org", "policy", "--org", "Border Aid", "--retention-months", "12")
    assert code == 0 and json.loads(out)["policy"]["retention_months_after_closure"] == 12
    code, out, err = run(db_url, "org", "policy", "--org", "Border Aid",
                         "--retention-months", "121")
    assert (code, out) == (4, "") and "retention_months_after_closure" in err
    assert run(db_url, "org", "policy", "--org", "Border Aid",
               "--retention-months", "soon")[0] == 2
    code, out, _ = run(db_url, "org", "policy", "--org", "Border Aid",
                       "--retention-months", "keep")
    shown = json.loads(out)
    assert code == 0 and shown["version"] == 2
    assert shown["policy"]["retention_months_after_closure"] is None


def test_the_admin_command_requires_or_forbids_duress_and_quick_wipe(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(db_url, "org", "create", "Border Aid")[0] == 0
    code, out, _ = run(db_url, "org", "policy", "--org", "Border Aid", "--duress", "on",
                       "--quick-wipe", "off")
    shown = json.loads(out)["policy"]
    assert code == 0 and (shown["duress"], shown["quick_wipe"]) == ("on", "off")
    assert run(db_url, "org", "policy", "--org", "Border Aid", "--duress", "maybe")[0] == 2
    published = PublishedPolicy.from_json(json.loads(out))
    assert (published.policy.duress, published.policy.quick_wipe) == ("on", "off")
    older = json.loads(out)
    del older["policy"]["duress"], older["policy"]["quick_wipe"]  # a server before 0012
    assert PublishedPolicy.from_json(older).policy.duress == "user"
    with pytest.raises(PolicyError, match="duress"):
        OrgPolicy(duress="sometimes")


def test_migration_0012_adds_the_switches_and_keeps_the_policy(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        org_id = admin.create_org(conn, "Border Aid", now=NOW)
        admin.set_org_policy(conn, org_id, {"duress": "off", "auto_lock_minutes": 3}, now=NOW)
    migrations.downgrade(engine, "0011")
    migrations.upgrade(engine)
    with engine.connect() as conn:
        kept = admin.org_policy(conn, org_id)
    assert kept.policy.auto_lock_minutes == 3 and kept.policy.duress == "user"


def test_migration_0010_adds_retention_and_keeps_the_policy(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        org_id = admin.create_org(conn, "Border Aid", now=NOW)
        admin.set_org_policy(conn, org_id, {"retention_months_after_closure": 6}, now=NOW)
    migrations.downgrade(engine, "0009")
    migrations.upgrade(engine)
    with engine.connect() as conn:
        kept = admin.org_policy(conn, org_id)
    assert kept.version == 1 and kept.policy.retention_months_after_closure is None


def test_migration_0005_upgrades_and_downgrades(engine: sa.Engine) -> None:
    migrations.downgrade(engine, "0004")
    with engine.connect() as conn:
        assert migrations.current_revision(conn) == "0004"
        assert "org_policies" not in sa.inspect(conn).get_table_names()
    migrations.upgrade(engine, "0005")
    with engine.connect() as conn:
        assert migrations.current_revision(conn) == "0005"
        assert "org_policies" in sa.inspect(conn).get_table_names()
    migrations.upgrade(engine)
    with engine.begin() as conn:
        org_id = admin.create_org(conn, "Border Aid", now=NOW)
        admin.set_org_policy(conn, org_id, {"warn_days": 5}, now=NOW)
    migrations.downgrade(engine, "0004")
    migrations.upgrade(engine)
    with engine.connect() as conn:
        assert admin.org_policy(conn, org_id).version == 0  # the downgrade dropped it
