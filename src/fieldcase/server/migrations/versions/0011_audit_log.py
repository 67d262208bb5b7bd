"""The devices' audit logs on the server: events, the cases each names, and each device's head.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

``audit_events`` (keyed by device and sequence), ``audit_event_cases`` (every case an event
names, for "who saw this person's record") and ``device_audit_heads`` (the last event held per
device and where its chain broke, if it did); all start empty: devices send their whole log at
their next sync. The downgrade drops them, and with them the server's copy of every log (the
laptops keep theirs, and send it again after an upgrade).

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("action", sa.String(200), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("device_time", sa.String(40), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(100), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name="fk_audit_events_device_id_devices"),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                name="fk_audit_events_org_id_organisations"),
        sa.PrimaryKeyConstraint("device_id", "seq", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_org_user", "audit_events",
                    ["org_id", "user_name", "occurred_at"])
    op.create_table(
        "audit_event_cases",
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                name="fk_audit_event_cases_org_id_organisations"),
        sa.ForeignKeyConstraint(["device_id", "seq"],
                                ["audit_events.device_id", "audit_events.seq"],
                                name="fk_audit_event_cases_event"),
        sa.PrimaryKeyConstraint("org_id", "case_id", "device_id", "seq",
                                name="pk_audit_event_cases"),
    )
    op.create_table(
        "device_audit_heads",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("head_seq", sa.BigInteger(), nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("broken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("problem", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name="fk_device_audit_heads_device_id_devices"),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"],
                                name="fk_device_audit_heads_org_id_organisations"),
        sa.PrimaryKeyConstraint("device_id", name="pk_device_audit_heads"),
    )


def downgrade() -> None:
    op.drop_table("device_audit_heads")
    op.drop_table("audit_event_cases")
    op.drop_index("ix_audit_events_org_user", table_name="audit_events")
    op.drop_table("audit_events")
