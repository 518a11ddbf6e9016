"""Export and delete in Discord, against the fake Discord: the files arrive in the learner's DM as a
multipart message (payload_json and files[n]), and `delete my data` leaves nothing of theirs behind."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from bot.adapters.discord.discord_dialogue import PLATFORM, WORKSPACE
from bot.core.messages import LearnerRef
from tests.discord_adapter.conftest import Discord
from tests.fakes.discord_fake import FakeDiscord, FakeGuild, FakeUser
from tests.test_data_slack import ANSWER, PRACTICE, SETUP, talk


def _attachments(fake: FakeDiscord, message: dict[str, Any]) -> dict[str, bytes]:
    out = {}
    for a in message["attachments"]:
        attachment_id = int(a["id"])
        out[a["filename"]] = fake._files[attachment_id].data
    return out


async def test_discord_export_attaches_both_files_in_the_dm(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, guild: FakeGuild
) -> None:
    who = LearnerRef(PLATFORM, WORKSPACE, str(ada.id))
    await talk(discord_env.coach, who, discord_env.clock, SETUP + PRACTICE)
    it = await fake.slash_command("coach export", user=ada, channel=guild.channel("general"))
    await it.wait_callback()
    await discord_env.followup(it, "Sent to your DMs")
    message = await discord_env.said(fake.dm_channel(ada), "Your data")
    files = _attachments(fake, message)
    [json_name] = [n for n in files if n.endswith(".json")]
    [md_name] = [n for n in files if n.endswith(".md")]
    data = json.loads(files[json_name])
    assert data["profile"]["ref"] == f"discord:global:{ada.id}" and data["answers"][0]["text"] == ANSWER
    assert ANSWER in files[md_name].decode()
    upload = next(c for c in fake.calls if c.files and c.method == "POST")
    assert sorted(f.field for f in upload.files) == ["files[0]", "files[1]"] and upload.json is not None


async def test_discord_export_in_the_dm_comes_as_the_commands_answer(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser
) -> None:
    await talk(discord_env.coach, LearnerRef(PLATFORM, WORKSPACE, str(ada.id)), discord_env.clock, SETUP)
    it = await fake.slash_command("coach export", user=ada)
    await it.wait_callback()
    answer = await discord_env.followup(it, "Your data")
    names = sorted(a["filename"].rsplit(".", 1)[1] for a in answer["attachments"])
    assert names == ["json", "md"]


async def test_discord_delete_my_data_round_trip(
    fake: FakeDiscord, discord_env: Discord, bot: object, ada: FakeUser, guild: FakeGuild
) -> None:
    who = LearnerRef(PLATFORM, WORKSPACE, str(ada.id))
    await talk(discord_env.coach, who, discord_env.clock, SETUP + PRACTICE)
    it = await fake.slash_command("coach delete-my-data", user=ada, channel=guild.channel("general"))
    await it.wait_callback()
    dm = fake.dm_channel(ada)
    asked = await discord_env.said(dm, "type `delete my data`")
    await fake.message_create(ada, "keep it")
    cancelled = await discord_env.said(dm, "Cancelled: nothing was deleted", after=asked)
    it = await fake.slash_command("coach delete-my-data", user=ada)
    await it.wait_callback()
    await discord_env.followup(it, "type `delete my data`")
    await fake.message_create(ada, "delete my data")
    await discord_env.said(dm, "Done. I deleted 1 answer", after=cancelled)
    async with discord_env.coach.uow() as uow:
        assert await uow.get_learner(who) is None


async def test_discord_server_removal_starts_the_retention_clock_and_rejoining_stops_it(
    fake: FakeDiscord, discord_env: Discord, bot: object, guild: FakeGuild, sqlite_store
) -> None:
    from bot.store.retention import SqlWorkspaces

    coach = discord_env.coach
    coach.workspaces = SqlWorkspaces(sqlite_store.engine, retention_days=30)
    await fake.dispatch("GUILD_DELETE", {"id": str(guild.id)})  # removed (an outage says "unavailable": true)

    async def departed() -> list[tuple[str, str]]:
        return [(d.platform, d.workspace_id) for d in await coach.workspaces.departures()]

    for _ in range(200):
        if await departed():
            break
        await asyncio.sleep(0.01)
    assert await departed() == [("discord", str(guild.id))]
    joined = {k: v for k, v in guild.payload().items() if k != "unavailable"}  # a join, not an outage's end
    await fake.dispatch("GUILD_CREATE", joined)
    for _ in range(200):
        if not await departed():
            break
        await asyncio.sleep(0.01)
    assert await departed() == []
