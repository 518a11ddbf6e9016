"""False alarms found by the fresh right answers of ``right_fresh_rf2.yaml``.

Each row is a sentence from a correct answer that tripped a misconception cue before the cue was
narrowed; it must no longer fire. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2b-attn-03",
        "training-2n",
        "Training FLOPs ≈ 6·N·D (2N forward per token, 4N backward",
        False,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "Training needs roughly 2N per token, the backward adds nothing.",
        True,
    ),
    (
        "th2b-opt-02",
        "decay-everything",
        "exclude biases and LayerNorm gains (decaying a gain fights the norm), often embeddings too",
        False,
    ),
    ("th2b-opt-02", "decay-everything", "Decay the biases and LayerNorm gains too.", True),
    (
        "th2b-init-01",
        "zero-init-fine",
        "zero init: all units identical, same grads, symmetry never breaks (zero bias ok",
        False,
    ),
    ("th2b-init-01", "zero-init-fine", "Zero init works fine, training breaks the symmetry.", True),
    (
        "th-gd-06",
        "saddles-trap-forever",
        "Near saddles and on plateaus gradients are tiny and training looks stuck",
        False,
    ),
    ("th-gd-06", "saddles-trap-forever", "Once at a saddle, GD is stuck there.", True),
    (
        "th-met-02",
        "low-fpr-few-alarms",
        "FPR is divided by the huge number of negatives, so even 0.5% FPR is ~5 false alarms per fraud",
        False,
    ),
    ("th-met-02", "low-fpr-few-alarms", "FPR divides by the number of positives", True),
    (
        "th-met-05",
        "ndcg-positions-equal",
        (
            "NDCG isn't just precision at k: it uses graded relevance with a log position discount, "
            "normalised by the ideal DCG"
        ),
        False,
    ),
    ("th-met-05", "ndcg-positions-equal", "NDCG isn't normalized, so queries aren't comparable", True),
]
