"""False alarms found by the rf1 pass: correct answers written from the questions and key points only
(``tests/labelled/right_fresh_rf1.yaml``) whose sentences tripped a misconception. Each sentence that
fired is kept here as a row that must not fire, next to wrong sentences that must still fire after the
cue was narrowed or dropped. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

CASES: list[tuple[str, str, str, bool]] = [
    # th-bv-04: right sentences that name k = n and variance together
    ("th-bv-04", "large-k-variance", "At k = n the variance is low and the bias maximal.", False),
    ("th-bv-04", "large-k-variance", "Going from k=1 to k=n, high variance turns into high bias.", False),
    # th-lin-01: naming the "it's a bug" reaction in order to reject it
    (
        "th-lin-01",
        "negative-sign-is-bug",
        "It's a common reaction to call a negative rooms coefficient a bug, but it isn't one necessarily.",
        False,
    ),
    ("th-lin-01", "negative-sign-is-bug", "A negative weight on rooms is wrong.", True),
    ("th-lin-01", "negative-sign-is-bug", "The negative coefficient means there is a bug in the pipeline.", True),
    # th-logit-02: a hedged "roughly calibrated" is not the guarantee
    (
        "th-logit-02",
        "log-loss-guarantees-calibration",
        "Teams keep LR because serving is a sparse dot product, training is convex and can run online every hour,"
        " it's roughly calibrated out of the box for auctions, and every weight is inspectable.",
        False,
    ),
    (
        "th-logit-02",
        "log-loss-guarantees-calibration",
        "Trained on log loss, it is well calibrated out of the box.",
        True,
    ),
    # th-gbm-01: "early-stop" is not "training error stops"
    (
        "th-gbm-01",
        "later-trees-fit-signal",
        "Boosting is sequential and each tree keeps reducing training error, eventually fitting noise,"
        " so you early-stop.",
        False,
    ),
    ("th-gbm-01", "later-trees-fit-signal", "- training error plateaus so no overfit", True),
    # th2a-fe-02: a war story naming the bug
    (
        "th2a-fe-02",
        "encode-on-all-data",
        "The encoder was fit on all rows, validation included, and for cities with a couple of rows the mean"
        " basically equals the row's own label.",
        False,
    ),
    ("th2a-fe-02", "encode-on-all-data", "Target encode on the full dataset for stability.", True),
    # th2a-hps-04: the bias grows with trials and shrinking data
    (
        "th2a-hps-04",
        "more-trials-less-bias",
        "Choosing the max of 200 noisy CV means picks whichever config got lucky on these folds, and the more"
        " trials and the smaller the data, the bigger the bias.",
        False,
    ),
    ("th2a-hps-04", "more-trials-less-bias", "more configurations reduce the bias", True),
    ("th2a-hps-04", "more-trials-less-bias", "More trials remove the optimism.", True),
    # th2a-svm-04: the question asks when you would not use one
    (
        "th2a-svm-04",
        "svm-obsolete",
        "I wouldn't use a kernel SVM on millions of rows, the kernel matrix and support-vector count make it too slow.",
        False,
    ),
    ("th2a-svm-04", "svm-obsolete", "I would not use an SVM on ten million rows.", False),
    ("th2a-svm-04", "svm-obsolete", "SVMs are outdated, nobody ships them now.", True),
    # th-reg-03: noisy directions come later, stopping early
    (
        "th-reg-03",
        "noise-fit-first",
        "Signal directions with strong curvature are learned first and noisy weak directions later, so stopping"
        " early cuts off the noise fitting.",
        False,
    ),
    ("th-reg-03", "noise-fit-first", "Noisy directions are fit late, so stopping early helps.", False),
    ("th-reg-03", "noise-fit-first", "- noisy directions learned early", True),
    ("th-reg-03", "noise-fit-first", "Gradient descent fits the noisy directions first.", True),
    # th-reg-04: dropout off at validation, then "train loss" (tripped the rescaling point swapped)
    (
        "th-reg-04",
        "dropout-at-inference",
        "But the training loss you log is measured with dropout on, on a crippled network, while validation runs"
        " with dropout off, so train loss above val loss is normal.",
        False,
    ),
    ("th-reg-04", "dropout-at-inference", "Dropout is still applied at inference time.", True),
]
