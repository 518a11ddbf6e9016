"""False alarms found by right answers written from questions and key points only (``right_fresh_rf5.yaml``).

Each row is a sentence of a right answer that tripped a misconception cue; the cue was narrowed or dropped
so that the sentence no longer fires, while the belief itself, stated plainly, still does."""

from __future__ import annotations

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2a-cl-05",
        "collapse-impossible",
        "Nothing in the loss itself forbids collapse, the training dynamics avoid it, so you should monitor the "
        "embedding std or rank during training",
        False,
    ),
    ("th2a-cl-05", "collapse-impossible", "The loss itself forbids collapse, so there's nothing to monitor.", True),
    (
        "th2a-mf-04",
        "random-split-fine",
        "2% lift could be real, but a random split means training on future interactions of the same users, "
        "which inflates scores compared to predicting forward in time",
        False,
    ),
    ("th2a-mf-04", "random-split-fine", "Randomly splitting interactions is ok for recommenders.", True),
]
