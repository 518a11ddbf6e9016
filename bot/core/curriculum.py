"""The curriculum: schema, loader and validation.

Content lives as YAML under ``content/`` (and any extra ``CONTENT_DIRS`` packs). Every file is
validated against the pydantic models below when the bot starts, so a typo in a study group's pack
is a clear error at start-up rather than a broken prompt at 08:30 on a Tuesday.

File layout:
  content/program.yaml            routing questions, phases, gates, checklist, mistakes, resources
  content/<anything>/*.yaml       ``prompts:`` lists of theory / coding / system_design / behavioral prompts
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

# libyaml's C parser when present (several times faster at start-up), else the pure-Python one
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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
    misconceptions: list[Misconception] = Field(default_factory=list, max_length=3)

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
    "mock_booked",  # user said a mock with a real interviewer is booked or done
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


# ---- the loaded curriculum ----------------------------------------------------------------------


class ContentError(Exception):
    """Raised with every problem found, one per line, so an author fixes them all in one pass."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class Curriculum:
    program: Program
    prompts: dict[str, TheoryPrompt | CodingPrompt | SystemDesignPrompt | BehavioralPrompt]
    sources: dict[str, str] = field(default_factory=dict)  # prompt id -> file it came from

    def by_kind(self, kind: Kind) -> list[TheoryPrompt | CodingPrompt | SystemDesignPrompt | BehavioralPrompt]:
        return [p for p in self.prompts.values() if p.kind == kind]

    def topics(self) -> dict[str, list[str]]:
        """topic -> prompt ids, in a stable order."""
        out: dict[str, list[str]] = {}
        for p in sorted(self.prompts.values(), key=lambda p: (p.phase, p.topic, p.id)):
            out.setdefault(p.topic, []).append(p.id)
        return out

    def phase(self, number: int) -> PhaseSpec:
        return self.program.phases[number - 1]

    def criterion(self, cid: str) -> Criterion | None:
        for p in self.program.phases:
            for c in p.exit_criteria:
                if c.id == cid:
                    return c
        for c in self.program.ready_checklist:
            if c.id == cid:
                return c
        return None

    def stats(self) -> dict[str, Any]:
        ps = list(self.prompts.values())
        return {
            "prompts": len(ps),
            "by_phase": dict(sorted(Counter(p.phase for p in ps).items())),
            "by_kind": dict(sorted(Counter(p.kind.value for p in ps).items())),
            "by_topic": dict(sorted(Counter(p.topic for p in ps).items())),
            "by_difficulty": dict(sorted(Counter(p.difficulty for p in ps).items())),
            "key_points": sum(len(p.key_points) for p in ps if isinstance(p, TheoryPrompt)),
            "coding_tests": sum(len(p.tests) for p in ps if isinstance(p, CodingPrompt)),
            "exit_criteria": {p.number: len(p.exit_criteria) for p in self.program.phases},
            "ready_checklist": len(self.program.ready_checklist),
            "mistakes": len(self.program.mistakes),
            "resources": {p.number: len(p.resources) for p in self.program.phases},
        }

    def export(self) -> dict[str, Any]:
        prompts = []
        for p in sorted(self.prompts.values(), key=lambda p: (p.phase, p.topic, p.id)):
            d = p.model_dump(mode="json")
            d["round"] = p.kind.value
            d["source"] = self.sources.get(p.id)
            prompts.append(d)
        return {
            "version": 1,
            "stats": self.stats(),
            "program": self.program.model_dump(mode="json"),
            "prompts": prompts,
        }


def _no_dupes(ids: Iterable[str], what: str) -> None:
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    if dupes:
        raise ValueError(f"duplicate {what} id(s): {', '.join(sorted(dupes))}")


def _fmt_validation(path: Path, err: ValidationError, data: Any) -> list[str]:
    out = []
    for e in err.errors():
        loc = list(e["loc"])
        # name the prompt by id rather than by list index where we can
        if len(loc) >= 2 and loc[0] == "prompts" and isinstance(loc[1], int):
            try:
                pid = data["prompts"][loc[1]].get("id", f"#{loc[1]}")
            except (KeyError, IndexError, TypeError, AttributeError):
                pid = f"#{loc[1]}"
            loc = [pid, *[x for x in loc[2:] if x not in ("theory", "coding", "system_design", "behavioral")]]
        where = ".".join(str(x) for x in loc)
        out.append(f"{path}: {where}: {e['msg']}")
    return out


def _yaml_files(d: Path) -> list[Path]:
    return sorted(p for p in d.rglob("*.y*ml") if p.is_file() and p.suffix in (".yaml", ".yml"))


def load_curriculum(dirs: Sequence[Path | str]) -> Curriculum:
    """Load the base content directory and then each pack in order; a later pack's prompt with an
    existing id overrides it, and a pack's program.yaml replaces the base program."""
    problems: list[str] = []
    program: Program | None = None
    prompts: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for i, d in enumerate(Path(x) for x in dirs):
        if not d.is_dir():
            problems.append(f"{d}: content directory not found")
            continue
        seen_here: dict[str, Path] = {}
        for path in _yaml_files(d):
            try:
                data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
            except yaml.YAMLError as e:
                problems.append(f"{path}: not valid YAML: {e}")
                continue
            if data is None:
                continue
            if path.name in ("program.yaml", "program.yml"):
                try:
                    program = Program.model_validate(data)
                except ValidationError as e:
                    problems.extend(_fmt_validation(path, e, data))
                continue
            if not isinstance(data, dict) or "prompts" not in data:
                problems.append(f"{path}: expected a mapping with a 'prompts:' list")
                continue
            try:
                pf = PromptFile.model_validate(data)
            except ValidationError as e:
                problems.extend(_fmt_validation(path, e, data))
                continue
            for p in pf.prompts:
                if p.id in seen_here:
                    problems.append(f"{path}: prompt id {p.id!r} already used in {seen_here[p.id]}")
                    continue
                seen_here[p.id] = path
                if p.id in prompts and i == 0:
                    problems.append(f"{path}: duplicate prompt id {p.id!r}")
                    continue
                prompts[p.id] = p
                sources[p.id] = str(path)
    if program is None and not problems:
        problems.append("no program.yaml found in the content directories")
    if program is not None:
        problems.extend(_cross_check(program, prompts))
    problems.extend(_near_duplicates(prompts))
    if problems:
        raise ContentError(problems)
    assert program is not None
    return Curriculum(program=program, prompts=prompts, sources=sources)


def _cross_check(program: Program, prompts: dict[str, Any]) -> list[str]:
    out = []
    topics = {p.topic for p in prompts.values()}
    for p in prompts.values():
        if p.phase != KIND_PHASE[p.kind]:
            out.append(f"{p.id}: a {p.kind.value} prompt belongs to phase {KIND_PHASE[p.kind]}")
    crit = [c for ph in program.phases for c in ph.exit_criteria] + list(program.ready_checklist)
    for c in crit:
        for t in c.evidence.topics:
            if t not in topics:
                out.append(f"program.yaml: criterion {c.id} names unknown topic {t!r}")
        for item in c.evidence.checklist:
            if item not in DESIGN_CHECKLIST:
                out.append(f"program.yaml: criterion {c.id} names unknown checklist item {item!r}")
    for ph in program.phases:
        for k in ph.mix:
            if k not in {x.value for x in Kind}:
                out.append(f"program.yaml: phase {ph.number} mix names unknown kind {k!r}")
    return out


_WORD = re.compile(r"[a-z0-9]+")


def _shingles(text: str) -> set[str]:
    w = _WORD.findall(text.lower())
    return {" ".join(w[i : i + 3]) for i in range(max(0, len(w) - 2))}


def _near_duplicates(prompts: dict[str, Any], threshold: float = 0.6) -> list[str]:
    """Two questions sharing most of their word trigrams are the same prompt written twice."""
    items = [(pid, _shingles(p.question)) for pid, p in prompts.items()]
    out = []
    for i in range(len(items)):
        a_id, a = items[i]
        for j in range(i + 1, len(items)):
            b_id, b = items[j]
            if not a or not b:
                continue
            jac = len(a & b) / len(a | b)
            if jac >= threshold:
                out.append(f"prompts {a_id} and {b_id} ask nearly the same question ({jac:.0%} overlap)")
    return out


def default_content_dir() -> Path:
    """``content/`` beside the ``bot`` package (a source checkout or an editable install)."""
    return Path(__file__).resolve().parents[2] / "content"
