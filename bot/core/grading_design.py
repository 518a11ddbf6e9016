"""ML system design answers: the six steps and the after-run check-list.

A step or check counts when the answer says something about it for *this* problem, not when its
keyword appears: an answer that names its items in a few words each (a keyword-stuffed paragraph)
has listed them, not designed them, so each is only partly there and earns an eighth (the labelled sets
differ here: independent.yaml marks a named-only item partly, design_fresh.yaml missed)."""

from __future__ import annotations

import re

from bot.core.curriculum import DESIGN_CHECKLIST, DESIGN_STEPS, SystemDesignPrompt
from bot.core.matcher import Matcher
from bot.core.verdict import COVERED, MISSED, PARTLY, Grade, PointVerdict

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


#: What a step that is only named earns: an eighth, not the half of a partly point, so a paragraph that
#: names all twelve items (1.5 items' worth) scores below an answer that works out two (a quarter credited
#: 11 named items 2.75, above the partial answer ind-144's 2.5).
NAMED_ONLY_CREDIT = 0.125
#: The steps that frame the problem. A model-first answer brushes them in passing (a feature that implies a
#: constraint, the loss it trains on: "untrained for every new event", "one query group per search"); one that
#: frames the problem says at least two things about each, or goes on to run the system (two of RUNNING).
#: Otherwise one cue is half the step: the blind writers of tests/labelled/design_fresh.yaml marked 24 of 28
#: such one-cue steps in model-only answers missed or partly.
FRAMING = frozenset({"step:requirements", "step:objective"})
RUNNING = frozenset(
    {"step:serving", "step:monitoring", "check:skew", "check:data_drift", "check:concept_drift", "check:rollback"}
)
#: An answer that names its items in fewer words than this each, padded with generic words, has
#: listed them, not designed them (strong answers run at 25-45 words per item, keyword-stuffed
#: paragraphs at 13-22 with 4-8 generic words per 100; a terse but specific design has none).
WORDS_PER_ITEM = 25.0
GENERIC_PER_100 = 2.0
_GENERIC = re.compile(
    r"\b(robust|scalab\w*|appropriate\w*|properly|proper|good|great|strong|standard|framework|lifecycle|"
    r"systematic\w*|best practices?|make sure|making sure|ensur\w+|important|end to end|as needed|and so on|"
    r"etc|various|relevant|reliable|high[- ]quality|efficient\w*|well[- ]documented|maintainab\w*|full|"
    r"right metric|handled|in place|basically|overall)\b"
)
#: ... or with almost no reasons: a design says why and against what ("because", "so", "to avoid", "->"), a
#: template names its items bare (most fresh keyword-stuffed answers: under 1.5 per 100 words; partial and strong
#: answers with as few words per item, and the terse design of tests/golden/four_rounds.txt: 1.8 and more).
REASONS_PER_100 = 1.5
_REASON = re.compile(
    r"\b(?:because|since|so|to avoid|which means|instead of|rather than|trade-?offs?|otherwise|unless|than|if|"
    r"when|per|vs|versus|e\.g)\b|->|→|=|<|>"
)

#: ... or with its items named mostly in phrasings that fit any problem ("monitor data drift", "offline
#: metric", "rollback"), not in this problem's terms: half or more of them in the fresh keyword-stuffed
#: answers of tests/labelled/design_fresh.yaml and extra/, at most a third in a strong or partial one.
TEMPLATE_SHARE = 0.5


def grade_design(matcher: Matcher, prompt: SystemDesignPrompt, text: str) -> Grade:
    ans = matcher.index(text)
    found: dict[str, tuple[str, int, int]] = {}
    own_of = {f"step:{s}": prompt.steps[s].cues for s in DESIGN_STEPS}
    own_of |= {f"check:{c}": prompt.checklist[c] for c in DESIGN_CHECKLIST}
    generic_of = {f"step:{s}": GENERIC_STEPS[s] for s in DESIGN_STEPS}
    generic_of |= {f"check:{c}": GENERIC_CHECKLIST[c] for c in DESIGN_CHECKLIST}
    by_generic: set[str] = set()  # items only a phrasing that fits any problem named
    framed: set[str] = set()  # framing steps with two cues
    if ans.words >= MIN_WORDS:
        for pid in own_of:
            for cue in (*own_of[pid], *generic_of[pid]):
                hit = matcher.find(ans, cue)
                if not hit:
                    continue
                if pid not in found:
                    found[pid] = (cue, *hit)
                    if cue not in own_of[pid]:
                        by_generic.add(pid)
                    if pid not in FRAMING:
                        break
                else:
                    framed.add(pid)
                    break
    words = len(text.split())
    generic = 100 * len(_GENERIC.findall(text.lower())) / max(words, 1)
    reasons = 100 * len(_REASON.findall(text.lower())) / max(words, 1)
    templated = len(by_generic) >= TEMPLATE_SHARE * max(len(found), 1)
    bare = generic >= GENERIC_PER_100 or reasons < REASONS_PER_100 or templated
    listed = len(found) >= 4 and words / len(found) < WORDS_PER_ITEM and bare
    points: list[PointVerdict] = []
    for pid in own_of:
        if pid not in found:
            points.append(PointVerdict(pid, MISSED, 0.8, layers=(("cues", "no cue matched"),)))
            continue
        cue, lo, _hi = found[pid]
        thin = pid in FRAMING and pid not in framed and len(found.keys() & RUNNING) < 2
        verdict = PARTLY if listed or thin else COVERED
        how = "listed, not designed" if listed else "one phrase in passing" if thin else "worked out"
        points.append(
            PointVerdict(
                pid,
                verdict,
                0.8,
                span=ans.sentence_span(lo),
                cue=cue,
                layers=(
                    ("cues", f"named by “{cue}”"),
                    (
                        "substance",
                        f"{words / len(found):.0f} words per item named, {len(by_generic)} of {len(found)} "
                        f"items only in words that fit any problem, {generic:.1f} generic words and "
                        f"{reasons:.1f} reasons per 100 ({how})",
                    ),
                ),
            )
        )
    steps = [s for s in DESIGN_STEPS if any(p.id == f"step:{s}" and p.verdict == COVERED for p in points)]
    checks = [c for c in DESIGN_CHECKLIST if any(p.id == f"check:{c}" and p.verdict == COVERED for p in points)]
    credit = {COVERED: 1.0, PARTLY: NAMED_ONLY_CREDIT if listed else 0.5}
    score = sum(credit.get(p.verdict, 0.0) for p in points) / len(points)
    partly = [p.id for p in points if p.verdict == PARTLY]
    return Grade(
        prompt.id,
        "system_design",
        tuple(points),
        len(text.split()),
        {
            "steps": steps,
            "checklist": checks,
            "named_only": partly if listed else [],
            "thin": [] if listed else [pid.split(":", 1)[1] for pid in partly],
        },
        score_override=score,
    )
