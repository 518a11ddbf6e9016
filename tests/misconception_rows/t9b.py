"""The t9b pass (ninth pass, group B): a second blind writer on the classical_more, diagnosis and probability
prompts of ``tests/labelled/dumps/t7_B_prompts.yaml``.

Two wrong and one right answer per prompt were written blind from the dump (``tests/labelled/wrong_t9_B.yaml``,
commit 549a6a0) and measured once before any tuning: 9/42 wrong answers flagged with a misconception of the right
key point, 31/42 credited >= 0.4, 1/21 right answers with a false "Careful". Then the cues were tuned on them: for
each wrong answer no misconception of its key point caught, an existing misconception stating the same idea was
widened (a cue added, or one rewritten where the misconception already had five), or a new misconception was added
where the idea was a different one (BO best in high dimensions, strongly regularised configs leading early, Hyperband
as seed repeats, early stopping adding no optimism, an n-dimensional RBF space, the imbalance direction swapped, the
finance drop explained away, one false flag per fraud, recall understated, the difference's SE equal to one arm's).
The right answer that drew a "Careful" (strong regularisation "looks worse than it will end up" tripping
``trust-early-ranking``) is kept as a must-not-fire row after that cue was narrowed to adjacent words; where a
rewritten cue was listed by an earlier pass (rv1, rv3), that pass's ADDED entry was updated to the new text.
Three misses were left: stumps summing to an interaction (every safe cue also fired on "depth-1 boosting is additive,
so interactions need depth 2"), label shift keeping P(x) fixed (no cue separated it from right statements about
class-conditional distributions), and a bucket's value read off its raw purchase rate (its misconception's five
cues all belong to earlier passes). Each added misconception has the wrong sentence, paraphrases in other registers,
and right sentences in the same words that must not fire; widened ones at least one of each. Matching is the
grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th2a-hps-02", "bo-best-high-dim"): [
        ("shines|shine|excels big|large|high|parallel searches|dimension*|workers|spaces|dimensional"),
        (
            "bo|bayesian best|ideal|shines|excels|great many|hundred|lots|dozens "
            "parallel|hyperparameters|workers|dimensions"
        ),
    ],
    ("th2a-hps-03", "regularised-lead-early"): [
        "strong*|heavily|heavy regulariz* lead|ahead|favour*|favor*|win* early",
        "strong* regulariz* config*|models|runs favour*|favor*|advantag*",
    ],
    ("th2a-hps-03", "hyperband-seed-repeats"): [
        "hyperband same starting|start|minimum|min budget",
        "hyperband|brackets|bracket different|random seeds|seed",
        "hyperband same bracket repeat*|repeated|rerun*",
    ],
    ("th2a-hps-05", "early-stopping-no-optimism"): [
        "=still honest|unbiased|fair estimate|score",
        "early stop*|stopping not|cant|can't overfit*|bias*|inflat*",
        "separate early stop*|stopping split|set wasted|waste|pointless|unnecessary",
    ],
    ("th2a-svm-02", "rbf-n-dimensional"): [
        "dimension*|dimensions|coordinate* per|each training point|sample|example|row",
        "space|map|φ|phi n dimension*|dimensions|dimensional",
    ],
    ("th2a-svm-05", "boundary-into-majority"): [
        "=boundary shift*|drift*|mov*|push* majority",
        "svm* over predict*|overpredict* minority|positives|positive|rare",
        "minority down weight*",
        "downweight* minority|positive*|rare",
    ],
    ("th-biz-01", "finance-drop-explained-away"): [
        "converts|convert*|better not fewer|less purchases|sales",
        "finance drop|number attribution|seasonal*|seasonality",
    ],
    ("th-prob-01", "one-false-flag-per-fraud"): [
        "=one false flag|alarm|positive",
        "=around|roughly|approximately|approx 50 percent|half",
    ],
    ("th-prob-05", "recall-understated"): [
        "=understat*|underestimat* true|real recall",
        "metrics|recall|error safe|conservative direction",
        "recall reported|reports pessimistic|conservative",
    ],
    ("th-prob-06", "se-diff-equals-arm"): [
        "also|same se difference",
        "se difference same|equal|equals|identical arm*|each|one",
    ],
}

#: existing misconceptions whose cues this pass widened (or, for trust-early-ranking, narrowed), with the cues it wrote
WIDENED_CUES: dict[tuple[str, str], list[str]] = {
    ("th2a-fe-01", "unknown-bucket-untrained"): [
        "random init*|initiali*|initialization neutral|harmless",
    ],
    ("th2a-hps-01", "linear-learning-rate"): [
        "every|each|any value equally likely|probable",
    ],
    ("th2a-hps-01", "edge-optimum-fine"): [
        "=boundary|edge|top value|range optimum|best|optimal",
    ],
    ("th2a-hps-02", "ei-is-pure-exploit"): [
        "ei|acquisition|aquisition|improvement greedy|greedily|argmax",
    ],
    ("th2a-hps-03", "trust-early-ranking"): [
        "=strong* regulariz* bad|worse|useless",
    ],
    ("th2a-svm-01", "large-c-more-regularisation"): [
        "=c works|acts like|as lambda|alpha",
        "crank*|bump*|turn* c up wider|smoother|looser|softer",
    ],
    ("th2a-svm-02", "kernel-svm-scales"): [
        "smo|solver* linear*|linearly rows|number|n|data",
    ],
    ("th2a-svm-04", "svm-scores-are-probabilities"): [
        "sigmoid|σ no|without extra|separate fit|fitting|calibration",
    ],
    ("th-imb-02", "precision-prevalence-free"): [
        ("precision independent|invariant|insensitive|property prevalence|prior|imbalance|balance|base|classifier"),
    ],
    ("th-imb-02", "weights-keep-calibration"): [
        "=still sees true|real|actual base|prior|prevalence",
        "probabilities|outputs|scores stay*|remain*|still calibrated",
    ],
    ("th-leak-02", "random-split-enough"): [
        "=split* randomly|random stratif*",
    ],
    ("th-shift-01", "concept-drift-from-inputs"): [
        "inputs|features start* look*|looking different relationship",
    ],
    ("th-biz-02", "compare-targeted-with-rest"): [
        "adjust*|control* risk|selection difference|gap|score* model*|scores",
        "compare*|comparing targeted|contacted retention untargeted|uncontacted|non",
    ],
    ("th-biz-02", "riskiest-best-targets"): [
        "top|highest|riskiest 10|decile|percent right|correct|best group|segment|customers",
    ],
    ("th-biz-03", "auc-gain-always-valuable"): [
        "=still real|genuine gain|improvement|value",
    ],
    ("th-biz-03", "auc-gain-proportional-value"): [
        "value|dollars|revenue|savings scal*|scales same|proportional*|linear*|accordingly",
    ],
    ("th-prob-01", "correlated-checks-multiply"): [
        "same features|signals|inputs|data not matter*",
    ],
    ("th-prob-05", "oversample-no-weights"): [
        "weights|weighting cancel*|cancels ratio|recall|anyway|numerator",
    ],
    ("th-prob-06", "clt-makes-data-normal"): [
        "per|individual|single user*|outcome*|conversion* become*|becomes|turn* normal*",
    ],
    ("th-prob-07", "one-temperature-fixes-all"): [
        "scalar|temperature correct*|corrects|fixes every|all class*|subgroup*|domain*",
    ],
    ("th-prob-07", "ood-gets-low-confidence"): [
        "=calibrated model|network|softmax gives|give|shows|show low|small confidence",
        "number|confidence|score|scores trustworthy|reliable everywhere|anywhere",
    ],
}

WIDENED: list[tuple[str, str]] = list(WIDENED_CUES)
TOUCHED: list[tuple[str, str]] = [*ADDED, *WIDENED]

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2a-hps-02",
        "bo-best-high-dim",
        (
            "Where it shines most is big searches: thirty-plus hyperparameters, many "
            "conditional ones, a hundred parallel workers, because that's where random search "
            "wastes the most."
        ),
        True,
    ),
    ("th2a-hps-02", "bo-best-high-dim", "BO is best with dozens of hyperparameters and many parallel workers", True),
    ("th2a-hps-02", "bo-best-high-dim", "bayesian opt shines in high dimensional spaces", True),
    ("th2a-hps-02", "bo-best-high-dim", "- BO: excels on big searches", True),
    (
        "th2a-hps-02",
        "bo-best-high-dim",
        ("BO shines for small expensive searches; in big high-dimensional spaces random search does as well."),
        False,
    ),
    (
        "th2a-hps-02",
        "bo-best-high-dim",
        "BO shines when trials are expensive and there are only a few continuous hyperparameters.",
        False,
    ),
    (
        "th2a-hps-02",
        "bo-best-high-dim",
        "BO is best for a handful of expensive hyperparameters, not for many parallel workers.",
        False,
    ),
    ("th2a-hps-02", "bo-best-high-dim", "With many parallel workers BO loses its edge.", False),
    ("th2a-hps-02", "bo-best-high-dim", "BO does not shine in high-dimensional spaces.", False),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        (
            "Strongly regularised configs are actually favoured by it, because they lead "
            "early while unregularised ones are still overfitting, so regularisation never "
            "suffered in our sweeps."
        ),
        True,
    ),
    ("th2a-hps-03", "regularised-lead-early", "strong regularization leads early so SH keeps it", True),
    ("th2a-hps-03", "regularised-lead-early", "- heavily regularised configs win early", True),
    ("th2a-hps-03", "regularised-lead-early", "strongly regularized runs are favored by successive halving", True),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        "Weakly regularised configs lead early, strongly regularised ones catch up later.",
        False,
    ),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        "Successive halving favours fast starters, not strongly regularised configs.",
        False,
    ),
    ("th2a-hps-03", "regularised-lead-early", "Strong regularisation doesn't lead early; it starts slow.", False),
    ("th2a-hps-03", "regularised-lead-early", "Strongly regularised configs are disfavoured by early cuts.", False),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        (
            "- Hyperband: runs successive halving several times with the same starting budget "
            "but different random seeds and samples, then aggregates, so one unlucky bracket "
            "doesn't decide the winner."
        ),
        True,
    ),
    ("th2a-hps-03", "hyperband-seed-repeats", "Hyperband just reruns SH with different seeds and averages.", True),
    ("th2a-hps-03", "hyperband-seed-repeats", "hyperband = the same bracket repeated a few times", True),
    ("th2a-hps-03", "hyperband-seed-repeats", "hyperband uses the same min budget in every bracket", True),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        "Hyperband runs brackets that each use a different starting budget.",
        False,
    ),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        ("Hyperband doesn't just rerun with different seeds; its brackets differ in starting budget."),
        False,
    ),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        ("Unlike plain SH, where every config gets the same starting budget, Hyperband hedges over budgets."),
        False,
    ),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        ("Hyperband's brackets trade off number of configs against starting budget; it's not seed averaging."),
        False,
    ),
    ("th2a-hps-03", "hyperband-seed-repeats", "Each Hyperband bracket samples new random configurations.", False),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        (
            "Early stopping only chooses one integer, the number of rounds, so it cant "
            "overfit the validation set in any meaningful way, the score you read off is "
            "still an honest estimate."
        ),
        True,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        "early stopping can't bias the validation score, it's one number",
        True,
    ),
    ("th2a-hps-05", "early-stopping-no-optimism", "a separate early-stopping split is wasted data", True),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        "- the val score is still an unbiased estimate after early stopping",
        True,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("Slightly: early stopping picks the best-looking round, so the score is no longer an honest estimate."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        "Early stopping does overfit the validation set a little, so use a separate split.",
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        "A separate early-stopping split costs data, but it keeps the validation score honest.",
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        "The validation score is still optimistic; confirm on the test set.",
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        (
            "For RBF, k = exp(−γ‖x − x'‖²), the φ-space has exactly n dimensions, one per "
            "training point, since the kernel matrix is n × n."
        ),
        True,
    ),
    ("th2a-svm-02", "rbf-n-dimensional", "rbf feature space = one dimension per training point", True),
    ("th2a-svm-02", "rbf-n-dimensional", "the RBF map is n-dimensional", True),
    ("th2a-svm-02", "rbf-n-dimensional", "- rbf: phi gets one dimension per training sample", True),
    ("th2a-svm-02", "rbf-n-dimensional", "The RBF feature space is infinite-dimensional.", False),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        "RBF corresponds to an infinite-dimensional feature space; the kernel matrix is n × n.",
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        ("Nyström gives one feature per landmark point; the exact RBF space is infinite-dimensional."),
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        "The decision function is a sum of Gaussian bumps, one per support vector.",
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        "The kernel matrix has one row per training point, so memory is O(n²).",
        False,
    ),
    (
        "th2a-svm-05",
        "boundary-into-majority",
        (
            "Imbalance, say 1:100: the boundary shifts into the majority region and the SVM "
            "over-predicts positives, because each minority point sits near lots of "
            "negatives."
        ),
        True,
    ),
    ("th2a-svm-05", "boundary-into-majority", "the svm over-predicts the minority class", True),
    ("th2a-svm-05", "boundary-into-majority", "so the minority should be down-weighted", True),
    ("th2a-svm-05", "boundary-into-majority", "downweight the minority class", True),
    ("th2a-svm-05", "boundary-into-majority", "with imbalance the boundary drifts into the majority", True),
    (
        "th2a-svm-05",
        "boundary-into-majority",
        ("With imbalance the boundary drifts into the minority region, so the SVM under-predicts the minority."),
        False,
    ),
    ("th2a-svm-05", "boundary-into-majority", "Class weights push the boundary back toward the majority class.", False),
    ("th2a-svm-05", "boundary-into-majority", "Give the minority a larger C so its violations cost more.", False),
    (
        "th2a-svm-05",
        "boundary-into-majority",
        "Raising the minority weight moves the boundary toward the majority.",
        False,
    ),
    (
        "th2a-svm-05",
        "boundary-into-majority",
        "The SVM doesn't over-predict the minority; it under-predicts it.",
        False,
    ),
    ("th2a-svm-05", "boundary-into-majority", "don't downweight the minority; upweight it", False),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        (
            "But honestly, if precision went from 8% to 11%, each notification converts "
            "better, so the campaign can't really be producing fewer purchases; the finance "
            "drop most likely comes from attribution or a seasonal dip that week."
        ),
        True,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        "notifications convert better, so there cannot be fewer purchases",
        True,
    ),
    ("th-biz-01", "finance-drop-explained-away", "the finance drop is probably just seasonality", True),
    ("th-biz-01", "finance-drop-explained-away", "- finance number = attribution noise", True),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("Each notification converts better, but fewer notifications go out, so there are fewer purchases."),
        False,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        "The finance drop isn't attribution noise; the model sends far fewer notifications.",
        False,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        "The finance drop comes from the smaller send volume, not attribution.",
        False,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        "Precision rose because the model notified fewer users, so total purchases fell.",
        False,
    ),
    (
        "th-prob-01",
        "one-false-flag-per-fraud",
        (
            "In natural numbers, out of 1000 transactions theres 1 fraud, which gets flaged "
            "almost surely, and the 1% false alarm rate on the legit ones gives about one "
            "false flag."
        ),
        True,
    ),
    ("th-prob-01", "one-false-flag-per-fraud", "So roughly 1 true flag vs 1 false one, around 50%.", True),
    ("th-prob-01", "one-false-flag-per-fraud", "~one false flag per fraud, so roughly half", True),
    ("th-prob-01", "one-false-flag-per-fraud", "- approx 50% of flags are real", True),
    ("th-prob-01", "one-false-flag-per-fraud", "For every one true flag there are about ten false flags.", False),
    ("th-prob-01", "one-false-flag-per-fraud", "About 9%, not 50%.", False),
    ("th-prob-01", "one-false-flag-per-fraud", "One true flag against ten false ones: about 9%.", False),
    (
        "th-prob-01",
        "one-false-flag-per-fraud",
        (
            "prior dominates because legit transactions outnumber fraud 1000 to 1, so false "
            "flags outnumber true ones roughly 10 to 1"
        ),
        False,
    ),
    (
        "th-prob-05",
        "recall-understated",
        (
            "The metrics are off too, but in the safe direction: recall against reported "
            "violations understates true recall, since the model also catches violations "
            "nobody reported."
        ),
        True,
    ),
    ("th-prob-05", "recall-understated", "recall on reported posts is pessimistic", True),
    ("th-prob-05", "recall-understated", "it underestimates the true recall", True),
    ("th-prob-05", "recall-understated", "- metric error is in the conservative direction", True),
    (
        "th-prob-05",
        "recall-understated",
        ("Recall against reported violations overstates true recall, and prevalence is underestimated."),
        False,
    ),
    ("th-prob-05", "recall-understated", "It overstates true recall, it doesn't understate it.", False),
    ("th-prob-05", "recall-understated", "Prevalence is underestimated, recall overstated.", False),
    ("th-prob-05", "recall-understated", "The error isn't in the safe direction: recall is overstated.", False),
    (
        "th-prob-05",
        "recall-understated",
        "Recall measured against reported posts is inflated and prevalence is understated",
        False,
    ),
    (
        "th-prob-06",
        "se-diff-equals-arm",
        (
            "Since both arms have about the same SE, that's also the SE of the difference: z "
            "= 0.3 / 0.14 ≈ 2.1, p ≈ 0.03, significant at 5%."
        ),
        True,
    ),
    ("th-prob-06", "se-diff-equals-arm", "SE of the difference is the same as each arm's, 0.14", True),
    ("th-prob-06", "se-diff-equals-arm", "the standard error of the difference equals one arm's SE", True),
    ("th-prob-06", "se-diff-equals-arm", "- same SE for the difference, 0.14", True),
    (
        "th-prob-06",
        "se-diff-equals-arm",
        "The SE of the difference is not the same as one arm's; it's √2 larger.",
        False,
    ),
    (
        "th-prob-06",
        "se-diff-equals-arm",
        "the standard error of the difference is √(se1² + se2²), not the same as one arm",
        False,
    ),
    ("th-prob-06", "se-diff-equals-arm", "Each arm's SE is about 0.14 points, the difference's about 0.2.", False),
    ("th-prob-06", "se-diff-equals-arm", "The difference's SE is sqrt(2) times each arm's, about 0.2 points.", False),
    (
        "th2a-fe-01",
        "unknown-bucket-untrained",
        (
            "For the embedding we reserved an unknown index and never fed it during training, "
            "so it stayed at its small random init, which is basically a neutral vector, and "
            "that was the safest thing for merchants the model had never met."
        ),
        True,
    ),
    ("th2a-fe-01", "unknown-bucket-untrained", "leave the OOV vector at random init, that's neutral enough", True),
    (
        "th2a-fe-01",
        "unknown-bucket-untrained",
        ("An untrained unknown vector is just its random init, not neutral: it's noise to the network."),
        False,
    ),
    (
        "th2a-fe-01",
        "unknown-bucket-untrained",
        "Don't leave the unknown row at its random init; it is not safe for new merchants.",
        False,
    ),
    (
        "th2a-hps-01",
        "linear-learning-rate",
        (
            "- Sample everything uniformly over its range, e.g. learning rate uniform in "
            "[1e-5, 1e-1], so every value is equally likely and the search stays unbiased."
        ),
        True,
    ),
    (
        "th2a-hps-01",
        "linear-learning-rate",
        "On a log scale, not every value is equally likely, but every order of magnitude is.",
        False,
    ),
    ("th2a-hps-01", "linear-learning-rate", "log-uniform sampling makes each order of magnitude equally likely", False),
    (
        "th2a-hps-01",
        "edge-optimum-fine",
        (
            "It tells me the learning rate wants to be high, so I'd treat the top of the "
            "range as the optimum and zoom in: run a finer search in the band just below that "
            "maximum, say the top 20% of the range, and pick the best from there."
        ),
        True,
    ),
    ("th2a-hps-01", "edge-optimum-fine", "Don't treat the edge as the optimum; extend the range past it.", False),
    (
        "th2a-hps-01",
        "edge-optimum-fine",
        "The best trial sat at the top of the range, so the true optimum is likely beyond it.",
        False,
    ),
    (
        "th2a-hps-01",
        "edge-optimum-fine",
        "An optimum at the edge of the range means the range was wrong: extend it past that edge.",
        False,
    ),
    (
        "th2a-hps-02",
        "ei-is-pure-exploit",
        (
            "Then the aquisition function, e.g. expected improvement, picks the next point, "
            "which is basically the argmax of the surrogate's predicted mean."
        ),
        True,
    ),
    (
        "th2a-hps-02",
        "ei-is-pure-exploit",
        "EI is not the argmax of the predicted mean; it adds an uncertainty bonus.",
        False,
    ),
    (
        "th2a-hps-02",
        "ei-is-pure-exploit",
        "Expected improvement trades a high predicted score against high uncertainty.",
        False,
    ),
    ("th2a-hps-03", "trust-early-ranking", "strong regularisation is worse anyway", True),
    ("th2a-hps-03", "trust-early-ranking", "strong regularization is just bad", True),
    (
        "th2a-hps-03",
        "trust-early-ranking",
        (
            "That's the known failure mode: strong regularisation learns slowly, so after a "
            "small budget it looks worse than it will end up."
        ),
        False,
    ),
    ("th2a-hps-03", "trust-early-ranking", "strong regularization is not worse, just slower to show", False),
    (
        "th2a-svm-01",
        "large-c-more-regularisation",
        (
            "C works like lambda in ridge: it's the regularisation strength, so cranking C up "
            "gives a wider, smoother margin that tolerates more violations, and a small C "
            "fits the training data tightly."
        ),
        True,
    ),
    ("th2a-svm-01", "large-c-more-regularisation", "crank C up for a wider, smoother margin", True),
    ("th2a-svm-01", "large-c-more-regularisation", "C acts like the inverse of lambda in ridge.", False),
    (
        "th2a-svm-01",
        "large-c-more-regularisation",
        "C works like 1/lambda in ridge: large C means weak regularisation.",
        False,
    ),
    ("th2a-svm-01", "large-c-more-regularisation", "Cranking C up gives a narrower margin and a tighter fit.", False),
    (
        "th2a-svm-02",
        "kernel-svm-scales",
        (
            "Training is fine, SMO solves it roughly linearly in the number of rows, so a few "
            "million rows is no big deal realy."
        ),
        True,
    ),
    ("th2a-svm-02", "kernel-svm-scales", "SMO scales linearly with n", True),
    ("th2a-svm-02", "kernel-svm-scales", "SMO is roughly quadratic in n, not linear.", False),
    (
        "th2a-svm-02",
        "kernel-svm-scales",
        (
            "SMO avoids storing the full kernel matrix, but training still grows between "
            "quadratically and cubically with rows."
        ),
        False,
    ),
    (
        "th2a-svm-04",
        "svm-scores-are-probabilities",
        (
            "Probabilities were never the issue for us, though: we just ran the decision "
            "values through a sigmoid, 1/(1 + e^(−f(x))), and used those as probabilities "
            "directly, no extra fitting."
        ),
        True,
    ),
    ("th2a-svm-04", "svm-scores-are-probabilities", "sigmoid of the margin, no extra fitting needed", True),
    (
        "th2a-svm-04",
        "svm-scores-are-probabilities",
        ("Platt scaling fits a sigmoid on held-out decision values to turn them into probabilities."),
        False,
    ),
    (
        "th2a-svm-04",
        "svm-scores-are-probabilities",
        "Logistic regression gives probabilities directly, with no extra calibration step.",
        False,
    ),
    (
        "th2a-svm-04",
        "svm-scores-are-probabilities",
        ("A raw sigmoid of the decision values is not a probability; fit Platt scaling on held-out data."),
        False,
    ),
    (
        "th-imb-02",
        "precision-prevalence-free",
        (
            "The prevalence difference between validation and production was a red herring: "
            "precision, like TPR and FPR, is a property of the classifier at that threshold, "
            "so the base rate doesn't move it."
        ),
        True,
    ),
    (
        "th-imb-02",
        "precision-prevalence-free",
        "Precision is not a property of the classifier alone; it depends on prevalence.",
        False,
    ),
    (
        "th-imb-02",
        "precision-prevalence-free",
        "TPR and FPR are properties of the classifier; precision also depends on the base rate.",
        False,
    ),
    ("th-imb-02", "precision-prevalence-free", "Precision, unlike TPR and FPR, shifts with prevalence.", False),
    (
        "th-imb-02",
        "weights-keep-calibration",
        (
            "- Probabilities: unaffected, since no data is duplicated the model still sees "
            "the true base rate, so outputs stay calibrated."
        ),
        True,
    ),
    ("th-imb-02", "weights-keep-calibration", "class weights: scores remain calibrated", True),
    (
        "th-imb-02",
        "weights-keep-calibration",
        "Weighting shifts the implied prior, so outputs don't stay calibrated.",
        False,
    ),
    ("th-imb-02", "weights-keep-calibration", "The model no longer sees the true base rate, so recalibrate.", False),
    (
        "th-leak-02",
        "random-split-enough",
        (
            "Split randomly, stratified on the readmission label, so each fold has the same "
            "positive rate; that's enough once the pipeline is fold-safe."
        ),
        True,
    ),
    ("th-leak-02", "random-split-enough", "Don't split randomly, stratified or not; group by patient.", False),
    (
        "th-leak-02",
        "random-split-enough",
        "Splitting randomly, even stratified by label, puts the same patient on both sides.",
        False,
    ),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        (
            "- Concept drift: P(y|x) changes; catch it early with PSI on the inputs and drift "
            "detectors on feature correlations, since the inputs start looking different once "
            "the relationship moves, no labels needed."
        ),
        True,
    ),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        ("Inputs look different under covariate shift, while under concept drift the relationship changes."),
        False,
    ),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        "Concept drift: the inputs can look the same while the relationship changes.",
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        (
            "- To measure impact: compare the targeted top 10%'s retention with the "
            "untargeted 90% over the quarter, adjusting for the risk difference with the "
            "model's own scores."
        ),
        True,
    ),
    ("th-biz-02", "compare-targeted-with-rest", "adjust for the risk gap with the model scores and compare", True),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "You can't adjust for selection with the model's scores; you need a random control.",
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "Compare treated and control retention within the targeted segment.",
        False,
    ),
    (
        "th-biz-02",
        "riskiest-best-targets",
        (
            "Still, targeting the top 10% is the right group, those are the customers with "
            "the most room to be saved, so the likely culprit is the offer itself."
        ),
        True,
    ),
    ("th-biz-02", "riskiest-best-targets", "The top 10% is not the right group; many are lost causes.", False),
    (
        "th-biz-02",
        "riskiest-best-targets",
        "Persuadables may sit at middling risk rather than in the top decile.",
        False,
    ),
    ("th-biz-03", "auc-gain-always-valuable", "It's still a real gain.", True),
    ("th-biz-03", "auc-gain-always-valuable", "still a genuine improvement even below the threshold", True),
    ("th-biz-03", "auc-gain-always-valuable", "The gain is not real for the business.", False),
    (
        "th-biz-03",
        "auc-gain-always-valuable",
        "Better ranking near the threshold is worth money; far below it, nothing.",
        False,
    ),
    (
        "th-biz-03",
        "auc-gain-proportional-value",
        (
            "Rough conversion: ΔAUC = 0.02 on a 0.82 base is a 2.4% relative improvement in "
            "ranking, so value scales about the same."
        ),
        True,
    ),
    ("th-biz-03", "auc-gain-proportional-value", "dollars scale proportionally with AUC", True),
    ("th-biz-03", "auc-gain-proportional-value", "Value doesn't scale linearly with AUC.", False),
    (
        "th-biz-03",
        "auc-gain-proportional-value",
        "Convert the confusion matrices to dollars and scale to annual volume.",
        False,
    ),
    (
        "th-prob-01",
        "correlated-checks-multiply",
        (
            "The only assumption is that the second check has the same 99% and 1% error "
            "rates; whether it's built on the same features as the first doesn't matter, "
            "because each check's error rates are measured on its own."
        ),
        True,
    ),
    (
        "th-prob-01",
        "correlated-checks-multiply",
        "If it uses the same features, the errors are correlated and it matters a lot.",
        False,
    ),
    ("th-prob-01", "correlated-checks-multiply", "Using the same signals does matter.", False),
    (
        "th-prob-05",
        "oversample-no-weights",
        (
            "Recall = TP / (TP + FN) counted straight on the labelled posts; weights of "
            "1/p_sample only add variance, and the ratio cancels them anyway."
        ),
        True,
    ),
    ("th-prob-05", "oversample-no-weights", "the weights cancel in the recall ratio anyway", True),
    (
        "th-prob-05",
        "oversample-no-weights",
        "The weights don't cancel in the ratio, because they differ by stratum.",
        False,
    ),
    (
        "th-prob-05",
        "oversample-no-weights",
        "Recall is a ratio of two weighted counts, so it's nearly unbiased.",
        False,
    ),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        (
            "With 20,000 users per arm the central limit theorem kicks in: the per-user "
            "conversion outcomes themselves become approximately normally distributed at that "
            "size, which is what licenses a z-test."
        ),
        True,
    ),
    ("th-prob-06", "clt-makes-data-normal", "individual outcomes become normal with 20k users", True),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        "The mean becomes approximately normal; the individual outcomes never become normal.",
        False,
    ),
    ("th-prob-06", "clt-makes-data-normal", "A single outcome doesn't become normal, however large n is.", False),
    (
        "th-prob-07",
        "one-temperature-fixes-all",
        (
            "And one scalar is enough in practice: since it is fitted on the whole validation "
            "set, it corrects miscalibration for every class, subgroup and domain at once, "
            "and per-class or matrix scaling would just overfit the validation data."
        ),
        True,
    ),
    ("th-prob-07", "one-temperature-fixes-all", "a single temperature corrects every class at once", True),
    (
        "th-prob-07",
        "one-temperature-fixes-all",
        "A single temperature cannot fix all classes if they are miscalibrated differently.",
        False,
    ),
    (
        "th-prob-07",
        "one-temperature-fixes-all",
        "Per-class (vector) scaling corrects each class separately when one scalar can't.",
        False,
    ),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        (
            "After that the number is trustworthy everywhere, including weird inputs: a "
            "calibrated model gives low confidence on an image unlike anything it trained on, "
            "so out of distribution cases take care of themselves."
        ),
        True,
    ),
    ("th-prob-07", "ood-gets-low-confidence", "once calibrated, the model shows low confidence on OOD images", True),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        (
            "A calibrated model doesn't give low confidence on unfamiliar inputs; softmax "
            "still spreads all mass over known classes."
        ),
        False,
    ),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        "The number isn't trustworthy everywhere: calibration degrades under shift.",
        False,
    ),
    ("th-prob-07", "ood-gets-low-confidence", "Even a calibrated model can give 97% to an unfamiliar input.", False),
]

CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), (WIDENED, 1, 1)],
    cue_cap=TOUCHED,
    right_texts={p for p, _, _, _ in CASES},
    added=[ADDED, WIDENED_CUES],
)
