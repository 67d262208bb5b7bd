"""Each device's case-number prefix, so a device cannot number cases into a colleague's sequence.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Frozen: this file never imports the live table definitions. Devices enrolled before this
revision have no row: each registers its prefix with the first case it creates.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "case_number_prefixes",
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                name="fk_case_number_prefixes_org_id_organisations"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name="fk_case_number_prefixes_device_id_devices"),
        sa.PrimaryKeyConstraint("org_id", "prefix", name="pk_case_number_prefixes"),
        sa.UniqueConstraint("device_id", name="uq_case_number_prefixes_device_id"),
    )


def downgrade() -> None:
    op.drop_table("case_number_prefixes")
