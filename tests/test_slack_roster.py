"""Members who leave a Slack study group's channel (or the workspace) leave the group, against the fake
Slack: with the app's own scopes, users.info says who was deactivated (the channel can't be listed:
missing_scope; someone it doesn't know may be in a Slack Connect channel); with channels:read added by an
operator, conversations.members, paged, says who is still in the channel."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.core.messages import Inbound, LearnerRef
from bot.store.uow import SqlStore
from tests.fakes.slack import BOT_SCOPES, TEAM_ID, FakeSlack
from tests.slack_support import SlackBot, start_slack_bot
from tests.test_slack_groups import ML, board, set_up


async def join(slack: FakeSlack, bot: SlackBot, coach: Any, clock: Any, users: dict[str, str], **kw: Any) -> None:
    seen = len(slack.responses)
    for user, name in users.items():
        slack.add_user(user, real_name=name, name=name, tz="Europe/Berlin")
        await set_up(coach, clock, user, name, **kw)
        url = slack.response_url(f"join-{user}")
        await bot.command("group join", user=user, channel_id=ML, channel_name="ml-study", response_url=url)
    await slack.wait_for_responses(seen + len(users))


async def members(store: SqlStore) -> list[str]:
    async with store() as uow:
        return [m.ref.user_id for m in await uow.groups.members("slack", TEAM_ID, ML.casefold())]


async def test_a_deactivated_member_is_off_the_board_with_the_apps_own_scopes(
    slack: FakeSlack, slack_bot: SlackBot, coach: Any, clock: Any, sqlite_store: SqlStore
) -> None:
    await join(slack, slack_bot, coach, clock, {"U0ADA": "ada", "U0BOB": "bob", "U0CY": "cy"})
    slack.add_user("U0BOB", real_name="bob", name="bob", deleted=True)  # deactivated: gone from the workspace
    text = await board(slack, slack_bot, "U0ADA", ML)
    assert "cy" in text and "bob" not in text
    [listing] = slack.calls("conversations.members")
    assert listing.args["channel"] == ML
    assert {c.args["user"] for c in slack.calls("users.info")} >= {"U0BOB", "U0CY"}
    assert await members(sqlite_store) == ["U0ADA", "U0CY"]  # cy: still in the workspace, so stays


async def test_with_channels_read_who_left_the_channel_is_out_and_never_paired(
    coach: Any, clock: Any, sqlite_store: SqlStore
) -> None:
    async with (
        FakeSlack(bot_scopes=BOT_SCOPES + ",channels:read") as slack,
        start_slack_bot(slack, coach, clock, sqlite_store.engine, []) as bot,
    ):
        await join(slack, bot, coach, clock, {"U0ADA": "ada", "U0BOB": "bob", "U0CY": "cy"}, answers="yyyy")
        await bot.command("mock pair", user="U0BOB", channel_id=ML, channel_name="ml-study")
        # bob leaves the channel, still in the workspace; a big channel, listed a page at a time
        slack.channel_members[ML] = [f"U0X{i:04d}" for i in range(250)] + ["U0ADA", "U0CY"]
        await bot.command("mock pair", user="U0ADA", channel_id=ML, channel_name="ml-study")
        await slack.wait_until(lambda: len(slack.responses) >= 5, what="ada's answer")
        said = str(slack.responses[-1].body)
        assert "on the peer-mock list" in said and "bob" not in said
        assert len(slack.calls("conversations.members")) == 2
        assert await members(sqlite_store) == ["U0ADA", "U0CY"]
        text = await board(slack, bot, "U0CY", ML)
        assert "ada" in text and "bob" not in text
        who = LearnerRef("slack", TEAM_ID, "U0BOB")
        replies = await coach.handle(Inbound(who, "/coach mock pair", in_dm=True), clock.now())
        assert "`/coach group join` in its channel first" in replies[0].text


async def test_member_left_channel_takes_them_out_at_once(
    slack: FakeSlack, slack_bot: SlackBot, coach: Any, clock: Any, sqlite_store: SqlStore
) -> None:
    """With the manifest's channels:read and groups:read, Slack sends `member_left_channel` for a channel
    the bot is in: the member is out of that channel's group then, not at the next board."""
    import json

    from tests.fakes.slack import event_callback

    await join(slack, slack_bot, coach, clock, {"U0ADA": "ada", "U0BOB": "bob"})
    event = {"type": "member_left_channel", "user": "U0BOB", "channel": ML, "channel_type": "C", "team": TEAM_ID}
    status, _, _ = await slack_bot.post(json.dumps(event_callback(event)).encode(), "member_left_channel")
    assert status == 200
    for _ in range(100):
        if await members(sqlite_store) == ["U0ADA"]:
            break
        await asyncio.sleep(0.05)
    assert await members(sqlite_store) == ["U0ADA"]


async def test_a_slack_connect_member_users_info_cannot_see_stays_in_the_group(
    slack: FakeSlack, slack_bot: SlackBot, coach: Any, clock: Any, sqlite_store: SqlStore
) -> None:
    """Without channels:read (an install from before the manifest asked for it), users.info says who left
    the workspace. A member from another organisation in a Slack Connect channel is not in this
    workspace: users.info answers `user_not_found` for them while they are still in the channel, and they
    were taken off the board and out of the group. Only a deactivated account (`deleted`) says gone."""
    await join(slack, slack_bot, coach, clock, {"U0ADA": "ada", "U0BOB": "bob", "U0EXT": "ext"})
    del slack.users["U0EXT"]  # another organisation's member: unknown to this workspace's users.info
    slack.add_user("U0BOB", real_name="bob", name="bob", deleted=True)
    text = await board(slack, slack_bot, "U0ADA", ML)
    assert "ext" in text and "bob" not in text
    assert await members(sqlite_store) == ["U0ADA", "U0EXT"]
