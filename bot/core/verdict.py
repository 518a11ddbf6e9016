"""What a grade says: a verdict per key point (covered / partly / missed / contradicted), the span of the
answer that earned it, how sure the grader is, and what each layer of the grader said.

Every caller (the flows, ``prepdrip grade``, the accuracy benchmark) reads the same ``Grade``, so a
learner and the benchmark always see the same verdict."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

COVERED = "covered"
PARTLY = "partly"
MISSED = "missed"
CONTRADICTED = "contradicted"
VERDICTS = (COVERED, PARTLY, MISSED, CONTRADICTED)
#: How much of a point's weight each verdict earns: a half-made point half, and a wrong claim costs half
#: a point (the score never goes below 0). An interviewer ranks an answer that states a wrong belief
#: below one that only leaves the point out: with the same points made, the wrong one scores lower.
CREDIT = {COVERED: 1.0, PARTLY: 0.5, MISSED: 0.0, CONTRADICTED: -0.5}
#: An answer that states a wrong belief is not a pass however much else it gets right: an interviewer
#: who hears "L2 gives exact zeros" marks the answer down, not three quarters right. Its score is
#: held below the line where a weak answer starts to look like credit (0.4).
CONTRADICTED_CAP = 0.35
#: Below this confidence a verdict is a question to the learner, not a statement, and the grade is
#: left out of the calibration gap.
SURE = 0.6


@dataclass(frozen=True)
class PointVerdict:
    id: str
    verdict: str
    confidence: float  # 0..1: how sure the grader is of this verdict
    weight: float = 1.0  # its share of the score (a definition-level key point counts half)
    span: str | None = None  # the answer's own words that earned the verdict
    cue: str | None = None  # the cue (or misconception cue) that matched
    misconception: str | None = None  # the misconception stated, when contradicted
    layers: tuple[tuple[str, str], ...] = ()  # (layer, what it said), for `prepdrip grade --explain`
    self_reported: bool = False  # the learner said "I covered it"

    @property
    def sure(self) -> bool:
        return self.confidence >= SURE

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "verdict": self.verdict,
            "confidence": round(self.confidence, 2),
            "weight": self.weight,
            **({"span": self.span} if self.span else {}),
            **({"misconception": self.misconception} if self.misconception else {}),
            **({"self_reported": True} if self.self_reported else {}),
        }


@dataclass(frozen=True)
class Correction:
    """A misconception the answer states: its correction leads the feedback."""

    misconception: str
    key_point: str
    text: str
    span: str
    by: str = "cue"  # which layer found it: "cue", "swap" (the key point's claim with its sides turned), "llm"


@dataclass(frozen=True)
class Grade:
    prompt_id: str
    kind: str
    points: tuple[PointVerdict, ...]
    words: int
    detail: dict[str, Any] = field(default_factory=dict)
    corrections: tuple[Correction, ...] = ()
    score_override: float | None = None  # a kind whose score is not the points' weighted credit

    def ids(self, verdict: str) -> list[str]:
        return [p.id for p in self.points if p.verdict == verdict]

    @property
    def covered(self) -> list[str]:
        return self.ids(COVERED)

    @property
    def missed(self) -> list[str]:
        return self.ids(MISSED)

    @property
    def partly(self) -> list[str]:
        return self.ids(PARTLY)

    @property
    def contradicted(self) -> list[str]:
        return self.ids(CONTRADICTED)

    @property
    def score(self) -> float:
        if self.score_override is not None:
            return self.score_override
        return weighted_score(self.points)

    @property
    def unsure(self) -> list[PointVerdict]:
        """Points the grader could not find but is not sure are absent: ask, don't assert."""
        return [p for p in self.points if not p.sure and p.verdict in (MISSED, PARTLY)]

    @property
    def confident(self) -> bool:
        """Nothing the grader might have missed, and nothing taken on the learner's word: only such
        grades feed the calibration gap (an unsure "covered" can only flatter the answer, so it does
        not make a learner look overconfident)."""
        return not self.unsure and not any(p.self_reported for p in self.points)

    def point(self, pid: str) -> PointVerdict | None:
        return next((p for p in self.points if p.id == pid), None)

    def with_self_report(self, pid: str) -> Grade:
        """The learner says the answer covered ``pid``: counted as self-reported evidence, half the
        point's weight (as a partly point), and the grade stops being confident."""
        pts = tuple(
            replace(p, verdict=PARTLY, self_reported=True) if p.id == pid and p.verdict == MISSED else p
            for p in self.points
        )
        return replace(self, points=pts)

    def as_json(self) -> dict[str, Any]:
        return {
            "prompt_id": self.prompt_id,
            "kind": self.kind,
            "covered": self.covered,
            "missed": self.missed,
            "partly": self.partly,
            "contradicted": self.contradicted,
            "score": round(self.score, 3),
            "confident": self.confident,
            "points": [p.as_json() for p in self.points],
            **(
                {
                    "corrections": [
                        {"misconception": c.misconception, "key_point": c.key_point} for c in self.corrections
                    ]
                }
                if self.corrections
                else {}
            ),
            **({"detail": self.detail} if self.detail else {}),
        }


def weighted_score(points: Iterable[PointVerdict]) -> float:
    return _score((p.weight, p.verdict) for p in points)


def rescore(points: list[dict[str, Any]]) -> float:
    """The score of points stored as ``PointVerdict.as_json`` (after a self-report changed one)."""
    return _score((float(p.get("weight", 1.0)), str(p.get("verdict"))) for p in points)


def _score(weighted: Iterable[tuple[float, str]]) -> float:
    """Credit per verdict over the total weight, floored at 0, capped while a point is contradicted."""
    pts = list(weighted)
    total = sum(w for w, _ in pts) or 1.0
    score = max(0.0, sum(w * CREDIT.get(v, 0.0) for w, v in pts) / total)
    return min(score, CONTRADICTED_CAP) if any(v == CONTRADICTED for _, v in pts) else score
