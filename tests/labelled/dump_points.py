"""Dump theory key points with no misconception attached, for blind writing of wrong_points.yaml.

For every theory prompt, lists the key points (of the prompt and of its follow-up) whose id is
not the `key_point` of any of the prompt's misconceptions and whose `mechanism` is not false.
Prints only: prompt id, question, follow-up question, and for those key points their id, text
and whether they belong to the follow-up. Never prints cues, explanations, corrections or beliefs.

Usage: python tests/labelled/dump_points.py
"""

import glob
import os

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def uncovered_points(prompt):
    """Yield (key_point, in_follow_up) for the prompt's key points with no misconception."""
    covered = {str(m.get("key_point")) for m in prompt.get("misconceptions", []) or []}
    fu = prompt.get("follow_up") or {}
    for kps, in_fu in ((prompt.get("key_points", []) or [], False), (fu.get("key_points", []) or [], True)):
        for kp in kps:
            if str(kp.get("id")) in covered or kp.get("mechanism") is False:
                continue
            yield kp, in_fu


def main():
    for path in sorted(glob.glob(os.path.join(ROOT, "content", "theory", "*.yaml"))):
        with open(path) as f:
            data = yaml.safe_load(f) or {}
        for p in data.get("prompts", []) or []:
            pts = list(uncovered_points(p))
            if not pts:
                continue
            fu = p.get("follow_up") or {}
            print(f"=== {p.get('id')}")
            print(f"Q: {str(p.get('question', '')).strip()}")
            if fu:
                print(f"FU: {str(fu.get('question', '')).strip()}")
            for kp, in_fu in pts:
                tag = "FU-KP" if in_fu else "KP"
                print(f"  {tag} {kp.get('id')}: {str(kp.get('text', '')).strip()}")
            print()


if __name__ == "__main__":
    main()
