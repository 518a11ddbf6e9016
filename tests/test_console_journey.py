"""What a learner tripped over walking the whole journey in the console (QA pass, qa-console), one
test per finding; each failed before its fix."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.conftest import START, onboard, texts

# ---- the countdown to the interview reads as English ---------------------------------------------


@pytest.mark.parametrize("days, said", [(0, "today ·"), (1, "tomorrow ·"), (9, "9 days left ·")])
async def test_readiness_countdown_reads_right_on_the_last_days(console, days: int, said: str) -> None:
    interview = (START + timedelta(days=days)).date().isoformat()
    await onboard(console, "yynn", interview=interview)
    ready = texts(await console.say("/readiness"))
    assert f"Interview {interview}: {said}" in ready
    assert not re.search(r"(today|tomorrow) left", ready)


# ---- an interview today: the plan marks the phase the learner was just put in --------------------


@pytest.mark.parametrize("answers", ["ynnn", "nnnn", "yyyy"])
async def test_plan_for_an_interview_today_marks_the_phase_you_are_in(console, answers: str) -> None:
    r = texts(await onboard(console, answers, interview=START.date().isoformat()))
    header = re.search(r"now in (Phase \d)", r)
    assert header, r
    marked = [line for line in r.splitlines() if line.startswith("▶")]
    assert len(marked) == 1 and header.group(1) in marked[0], r  # not "now in Phase 2" over a Phase 4 row
    assert "Your interview is today" in r
