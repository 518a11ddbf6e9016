"""Awarding points for a piece of work (rules in ``bot/core/scoring.py``): recorded as an event, so a
group's weekly board is a sum over the week, and added to the learner's all-time total."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from bot.core.context import AnyPrompt, Ctx, local_today
from bot.core.model import Attempt
from bot.core.scoring import is_copy, raw_points, taper


async def award(
    ctx: Ctx, kind: str, score: float | None, text: str = "", prompt: AnyPrompt | None = None, **facts: object
) -> int:
    """Points for this piece of work after the copy, repeat and daily-taper rules (shown to learners
    by `/coach group show`)."""
    L = ctx.learner
    assert L.id is not None
    points, reason = raw_points(kind, score, **facts)
    attempts = await ctx.attempts()
    today = local_today(L, ctx.now)
    done_today = [a for a in attempts if _local_day(ctx, a) == today and a.detail.get("awarded")]
    if points and prompt is not None:
        earlier = [a.detail.get("answer_text", "") for a in attempts if a.detail.get("answer_text")]
        if text and is_copy(text, [*earlier, prompt.question]):
            points, reason = 0, "copied"
        elif any(a.prompt_id == prompt.id and a.kind == kind for a in done_today):
            points, reason = 0, "same prompt again today"  # a drill (no text) too: passed twice is once
    points = taper(points, len(done_today)) if points else 0
    if points:
        L.points += points
        await ctx.uow.groups.add_points(L.id, ctx.now, points, reason)
    return points


def mark(attempt: Attempt, points: int, text: str) -> None:
    """Keep what the taper and copy rules need on the attempt itself."""
    attempt.detail = {**attempt.detail, "awarded": points, "answer_text": text[:4000]}


def _local_day(ctx: Ctx, a: Attempt) -> date:
    tz = ctx.learner.tz
    return a.submitted_at.astimezone(ZoneInfo(tz)).date() if tz else a.submitted_at.date()


async def score_it(
    ctx: Ctx, attempt: Attempt, kind: str, score: float | None, text: str, prompt: AnyPrompt, **facts: object
) -> int:
    """Award, and keep the points and the answer's text on the attempt."""
    points = await award(ctx, kind, score, text, prompt, **facts)
    mark(attempt, points, text)
    await ctx.uow.update_attempt(attempt)
    return points
