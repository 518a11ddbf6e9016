"""Who is still in a study group's server, for the core's ``Roster`` port (``bot/core/flows/roster.py``).

Discord tells a bot that a member left only with the privileged GUILD_MEMBERS intent, which PrepDrip
doesn't ask for by default; asking for one member needs no intent: ``GET /guilds/{guild}/members/{user}``
(discord.py's ``http.get_member``) answers the member, or 404 with code 10007 "Unknown Member" once they
have left. Any other answer (the server itself gone, a rate limit, an outage) is "don't know". The core
asks about a few people at a time, one request each; the first error ends the round, as the next
request would most likely fail the same way.

With ``DISCORD_GROUPS=channel`` the group is a channel of the server: membership of the server is what
is checked, not who may see the channel."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import aiohttp
import discord

from bot.core.model import StudyGroup

log = logging.getLogger(__name__)

UNKNOWN_MEMBER = 10007


class DiscordRoster:
    platform = "discord"

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def present(self, group: StudyGroup, user_ids: Sequence[str]) -> dict[str, bool]:
        guild_id = _server_of(group.group_id)
        if guild_id is None or self.client.is_closed():
            return {}
        here: dict[str, bool] = {}
        for user_id in user_ids:
            if not user_id.isdigit():
                continue
            try:
                member: Any = await self.client.http.get_member(guild_id, int(user_id))
                here[user_id] = str((member.get("user") or {}).get("id", user_id)) == user_id
            except discord.NotFound as e:
                if e.code != UNKNOWN_MEMBER:  # 10004 Unknown Guild: the bot was removed (retention handles that)
                    log.info("server %s: %s", guild_id, e.text or e.code)
                    break
                here[user_id] = False
            except (discord.DiscordException, aiohttp.ClientError, OSError, TimeoutError) as e:
                log.warning("asking server %s about its members failed: %r", guild_id, e)
                break
        return here


def _server_of(group_id: str) -> int | None:
    """The server of a group: the group itself (``DISCORD_GROUPS=server``) or a channel's ``server/channel``."""
    server = group_id.split("/", 1)[0]
    return int(server) if server.isdigit() else None
