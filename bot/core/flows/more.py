"""`more`: the rest of the last feedback (every key point, what strong looks like, the 30 s / 2 min /
5 min versions, the reference solution), kept out of the verdict so the verdict stays short."""

from __future__ import annotations

from bot.core.context import Ctx, say
from bot.core.curriculum import CodingPrompt
from bot.core.flows import drill
from bot.core.messages import Reply

WORDS = ("more", "show more", "details")


async def cmd_more(ctx: Ctx, args: list[str]) -> list[Reply]:
    pend = ctx.conv.pending
    if pend is not None and pend.stage == "fix":  # a drill whose run failed: the solution, so giving up
        p = ctx.cur.prompts.get(pend.prompt_id)
        if isinstance(p, CodingPrompt):
            return await drill.give_up(ctx, p)
    if not ctx.conv.more:
        return [say("Nothing more to show yet: `more` follows the feedback on an answer.")]
    return [say("\n".join(ctx.conv.more), kind="feedback")]
