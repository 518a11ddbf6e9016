"""Fixtures: real storage (SQLite always, PostgreSQL when TEST_DATABASE_URL is set), a controllable
clock, and a console user to talk to the coach through."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.adapters.console import ConsoleAdapter
from bot.core.clock import FakeClock
from bot.core.curriculum import Curriculum, default_content_dir, load_curriculum
from bot.core.engine import Coach
from bot.core.judging import CodeRunner, Limits
from bot.core.matcher import Matcher
from bot.core.messages import Reply
from bot.core.srs import Repetition
from bot.runner.bwrap_runner import BwrapRunner
from bot.runner.local_runner import LocalRunner
from bot.store.db import make_engine, migrate
from bot.store.outbox import SqlOutbox
from bot.store.uow import SqlStore
from tests.fakes.slack import FakeSlack
from tests.slack_support import ACK_LATENCIES, SlackBot, ack_summary, start_slack_bot

PG_URL = os.environ.get("TEST_DATABASE_URL")
START = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)  # a Wednesday, 08:00 in Berlin


@pytest.fixture(scope="session")
def curriculum() -> Curriculum:
    return load_curriculum([default_content_dir()])


@pytest.fixture(scope="session")
def matcher() -> Matcher:
    return Matcher()


async def _fresh_pg(url: str) -> None:
    eng = make_engine(url)
    async with eng.begin() as conn:
        await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await eng.dispose()


def _backends() -> list[object]:
    return [
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="TEST_DATABASE_URL not set")),
    ]


@pytest.fixture(params=_backends())
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SqlStore]:
    """A migrated, empty database on each backend."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    else:
        assert PG_URL
        url = PG_URL
        await _fresh_pg(url)
    eng = make_engine(url)
    await migrate(eng)
    s = SqlStore(eng)
    yield s
    await s.dispose()


@pytest.fixture
async def sqlite_store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    eng = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
    await migrate(eng)
    s = SqlStore(eng)
    yield s
    await s.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


class TestCharts:
    def __init__(self, out: Path) -> None:
        from bot.charts import MatplotlibCharts

        self.inner = MatplotlibCharts(out)

    def readiness_chart(self, learner_key, rounds, now):  # type: ignore[no-untyped-def]
        return self.inner.readiness_chart(learner_key, rounds, now)

    def forget(self, learner_key):  # type: ignore[no-untyped-def]
        return self.inner.forget(learner_key)

    def prune(self, before):  # type: ignore[no-untyped-def]
        return self.inner.prune(before)


@pytest.fixture(scope="session")
def sandbox_problem() -> str | None:
    """Why bubblewrap cannot run here (None: it can), asked once per session."""
    return asyncio.run(BwrapRunner().probe())


#: short limits, so the tests of runaway code finish quickly
TEST_LIMITS = Limits(cpu_seconds=2, wall_seconds=8.0, memory_mb=512, processes=4, file_mb=2, output_kb=64)


@pytest.fixture
def sandbox(sandbox_problem: str | None) -> BwrapRunner:
    """A real bubblewrap sandbox; the test is skipped, with the reason, where bubblewrap cannot run."""
    if sandbox_problem is not None:
        pytest.skip(f"bubblewrap cannot run here: {sandbox_problem}")
    return BwrapRunner(TEST_LIMITS, concurrency=4)


@pytest.fixture
def runner(sandbox_problem: str | None) -> CodeRunner:
    """What the console would use: the sandbox where it runs, else a local run with limits."""
    if sandbox_problem is None:
        return BwrapRunner(TEST_LIMITS, concurrency=4)
    return LocalRunner(TEST_LIMITS)


@pytest.fixture
def coach(
    curriculum: Curriculum, sqlite_store: SqlStore, matcher: Matcher, tmp_path: Path, runner: CodeRunner
) -> Coach:
    from bot.charts import MatplotlibCharts
    from bot.store.outbox import SqlOutbox

    return Coach(
        curriculum,
        sqlite_store,
        matcher,
        Repetition(),
        MatplotlibCharts(tmp_path / "charts"),
        outbox=SqlOutbox(sqlite_store.engine),
        runner=runner,
    )


@pytest.fixture
def console(coach: Coach, clock: FakeClock) -> ConsoleAdapter:
    return ConsoleAdapter(coach, clock, user="ada", group="ml-study")


def texts(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


async def onboard(
    console: ConsoleAdapter,
    answers: str = "yynn",
    interview: str = "2027-06-30",
    tz: str = "Europe/Berlin",
    at: str = "08:30",
    level: str = "senior",
) -> list[Reply]:
    out = await console.say("/coach start")
    for a in answers:
        out = await console.say("yes" if a == "y" else "no")
    for v in (interview, tz, at, level):
        out = await console.say(v)
    return out


# ---- Slack: the fake on loopback, and our app served against it ----------------------------------


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    async with FakeSlack() as fake:
        yield fake


@pytest.fixture
async def slack_bot(
    slack: FakeSlack, coach: Coach, clock: FakeClock, sqlite_store: SqlStore, request: pytest.FixtureRequest
) -> AsyncIterator[SlackBot]:
    """PrepDrip's Slack app in HTTP mode on 127.0.0.1, its Web API client aimed at the fake."""
    async with start_slack_bot(slack, coach, clock, sqlite_store.engine, request.config.stash[ACK_LATENCIES]) as bot:
        yield bot


def pytest_configure(config: pytest.Config) -> None:
    config.stash[ACK_LATENCIES] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    line = ack_summary(config.stash.get(ACK_LATENCIES, []))
    if line:
        terminalreporter.write_line(line)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean data directory for `prepdrip …` run in this process (tests/cli_support.py): no platform
    settings, no .env from the checkout."""
    for k in list(os.environ):
        if k.startswith(("SLACK_", "DISCORD_", "DATABASE_URL", "CODE_RUNNER")):
            monkeypatch.delenv(k)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    return tmp_path / "data"


@pytest.fixture
async def both(curriculum: Curriculum, store: SqlStore, matcher: Matcher) -> AsyncIterator[Coach]:
    """The coach on each backend (the ``coach`` fixture is SQLite only)."""
    yield Coach(curriculum, store, matcher, Repetition(), outbox=SqlOutbox(store.engine), runner=None)
