"""Server fixtures: migrated databases on SQLite and on a throw-away PostgreSQL cluster."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from fieldcase.server import migrations
from fieldcase.server.admin import PassphraseHasher
from fieldcase.server.db import create_engine, organisations, sqlite_url

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
TEST_HASHER = PassphraseHasher.insecure_for_tests()
PASSPHRASE = "a long and unusual test passphrase"


def now() -> datetime:
    return NOW


@pytest.fixture
def sqlite_db_url(tmp_path: Path) -> str:
    url = sqlite_url(tmp_path / "server.db")
    engine = create_engine(url)
    try:
        migrations.upgrade(engine)
    finally:
        engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """A migrated, empty database on each back end in turn."""
    name = "sqlite_db_url" if request.param == "sqlite" else "pg_url"
    url: str = request.getfixturevalue(name)
    return url


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    engine = create_engine(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


def make_org(engine: sa.Engine, name: str = "Border Aid") -> uuid.UUID:
    org_id = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(sa.insert(organisations).values(id=org_id, name=name, created_at=NOW))
    return org_id
