"""The "Long answer" form answers the prompt it was opened under, or nothing.

Typed text answers whatever prompt is open, but the form's button stays on every old prompt, and a
form can be open for as long as the learner writes: text written for one prompt, sent after moving
on, used to be graded against the next one. The button names its prompt (``pd:long:th-bv-01``);
pressed under a prompt that is no longer open it says which one is, without a form; a form sent
after the learner moved on is not graded, and its text (up to 12,000 characters) comes back to them
in code blocks, so nothing is lost or restyled."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import discord

from bot.adapters.discord.discord_render import split_content
from bot.core import peek
from bot.core.engine import Coach
from bot.core.messages import LearnerRef

log = logging.getLogger(__name__)

CLICK_CHECK_SECONDS = 1.5  # of Discord's 3 s to open the form
_LONG_ANSWER = re.compile(r"^pd:long:(?P<prompt>[\w.-]+)$")
_FENCE = re.compile(r"`(?=``)")  # a backtick that would start a ``` inside our code block


def prompt_of(message: discord.Message | None) -> str | None:
    """The prompt named by the Long answer button of ``message`` (the one a form was opened from);
    None for a button sent before prompts were named, or no message."""
    for row in message.components if message is not None else ():
        for item in getattr(row, "children", ()):
            found = _LONG_ANSWER.match(str(getattr(item, "custom_id", "") or ""))
            if found:
                return found["prompt"]
    return None


async def open_prompt(coach: Coach, who: LearnerRef, *, within: float | None = None) -> tuple[bool, str | None]:
    """(known, the prompt open now): known is false when the database did not say (``within`` seconds),
    and the form then goes on as it did before prompts were named."""
    try:
        return True, await asyncio.wait_for(peek.open_prompt(coach, who), within)
    except Exception as e:  # a check that fails must not lose the answer
        log.warning("could not check the open prompt of %s: %r; the long answer goes through", who.user_id, e)
        return False, None


def finished_note(written_for: str, open_now: str | None) -> str:
    """The answer to the button pressed under a prompt that is no longer open."""
    if open_now is None:
        return (
            f"`{written_for}` is finished, so there is nothing to answer there. `/coach today` sends "
            f"today's prompt; `/coach practice {written_for}` asks this one again."
        )
    return (
        f"`{written_for}` is finished, so I won't take an answer to it here. Your open prompt is "
        f"`{open_now}`: answer it, or use the **Long answer** button under it."
    )


def not_graded_note(written_for: str, open_now: str | None) -> str:
    """The answer to a form sent after the learner moved on; their text follows it."""
    where = f" (`{open_now}` is)" if open_now else ""
    return (
        f"`{written_for}` isn't open any more{where}, so I didn't grade your answer against it. Here it is "
        f"back, so nothing is lost: to answer `{written_for}`, send `/coach practice {written_for}` and "
        "paste it."
    )


def text_back(text: str) -> list[str]:
    """The learner's text in code blocks of at most 2,000 characters each (Discord's limit), so no
    markup in it is rendered or eaten; a ``` of their own gets a zero-width space so it cannot end
    the block."""
    return split_content("```\n" + _FENCE.sub("`\u200b", text) + "\n```")


async def give_back(interaction: discord.Interaction[Any], note: str, text: str, *, ephemeral: bool) -> None:
    """The note, then the text, as follow-ups of the form's acknowledgement."""
    none = discord.AllowedMentions.none()
    for content in (note, *text_back(text)):
        await interaction.followup.send(content, ephemeral=ephemeral, allowed_mentions=none)
