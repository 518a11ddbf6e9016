"""Study groups in Slack, end to end: a channel is a group; three learners join in #ml-study and one in
#other; /leaderboard in each channel shows only its own members; the weekly board is posted to the
channel through the outbox and Slack's chat.postMessage; a peer mock pairs two members by DM."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.core.messages import Inbound, LearnerRef
from jobs.dispatcher import Dispatcher
from tests.fakes.slack import TEAM_ID, FakeSlack
from tests.slack_support import SlackBot, text_of

ML, OTHER = "C0MLSTUDY", "C0OTHER"
PEOPLE = {"U0ADA": ("ada", ML), "U0BOB": ("bob", ML), "U0CY": ("cy", ML), "U0DEE": ("dee", OTHER)}


async def set_up(coach: Any, clock: Any, user: str, name: str, answers: str = "nnnn") -> None:
    """Onboarding itself is the Slack transcript's test; here the coach sets each learner up."""
    who = LearnerRef("slack", TEAM_ID, user)
    steps = ["/coach start", *("yes" if a == "y" else "no" for a in answers), "2026-12-05", "Europe/Berlin"]
    for text in [*steps, "08:30", "senior"]:
        await coach.handle(Inbound(who, text, display_name=name), clock.now())


def channel_name(channel: str) -> str:
    return "ml-study" if channel == ML else "other"


async def board(slack: FakeSlack, bot: SlackBot, user: str, channel: str) -> str:
    seen = len(slack.responses)
    url = slack.response_url(f"board-{user}")
    await bot.command(
        "", name="/leaderboard", user=user, channel_id=channel, channel_name=channel_name(channel), response_url=url
    )
    await slack.wait_for_responses(seen + 1)
    [posted] = [r.body for r in slack.responses if r.url == url]
    assert posted["response_type"] == "in_channel"
    return text_of(posted)


async def test_three_in_one_channel_one_in_another_boards_and_the_weekly_post(
    slack: FakeSlack, slack_bot: SlackBot, coach: Any, clock: Any
) -> None:
    for user, (name, channel) in PEOPLE.items():
        slack.add_user(user, real_name=name, name=name, tz="Europe/Berlin")
        await set_up(coach, clock, user, name)
        await slack_bot.command(
            "group join",
            user=user,
            channel_id=channel,
            channel_name=channel_name(channel),
            response_url=slack.response_url(f"join-{user}"),
        )
    await slack.wait_for_responses(4)

    ml = await board(slack, slack_bot, "U0BOB", ML)
    rows = [line.split(" — ")[0] for line in ml.splitlines() if line[:1].isdigit()]
    assert rows[:3] == ["1. ada", "2. bob", "3. cy"] and "dee" not in ml and "You: #2 this week" in ml
    other = await board(slack, slack_bot, "U0DEE", OTHER)
    assert "1. dee" in other and "ada" not in other

    # the weekly board, set in the channel, posted there once by the dispatcher through chat.postMessage
    await slack_bot.command(
        "group post mon 09:00",
        user="U0ADA",
        channel_id=ML,
        channel_name="ml-study",
        response_url=slack.response_url("post"),
    )
    await slack.wait_for_responses(7)
    clock.set(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))  # Monday 09:00 in Berlin
    for _ in range(2):
        await coach.enqueue_due(clock.now())
        await Dispatcher(coach.outbox, {"slack": slack_bot.runtime.sender}, clock).drain()
    [post] = slack.messages(ML)
    text = text_of(post)
    assert text.startswith("📊 *Weekly board — ") and "1. ada" in text and "dee" not in text
    assert slack.messages(OTHER) == []


async def test_a_peer_mock_pairs_two_channel_members_by_dm(
    slack: FakeSlack, slack_bot: SlackBot, coach: Any, clock: Any
) -> None:
    for user in ("U0ADA", "U0BOB"):
        name = PEOPLE[user][0]
        slack.add_user(user, real_name=name, name=name, tz="Europe/Berlin")
        await set_up(coach, clock, user, name, answers="yyyy")
        await slack_bot.command(
            "group join",
            user=user,
            channel_id=ML,
            channel_name="ml-study",
            response_url=slack.response_url(f"join-{user}"),
        )
    await slack_bot.command(
        "mock pair", user="U0ADA", channel_id=ML, channel_name="ml-study", response_url=slack.response_url("pair-ada")
    )
    await slack_bot.command(
        "mock pair", user="U0BOB", channel_id=ML, channel_name="ml-study", response_url=slack.response_url("pair-bob")
    )
    await slack.wait_for_responses(3)  # the joins, and ada's "you're on the list", to her alone
    [waiting] = [r.body for r in slack.responses if r.url.endswith("pair-ada")]
    assert waiting["response_type"] == "ephemeral" and "on the peer-mock list" in text_of(waiting)
    told = await slack_bot.wait_dm("paired with *ada*", user="U0BOB")  # the rubric goes to the DM
    assert "the six steps" in text_of(told)
    await Dispatcher(coach.outbox, {"slack": slack_bot.runtime.sender}, clock).drain()
    await slack_bot.wait_dm("paired with *bob*", user="U0ADA")


async def test_the_board_joins_a_public_channel_and_says_so_for_a_private_one(
    slack: FakeSlack, slack_bot: SlackBot, coach: Any, clock: Any
) -> None:
    """Slash commands work in channels the bot is not in; its weekly post there joins the channel
    first (public), or fails for good with what to do (private: invite the app)."""
    private = "G0PRIVATE"
    slack.bot_not_in(ML)
    slack.bot_not_in(private, private=True)
    for user, channel in (("U0ADA", ML), ("U0BOB", private)):
        name = PEOPLE[user][0]
        slack.add_user(user, real_name=name, name=name, tz="Europe/Berlin")
        await set_up(coach, clock, user, name)
        for text in ("group join", "group post mon 09:00"):
            await slack_bot.command(
                text, user=user, channel_id=channel, channel_name="g", response_url=slack.response_url(text)
            )
    await slack.wait_for_responses(4)
    clock.set(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    await coach.enqueue_due(clock.now())
    stats = await Dispatcher(coach.outbox, {"slack": slack_bot.runtime.sender}, clock).drain()
    assert [c.args["channel"] for c in slack.calls("conversations.join")] == [ML, private]
    [post] = slack.messages(ML)
    assert "Weekly board" in text_of(post) and slack.messages(private) == []
    assert stats.failed == 1 and any("invite the app" in r for r in stats.reasons)
