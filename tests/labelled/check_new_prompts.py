#!/usr/bin/env python3
# ruff: noqa: UP031
"""Validate tests/labelled/new_prompts.yaml, the sealed labelled set for the issue #16 prompts.

Usage:
    python3 tests/labelled/check_new_prompts.py [PROMPTS_YAML] [--answers ANSWERS_YAML] [--counts]

PROMPTS_YAML defaults to /work/labelling/new_prompts_without_cues.yaml (questions, key points, design
steps and check-lists, STAR hints; no cues). ANSWERS_YAML defaults to new_prompts.yaml next to this
script. --counts prints the kind x label, style and per-prompt tables used in NEW_PROMPTS.md.

Not part of the pytest suite on purpose: the set is sealed and only read for the final figure.
Exit status 0 when every check passes, 1 otherwise. Needs only the standard library and PyYAML.
"""

import argparse
import collections
import os
import re
import sys

import yaml

DEFAULT_PROMPTS = "/work/labelling/new_prompts_without_cues.yaml"
DEFAULT_ANSWERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "new_prompts.yaml")

LABELS = {
    "theory": {"strong", "partial", "definition", "wrong", "offtopic"},
    "system_design": {"strong", "partial", "model-only", "keyword-stuffed"},
    "behavioral": {"strong", "we-story", "no-result", "rambling", "tool-list"},
}
STYLES = {"prose", "bullets", "terse", "math", "war-story", "typos", "verbose"}
FIELDS = ("id", "prompt_id", "follow_up", "label", "style", "split", "answer", "covered")
LISTS = ("covered", "partly", "contradicted")


def word_range(kind, label):
    """Allowed (min, max) word count for an answer of this kind and label."""
    if kind == "theory":
        return 10, 200
    if kind == "system_design":
        return 150, 600
    if label == "strong":
        return 250, 350
    if label == "rambling":
        return 500, 2000
    return 80, 500


def valid_ids(prompt, follow_up):
    """The ids an answer to this prompt (or its follow-up) may list."""
    kind = prompt["kind"]
    if kind == "theory":
        if follow_up:
            fu = prompt.get("follow_up")
            if not isinstance(fu, dict):
                return None
            return {k["id"] for k in fu.get("key_points", [])}
        return {k["id"] for k in prompt.get("key_points", [])}
    if kind == "system_design":
        return {"step:" + s for s in prompt.get("steps", {})} | {"check:" + c for c in prompt.get("checklist", {})}
    if kind == "behavioral":
        return {"star:" + s for s in prompt.get("star", {})} | {"ownership", "measurable_result"}
    return set()


def check(prompts, answers):
    errors = []
    seen = set()
    for i, a in enumerate(answers):
        aid = a.get("id", "#%d" % i)
        where = f"{aid}: "
        for f in FIELDS:
            if f not in a:
                errors.append(where + f"missing field {f!r}")
        if not re.fullmatch(r"new-\d{3}", str(aid)):
            errors.append(where + "id is not of the form new-NNN")
        if aid in seen:
            errors.append(where + "duplicate id")
        seen.add(aid)
        if a.get("split") != "sealed":
            errors.append(where + "split must be 'sealed' (the whole set is held out)")
        if a.get("style") not in STYLES:
            errors.append(where + "unknown style {!r}".format(a.get("style")))
        p = prompts.get(a.get("prompt_id"))
        if p is None:
            errors.append(where + "prompt_id {!r} not in the prompts file".format(a.get("prompt_id")))
            continue
        kind = p["kind"]
        label = a.get("label")
        if label not in LABELS[kind]:
            errors.append(where + f"label {label!r} not allowed for {kind}")
        fu = bool(a.get("follow_up"))
        ids = valid_ids(p, fu)
        if ids is None:
            errors.append(where + "follow_up: true but the prompt's follow-up has no key points")
            ids = set()
        lists = {k: a.get(k) or [] for k in LISTS}
        for k, v in lists.items():
            if not isinstance(v, list):
                errors.append(where + f"{k} must be a list")
                continue
            for x in v:
                if x not in ids:
                    fu_note = " (follow-up)" if fu else ""
                    errors.append(where + f"{k} id {x!r} not defined for {p['id']}{fu_note}")
            if len(set(v)) != len(v):
                errors.append(where + f"{k} lists an id twice")
        for k1, k2 in (("covered", "partly"), ("covered", "contradicted"), ("partly", "contradicted")):
            both = set(lists[k1]) & set(lists[k2])
            if both:
                errors.append(where + f"{sorted(both)} in both {k1} and {k2}")
        if label == "wrong":
            if not lists["contradicted"]:
                errors.append(where + "wrong answer without contradicted ids")
            if not str(a.get("misconception") or "").strip():
                errors.append(where + "wrong answer without a misconception")
        elif a.get("misconception") and not lists["contradicted"]:
            errors.append(where + "misconception given but nothing contradicted")
        if label == "offtopic" and lists["covered"]:
            errors.append(where + "off-topic answer covers key points")
        if kind == "system_design" and label == "keyword-stuffed" and lists["covered"]:
            errors.append(where + "keyword-stuffed design answer must cover nothing")
        n = len(str(a.get("answer", "")).split())
        lo, hi = word_range(kind, label)
        if not lo <= n <= hi:
            errors.append(where + "%d words, outside %d-%d for %s/%s" % (n, lo, hi, kind, label))
    return errors


def counts(prompts, answers):
    kl = collections.Counter()
    st = collections.Counter()
    pr = collections.Counter()
    for a in answers:
        p = prompts[a["prompt_id"]]
        kind = p["kind"] + (" (follow-up)" if a.get("follow_up") else "")
        kl[(kind, a["label"])] += 1
        st[(a["style"], p["kind"])] += 1
        pr[(a["prompt_id"], p.get("topic", ""), bool(a.get("follow_up")))] += 1
    print("| kind | label | answers |\n|---|---|---|")
    for (k, lab), n in sorted(kl.items()):
        print("| %s | %s | %d |" % (k, lab, n))
    print("| **all** | | **%d** |\n" % len(answers))
    kinds = ["theory", "system_design", "behavioral"]
    print("| style | " + " | ".join(kinds) + " | total |\n|---" * 1 + "|---" * (len(kinds) + 1) + "|")
    for s in sorted({s for s, _ in st}):
        row = [st[(s, k)] for k in kinds]
        print("| %s | %s | %d |" % (s, " | ".join(map(str, row)), sum(row)))
    print()
    print("| prompt | topic | main | follow-up |\n|---|---|---|---|")
    for pid in sorted({p for p, _, _ in pr}, key=lambda x: (x[:3], x)):
        topic = prompts[pid].get("topic", "")
        print("| %s | %s | %d | %d |" % (pid, topic, pr[(pid, topic, False)], pr[(pid, topic, True)]))
    print("\n%d answers over %d prompts" % (len(answers), len({a["prompt_id"] for a in answers})))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("prompts", nargs="?", default=DEFAULT_PROMPTS)
    ap.add_argument("--answers", default=DEFAULT_ANSWERS)
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args(argv)
    with open(args.prompts, encoding="utf-8") as f:
        prompts = {p["id"]: p for p in yaml.safe_load(f)["prompts"]}
    with open(args.answers, encoding="utf-8") as f:
        answers = yaml.safe_load(f)["answers"]
    errors = check(prompts, answers)
    for e in errors:
        print("ERROR", e)
    if args.counts and not errors:
        counts(prompts, answers)
    print("%d answers, %d errors" % (len(answers), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
