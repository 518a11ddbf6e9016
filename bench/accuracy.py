"""How well does feedback detect what an answer says? Precision, recall and F1 of the matcher's
verdicts against hand labels (tests/labelled/*.yaml), and false credit on definition-only answers.

    python -m bench.accuracy            # every labelled file
    python -m bench.accuracy --show-errors
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.core.curriculum import (
    BehavioralPrompt,
    Curriculum,
    SystemDesignPrompt,
    TheoryPrompt,
    default_content_dir,
    load_curriculum,
)
from bot.core.grading import Grade, grade_design, grade_key_points, grade_story
from bot.core.matcher import Matcher

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "labelled"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    items: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def grade_item(cur: Curriculum, m: Matcher, item: dict[str, Any]) -> tuple[Grade, set[str]]:
    """The grade, and the universe of ids it is judged over."""
    p = cur.prompts[item["prompt_id"]]
    text = item.get("answer") or ""
    if isinstance(p, TheoryPrompt):
        kps = p.follow_up.key_points if item.get("follow_up") else p.key_points
        return grade_key_points(m, p.id, "theory", text, kps), {k.id for k in kps}
    if isinstance(p, SystemDesignPrompt):
        g = grade_design(m, p, text)
        return g, set(g.covered) | set(g.missed)
    if isinstance(p, BehavioralPrompt):
        g = grade_story(m, p, text)
        return g, set(g.covered) | set(g.missed)
    raise ValueError(f"{p.id}: coding drills are not graded from text")


def evaluate(files: list[Path], cur: Curriculum, m: Matcher) -> dict[str, Any]:
    by_kind: dict[str, Counts] = defaultdict(Counts)
    total = Counts()
    false_credit = 0
    definition_items = 0
    definition_mech_points = 0
    for f in files:
        for item in yaml.safe_load(f.read_text())["answers"]:
            p = cur.prompts[item["prompt_id"]]
            g, universe = grade_item(cur, m, item)
            gold = set(item.get("covered", []))
            unknown = gold - universe
            if unknown:
                raise ValueError(f"{f.name}: {item['prompt_id']}: unknown ids {sorted(unknown)}")
            pred = set(g.covered)
            kind = p.kind.value + (":follow_up" if item.get("follow_up") else "")
            for c in (by_kind[kind], total):
                c.items += 1
                c.tp += len(pred & gold)
                c.fp += len(pred - gold)
                c.fn += len(gold - pred)
            if pred != gold:
                by_kind[kind].errors.append(
                    f"{f.name} {item['prompt_id']} [{item.get('label', '?')}]: "
                    f"false credit {sorted(pred - gold)}, missed {sorted(gold - pred)}"
                )
            if item.get("label") == "definition" and isinstance(p, TheoryPrompt):
                definition_items += 1
                kps = p.follow_up.key_points if item.get("follow_up") else p.key_points
                mech = {k.id for k in kps if k.mechanism}
                definition_mech_points += len(mech)
                false_credit += len((pred & mech) - gold)
    return {
        "by_kind": dict(by_kind),
        "total": total,
        "definition_items": definition_items,
        "definition_false_credit": false_credit,
        "definition_mech_points": definition_mech_points,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)
    files = args.files or sorted(LABELLED.glob("*.yaml"))
    if not files:
        print("no labelled files", file=sys.stderr)
        return 1
    cur = load_curriculum([default_content_dir()])
    res = evaluate(files, cur, Matcher())
    print(f"labelled answers: {res['total'].items} in {', '.join(f.name for f in files)}")
    print(f"{'kind':<22}{'items':>6}{'precision':>11}{'recall':>8}{'F1':>7}")
    for kind, c in sorted(res["by_kind"].items()):
        print(f"{kind:<22}{c.items:>6}{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>7.3f}")
    t = res["total"]
    print(f"{'all (micro)':<22}{t.items:>6}{t.precision:>11.3f}{t.recall:>8.3f}{t.f1:>7.3f}")
    print(
        f"definition-only answers: {res['definition_items']}, mechanism key points falsely credited: "
        f"{res['definition_false_credit']} of {res['definition_mech_points']}"
    )
    if args.show_errors:
        for _kind, c in sorted(res["by_kind"].items()):
            for e in c.errors:
                print("  " + e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
