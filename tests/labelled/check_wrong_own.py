"""Validate tests/labelled/wrong_own.yaml against the dump it was written from
(tests/labelled/dumps/wrong_own_prompts.yaml: the 63 prompts' questions and key points, no cues):
ids, key points, schema, word counts, two wrong and one right answer per prompt.

Also validates the sets written the same way since: wrong_own2 and wrong_own3 (held out) and the seventh pass's
tuning sets wrong_t7_A … wrong_t7_F (dumps/t7_*_prompts.yaml, written by ``dump_seventh.py``), and the ninth pass's
wrong_t9_A … wrong_t9_F (a second writer, the same dumps).

Usage: python tests/labelled/check_wrong_own.py [wrong_own2 | wrong_own3 | wrong_t7_A …]
"""

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
STYLES = {"prose", "bullets", "terse", "math", "war-story", "typos"}
FIRST_LINE = "# tuning set since the sixth pass (held out in the fifth; measured before and after it): see WRONG_OWN.md"


def check(prompts: dict, answers: list[dict], per: dict | None = None) -> list[str]:
    """``per``: the labels each prompt has (two wrong and one right unless given; ``None`` values: any
    count up to the given one, for sets with a right answer on only some prompts)."""
    errs = [f"duplicate id {i}" for i, c in Counter(a["id"] for a in answers).items() if c > 1]
    per_prompt: Counter = Counter()
    for a in answers:
        i, p = a["id"], prompts.get(a["prompt_id"])
        if p is None:
            errs.append(f"{i}: unknown prompt {a['prompt_id']}")
            continue
        per_prompt[a["prompt_id"]] += 1
        if not isinstance(a["follow_up"], bool):
            errs.append(f"{i}: follow_up not bool")
        if a["style"] not in STYLES:
            errs.append(f"{i}: style {a['style']}")
        n = len(a["answer"].split())
        if not 15 <= n <= 90:
            errs.append(f"{i}: {n} words")
        if a["label"] == "wrong":
            kps = {k["id"] for k in (p["follow_up"]["key_points"] if a["follow_up"] else p["key_points"])}
            if not a.get("contradicted"):
                errs.append(f"{i}: wrong without contradicted")
            errs += [
                f"{i}: {k} is not a key point of its question" for k in a.get("contradicted") or [] if k not in kps
            ]
            if not a.get("belief"):
                errs.append(f"{i}: no belief")
        elif a["label"] == "right":
            if "contradicted" in a or "belief" in a:
                errs.append(f"{i}: right answer has contradicted/belief")
        else:
            errs.append(f"{i}: label {a['label']}")
    errs += [f"prompt without answers: {p}" for p in sorted(set(prompts) - set(per_prompt))]
    for pid in per_prompt:
        labels = Counter(a["label"] for a in answers if a["prompt_id"] == pid)
        want = per or {"wrong": 2, "right": 1}
        if any(labels[k] != v if k == "wrong" else labels[k] > v for k, v in want.items()) or set(labels) - set(want):
            errs.append(f"{pid}: labels {dict(labels)}")
    return errs


HELD_OUT_LINE = "# held-out split: never tune on this"
T7_LINE = "# tuning set (seventh pass): written blind from the dump, then tuned on; see WRONG_T7.md"
T9_LINE = "# tuning set (ninth pass): written blind from the dump, then tuned on; see WRONG_T9.md"

#: each set: the dump it was written from, its first line, and the labels per prompt
SETS = {
    "wrong_own": ("wrong_own_prompts.yaml", FIRST_LINE, None),
    "wrong_own2": ("wrong_own2_prompts.yaml", HELD_OUT_LINE, None),
    # one wrong answer per prompt, a right one on about every third prompt
    "wrong_own3": ("wrong_own_prompts.yaml", HELD_OUT_LINE, {"wrong": 1, "right": 1}),
    **{f"wrong_t7_{g}": (f"t7_{g}_prompts.yaml", T7_LINE, None) for g in "ABCDEF"},
    # the ninth pass: a second writer on the seventh pass's prompts, from the same dumps
    **{f"wrong_t9_{g}": (f"t7_{g}_prompts.yaml", T9_LINE, None) for g in "ABCDEF"},
}


def main(name: str = "wrong_own") -> int:
    dump, first_line, per = SETS[name]
    prompts = {p["id"]: p for p in yaml.safe_load((HERE / "dumps" / dump).read_text())["prompts"]}
    path = HERE / f"{name}.yaml"
    answers = yaml.safe_load(path.read_text())["answers"]
    errs = check(prompts, answers, per)
    if path.read_text().splitlines()[0].strip() != first_line:
        errs.append("bad first line")
    print(f"{len(answers)} answers, {len({a['prompt_id'] for a in answers})} prompts")
    print("labels:", dict(Counter(a["label"] for a in answers)))
    print("styles:", dict(Counter(a["style"] for a in answers)))
    print("ERRORS:" if errs else "OK", *errs, sep="\n")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
