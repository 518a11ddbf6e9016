"""Phase gates: each exit criterion is met by evidence from the learner's own activity, or ticked by
the learner (shown as self-reported). Drills count as activity when they passed by running their
tests; drills the learner checked themselves (where no code runner existed) meet a criterion only as
self-reported. A criterion about a mock or about drills has its own way to report it (`/coach mock
done`, a drill passed or self-checked), so it is never ticked by hand: a tick there would be a
second, weaker word for the same thing. Evidence is derived from attempts and stories every time,
never stored twice, so it cannot drift from what the learner actually did."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.curriculum import Criterion
from bot.core.model import Attempt, GateTick, Learner, Story

#: evidence types reported another way than a tick: a mock (`/coach mock booked` / `done`), drills (passed)
REPORTED_ELSEWHERE = ("mock_booked", "mock_done", "drills")


def tickable(c: Criterion) -> bool:
    """Whether the learner may tick ``c`` by hand."""
    return c.evidence.type not in REPORTED_ELSEWHERE


@dataclass(frozen=True)
class CriterionStatus:
    criterion: Criterion
    met: bool
    by: str | None  # "activity" | "self" | None
    have: int
    need: int
    ticked: bool = False  # met only by the learner's tick (taking the tick back un-meets it)

    @property
    def progress(self) -> str:
        return f"{min(self.have, self.need)}/{self.need}"


def evaluate(
    c: Criterion,
    learner: Learner,
    attempts: Sequence[Attempt],
    stories: Sequence[Story],
    ticks: Sequence[GateTick],
) -> CriterionStatus:
    have, need = _evidence(c, learner, attempts, stories)
    if c.evidence.type in ("mock_booked", "mock_done"):
        # the learner's word until a peer-mock partner's rating confirms it: met, but self-reported
        by = ("activity" if learner.mock_confirmed_at else "self") if have >= need else None
        return CriterionStatus(c, have >= need, by, have, need)
    if need and have >= need:
        return CriterionStatus(c, True, "activity", have, need)
    if c.evidence.type == "drills" and need and _drills(c, attempts, by_running=False) >= need:
        return CriterionStatus(c, True, "self", have, need)  # self-checked drills, where no runner was
    if tickable(c) and any(t.criterion_id == c.id for t in ticks):
        return CriterionStatus(c, True, "self", have, need, ticked=True)
    return CriterionStatus(c, False, None, have, need)


def ran(a: Attempt) -> bool:
    """A drill passed by running its tests (in a sandbox, a remote runner or, in the console, a local
    run), as opposed to the learner's word where no runner existed (and in rows from before runners)."""
    return a.detail.get("checked") not in (None, "self")


def _drills(c: Criterion, attempts: Sequence[Attempt], by_running: bool) -> int:
    e = c.evidence
    topics = set(e.topics)
    ok = [
        a
        for a in attempts
        if a.kind == "coding"
        and (not topics or a.topic in topics)
        and a.passed
        and (a.in_time or not e.in_time)
        and (ran(a) or not by_running)
    ]
    n = len({a.prompt_id for a in ok})
    if e.distinct_types and len({a.topic for a in ok}) < e.distinct_types:
        n = min(n, e.count - 1)
    return n


def _evidence(c: Criterion, learner: Learner, attempts: Sequence[Attempt], stories: Sequence[Story]) -> tuple[int, int]:
    e = c.evidence
    topics = set(e.topics)

    def on_topic(a: Attempt) -> bool:
        return not topics or a.topic in topics

    if e.type == "self":
        return 0, 0
    if e.type == "theory_answers":
        best: dict[str, float] = {}
        for a in attempts:
            if a.kind == "theory" and on_topic(a) and a.score is not None and a.score >= e.min_score:
                best[a.prompt_id] = max(best.get(a.prompt_id, 0.0), a.score)
        return len(best), e.count
    if e.type == "follow_ups":
        n = sum(1 for a in attempts if a.kind == "follow_up" and on_topic(a) and (a.score or 0.0) >= e.min_score)
        return n, e.count
    if e.type == "drills":
        return _drills(c, attempts, by_running=True), e.count
    if e.type == "design_runs":
        runs = [
            a
            for a in attempts
            if a.kind == "system_design"
            and on_topic(a)
            and (a.score or 0.0) >= e.min_score
            and all(item in a.detail.get("checklist", []) for item in e.checklist)
        ]
        return len(runs), e.count
    if e.type == "stories":
        good = [s for s in stories if s.score >= e.min_score]
        n = len(good)
        if e.distinct_types and len({s.story_type for s in good}) < e.distinct_types:
            n = min(n, e.count - 1)
        return n, e.count
    if e.type == "mock_booked":
        return (1 if learner.mock_booked_at or learner.mock_done_at else 0), 1
    if e.type == "mock_done":
        return (1 if learner.mock_done_at else 0), 1
    return 0, 1
