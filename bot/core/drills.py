"""Run a coding drill's tests against a solution in-process: the reference one, for our test suite and
``content validate``. A learner's code never runs here; it goes through a code runner (``bot/runner``),
which runs the same harness inside a sandbox."""

from __future__ import annotations

import math
from typing import Any

from bot.core.curriculum import CodingPrompt
from bot.core.harness import Case, Outcome, run_cases

TestOutcome = Outcome  # the name `content validate` and the tests know


def cases(prompt: CodingPrompt) -> list[Case]:
    return [Case(t.name, t.code, t.edge, t.hidden) for t in prompt.tests]


def run_drill_tests(prompt: CodingPrompt, source: str | None = None) -> list[Outcome]:
    """Execute ``source`` (default: the reference solution), then each test in a fresh copy of its
    namespace. Trusted content only."""
    import numpy as np

    base: dict[str, Any] = {"np": np, "math": math, "__name__": f"drill_{prompt.id}"}
    loaded, out = run_cases(source or prompt.solution, cases(prompt), base)
    if not loaded.ok:
        why = f"solution failed to load: {loaded.error}" + "".join(f"\n  {t}" for t in loaded.trace)
        return [Outcome(t.name, False, t.edge, t.hidden, why) for t in prompt.tests]
    return out
