"""The readiness computation and the calibration gap, on hand-built activity."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.charts import MatplotlibCharts
from bot.core.messages import LearnerRef
from bot.core.model import Attempt, Learner, Story
from bot.core.readiness import calibration, round_scores

NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)


def learner(**kw: object) -> Learner:
    return Learner(ref=LearnerRef("console", "local", "x"), created_at=NOW, id=1, **kw)  # type: ignore[arg-type]


def theory(pid: str, topic: str, score: float, rating: int | None) -> Attempt:
    return Attempt(1, pid, "theory", "theory", topic, NOW, NOW, score, self_rating=rating)


def test_no_activity_is_zero_and_uncalibrated() -> None:
    rounds = round_scores(learner(), [], [])
    assert [r.score for r in rounds] == [0, 0, 0, 0]
    assert calibration(rounds) == (None, None)


def test_overconfident_learner_gets_a_warning() -> None:
    attempts = [theory(f"p{i}", "bias-variance", 0.2, 4) for i in range(3)]
    rounds = round_scores(learner(), attempts, [])
    gap, warning = calibration(rounds)
    assert gap is not None and gap > 0.6
    assert warning and "theory screen" in warning


def test_calibrated_learner_gets_no_warning() -> None:
    attempts = [theory(f"p{i}", t, 0.8, 3) for i, t in enumerate(["bias-variance", "regularization", "probability"])]
    rounds = round_scores(learner(), attempts, [])
    gap, warning = calibration(rounds)
    assert gap is not None and abs(gap) < 0.1 and warning is None
    assert rounds[0].score > 40


def test_underconfident_learner_is_not_warned() -> None:
    rounds = round_scores(learner(), [theory("p", "overfitting", 0.9, 1)], [])
    gap, warning = calibration(rounds)
    assert gap is not None and gap < 0 and warning is None


def test_coding_design_and_behavioral_evidence() -> None:
    drills = [
        Attempt(1, f"cd-{i}", "coding", "coding", t, NOW, NOW, passed=True, in_time=True, self_rating=3)
        for i, t in enumerate(["gd-loop", "cross-validation", "classification-metrics", "losses", "retrieval"])
    ]
    design = Attempt(
        1,
        "sd-1",
        "system_design",
        "system_design",
        "fraud-detection",
        NOW,
        NOW,
        0.9,
        detail={"checklist": ["metric", "baseline", "skew", "data_drift", "concept_drift", "rollback"]},
    )
    stories = [
        Story(1, f"bh-{i}", t, "…", {}, 0.8, True, 300, 0.8, NOW)
        for i, t in enumerate(["production-failure", "ownership", "ownership"])
    ]
    booked = {r.round: r for r in round_scores(learner(mock_booked_at=NOW), [*drills, design], stories)}
    assert booked["behavioral"].score == 65  # booking is a plan, not readiness
    assert "mock booked, not done yet" in booked["behavioral"].evidence
    L = learner(mock_booked_at=NOW, mock_done_at=NOW)
    rounds = {r.round: r for r in round_scores(L, [*drills, design], stories)}
    assert rounds["coding"].score >= 55
    assert rounds["system_design"].score >= 70
    assert rounds["behavioral"].score == 90  # done, self-reported until a peer confirms it
    assert "mock done (self-reported)" in rounds["behavioral"].evidence


def test_weak_design_runs_are_not_counted_as_practice() -> None:
    def run(pid: str, score: float) -> Attempt:
        return Attempt(1, pid, "system_design", "system_design", "ads", NOW, NOW, score, detail={"checklist": []})

    weak = {r.round: r for r in round_scores(learner(), [run("sd-1", 0.10), run("sd-2", 0.07)], [])}
    assert weak["system_design"].score <= 5 and "2 runs (0 solid)" in weak["system_design"].evidence
    solid = {r.round: r for r in round_scores(learner(), [run("sd-1", 0.7), run("sd-2", 0.6)], [])}
    assert solid["system_design"].score == round(45 * 0.65 + 25)


def test_chart_is_a_png(tmp_path: Path) -> None:
    rounds = [
        {"round": r, "title": r, "score": 30, "self": 80 if r == "theory" else None, "shown": 30}
        for r in ("theory", "coding", "system_design", "behavioral")
    ]
    path = MatplotlibCharts(tmp_path).readiness_chart("slack-1", rounds, NOW)
    assert path is not None and Path(path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert Path(path).stat().st_size > 5_000
