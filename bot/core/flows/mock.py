"""Mock interviews: the final week's most useful hour."""

from __future__ import annotations

from bot.core.context import Ctx, say
from bot.core.flows.phase_gates import check_gates
from bot.core.messages import Reply


async def cmd_mock(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    if args and args[0].lower() in ("cancel", "no", "undo"):
        L.mock_booked_at = None
        return [say("Noted: no mock booked. I'll keep reminding you in the final week.")]
    L.mock_booked_at = ctx.now
    L.points += 20
    return [
        say(
            "🎯 Mock interview noted — the single best use of your final week. Afterwards, compare "
            "its feedback with your `/readiness` self-ratings."
        ),
        *await check_gates(ctx),
    ]
