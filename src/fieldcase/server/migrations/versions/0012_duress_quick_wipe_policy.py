"""Duress passphrase and quick wipe: the organisation requires, forbids, or leaves them to each
person.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

``org_policies.duress`` and ``org_policies.quick_wipe``: ``user`` (every existing
row: each person decides, as before this revision), ``on`` or ``off``. The downgrade drops the
columns and with them only what admins set.

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("org_policies") as batch:
        batch.add_column(sa.Column("duress", sa.String(8), nullable=False,
                                   server_default="user"))
        batch.add_column(sa.Column("quick_wipe", sa.String(8), nullable=False,
                                   server_default="user"))


def downgrade() -> None:
    with op.batch_alter_table("org_policies") as batch:
        batch.drop_column("quick_wipe")
        batch.drop_column("duress")
