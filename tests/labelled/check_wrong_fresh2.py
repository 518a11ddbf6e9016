"""Validate tests/labelled/wrong_fresh2.yaml against content/theory.

Checks: ids unique; every prompt_id exists; labels, styles and fields are
well formed; every misconception_id exists in its prompt; its key_point is the
single `contradicted` entry; follow_up is true iff that key point belongs to
the prompt's follow-up. Reads only ids and key-point ids from content (no cues,
no corrections). Prints counts.

Usage: python tests/labelled/check_wrong_fresh2.py
"""

import collections
import glob
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STYLES = {"bullets", "prose", "terse", "math", "war-story", "typos", "verbose"}


def load_prompts():
    prompts = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "content", "theory", "*.yaml"))):
        with open(path) as f:
            for p in (yaml.safe_load(f) or {}).get("prompts", []):
                fu = p.get("follow_up") or {}
                prompts[p["id"]] = {
                    "main_kps": {kp["id"] for kp in p.get("key_points") or []},
                    "fu_kps": {kp["id"] for kp in fu.get("key_points") or []},
                    "mis": {m["id"]: m["key_point"] for m in p.get("misconceptions") or []},
                }
    return prompts


def main():
    prompts = load_prompts()
    with open(os.path.join(HERE, "wrong_fresh2.yaml")) as f:
        text = f.read()
    assert text.startswith("# tuning split"), "top comment must be '# tuning split'"
    items = yaml.safe_load(text)["answers"]
    errors = []
    seen = set()
    counts = collections.Counter()
    used_prompts = set()
    for it in items:
        i = it.get("id")
        if i in seen:
            errors.append(f"{i}: duplicate id")
        seen.add(i)
        pid = it.get("prompt_id")
        if not (str(pid).startswith("th2a-") or str(pid).startswith("th2b-")):
            errors.append(f"{i}: prompt {pid} is not th2a-/th2b-")
        if pid not in prompts:
            errors.append(f"{i}: unknown prompt {pid}")
            continue
        used_prompts.add(pid)
        p = prompts[pid]
        if it.get("style") not in STYLES:
            errors.append(f"{i}: bad style {it.get('style')}")
        if not isinstance(it.get("follow_up"), bool):
            errors.append(f"{i}: follow_up must be a boolean")
        words = len(str(it.get("answer", "")).split())
        if not 15 <= words <= 120:
            errors.append(f"{i}: {words} words (want 15-120)")
        label = it.get("label")
        counts[label] += 1
        if label == "wrong":
            mid = it.get("misconception_id")
            if mid not in p["mis"]:
                errors.append(f"{i}: misconception {mid} not in {pid}")
                continue
            kp = p["mis"][mid]
            if it.get("contradicted") != [kp]:
                errors.append(f"{i}: contradicted {it.get('contradicted')} != [{kp}]")
            if it.get("follow_up") != (kp in p["fu_kps"]):
                errors.append(
                    f"{i}: follow_up {it.get('follow_up')} but {kp} "
                    f"{'is' if kp in p['fu_kps'] else 'is not'} a follow-up key point"
                )
        elif label == "right":
            if "contradicted" in it or "misconception_id" in it:
                errors.append(f"{i}: right answer carries contradicted/misconception_id")
        else:
            errors.append(f"{i}: bad label {label}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(items)} answers: {counts['wrong']} wrong, {counts['right']} right, {len(used_prompts)} prompts")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
