"""weekly board posts to a group's channel (outbox rows addressed to a channel, once per group and
week); peer mock interviews (the waiting list, the pairs and their ratings; a mock confirmed by a peer)

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("study_groups") as batch:
        batch.add_column(sa.Column("channel", sa.String(length=128), nullable=True))
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("learner_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("channel_id", sa.String(length=128), nullable=True))
    with op.batch_alter_table("learners") as batch:
        batch.add_column(sa.Column("mock_confirmed_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "board_posts",
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("workspace_id", sa.String(length=128), nullable=False),
        sa.Column("group_id", sa.String(length=128), nullable=False),
        sa.Column("week_of", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("platform", "workspace_id", "group_id", "week_of", name="pk_board_posts"),
    )
    op.create_table(
        "mock_waits",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("workspace_id", sa.String(length=128), nullable=False),
        sa.Column("group_id", sa.String(length=128), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name="fk_mock_waits_learner_id_learners", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("learner_id", name="pk_mock_waits"),
    )
    op.create_index("ix_mock_waits_group", "mock_waits", ["platform", "workspace_id", "group_id", "since"])
    op.create_table(
        "mock_pairs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("workspace_id", sa.String(length=128), nullable=False),
        sa.Column("group_id", sa.String(length=128), nullable=False),
        sa.Column("a_id", sa.Integer(), nullable=False),
        sa.Column("b_id", sa.Integer(), nullable=False),
        sa.Column("paired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("a_rated", sa.JSON(), nullable=True),
        sa.Column("b_rated", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["a_id"], ["learners.id"], name="fk_mock_pairs_a_id_learners", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["b_id"], ["learners.id"], name="fk_mock_pairs_b_id_learners", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_mock_pairs"),
    )
    op.create_index("ix_mock_pairs_a", "mock_pairs", ["a_id"])
    op.create_index("ix_mock_pairs_b", "mock_pairs", ["b_id"])


def downgrade() -> None:
    op.drop_index("ix_mock_pairs_b", table_name="mock_pairs")
    op.drop_index("ix_mock_pairs_a", table_name="mock_pairs")
    op.drop_table("mock_pairs")
    op.drop_index("ix_mock_waits_group", table_name="mock_waits")
    op.drop_table("mock_waits")
    op.drop_table("board_posts")
    with op.batch_alter_table("learners") as batch:
        batch.drop_column("mock_confirmed_at")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("channel_id")
        batch.alter_column("learner_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("study_groups") as batch:
        batch.drop_column("channel")
