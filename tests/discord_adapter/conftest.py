"""The Discord adapter against the fake Discord on loopback: a real coach on SQLite, the real
discord.py client pointed at the fake through DISCORD_API_URL and DISCORD_GATEWAY_URL."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.adapters.discord import CoachClient, ShardedCoachClient, build_client
from bot.adapters.discord.discord_dialogue import PLATFORM, WORKSPACE
from bot.core.clock import FakeClock
from bot.core.engine import Coach
from bot.core.messages import Inbound, LearnerRef
from bot.settings import Settings
from tests.fakes.discord_fake import (
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeInteraction,
    FakeUser,
    running_fake_discord,
)

Message = dict[str, Any]


def discord_settings(fake: FakeDiscord, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "discord_token": fake.token,
        "discord_api_url": fake.api_url,
        "discord_gateway_url": fake.gateway_url,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class Discord:
    """One test's Discord: the fake, the coach, and clients built the way `prepdrip run` builds them."""

    def __init__(self, fake: FakeDiscord, coach: Coach, clock: FakeClock) -> None:
        self.fake = fake
        self.coach = coach
        self.clock = clock

    def client(self, **settings: Any) -> CoachClient | ShardedCoachClient:
        return build_client(self.coach, self.clock, discord_settings(self.fake, **settings), guild_ready_timeout=0.05)

    @contextlib.asynccontextmanager
    async def running(self, client: CoachClient | ShardedCoachClient | None = None) -> AsyncIterator[Any]:
        """Start the client (bounded wait for on_ready) and always close it."""
        client = client or self.client()
        task = asyncio.create_task(client.start(self.fake.token))
        ready = asyncio.create_task(client.wait_until_ready())
        try:
            done, _ = await asyncio.wait({task, ready}, timeout=10.0, return_when=asyncio.FIRST_COMPLETED)
            if task in done:
                task.result()
            assert ready in done, f"no on_ready within 10 s; fake problems: {self.fake.problems}"
            yield client
        finally:
            ready.cancel()
            await client.close()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(task, 5.0)

    # ---- reading what the bot said ---------------------------------------------------------------

    def bot_messages(self, channel: FakeChannel | int) -> list[Message]:
        return [m for m in self.fake.messages(channel) if int(m["author"]["id"]) == self.fake.bot.id]

    async def said(self, channel: FakeChannel | int, pattern: str, *, after: Message | None = None) -> Message:
        """The first bot message in ``channel`` (after ``after``) whose content matches ``pattern``,
        once it has been sent; then a moment for the rest of the same answer is not needed, since
        callers wait for the message they look at."""
        since = int(after["id"]) if after else 0
        regex = re.compile(pattern)

        def found() -> Message | None:
            for m in self.bot_messages(channel):
                if int(m["id"]) > since and regex.search(m["content"]) and not m["flags"] & (1 << 7):
                    return m
            return None

        await self.fake.wait_until(lambda: found() is not None, 10.0, f"a bot message matching {pattern!r}")
        message = found()
        assert message is not None
        return message

    async def followup(self, it: FakeInteraction, pattern: str) -> Message:
        regex = re.compile(pattern)

        def found() -> Message | None:
            return next((m for m in it.followups if regex.search(m["content"])), None)

        await self.fake.wait_until(lambda: found() is not None, 10.0, f"a follow-up matching {pattern!r}")
        message = found()
        assert message is not None
        return message


async def onboard(env: Discord, user: FakeUser, answers: str = "ynnn") -> None:
    """Set a learner up through the coach itself (the Discord side of onboarding is the transcript's)."""
    who = LearnerRef(PLATFORM, WORKSPACE, str(user.id))
    texts = [
        "/coach start",
        *("yes" if a == "y" else "no" for a in answers),
        "none",
        "Europe/Berlin",
        "08:30",
        "senior",
    ]
    for text in texts:
        await env.coach.handle(Inbound(who, text, display_name=user.global_name), env.clock.now())


def custom_ids(message: Message) -> list[str]:
    return [c["custom_id"] for row in message["components"] for c in row["components"] if "custom_id" in c]


def button(message: Message, label: str) -> dict[str, Any]:
    for row in message["components"]:
        for c in row["components"]:
            if c.get("label") == label:
                return dict(c)
    raise AssertionError(
        f"no button {label!r} in {[c.get('label') for r in message['components'] for c in r['components']]}"
    )


def assert_mentions_nobody(fake: FakeDiscord) -> None:
    """Every request that carries text says `allowed_mentions: {"parse": []}`, and no message the bot
    made pings anyone."""
    texts = 0
    for call in fake.calls:
        body = call.json if isinstance(call.json, dict) else {}
        if call.route.endswith("/callback"):
            body = body.get("data") or {}
        if body.get("content") or body.get("embeds"):
            texts += 1
            assert body.get("allowed_mentions") == {"parse": []}, (call.method, call.path, body)
    assert texts, "no message with text was sent"
    for message in fake.messages():
        if int(message["author"]["id"]) != fake.bot.id:
            continue
        assert message["mentions"] == [] and not message["mention_everyone"], message


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with running_fake_discord(heartbeat_interval=1.0) as fake:
        yield fake


@pytest.fixture
def ada(fake: FakeDiscord) -> FakeUser:
    return fake.add_user("ada", global_name="Ada @everyone")


@pytest.fixture
def guild(fake: FakeDiscord, ada: FakeUser) -> FakeGuild:
    return fake.add_guild("ml-study", channels=["general", "drills"], members=[ada])


@pytest.fixture
def discord_env(fake: FakeDiscord, coach: Coach, clock: FakeClock) -> Discord:
    return Discord(fake, coach, clock)


@pytest.fixture
async def bot(discord_env: Discord, guild: FakeGuild) -> AsyncIterator[CoachClient | ShardedCoachClient]:
    async with discord_env.running() as client:
        yield client
