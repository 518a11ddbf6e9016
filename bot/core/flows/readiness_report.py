"""`/readiness`: per-round readiness, days left, the calibration gap, exit criteria, the
ready-to-interview checklist and the chart."""

from __future__ import annotations

import asyncio
import logging

from bot.core.context import Ctx, days_left_phrase, interview_passed, local_today, say
from bot.core.flows import onboarding
from bot.core.flows.phase_gates import criteria_text, status_icon, status_note, statuses
from bot.core.flows.timeline import behind_plan, plan_for
from bot.core.messages import Reply, neutralize
from bot.core.model import PHASE_NAMES, Learner
from bot.core.readiness import GAP_WARN, MIN_RATED, RoundReadiness, calibration, round_scores

log = logging.getLogger(__name__)


def _calibration_note(gap: float, rated: int) -> str:
    """What the gap says when there is no warning: too early, underconfident, or in line."""
    if rated < MIN_RATED:
        return (
            f"Too early to call: the calibration check waits for {MIN_RATED} rated answers the grader was sure of "
            f"(you have {rated})."
        )
    if gap <= -GAP_WARN:
        return (
            "You rate yourself lower than your answers show: trust the evidence, and spend the time on the "
            "rounds that are actually behind."
        )
    return "Your self-ratings are in line with what your answers demonstrate. Keep them honest with a mock interview."


async def cmd_readiness(ctx: Ctx, args: list[str]) -> list[Reply]:
    L = ctx.learner
    if not L.onboarded:
        if ctx.conv.onboarding and ctx.msg.in_dm:
            return [say("No readiness yet: let's finish setting you up first."), *onboarding.question(ctx)]
        if ctx.conv.onboarding:
            return [say("No readiness yet: finish setting up in your DM with me first.")]
        return [say("No readiness yet: send `/coach start` first.")]
    attempts, stories = await ctx.attempts(), await ctx.stories()
    rounds = round_scores(L, attempts, stories)
    gap, warning = calibration(rounds)
    today = local_today(L, ctx.now)
    name = neutralize(L.display_name or L.ref.user_id, 60)
    lines = [f"*Readiness — {name}* · Phase {L.phase}: {PHASE_NAMES[L.phase or 1]}"]
    if L.interview_date and L.interview_date < today:
        lines.append(interview_passed(L.interview_date, (today - L.interview_date).days))
    elif L.interview_date == today:  # no plan left to be on or behind: "on track ✅" beside 0/100 misled
        lines.append(
            f"Interview {L.interview_date.isoformat()}: today. Skim your stories and your design checklist, "
            "then rest. Good luck!"
        )
    elif L.interview_date:
        days = (L.interview_date - today).days
        behind = behind_plan(L, plan_for(L, ctx.now), today)
        lines.append(
            f"Interview {L.interview_date.isoformat()}: {days_left_phrase(days)} · "
            + (f"behind plan ⚠️ (the plan has you in {behind} by now)" if behind else "on track ✅")
        )
    else:
        lines.append("No interview date set (`/coach settings interview=YYYY-MM-DD`).")
    for r in rounds:
        bar = "█" * (r.score // 10) + "░" * (10 - r.score // 10)
        cal = f" · self {r.self_claim:.0%} vs shown {r.shown:.0%}" if r.rated else " · not self-rated yet"
        lines.append(f"{r.title:<17} {bar} {r.score:>3}/100{cal}\n    _{r.evidence}_")
    if gap is not None:
        lines.append(f"*Calibration gap*: {gap:+.0%} (self-rating minus demonstrated; 0 is perfectly calibrated).")
    if warning:
        lines.append(f"⚠️ {warning}")
    elif gap is not None:
        lines.append(_calibration_note(gap, sum(r.rated for r in rounds)))
    lines.append(await criteria_text(ctx, L.phase or 1, ctx.cur.phase(L.phase or 1).exit_criteria))
    sts = await statuses(ctx, ctx.cur.program.ready_checklist)
    lines.append(f"*Ready-to-interview checklist* — {sum(s.met for s in sts)}/{len(sts)}")
    lines += [f"{status_icon(s)} {s.criterion.text}{status_note(s)}" for s in sts]
    alt = "; ".join(f"{r.title}: {r.score}/100" + (f" (self {r.self_claim:.0%})" if r.rated else "") for r in rounds)
    return [say("\n".join(lines), image=await _chart(ctx, rounds), alt_text=alt, kind="readiness")]


def chart_key(L: Learner) -> str:
    """How a learner's charts are named (``ChartRenderer.forget`` deletes them by it)."""
    return f"{L.ref.platform}-{L.id}"


async def _chart(ctx: Ctx, rounds: list[RoundReadiness]) -> str | None:
    """Drawn on a worker thread: matplotlib takes ~0.2 s (over 1 s the first time), which on the event
    loop would hold up every other request meanwhile, Slack's 3-second acks included."""
    charts = ctx.svc.charts
    if charts is None:
        return None
    L = ctx.learner
    try:
        return await asyncio.to_thread(
            charts.readiness_chart,
            chart_key(L),
            [
                {
                    "round": r.round,
                    "title": r.title,
                    "score": r.score,
                    "self": None if r.self_claim is None else round(100 * r.self_claim),
                    "shown": None if r.shown is None else round(100 * r.shown),
                }
                for r in rounds
            ],
            ctx.now,
        )
    except Exception:  # a chart is a nicety; the text is the answer
        log.exception("readiness chart failed")
        return None
