"""Export and delete in Slack, against the fake Slack: the files arrive in the learner's DM through
Slack's upload protocol (files.getUploadURLExternal, the upload URL, files.completeUploadExternal), and
`delete my data` leaves nothing of theirs behind."""

from __future__ import annotations

import json
from typing import Any

from bot.core.engine import Coach
from bot.core.messages import Inbound, LearnerRef
from tests.fakes.slack import LEARNER_ID, TEAM_ID, FakeSlack, dm_channel_id
from tests.slack_support import SlackBot, text_of

ANSWER = (
    "Bias is systematic error from a model too simple for the data: it misses the same way whatever sample "
    "you train on. Variance is sensitivity to the particular training sample: retrain on a fresh sample and "
    "a flexible model changes a lot. More capacity lowers bias and raises variance."
)
SETUP = ["/coach start", "no", "no", "no", "no", "2027-06-30", "Europe/Berlin", "08:30", "senior"]
PRACTICE = ["/coach practice th-bv-01", ANSWER, "good"]


async def talk(coach: Coach, who: LearnerRef, clock: Any, lines: list[str]) -> None:
    for line in lines:
        await coach.handle(Inbound(who, line), clock.now())


# ---- Slack -------------------------------------------------------------------------------------------


async def test_slack_export_uploads_both_files_to_the_dm(slack: FakeSlack, slack_bot: SlackBot, coach, clock) -> None:
    who = LearnerRef("slack", TEAM_ID, LEARNER_ID)
    await talk(coach, who, clock, SETUP + PRACTICE)
    await slack_bot.command("export", channel_name="general", channel_id="C0GENERAL", response_url=slack.response_url())
    await slack.wait_for("files.completeUploadExternal")
    files = sorted(slack.files.values(), key=lambda f: f.filename)
    assert [f.filename.rsplit(".", 1)[1] for f in files] == ["json", "md"]
    assert {f.channel_id for f in files} == {dm_channel_id(LEARNER_ID)}  # the DM, never the channel
    assert all(f.completed and f.content for f in files)
    data = json.loads(files[0].content or b"")
    assert data["profile"]["ref"] == f"slack:{TEAM_ID}:{LEARNER_ID}" and data["answers"][0]["text"] == ANSWER
    assert ANSWER in (files[1].content or b"").decode()
    assert any("Your data" in text_of(m) for m in slack_bot.dm())
    assert slack.calls("upload")  # the bytes went to the upload URL


async def test_slack_upload_refused_is_said_in_the_dm(slack: FakeSlack, slack_bot: SlackBot, coach, clock) -> None:
    await talk(coach, LearnerRef("slack", TEAM_ID, LEARNER_ID), clock, SETUP)
    slack.fail("files.getUploadURLExternal", "missing_scope")
    await slack_bot.command("export")
    await slack_bot.wait_dm("couldn't attach the files")


async def test_slack_delete_my_data_round_trip(slack: FakeSlack, slack_bot: SlackBot, coach, clock) -> None:
    who = LearnerRef("slack", TEAM_ID, LEARNER_ID)
    await talk(coach, who, clock, SETUP + PRACTICE)
    await slack_bot.command(
        "delete-my-data", channel_name="general", channel_id="C0GENERAL", response_url=slack.response_url()
    )
    await slack_bot.wait_dm("type `delete my data`")  # the question goes to the DM, where the answer is typed
    await slack_bot.say("delete my data")
    await slack_bot.wait_dm("Done. I deleted 1 answer")
    async with coach.uow() as uow:
        assert await uow.get_learner(who) is None
    await slack_bot.command("plan")
    await slack_bot.wait_dm("set you up first")


async def test_slack_uninstall_starts_the_retention_clock_and_a_new_install_stops_it(
    slack: FakeSlack, slack_bot: SlackBot, coach, clock, sqlite_store
) -> None:
    from slack_sdk.oauth.installation_store import Installation

    from bot.adapters.slack.slack_store import installation_store
    from bot.store.retention import SqlWorkspaces
    from tests.fakes.slack import app_uninstalled_event, tokens_revoked_event
    from tests.slack_support import eventually

    coach.workspaces = SqlWorkspaces(sqlite_store.engine, retention_days=30)
    await slack_bot.post(tokens_revoked_event(TEAM_ID), "tokens_revoked")
    await slack_bot.post(app_uninstalled_event(TEAM_ID), "app_uninstalled")

    async def recorded() -> bool:
        return [(d.platform, d.workspace_id) for d in await coach.workspaces.departures()] == [("slack", TEAM_ID)]

    await eventually(recorded)
    [d] = await coach.workspaces.departures()
    assert d.left_at == clock.now()

    store = installation_store(sqlite_store.engine, "cid")
    store.on_installed = lambda team: coach.workspace_back("slack", team)
    await store.async_save(
        Installation(
            app_id="A1", enterprise_id=None, team_id=TEAM_ID, user_id="U0INSTALLER", bot_token="xoxb-test-not-a-token"
        )
    )
    assert await coach.workspaces.departures() == []
