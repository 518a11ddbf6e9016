"""the LLM judge: its verdicts cached per (prompt, content version, answer hash); learners may opt out

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "llm_judgements",
        sa.Column("prompt_id", sa.String(length=64), nullable=False),
        sa.Column("content_version", sa.String(length=32), nullable=False),
        sa.Column("answer_hash", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("verdicts", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("prompt_id", "content_version", "answer_hash", name="pk_llm_judgements"),
    )
    with op.batch_alter_table("learners") as batch:
        batch.add_column(sa.Column("llm_opt_out", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.drop_column("llm_opt_out")
    op.drop_table("llm_judgements")
