"""The jobs, in the bot process: APScheduler 3 ``AsyncIOScheduler`` in UTC.

- ``drip_tick`` at the start of every minute: the core writes what is due to the outbox (its ledger
  makes a second process harmless), then the dispatcher sends it;
- ``dispatch`` every few seconds: retries and anything another process queued; it also runs at start,
  so messages left pending by a crash or a deploy go out first;
- ``retention_purge`` hourly: the data of workspaces that removed the app ``RETENTION_DAYS`` ago.

Jobs only ask the core what is due and hand messages to the dispatcher: the core decides what is sent.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobEvent,
    JobSubmissionEvent,
)
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.clock import Clock
from bot.core.engine import Coach
from jobs.dispatcher import Dispatcher, DispatchStats
from jobs.purge import add_purge_job
from jobs.quiet import Quiet

log = logging.getLogger(__name__)


class Scheduler(AsyncIOScheduler):  # type: ignore[misc]  # APScheduler 3 ships no types
    """``AsyncIOScheduler`` that counts its runs under way, so a stop can let them finish.

    ``shutdown`` cancels the asyncio tasks of running jobs. A job cancelled in the middle of a database
    call can leave its connection waiting on a driver thread that is already gone, and the event loop
    then never closes (CI hung 90 minutes on exactly that). ``wind_down`` pauses, waits for the runs
    under way (bounded), then shuts down. The count comes from APScheduler's own job events: one
    submitted run is one executed, failed or missed event per scheduled time.
    """

    def __init__(self, **options: object) -> None:
        super().__init__(**options)
        self.under_way = 0
        self._idle: asyncio.Event | None = None  # made by wind_down, in the scheduler's loop
        self.add_listener(self._count, EVENT_JOB_SUBMITTED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)

    def _count(self, event: JobEvent) -> None:
        if isinstance(event, JobSubmissionEvent):
            self.under_way += len(event.scheduled_run_times)
        else:
            self.under_way = max(0, self.under_way - 1)
            if self.under_way == 0 and self._idle is not None:
                self._idle.set()

    async def wind_down(self, grace: float) -> bool:
        """No new run starts; wait up to ``grace`` seconds for those under way; shut down. True when
        nothing was left running (anything still running after ``grace`` is cancelled)."""
        if self.running:
            self.pause()
        if self.under_way > 0:
            self._idle = asyncio.Event()
            try:
                await asyncio.wait_for(self._idle.wait(), grace)
            except TimeoutError:
                pass
        idle = self.under_way == 0
        if self.running:
            self.shutdown(wait=False)
        return idle


async def drip_tick(coach: Coach, dispatcher: Dispatcher, clock: Clock) -> DispatchStats:
    """Thin, so a second scheduler is harmless: the core claims the ledger row and writes the outbox
    row in one transaction; the dispatcher sends it and marks it sent."""
    queued = await coach.enqueue_due(clock.now())
    if queued.messages:
        log.info("queued %d messages for %d learners", queued.messages, queued.learners)
    return await dispatcher.drain()


async def dispatch_tick(dispatcher: Dispatcher) -> DispatchStats:
    return await dispatcher.drain()


def _next_minute(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0) + timedelta(minutes=1)


def build_scheduler(
    coach: Coach, dispatcher: Dispatcher, clock: Clock, tick_seconds: int = 60, dispatch_seconds: float = 2.0
) -> Scheduler:
    sched = Scheduler(timezone="UTC")
    now = clock.now()
    drip_quiet, dispatch_quiet = Quiet("the drip tick", clock), Quiet("the dispatcher", clock)

    async def quiet_drip_tick() -> DispatchStats | None:  # a database outage: one traceback, not one a run
        return await drip_quiet.run(lambda: drip_tick(coach, dispatcher, clock))

    async def quiet_dispatch_tick() -> DispatchStats | None:
        return await dispatch_quiet.run(lambda: dispatch_tick(dispatcher))

    sched.add_job(
        quiet_drip_tick,
        "interval",
        seconds=tick_seconds,
        start_date=_next_minute(now),  # on the minute, so 08:30 drips leave at 08:30:00
        next_run_time=now,  # and once at start: drips missed earlier today go out now
        id="drip_tick",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=tick_seconds,
    )
    sched.add_job(
        quiet_dispatch_tick,
        "interval",
        seconds=dispatch_seconds,
        id="dispatch",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=max(1, int(dispatch_seconds)),
    )
    if coach.workspaces is not None:  # workspaces that removed the app, after RETENTION_DAYS
        add_purge_job(sched, coach.workspaces, clock, coach.svc.charts)
    return sched
