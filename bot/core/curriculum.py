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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.core.content_schema import (
    DESIGN_CHECKLIST,
    DESIGN_STEPS,
    ID_RE,
    KIND_PHASE,
    PHONE_SCREEN_TOPICS,
    ROUND_TITLES,
    ROUNDS,
    STORY_TYPES,
    BehavioralPrompt,
    CodingPrompt,
    Criterion,
    Depths,
    DesignStep,
    DrillTest,
    Evidence,
    EvidenceType,
    FollowUp,
    Ident,
    KeyPoint,
    Kind,
    Misconception,
    Mistake,
    PhaseSpec,
    Program,
    Prompt,
    PromptBase,
    PromptFile,
    Resource,
    RoutingQuestion,
    Star,
    Strict,
    SystemDesignPrompt,
    Text,
    TheoryPrompt,
)

# libyaml's C parser when present (several times faster at start-up), else the pure-Python one
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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


__all__ = [
    "DESIGN_CHECKLIST",
    "DESIGN_STEPS",
    "ID_RE",
    "KIND_PHASE",
    "PHONE_SCREEN_TOPICS",
    "ROUNDS",
    "ROUND_TITLES",
    "STORY_TYPES",
    "BehavioralPrompt",
    "CodingPrompt",
    "ContentError",
    "Criterion",
    "Curriculum",
    "Depths",
    "DesignStep",
    "DrillTest",
    "Evidence",
    "EvidenceType",
    "FollowUp",
    "Ident",
    "KeyPoint",
    "Kind",
    "Misconception",
    "Mistake",
    "PhaseSpec",
    "Program",
    "Prompt",
    "PromptBase",
    "PromptFile",
    "Resource",
    "RoutingQuestion",
    "Star",
    "Strict",
    "SystemDesignPrompt",
    "Text",
    "TheoryPrompt",
    "default_content_dir",
    "load_curriculum",
]
