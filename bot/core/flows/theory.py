"""Theory answers and their "one level deeper" follow-ups: graded against the key points."""

from __future__ import annotations

from bot.core.context import RATING_BUTTONS, Ctx, say
from bot.core.curriculum import TheoryPrompt
from bot.core.flows.phase_gates import check_gates
from bot.core.flows.record import record
from bot.core.grading import grade_key_points
from bot.core.messages import Reply


async def answer(ctx: Ctx, p: TheoryPrompt, text: str) -> list[Reply]:
    g = grade_key_points(ctx.svc.matcher, p.id, "theory", text, p.key_points)
    a = await record(ctx, p, "theory", g)
    ctx.learner.points += 5 + round(10 * g.score)
    ctx.pending.stage = "followup_or_rate"
    ctx.pending.attempt_id = a.id
    kp = {k.id: k for k in p.key_points}
    lines = [f"*Feedback* — you covered {len(g.covered)} of {len(p.key_points)} key points ({g.score:.0%})."]
    lines += [f"✅ {kp[k].text}" for k in g.covered]
    lines += [f"❌ {kp[k].text}" for k in g.missed]
    if g.missed and g.detail.get("mechanism_covered", 0) == 0:
        lines.append("⚠️ This reads as a definition-level answer: an interviewer's next question will be *why*.")
    lines.append(f"🧭 Anchor it: {p.anchor}")
    lines.append(f"🔎 *One level deeper:* {p.follow_up.question}")
    lines.append(f"⏱ 30 s: {p.depths.s30}\n⏱ 2 min: {p.depths.m2}\n⏱ 5 min: {p.depths.m5}")
    lines.append("_Answer the follow-up to go deeper, or rate how you did: Again / Hard / Good / Easy._")
    feedback = say(
        "\n".join(lines),
        buttons=RATING_BUTTONS,
        kind="feedback",
        meta={"prompt_id": p.id, "score": f"{g.score:.2f}"},
    )
    return [feedback, *await check_gates(ctx)]


async def follow_up(ctx: Ctx, p: TheoryPrompt, text: str) -> list[Reply]:
    g = grade_key_points(ctx.svc.matcher, p.id, "follow_up", text, p.follow_up.key_points)
    await record(ctx, p, "follow_up", g)
    ctx.learner.points += 3 + round(7 * g.score)
    ctx.pending.stage = "rate"
    kp = {k.id: k for k in p.follow_up.key_points}
    verdict = (
        "That holds up one level deeper."
        if g.score >= 0.5
        else "The follow-up is where answers collapse in interviews; here's what it needed."
    )
    lines = [f"*Follow-up* — {len(g.covered)} of {len(kp)} points ({g.score:.0%}). {verdict}"]
    lines += [f"✅ {kp[k].text}" for k in g.covered] + [f"❌ {kp[k].text}" for k in g.missed]
    lines.append("_Now rate the whole answer: Again / Hard / Good / Easy._")
    return [say("\n".join(lines), buttons=RATING_BUTTONS, kind="feedback"), *await check_gates(ctx)]
