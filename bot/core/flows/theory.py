"""Theory answers and their "one level deeper" follow-ups: graded against the key points.

Feedback leads with the verdict and the one thing to fix; the full list, what strong looks like and
the 30 s / 2 min / 5 min versions wait behind `more`."""

from __future__ import annotations

from bot.core.context import FEEDBACK_BUTTONS, Ctx, plural, say
from bot.core.curriculum import KeyPoint, TheoryPrompt
from bot.core.flows.phase_gates import check_gates
from bot.core.flows.record import record
from bot.core.grading import Grade, grade
from bot.core.messages import Reply


def _fix_first(g: Grade, kps: list[KeyPoint]) -> KeyPoint | None:
    """The missed point to work on first: a mechanism before a definition, in the prompt's order."""
    missed = [k for k in kps if k.id in g.missed]
    return next((k for k in missed if k.mechanism), missed[0] if missed else None)


def _point_lines(g: Grade, kps: list[KeyPoint]) -> list[str]:
    kp = {k.id: k for k in kps}
    lines = [f"✅ {kp[k].text}" for k in g.covered]
    for k in g.missed:
        lines.append(f"❌ {kp[k].text}")
        if kp[k].explanation:
            lines.append(f"    _What strong looks like:_ {kp[k].explanation}")
    return lines


async def answer(ctx: Ctx, p: TheoryPrompt, text: str) -> list[Reply]:
    g = grade(ctx.svc.matcher, p, text)
    a = await record(ctx, p, "theory", g)
    ctx.learner.points += 5 + round(10 * g.score)
    ctx.pending.stage = "followup_or_rate"
    ctx.pending.attempt_id = a.id
    n = len(p.key_points)
    lines = [f"*Feedback* — you covered {len(g.covered)} of {plural(n, 'key point')} ({g.score:.0%})."]
    fix = _fix_first(g, p.key_points)
    if fix is not None:
        lines.append(f"👉 *Fix first:* {fix.text}")
    if g.missed and g.detail.get("mechanism_covered", 0) == 0:
        lines.append("⚠️ This reads as a definition-level answer: an interviewer's next question will be *why*.")
    lines.append(f"🔎 *One level deeper:* {p.follow_up.question}")
    lines.append("_Answer the follow-up, or rate how you did: Again / Hard / Good / Easy. `more` shows every point._")
    ctx.conv.more = [
        f"*{p.id}* — every key point",
        *_point_lines(g, p.key_points),
        f"🧭 Anchor it: {p.anchor}",
        f"⏱ 30 s: {p.depths.s30}",
        f"⏱ 2 min: {p.depths.m2}",
        f"⏱ 5 min: {p.depths.m5}",
    ]
    feedback = say(
        "\n".join(lines),
        buttons=FEEDBACK_BUTTONS,
        kind="feedback",
        meta={"prompt_id": p.id, "score": f"{g.score:.2f}"},
    )
    return [feedback, *await check_gates(ctx)]


async def follow_up(ctx: Ctx, p: TheoryPrompt, text: str) -> list[Reply]:
    g = grade(ctx.svc.matcher, p, text, follow_up=True)
    await record(ctx, p, "follow_up", g)
    ctx.learner.points += 3 + round(7 * g.score)
    ctx.pending.stage = "rate"
    kps = p.follow_up.key_points
    verdict = (
        "That holds up one level deeper."
        if g.score >= 0.5
        else "The follow-up is where answers collapse in interviews; here's what it needed."
    )
    lines = [f"*Follow-up* — {len(g.covered)} of {plural(len(kps), 'point')} ({g.score:.0%}). {verdict}"]
    lines += _point_lines(g, kps)
    lines.append("_Now rate the whole answer: Again / Hard / Good / Easy._")
    return [say("\n".join(lines), buttons=FEEDBACK_BUTTONS, kind="feedback"), *await check_gates(ctx)]
