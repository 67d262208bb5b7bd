"""A real ``fieldcase-server`` process (embedded SQLite) set up for online sign-in tests: one
organisation, team ``lamp`` at ``LAMP-01``, worker ``amina`` whose server passphrase is
:data:`SERVER_PASSPHRASE` (hashed with the server's default Argon2id cost, as ``user create``
does). The organisation, codes and revocations are made in-process with the same functions the
``fieldcase-server`` commands call, on the process's own database and key file, which saves a
Python start-up per step; the server itself is a real process on a loopback port."""

from __future__ import annotations

import json
import subprocess
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import sqlalchemy as sa
from tests.server_process import start_server, wait_healthy

from fieldcase.server import admin, migrations
from fieldcase.server.admin import find_user, revoke_device
from fieldcase.server.config import DEFAULT_DATA_DIR, DEFAULT_DB_FILE, embedded_database_url
from fieldcase.server.db import create_engine, sqlite_url
from fieldcase.server.keys_file import DEFAULT_KEY_FILE_NAME, load_key
from fieldcase.server.sync_store import issue_enrolment_code
from fieldcase.sync.enrolment import Enrolment, complete_enrolment, start_enrolment
from fieldcase.sync.signing import DeviceKey, sign_request

SERVER_PASSPHRASE = "harbour lantern quietly folds maps"
SIGN_IN_PATH = "/v1/auth/sign-in"


@dataclass
class BareDevice:
    """An enrolment without a profile, for raw HTTP calls to the process."""

    url: str
    enrolment: Enrolment

    def sign_in_raw(self, passphrase: str, *, session: str | None = None) -> httpx.Response:
        content = json.dumps({"v": 1, "passphrase": passphrase}).encode()
        headers = sign_request(
            DeviceKey(self.enrolment.device_private_key), device_id=self.enrolment.device_id,
            session_token=self.enrolment.session_token if session is None else session,
            method="POST", path=SIGN_IN_PATH, body=content, now=datetime.now(UTC))
        return httpx.post(self.url + SIGN_IN_PATH, content=content, timeout=30,
                          headers={"Content-Type": "application/json", **headers})


@dataclass
class RealServer:
    process: subprocess.Popen[bytes]
    url: str
    cwd: Path

    @classmethod
    def start(cls, cwd: Path) -> RealServer:
        # What ``fieldcase-server org/team/user create`` do, in-process (no start-up each).
        engine = create_engine(embedded_database_url(cwd / DEFAULT_DATA_DIR))
        try:
            migrations.upgrade(engine)
            now = datetime.now(UTC)
            with engine.begin() as conn:
                org_id = admin.create_org(conn, "Border Aid", now=now)
                admin.create_team(conn, org_id, "LAMP-01", "lamp")
                admin.create_user(conn, org_id, "amina", role="worker", team="lamp",
                                  passphrase=SERVER_PASSPHRASE,
                                  hasher=admin.PassphraseHasher(), now=now)
        finally:
            engine.dispose()
        process, port = start_server(cwd)
        try:
            wait_healthy(process, port)
        except BaseException:
            process.kill()
            process.communicate()
            raise
        return cls(process, f"http://127.0.0.1:{port}", cwd)

    def _engine(self) -> sa.Engine:
        return create_engine(sqlite_url(self.cwd / DEFAULT_DATA_DIR / DEFAULT_DB_FILE))

    def code(self, user: str = "amina") -> str:
        """A one-time code, issued the way ``enroll-code`` does (in-process: no start-up)."""
        keys = load_key(self.cwd / DEFAULT_DATA_DIR / DEFAULT_KEY_FILE_NAME)
        engine = self._engine()
        try:
            with engine.begin() as conn:
                user_id = find_user(conn, user).id
                return issue_enrolment_code(conn, keys, user_id, now=datetime.now(UTC))
        finally:
            engine.dispose()

    def revoke(self, device_id: str) -> None:
        engine = self._engine()
        try:
            with engine.begin() as conn:
                revoke_device(conn, uuid.UUID(device_id), now=datetime.now(UTC))
        finally:
            engine.dispose()

    def enrol_raw(self, user: str = "amina") -> BareDevice:
        pending = start_enrolment(self.code(user), "test laptop")
        response = httpx.post(self.url + "/v1/enrol", content=pending.request_body,
                              headers={"Content-Type": "application/json"}, timeout=30)
        assert response.status_code == 200, response.text
        return BareDevice(self.url, complete_enrolment(pending, response.content))
