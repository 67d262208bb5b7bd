"""The service directory on the server, on SQLite and PostgreSQL: the admin functions and the
``fieldcase-server services`` command (checked with the devices' own rules, all or none), the
signed ``GET /v1/services`` (the device's site only, ETag, the wipe for a revoked device), the
pull's directory version, the push refusing a new referral to a deactivated service, and
migration 0013 up and down."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from fieldcase import bundled
from fieldcase.resources import assets_dir
from fieldcase.server import admin, migrations, service_directory
from fieldcase.server.admin import AdminError
from fieldcase.server.cli import Context, main
from fieldcase.sync.signing import sign_request

from .conftest import NOW, TEST_HASHER
from .sync_harness import Device, World, call, make_world, wire_bytes

SERVICES = "/v1/services"


def service(service_id: str = "lamp-shelter", site: str = "LAMP-01", **extra: object
            ) -> dict[str, object]:
    return {"id": service_id, "site": site, "name": "Lampedusa Night Shelter",
            "category": "shelter", "assistance_types": ["shelter", "food"],
            "languages": ["it", "ar"], "contact": {"phone": "+39 0922 555 010"},
            "eligibility": {"min_age": 18}, "opening_hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "18:00",
                 "closes": "24:00"}], **extra}


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def add(world: World, data: dict[str, object], org_id: uuid.UUID | None = None) -> None:
    with world.engine.begin() as conn:
        service_directory.add(conn, org_id or world.org_id, data, now=world.clock())


def get_services(device: Device, *, if_none_match: str | None = None) -> httpx.Response:
    headers = sign_request(device.key, device_id=device.id,
                           session_token=device.enrolment.session_token, method="GET",
                           path=SERVICES, body=b"", now=device.world.clock(),
                           random_bytes=device.world.rng.randbytes)
    if if_none_match is not None:
        headers["If-None-Match"] = if_none_match
    return call(device.world.app, SERVICES, b"", headers, method="GET")


def kind_of(engine: sa.Engine, call_: object) -> tuple[str, str]:
    assert callable(call_)
    with pytest.raises(AdminError) as raised, engine.begin() as conn:
        call_(conn)
    return raised.value.kind, str(raised.value)


def test_admin_changes_are_checked_versioned_and_never_deleted(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        org_id = admin.create_org(conn, "Border Aid", now=NOW)
        added = service_directory.add(conn, org_id, service(), now=NOW)
        assert added.active and service_directory.directory_version(conn, org_id) == 1
    assert kind_of(engine, lambda c: service_directory.add(c, org_id, service(), now=NOW)
                   )[0] == "duplicate"
    kind, message = kind_of(engine, lambda c: service_directory.add(
        c, org_id, service("x", contact={"phone": "call us"}), now=NOW))
    assert kind == "validation" and message.startswith("contact.phone:") and "(format)" in message
    kind, message = kind_of(engine, lambda c: service_directory.add(
        c, org_id, service("y", assistance_types=["spa"]), now=NOW))
    assert kind == "validation" and "assistance_types[0]" in message
    assert kind_of(engine, lambda c: service_directory.update(
        c, org_id, "nope", {"name": "x"}, now=NOW))[0] == "not_found"
    with engine.begin() as conn:
        changed = service_directory.update(conn, org_id, "lamp-shelter",
                                           {"name": "Night Shelter"}, now=NOW)
        assert changed.name == "Night Shelter" and changed.languages == ("it", "ar")
        assert service_directory.deactivate(conn, org_id, "lamp-shelter", now=NOW)
        assert not service_directory.deactivate(conn, org_id, "lamp-shelter", now=NOW)
        kept = service_directory.listed(conn, org_id)
        assert [(s.id, s.active) for s in kept] == [("lamp-shelter", False)]
        assert service_directory.directory_version(conn, org_id) == 3
        assert service_directory.referral_ids(conn, org_id) == frozenset()


def test_an_import_of_the_sample_is_all_or_nothing(engine: sa.Engine) -> None:
    sample = json.loads((assets_dir() / "services" / "directory.json").read_text())
    with engine.begin() as conn:
        org_id = admin.create_org(conn, "Border Aid", now=NOW)
        assert service_directory.referral_ids(conn, org_id) == bundled.service_ids()
    broken = {**sample, "services": [*sample["services"], {"id": "bad"}]}
    kind, message = kind_of(engine, lambda c: service_directory.import_file(
        c, org_id, broken, now=NOW))
    assert kind == "validation" and message.startswith(f"services[{len(sample['services'])}]")
    with engine.begin() as conn:
        assert service_directory.listed(conn, org_id) == ()
        added, changed = service_directory.import_file(conn, org_id, sample, now=NOW)
        assert (added, changed) == (len(sample["services"]), 0)
        assert service_directory.import_file(conn, org_id, sample, now=NOW) == (0, 0)
        assert service_directory.referral_ids(conn, org_id) == bundled.service_ids()


def run(url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*args, "--database-url", url],
                Context(stdin=io.StringIO(), stdout=out, stderr=err, environ={},
                        now=lambda: NOW, hasher=TEST_HASHER))
    return code, out.getvalue(), err.getvalue()


def test_the_admin_command_adds_updates_deactivates_lists_and_imports(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(db_url, "org", "create", "Border Aid")[0] == 0
    assert run(db_url, "team", "create", "--org", "Border Aid", "--site", "LAMP-01",
               "lamp")[0] == 0
    org = ("--org", "Border Aid")
    code, out, err = run(db_url, "services", "add", *org, "--id", "lamp-shelter", "--site",
                         "LAMP-01", "--name", "Lampedusa Night Shelter", "--category",
                         "shelter", "--types", "shelter,food", "--languages", "it,ar",
                         "--phone", "+39 0922 555 010", "--hours", "mon-fri 18:00-24:00",
                         "--hours", "sat 09:00-12:00", "--min-age", "18")
    assert (code, out.strip(), err) == (0, "added lamp-shelter (directory version 1)", "")
    code, out, err = run(db_url, "services", "add", *org, "--id", "x", "--site", "lamp",
                         "--name", "X", "--category", "shelter", "--types", "shelter")
    assert (code, out) == (4, "") and "site: must be a site code" in err
    code, _, err = run(db_url, "services", "add", *org, "--id", "y", "--site", "LAMP-01",
                       "--name", "Y", "--category", "shelter", "--types", "shelter",
                       "--hours", "weekdays 9-5")
    assert code == 4 and "--hours" in err
    code, out, _ = run(db_url, "services", "update", *org, "lamp-shelter", "--email",
                       "desk@example.org", "--hours", "daily 00:00-24:00")
    assert (code, out.strip()) == (0, "updated lamp-shelter (directory version 2)")
    code, out, _ = run(db_url, "services", "list", *org, "--json")
    listed = json.loads(out)["services"]
    assert listed[0]["contact"] == {"phone": "+39 0922 555 010", "email": "desk@example.org"}
    assert listed[0]["opening_hours"] == [{"days": ["mon", "tue", "wed", "thu", "fri", "sat",
                                                    "sun"], "opens": "00:00",
                                           "closes": "24:00"}]
    assert listed[0]["eligibility"]["min_age"] == 18
    assert run(db_url, "services", "deactivate", *org, "lamp-shelter")[1] == "deactivated\n"
    assert run(db_url, "services", "deactivate", *org, "lamp-shelter")[1] == \
        "already inactive\n"
    code, out, _ = run(db_url, "services", "list", *org)
    assert code == 0 and out.split("\t")[:3] == ["LAMP-01", "lamp-shelter", "inactive"]
    assert run(db_url, "services", "update", *org, "lamp-shelter", "--active")[0] == 0
    code, _, err = run(db_url, "services", "deactivate", *org, "nope")
    assert code == 4 and "no service 'nope'" in err
    (tmp_path / "broken.json").write_text("{not json")
    code, _, err = run(db_url, "services", "import", *org, "broken.json")
    assert code == 4 and "not JSON" in err
    sample = str(assets_dir() / "services" / "directory.json")
    code, out, err = run(db_url, "services", "import", *org, sample)
    assert "warning: no team works at AGZ-01, " in err  # kept, but said
    assert (code, out.strip()) == (0, f"{len(bundled.service_directory().services)} added, "
                                      "0 changed (directory version 5)")
    code, out, _ = run(db_url, "services", "list", *org, "--site", "LAMP-01", "--json")
    (tmp_path / "again.json").write_text(out)
    assert run(db_url, "services", "import", *org, "again.json")[1].startswith(
        "0 added, 0 changed")


def test_a_device_gets_its_sites_services_with_an_etag(world: World) -> None:
    amina = world.enrol("amina")
    empty = get_services(amina)
    assert empty.status_code == 200 and empty.headers["etag"] == '"0"'
    assert empty.json() == {"directory": {"format": "fieldcase-service-directory",
                                          "version": 1, "services": []},
                            "version": 0, "updated_at": None}
    add(world, service())
    add(world, service("port-clinic", site="PORT-01", category="medical",
                       assistance_types=["medical"]))
    with world.engine.begin() as conn:
        other = admin.create_org(conn, "Harbour Relief", now=NOW)
    add(world, service("lamp-other-org"), org_id=other)
    answer = get_services(amina)
    assert answer.status_code == 200 and answer.headers["etag"] == '"2"'
    body = answer.json()
    assert body["version"] == 2
    assert [s["id"] for s in body["directory"]["services"]] == ["lamp-shelter"]
    assert body["directory"]["services"][0]["contact"] == {"phone": "+39 0922 555 010"}
    everything = get_services(world.enrol("root")).json()["directory"]["services"]
    assert sorted(s["id"] for s in everything) == ["lamp-shelter", "port-clinic"]
    unchanged = get_services(amina, if_none_match='"2"')
    assert (unchanged.status_code, unchanged.content) == (304, b"")
    assert get_services(amina, if_none_match='"1"').status_code == 200


def test_a_revoked_device_gets_the_wipe_not_the_directory(world: World) -> None:
    device = world.enrol("amina")
    add(world, service())
    world.revoke(device)
    answer = get_services(device)
    assert answer.status_code == 410 and "directory" not in answer.json()
    assert call(world.app, SERVICES, b"", {}, method="GET").status_code == 400


def test_the_last_pull_page_carries_the_directory_version(world: World) -> None:
    device = world.enrol("amina")
    assert [page.directory_version for page in device.pull_all()] == [None]
    add(world, service())
    with world.engine.begin() as conn:
        service_directory.deactivate(conn, world.org_id, "lamp-shelter", now=world.clock())
    assert device.pull_all()[-1].directory_version == 2
    no_op = device.pull_raw()  # still one small request when an organisation has a directory
    assert no_op.status_code == 200 and wire_bytes(no_op) <= 1024


def test_migration_0013_upgrades_and_downgrades(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        org_id = admin.create_org(conn, "Border Aid", now=NOW)
        service_directory.add(conn, org_id, service(), now=NOW)
    migrations.downgrade(engine, "0012")
    with engine.connect() as conn:
        assert "services" not in sa.inspect(conn).get_table_names()
    migrations.upgrade(engine)
    with engine.connect() as conn:
        assert service_directory.listed(conn, org_id) == ()
        assert service_directory.directory_version(conn, org_id) == 0
