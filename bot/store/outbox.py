"""The outbox on SQLAlchemy: claiming ready messages for sending, and marking how it went.

Several dispatchers (processes) share one PostgreSQL database: each claim takes rows with
``FOR UPDATE SKIP LOCKED`` and leases them, so a message is sent by one of them; a lease that runs
out (a process killed mid-send) makes the row claimable again. On SQLite (one process) the claim's
``UPDATE … WHERE state …`` is the guard. A learner's messages go out in the order they were written:
a row is ready only when no earlier row of the same learner is still waiting.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from bot.core.delivery import (
    SKIPPED_LATE,
    SKIPPED_PAUSED,
    TIMELY_FOR,
    TIMELY_KINDS,
    Failure,
    Outgoing,
    from_payload,
    to_payload,
)
from bot.core.messages import LearnerRef, Reply
from bot.core.model import Learner
from bot.store.models import LearnerRow, OutboxRow

log = logging.getLogger(__name__)

WAITING = ("pending", "sending")
_SENT = {"state": "sent", "lease_until": None, "error": None}


def outbox_rows(
    learner: Learner, kind: str, local_day: date, replies: list[Reply], now: datetime
) -> list[dict[str, Any]]:
    """The outbox rows for replies scheduled to a learner's DM, in order, ready to insert."""
    assert learner.id is not None
    base = {
        "learner_id": learner.id,
        "platform": learner.ref.platform,
        "workspace_id": learner.ref.workspace_id,
        "user_id": learner.ref.user_id,
        "kind": kind,
        "local_day": local_day,
        "state": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }
    return [{**base, "seq": seq, "payload": to_payload(r)} for seq, r in enumerate(replies)]


class SqlOutbox:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    def _ready(self, now: datetime) -> ColumnElement[bool]:
        earlier = aliased(OutboxRow)
        return and_(
            or_(
                and_(OutboxRow.state == "pending", OutboxRow.next_attempt_at <= now),
                and_(OutboxRow.state == "sending", OutboxRow.lease_until < now),
            ),
            ~exists().where(
                earlier.learner_id == OutboxRow.learner_id,
                earlier.id < OutboxRow.id,
                earlier.state.in_(WAITING),
            ),
        )

    async def claim(
        self,
        now: datetime,
        limit: int,
        lease_seconds: float,
        platforms: frozenset[str] | None = None,
        only: LearnerRef | None = None,
    ) -> list[Outgoing]:
        conds: list[ColumnElement[bool]] = [self._ready(now)]
        if platforms is not None:
            conds.append(OutboxRow.platform.in_(sorted(platforms)))
        if only is not None:
            conds += [
                OutboxRow.platform == only.platform,
                OutboxRow.workspace_id == only.workspace_id,
                OutboxRow.user_id == only.user_id,
            ]
        async with self._sessions() as s, s.begin():
            pick = (
                select(OutboxRow.id, OutboxRow.kind, OutboxRow.created_at, LearnerRow.paused)
                .outerjoin(LearnerRow, LearnerRow.id == OutboxRow.learner_id)
                .where(*conds)
                .order_by(OutboxRow.id)
                .limit(limit)
            )
            if self.engine.dialect.name == "postgresql":
                pick = pick.with_for_update(skip_locked=True, of=OutboxRow)
            while True:  # until something to send, or nothing ready: a page all skipped is not the end
                picked = (await s.execute(pick)).all()
                if not picked:
                    return []
                late, paused = [], []
                for row_id, kind, created_at, learner_paused in picked:
                    if kind in TIMELY_KINDS and created_at < now - TIMELY_FOR:
                        late.append(row_id)
                    elif kind in TIMELY_KINDS and learner_paused:
                        paused.append(row_id)
                for stale, reason in ((late, SKIPPED_LATE), (paused, SKIPPED_PAUSED)):
                    if stale:
                        await s.execute(
                            update(OutboxRow)
                            .where(OutboxRow.id.in_(stale))
                            .values(state="skipped", lease_until=None, error=reason)
                            .execution_options(synchronize_session=False)
                        )
                        log.info("outbox: %d message(s) %s", len(stale), reason)
                ids = [row_id for row_id, *_ in picked if row_id not in {*late, *paused}]
                if ids:
                    break
            rows = (
                await s.execute(
                    update(OutboxRow)
                    .where(OutboxRow.id.in_(ids), *conds[:1])
                    .values(
                        state="sending",
                        lease_until=now + timedelta(seconds=lease_seconds),
                        attempts=OutboxRow.attempts + 1,
                    )
                    .returning(OutboxRow)
                    .execution_options(synchronize_session=False)
                )
            ).scalars()
            out = [
                Outgoing(
                    key=str(r.id),
                    to=(ref := LearnerRef(r.platform, r.workspace_id, r.user_id)),
                    reply=from_payload(r.payload, ref, dm=r.channel_id is None),
                    kind=r.kind,
                    attempts=r.attempts - 1,
                    channel=r.channel_id,
                )
                for r in rows
            ]
        return sorted(out, key=lambda o: int(o.key))

    async def _set(self, s: AsyncSession, key: str, **values: object) -> None:
        await s.execute(update(OutboxRow).where(OutboxRow.id == int(key)).values(**values))

    async def sent(self, key: str, platform_id: str, now: datetime) -> None:
        async with self._sessions() as s, s.begin():
            await self._set(
                s, key, state="sent", sent_at=now, platform_message_id=platform_id[:128], lease_until=None, error=None
            )

    async def sent_many(self, done: list[tuple[str, str]], now: datetime) -> None:
        """Mark a round's successful sends in one transaction."""
        if not done:
            return
        async with self._sessions() as s, s.begin():
            await s.execute(
                update(OutboxRow),
                [
                    {
                        "id": int(k),
                        "state": "sent",
                        "sent_at": now,
                        "platform_message_id": pid[:128],
                        "lease_until": None,
                    }
                    for k, pid in done
                ],
            )

    async def release(self, keys: list[str], lease_until: datetime | None = None) -> None:
        """Claimed but never handed to the platform (the process is stopping, or its lease running
        out): pending again at once, the claim's attempt not counted. With ``lease_until``, only rows
        still under that claim's lease (one another round has claimed since is left alone)."""
        if not keys:
            return
        guard = [OutboxRow.state == "sending"]
        if lease_until is not None:
            guard.append(OutboxRow.lease_until == lease_until)
        async with self._sessions() as s, s.begin():
            await s.execute(
                update(OutboxRow)
                .where(OutboxRow.id.in_([int(k) for k in keys]), *guard)
                .values(state="pending", lease_until=None, attempts=OutboxRow.attempts - 1)
                .execution_options(synchronize_session=False)
            )

    async def extend(self, keys: list[str], lease_until: datetime, until: datetime) -> None:
        """Sends still under way near the end of their lease: the lease runs to ``until``, for rows still
        under ``lease_until`` (a row another round has claimed since is left alone)."""
        if not keys:
            return
        async with self._sessions() as s, s.begin():
            await s.execute(
                update(OutboxRow)
                .where(
                    OutboxRow.id.in_([int(k) for k in keys]),
                    OutboxRow.state == "sending",
                    OutboxRow.lease_until == lease_until,
                )
                .values(lease_until=until)
                .execution_options(synchronize_session=False)
            )

    async def retry(self, key: str, at: datetime, reason: str) -> None:
        async with self._sessions() as s, s.begin():
            await self._set(s, key, state="pending", next_attempt_at=at, lease_until=None, error=reason[:2000])

    async def failed(self, key: str, reason: str, now: datetime) -> None:
        async with self._sessions() as s, s.begin():
            await self._set(s, key, state="failed", lease_until=None, error=reason[:2000], sent_at=None)

    async def counts(self) -> dict[str, int]:
        async with self._sessions() as s:
            rows = await s.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state))
            return {str(state): int(n) for state, n in rows.all()}

    async def failures(self, limit: int) -> list[Failure]:
        async with self._sessions() as s:
            rows = (
                await s.execute(
                    select(OutboxRow).where(OutboxRow.state == "failed").order_by(OutboxRow.id.desc()).limit(limit)
                )
            ).scalars()
            return [
                Failure(
                    str(r.id),
                    LearnerRef(r.platform, r.workspace_id, r.user_id),
                    r.kind,
                    r.error or "",
                    r.next_attempt_at,
                )
                for r in rows
            ]

    async def skipped(self) -> dict[str, int]:
        """Rows skipped rather than sent, by reason (too late, or the learner paused)."""
        async with self._sessions() as s:
            rows = await s.execute(
                select(OutboxRow.error, func.count()).where(OutboxRow.state == "skipped").group_by(OutboxRow.error)
            )
            return {str(reason or "skipped"): int(n) for reason, n in rows.all()}

    async def oldest_ready(self, now: datetime) -> datetime | None:
        async with self._sessions() as s:
            return (
                await s.execute(
                    select(func.min(OutboxRow.next_attempt_at)).where(
                        OutboxRow.state == "pending", OutboxRow.next_attempt_at <= now
                    )
                )
            ).scalar_one_or_none()
