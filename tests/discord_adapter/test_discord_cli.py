"""`prepdrip run` with DISCORD_TOKEN starts the bot (the real process, against the fake Discord on
loopback); `prepdrip discord invite` prints the invite URL."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import discord
import pytest

from bot.adapters.discord.discord_client import invite_permissions
from tests.fakes.discord_fake import FakeDiscord, FakeUser
from tests.processes import launch


@pytest.fixture
def env(tmp_path: Path, fake: FakeDiscord) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL"))}
    e.update(
        XDG_DATA_HOME=str(tmp_path / "xdg"),
        MPLBACKEND="Agg",
        DISCORD_TOKEN=fake.token,
        DISCORD_API_URL=fake.api_url,
        DISCORD_GATEWAY_URL=fake.gateway_url,
    )
    return e


async def prepdrip(env: dict[str, str], *args: str) -> asyncio.subprocess.Process:
    return await launch(env, *args)


@pytest.fixture
async def running_bot(env: dict[str, str], fake: FakeDiscord) -> AsyncIterator[asyncio.subprocess.Process]:
    proc = await prepdrip(env, "run")
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_run_with_a_token_starts_discord_and_ctrl_c_stops_it(
    fake: FakeDiscord, ada: FakeUser, running_bot: asyncio.subprocess.Process
) -> None:
    await fake.wait_until(lambda: bool(fake.commands()), 60.0, "the bot to connect and sync")
    await fake.wait_for_frame(t="READY")
    await fake.message_create(ada, "/coach start")
    await fake.wait_until(
        lambda: any("Question 1 of 4" in m["content"] for m in fake.messages(fake.dm_channel(ada))), 30.0, "Q1"
    )
    running_bot.send_signal(signal.SIGINT)
    _, stderr = await asyncio.wait_for(running_bot.communicate(), 30.0)
    assert running_bot.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr
    assert fake.connections[0].closed_code is not None  # the bot closed its gateway socket


async def test_run_with_a_wrong_token_says_so(env: dict[str, str], fake: FakeDiscord) -> None:
    proc = await prepdrip({**env, "DISCORD_TOKEN": "not-the-token"}, "run")
    _, stderr = await asyncio.wait_for(proc.communicate(), 60.0)
    assert proc.returncode == 1
    assert "Discord refused DISCORD_TOKEN" in stderr.decode() and b"Traceback" not in stderr


async def test_invite_url_has_both_scopes_and_the_permissions(env: dict[str, str], fake: FakeDiscord) -> None:
    proc = await prepdrip(env, "discord", "invite")
    stdout, stderr = await asyncio.wait_for(proc.communicate(), 60.0)
    assert proc.returncode == 0, stderr.decode()
    url = urlsplit(stdout.decode().strip())
    query = parse_qs(url.query)
    assert (url.netloc, url.path) == ("discord.com", "/oauth2/authorize")
    assert query["client_id"] == [str(fake.application_id)]
    assert query["scope"] == ["bot applications.commands"]
    wanted = discord.Permissions(int(query["permissions"][0]))
    assert wanted == invite_permissions()
    assert wanted.send_messages and wanted.embed_links and wanted.attach_files and not wanted.administrator

    proc = await prepdrip(
        {k: v for k, v in env.items() if k != "DISCORD_TOKEN"}, "discord", "invite", "--client-id", "42"
    )
    stdout, _ = await asyncio.wait_for(proc.communicate(), 60.0)
    assert "client_id=42" in stdout.decode()


def test_half_configured_sharding_is_named() -> None:
    from bot.settings import Settings

    def problems(**values: str) -> list[str]:
        return Settings(_env_file=None, discord_token="t", **values).platform_problems()  # type: ignore[call-arg, arg-type]

    assert problems(discord_shards="auto") == [] and problems(discord_shards="4", discord_shard_ids="0-1,3") == []
    assert "DISCORD_SHARD_IDS needs DISCORD_SHARDS" in problems(discord_shard_ids="0-3")[0]
    assert "DISCORD_SHARD_IDS needs DISCORD_SHARDS" in problems(discord_shards="auto", discord_shard_ids="0")[0]
    assert "beyond DISCORD_SHARDS=2" in problems(discord_shards="2", discord_shard_ids="1-2")[0]
    assert "like 0-3" in problems(discord_shards="2", discord_shard_ids="first")[0]
    assert "a number of shards or `auto`" in problems(discord_shards="many")[0]
    assert Settings(_env_file=None, discord_shards="4", discord_shard_ids="0-1,3").discord_shard_id_list() == [0, 1, 3]  # type: ignore[call-arg]
