"""Sync wiring: a device's label, and which cases each device holds (for scope changes).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("name", sa.String(64), nullable=True))
    op.create_table(
        "device_cases",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("sent_gen", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name="fk_device_cases_device_id_devices"),
        sa.PrimaryKeyConstraint("device_id", "case_id", name="pk_device_cases"),
        sa.CheckConstraint("state IN ('held', 'leaving')", name="ck_device_cases_state"),
    )


def downgrade() -> None:
    op.drop_table("device_cases")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("name")
