"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 10:17:58.958730
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('learners',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('platform', sa.String(length=32), nullable=False),
    sa.Column('workspace_id', sa.String(length=128), nullable=False),
    sa.Column('user_id', sa.String(length=128), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=True),
    sa.Column('tz', sa.String(length=64), nullable=True),
    sa.Column('drip_time', sa.String(length=5), nullable=True),
    sa.Column('interview_date', sa.Date(), nullable=True),
    sa.Column('seniority', sa.String(length=16), nullable=True),
    sa.Column('phase', sa.Integer(), nullable=True),
    sa.Column('phase_started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('plan_start', sa.Date(), nullable=True),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('onboarded', sa.Boolean(), nullable=False),
    sa.Column('routing_answers', sa.JSON(), nullable=False),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.Column('next_drip_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('streak', sa.Integer(), nullable=False),
    sa.Column('best_streak', sa.Integer(), nullable=False),
    sa.Column('last_active_on', sa.Date(), nullable=True),
    sa.Column('mock_booked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learners')),
    sa.UniqueConstraint('platform', 'workspace_id', 'user_id', name='uq_learners_ref')
    )
    with op.batch_alter_table('learners', schema=None) as batch_op:
        batch_op.create_index('ix_learners_due', ['next_drip_at'], unique=False)

    op.create_table('attempts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('prompt_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('round', sa.String(length=16), nullable=False),
    sa.Column('topic', sa.String(length=64), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('covered', sa.JSON(), nullable=False),
    sa.Column('missed', sa.JSON(), nullable=False),
    sa.Column('self_rating', sa.Integer(), nullable=True),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('in_time', sa.Boolean(), nullable=True),
    sa.Column('words', sa.Integer(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['learner_id'], ['learners.id'], name=op.f('fk_attempts_learner_id_learners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attempts'))
    )
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.create_index('ix_attempts_learner', ['learner_id', 'submitted_at'], unique=False)

    op.create_table('cards',
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('prompt_id', sa.String(length=64), nullable=False),
    sa.Column('due', sa.DateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['learner_id'], ['learners.id'], name=op.f('fk_cards_learner_id_learners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('learner_id', 'prompt_id', name=op.f('pk_cards'))
    )
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.create_index('ix_cards_due', ['learner_id', 'due'], unique=False)

    op.create_table('deliveries',
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('local_day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['learner_id'], ['learners.id'], name=op.f('fk_deliveries_learner_id_learners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('learner_id', 'local_day', 'kind', name=op.f('pk_deliveries'))
    )
    op.create_table('gate_ticks',
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['learner_id'], ['learners.id'], name=op.f('fk_gate_ticks_learner_id_learners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('learner_id', 'criterion_id', name=op.f('pk_gate_ticks'))
    )
    op.create_table('memberships',
    sa.Column('platform', sa.String(length=32), nullable=False),
    sa.Column('workspace_id', sa.String(length=128), nullable=False),
    sa.Column('group_id', sa.String(length=128), nullable=False),
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['learner_id'], ['learners.id'], name=op.f('fk_memberships_learner_id_learners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('platform', 'workspace_id', 'group_id', 'learner_id', name=op.f('pk_memberships'))
    )
    op.create_table('stories',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('prompt_id', sa.String(length=64), nullable=False),
    sa.Column('story_type', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('star', sa.JSON(), nullable=False),
    sa.Column('ownership', sa.Float(), nullable=False),
    sa.Column('measurable', sa.Boolean(), nullable=False),
    sa.Column('words', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['learner_id'], ['learners.id'], name=op.f('fk_stories_learner_id_learners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stories'))
    )
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stories_learner_id'), ['learner_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stories_learner_id'))

    op.drop_table('stories')
    op.drop_table('memberships')
    op.drop_table('gate_ticks')
    op.drop_table('deliveries')
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.drop_index('ix_cards_due')

    op.drop_table('cards')
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_attempts_learner')

    op.drop_table('attempts')
    with op.batch_alter_table('learners', schema=None) as batch_op:
        batch_op.drop_index('ix_learners_due')

    op.drop_table('learners')

