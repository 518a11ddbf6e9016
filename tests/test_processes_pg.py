"""Several `prepdrip run` processes on one PostgreSQL, as behind a load balancer (PostgreSQL only; CI sets
TEST_DATABASE_URL):

- two Discord processes run the drip, one is killed with SIGKILL in the middle of it, and every learner
  sees their drip exactly once: the survivor takes over the killed one's leased rows once the lease runs
  out, and a message the killed process had handed over unrecorded is resent with the same nonce, which
  Discord (the fake, as Discord does with ``enforce_nonce``) answers with the message it already made;
- two Slack HTTP-mode processes get the same event (Slack's retry reaching the other process) at once,
  and it is handled once: the event id is claimed in the database.
"""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import PG_URL, _fresh_pg
from tests.fakes.discord_fake import FakeDiscord, running_fake_discord
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
from tests.test_shutdown import outbox_rows, seed

pytestmark = pytest.mark.skipif(not PG_URL, reason="TEST_DATABASE_URL not set (several processes need PostgreSQL)")
LEARNERS = 60


def base_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    assert PG_URL
    return bot_env(tmp_path, DATABASE_URL=PG_URL, METRICS_PORT=str(free_port())) | extra


async def start(env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    return await launch(env, log=log)


async def stop(*processes: asyncio.subprocess.Process) -> None:
    for p in processes:
        if p.returncode is None:
            p.send_signal(signal.SIGTERM)
    for p in processes:
        try:
            await asyncio.wait_for(p.wait(), 30)
        except TimeoutError:
            p.kill()
            await p.wait()


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with running_fake_discord(heartbeat_interval=1.0) as fake:
        yield fake


async def test_two_processes_one_killed_mid_drip_every_learner_gets_it_exactly_once(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    assert PG_URL
    await _fresh_pg(PG_URL)
    users = [fake.add_user(f"learner{i:02d}") for i in range(LEARNERS)]
    await seed(PG_URL, users)
    env = {
        "DISCORD_TOKEN": fake.token,
        "DISCORD_API_URL": fake.api_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "DISPATCH_BATCH": "10",
        "DISPATCH_CONCURRENCY": "4",
        "DISPATCH_SECONDS": "0.5",
        "DISPATCH_LEASE_SECONDS": "2",
        "DISCORD_MESSAGES_PER_SECOND": "10",
    }

    def drips() -> Counter[int]:
        return Counter(
            u.id
            for u in users
            for m in fake.messages(fake.dm_channel(u))
            if m["author"]["id"] == str(fake.bot.id) and "Your PrepDrip for" in m["content"]
        )

    fake.reply_delay = 0.2  # sends in flight at the kill
    doomed = await start(base_env(tmp_path, **env), tmp_path / "a.log")
    survivor = await start(base_env(tmp_path, **env), tmp_path / "b.log")
    try:
        await fake.wait_until(lambda: len(drips()) >= 12, 90.0, "the drip to be under way in both")
        leased = [row for row in await outbox_rows(PG_URL) if row[1] == "sending"]
        doomed.kill()  # SIGKILL: no clean-up at all
        await doomed.wait()
        await fake.wait_until(lambda: len(drips()) == LEARNERS, 90.0, "every learner's drip")
        await asyncio.sleep(1.0)  # time for a second copy to show, were there one
        rows = await outbox_rows(PG_URL)
    finally:
        await stop(doomed, survivor)

    assert doomed.returncode == -signal.SIGKILL
    assert leased, "nothing was in flight when the process was killed"
    assert drips() == Counter({u.id: 1 for u in users})  # each learner: exactly one drip
    assert Counter(state for _, state, _, _ in rows) == Counter({"sent": LEARNERS})
    reclaimed = [row for row in rows if row[2] >= 2]  # claimed by the killed process, then by the survivor
    assert reclaimed, "the survivor took over nothing"


async def test_a_retried_slack_event_reaching_the_other_process_is_handled_once(
    slack: FakeSlack, tmp_path: Path
) -> None:
    assert PG_URL
    await _fresh_pg(PG_URL)
    ports = [free_port(), free_port()]
    common = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": slack.base_url}
    processes = [
        await start(base_env(tmp_path, **common, PORT=str(port)), tmp_path / f"slack{i}.log")
        for i, port in enumerate(ports)
    ]
    try:
        for port, process in zip(ports, processes, strict=True):
            await healthy(f"http://127.0.0.1:{port}/healthz", process)
        urls = [f"http://127.0.0.1:{port}/slack/events" for port in ports]
        event = message_im_event(LEARNER_ID, "help", event_id="Ev0SAMEEVENT1")
        # the first delivery to one process, Slack's retry of it to the other, at the same moment
        answers = await asyncio.gather(post_signed(urls[0], event), post_signed(urls[1], event, retry_num=1))
        assert [status for status, _, _ in answers] == [200, 200]
        await post_signed(urls[1], message_im_event(LEARNER_ID, "topics", event_id="Ev0OTHEREVENT"))
        dm = dm_channel_id(LEARNER_ID)
        await slack.wait_until(lambda: len(slack.messages(dm)) >= 2, 20.0, "both answers")
        await asyncio.sleep(1.0)  # time for a second answer to the same event, were there one
        texts = [str(m.get("text", "")) + str(m.get("blocks", "")) for m in slack.messages(dm)]
    finally:
        await stop(*processes)

    assert sum("PrepDrip commands" in t for t in texts) == 1
    assert sum("Topics I can practise" in t for t in texts) == 1
    assert all(p.returncode == 0 for p in processes)
