"""The ninth pass, group A: a second blind writer on the seventh pass's group-A prompts (bias-variance,
classical ML, overfitting, regularization; ``tests/labelled/dumps/t7_A_prompts.yaml``).

Answers written blind from the dump (``tests/labelled/wrong_t9_A.yaml``, two wrong and one right per prompt) were
graded once (9/42 wrong answers flagged with a misconception of the right key point, 2/21 right answers with a
false "Careful"), then tuned on. A wrong answer whose belief an existing misconception already described got that
misconception's cues widened (or a cue no row needed replaced) with its own sentence as a row that must fire and a
right sentence in the same words that must not; a wrong belief no misconception described got a new misconception
with its sentence and paraphrases in other registers (terse, typos, bullets) that must fire and right sentences
(the key point's claim, a denial, a "not X" contrast, a related true statement) that must not. The two right
answers that drew a "Careful" got the firing cue narrowed (``more-bins-faster``, ``big-nets-skip-regularization``)
and are kept as rows that must stay quiet; both cues were first added by earlier passes, so their entries in
``rv1.py`` and ``rv2.py`` ADDED now carry the narrowed cue. Where every cue of the matching misconception was
another pass's and the list was full (``never-both-high``, ``trees-drive-variance-to-zero``), nothing was changed
and the answer stays missed. Matching is the grader's own (``Matcher.states``).

A second reader then probed every added and widened cue with right sentences in the cues' own words (the
claim, a denial, a "not X but Y" contrast, a named mistake, a related true statement, shorthand). Cues that
fired on them were narrowed, or the widening was undone where no cue could tell the wrong sentence from a right
one (``more-data``-style hedges, OLS's "the coefficient compensates", "calibrated by construction", "distances stay
the same whatever the units", "the single best sensor", "AUC is stable, the model is fine"), and those wrong rows
were dropped; ``permutation-on-training`` and ``separate-model-per-segment`` were removed (a right answer warns
against permutation importance on training data, or routes small segments away from a per-segment booster, in the
same words). The right sentences that had fired stay below as rows that must not fire."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-bv-02", "boosting-averages-noise"): [
        "boost*|boosted|boosting averag* noise|errors individual|many",
        "more rounds|iterations averag* noise|variance|errors",
        "forest|bagging boost*|boosted averag*",
    ],
    ("th-logit-01", "odds-up-70-percent"): [
        "unit rais*|increas*|boost*|lift* odds 70",
        "unit odds rise*|grow*|jump*|increas*|up 70",
        "unit odds 70 higher|more|greater|percent",
    ],
    ("th-logit-02", "hashing-lossless"): [
        "same slot|bucket|index accuracy unaffected|unchanged|intact|preserved",
        "collision* harmless|irrelevant|impossible deterministic",
        "hash*|hashing|hashed lossless",
    ],
    ("th-of-02", "second-descent-is-bias"): [
        "past|after|beyond peak|threshold|point variance maxed|saturat*|maximal",
        "=variance saturat*|maxed past|beyond|after",
        "=variance stays|remains|stuck high|maximal|maxed past|after|beyond",
    ],
    ("th-of-04", "growing-less-confident"): [
        "probabilities|predictions shrink*|drift* 0 5|half",
        "becomes|became|grows|turns underconfident",
    ],
    ("th-of-04", "no-best-checkpoint"): [
        "=not need* save*|keep*|store*|restor* checkpoint* since|because|anyway",
        "not checkpoint*|checkpointing needed|necessary|required",
    ],
    ("th-reg-01", "decay-lr-exact-zeros"): [
        "eta|lr 0|zero schedule|long|enough|eventually converge* exactly|exact",
        "decay*|anneal* learning rate give*|gives|reach*|land* exact*|exactly",
        "decay*|anneal* weights converge* exact*|exactly",
    ],
    ("th-reg-07", "lambda-uniform-shrink"): [
        "lambda shrink*|pull* leaf|leaves same fraction|proportion|amount|factor|percentage",
        "lambda same|equal pull|shrinkage regardless|whatever|independent size|samples|count",
        "lambda shrink*|pull* leaves|leaf equally|uniform*",
    ],
    ("th-reg-03", "uniform-shrink"): [
        "direction*|weights grow*|move*|learn*|fit* same pace|speed",
        "early|stopping uniform*|equal* shrink*|shrinkage|scal*|scaled",
    ],
}

#: existing misconceptions whose cues this pass widened or narrowed
WIDENED: list[tuple[str, str]] = [
    ("th-bv-01", "more-data-cures-bias"),
    ("th-bv-02", "small-gap-means-better"),
    ("th-gbm-02", "more-bins-faster"),
    ("th-km-01", "pick-k-min-inertia"),
    ("th-logit-01", "separable-is-perfect"),
    ("th-of-02", "big-nets-skip-regularization"),
    ("th-of-06", "select-before-cv"),
    ("th-of-06", "real-score-valid"),
    ("th-reg-01", "l1-just-stronger"),
    ("th-reg-06", "ridge-fails-on-correlated"),
    ("th-reg-07", "lr-only-speed"),
]

TOUCHED: list[tuple[str, str]] = [*ADDED, *WIDENED]

CASES: list[tuple[str, str, str, bool]] = [
    # th-bv-02 t9a-004 (added): boosting read as averaging, like a forest
    (
        "th-bv-02",
        "boosting-averages-noise",
        "then add more trees: like a forest, a boosted ensemble averages out the noise of individual trees as it "
        "grows, so more rounds lower the variance",
        True,
    ),
    ("th-bv-02", "boosting-averages-noise", "more rounds average out the noise", True),
    ("th-bv-02", "boosting-averages-noise", "- boosting model averages errors of many trees so variance drops", True),
    ("th-bv-02", "boosting-averages-noise", "more boosting rounds basicaly average out the noise lol", True),
    (
        "th-bv-02",
        "boosting-averages-noise",
        "Each new tree fits the residuals of the ensemble so far, and once the signal is captured those residuals "
        "are mostly noise.",
        False,
    ),
    ("th-bv-02", "boosting-averages-noise", "Boosting doesn't average out noise; bagging does.", False),
    (
        "th-bv-02",
        "boosting-averages-noise",
        "Unlike a random forest, a boosted ensemble does not average independent trees.",
        False,
    ),
    (
        "th-bv-02",
        "boosting-averages-noise",
        "Row and column subsampling decorrelate the trees the way bagging does.",
        False,
    ),
    # th-logit-01 t9a-017 (added): 0.7 read as +70% odds
    (
        "th-logit-01",
        "odds-up-70-percent",
        "For the PM: β = 0.7 means one more unit of the feature raises the odds of the outcome by 70%, holding "
        "everything else fixed.",
        True,
    ),
    ("th-logit-01", "odds-up-70-percent", "coef 0.7: each unit = odds increase 70%", True),
    ("th-logit-01", "odds-up-70-percent", "- per unit, the odds rise by 70 percent", True),
    ("th-logit-01", "odds-up-70-percent", "each unit makes the odds 70% higher", True),
    ("th-logit-01", "odds-up-70-percent", "A coefficient of 0.7 multiplies the odds by e^0.7, about 2.", False),
    ("th-logit-01", "odds-up-70-percent", "The odds roughly double; they don't rise by 70%.", False),
    ("th-logit-01", "odds-up-70-percent", "It raises the log-odds by 0.7, not the odds by 70%.", False),
    (
        "th-logit-01",
        "odds-up-70-percent",
        "Near p = 0.5 the probability moves from 0.50 to about 0.67 for one unit.",
        False,
    ),
    # th-logit-02 t9a-021 (added): hashing read as lossless
    (
        "th-logit-02",
        "hashing-lossless",
        "crosses blow up the vocabulary, so hash them into a fixed vector; because the hash is deterministic every "
        "feature always lands in the same slot, so accuracy is unaffected",
        True,
    ),
    ("th-logit-02", "hashing-lossless", "hashing is lossless", True),
    ("th-logit-02", "hashing-lossless", "- collisions are harmless since the hash is deterministic", True),
    ("th-logit-02", "hashing-lossless", "each feature always hits the same bucket, so accuracy is preserved", True),
    (
        "th-logit-02",
        "hashing-lossless",
        "Collisions trade a little accuracy for bounded memory and no dictionary to maintain.",
        False,
    ),
    ("th-logit-02", "hashing-lossless", "Hashing isn't lossless: colliding features share a weight.", False),
    (
        "th-logit-02",
        "hashing-lossless",
        "The hash is deterministic, so the same feature always lands in the same slot, but different features "
        "can collide.",
        False,
    ),
    ("th-logit-02", "hashing-lossless", "A bigger hash space makes collisions rarer.", False),
    # th-of-02 t9a-037 (added): the second descent credited to bias, variance staying maxed
    (
        "th-of-02",
        "second-descent-is-bias",
        "Past that point the variance is already maxed out and stays there, but bias keeps shrinking as width "
        "grows, so test error falls again.",
        True,
    ),
    ("th-of-02", "second-descent-is-bias", "variance saturates past the peak", True),
    ("th-of-02", "second-descent-is-bias", "- variance stays high after the threshold, bias keeps falling", True),
    (
        "th-of-02",
        "second-descent-is-bias",
        "variance stays maxed beyond the threshold, only bias drops n thats the 2nd descent",
        True,
    ),
    (
        "th-of-02",
        "second-descent-is-bias",
        "Past the threshold variance falls as width grows, because gradient descent picks a low-norm fit.",
        False,
    ),
    ("th-of-02", "second-descent-is-bias", "Variance doesn't stay high past the peak; it falls.", False),
    ("th-of-02", "second-descent-is-bias", "Variance peaks at the interpolation threshold.", False),
    # th-of-04 t9a-044 (added): rising validation loss read as the model getting less confident
    (
        "th-of-04",
        "growing-less-confident",
        "On validation, the predicted probabilities for the correct class shrink toward 0.5, so the model gets "
        "less confident overall and −log p grows even though argmax accuracy stays flat.",
        True,
    ),
    ("th-of-04", "growing-less-confident", "val probabilities shrink toward 0.5 as it trains", True),
    ("th-of-04", "growing-less-confident", "- predictions drift towards 0.5 after epoch 12", True),
    ("th-of-04", "growing-less-confident", "the net becomes underconfident on val", True),
    (
        "th-of-04",
        "growing-less-confident",
        "It grows more confident, with larger weights and logits, so its mistakes cost more log loss.",
        False,
    ),
    ("th-of-04", "growing-less-confident", "The model isn't less confident; it's overconfident.", False),
    (
        "th-of-04",
        "growing-less-confident",
        "Validation loss can rise while validation accuracy is flat.",
        False,
    ),
    # th-of-04 t9a-043 (added): no need to keep the best checkpoint
    (
        "th-of-04",
        "no-best-checkpoint",
        "no need to save checkpoints since ur only one epoch past the best anyway.",
        True,
    ),
    ("th-of-04", "no-best-checkpoint", "no checkpoints needed", True),
    (
        "th-of-04",
        "no-best-checkpoint",
        "- no need to keep checkpoints because the final weights are close enough",
        True,
    ),
    ("th-of-04", "no-best-checkpoint", "u dont need to save checkpoints since it stops near the best anyway", True),
    ("th-of-04", "no-best-checkpoint", "Save the best checkpoint and restore it when training stops.", False),
    ("th-of-04", "no-best-checkpoint", "You don't need to save every checkpoint, only the best one.", False),
    ("th-of-04", "no-best-checkpoint", "Checkpointing the best epoch is necessary.", False),
    # th-reg-01 t9a-049 (added): decaying the learning rate for exact zeros
    (
        "th-reg-01",
        "decay-lr-exact-zeros",
        "The fix is to decay the learning rate toward 0: as η → 0 the oscillation shrinks away, so with a long "
        "enough schedule the weights converge to exactly zero and plain SGD is fine.",
        True,
    ),
    ("th-reg-01", "decay-lr-exact-zeros", "fix: decay the lr, weights converge to exact zero", True),
    ("th-reg-01", "decay-lr-exact-zeros", "- anneal the learning rate, it lands on exact zeros", True),
    ("th-reg-01", "decay-lr-exact-zeros", "decaying the step size makes SGD reach exact zeros eventually", True),
    (
        "th-reg-01",
        "decay-lr-exact-zeros",
        "Use proximal gradient or coordinate descent, which apply the soft-threshold explicitly.",
        False,
    ),
    (
        "th-reg-01",
        "decay-lr-exact-zeros",
        "Decaying the learning rate doesn't give exact zeros; it only shrinks the jitter.",
        False,
    ),
    (
        "th-reg-01",
        "decay-lr-exact-zeros",
        "The fix is a proximal step, not a smaller learning rate.",
        False,
    ),
    (
        "th-reg-01",
        "decay-lr-exact-zeros",
        "Truncated updates set a weight to zero when it crosses zero.",
        False,
    ),
    # th-reg-03 t9a-052 (added): early stopping read as a uniform shrink
    (
        "th-reg-03",
        "uniform-shrink",
        "Every direction in weight space grows at the same pace, so stopping early is simply a uniform shrink of the "
        "final solution toward zero.",
        True,
    ),
    ("th-reg-03", "uniform-shrink", "all directions learned at the same speed", True),
    ("th-reg-03", "uniform-shrink", "- early stopping = uniform scaling of the final weights", True),
    ("th-reg-03", "uniform-shrink", "early stopping is basically an equal shrink of every weight", True),
    (
        "th-reg-03",
        "uniform-shrink",
        "Gradient descent fits the strong, high-curvature directions first and the weak, noisy ones later.",
        False,
    ),
    ("th-reg-03", "uniform-shrink", "It is not a uniform shrink: strong directions are fit first.", False),
    (
        "th-reg-03",
        "uniform-shrink",
        "Directions don't move at the same pace; the high-curvature ones converge fastest.",
        False,
    ),
    ("th-reg-07", "lambda-uniform-shrink", "w* = -G/(H+λ), lambda pulls all leaves equally toward zero", True),
    ("th-reg-07", "lambda-uniform-shrink", "- lambda: same shrinkage regardless of leaf size", True),
    ("th-reg-07", "lambda-uniform-shrink", "lambda shrinks every leaf by the same amount, big or small", True),
    (
        "th-reg-07",
        "lambda-uniform-shrink",
        "In a small leaf the hessian sum is small, so lambda dominates and the value is shrunk hard.",
        False,
    ),
    (
        "th-reg-07",
        "lambda-uniform-shrink",
        "Large leaves are barely affected, since their hessian sum dwarfs lambda.",
        False,
    ),
    ("th-reg-07", "lambda-uniform-shrink", "Lambda shrinks every leaf toward zero, small leaves most.", False),
    # widened: their wrong sentence fires, a right one in the same words stays quiet
    (
        "th-bv-01",
        "more-data-cures-bias",
        "The nice thing is that collecting more data fixes both problems: with enough examples even a simple model "
        "eventually learns the true shape, so bias shrinks along with variance.",
        True,
    ),
    (
        "th-bv-01",
        "more-data-cures-bias",
        "More data fixes variance, not bias: a rigid model stays rigid however many rows it sees.",
        False,
    ),
    (
        "th-bv-02",
        "small-gap-means-better",
        "so I read depth 3 as well fit: a small train-validation gap means a balanced model.",
        True,
    ),
    (
        "th-bv-02",
        "small-gap-means-better",
        "A small gap doesn't mean a balanced model: both scores are low, so it now underfits.",
        False,
    ),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "With few rows each leaf is estimated from a handful of samples, so the boosted model's variance is large.",
        False,
    ),
    (
        "th-bv-05",
        "data-always-helps",
        "An underfitting model doesn't benefit from more rows of the same kind.",
        False,
    ),
    (
        "th-bv-07",
        "churn-levers-backwards",
        "Don't shorten the window to the last few weeks; a longer window makes the weekly fits agree more.",
        False,
    ),
    (
        "th-bv-07",
        "stable-auc-stable-model",
        "AUC is stable, yet the model isn't fine for individual customers.",
        False,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "That's actually the easy case: since a line separates the classes, gradient descent quickly finds it, log "
        "loss drops to zero and the weights settle at that solution.",
        True,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "The weights never settle at a solution; they keep growing.",
        False,
    ),
    (
        "th-logit-02",
        "log-loss-guarantees-calibration",
        "The outputs are not calibrated by construction once negatives are down-sampled, so correct them.",
        False,
    ),
    ("th-gbm-02", "more-bins-faster", "one-hot is faster than native categoricals", True),
    (
        "th-gbm-02",
        "more-bins-faster",
        "2,000 mostly one-hot columns are mutually exclusive, so EFB bundles them, or better, pass the categoricals "
        "natively instead of one-hot",
        False,
    ),
    (
        "th-km-01",
        "kmeans-scale-free",
        "Euclidean distances change with the scale, so dollars and days dominate unless you standardise.",
        False,
    ),
    (
        "th-km-01",
        "pick-k-min-inertia",
        "Compute W(k) for k = 2…15 and choose the k where it is lowest; that's the partition that explains the data "
        "best.",
        True,
    ),
    (
        "th-km-01",
        "pick-k-min-inertia",
        "Don't choose the k where inertia is lowest: it only falls as k grows.",
        False,
    ),
    ("th-of-02", "big-nets-skip-regularization", "big nets dont need weight decay", True),
    (
        "th-of-02",
        "big-nets-skip-regularization",
        "its not that big nets dont need regularizing, its that the right amount is often smaller than the "
        "classical picture says.",
        False,
    ),
    (
        "th-of-06",
        "select-before-cv",
        "first step id cut features down with a univariate t-test on the full dataset and keep the top 50, thats "
        "fine since the model still gets scored on held out folds after.",
        True,
    ),
    (
        "th-of-06",
        "select-before-cv",
        "Cut the features down inside each training fold, never on all 200 rows.",
        False,
    ),
    (
        "th-of-06",
        "real-score-valid",
        "Since the leak inflates both runs by the same amount, the honest estimate is real accuracy − 20.",
        True,
    ),
    (
        "th-of-06",
        "real-score-valid",
        "The leak inflates the real-label score too, by an amount you cannot know.",
        False,
    ),
    (
        "th-reg-01",
        "l1-just-stronger",
        "the L1 push is just stronger than L2s on every weight, big or small, so it drives weights further down til "
        "the weak ones hit zero",
        True,
    ),
    (
        "th-reg-01",
        "l1-just-stronger",
        "L1's pull is stronger than L2's on small weights and weaker on large ones.",
        False,
    ),
    (
        "th-reg-05",
        "scaling-does-not-matter",
        "A feature in large units gets a smaller coefficient to compensate, so the penalty barely touches it.",
        False,
    ),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "Lasso keeps one feature from the group, and which one can flip with small changes to the data.",
        False,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge: no selection, and near-duplicates make it unstable too: the coefficients blow up with opposite "
        "signs that cancel out.",
        True,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge spreads weight evenly across near-duplicates, which is stable but selects nothing.",
        False,
    ),
    (
        "th-reg-07",
        "lambda-uniform-shrink",
        "λ is a constant added to H, so it shrinks every leaf by the same fraction regardless of size: 5 samples or "
        "5,000, same pull toward zero.",
        True,
    ),
    (
        "th-reg-07",
        "lambda-uniform-shrink",
        "Lambda doesn't shrink every leaf by the same fraction: small leaves are shrunk hard, large ones barely.",
        False,
    ),
    (
        "th-reg-07",
        "lr-only-speed",
        "The learning rate is not really a regularizer: it only changes how fast you get there, since with enough "
        "rounds a small and a large rate reach the same model.",
        True,
    ),
    (
        "th-reg-07",
        "lr-only-speed",
        "A lower learning rate needs more rounds, and many small steps generalize better than a few large ones.",
        False,
    ),
    # review (r9): right sentences in the cues' own words that fired before the review; they must stay quiet
    (
        "th-bv-02",
        "boosting-averages-noise",
        "A bagging ensemble averages independent trees to cut variance; boosting instead adds trees that fit "
        "residuals.",
        False,
    ),
    (
        "th-bv-02",
        "boosting-averages-noise",
        "In a random forest more trees average out the noise of individual trees; in boosting more rounds fit it.",
        False,
    ),
    (
        "th-bv-02",
        "boosting-averages-noise",
        "Row and column subsampling make the boosted ensemble average over random subsets of data, which "
        "lowers variance a bit.",
        False,
    ),
    (
        "th-bv-02",
        "boosting-averages-noise",
        "More trees in a forest average errors away, so a forest plateaus rather than overfits.",
        False,
    ),
    (
        "th-logit-01",
        "odds-up-70-percent",
        "It's tempting to say the odds rise by 70%, but they actually double.",
        False,
    ),
    ("th-logit-01", "odds-up-70-percent", "Raising the odds by 70% would need a coefficient of 0.53.", False),
    (
        "th-logit-02",
        "hashing-lossless",
        "In practice, hashing leaves accuracy nearly unchanged when the space is large.",
        False,
    ),
    (
        "th-logit-02",
        "hashing-lossless",
        "Hashing with a big enough table keeps accuracy intact in practice, with bounded memory.",
        False,
    ),
    (
        "th-logit-02",
        "hashing-lossless",
        "Collisions are mostly harmless because most colliding features are rare.",
        False,
    ),
    (
        "th-of-02",
        "second-descent-is-bias",
        "At the peak the variance is maxed out; past it, variance falls as width grows.",
        False,
    ),
    (
        "th-of-02",
        "second-descent-is-bias",
        "With more label noise the variance stays high for longer around the threshold.",
        False,
    ),
    ("th-of-02", "second-descent-is-bias", "variance maxes at interpolation threshold -> then drops", False),
    ("th-of-04", "growing-less-confident", "Label smoothing makes the model less confident and can curb this.", False),
    (
        "th-of-04",
        "growing-less-confident",
        "Temperature scaling makes predictions less confident after training.",
        False,
    ),
    (
        "th-of-04",
        "no-best-checkpoint",
        "No need to keep checkpoints from every epoch: overwrite the best one whenever validation improves.",
        False,
    ),
    (
        "th-reg-01",
        "decay-lr-exact-zeros",
        "A common fix people try is decaying the learning rate, but that only shrinks the oscillation.",
        False,
    ),
    (
        "th-reg-01",
        "decay-lr-exact-zeros",
        "Fix: decay the learning rate for convergence, and use truncated updates for exact zeros.",
        False,
    ),
    (
        "th-reg-01",
        "decay-lr-exact-zeros",
        "Weights converge to exactly zero only with a proximal or truncated update.",
        False,
    ),
    (
        "th-reg-03",
        "uniform-shrink",
        "All weights learn at the same learning rate, yet the high-curvature directions converge first.",
        False,
    ),
    ("th-reg-03", "uniform-shrink", "Uniformly scaling the features changes the effective stopping point.", False),
    (
        "th-reg-07",
        "lambda-uniform-shrink",
        "The learning rate shrinks every leaf by the same factor, unlike lambda, which depends on the hessian sum.",
        False,
    ),
    (
        "th-reg-07",
        "lambda-uniform-shrink",
        "Shrinkage (eta) scales every leaf by the same fraction; lambda's pull depends on leaf size.",
        False,
    ),
    (
        "th-reg-07",
        "lambda-uniform-shrink",
        "The learning rate shrinks all leaves equally; lambda targets small leaves.",
        False,
    ),
    (
        "th-reg-07",
        "lambda-uniform-shrink",
        "eta shrinks each tree's leaves uniformly, lambda shrinks small leaves the most.",
        False,
    ),
    (
        "th-reg-07",
        "lambda-uniform-shrink",
        "Lambda is the same penalty regardless of leaf size, but its effect is much stronger on small leaves.",
        False,
    ),
    ("th-bv-01", "more-data-cures-bias", "Getting more data solves both? No, only variance.", False),
    (
        "th-bv-01",
        "more-data-cures-bias",
        "More data fixes both the estimate noise and the overfitting, which are both variance.",
        False,
    ),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "With few rows the boosted model can still grow enough trees and splits to memorise the data, which "
        "is variance.",
        False,
    ),
    ("th-bv-03", "small-data-boost-less-bias", "On few rows, even a shallow GBM has enough depth to overfit.", False),
    (
        "th-bv-05",
        "data-always-helps",
        "The underfit model's validation error improves slowly, if at all, as data grows, because bias dominates.",
        False,
    ),
    (
        "th-bv-05",
        "data-always-helps",
        "More data helps the high-variance model; an underfit model's gains slow to nothing.",
        False,
    ),
    (
        "th-bv-07",
        "stable-auc-stable-model",
        "The AUC being stable means the model is fine on average, not per customer.",
        False,
    ),
    (
        "th-logit-02",
        "log-loss-guarantees-calibration",
        "Logistic regression is close to calibrated by construction when it is trained on the real base rate.",
        False,
    ),
    (
        "th-logit-02",
        "log-loss-guarantees-calibration",
        "Its outputs are approximately calibrated by construction, which auctions need, but we still verify "
        "calibration after down-sampling.",
        False,
    ),
    (
        "th-logit-02",
        "log-loss-guarantees-calibration",
        "Log loss is a proper scoring rule, so calibration comes nearly for free with a well-specified "
        "model, but you still measure it.",
        False,
    ),
    (
        "th-km-01",
        "kmeans-scale-free",
        "After standardising, distances stay the same regardless of the original units.",
        False,
    ),
    ("th-km-01", "pick-k-min-inertia", "Pick the k where the BIC is lowest.", False),
    ("th-km-01", "pick-k-min-inertia", "Choose the k where the Davies-Bouldin index is lowest.", False),
    (
        "th-reg-01",
        "l1-just-stronger",
        "L1's pull is stronger than L2's on every small weight, weaker on every large one.",
        False,
    ),
    (
        "th-reg-05",
        "scaling-does-not-matter",
        "For plain least squares scaling doesn't change the fit: the coefficient shrinks to compensate, so "
        "the fit is the same.",
        False,
    ),
    (
        "th-reg-05",
        "scaling-does-not-matter",
        "In OLS the coefficient gets smaller to compensate and the solution is identical, but ridge "
        "penalises that coefficient differently.",
        False,
    ),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "Lasso keeps the single best-fitting feature in this sample, which may not be the truly important one.",
        False,
    ),
    (
        "th-logit-01",
        "odds-up-70-percent",
        "A coefficient of ln(1.7), about 0.53, would raise the odds by 70%; 0.7 roughly doubles them.",
        False,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge: correlated features make OLS unstable, and the L2 penalty fixes that.",
        False,
    ),
    (
        "th-of-04",
        "no-best-checkpoint",
        "Keras' restore_best_weights means you don't need to restore the best checkpoint by hand.",
        False,
    ),
    (
        "th-reg-01",
        "decay-lr-exact-zeros",
        "With proximal gradient and a fixed eta of 0.1, weights converge to exactly zero in finitely many steps.",
        False,
    ),
    (
        "th-of-02",
        "second-descent-is-bias",
        "After the threshold, variance stays bounded and keeps decreasing with width.",
        False,
    ),
    ("th-of-02", "second-descent-is-bias", "Variance saturates at the threshold, then falls after it.", False),
    ("th-of-02", "second-descent-is-bias", "Variance is maxed at the threshold, and falls past it.", False),
    (
        "th-bv-07",
        "stable-auc-stable-model",
        "AUC is stable, so the model is fine in aggregate, but individual scores churn.",
        False,
    ),
    (
        "th-bv-07",
        "stable-auc-stable-model",
        "If AUC is stable the model is fine on ranking, not on per-customer stability.",
        False,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "With L2, the weights settle at a solution where the penalty balances the likelihood.",
        False,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "Early stopping means the weights settle at the solution you stopped at.",
        False,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "With an L2 penalty the weights converge to a finite solution.",
        False,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "Add an L2 penalty and the weights settle at a finite, unique solution.",
        False,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "With L2 the loss doesn't reach zero and the weights settle at a finite value.",
        False,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "The loss goes to zero and the weights converge in direction to the max-margin separator while their "
        "norm grows.",
        False,
    ),
]


CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), (WIDENED, 1, 1)],
    cue_cap=TOUCHED,
    right_texts={p for p, _, _, _ in CASES},
    added=[ADDED],
)
