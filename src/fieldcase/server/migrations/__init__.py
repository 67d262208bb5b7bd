"""Alembic migrations of the server database, run from code (no alembic.ini to ship).

``fieldcase-server migrate`` and ``fieldcase-server serve`` call :func:`upgrade`. It is safe
for several processes to start at once: on PostgreSQL the whole upgrade runs in one
transaction under an advisory lock (the second process waits, then finds nothing to do); on
SQLite the ``BEGIN IMMEDIATE`` of every transaction does the same.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR: Final = Path(__file__).resolve().parent
ADVISORY_LOCK_KEY: Final = 0x6669656C64636173  # "fieldcas": one lock id for every process


class MigrationFailed(RuntimeError):
    """The schema cannot be brought to the wanted revision (e.g. it is newer than this code)."""


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at this package; ``connection`` is handed to env.py when given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    """The newest revision shipped with this code."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the server migrations have no head revision")
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` (default: the newest) in one transaction."""
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    except CommandError as error:
        raise MigrationFailed(f"schema upgrade failed: {error}; is this server older than "
                              "the database?") from error


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
