"""Recording graded work: the attempt row, and the streak it keeps alive."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.core.context import AnyPrompt, Ctx, local_today
from bot.core.grading import Grade
from bot.core.model import Attempt, Learner


async def record(ctx: Ctx, p: AnyPrompt, kind: str, g: Grade | None, **kw: Any) -> Attempt:
    L = ctx.learner
    assert L.id is not None
    a = Attempt(
        learner_id=L.id,
        prompt_id=p.id,
        kind=kind,
        round=p.kind.value,
        topic=p.topic,
        started_at=ctx.pending.sent,
        submitted_at=ctx.now,
        score=g.score if g else None,
        covered=g.covered if g else [],
        missed=g.missed if g else [],
        words=g.words if g else 0,
        detail=g.detail if g else {},
        **kw,
    )
    a = await ctx.uow.add_attempt(a)
    (await ctx.attempts()).append(a)
    touch(ctx, L)
    return a


def touch(ctx: Ctx, L: Learner) -> None:
    """Count today (the learner's local day) in their streak."""
    today = local_today(L, ctx.now)
    if L.last_active_on == today:
        return
    if L.last_active_on == today - timedelta(days=1):
        L.streak += 1
    else:
        L.streak = 1
    L.best_streak = max(L.best_streak, L.streak)
    L.last_active_on = today
