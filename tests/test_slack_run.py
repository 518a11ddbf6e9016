"""`prepdrip run` with Slack configured, as an operator starts it: a real process on loopback, the fake
Slack as its Web API; ready on /healthz, answers a signed DM, stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import aiohttp

from tests.fakes.slack import (
    BOT_TOKEN,
    LEARNER_ID,
    SIGNING_SECRET,
    FakeSlack,
    dm_channel_id,
    message_im_event,
    post_signed,
)
from tests.processes import bot_env, free_port, healthy, launch


def base_env(tmp_path: Path) -> dict[str, str]:
    return bot_env(tmp_path)


async def test_prepdrip_run_serves_slack_over_http_and_stops_on_sigterm(slack: FakeSlack, tmp_path: Path) -> None:
    port = free_port()
    env = base_env(tmp_path) | {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack.base_url,
        "PORT": str(port),
    }
    process = await launch(env)
    try:
        await healthy(f"http://127.0.0.1:{port}/healthz", process)
        status, _, elapsed = await post_signed(
            f"http://127.0.0.1:{port}/slack/events", message_im_event(LEARNER_ID, "help")
        )
        assert status == 200 and elapsed < 3.0
        await slack.wait_until(lambda: bool(slack.messages(dm_channel_id(LEARNER_ID))), timeout=20)
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 30)

    assert process.returncode == 0, err.decode()
    assert "PrepDrip is on Slack: HTTP mode" in err.decode()
    assert "PrepDrip commands" in slack.messages(dm_channel_id(LEARNER_ID))[0]["blocks"][0]["text"]["text"]


async def test_prepdrip_run_names_the_missing_slack_variable(tmp_path: Path) -> None:
    env = base_env(tmp_path) | {"SLACK_CLIENT_ID": "1.2", "SLACK_SIGNING_SECRET": SIGNING_SECRET}
    process = await launch(env)
    _, err = await asyncio.wait_for(process.communicate(), 60)

    assert process.returncode == 2
    assert "SLACK_CLIENT_SECRET is missing" in err.decode()


async def test_sigterm_stops_prepdrip_run_while_socket_mode_still_cannot_reach_slack(tmp_path: Path) -> None:
    """Socket Mode retries an unreachable Slack for as long as it takes; `docker stop` meanwhile must
    still stop the process (it used to wait in the retry loop until SIGKILL)."""
    metrics = free_port()
    env = base_env(tmp_path) | {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": "xapp-1-A0-1-not-a-real-token",
        "SLACK_API_URL": f"http://127.0.0.1:{free_port()}/api/",  # nothing listens there
        "PORT": str(free_port()),
        "METRICS_PORT": str(metrics),
    }
    process = await launch(env, log=tmp_path / "bot.log")
    try:
        loop = asyncio.get_running_loop()
        deadline, status = loop.time() + 60, 0
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
            while not status and loop.time() < deadline:
                assert process.returncode is None, "prepdrip run exited"
                try:
                    async with session.get(f"http://127.0.0.1:{metrics}/healthz") as r:
                        status = r.status
                except aiohttp.ClientError:
                    await asyncio.sleep(0.1)
        assert status == 503  # up, but not ready: Slack is not connected
        await asyncio.sleep(1.5)  # in Socket Mode's connect-and-retry loop
        process.send_signal(signal.SIGTERM)
        started = loop.time()
        await asyncio.wait_for(process.wait(), 10)
        assert loop.time() - started < 8
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0
