"""``/healthz`` and ``/metrics`` when Discord runs (it has no HTTP port of its own: ``METRICS_PORT``):
an exchange and a drip over the fake Discord move the counters a scrape sees; `prepdrip run` with only
DISCORD_TOKEN serves both, and a metrics port already taken is a warning, not a failed start."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.core.curriculum import Curriculum
from bot.core.engine import Coach
from bot.core.matcher import Matcher
from bot.core.srs import Repetition
from bot.metrics import Metrics
from bot.ops_http import Ops, serve_ops
from bot.store.outbox import SqlOutbox
from bot.store.uow import SqlStore
from tests.discord_adapter.conftest import Discord, onboard
from tests.discord_adapter.test_discord_cli import prepdrip
from tests.discord_adapter.test_discord_transcript import ANSWER
from tests.fakes.discord_fake import FakeDiscord, FakeGuild, FakeUser
from tests.metrics_support import health, scrape, value
from tests.processes import free_port


async def test_an_exchange_and_a_drip_move_the_counters_on_the_metrics_port(
    fake: FakeDiscord,
    curriculum: Curriculum,
    matcher: Matcher,
    sqlite_store: SqlStore,
    clock: FakeClock,
    ada: FakeUser,
    guild: FakeGuild,
) -> None:
    from bot.adapters.discord import DiscordSender
    from jobs.dispatcher import Dispatcher
    from jobs.scheduler import drip_tick

    bob = fake.add_user("bob", dms_open=False)
    metrics = Metrics()
    outbox = SqlOutbox(sqlite_store.engine)
    coach = Coach(curriculum, sqlite_store, matcher, Repetition(), None, outbox=outbox, telemetry=metrics)
    env = Discord(fake, coach, clock)
    ops = Ops(metrics, outbox, sqlite_store.engine, clock)
    served = await serve_ops(ops, 0, host="127.0.0.1")
    assert served is not None
    dm = fake.dm_channel(ada)
    try:
        async with env.running() as client:
            ops.platforms["discord"] = lambda: client.is_ready() and not client.is_closed()
            ops.ready.set()
            assert await health(served.url) == (
                200,
                {"ok": True, "ready": True, "database": True, "platforms": {"discord": True}},
            )
            await fake.message_create(ada, "/coach help")
            helped = await env.said(dm, "PrepDrip commands")
            it = await fake.slash_command("coach topics", user=ada, channel=guild.channel("general"))
            await env.followup(it, "Topics I can practise")
            await onboard(env, ada, "nnnn")  # through the core: phase 1, theory
            await onboard(env, bob, "nnnn")
            await fake.message_create(ada, "/coach today")
            await env.said(dm, "Theory", after=helped)
            await fake.message_create(ada, ANSWER)
            await env.said(dm, "Feedback", after=helped)
            during = await scrape(served.url)

            clock.advance(days=1, minutes=31)  # the next morning: ada's drip goes out, bob's DMs are closed
            dispatcher = Dispatcher(outbox, {"discord": DiscordSender(client)}, clock, telemetry=metrics)
            stats = await drip_tick(coach, dispatcher, clock)
            after = await scrape(served.url)
        closed = await health(served.url)
    finally:
        await served.stop()

    def handled(samples: dict, command: str) -> float:  # type: ignore[type-arg]
        return value(samples, "prepdrip_commands_handled_total", platform="discord", command=command)

    assert (handled(during, "/coach help"), handled(during, "/coach topics"), handled(during, "/coach today")) == (
        1,
        1,
        1,
    )
    assert value(during, "prepdrip_command_seconds_count", platform="discord", command="/coach topics") == 1
    assert value(during, "prepdrip_grader_seconds_count", kind="theory") == 1
    assert value(during, "prepdrip_messages_sent_total", platform="discord", kind="reply") >= 5
    assert (stats.sent, stats.failed) == (1, 1)
    assert value(after, "prepdrip_messages_sent_total", platform="discord", kind="drip") == 1
    assert (
        value(after, "prepdrip_delivery_failures_total", platform="discord", reason="Discord 50007", final="true") == 1
    )
    assert value(after, "prepdrip_outbox_messages", state="sent") == 1
    assert value(after, "prepdrip_outbox_messages", state="failed") == 1
    assert value(after, "prepdrip_platform_connected", platform="discord") == 1
    assert closed[0] == 503 and closed[1]["platforms"] == {"discord": False}


async def test_a_metrics_port_already_taken_is_a_warning(
    sqlite_store: SqlStore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    ops = Ops(Metrics(), SqlOutbox(sqlite_store.engine), sqlite_store.engine, clock)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with caplog.at_level(logging.WARNING, logger="bot.ops_http"):
            assert await serve_ops(ops, port, host="127.0.0.1") is None
    [warning] = [r for r in caplog.records if r.name == "bot.ops_http"]
    assert f"METRICS_PORT {port} is not available" in warning.getMessage()


async def test_prepdrip_run_with_only_discord_serves_healthz_and_metrics_and_survives_a_taken_port(
    fake: FakeDiscord, ada: FakeUser, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL"))}
    env |= {
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "MPLBACKEND": "Agg",
        "DISCORD_TOKEN": fake.token,
        "DISCORD_API_URL": fake.api_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
    }
    port = free_port()
    taken = socket.socket()
    taken.bind(("0.0.0.0", 0))
    taken.listen()
    # PORT (Slack's) is the taken one here: it is not used when only Discord runs
    proc = await prepdrip({**env, "METRICS_PORT": str(port), "PORT": str(taken.getsockname()[1])}, "run")
    try:
        url = f"http://127.0.0.1:{port}"
        await fake.wait_until(lambda: bool(fake.commands()), 60.0, "the bot to connect and sync")
        for _ in range(200):
            try:
                status, body = await health(url)
                if status == 200:
                    break
            except OSError:
                pass
            await asyncio.sleep(0.1)
        assert (status, body["platforms"]) == (200, {"discord": True})
        await fake.message_create(ada, "/coach help")
        await fake.wait_until(
            lambda: any("PrepDrip commands" in m["content"] for m in fake.messages(fake.dm_channel(ada))), 30.0, "help"
        )
        samples = await scrape(url)
        assert value(samples, "prepdrip_commands_handled_total", platform="discord", command="/coach help") == 1
        assert value(samples, "prepdrip_platform_connected", platform="discord") == 1
    finally:
        taken.close()
        if proc.returncode is None:
            proc.terminate()
        _, stderr = await asyncio.wait_for(proc.communicate(), 30.0)
    assert proc.returncode == 0, stderr.decode()
    assert b"Traceback" not in stderr and b"PrepDrip is on discord" in stderr
