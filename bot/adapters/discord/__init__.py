"""Discord adapter (discord.py 2.7): slash commands from the command table, DMs, persistent buttons,
the long-answer form, and the ``Sender`` the drip dispatcher delivers through."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.adapters.discord.discord_client import (
    CoachClient,
    CommandSync,
    ShardedCoachClient,
    coach_intents,
    invite_url,
    point_discord_py_at,
)
from bot.adapters.discord.discord_dialogue import PLATFORM, Dialogue
from bot.adapters.discord.discord_roster import DiscordRoster
from bot.adapters.discord.discord_sender import DiscordSender
from bot.core.clock import Clock
from bot.core.engine import Coach

if TYPE_CHECKING:
    from bot.settings import Settings

__all__ = ["CoachClient", "DiscordSender", "ShardedCoachClient", "application_id", "build_client", "invite_url"]


def build_client(coach: Coach, clock: Clock, settings: Settings, **options: Any) -> CoachClient | ShardedCoachClient:
    """The client the settings ask for: sharded when ``DISCORD_SHARDS`` is set (a number, or ``auto``
    for Discord's recommendation), commands synced to ``DISCORD_DEV_GUILD`` or globally, by the
    process that runs shard 0. Points discord.py at ``DISCORD_API_URL``/``DISCORD_GATEWAY_URL``.
    The coach asks this client who is still in a server (``DiscordRoster``)."""
    point_discord_py_at(settings.discord_api_url, settings.discord_gateway_url)
    quiet_about_voice()
    dialogue = Dialogue(coach, clock, groups=settings.discord_groups)
    shard_ids = settings.discord_shard_id_list()
    sync = CommandSync(enabled=shard_ids is None or 0 in shard_ids, guild_id=settings.discord_dev_guild)
    shards = (settings.discord_shards or "").strip().lower()
    if settings.discord_members_intent:
        options = {"intents": coach_intents(members=True), **options}
    client: CoachClient | ShardedCoachClient
    if not shards:
        client = CoachClient(dialogue, sync, **options)
    else:
        count = None if shards == "auto" else int(shards)
        client = ShardedCoachClient(dialogue, sync, shard_count=count, shard_ids=shard_ids, **options)
    coach.use_roster(PLATFORM, DiscordRoster(client))
    return client


def quiet_about_voice() -> None:
    """PrepDrip has no voice: discord.py's start-up warnings that PyNaCl and davey (voice) are missing
    would only puzzle an operator, on every start. discord.py clears the same flags after warning once."""
    import discord

    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


async def application_id(settings: Settings) -> int:
    """The application's id, asked of Discord with the bot token (for the invite URL)."""
    import discord

    point_discord_py_at(settings.discord_api_url, settings.discord_gateway_url)
    quiet_about_voice()
    client = discord.Client(intents=discord.Intents.none())
    async with client:
        await client.login(settings.discord_token or "")
        return client.application_id or (await client.application_info()).id
