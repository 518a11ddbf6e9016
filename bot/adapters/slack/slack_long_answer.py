"""The "Write a longer answer" button under a prompt, and its modal: several parts of up to 3,000
characters each (Slack's input box), sent as one typed answer to the prompt the button was under."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.slack_render import (
    LONG_ANSWER_ACTION,
    LONG_ANSWER_CALLBACK,
    long_answer_modal,
    modal_answer,
    modal_prompt,
    workspace_of,
)
from bot.adapters.slack.slack_sender import PLATFORM
from bot.core import peek
from bot.core.messages import LearnerRef

if TYPE_CHECKING:
    from bot.adapters.slack.slack_app import SlackCoach

log = logging.getLogger(__name__)

STALE_CHECK_SECONDS = 1.5  # of Slack's 3 s to answer a modal's submit


class LongAnswers:
    """The button's and the modal's listeners; the answer goes on through the DM listeners' ``chat``."""

    def __init__(self, chat: SlackCoach) -> None:
        self.chat = chat

    def register(self, app: AsyncApp) -> None:
        app.action(LONG_ANSWER_ACTION)(self.on_button)
        app.view(LONG_ANSWER_CALLBACK)(self.on_submit)

    async def on_button(
        self, ack: Callable[..., Awaitable[None]], body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        channel = str((body.get("container") or {}).get("channel_id") or (body.get("channel") or {}).get("id") or "")
        try:
            await client.views_open(
                trigger_id=body["trigger_id"], view=long_answer_modal(str(action.get("value") or ""), channel)
            )
        except SlackApiError:
            log.exception("the long-answer modal did not open")

    async def on_submit(
        self,
        ack: Callable[..., Awaitable[None]],
        body: dict[str, Any],
        view: dict[str, Any],
        client: AsyncWebClient,
        context: dict[str, Any],
    ) -> None:
        """The modal's parts as one typed answer, unless the prompt it was opened from is no longer the
        open one (the button stays on every old prompt): then the modal stays open, text and all, and
        says so, rather than grade the answer against another question."""
        text = modal_answer(view.get("state", {}).get("values", {}))
        if not text.strip():
            await ack(response_action="errors", errors={"part_1": "Write your answer here, or close this and type it."})
            return
        who = LearnerRef(PLATFORM, workspace_of(context, body), str(body["user"]["id"]))
        stale = await self._stale(who, modal_prompt(view))
        if stale:
            await ack(response_action="errors", errors={"part_1": stale})
            return
        await ack()
        try:
            async with self.chat.lock(who):
                await self.chat.converse(client, who, text, await self.chat.poster.dm_channel(client, who))
        except Exception:
            log.exception("a long answer from %s failed after the ack", who)

    async def _stale(self, who: LearnerRef, written_for: str | None) -> str | None:
        """Why an answer written for ``written_for`` cannot be graded now, or None. Asked before an ack,
        so bounded: a database too slow to say lets the answer through, as before."""
        if not written_for:
            return None
        try:
            open_now = await asyncio.wait_for(peek.open_prompt(self.chat.coach, who), timeout=STALE_CHECK_SECONDS)
        except Exception:
            log.warning("could not check the open prompt of %s; the long answer goes through", who)
            return None
        if open_now == written_for:
            return None
        where = f" (`{open_now}` is)" if open_now else ""
        return (
            f"`{written_for}` isn't open any more{where}, so I won't grade this against it. Copy your text, "
            f"close this, send `/coach practice {written_for}`, then paste it."
        )
