"""Initial schema: organisations, sites, teams, users, devices, enrolment codes, the change
feed, merged record state, conflicts and replay nonces.

Revision ID: 0001
Revises:
Create Date: 2026-11-30

Frozen: this file never imports the live table definitions, so it keeps creating exactly this
schema however ``fieldcase.server.db`` changes later.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _time(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _org_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                   name=f"fk_{table}_org_id_organisations")


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        _time("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_organisations"),
        sa.UniqueConstraint("name", name="uq_organisations_name"),
    )
    op.create_table(
        "sites",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        _org_fk("sites"),
        sa.PrimaryKeyConstraint("id", name="pk_sites"),
        sa.UniqueConstraint("org_id", "name", name="uq_sites_org_id_name"),
    )
    op.create_table(
        "teams",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        _org_fk("teams"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_teams_site_id_sites"),
        sa.PrimaryKeyConstraint("id", name="pk_teams"),
        sa.UniqueConstraint("org_id", "name", name="uq_teams_org_id_name"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("passphrase_hash", sa.String(400), nullable=False),
        _time("created_at"),
        sa.CheckConstraint("role IN ('worker', 'supervisor', 'admin')", name="ck_users_role"),
        _org_fk("users"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_users_site_id_sites"),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name="fk_users_team_id_teams"),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("org_id", "name", name="uq_users_org_id_name"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        _time("enrolled_at"),
        _time("last_seen", nullable=True),
        _time("revoked_at", nullable=True),
        sa.CheckConstraint("status IN ('active', 'revoked')", name="ck_devices_status"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_devices_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.UniqueConstraint("public_key", name="uq_devices_public_key"),
    )
    op.create_index("ix_devices_user_id", "devices", ["user_id"])
    op.create_table(
        "enrolment_codes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.LargeBinary(32), nullable=False),
        _time("created_at"),
        _time("expires_at"),
        _time("used_at", nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name="fk_enrolment_codes_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_enrolment_codes"),
        sa.UniqueConstraint("code_hash", name="uq_enrolment_codes_code_hash"),
    )
    op.create_index("ix_enrolment_codes_user_id", "enrolment_codes", ["user_id"])
    _create_changes()
    op.create_table(
        "records",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("fields", _json(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("assigned_to", sa.Uuid(), nullable=True),
        _time("updated_at"),
        _org_fk("records"),
        sa.PrimaryKeyConstraint("record_id", name="pk_records"),
    )
    op.create_index("ix_records_org_case", "records", ["org_id", "case_id"])
    op.create_index("ix_records_org_team", "records", ["org_id", "team_id"])
    op.create_index("ix_records_org_site_assigned", "records",
                    ["org_id", "site_id", "assigned_to"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("detail", _json(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        _time("created_at"),
        _time("resolved_at", nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("status IN ('open', 'resolved')", name="ck_conflicts_status"),
        _org_fk("conflicts"),
        sa.PrimaryKeyConstraint("id", name="pk_conflicts"),
    )
    op.create_index("ix_conflicts_org_case", "conflicts", ["org_id", "case_id"])
    op.create_table(
        "nonces",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("nonce", sa.String(100), nullable=False),
        _time("expires_at"),
        sa.PrimaryKeyConstraint("device_id", "nonce", name="pk_nonces"),
    )
    op.create_index("ix_nonces_expires_at", "nonces", ["expires_at"])


def _create_changes() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "changes",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), sa.Identity(),
                  nullable=False),
        # On PostgreSQL the writing transaction's id, set by the database itself even for a
        # COPY or a hand-written INSERT, so no path can write a row the feed cannot place.
        sa.Column("txid", sa.BigInteger(), nullable=False,
                  server_default=(sa.text("(pg_current_xact_id()::text::bigint)") if postgres
                                  else sa.text("0"))),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("op", sa.String(50), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=True),
        sa.Column("hlc", sa.String(100), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        _time("accepted_at"),
        _org_fk("changes"),
        sa.PrimaryKeyConstraint("seq", name="pk_changes"),
        sa.UniqueConstraint("change_id", name="uq_changes_change_id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_changes_org_position", "changes", ["org_id", "txid", "seq"])
    op.create_index("ix_changes_org_case", "changes", ["org_id", "case_id"])


def downgrade() -> None:
    for table in ("nonces", "conflicts", "records", "changes", "enrolment_codes", "devices",
                  "users", "teams", "sites", "organisations"):
        op.drop_table(table)
