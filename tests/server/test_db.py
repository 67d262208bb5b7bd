"""The schema: migrations and table definitions agree on both back ends; engine settings."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from tests.pg import PostgresCluster

from fieldcase.server import migrations
from fieldcase.server.db import (
    create_engine,
    metadata,
    normalise_url,
    organisations,
    sites,
    sqlite_url,
)

from .conftest import make_org


def test_migrations_create_exactly_the_declared_tables(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.head_revision()
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_upgrade_is_idempotent_and_downgrade_round_trips(engine: sa.Engine) -> None:
    migrations.upgrade(engine)
    migrations.downgrade(engine, "base")
    with engine.connect() as conn:
        assert migrations.current_revision(conn) is None
        assert set(sa.inspect(conn).get_table_names()) <= {"alembic_version"}
    migrations.upgrade(engine)
    with engine.connect() as conn:
        assert set(metadata.tables) <= set(sa.inspect(conn).get_table_names())


def test_a_database_newer_than_the_code_is_refused(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(migrations.MigrationFailed, match="older than the database"):
        migrations.upgrade(engine)


def test_time_stamps_come_back_aware_in_utc(engine: sa.Engine) -> None:
    local = datetime(2026, 11, 30, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    org_id = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(sa.insert(organisations).values(id=org_id, name="Aid", created_at=local))
        stored = conn.execute(sa.select(organisations.c.created_at)).scalar_one()
    assert stored == local and stored.tzinfo == UTC


def test_a_naive_time_stamp_is_refused(engine: sa.Engine) -> None:
    with pytest.raises(sa.exc.StatementError, match="naive datetime"), engine.begin() as conn:
        conn.execute(sa.insert(organisations).values(
            id=uuid.uuid4(), name="Aid", created_at=datetime(2026, 11, 30, 12, 0)))


def test_foreign_keys_are_enforced(engine: sa.Engine) -> None:
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.execute(sa.insert(sites).values(id=uuid.uuid4(), org_id=uuid.uuid4(), name="S"))


def test_sqlite_transactions_take_the_write_lock_up_front(sqlite_db_url: str) -> None:
    engine = create_engine(sqlite_db_url)
    try:
        make_org(engine)
        with engine.connect() as first:
            first.begin()
            first.execute(sa.select(organisations.c.id)).all()  # a read, yet the lock is held
            second = sqlite3.connect(sa.make_url(sqlite_db_url).database or "", timeout=0)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    second.execute("BEGIN IMMEDIATE")
            finally:
                second.close()
            first.rollback()
    finally:
        engine.dispose()


def test_urls() -> None:
    assert normalise_url("postgresql://h/db") == "postgresql+psycopg://h/db"
    assert normalise_url("postgres://h/db") == "postgresql+psycopg://h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"
    assert sqlite_url(Path("/data/s.db")) == "sqlite:////data/s.db"
    with pytest.raises(ValueError, match="unsupported database back end 'mysql'"):
        create_engine("mysql://h/db")


def test_two_processes_migrating_at_once_on_postgresql(pg_cluster: PostgresCluster) -> None:
    name = f"fieldcase_race_{uuid.uuid4().hex[:8]}"
    url = pg_cluster.create_database(name)
    command = [sys.executable, "-m", "fieldcase.server.cli", "migrate", "--database-url", url]
    engine = create_engine(url)
    try:
        processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True) for _ in range(3)]
        outcomes = [(p.wait(timeout=60), *p.communicate()) for p in processes]
        assert [code for code, _, _ in outcomes] == [0, 0, 0], outcomes
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.head_revision()
    finally:
        engine.dispose()
        pg_cluster.drop_database(name)

