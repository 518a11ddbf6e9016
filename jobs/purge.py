"""The retention job: deletes the data of workspaces that removed the app more than ``RETENTION_DAYS``
ago (``Workspaces.purge_due``). Thin, like the drip tick: each workspace is claimed in the database in
the transaction that deletes it, so every process may run this job and a workspace is purged once."""

from __future__ import annotations

import logging
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.clock import Clock
from bot.core.model import Departure
from bot.core.ports import ChartRenderer, Workspaces

log = logging.getLogger(__name__)

EVERY = timedelta(hours=1)


CHARTS_KEPT = timedelta(days=1)  # a chart is sent when drawn; the console's path stays good for a day


async def purge_tick(workspaces: Workspaces, clock: Clock, charts: ChartRenderer | None = None) -> list[Departure]:
    if charts is not None:  # charts of learners whose workspace is purged go too
        charts.prune(clock.now() - CHARTS_KEPT)
    purged = await workspaces.purge_due(clock.now())
    for d in purged:
        log.warning(
            "deleted the data of %s workspace %s, which removed the app on %s (%d days' retention)",
            d.platform,
            d.workspace_id,
            d.left_at.date().isoformat(),
            workspaces.retention_days,
        )
    return purged


def add_purge_job(
    sched: AsyncIOScheduler, workspaces: Workspaces, clock: Clock, charts: ChartRenderer | None = None
) -> None:
    sched.add_job(
        purge_tick,
        "interval",
        seconds=EVERY.total_seconds(),
        next_run_time=clock.now() + timedelta(minutes=1),  # soon after start, out of the start-up rush
        args=(workspaces, clock, charts),
        id="retention_purge",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=int(EVERY.total_seconds()),
    )
