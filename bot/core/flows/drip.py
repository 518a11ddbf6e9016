"""The daily drip: what a due learner is sent at their local time, and the final-week mock reminder.
The ledger claim makes each at-most-once per local day, whichever process asks."""

from __future__ import annotations

from bot.core.context import Ctx, days_phrase, local_today, part_of_day, say
from bot.core.flows.timeline import reschedule
from bot.core.flows.today import next_prompt
from bot.core.messages import Button, Reply
from bot.core.model import PHASE_NAMES


async def drip(ctx: Ctx) -> list[Reply]:
    L = ctx.learner
    assert L.id is not None
    day = local_today(L, ctx.now)
    out: list[Reply] = []
    if await ctx.uow.claim(L.id, day, "drip", ctx.now):
        out.append(
            say(
                f"Good {part_of_day(L, ctx.now)}! Your PrepDrip for {day:%a %d %b} "
                f"(Phase {L.phase}: {PHASE_NAMES[L.phase or 1]}).",
                kind="drip",
            )
        )
        out += await next_prompt(ctx)
    if L.interview_date:
        days = (L.interview_date - day).days
        if (
            0 < days <= 7
            and not (L.mock_booked_at or L.mock_done_at)
            and await ctx.uow.claim(L.id, day, "mock", ctx.now)
        ):
            out.append(
                say(
                    f"⏰ Your interview is in {days_phrase(days)}. This is the week for a mock interview with "
                    "someone who has run real ML interviews — it's the fastest way to close the gap "
                    "between how ready you feel and how ready you are. Book one, then send `/coach mock booked`.",
                    kind="reminder",
                    buttons=(Button("I've booked it", "/coach mock booked"),),
                )
            )
    reschedule(L, ctx.now)
    return [addressed(r, ctx) for r in out]


def addressed(r: Reply, ctx: Ctx) -> Reply:
    """A reply the core pushes on its own: to the learner's DM."""
    return Reply(
        text=r.text,
        buttons=r.buttons,
        image=r.image,
        to=ctx.learner.ref,
        dm=True,
        kind=r.kind,
        alt_text=r.alt_text,
        meta=r.meta,
    )
