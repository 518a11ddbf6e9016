"""Coding drills: the timed submission, the pass/fail report against the tests, hints."""

from __future__ import annotations

import re

from bot.core.context import MORE, RATING_BUTTONS, Ctx, oops, say
from bot.core.curriculum import CodingPrompt
from bot.core.flows.phase_gates import check_gates
from bot.core.flows.points import score_it
from bot.core.flows.record import record
from bot.core.messages import Button, Reply

PASSED = ("pass", "passed", "yes", "y", "all passed")
FAILED = ("fail", "failed", "no", "n")
PASS_FAIL = (Button("Pass", "pass"), Button("Fail", "fail"))


def submit(ctx: Ctx, p: CodingPrompt, text: str) -> list[Reply]:
    name = function_name(p)
    code = [line for line in text.splitlines() if line.strip()]
    if len(code) < 2 or not re.search(r"\b(def|class|lambda)\b", text):
        # a paste that arrived in pieces, or a stray line: not a submission, the solution stays hidden
        return [
            oops(
                "That looks incomplete — send the whole function"
                + (f" (from `def {name}(` to its last line)" if name else "")
                + " in one message. In the console, paste it between two lines of ``` ."
            )
        ]
    pend = ctx.pending
    minutes = (ctx.now - pend.sent).total_seconds() / 60
    in_time = minutes <= p.time_budget_min
    pend.stage = "report"
    pend.elapsed_min = round(minutes, 1)
    pend.in_time = in_time
    pend.code_lines = len(text.splitlines())
    tests = "\n".join(f"• {t.name}{' (edge case)' if t.edge else ''}\n```\n{t.code.rstrip()}\n```" for t in p.tests)
    verdict = "in time ✅" if in_time else "over budget ⏱"
    ctx.conv.more = [f"*Reference solution* (`{p.id}`)\n```\n{p.solution.rstrip()}\n```"]
    return [
        say(
            f"Submitted after {minutes:.0f} min (budget {p.time_budget_min}) — {verdict}.\n"
            f"*Check it against these tests*\n{tests}\n"
            "_Did your code pass all of them? Reply `pass` or `fail`. `more` shows the reference solution._",
            buttons=(*PASS_FAIL, MORE),
            kind="feedback",
        )
    ]


def function_name(p: CodingPrompt) -> str | None:
    m = re.match(r"\s*(?:async\s+)?def\s+([A-Za-z_]\w*)", p.signature)
    return m.group(1) if m else None


async def report(ctx: Ctx, p: CodingPrompt, text: str) -> list[Reply]:
    t = text.strip().lower()
    passed = (
        True
        if t in ("pass", "passed", "yes", "y", "all passed")
        else False
        if t in ("fail", "failed", "no", "n")
        else None
    )
    if passed is None:
        return [oops("Reply `pass` if your code passed every test above, or `fail` if any failed.")]
    pend = ctx.pending
    a = await record(ctx, p, "coding", None, passed=passed, in_time=bool(pend.in_time))
    a.detail = {"elapsed_min": pend.elapsed_min}
    await score_it(ctx, a, "coding", None, "", p, passed=passed, in_time=bool(pend.in_time))
    pend.stage = "rate"
    pend.attempt_id = a.id
    if passed:
        msg = "Passed" + (
            " and in time." if pend.in_time else ", though over the time budget: do it again in a few days, faster."
        )
    else:
        msg = "Failed tests are the point of practice: read the edge cases, then redo it tomorrow from a blank file."
    return [
        say(msg + "\n_How did it feel? Again / Hard / Good / Easy._", buttons=RATING_BUTTONS),
        *await check_gates(ctx),
    ]


async def cmd_hint(ctx: Ctx, args: list[str]) -> list[Reply]:
    pend = ctx.conv.pending
    p = ctx.cur.prompts.get(pend.prompt_id) if pend else None
    if not isinstance(p, CodingPrompt) or pend is None or pend.stage != "answer":
        return [say("Hints are for an open coding drill. `/coach practice gd-loop` starts one.")]
    if pend.hints >= len(p.hints):
        return [say("That was the last hint. Write what you have and send it.")]
    pend.hints += 1
    return [say(f"Hint {pend.hints}/{len(p.hints)}: {p.hints[pend.hints - 1]}")]
