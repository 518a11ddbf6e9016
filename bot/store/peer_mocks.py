"""Peer mock interviews on SQLAlchemy, in the caller's unit of work (``uow.mocks``): the waiting list
(one row per learner waiting in a group), the pairs and the ratings partners give each other.

Pairing takes a waiting learner by deleting their row: of two processes pairing the same person,
one deletes it and the other sees no row and moves on, so nobody is paired twice at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.model import MockPair
from bot.store.models import MockPairRow, MockWaitRow


def _pair(r: MockPairRow) -> MockPair:
    return MockPair(r.id, r.platform, r.workspace_id, r.group_id, r.a_id, r.b_id, r.paired_at, r.a_rated, r.b_rated)


class SqlPeerMocks:
    def __init__(self, session: AsyncSession, insert: Callable[[Any], Any]) -> None:
        self.s = session
        self._insert = insert

    async def waiting(self, platform: str, workspace_id: str, group_id: str) -> list[tuple[int, datetime]]:
        """Who waits for a partner in this group, longest-waiting first: (learner id, since)."""
        rows = await self.s.execute(
            select(MockWaitRow.learner_id, MockWaitRow.since)
            .where(
                MockWaitRow.platform == platform,
                MockWaitRow.workspace_id == workspace_id,
                MockWaitRow.group_id == group_id,
            )
            .order_by(MockWaitRow.since, MockWaitRow.learner_id)
        )
        return [(int(i), since) for i, since in rows.all()]

    async def wait(self, learner_id: int, platform: str, workspace_id: str, group_id: str, now: datetime) -> None:
        ins = self._insert(MockWaitRow).values(
            learner_id=learner_id, platform=platform, workspace_id=workspace_id, group_id=group_id, since=now
        )
        await self.s.execute(ins.on_conflict_do_nothing(index_elements=["learner_id"]))

    async def waits_in(self, learner_id: int) -> str | None:
        """The group this learner waits in, if any."""
        return (
            await self.s.execute(select(MockWaitRow.group_id).where(MockWaitRow.learner_id == learner_id))
        ).scalar_one_or_none()

    async def take(self, learner_id: int) -> bool:
        """Take a waiting learner off the list; False if someone else took them first."""
        res = await self.s.execute(delete(MockWaitRow).where(MockWaitRow.learner_id == learner_id))
        return bool(res.rowcount)  # type: ignore[attr-defined]

    async def pairs_of(self, learner_id: int) -> list[MockPair]:
        rows = await self.s.execute(
            select(MockPairRow)
            .where(or_(MockPairRow.a_id == learner_id, MockPairRow.b_id == learner_id))
            .order_by(MockPairRow.id)
        )
        return [_pair(r) for r in rows.scalars()]

    async def add_pair(self, pair: MockPair) -> MockPair:
        row = MockPairRow(
            platform=pair.platform,
            workspace_id=pair.workspace_id,
            group_id=pair.group_id,
            a_id=pair.a_id,
            b_id=pair.b_id,
            paired_at=pair.paired_at,
        )
        self.s.add(row)
        await self.s.flush()
        return _pair(row)

    async def rate(self, pair_id: int, by_a: bool, rating: dict[str, Any]) -> None:
        values = {"a_rated": rating} if by_a else {"b_rated": rating}
        await self.s.execute(update(MockPairRow).where(MockPairRow.id == pair_id).values(**values))
