"""Dump th2a-/th2b- theory prompts for blind writing of wrong_fresh2.yaml.

Prints only: prompt id, question, key-point ids and texts, the follow-up question
and its key-point ids/texts, and each misconception's id, key_point and belief.
It never prints cues, corrections, explanations, anchors or depths.

Usage: python tests/labelled/dump_beliefs.py
"""

import glob
import os

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    for path in sorted(glob.glob(os.path.join(ROOT, "content", "theory", "*.yaml"))):
        with open(path) as f:
            data = yaml.safe_load(f) or {}
        for p in data.get("prompts", []):
            pid = str(p.get("id", ""))
            if not (pid.startswith("th2a-") or pid.startswith("th2b-")):
                continue
            print(f"=== {pid}  ({os.path.basename(path)})")
            print(f"Q: {p.get('question', '').strip()}")
            for kp in p.get("key_points", []) or []:
                print(f"  KP {kp.get('id')}: {str(kp.get('text', '')).strip()}")
            fu = p.get("follow_up") or {}
            if fu:
                print(f"FU: {str(fu.get('question', '')).strip()}")
                for kp in fu.get("key_points", []) or []:
                    print(f"  FU-KP {kp.get('id')}: {str(kp.get('text', '')).strip()}")
            for m in p.get("misconceptions", []) or []:
                print(f"  MIS {m.get('id')} [{m.get('key_point')}]: {str(m.get('belief', '')).strip()}")
            print()


if __name__ == "__main__":
    main()
