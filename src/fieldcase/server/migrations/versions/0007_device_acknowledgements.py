"""Each device's last acknowledged change, so a device whose store went back in time is told.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

``devices.last_acknowledged_change`` and ``last_acknowledged_stamp``: of the changes the
server has acknowledged to the device, the one with the latest HLC stamp, and that stamp. They
start empty: a device has none until its next push, and until then nothing is checked
(docs/sync.md, "A store that went back in time").

Frozen: this file never imports the live table definitions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("last_acknowledged_change", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("last_acknowledged_stamp", sa.String(100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("last_acknowledged_stamp")
        batch.drop_column("last_acknowledged_change")
