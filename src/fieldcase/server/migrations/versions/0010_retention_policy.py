"""Organisation policy: how long a closed case stays on a laptop after its closure.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

``org_policies.retention_months_after_closure``, nullable: NULL (every existing row) means
closed cases are kept on the laptops, as before this revision. The downgrade drops the column
and with it only what admins set.

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


def downgrade() -> None:
    with op.batch_alter_table("org_policies") as batch:
        batch.drop_column("retention_months_after_closure")
