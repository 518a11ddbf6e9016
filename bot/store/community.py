"""Study groups and points on SQLAlchemy, in the caller's unit of work (``uow.groups``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.delivery import to_payload
from bot.core.messages import Reply
from bot.core.model import Learner, StudyGroup
from bot.store.models import BoardPostRow, LearnerRow, MembershipRow, OutboxRow, PointEventRow, StudyGroupRow


def _group(r: StudyGroupRow) -> StudyGroup:
    return StudyGroup(
        r.platform,
        r.workspace_id,
        r.group_id,
        r.name,
        r.tz,
        r.created_at,
        r.post_day,
        r.post_time,
        r.created_by,
        r.channel,
    )


class SqlGroups:
    def __init__(self, session: AsyncSession, insert: Callable[[Any], Any], to_learner: Callable[[Any], Learner]):
        self.s = session
        self._insert = insert
        self._learner = to_learner

    async def get(self, platform: str, workspace_id: str, group_id: str) -> StudyGroup | None:
        r = await self.s.get(StudyGroupRow, (platform, workspace_id, group_id))
        return None if r is None else _group(r)

    async def posting(self) -> list[StudyGroup]:
        """The groups that set a weekly board post and a channel to post it to."""
        rows = await self.s.execute(
            select(StudyGroupRow).where(StudyGroupRow.post_day.is_not(None), StudyGroupRow.channel.is_not(None))
        )
        return [_group(r) for r in rows.scalars()]

    async def post_board(self, g: StudyGroup, week_of: date, reply: Reply, now: datetime) -> bool:
        """The week's board for ``g``, to its channel through the outbox, once: the ``board_posts`` row
        is the guard (a second process's insert does nothing, and its transaction writes no outbox
        row). False when this week's board was already posted."""
        ins = self._insert(BoardPostRow).values(
            platform=g.platform, workspace_id=g.workspace_id, group_id=g.group_id, week_of=week_of, created_at=now
        )
        done = await self.s.execute(
            ins.on_conflict_do_nothing(index_elements=["platform", "workspace_id", "group_id", "week_of"])
        )
        if not done.rowcount:  # type: ignore[attr-defined]
            return False
        self.s.add(
            OutboxRow(
                learner_id=None,
                platform=g.platform,
                workspace_id=g.workspace_id,
                user_id="",
                channel_id=g.channel,
                kind="board",
                local_day=week_of,
                seq=0,
                payload=to_payload(reply),
                state="pending",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
        return True

    async def board_posted(self, g: StudyGroup, week_of: date) -> bool:
        """Whether this week's board for ``g`` is posted already: a read, so that a tick doesn't build
        (and ask the platform about) a board it won't post. ``post_board`` stays the guard."""
        row = await self.s.get(BoardPostRow, (g.platform, g.workspace_id, g.group_id, week_of))
        return row is not None

    async def create(self, g: StudyGroup) -> None:
        ins = self._insert(StudyGroupRow).values(
            platform=g.platform,
            workspace_id=g.workspace_id,
            group_id=g.group_id,
            name=g.name,
            tz=g.tz,
            post_day=g.post_day,
            post_time=g.post_time,
            created_by=g.created_by,
            created_at=g.created_at,
            channel=g.channel,
        )
        await self.s.execute(ins.on_conflict_do_nothing(index_elements=["platform", "workspace_id", "group_id"]))

    async def save(self, g: StudyGroup) -> None:
        await self.s.execute(
            update(StudyGroupRow)
            .where(
                StudyGroupRow.platform == g.platform,
                StudyGroupRow.workspace_id == g.workspace_id,
                StudyGroupRow.group_id == g.group_id,
            )
            .values(tz=g.tz, post_day=g.post_day, post_time=g.post_time, name=g.name, channel=g.channel)
        )

    async def leave(self, platform: str, workspace_id: str, group_id: str, learner_id: int) -> bool:
        res = await self.s.execute(
            delete(MembershipRow).where(
                MembershipRow.platform == platform,
                MembershipRow.workspace_id == workspace_id,
                MembershipRow.group_id == group_id,
                MembershipRow.learner_id == learner_id,
            )
        )
        return bool(res.rowcount)  # type: ignore[attr-defined]

    async def members(self, platform: str, workspace_id: str, group_id: str) -> list[Learner]:
        rows = await self.s.execute(
            select(LearnerRow)
            .join(MembershipRow, MembershipRow.learner_id == LearnerRow.id)
            .where(
                MembershipRow.platform == platform,
                MembershipRow.workspace_id == workspace_id,
                MembershipRow.group_id == group_id,
            )
            .order_by(LearnerRow.id)
        )
        return [self._learner(r) for r in rows.scalars()]

    async def add_points(self, learner_id: int, at: datetime, points: int, reason: str) -> None:
        self.s.add(PointEventRow(learner_id=learner_id, at=at, points=points, reason=reason[:64]))

    async def take_back(self, learner_id: int, reasons: tuple[str, ...]) -> int:
        """Remove the newest points event for one of ``reasons`` (work taken back, such as a cancelled
        mock) and return its points; 0 when there is none. A delete, not a negative event, so no week
        ever shows less than nothing."""
        row = (
            await self.s.execute(
                select(PointEventRow)
                .where(PointEventRow.learner_id == learner_id, PointEventRow.reason.in_(reasons))
                .order_by(PointEventRow.at.desc(), PointEventRow.id.desc())
                .limit(1)
            )
        ).scalar_one_or_none()
        if row is None:
            return 0
        await self.s.delete(row)
        return int(row.points)

    async def points_between(self, learner_ids: list[int], start: datetime, end: datetime) -> dict[int, int]:
        if not learner_ids:
            return {}
        rows = await self.s.execute(
            select(PointEventRow.learner_id, func.sum(PointEventRow.points))
            .where(PointEventRow.learner_id.in_(learner_ids), PointEventRow.at >= start, PointEventRow.at < end)
            .group_by(PointEventRow.learner_id)
        )
        return {int(i): int(n or 0) for i, n in rows.all()}
