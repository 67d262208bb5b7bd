"""Server settings: where the database is and where to listen.

Precedence: command-line flag, then environment (``FIELDCASE_SERVER_DATABASE_URL``), then the
embedded default, a SQLite file in ``./fieldcase-server-data`` (folder created 0700, since it
holds case data). Settings carry no secrets of their own; a PostgreSQL password in the URL is
never printed (:meth:`Settings.safe_database_url`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import sqlalchemy as sa

from fieldcase.server.db import sqlite_url

DATABASE_URL_ENV: Final = "FIELDCASE_SERVER_DATABASE_URL"
DEFAULT_DATA_DIR: Final = Path("fieldcase-server-data")
DEFAULT_DB_FILE: Final = "fieldcase-server.db"
DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8443


@dataclass(frozen=True)
class Settings:
    database_url: str
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    workers: int = 1
    """Server processes on the one listening socket (``serve --workers``; PostgreSQL only)."""

    def safe_database_url(self) -> str:
        """The URL with any password masked, fit for messages and logs."""
        return sa.make_url(self.database_url).render_as_string(hide_password=True)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (0700) or tighten an existing one to 0700; returns it."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def embedded_database_url(data_dir: Path = DEFAULT_DATA_DIR) -> str:
    """The default SQLite database, creating its private folder (and a 0600 file) on first use.

    SQLite gives its -wal and -shm files the database file's permissions, so they are private
    too.
    """
    path = ensure_private_dir(data_dir).resolve() / DEFAULT_DB_FILE
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    return sqlite_url(path)


def resolve_database_url(flag: str | None, environ: Mapping[str, str] = os.environ,
                         data_dir: Path = DEFAULT_DATA_DIR) -> str:
    return flag or environ.get(DATABASE_URL_ENV) or embedded_database_url(data_dir)


def is_sqlite(url: str) -> bool:
    return sa.make_url(url).get_backend_name() == "sqlite"
