"""Write the dumps the seventh pass's writers read: questions, key-point ids and texts and follow-ups (no cues,
beliefs, corrections or explanations) of every theory prompt that ``wrong_own.yaml`` does not use, in six groups
of content files (``dumps/t7_A_prompts.yaml`` … ``t7_F_prompts.yaml``). Each group's writer wrote blind wrong and
right answers to its prompts (``wrong_t7_A.yaml`` …) before reading any cue, then tuned on them.
``wrong_own3.yaml`` (held out) was written from ``dumps/wrong_own_prompts.yaml``.

    python tests/labelled/dump_seventh.py
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.labelled.prompts_without_cues import strip

HERE = Path(__file__).resolve().parent
CONTENT = HERE.parents[1] / "content" / "theory"
GROUPS = {
    "A": ("bias_variance", "classical_ml", "overfitting", "regularization"),
    "B": ("classical_more", "diagnosis", "probability"),
    "C": ("deep_learning", "deep_learning_more", "gradient_descent", "llm_stack"),
    "D": ("llm_training", "mlops"),
    "E": ("llm_serving", "evaluation_metrics", "responsible_ml"),
    "F": ("recsys_retrieval", "experimentation"),
}


def main() -> None:
    tuned = {p["id"] for p in yaml.safe_load((HERE / "dumps" / "wrong_own_prompts.yaml").read_text())["prompts"]}
    for group, files in GROUPS.items():
        prompts = [
            strip(p)
            for f in files
            for p in yaml.safe_load((CONTENT / f"{f}.yaml").read_text())["prompts"]
            if p["id"] not in tuned
        ]
        out = HERE / "dumps" / f"t7_{group}_prompts.yaml"
        out.write_text(yaml.safe_dump({"prompts": prompts}, sort_keys=False, allow_unicode=True, width=110))
        print(f"{group}: {len(prompts)} prompts → {out.name}")


if __name__ == "__main__":
    main()
