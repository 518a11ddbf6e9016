"""``prepdrip run`` with Discord (and Slack beside it, in the same process): bootstrap once, connect
each platform, then run the drip — the scheduler writes due messages to the outbox and one dispatcher
sends them through each platform's Sender — until SIGTERM (0), Ctrl-C (130) or a platform fails (1)."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from bot.settings import Settings

INTERRUPTED = 130
REFUSED = "Discord refused DISCORD_TOKEN: copy it again from the Developer Portal's Bot page."


async def serve(settings: Settings, platforms: list[str]) -> int:
    import discord

    from bot.adapters.discord import DiscordSender, build_client
    from bot.bootstrap import bootstrap
    from bot.core.clock import SystemClock
    from bot.core.curriculum import ContentError
    from jobs.dispatcher import Dispatcher
    from jobs.scheduler import build_scheduler

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
            stopped.set_result(status)

    for sig, status in ((signal.SIGTERM, 0), (signal.SIGINT, INTERRUPTED)):
        loop.add_signal_handler(sig, stop_with, status)
    senders: dict[str, Any] = {}
    stops: list[Callable[[], Awaitable[None]]] = []
    try:
        if "slack" in platforms:
            from bot.adapters.slack.slack_server import build_slack_app, start_slack

            runtime = build_slack_app(app.coach, clock, settings, app.store.engine)
            running_slack = await start_slack(runtime)
            senders["slack"] = runtime.sender
            stops.append(running_slack.stop)
        client = build_client(app.coach, clock, settings)
        running = asyncio.create_task(client.start(settings.discord_token or ""))
        ready = asyncio.create_task(client.wait_until_ready())
        waits: set[asyncio.Future[Any]] = {running, ready, stopped}
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        if running.done():
            ready.cancel()
            try:
                running.result()
            except discord.LoginFailure:
                print(
                    "Discord refused DISCORD_TOKEN: copy it again from the Developer Portal's Bot page.",
                    file=sys.stderr,
                )
                return 1
            except discord.PrivilegedIntentsRequired as e:
                print(f"Discord refused the gateway connection: {e}", file=sys.stderr)
                return 1
            return 0
        if stopped.done():
            await client.close()
            return stopped.result()
        senders["discord"] = DiscordSender(client)
        stops.append(client.close)
        dispatcher = Dispatcher(
            app.outbox,
            senders,
            clock,
            door_closed=app.coach.door_closed,
            rates={"slack": settings.slack_messages_per_second, "discord": settings.discord_messages_per_second},
            batch=settings.dispatch_batch,
            concurrency=settings.dispatch_concurrency,
            lease_seconds=settings.dispatch_lease_seconds,
        )
        scheduler = build_scheduler(app.coach, dispatcher, clock, settings.tick_seconds, settings.dispatch_seconds)
        scheduler.start()
        print(f"PrepDrip is on {' and '.join(sorted(senders))}. Ctrl-C stops.", file=sys.stderr, flush=True)
        try:
            until: set[asyncio.Future[Any]] = {running, stopped}
            await asyncio.wait(until, return_when=asyncio.FIRST_COMPLETED)
        finally:
            scheduler.shutdown(wait=False)
        if running.done() and not stopped.done():
            return 1 if running.exception() else 0
        return stopped.result()
    finally:
        for stop in reversed(stops):
            try:
                await stop()
            except Exception:  # shutting down: one platform's error must not keep the others open
                pass
        await app.close()
