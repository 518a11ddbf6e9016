"""Every misconception flag the grader raises on the labelled answers that may be read (sealed answers
and sealed sets are never graded here), for whoever writes misconception cues:

    python -m bench.flags                 # false alarms: flags on answers not labelled wrong
    python -m bench.flags --missed        # wrong answers that state a belief no cue caught
    python -m bench.flags --prompt th-bv  # only prompts whose id starts with this

A false alarm prints the answer's id, the misconception, the layer that found it and the sentence it
fired on; a missed wrong answer prints its id, the key point it contradicts and its text.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.accuracy import HELD_OUT, INDEPENDENT, LABELLED, WRONG_SEALED, grade_item, load_items
from bot.core.curriculum import TheoryPrompt, default_content_dir, load_curriculum
from bot.core.matcher import Matcher

#: Sets nobody may tune on: never graded here (``wrong_own2.yaml`` and ``wrong_own3.yaml`` are held out to
#: measure how belief lists written without them carry over to answers written without them;
#: tests/labelled/WRONG_OWN2.md, WRONG_OWN3.md).
SEALED_SETS = frozenset({WRONG_SEALED, "new_prompts.yaml", *HELD_OUT})


def readable_sets() -> list[Path]:
    return [p for p in sorted(LABELLED.glob("*.yaml")) if p.name not in SEALED_SETS]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--missed", action="store_true", help="wrong answers no misconception caught")
    ap.add_argument("--prompt", default="", help="only prompt ids starting with this")
    args = ap.parse_args(argv)
    cur = load_curriculum([default_content_dir()])
    m = Matcher()
    shown = total = 0
    for path in readable_sets():
        for n, item in enumerate(load_items(path)):  # the sealed split is left out
            if item.get("split") == "sealed" and path.name == INDEPENDENT:
                continue
            pid = str(item.get("prompt_id", ""))
            if not pid.startswith(args.prompt) or not isinstance(cur.prompts.get(pid), TheoryPrompt):
                continue
            wrong = item.get("label") == "wrong"
            if wrong != args.missed:
                continue
            total += 1
            name = f"{path.stem}/{item.get('id') or f'#{n}'}"
            g, _ = grade_item(cur, m, item)
            if args.missed and not g.corrections:
                shown += 1
                kps = ", ".join(item.get("contradicted") or [str(item.get("misconception_id", "?"))])
                print(f"{name} {pid} contradicts {kps}:\n    {item['answer'].strip()}\n")
            elif not args.missed:
                for c in g.corrections:
                    shown += 1
                    print(f"{name} {pid} [{item.get('label')}] {c.misconception} (by {c.by}):")
                    print(f"    {c.span}\n")
    what = "wrong answers with no flag" if args.missed else "flags on answers not labelled wrong"
    print(f"{shown} {what} (of {total} answers read)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
