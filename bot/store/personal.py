"""A learner's data beyond their answers, in the caller's unit of work (``uow.personal``): what
`/coach export` reads and `/coach delete-my-data` removes.

``LEARNER_TABLES`` says what happens to each table that can hold something of a learner's, and
``NOT_PERSONAL`` why the others hold nothing of theirs; ``tests/test_personal_data.py`` fails when a
migration adds a table that is in neither, so a new table cannot silently keep deleted learners' data.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Column, ColumnElement, DateTime, MetaData, String, Table, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.grading_llm import answer_hash
from bot.core.model import CardState, GradeDispute, Membership, PointEvent
from bot.store.models import (
    AttemptRow,
    CardRow,
    DeliveryRow,
    GateTickRow,
    GradeDisputeRow,
    LearnerRow,
    LlmJudgementRow,
    MembershipRow,
    MockPairRow,
    MockWaitRow,
    OutboxRow,
    PointEventRow,
    StoryRow,
    StudyGroupRow,
)

#: what deleting a learner does to each table that can hold their data, in the order it is done
LEARNER_TABLES: dict[str, str] = {
    "llm_judgements": "deleted for each of their answers (the judge's verdicts quote the answer)",
    "mock_waits": "deleted (waiting for a peer-mock partner)",
    "mock_pairs": "deleted (peer mocks they were in, and the ratings given in them)",
    "grade_disputes": "deleted (they quote the answer)",
    "point_events": "deleted",
    "memberships": "deleted (study groups they were in)",
    "outbox": "deleted (scheduled messages, sent or not)",
    "deliveries": "deleted (the drip's ledger)",
    "gate_ticks": "deleted",
    "cards": "deleted (spaced repetition)",
    "stories": "deleted",
    "attempts": "deleted (answers, grades, self-ratings)",
    "study_groups": "created_by cleared: the group stays for its other members",
    "slack_installations": "the installer's user id and user token cleared: the workspace's bot token stays",
    "learners": "deleted (profile, settings, conversation state)",
}
#: tables that hold nothing of any one learner's, and why
NOT_PERSONAL: dict[str, str] = {
    "slack_seen_events": "Slack event ids and message timestamps for de-duplication, pruned after two days",
    "slack_bots": "a workspace's bot token and ids; deleted with the workspace",
    "slack_oauth_states": "random OAuth state values that expire in ten minutes",
    "workspace_departures": "which workspace removed the app, and when",
    "board_posts": "which group's weekly board was posted in which week",
    "alembic_version": "the schema's revision",
}

# slack-sdk's installation table (migration 0004); only the columns that name a person
_INSTALLATIONS = Table(
    "slack_installations",
    MetaData(),
    Column("team_id", String(32)),
    Column("user_id", String(32)),
    Column("user_token", String(200)),
    Column("user_scopes", String(1000)),
    Column("user_refresh_token", String(200)),
    Column("user_token_expires_at", DateTime),
)


DISPUTE_FIELDS = (
    "learner_id",
    "prompt_id",
    "key_point",
    "follow_up",
    "answer",
    "created_at",
    "attempt_id",
    "confidence",
)


def dispute_of(r: GradeDisputeRow) -> GradeDispute:
    return GradeDispute(id=r.id, **{f: getattr(r, f) for f in DISPUTE_FIELDS})


class SqlPersonal:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def point_events(self, learner_id: int) -> list[PointEvent]:
        rows = await self.s.execute(
            select(PointEventRow).where(PointEventRow.learner_id == learner_id).order_by(PointEventRow.at)
        )
        return [PointEvent(r.at, r.points, r.reason) for r in rows.scalars()]

    async def disputes(self, learner_id: int) -> list[GradeDispute]:
        rows = await self.s.execute(
            select(GradeDisputeRow).where(GradeDisputeRow.learner_id == learner_id).order_by(GradeDisputeRow.id)
        )
        return [dispute_of(r) for r in rows.scalars()]

    async def memberships(self, learner_id: int) -> list[Membership]:
        rows = await self.s.execute(
            select(MembershipRow, StudyGroupRow.name)
            .outerjoin(
                StudyGroupRow,
                (StudyGroupRow.platform == MembershipRow.platform)
                & (StudyGroupRow.workspace_id == MembershipRow.workspace_id)
                & (StudyGroupRow.group_id == MembershipRow.group_id),
            )
            .where(MembershipRow.learner_id == learner_id)
            .order_by(MembershipRow.group_id)
        )
        return [Membership(m.platform, m.workspace_id, m.group_id, name) for m, name in rows.all()]

    async def cards(self, learner_id: int) -> list[CardState]:
        rows = await self.s.execute(select(CardRow).where(CardRow.learner_id == learner_id).order_by(CardRow.due))
        return [CardState(r.learner_id, r.prompt_id, r.due, dict(r.data)) for r in rows.scalars()]

    async def erase(self, learner_id: int) -> dict[str, int]:
        """Every row of this learner, table by table (``LEARNER_TABLES``)."""
        row = await self.s.get(LearnerRow, learner_id)
        if row is None:
            return {}
        platform, workspace_id, user_id = row.platform, row.workspace_id, row.user_id
        out = await erase_learners(self.s, LearnerRow.id == learner_id)
        if platform == "slack":
            inst = _INSTALLATIONS
            out["slack_installations"] = _count(
                await self.s.execute(
                    update(inst)
                    .where(inst.c.team_id == workspace_id, inst.c.user_id == user_id)
                    .values(
                        user_id="",
                        user_token=None,
                        user_scopes=None,
                        user_refresh_token=None,
                        user_token_expires_at=None,
                    )
                )
            )
        return out


async def erase_learners(s: AsyncSession, which: ColumnElement[bool]) -> dict[str, int]:
    """Every row of the learners ``which`` picks, in every table of ``LEARNER_TABLES``, explicitly rather
    than by cascade, so the counts are honest and a missing foreign key cannot leave anything behind."""
    ids = select(LearnerRow.id).where(which)
    out: dict[str, int] = {}
    answers = (await s.execute(select(AttemptRow.detail).where(AttemptRow.learner_id.in_(ids)))).scalars()
    hashes = {answer_hash(str(d["answer_text"])) for d in answers if isinstance(d, dict) and d.get("answer_text")}
    judged = cast(Table, LlmJudgementRow.__table__)
    out["llm_judgements"] = _count(await s.execute(delete(judged).where(judged.c.answer_hash.in_(hashes))))
    waits = cast(Table, MockWaitRow.__table__)
    out["mock_waits"] = _count(await s.execute(delete(waits).where(waits.c.learner_id.in_(ids))))
    pairs = cast(Table, MockPairRow.__table__)
    out["mock_pairs"] = _count(await s.execute(delete(pairs).where(or_(pairs.c.a_id.in_(ids), pairs.c.b_id.in_(ids)))))
    for model in (
        GradeDisputeRow,
        PointEventRow,
        MembershipRow,
        OutboxRow,
        DeliveryRow,
        GateTickRow,
        CardRow,
        StoryRow,
        AttemptRow,
    ):
        table = cast(Table, model.__table__)
        out[table.name] = _count(await s.execute(delete(table).where(table.c.learner_id.in_(ids))))
    groups = cast(Table, StudyGroupRow.__table__)
    out["study_groups"] = _count(
        await s.execute(update(groups).where(groups.c.created_by.in_(ids)).values(created_by=None))
    )
    out["slack_installations"] = 0
    learners = cast(Table, LearnerRow.__table__)
    out["learners"] = _count(await s.execute(delete(learners).where(learners.c.id.in_(ids))))
    return out


def _count(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
