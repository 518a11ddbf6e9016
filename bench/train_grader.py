"""Train the evidence layer (``bot/core/grader_model.json``) on labelled theory answers.

    python -m bench.train_grader          # fit on the own sets + the independent dev split, write the model
    python -m bench.train_grader --cv     # leave-one-prompt-out figures, nothing written

The training pool is ``tests/labelled`` without the independent set's sealed split. A key point's
target is 1 when the label says covered, 0.5 when partly, else 0. The features do not name the prompt,
so a model fitted without a prompt's answers can grade that prompt; ``--cv`` and
``python -m bench.accuracy --cv`` measure exactly that. The IDF table is computed from the
curriculum's key points (text, cues and explanations), one document per key point.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from bench.accuracy import LABELLED, WRONG_FRESH, WRONG_SEALED, load_items
from bot.core.curriculum import Curriculum, TheoryPrompt, default_content_dir, load_curriculum
from bot.core.evidence import FEATURES, MODEL_FILE, AnswerView, EvidenceModel
from bot.core.grading import grade
from bot.core.matcher import Matcher

L2 = 1.0
COVERED_AT = 0.5
PARTLY_AT = 0.3


def compute_idf(cur: Curriculum) -> tuple[dict[str, float], float]:
    m = Matcher(evidence_layer=False)
    docs: list[set[str]] = []
    for p in cur.prompts.values():
        if isinstance(p, TheoryPrompt):
            for k in [*p.key_points, *p.follow_up.key_points]:
                words = " ".join([k.text, k.explanation or "", *(c.replace("|", " ").replace("*", "") for c in k.cues)])
                docs.append(set(m.normalize(words)) - {"¬"})
    df = Counter(t for d in docs for t in d)
    n = len(docs)
    idf = {t: round(math.log((n + 1) / (c + 1)), 4) for t, c in sorted(df.items())}
    return idf, round(math.log(n + 1), 4)


def blank_model(cur: Curriculum) -> EvidenceModel:
    idf, default = compute_idf(cur)
    return EvidenceModel(tuple([0.0] * (len(FEATURES) + 1)), COVERED_AT, PARTLY_AT, idf, default)


@dataclass(frozen=True)
class Row:
    prompt_id: str
    features: list[float]
    target: float
    contradicted: bool


def training_items() -> list[dict[str, Any]]:
    """Answers with key-point labels (the misconception sets have none, and one of them is sealed)."""
    skip = {WRONG_FRESH, WRONG_SEALED}
    return [a for f in sorted(LABELLED.glob("*.yaml")) if f.name not in skip for a in load_items(f, sealed=False)]


def rows(cur: Curriculum, m: Matcher, items: list[dict[str, Any]]) -> list[Row]:
    assert m.evidence is not None
    out: list[Row] = []
    for a in items:
        p = cur.prompts[a["prompt_id"]]
        if not isinstance(p, TheoryPrompt):
            continue
        fu = bool(a.get("follow_up"))
        kps = p.follow_up.key_points if fu else p.key_points
        question = p.follow_up.question if fu else p.question
        text = a.get("answer") or ""
        g = grade(m, p, text, follow_up=fu)
        ans = m.index(text)
        view = AnswerView.of(ans)
        gold = {k: 1.0 for k in a.get("covered") or []} | {k: 0.5 for k in a.get("partly") or []}
        for kp in kps:
            x, _ = m.evidence.features(ans, view, p.id, question, kp)
            out.append(Row(p.id, x, gold.get(kp.id, 0.0), kp.id in g.contradicted))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 4000) -> np.ndarray:
    """Logistic regression on soft targets, by gradient descent (numpy only, deterministic)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0.0] / len(y)
        w -= 2.5 * grad
    return w


def model_from(w: np.ndarray, base: EvidenceModel) -> EvidenceModel:
    return EvidenceModel(
        tuple(round(float(v), 4) for v in w), base.covered_at, base.partly_at, base.idf, base.default_idf
    )


def cv_models(cur: Curriculum) -> dict[str, EvidenceModel]:
    """One model per theory prompt, fitted on every other prompt's answers."""
    base = blank_model(cur)
    m = Matcher(model=base)
    data = rows(cur, m, training_items())
    x = np.array([r.features for r in data])
    y = np.array([r.target for r in data])
    pids = np.array([r.prompt_id for r in data])
    out: dict[str, EvidenceModel] = {}
    for pid in sorted(set(pids)):
        keep = pids != pid
        out[pid] = model_from(fit(x[keep], y[keep]), base)
    out["*"] = model_from(fit(x, y), base)
    return out


def cv_matchers(cur: Curriculum) -> dict[str, Matcher]:
    return {pid: Matcher(model=model) for pid, model in cv_models(cur).items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", action="store_true", help="leave-one-prompt-out figures; write nothing")
    args = ap.parse_args(argv)
    cur = load_curriculum([default_content_dir()])
    base = blank_model(cur)
    data = rows(cur, Matcher(model=base), training_items())
    x = np.array([r.features for r in data])
    y = np.array([r.target for r in data])
    if args.cv:
        pids = np.array([r.prompt_id for r in data])
        pred = np.zeros(len(y))
        for pid in sorted(set(pids)):
            test = pids == pid
            w = fit(x[~test], y[~test])
            pred[test] = 1 / (1 + np.exp(-(np.hstack([x[test], np.ones((test.sum(), 1))]) @ w)))
        contra = np.array([r.contradicted for r in data])
        for covered_at, partly_at in ((0.5, 0.3), (0.5, 0.35), (0.45, 0.25), (0.55, 0.3), (0.5, 0.5)):
            v = np.where(contra, 0.0, np.where(pred >= covered_at, 1.0, np.where(pred >= partly_at, 0.5, 0.0)))
            tp = np.minimum(v, y).sum()
            prec, rec = tp / v.sum(), tp / y.sum()
            f1 = 2 * prec * rec / (prec + rec)
            print(f"covered at {covered_at}, partly at {partly_at}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")
        return 0
    w = fit(x, y)
    model = model_from(w, base)
    MODEL_FILE.write_text(
        json.dumps(
            {
                "about": "Evidence layer of the grader; written by `python -m bench.train_grader`. Do not edit.",
                "features": list(FEATURES),
                "weights": list(model.weights),
                "covered_at": model.covered_at,
                "partly_at": model.partly_at,
                "trained_on": len(data),
                "default_idf": model.default_idf,
                "idf": model.idf,
            },
            indent=0,
        )
        + "\n"
    )
    print(f"wrote {MODEL_FILE} from {len(data)} (key point, answer) pairs")
    print("weights: " + ", ".join(f"{f} {v:+.2f}" for f, v in zip([*FEATURES, "bias"], model.weights, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
