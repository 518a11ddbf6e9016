"""The dispatcher's way into Discord: an ``Outgoing`` to the learner's DM.

Each message carries a ``nonce`` derived from the outbox key, and discord.py sends it with
``enforce_nonce``: Discord then returns the message it already created for the same nonce (for a few
minutes) instead of a second one, so a resend after a crash between "sent" and "marked sent" shows once.
Discord's answers become the delivery contract's two errors: refused for good (50007 closed DMs, an
unknown user, a missing permission) is ``Undeliverable``; a rate limit discord.py did not wait out
itself, a 5xx, a dropped connection is ``TryLater``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging

import aiohttp
import discord

from bot.adapters.discord.discord_dialogue import CLOSED_DMS_CODE, PLATFORM
from bot.adapters.discord.discord_render import render, send_kwargs
from bot.core.delivery import DeliveryError, Outgoing, TryLater, Undeliverable

log = logging.getLogger(__name__)

MAX_NONCE = 25  # Discord's limit


def nonce_for(key: str, part: int) -> str:
    """Stable per (outbox key, part of the reply), at most 25 characters."""
    digest = hashlib.sha256(key.encode()).hexdigest()
    suffix = f"-{part}"
    return digest[: MAX_NONCE - len(suffix)] + suffix


def delivery_error(error: BaseException) -> DeliveryError | None:
    """The contract's error for what Discord (or the network) answered; None for our own bugs."""
    if isinstance(error, discord.RateLimited):
        return TryLater(f"Discord rate limit, {error.retry_after:.1f}s", error.retry_after)
    if isinstance(error, discord.Forbidden):
        if error.code == CLOSED_DMS_CODE:
            return Undeliverable("Discord 50007: the user's DMs are closed to the bot")
        return Undeliverable(f"Discord {error.code}: {error.text or 'forbidden'}")
    if isinstance(error, discord.NotFound):
        return Undeliverable(f"Discord {error.code}: {error.text or 'not found'}")
    if isinstance(error, discord.DiscordServerError):
        return TryLater(f"Discord {error.status}: {error.text or 'server error'}")
    if isinstance(error, discord.HTTPException):
        if error.status == 429:  # a 429 discord.py gave up on (its retries ran out, or no JSON body)
            return TryLater("Discord rate limit", _retry_after(error))
        return Undeliverable(f"Discord {error.status} (code {error.code}): {error.text}")
    if isinstance(error, asyncio.TimeoutError | aiohttp.ClientError | OSError):
        return TryLater(f"network: {error!r}")
    return None


def _retry_after(error: discord.HTTPException) -> float | None:
    raw = getattr(error.response, "headers", {}).get("Retry-After")
    try:
        return float(raw) if raw is not None else None
    except ValueError:
        return None


class DiscordSender:
    platform = PLATFORM

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(self, message: Outgoing) -> str:
        """Deliver to the learner's DM, or a group's channel; the id of the first message created."""
        target = message.channel or message.to.user_id
        try:
            target_id = int(target.rsplit("/", 1)[-1])  # a group's "guild/channel"
        except ValueError:
            raise Undeliverable(f"not a Discord {'channel' if message.channel else 'user'} id: {target!r}") from None
        first: discord.Message | None = None
        try:
            channel: discord.abc.Messageable
            if message.channel is not None:
                channel = self.client.get_partial_messageable(target_id)
            else:
                channel = await self.client.create_dm(discord.Object(target_id))
            for i, part in enumerate(render(message.reply)):
                sent = await channel.send(**send_kwargs(part), nonce=nonce_for(message.key, i))
                first = first or sent
        except Exception as e:
            translated = delivery_error(e)
            if translated is None:
                raise
            log.warning("sending %s to %s: %s", message.key, message.to, translated.reason)
            raise translated from e
        assert first is not None
        return str(first.id)
