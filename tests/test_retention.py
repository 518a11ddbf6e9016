"""A workspace that removes the app is deleted RETENTION_DAYS later: recorded when Slack says it was
uninstalled or Discord that the bot left a server, forgotten when it comes back, purged once (guarded by
the database, also with two processes at once), and nothing of any other workspace is touched."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text

from bot.core.clock import FakeClock
from bot.core.messages import LearnerRef
from bot.core.model import Learner
from bot.store.db import make_engine
from bot.store.retention import SqlWorkspaces
from bot.store.uow import SqlStore
from jobs.purge import purge_tick

LEFT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


async def _learner(store: SqlStore, ref: LearnerRef, *, paused: bool = True) -> int:
    async with store() as uow:
        learner = await uow.add_learner(Learner(ref=ref, created_at=LEFT - timedelta(days=9), paused=paused))
        await uow.join_group(ref.platform, ref.workspace_id, "c-study", learner.id or 0)
        await uow.commit()
    assert learner.id is not None
    return learner.id


async def _count(store: SqlStore, sql: str, **params: Any) -> int:
    async with store.engine.connect() as conn:
        return int((await conn.execute(text(sql), params)).scalar() or 0)


async def _slack_world(store: SqlStore) -> None:
    await _learner(store, LearnerRef("slack", "T1", "UADA"))
    await _learner(store, LearnerRef("slack", "T2", "UBOB"), paused=False)
    async with store.engine.begin() as conn:
        for team in ("T1", "T2"):
            await conn.execute(
                text(
                    "INSERT INTO slack_bots (client_id, app_id, team_id, bot_token, is_enterprise_install,"
                    " installed_at) VALUES ('cid', 'A1', :t, 'xoxb-test-not-a-token', false, :at)"
                ),
                {"t": team, "at": LEFT.replace(tzinfo=None)},
            )


async def test_a_workspace_is_purged_after_the_retention_period_once_and_alone(store: SqlStore) -> None:
    await _slack_world(store)
    ws = SqlWorkspaces(store.engine, retention_days=30)
    await ws.left("slack", "T1", LEFT)
    assert await ws.purge_due(LEFT + timedelta(days=29)) == []
    [would] = await ws.purge_due(LEFT + timedelta(days=31), dry_run=True)
    assert (would.workspace_id, would.purged_at) == ("T1", None)
    assert await _count(store, "SELECT count(*) FROM learners WHERE workspace_id = 'T1'") == 1  # dry run

    [done] = await ws.purge_due(LEFT + timedelta(days=31))
    assert done.workspace_id == "T1" and done.purged_at is not None
    assert await _count(store, "SELECT count(*) FROM learners WHERE workspace_id = 'T1'") == 0
    assert await _count(store, "SELECT count(*) FROM memberships WHERE workspace_id = 'T1'") == 0
    assert await _count(store, "SELECT count(*) FROM slack_bots WHERE team_id = 'T1'") == 0
    for table, column in (("learners", "workspace_id"), ("memberships", "workspace_id"), ("slack_bots", "team_id")):
        assert await _count(store, f"SELECT count(*) FROM {table} WHERE {column} = 'T2'") == 1
    assert await ws.purge_due(LEFT + timedelta(days=40)) == []  # once
    [record] = await ws.departures()
    assert record.purged_at is not None


async def test_a_workspace_that_came_back_is_not_purged(store: SqlStore) -> None:
    await _slack_world(store)
    ws = SqlWorkspaces(store.engine, retention_days=30)
    await ws.left("slack", "T2", LEFT)  # UBOB's drip was never paused: the app is in use there
    await ws.left("slack", "T1", LEFT)
    await ws.back("slack", "T1")  # installed again through OAuth
    assert await ws.purge_due(LEFT + timedelta(days=31)) == []
    assert await _count(store, "SELECT count(*) FROM learners") == 2
    assert await ws.departures() == []


async def test_a_discord_server_takes_only_its_study_groups(store: SqlStore) -> None:
    ada = await _learner(store, LearnerRef("discord", "global", "111"))
    async with store() as uow:
        for group in ("G1", "G1/42", "G2"):
            await uow.join_group("discord", "global", group, ada)
        await uow.commit()
    async with store.engine.begin() as conn:
        for group in ("G1", "G1/42", "G2"):
            await conn.execute(
                text(
                    "INSERT INTO study_groups (platform, workspace_id, group_id, name, tz, created_at)"
                    " VALUES ('discord', 'global', :g, 'x', 'UTC', :at)"
                ),
                {"g": group, "at": LEFT},
            )
    ws = SqlWorkspaces(store.engine, retention_days=0)
    await ws.left("discord", "G1", LEFT)
    [done] = await ws.purge_due(LEFT + timedelta(seconds=1))
    assert done.workspace_id == "G1"
    groups = await _count(store, "SELECT count(*) FROM study_groups")
    members = await _count(store, "SELECT count(*) FROM memberships WHERE group_id LIKE 'G%'")
    assert (groups, members) == (1, 1)  # G2 stays
    assert await _count(store, "SELECT count(*) FROM learners") == 1  # a Discord learner is not the server's


async def test_two_processes_purging_at_once_purge_once(store: SqlStore) -> None:
    await _slack_world(store)
    other = make_engine(str(store.engine.url.render_as_string(hide_password=False)))
    try:
        a, b = SqlWorkspaces(store.engine, 30), SqlWorkspaces(other, 30)
        await a.left("slack", "T1", LEFT)
        results = await asyncio.gather(*(w.purge_due(LEFT + timedelta(days=31)) for w in (a, b)))
        assert sorted(len(r) for r in results) == [0, 1]
        assert await _count(store, "SELECT count(*) FROM learners") == 1
    finally:
        await other.dispose()


async def test_the_hourly_job_purges_through_the_same_guard(sqlite_store: SqlStore) -> None:
    await _slack_world(sqlite_store)
    ws = SqlWorkspaces(sqlite_store.engine, retention_days=30)
    await ws.left("slack", "T1", LEFT)
    clock = FakeClock(LEFT + timedelta(days=30, hours=1))
    assert [d.workspace_id for d in await purge_tick(ws, clock)] == ["T1"]
    assert await purge_tick(ws, clock) == []


def test_the_scheduler_runs_the_purge_when_workspaces_are_wired(coach, clock, sqlite_store) -> None:  # type: ignore[no-untyped-def]
    from jobs.dispatcher import Dispatcher
    from jobs.scheduler import build_scheduler

    dispatcher = Dispatcher(coach.outbox, {}, clock)
    assert build_scheduler(coach, dispatcher, clock).get_job("retention_purge") is None
    coach.workspaces = SqlWorkspaces(sqlite_store.engine)
    assert build_scheduler(coach, dispatcher, clock).get_job("retention_purge") is not None


async def test_the_job_prunes_charts_older_than_a_day(sqlite_store: SqlStore, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    from bot.charts import MatplotlibCharts

    charts = MatplotlibCharts(tmp_path)
    old, new = tmp_path / "readiness-slack-1-old.png", tmp_path / "readiness-slack-2-new.png"
    for path, age in ((old, timedelta(days=2)), (new, timedelta(hours=1))):
        path.write_bytes(b"png")
        stamp = (LEFT - age).timestamp()
        os.utime(path, (stamp, stamp))
    await purge_tick(SqlWorkspaces(sqlite_store.engine), FakeClock(LEFT), charts)
    assert not old.exists() and new.exists()
