"""Workspaces as a whole: one that removes the app is recorded, and its data deleted ``RETENTION_DAYS``
later unless it came back meanwhile; operators can delete a workspace's data at once
(`prepdrip delete --workspace`).

A workspace's data: its learners and everything of theirs (``personal.erase_learners``), its study
groups and their memberships, and on Slack its installation and bot tokens. On Discord a learner is one
person across servers (workspace ``global``), so a server that removes the bot takes only its study
groups with it; the learners keep their DMs with the bot.

The purge is safe in every process at once: each workspace is purged in one transaction that first
sets ``purged_at`` where it is still empty, so only one process does it, and a crash midway leaves it
undone rather than half done.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    Column,
    ColumnElement,
    MetaData,
    String,
    Table,
    delete,
    exists,
    false,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.core.clock import ensure_utc
from bot.core.messages import LearnerRef
from bot.core.model import Departure
from bot.store.models import AttemptRow, LearnerRow, MembershipRow, StudyGroupRow, WorkspaceDepartureRow
from bot.store.personal import erase_learners

_meta = MetaData()
# slack-sdk's tables (migration 0004), by the column that names the workspace
_SLACK_TABLES = tuple(
    Table(name, _meta, Column("team_id", String(32))) for name in ("slack_installations", "slack_bots")
)
_DEPARTURES = cast(Table, WorkspaceDepartureRow.__table__)


def _group_in(model: Any, platform: str, workspace_id: str) -> ColumnElement[bool]:
    """The study groups of a workspace; on Discord a server's groups are ``<guild>`` and ``<guild>/<channel>``
    in the one workspace ``global``."""
    own: ColumnElement[bool] = (model.platform == platform) & (model.workspace_id == workspace_id)
    if platform != "discord":
        return own
    guild = (model.platform == platform) & or_(model.group_id == workspace_id, model.group_id.like(f"{workspace_id}/%"))
    return or_(own, guild)


async def forget_workspace(s: AsyncSession, platform: str, workspace_id: str) -> dict[str, int]:
    out = await erase_learners(s, (LearnerRow.platform == platform) & (LearnerRow.workspace_id == workspace_id))
    members = cast(Table, MembershipRow.__table__)
    groups = cast(Table, StudyGroupRow.__table__)
    out["memberships"] += _count(await s.execute(delete(members).where(_group_in(members.c, platform, workspace_id))))
    out["study_groups"] = _count(await s.execute(delete(groups).where(_group_in(groups.c, platform, workspace_id))))
    if platform == "slack":
        for table in _SLACK_TABLES:
            out[table.name] = _count(await s.execute(delete(table).where(table.c.team_id == workspace_id)))
    return out


class SqlWorkspaces:
    def __init__(self, engine: AsyncEngine, retention_days: int = 30) -> None:
        self.engine = engine
        self.retention_days = retention_days
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def left(self, platform: str, workspace_id: str, at: datetime) -> None:
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        stmt = insert(_DEPARTURES).values(platform=platform, workspace_id=workspace_id, left_at=ensure_utc(at))
        stmt = stmt.on_conflict_do_update(
            index_elements=["platform", "workspace_id"], set_={"left_at": stmt.excluded.left_at, "purged_at": None}
        )
        async with self._sessions() as s, s.begin():
            await s.execute(stmt)

    async def back(self, platform: str, workspace_id: str) -> None:
        async with self._sessions() as s, s.begin():
            await s.execute(delete(_DEPARTURES).where(*_key(platform, workspace_id)))

    async def learners_in(self, platform: str, workspace_id: str) -> list[LearnerRef]:
        async with self._sessions() as s:
            rows = await s.execute(
                select(LearnerRow.platform, LearnerRow.workspace_id, LearnerRow.user_id)
                .where(LearnerRow.platform == platform, LearnerRow.workspace_id == workspace_id)
                .order_by(LearnerRow.id)
            )
            return [LearnerRef(*r) for r in rows.all()]

    async def forget(self, platform: str, workspace_id: str) -> dict[str, int]:
        async with self._sessions() as s, s.begin():
            return await forget_workspace(s, platform, workspace_id)

    async def departures(self) -> list[Departure]:
        async with self._sessions() as s:
            rows = await s.execute(select(WorkspaceDepartureRow).order_by(WorkspaceDepartureRow.left_at))
            return [Departure(r.platform, r.workspace_id, r.left_at, r.purged_at) for r in rows.scalars()]

    async def purge_due(self, now: datetime, dry_run: bool = False) -> list[Departure]:
        """Delete the data of every workspace that left more than ``retention_days`` ago and has not come
        back; returns those purged now (with ``dry_run``, those that would be)."""
        now = ensure_utc(now)
        cutoff = now - timedelta(days=self.retention_days)
        due = [d for d in await self.departures() if d.purged_at is None and d.left_at <= cutoff]
        done = []
        for d in due:
            async with self._sessions() as s, s.begin():
                if await _came_back(s, d):
                    if not dry_run:
                        await s.execute(delete(_DEPARTURES).where(*_key(d.platform, d.workspace_id)))
                    continue
                if dry_run:
                    done.append(d)
                    continue
                claimed = await s.execute(
                    update(_DEPARTURES)
                    .where(*_key(d.platform, d.workspace_id), _DEPARTURES.c.purged_at.is_(None))
                    .where(_DEPARTURES.c.left_at <= cutoff)
                    .values(purged_at=now)
                )
                if _count(claimed) != 1:
                    continue  # another process purged it, or it was re-installed meanwhile
                await forget_workspace(s, d.platform, d.workspace_id)
            done.append(Departure(d.platform, d.workspace_id, d.left_at, now))
        return done


async def _came_back(s: AsyncSession, d: Departure) -> bool:
    """The app is in use there again although no install was seen (a single-workspace Slack app given a
    new token): a learner resumed their drip, or answered something after the workspace left."""
    mine = (LearnerRow.platform == d.platform) & (LearnerRow.workspace_id == d.workspace_id)
    resumed = exists().where(mine, LearnerRow.paused == false())
    answered = exists().where(mine, AttemptRow.learner_id == LearnerRow.id, AttemptRow.submitted_at > d.left_at)
    return bool((await s.execute(select(resumed | answered))).scalar())


def _key(platform: str, workspace_id: str) -> tuple[ColumnElement[bool], ...]:
    return (_DEPARTURES.c.platform == platform, _DEPARTURES.c.workspace_id == workspace_id)


def _count(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
