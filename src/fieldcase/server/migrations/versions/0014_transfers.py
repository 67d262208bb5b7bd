"""Transfers accepted by the receiving site: the site a proposed transfer waits at.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

``records.pending_site_id`` and ``case_scopes.pending_site_id``, nullable: NULL (every existing
row) means no transfer waits, as before this revision (a transfer was a plain site edit then).
The index lets a supervisor's pull find the cases waiting for their site. The downgrade drops
the columns: a transfer waiting then stays in the case documents but reaches no other site.

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("pending_site_id", sa.Uuid(), nullable=True))
    with op.batch_alter_table("case_scopes") as batch:
        batch.add_column(sa.Column("pending_site_id", sa.Uuid(), nullable=True))
    op.create_index("ix_case_scopes_org_pending_site", "case_scopes",
                    ["org_id", "pending_site_id", "case_id"])


def downgrade() -> None:
    op.drop_index("ix_case_scopes_org_pending_site", table_name="case_scopes")
    with op.batch_alter_table("case_scopes") as batch:
        batch.drop_column("pending_site_id")
    with op.batch_alter_table("records") as batch:
        batch.drop_column("pending_site_id")
