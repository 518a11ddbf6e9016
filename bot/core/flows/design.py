"""ML system design answers: collected over several messages, graded on `/coach done` against the six
steps and the after-run check-list."""

from __future__ import annotations

from bot.core.context import FEEDBACK_BUTTONS, Ctx, oops, say
from bot.core.curriculum import SystemDesignPrompt
from bot.core.flows.phase_gates import check_gates
from bot.core.flows.points import score_it
from bot.core.flows.record import record
from bot.core.grading import CHECKLIST_TITLES, STEP_TITLES, grade_design
from bot.core.messages import Button, Reply
from bot.core.telemetry import grading

MAX_DESIGN_WORDS = 6_000


def collect(ctx: Ctx, text: str) -> list[Reply]:
    if not text:
        return [oops("That was empty. Keep going, or send `/coach done` to finish.")]
    buf = ctx.pending.buffer
    words = sum(len(b.split()) for b in buf) + len(text.split())
    if words > MAX_DESIGN_WORDS:
        return [
            oops(
                f"That would take this answer past {MAX_DESIGN_WORDS:,} words, so I didn't add it. "
                "Send `/coach done` to get feedback on what you have."
            )
        ]
    buf.append(text)
    return [
        say(
            f"Noted ({words} words so far). Keep going, or send `/coach done` for feedback.",
            buttons=(Button("Done", "/coach done"),),
        )
    ]


async def cmd_done(ctx: Ctx, args: list[str]) -> list[Reply]:
    pend = ctx.conv.pending
    if not pend or pend.stage != "collect":
        return [
            say(
                "There's no system design answer open. `/coach practice fraud-detection` (or any "
                "design topic) starts one."
            )
        ]
    p = ctx.cur.prompts[pend.prompt_id]
    assert isinstance(p, SystemDesignPrompt)
    text = "\n".join(pend.buffer)
    if not text.strip():
        return [
            oops(
                "You haven't written anything for this design yet. Send your answer (in as many "
                "messages as you like), then `/coach done`."
            )
        ]
    with grading(ctx.svc.telemetry, "system_design"):
        g = grade_design(ctx.svc.matcher, p, text)
    a = await record(ctx, p, "system_design", g)
    await score_it(ctx, a, "system_design", g.score, text, p, checklist=len(g.detail["checklist"]))
    pend.stage = "rate"
    pend.attempt_id = a.id
    pend.buffer = []
    steps, checks, thin = g.detail["steps"], g.detail["checklist"], g.detail.get("thin", [])
    lines = [f"*Design feedback* — {len(steps)}/6 steps, {len(checks)}/6 check-list items ({g.score:.0%})."]
    missing = [s for s in STEP_TITLES if s not in steps]
    if missing:
        first = missing[0]
        passing = " You touched it in passing; say what you'd decide and why." if first in thin else ""
        lines.append(f"👉 *Fix first — {STEP_TITLES[first]}:*{passing} {p.steps[first].strong}")
    else:
        gaps = [CHECKLIST_TITLES[c] for c in CHECKLIST_TITLES if c not in checks]
        if gaps:
            lines.append(f"👉 *Fix first:* {gaps[0]}.")
    named = g.detail.get("named_only", [])
    if named:
        lines.append(
            f"⚠️ You named {len(named)} items in a few words each: a step counts when you make its decisions "
            "for *this* problem (numbers, trade-offs, what you'd choose and why), not when its keyword appears."
        )
    mark = {s: "✅" if s in steps else "➖" if s in thin else "❌" for s in STEP_TITLES}
    lines.append("Steps: " + " · ".join(f"{mark[s]} {STEP_TITLES[s]}" for s in STEP_TITLES))
    lines.append(
        "Check-list: " + " · ".join(f"{'✅' if c in checks else '❌'} {CHECKLIST_TITLES[c]}" for c in CHECKLIST_TITLES)
    )
    lines.append("_Rate how it went: Again / Hard / Good / Easy. `more` shows what strong looks like._")
    ctx.conv.more = [
        f"*{p.id}* — what strong looks like",
        *(f"{mark[s]} *{STEP_TITLES[s]}*: {p.steps[s].strong}" for s in STEP_TITLES),
        "Clarifying questions a strong candidate asks first: " + " · ".join(p.clarifying_questions),
    ]
    return [say("\n".join(lines), buttons=FEEDBACK_BUTTONS, kind="feedback"), *await check_gates(ctx)]
