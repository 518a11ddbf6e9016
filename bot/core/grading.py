"""Grading typed answers against the curriculum: ``grade(matcher, prompt, answer) -> Grade``.

Pure functions of (answer text, prompt): the engine, ``prepdrip grade`` and the accuracy benchmark
all call ``grade``, so a user and the benchmark always see the same verdict. A theory answer goes
through layers, each of which leaves its word in the point's ``layers`` (``prepdrip grade --explain``):

1. ``cues``: a key point's cue phrase, words close together (``Matcher.find``);
2. ``misconception``: a common wrong belief stated in order, inside one clause, not negated
   (``Matcher.states``), or the key point's own claim with its two sides swapped: its key point is
   contradicted, its correction leads the feedback, and the answer's score stays under 0.4
   (``verdict.CONTRADICTED_CAP``);
3. ``evidence``: partial cues and the key point's text and model explanation found in the answer,
   weighed by a small trained model (``bot.core.evidence``): covered, partly or missed, with a
   probability that sets the verdict's confidence.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.curriculum import (
    BehavioralPrompt,
    CodingPrompt,
    KeyPoint,
    Misconception,
    SystemDesignPrompt,
    TheoryPrompt,
)
from bot.core.evidence import AnswerView
from bot.core.grading_design import CHECKLIST_TITLES, STEP_TITLES, grade_design
from bot.core.grading_story import TARGET_WORDS, grade_story
from bot.core.matcher import Answer, Cue, Matcher
from bot.core.swaps import swapped
from bot.core.verdict import (
    CONTRADICTED,
    COVERED,
    MISSED,
    PARTLY,
    Correction,
    Grade,
    PointVerdict,
)

__all__ = [
    "CHECKLIST_TITLES",
    "STEP_TITLES",
    "TARGET_WORDS",
    "Grade",
    "NotGradable",
    "PointVerdict",
    "grade",
    "grade_design",
    "grade_key_points",
    "grade_story",
]

MIN_WORDS = 3


class NotGradable(ValueError):
    """Coding drills are checked by running their tests, not by grading text."""


def grade(
    matcher: Matcher,
    prompt: TheoryPrompt | SystemDesignPrompt | BehavioralPrompt | CodingPrompt,
    answer: str,
    *,
    follow_up: bool = False,
) -> Grade:
    """The one way in: a verdict per key point (or design step, or STAR part) of ``prompt``."""
    if isinstance(prompt, TheoryPrompt):
        kps = prompt.follow_up.key_points if follow_up else prompt.key_points
        kind = "follow_up" if follow_up else "theory"
        question = prompt.follow_up.question if follow_up else prompt.question
        return grade_key_points(matcher, prompt.id, kind, answer, kps, prompt.misconceptions, question)
    if isinstance(prompt, SystemDesignPrompt):
        return grade_design(matcher, prompt, answer)
    if isinstance(prompt, BehavioralPrompt):
        return grade_story(matcher, prompt, answer)
    raise NotGradable(f"{prompt.id}: coding drills are checked by running their tests")


def grade_key_points(
    matcher: Matcher,
    prompt_id: str,
    kind: str,
    text: str,
    key_points: list[KeyPoint],
    misconceptions: list[Misconception] | None = None,
    question: str = "",
) -> Grade:
    ans = matcher.index(text)
    stated = _misconceptions(matcher, ans, key_points, misconceptions or [])
    ev, model = matcher.evidence, matcher.model
    view = AnswerView.of(ans) if ev else None
    points: list[PointVerdict] = []
    for kp in key_points:
        # definition-level points count half: saying what a thing is earns less than saying why
        weight = 1.0 if kp.mechanism else 0.5
        layers: list[tuple[str, str]] = []
        hit = _cue_hit(matcher, ans, kp) if ans.words >= MIN_WORDS else None
        layers.append(("cues", f"covered by “{hit[0]}”" if hit else "no cue matched"))
        wrong = stated.get(kp.id)
        if wrong:
            layers.append(("misconception", f"states “{wrong.misconception}” (by {wrong.by})"))
            points.append(
                PointVerdict(
                    kp.id,
                    CONTRADICTED,
                    0.8,
                    weight,
                    span=wrong.span,
                    misconception=wrong.misconception,
                    layers=tuple(layers),
                )
            )
            continue
        layers.append(("misconception", "none stated"))
        if ev is None or model is None or view is None or ans.words < MIN_WORDS:
            if hit:
                points.append(PointVerdict(kp.id, COVERED, 0.8, weight, span=hit[1], cue=hit[0], layers=tuple(layers)))
            else:
                points.append(PointVerdict(kp.id, MISSED, 0.9, weight, layers=tuple(layers)))
            continue
        x, sentence = ev.features(ans, view, prompt_id, question, kp)
        p = model.probability(x)
        verdict = COVERED if p >= model.covered_at else PARTLY if p >= model.partly_at else MISSED
        layers.append(("evidence", f"{verdict} (p {p:.2f})"))
        span: str | None = hit[1] if hit else None
        if span is None and sentence is not None and verdict != MISSED:
            span = ans.sentence_text(sentence)
        points.append(
            PointVerdict(
                kp.id,
                verdict,
                _confidence(p, model.partly_at, model.covered_at),
                weight,
                span=span,
                cue=hit[0] if hit else None,
                layers=tuple(layers),
            )
        )
    if stated:
        points = [_doubted(p) for p in points]
    mech = [kp.id for kp in key_points if kp.mechanism]
    covered = {p.id for p in points if p.verdict == COVERED}
    return Grade(
        prompt_id,
        kind,
        tuple(points),
        len(text.split()),
        {"mechanism_covered": len(covered & set(mech)), "mechanism_total": len(mech)},
        corrections=tuple(stated[k] for k in (kp.id for kp in key_points) if k in stated),
    )


def _doubted(p: PointVerdict) -> PointVerdict:
    """An answer that states a misconception reuses the topic's words without its logic, so its
    other points need a cue, not just shared vocabulary: evidence alone drops one level."""
    if p.cue or p.verdict not in (COVERED, PARTLY):
        return p
    lower = PARTLY if p.verdict == COVERED else MISSED
    return replace(p, verdict=lower, layers=(*p.layers, ("misconception", f"doubted: {p.verdict} → {lower}")))


def _confidence(p: float, partly_at: float, covered_at: float) -> float:
    """How far the probability sits from the verdict's edges: 0.5 on an edge, 1.0 well clear of it."""
    edge = min(abs(p - partly_at), abs(p - covered_at))
    return min(1.0, 0.5 + 2.0 * edge)


def _cue_hit(matcher: Matcher, ans: Answer, kp: KeyPoint) -> tuple[str, str] | None:
    for cue in kp.cues:
        where = matcher.find(ans, cue)
        if where:
            return cue, ans.span(*where)
    return None


def _misconceptions(
    matcher: Matcher, ans: Answer, key_points: list[KeyPoint], misconceptions: list[Misconception]
) -> dict[str, Correction]:
    """The first misconception stated for each key point of this answer's set."""
    ids = {kp.id for kp in key_points}
    out: dict[str, Correction] = {}
    for m in misconceptions:
        if m.key_point not in ids or m.key_point in out:
            continue
        for cue in m.cues:
            where = matcher.find_stated(ans, cue)
            if where:
                out[m.key_point] = Correction(m.id, m.key_point, m.correction, ans.sentence_span(where[0]))
                break
    for kp in key_points:  # the key point's own claim with its two sides swapped (L1 ↔ L2, …)
        mine = [m for m in misconceptions if m.key_point == kp.id]
        if kp.id in out or not mine or any(matcher.find(ans, cue) for cue in kp.cues):
            continue
        for turned in (t for cue in kp.cues for t in swapped(matcher, cue)):
            where = matcher.find_stated_cue(ans, turned)
            if where:
                m = max(mine, key=lambda m: _overlap(matcher, m, turned))
                out[kp.id] = Correction(m.id, kp.id, m.correction, ans.sentence_span(where[0]), by="swap")
                break
    return out


def _overlap(matcher: Matcher, m: Misconception, cue: Cue) -> int:
    """How many of the swapped claim's words one of the misconception's cues shares: the belief it is."""
    words = {a for s in cue.slots for a in s}
    return max((len(words & {a for s in matcher.compile(c).slots for a in s}) for c in m.cues), default=0)
