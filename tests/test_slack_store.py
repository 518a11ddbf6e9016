"""Slack's tables in our database, on SQLite and PostgreSQL: the dedupe ledger, pausing a workspace, and
slack-sdk's installation and state stores on the migrated schema."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from slack_sdk.oauth.installation_store import Installation

from bot.adapters.slack.slack_store import SlackLedger, installation_store, oauth_state_store
from bot.core.messages import LearnerRef
from bot.core.model import Learner
from bot.store.uow import SqlStore

NOW = datetime(2026, 11, 25, 7, tzinfo=UTC)


async def test_a_key_is_claimed_once_even_by_racing_claims(store: SqlStore) -> None:
    ledger = SlackLedger(store.engine)

    results = await asyncio.gather(*(ledger.claim("event:Ev1", NOW) for _ in range(8)))

    assert sorted(results) == [False] * 7 + [True]
    assert await ledger.claim("event:Ev2", NOW) is True
    await ledger.forget("event:Ev2")
    assert await ledger.claim("event:Ev2", NOW) is True


async def test_old_keys_are_pruned(store: SqlStore) -> None:
    ledger = SlackLedger(store.engine)
    await ledger.claim("old", NOW - timedelta(days=3))
    await ledger.claim("new", NOW)

    assert await ledger.prune(NOW) == 1
    assert await ledger.claim("old", NOW) is True and await ledger.claim("new", NOW) is False


async def test_pausing_a_workspace_touches_only_its_slack_learners(store: SqlStore) -> None:
    refs = [
        LearnerRef("slack", "T1", "U1"),
        LearnerRef("slack", "T1", "U2"),
        LearnerRef("slack", "T2", "U1"),
        LearnerRef("discord", "T1", "U1"),
    ]
    async with store() as uow:
        for ref in refs:
            await uow.add_learner(Learner(ref=ref, created_at=NOW, onboarded=True))
        await uow.commit()

    assert await SlackLedger(store.engine).pause_workspace("T1") == 2

    async with store() as uow:
        paused = {ref: (await uow.get_learner(ref)).paused for ref in refs}  # type: ignore[union-attr]
    assert paused == {refs[0]: True, refs[1]: True, refs[2]: False, refs[3]: False}


async def test_slack_sdk_stores_work_on_the_migrated_tables(store: SqlStore) -> None:
    installations = installation_store(store.engine, client_id="1.2")
    states = oauth_state_store(store.engine)
    installation = Installation(
        app_id="A1", team_id="T1", team_name="One", user_id="U1", bot_token="xoxb-1", bot_id="B1", bot_user_id="UB1"
    )

    await installations.async_save(installation)
    state = await states.async_issue()

    bot = await installations.async_find_bot(enterprise_id=None, team_id="T1")
    assert bot is not None and bot.bot_token == "xoxb-1"
    assert await states.async_consume(state) is True and await states.async_consume(state) is False
    await installations.async_delete_all(enterprise_id=None, team_id="T1")
    assert await installations.async_find_bot(enterprise_id=None, team_id="T1") is None
