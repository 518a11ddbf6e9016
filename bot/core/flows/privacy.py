"""Privacy on the boards: `/coach privacy hidden` keeps a learner off every public leaderboard (they
still see their own rank); `visible` puts them back."""

from __future__ import annotations

from bot.core.context import Ctx, say
from bot.core.messages import Reply


async def cmd_hidden(ctx: Ctx, args: list[str]) -> list[Reply]:
    ctx.learner.hidden = True
    return [say("You're hidden from leaderboards. You still see your own rank; `/coach privacy visible` undoes it.")]


async def cmd_visible(ctx: Ctx, args: list[str]) -> list[Reply]:
    ctx.learner.hidden = False
    return [say("You're visible on your groups' leaderboards again.")]
