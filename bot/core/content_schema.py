"""The curriculum's schema: the pydantic models every content file is validated against.

``content/program.yaml`` holds the routing questions, phases, gates, checklist, mistakes and
resources; every other YAML file a ``prompts:`` list of theory, coding, system design and behavioral
prompts. ``content/SCHEMA.md`` explains each field for authors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ID_RE = r"^[a-z0-9][a-z0-9_.-]{1,63}$"
Ident = Annotated[str, Field(pattern=ID_RE)]
Text = Annotated[str, Field(min_length=3)]


class Kind(StrEnum):
    THEORY = "theory"
    CODING = "coding"
    SYSTEM_DESIGN = "system_design"
    BEHAVIORAL = "behavioral"


#: The four interview rounds /readiness reports on, and the phase that trains each.
ROUNDS: tuple[str, ...] = ("theory", "coding", "system_design", "behavioral")
ROUND_TITLES: dict[str, str] = {
    "theory": "Theory screen",
    "coding": "Coding",
    "system_design": "ML system design",
    "behavioral": "Behavioral + mock",
}
KIND_PHASE: dict[Kind, int] = {
    Kind.THEORY: 1,
    Kind.CODING: 2,
    Kind.SYSTEM_DESIGN: 3,
    Kind.BEHAVIORAL: 4,
}

DESIGN_STEPS: tuple[str, ...] = (
    "requirements",
    "objective",
    "data",
    "model",
    "serving",
    "monitoring",
)
DESIGN_CHECKLIST: tuple[str, ...] = (
    "metric",
    "baseline",
    "skew",
    "data_drift",
    "concept_drift",
    "rollback",
)
#: The six theory topics a technical phone screen tests (seed 000, the MentorCruise roadmap: "bias-variance
#: tradeoff, regularization, evaluation metrics, gradient descent variants, overfitting, and probability"),
#: as the ``topic`` values the curriculum uses. Readiness scores them; the breadth table and the content
#: tests hold each at a minimum number of prompts.
PHONE_SCREEN_TOPICS: tuple[str, ...] = (
    "bias-variance",
    "regularization",
    "evaluation-metrics",
    "gradient-descent",
    "overfitting",
    "probability",
)
STORY_TYPES: tuple[str, ...] = (
    "production-failure",
    "model-disagreement",
    "explaining-limits",
    "incomplete-data",
    "ownership",
    "mentoring-cross-team",
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KeyPoint(Strict):
    """One thing a strong answer says. ``cues`` are phrases the matcher looks for: all the content
    words of one cue must appear close together (any order, any inflection, common synonyms)."""

    id: Ident
    text: Text
    cues: list[Annotated[str, Field(min_length=2)]] = Field(min_length=1)
    mechanism: bool = True  # False for the definition-level point every answer gets
    #: what strong looks like: a 2-4 sentence model explanation, shown when the point is missed
    explanation: Text | None = None


class Misconception(Strict):
    """A common wrong belief about a prompt. When an answer states it, the key point it contradicts is
    marked contradicted and the correction leads the feedback. ``cues`` use the key-point cue syntax,
    but their words must appear **in this order** inside one sentence, not negated."""

    id: Ident
    key_point: Ident  # the key point (of the prompt or its follow-up) whose claim this belief gets wrong
    belief: Text  # the wrong claim, as a candidate would state it
    correction: Text  # one or two sentences: "Careful: ..." without the "Careful:" prefix
    cues: list[Annotated[str, Field(min_length=2)]] = Field(min_length=1)


class FollowUp(Strict):
    question: Text
    key_points: list[KeyPoint] = Field(min_length=1, max_length=6)


class Depths(Strict):
    s30: Text  # the 30-second version
    m2: Text  # the 2-minute version
    m5: Text  # the 5-minute version


class PromptBase(Strict):
    id: Ident
    phase: int = Field(ge=1, le=4)
    topic: Ident
    difficulty: int = Field(ge=1, le=3)
    question: Text
    tags: list[str] = Field(default_factory=list)

    @property
    def round(self) -> str:
        return self.kind.value  # type: ignore[attr-defined, no-any-return]


class TheoryPrompt(PromptBase):
    kind: Literal[Kind.THEORY] = Kind.THEORY
    key_points: list[KeyPoint] = Field(min_length=3, max_length=6)
    follow_up: FollowUp
    anchor: Text  # nudge to tie the answer to the user's own work
    depths: Depths
    misconceptions: list[Misconception] = Field(default_factory=list, max_length=12)

    @model_validator(mode="after")
    def _unique_kp(self) -> TheoryPrompt:
        _no_dupes([k.id for k in self.key_points], f"{self.id} key point")
        _no_dupes([k.id for k in self.follow_up.key_points], f"{self.id} follow-up key point")
        _no_dupes([m.id for m in self.misconceptions], f"{self.id} misconception")
        known = {k.id for k in self.key_points} | {k.id for k in self.follow_up.key_points}
        for m in self.misconceptions:
            if m.key_point not in known:
                raise ValueError(f"{self.id}: misconception {m.id} names unknown key point {m.key_point!r}")
        return self


class DrillTest(Strict):
    name: Text
    code: Text  # Python statements with asserts; runs with the solution's names, `np` and `math`
    edge: bool = False
    hidden: bool = False  # a judge's hidden test: the learner sees its name and whether it passed, not its code


class CodingPrompt(PromptBase):
    kind: Literal[Kind.CODING] = Kind.CODING
    signature: Text
    time_budget_min: int = Field(ge=5, le=60)
    hints: list[Text] = Field(min_length=1)
    solution: Text
    tests: list[DrillTest] = Field(min_length=3)
    follow_up: Text | None = None

    @model_validator(mode="after")
    def _has_edge(self) -> CodingPrompt:
        if not any(t.edge for t in self.tests):
            raise ValueError(f"{self.id}: at least one test must be an edge case (edge: true)")
        return self


class DesignStep(Strict):
    strong: Text  # what strong looks like in this step, for this problem
    cues: list[Annotated[str, Field(min_length=2)]] = Field(min_length=2)


class SystemDesignPrompt(PromptBase):
    kind: Literal[Kind.SYSTEM_DESIGN] = Kind.SYSTEM_DESIGN
    clarifying_questions: list[Text] = Field(min_length=3)
    steps: dict[str, DesignStep]
    checklist: dict[str, list[Annotated[str, Field(min_length=2)]]]
    follow_up: Text | None = None

    @field_validator("steps")
    @classmethod
    def _six_steps(cls, v: dict[str, DesignStep]) -> dict[str, DesignStep]:
        if set(v) != set(DESIGN_STEPS):
            raise ValueError(f"steps must be exactly {', '.join(DESIGN_STEPS)}")
        return v

    @field_validator("checklist")
    @classmethod
    def _checklist(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        if set(v) != set(DESIGN_CHECKLIST):
            raise ValueError(f"checklist must be exactly {', '.join(DESIGN_CHECKLIST)}")
        return v


class Star(Strict):
    situation: Text
    task: Text
    action: Text
    result: Text


class BehavioralPrompt(PromptBase):
    kind: Literal[Kind.BEHAVIORAL] = Kind.BEHAVIORAL
    story_type: str
    listens_for: list[Text] = Field(min_length=2)
    star: Star
    follow_up: Text | None = None

    @field_validator("story_type")
    @classmethod
    def _type(cls, v: str) -> str:
        if v not in STORY_TYPES:
            raise ValueError(f"story_type must be one of {', '.join(STORY_TYPES)}")
        return v


Prompt = Annotated[
    TheoryPrompt | CodingPrompt | SystemDesignPrompt | BehavioralPrompt,
    Field(discriminator="kind"),
]


class PromptFile(Strict):
    prompts: list[Prompt] = Field(min_length=1)


# ---- program.yaml: routing, phases, gates --------------------------------------------------------

EvidenceType = Literal[
    "self",  # only a self-tick counts
    "theory_answers",  # graded theory answers (topics, min_score, count)
    "follow_ups",  # graded follow-up answers above min_score
    "drills",  # coding drills reported passing (topics, in_time, count)
    "design_runs",  # system-design runs (count, min_score, checklist items all present)
    "stories",  # behavioral stories (count, min STAR parts, distinct types)
    "mock_booked",  # the learner said a mock with a real interviewer is booked (or done)
    "mock_done",  # the learner said they did one (self-reported until a peer confirms it)
]


class Evidence(Strict):
    type: EvidenceType
    topics: list[str] = Field(default_factory=list)
    count: int = Field(default=1, ge=1)
    min_score: float = Field(default=0.6, ge=0, le=1)
    in_time: bool = False
    checklist: list[str] = Field(default_factory=list)
    distinct_types: int = Field(default=0, ge=0)


class Criterion(Strict):
    id: Ident
    text: Text
    evidence: Evidence


class Resource(Strict):
    title: Text
    url: str | None = None
    note: Text


class PhaseSpec(Strict):
    number: int = Field(ge=1, le=4)
    name: Text
    round: str
    min_days: int = Field(ge=1)
    max_days: int = Field(ge=1)
    goal: Text
    mix: dict[str, int]  # share of new prompts per kind in this phase's drip, e.g. {theory: 1}
    exit_criteria: list[Criterion] = Field(min_length=1)
    resources: list[Resource] = Field(default_factory=list)


class RoutingQuestion(Strict):
    id: Ident
    text: Text
    probes: Text  # what a yes really requires, shown when the user asks why
    yes_means: Text  # "you've shipped a model and watched it for drift": the routing reason's words
    no_means: Text  # "the six-step design framework isn't automatic yet"


class Mistake(Strict):
    id: Ident
    mistake: Text
    cause: Text
    fix: Text


class Program(Strict):
    routing_questions: list[RoutingQuestion] = Field(min_length=4, max_length=4)
    phase_reasons: dict[int, Text]  # why the user starts in this phase
    phases: list[PhaseSpec] = Field(min_length=4, max_length=4)
    ready_checklist: list[Criterion] = Field(min_length=3)
    mistakes: list[Mistake] = Field(default_factory=list)
    story_inventory: Text
    peer_mock_rubric: Text  # the interviewer side's one page, sent to both partners of a peer mock
    staff_extra_design_days: int = 7

    @model_validator(mode="after")
    def _phases(self) -> Program:
        if [p.number for p in self.phases] != [1, 2, 3, 4]:
            raise ValueError("phases must be numbered 1, 2, 3, 4 in order")
        if set(self.phase_reasons) != {1, 2, 3, 4}:
            raise ValueError("phase_reasons needs an entry for each of phases 1-4")
        ids = [c.id for p in self.phases for c in p.exit_criteria] + [c.id for c in self.ready_checklist]
        _no_dupes(ids, "criterion")
        return self


def _no_dupes(ids: Iterable[str], what: str) -> None:
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    if dupes:
        raise ValueError(f"duplicate {what} id(s): {', '.join(sorted(dupes))}")
