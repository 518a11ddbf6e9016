"""`prepdrip grade ID [--json] [--explain]`: grade an answer read from stdin, the way the coach does."""

from __future__ import annotations

import json
import sys

from bot.core.curriculum import CodingPrompt, TheoryPrompt, load_curriculum
from bot.core.grading import grade
from bot.core.matcher import Matcher
from bot.core.verdict import CONTRADICTED, COVERED, MISSED, PARTLY, Grade
from bot.settings import Settings

MARK = {COVERED: "✅", PARTLY: "◐", MISSED: "❌", CONTRADICTED: "⛔"}


def run_grade(settings: Settings, prompt_id: str, *, as_json: bool, follow_up: bool, explain: bool) -> int:
    from bot.core.curriculum import ContentError

    try:
        cur = load_curriculum(settings.content_paths())
    except ContentError as e:
        print(f"The curriculum has {len(e.problems)} problem(s):", file=sys.stderr)
        for prob in e.problems:
            print(f"  - {prob}", file=sys.stderr)
        return 1
    p = cur.prompts.get(prompt_id)
    if p is None:
        print(f"No prompt {prompt_id!r}. `prepdrip content export` lists them.", file=sys.stderr)
        return 2
    if isinstance(p, CodingPrompt):
        print("Coding drills are checked by running their tests, not by grading text.", file=sys.stderr)
        return 2
    g = grade(Matcher(), p, sys.stdin.read(), follow_up=follow_up)
    if as_json:
        out = g.as_json()
        if explain:
            out["layers"] = {pt.id: dict(pt.layers) for pt in g.points}
        print(json.dumps(out))
        return 0
    texts: dict[str, str] = {}
    if isinstance(p, TheoryPrompt):
        texts = {k.id: k.text for k in (p.follow_up.key_points if follow_up else p.key_points)}
    print(render(g, texts, explain=explain))
    return 0


def render(g: Grade, texts: dict[str, str], *, explain: bool) -> str:
    lines = [f"{g.prompt_id} ({g.kind}) — score {g.score:.0%}{'' if g.confident else ' (some verdicts unsure)'}"]
    for c in g.corrections:
        lines.append(f"  Careful: {c.text}")
    for pt in g.points:
        sure = "" if pt.sure else " (unsure)"
        lines.append(f"  {MARK[pt.verdict]} {pt.verdict}{sure} · {texts.get(pt.id, pt.id)}")
        if explain:
            lines.append(f"      id {pt.id}, confidence {pt.confidence:.2f}")
            for layer, said in pt.layers:
                lines.append(f"      {layer}: {said}")
            if pt.span:
                lines.append(f"      span: “{pt.span}”")
    return "\n".join(lines)
