"""SIGTERM in the middle of a drip: `prepdrip run` (a real process, the fake Discord on loopback answering
every request 0.3 s late, so sends are in flight) stops taking work, lets the sends under way finish and
records them, gives back what it claimed but had not sent, and exits 0 well inside the 10 s a container
runtime waits. Restarted, it sends the rest: every learner gets their drip exactly once."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.core.messages import LearnerRef
from bot.core.model import Learner
from bot.store.db import make_engine, migrate
from bot.store.uow import SqlStore
from tests.fakes.discord_fake import FakeDiscord, FakeUser, running_fake_discord
from tests.processes import free_port, launch

LEARNERS = 40


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with running_fake_discord(heartbeat_interval=1.0) as fake:
        yield fake


async def seed(url: str, users: list[FakeUser]) -> None:
    """Learners on Discord whose drip is due now."""
    engine = make_engine(url)
    await migrate(engine)
    store = SqlStore(engine)
    now = datetime.now(UTC)
    async with store() as uow:
        for user in users:
            await uow.add_learner(
                Learner(
                    ref=LearnerRef("discord", "global", str(user.id)),
                    created_at=now,
                    tz="UTC",
                    drip_time="00:00",
                    phase=1,
                    seniority="senior",
                    onboarded=True,
                    routing_answers=[False] * 4,
                    next_drip_at=now - timedelta(minutes=1),
                )
            )
        await uow.commit()
    await store.dispose()


async def outbox_rows(url: str) -> list[tuple[str, str, int, object]]:
    engine = make_engine(url)
    async with engine.connect() as conn:
        rows = await conn.execute(text("SELECT user_id, state, attempts, lease_until FROM outbox ORDER BY id"))
        out = [(str(u), str(s), int(a), lease) for u, s, a, lease in rows.all()]
    await engine.dispose()
    return out


async def test_sigterm_mid_drip_finishes_and_records_the_sends_under_way_and_exits_promptly(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    users = [fake.add_user(f"learner{i:02d}") for i in range(LEARNERS)]
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    await seed(url, users)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL"))}
    env |= {
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "MPLBACKEND": "Agg",
        "DATABASE_URL": url,
        "DISCORD_TOKEN": fake.token,
        "DISCORD_API_URL": fake.api_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "METRICS_PORT": str(free_port()),
        "DISPATCH_BATCH": "20",  # claimed at once: more than are sent before the signal
        "DISPATCH_CONCURRENCY": "4",
        "DISCORD_MESSAGES_PER_SECOND": "8",
    }
    log = tmp_path / "bot.log"

    def reached() -> set[int]:
        """Learners with at least one message from the bot in their DM."""
        return {
            u.id for u in users if any(m["author"]["id"] == str(fake.bot.id) for m in fake.messages(fake.dm_channel(u)))
        }

    process = await launch(env, log=log)
    try:
        await fake.wait_until(lambda: bool(fake.commands()), 60.0, "the bot to connect")
        fake.reply_delay = 0.3
        await fake.wait_until(lambda: len(reached()) >= 6, 60.0, "the drip to be under way")
        process.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        await asyncio.wait_for(process.wait(), 30)
        took = time.monotonic() - signalled
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    written = await asyncio.to_thread(log.read_text)

    assert process.returncode == 0, written[-3000:]
    assert took < 5.0, f"SIGTERM to exit took {took:.1f} s"
    assert "Traceback" not in written
    rows = await outbox_rows(url)
    states = Counter(state for _, state, _, _ in rows)
    assert states["sending"] == 0  # nothing left claimed but unrecorded
    assert 0 < states["sent"] < LEARNERS and states["pending"] == LEARNERS - states["sent"]
    sent_to = {int(u) for u, state, _, _ in rows if state == "sent"}
    assert sent_to == reached()  # every message Discord created is recorded, and only those
    assert all(a == 0 and lease is None for _, state, a, lease in rows if state == "pending")  # given back

    fake.reply_delay = 0.0
    process = await launch({**env, "DISCORD_MESSAGES_PER_SECOND": "100"}, log=log)
    try:
        await fake.wait_until(lambda: len(reached()) == LEARNERS, 60.0, "every learner's drip")
        await asyncio.sleep(0.5)  # time for a second copy to show, were there one
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    rows = await outbox_rows(url)
    assert Counter(state for _, state, _, _ in rows) == Counter({"sent": LEARNERS})
    drips = Counter(
        u.id
        for u in users
        for m in fake.messages(fake.dm_channel(u))
        if m["author"]["id"] == str(fake.bot.id) and "Your PrepDrip for" in m["content"]
    )
    assert drips == Counter({u.id: 1 for u in users})  # exactly once each, across the stop and restart
