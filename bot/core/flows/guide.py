"""Guidance that is not a prompt: resources for the phase and the common prep mistakes."""

from __future__ import annotations

from bot.core.context import Ctx, say
from bot.core.messages import Reply


async def cmd_tips(ctx: Ctx, args: list[str]) -> list[Reply]:
    ph = ctx.cur.phase(ctx.learner.phase or 1)
    lines = [f"*Phase {ph.number}: {ph.name}* — {ph.goal}", "*Resources for this phase*"]
    for r in ph.resources:
        lines.append(f"• {r.title}" + (f" <{r.url}>" if r.url else "") + f" — {r.note}")
    lines.append("*Common prep mistakes, and what fixes each*")
    for m in ctx.cur.program.mistakes:
        lines.append(f"• {m.mistake}. Why: {m.cause} Fix: {m.fix}")
    return [say("\n".join(lines))]
