"""Benchmark: Discord's 3-second acknowledgement, with many learners at once.

    python -m bench.discord_ack                  # 30 learners at once, charts on
    python -m bench.discord_ack --users 100 --no-charts

Runs the real discord.py client (the adapter as `prepdrip run` builds it) against the fake Discord on
loopback, with the real coach on SQLite. Every learner at the same time goes through the transcript
(/coach start in a server channel, the routing questions as buttons, typed onboarding answers,
/coach today, a typed answer, a rating button, /readiness in the channel), and the bench prints, per
kind of interaction, how long Discord waited for the acknowledgement (its limit is 3 s) and how long
the learner waited for the answer itself.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import statistics
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.adapters.discord import build_client
from bot.charts import MatplotlibCharts
from bot.core.clock import FakeClock
from bot.core.curriculum import default_content_dir, load_curriculum
from bot.core.engine import Coach
from bot.core.matcher import Matcher
from bot.core.srs import Repetition
from bot.settings import Settings
from bot.store.db import make_engine, migrate
from bot.store.uow import SqlStore
from tests.fakes.discord_fake import FakeChannel, FakeDiscord, FakeInteraction, FakeUser, running_fake_discord

ANSWER = (
    "Bias is systematic error from a model too simple for the data; variance is sensitivity to the particular "
    "training sample, so a flexible model changes a lot when you resample. More data reduces variance."
)


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q / 100 * (len(xs) - 1)))]


class Learner:
    def __init__(self, fake: FakeDiscord, user: FakeUser, channel: FakeChannel) -> None:
        self.fake, self.user, self.channel = fake, user, channel
        self.dm = fake.dm_channel(user)
        self.acks: dict[str, list[float]] = defaultdict(list)
        self.answers: dict[str, list[float]] = defaultdict(list)
        self.last = 0

    def _bot_message(self, pattern: re.Pattern[str]) -> dict[str, Any] | None:
        if (self.dm.last_message_id or 0) <= self.last:  # nothing new in this DM: skip the scan
            return None
        for m in self.fake.messages(self.dm):
            if int(m["id"]) > self.last and int(m["author"]["id"]) == self.fake.bot.id and pattern.search(m["content"]):
                return m
        return None

    async def said(self, step: str, started: float, pattern: str) -> dict[str, Any]:
        regex = re.compile(pattern)
        await self.fake.wait_until(lambda: self._bot_message(regex) is not None, 60.0, f"{step}: {pattern}")
        message = self._bot_message(regex)
        assert message is not None
        self.answers[step].append(time.monotonic() - started)
        self.last = int(message["id"])
        return message

    async def acked(self, step: str, it: FakeInteraction, started: float) -> None:
        await it.wait_callback(timeout=60.0)
        self.acks[step].append(time.monotonic() - started)

    async def command(self, step: str, name: str, pattern: str | None, in_channel: bool = True) -> None:
        started = time.monotonic()
        it = await self.fake.slash_command(name, user=self.user, channel=self.channel if in_channel else None)
        await self.acked(step, it, started)
        if pattern is None:
            await it.wait_followups(1, timeout=60.0)
            self.answers[step].append(time.monotonic() - started)
        else:
            await self.said(step, started, pattern)

    async def press(self, step: str, message: dict[str, Any], custom_id: str, pattern: str) -> dict[str, Any]:
        started = time.monotonic()
        it = await self.fake.press_button(message, custom_id, user=self.user)
        await self.acked(step, it, started)
        return await self.said(step, started, pattern)

    async def type(self, step: str, text: str, pattern: str) -> dict[str, Any]:
        started = time.monotonic()
        await self.fake.message_create(self.user, text)
        return await self.said(step, started, pattern)

    async def run(self) -> None:
        started = time.monotonic()
        it = await self.fake.slash_command("coach start", user=self.user, channel=self.channel)
        await self.acked("/coach start", it, started)
        q = await self.said("/coach start", started, r"Question 1 of 4")
        q = await self.press("button", q, "pd:v:0:yes", r"Question 2 of 4")
        for n in (3, 4):
            q = await self.press("button", q, "pd:v:1:no", rf"Question {n} of 4")
        q = await self.press("button", q, "pd:v:1:no", r"When is your interview")
        await self.press("button", q, "pd:v:0:none", r"Which timezone")
        await self.type("typed", "Berlin", r"What time")
        q = await self.type("typed", "8:30", r"which level")
        await self.press("button", q, "pd:v:1:senior", r"All set")
        await self.command("/coach today", "coach today", r"\*\*Theory\*\*")
        q = await self.type("answer", ANSWER, r"\*\*Feedback\*\*")
        await self.press("button", q, "pd:v:2:good", r"Rated Good")
        await self.command("/readiness", "readiness", None)


async def run(users: int, charts: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
        await migrate(engine)
        store = SqlStore(engine)
        chart_renderer = MatplotlibCharts(Path(tmp) / "charts") if charts else None
        coach = Coach(load_curriculum([default_content_dir()]), store, Matcher(), Repetition(), chart_renderer)
        clock = FakeClock(datetime(2026, 11, 25, 7, 0, tzinfo=UTC))
        async with running_fake_discord(heartbeat_interval=5.0) as fake:
            people = [fake.add_user(f"learner{i}") for i in range(users)]
            guild = fake.add_guild("bench", members=people)
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None,
                discord_token=fake.token,
                discord_api_url=fake.api_url,
                discord_gateway_url=fake.gateway_url,
            )
            client = build_client(coach, clock, settings, guild_ready_timeout=0.05)
            task = asyncio.create_task(client.start(fake.token))
            await asyncio.wait_for(client.wait_until_ready(), 30.0)
            learners = [Learner(fake, p, guild.channel("general")) for p in people]
            t0 = time.monotonic()
            try:
                await asyncio.gather(*(learner.run() for learner in learners))
            finally:
                wall = time.monotonic() - t0
                await client.close()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
                await store.dispose()
            late = [i for i in fake._interactions.values() if i.callback is None]
    acks: dict[str, list[float]] = defaultdict(list)
    answers: dict[str, list[float]] = defaultdict(list)
    for learner in learners:
        for k, v in learner.acks.items():
            acks[k] += v
        for k, v in learner.answers.items():
            answers[k] += v
    every = [x for v in acks.values() for x in v]
    print(f"{users} learners at once, charts {'on' if charts else 'off'}: {len(every)} interactions in {wall:.1f}s")
    print(f"{'step':<14} {'ack p50':>8} {'ack p99':>8} {'ack max':>8}   {'answer p50':>10} {'answer p99':>10}")
    for step in sorted(set(acks) | set(answers)):
        a, r = acks.get(step, []), answers.get(step, [])
        row = f"{step:<14} "
        row += f"{pct(a, 50) * 1000:>6.0f}ms {pct(a, 99) * 1000:>6.0f}ms {max(a) * 1000:>6.0f}ms   " if a else " " * 30
        row += f"{pct(r, 50) * 1000:>8.0f}ms {pct(r, 99) * 1000:>8.0f}ms"
        print(row)
    print(
        f"all acknowledgements: median {statistics.median(every) * 1000:.0f}ms, max {max(every) * 1000:.0f}ms; "
        f"over 3 s (refused by Discord): {len(late)}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--users", type=int, default=30)
    ap.add_argument("--no-charts", action="store_true")
    args = ap.parse_args()
    asyncio.run(run(args.users, not args.no_charts))


if __name__ == "__main__":
    main()
