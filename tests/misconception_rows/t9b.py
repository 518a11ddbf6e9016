"""The t9b pass (ninth pass, group B): a second blind writer on the classical_more, diagnosis and probability
prompts of ``tests/labelled/dumps/t7_B_prompts.yaml``.

Two wrong and one right answer per prompt were written blind from the dump (``tests/labelled/wrong_t9_B.yaml``,
commit 549a6a0) and measured once before any tuning: 9/42 wrong answers flagged with a misconception of the right
key point, 31/42 credited >= 0.4, 1/21 right answers with a false "Careful". Then the cues were tuned on them: for
each wrong answer no misconception of its key point caught, an existing misconception stating the same idea was
widened (a cue added, or one rewritten where the misconception already had five), or a new misconception was added
where the idea was a different one (BO best in high dimensions, strongly regularised configs leading early,
Hyperband as seed repeats, early stopping adding no optimism, an n-dimensional RBF space, the imbalance direction
swapped, the finance drop explained away, one false flag per fraud, recall understated, the difference's SE equal to
one arm's). The right answer that drew a "Careful" (strong regularisation "looks worse than it will end up" tripping
``trust-early-ranking``) is kept as a must-not-fire row after that cue was narrowed to adjacent words; where a
rewritten cue was listed by an earlier pass (rv1, rv3), that pass's ADDED entry was updated to the new text. Three
misses were left: stumps summing to an interaction (every safe cue also fired on "depth-1 boosting is additive, so
interactions need depth 2"), label shift keeping P(x) fixed (no cue separated it from right statements about
class-conditional distributions), and a bucket's value read off its raw purchase rate (its misconception's five cues
all belong to earlier passes). Each added misconception has the wrong sentence, paraphrases in other registers, and
right sentences in the same words that must not fire; widened ones at least one of each.

A second reader then probed every added and widened cue with right sentences in the cues' own words (plain, negated,
"not X but Y", naming the mistake, related true claims, shorthand). Cues that fired on them were narrowed (mostly to
adjacent words, or to the wrong claim's own verb or qualifier) or dropped; those right sentences are rows below that
must not fire. Where no safe cue was left, the widening was undone (edge-optimum-fine and precision-prevalence-free
back to their rv1/rv3 cues, auc-gain-always-valuable to its earlier cue; compare-targeted-with-rest,
riskiest-best-targets and one-temperature-fixes-all lost their added cues), and the wrong rows only those cues
caught were dropped, here and three in rv1/para2 ("strong regularization is just bad/worse", "acquisition = argmax
of the predicted mean"). After the review wrong_t9_B catches 32/42 wrong answers (39/42 before it), still with no
false "Careful" on its 21 right answers. trust-early-ranking's rv1 cue is narrowed further (to a qualifier after
"worse") and rv1's ADDED entry follows it. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th2a-hps-02", "bo-best-high-dim"): [
        "=shines|shine|excels big|large|high|parallel searches|dimension*|workers|spaces|dimensional",
        "=shines|shine|excels most big|large|huge|parallel searches|spaces|dimension*|dimensional",
        (
            "=bo|bayesian best|ideal|shines|excels|great many|hundred|lots|dozens "
            "parallel|hyperparameters|workers|dimensions"
        ),
    ],
    ("th2a-hps-03", "regularised-lead-early"): [
        "=strong*|heavily|heavy regulariz* lead*|ahead|win*|wins early",
        "strong*|heavily|heavy regulariz* config*|models|runs|ones lead*|ahead|favour*|favor*|win*|wins early",
        "=successive|sh|halving|asha favour*|favor*|prefer*|keep* strong*|heavily|heavy regulariz*",
    ],
    ("th2a-hps-03", "hyperband-seed-repeats"): [
        "hyperband times|repeat*|rerun*|reruns same starting|start|minimum|min budget",
        "same starting|start|minimum|min every|each|all|across bracket*|brackets",
        "hyperband rerun*|reruns|repeat*|averag* different|random seeds|seed",
        "hyperband same bracket repeat*|repeated|rerun*",
    ],
    ("th2a-hps-05", "early-stopping-no-optimism"): [
        "one|single number|integer not|zero optimism|bias|overfit*|inflat*",
        "separate early stop*|stopping split|set wasted|pointless",
    ],
    ("th2a-svm-02", "rbf-n-dimensional"): [
        "=space|φ|phi one dimension*|dimensions per|each",
        "rbf space|φ|phi|map n dimension*|dimensions|dimensional",
    ],
    ("th2a-svm-05", "boundary-into-majority"): [
        "=boundary shift*|drift*|mov*|push* majority",
        "imbalanc* svm* over predict*|overpredict* minority|positives|positive|rare",
        "give*|gives|assign* minority smaller|lower weight*|c",
        "=downweight* minority|positive*|rare",
    ],
    ("th-biz-01", "finance-drop-explained-away"): [
        "=better not fewer|less purchases|sales",
        "=likely|probabl*|must|mostly comes|due|caused|explained attribution|seasonal*|seasonality|noise",
    ],
    ("th-prob-01", "one-false-flag-per-fraud"): [
        "=around|roughly|approximately|approx 50 percent",
        "=around|roughly|approximately|approx half flags|alerts|flagged",
    ],
    ("th-prob-05", "recall-understated"): [
        "recall understat*|underestimat* true|real|actual recall",
        "metrics|recall|error safe|conservative direction",
        "recall reported|reports pessimistic|conservative",
    ],
    ("th-prob-06", "se-diff-equals-arm"): [
        "=se|error difference same|equal|equals|identical one|each|arm*|either|single",
        "=0 03 significant",
    ],
}

#: existing misconceptions whose cues this pass widened (or, for trust-early-ranking, narrowed), with the cues
#: it wrote, as the t9b review left them
WIDENED_CUES: dict[tuple[str, str], list[str]] = {
    ("th2a-fe-01", "unknown-bucket-untrained"): [
        "=random init*|initiali* neutral|harmless vector|enough|default",
    ],
    ("th2a-hps-01", "linear-learning-rate"): [
        "every|each|any value equally likely|probable unbiased|fair|best|right|correct",
    ],
    ("th2a-hps-02", "ei-is-pure-exploit"): [
        "ei|acquisition|aquisition greedily",
    ],
    ("th2a-hps-03", "trust-early-ranking"): [
        "=strong* regulariz* bad|worse|useless anyway|period|regardless|overall",
        "=strong* regulariz* simply|inherently|always|genuinely bad|worse|useless",
    ],
    ("th2a-svm-01", "large-c-more-regularisation"): [
        "crank*|bump*|turn* c up wider|smoother|looser|softer",
    ],
    ("th2a-svm-02", "kernel-svm-scales"): [
        "smo solv*|scal*|train*|runs|time linear*|linearly",
    ],
    ("th2a-svm-04", "svm-scores-are-probabilities"): [
        "sigmoid|σ no|without extra|separate fit|fitting",
    ],
    ("th-imb-02", "weights-keep-calibration"): [
        "=probabilities|probability|outputs|scores unaffected|unchanged|intact",
    ],
    ("th-leak-02", "random-split-enough"): [
        "=split* randomly|random stratif*",
    ],
    ("th-shift-01", "concept-drift-from-inputs"): [
        "=look*|looking different once|after|because|whenever relationship",
    ],
    ("th-biz-03", "auc-gain-proportional-value"): [
        "=value|dollars|revenue|savings scal*|scales same|accordingly",
    ],
    ("th-prob-01", "correlated-checks-multiply"): [
        "whether same features|signals|inputs|data not matter*",
    ],
    ("th-prob-05", "oversample-no-weights"): [
        "=ratio cancels|cancel* anyway",
    ],
    ("th-prob-06", "clt-makes-data-normal"): [
        "=outcome*|outcomes|conversions|data themselves become*|becomes|turn*",
    ],
    ("th-prob-07", "ood-gets-low-confidence"): [
        "calibrated low|small confidence ood|unfamiliar|unknown|novel|weird",
        "=number|confidence|score|scores trustworthy|reliable everywhere",
    ],
}

WIDENED: list[tuple[str, str]] = list(WIDENED_CUES)
TOUCHED: list[tuple[str, str]] = [*ADDED, *WIDENED]

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2a-hps-02",
        "bo-best-high-dim",
        (
            "Where it shines most is big searches: thirty-plus hyperparameters, many conditional "
            "ones, a hundred parallel workers, because that's where random search wastes the most."
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
        ("BO shines when trials are expensive and there are only a few continuous hyperparameters."),
        False,
    ),
    (
        "th2a-hps-02",
        "bo-best-high-dim",
        ("BO is best for a handful of expensive hyperparameters, not for many parallel workers."),
        False,
    ),
    ("th2a-hps-02", "bo-best-high-dim", "With many parallel workers BO loses its edge.", False),
    ("th2a-hps-02", "bo-best-high-dim", "BO does not shine in high-dimensional spaces.", False),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        (
            "Strongly regularised configs are actually favoured by it, because they lead early "
            "while unregularised ones are still overfitting, so regularisation never suffered in "
            "our sweeps."
        ),
        True,
    ),
    ("th2a-hps-03", "regularised-lead-early", "strong regularization leads early so SH keeps it", True),
    ("th2a-hps-03", "regularised-lead-early", "- heavily regularised configs win early", True),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        ("Weakly regularised configs lead early, strongly regularised ones catch up later."),
        False,
    ),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        ("Successive halving favours fast starters, not strongly regularised configs."),
        False,
    ),
    ("th2a-hps-03", "regularised-lead-early", "Strong regularisation doesn't lead early; it starts slow.", False),
    ("th2a-hps-03", "regularised-lead-early", "Strongly regularised configs are disfavoured by early cuts.", False),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        (
            "- Hyperband: runs successive halving several times with the same starting budget but "
            "different random seeds and samples, then aggregates, so one unlucky bracket doesn't "
            "decide the winner."
        ),
        True,
    ),
    ("th2a-hps-03", "hyperband-seed-repeats", "Hyperband just reruns SH with different seeds and averages.", True),
    ("th2a-hps-03", "hyperband-seed-repeats", "hyperband = the same bracket repeated a few times", True),
    ("th2a-hps-03", "hyperband-seed-repeats", "hyperband uses the same min budget in every bracket", True),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        ("Hyperband runs brackets that each use a different starting budget."),
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
            "Early stopping only chooses one integer, the number of rounds, so it cant overfit the "
            "validation set in any meaningful way, the score you read off is still an honest "
            "estimate."
        ),
        True,
    ),
    ("th2a-hps-05", "early-stopping-no-optimism", "a separate early-stopping split is wasted data", True),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("Slightly: early stopping picks the best-looking round, so the score is no longer an honest estimate."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("Early stopping does overfit the validation set a little, so use a separate split."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("A separate early-stopping split costs data, but it keeps the validation score honest."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("The validation score is still optimistic; confirm on the test set."),
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        (
            "For RBF, k = exp(−γ‖x − x'‖²), the φ-space has exactly n dimensions, one per training "
            "point, since the kernel matrix is n × n."
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
        ("RBF corresponds to an infinite-dimensional feature space; the kernel matrix is n × n."),
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
        ("The decision function is a sum of Gaussian bumps, one per support vector."),
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        ("The kernel matrix has one row per training point, so memory is O(n²)."),
        False,
    ),
    (
        "th2a-svm-05",
        "boundary-into-majority",
        (
            "Imbalance, say 1:100: the boundary shifts into the majority region and the SVM over-"
            "predicts positives, because each minority point sits near lots of negatives."
        ),
        True,
    ),
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
        ("Raising the minority weight moves the boundary toward the majority."),
        False,
    ),
    (
        "th2a-svm-05",
        "boundary-into-majority",
        ("The SVM doesn't over-predict the minority; it under-predicts it."),
        False,
    ),
    ("th2a-svm-05", "boundary-into-majority", "don't downweight the minority; upweight it", False),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        (
            "But honestly, if precision went from 8% to 11%, each notification converts better, so "
            "the campaign can't really be producing fewer purchases; the finance drop most likely "
            "comes from attribution or a seasonal dip that week."
        ),
        True,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("notifications convert better, so there cannot be fewer purchases"),
        True,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("Each notification converts better, but fewer notifications go out, so there are fewer purchases."),
        False,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("The finance drop isn't attribution noise; the model sends far fewer notifications."),
        False,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("The finance drop comes from the smaller send volume, not attribution."),
        False,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("Precision rose because the model notified fewer users, so total purchases fell."),
        False,
    ),
    ("th-prob-01", "one-false-flag-per-fraud", "So roughly 1 true flag vs 1 false one, around 50%.", True),
    ("th-prob-01", "one-false-flag-per-fraud", "- approx 50% of flags are real", True),
    ("th-prob-01", "one-false-flag-per-fraud", "For every one true flag there are about ten false flags.", False),
    ("th-prob-01", "one-false-flag-per-fraud", "About 9%, not 50%.", False),
    ("th-prob-01", "one-false-flag-per-fraud", "One true flag against ten false ones: about 9%.", False),
    (
        "th-prob-01",
        "one-false-flag-per-fraud",
        (
            "prior dominates because legit transactions outnumber fraud 1000 to 1, so false flags "
            "outnumber true ones roughly 10 to 1"
        ),
        False,
    ),
    (
        "th-prob-05",
        "recall-understated",
        (
            "The metrics are off too, but in the safe direction: recall against reported violations"
            " understates true recall, since the model also catches violations nobody reported."
        ),
        True,
    ),
    ("th-prob-05", "recall-understated", "recall on reported posts is pessimistic", True),
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
        ("Recall measured against reported posts is inflated and prevalence is understated"),
        False,
    ),
    (
        "th-prob-06",
        "se-diff-equals-arm",
        (
            "Since both arms have about the same SE, that's also the SE of the difference: z = 0.3 "
            "/ 0.14 ≈ 2.1, p ≈ 0.03, significant at 5%."
        ),
        True,
    ),
    ("th-prob-06", "se-diff-equals-arm", "SE of the difference is the same as each arm's, 0.14", True),
    ("th-prob-06", "se-diff-equals-arm", "the standard error of the difference equals one arm's SE", True),
    (
        "th-prob-06",
        "se-diff-equals-arm",
        ("The SE of the difference is not the same as one arm's; it's √2 larger."),
        False,
    ),
    (
        "th-prob-06",
        "se-diff-equals-arm",
        ("the standard error of the difference is √(se1² + se2²), not the same as one arm"),
        False,
    ),
    ("th-prob-06", "se-diff-equals-arm", "Each arm's SE is about 0.14 points, the difference's about 0.2.", False),
    ("th-prob-06", "se-diff-equals-arm", "The difference's SE is sqrt(2) times each arm's, about 0.2 points.", False),
    (
        "th2a-fe-01",
        "unknown-bucket-untrained",
        (
            "For the embedding we reserved an unknown index and never fed it during training, so it"
            " stayed at its small random init, which is basically a neutral vector, and that was "
            "the safest thing for merchants the model had never met."
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
        ("Don't leave the unknown row at its random init; it is not safe for new merchants."),
        False,
    ),
    (
        "th2a-hps-01",
        "linear-learning-rate",
        (
            "- Sample everything uniformly over its range, e.g. learning rate uniform in [1e-5, "
            "1e-1], so every value is equally likely and the search stays unbiased."
        ),
        True,
    ),
    (
        "th2a-hps-01",
        "linear-learning-rate",
        ("On a log scale, not every value is equally likely, but every order of magnitude is."),
        False,
    ),
    ("th2a-hps-01", "linear-learning-rate", "log-uniform sampling makes each order of magnitude equally likely", False),
    ("th2a-hps-01", "edge-optimum-fine", "Don't treat the edge as the optimum; extend the range past it.", False),
    (
        "th2a-hps-01",
        "edge-optimum-fine",
        ("The best trial sat at the top of the range, so the true optimum is likely beyond it."),
        False,
    ),
    (
        "th2a-hps-01",
        "edge-optimum-fine",
        ("An optimum at the edge of the range means the range was wrong: extend it past that edge."),
        False,
    ),
    (
        "th2a-hps-02",
        "ei-is-pure-exploit",
        ("EI is not the argmax of the predicted mean; it adds an uncertainty bonus."),
        False,
    ),
    (
        "th2a-hps-02",
        "ei-is-pure-exploit",
        ("Expected improvement trades a high predicted score against high uncertainty."),
        False,
    ),
    ("th2a-hps-03", "trust-early-ranking", "strong regularisation is worse anyway", True),
    (
        "th2a-hps-03",
        "trust-early-ranking",
        (
            "That's the known failure mode: strong regularisation learns slowly, so after a small "
            "budget it looks worse than it will end up."
        ),
        False,
    ),
    ("th2a-hps-03", "trust-early-ranking", "strong regularization is not worse, just slower to show", False),
    (
        "th2a-svm-01",
        "large-c-more-regularisation",
        (
            "C works like lambda in ridge: it's the regularisation strength, so cranking C up gives"
            " a wider, smoother margin that tolerates more violations, and a small C fits the "
            "training data tightly."
        ),
        True,
    ),
    ("th2a-svm-01", "large-c-more-regularisation", "crank C up for a wider, smoother margin", True),
    ("th2a-svm-01", "large-c-more-regularisation", "C acts like the inverse of lambda in ridge.", False),
    (
        "th2a-svm-01",
        "large-c-more-regularisation",
        ("C works like 1/lambda in ridge: large C means weak regularisation."),
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
            "Probabilities were never the issue for us, though: we just ran the decision values "
            "through a sigmoid, 1/(1 + e^(−f(x))), and used those as probabilities directly, no "
            "extra fitting."
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
        ("Logistic regression gives probabilities directly, with no extra calibration step."),
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
        ("Precision is not a property of the classifier alone; it depends on prevalence."),
        False,
    ),
    (
        "th-imb-02",
        "precision-prevalence-free",
        ("TPR and FPR are properties of the classifier; precision also depends on the base rate."),
        False,
    ),
    ("th-imb-02", "precision-prevalence-free", "Precision, unlike TPR and FPR, shifts with prevalence.", False),
    (
        "th-imb-02",
        "weights-keep-calibration",
        (
            "- Probabilities: unaffected, since no data is duplicated the model still sees the true"
            " base rate, so outputs stay calibrated."
        ),
        True,
    ),
    ("th-imb-02", "weights-keep-calibration", "class weights: scores remain calibrated", True),
    (
        "th-imb-02",
        "weights-keep-calibration",
        ("Weighting shifts the implied prior, so outputs don't stay calibrated."),
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
        ("Splitting randomly, even stratified by label, puts the same patient on both sides."),
        False,
    ),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        (
            "- Concept drift: P(y|x) changes; catch it early with PSI on the inputs and drift "
            "detectors on feature correlations, since the inputs start looking different once the "
            "relationship moves, no labels needed."
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
        ("Concept drift: the inputs can look the same while the relationship changes."),
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        ("You can't adjust for selection with the model's scores; you need a random control."),
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        ("Compare treated and control retention within the targeted segment."),
        False,
    ),
    ("th-biz-02", "riskiest-best-targets", "The top 10% is not the right group; many are lost causes.", False),
    (
        "th-biz-02",
        "riskiest-best-targets",
        ("Persuadables may sit at middling risk rather than in the top decile."),
        False,
    ),
    ("th-biz-03", "auc-gain-always-valuable", "The gain is not real for the business.", False),
    (
        "th-biz-03",
        "auc-gain-always-valuable",
        ("Better ranking near the threshold is worth money; far below it, nothing."),
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
    ("th-biz-03", "auc-gain-proportional-value", "Value doesn't scale linearly with AUC.", False),
    (
        "th-biz-03",
        "auc-gain-proportional-value",
        ("Convert the confusion matrices to dollars and scale to annual volume."),
        False,
    ),
    (
        "th-prob-01",
        "correlated-checks-multiply",
        (
            "The only assumption is that the second check has the same 99% and 1% error rates; "
            "whether it's built on the same features as the first doesn't matter, because each "
            "check's error rates are measured on its own."
        ),
        True,
    ),
    (
        "th-prob-01",
        "correlated-checks-multiply",
        ("If it uses the same features, the errors are correlated and it matters a lot."),
        False,
    ),
    ("th-prob-01", "correlated-checks-multiply", "Using the same signals does matter.", False),
    (
        "th-prob-05",
        "oversample-no-weights",
        (
            "Recall = TP / (TP + FN) counted straight on the labelled posts; weights of 1/p_sample "
            "only add variance, and the ratio cancels them anyway."
        ),
        True,
    ),
    (
        "th-prob-05",
        "oversample-no-weights",
        ("The weights don't cancel in the ratio, because they differ by stratum."),
        False,
    ),
    (
        "th-prob-05",
        "oversample-no-weights",
        ("Recall is a ratio of two weighted counts, so it's nearly unbiased."),
        False,
    ),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        (
            "With 20,000 users per arm the central limit theorem kicks in: the per-user conversion "
            "outcomes themselves become approximately normally distributed at that size, which is "
            "what licenses a z-test."
        ),
        True,
    ),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        ("The mean becomes approximately normal; the individual outcomes never become normal."),
        False,
    ),
    ("th-prob-06", "clt-makes-data-normal", "A single outcome doesn't become normal, however large n is.", False),
    (
        "th-prob-07",
        "one-temperature-fixes-all",
        ("A single temperature cannot fix all classes if they are miscalibrated differently."),
        False,
    ),
    (
        "th-prob-07",
        "one-temperature-fixes-all",
        ("Per-class (vector) scaling corrects each class separately when one scalar can't."),
        False,
    ),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        (
            "After that the number is trustworthy everywhere, including weird inputs: a calibrated "
            "model gives low confidence on an image unlike anything it trained on, so out of "
            "distribution cases take care of themselves."
        ),
        True,
    ),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        (
            "A calibrated model doesn't give low confidence on unfamiliar inputs; softmax still "
            "spreads all mass over known classes."
        ),
        False,
    ),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        ("The number isn't trustworthy everywhere: calibration degrades under shift."),
        False,
    ),
    ("th-prob-07", "ood-gets-low-confidence", "Even a calibrated model can give 97% to an unfamiliar input.", False),
    # t9b review: right sentences in the cues' own words that fired before the review (must not fire), and
    # wrong sentences that the narrowed cues still catch
    ("th-prob-07", "ood-gets-low-confidence", "once calibrated, the model shows low confidence on OOD images", True),
    (
        "th2a-hps-02",
        "bo-best-high-dim",
        ("BO shines in low-dimensional spaces with expensive trials, less so in high-dimensional spaces."),
        False,
    ),
    (
        "th2a-hps-02",
        "bo-best-high-dim",
        ("BO is best for a few hyperparameters, and with many parallel workers random search is as good."),
        False,
    ),
    (
        "th2a-hps-02",
        "bo-best-high-dim",
        (
            "Bayesian optimization is great for expensive models with few hyperparameters, since "
            "many parallel workers break its sequential loop."
        ),
        False,
    ),
    ("th2a-hps-02", "bo-best-high-dim", "BO shines most in low-dimensional, expensive searches.", False),
    ("th2a-hps-03", "regularised-lead-early", "successive halving favours strongly regularised configs", True),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        ("Strongly regularised models gain an advantage only later in training."),
        False,
    ),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        ("Strongly regularized configs favour generalization over fast fitting, so SH cuts them."),
        False,
    ),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        ("Compared with strong regularisation, unregularised configs win early and get promoted."),
        False,
    ),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        ("Strongly regularised configs are favoured by longer budgets, not by early cuts."),
        False,
    ),
    (
        "th2a-hps-03",
        "regularised-lead-early",
        ("Successive halving prefers fast starters and cuts strongly regularised configs."),
        False,
    ),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        ("Hyperband hedges because the same minimum budget may be wrong for slow starters."),
        False,
    ),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        ("Hyperband brackets use different random configurations and a different seed budget."),
        False,
    ),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        ("Hyperband brackets differ, and each bracket's configs are drawn with a different random seed."),
        False,
    ),
    (
        "th2a-hps-03",
        "hyperband-seed-repeats",
        ("Plain SH uses the same starting budget for everything; Hyperband varies it across brackets."),
        False,
    ),
    ("th2a-hps-05", "early-stopping-no-optimism", "it picks one number, so no optimism", True),
    ("th2a-hps-05", "early-stopping-no-optimism", "Early stopping picks a single integer, so it can't overfit.", True),
    ("th2a-hps-05", "early-stopping-no-optimism", "The test set, used once, is still an unbiased estimate.", False),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("The test score is still an honest estimate because it never influenced any choice."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("Early stopping cannot bias the test score, only the validation score."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("A separate early-stopping split is unnecessary if you confirm on the untouched test set."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("Early stopping barely inflates the score when the validation set is large."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("Early stopping shouldn't inflate the test score as long as the test set is separate."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("With a separate early-stopping split the validation score is still a fair estimate."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("Use a separate early-stopping split so that early stopping can't overfit the validation set."),
        False,
    ),
    (
        "th2a-hps-05",
        "early-stopping-no-optimism",
        ("Early stopping only picks one number, so the optimism is small but not zero."),
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        ("The empirical kernel map gives one feature dimension per training point."),
        False,
    ),
    ("th2a-svm-02", "rbf-n-dimensional", "The feature space for all n points is infinite-dimensional.", False),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        ("A degree-2 polynomial map on n-dimensional inputs has O(n²) features."),
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        ("Computing the kernel costs O(d) per pair, d being the input dimension per training point."),
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        ("The dual has one alpha per training point, not one dimension per training point."),
        False,
    ),
    ("th2a-svm-02", "rbf-n-dimensional", "The RBF feature space doesn't have one dimension per training point.", False),
    (
        "th2a-svm-02",
        "rbf-n-dimensional",
        ("For RBF with n training points, the feature space is infinite-dimensional."),
        False,
    ),
    ("th2a-svm-05", "boundary-into-majority", "with imbalance the svm over-predicts the minority class", True),
    ("th2a-svm-05", "boundary-into-majority", "give the minority class a smaller weight", True),
    ("th2a-svm-05", "boundary-into-majority", "Upweight the minority or down-weight the majority.", False),
    ("th2a-svm-05", "boundary-into-majority", "The minority is effectively down-weighted by its small count.", False),
    ("th2a-svm-05", "boundary-into-majority", "Downweight the majority so the minority counts more.", False),
    ("th2a-svm-05", "boundary-into-majority", "If you over-correct, the SVM can over-predict the minority.", False),
    (
        "th2a-svm-05",
        "boundary-into-majority",
        ("Setting too large a class weight makes the SVM over-predict positives."),
        False,
    ),
    (
        "th2a-svm-05",
        "boundary-into-majority",
        ("Give the majority a smaller weight, or the minority a larger one."),
        False,
    ),
    ("th-biz-01", "finance-drop-explained-away", "the finance drop is probably due to seasonality", True),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("finance's number is most likely explained by attribution noise"),
        True,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("The notified users convert better, which does not contradict fewer total purchases."),
        False,
    ),
    ("th-biz-01", "finance-drop-explained-away", "Converting better does not rule out fewer purchases overall.", False),
    ("th-biz-01", "finance-drop-explained-away", "The finance number uses a 24-hour attribution window.", False),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("Check whether the finance drop is seasonal by comparing with last year."),
        False,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("Before blaming the finance drop on attribution, check the send volume."),
        False,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        (
            "The finance drop probably reflects the smaller send volume, and seasonality would show"
            " in the control group too."
        ),
        False,
    ),
    (
        "th-biz-01",
        "finance-drop-explained-away",
        ("The finance drop is most likely caused by lower volume, with seasonality a minor factor."),
        False,
    ),
    ("th-prob-01", "one-false-flag-per-fraud", "roughly half the flags are fraud", True),
    ("th-prob-01", "one-false-flag-per-fraud", "Roughly 50% of flagged transactions are fraud.", True),
    (
        "th-prob-01",
        "one-false-flag-per-fraud",
        ("There's roughly one false positive per hundred legitimate transactions."),
        False,
    ),
    (
        "th-prob-01",
        "one-false-flag-per-fraud",
        ("A 1% false alarm rate means one false flag per 100 legit transactions."),
        False,
    ),
    ("th-prob-01", "one-false-flag-per-fraud", "It's not one false flag per fraud but about ten.", False),
    (
        "th-prob-01",
        "one-false-flag-per-fraud",
        ("Cutting false alarms roughly in half nearly doubles precision to about 17%."),
        False,
    ),
    ("th-prob-05", "recall-understated", "measured recall underestimates the real recall", True),
    ("th-prob-05", "recall-understated", "Prevalence is underestimated, true recall overstated.", False),
    ("th-prob-05", "recall-understated", "Prevalence is understated, and true recall is lower than measured.", False),
    ("th-prob-06", "se-diff-equals-arm", "p ≈ 0.03, significant at 5%", True),
    (
        "th-prob-06",
        "se-diff-equals-arm",
        ("Both arms have about the same SE, 0.14, so the SE of the difference is √2 × 0.14 ≈ 0.2."),
        False,
    ),
    (
        "th-prob-06",
        "se-diff-equals-arm",
        ("With the same SE in each arm, the difference's SE is sqrt(2) times larger."),
        False,
    ),
    ("th-prob-06", "se-diff-equals-arm", "The SE of the difference equals √2 times one arm's SE.", False),
    ("th-prob-06", "se-diff-equals-arm", "p ≈ 0.13, not significant at 5%.", False),
    ("th2a-fe-01", "unknown-bucket-untrained", "Random init is harmless only for rows that get trained.", False),
    ("th2a-fe-01", "unknown-bucket-untrained", "Random init is harmless for embeddings that get trained.", False),
    (
        "th2a-hps-01",
        "linear-learning-rate",
        ("Under uniform sampling every value is equally likely, so 90% of draws land in the top decade."),
        False,
    ),
    ("th2a-hps-02", "ei-is-pure-exploit", "EI greedily picks the point with the highest predicted mean.", True),
    ("th2a-hps-02", "ei-is-pure-exploit", "The acquisition function's argmax is the next point to evaluate.", False),
    ("th2a-hps-02", "ei-is-pure-exploit", "Probability of improvement can be too greedy; EI is less so.", False),
    (
        "th2a-hps-02",
        "ei-is-pure-exploit",
        ("The acquisition function picks the next point as its argmax, trading predicted mean against uncertainty."),
        False,
    ),
    ("th2a-hps-03", "trust-early-ranking", "strong regularisation is simply worse", True),
    ("th2a-hps-03", "trust-early-ranking", "Strong regularization worse early, better late.", False),
    ("th2a-hps-03", "trust-early-ranking", "Strong regularisation worse after one epoch, better after fifty.", False),
    ("th2a-hps-03", "trust-early-ranking", "Strong regularisation bad early doesn't mean bad final.", False),
    ("th2a-svm-01", "large-c-more-regularisation", "C acts like lambda, but inverted.", False),
    ("th2a-svm-02", "kernel-svm-scales", "Linear SVM solvers like liblinear scale linearly with rows.", False),
    (
        "th2a-svm-02",
        "kernel-svm-scales",
        ("SMO's memory is linear in n because it caches only parts of the kernel matrix."),
        False,
    ),
    (
        "th2a-svm-02",
        "kernel-svm-scales",
        ("The solver's memory grows linearly with the number of support vectors."),
        False,
    ),
    (
        "th2a-svm-04",
        "svm-scores-are-probabilities",
        ("Logistic regression's sigmoid needs no extra calibration step, unlike the SVM."),
        False,
    ),
    (
        "th-imb-02",
        "weights-keep-calibration",
        ("Without resampling the model still sees the true base rate, but weighting changes the effective prior."),
        False,
    ),
    (
        "th-imb-02",
        "weights-keep-calibration",
        ("Probabilities remain calibrated after Platt scaling on real-prevalence data."),
        False,
    ),
    (
        "th-imb-02",
        "weights-keep-calibration",
        ("Recalibrated outputs stay calibrated as long as the prevalence doesn't drift."),
        False,
    ),
    ("th-imb-02", "weights-keep-calibration", "With unweighted training the probabilities stay calibrated.", False),
    (
        "th-imb-02",
        "weights-keep-calibration",
        ("The ranking and AUC are unaffected by weighting, but the probabilities are not."),
        False,
    ),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        ("The inputs can start looking different even when the relationship stays the same."),
        False,
    ),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        ("Features start to look different under covariate shift, and that is different from a relationship change."),
        False,
    ),
    (
        "th-biz-03",
        "auc-gain-proportional-value",
        ("Savings scale linearly with transaction volume at a fixed threshold."),
        False,
    ),
    ("th-biz-03", "auc-gain-proportional-value", "Value scales linearly with volume, not AUC.", False),
    ("th-biz-03", "auc-gain-proportional-value", "Dollars scale proportionally with annual volume.", False),
    (
        "th-prob-01",
        "correlated-checks-multiply",
        (
            "If they share the same features, it does not matter much that each is 99% accurate: "
            "the errors are correlated."
        ),
        False,
    ),
    (
        "th-prob-01",
        "correlated-checks-multiply",
        ("Using the same data does not matter for the first check's rates, but it does for the combined evidence."),
        False,
    ),
    (
        "th-prob-01",
        "correlated-checks-multiply",
        (
            "With the same inputs, it doesn't matter that the second check is independent in name; "
            "its mistakes are correlated."
        ),
        False,
    ),
    (
        "th-prob-05",
        "oversample-no-weights",
        ("Constant weights cancel in the ratio; stratum-specific ones don't."),
        False,
    ),
    ("th-prob-05", "oversample-no-weights", "Under uniform sampling the weights cancel in the recall ratio.", False),
    (
        "th-prob-05",
        "oversample-no-weights",
        ("Weights cancel out of the recall ratio only when they're equal across strata."),
        False,
    ),
    (
        "th-prob-05",
        "oversample-no-weights",
        ("If all strata were sampled at the same rate, the weights would cancel anyway."),
        False,
    ),
    ("th-prob-06", "clt-makes-data-normal", "Per-arm conversion rates become approximately normal by the CLT.", False),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        ("The individual outcomes stay Bernoulli; the mean of per-user outcomes becomes approximately normal."),
        False,
    ),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        ("The means themselves become approximately normal, the outcomes never do."),
        False,
    ),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        ("A calibrated model gives low confidence only on in-distribution hard examples."),
        False,
    ),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        ("A calibrated model shows low confidence where it is often wrong, in distribution."),
        False,
    ),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        ("A calibrated softmax gives low confidence to ambiguous images between two known classes."),
        False,
    ),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        ("Calibrated confidence is reliable anywhere the data looks like validation data."),
        False,
    ),
    (
        "th2a-hps-01",
        "edge-optimum-fine",
        ("When the best value is at the boundary of the range, the optimum may lie beyond it."),
        False,
    ),
    ("th2a-hps-01", "edge-optimum-fine", "If the top of the range is optimal, you can't tell; extend it.", False),
    ("th2a-hps-01", "edge-optimum-fine", "The edge of the range being best means the range is too narrow.", False),
    ("th2a-hps-01", "edge-optimum-fine", "Top of range best → extend the range.", False),
    (
        "th-imb-02",
        "precision-prevalence-free",
        ("Precision, a property of both classifier and prevalence, drops in production."),
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        (
            "Adjusting for risk differences with model scores is not enough: the targeted group "
            "differs in unobserved ways."
        ),
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        ("Controlling the risk difference via model scores still leaves confounding."),
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        ("Comparing targeted retention with untargeted customers is biased, since they differ in risk."),
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        ("Don't compare the targeted customers' retention with the untargeted ones."),
        False,
    ),
    (
        "th-biz-02",
        "riskiest-best-targets",
        ("The top decile is the right group to hold out from, because that's where we target."),
        False,
    ),
    ("th-biz-02", "riskiest-best-targets", "The top decile by uplift is the right segment to target.", False),
    ("th-biz-03", "auc-gain-always-valuable", "It's still a real improvement in ranking, just not in dollars.", False),
    (
        "th-prob-07",
        "one-temperature-fixes-all",
        ("Temperature scaling fixes all classes' overconfidence at once when it's uniform."),
        False,
    ),
    (
        "th-prob-07",
        "one-temperature-fixes-all",
        ("A scalar corrects every class the same way, which fails when classes differ."),
        False,
    ),
    (
        "th-prob-07",
        "one-temperature-fixes-all",
        ("Temperature scaling corrects the global overconfidence across all classes, not per-class errors."),
        False,
    ),
    (
        "th-prob-07",
        "one-temperature-fixes-all",
        ("Temperature scaling corrects overconfidence for all classes jointly, leaving argmax unchanged."),
        False,
    ),
]

CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), (WIDENED, 1, 1)],
    cue_cap=TOUCHED,
    right_texts={p for p, _, _, _ in CASES},
    added=[ADDED, WIDENED_CUES],
)
