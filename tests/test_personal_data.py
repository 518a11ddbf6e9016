"""Deleting a learner leaves nothing of theirs in any table, on SQLite and PostgreSQL, and a table added by
a future migration cannot be forgotten: every table must be declared either in ``LEARNER_TABLES`` (with
what deleting a learner does to it) or in ``NOT_PERSONAL`` (with why it holds nothing of anyone's)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect, text

from bot.core.grading_llm import answer_hash
from bot.core.messages import LearnerRef
from bot.store.personal import LEARNER_TABLES, NOT_PERSONAL
from bot.store.uow import SqlStore

NOW = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
LEARNER_COLUMNS = {"learner_id", "user_id", "created_by"}


async def _tables(store: SqlStore) -> dict[str, dict[str, Any]]:
    def read(conn: Any) -> dict[str, dict[str, Any]]:
        insp = inspect(conn)
        return {
            t: {
                "columns": {c["name"] for c in insp.get_columns(t)},
                "fks": {fk["referred_table"] for fk in insp.get_foreign_keys(t)},
            }
            for t in insp.get_table_names()
        }

    async with store.engine.connect() as conn:
        return await conn.run_sync(read)


async def test_every_table_is_declared_and_every_table_with_a_learner_reference_is_erased(store: SqlStore) -> None:
    tables = await _tables(store)
    undeclared = set(tables) - set(LEARNER_TABLES) - set(NOT_PERSONAL)
    assert not undeclared, f"declare {undeclared} in bot/store/personal.py (LEARNER_TABLES or NOT_PERSONAL)"
    for name, t in tables.items():
        if t["columns"] & LEARNER_COLUMNS or "learners" in t["fks"]:
            assert name in LEARNER_TABLES, f"{name} refers to learners but deleting a learner does not touch it"
    assert not set(LEARNER_TABLES) & set(NOT_PERSONAL)


def test_the_check_above_can_fail() -> None:
    """A table like a future `notes (learner_id …)` is flagged: the rule reads columns, not names."""
    t = {"columns": {"id", "learner_id", "text"}, "fks": set()}
    assert t["columns"] & LEARNER_COLUMNS and "notes" not in LEARNER_TABLES


async def _fill(conn: Any, learner_id: int, user: str, team: str) -> None:
    p = {
        "i": learner_id,
        "u": user,
        "t": team,
        "now": NOW,
        "naive": NOW.replace(tzinfo=None),
        "day": date(2026, 11, 25),
        "answer_json": json.dumps({"answer_text": f"secret answer of {user}"}),
        "hash": answer_hash(f"secret answer of {user}"),
    }
    statements = [
        "INSERT INTO attempts (learner_id, prompt_id, kind, round, topic, started_at, submitted_at, covered, missed,"
        " words, detail) VALUES (:i, 'th-bv-01', 'theory', 'theory', 'bias-variance', :now, :now, '[]', '[]', 3,"
        " :answer_json)",
        "INSERT INTO stories (learner_id, prompt_id, story_type, text, star, ownership, measurable, words, score,"
        " created_at) VALUES (:i, 'bh-lim-01', 'failure', 'my story', '{}', 1.0, true, 2, 0.5, :now)",
        "INSERT INTO cards (learner_id, prompt_id, due, data) VALUES (:i, 'th-bv-01', :now, '{}')",
        "INSERT INTO gate_ticks (learner_id, criterion_id, at, source) VALUES (:i, 'c1', :now, 'self')",
        "INSERT INTO deliveries (learner_id, local_day, kind, at) VALUES (:i, :day, 'drip', :now)",
        "INSERT INTO outbox (learner_id, platform, workspace_id, user_id, kind, local_day, seq, payload, state,"
        " attempts, next_attempt_at, created_at) VALUES (:i, 'slack', :t, :u, 'drip', :day, 0, '{}', 'pending', 0,"
        " :now, :now)",
        "INSERT INTO memberships (platform, workspace_id, group_id, learner_id) VALUES ('slack', :t, 'c1', :i)",
        "INSERT INTO point_events (learner_id, at, points, reason) VALUES (:i, :now, 5, 'answer')",
        "INSERT INTO grade_disputes (learner_id, prompt_id, key_point, follow_up, answer, created_at)"
        " VALUES (:i, 'th-bv-01', 'kp', false, 'secret answer', :now)",
        "INSERT INTO study_groups (platform, workspace_id, group_id, name, tz, created_by, created_at)"
        " VALUES ('slack', :t, :u, 'group', 'UTC', :i, :now)",
        "INSERT INTO slack_installations (client_id, app_id, team_id, user_id, user_token, bot_token,"
        " is_enterprise_install, installed_at) VALUES ('cid', 'A1', :t, :u, 'xoxp-test-not-a-token',"
        " 'xoxb-test-not-a-token', false, :naive)",
        "INSERT INTO mock_waits (learner_id, platform, workspace_id, group_id, since)"
        " VALUES (:i, 'slack', :t, 'c1', :now)",
        "INSERT INTO mock_pairs (platform, workspace_id, group_id, a_id, b_id, paired_at)"
        " VALUES ('slack', :t, 'c1', :i, :i, :now)",
        "INSERT INTO llm_judgements (prompt_id, content_version, answer_hash, model, verdicts, created_at)"
        " VALUES ('th-bv-01', 'v1', :hash, 'm', '[]', :now)",
    ]
    for sql in statements:
        await conn.execute(text(sql), p)


async def _referring(conn: Any, tables: dict[str, dict[str, Any]], learner_id: int, user: str) -> dict[str, int]:
    out = {}
    params = {"i": learner_id, "u": user, "h": answer_hash(f"secret answer of {user}")}
    for name in LEARNER_TABLES:
        cols = tables[name]["columns"]
        conds = [f"{c} = :i" for c in ("learner_id", "created_by", "a_id", "b_id") if c in cols]
        conds += ["answer_hash = :h"] if name == "llm_judgements" else []
        conds += ["user_id = :u"] if "user_id" in cols else []
        conds += ["id = :i"] if name == "learners" else []
        n = (
            await conn.execute(
                text(f"SELECT count(*) FROM {name} WHERE {' OR '.join(conds)}"),
                params,
            )
        ).scalar()
        out[name] = int(n or 0)
    return out


async def test_erase_leaves_no_row_of_the_learner_and_every_row_of_another(store: SqlStore) -> None:
    from bot.core.model import Learner

    ids = {}
    async with store() as uow:
        for user in ("UADA", "UBOB"):
            learner = await uow.add_learner(Learner(ref=LearnerRef("slack", "T1", user), created_at=NOW))
            assert learner.id is not None
            ids[user] = learner.id
        await uow.commit()
    async with store.engine.begin() as conn:
        for user, i in ids.items():
            await _fill(conn, i, user, "T1")
    tables = await _tables(store)
    async with store.engine.connect() as conn:
        bob_before = await _referring(conn, tables, ids["UBOB"], "UBOB")
        assert all(bob_before.values()), bob_before  # every personal table has a row of each, so the test can fail

    async with store() as uow:
        counts = await uow.personal.erase(ids["UADA"])
        await uow.commit()
    assert counts["attempts"] == 1 and counts["learners"] == 1 and counts["slack_installations"] == 1

    async with store.engine.connect() as conn:
        left = await _referring(conn, tables, ids["UADA"], "UADA")
        assert set(left.values()) == {0}, left
        assert await _referring(conn, tables, ids["UBOB"], "UBOB") == bob_before
        bot_token = (
            await conn.execute(text("SELECT count(*) FROM slack_installations WHERE bot_token IS NOT NULL"))
        ).scalar()
        assert bot_token == 2  # the workspace keeps working: only the installer's identity went
