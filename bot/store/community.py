"""Study groups and points on SQLAlchemy, in the caller's unit of work (``uow.groups``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.model import Learner, StudyGroup
from bot.store.models import LearnerRow, MembershipRow, PointEventRow, StudyGroupRow


class SqlGroups:
    def __init__(self, session: AsyncSession, insert: Callable[[Any], Any], to_learner: Callable[[Any], Learner]):
        self.s = session
        self._insert = insert
        self._learner = to_learner

    async def get(self, platform: str, workspace_id: str, group_id: str) -> StudyGroup | None:
        r = await self.s.get(StudyGroupRow, (platform, workspace_id, group_id))
        if r is None:
            return None
        return StudyGroup(
            r.platform, r.workspace_id, r.group_id, r.name, r.tz, r.created_at, r.post_day, r.post_time, r.created_by
        )

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
            .values(tz=g.tz, post_day=g.post_day, post_time=g.post_time, name=g.name)
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

    async def points_between(self, learner_ids: list[int], start: datetime, end: datetime) -> dict[int, int]:
        if not learner_ids:
            return {}
        rows = await self.s.execute(
            select(PointEventRow.learner_id, func.sum(PointEventRow.points))
            .where(PointEventRow.learner_id.in_(learner_ids), PointEventRow.at >= start, PointEventRow.at < end)
            .group_by(PointEventRow.learner_id)
        )
        return {int(i): int(n or 0) for i, n in rows.all()}
