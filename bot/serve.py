"""``prepdrip run`` on the platforms with tokens (Slack, Discord, or both in one process on one coach):
bootstrap once, serve ``/healthz`` and ``/metrics``, connect each platform, then run the drip — the
scheduler writes due messages to the outbox and one dispatcher sends them through each platform's
Sender — until SIGTERM (0), Ctrl-C (130) or a platform failing (1).

Stopping is graceful and bounded (a container runtime waits 10 s before SIGKILL): ``/healthz`` turns
503 so a load balancer stops sending, no job starts, Slack stops taking requests, claimed messages not
yet handed to a platform go back to the outbox, and the sends under way finish and are recorded, all
within ``STOP_GRACE`` seconds; then the platforms are closed.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.adapters.slack.slack_server import RunningSlack
    from bot.bootstrap import App
    from bot.core.clock import Clock
    from bot.ops_http import Ops
    from jobs.dispatcher import Dispatcher

log = logging.getLogger(__name__)

INTERRUPTED = 130
STOP_GRACE = 6.0  # seconds for work under way when stopping; the rest of the 10 s is closing
REFUSED = "Discord refused DISCORD_TOKEN: copy it again from the Developer Portal's Bot page."


def unreachable_discord(settings: Settings, error: BaseException) -> str:
    """One line for a Discord that could not be reached or answered with an error, instead of a traceback."""
    where = settings.discord_api_url or "https://discord.com/api/v10"
    why = str(error) or type(error).__name__
    return (
        f"Cannot reach Discord at {where} ({why}). Check this machine's network and DNS, "
        "or DISCORD_API_URL and DISCORD_GATEWAY_URL if you set them."
    )


async def serve(settings: Settings, platforms: list[str]) -> int:
    from bot.bootstrap import bootstrap
    from bot.core.clock import SystemClock
    from bot.core.curriculum import ContentError
    from bot.ops_http import Ops, RunningOps, serve_ops

    try:
        app = await bootstrap(settings)
    except ContentError as e:
        print("The curriculum failed to load:\n" + "\n".join(f"  - {p}" for p in e.problems), file=sys.stderr)
        return 1
    clock = SystemClock()
    loop = asyncio.get_running_loop()
    stopped: asyncio.Future[int] = loop.create_future()

    def stop_with(status: int) -> None:
        if not stopped.done():
            log.info("stopping (signal): no new work; finishing the sends under way")
            stopped.set_result(status)

    for sig, status in ((signal.SIGTERM, 0), (signal.SIGINT, INTERRUPTED)):
        loop.add_signal_handler(sig, stop_with, status)
    ops = Ops(app.metrics, app.outbox, app.store.engine, clock)
    run = _Run(settings, app, clock, ops, stopped)
    running_ops: RunningOps | None = None
    try:
        if settings.metrics_port != settings.port or "slack" not in platforms:
            running_ops = await serve_ops(ops, settings.metrics_port)
        return await run.until_stopped(platforms)
    finally:
        await run.shut_down()
        if running_ops is not None:
            await running_ops.stop()
        await app.close()


class _Run:
    """One ``prepdrip run``: what was started, so that it can be stopped in the right order."""

    def __init__(self, settings: Settings, app: App, clock: Clock, ops: Ops, stopped: asyncio.Future[int]) -> None:
        self.settings = settings
        self.app = app
        self.clock = clock
        self.ops = ops
        self.stopped = stopped
        self.senders: dict[str, Any] = {}
        self.slack: RunningSlack | None = None
        self.discord: Any = None
        self.discord_task: asyncio.Task[None] | None = None
        self.dispatcher: Dispatcher | None = None
        self.scheduler: Any = None

    async def until_stopped(self, platforms: list[str]) -> int:
        if "slack" in platforms:
            failed = await self._start_slack()
            if failed is not None:
                return failed
        if "discord" in platforms:
            failed = await self._start_discord()
            if failed is not None:
                return failed
        self._start_drip()
        self.ops.ready.set()
        print(f"PrepDrip is on {' and '.join(sorted(self.senders))}. Ctrl-C stops.", file=sys.stderr, flush=True)
        waits: set[asyncio.Future[Any]] = {self.stopped}
        if self.discord_task is not None:
            waits.add(self.discord_task)
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        if self.stopped.done():
            return self.stopped.result()
        assert self.discord_task is not None
        return 1 if self.discord_task.exception() else 0

    async def _start_slack(self) -> int | None:
        """None once Slack is served; the exit status when the process was stopped first (Socket Mode
        retries a Slack it cannot reach for as long as it takes: a SIGTERM meanwhile must still stop it)."""
        from bot.adapters.slack.slack_server import EVENTS_PATH, HEALTH_PATH, build_slack_app, start_slack

        runtime = build_slack_app(self.app.coach, self.clock, self.settings, self.app.store.engine)
        runtime.ops = self.ops
        starting = asyncio.create_task(start_slack(runtime))
        waits: set[asyncio.Future[Any]] = {starting, self.stopped}
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        if not starting.done():
            starting.cancel()
            await asyncio.gather(starting, return_exceptions=True)
            return self.stopped.result()
        self.slack = starting.result()
        self.senders["slack"] = runtime.sender
        self.ops.platforms["slack"] = runtime.ready.is_set
        mode = "Socket Mode" if self.settings.slack_app_token else f"HTTP mode, Slack posts to {EVENTS_PATH}"
        workspaces = "several workspaces (OAuth)" if self.settings.slack_oauth() else "one workspace"
        print(
            f"PrepDrip is on Slack: {mode}, {workspaces}; health at {self.slack.url}{HEALTH_PATH}.",
            file=sys.stderr,
            flush=True,
        )
        return None

    async def _start_discord(self) -> int | None:
        """None once connected; the exit status when Discord refused or the process was stopped first."""
        import aiohttp
        import discord

        from bot.adapters.discord import DiscordSender, build_client

        client = build_client(self.app.coach, self.clock, self.settings)
        self.discord = client
        self.discord_task = asyncio.create_task(client.start(self.settings.discord_token or ""))
        ready = asyncio.create_task(client.wait_until_ready())
        waits: set[asyncio.Future[Any]] = {self.discord_task, ready, self.stopped}
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        if self.discord_task.done():
            ready.cancel()
            try:
                self.discord_task.result()
            except discord.LoginFailure:
                print(REFUSED, file=sys.stderr)
                return 1
            except discord.PrivilegedIntentsRequired as e:
                print(f"Discord refused the gateway connection: {e}", file=sys.stderr)
                return 1
            except (aiohttp.ClientError, OSError, discord.GatewayNotFound, discord.HTTPException) as e:
                print(unreachable_discord(self.settings, e), file=sys.stderr)
                return 1
            return 0
        if self.stopped.done():
            ready.cancel()
            return self.stopped.result()
        self.senders["discord"] = DiscordSender(client)
        self.ops.platforms["discord"] = lambda: client.is_ready() and not client.is_closed()
        return None

    def _start_drip(self) -> None:
        from jobs.dispatcher import Dispatcher
        from jobs.scheduler import build_scheduler

        s = self.settings
        self.dispatcher = Dispatcher(
            self.app.outbox,
            self.senders,
            self.clock,
            door_closed=self.app.coach.door_closed,
            rates={"slack": s.slack_messages_per_second, "discord": s.discord_messages_per_second},
            batch=s.dispatch_batch,
            concurrency=s.dispatch_concurrency,
            lease_seconds=s.dispatch_lease_seconds,
            telemetry=self.app.metrics,
        )
        self.scheduler = build_scheduler(
            self.app.coach, self.dispatcher, self.clock, s.tick_seconds, s.dispatch_seconds
        )
        if self.slack is not None:
            ledger = self.slack.runtime.listeners.ledger

            async def prune() -> None:
                await ledger.prune(self.clock.now())

            self.scheduler.add_job(prune, "interval", hours=1, id="slack_ledger_prune", coalesce=True, max_instances=1)
        self.scheduler.start()

    async def shut_down(self) -> None:
        """No new work, then the work under way (bounded), then close the platforms."""
        self.ops.ready.clear()
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.pause()  # no job starts; running ones continue (shutdown would cancel them)
        if self.dispatcher is not None:
            self.dispatcher.stop()
        under_way: list[Awaitable[Any]] = []
        if self.dispatcher is not None:
            under_way.append(self._wait_dispatcher(self.dispatcher))
        if self.scheduler is not None:
            under_way.append(self.scheduler.wind_down(STOP_GRACE))  # a drip tick mid-transaction finishes
        if self.slack is not None:
            under_way.append(self.slack.stop(grace=STOP_GRACE))
        await asyncio.gather(*under_way, return_exceptions=True)
        closers: list[Callable[[], Awaitable[None]]] = []
        if self.discord is not None:
            closers.append(self.discord.close)
        for close in closers:
            try:
                await asyncio.wait_for(close(), 2.0)
            except Exception:  # shutting down: one platform's error must not keep the others open
                log.warning("closing a platform failed", exc_info=True)
        if self.discord_task is not None and not self.discord_task.done():
            self.discord_task.cancel()

    async def _wait_dispatcher(self, dispatcher: Dispatcher) -> None:
        if not await dispatcher.wait_idle(STOP_GRACE):
            log.warning("sends still under way after %.0f s; their messages stay leased and are retried", STOP_GRACE)
