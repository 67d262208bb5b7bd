"""Attachments: the per-file record (layout, key) and the sealed chunks, apart.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("chunk_size", sa.Integer(), nullable=False),
        sa.Column("chunk_count", sa.Integer(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("file_key", sa.LargeBinary(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["id"], ["records.record_id"], ondelete="CASCADE",
                                name="fk_attachments_id_records"),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                name="fk_attachments_org_id_organisations"),
        sa.PrimaryKeyConstraint("id", name="pk_attachments"),
    )
    op.create_index("ix_attachments_org_case", "attachments", ["org_id", "case_id"])
    op.create_table(
        "attachment_chunks",
        sa.Column("attachment_id", sa.Uuid(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachments.id"], ondelete="CASCADE",
                                name="fk_attachment_chunks_attachment_id_attachments"),
        sa.PrimaryKeyConstraint("attachment_id", "idx", name="pk_attachment_chunks"),
    )


def downgrade() -> None:
    op.drop_table("attachment_chunks")
    op.drop_index("ix_attachments_org_case", table_name="attachments")
    op.drop_table("attachments")
