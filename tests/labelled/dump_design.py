"""Write what the blind writers of ``design_fresh.yaml`` read: the sd2- design prompts without cues,
misconceptions or explanations (``prompts_without_cues.strip``), each check-list item's cue phrases replaced
by one generic sentence saying what the item asks for, split in two groups of nine.

    python tests/labelled/dump_design.py /work/labelling      # design_sd2_A.yaml, design_sd2_B.yaml
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from tests.labelled.prompts_without_cues import CONTENT, strip

CHECKS = {
    "metric": "names an offline metric and an online/experiment metric that fit the objective (and guardrails)",
    "baseline": "names a simple baseline the model must beat",
    "skew": "addresses training-serving skew (features computed the same way, as of decision time, logged at serving)",
    "data_drift": "a monitor/alert for shifts in the input data distribution",
    "concept_drift": "a monitor or response for concept drift (the input-to-label relationship changing)",
    "rollback": "a safe rollout and rollback path (shadow/canary, revert to the previous model, fallback, kill switch)",
}


def main(out: Path) -> None:
    prompts = [
        strip(p)
        for f in sorted(CONTENT.glob("*/*.yaml"))
        for p in (yaml.safe_load(f.read_text()) or {}).get("prompts", [])
        if p["id"].startswith("sd2-")
    ]
    for p in prompts:
        p["checklist"] = {k: CHECKS[k] for k in p["checklist"]}
    for name, part in (("A", prompts[:9]), ("B", prompts[9:])):
        path = out / f"design_sd2_{name}.yaml"
        path.write_text(yaml.safe_dump({"prompts": part}, sort_keys=False, allow_unicode=True, width=110))
        print(f"{len(part)} prompts → {path}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
