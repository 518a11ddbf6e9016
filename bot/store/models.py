"""Tables. Every instant is stored in UTC (``UtcDateTime`` makes SQLite hand back aware values)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime reached the database")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class LearnerRow(Base):
    __tablename__ = "learners"
    __table_args__ = (
        UniqueConstraint("platform", "workspace_id", "user_id", name="uq_learners_ref"),
        Index("ix_learners_due", "next_drip_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(32))
    workspace_id: Mapped[str] = mapped_column(String(128))
    user_id: Mapped[str] = mapped_column(String(128))
    display_name: Mapped[str | None] = mapped_column(String(200))
    tz: Mapped[str | None] = mapped_column(String(64))
    drip_time: Mapped[str | None] = mapped_column(String(5))
    interview_date: Mapped[date | None] = mapped_column(Date)
    seniority: Mapped[str | None] = mapped_column(String(16))
    phase: Mapped[int | None] = mapped_column(Integer)
    phase_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    plan_start: Mapped[date | None] = mapped_column(Date)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    onboarded: Mapped[bool] = mapped_column(Boolean, default=False)
    routing_answers: Mapped[list[bool]] = mapped_column(JSON, default=list)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    next_drip_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    points: Mapped[int] = mapped_column(Integer, default=0)
    streak: Mapped[int] = mapped_column(Integer, default=0)
    best_streak: Mapped[int] = mapped_column(Integer, default=0)
    last_active_on: Mapped[date | None] = mapped_column(Date)
    mock_booked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    mock_done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    mock_confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    drip_days: Mapped[str | None] = mapped_column(String(32))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    llm_opt_out: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    streak_day_ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=0)


class AttemptRow(Base):
    __tablename__ = "attempts"
    __table_args__ = (Index("ix_attempts_learner", "learner_id", "submitted_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    prompt_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    round: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    score: Mapped[float | None] = mapped_column(Float)
    covered: Mapped[list[str]] = mapped_column(JSON, default=list)
    missed: Mapped[list[str]] = mapped_column(JSON, default=list)
    self_rating: Mapped[int | None] = mapped_column(Integer)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    in_time: Mapped[bool | None] = mapped_column(Boolean)
    words: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class StoryRow(Base):
    __tablename__ = "stories"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), index=True)
    prompt_id: Mapped[str] = mapped_column(String(64))
    story_type: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    star: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    ownership: Mapped[float] = mapped_column(Float)
    measurable: Mapped[bool] = mapped_column(Boolean)
    words: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CardRow(Base):
    __tablename__ = "cards"
    __table_args__ = (Index("ix_cards_due", "learner_id", "due"),)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True)
    prompt_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    due: Mapped[datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class GateTickRow(Base):
    __tablename__ = "gate_ticks"
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    source: Mapped[str] = mapped_column(String(16))


class DeliveryRow(Base):
    """The ledger that makes scheduled messages at-most-once across processes."""

    __tablename__ = "deliveries"
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True)
    local_day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class MembershipRow(Base):
    __tablename__ = "memberships"
    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True)


class OutboxRow(Base):
    """A scheduled message: written with its ledger claim, sent by the dispatcher, marked sent (with the
    platform's id) or failed (with the reason)."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_ready", "state", "next_attempt_at"),
        Index("ix_outbox_learner", "learner_id", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: the learner whose DM this goes to; None for a post to a group's channel (``channel_id``)
    learner_id: Mapped[int | None] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(32))
    workspace_id: Mapped[str] = mapped_column(String(128))
    user_id: Mapped[str] = mapped_column(String(128))
    channel_id: Mapped[str | None] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    local_day: Mapped[date] = mapped_column(Date)
    seq: Mapped[int] = mapped_column(Integer)  # order within one scheduled batch
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(10))  # pending | sending | sent | failed | skipped
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    platform_message_id: Mapped[str | None] = mapped_column(String(128))
    error: Mapped[str | None] = mapped_column(Text)


class StudyGroupRow(Base):
    """A study group: a Slack channel, a Discord server or channel, a console `--group`."""

    __tablename__ = "study_groups"
    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(128), primary_key=True)  # case-folded
    name: Mapped[str] = mapped_column(String(200))  # as first seen
    tz: Mapped[str] = mapped_column(String(64))
    post_day: Mapped[int | None] = mapped_column(Integer)  # weekly board: 0 = Monday
    post_time: Mapped[str | None] = mapped_column(String(5))
    created_by: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    channel: Mapped[str | None] = mapped_column(String(128))  # where the weekly board is posted


class BoardPostRow(Base):
    """One weekly board per group and week: the row is the guard, written with the outbox row."""

    __tablename__ = "board_posts"
    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    week_of: Mapped[date] = mapped_column(Date, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MockWaitRow(Base):
    """A learner waiting for a peer-mock partner in one group; taken (deleted) by whoever pairs them."""

    __tablename__ = "mock_waits"
    __table_args__ = (Index("ix_mock_waits_group", "platform", "workspace_id", "group_id", "since"),)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    workspace_id: Mapped[str] = mapped_column(String(128))
    group_id: Mapped[str] = mapped_column(String(128))
    since: Mapped[datetime] = mapped_column(UtcDateTime)


class MockPairRow(Base):
    """Two learners paired for a peer mock; ``a_rated`` is A's rating of B, ``b_rated`` B's of A."""

    __tablename__ = "mock_pairs"
    __table_args__ = (Index("ix_mock_pairs_a", "a_id"), Index("ix_mock_pairs_b", "b_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(32))
    workspace_id: Mapped[str] = mapped_column(String(128))
    group_id: Mapped[str] = mapped_column(String(128))
    a_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    b_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    paired_at: Mapped[datetime] = mapped_column(UtcDateTime)
    a_rated: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    b_rated: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class PointEventRow(Base):
    """Points as events, so a week's board is a sum over an interval."""

    __tablename__ = "point_events"
    __table_args__ = (Index("ix_point_events_learner", "learner_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(64))


class GradeDisputeRow(Base):
    """ "I covered it": a learner says the answer made a point the grader was unsure of."""

    __tablename__ = "grade_disputes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), index=True)
    prompt_id: Mapped[str] = mapped_column(String(64), index=True)
    key_point: Mapped[str] = mapped_column(String(64))
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    answer: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id", ondelete="SET NULL"))
    confidence: Mapped[float | None] = mapped_column(Float)


class LlmJudgementRow(Base):
    """The LLM judge's verdicts on one answer, so the same answer to the same content is never sent twice."""

    __tablename__ = "llm_judgements"
    prompt_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_version: Mapped[str] = mapped_column(String(32), primary_key=True)
    answer_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    model: Mapped[str] = mapped_column(String(200))
    verdicts: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class WorkspaceDepartureRow(Base):
    """A workspace that removed the app (Slack ``app_uninstalled``/``tokens_revoked``, Discord guild
    remove): its data is deleted ``RETENTION_DAYS`` after ``left_at`` unless it comes back first.
    ``purged_at`` is set in the purge's own transaction, so the purge happens once across processes."""

    __tablename__ = "workspace_departures"
    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    left_at: Mapped[datetime] = mapped_column(UtcDateTime)
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
