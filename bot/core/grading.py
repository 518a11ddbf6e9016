"""Grading typed answers against the curriculum: key points, design steps, STAR stories.

Pure functions of (answer text, prompt): the engine, ``prepdrip grade`` and the accuracy benchmark all
call these, so a user and the benchmark always see the same verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.core.curriculum import (
    DESIGN_CHECKLIST,
    DESIGN_STEPS,
    BehavioralPrompt,
    KeyPoint,
    SystemDesignPrompt,
)
from bot.core.matcher import Answer, Matcher

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


@dataclass(frozen=True)
class Grade:
    prompt_id: str
    kind: str
    covered: list[str]
    missed: list[str]
    score: float
    words: int
    detail: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "prompt_id": self.prompt_id,
            "kind": self.kind,
            "covered": self.covered,
            "missed": self.missed,
            "score": round(self.score, 3),
            **({"detail": self.detail} if self.detail else {}),
        }


def _words(text: str) -> int:
    return len(re.findall(r"\S+", text))


def grade_key_points(matcher: Matcher, prompt_id: str, kind: str, text: str, key_points: list[KeyPoint]) -> Grade:
    ans = matcher.index(text)
    covered, missed = [], []
    hits: dict[str, str] = {}
    for kp in key_points:
        cue = matcher.any_match(ans, kp.cues) if ans.words >= MIN_WORDS else None
        if cue:
            covered.append(kp.id)
            hits[kp.id] = cue
        else:
            missed.append(kp.id)
    # definition-level points count half: saying what a thing is earns less than saying why
    weights = {kp.id: (1.0 if kp.mechanism else 0.5) for kp in key_points}
    total = sum(weights.values()) or 1.0
    score = sum(weights[k] for k in covered) / total
    mech = [kp.id for kp in key_points if kp.mechanism]
    mech_cov = [k for k in covered if k in mech]
    return Grade(
        prompt_id,
        kind,
        covered,
        missed,
        score,
        _words(text),
        {"matched_cues": hits, "mechanism_covered": len(mech_cov), "mechanism_total": len(mech)},
    )


def grade_design(matcher: Matcher, prompt: SystemDesignPrompt, text: str) -> Grade:
    ans = matcher.index(text)
    steps_cov = [s for s in DESIGN_STEPS if _hit(matcher, ans, [*prompt.steps[s].cues, *GENERIC_STEPS[s]])]
    check_cov = [c for c in DESIGN_CHECKLIST if _hit(matcher, ans, [*prompt.checklist[c], *GENERIC_CHECKLIST[c]])]
    covered = [f"step:{s}" for s in steps_cov] + [f"check:{c}" for c in check_cov]
    missed = [f"step:{s}" for s in DESIGN_STEPS if s not in steps_cov] + [
        f"check:{c}" for c in DESIGN_CHECKLIST if c not in check_cov
    ]
    score = 0.5 * len(steps_cov) / len(DESIGN_STEPS) + 0.5 * len(check_cov) / len(DESIGN_CHECKLIST)
    return Grade(
        prompt.id,
        "system_design",
        covered,
        missed,
        score,
        _words(text),
        {"steps": steps_cov, "checklist": check_cov},
    )


def _hit(matcher: Matcher, ans: Answer, cues: list[str]) -> bool:
    return ans.words >= MIN_WORDS and matcher.any_match(ans, cues) is not None


# ---- behavioral -------------------------------------------------------------------------------

_PAST = (
    r"(?:(?!(?:need|feed|seed|speed|indeed|bleed|breed|exceed|proceed|succeed)\b)\w+ed|was|were|had|did|made|built|took|went|saw|found|told|said|ran|wrote|got|led|chose|"
    r"drew|gave|kept|met|sent|spent|began|brought|thought|knew|felt|caught|came|fell|rose|grew|left|lost|"
    r"paid|put|set|shut|split|cut|won|held|sold|taught|understood)"
)
#: STAR parts as the phrasing stories actually use. These work on the raw text: the small words
#: that signal them ("it was on me", "as a result") are exactly the stop words cue matching drops.
STAR_PATTERNS: dict[str, re.Pattern[str]] = {
    "situation": re.compile(
        r"\b(at|in|on) (my|our|a|the) (previous |last |current |old |first |new )?(company|team|job|role|"
        r"startup|org|organi[sz]ation|employer|client|bank|lab|project|platform)\b|\bback in\b|"
        r"\blast (year|quarter|month|spring|summer|autumn|fall|winter)\b|\bin (19|20)\d\d\b|"
        r"\bi was (working|leading|building|the|a|an|on|part)\b|\bwe (had|were|ran|built|used|launched)\b|"
        r"\bour (model|system|pipeline|team|product|company|service)\s+(was|were|had|used|ran)\b|"
        r"\bi (joined|worked|owned|built|inherited)\b|\bwhen i was\b|\bthe (context|situation|background) was\b|"
        r"\b(years?|months?|weeks?) ago\b|\bin my (first|second|third|last|previous|current) (year|role|job)\b|"
        r"\b(we|i) (changed|launched|shipped|started|migrated|moved|inherited|noticed|discovered|deployed)\b|"
        r"\b(the|our|their) (\w+ )?team (was|were|had)\b|\bour (\w+ )?(marketplace|app|platform|vp|director|"
        r"manager|ceo|cto|head|customers|users)\b"
    ),
    "task": re.compile(
        r"\b(my|our|the) (task|job|goal|role|responsibility|mandate|mission|assignment|objective)\b|"
        r"\bi was (responsible|asked|tasked|accountable|on the hook|the owner|the one|expected)\b|"
        r"\b(asked|told|needed|wanted|expected) me to\b|\bon me\b|\bcame to me\b|"
        r"\b(i|we) (needed|had|were supposed|was supposed|wanted) to\b|"
        r"\bit was my (mistake|call|decision|model|project|job|problem)\b|"
        r"\bi owned\b|\bmy part\b|\b(needed|had) to\b|\b(was|were) (responsible|asked|tasked|accountable)\b|"
        r"\btake (it|this|that) on\b|\btook (it|this|that) on\b|\btook ownership\b|\bsuccess (meant|was|would)\b|"
        r"\bwas mine\b|\bmine to (recommend|decide|make|own|fix|call)\b|\bmy call\b|\bthe only (one|person)\b"
    ),
    "action": re.compile(
        r"\b(i|we) (\w+ly )?(decided|chose|built|proposed|ran|re-?ran|wrote|added|rolled|set up|investigated|"
        r"analy[sz]ed|dug|designed|implemented|convinced|met|presented|retrained|pushed|reverted|paired|"
        r"organi[sz]ed|created|changed|escalated|spoke|talked|reframed|showed|traced|split|negotiated|"
        r"shipped|introduced|led|asked|pulled|rebuilt|sliced|explained|walked|drew|told|confirmed|flagged|"
        r"emailed|fixed|compared|found|noticed|reali[sz]ed|ran|tested|switched|replaced|wrote|mentored|"
        r"coached|reviewed|measured|quantified|prototyped|deployed|launched|recommended|argued|pitched)\b"
    ),
    "result": re.compile(
        r"\bas a result\b|\bresult(s|ed)? (was|were|is|in)\b|\b(the|final) outcome\b|\bin the end\b|"
        r"\bended up\b|\bwhich (led|meant|cut|saved|reduced|improved|raised|lowered)\b|\bsince then\b|"
        r"\b(i|we) learned\b|\blessons?\b|\bwent from\b|\bafterwards?\b|\beventually\b|"
        r"\b(improv|increas|reduc|cut|dropp|sav|recover|rais|lower|grew|fell|rose|decreas|doubl|halv)\w*\b[^.]{0,40}\d|"
        r"\b(launched|shipped|rolled out|signed off|approved|adopted|went live)\b|\bto this day\b|\bnow (we|the|our)\b|"
        r"\b(showed|came back|turned out|confirmed)\b[^.]{0,60}\d|\b(months?|weeks?|days?) later\b"
    ),
}
_I = re.compile(r"\b(i|i'm|i've|i'd|me|my|myself|mine)\b", re.I)
_WE = re.compile(r"\b(we|we're|we've|we'd|us|our|ours|ourselves|the team)\b", re.I)
_MEASURE = re.compile(
    r"(\d+(\.\d+)?\s*(%|percent|x\b|ms\b|milliseconds|seconds|s\b|hours|days|weeks|months|"
    r"k\b|m\b|million|bps|basis points|points|pp\b|users|customers|tickets|\$))"
    r"|(\$\s*\d)|(\bfrom\s+\d[\d.,]*\s*\S*\s+to\s+\d)|\b(doubled|halved|tripled)\b"
    r"|\b(auc|precision|recall|f1|accuracy|ctr|latency|revenue|conversion|churn|error|mae|rmse)\b[^.]{0,25}\d",
    re.I,
)
_CHANGE = re.compile(
    r"\b(improv|increas|reduc|cut|dropp|sav|recover|rais|lower|grew|grow|fell|rose|decreas|doubl|halv|gain|"
    r"lift|boost|went|move|jump|climb|shrank|shrunk|beat|hit|reach|freed|avoid|prevent|higher|lower|more|fewer|"
    r"less|better|worse|faster|slower|cheaper|instead|compared|versus|than|corrected|final|show)\w*"
)
TARGET_WORDS = (250, 350)


def grade_story(matcher: Matcher, prompt: BehavioralPrompt, text: str) -> Grade:
    lower = " ".join(text.lower().replace("’", "'").split())
    # a story is told in the past tense; an opinion piece ("I think communication matters") is not one
    # (told stories run at 9+ past-tense verbs per 100 words; opinions and tool lists at under 5)
    past = len(re.findall(rf"\b{_PAST}\b", lower))
    is_story = past >= 3 and past >= 0.06 * len(lower.split())
    star = {
        part: is_story and (bool(pat.search(lower)) or (part == "action" and _raw_i_verb(lower)))
        for part, pat in STAR_PATTERNS.items()
    }
    i_n = len(_I.findall(text))
    we_n = len(_WE.findall(text))
    ownership = i_n / (i_n + we_n) if (i_n + we_n) and is_story else 0.0
    # a number counts as a result when it sits in a sentence about change or outcome, not in the set-up
    measurable = is_story and any(
        _MEASURE.search(sent) and (_CHANGE.search(sent) or STAR_PATTERNS["result"].search(sent))
        for sent in re.split(r"(?<=[.!?;])\s+", lower)
    )
    words = _words(text)
    lo, hi = TARGET_WORDS
    if words < lo:
        length_fit = words / lo
    elif words > hi:
        length_fit = max(0.0, 1 - (words - hi) / hi)
    else:
        length_fit = 1.0
    covered = [f"star:{k}" for k, v in star.items() if v]
    missed = [f"star:{k}" for k, v in star.items() if not v]
    if ownership >= 0.5:
        covered.append("ownership")
    else:
        missed.append("ownership")
    (covered if measurable else missed).append("measurable_result")
    score = (
        0.5 * sum(star.values()) / 4
        + 0.2 * min(1.0, ownership / 0.5)
        + 0.2 * (1.0 if measurable else 0.0)
        + 0.1 * length_fit
    )
    if words < 40:  # a sentence or two is not a story, whatever words it happens to use
        score = min(score, 0.2)
    return Grade(
        prompt.id,
        "behavioral",
        covered,
        missed,
        score,
        words,
        {
            "star": star,
            "ownership": round(ownership, 2),
            "i_count": i_n,
            "we_count": we_n,
            "measurable": measurable,
            "words": words,
            "target_words": list(TARGET_WORDS),
            "story_type": prompt.story_type,
            "is_story": is_story,
        },
    )


_I_VERB = re.compile(
    r"\bi\s+(\w+ed|chose|built|ran|wrote|set|led|made|took|sent|met|spoke|told|"
    r"found|drove|gave|got|began|kept|cut|put|saw|did)\b"
)


def _raw_i_verb(lower: str) -> bool:
    """Two 'I + past-tense verb's are the action in any story, whatever the verbs."""
    return len(_I_VERB.findall(lower)) >= 2
