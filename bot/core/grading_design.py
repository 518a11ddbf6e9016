"""ML system design answers: the six steps and the after-run check-list.

A step or check counts when the answer says something about it for *this* problem, not when its
keyword appears."""

from __future__ import annotations

from bot.core.curriculum import DESIGN_CHECKLIST, DESIGN_STEPS, SystemDesignPrompt
from bot.core.matcher import Answer, Matcher
from bot.core.verdict import COVERED, MISSED, Grade, PointVerdict

MIN_WORDS = 3

#: Generic phrasings of the after-run check-list, added to each prompt's own cues.
GENERIC_CHECKLIST: dict[str, tuple[str, ...]] = {
    "metric": (
        "offline metric",
        "online metric",
        "success metric",
        "measure success",
    ),
    "baseline": (
        "baseline",
        "heuristic first",
        "rules first",
        "start simple logistic regression",
        "popularity ranking first",
        "simple model first",
    ),
    "skew": (
        "training serving skew",
        "same feature pipeline training serving",
        "feature store point in time",
        "point in time features|join",
        "same code training serving",
        "log features serving time train",
        "serving training same inputs|features",
        "training uses logged values",
        "log* features served train*",
    ),
    "data_drift": (
        "data drift",
        "input distribution drift monitor|alert|track|psi",
        "feature distribution monitor|alert|track|psi",
        "psi feature",
        "input drift monitor|alert",
        "distribution* compare|compared training window|period",
        "track|monitor distribution* daily|weekly|hourly",
        "alert shift* distribution*",
        "input|feature distribution* against training",
    ),
    "concept_drift": (
        "concept drift",
        "relationship input label change",
        "label distribution performance decay monitor|track",
        "model performance degrade|decay delayed labels",
        "accuracy drop fresh labels",
        "relationship changes over time",
        "respond|behavior|behaviour changes over time",
        "labels mean|meaning change*",
    ),
    "rollback": (
        "rollback",
        "previous model version",
        "fallback rules|heuristic",
        "kill switch",
        "canary",
        "shadow",
        "fallback previous|old|baseline model",
        "behind feature flag",
        "switch back previous|old",
        "instant fallback",
        "back previous version",
        "swap|switch back previous|old",
        "revert|roll previous index|version|model",
    ),
}

#: Phrasings of the six steps that hold for any problem, added to each prompt's own cues.
GENERIC_STEPS: dict[str, tuple[str, ...]] = {
    "requirements": (
        "clarify|clarifying latency budget",
        "clarify|clarifying business metric|goal",
        "clarifying questions",
        "requirements latency|scale|qps",
    ),
    "objective": (
        "ml objective",
        "frame|framed|framing classification|ranking|regression problem",
        "predict probability user|click|fraud|spam|engagement",
    ),
    "data": (
        "training data labels",
        "labels come|from logged|clicks|reports|chargebacks",
        "data pipeline labels|features",
    ),
    "model": (
        "model selection tradeoff|latency|accuracy",
        "two tower retrieval|candidate",
        "gbdt|gradient boosted ranker|model",
    ),
    "serving": (
        "online serving latency",
        "batch|offline precompute scores|embeddings",
        "feature store serving",
    ),
    "monitoring": (
        "monitor drift",
        "monitoring dashboards|alerts",
        "alert when|if drops|drifts",
    ),
}

STEP_TITLES: dict[str, str] = {
    "requirements": "Clarify requirements",
    "objective": "Define the ML objective",
    "data": "Data strategy",
    "model": "Model selection and training",
    "serving": "Serving and deployment",
    "monitoring": "Monitoring and maintenance",
}
CHECKLIST_TITLES: dict[str, str] = {
    "metric": "Metric stated",
    "baseline": "Baseline proposed",
    "skew": "Training–serving skew named",
    "data_drift": "Data drift + how you monitor it",
    "concept_drift": "Concept drift + how you monitor it",
    "rollback": "Rollback plan",
}


def grade_design(matcher: Matcher, prompt: SystemDesignPrompt, text: str) -> Grade:
    ans = matcher.index(text)
    points: list[PointVerdict] = []
    for s in DESIGN_STEPS:
        points.append(_point(matcher, ans, f"step:{s}", [*prompt.steps[s].cues, *GENERIC_STEPS[s]]))
    for c in DESIGN_CHECKLIST:
        points.append(_point(matcher, ans, f"check:{c}", [*prompt.checklist[c], *GENERIC_CHECKLIST[c]]))
    g = Grade(prompt.id, "system_design", tuple(points), len(text.split()))
    steps = [s for s in DESIGN_STEPS if f"step:{s}" in g.covered]
    checks = [c for c in DESIGN_CHECKLIST if f"check:{c}" in g.covered]
    return Grade(prompt.id, "system_design", tuple(points), len(text.split()), {"steps": steps, "checklist": checks})


def _point(matcher: Matcher, ans: Answer, pid: str, cues: list[str]) -> PointVerdict:
    if ans.words >= MIN_WORDS:
        for cue in cues:
            hit = matcher.find(ans, cue)
            if hit:
                return PointVerdict(pid, COVERED, 0.8, span=ans.sentence_span(hit[0]), cue=cue, layers=(("cues", cue),))
    return PointVerdict(pid, MISSED, 0.8, layers=(("cues", "no cue"),))
