"""Mock interviews: the final week's most useful hour. Booking one is a plan; doing one is evidence,
self-reported (and shown as such) until a peer confirms it."""

from __future__ import annotations

from bot.core.context import Ctx, say
from bot.core.flows.phase_gates import check_gates
from bot.core.flows.points import award
from bot.core.messages import Reply

#: the reasons a mock's points are recorded under: reported done, or confirmed by a peer-mock partner
MOCK_REASONS = ("mock done", "mock done (peer-confirmed)")


async def cmd_booked(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    if L.mock_done_at:
        return [say("You've already done a mock — that's what counts. Another one is never wasted, though.")]
    L.mock_booked_at = ctx.now  # a plan: no points
    return [
        say(
            "📅 Mock interview booked — the single best use of your final week. I'll stop the booking "
            "reminders. When you've done it, send `/coach mock done` and compare its feedback with your "
            "`/readiness` self-ratings."
        ),
        *await check_gates(ctx),
    ]


async def cmd_done(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    first = L.mock_done_at is None
    L.mock_done_at = ctx.now
    L.mock_booked_at = L.mock_booked_at or ctx.now
    if first:
        await award(ctx, "mock_done", None)
    return [
        say(
            "🎯 Mock interview done — noted as self-reported evidence. Write down the interviewer's two "
            "sharpest comments now, then check `/readiness`: where your self-ratings and their feedback "
            "disagree is your last week's work."
        ),
        *await check_gates(ctx),
    ]


async def cmd_cancel(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    L.mock_booked_at = None
    if L.mock_done_at:
        L.mock_done_at = None
        # the mock's points go with it, so `done`, `cancel`, `done` again earns one mock, not three
        assert L.id is not None
        taken = await ctx.uow.groups.take_back(L.id, MOCK_REASONS)
        L.points = max(0, L.points - taken)
        back = f" Its {taken} points are taken back too." if taken else ""
        return [say(f"Noted: no mock done after all.{back} I'll keep reminding you in the final week.")]
    return [say("Noted: no mock booked. I'll keep reminding you in the final week.")]
