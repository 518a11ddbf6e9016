"""Members who leave a Discord server leave its study groups, against the fake Discord: without the
privileged intent the coach asks `GET /guilds/{guild}/members/{user}` about the people it is about to
show or pair (404 10007 Unknown Member: gone); with ``DISCORD_MEMBERS_INTENT`` the member-remove event
takes them out at once."""

from __future__ import annotations

import asyncio

from bot.adapters.discord.discord_dialogue import PLATFORM, WORKSPACE
from tests.discord_adapter.conftest import Discord
from tests.discord_adapter.test_discord_groups import run, set_up
from tests.fakes.discord_fake import FakeDiscord, FakeGuild, FakeUser


async def members(env: Discord, guild: FakeGuild) -> list[str]:
    async with env.coach.uow() as uow:
        return [m.display_name or "" for m in await uow.groups.members(PLATFORM, WORKSPACE, str(guild.id))]


def member_lookups(fake: FakeDiscord, user: FakeUser) -> list[tuple[int, object]]:
    return [(c.status, c.response) for c in fake.calls_to(f"GET /guilds/*/members/{user.id}")]


async def test_who_left_the_server_is_off_the_leaderboard_and_out_of_the_group(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    bob, cy = fake.add_user("bob", global_name="Bob"), fake.add_user("cy", global_name="Cy")
    guild.members += [bob, cy]
    general = guild.channel("general")
    async with discord_env.running():
        for user in (ada, bob, cy):
            await set_up(discord_env, user)
            await run(fake, "coach group join", user, general)
        assert await fake.member_leaves(guild, bob) == 0  # no GUILD_MEMBERS intent: Discord says nothing
        board = str((await run(fake, "leaderboard", ada, general))["content"])
        assert "Cy" in board and "Bob" not in board
        assert member_lookups(fake, bob) == [(404, {"message": "Unknown Member", "code": 10007})]
        assert [status for status, _ in member_lookups(fake, cy)] == [200]
        assert not fake.calls_to(f"GET /guilds/*/members/{ada.id}")  # the one asking is here
        assert await members(discord_env, guild) == ["Ada @everyone", "Cy"]


async def test_when_discord_cannot_say_everyone_stays(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    bob = fake.add_user("bob", global_name="Bob")
    guild.members.append(bob)
    general = guild.channel("general")
    async with discord_env.running():
        for user in (ada, bob):
            await set_up(discord_env, user)
            await run(fake, "coach group join", user, general)
        await fake.member_leaves(guild, bob)
        fake.fail("GET /guilds/*/members/*", status=403, code=50001)
        board = str((await run(fake, "leaderboard", ada, general))["content"])
        assert "Bob" in board
        assert await members(discord_env, guild) == ["Ada @everyone", "Bob"]


async def test_a_member_who_left_is_never_paired(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    bob, cy = fake.add_user("bob", global_name="Bob"), fake.add_user("cy", global_name="Cy")
    guild.members += [bob, cy]
    general = guild.channel("general")
    async with discord_env.running():
        for user in (ada, bob, cy):
            await set_up(discord_env, user, answers="yyyy")
            await run(fake, "coach group join", user, general)
        await run(fake, "coach mock pair", ada, general)
        await fake.member_leaves(guild, ada)
        said = await run(fake, "coach mock pair", bob, general)
        assert "on the peer-mock list" in said["content"] and "Ada" not in said["content"]
        assert [status for status, _ in member_lookups(fake, ada)] == [404]
        await fake.slash_command("coach mock pair", user=cy, channel=general)
        await discord_env.said(fake.dm_channel(cy), r"paired with \*\*Bob\*\*")
        assert await members(discord_env, guild) == ["Bob", "Cy"]


async def test_with_the_members_intent_a_departure_takes_them_out_at_once(
    fake: FakeDiscord, discord_env: Discord, ada: FakeUser, guild: FakeGuild
) -> None:
    bob = fake.add_user("bob", global_name="Bob")
    guild.members.append(bob)
    general = guild.channel("general")
    async with discord_env.running(discord_env.client(discord_members_intent=True)):
        for user in (ada, bob):
            await set_up(discord_env, user)
            await run(fake, "coach group join", user, general)
        assert await fake.member_leaves(guild, bob) == 1
        for _ in range(100):
            if await members(discord_env, guild) == ["Ada @everyone"]:
                break
            await asyncio.sleep(0.05)
        assert await members(discord_env, guild) == ["Ada @everyone"]
        assert not fake.calls_to("GET /guilds/*/members/*")
    assert fake.identifies[-1]["intents"] & (1 << 1)
