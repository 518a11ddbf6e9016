"""The curriculum: schema, minimums, every drill's reference solution, packs, export."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.core.breadth import MAX_TOPIC_SHARE, MIN_PHONE_SCREEN, breadth, render_breadth
from bot.core.curriculum import PHONE_SCREEN_TOPICS as PHONE_SCREEN
from bot.core.curriculum import (
    CodingPrompt,
    ContentError,
    Curriculum,
    Kind,
    TheoryPrompt,
    default_content_dir,
    load_curriculum,
)
from bot.core.drills import run_drill_tests

THEORY_TOPICS = PHONE_SCREEN + (
    "linear-regression",
    "logistic-regression",
    "decision-trees",
    "random-forests",
    "gradient-boosting",
    "k-means",
    "pca",
    "cnn",
    "rnn",
    "transformers",
    "embeddings",
    "dropout",
    "batch-norm",
    "tokenization",
    "context-windows",
    "rag",
    "fine-tuning",
    "llm-evals",
    "class-imbalance",
    "leakage",
    "distribution-shift",
    "business-metrics",
)
DESIGN_TOPICS = (
    "feed-ranking",
    "fraud-detection",
    "search-ranking",
    "autocomplete",
    "ads-ctr",
    "video-recs",
    "content-moderation",
    "embedding-retrieval",
    "llm-assistant",
    "eta-prediction",
    "spam-filtering",
    "notification-ranking",
)


def test_minimums(curriculum: Curriculum) -> None:
    kinds = Counter(p.kind for p in curriculum.prompts.values())
    assert kinds[Kind.THEORY] >= 60
    assert kinds[Kind.CODING] >= 15
    assert kinds[Kind.SYSTEM_DESIGN] >= 12
    assert kinds[Kind.BEHAVIORAL] >= 15
    topics = Counter(p.topic for p in curriculum.prompts.values())
    for t in PHONE_SCREEN:
        assert topics[t] >= 6, t
    for t in THEORY_TOPICS + DESIGN_TOPICS:
        assert topics[t] >= 1, t
    types = Counter(getattr(p, "story_type", None) for p in curriculum.by_kind(Kind.BEHAVIORAL))
    assert len(types) == 6


def test_theory_prompts_are_complete(curriculum: Curriculum) -> None:
    for p in curriculum.by_kind(Kind.THEORY):
        assert isinstance(p, TheoryPrompt)
        assert 3 <= len(p.key_points) <= 6
        assert sum(not k.mechanism for k in p.key_points) <= 1, p.id
        assert p.follow_up.key_points and p.anchor and p.depths.s30 and p.depths.m5


def test_gates_and_program(curriculum: Curriculum) -> None:
    prog = curriculum.program
    assert len(prog.routing_questions) == 4
    assert [len(p.exit_criteria) for p in prog.phases] == [5, 5, 5, 2]
    assert len(prog.ready_checklist) == 5 and len(prog.mistakes) >= 5
    assert all(p.resources for p in prog.phases)


CODING = [p for p in load_curriculum([default_content_dir()]).prompts.values() if isinstance(p, CodingPrompt)]


@pytest.mark.parametrize("drill", CODING, ids=[p.id for p in CODING])
def test_reference_solution_passes_its_tests(drill: CodingPrompt) -> None:
    outcomes = run_drill_tests(drill)
    assert all(o.passed for o in outcomes), [o for o in outcomes if not o.passed]


def test_a_wrong_solution_fails_the_tests() -> None:
    drill = next(p for p in CODING if p.topic == "classification-metrics")
    broken = drill.solution.replace("return", "return None and ", 1)
    assert not all(o.passed for o in run_drill_tests(drill, broken))


def _pack(tmp_path: Path, prompts: list[dict]) -> Path:
    d = tmp_path / "pack"
    d.mkdir()
    (d / "ours.yaml").write_text(yaml.safe_dump({"prompts": prompts}))
    return d


def test_content_pack_adds_and_overrides(tmp_path: Path, curriculum: Curriculum) -> None:
    base = curriculum.prompts["th-bv-01"].model_dump(mode="json")
    override = dict(base, question="Our study group's own version: explain bias and variance using our churn model.")
    extra = dict(
        base,
        id="grp-bv-01",
        topic="our-churn-model",
        question="Walk through why the churn model's weekly retrains disagree on the same customers.",
    )
    cur = load_curriculum([default_content_dir(), _pack(tmp_path, [override, extra])])
    assert cur.prompts["th-bv-01"].question.startswith("Our study group's")
    assert "grp-bv-01" in cur.prompts and len(cur.prompts) == len(curriculum.prompts) + 1


def test_bad_pack_reports_every_problem(tmp_path: Path) -> None:
    bad = [
        {"id": "BAD ID", "kind": "theory", "phase": 1, "topic": "misc-topic", "difficulty": 5, "question": "?"},
        {
            "id": "ok-id",
            "kind": "coding",
            "phase": 2,
            "topic": "misc-topic",
            "difficulty": 1,
            "question": "Do it",
            "signature": "def f()",
            "time_budget_min": 10,
            "hints": ["a real hint"],
            "solution": "def f(): pass",
            "tests": [{"name": "plain test", "code": "assert 1"}] * 3,
        },
    ]
    with pytest.raises(ContentError) as e:
        load_curriculum([default_content_dir(), _pack(tmp_path, bad)])
    msg = str(e.value)
    assert "BAD ID" in msg or "#0" in msg
    assert "edge" in msg


def test_near_duplicate_questions_are_rejected(tmp_path: Path, curriculum: Curriculum) -> None:
    base = curriculum.prompts["th-bv-02"].model_dump(mode="json")
    dup = dict(base, id="grp-dup-01")
    with pytest.raises(ContentError, match="nearly the same question"):
        load_curriculum([default_content_dir(), _pack(tmp_path, [dup])])


def test_missing_program_is_an_error(tmp_path: Path) -> None:
    d = tmp_path / "c"
    shutil.copytree(default_content_dir() / "theory", d / "theory")
    with pytest.raises(ContentError, match=r"program\.yaml"):
        load_curriculum([d])


def _cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True, timeout=120, env=env
    )


def test_cli_validate_stats_export() -> None:
    r = _cli("content", "validate")
    assert r.returncode == 0 and "content OK" in r.stdout, r.stderr
    r = _cli("content", "stats", "--json")
    stats = json.loads(r.stdout)
    assert stats["by_phase"]["1"] >= 60
    assert stats["breadth"]["phone_screen"].keys() == set(PHONE_SCREEN) and stats["breadth"]["over_share"] == []
    r = _cli("content", "stats")
    assert r.returncode == 0 and "Phone-screen topics" in r.stdout and "Breadth rules hold" in r.stdout, r.stderr
    r = _cli("content", "export")
    doc = json.loads(r.stdout)
    assert isinstance(doc["prompts"], list) and len(doc["prompts"]) >= 100
    for p in doc["prompts"]:
        assert {"id", "phase", "kind", "topic", "question"} <= set(p)
        assert p["kind"] in ("theory", "coding", "system_design", "behavioral") and 1 <= p["phase"] <= 4


# ---- breadth (issue #16) -------------------------------------------------------------------------------
# The breadth issue #16 asked for, at least; the share and depth rules hold at every size.
TARGETS = dict(theory=200, system_design=30, coding=40, behavioral=24)


def _kinds(curriculum: Curriculum) -> dict[str, int]:
    return {k.value: len(curriculum.by_kind(k)) for k in Kind}


def test_no_theory_topic_above_its_share_and_phone_screen_topics_stay_deep(curriculum: Curriculum) -> None:
    b = breadth(curriculum)
    assert not b.over_share, [(t.topic, f"{t.share:.1%}") for t in b.over_share]
    assert all(n >= MIN_PHONE_SCREEN for n in b.phone_screen.values()), b.phone_screen
    theory = Counter(p.topic for p in curriculum.by_kind(Kind.THEORY))
    assert max(theory.values()) <= MAX_TOPIC_SHARE * sum(theory.values())


def test_the_curriculum_has_the_breadth_of_the_best_question_banks(curriculum: Curriculum) -> None:
    counts = _kinds(curriculum)
    short = {k: (counts[k], n) for k, n in TARGETS.items() if counts[k] < n}
    assert not short, short


def test_breadth_flags_a_topic_above_its_share_and_a_thin_phone_screen_topic(curriculum: Curriculum) -> None:
    """Re-label theory prompts so one topic swells and a phone-screen topic thins: both must be flagged."""
    theory = [p for p in curriculum.by_kind(Kind.THEORY) if p.topic not in PHONE_SCREEN]
    swell = int(0.2 * len(curriculum.by_kind(Kind.THEORY)))  # a fifth of theory, above the 15 % share
    moved = {p.id: p.model_copy(update={"topic": "leakage"}) for p in theory[:swell]}
    moved |= {
        p.id: p.model_copy(update={"topic": "pca"}) for p in curriculum.by_kind(Kind.THEORY) if p.topic == "probability"
    }
    changed = Curriculum(program=curriculum.program, prompts={**curriculum.prompts, **moved})
    b = breadth(changed)
    assert [t.topic for t in b.over_share] == ["leakage"]
    assert b.thin_phone_screen == ["probability"] and b.phone_screen["probability"] == 0
    text = render_breadth(b)
    assert "FLAG: leakage holds" in text and "FLAG: phone-screen topic probability has 0 prompts" in text
    assert "Breadth rules hold" not in text


def test_breadth_table_columns_line_up_when_a_level_holds_a_hundred_prompts(curriculum: Curriculum) -> None:
    b = breadth(curriculum)
    assert max(n for levels in b.by_kind.values() for n in levels.values()) >= 100  # the case that slipped
    lines = render_breadth(b).splitlines()
    head, rows = lines[0], lines[1 : 1 + len(b.by_kind)]
    ends = [head.index(f"L{lv}") + 2 for lv in (1, 2, 3)] + [head.index("total") + 5]
    for row in rows:  # every number ends under the end of its column's label
        assert all(row[end - 1].isdigit() and row[end : end + 1] in ("", " ") for end in ends), (head, row)
