"""Discord in, the coach, Discord out: a DM, a slash command, a button press or the answer form becomes
one ``Inbound``; the coach's replies become messages where they belong.

Every interaction is acknowledged before the coach is asked (Discord's clock is 3 seconds; grading can
take longer): a command with a "thinking" deferral, a button press by disabling the pressed message's
buttons, a form by the same or a deferral. The replies follow as follow-up messages.

Where replies go:
- in the DM, everything: typed answers, commands and presses there are all private;
- in a server channel, a reply the core marks ``dm`` goes to the user's DM (prompts, onboarding
  questions); the rest answers the interaction, visible only to the user unless the command is
  public (``/readiness``, ``/leaderboard``).

A DM Discord refuses (50007: the user has DMs from server members turned off, or shares no server
with the bot) is answered in the channel, ephemerally, with how to open them.

``Inbound.in_dm`` is true for the DM and for button presses and forms anywhere (only their user sees
or sends them, so the coach takes them as a private reply); a slash command in a server channel is
not in a DM. The study group is the server, or with ``DISCORD_GROUPS=channel`` the channel, its id
prefixed by the server's, so nothing is shared between servers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable
from typing import Any

import aiohttp
import discord

from bot.adapters.discord.discord_long_answer import (
    CLICK_CHECK_SECONDS,
    finished_note,
    give_back,
    not_graded_note,
    open_prompt,
    prompt_of,
)
from bot.adapters.discord.discord_render import render, send_kwargs
from bot.adapters.discord.discord_views import AnswerForm, used_view
from bot.core import edits
from bot.core.clock import Clock
from bot.core.engine import Coach, Notify
from bot.core.flows.bound import keeps_open
from bot.core.messages import Inbound, LearnerRef, Reply
from bot.logs import set_context

log = logging.getLogger(__name__)

PLATFORM = "discord"
WORKSPACE = "global"  # a Discord user is one person in every server and in the DM
CLOSED_DMS = (
    "⚠️ I couldn't message you: Discord refused the DM, so your prompts can't reach you and your drip "
    "is on hold. Open your DMs to me: right-click (or long-press) this server's icon → *Privacy "
    "Settings* → turn on *Direct Messages*, or in *User Settings → Privacy & Safety* allow DMs from "
    "server members. Then run the command again."
)
DM_FAILED = "⚠️ I couldn't reach your DMs just now; please run the command again in a minute."
SENT_TO_DM = "📬 Sent to your DMs."
CLOSED_DMS_CODE = 50007
TEXT_FILES = (".txt", ".md", ".py", ".sql")
MAX_TEXT_FILE = 1_000_000  # bytes; the coach itself says when an answer is too long to read
MAX_REMEMBERED_PRESSES = 10_000
TYPING_WAIT = 2.0  # seconds the typing indicator may take before the coach is asked anyway


def expected_http_error(error: BaseException) -> str | None:
    """One clear line for the errors Discord answers in the normal course of things (closed DMs, a
    rate limit, a missing permission, an expired interaction); None for everything else, which is
    worth a traceback."""
    if isinstance(error, discord.RateLimited):
        return f"rate limited for {error.retry_after:.1f}s"
    if isinstance(error, discord.HTTPException) and (error.status in (403, 404, 429) or error.code in (10062, 40060)):
        return f"Discord answered {error.status} (code {error.code}): {error.text}"
    return None


async def typed_text(message: discord.Message) -> str:
    """What the user wrote: the message's text, then any text files attached to it. Discord's client
    turns a paste longer than a message may be (2,000 characters; 4,000 with Nitro) into an attached
    ``message.txt``, so a long answer or a pasted solution arrives that way."""
    parts = [message.content] if message.content else []
    for attachment in message.attachments:
        kind = (attachment.content_type or "").split(";")[0]
        if (kind.startswith("text/") or attachment.filename.endswith(TEXT_FILES)) and attachment.size <= MAX_TEXT_FILE:
            try:
                parts.append((await attachment.read()).decode("utf-8", errors="replace"))
            except (discord.HTTPException, OSError) as e:
                log.warning("reading %s from %s: %r", attachment.filename, message.author.id, e)
    return "\n".join(parts)


@contextlib.asynccontextmanager
async def typing_in(channel: discord.abc.Messageable) -> AsyncIterator[None]:
    """The "PrepDrip is typing…" indicator while the coach thinks, if Discord gives it within a moment: it
    is a courtesy, and a typing call that fails (a 5xx, a dropped connection) or is rate limited must
    not leave the learner's message unanswered or wait out the limit."""
    typing = channel.typing()
    started = False
    try:
        await asyncio.wait_for(typing.__aenter__(), TYPING_WAIT)
        started = True
    except (discord.HTTPException, discord.RateLimited, aiohttp.ClientError, OSError) as e:  # OSError: timeouts
        log.warning("no typing indicator: %s", expected_http_error(e) or repr(e))
    try:
        yield
    finally:
        if started:
            await typing.__aexit__(None, None, None)


def _tag(interaction: discord.Interaction[Any]) -> None:
    """This interaction's log lines: its server (or the DM) and its id."""
    set_context(PLATFORM, str(interaction.guild_id) if interaction.guild_id else "dm", str(interaction.id))


class Dialogue:
    def __init__(self, coach: Coach, clock: Clock, *, groups: str = "server") -> None:
        self.coach = coach
        self.clock = clock
        self.groups = groups  # "server": a server is one study group; "channel": each channel is one
        #: messages closed by a press, and (message, custom_id) of buttons that left their message open
        self._pressed: OrderedDict[int | tuple[int, str], None] = OrderedDict()

    # ---- in ------------------------------------------------------------------------------------

    def inbound(
        self,
        user: discord.abc.User,
        text: str,
        *,
        channel: Any,
        guild: discord.Guild | None,
        guild_id: int | None,
        in_dm: bool,
        via: str,
    ) -> Inbound:
        group_id = group_name = None
        if guild_id is not None:
            guild_name = guild.name if guild is not None else None
            if self.groups == "channel" and channel is not None:
                group_id = f"{guild_id}/{channel.id}"
                channel_name = getattr(channel, "name", None)
                group_name = f"{guild_name} #{channel_name}" if guild_name and channel_name else None
            else:
                group_id, group_name = str(guild_id), guild_name
        return Inbound(
            who=LearnerRef(PLATFORM, WORKSPACE, str(user.id)),
            text=text,
            in_dm=in_dm,
            group_id=group_id,
            display_name=user.display_name,
            via=via,
            group_name=group_name,
            channel_id=str(channel.id) if guild_id is not None and channel is not None else None,
        )

    def from_interaction(self, interaction: discord.Interaction[Any], text: str, *, via: str) -> Inbound:
        in_dm = interaction.guild_id is None or via != "command"  # a press or a form is private to its user
        return self.inbound(
            interaction.user,
            text,
            channel=interaction.channel,
            guild=interaction.guild,
            guild_id=interaction.guild_id,
            in_dm=in_dm,
            via=via,
        )

    async def ask(self, msg: Inbound, notify: Notify | None = None) -> list[Reply]:
        """``notify``: where a reply that must not wait goes at once ("⏳ Running your tests…")."""
        return await self.coach.handle(msg, self.clock.now(), notify=notify)

    # ---- events --------------------------------------------------------------------------------

    async def on_message(self, message: discord.Message, me: discord.ClientUser | None) -> None:
        """A message in the DM is a typed answer or command. Discord echoes the bot's own messages,
        and other bots are not learners: both are ignored, as is chatter in server channels."""
        if message.author.bot or (me is not None and message.author.id == me.id) or message.guild is not None:
            return
        if not isinstance(message.channel, discord.DMChannel):
            return
        set_context(PLATFORM, "dm", str(message.id))
        text = await typed_text(message)
        msg = self.inbound(
            message.author,
            text,
            channel=message.channel,
            guild=None,
            guild_id=None,
            in_dm=True,
            via="command" if text.startswith("/") else "text",
        )
        async with typing_in(message.channel):
            replies = await self.ask(msg, notify=lambda now: self._reply_in_dm(message, now))
        await self._reply_in_dm(message, replies)

    async def on_edit(self, edit: discord.RawMessageUpdateEvent, me: discord.ClientUser | None) -> None:
        """The learner edited a message in the DM: nothing is read again, and they are told so. Discord
        also sends MESSAGE_UPDATE when it adds a link's embed; that has no ``edited_timestamp`` (or, when
        the message is cached, the same text), and is ignored, as are the bot's own edits. A message
        edited once carries its ``edited_timestamp`` in every later update, and one not in the cache
        (sent before a restart, or long ago) has no earlier text to compare: the note is sent once per
        ``edited_timestamp``."""
        message = edit.message
        if message.author.bot or (me is not None and message.author.id == me.id) or edit.guild_id is not None:
            return
        if message.edited_at is None or not isinstance(message.channel, discord.DMChannel):
            return
        if edit.cached_message is not None and edit.cached_message.content == message.content:
            return
        set_context(PLATFORM, "dm", str(message.id))
        who = LearnerRef(PLATFORM, WORKSPACE, str(message.author.id))
        this_edit = f"discord:{message.id}:{message.edited_at.isoformat()}"
        note = await edits.edited_once(self.coach, who, self.clock.now(), edit=this_edit, typed=message.content)
        if note is not None:
            await self._reply_in_dm(message, [note])

    async def _reply_in_dm(self, message: discord.Message, replies: list[Reply]) -> None:
        for reply in replies:
            try:
                for part in render(reply):
                    await message.channel.send(**send_kwargs(part))
            except discord.HTTPException as e:
                self._log_failure(e, f"replying in the DM of {message.author.id}")
                return

    async def on_command(self, interaction: discord.Interaction[Any], text: str, *, private: bool) -> None:
        _tag(interaction)
        ephemeral = private and interaction.guild_id is not None
        # Discord's 3 s clock stops here; nothing slow above this line
        if not await self._acked(interaction, interaction.response.defer(ephemeral=ephemeral, thinking=True)):
            return
        replies = await self.ask(self.from_interaction(interaction, text, via="command"))
        await self.answer(interaction, replies, ephemeral=ephemeral, thinking=True)

    async def on_button(self, interaction: discord.Interaction[Any], value: str) -> None:
        _tag(interaction)
        pressed = str(interaction.data.get("custom_id") or "") if interaction.data else ""
        close = not keeps_open(value)
        message_id = interaction.message.id if interaction.message is not None else None
        if message_id is not None and not self._first_press(message_id, None if close else pressed):
            # a double click: both presses left the client before the buttons were greyed out, and
            # the second would answer the next question; acknowledged, changing nothing
            await self._acked(interaction, interaction.response.defer())
            return
        if not await self._acked(interaction, self._disable_buttons(interaction, pressed or None, close=close)):
            return
        replies = await self.ask(self.from_interaction(interaction, value, via="button"))
        await self.answer(interaction, replies, ephemeral=interaction.guild_id is not None, thinking=False)

    def _first_press(self, message_id: int, kept_open: str | None = None) -> bool:
        """True for the first press on a message's buttons (a press disables them all); for a button
        that leaves the message open (``kept_open``, its custom_id), its first press while no other
        press has closed the message. Checked and noted with no await in between, so two presses
        handled at once cannot both pass; a message's presses all reach the process running its
        shard, and after a restart the pressed buttons are disabled already."""
        key = message_id if kept_open is None else (message_id, kept_open)
        if message_id in self._pressed or key in self._pressed:
            return False
        self._pressed[key] = None
        while len(self._pressed) > MAX_REMEMBERED_PRESSES:
            self._pressed.popitem(last=False)
        return True

    async def on_long_button(self, interaction: discord.Interaction[Any], prompt_id: str | None) -> None:
        """The answer form; under a prompt that is no longer open, a note saying which one is."""
        _tag(interaction)
        if prompt_id is not None:
            who = LearnerRef(PLATFORM, WORKSPACE, str(interaction.user.id))
            known, open_now = await open_prompt(self.coach, who, within=CLICK_CHECK_SECONDS)
            if known and open_now != prompt_id:
                note = finished_note(prompt_id, open_now)
                none = discord.AllowedMentions.none()
                await self._acked(
                    interaction, interaction.response.send_message(note, ephemeral=True, allowed_mentions=none)
                )
                return
        await self._acked(interaction, interaction.response.send_modal(AnswerForm(prompt_id)))  # the acknowledgement

    async def on_long_answer(self, interaction: discord.Interaction[Any], text: str) -> None:
        """A sent form: one typed answer to the prompt it was opened under, if that is still open."""
        _tag(interaction)
        if not await self._acked(interaction, self._disable_buttons(interaction, None)):
            return
        ephemeral = interaction.guild_id is not None
        written_for = prompt_of(interaction.message)
        if written_for is not None:
            known, open_now = await open_prompt(self.coach, LearnerRef(PLATFORM, WORKSPACE, str(interaction.user.id)))
            if known and open_now != written_for:  # moved on while writing: not graded, the text comes back
                try:
                    await give_back(interaction, not_graded_note(written_for, open_now), text, ephemeral=ephemeral)
                except discord.HTTPException as e:
                    self._log_failure(e, f"giving back the long answer of {interaction.user.id}")
                return
        replies = await self.ask(
            self.from_interaction(interaction, text, via="text"),
            notify=lambda now: self.answer(interaction, now, ephemeral=ephemeral, thinking=False),
        )
        await self.answer(interaction, replies, ephemeral=ephemeral, thinking=False)

    async def _disable_buttons(
        self, interaction: discord.Interaction[Any], pressed: str | None, *, close: bool = True
    ) -> None:
        """Acknowledge a press (or a form sent from a message) by greying out the message's buttons,
        or only the pressed one when it leaves the message open."""
        if interaction.message is not None and interaction.message.components:
            await interaction.response.edit_message(view=used_view(interaction.message, pressed, close=close))
        else:
            await interaction.response.defer(ephemeral=interaction.guild_id is not None, thinking=True)

    async def _acked(self, interaction: discord.Interaction[Any], ack: Awaitable[Any]) -> bool:
        """False when Discord refused the acknowledgement (too late, or answered already): the user
        saw "This interaction failed" and will try again, so the coach is not asked this time."""
        try:
            await ack
        except discord.HTTPException as e:
            self._log_failure(e, f"acknowledging interaction {interaction.id}")
            return False
        return True

    # ---- out -----------------------------------------------------------------------------------

    async def answer(
        self, interaction: discord.Interaction[Any], replies: list[Reply], *, ephemeral: bool, thinking: bool
    ) -> None:
        """Deliver replies after the acknowledgement: ``dm`` replies to the DM when the interaction
        came from a server channel, the rest as follow-ups. When the DM fails the user gets the
        notice, then the replies meant for here (such as the core's "your drill is paused, send
        `/coach resume`", said once) but not its pointer at the DM. In a shared answer a ``private``
        reply comes after the rest, ephemerally (Discord shows the first follow-up in the deferral's
        place, visible as the deferral was). A "thinking" deferral that nothing filled is filled
        with a pointer to the DM, or removed."""
        in_server = interaction.guild_id is not None
        here = [r for r in replies if not (r.dm and in_server)]
        to_dm = [r for r in replies if r.dm and in_server]
        notice = None
        for reply in to_dm:
            try:
                await self.send_dm(interaction.user, reply)
            except discord.HTTPException as e:
                self._log_failure(e, f"DM to {interaction.user.id}")
                notice = CLOSED_DMS if isinstance(e, discord.Forbidden) and e.code == CLOSED_DMS_CODE else DM_FAILED
                break
        sent = 0
        try:
            if notice is not None:  # the rest of the answer stays here: a pointer at the DM does not
                await interaction.followup.send(notice, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())
                here = [r for r in here if r.kind != "pointer"]
            if in_server and not ephemeral:  # shared: the answer fills the public "thinking" message
                here = [r for r in here if not r.private] + [r for r in here if r.private]
            for reply in here:
                for part in render(reply):
                    await interaction.followup.send(
                        **send_kwargs(part), ephemeral=ephemeral or (in_server and reply.private)
                    )
                    sent += 1
            if thinking and not sent and notice is None:
                if to_dm:
                    await interaction.followup.send(
                        SENT_TO_DM, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                    )
                else:
                    await interaction.delete_original_response()
        except discord.HTTPException as e:
            self._log_failure(e, f"answering interaction {interaction.id}")

    async def send_dm(self, user: discord.User | discord.Member, reply: Reply) -> list[discord.Message]:
        channel = user.dm_channel or await user.create_dm()
        return [await channel.send(**send_kwargs(part)) for part in render(reply)]

    @staticmethod
    def _log_failure(error: discord.HTTPException, doing: str) -> None:
        line = expected_http_error(error)
        if line is not None:
            log.warning("%s: %s", doing, line)
        else:
            log.error("%s failed", doing, exc_info=error)
