"""Points for real work, not volume. Pure rules; ``flows/points.py`` applies them.

- An answer earns by what it demonstrates: theory by key-point coverage (not length), a follow-up
  likewise at half weight, a drill when it passes (more in time), a design run by its steps and
  after-run check-list, a story by STAR with a measurable result, a mock when done. Booking a mock,
  rating yourself and clearly wrong answers (under a fifth of the points) earn nothing.
- Nothing for a copy: an answer that is a near-duplicate of one of your earlier answers or of the
  question itself; nothing for answering the same prompt again the same day.
- Diminishing within a day: the first three scored pieces of work count in full, the next three
  half, the rest a quarter, so a steady week beats one long night.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FULL, HALF = 3, 6  # pieces of work per local day at full and at half value
WRONG_BELOW = 0.2  # coverage under this earns nothing: a clearly wrong or empty answer
COPY_SIMILARITY = 0.8  # word-trigram Jaccard at or above this is a copy

BASE = {
    "theory": 10,
    "follow_up": 5,
    "drill_passed": 15,
    "drill_in_time": 5,
    "design": 20,
    "design_checklist": 5,  # four or more of the six after-run items
    "story": 15,
    "story_complete": 5,  # all four STAR parts and a measurable result
    "mock_done": 20,
}

SCORING_TEXT = (
    "*How points work*: theory answers earn by key-point coverage (up to 10, follow-ups 5), drills when they "
    "pass (15, +5 in time), design runs by steps and check-list (up to 25), stories by STAR with a measured "
    "result (up to 20), a mock done 20. Nothing for copies, for the same prompt twice in a day or for clearly "
    "wrong answers; after three scored pieces of work a day, the next three count half and the rest a quarter. "
    "Streaks count each real day once; a 7-day streak earns a 🧊 freeze (two at most) that covers one missed day."
)


def raw_points(kind: str, score: float | None, **facts: object) -> tuple[int, str]:
    """Points before the daily taper, and why."""
    s = score or 0.0
    if kind in ("theory", "follow_up"):
        if s < WRONG_BELOW:
            return 0, "too little of the answer was right"
        return round(BASE[kind] * s), kind
    if kind == "coding":
        if not facts.get("passed"):
            return 0, "drill not passed"
        return BASE["drill_passed"] + (BASE["drill_in_time"] if facts.get("in_time") else 0), "drill passed"
    if kind == "system_design":
        if s < WRONG_BELOW:
            return 0, "too little of the design was there"
        bonus = BASE["design_checklist"] if int(str(facts.get("checklist", 0))) >= 4 else 0
        return round(BASE["design"] * s) + bonus, "design run"
    if kind == "behavioral":
        if s < WRONG_BELOW:
            return 0, "not yet a story"
        bonus = BASE["story_complete"] if facts.get("complete") else 0
        return round(BASE["story"] * s) + bonus, "story"
    if kind == "mock_done":
        return BASE["mock_done"], "mock done"
    return 0, kind


def taper(points: int, earlier_today: int) -> int:
    """The daily taper: ``earlier_today`` scored pieces of work already today."""
    if earlier_today < FULL:
        return points
    if earlier_today < HALF:
        return points // 2
    return points // 4


_WORD = re.compile(r"[a-z0-9]+")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    w = _WORD.findall(text.lower())
    return {tuple(w[i : i + 3]) for i in range(max(0, len(w) - 2))} or ({tuple(w)} if w else set())


def is_copy(text: str, earlier: Iterable[str]) -> bool:
    """A near-duplicate of any of ``earlier`` (the learner's past answers, or the question)."""
    mine = _trigrams(text)
    if not mine:
        return False
    for other in earlier:
        theirs = _trigrams(other)
        if theirs and len(mine & theirs) / len(mine | theirs) >= COPY_SIMILARITY:
            return True
    return False
