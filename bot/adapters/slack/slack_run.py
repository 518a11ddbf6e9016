"""``prepdrip run`` with Slack configured: bootstrap, serve Slack, tick the drip, stop cleanly on
SIGTERM (status 0) or Ctrl-C (status 130)."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from bot.adapters.slack.slack_server import EVENTS_PATH, HEALTH_PATH, build_slack_app, start_slack
from bot.core.clock import SystemClock
from bot.settings import Settings

log = logging.getLogger(__name__)

INTERRUPTED = 130


async def run_slack(settings: Settings) -> int:
    from bot.bootstrap import bootstrap
    from bot.core.curriculum import ContentError
    from jobs.dispatcher import Dispatcher
    from jobs.scheduler import build_scheduler

    try:
        app = await bootstrap(settings)
    except ContentError as e:
        print("The curriculum failed to load:\n" + "\n".join(f"  - {p}" for p in e.problems), file=sys.stderr)
        return 1
    clock = SystemClock()
    runtime = build_slack_app(app.coach, clock, settings, app.store.engine)
    stopped: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def stop(status: int) -> None:
        if not stopped.done():
            stopped.set_result(status)

    for sig, status in ((signal.SIGTERM, 0), (signal.SIGINT, INTERRUPTED)):
        asyncio.get_running_loop().add_signal_handler(sig, stop, status)
    running = None
    dispatcher = Dispatcher(
        app.outbox,
        {"slack": runtime.sender},
        clock,
        door_closed=app.coach.door_closed,
        rates={"slack": settings.slack_messages_per_second},
        batch=settings.dispatch_batch,
        concurrency=settings.dispatch_concurrency,
        lease_seconds=settings.dispatch_lease_seconds,
    )
    scheduler = build_scheduler(app.coach, dispatcher, clock, settings.tick_seconds, settings.dispatch_seconds)

    async def prune() -> None:
        await runtime.listeners.ledger.prune(clock.now())

    scheduler.add_job(prune, "interval", hours=1, id="slack_ledger_prune", coalesce=True, max_instances=1)
    try:
        running = await start_slack(runtime)
        mode = "Socket Mode" if settings.slack_app_token else f"HTTP mode, Slack posts to {EVENTS_PATH}"
        workspaces = "several workspaces (OAuth)" if settings.slack_oauth() else "one workspace"
        print(
            f"PrepDrip is on Slack: {mode}, {workspaces}; health at {running.url}{HEALTH_PATH}. Ctrl-C stops.",
            file=sys.stderr,
            flush=True,
        )
        scheduler.start()
        return await stopped
    finally:
        if scheduler.running:
            scheduler.shutdown(wait=False)
        if running is not None:
            await running.stop()
        await app.close()
