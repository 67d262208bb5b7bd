"""``fieldcase-server`` in-process (exit codes, output, passphrase input) and as real
processes serving HTTP on loopback (SQLite default; two processes on one PostgreSQL)."""

from __future__ import annotations

import io
import random
import re
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from tests.pg import free_port
from tests.server_process import start_server, stop, wait_healthy

from fieldcase.server import migrations
from fieldcase.server.cli import Context, main
from fieldcase.server.config import Settings
from fieldcase.server.db import create_engine, devices, enrolment_codes, sites, teams, users
from fieldcase.server.keys_file import load_key

from .conftest import NOW, PASSPHRASE, TEST_HASHER


class Run:
    """One in-process invocation with captured output."""

    def __init__(self, url: str, *args: str, stdin: str = "", env: dict[str, str] | None = None,
                 served: list[Settings] | None = None) -> None:
        self.stdout, self.stderr = io.StringIO(), io.StringIO()
        context = Context(stdin=io.StringIO(stdin), stdout=self.stdout, stderr=self.stderr,
                          environ=env or {}, now=lambda: NOW, hasher=TEST_HASHER,
                          rng=random.Random(1), serve=served.append if served is not None
                          else None)
        self.code = main([*args, "--database-url", url] if url else list(args), context)
        self.out, self.err = self.stdout.getvalue(), self.stderr.getvalue()


@pytest.fixture(autouse=True)
def _work_in_a_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default data folder (and the server key created in it) lands in tmp_path."""
    monkeypatch.chdir(tmp_path)


def setup_org(url: str) -> None:
    assert Run(url, "org", "create", "Border Aid").code == 0
    assert Run(url, "team", "create", "--org", "Border Aid", "--site", "LAMP-01", "lamp").code == 0


def test_admin_flow_from_the_command_line(db_url: str) -> None:
    setup_org(db_url)
    user = Run(db_url, "user", "create", "--org", "Border Aid", "--team", "lamp", "--role",
               "worker", "amina", stdin=PASSPHRASE + "\n")
    assert user.code == 0 and uuid.UUID(user.out.strip())
    assert PASSPHRASE not in user.out + user.err and "amina" not in user.out + user.err
    code = Run(db_url, "enroll-code", "--user", "amina", "--valid-hours", "2")
    assert code.code == 0
    printed_code, fingerprint_line = code.out.splitlines()
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}", printed_code)
    keys = load_key(Path("fieldcase-server-data") / "server-key")
    assert fingerprint_line == f"server key fingerprint {keys.fingerprint}"
    assert "valid until 2026-11-30T11:00+00:00" in code.err
    again = Run(db_url, "enroll-code", "--user", "amina")
    assert again.out.splitlines()[1] == fingerprint_line  # the same key, loaded not remade
    assert Run(db_url, "enroll-code", "--user", "amina", "--valid-hours", "0").code == 4


class _ReaderGoesAfterOneWrite(io.StringIO):
    """Standard output piped into `head -1` with unbuffered output: the second write breaks."""

    def write(self, text: str) -> int:
        if self.getvalue():
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(text)


def test_an_enrolment_code_piped_into_head_is_the_one_stored(sqlite_db_url: str) -> None:
    setup_org(sqlite_db_url)
    Run(sqlite_db_url, "user", "create", "--org", "Border Aid", "--team", "lamp", "--role",
        "worker", "amina", stdin=PASSPHRASE + "\n")
    stdout = _ReaderGoesAfterOneWrite()
    context = Context(stdout=stdout, stderr=io.StringIO(), environ={}, now=lambda: NOW,
                      hasher=TEST_HASHER, rng=random.Random(1))
    assert main(["enroll-code", "--user", "amina", "--database-url", sqlite_db_url],
                context) == 0
    assert re.match(r"[0-9A-Z]{5}-[0-9A-Z]{5}\n", stdout.getvalue())
    engine = create_engine(sqlite_db_url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(sa.select(sa.func.count()).select_from(enrolment_codes))
            assert stored.scalar_one() == 1  # the code shown was committed, not rolled back
    finally:
        engine.dispose()


def test_the_key_file_is_private_and_refused_when_it_is_not(sqlite_db_url: str,
                                                             tmp_path: Path) -> None:
    setup_org(sqlite_db_url)
    Run(sqlite_db_url, "user", "create", "--org", "Border Aid", "--team", "lamp", "--role",
        "worker", "amina", stdin=PASSPHRASE + "\n")
    key_file = tmp_path / "keys" / "server.key"
    made = Run(sqlite_db_url, "enroll-code", "--user", "amina", "--key-file", str(key_file))
    assert made.code == 0
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert key_file.parent.stat().st_mode & 0o777 == 0o700
    key_text = key_file.read_text()
    assert key_text.split(":")[1].strip() not in made.out + made.err
    from_env = Run(sqlite_db_url, "enroll-code", "--user", "amina",
                   env={"FIELDCASE_SERVER_KEY_FILE": str(key_file)})
    assert from_env.out.splitlines()[1] == made.out.splitlines()[1]
    key_file.chmod(0o644)
    refused = Run(sqlite_db_url, "enroll-code", "--user", "amina", "--key-file", str(key_file))
    assert refused.code == 1 and "chmod 600" in refused.err


def test_passphrase_from_the_environment_and_never_from_a_flag(sqlite_db_url: str) -> None:
    setup_org(sqlite_db_url)
    env = {"FIELDCASE_SERVER_PASSPHRASE": PASSPHRASE}
    ok = Run(sqlite_db_url, "user", "create", "--org", "Border Aid", "--role", "admin", "root",
             env=env)
    assert ok.code == 0
    flag = Run(sqlite_db_url, "user", "create", "--org", "Border Aid", "--role", "admin",
               "--passphrase", PASSPHRASE, "root2")
    assert flag.code == 2
    missing = Run(sqlite_db_url, "user", "create", "--org", "Border Aid", "--role", "admin",
                  "root3")
    assert missing.code == 2 and "FIELDCASE_SERVER_PASSPHRASE" in missing.err


def test_validation_errors_exit_4_and_name_the_field(sqlite_db_url: str) -> None:
    setup_org(sqlite_db_url)
    weak = Run(sqlite_db_url, "user", "create", "--org", "Border Aid", "--team", "lamp",
               "--role", "worker", "bob", stdin="qwertyuiop12\n")
    assert weak.code == 4 and weak.err.startswith("error: passphrase:")
    assert "qwertyuiop12" not in weak.err
    assert Run(sqlite_db_url, "org", "create", "Border Aid").code == 4
    assert "team:" in Run(sqlite_db_url, "user", "create", "--org", "Border Aid", "--role",
                          "worker", "bob", stdin=PASSPHRASE + "\n").err
    assert Run(sqlite_db_url, "enroll-code", "--user", "nobody").code == 4
    assert Run(sqlite_db_url, "device", "revoke", "not-an-id").code == 4
    assert Run(sqlite_db_url, "device", "revoke", str(uuid.uuid4())).code == 4


def test_usage_errors_exit_2(sqlite_db_url: str) -> None:
    assert Run("", "bogus").code == 2
    assert Run(sqlite_db_url, "user", "create", "--org", "X", "--role", "king", "a").code == 2
    assert Run(sqlite_db_url, "serve", "--tls-cert", "c.pem").code == 2


def test_device_revoke(sqlite_db_url: str) -> None:
    setup_org(sqlite_db_url)
    Run(sqlite_db_url, "user", "create", "--org", "Border Aid", "--team", "lamp", "--role",
        "worker", "amina", stdin=PASSPHRASE + "\n")
    engine = create_engine(sqlite_db_url)
    try:
        with engine.begin() as conn:
            from fieldcase.server import admin

            user = admin.find_user(conn, "amina")
            device_id = admin.register_device(conn, user.id, bytes(32), now=NOW)
        assert Run(sqlite_db_url, "device", "revoke", str(device_id)).out == "revoked\n"
        assert Run(sqlite_db_url, "device", "revoke", str(device_id)).out == "already revoked\n"
        with engine.connect() as conn:
            assert conn.execute(sa.select(devices.c.status)).scalar_one() == "revoked"
    finally:
        engine.dispose()


def test_unreachable_database_exits_1_without_the_password() -> None:
    url = f"postgresql://fieldcase:hunter2secret@127.0.0.1:{free_port()}/none"
    run = Run(url, "migrate")
    assert run.code == 1 and "hunter2secret" not in run.err and "database" in run.err


def test_default_database_is_a_private_folder_in_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert Run("", "migrate").out == f"database at revision {migrations.head_revision()}\n"
    folder = tmp_path / "fieldcase-server-data"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "fieldcase-server.db").stat().st_mode & 0o777 == 0o600


def test_serve_migrates_then_hands_the_settings_to_the_server(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    served: list[Settings] = []
    assert Run(url, "serve", "--port", "9999", "--host", "127.0.0.2", served=served).code == 0
    assert served == [Settings(database_url=url, host="127.0.0.2", port=9999)]
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.head_revision()
    finally:
        engine.dispose()


def test_several_workers_are_refused_on_sqlite_before_anything_starts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    served: list[Settings] = []
    run = Run(url, "serve", "--workers", "2", served=served)
    assert run.code == 2 and served == []
    assert "--workers" in run.err and "PostgreSQL" in run.err
    assert not (tmp_path / "fresh.db").exists()  # not even migrated
    assert Run(url, "serve", "--workers", "0", served=served).code == 2
    assert Run(url, "serve", "--workers", "1", served=served).code == 0  # one is fine


def test_serve_hands_the_workers_to_the_server_on_postgresql(pg_url: str) -> None:
    served: list[Settings] = []
    assert Run(pg_url, "serve", "--workers", "3", served=served).code == 0
    assert [s.workers for s in served] == [3]


def test_openapi_command_prints_the_document() -> None:
    run = Run("", "openapi")
    assert run.code == 0 and '"openapi"' in run.out


# -- real processes ---------------------------------------------------------------------------

def test_serve_as_a_real_process_on_the_embedded_database(tmp_path: Path) -> None:
    process, port = start_server(tmp_path)
    try:
        response = wait_healthy(process, port)
    finally:
        log = stop(process)
    assert response.status_code == 200 and response.json()["database"] == "ok"
    assert "Application shutdown complete" in log
    assert (tmp_path / "fieldcase-server-data" / "fieldcase-server.db").exists()


def test_two_server_processes_start_together_on_one_postgresql(tmp_path: Path,
                                                               pg_cluster: object) -> None:
    from tests.pg import PostgresCluster

    assert isinstance(pg_cluster, PostgresCluster)
    name = f"fieldcase_two_{uuid.uuid4().hex[:8]}"
    url = pg_cluster.create_database(name)  # empty: both processes race to migrate it
    servers = [start_server(tmp_path, "--database-url", url) for _ in range(2)]
    try:
        responses = [wait_healthy(process, port) for process, port in servers]
    finally:
        logs = [stop(process) for process, _ in servers]
        pg_cluster.drop_database(name)
    assert [r.json()["database"] for r in responses] == ["ok", "ok"]
    assert all("Application shutdown complete" in log for log in logs)
    assert all(url not in log for log in logs)


def test_user_change_moves_a_user_to_another_team_and_role(db_url: str) -> None:
    setup_org(db_url)
    assert Run(db_url, "team", "create", "--org", "Border Aid", "--site", "PORT-01",
               "harbour").code == 0
    made = Run(db_url, "user", "create", "--org", "Border Aid", "--team", "lamp", "--role",
               "worker", "amina", stdin=PASSPHRASE + "\n")
    user_id = uuid.UUID(made.out.strip())
    moved = Run(db_url, "user", "change", "--org", "Border Aid", "--team", "harbour",
                "--role", "supervisor", "amina")
    assert (moved.code, moved.out.split()) == (0, [str(user_id), "supervisor"])
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(sa.select(users.c.role, teams.c.name, sites.c.name.label("site"))
                               .select_from(users.join(teams, users.c.team_id == teams.c.id)
                                            .join(sites, users.c.site_id == sites.c.id))
                               .where(users.c.id == user_id)).one()
    finally:
        engine.dispose()
    assert tuple(row) == ("supervisor", "harbour", "PORT-01")
    assert Run(db_url, "user", "change", "--org", "Border Aid", "amina").code == 4  # nothing
    assert Run(db_url, "user", "change", "--org", "Border Aid", "--team", "nowhere",
               "amina").code == 4
    assert Run(db_url, "user", "change", "--org", "Border Aid", "--role", "worker",
               "nobody").code == 4
