"""Study groups on Discord, end to end over the gateway: three learners in one server and one in
another get the right boards; the weekly board is posted to the channel where it was set, once, by
the dispatcher through the bot's REST client; a peer mock pairs two members by DM."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.adapters.discord import DiscordSender
from bot.adapters.discord.discord_dialogue import PLATFORM, WORKSPACE
from bot.core.messages import Inbound, LearnerRef
from jobs.dispatcher import Dispatcher
from tests.discord_adapter.conftest import Discord, assert_mentions_nobody
from tests.fakes.discord_fake import EPHEMERAL, FakeDiscord, FakeGuild, FakeUser


async def set_up(env: Discord, user: FakeUser, answers: str = "nnnn", interview: str = "2026-12-05") -> None:
    who = LearnerRef(PLATFORM, WORKSPACE, str(user.id))
    steps = ["/coach start", *("yes" if a == "y" else "no" for a in answers), interview, "Europe/Berlin"]
    for text in [*steps, "08:30", "senior"]:
        await env.coach.handle(Inbound(who, text, display_name=user.global_name), env.clock.now())


async def run(fake: FakeDiscord, command: str, user: FakeUser, channel: Any, options: Any = None) -> dict:
    it = await fake.slash_command(command, options or {}, user=user, channel=channel)
    [answer] = await it.wait_followups(1)
    return dict(answer)


async def test_three_in_one_server_one_in_another_and_the_weekly_post(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    bob, cy, dee = (fake.add_user(n, global_name=n.title()) for n in ("bob", "cy", "dee"))
    guild.members += [bob, cy]
    other = fake.add_guild("other-server", members=[dee])
    general = guild.channel("general")
    async with discord_env.running() as client:
        for user in (ada, bob, cy, dee):
            await set_up(discord_env, user)
            await run(fake, "coach group join", user, other.channel("general") if user is dee else general)
        board = str((await run(fake, "leaderboard", bob, general))["content"])
        rows = [line.split(" — ")[0] for line in board.splitlines() if line[:1].isdigit()]
        assert rows[:3] == ["1. Ada @\u200beveryone", "2. Bob", "3. Cy"] and "Dee" not in board
        assert "You: #2 this week" in board
        theirs = str((await run(fake, "leaderboard", dee, other.channel("general")))["content"])
        assert "1. Dee" in theirs and "Ada" not in theirs and "Bob" not in theirs

        drills = guild.channel("drills")
        said = await run(fake, "coach group post", ada, drills, {"day": "mon", "time": "09:00"})
        assert "every Monday at 09:00 (Europe/Berlin)" in said["content"] and said["flags"] & EPHEMERAL
        discord_env.clock.set(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
        for _ in range(2):  # two ticks, one post
            await discord_env.coach.enqueue_due(discord_env.clock.now())
            await Dispatcher(discord_env.coach.outbox, {PLATFORM: DiscordSender(client)}, discord_env.clock).drain()
        [post] = [m for m in discord_env.bot_messages(drills) if "Weekly board" in m["content"]]
        assert post["content"].startswith("📊 **Weekly board — ml-study**") and "Dee" not in post["content"]
        assert not post["flags"] & EPHEMERAL and "1. Ada" in post["content"]
        assert not [m for m in discord_env.bot_messages(general) if "Weekly board" in m["content"]]
    assert_mentions_nobody(fake)


async def test_a_peer_mock_pairs_two_server_members_by_dm(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    bob = fake.add_user("bob", global_name="Bob")
    guild.members.append(bob)
    general = guild.channel("general")
    async with discord_env.running() as client:
        for user in (ada, bob):
            await set_up(discord_env, user, answers="yyyy")
            await run(fake, "coach group join", user, general)
        waiting = await run(fake, "coach mock pair", ada, general)
        assert "on the peer-mock list" in waiting["content"] and waiting["flags"] & EPHEMERAL
        await fake.slash_command("coach mock pair", user=bob, channel=general)
        told = await discord_env.said(fake.dm_channel(bob), r"paired with \*\*Ada")
        assert "six steps" in told["content"] or any(
            "six steps" in m["content"] for m in discord_env.bot_messages(fake.dm_channel(bob))
        )
        await Dispatcher(discord_env.coach.outbox, {PLATFORM: DiscordSender(client)}, discord_env.clock).drain()
        await discord_env.said(fake.dm_channel(ada), r"paired with \*\*Bob\*\*")
    assert_mentions_nobody(fake)


async def test_a_shared_readiness_keeps_a_side_note_about_the_learner_to_them(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, guild: FakeGuild
) -> None:
    """A deletion asked for and not confirmed is cancelled by the next command; when that command was
    /readiness in a channel, "Cancelled: nothing was deleted" went to the whole channel with the chart;
    so did "I've paused your daily drill" after a drip bounced."""
    await set_up(discord_env, ada)
    general = guild.channel("general")
    await run(fake, "coach delete-my-data", ada, general)
    it = await fake.slash_command("readiness", user=ada, channel=general)
    report, cancelled = await it.wait_followups(2)  # the first fills the public "thinking" message
    assert cancelled["content"].startswith("Cancelled: nothing was deleted") and cancelled["flags"] & EPHEMERAL
    assert report["embeds"][0]["description"].startswith("**Readiness — Ada") and not report["flags"] & EPHEMERAL
    ref = LearnerRef(PLATFORM, WORKSPACE, str(ada.id))
    await discord_env.coach.door_closed(ref, "Discord 50007", discord_env.clock.now())
    it = await fake.slash_command("leaderboard", user=ada, channel=general)
    board, paused = await it.wait_followups(2)
    assert "Nobody has joined" in board["content"] and not board["flags"] & EPHEMERAL
    assert "paused your daily drill" in paused["content"] and paused["flags"] & EPHEMERAL
    assert_mentions_nobody(fake)


async def test_group_commands_in_the_dm_point_at_a_channel(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    await set_up(discord_env, ada)
    for command in ("coach group join", "leaderboard"):
        answer = await run(fake, command, ada, None)
        assert answer["content"] == "Study groups live in a channel: run this in your group's channel, not in our DM."
