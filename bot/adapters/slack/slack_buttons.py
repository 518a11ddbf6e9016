"""Button presses on our messages: a button's value is exactly what the user could have typed, and a
pressed message shows what was chosen instead of its buttons, so it is answered once."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.slack_render import (
    REPLY_ACTION,
    answered_blocks,
    fallback_text,
    pressed_blocks,
    reply_blocks,
    workspace_of,
)
from bot.adapters.slack.slack_sender import PLATFORM
from bot.core.flows import bound
from bot.core.messages import LearnerRef

if TYPE_CHECKING:
    from bot.adapters.slack.slack_app import SlackCoach

log = logging.getLogger(__name__)

Respond = Callable[..., Awaitable[Any]]


class Presses:
    """The presses' listener; what a press says goes on through the listeners' ``chat``."""

    def __init__(self, chat: SlackCoach) -> None:
        self.chat = chat

    def register(self, app: AsyncApp) -> None:
        app.action(re.compile(rf"^{REPLY_ACTION}_\d+$"))(self.on_press)

    async def on_press(
        self,
        ack: Callable[..., Awaitable[None]],
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Respond,
        client: AsyncWebClient,
        context: dict[str, Any],
    ) -> None:
        """A button's value is exactly what the user could have typed. The pressed message loses its
        buttons first (claimed in the database, so a double press, or two processes, act once); a button
        that leaves the question open ("More", "I covered 2") loses only itself."""
        await ack()
        try:
            await self._button(body, action, respond, client, workspace_of(context, body))
        except Exception:
            log.exception("a button press failed after the ack")

    async def _button(
        self, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: AsyncWebClient, team: str
    ) -> None:
        who = LearnerRef(PLATFORM, team, str(body["user"]["id"]))
        value = str(action.get("value") or "")
        container = body.get("container") or {}
        label = _label(body.get("message") or {}, action) or value
        ephemeral = bool(container.get("is_ephemeral"))
        if container.get("type") == "message":
            channel, ts = str(container.get("channel_id")), str(container.get("message_ts"))
            keeps_open = bound.keeps_open(value)
            if not await self._claim_press(f"press:{team}:{channel}:{ts}", value if keeps_open else None):
                return  # already answered (a double click, or a retry)
            message = body.get("message") or {}
            old_blocks = list(message.get("blocks") or [])
            if keeps_open:
                blocks = pressed_blocks(old_blocks, str(action.get("action_id")), label)
            else:
                blocks = answered_blocks(old_blocks, label)
            try:
                if ephemeral:
                    await respond(replace_original=True, text=label, blocks=blocks)
                else:
                    fallback = str(message.get("text") or label)
                    await client.chat_update(channel=channel, ts=ts, text=fallback, blocks=blocks)
            except SlackApiError as e:  # the press is claimed: it is still answered, only the old buttons stay
                log.warning("the pressed message %s was not updated: %s", ts, e.response.get("error"))
        async with self.chat.lock(who):
            # a press is a private exchange with the bot, like a DM, wherever the message was shown
            # a press on an old message about another prompt is answered by the core (bot.core.flows.bound)
            replies = await self.chat.handle(client, who, value, in_dm=True, via="button")
            if ephemeral:
                for reply in replies:
                    await respond(response_type="ephemeral", text=fallback_text(reply), blocks=reply_blocks(reply))
            else:
                dm = await self.chat.poster.dm_channel(client, who)
                pressed_in = body.get("message") or {}
                thread = pressed_in.get("thread_ts") if container.get("channel_id") == dm else None
                await self.chat.post_all(client, dm, replies, thread=str(thread) if thread else None)

    async def _claim_press(self, message_key: str, kept_open_value: str | None) -> bool:
        """A press closes its message once; a button that keeps it open (``kept_open_value``) can be
        pressed once, and only while no other press has closed the message."""
        now = self.chat.clock.now()
        if kept_open_value is None:
            return await self.chat.ledger.claim(message_key, now)
        if await self.chat.ledger.seen(message_key):
            return False
        return await self.chat.ledger.claim(f"{message_key}:{kept_open_value}", now)


def _label(message: dict[str, Any], action: dict[str, Any]) -> str:
    """The pressed button's label as we rendered it (the payload's copy may be shortened)."""
    for block in message.get("blocks") or []:
        for element in block.get("elements") or []:
            if isinstance(element, dict) and element.get("action_id") == action.get("action_id"):
                return str((element.get("text") or {}).get("text") or "")
    return str((action.get("text") or {}).get("text") or "")
