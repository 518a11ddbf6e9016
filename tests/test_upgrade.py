"""Upgrades lose nothing: a database made by the previous release's schema, with data in every table,
is migrated to head on SQLite and PostgreSQL, and every row reads back the same, through SQL and through
the coach. Migrations only go forward: one linear chain, and nothing in the app downgrades."""

from __future__ import annotations

import ast
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.engine import Coach
from bot.core.messages import Inbound, LearnerRef
from bot.store.db import MIGRATIONS, alembic_config, make_engine, migrate
from bot.store.uow import SqlStore
from tests.conftest import PG_URL, _backends, _fresh_pg

#: the schema of the last release (main before issue 14): the revision before this branch's first
PREVIOUS_RELEASE = "0006"
AT = datetime(2026, 10, 5, 6, 30, tzinfo=UTC)
ANSWER = "Bias is systematic error — «ünïcode» and a ``` fence; variance is sensitivity to the sample."
ROOT = Path(__file__).resolve().parents[1]


async def _at_revision(engine: AsyncEngine, revision: str) -> None:
    def run(conn: Any) -> None:
        cfg = alembic_config(engine.url.render_as_string(hide_password=False))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)

    async with engine.begin() as conn:
        await conn.run_sync(run)


@pytest.fixture(params=_backends())
async def old_db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'previous.db'}"
    else:
        assert PG_URL
        url = PG_URL
        await _fresh_pg(url)
    engine = make_engine(url)
    await _at_revision(engine, PREVIOUS_RELEASE)
    yield engine
    await engine.dispose()


ROWS = [
    (
        "learners",
        "INSERT INTO learners (id, platform, workspace_id, user_id, display_name, tz, drip_time, interview_date,"
        " seniority, phase, phase_started_at, plan_start, paused, onboarded, routing_answers, state, next_drip_at,"
        " points, streak, best_streak, last_active_on, drip_days, hidden, created_at, version) VALUES (7, 'slack',"
        " 'T1', 'UADA', 'Ada «L»', 'Europe/Berlin', '08:30', :interview, 'senior', 2, :at, :day, false, true,"
        ' \'[false, true, false, false]\', \'{"sent": 3, "future_key": {"kept": true}}\', :later, 12, 3, 5, :day,'
        " 'mon,tue', false, :at, 4)",
    ),
    (
        "attempts",
        "INSERT INTO attempts (id, learner_id, prompt_id, kind, round, topic, started_at, submitted_at, score,"
        " covered, missed, self_rating, passed, in_time, words, detail) VALUES (11, 7, 'th-bv-01', 'theory',"
        " 'theory', 'bias-variance', :at, :later, 0.75, '[\"kp1\"]', '[\"kp2\"]', 3, null, null, 14,"
        " :detail)",
    ),
    (
        "stories",
        "INSERT INTO stories (id, learner_id, prompt_id, story_type, text, star, ownership, measurable, words,"
        " score, created_at) VALUES (5, 7, 'bh-lim-01', 'failure', :answer, '{\"situation\": true}', 0.8, true,"
        " 14, 0.6, :at)",
    ),
    ("cards", "INSERT INTO cards (learner_id, prompt_id, due, data) VALUES (7, 'th-bv-01', :later, '{\"s\": 1.5}')"),
    ("gate_ticks", "INSERT INTO gate_ticks (learner_id, criterion_id, at, source) VALUES (7, 'c1', :at, 'self')"),
    ("deliveries", "INSERT INTO deliveries (learner_id, local_day, kind, at) VALUES (7, :day, 'drip', :at)"),
    (
        "outbox",
        "INSERT INTO outbox (id, learner_id, platform, workspace_id, user_id, kind, local_day, seq, payload, state,"
        " attempts, next_attempt_at, created_at) VALUES (9, 7, 'slack', 'T1', 'UADA', 'drip', :day, 0,"
        ' \'{"text": "Day 2", "buttons": [["Skip", "/coach skip"]]}\', \'pending\', 1, :later, :at)',
    ),
    (
        "study_groups",
        "INSERT INTO study_groups (platform, workspace_id, group_id, name, tz, post_day, post_time, created_by,"
        " created_at) VALUES ('slack', 'T1', 'c0study', 'ML Study', 'Europe/Berlin', 0, '09:00', 7, :at)",
    ),
    (
        "memberships",
        "INSERT INTO memberships (platform, workspace_id, group_id, learner_id) VALUES ('slack', 'T1', 'c0study', 7)",
    ),
    ("point_events", "INSERT INTO point_events (id, learner_id, at, points, reason) VALUES (3, 7, :at, 12, 'answer')"),
    (
        "grade_disputes",
        "INSERT INTO grade_disputes (id, learner_id, prompt_id, key_point, follow_up, answer, created_at,"
        " attempt_id, confidence) VALUES (2, 7, 'th-bv-01', 'kp2', false, :answer, :at, 11, 0.4)",
    ),
    ("slack_seen_events", "INSERT INTO slack_seen_events (key, seen_at) VALUES ('event:Ev1', :at)"),
    (
        "slack_installations",
        "INSERT INTO slack_installations (client_id, app_id, team_id, user_id, bot_token, is_enterprise_install,"
        " installed_at) VALUES ('cid', 'A1', 'T1', 'UADA', 'xoxb-test-not-a-token', false, :naive)",
    ),
    (
        "slack_bots",
        "INSERT INTO slack_bots (client_id, app_id, team_id, bot_token, is_enterprise_install, installed_at)"
        " VALUES ('cid', 'A1', 'T1', 'xoxb-test-not-a-token', false, :naive)",
    ),
    ("slack_oauth_states", "INSERT INTO slack_oauth_states (state, expire_at) VALUES ('st-1', :naive)"),
]
PARAMS = {
    "at": AT,
    "later": AT + timedelta(days=1),
    "naive": AT.replace(tzinfo=None),
    "day": date(2026, 10, 5),
    "interview": date(2027, 6, 30),
    "answer": ANSWER,
    "detail": '{"answer_text": "' + ANSWER.replace('"', '\\"') + '", "awarded": 12, "confident": true}',
}


async def _columns(engine: AsyncEngine, tables: list[str]) -> dict[str, list[str]]:
    def read(conn: Any) -> dict[str, list[str]]:
        insp = inspect(conn)
        return {t: [c["name"] for c in insp.get_columns(t)] for t in tables}

    async with engine.connect() as conn:
        return await conn.run_sync(read)


async def _dump(engine: AsyncEngine, cols: dict[str, list[str]]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of these tables, in a stable order, with the columns they had before the upgrade."""
    out = {}
    async with engine.connect() as conn:
        for t in cols:
            names = ", ".join(cols[t])
            rows = (await conn.execute(text(f"SELECT {names} FROM {t}"))).all()
            out[t] = sorted((tuple(r) for r in rows), key=repr)
    return out


async def test_a_previous_release_database_with_data_upgrades_losing_nothing(old_db: AsyncEngine, curriculum) -> None:  # type: ignore[no-untyped-def]
    async with old_db.begin() as conn:
        tables = await conn.run_sync(lambda c: [t for t in inspect(c).get_table_names() if t != "alembic_version"])
        for _table, sql in ROWS:
            await conn.execute(text(sql), PARAMS)
    assert sorted(tables) == sorted(t for t, _ in ROWS), "fill every table of the previous release"
    cols = await _columns(old_db, tables)
    before = await _dump(old_db, cols)
    assert all(before[t] for t in tables)

    await migrate(old_db)  # what the bot does at start
    assert await _dump(old_db, cols) == before

    # and the app reads it: the learner, their answer's text, their outbox row, their group
    coach = Coach(curriculum, SqlStore(old_db))
    ada = LearnerRef("slack", "T1", "UADA")
    [history] = await coach.handle(Inbound(ada, "/coach history"), AT + timedelta(days=2))
    assert "`th-bv-01`" in history.text and "rated Good" in history.text and "ünïcode" in history.text
    async with coach.uow() as uow:
        learner = await uow.get_learner(ada)
        assert learner is not None and learner.version >= 4 and learner.state.get("future_key") == {"kept": True}
        assert [m.name for m in await uow.personal.memberships(7)] == ["ML Study"]


def test_migrations_form_one_chain_forward() -> None:
    scripts = ScriptDirectory(str(MIGRATIONS))
    assert len(scripts.get_heads()) == 1
    chain = list(scripts.walk_revisions())
    assert all(isinstance(r.down_revision, str | None) for r in chain)  # no merges, no branches
    assert [r.revision for r in chain][-1] == "0001" and PREVIOUS_RELEASE in [r.revision for r in chain]


def test_nothing_in_the_app_downgrades() -> None:
    for path in [*(ROOT / "bot").rglob("*.py"), *(ROOT / "jobs").rglob("*.py")]:
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and node.attr == "downgrade":
                raise AssertionError(f"{path} calls a downgrade")
