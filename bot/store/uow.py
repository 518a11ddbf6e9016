"""The SQLAlchemy unit of work: one session per message, rolled back unless committed."""

from __future__ import annotations

from datetime import date, datetime
from types import TracebackType
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.core.messages import LearnerRef, Reply
from bot.core.model import Attempt, CardState, GateTick, GradeDispute, Learner, Story
from bot.core.ports import ConcurrentUpdate
from bot.store.community import SqlGroups
from bot.store.judgements import SqlJudgements
from bot.store.models import (
    AttemptRow,
    CardRow,
    DeliveryRow,
    GateTickRow,
    GradeDisputeRow,
    LearnerRow,
    MembershipRow,
    OutboxRow,
    StoryRow,
)
from bot.store.outbox import outbox_rows
from bot.store.peer_mocks import SqlPeerMocks
from bot.store.personal import DISPUTE_FIELDS, SqlPersonal, dispute_of

_LEARNER_FIELDS = (
    "display_name",
    "tz",
    "drip_time",
    "interview_date",
    "seniority",
    "phase",
    "phase_started_at",
    "plan_start",
    "paused",
    "onboarded",
    "routing_answers",
    "state",
    "next_drip_at",
    "points",
    "streak",
    "best_streak",
    "last_active_on",
    "mock_booked_at",
    "mock_done_at",
    "mock_confirmed_at",
    "drip_days",
    "hidden",
    "llm_opt_out",
    "streak_day_ends_at",
    "created_at",
)
_ATTEMPT_FIELDS = (
    "learner_id",
    "prompt_id",
    "kind",
    "round",
    "topic",
    "started_at",
    "submitted_at",
    "score",
    "covered",
    "missed",
    "self_rating",
    "passed",
    "in_time",
    "words",
    "detail",
)


_STORY_FIELDS = (
    "learner_id",
    "prompt_id",
    "story_type",
    "text",
    "star",
    "ownership",
    "measurable",
    "words",
    "score",
    "created_at",
)

_OUTBOX = cast(Table, OutboxRow.__table__)
_LEARNERS = cast(Table, LearnerRow.__table__)
_DELIVERIES = cast(Table, DeliveryRow.__table__)


def _learner(row: LearnerRow) -> Learner:
    return Learner(
        ref=LearnerRef(row.platform, row.workspace_id, row.user_id),
        id=row.id,
        version=row.version,
        **{f: _copy(getattr(row, f)) for f in _LEARNER_FIELDS},
    )


def _copy(v: Any) -> Any:
    # JSON columns come back as shared objects; the core mutates its own copies
    if isinstance(v, dict):
        return {k: _copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_copy(x) for x in v]
    return v


def _attempt(row: AttemptRow) -> Attempt:
    return Attempt(id=row.id, **{f: _copy(getattr(row, f)) for f in _ATTEMPT_FIELDS})


async def _histories(
    s: AsyncSession, learner_ids: list[int], now: datetime
) -> tuple[dict[int, list[Attempt]], dict[int, list[CardState]]]:
    attempts: dict[int, list[Attempt]] = {i: [] for i in learner_ids}
    cards: dict[int, list[CardState]] = {i: [] for i in learner_ids}
    if not learner_ids:
        return attempts, cards
    rows = await s.execute(
        select(AttemptRow)
        .where(AttemptRow.learner_id.in_(learner_ids))
        .order_by(AttemptRow.submitted_at, AttemptRow.id)
    )
    for r in rows.scalars():
        attempts[r.learner_id].append(_attempt(r))
    crows = await s.execute(
        select(CardRow).where(CardRow.learner_id.in_(learner_ids), CardRow.due <= now).order_by(CardRow.due)
    )
    for c in crows.scalars():
        cards[c.learner_id].append(CardState(c.learner_id, c.prompt_id, c.due, _copy(c.data)))
    return attempts, cards


async def _update_versioned(s: AsyncSession, learners: list[Learner], check: bool) -> None:
    """Save many learners in one statement, each only if still at the version read."""
    table = _LEARNERS
    stmt = (
        table.update()
        .where(table.c.id == bindparam("_id"), table.c.version == bindparam("_version"))
        .values(version=bindparam("_next"), **{f: bindparam(f) for f in _LEARNER_FIELDS})
    )
    params = [
        {"_id": x.id, "_version": x.version, "_next": x.version + 1, **{f: getattr(x, f) for f in _LEARNER_FIELDS}}
        for x in learners
    ]
    res = await s.execute(stmt, params)
    # PostgreSQL: the rows were locked when read (lock_learners), so nobody else wrote them; its
    # driver reports no per-row counts for a batch. SQLite (one writer) reports an honest total.
    if check and res.rowcount != len(params):  # type: ignore[attr-defined]
        raise ConcurrentUpdate(f"{len(params) - res.rowcount} of a batch")  # type: ignore[attr-defined]
    for x in learners:
        x.version += 1


class SqlUnitOfWork:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._s: AsyncSession | None = None
        self._outbox: list[dict[str, Any]] = []
        self._later: list[Learner] = []

    @property
    def s(self) -> AsyncSession:
        assert self._s is not None, "use `async with uow:`"
        return self._s

    async def __aenter__(self) -> SqlUnitOfWork:
        self._s = self._sessions()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            await self.s.rollback()
        finally:
            await self.s.close()
            self._s = None

    async def commit(self) -> None:
        if self._later:
            await self._save_later()
        if self._outbox:
            await self.s.execute(insert(_OUTBOX), self._outbox)
            self._outbox = []
        await self.s.commit()

    # -- learners ----------------------------------------------------------------------------
    async def get_learner(self, ref: LearnerRef) -> Learner | None:
        row = (
            await self.s.execute(
                select(LearnerRow).where(
                    LearnerRow.platform == ref.platform,
                    LearnerRow.workspace_id == ref.workspace_id,
                    LearnerRow.user_id == ref.user_id,
                )
            )
        ).scalar_one_or_none()
        return _learner(row) if row else None

    async def add_learner(self, learner: Learner) -> Learner:
        row = LearnerRow(
            platform=learner.ref.platform,
            workspace_id=learner.ref.workspace_id,
            user_id=learner.ref.user_id,
            version=0,
            **{f: getattr(learner, f) for f in _LEARNER_FIELDS},
        )
        self.s.add(row)
        try:
            await self.s.flush()
        except IntegrityError as e:  # the same user's first two messages raced; the retry finds the row
            raise ConcurrentUpdate(str(learner.ref)) from e
        learner.id = row.id
        learner.version = 0
        return learner

    async def save_learner(self, learner: Learner) -> None:
        """Optimistic concurrency: the row must still be at the version we read."""
        table = _LEARNERS
        res = await self.s.execute(  # Core, not ORM: the drip saves thousands of these
            table.update()
            .where(table.c.id == learner.id, table.c.version == learner.version)
            .values(version=learner.version + 1, **{f: getattr(learner, f) for f in _LEARNER_FIELDS})
        )
        if res.rowcount != 1:  # type: ignore[attr-defined]
            raise ConcurrentUpdate(str(learner.ref))
        learner.version += 1

    async def lock_learners(self, ids: list[int]) -> list[Learner]:
        """Fresh rows of these learners, locked until the unit of work ends on PostgreSQL (in id
        order, so two processes never deadlock); the drip's batches write them all at commit."""
        q = select(LearnerRow).where(LearnerRow.id.in_(ids)).order_by(LearnerRow.id)
        if self._dialect() == "postgresql":
            q = q.with_for_update()
        return [_learner(r) for r in (await self.s.execute(q)).scalars()]

    def save_learner_at_commit(self, learner: Learner) -> None:
        """Like ``save_learner``, with the version check, but all of them in one statement at commit
        (the drip's batches); a stale one fails the commit with ``ConcurrentUpdate``."""
        self._later.append(learner)

    async def _save_later(self) -> None:
        await _update_versioned(self.s, self._later, check=self._dialect() != "postgresql")
        self._later = []

    async def learners_due(self, now: datetime, limit: int, after_id: int = 0) -> list[Learner]:
        """Learners whose drip time has come, a page at a time (by id, after ``after_id``)."""
        rows = (
            await self.s.execute(
                select(LearnerRow)
                .where(
                    LearnerRow.next_drip_at.is_not(None),
                    LearnerRow.next_drip_at <= now,
                    LearnerRow.paused.is_(False),
                    LearnerRow.onboarded.is_(True),
                    LearnerRow.id > after_id,
                )
                .order_by(LearnerRow.id)
                .limit(limit)
            )
        ).scalars()
        return [_learner(r) for r in rows]

    async def active_learners(self, limit: int, after_id: int = 0) -> list[Learner]:
        rows = (
            await self.s.execute(
                select(LearnerRow)
                .where(LearnerRow.paused.is_(False), LearnerRow.onboarded.is_(True), LearnerRow.id > after_id)
                .order_by(LearnerRow.id)
                .limit(limit)
            )
        ).scalars()
        return [_learner(r) for r in rows]

    # -- activity ----------------------------------------------------------------------------
    async def add_attempt(self, attempt: Attempt) -> Attempt:
        row = AttemptRow(**{f: getattr(attempt, f) for f in _ATTEMPT_FIELDS})
        self.s.add(row)
        await self.s.flush()
        attempt.id = row.id
        return attempt

    async def update_attempt(self, attempt: Attempt) -> None:
        await self.s.execute(
            update(AttemptRow)
            .where(AttemptRow.id == attempt.id)
            .values(**{f: getattr(attempt, f) for f in _ATTEMPT_FIELDS})
            .execution_options(synchronize_session=False)
        )

    async def attempts(self, learner_id: int) -> list[Attempt]:
        rows = (
            await self.s.execute(
                select(AttemptRow)
                .where(AttemptRow.learner_id == learner_id)
                .order_by(AttemptRow.submitted_at, AttemptRow.id)
            )
        ).scalars()
        return [_attempt(r) for r in rows]

    async def add_story(self, story: Story) -> Story:
        row = StoryRow(**{f: getattr(story, f) for f in _STORY_FIELDS})
        self.s.add(row)
        await self.s.flush()
        story.id = row.id
        return story

    async def add_grade_dispute(self, dispute: GradeDispute) -> GradeDispute:
        row = GradeDisputeRow(**{f: getattr(dispute, f) for f in DISPUTE_FIELDS})
        self.s.add(row)
        await self.s.flush()
        dispute.id = row.id
        return dispute

    async def grade_disputes(self, limit: int) -> list[GradeDispute]:
        rows = (
            await self.s.execute(select(GradeDisputeRow).order_by(GradeDisputeRow.id.desc()).limit(limit))
        ).scalars()
        return [dispute_of(r) for r in rows]

    async def stories(self, learner_id: int) -> list[Story]:
        rows = (
            await self.s.execute(select(StoryRow).where(StoryRow.learner_id == learner_id).order_by(StoryRow.id))
        ).scalars()
        return [
            Story(
                id=r.id,
                learner_id=r.learner_id,
                prompt_id=r.prompt_id,
                story_type=r.story_type,
                text=r.text,
                star=dict(r.star),
                ownership=r.ownership,
                measurable=r.measurable,
                words=r.words,
                score=r.score,
                created_at=r.created_at,
            )
            for r in rows
        ]

    async def get_card(self, learner_id: int, prompt_id: str) -> CardState | None:
        r = await self.s.get(CardRow, (learner_id, prompt_id))
        return CardState(r.learner_id, r.prompt_id, r.due, _copy(r.data)) if r else None

    async def save_card(self, card: CardState) -> None:
        await self._upsert(
            CardRow,
            {"learner_id": card.learner_id, "prompt_id": card.prompt_id, "due": card.due, "data": card.data},
            ["learner_id", "prompt_id"],
            {"due": card.due, "data": card.data},
        )

    async def due_cards(self, learner_id: int, now: datetime) -> list[CardState]:
        rows = (
            await self.s.execute(
                select(CardRow).where(CardRow.learner_id == learner_id, CardRow.due <= now).order_by(CardRow.due)
            )
        ).scalars()
        return [CardState(r.learner_id, r.prompt_id, r.due, _copy(r.data)) for r in rows]

    async def histories(
        self, learner_ids: list[int], now: datetime
    ) -> tuple[dict[int, list[Attempt]], dict[int, list[CardState]]]:
        """Attempts and due cards of many learners in two queries (the drip's batches)."""
        return await _histories(self.s, learner_ids, now)

    async def card_count(self, learner_id: int) -> int:
        return int((await self.s.execute(select(func.count()).where(CardRow.learner_id == learner_id))).scalar_one())

    async def add_tick(self, tick: GateTick) -> None:
        await self._upsert(
            GateTickRow,
            {"learner_id": tick.learner_id, "criterion_id": tick.criterion_id, "at": tick.at, "source": tick.source},
            ["learner_id", "criterion_id"],
            {"at": tick.at, "source": tick.source},
        )

    async def remove_tick(self, learner_id: int, criterion_id: str) -> None:
        await self.s.execute(
            delete(GateTickRow).where(
                and_(GateTickRow.learner_id == learner_id, GateTickRow.criterion_id == criterion_id)
            )
        )

    async def ticks(self, learner_id: int) -> list[GateTick]:
        rows = (await self.s.execute(select(GateTickRow).where(GateTickRow.learner_id == learner_id))).scalars()
        return [GateTick(r.learner_id, r.criterion_id, r.at, r.source) for r in rows]

    async def claim(self, learner_id: int, local_day: date, kind: str, at: datetime) -> bool:
        """Insert the ledger row; False when another process (or an earlier tick) already did."""
        ins = self._insert(_DELIVERIES).values(learner_id=learner_id, local_day=local_day, kind=kind, at=at)
        res = await self.s.execute(ins.on_conflict_do_nothing(index_elements=["learner_id", "local_day", "kind"]))
        return bool(res.rowcount == 1)  # type: ignore[attr-defined]

    async def enqueue(self, learner: Learner, kind: str, local_day: date, replies: list[Reply], now: datetime) -> int:
        """Outbox rows for scheduled replies, in this unit of work (with the ledger claim); written at
        commit, many rows in one statement."""
        self._outbox += outbox_rows(learner, kind, local_day, replies, now)
        return len(replies)

    # -- groups ------------------------------------------------------------------------------
    async def join_group(self, platform: str, workspace_id: str, group_id: str, learner_id: int) -> None:
        ins = self._insert(MembershipRow).values(
            platform=platform, workspace_id=workspace_id, group_id=group_id, learner_id=learner_id
        )
        await self.s.execute(
            ins.on_conflict_do_nothing(index_elements=["platform", "workspace_id", "group_id", "learner_id"])
        )

    @property
    def groups(self) -> SqlGroups:
        return SqlGroups(self.s, self._insert, _learner)

    @property
    def mocks(self) -> SqlPeerMocks:
        return SqlPeerMocks(self.s, self._insert)

    @property
    def judgements(self) -> SqlJudgements:
        return SqlJudgements(self.s, self._insert)

    @property
    def personal(self) -> SqlPersonal:
        return SqlPersonal(self.s)

    # -- helpers -----------------------------------------------------------------------------
    def _insert(self, table: Any) -> Any:
        return (pg_insert if self._dialect() == "postgresql" else sqlite_insert)(table)

    def _dialect(self) -> str:
        bind = self.s.get_bind()
        return str(bind.dialect.name)

    async def _upsert(self, table: Any, values: dict[str, Any], keys: list[str], changes: dict[str, Any]) -> None:
        ins = self._insert(table).values(**values)
        await self.s.execute(ins.on_conflict_do_update(index_elements=keys, set_=changes))


class SqlStore:
    """Hands out units of work; built once in ``bootstrap``."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions)

    async def dispose(self) -> None:
        await self.engine.dispose()
