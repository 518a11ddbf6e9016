"""Write what a blind labeller may read: the prompts with their cues, misconceptions and model
explanations removed (questions, key-point ids and texts, follow-ups, design steps and check-lists,
STAR hints). ``tests/labelled/new_prompts.yaml`` was written from this export of the th2a-, th2b-,
sd2- and bh2- prompts.

    python tests/labelled/prompts_without_cues.py /work/labelling/new_prompts_without_cues.yaml
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

CONTENT = Path(__file__).resolve().parents[2] / "content"
HIDDEN = frozenset({"cues", "misconceptions", "explanation", "mechanism"})
FAMILIES = ("th2a", "th2b", "sd2", "bh2")


def strip(o: Any) -> Any:
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k not in HIDDEN}
    if isinstance(o, list):
        return [strip(x) for x in o]
    return o


def main(out: Path) -> None:
    prompts = [
        strip(p)
        for f in sorted(CONTENT.glob("*/*.yaml"))
        for p in (yaml.safe_load(f.read_text()) or {}).get("prompts", [])
        if p["id"].split("-")[0] in FAMILIES
    ]
    out.write_text(yaml.safe_dump({"prompts": prompts}, sort_keys=False, allow_unicode=True, width=110))
    print(f"{len(prompts)} prompts → {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
