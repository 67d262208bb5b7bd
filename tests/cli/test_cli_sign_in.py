"""``fieldcase sign-in`` against a real ``fieldcase-server`` process: the server passphrase from
``FIELDCASE_SERVER_PASSPHRASE`` or the line after the profile passphrase on standard input
(never a flag), exit 0 when signed in, 3 for a wrong server passphrase, and ``sync`` exiting 3
while the lease has expired until a sign-in lifts it."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.server_process import stop
from tests.sign_in_server import SERVER_PASSPHRASE, RealServer

from fieldcase import cli
from fieldcase.cli_commands import Options
from fieldcase.services import profile
from fieldcase.storage import sync_state
from fieldcase.storage.keyslots import KdfParams

KDF = KdfParams.insecure_for_tests()
DEVICE_PASSPHRASE = "device side passphrase long"
WRONG = "surely not the server passphrase"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealServer]:
    running = RealServer.start(tmp_path_factory.mktemp("server"))
    try:
        yield running
    finally:
        stop(running.process)


def run(*argv: str, stdin: str = "", env: dict[str, str] | None = None,
        monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.delenv("FIELDCASE_PASSPHRASE", raising=False)
    monkeypatch.delenv("FIELDCASE_SERVER_PASSPHRASE", raising=False)
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err,
                    options=Options(kdf=KDF, sleep=lambda _s: None))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path, server: RealServer, monkeypatch: pytest.MonkeyPatch) -> str:
    made = str(tmp_path / "profile")
    env = {"FIELDCASE_PASSPHRASE": DEVICE_PASSPHRASE}
    code, _, err = run("init", "--profile", made, "--user", "amina", "--team", "lamp",
                       "--site", "LAMP-01", env=env, monkeypatch=monkeypatch)
    assert code == 0, err
    code, _, err = run("enroll", "--profile", made, "--user", "amina", "--server", server.url,
                       "--code", server.code(), env=env, monkeypatch=monkeypatch)
    assert code == 0, err
    return made


def expire_lease(folder: str) -> None:
    session = profile.unlock(Path(folder), user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF)
    try:
        with session.store.atomic():
            sync_state.set_last_successful_sync(
                session.store, datetime.now(UTC) - timedelta(days=20))
    finally:
        session.close()


def test_sign_in_with_the_environment_and_with_standard_input(
        folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run("sign-in", "--profile", folder, "--user", "amina", "--json",
                         env={"FIELDCASE_PASSPHRASE": DEVICE_PASSPHRASE,
                              "FIELDCASE_SERVER_PASSPHRASE": SERVER_PASSPHRASE},
                         monkeypatch=monkeypatch)
    assert code == cli.EXIT_OK, err
    assert json.loads(out)["signed_in"] is True and json.loads(out)["lease"] == "ok"
    code, out, err = run("sign-in", "--profile", folder, "--user", "amina",
                         stdin=f"{DEVICE_PASSPHRASE}\n{SERVER_PASSPHRASE}\n",
                         monkeypatch=monkeypatch)
    assert code == cli.EXIT_OK, err
    assert out.startswith("signed in; session valid until ")
    assert SERVER_PASSPHRASE not in out + err


def test_a_wrong_server_passphrase_exits_3_and_is_not_echoed(
        folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run("sign-in", "--profile", folder, "--user", "amina",
                         stdin=f"{DEVICE_PASSPHRASE}\n{WRONG}\n", monkeypatch=monkeypatch)
    assert code == cli.EXIT_LOCKED and out == ""
    assert "not your server passphrase" in err and WRONG not in err


def test_no_server_passphrase_is_a_usage_error_and_there_is_no_flag(
        folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run("sign-in", "--profile", folder, "--user", "amina",
                       stdin=f"{DEVICE_PASSPHRASE}\n", monkeypatch=monkeypatch)
    assert code == cli.EXIT_USAGE and "FIELDCASE_SERVER_PASSPHRASE" in err
    code, _, _ = run("sign-in", "--profile", folder, "--user", "amina", "--passphrase", "x",
                     monkeypatch=monkeypatch)
    assert code == cli.EXIT_USAGE


def test_sync_exits_3_on_an_expired_lease_until_sign_in(
        folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expire_lease(folder)
    env = {"FIELDCASE_PASSPHRASE": DEVICE_PASSPHRASE}
    code, _, err = run("sync", "--profile", folder, "--user", "amina", env=env,
                       monkeypatch=monkeypatch)
    assert code == cli.EXIT_LOCKED
    assert err.startswith("sign-in required: This laptop has not been online for 20 days")
    assert "fieldcase sign-in" in err
    code, _, err = run("sign-in", "--profile", folder, "--user", "amina",
                       env={**env, "FIELDCASE_SERVER_PASSPHRASE": SERVER_PASSPHRASE},
                       monkeypatch=monkeypatch)
    assert code == cli.EXIT_OK, err
    code, _, err = run("sync", "--profile", folder, "--user", "amina", env=env,
                       monkeypatch=monkeypatch)
    assert code == cli.EXIT_OK, err
