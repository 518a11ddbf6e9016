"""Theory answers and their "one level deeper" follow-ups: graded against the key points.

Feedback leads with the verdict and the one thing to fix; a misconception the answer states comes
before even that ("Careful: …"). Where the grader is unsure a point is missing, it asks instead of
asserting, with an "I covered it" button. The full list, what strong looks like and the 30 s / 2 min /
5 min versions wait behind `more`."""

from __future__ import annotations

import re

from bot.core.context import FEEDBACK_BUTTONS, THEORY_FEEDBACK_BUTTONS, Ctx, plural, say
from bot.core.curriculum import KeyPoint, TheoryPrompt
from bot.core.flows.phase_gates import check_gates
from bot.core.flows.points import score_it
from bot.core.flows.record import record
from bot.core.grading import Grade
from bot.core.grading_llm import grade_judged
from bot.core.messages import Button, Reply
from bot.core.telemetry import grading
from bot.core.verdict import CONTRADICTED, CONTRADICTED_CAP, COVERED, MISSED, PARTLY

MAX_ASKS = 2  # questions about possibly-missed points in one feedback
MARK = {COVERED: "✅", PARTLY: "◐", MISSED: "❌", CONTRADICTED: "⛔"}


def short(text: str, limit: int = 90) -> str:
    """A key point's text cut to its first clause, for a question in one line."""
    first = re.split(r"(?<=[a-z0-9)])[:;—]\s|\.\s", text, maxsplit=1)[0].rstrip(".")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"


def _fix_first(g: Grade, kps: list[KeyPoint]) -> KeyPoint | None:
    """The point to work on first: one the grader is sure is missing (a mechanism before a
    definition, in the prompt's order), else one only partly made."""
    for verdict in (MISSED, PARTLY):
        sure = {p.id for p in g.points if p.verdict == verdict and (p.sure or verdict == PARTLY)}
        todo = [k for k in kps if k.id in sure]
        pick = next((k for k in todo if k.mechanism), todo[0] if todo else None)
        if pick is not None:
            return pick
    return None


def asked(g: Grade) -> list[str]:
    """The points to ask about: missed or partly, but not surely so; mechanisms first."""
    return [p.id for p in g.unsure if p.weight >= 1.0][:MAX_ASKS] or [p.id for p in g.unsure][:MAX_ASKS]


def ask_lines(g: Grade, kps: list[KeyPoint], ids: list[str]) -> tuple[list[str], tuple[Button, ...]]:
    kp = {k.id: k for k in kps}
    lines: list[str] = []
    buttons: list[Button] = []
    for n, pid in enumerate(ids, 1):
        lines.append(
            f"❓ I couldn't find where you explained “{short(kp[pid].text)}” — did I miss it? "
            f"If you covered it, reply `covered {n}`."
        )
        buttons.append(Button("I covered it" if len(ids) == 1 else f"I covered {n}", f"covered {n}"))
    return lines, tuple(buttons)


def _point_lines(g: Grade, kps: list[KeyPoint]) -> list[str]:
    kp = {k.id: k for k in kps}
    wrong = {c.key_point: c for c in g.corrections}
    lines: list[str] = []
    for p in g.points:
        k = kp[p.id]
        unsure = "" if p.sure or p.verdict in (COVERED, CONTRADICTED) else " _(not sure — did I miss it?)_"
        lines.append(f"{MARK[p.verdict]} {k.text}{unsure}")
        if p.verdict == CONTRADICTED and p.id in wrong:
            lines.append(f"    _You said:_ “{wrong[p.id].span}” — {wrong[p.id].text}")
        elif p.verdict != COVERED and k.explanation:
            lines.append(f"    _What strong looks like:_ {k.explanation}")
    return lines


def verdict_lines(g: Grade, kps: list[KeyPoint], title: str) -> list[str]:
    lines = [f"⚠️ *Careful:* {c.text}" for c in g.corrections[:1]]
    n = len(kps)
    parts = [f"you covered {len(g.covered)} of {plural(n, 'key point')}"]
    if g.partly:
        parts.append(f"{len(g.partly)} partly")
    if g.contradicted:
        parts.append(f"{len(g.contradicted)} stated the wrong way round")
    held = " — a wrong claim holds the answer under a pass" if g.contradicted and g.score <= CONTRADICTED_CAP else ""
    lines.append(f"*{title}* — {', '.join(parts)} ({g.score:.0%}{held}).")
    return lines


async def answer(ctx: Ctx, p: TheoryPrompt, text: str) -> list[Reply]:
    with grading(ctx.svc.telemetry, "theory"):
        g = await grade_judged(
            ctx.svc.matcher, ctx.svc.judge_for(ctx.learner), p, text, cache=ctx.uow.judgements, now=ctx.now, ask=False
        )
    a = await record(ctx, p, "theory", g)
    await score_it(ctx, a, "theory", g.score, text, p)
    ctx.pending.stage = "followup_or_rate"
    ctx.pending.attempt_id = a.id
    ask = asked(g)
    ctx.pending.asked = ask
    ctx.pending.answer_text = text
    lines = verdict_lines(g, p.key_points, "Feedback")
    fix = _fix_first(g, p.key_points)
    if fix is not None and fix.id not in ask:
        lines.append(f"👉 *Fix first:* {fix.text}")
    ask_text, ask_buttons = ask_lines(g, p.key_points, ask)
    lines += ask_text
    confident_misses = [pt for pt in g.points if pt.verdict == MISSED and pt.sure]
    if confident_misses and g.detail.get("mechanism_covered", 0) == 0 and not g.partly and not g.corrections:
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
        buttons=(*ask_buttons, *THEORY_FEEDBACK_BUTTONS),
        kind="feedback",
        meta={"prompt_id": p.id, "score": f"{g.score:.2f}"},
    )
    return [feedback, *await check_gates(ctx)]


async def follow_up(ctx: Ctx, p: TheoryPrompt, text: str) -> list[Reply]:
    with grading(ctx.svc.telemetry, "follow_up"):
        g = await grade_judged(
            ctx.svc.matcher,
            ctx.svc.judge_for(ctx.learner),
            p,
            text,
            follow_up=True,
            cache=ctx.uow.judgements,
            now=ctx.now,
            ask=False,
        )
    a = await record(ctx, p, "follow_up", g)
    await score_it(ctx, a, "follow_up", g.score, text, p)
    ctx.pending.stage = "rate"
    ctx.pending.follow_up_attempt_id = a.id
    kps = p.follow_up.key_points
    ask = asked(g)
    ctx.pending.asked = [f"fu:{k}" for k in ask]
    ctx.pending.follow_up_text = text
    verdict = (
        "That holds up one level deeper."
        if g.score >= 0.5
        else "The follow-up is where answers collapse in interviews; here's what it needed."
    )
    lines = verdict_lines(g, kps, "Follow-up")
    lines[-1] += f" {verdict}"
    ask_text, ask_buttons = ask_lines(g, kps, ask)
    lines += ask_text
    lines += _point_lines(g, kps)
    lines.append("_Now rate the whole answer: Again / Hard / Good / Easy._")
    return [
        say("\n".join(lines), buttons=(*ask_buttons, *FEEDBACK_BUTTONS), kind="feedback"),
        *await check_gates(ctx),
    ]


async def deeper(ctx: Ctx, p: TheoryPrompt) -> list[Reply]:
    """`deeper` (the "Go deeper" button): the follow-up question again, and an answer expected."""
    ctx.pending.stage = "followup"
    return [say(f"🔎 *One level deeper:* {p.follow_up.question}\n_Type your answer in one message._", kind="prompt")]
