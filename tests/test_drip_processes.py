"""Real `prepdrip` processes on one database: one killed with SIGKILL in the middle of a drip run
(nothing lost, nothing doubled beyond what was in flight), and two running at once on PostgreSQL
(each learner's drip sent exactly once)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.core.messages import LearnerRef
from bot.core.model import Learner
from bot.store.db import make_engine, migrate
from bot.store.uow import SqlStore
from tests.conftest import PG_URL, _fresh_pg

ROOT = Path(__file__).resolve().parents[1]


async def _learners(url: str, n: int) -> None:
    eng = make_engine(url)
    await migrate(eng)
    store = SqlStore(eng)
    now = datetime.now(UTC)
    async with store() as uow:
        for i in range(n):
            await uow.add_learner(
                Learner(
                    ref=LearnerRef("console", "local", f"u{i:04d}"),
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


async def _outbox(url: str) -> tuple[int, Counter[str], int]:
    eng = make_engine(url)
    async with eng.connect() as c:
        rows = (await c.execute(text("SELECT state, COUNT(*) FROM outbox WHERE kind = 'drip' GROUP BY state"))).all()
        learners = (await c.execute(text("SELECT COUNT(DISTINCT learner_id) FROM outbox WHERE kind = 'drip'"))).scalar()
        total = (await c.execute(text("SELECT COUNT(*) FROM outbox WHERE kind = 'drip'"))).scalar()
    await eng.dispose()
    return int(total or 0), Counter({s: int(n) for s, n in rows}), int(learners or 0)


def _env(tmp_path: Path, url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    env.update(DATABASE_URL=url, XDG_DATA_HOME=str(tmp_path / "xdg"), MPLBACKEND="Agg", **extra)
    return env


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "bot.cli", "drip", "--now"]
    return subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)


def _delivered(out: str) -> list[str]:
    return [line.split()[2] for line in out.splitlines() if line.startswith("── to ")]


def test_sigkill_mid_drip_run_loses_nothing_and_doubles_only_what_was_in_flight(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'drip.db'}"
    n = 800
    asyncio.run(_learners(url, n))
    slow = {"DISPATCH_CONCURRENCY": "1", "DISPATCH_BATCH": "4", "DISPATCH_LEASE_SECONDS": "0.5"}
    env = _env(tmp_path, url, **slow)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "drip", "--now"], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    first: list[str] = []
    for line in proc.stdout:
        if line.startswith("── to "):
            first.append(line.split()[2])
            if len(first) == 20:
                break
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    first += _delivered(proc.stdout.read())
    total, states, learners = asyncio.run(_outbox(url))
    assert total == n and learners == n  # every drip was queued once, before any was sent
    assert states["sent"] < n  # the kill landed mid-run
    again = subprocess.run(
        [sys.executable, "-m", "bot.cli", "drip", "--now"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    second = _delivered(again.stdout)
    total, states, learners = asyncio.run(_outbox(url))
    assert total == n and states == Counter({"sent": n})
    seen = Counter(first + second)
    assert set(seen) == {f"u{i:04d}" for i in range(n)}  # nothing lost
    doubled = [u for u, k in seen.items() if k > 1]
    assert len(doubled) <= 4  # at most the batch that was in flight at the kill
    third = subprocess.run(
        [sys.executable, "-m", "bot.cli", "drip", "--now"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Nothing new" in third.stdout and not _delivered(third.stdout)


@pytest.mark.skipif(not PG_URL, reason="TEST_DATABASE_URL not set")
def test_two_processes_on_one_postgres_send_each_drip_once(tmp_path: Path) -> None:
    assert PG_URL
    asyncio.run(_fresh_pg(PG_URL))
    n = 300
    asyncio.run(_learners(PG_URL, n))
    env = _env(tmp_path, PG_URL, DISPATCH_BATCH="20", DISPATCH_CONCURRENCY="4")
    cmd = [sys.executable, "-m", "bot.cli", "drip", "--now"]
    procs = [subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    both = [_delivered(o) for o in outs]
    seen = Counter(both[0] + both[1])
    assert len(seen) == n and max(seen.values()) == 1  # each learner's drip sent exactly once
    # (which process sent how many depends on timing; that each drip went out exactly once does not)
    total, states, learners = asyncio.run(_outbox(PG_URL))
    assert total == n and states == Counter({"sent": n}) and learners == n


async def _groups_due_now(url: str, n: int) -> None:
    """``n`` groups, each with two members, whose weekly board is due this very minute (UTC)."""
    from bot.core.model import StudyGroup

    eng = make_engine(url)
    store = SqlStore(eng)
    now = datetime.now(UTC)
    async with store() as uow:
        for i in range(n):
            g = StudyGroup("console", "local", f"g{i:03d}", f"group {i}", "UTC", now, now.weekday())
            g.post_time, g.channel = f"{now:%H:%M}", f"g{i:03d}"
            await uow.groups.create(g)
            for j in (2 * i, 2 * i + 1):
                await uow.join_group("console", "local", g.group_id, j + 1)
        await uow.commit()
    await store.dispose()


async def _boards(url: str) -> tuple[int, int, int]:
    eng = make_engine(url)
    async with eng.connect() as c:
        guards = (await c.execute(text("SELECT COUNT(*) FROM board_posts"))).scalar()
        rows = (await c.execute(text("SELECT COUNT(*) FROM outbox WHERE kind = 'board'"))).scalar()
        sent = (await c.execute(text("SELECT COUNT(*) FROM outbox WHERE kind = 'board' AND state = 'sent'"))).scalar()
    await eng.dispose()
    return int(guards or 0), int(rows or 0), int(sent or 0)


@pytest.mark.skipif(not PG_URL, reason="TEST_DATABASE_URL not set")
def test_two_processes_post_each_groups_weekly_board_once(tmp_path: Path) -> None:
    assert PG_URL
    asyncio.run(_fresh_pg(PG_URL))
    asyncio.run(_learners(PG_URL, 80))
    asyncio.run(_groups_due_now(PG_URL, 40))
    env = _env(tmp_path, PG_URL, DISPATCH_BATCH="20", DISPATCH_CONCURRENCY="4")
    cmd = [sys.executable, "-m", "bot.cli", "drip", "--now"]
    procs = [subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    posted = Counter(line.split()[2] for o in outs for line in o.splitlines() if line.endswith("(board) ──"))
    assert len(posted) == 40 and max(posted.values()) == 1, posted  # each group's board once, to its channel
    assert asyncio.run(_boards(PG_URL)) == (40, 40, 40)
    # a third run in the same week posts nothing more
    again = _run(env)
    assert again.returncode == 0 and "(board)" not in again.stdout
    assert asyncio.run(_boards(PG_URL)) == (40, 40, 40)
