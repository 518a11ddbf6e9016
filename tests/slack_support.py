"""PrepDrip's Slack app served on loopback against the fake Slack, and a user who talks to it the way
Slack does: signed slash commands, message.im events and button presses, each ack timed."""

from __future__ import annotations

import asyncio
import html
import statistics
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.adapters.slack.slack_server import RunningSlack, SlackRuntime, build_slack_app, start_slack
from bot.core.clock import Clock
from bot.core.engine import Coach
from bot.settings import Settings
from tests.fakes.slack import (
    BOT_TOKEN,
    LEARNER_ID,
    SIGNING_SECRET,
    TEAM_ID,
    FakeSlack,
    block_actions,
    dm_channel_id,
    message_im_event,
    post_signed,
    slash_command,
)

ACK_LATENCIES = pytest.StashKey[list[tuple[str, float]]]()
ACK_DEADLINE = 3.0  # Slack's: a correctness bound, not a benchmark


def ack_summary(latencies: list[tuple[str, float]]) -> str:
    if not latencies:
        return ""
    seconds = sorted(s for _, s in latencies)
    slowest = max(latencies, key=lambda x: x[1])
    return (
        f"Slack ack latency over {len(seconds)} signed requests: p50 {statistics.median(seconds) * 1000:.1f} ms, "
        f"max {seconds[-1] * 1000:.1f} ms ({slowest[0]}; deadline {ACK_DEADLINE:.0f} s)"
    )


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 5.0) -> None:  # noqa: ASYNC109
    """For state on the app's side (the database), which the fake cannot signal: poll briefly."""
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.01)


def settings_for(slack: FakeSlack, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": BOT_TOKEN,
        "slack_signing_secret": SIGNING_SECRET,
        "slack_app_token": None,
        "slack_client_id": None,
        "slack_client_secret": None,
        "slack_api_url": slack.base_url,
        "port": 0,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def text_of(message: dict[str, Any]) -> str:
    """What a person sees in a message: its sections and context lines, entities decoded."""
    parts: list[str] = []
    for block in message.get("blocks") or []:
        if block.get("type") == "section":
            parts.append(block["text"]["text"])
        elif block.get("type") == "context":
            parts += [e.get("text", "") for e in block.get("elements", [])]
    return html.unescape("\n".join(parts) if parts else str(message.get("text", "")))


def buttons_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for b in message.get("blocks") or [] if b.get("type") == "actions" for e in b.get("elements", [])]


class SlackBot:
    """Our app at ``url``; ``say``/``command``/``press`` send what Slack would and time the ack."""

    def __init__(self, slack: FakeSlack, running: RunningSlack, latencies: list[tuple[str, float]]) -> None:
        self.slack = slack
        self.running = running
        self.url = running.url + "/slack/events"
        self.latencies = latencies

    @property
    def runtime(self) -> SlackRuntime:
        return self.running.runtime

    async def post(self, body: bytes, what: str, **kwargs: Any) -> tuple[int, str, float]:
        status, text, elapsed = await post_signed(self.url, body, SIGNING_SECRET, **kwargs)
        if status == 200:
            self.latencies.append((what, elapsed))
            assert elapsed < ACK_DEADLINE, f"{what} acked after {elapsed:.2f}s"
        return status, text, elapsed

    async def command(
        self,
        text: str,
        name: str = "/coach",
        *,
        user: str = LEARNER_ID,
        channel_name: str = "directmessage",
        channel_id: str | None = None,
        team: str = TEAM_ID,
        response_url: str | None = None,
    ) -> tuple[int, str, float]:
        body = slash_command(
            name,
            text,
            user_id=user,
            team_id=team,
            channel_id=channel_id,
            channel_name=channel_name,
            response_url=response_url or self.slack.response_url(),
        )
        return await self.post(body, f"{name} {text}".strip())

    async def say(self, text: str, *, user: str = LEARNER_ID, team: str = TEAM_ID, **kwargs: Any) -> str:
        """A message typed in the DM; returns its event id."""
        event_id = kwargs.pop("event_id", None) or f"Ev{abs(hash((text, len(self.latencies)))) % 10**10:010d}"
        body = message_im_event(user, text, team=team, event_id=event_id)
        status, _, _ = await self.post(body, "message.im", **kwargs)
        assert status == 200
        return event_id

    def dm(self, user: str = LEARNER_ID) -> list[dict[str, Any]]:
        return self.slack.messages(dm_channel_id(user))

    def dm_texts(self, user: str = LEARNER_ID) -> list[str]:
        return [text_of(m) for m in self.dm(user)]

    async def wait_dm(self, needle: str, *, user: str = LEARNER_ID, after: int = 0, timeout: float = 10.0) -> dict:  # noqa: ASYNC109
        """The first DM message from index ``after`` on whose text contains ``needle``."""
        found: list[dict[str, Any]] = []

        def check() -> bool:
            found[:] = [m for m in self.dm(user)[after:] if needle in text_of(m)]
            return bool(found)

        await self.slack.wait_until(check, timeout, f"a DM containing {needle!r}")
        return found[0]

    async def press(self, label: str, *, user: str = LEARNER_ID, message: dict[str, Any] | None = None) -> dict:
        """Press the button labelled ``label`` on ``message`` (default: the newest DM message that has one)."""
        if message is None:
            message = next(m for m in reversed(self.dm(user)) if any(b["text"]["text"] == label for b in buttons_of(m)))
        button = next(b for b in buttons_of(message) if b["text"]["text"] == label)
        channel = dm_channel_id(user)
        body = block_actions(
            user,
            action_id=button["action_id"],
            value=button.get("value", ""),
            message_ts=message["ts"],
            channel=channel,
            message=message,
            response_url=self.slack.response_url(),
        )
        status, _, _ = await self.post(body, f"button {label}")
        assert status == 200
        return message


@asynccontextmanager
async def start_slack_bot(
    slack: FakeSlack,
    coach: Coach,
    clock: Clock,
    engine: AsyncEngine,
    latencies: list[tuple[str, float]],
    **settings: Any,
) -> AsyncIterator[SlackBot]:
    runtime = build_slack_app(coach, clock, settings_for(slack, **settings), engine)
    running = await start_slack(runtime, host="127.0.0.1", port=0)
    try:
        yield SlackBot(slack, running, latencies)
    finally:
        await running.stop()
