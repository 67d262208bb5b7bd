"""Per-user sessions bound to a device, in the database, so every server process honours the
same sign-ins and endings.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

``device_sessions``: one row per device and user who signed in on it (or enrolled it), with the
session id of the latest sign-in, its times, and when it was ended (a revoked device, or an
administrator's ``session end``). A token is honoured only while its session id is the row's.

The table starts empty: a session issued before this revision has no row, so each enrolled
laptop signs in online once after the upgrade (the sign-in that repairs an ended session).

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "device_sessions",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name="fk_device_sessions_device_id_devices"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name="fk_device_sessions_user_id_users"),
        sa.PrimaryKeyConstraint("device_id", "user_id", name="pk_device_sessions"),
    )
    op.create_index("ix_device_sessions_user_id", "device_sessions", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_device_sessions_user_id", table_name="device_sessions")
    op.drop_table("device_sessions")
