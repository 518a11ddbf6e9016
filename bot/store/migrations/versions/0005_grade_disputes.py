"""grade disputes: "I covered it" replies to points the grader was unsure of

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "grade_disputes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("prompt_id", sa.String(64), nullable=False),
        sa.Column("key_point", sa.String(64), nullable=False),
        sa.Column("follow_up", sa.Boolean(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learners.id"],
            name="fk_grade_disputes_learner_id_learners",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name="fk_grade_disputes_attempt_id_attempts",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_grade_disputes"),
    )
    op.create_index("ix_grade_disputes_learner_id", "grade_disputes", ["learner_id"])
    op.create_index("ix_grade_disputes_prompt_id", "grade_disputes", ["prompt_id"])


def downgrade() -> None:
    op.drop_index("ix_grade_disputes_prompt_id", table_name="grade_disputes")
    op.drop_index("ix_grade_disputes_learner_id", table_name="grade_disputes")
    op.drop_table("grade_disputes")
