"""workspaces that removed the app, for deleting their data after the retention period

Revision ID: 0009
Revises: 0008

Forward only: the app never downgrades (``downgrade`` is here for a developer's database, and drops
only what ``upgrade`` added).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workspace_departures",
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("workspace_id", sa.String(length=128), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("platform", "workspace_id", name="pk_workspace_departures"),
    )


def downgrade() -> None:
    op.drop_table("workspace_departures")
