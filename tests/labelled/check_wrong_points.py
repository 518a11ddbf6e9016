"""Validate tests/labelled/wrong_points.yaml against the output of dump_points.py (never the content YAML).

Usage: python tests/labelled/dump_points.py > /tmp/points_dump.txt
       python tests/labelled/check_wrong_points.py /tmp/points_dump.txt
"""

import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = {"bullets", "prose", "terse", "math", "war-story", "typos"}


def parse_dump(path):
    prompts, cur = {}, None
    for line in open(path):
        m = re.match(r"^=== (\S+)", line)
        if m:
            cur = prompts.setdefault(m.group(1), {})
            continue
        m = re.match(r"^  (FU-KP|KP) ([^:]+):", line)
        if m and cur is not None:
            cur[m.group(2)] = m.group(1) == "FU-KP"
    return prompts


def main():
    prompts = parse_dump(sys.argv[1] if len(sys.argv) > 1 else "/tmp/points_dump.txt")
    with open(os.path.join(HERE, "wrong_points.yaml")) as f:
        first = f.readline().strip()
    data = yaml.safe_load(open(os.path.join(HERE, "wrong_points.yaml")))
    errs = []
    if first != "# tuning split":
        errs.append("first line is not '# tuning split'")
    ids = collections.Counter(a["id"] for a in data["answers"])
    errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for a in data["answers"]:
        i = a["id"]
        extra = set(a) - {"id", "prompt_id", "follow_up", "label", "style", "answer", "contradicted"}
        if extra:
            errs.append(f"{i}: unknown fields {extra}")
        if a["prompt_id"] not in prompts:
            errs.append(f"{i}: prompt {a['prompt_id']} not in dump")
            continue
        if a["style"] not in STYLES:
            errs.append(f"{i}: bad style {a['style']}")
        if not isinstance(a["follow_up"], bool):
            errs.append(f"{i}: follow_up not bool")
        n = len(a["answer"].split())
        if not 15 <= n <= 90:
            errs.append(f"{i}: {n} words")
        if a["label"] == "wrong":
            kps = a.get("contradicted") or []
            if not kps:
                errs.append(f"{i}: wrong without contradicted")
            for kp in kps:
                if kp not in prompts[a["prompt_id"]]:
                    errs.append(f"{i}: {kp} not an uncovered key point of {a['prompt_id']}")
                elif prompts[a["prompt_id"]][kp] != a["follow_up"]:
                    errs.append(
                        f"{i}: follow_up {a['follow_up']} but {kp} in follow-up is {prompts[a['prompt_id']][kp]}"
                    )
        elif a["label"] == "right":
            if "contradicted" in a:
                errs.append(f"{i}: right answer with contradicted")
        else:
            errs.append(f"{i}: bad label {a['label']}")
    c = collections.Counter(a["label"] for a in data["answers"])
    ps = {a["prompt_id"] for a in data["answers"]}
    fams = collections.Counter(p.split("-")[0] for p in ps)
    print(f"wrong={c['wrong']} right={c['right']} prompts={len(ps)} families={dict(fams)}")
    print(f"styles={dict(collections.Counter(a['style'] for a in data['answers']))}")
    print(f"follow_up answers={sum(a['follow_up'] for a in data['answers'])}")
    for e in errs:
        print("ERROR", e)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
