"""a mock done (not only booked); the real instant a streak day ends

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.add_column(sa.Column("mock_done_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("streak_day_ends_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.drop_column("streak_day_ends_at")
        batch.drop_column("mock_done_at")
