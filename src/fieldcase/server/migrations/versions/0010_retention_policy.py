"""Retention: how long a closed case stays on a laptop after its closure, and which cases a
laptop forgot.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

``org_policies.retention_months_after_closure``, nullable: NULL (every existing row) means
closed cases are kept on the laptops, as before this revision. The downgrade drops the column
and with it only what admins set.

``device_forgotten``: (device, case) pairs a laptop forgot by retention, so a later change
sends the case whole again; starts empty.

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("org_policies") as batch:
        batch.add_column(sa.Column("retention_months_after_closure", sa.Integer(),
                                   nullable=True))
    op.create_table(
        "device_forgotten",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name="fk_device_forgotten_device_id_devices"),
        sa.PrimaryKeyConstraint("device_id", "case_id", name="pk_device_forgotten"),
    )


def downgrade() -> None:
    op.drop_table("device_forgotten")
    with op.batch_alter_table("org_policies") as batch:
        batch.drop_column("retention_months_after_closure")
