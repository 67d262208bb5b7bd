"""Alembic environment: always runs on a connection handed in by ``migrations.upgrade``."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from fieldcase.server.db import metadata
from fieldcase.server.migrations import ADVISORY_LOCK_KEY


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, sa.Connection):
        raise RuntimeError("run the server migrations through fieldcase.server.migrations")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two processes starting together: the second waits here, then sees the first's
            # alembic_version and has nothing left to do.
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": ADVISORY_LOCK_KEY})
        context.run_migrations()


run_migrations()
