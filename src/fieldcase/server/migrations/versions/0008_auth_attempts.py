"""Attempt limits in the database: enrolment and sign-in tries counted for every process.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Frozen: this file never imports the live table definitions. The table starts empty: attempts
counted in memory by a server before this revision are not carried over (they expire within
15 minutes anyway), and the downgrade forgets the current window's attempts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "auth_attempts",
        sa.Column("attempt_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("limiter", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("attempt_id", "key", name="pk_auth_attempts"),
    )
    op.create_index("ix_auth_attempts_limiter_key_at", "auth_attempts",
                    ["limiter", "key", "at"])
    op.create_index("ix_auth_attempts_limiter_at", "auth_attempts", ["limiter", "at"])


def downgrade() -> None:
    op.drop_index("ix_auth_attempts_limiter_at", table_name="auth_attempts")
    op.drop_index("ix_auth_attempts_limiter_key_at", table_name="auth_attempts")
    op.drop_table("auth_attempts")
