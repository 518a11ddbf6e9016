"""Golden console transcripts: the whole conversation as a user sees it, byte for byte.

They pin behaviour across refactors: a change to what the coach says shows up as a diff here, and is
made on purpose by regenerating the file (``PREPDRIP_REGOLD=1 pytest tests/test_golden.py``) and
reading the diff before committing it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleAdapter, render
from bot.core.clock import FakeClock
from bot.core.engine import Coach
from tests.solutions import KFOLD_RIGHT, KFOLD_WRONG

GOLDEN = Path(__file__).parent / "golden"

README_SCRIPT = [
    "/coach start",
    "yes",
    "yes",
    "no",
    "no",
    "2027-06-30",
    "Europe/Berlin",
    "08:30",
    "senior",
    "/coach plan",
    "/readiness",
]

FOUR_ROUNDS_SCRIPT = [
    "/coach start",
    "yes",
    "no",
    "no",
    "no",
    "none",
    "UTC",
    "09:00",
    "staff",
    "/coach practice th-bv-01",
    "good",
    "Bias is systematic error from a model too simple for the data: it misses the same way whatever sample "
    "you train on. Variance is sensitivity to the particular training sample: retrain on a fresh sample and "
    "a flexible model changes a lot. More capacity lowers bias and raises variance; more data and "
    "regularization reduce variance but not bias.",
    "more",
    "More data lowers variance because the noise averages out, but a too-simple model keeps its bias.",
    "good",
    "/coach practice sd-fraud-01",
    "Requirements: approve, review or decline inside the payment call, 100 ms p99 budget. Objective: "
    "P(fraud), cost-based thresholds, PR-AUC and dollar-weighted recall; baseline is the rules engine.",
    "Data: chargebacks arrive 30-90 days later, so train on matured orders. Model: gradient boosted trees. "
    "Serving: log features at decision time to avoid training-serving skew. Monitoring: alert on feature "
    "drift and on precision falling (concept drift); roll back to the previous model if it degrades.",
    "/coach done",
    "hard",
    "/coach practice bh-fail-01",
    "Last year I owned the ranking model for our sellers widget. One morning I saw CTR drop 20% overnight. "
    "I was on call, so I decided to roll back to the previous version within two hours, then I found an "
    "upstream column rename that filled nulls with zero. I fixed the pipeline, added null-rate checks, "
    "and CTR recovered to within 2% of baseline in three hours.",
    "easy",
    "/coach practice cd-kfold-01",
    "/coach hint",
    "def kfold_indices(n, k, shuffle=False, seed=0):",
    KFOLD_WRONG,
    "pass",
    KFOLD_RIGHT,
    "more",
    "good",
    "/coach stories",
    "/coach check",
    "/readiness",
    "/leaderboard",
    "/coach group join",
    "/leaderboard",
    "/coach mock",
    "/coach mock booked",
    "/coach mock done",
    "/coach today",
    "/coach skip",
]


def _normalise(text: str, tmp: Path) -> str:
    text = text.replace(str(tmp), "<tmp>")
    text = re.sub(r"ran in [\d.]+ m?s \((sandbox|local run)\)", "ran in <time> (<runner>)", text)
    return re.sub(r"Chart: \S+", "Chart: <png>", text)


async def _transcript(coach: Coach, clock: FakeClock, script: list[str], tmp: Path) -> str:
    console = ConsoleAdapter(coach, clock, user="ada", group="ml-study")
    out: list[str] = []
    for line in script:
        out.append(f">>> {line}")
        for r in await console.say(line):
            out.append(render(r))
        clock.advance(minutes=3)
    return _normalise("\n".join(out) + "\n", tmp)


@pytest.mark.parametrize("name, script", [("readme", README_SCRIPT), ("four_rounds", FOUR_ROUNDS_SCRIPT)])
async def test_golden_transcript(coach: Coach, clock: FakeClock, tmp_path: Path, name: str, script: list[str]) -> None:
    got = await _transcript(coach, clock, script, tmp_path)
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("PREPDRIP_REGOLD") or not path.exists():
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")
