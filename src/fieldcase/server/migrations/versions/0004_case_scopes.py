"""One scope row per case, a log of scope changes, and each device's reconcile state.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

``case_scopes`` is backfilled from ``records`` (one row per case: the case record's scope
columns, or any record's when the case record is missing, e.g. a case split over two pushes),
so an existing server keeps answering pulls with the same scopes. ``scope_changes`` and
``device_scopes`` start empty: a device with no ``device_scopes`` row is reconciled in full at
its next pull, exactly as before this revision.

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

BACKFILL = """
INSERT INTO case_scopes (org_id, case_id, team_id, site_id, assigned_to)
SELECT r.org_id, r.case_id, r.team_id, r.site_id, r.assigned_to
FROM records r
WHERE r.record_id = (
    SELECT r2.record_id FROM records r2
    WHERE r2.org_id = r.org_id AND r2.case_id = r.case_id
    ORDER BY CASE WHEN r2.record_id = r2.case_id THEN 0 ELSE 1 END, r2.record_id
    LIMIT 1)
"""


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "case_scopes",
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("assigned_to", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                name="fk_case_scopes_org_id_organisations"),
        sa.PrimaryKeyConstraint("org_id", "case_id", name="pk_case_scopes"),
    )
    op.create_index("ix_case_scopes_org_team", "case_scopes", ["org_id", "team_id", "case_id"])
    op.create_index("ix_case_scopes_org_site_assigned", "case_scopes",
                    ["org_id", "site_id", "assigned_to", "case_id"])
    op.create_index("ix_case_scopes_org_assigned", "case_scopes",
                    ["org_id", "assigned_to", "case_id"])
    op.create_table(
        "scope_changes",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), sa.Identity(),
                  nullable=False),
        # As ``changes.txid``: the writing transaction's id, set by the database itself.
        sa.Column("txid", sa.BigInteger(), nullable=False,
                  server_default=(sa.text("(pg_current_xact_id()::text::bigint)") if postgres
                                  else sa.text("0"))),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                name="fk_scope_changes_org_id_organisations"),
        sa.PrimaryKeyConstraint("seq", name="pk_scope_changes"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_scope_changes_org_position", "scope_changes",
                    ["org_id", "txid", "seq"])
    op.create_table(
        "device_scopes",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("expected_gen", sa.BigInteger(), nullable=False),
        sa.Column("issued_gen", sa.BigInteger(), nullable=False),
        sa.Column("horizon", sa.BigInteger(), nullable=True),
        sa.Column("leaving", sa.Boolean(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name="fk_device_scopes_device_id_devices"),
        sa.PrimaryKeyConstraint("device_id", name="pk_device_scopes"),
    )
    op.execute(BACKFILL)


def downgrade() -> None:
    op.drop_table("device_scopes")
    op.drop_index("ix_scope_changes_org_position", table_name="scope_changes")
    op.drop_table("scope_changes")
    for index in ("ix_case_scopes_org_assigned", "ix_case_scopes_org_site_assigned",
                  "ix_case_scopes_org_team"):
        op.drop_index(index, table_name="case_scopes")
    op.drop_table("case_scopes")
