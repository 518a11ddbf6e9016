"""App Home, uninstalling, several workspaces over OAuth, Socket Mode, /healthz and the manifest."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
import yaml

from bot.adapters.slack.slack_manifest import BOT_EVENTS, BOT_SCOPES, manifest, manifest_yaml
from bot.adapters.slack.slack_server import build_slack_app, start_slack
from bot.cli import main
from bot.core.clock import FakeClock
from bot.core.commands import COMMANDS
from bot.core.delivery import Outgoing, Undeliverable
from bot.core.engine import Coach
from bot.core.messages import LearnerRef, Reply
from bot.store.uow import SqlStore
from tests.fakes.slack import (
    APP_TOKEN,
    CLIENT_ID,
    CLIENT_SECRET,
    LEARNER_ID,
    TEAM_ID,
    FakeSlack,
    app_home_opened_event,
    app_uninstalled_event,
    block_actions,
    dm_channel_id,
    message_im_event,
    post_signed,
)
from tests.slack_support import SlackBot, buttons_of, eventually, settings_for, text_of
from tests.test_slack_app import onboard

ROOT = Path(__file__).resolve().parents[1]


async def test_app_home_shows_phase_plan_and_readiness_with_buttons(
    slack: FakeSlack, slack_bot: SlackBot, coach: Coach
) -> None:
    await slack_bot.post(app_home_opened_event(LEARNER_ID), "app_home_opened (newcomer)")
    await slack.wait_for("views.publish")
    newcomer = slack.home_views[LEARNER_ID]
    assert "Welcome to PrepDrip" in text_of(newcomer)
    assert [b["value"] for b in buttons_of(newcomer)] == ["/coach start"]
    async with coach.uow() as uow:  # opening Home creates no learner
        assert await uow.get_learner(LearnerRef("slack", TEAM_ID, LEARNER_ID)) is None

    await onboard(slack_bot)
    await slack_bot.post(app_home_opened_event(LEARNER_ID), "app_home_opened")
    await slack.wait_for("views.publish", n=2)
    home = slack.home_views[LEARNER_ID]
    shown = text_of(home)
    assert "Phase 1" in shown and "Your plan" in shown and "Readiness" in shown and "tz=Europe/Berlin" in shown
    today = next(b for b in buttons_of(home) if b["value"] == "/coach today")

    before = len(slack_bot.dm())
    body = block_actions(LEARNER_ID, action_id=today["action_id"], value=today["value"], container="view")
    await slack_bot.post(body, "home button")
    await slack_bot.wait_dm("*Theory*", after=before)


async def test_uninstall_pauses_the_workspaces_drip(slack: FakeSlack, slack_bot: SlackBot, coach: Coach) -> None:
    await onboard(slack_bot)
    status, _, _ = await slack_bot.post(app_uninstalled_event(TEAM_ID), "app_uninstalled")
    assert status == 200

    ref = LearnerRef("slack", TEAM_ID, LEARNER_ID)

    async def paused() -> bool:
        async with coach.uow() as uow:
            learner = await uow.get_learner(ref)
        return bool(learner and learner.paused)

    await eventually(paused)  # the listener runs after bolt's automatic ack
    assert await coach.due(datetime(2026, 11, 26, 9, tzinfo=UTC)) == []  # the next morning: nothing goes out


@pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
async def test_oauth_install_serves_each_workspace_with_its_own_token_and_uninstall_forgets_it(
    slack: FakeSlack, coach: Coach, clock: FakeClock, sqlite_store: SqlStore
) -> None:
    other = slack.add_workspace("T0OTHERTEAM", name="Other Team")
    slack.oauth_code("code-other", team_id=other.team_id, user_id="U0INSTALLER")
    slack.add_user("U0OTHERUSR", real_name="Grace", tz="America/New_York", team_id=other.team_id)
    settings = settings_for(slack, slack_bot_token=None, slack_client_id=CLIENT_ID, slack_client_secret=CLIENT_SECRET)
    runtime = build_slack_app(coach, clock, settings, sqlite_store.engine)
    running = await start_slack(runtime, host="127.0.0.1", port=0)
    try:
        async with aiohttp.ClientSession() as browser:
            async with browser.get(running.url + "/slack/install") as page:
                html = await page.text()
                cookie = page.headers["Set-Cookie"].split(";")[0]  # Secure: a browser on https sends it back
            state = re.search(r"state=([A-Za-z0-9_-]+)", html)
            assert page.status == 200 and state, html
            async with browser.get(
                running.url + "/slack/oauth_redirect",
                params={"code": "code-other", "state": state.group(1)},
                headers={"Cookie": cookie},
            ) as done:
                assert done.status == 200, await done.text()
        bot = await runtime.installations.async_find_bot(enterprise_id=None, team_id=other.team_id)  # type: ignore[union-attr]
        assert bot is not None and bot.bot_token and bot.bot_user_id == other.bot_user_id

        body = message_im_event("U0OTHERUSR", "help", team=other.team_id, authorized_user=other.bot_user_id)
        status, _, _ = await post_signed(running.url + "/slack/events", body)
        assert status == 200
        await slack.wait_until(lambda: bool(slack.messages(dm_channel_id("U0OTHERUSR"))))
        [post] = slack.calls("chat.postMessage")
        assert post.token == bot.bot_token  # the other workspace's own token
        async with coach.uow() as uow:
            assert await uow.get_learner(LearnerRef("slack", other.team_id, "U0OTHERUSR")) is not None
            assert await uow.get_learner(LearnerRef("slack", TEAM_ID, "U0OTHERUSR")) is None

        await post_signed(running.url + "/slack/events", app_uninstalled_event(other.team_id))
        gone = LearnerRef("slack", other.team_id, "U0OTHERUSR")

        async def forgotten() -> bool:
            return await runtime.installations.async_find_bot(enterprise_id=None, team_id=other.team_id) is None  # type: ignore[union-attr]

        await eventually(forgotten)
        with pytest.raises(Undeliverable) as refused:
            await runtime.sender.send(Outgoing("k", gone, Reply("Day 2", to=gone)))
        assert refused.value.reason == "not_installed"
    finally:
        await running.stop()


async def test_socket_mode_serves_the_coach_and_healthz(
    slack: FakeSlack, coach: Coach, clock: FakeClock, sqlite_store: SqlStore
) -> None:
    settings = settings_for(slack, slack_app_token=APP_TOKEN, slack_signing_secret=None)
    runtime = build_slack_app(coach, clock, settings, sqlite_store.engine)
    running = await start_slack(runtime, host="127.0.0.1", port=0)
    try:
        await slack.wait_for_socket()
        ack = await slack.socket_send(message_im_event(LEARNER_ID, "help"))
        await slack.wait_until(lambda: bool(slack.messages(dm_channel_id(LEARNER_ID))))
        async with aiohttp.ClientSession() as session:
            async with session.get(running.url + "/healthz") as health:
                assert health.status == 200 and (await health.json())["ok"] is True
            async with session.post(running.url + "/slack/events", data=b"{}") as events:
                assert events.status in (404, 405)  # Socket Mode: Slack's requests come over the socket
    finally:
        await running.stop()

    assert set(ack) == {"envelope_id"}
    assert "PrepDrip commands" in text_of(slack.messages(dm_channel_id(LEARNER_ID))[0])


def test_the_manifest_file_is_current_and_has_every_command_scope_and_event() -> None:
    current = (ROOT / "deploy" / "slack-manifest.yaml").read_text()
    assert current == manifest_yaml(), "run: prepdrip slack manifest > deploy/slack-manifest.yaml"

    m = yaml.safe_load(current)
    assert [c["command"] for c in m["features"]["slash_commands"]] == sorted(
        {"/" + c.path[0] for c in COMMANDS}, key=["/coach", "/readiness", "/leaderboard"].index
    )
    assert m["oauth_config"]["scopes"]["bot"] == list(BOT_SCOPES)
    assert m["settings"]["event_subscriptions"]["bot_events"] == list(BOT_EVENTS)
    assert m["settings"]["socket_mode_enabled"] is True and m["settings"]["interactivity"]["is_enabled"] is True
    assert m["features"]["app_home"]["home_tab_enabled"] is True
    assert all(len(c["description"]) <= 100 for c in m["features"]["slash_commands"])


def test_http_mode_manifest_points_every_request_url_at_slack_events() -> None:
    m = manifest("https://bot.example.com/", oauth=True)
    url = "https://bot.example.com/slack/events"

    assert {c["url"] for c in m["features"]["slash_commands"]} == {url}
    assert m["settings"]["event_subscriptions"]["request_url"] == url
    assert m["settings"]["interactivity"]["request_url"] == url
    assert m["oauth_config"]["redirect_urls"] == ["https://bot.example.com/slack/oauth_redirect"]
    assert m["settings"]["socket_mode_enabled"] is False


def test_prepdrip_slack_manifest_prints_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["slack", "manifest"]) == 0
    assert capsys.readouterr().out == (ROOT / "deploy" / "slack-manifest.yaml").read_text()


async def test_opening_app_home_answers_nothing_the_dm_is_waiting_on(slack: FakeSlack, slack_bot: SlackBot) -> None:
    """App Home shows the learner's settings, plan and readiness without sending them to the conversation:
    a delete-my-data confirmation asked in the DM is still waiting for its words afterwards."""
    await onboard(slack_bot)
    before = len(slack_bot.dm())
    await slack_bot.command("delete-my-data")
    await slack_bot.wait_dm("cannot be undone", after=before)

    await slack_bot.post(app_home_opened_event(LEARNER_ID), "app_home_opened")
    await slack.wait_for("views.publish")
    shown = text_of(slack.home_views[LEARNER_ID])
    assert "Your plan" in shown and "Cancelled" not in shown

    await slack_bot.say("delete my data")
    await slack_bot.wait_dm("Done. I deleted", after=before)
