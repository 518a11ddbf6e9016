"""The learner's timeline: the plan from today to the interview, and when the next drills arrive."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.context import Ctx, day_label, days_phrase, fmt_local, local_today, plural, say
from bot.core.messages import Reply
from bot.core.model import PHASE_NAMES, Learner
from bot.core.plan import Plan, PlanError, build_plan, next_drip_at, next_drip_times, parse_hhmm
from bot.core.routing import start_phase, weakest_round


def reschedule(L: Learner, now: datetime) -> None:
    """Set the next drip instant (UTC) from the learner's local time of day."""
    if not (L.tz and L.drip_time):
        L.next_drip_at = None
        return
    t = parse_hhmm(L.drip_time)
    assert t is not None
    L.next_drip_at = next_drip_at(now, ZoneInfo(L.tz), t)


def plan_for(L: Learner, now: datetime) -> Plan:
    start = L.plan_start or local_today(L, now)
    interview = L.interview_date
    if interview is not None and interview < start:
        start = local_today(L, now)
    first = start_phase(L.routing_answers) if len(L.routing_answers) == 4 else (L.phase or 1)
    weakest = weakest_round(L.routing_answers) if len(L.routing_answers) == 4 else first
    try:
        return build_plan(start, first, interview, L.seniority, weakest)
    except PlanError:
        return build_plan(local_today(L, now), first, None, L.seniority, weakest)


def plan_text(L: Learner, plan: Plan, now: datetime, short: bool) -> str:
    today = local_today(L, now)
    lines = [f"*Your plan* — now in Phase {L.phase}: {PHASE_NAMES[L.phase or 1]}"]
    if L.interview_date:
        days = (L.interview_date - today).days
        lines[0] += f" · interview {L.interview_date.isoformat()} ({days_phrase(days)})"
    for w in plan.windows:
        mark = "▶" if w.start <= today <= w.end else "•"
        label = f"Phase {w.phase}: {w.name}" if w.phase else w.name
        lines.append(f"{mark} {day_label(w.start)} – {day_label(w.end)} · {label} ({plural(w.days, 'day')})")
    if plan.mock_week:
        a, b = plan.mock_week
        lines.append(
            f"★ Final week {day_label(a)} – {day_label(b)}: book and do a mock interview with a real ML interviewer."
        )
    lines.append(plan.note)
    if not short:
        if L.paused:
            lines.append("Daily drills are paused (`/coach resume`).")
        elif L.tz and L.drip_time:
            t = parse_hhmm(L.drip_time)
            assert t is not None
            times = next_drip_times(now, ZoneInfo(L.tz), t, 7)
            lines.append(f"Next 7 drills ({L.tz}): " + ", ".join(fmt_local(L, x) for x in times))
    return "\n".join(lines)


async def cmd_plan(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    return [say(plan_text(L, plan_for(L, ctx.now), ctx.now, short=False))]
