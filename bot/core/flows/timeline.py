"""The learner's timeline: the plan from today to the interview, and when the next drills arrive."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.context import Ctx, day_label, fmt_local, interview_passed, local_today, plural, say
from bot.core.inputs import days_from_text
from bot.core.messages import Reply
from bot.core.model import PHASE_NAMES, Learner
from bot.core.plan import (
    Plan,
    PlanError,
    build_plan,
    local_instant,
    next_drip_at,
    next_drip_times,
    parse_hhmm,
    phase_order,
)
from bot.core.routing import start_phase, weakest_round

#: days before the interview when the final-week mock reminder comes (flows/drip.py sends it), at the
#: learner's drip time, also on a day their drills skip
MOCK_REMINDER_DAYS = (7, 3, 1)


def reschedule(L: Learner, now: datetime) -> None:
    """Set when the drip job next looks at this learner (UTC): their next drill at their local time of
    day, or, sooner, a mock reminder due at that time on a day without a drill (drip days mon-fri and
    the interview on a Monday: "your interview is tomorrow" comes on the Sunday)."""
    drill = next_drill_at(L, now)
    if drill is None:
        L.next_drip_at = None
        return
    L.next_drip_at = min([drill, *_mock_reminder_times(L, now)])


def next_drill_at(L: Learner, now: datetime) -> datetime | None:
    """The learner's next drill (UTC), on the days they chose, at their local time of day."""
    if not (L.tz and L.drip_time):
        return None
    t = parse_hhmm(L.drip_time)
    assert t is not None
    return next_drip_at(now, ZoneInfo(L.tz), t, days_from_text(L.drip_days))


def _mock_reminder_times(L: Learner, now: datetime) -> list[datetime]:
    if not (L.tz and L.drip_time and L.interview_date) or L.mock_booked_at or L.mock_done_at:
        return []
    t = parse_hhmm(L.drip_time)
    assert t is not None
    days = (L.interview_date - timedelta(days=n) for n in MOCK_REMINDER_DAYS)
    return [x for d in days if (x := local_instant(d, t, ZoneInfo(L.tz))) > now]


def interview_ahead(L: Learner, now: datetime) -> date | None:
    """The interview the plan works toward: none once its day has passed (no countdown below zero)."""
    if L.interview_date is None or L.interview_date < local_today(L, now):
        return None
    return L.interview_date


def phases_ahead(L: Learner, now: datetime) -> list[int]:
    """The learner's phase and the ones after it, in the order their plan takes them."""
    current = L.phase or 1
    start = _plan_start(L, now)
    ahead = interview_ahead(L, now)
    days = (ahead - start).days if ahead else None
    routed = len(L.routing_answers) == 4
    first = start_phase(L.routing_answers) if routed else current
    weakest = weakest_round(L.routing_answers) if routed else None
    order = phase_order(first, weakest, days)
    if current not in order:
        return phase_order(current, None, None)
    return order[order.index(current) :]


def align_phase(L: Learner, now: datetime) -> str | None:
    """With under two weeks to go the weakest round comes first: move the learner to it and say so."""
    start = _plan_start(L, now)
    ahead = interview_ahead(L, now)
    days = (ahead - start).days if ahead else None
    current = L.phase or 1
    weakest = weakest_round(L.routing_answers) if len(L.routing_answers) == 4 else None
    first = phase_order(current, weakest, days)[0]
    if first == current:
        return None
    L.phase = first
    L.phase_started_at = now
    return (
        f"With less than two weeks to go, your weakest round comes first: you're now in "
        f"Phase {first}: {PHASE_NAMES[first]}."
    )


def next_phase(L: Learner, now: datetime) -> int:
    ahead = phases_ahead(L, now)
    return ahead[1] if len(ahead) > 1 else min(4, (L.phase or 1) + 1)


def _plan_start(L: Learner, now: datetime) -> date:
    """Where the plan was drawn from; today once the interview it was drawn for has passed."""
    start = L.plan_start or local_today(L, now)
    if L.interview_date is not None and (L.interview_date < start or interview_ahead(L, now) is None):
        return local_today(L, now)
    return start


def plan_for(L: Learner, now: datetime) -> Plan:
    """The plan as drawn when the learner's current phase began (or their settings last changed)."""
    start = _plan_start(L, now)
    order = phases_ahead(L, now)
    weakest = weakest_round(L.routing_answers) if len(L.routing_answers) == 4 else order[0]
    try:
        return build_plan(start, order[0], interview_ahead(L, now), L.seniority, weakest, order=order)
    except PlanError:
        return build_plan(local_today(L, now), order[0], None, L.seniority, order[0])


def redraw(L: Learner, now: datetime) -> None:
    """Start the plan again from today (a new phase, a new date or level)."""
    L.plan_start = local_today(L, now)


def plan_text(L: Learner, plan: Plan, now: datetime, short: bool) -> str:
    today = local_today(L, now)
    current = L.phase or 1
    lines = [f"*Your plan* — now in Phase {current}: {PHASE_NAMES[current]}"]
    passed = L.interview_date is not None and L.interview_date < today
    if L.interview_date and not passed:
        lines[0] += f" · interview {L.interview_date.isoformat()} ({_until(L.interview_date, today)})"
    for w in plan.windows:
        mark = "▶" if w.phase == current else "•"
        label = f"Phase {w.phase}: {w.name}" if w.phase else w.name
        lines.append(f"{mark} {day_label(w.start)} – {day_label(w.end)} · {label} ({plural(w.days, 'day')})")
    behind = behind_plan(L, plan, today)
    if behind:
        lines.append(
            f"⚠️ By the plan you'd be in {behind} today. Move on with `/coach advance` when you're ready "
            "(the plan is redrawn from that day), or keep going here."
        )
    if plan.mock_week:
        a, b = plan.mock_week
        lines.append(
            f"★ Final week {day_label(a)} – {day_label(b)}: book and do a mock interview with a real ML interviewer."
        )
    if L.interview_date and passed:
        lines.append(interview_passed(L.interview_date, (today - L.interview_date).days))  # not "No date yet"
    else:
        lines.append(plan.note)
    if not short:
        if L.paused:
            lines.append("Daily drills are paused (`/coach resume`).")
        elif L.tz and L.drip_time:
            t = parse_hhmm(L.drip_time)
            assert t is not None
            times = next_drip_times(now, ZoneInfo(L.tz), t, 7, days_from_text(L.drip_days))
            on = "" if L.drip_days is None else f", {L.drip_days}"
            lines.append(f"Next 7 drills ({L.tz}{on}): " + ", ".join(fmt_local(L, x) for x in times))
    return "\n".join(lines)


def behind_plan(L: Learner, plan: Plan, today: date) -> str | None:
    """What the plan expected today, when the learner's current phase window is already over."""
    mine = next((w for w in plan.windows if w.phase == (L.phase or 1)), None)
    if mine is None or today <= mine.end:
        return None
    expected = next((w for w in plan.windows if w.start <= today <= w.end), None)
    if expected is None:
        return None
    return f"Phase {expected.phase}" if expected.phase else expected.name.lower()


def _until(day: date, today: date) -> str:
    n = (day - today).days
    return "today" if n == 0 else "tomorrow" if n == 1 else f"in {n} days"


async def cmd_plan(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    return [say(plan_text(L, plan_for(L, ctx.now), ctx.now, short=False))]
