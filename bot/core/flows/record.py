"""Recording graded work: the attempt row, and the streak it keeps alive."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

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
        detail=_detail(g),
        **kw,
    )
    a = await ctx.uow.add_attempt(a)
    (await ctx.attempts()).append(a)
    touch(ctx, L)
    return a


FREEZE_EVERY = 7  # a streak of this many days earns a freeze
MAX_FREEZES = 2


def _detail(g: Grade | None) -> dict[str, Any]:
    """What the grade said, kept with the attempt: per-point verdicts (an "I covered it" rescores
    from them) and whether every verdict was sure (only such attempts feed the calibration gap)."""
    if g is None:
        return {}
    return {**g.detail, "confident": g.confident, "points": [p.as_json() for p in g.points]}


def touch(ctx: Ctx, L: Learner) -> None:
    """Count today in the learner's streak, once per real day: a day is counted when the previous
    counted day is over in real time *and* the local date has moved on, so changing the timezone
    can neither add a day nor break a streak."""
    now = ctx.now
    today = local_today(L, now)
    if L.last_active_on is not None and today <= L.last_active_on:
        return
    ends = L.streak_day_ends_at
    if ends is not None and now < ends:
        return  # the counted day isn't over yet, whatever the calendar in the new zone says
    yesterday = today - timedelta(days=1)
    # the next local day, or (after a move east skipped a date) within a real day of the last one
    continues = L.last_active_on == yesterday or (ends is not None and now < ends + timedelta(days=1))
    missed = (today - L.last_active_on).days - 1 if L.last_active_on else 0
    conv = ctx.conv
    if not continues and L.streak and 0 < missed <= conv.freezes:
        conv.freezes -= missed  # a freeze covers a missed day; it is never counted as activity
        conv.freezes_used += missed
        continues = True
    L.streak = L.streak + 1 if continues else 1
    if L.streak % FREEZE_EVERY == 0:
        conv.freezes = min(MAX_FREEZES, conv.freezes + 1)
    L.best_streak = max(L.best_streak, L.streak)
    L.last_active_on = today
    L.streak_day_ends_at = _end_of_local_day(L, today)


def _end_of_local_day(L: Learner, day: date) -> datetime:
    tz = ZoneInfo(L.tz) if L.tz else UTC
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
