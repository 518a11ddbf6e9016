"""The coach: takes a message and the time, returns replies. Knows no platform, socket or clock.

Every message runs in one unit of work: the learner row is read, the conversation moves one step
(``bot.core.router`` picks the flow), and everything is committed together. A concurrent save of the
same learner (two processes, two quick messages) is detected by the store's version check and the
message is replayed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime

from bot.core.clock import ensure_utc
from bot.core.context import CoachSettings, Ctx, Services, oops
from bot.core.curriculum import Curriculum
from bot.core.flows.drip import drip
from bot.core.flows.groups import note_membership
from bot.core.inputs import ZoneNames
from bot.core.matcher import Matcher
from bot.core.messages import Inbound, LearnerRef, Reply
from bot.core.model import Learner
from bot.core.ports import ChartRenderer, ConcurrentUpdate, UnitOfWork
from bot.core.router import route
from bot.core.srs import Repetition
from bot.core.state import Conversation

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 12_000
RETRIES = 8


class Coach:
    def __init__(
        self,
        curriculum: Curriculum,
        uow: Callable[[], UnitOfWork],
        matcher: Matcher | None = None,
        repetition: Repetition | None = None,
        charts: ChartRenderer | None = None,
        settings: CoachSettings | None = None,
    ) -> None:
        self.uow = uow
        self.svc = Services(
            cur=curriculum,
            matcher=matcher or Matcher(),
            srs=repetition or Repetition(),
            charts=charts,
            settings=settings or CoachSettings(),
            zones=ZoneNames(),
        )

    @property
    def cur(self) -> Curriculum:
        return self.svc.cur

    async def handle(self, msg: Inbound, now: datetime) -> list[Reply]:
        now = ensure_utc(now)
        text = msg.text.strip()
        if len(text) > MAX_MESSAGE_CHARS:
            return [
                oops(
                    f"That message is {len(text):,} characters; I read up to {MAX_MESSAGE_CHARS:,} at a "
                    "time. Nothing was lost: trim it (the 2-minute version is about 300 words), or for a "
                    "system design answer send it in parts and finish with `/coach done`."
                )
            ]
        for attempt in range(RETRIES):
            try:
                async with self.uow() as uow:
                    learner = await uow.get_learner(msg.who)
                    if learner is None:
                        learner = await uow.add_learner(
                            Learner(ref=msg.who, created_at=now, display_name=msg.display_name)
                        )
                    elif msg.display_name and msg.display_name != learner.display_name:
                        learner.display_name = msg.display_name
                    before = asdict(learner)
                    ctx = Ctx(uow, learner, now, msg, self.svc, Conversation.load(learner.state))
                    replies = await route(ctx, text)
                    await note_membership(ctx)
                    learner.state = ctx.conv.dump()
                    if asdict(learner) != before:  # read-only commands write nothing
                        await uow.save_learner(learner)
                    await uow.commit()
                    return replies
            except ConcurrentUpdate:
                log.info("concurrent update for %s, retry %d", msg.who, attempt + 1)
            except Exception:  # the user gets a friendly line; the traceback goes to the log only
                log.exception("handling a message from %s failed", msg.who)
                return [
                    oops(
                        "Something went wrong on my side and that message wasn't saved. Please send it "
                        "again in a moment."
                    )
                ]
        return [oops("I'm a bit busy right now and couldn't save that; please send it again.")]

    async def due(self, now: datetime, limit: int = 500, only: LearnerRef | None = None) -> list[Reply]:
        """Everything scheduled that should go out at ``now``: each due learner's daily drip and, in
        the final week, the mock-interview reminder. The ledger makes each at-most-once per local
        day even when several schedulers tick at the same time."""
        now = ensure_utc(now)
        async with self.uow() as uow:
            learners = await uow.learners_due(now, limit)
        out: list[Reply] = []
        for stale in learners:
            if only is not None and stale.ref != only:
                continue
            for _attempt in range(3):
                try:
                    async with self.uow() as uow:
                        learner = await uow.get_learner(stale.ref)
                        if learner is None or not _due_now(learner, now):
                            break
                        inbound = Inbound(learner.ref, "", in_dm=True, via="schedule")
                        ctx = Ctx(uow, learner, now, inbound, self.svc, Conversation.load(learner.state))
                        replies = await drip(ctx)
                        learner.state = ctx.conv.dump()
                        await uow.save_learner(learner)
                        await uow.commit()
                        out.extend(replies)
                        break
                except ConcurrentUpdate:
                    continue
        return out


def _due_now(learner: Learner, now: datetime) -> bool:
    return learner.onboarded and not learner.paused and learner.next_drip_at is not None and learner.next_drip_at <= now


__all__ = ["MAX_MESSAGE_CHARS", "Coach", "CoachSettings"]
