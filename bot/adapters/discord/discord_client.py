"""The Discord client: intents, the command tree, persistent buttons, and start-up.

Intents: ``guilds`` (server and channel names for study groups) and ``dm_messages`` (answers typed
in the DM). Neither is privileged. Message content is privileged only for messages in server channels
that do not mention the bot: Discord always sends the bot the text of its DMs, and the bot reads
nothing else, so ``message_content`` stays off and no privileged intent needs enabling. GUILD_MEMBERS
(privileged) is asked for only with ``DISCORD_MEMBERS_INTENT=true``: a member who leaves a server then
leaves its study groups at once; without it the coach asks Discord about the few members it is about to
show or pair (``discord_roster.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.adapters.discord.discord_commands import build_commands
from bot.adapters.discord.discord_dialogue import Dialogue, expected_http_error
from bot.adapters.discord.discord_views import AnswerForm, LongAnswerButton, ValueButton
from bot.core.completions import suggestions
from bot.core.messages import LearnerRef

log = logging.getLogger(__name__)

SCOPES = ("bot", "applications.commands")


def coach_intents(*, members: bool = False) -> discord.Intents:
    """``members``: the privileged GUILD_MEMBERS intent (``DISCORD_MEMBERS_INTENT``), for departures as
    they happen; without it the coach asks about members when it needs to (``discord_roster.py``)."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.dm_messages = True
    intents.members = members
    return intents


def invite_permissions() -> discord.Permissions:
    """What the bot uses in a server: it answers commands in channels (view, send, read history for
    replies), and shows the readiness chart (embed links, attach files). DMs need no permission."""
    return discord.Permissions(
        view_channel=True,
        send_messages=True,
        read_message_history=True,
        embed_links=True,
        attach_files=True,
    )


def invite_url(application_id: int) -> str:
    return discord.utils.oauth_url(application_id, permissions=invite_permissions(), scopes=SCOPES)


def point_discord_py_at(api_url: str | None, gateway_url: str | None) -> None:
    """discord.py keeps its REST base and default gateway on classes; point them elsewhere (a fake
    on loopback, a proxy) when asked. Left alone otherwise: Discord's own."""
    if api_url:
        Route.BASE = api_url.rstrip("/")
    if gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


@dataclass(frozen=True, slots=True)
class CommandSync:
    """Where to register the command tree at start-up: one server (instant, for development), every
    server (global; Discord takes up to an hour to show changes), or nowhere (another process does)."""

    enabled: bool = True
    guild_id: int | None = None


class CoachTree(app_commands.CommandTree[Any]):
    async def on_error(self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError) -> None:
        original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        line = expected_http_error(original)
        name = interaction.command.qualified_name if interaction.command else "?"
        if line is not None:
            log.warning("/%s for %s: %s", name, interaction.user.id, line)
        else:
            log.error("/%s for %s failed", name, interaction.user.id, exc_info=original)


def client_options(options: dict[str, Any]) -> dict[str, Any]:
    """Ours first, then the caller's: no pings by default, and a rate limit longer than 30 s is raised
    (the dispatcher retries later) instead of waited out inside a send."""
    return {
        "intents": coach_intents(),
        "allowed_mentions": discord.AllowedMentions.none(),
        "max_ratelimit_timeout": 30.0,
        **options,
    }


class _CoachEvents:
    """What both client classes (plain and sharded) do on top of discord.py."""

    dialogue: Dialogue
    tree: CoachTree
    command_sync: CommandSync

    def _set_up(self, dialogue: Dialogue, command_sync: CommandSync) -> None:
        client: Any = self
        self.dialogue = dialogue
        self.command_sync = command_sync
        self.tree = CoachTree(client)
        for command in build_commands(self._command, self._complete):
            self.tree.add_command(command)

    async def _command(self, interaction: discord.Interaction[Any], text: str, private: bool) -> None:
        await self.dialogue.on_command(interaction, text, private=private)

    async def _complete(self, interaction: discord.Interaction[Any], source: str, typed: str) -> list[tuple[str, str]]:
        who = LearnerRef("discord", "global", str(interaction.user.id))
        coach = self.dialogue.coach
        return await suggestions(coach, who, source, typed, self.dialogue.clock.now())

    async def setup_hook(self) -> None:
        client: Any = self
        client.add_dynamic_items(ValueButton, LongAnswerButton)  # presses on any message, also after a restart
        client.add_view(AnswerForm())  # a form opened before a restart, or by another learner, still lands
        sync = self.command_sync
        if not sync.enabled:
            return
        try:
            if sync.guild_id is not None:
                guild = discord.Object(sync.guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d commands to server %s", len(synced), sync.guild_id)
            else:
                synced = await self.tree.sync()
                log.info("synced %d global commands", len(synced))
        except discord.HTTPException as e:
            log.error("command sync failed: %s", expected_http_error(e) or repr(e))

    async def on_message(self, message: discord.Message) -> None:
        client: Any = self
        await self.dialogue.on_message(message, client.user)

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        client: Any = self
        await self.dialogue.on_edit(payload, client.user)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """The bot was removed from a server (not an outage: that is ``on_guild_unavailable``): its study
        groups are deleted after the retention period, unless it is added back meanwhile."""
        log.warning("removed from server %s: its study groups go after the retention period", guild.id)
        await self.dialogue.coach.workspace_left("discord", str(guild.id), self.dialogue.clock.now())

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.dialogue.coach.workspace_back("discord", str(guild.id))

    async def on_raw_member_remove(self, payload: discord.RawMemberRemoveEvent) -> None:
        """A member left the server (sent only with ``DISCORD_MEMBERS_INTENT``): out of its study groups
        now. The raw event, since the member need not be cached."""
        who = LearnerRef("discord", "global", str(payload.user.id))
        await self.dialogue.coach.member_left(who, str(payload.guild_id))


class CoachClient(_CoachEvents, discord.Client):
    def __init__(self, dialogue: Dialogue, command_sync: CommandSync = CommandSync(), **options: Any) -> None:
        super().__init__(**client_options(options))
        self._set_up(dialogue, command_sync)


class ShardedCoachClient(_CoachEvents, discord.AutoShardedClient):
    """For more than 2,500 servers (Discord requires sharding there): ``shard_count`` None asks
    Discord for its recommendation; ``shard_ids`` runs some of them in this process."""

    def __init__(self, dialogue: Dialogue, command_sync: CommandSync = CommandSync(), **options: Any) -> None:
        super().__init__(**client_options(options))
        self._set_up(dialogue, command_sync)
