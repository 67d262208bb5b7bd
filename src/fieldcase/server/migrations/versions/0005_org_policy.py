"""Organisation policy: offline lease, auto-lock and sync interval, one row per organisation.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Frozen: this file never imports the live table definitions. An organisation without a row uses
the built-in defaults, so the upgrade adds no rows and the downgrade loses only what admins set.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "org_policies",
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("max_offline_days", sa.Integer(), nullable=False),
        sa.Column("warn_days", sa.Integer(), nullable=False),
        sa.Column("auto_lock_minutes", sa.Integer(), nullable=False),
        sa.Column("sync_interval_minutes", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                name="fk_org_policies_org_id_organisations"),
        sa.PrimaryKeyConstraint("org_id", name="pk_org_policies"),
    )


def downgrade() -> None:
    op.drop_table("org_policies")
