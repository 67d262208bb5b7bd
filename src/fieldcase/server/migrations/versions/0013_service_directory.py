"""The service directory kept on the server: one row per organisation and service.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

``services``: what ``fieldcase-server services add|update|import`` writes and devices fetch
with ``GET /v1/services``. Starts empty: an organisation without rows publishes no directory,
and its devices keep the bundled sample. The downgrade drops only what admins entered.

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | None = None
depends_on: str | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "services",
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("service_id", sa.String(100), nullable=False),
        sa.Column("site", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("assistance_types", _json(), nullable=False),
        sa.Column("languages", _json(), nullable=False),
        sa.Column("contact", _json(), nullable=False),
        sa.Column("opening_hours", _json(), nullable=False),
        sa.Column("eligibility", _json(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                name="fk_services_org_id_organisations"),
        sa.PrimaryKeyConstraint("org_id", "service_id", name="pk_services"),
    )
    op.create_index("ix_services_org_id_version", "services", ["org_id", "version"])


def downgrade() -> None:
    op.drop_index("ix_services_org_id_version", table_name="services")
    op.drop_table("services")
