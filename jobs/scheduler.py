"""The drip scheduler. One interval job ticks every minute and asks the core who is due; the core's
ledger makes a second scheduler (another process) harmless."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.clock import Clock
from bot.core.engine import Coach
from bot.core.messages import Reply

log = logging.getLogger(__name__)
Deliver = Callable[[Reply], Awaitable[None]]


async def drip_tick(coach: Coach, deliver: Deliver, clock: Clock) -> int:
    """Send everything due now; returns how many replies went out. A failed delivery is logged and
    does not stop the others."""
    sent = 0
    for reply in await coach.due(clock.now()):
        try:
            await deliver(reply)
            sent += 1
        except Exception:
            log.exception("delivery to %s failed", reply.to)
    return sent


def build_scheduler(coach: Coach, deliver: Deliver, clock: Clock, tick_seconds: int = 60) -> AsyncIOScheduler:
    sched = AsyncIOScheduler(timezone="UTC")
    sched.add_job(
        drip_tick,
        "interval",
        seconds=tick_seconds,
        args=(coach, deliver, clock),
        id="drip_tick",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=tick_seconds,
    )
    return sched
