"""Run a coding drill's tests against a solution (the reference one in our suite, or the user's)."""

from __future__ import annotations

import math
import traceback
from dataclasses import dataclass
from typing import Any

from bot.core.curriculum import CodingPrompt


@dataclass(frozen=True)
class TestOutcome:
    name: str
    passed: bool
    edge: bool
    error: str = ""


def run_drill_tests(prompt: CodingPrompt, source: str | None = None) -> list[TestOutcome]:
    """Execute ``source`` (default: the reference solution) and then each test in a fresh copy of
    its namespace. Trusted content only: this is for our test suite and ``content validate``."""
    import numpy as np

    base: dict[str, Any] = {"np": np, "math": math, "__name__": f"drill_{prompt.id}"}
    try:
        exec(compile(source or prompt.solution, f"<{prompt.id}:solution>", "exec"), base)
    except Exception:
        err = traceback.format_exc(limit=2)
        return [TestOutcome(t.name, False, t.edge, f"solution failed to load: {err}") for t in prompt.tests]
    out = []
    for t in prompt.tests:
        ns = dict(base)
        try:
            exec(compile(t.code, f"<{prompt.id}:{t.name}>", "exec"), ns)
            out.append(TestOutcome(t.name, True, t.edge))
        except Exception as e:
            out.append(TestOutcome(t.name, False, t.edge, f"{type(e).__name__}: {e}"))
    return out
