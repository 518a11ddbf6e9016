"""The seventh pass, group A: the bias-variance, classical-ML, overfitting and regularization prompts of
``tests/labelled/dumps/t7_A_prompts.yaml``.

Answers written blind from the dump (``tests/labelled/wrong_t7_A.yaml``, two wrong and one right per prompt) were
graded, then tuned on: a right answer that drew a "Careful" is kept as a row that must not fire next to wrong
sentences that must still fire after the cue was narrowed; a wrong answer no misconception of its key point caught
got a widened cue or a new misconception, with its own sentence and paraphrases in other registers that must fire
and right sentences in the same words (the key point's claim, a denial, a "not X" contrast, a related true
statement) that must not. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-bv-01", "variance-across-inputs"): [
        "variance different|wild* values|predictions|outputs different inputs|points|examples",
        "variance vary|varies|differ*|change*|swing* one input|point|example another|next",
        "variance swing*|vary|varies|differ*|change* different inputs|points|examples",
        "low variance predict*|outputs close|near mean|average everywhere",
    ],
    ("th-bv-02", "small-gap-means-better"): [
        "small|smaller|closed|narrow* gap sign|means healthy|healthier|better|good",
        "gap closed|shrank|smaller|went generaliz* better",
        "close|closing gap completely|entirely|fully ship*|shipped|deploy*",
    ],
    ("th-logit-02", "hashing-generalises-crosses"): [
        "hash*|hashed|hashing cross*|crosses|features shar*|share* similar|related",
        "hash*|hashed|hashing generaliz* combination*|combos|unseen|new",
        "cross*|crossed features|feature|weights already generaliz*",
    ],
    ("th-tree-01", "trees-rescale-internally"): [
        "tree* standardiz*|normaliz*|rescal* internal*|itself|automatic*",
        "standardiz*|normaliz*|rescal* features|feature|inputs internal*|automatic*",
    ],
    ("th-gbm-02", "trees-built-in-parallel"): [
        "build*|grow*|train* boosting|multiple|many|several trees|rounds parallel|simultaneous*|concurrent*",
        "trees|rounds parallel one|per core|thread|worker",
        "=parallel trees|rounds",
    ],
    ("th-of-02", "peak-is-optimisation-failure"): [
        "peak|bump|spike|hump optimi*|optimization|optimisation|optimizer "
        "fail*|failure|difficult*|trouble|struggl*|artifact|artefact",
        "mid|medium|intermediate size*|sized nets|networks|models hard|harder|difficult|fail* train*|optimi*|converg*",
        "land*|stuck|trapped poor|bad|local minima|minimum",
    ],
    ("th-of-03", "creep-is-real-progress"): [
        "trained|train* model not overfit*",
        "=creep*|rising|climbing|increas* score|gains real|genuine|true progress|improvement*",
    ],
    ("th-of-04", "flat-accuracy-not-overfitting"): [
        "accuracy flat|stable|unchanged|steady model not overfit*",
        "=loss noisy|noise accuracy",
    ],
    ("th-reg-01", "l1-just-stronger"): [
        "=enough l2|ridge zero|zeroes|zeros|zeroing",
        "enough l2|ridge|lambda zero|zeroes|zeros too",
        "l1|lasso only|merely|simply stronger|harsher|heavier|bigger",
    ],
    ("th-reg-03", "early-stopping-less-data"): [
        "=effectively|essentially|works|amounts train*|trains|training smaller|less|fewer data|dataset|examples",
        "weight*|model seen|sees|saw less|fewer data|examples",
    ],
    ("th-reg-05", "flat-pick-smallest"): [
        "=pick|choose|take|use smallest|lowest|least lambda|alpha|penalty",
        "pick*|choose|take|use smallest|lowest|least closest|nearest unpenalized|unregularized|unpenalised|ols",
        "smallest|lowest|least one|lambda|alpha avoid* bias",
    ],
    ("th-reg-07", "lr-only-speed"): [
        "learning rate|lr only speed|optimi*|optimization|optimisation|convergence",
        "=speed knob|setting|parameter only",
        "more|proportionally rounds|trees|iterations same model|ensemble|result",
    ],
}

#: existing misconceptions whose cues this pass widened or narrowed
WIDENED: list[tuple[str, str]] = [
    ("th-bv-03", "small-data-boost-less-bias"),
    ("th-bv-05", "linear-extrapolation"),
    ("th-bv-05", "data-always-helps"),
    ("th-bv-07", "stable-auc-stable-model"),
    ("th-bv-07", "churn-levers-backwards"),
    ("th-bv-07", "stability-is-free"),
    ("th-logit-01", "coefficient-is-probability"),
    ("th-rf-01", "trees-drive-variance-to-zero"),
    ("th-rf-01", "mdi-is-reliable"),
    ("th-gbm-02", "leafwise-is-safer"),
    ("th-km-01", "kmeans-scale-free"),
    ("th-of-01", "more-data-fixes-underfitting"),
    ("th-of-01", "overfit-needs-capacity"),
    ("th-of-02", "big-nets-skip-regularization"),
    ("th-of-03", "split-never-stale"),
    ("th-of-03", "cv-fixes-validation-overfitting"),
    ("th-of-04", "keep-the-last-epoch"),
    ("th-of-06", "select-before-cv"),
    ("th-of-06", "permutation-score-is-a-fluke"),
    ("th-reg-01", "sgd-lands-eventually"),
    ("th-reg-03", "early-stopping-free"),
    ("th-reg-05", "scaling-does-not-matter"),
    ("th-reg-06", "ridge-fails-on-correlated"),
    ("th-reg-06", "lasso-picks-the-important-one"),
    ("th-reg-07", "lambda-shrinks-big-leaves"),
    ("th-bv-03", "one-split-is-decisive"),
    ("th-bv-05", "more-data-fixes-underfit"),
    ("th-logit-01", "separable-is-perfect"),
    ("th-km-01", "pick-k-min-inertia"),
    ("th-reg-01", "l2-makes-zeros"),
]

TOUCHED: list[tuple[str, str]] = [*ADDED, *WIDENED]

CASES: list[tuple[str, str, str, bool]] = [
    # th-bv-01 t7a-002 (added): variance read as spread across inputs
    (
        "th-bv-01",
        "variance-across-inputs",
        "variance = how much the predictions differ from one test point to another",
        True,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "a high-variance model outputs wildly different values for different inputs, a low-variance one predicts "
        "close to the mean everywhere",
        True,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "High variance means the predictions vary a lot from one input to the next.",
        True,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "The predictions across test points can vary a lot for a good model; that's signal, not variance.",
        False,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "Variance is the spread of predictions across bootstrap resamples at a test point.",
        False,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "A high-variance model gives different predictions for the same input when retrained.",
        False,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "Variance: the prediction at a fixed input changes between retrains on different samples.",
        False,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "Variance is not about predictions differing across inputs; it is about retraining.",
        False,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "Variance is how much the predictions change at a test point when you retrain on a different sample.",
        False,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "A high-variance model gives different predictions at every input if you retrain on another sample.",
        False,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "A low-variance model's predictions stay close to their average across retrains.",
        False,
    ),
    # th-bv-02 t7a-006 (added): a closed gap read as a better model
    (
        "th-bv-02",
        "small-gap-means-better",
        "The gap went from 0.18 to 0.05, which means the model generalises far better now; a small gap is the sign "
        "of a healthy model.",
        True,
    ),
    (
        "th-bv-02",
        "small-gap-means-better",
        "I kept depth 3, even tried 2 to close the gap completely, and shipped it.",
        True,
    ),
    ("th-bv-02", "small-gap-means-better", "the gap closed, so it generalizes better", True),
    ("th-bv-02", "small-gap-means-better", "smaller gap means healthier model, ship depth 3", True),
    ("th-bv-02", "small-gap-means-better", "A smaller gap doesn't mean a better model here.", False),
    ("th-bv-02", "small-gap-means-better", "The gap is small but both scores are low, so it's bias.", False),
    (
        "th-bv-02",
        "small-gap-means-better",
        "The gap shrank because training fell, not because it generalizes better.",
        False,
    ),
    (
        "th-bv-02",
        "small-gap-means-better",
        "Both scores are low and close together: we overshot into underfitting.",
        False,
    ),
    # th-bv-03 t7a-007: the boosted model said to underfit on few rows
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "On n=2000 the GBM can't learn enough, high bias: each tree has too few rows to find the real structure, so "
        "it underfits.",
        True,
    ),
    ("th-bv-03", "small-data-boost-less-bias", "the boosted trees see too few rows per split and underfit", True),
    ("th-bv-03", "small-data-boost-less-bias", "With few samples the boosted model underfits.", True),
    ("th-bv-03", "small-data-boost-less-bias", "With few rows per leaf the trees overfit; they don't underfit.", False),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "The linear model has few parameters, so on these rows it may underfit if there are interactions.",
        False,
    ),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "Each tree leaf rests on few rows, so the boosted model fits noise.",
        False,
    ),
    # th-bv-05 t7a-011: extrapolating linearly in n
    ("th-bv-05", "linear-extrapolation", "So extrapolate linearly in n, then cap it at the label-noise floor.", True),
    ("th-bv-05", "linear-extrapolation", "extrapolate linearly in data size from the last two points", True),
    ("th-bv-05", "linear-extrapolation", "Just extrapolate linearly in sample size.", True),
    (
        "th-bv-05",
        "linear-extrapolation",
        "extrapolate linearly on log-log axes, where a power law is a straight line",
        False,
    ),
    ("th-bv-05", "linear-extrapolation", "Don't extrapolate linearly in n; fit a power law.", False),
    (
        "th-bv-05",
        "linear-extrapolation",
        "Fit a power law to error versus size, which is linear on log-log axes, and extrapolate.",
        False,
    ),
    (
        "th-bv-05",
        "linear-extrapolation",
        "Extrapolate the fitted power law in data size, expecting diminishing returns.",
        False,
    ),
    # th-bv-05 t7a-012: more data "always pays off"
    ("th-bv-05", "data-always-helps", "more data basically always pays off, even when training error is high", True),
    ("th-bv-05", "data-always-helps", "More labelled data always pays for itself.", True),
    ("th-bv-05", "data-always-helps", "More data doesn't always pay off: not when the model underfits.", False),
    ("th-bv-05", "data-always-helps", "More data pays off while the validation gap is still closing.", False),
    # th-bv-07 t7a-013: stable AUC read as low variance
    (
        "th-bv-07",
        "stable-auc-stable-model",
        "AUC stable week to week, so variance is low, the model itself is fine.",
        True,
    ),
    ("th-bv-07", "stable-auc-stable-model", "Since AUC is steady, variance is small and the model is fine.", True),
    ("th-bv-07", "stable-auc-stable-model", "auc flat -> variance ok", True),
    ("th-bv-07", "stable-auc-stable-model", "AUC being stable doesn't mean variance is low.", False),
    ("th-bv-07", "stable-auc-stable-model", "AUC is stable, but variance is high on individuals.", False),
    ("th-bv-07", "stable-auc-stable-model", "Overall AUC is stable and the variance shows up per customer.", False),
    # th-bv-07 t7a-014: shortening the window to cut churn
    (
        "th-bv-07",
        "churn-levers-backwards",
        "to reduce it id shorten the window to the last few weeks so the model only sees the most recent, consistent "
        "data",
        True,
    ),
    (
        "th-bv-07",
        "churn-levers-backwards",
        "Shrink the window so it trains on fresh data only, which keeps scores steadier.",
        True,
    ),
    ("th-bv-07", "churn-levers-backwards", "Shortening the window to recent weeks would add churn.", False),
    ("th-bv-07", "churn-levers-backwards", "Don't shorten the window to recent data; lengthen it.", False),
    (
        "th-bv-07",
        "churn-levers-backwards",
        "A longer window overlaps more with last week's data, so scores move less.",
        False,
    ),
    # th-bv-07 t7a-015 (right answer): a mistake named to reject it
    (
        "th-bv-07",
        "stability-is-free",
        "People sometimes assume stability is free, but it isn't: anchoring to last week's model, heavy "
        "regularization or a long window all add bias and make the model slower to react to real changes in the "
        "population.",
        False,
    ),
    ("th-bv-07", "stability-is-free", "Stability isn't free: anchoring adds bias.", False),
    ("th-bv-07", "stability-is-free", "churn reduction is free", True),
    # th-logit-01 t7a-016: the coefficient read as percentage points of probability
    (
        "th-logit-01",
        "coefficient-is-probability",
        "For the PM: a coefficient of 0.7 means each one-unit increase in that feature raises the probability of the "
        "outcome by about 0.7 percentage points, holding the other features fixed.",
        True,
    ),
    ("th-logit-01", "coefficient-is-probability", "coef 0.7 -> probability +0.7 pp per unit", True),
    ("th-logit-01", "coefficient-is-probability", "the probability goes up 0.7 points for every extra unit", True),
    (
        "th-logit-01",
        "coefficient-is-probability",
        "It raises the probability of clicking by an amount that depends on the baseline, since 0.7 is on the "
        "log-odds scale.",
        False,
    ),
    (
        "th-logit-01",
        "coefficient-is-probability",
        "The odds double per unit; the probability moves a few percentage points near 0.5 and almost nothing near "
        "0.01.",
        False,
    ),
    (
        "th-logit-01",
        "coefficient-is-probability",
        "Not 'p goes up 0.7': the odds are multiplied by e^0.7, about 2.",
        False,
    ),
    # th-logit-02 t7a-021 (added): hashing said to make crosses generalise
    (
        "th-logit-02",
        "hashing-generalises-crosses",
        "crossed features in a linear model already generalize to combinations you never saw, becuase the hashed "
        "cross shares weights with similar combos",
        True,
    ),
    (
        "th-logit-02",
        "hashing-generalises-crosses",
        "Hashing puts similar crosses in the same bucket, so they share weights with related combinations.",
        True,
    ),
    ("th-logit-02", "hashing-generalises-crosses", "crosses generalise to new combos thanks to hashing", True),
    (
        "th-logit-02",
        "hashing-generalises-crosses",
        "Hashing crosses means collisions share weights with unrelated features.",
        False,
    ),
    (
        "th-logit-02",
        "hashing-generalises-crosses",
        "Embeddings generalize to unseen combinations; hashing only bounds memory.",
        False,
    ),
    (
        "th-logit-02",
        "hashing-generalises-crosses",
        "A cross weight is learned only for combinations seen often enough, so crosses don't generalise to unseen "
        "ones.",
        False,
    ),
    (
        "th-logit-02",
        "hashing-generalises-crosses",
        "Hash collisions are random, not by similarity, so hashing adds noise rather than generalisation.",
        False,
    ),
    # th-tree-01 t7a-022 (added): scale invariance put down to internal standardisation
    (
        "th-tree-01",
        "trees-rescale-internally",
        "Scaling doesn't matter because the tree standardises each feature internally when it evaluates candidate "
        "thresholds, so the units wash out.",
        True,
    ),
    ("th-tree-01", "trees-rescale-internally", "the tree normalizes features internally, so no need to scale", True),
    ("th-tree-01", "trees-rescale-internally", "- scaling irrelevant: tree rescales automatically at each node", True),
    (
        "th-tree-01",
        "trees-rescale-internally",
        "Trees don't rescale features internally; only the order of values matters.",
        False,
    ),
    (
        "th-tree-01",
        "trees-rescale-internally",
        "A split only compares a value with a threshold, so any monotonic transform gives the same tree.",
        False,
    ),
    ("th-tree-01", "trees-rescale-internally", "You don't need to standardise features for a tree.", False),
    # th-rf-01 t7a-026: averaging said to divide variance by B
    (
        "th-rf-01",
        "trees-drive-variance-to-zero",
        "With 500 trees the (1 − ρ)σ²/B term is gone and only ρσ² remains.",
        False,
    ),
    ("th-rf-01", "trees-drive-variance-to-zero", "More trees never drive the variance to zero.", False),
    (
        "th-rf-01",
        "trees-drive-variance-to-zero",
        "Adding trees only removes the second term, so correlation sets the floor.",
        False,
    ),
    # th-rf-01 t7a-027: impurity importance said to be computed out of bag
    (
        "th-rf-01",
        "mdi-is-reliable",
        "impurity importance in sklearn is computed on the out of bag samples for each tree, so its basically a held "
        "out measure and not biased.",
        True,
    ),
    ("th-rf-01", "mdi-is-reliable", "Gini importance is measured on the OOB rows, so it's fair.", True),
    ("th-rf-01", "mdi-is-reliable", "impurity importance isn't biased", True),
    (
        "th-rf-01",
        "mdi-is-reliable",
        "Impurity importance is computed on the training data, not on held-out rows.",
        False,
    ),
    (
        "th-rf-01",
        "mdi-is-reliable",
        "Impurity importance is computed on training splits; permutation importance on held-out data.",
        False,
    ),
    ("th-rf-01", "mdi-is-reliable", "Impurity importance is biased toward features with many split points.", False),
    # th-gbm-02 t7a-028: leaf-wise growth said to hurt on large data
    (
        "th-gbm-02",
        "leafwise-is-safer",
        "leaf-wise growth hurts on very large datasets, where the deep lopsided trees memorise the data; on small "
        "data it's fine",
        True,
    ),
    ("th-gbm-02", "leafwise-is-safer", "Leaf-wise is risky on big datasets.", True),
    ("th-gbm-02", "leafwise-is-safer", "leaf-wise overfits large data", True),
    ("th-gbm-02", "leafwise-is-safer", "Leaf-wise growth overfits small datasets; on large datasets it's fine.", False),
    ("th-gbm-02", "leafwise-is-safer", "Leaf-wise growth overfits small data, not large datasets.", False),
    ("th-gbm-02", "leafwise-is-safer", "On large data leaf-wise growth is faster to a given loss.", False),
    # th-gbm-02 t7a-029 (added): boosting trees said to be built in parallel
    (
        "th-gbm-02",
        "trees-built-in-parallel",
        "LightGBM is faster mainly because it builds the boosting trees in parallel, one per core, instead of one "
        "after another.",
        True,
    ),
    ("th-gbm-02", "trees-built-in-parallel", "it trains many trees in parallel across threads", True),
    ("th-gbm-02", "trees-built-in-parallel", "- speed: parallel trees on all cores", True),
    (
        "th-gbm-02",
        "trees-built-in-parallel",
        "Trees can't be built in parallel in boosting; each depends on the last.",
        False,
    ),
    (
        "th-gbm-02",
        "trees-built-in-parallel",
        "Boosting can't grow trees in parallel, only the split search inside a tree is parallel.",
        False,
    ),
    ("th-gbm-02", "trees-built-in-parallel", "LightGBM parallelises the histogram building within each tree.", False),
    # th-km-01 t7a-031: centroids said to adapt to units
    (
        "th-km-01",
        "kmeans-scale-free",
        "Scaling isn't the issue: centroids are means, so they adapt to each feature's units automatically.",
        True,
    ),
    ("th-km-01", "kmeans-scale-free", "k-means adjusts to the scale of each feature by itself", True),
    ("th-km-01", "kmeans-scale-free", "the means adapt to the units", True),
    ("th-km-01", "kmeans-scale-free", "The centroids don't adapt to units; distance is dominated by dollars.", False),
    ("th-km-01", "kmeans-scale-free", "Standardise first, or Euclidean distance is just spend.", False),
    (
        "th-km-01",
        "kmeans-scale-free",
        "K-means uses Euclidean distance, so the feature with the largest range dominates.",
        False,
    ),
    # th-of-01 t7a-034: more data said to push both curves of plot A down
    (
        "th-of-01",
        "more-data-fixes-underfitting",
        "- for A I'd get more training data first, the extra examples will push both curves down, then add features",
        True,
    ),
    ("th-of-01", "more-data-fixes-underfitting", "A: collect more rows, that brings both curves down", True),
    ("th-of-01", "more-data-fixes-underfitting", "More examples should push the training error down in A.", True),
    ("th-of-01", "more-data-fixes-underfitting", "B: more data would push the validation curve down.", False),
    (
        "th-of-01",
        "more-data-fixes-underfitting",
        "In A more data won't push both curves down; they have already met.",
        False,
    ),
    ("th-of-01", "more-data-fixes-underfitting", "In B the extra rows close the gap from above.", False),
    # th-of-01 t7a-035: more data said to be useless for plot B
    (
        "th-of-01",
        "overfit-needs-capacity",
        "More data won't do anything there since training error is already zero and there's nothing left for extra "
        "examples to fix, so I'd regularize or simplify the model.",
        True,
    ),
    ("th-of-01", "overfit-needs-capacity", "B's training error is already ~0, so extra data won't help.", True),
    ("th-of-01", "overfit-needs-capacity", "- B: train error 0 -> data useless, regularize instead", True),
    ("th-of-01", "overfit-needs-capacity", "More data won't help A since training error is already high.", False),
    ("th-of-01", "overfit-needs-capacity", "In B more data helps even though training error is zero.", False),
    ("th-of-01", "overfit-needs-capacity", "Training error is zero, but more data still helps.", False),
    # th-of-02 t7a-038 (added): the peak put down to an optimisation failure
    (
        "th-of-02",
        "peak-is-optimisation-failure",
        "Peak ≈ optimisation failure: mid-size nets are hard to train with the default lr, so they land in poor "
        "minima.",
        True,
    ),
    (
        "th-of-02",
        "peak-is-optimisation-failure",
        "Medium-sized networks are harder to optimise, which is where the bump comes from.",
        True,
    ),
    ("th-of-02", "peak-is-optimisation-failure", "at that width SGD gets stuck in bad local minima", True),
    (
        "th-of-02",
        "peak-is-optimisation-failure",
        "The peak isn't an optimisation failure; the network does fit the training set.",
        False,
    ),
    ("th-of-02", "peak-is-optimisation-failure", "The peak is where training error first reaches zero.", False),
    (
        "th-of-02",
        "peak-is-optimisation-failure",
        "It doesn't land in a poor minimum, it fits the noise exactly.",
        False,
    ),
    (
        "th-of-02",
        "peak-is-optimisation-failure",
        "At the threshold the network interpolates the noisy labels with a large-norm function.",
        False,
    ),
    # th-of-02 t7a-039: regularization said to hold large nets back
    (
        "th-of-02",
        "big-nets-skip-regularization",
        "so weight decay and early stopping just hold the model back and can push you back toward the peak. id drop "
        "them for large nets and train to convergence",
        True,
    ),
    ("th-of-02", "big-nets-skip-regularization", "Weight decay just holds big networks back.", True),
    ("th-of-02", "big-nets-skip-regularization", "skip early stopping for big models", True),
    (
        "th-of-02",
        "big-nets-skip-regularization",
        "Don't drop them for large nets: tuned weight decay flattens the peak.",
        False,
    ),
    ("th-of-02", "big-nets-skip-regularization", "Too much weight decay hurts, so tune it.", False),
    (
        "th-of-02",
        "big-nets-skip-regularization",
        "Regularization doesn't hold large networks back when it is tuned.",
        False,
    ),
    # th-of-03 t7a-040 (added): the creep read as real progress
    (
        "th-of-03",
        "creep-is-real-progress",
        "The validation set was never trained on, so the model can't overfit it; the creeping score is real progress.",
        True,
    ),
    ("th-of-03", "creep-is-real-progress", "we never train on val, so the model cannot overfit there", True),
    (
        "th-of-03",
        "creep-is-real-progress",
        "Even though the validation set is never trained on, you can overfit it by selection.",
        False,
    ),
    ("th-of-03", "creep-is-real-progress", "The model isn't trained on validation, yet the team overfits it.", False),
    (
        "th-of-03",
        "creep-is-real-progress",
        "The creeping score is partly selection on noise, not real progress.",
        False,
    ),
    # th-of-03 t7a-040 (right sentence in it): stale split named as a cause
    (
        "th-of-03",
        "split-never-stale",
        "The reason production didn't move is that the split is six months old and traffic has drifted.",
        False,
    ),
    ("th-of-03", "split-never-stale", "Production traffic hasn't changed since then.", True),
    # th-of-03 t7a-042: CV scores said to stay unbiased
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "Yes, 5-fold CV fixes it. CV scores stay unbiased however many configs you compare on them.",
        True,
    ),
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "cross-validation scores remain honest even after 300 comparisons",
        True,
    ),
    ("th-of-03", "cv-fixes-validation-overfitting", "With CV the estimate stays unbiased.", True),
    ("th-of-03", "cv-fixes-validation-overfitting", "Nested CV scores are unbiased.", False),
    ("th-of-03", "cv-fixes-validation-overfitting", "CV scores still aren't unbiased after you pick the best.", False),
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "CV scores are less noisy, but selecting on them still biases the winner upward.",
        False,
    ),
    # th-of-04 t7a-043 (added): flat accuracy read as no overfitting
    (
        "th-of-04",
        "flat-accuracy-not-overfitting",
        "after epoch 12 val loss goes up but if val accuracy is flat the model isnt really overfitting, the loss is "
        "just noisy, accuracy is what matters.",
        True,
    ),
    ("th-of-04", "flat-accuracy-not-overfitting", "Accuracy is steady, so the model isn't really overfitting.", True),
    ("th-of-04", "flat-accuracy-not-overfitting", "The loss is just noise, accuracy is what matters.", True),
    ("th-of-04", "flat-accuracy-not-overfitting", "accuracy stays flat because the model fits noise", False),
    (
        "th-of-04",
        "flat-accuracy-not-overfitting",
        "If accuracy stays flat and only the decision matters, stopping on accuracy is fine",
        False,
    ),
    (
        "th-of-04",
        "flat-accuracy-not-overfitting",
        "Validation accuracy is flat, but the model is overfitting: loss rises.",
        False,
    ),
    ("th-of-04", "flat-accuracy-not-overfitting", "Accuracy is flat while loss rises, which is overconfidence.", False),
    ("th-of-04", "flat-accuracy-not-overfitting", "Flat accuracy doesn't mean the model isn't overfitting.", False),
    (
        "th-of-04",
        "flat-accuracy-not-overfitting",
        "Stop on accuracy if accuracy is what matters, on loss if probabilities matter.",
        False,
    ),
    # th-of-04 t7a-044: shipping the weights from the stopping epoch
    (
        "th-of-04",
        "keep-the-last-epoch",
        "when it triggers at epoch 17, stop and ship the weights from epoch 17, the extra 5 epochs are negligible.",
        True,
    ),
    ("th-of-04", "keep-the-last-epoch", "just keep the final weights, the patience epochs are harmless", True),
    ("th-of-04", "keep-the-last-epoch", "Use the last checkpoint.", True),
    ("th-of-04", "keep-the-last-epoch", "Restore the best weights; the patience epochs after it are worse.", False),
    ("th-of-04", "keep-the-last-epoch", "Save the best checkpoint and restore it when training stops.", False),
    ("th-of-04", "keep-the-last-epoch", "Don't keep the final weights.", False),
    (
        "th-of-04",
        "keep-the-last-epoch",
        "The patience epochs matter because the last weights are already worse.",
        False,
    ),
    ("th-of-04", "keep-the-last-epoch", "Use the checkpoint from the best epoch as the final model.", False),
    # th-of-06 t7a-047: ranking features on the full dataset first
    (
        "th-of-06",
        "select-before-cv",
        "To make it tractable I'd first rank features on the full dataset with a univariate test and keep the top "
        "50, then run repeated, patient-split cross-validation on those 50 only.",
        True,
    ),
    ("th-of-06", "select-before-cv", "screen features on all the data and keep the top 100, then CV", True),
    ("th-of-06", "select-before-cv", "Filter features on the whole dataset first.", True),
    (
        "th-of-06",
        "select-before-cv",
        "Ranking features on the full dataset and then cross-validating leaks the labels.",
        False,
    ),
    ("th-of-06", "select-before-cv", "Never rank features on the full dataset first.", False),
    (
        "th-of-06",
        "select-before-cv",
        "Rank features inside each training fold, then keep the top 50 of that fold.",
        False,
    ),
    # th-of-06 t7a-048: 70% on shuffled labels said to be within chance
    (
        "th-of-06",
        "permutation-score-is-a-fluke",
        "With only 200 samples CV accuracy is very noisy, so 70% on shuffled labels is within the range you'd expect "
        "by chance on a balanced problem.",
        True,
    ),
    ("th-of-06", "permutation-score-is-a-fluke", "70% is within noise for n=200.", True),
    ("th-of-06", "permutation-score-is-a-fluke", "seventy percent - lucky shuffle", True),
    ("th-of-06", "permutation-score-is-a-fluke", "70% is not within the chance range.", False),
    (
        "th-of-06",
        "permutation-score-is-a-fluke",
        "Shuffled labels should give about 50%; 70% means the pipeline leaks.",
        False,
    ),
    ("th-of-06", "permutation-score-is-a-fluke", "At n = 200 chance accuracy sits within a few points of 50%.", False),
    # th-reg-01 t7a-049 (added): L1's zeros put down to a bigger penalty
    (
        "th-reg-01",
        "l1-just-stronger",
        "For small weights |w| > w², so L1 penalises small weights much harder than L2 does, and that extra penalty "
        "is what forces them all the way to zero.",
        False,
    ),
    (
        "th-reg-01",
        "l1-just-stronger",
        "lasso punishes small coefficients more than ridge, which is why they hit zero",
        False,
    ),
    ("th-reg-01", "l1-just-stronger", "- L1 penalizes small weights harder -> zero", False),
    (
        "th-reg-01",
        "l1-just-stronger",
        "Near zero, L1 penalizes small weights more than L2 does, because its gradient stays lambda however small "
        "the weight.",
        False,
    ),
    (
        "th-reg-01",
        "l1-just-stronger",
        "L1 zeroes weights only because it is a stronger penalty than L2; a big enough L2 penalty would zero them too.",
        True,
    ),
    ("th-reg-01", "l1-just-stronger", "With a large enough ridge lambda the weights would hit zero too.", True),
    ("th-reg-01", "l1-just-stronger", "Lasso is simply a harsher penalty than ridge.", True),
    ("th-reg-01", "l1-just-stronger", "Even a large enough L2 penalty never zeroes them exactly.", False),
    (
        "th-reg-01",
        "l1-just-stronger",
        "A large enough L2 penalty shrinks weights toward zero but never to zero.",
        False,
    ),
    ("th-reg-01", "l1-just-stronger", "L1's constant pull, not a bigger penalty, drives them to zero.", False),
    ("th-reg-01", "l1-just-stronger", "It isn't that L1 is simply stronger: its pull doesn't fade near zero.", False),
    (
        "th-reg-01",
        "l1-just-stronger",
        "L2's pull is proportional to the weight, so it fades near zero; L1's pull stays lambda.",
        False,
    ),
    ("th-reg-01", "l1-just-stronger", "L1 penalises large weights less than L2 does.", False),
    # th-reg-01 t7a-051: SGD said to need only more epochs
    ("th-reg-01", "sgd-lands-eventually", "Training longer doesn't fix it.", False),
    ("th-reg-01", "sgd-lands-eventually", "The fix is not to train longer but to use a proximal step.", False),
    # th-reg-03 t7a-052 (added): early stopping read as training on less data
    (
        "th-reg-03",
        "early-stopping-less-data",
        "early stopping is a regularizer because stopping early means each weight has seen less of the data, so its "
        "like training on a smaller dataset.",
        True,
    ),
    ("th-reg-03", "early-stopping-less-data", "Early stopping works like training on fewer examples.", True),
    (
        "th-reg-03",
        "early-stopping-less-data",
        "the model has seen fewer examples when you stop, so it can't memorise",
        True,
    ),
    ("th-reg-03", "early-stopping-less-data", "Early stopping isn't like training on less data.", False),
    (
        "th-reg-03",
        "early-stopping-less-data",
        "Early stopping doesn't train on less data; every example is still used.",
        False,
    ),
    (
        "th-reg-03",
        "early-stopping-less-data",
        "Early stopping regularizes; training on a smaller dataset would raise variance.",
        False,
    ),
    (
        "th-reg-03",
        "early-stopping-less-data",
        "It limits how far the weights move from their small initial values.",
        False,
    ),
    # th-reg-03 t7a-053: the stopping epoch's validation score read as unbiased
    (
        "th-reg-03",
        "early-stopping-free",
        "Nice property: the val score at the chosen epoch is an unbiased estimate of test performance, so no extra "
        "test set is needed.",
        True,
    ),
    ("th-reg-03", "early-stopping-free", "the validation loss at the best epoch is an honest estimate", True),
    (
        "th-reg-03",
        "early-stopping-free",
        "The validation score at the chosen epoch is optimistic, not unbiased.",
        False,
    ),
    ("th-reg-03", "early-stopping-free", "The selected epoch's validation score is biased upward.", False),
    # th-reg-05 t7a-056: no need to standardize
    (
        "th-reg-05",
        "scaling-does-not-matter",
        "- no need to standardize: the penalty is on the coefficients, and the coefficients just rescale to whatever "
        "units the features are in, so the fit is the same",
        True,
    ),
    ("th-reg-05", "scaling-does-not-matter", "no need to scale, the coefficients adapt", True),
    ("th-reg-05", "scaling-does-not-matter", "You need to standardize; there's no way around it.", False),
    ("th-reg-05", "scaling-does-not-matter", "Standardize the features, fitting the scaler inside each fold.", False),
    # th-reg-05 t7a-057 (added): smallest lambda on a flat curve
    (
        "th-reg-05",
        "flat-pick-smallest",
        "Since nothing is gained by regularizing, I'd pick the smallest lambda in the flat region, which introduces "
        "the least bias and keeps the model closest to the unpenalized fit.",
        True,
    ),
    ("th-reg-05", "flat-pick-smallest", "flat curve -> take the lowest alpha", True),
    ("th-reg-05", "flat-pick-smallest", "Choose the lowest penalty, closest to OLS.", True),
    ("th-reg-05", "flat-pick-smallest", "Take the largest lambda in the flat region, not the smallest.", False),
    ("th-reg-05", "flat-pick-smallest", "Don't pick the smallest lambda.", False),
    (
        "th-reg-05",
        "flat-pick-smallest",
        "The smallest lambda adds the least bias, but in a flat region that bias costs nothing, so take the largest.",
        False,
    ),
    # th-reg-06 t7a-058: ridge said not to help with near-duplicates
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge didn't help: with near-duplicates the coefficients blow up in opposite directions, +50 and −49, just "
        "like OLS.",
        True,
    ),
    ("th-reg-06", "ridge-fails-on-correlated", "L2 doesn't fix collinear sensors.", True),
    ("th-reg-06", "ridge-fails-on-correlated", "Lasso doesn't help stability; ridge does.", False),
    ("th-reg-06", "ridge-fails-on-correlated", "Ridge doesn't select features, but it spreads weight evenly.", False),
    # th-reg-06 t7a-059: lasso's pick said to be the informative one
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "that pick is the genuinely informative sensor, so the selection is stable and interpretable",
        True,
    ),
    ("th-reg-06", "lasso-picks-the-important-one", "The kept sensor is truly the predictive one.", True),
    ("th-reg-06", "lasso-picks-the-important-one", "The kept one isn't truly more important.", False),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "Which one lasso keeps can flip with small changes to the data.",
        False,
    ),
    # th-reg-07 t7a-061 (added): the learning rate as a speed knob only
    (
        "th-reg-07",
        "lr-only-speed",
        "Learning rate is an optimisation-speed knob only: lower lr just needs proportionally more rounds to reach "
        "the same model, no regularizing effect.",
        True,
    ),
    ("th-reg-07", "lr-only-speed", "the learning rate only matters for speed", True),
    (
        "th-reg-07",
        "lr-only-speed",
        "eta is just convergence speed; more trees at a small lr give the same ensemble",
        True,
    ),
    ("th-reg-07", "lr-only-speed", "The learning rate isn't only about speed: it regularizes.", False),
    (
        "th-reg-07",
        "lr-only-speed",
        "A smaller lr needs more rounds to reach the same training loss, and generalizes better.",
        False,
    ),
    ("th-reg-07", "lr-only-speed", "More rounds at a lower rate do not give the same model.", False),
    (
        "th-reg-07",
        "lr-only-speed",
        "The learning rate scales each tree's contribution, so no single tree commits fully.",
        False,
    ),
    # th-reg-07 t7a-063: lambda said to shrink big leaves hardest
    ("th-reg-07", "lambda-shrinks-big-leaves", "big leaves get pulled hardest by lambda", True),
    ("th-reg-07", "lambda-shrinks-big-leaves", "Small leaves are shrunk hardest; big leaves barely move.", False),
    ("th-reg-07", "lambda-shrinks-big-leaves", "Lambda pulls small leaves hardest and big leaves barely.", False),
    # generalisation pass: other wordings of the same wrong ideas
    (
        "th-bv-01",
        "variance-across-inputs",
        "A high variance model is one whose outputs swing a lot between different test points.",
        True,
    ),
    (
        "th-bv-01",
        "variance-across-inputs",
        "High variance: the outputs at a test point swing between retrains on new samples.",
        False,
    ),
    ("th-bv-03", "one-split-is-decisive", "LR beat GBM on the holdout, so LR is better; one split is plenty.", True),
    ("th-bv-03", "one-split-is-decisive", "A single split is not enough with 2,000 rows.", False),
    ("th-bv-03", "one-split-is-decisive", "One split is never sufficient here; use repeated CV.", False),
    ("th-bv-05", "more-data-fixes-underfit", "More labels will fix the underfitting.", True),
    ("th-bv-05", "more-data-fixes-underfit", "More labels won't fix underfitting.", False),
    ("th-bv-07", "stable-auc-stable-model", "Since AUC is stable the model has no variance problem.", True),
    ("th-bv-07", "stable-auc-stable-model", "AUC is stable, but that doesn't mean there's no variance problem.", False),
    ("th-logit-01", "separable-is-perfect", "The weights converge to the max-margin solution and stay finite.", True),
    ("th-logit-01", "separable-is-perfect", "The weights don't stay finite; they grow without bound.", False),
    (
        "th-logit-01",
        "separable-is-perfect",
        "The direction converges to the max-margin one while the norm grows forever.",
        False,
    ),
    (
        "th-rf-01",
        "mdi-is-reliable",
        "The built-in importance is calculated on out-of-bag data, so it is trustworthy.",
        True,
    ),
    (
        "th-rf-01",
        "mdi-is-reliable",
        "Permutation importance can be computed on out-of-bag rows; impurity importance can't.",
        False,
    ),
    (
        "th-gbm-02",
        "trees-built-in-parallel",
        "The speed-up is from building all boosting rounds simultaneously on multiple cores.",
        True,
    ),
    (
        "th-gbm-02",
        "trees-built-in-parallel",
        "Rounds can't be built simultaneously, since each fits the previous residuals.",
        False,
    ),
    ("th-km-01", "pick-k-min-inertia", "Choose the k that minimises inertia.", True),
    ("th-km-01", "pick-k-min-inertia", "Take the k with the smallest within-cluster sum of squares.", True),
    ("th-km-01", "pick-k-min-inertia", "Don't pick the k that minimises inertia; it is zero at k = n.", False),
    (
        "th-km-01",
        "pick-k-min-inertia",
        "Inertia never increases with k, so look for diminishing returns instead.",
        False,
    ),
    (
        "th-of-02",
        "peak-is-optimisation-failure",
        "The bump is just the optimizer struggling at that size; it's an optimization artifact.",
        True,
    ),
    (
        "th-of-02",
        "peak-is-optimisation-failure",
        "The bump isn't an optimization artifact: training error is zero there.",
        False,
    ),
    (
        "th-of-06",
        "permutation-score-is-a-fluke",
        "70% on shuffled labels is probably just noise with 200 samples.",
        True,
    ),
    ("th-of-06", "permutation-score-is-a-fluke", "The leak is most likely feature selection outside the folds.", False),
    ("th-of-06", "select-before-cv", "Do feature selection on the full dataset first, then run CV.", True),
    ("th-of-06", "select-before-cv", "Pick features on all 200 samples first, then cross-validate.", True),
    (
        "th-of-06",
        "select-before-cv",
        "Feature selection must run inside each training fold, never on the full dataset.",
        False,
    ),
    (
        "th-reg-01",
        "l1-just-stronger",
        "L1 is a stronger penalty on small weights than L2, which pushes them to zero.",
        False,
    ),
    (
        "th-reg-01",
        "l1-just-stronger",
        "It isn't that L1 is a stronger penalty on small weights; its slope doesn't fade.",
        False,
    ),
    ("th-reg-01", "l2-makes-zeros", "L2 drives weights exactly to zero too, just more slowly.", True),
    ("th-reg-01", "l2-makes-zeros", "L1 drives weights exactly to zero, while L2 only shrinks them.", False),
    ("th-reg-01", "l2-makes-zeros", "Unlike L2, L1 drives weights exactly to zero.", False),
    ("th-reg-01", "l2-makes-zeros", "L2 never drives weights exactly to zero.", False),
    (
        "th-reg-05",
        "flat-pick-smallest",
        "Any lambda in the flat part is equally good, so take the lowest one to avoid bias.",
        True,
    ),
    (
        "th-reg-05",
        "flat-pick-smallest",
        "The largest lambda in the flat region is the pick; its extra bias costs nothing there.",
        False,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge can't handle near-duplicate features; the coefficients become unstable.",
        True,
    ),
    ("th-reg-06", "ridge-fails-on-correlated", "Ridge handles near-duplicates fine by spreading the weight.", False),
    # second reader (t7A): right sentences that fired, kept as must-not-fire; wrong ones the narrowed cues still catch
    (
        "th-bv-02",
        "small-gap-means-better",
        "closed the gap almost completely, but both scores fell, so we overshot into bias",
        False,
    ),
    ("th-bv-02", "small-gap-means-better", "Closing the gap completely is not the goal.", False),
    ("th-bv-02", "small-gap-means-better", "close the gap fully, then ship it", True),
    (
        "th-logit-02",
        "hashing-generalises-crosses",
        "Embeddings generalize to unseen combinations better than hashed crosses.",
        False,
    ),
    ("th-logit-02", "hashing-generalises-crosses", "hashing lets the crosses generalize to unseen combinations", True),
    ("th-tree-01", "trees-rescale-internally", "Only the order matters, so units wash out.", False),
    ("th-gbm-02", "trees-built-in-parallel", "LightGBM builds each tree with parallel histogram construction.", False),
    (
        "th-gbm-02",
        "trees-built-in-parallel",
        "XGBoost builds each tree with parallel split finding over features.",
        False,
    ),
    ("th-gbm-02", "trees-built-in-parallel", "it trains many trees at once in parallel", True),
    (
        "th-of-02",
        "peak-is-optimisation-failure",
        "At the peak, training succeeds: the issue is generalization, not optimization",
        False,
    ),
    (
        "th-of-02",
        "peak-is-optimisation-failure",
        "At the peak, optimization succeeds; the problem is generalization.",
        False,
    ),
    ("th-of-03", "creep-is-real-progress", "Only part of the rising score reflects real progress.", False),
    ("th-of-03", "creep-is-real-progress", "the rising score is genuine improvement", True),
    ("th-reg-03", "early-stopping-less-data", "the validation rows are held out, so training uses less data.", False),
    (
        "th-reg-03",
        "early-stopping-less-data",
        "Early stopping regularizes because the model effectively trains on less data.",
        True,
    ),
    ("th-reg-05", "flat-pick-smallest", "The smallest lambda is closest to OLS, so take the largest.", False),
    (
        "th-reg-05",
        "flat-pick-smallest",
        "The smallest lambda is closest to OLS and adds the least bias, but in a flat region that bias costs "
        "nothing, so take the largest.",
        False,
    ),
    ("th-reg-05", "flat-pick-smallest", "I'd pick the smallest lambda, it's closest to OLS", True),
    ("th-logit-01", "separable-is-perfect", "with an L2 penalty the weights stay finite.", False),
    (
        "th-rf-01",
        "mdi-is-reliable",
        "Impurity importance is not reliable because it is biased toward high-cardinality features.",
        False,
    ),
    ("th-rf-01", "mdi-is-reliable", "MDI importance isn't biased", True),
    (
        "th-rf-01",
        "trees-drive-variance-to-zero",
        "More trees make the uncorrelated part of the variance vanish, but the ρσ² part remains.",
        False,
    ),
    ("th-rf-01", "trees-drive-variance-to-zero", "With enough trees the variance goes to zero.", True),
    (
        "th-of-01",
        "more-data-fixes-underfitting",
        "For B, more data pushes the validation error down toward the training error.",
        False,
    ),
    ("th-of-01", "more-data-fixes-underfitting", "More data pushes the training error down for A.", True),
    ("th-reg-01", "sgd-lands-eventually", "To fix it, training longer doesn't help; use a proximal step.", False),
    ("th-reg-01", "sgd-lands-eventually", "Train longer and the weights will land on zero.", True),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge doesn't help with feature selection, but it handles correlated features well.",
        False,
    ),
    ("th-reg-06", "ridge-fails-on-correlated", "Ridge doesn't help with correlated features.", True),
    ("th-reg-07", "lambda-shrinks-big-leaves", "Large leaves are barely shrunk, small leaves shrink the most.", False),
    ("th-reg-07", "lambda-shrinks-big-leaves", "Large leaves are shrunk the most.", True),
    (
        "th-of-06",
        "permutation-score-is-a-fluke",
        "70 percent is far beyond chance, which would stay within a few points of 50",
        False,
    ),
    ("th-of-06", "permutation-score-is-a-fluke", "the model should likely score at chance", False),
    ("th-of-06", "permutation-score-is-a-fluke", "it's probably just noise", True),
    (
        "th-of-06",
        "select-before-cv",
        "Feature selection on the full data first leaks the labels into every fold",
        False,
    ),
]


CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), (WIDENED, 1, 1)],
    cue_cap=TOUCHED,
    right_texts={p for p, _, _, _ in CASES},
    added=[ADDED],
)
