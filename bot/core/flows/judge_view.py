"""The judge's report in words: which tests passed, the first failing case with its input and the
expected and actual values (a hidden test only by name), errors with the lines of the learner's
code they came from, what it printed, how long it ran.

Everything that came out of the sandbox is the learner's to shape (error text, values, printed
output), so it is shown inside code blocks and neutralized: no mentions, no breaking out of a block.
"""

from __future__ import annotations

import re

from bot.core.curriculum import CodingPrompt
from bot.core.harness import Outcome
from bot.core.judging import Limits, RunReport
from bot.core.messages import neutralize

OUTPUT_LINES = 12
OUTPUT_CHARS = 600


def render_report(p: CodingPrompt, r: RunReport, limits: Limits) -> str:
    if r.verdict == "unavailable":
        return r.note
    if r.verdict == "load":
        return "\n".join(
            [f"❌ {r.note}", _block([r.load_error, *(f"line of yours → {t}" for t in r.load_trace)]), *_printed(r)]
        )
    ran = {c.name for c in r.cases}
    passed = sum(1 for c in r.cases if c.passed)
    head = f"*Tests: {passed} of {r.total} passed* · ran in {_secs(r.seconds)} ({r.runner})"
    lines = [head]
    for i, t in enumerate(p.tests):
        c = r.cases[i] if i < len(r.cases) else None
        label = ("hidden test: " if t.hidden else "") + t.name + (" (edge case)" if t.edge else "")
        if c is None:
            stopped = r.stopped_in == t.name
            lines.append(f"{'⛔' if stopped else '⬜'} {label}" + (" — stopped here" if stopped else " — not run"))
        else:
            lines.append(f"{'✅' if c.passed else '❌'} {label}")
    if r.note:
        lines.append(r.note)
    failing = [c for c in r.cases if not c.passed]
    shown = next((c for c in failing if not c.hidden), None)
    if shown is not None:
        lines += _failure(p, shown, limits)
    elif failing:
        lines.append("_The failing tests are hidden: their inputs stay secret, as in a real screen. Think edge cases._")
    if r.stopped_in and r.stopped_in not in ran:
        stuck = next((t for t in p.tests if t.name == r.stopped_in), None)
        if stuck is not None and not stuck.hidden and shown is None:
            lines += [f"*The test it was running: {stuck.name}*", _block([stuck.code.rstrip()])]
    return "\n".join(lines + _printed(r))


def _failure(p: CodingPrompt, c: Outcome, limits: Limits) -> list[str]:
    test = next((t for t in p.tests if t.name == c.name), None)
    out = [f"*First failure: {c.name}*"]
    if test is not None:
        out.append(_block([test.code.rstrip()]))
    error = c.error
    if error.startswith("MemoryError"):
        error = f"MemoryError: your code ran out of memory (the limit is {limits.memory_mb} MB)"
    detail = [*c.checks]
    if error and error != "AssertionError":
        detail.insert(0, error)
    name = re.match(r"\s*def\s+(\w+)", p.signature)
    if name and error == f"NameError: name '{name.group(1)}' is not defined":
        detail.append(f"Your code must define {name.group(1)}, with the signature the drill gives.")
    elif not detail:
        detail.append("AssertionError (the assert above was false)")
    detail += [f"your code, {t}" for t in c.trace]
    out.append(_block(detail))
    return out


def _printed(r: RunReport) -> list[str]:
    text = r.output.strip("\n")
    if not text:
        return []
    lines = text.splitlines()
    cut = "\n".join(lines[:OUTPUT_LINES])[:OUTPUT_CHARS]
    more = " (cut)" if cut != text else ""
    return [f"_Your code printed{more}:_", _block([cut])]


def _block(lines: list[str]) -> str:
    body = "\n".join(neutralize(x.replace("```", "'''"), 2000) for x in lines if x)
    return f"```\n{body}\n```"


def _secs(s: float) -> str:
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.1f} s"
