"""Migrations: each step commits with its version record, so a crash leaves old or new."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fieldcase.storage.connection import StoreConnection
from fieldcase.storage.errors import MigrationError
from fieldcase.storage.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    Migration,
    current_version,
    migrate,
)

KEY = bytes(range(32))
FIXTURES = Path(__file__).parent / "fixtures"


def _tables(conn: StoreConnection) -> set[str]:
    return {r[0] for r in conn.raw.execute("SELECT name FROM sqlite_schema WHERE type='table'")}


def test_fresh_store_reaches_latest(tmp_path: Path) -> None:
    with StoreConnection(tmp_path / "s.db", KEY) as conn:
        assert migrate(conn.raw, now=lambda: "t") == LATEST_VERSION
        assert migrate(conn.raw, now=lambda: "t") == LATEST_VERSION  # idempotent
        assert {"cases", "outbox", "audit_log", "identifiers"} <= _tables(conn)


def test_failing_step_rolls_back_the_whole_migration(tmp_path: Path) -> None:
    broken = Migration(LATEST_VERSION + 1, "broken", (
        "CREATE TABLE half_done (x)", "CREATE TABLE cases (x)"))  # second fails: exists
    with StoreConnection(tmp_path / "s.db", KEY) as conn:
        migrate(conn.raw, now=lambda: "t")
        with pytest.raises(Exception, match="already exists"):
            migrate(conn.raw, migrations=(*MIGRATIONS, broken), now=lambda: "t")
        assert "half_done" not in _tables(conn)
        assert current_version(conn.raw) == LATEST_VERSION


def test_newer_store_is_refused(tmp_path: Path) -> None:
    with StoreConnection(tmp_path / "s.db", KEY) as conn:
        migrate(conn.raw, now=lambda: "t")
        with pytest.raises(MigrationError, match="newer FieldCase"):
            migrate(conn.raw, migrations=MIGRATIONS[:1], now=lambda: "t")


_KILL_MID_MIGRATION = """
import os, signal, sys
from pathlib import Path
from fieldcase.storage.connection import StoreConnection
from fieldcase.storage.migrations import migrate
steps = 0
def hook():
    global steps
    steps += 1
    if steps == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)
conn = StoreConnection(Path(sys.argv[1]), bytes(range(32)))
migrate(conn.raw, now=lambda: "t", between_statements=hook)
"""


@pytest.mark.parametrize("kill_after", [1, 3, 6, 8, 11])
def test_migration_killed_part_way_leaves_old_or_new_schema(tmp_path: Path,
                                                            kill_after: int) -> None:
    path = tmp_path / "s.db"
    result = subprocess.run([sys.executable, "-c", _KILL_MID_MIGRATION, str(path),
                             str(kill_after)], capture_output=True, check=False)
    assert result.returncode == -signal.SIGKILL
    with StoreConnection(path, KEY) as conn:
        assert conn.raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        version = current_version(conn.raw)
        expected: set[str] = {"schema_migrations"}
        for migration in [m for m in MIGRATIONS if m.version <= version]:
            expected |= {s.split()[2] for s in migration.statements
                         if s.startswith(("CREATE TABLE", "CREATE VIRTUAL TABLE"))}
            expected -= {s.split()[2] for s in migration.statements
                         if s.startswith("DROP TABLE")}
        present = {t for t in _tables(conn) if not t.startswith("case_search_")}
        assert present == expected
        assert migrate(conn.raw, now=lambda: "t") == LATEST_VERSION


def test_upgrade_from_a_stored_version_1_store(tmp_path: Path) -> None:
    """tests/storage/fixtures/store-v1.db was written by schema version 1 with one case."""
    path = tmp_path / "store.db"
    path.write_bytes((FIXTURES / "store-v1.db").read_bytes())
    with StoreConnection(path, KEY) as conn:
        assert current_version(conn.raw) == 1
        assert migrate(conn.raw, now=lambda: "t") == LATEST_VERSION
        assert conn.raw.execute("SELECT case_number FROM cases").fetchall() == [
            ("FC-FIXTUR-000001",)]
        assert conn.raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)



def test_the_quarantine_becomes_the_refusals_and_nothing_refused_is_lost(
        tmp_path: Path) -> None:
    """Version 11: refused changes kept before it move to ``refusals`` whole, marked not
    taken back (their replaced values were never kept), and outbox rows written before it
    say so (``previous`` NULL)."""
    with StoreConnection(tmp_path / "s.db", KEY) as conn:
        before = tuple(m for m in MIGRATIONS if m.version < 11)
        migrate(conn.raw, migrations=before, now=lambda: "t")
        conn.raw.execute(
            """INSERT INTO quarantine (change_id, case_id, record_id, kind, op, fields, base,
                   supersedes, hlc, author, reason, quarantined_at)
               VALUES ('c1', 'k1', 'r1', 'case', 'upsert', '{"site":"OTHER-99"}',
                   '{"site":["0190-00000000-aa"]}', '[]', '0191-00000000-aa', 'amina',
                   'forbidden', '2026-11-30T09:00:00+00:00')""")
        conn.raw.execute(
            """INSERT INTO outbox (change_id, case_id, record_id, kind, op, fields, hlc,
                   author) VALUES ('c2', 'k1', 'r1', 'case', 'upsert', '{}', 'h', 'amina')""")
        assert migrate(conn.raw, now=lambda: "t") == LATEST_VERSION
        assert "quarantine" not in _tables(conn)
        assert conn.raw.execute(
            "SELECT change_id, fields, reason, refused_at, taken_back, previous "
            "FROM refusals").fetchall() == [
            ("c1", '{"site":"OTHER-99"}', "forbidden", "2026-11-30T09:00:00+00:00", 0, None)]
        assert conn.raw.execute("SELECT previous FROM outbox").fetchall() == [(None,)]
