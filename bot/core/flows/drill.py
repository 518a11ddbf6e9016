"""Coding drills: the timed submission, judged by running it against the drill's tests.

With a code runner (``ctx.svc.runner``) a drill is passed only by code that passes every test. A
submission moves the drill to ``running`` and leaves a ``RunJob`` on the context; the coach commits,
runs the code with no transaction open, and hands the report to ``judged`` in a second unit of work.
A failed run goes to ``fix``: send the whole function again, ask for a hint, or give up. The drill's
time is the time from the prompt to the first passing submission. The reference solution is shown
after passing or giving up, or on request (``more``, which gives up).

Without a runner (no sandbox on this machine and no remote runner configured) drills are
self-checked as before: the tests are shown and the learner replies pass or fail, recorded as
self-reported.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.core.context import MORE, RATING_BUTTONS, Ctx, oops, say
from bot.core.curriculum import CodingPrompt
from bot.core.flows.judge_view import render_report
from bot.core.flows.phase_gates import check_gates
from bot.core.flows.points import score_it
from bot.core.flows.record import record
from bot.core.judging import RunJob, RunReport
from bot.core.messages import Button, Reply
from bot.core.submission import code_of

PASSED = ("pass", "passed", "yes", "y", "all passed")
FAILED = ("fail", "failed", "no", "n")
GIVE_UP = ("give up", "giveup", "i give up", "solution", "show solution")
PASS_FAIL = (Button("Pass", "pass"), Button("Fail", "fail"))
FIX_BUTTONS = (Button("Hint", "/coach hint"), Button("Give up", "give up"))
#: a run not judged after this long was lost (a restart mid-run): the learner may send the code again
RUN_LOST_AFTER = timedelta(minutes=3)


def submit(ctx: Ctx, p: CodingPrompt, text: str) -> list[Reply]:
    name = function_name(p)
    text = code_of(text)
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
    pend.elapsed_min = round(minutes, 1)
    pend.in_time = minutes <= p.time_budget_min
    pend.code_lines = len(text.splitlines())
    runner = ctx.svc.runner
    if runner is None:
        return _self_check(ctx, p, minutes)
    pend.stage = "running"
    pend.runs += 1
    pend.run_started_at = ctx.now.isoformat()
    ctx.run = RunJob(p.id, text, pend.runs)
    ahead = runner.waiting()
    queue = f" ({ahead} {'run' if ahead == 1 else 'runs'} ahead of you)" if ahead else ""
    return [say(f"⏳ Running your tests{queue}…", kind="message")]


async def judged(ctx: Ctx, job: RunJob, report: RunReport) -> list[Reply]:
    """The run's report, back on the drill it belongs to; nothing if the learner has moved on."""
    pend = ctx.conv.pending
    if pend is None or pend.prompt_id != job.prompt_id or pend.stage != "running" or pend.runs != job.run:
        return []
    p = ctx.cur.prompts.get(job.prompt_id)
    if not isinstance(p, CodingPrompt) or ctx.svc.runner is None:
        return []
    view = render_report(p, report, ctx.svc.runner.limits)
    minutes = pend.elapsed_min or 0.0
    budget = f"{minutes:.0f} min (budget {p.time_budget_min})"
    if not report.counts:
        pend.stage = "fix"
        pend.runs -= 1  # it never ran: not an attempt
        return [say(view + "\n_Nothing was counted. Send your code again in a moment._", kind="error")]
    if not report.passed:
        pend.stage = "fix"
        return [
            say(
                f"{view}\n_Submission {pend.runs}, {budget} so far. Fix it and send the whole function again; "
                "`/coach hint` for a hint, `give up` (or `more`) for the reference solution._",
                buttons=FIX_BUTTONS,
                kind="feedback",
            )
        ]
    in_time = bool(pend.in_time)
    a = await record(ctx, p, "coding", None, passed=True, in_time=in_time)
    # the passing code is kept with the attempt: `/coach history` and `/coach export` show it
    a.detail = {"elapsed_min": minutes, "runs": pend.runs, "checked": report.runner or "run", "code": job.code[:8000]}
    await score_it(ctx, a, "coding", None, "", p, passed=True, in_time=in_time)
    pend.stage = "rate"
    pend.attempt_id = a.id
    ctx.conv.more = [_solution(p)]
    tries = "on the first try" if pend.runs == 1 else f"on submission {pend.runs}"
    verdict = (
        f"✅ Passed in {budget}, {tries} — in time."
        if in_time
        else f"✅ Passed in {budget}, {tries}; over the time budget: do it again in a few days, faster."
    )
    return [
        say(
            f"{view}\n{verdict}\n_`more` shows the reference solution. How did it feel? Again / Hard / Good / Easy._",
            buttons=(*RATING_BUTTONS, MORE),
            kind="feedback",
        ),
        *await check_gates(ctx),
    ]


async def give_up(ctx: Ctx, p: CodingPrompt) -> list[Reply]:
    """The reference solution now; the drill is recorded as not passed, to be redone another day."""
    pend = ctx.pending
    a = await record(ctx, p, "coding", None, passed=False, in_time=False)
    a.detail = {"elapsed_min": pend.elapsed_min, "runs": pend.runs, "gave_up": True}
    await ctx.uow.update_attempt(a)  # giving up earns nothing (scoring: a drill earns when it passes)
    pend.stage = "rate"
    pend.attempt_id = a.id
    ctx.conv.more = []
    return [
        say(
            f"{_solution(p)}\n_Read it, then redo the drill from a blank file in a day or two: that is what makes it "
            "stick. How did it feel? Again / Hard / Good / Easy._",
            buttons=RATING_BUTTONS,
            kind="feedback",
        )
    ]


def still_running(ctx: Ctx) -> list[Reply] | None:
    """A message while the learner's run is in flight: one run at a time. None when the run was lost
    (the bot restarted mid-run), so the message is taken as a fresh submission."""
    pend = ctx.pending
    started = datetime.fromisoformat(pend.run_started_at) if pend.run_started_at else None
    if started is not None and ctx.now - started < RUN_LOST_AFTER:
        return [say("⏳ Still running your last submission (one run at a time); its results come next.")]
    pend.stage = "fix"
    return None


def _solution(p: CodingPrompt) -> str:
    return f"*Reference solution* (`{p.id}`)\n```\n{p.solution.rstrip()}\n```"


def _self_check(ctx: Ctx, p: CodingPrompt, minutes: float) -> list[Reply]:
    pend = ctx.pending
    pend.stage = "report"
    tests = "\n".join(f"• {t.name}{' (edge case)' if t.edge else ''}\n```\n{t.code.rstrip()}\n```" for t in p.tests)
    verdict = "in time ✅" if pend.in_time else "over budget ⏱"
    ctx.conv.more = [_solution(p)]
    return [
        say(
            f"Submitted after {minutes:.0f} min (budget {p.time_budget_min}) — {verdict}.\n"
            "_I can't run code here, so this drill is self-checked (and counts as self-reported)._\n"
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
    """The self-check's answer, where no runner exists."""
    t = text.strip().lower()
    passed = True if t in PASSED else False if t in FAILED else None
    if passed is None:
        return [oops("Reply `pass` if your code passed every test above, or `fail` if any failed.")]
    pend = ctx.pending
    a = await record(ctx, p, "coding", None, passed=passed, in_time=bool(pend.in_time))
    a.detail = {"elapsed_min": pend.elapsed_min, "checked": "self"}
    await score_it(ctx, a, "coding", None, "", p, passed=passed, in_time=bool(pend.in_time))
    pend.stage = "rate"
    pend.attempt_id = a.id
    if passed:
        msg = "Passed (self-reported)" + (
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
    if not isinstance(p, CodingPrompt) or pend is None or pend.stage not in ("answer", "fix", "running"):
        return [say("Hints are for an open coding drill. `/coach practice gd-loop` starts one.")]
    if pend.hints >= len(p.hints):
        return [say("That was the last hint. Write what you have and send it.")]
    pend.hints += 1
    return [say(f"Hint {pend.hints}/{len(p.hints)}: {p.hints[pend.hints - 1]}")]
