"""Looking at a learner without a turn of the conversation: what a command would show, which prompt
is open. For a page the learner opened rather than a message they sent (Slack's App Home, an answer
form), which must not answer a question the conversation is waiting on (a delete-my-data
confirmation), count as hearing from them, or use up a notice meant for their next message."""

from __future__ import annotations

from datetime import datetime

from bot.core.clock import ensure_utc
from bot.core.context import Ctx
from bot.core.engine import Coach
from bot.core.messages import Inbound, LearnerRef, Reply
from bot.core.router import run_command
from bot.core.state import Conversation


async def show(coach: Coach, msg: Inbound, now: datetime) -> list[Reply]:
    """What a command (``msg.text``, such as ``/coach plan``) would answer, with nothing saved; empty for
    a newcomer."""
    async with coach.uow() as uow:  # never committed: whatever the command touched is rolled back
        learner = await uow.get_learner(msg.who)
        if learner is None:
            return []
        ctx = Ctx(uow, learner, ensure_utc(now), msg, coach.svc, Conversation.load(learner.state))
        return await run_command(ctx, msg.text)


async def open_prompt(coach: Coach, who: LearnerRef) -> str | None:
    """The id of the prompt this learner's next answer would be graded against, if any: an answer form
    opened from one prompt checks it is still the open one."""
    async with coach.uow() as uow:
        learner = await uow.get_learner(who)
    pending = Conversation.load(learner.state).pending if learner is not None else None
    return pending.prompt_id if pending is not None else None
