"""The t7b pass (seventh pass, group B) over the classical_more, diagnosis and probability prompts of
``tests/labelled/dumps/t7_B_prompts.yaml``.

Wrong and right answers were written blind from the dump (``tests/labelled/wrong_t7_B.yaml``), then the cues
were tuned on them: for each wrong answer no misconception of its key point caught, a cue of an existing
misconception was widened or a misconception was added, each with the wrong sentence, paraphrases in other
registers, and right sentences in the same words that must not fire; a right sentence that tripped a cue is
kept as a row that must not fire. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

T7B_PROMPTS = {
    "th2a-fe-01",
    "th2a-fe-05",
    "th2a-hps-01",
    "th2a-hps-02",
    "th2a-hps-03",
    "th2a-hps-05",
    "th2a-svm-01",
    "th2a-svm-02",
    "th2a-svm-04",
    "th2a-svm-05",
    "th-imb-02",
    "th-leak-02",
    "th-shift-01",
    "th-biz-01",
    "th-biz-02",
    "th-biz-03",
    "th-prob-01",
    "th-prob-03",
    "th-prob-05",
    "th-prob-06",
    "th-prob-07",
}

#: cues this pass added, per misconception (new misconceptions and widened ones)

ADDED: dict[tuple[str, str], list[str]] = {
    ("th2a-fe-05", "all-crosses-at-once"): [
        "no|not need* validat*|check*|test*|evaluat* one|individual*|separately|interaction*|crosses|cross",
        "all|every pairwise|cross*|interaction* l1|lasso|regulariz* enough|sufficient",
        "=l1|lasso|regulariz* sort* out",
    ],
    ("th2a-svm-02", "kernel-trick-free"): [
        "=costs|cost same linear svm*|one",
        "=scal* linear svm*|one",
        "cost* none|nothing|zero|free trick|kernel*",
        "kernel trick free|costless",
    ],
    ("th2a-svm-02", "kernel-svm-scales"): [
        "=rbf|kernel svm* training|cost|complexity linear",
    ],
    ("th2a-svm-04", "ship-svm-max-margin"): [
        "max margin|margin generaliz* better",
        "read|treat decision function|value|margin|score confidence",
    ],
    ("th-biz-02", "compare-targeted-with-rest"): [
        "=gap|difference campaign* effect|impact|lift",
        "=effect|impact|lift retention|churn quarter|contacted|targeted|targetted minus|vs|versus|against|over",
    ],
    ("th-prob-03", "smoothing-calibrates"): [
        "smoothing|laplace|alpha pull*|push*|fix*|makes|make*|gives calibrat*|calibrated|calibration",
        "alpha|smoothing|laplace less|off extreme*|extremes calibrat*|calibrated",
    ],
    ("th-prob-05", "rebalance-fixes-bias"): [
        "undersampl*|upweight*|rebalanc*|reweight*|oversampl* correct*|fix*|remov*|solv*|cancel* bias",
        "=fix* class rebalanc*|reweight*|resampl*",
    ],
    ("th2a-fe-01", "target-encoding-safe"): [
        "=smooth* care|prevents|avoids|handles|fixes|stops|removes leak*|leakage",
        "smooth* already|alone|itself|automatically care|prevents|avoids|handles|fixes|stops|removes leak*|leakage",
        "=in sample encod*|encoding fine|ok|safe",
    ],
    ("th2a-fe-01", "one-hot-best-for-trees"): [
        "split* exactly|specific|particular merchant*|ids matter*|important|useful|relevant",
        "trees|boosting|gbm|xgboost|lightgbm one hot best|ideal|well|great",
        "one hot|dummy|dummies merchant*|2|million|id*|cardinality fine|ok|works|best|ideal",
    ],
    ("th2a-fe-05", "stumps-interact"): [
        "carr*|contain*|hold*|encod* interaction* stump*|sum model*|learn*|capture*|pick*",
        "stump* capture*|learn* interaction*|x1",
    ],
    ("th2a-hps-01", "linear-learning-rate"): [
        "learning rate linear scale fine|ok|better|best|works|between|range",
        "part|region|regions|value|values range equal|equally share|chance|coverage|trials|covered",
    ],
    ("th2a-hps-01", "edge-optimum-fine"): [
        "no|not point|need* re|research*|searching|search*|extend* lr|range|edge|rate",
    ],
    ("th2a-hps-03", "lower-minimum-budget"): [
        "=bump*|rais*|increas* eta|η 3|4|5|6|8|10",
    ],
    ("th2a-hps-03", "trust-early-ranking"): [
        "lose|losing|worse|behind early lose|worse|behind end|final|anyway",
    ],
    ("th2a-hps-05", "validation-cannot-overfit"): [
        "overfit* validation|val not|isn't|isnt|no concern|problem|issue|worry|risk",
        "best validation|val auc|accuracy|metric|f1|rmse production|expect*|true|estimate",
    ],
    ("th2a-svm-01", "svm-gives-probabilities"): [
        "probability|probabilities svm* good|fine",
        "sigmoid|σ decision|margin|score already|directly|itself calibrated|probability|probabilities",
    ],
    ("th2a-svm-02", "rbf-finite"): [
        "rbf|gaussian degree 2|two polynomial|feature*|map",
        "rbf|gaussian quadratic boundar*|feature*|map|decision",
    ],
    ("th2a-svm-04", "svm-obsolete"): [
        "svm* struggle*|suffer*|fail*|choke* dimension*|dimensionality",
    ],
    ("th2a-svm-05", "svm-immune-to-imbalance"): [
        "svm* unaffected|immune|robust|handles|handle|fine|ok imbalanc*|skew*|rare",
        "ratio|imbalance|imbalanced|balance irrelevant|unimportant",
        "imbalanc*|ratio not hurt*|matter*|affect*|problem|issue svm*|svms|max|margin",
    ],
    ("th-imb-02", "precision-prevalence-free"): [
        "=same precision production|prod|live|deployment",
    ],
    ("th-leak-02", "scaling-is-worst"): [
        "=scaling|standardiz*|scaler worst|biggest|most|first",
        "leak*|leaks all|every features|feature|column*|columns once",
    ],
    ("th-leak-02", "post-discharge-mild"): [
        "post discharge visits|visit|count|feature minor|mild|harmless|fine",
    ],
    ("th-leak-02", "patient-overlap-harmless"): [
        "split* visit|visits|row|rows|random minor|mild|fine|ok|harmless",
        "visit*|admission*|visits separate|independent|distinct event*|admission*|rows|samples",
    ],
    ("th-shift-01", "concept-drift-from-inputs"): [
        "concept* caught|detect*|catch*|visible|seen|spot* before labels",
    ],
    ("th-shift-01", "drift-alarm-means-retrain"): [
        "any|every drift|shift alarm|alert|alerts trigger*|triggers|means|requires|forces retrain*",
    ],
    ("th-biz-01", "higher-precision-more-purchases"): [
        "share|fraction|precision|rate necessarily|always|guarantee* more purchases|sales|revenue|buyers",
        "=both not|cannot|can't true",
    ],
    ("th-biz-01", "purchases-all-caused"): [
        "value send|notification|push|notif* observed|raw purchase|conversion|buy*",
    ],
    ("th-biz-02", "riskiest-best-targets"): [
        "highest|high|top risk|riskiest responsive|persuadable*|receptive",
    ],
    ("th-biz-03", "auc-gain-proportional-value"): [
        "pairs ranked|ordered right|correctly more fraud*|frauds|positives|caught",
        "=2 percent more value|revenue|profit|money",
    ],
    ("th-biz-03", "auc-gain-always-valuable"): [
        "better|improved ordering|ranking|order anywhere|everywhere better|pays|valuable|worth|gain*|helps",
    ],
    ("th-prob-01", "reviewer-load-from-recall"): [
        "load|staffing|queue driven|set|determined|scales|scale catch|recall",
    ],
    ("th-prob-01", "base-rate-irrelevant"): [
        "rate|prior|prevalence cancel*|cancels",
    ],
    ("th-prob-01", "recall-read-as-posterior"): [
        "accurate|accuracy|acurate model|test|detector 99 percent trustworthy|reliable|likely|sure",
    ],
    ("th-prob-03", "any-correlation-breaks-nb"): [
        "uncorrelated|independent across|overall|whole|entire dataset|data|population",
    ],
    ("th-prob-06", "clt-fast-heavy-tails"): [
        "normal|normality whatever|regardless|irrespective tail*|tails|distribution|skew*",
    ],
    ("th-prob-07", "temperature-changes-accuracy"): [
        "temperature scaling improves|changes|better accuracy",
        "trade*|cost*|costs|sacrific*|lose|loses|losing accuracy calibration|for",
        "soften*|flatten*|sharpen* logits|distribution flip*|change* class|classes|prediction*|argmax|calls",
    ],
    ("th2a-fe-01", "hashing-collision-free"): [
        "=hash*|hashing never|zero collision*|collisions|collide",
        "=hashing need*|requires|require* dictionary|vocabulary merchant*|all|every|ids|id",
    ],
    ("th-imb-02", "smote-points-realistic"): [
        "smote make*|creat*|generat*|produc* realistic",
    ],
    ("th-leak-02", "random-split-enough"): [
        "=random row|visit split enough|ok",
    ],
    ("th-shift-01", "label-shift-undetectable"): [
        "not detect*|estimat*|see*|measur* label shift until|without|before labels",
    ],
    ("th-prob-01", "both-false-alarms-is-posterior"): [
        "99 99 percent fraud|sure|certain",
    ],
    ("th-prob-06", "20k-enough"): [
        "20 000 users|per plenty|enough|sufficient",
    ],
}

CASES: list[tuple[str, str, str, bool]] = [
    # th2a-fe-01 t7b-001: "the smoothing toward the global mean already takes care of leakage so no need for folds"
    (
        "th2a-fe-01",
        "target-encoding-safe",
        "target enc: best for trees; replace each merchant by its mean label over the full training set, the "
        "smoothing toward the global mean already takes care of leakage so no need for folds",
        True,
    ),
    (
        "th2a-fe-01",
        "target-encoding-safe",
        "Smoothing toward the prior prevents target leakage, so in-sample encoding is fine.",
        True,
    ),
    ("th2a-fe-01", "target-encoding-safe", "- target enc w/ smoothing handles the leakage", True),
    (
        "th2a-fe-01",
        "target-encoding-safe",
        "Smoothing alone doesn't prevent leakage; compute target encoding out of fold.",
        False,
    ),
    (
        "th2a-fe-01",
        "target-encoding-safe",
        "Smoothing helps rare merchants but doesn't take care of leakage, so use out-of-fold.",
        False,
    ),
    (
        "th2a-fe-01",
        "target-encoding-safe",
        "Compute the encoding out of fold and smooth it toward the global mean.",
        False,
    ),
    # th2a-fe-01 t7b-002: "each tree can split on exactly the merchants that matter"
    (
        "th2a-fe-01",
        "one-hot-best-for-trees",
        "For gradient boosting I'd actually go one-hot: sparse-aware implementations like LightGBM or XGBoost "
        "handle the 2 million columns cheaply, and each tree can split on exactly the merchants that matter, "
        "so it is the most faithful encoding.",
        True,
    ),
    ("th2a-fe-01", "one-hot-best-for-trees", "with one-hot, trees split on the specific merchants that matter", True),
    ("th2a-fe-01", "one-hot-best-for-trees", "XGBoost with one-hot works great", True),
    (
        "th2a-fe-01",
        "one-hot-best-for-trees",
        "One-hot is poor for trees: each split isolates a single merchant, and most are too rare to split on.",
        False,
    ),
    (
        "th2a-fe-01",
        "one-hot-best-for-trees",
        "trees can't split on specific merchants usefully, most are too rare",
        False,
    ),
    ("th2a-fe-01", "one-hot-best-for-trees", "For trees, target encoding works well; one-hot is the worst", False),
    ("th2a-fe-01", "one-hot-best-for-trees", "Trees do well with count encoding; one-hot is poor", False),
    # th2a-fe-05 t7b-004: "depth-1 stumps ... learns x1·x2, because ... that residual carries the interaction"
    (
        "th2a-fe-05",
        "stumps-interact",
        "GBM: even with depth-1 stumps, F(x) = Σ_m h_m(x) learns x1·x2, because each stump fits the residual "
        "of the previous ones and that residual carries the interaction.",
        True,
    ),
    ("th2a-fe-05", "stumps-interact", "stumps -> residuals carry the interaction, so sum of stumps models x1*x2", True),
    ("th2a-fe-05", "stumps-interact", "Even stumps learn x1*x2 through the residuals", True),
    ("th2a-fe-05", "stumps-interact", "Stumps can capture interactions.", True),
    (
        "th2a-fe-05",
        "stumps-interact",
        "Stumps fit residuals one feature at a time, so their sum is additive and can't model x1·x2.",
        False,
    ),
    (
        "th2a-fe-05",
        "stumps-interact",
        "Depth-1 stumps are purely additive: each stump sees the residual, but still splits on one feature.",
        False,
    ),
    ("th2a-fe-05", "stumps-interact", "with stumps the model is additive; interactions need depth >= 2", False),
    ("th2a-fe-05", "stumps-interact", "each stump learns a single-feature step; interactions need depth 2", False),
    # th2a-fe-05 t7b-006: "generate all pairwise crosses at once ... L1 ... no real need to validate them one by
    # one"
    (
        "th2a-fe-05",
        "all-crosses-at-once",
        "then honestly the easiest is to generate all pairwise crosses at once and throw them in, L1 "
        "regularization will zero out the useless ones so theres no real need to validate them one by one",
        True,
    ),
    ("th2a-fe-05", "all-crosses-at-once", "Just add all pairwise interactions and let lasso sort them out.", True),
    ("th2a-fe-05", "all-crosses-at-once", "- generate every cross, L1 is enough to prune the junk, done", True),
    ("th2a-fe-05", "all-crosses-at-once", "no need to validate each interaction, regularisation handles it", True),
    (
        "th2a-fe-05",
        "all-crosses-at-once",
        "Add crosses one family at a time and keep only those that improve validation; regularisation alone "
        "won't tell you which generalise.",
        False,
    ),
    (
        "th2a-fe-05",
        "all-crosses-at-once",
        "Don't throw in all pairwise crosses at once and hope L1 cleans up: the feature count explodes.",
        False,
    ),
    (
        "th2a-fe-05",
        "all-crosses-at-once",
        "Adding all pairwise crosses blows up the feature count, and L1 will keep some noise.",
        False,
    ),
    (
        "th2a-fe-05",
        "all-crosses-at-once",
        "Adding all pairwise crosses at once blows up the feature count; L1 doesn't sort it out.",
        False,
    ),
    # th2a-hps-01 t7b-007: "I'd sample the learning rate uniformly between 0.0001 and 0.1"
    (
        "th2a-hps-01",
        "linear-learning-rate",
        "For the ranges I'd sample the learning rate uniformly between 0.0001 and 0.1 and the regularisation "
        "strength uniformly between 0 and 10, so every part of the range gets an equal share of trials.",
        True,
    ),
    ("th2a-hps-01", "linear-learning-rate", "uniform sampling so all values in the range are equally covered", True),
    (
        "th2a-hps-01",
        "linear-learning-rate",
        "- lr uniform in [1e-4, 0.1]: every region of the range gets equal coverage",
        True,
    ),
    (
        "th2a-hps-01",
        "linear-learning-rate",
        "Sample log-uniformly so each order of magnitude gets equal attention.",
        False,
    ),
    (
        "th2a-hps-01",
        "linear-learning-rate",
        "On a log scale each decade of the range gets an equal share of trials.",
        False,
    ),
    (
        "th2a-hps-01",
        "linear-learning-rate",
        "Sampling the learning rate uniformly between 0.0001 and 0.1 puts 90% of trials above 0.01.",
        False,
    ),
    ("th2a-hps-01", "linear-learning-rate", "learning rate on a linear scale between 1e-4 and 0.1", True),
    ("th2a-hps-01", "linear-learning-rate", "sample the learning rate log uniformly between 1e-4 and 0.1", False),
    ("th2a-hps-01", "linear-learning-rate", "don't sample the learning rate uniformly", False),
    ("th2a-hps-01", "linear-learning-rate", "sample the lr on a log scale, uniformly in the exponent", False),
    ("th2a-hps-01", "linear-learning-rate", "sample learning rate and weight decay log-uniformly", False),
    # th2a-hps-01 t7b-008: "lock it in ... no point re-searching LR"
    (
        "th2a-hps-01",
        "edge-optimum-fine",
        "best LR at the top of the range -> good, that's our LR. lock it in, it's already the best of what we "
        "tried, and spend the remaining budget on batch size / weight decay with LR fixed. no point "
        "re-searching LR.",
        True,
    ),
    ("th2a-hps-01", "edge-optimum-fine", "no need to search the LR again, it's at the max already", True),
    ("th2a-hps-01", "edge-optimum-fine", "No need to extend the range, the edge won.", True),
    (
        "th2a-hps-01",
        "edge-optimum-fine",
        "Don't lock in the LR yet: the optimum at the top of the range means the range was wrong.",
        False,
    ),
    (
        "th2a-hps-01",
        "edge-optimum-fine",
        "The top of the range winning means the range was too narrow; extend it.",
        False,
    ),
    ("th2a-hps-01", "edge-optimum-fine", "re-search the LR with a wider range, then lock it in", False),
    # th2a-hps-03 t7b-015: "they'd lose at the end too ... maybe bump eta to 4 so it cuts faster"
    (
        "th2a-hps-03",
        "lower-minimum-budget",
        "nothing to fix, SH is working: the strong-reg configs lose early and they'd lose at the end too. "
        "narrow the range to weaker regularisation, maybe bump eta to 4 so it cuts faster and we get through "
        "more configs.",
        True,
    ),
    ("th2a-hps-03", "lower-minimum-budget", "raise eta to 4 so it eliminates more aggressively", True),
    ("th2a-hps-03", "lower-minimum-budget", "increase η to 4", True),
    ("th2a-hps-03", "lower-minimum-budget", "Don't raise eta; raise the minimum budget.", False),
    ("th2a-hps-03", "lower-minimum-budget", "Use a smaller eta so fewer configs are cut per round", False),
    ("th2a-hps-03", "lower-minimum-budget", "Keep eta at 3 and raise the minimum budget", False),
    (
        "th2a-hps-03",
        "trust-early-ranking",
        "nothing to fix, SH is working: the strong-reg configs lose early and they'd lose at the end too.",
        True,
    ),
    ("th2a-hps-03", "trust-early-ranking", "they're worse early and they'd be worse at the end anyway", True),
    ("th2a-hps-03", "trust-early-ranking", "- behind early = behind at the end", True),
    ("th2a-hps-03", "trust-early-ranking", "Strong regularisation loses early but often wins at the end.", False),
    ("th2a-hps-03", "trust-early-ranking", "slow starters look worse early and only catch up at the end", False),
    ("th2a-hps-03", "trust-early-ranking", "Being worse early doesn't mean being worse at the end.", False),
    # th2a-hps-05 t7b-017: "Overfitting the validation set isn't really a concern ... best validation AUC as the
    # production estimate"
    (
        "th2a-hps-05",
        "validation-cannot-overfit",
        "Overfitting the validation set isn't really a concern with 50 trials, since you're only choosing "
        "hyperparameters, not fitting weights, so we reported the best validation AUC as the production "
        "estimate and shipped.",
        True,
    ),
    ("th2a-hps-05", "validation-cannot-overfit", "report the best val AUC as expected prod AUC", True),
    (
        "th2a-hps-05",
        "validation-cannot-overfit",
        "overfitting validation is no real risk when you only pick hyperparameters",
        True,
    ),
    (
        "th2a-hps-05",
        "validation-cannot-overfit",
        "Overfitting the validation set is a real concern, not a theoretical one.",
        False,
    ),
    (
        "th2a-hps-05",
        "validation-cannot-overfit",
        "The best validation AUC is optimistic; the production AUC will be lower.",
        False,
    ),
    (
        "th2a-hps-05",
        "validation-cannot-overfit",
        "Don't report the best validation AUC as the production estimate.",
        False,
    ),
    # th2a-svm-01 t7b-021: "For probabilities the SVM is just as good: p = σ(f(x)) ... is a calibrated probability"
    (
        "th2a-svm-01",
        "svm-gives-probabilities",
        "For probabilities the SVM is just as good: p = σ(f(x)) = 1/(1 + e^(−f(x))) applied to the raw "
        "decision value is a calibrated probability, same as logistic regression.",
        True,
    ),
    ("th2a-svm-01", "svm-gives-probabilities", "for probabilities an SVM is as good as logistic regression", True),
    (
        "th2a-svm-01",
        "svm-gives-probabilities",
        "a sigmoid of the decision function is already a calibrated probability",
        True,
    ),
    (
        "th2a-svm-01",
        "svm-gives-probabilities",
        "Platt scaling maps the raw decision value to a calibrated probability with a fitted sigmoid",
        False,
    ),
    ("th2a-svm-01", "svm-gives-probabilities", "For probabilities an SVM is not good without Platt scaling.", False),
    (
        "th2a-svm-01",
        "svm-gives-probabilities",
        "Probabilities: an SVM needs a fitted sigmoid on held-out decision values to be calibrated.",
        False,
    ),
    (
        "th2a-svm-01",
        "svm-gives-probabilities",
        "For probabilities, logistic regression is better; an SVM needs Platt scaling.",
        False,
    ),
    # th2a-svm-02 t7b-022: "cost: basically none ... training scales like a linear SVM"
    (
        "th2a-svm-02",
        "kernel-trick-free",
        "cost: basically none, that's the point of the trick, training scales like a linear SVM, you just pay "
        "for tuning gamma and C.",
        True,
    ),
    ("th2a-svm-02", "kernel-trick-free", "kernel SVM training costs the same as a linear SVM", True),
    ("th2a-svm-02", "kernel-trick-free", "kernel SVM scales like a linear SVM", True),
    ("th2a-svm-02", "kernel-trick-free", "Kernel SVM training costs far more than a linear SVM.", False),
    (
        "th2a-svm-02",
        "kernel-trick-free",
        "Linear SVM training scales linearly in n, the kernel SVM quadratically.",
        False,
    ),
    ("th2a-svm-02", "kernel-trick-free", "A kernel SVM doesn't scale like a linear SVM.", False),
    ("th2a-svm-02", "kernel-trick-free", "training scales linearly with n for a linear SVM", False),
    ("th2a-svm-02", "kernel-trick-free", "the kernel trick is free", True),
    ("th2a-svm-02", "kernel-trick-free", "The kernel trick isn't free: the kernel matrix is n × n.", False),
    (
        "th2a-svm-02",
        "kernel-trick-free",
        "The feature map is never computed, but the cost moves to the n × n kernel matrix.",
        False,
    ),
    # th2a-svm-02 t7b-023: "the RBF kernel ... is basically a degree-2 polynomial feature map ... quadratic
    # boundaries"
    (
        "th2a-svm-02",
        "rbf-finite",
        "the RBF kernel exp(-γ||x-x'||²) is basically a degree-2 polynomial feature map in disguise (its the "
        "squared distance), so it gives quadratic boundaries.",
        True,
    ),
    ("th2a-svm-02", "rbf-finite", "gaussian kernel gives quadratic decision boundaries", True),
    ("th2a-svm-02", "rbf-finite", "the RBF kernel is a quadratic feature map", True),
    ("th2a-svm-02", "rbf-finite", "the rbf kernel is really a degree two polynomial", True),
    (
        "th2a-svm-02",
        "rbf-finite",
        "The RBF's Taylor expansion has polynomial terms of every degree, not just degree 2.",
        False,
    ),
    (
        "th2a-svm-02",
        "rbf-finite",
        "Unlike a degree-2 polynomial kernel, the RBF kernel's feature space is infinite-dimensional.",
        False,
    ),
    ("th2a-svm-02", "rbf-finite", "the RBF kernel uses the squared distance, but its feature space is infinite", False),
    ("th2a-svm-02", "rbf-finite", "An RBF SVM can fit boundaries far more flexible than quadratic ones.", False),
    # th2a-svm-04 t7b-026: "For high-dimensional sparse text ... SVMs struggle with the dimensionality"
    (
        "th2a-svm-04",
        "svm-obsolete",
        "For high-dimensional sparse text such as TF-IDF features, SVMs struggle with the dimensionality, so "
        "I'd go with naive Bayes or boosting there instead.",
        True,
    ),
    ("th2a-svm-04", "svm-obsolete", "SVMs suffer from the curse of dimensionality on text", True),
    ("th2a-svm-04", "svm-obsolete", "an SVM fails in very high dimensions", True),
    ("th2a-svm-04", "svm-obsolete", "Kernel SVMs struggle with many rows, not with many dimensions.", False),
    (
        "th2a-svm-04",
        "svm-obsolete",
        "Linear SVMs handle high-dimensional sparse text well; kernel SVMs struggle with row count.",
        False,
    ),
    ("th2a-svm-04", "svm-obsolete", "SVMs don't struggle with dimensionality; the margin controls capacity.", False),
    # th2a-svm-04 t7b-027: "the max-margin solution generalizes better ... read the decision function as a
    # confidence score"
    (
        "th2a-svm-04",
        "ship-svm-max-margin",
        "id ship the linear SVM. at equal accuracy the max-margin solution generalizes better in theory, and "
        "if anyone needs probabilites later you can read the decision function as a confidence score, theres "
        "no real difference from the logistic outputs.",
        True,
    ),
    ("th2a-svm-04", "ship-svm-max-margin", "Ship the SVM: the max-margin boundary generalizes better.", True),
    ("th2a-svm-04", "ship-svm-max-margin", "just treat the SVM decision value as a confidence", True),
    ("th2a-svm-04", "ship-svm-max-margin", "Don't treat the decision value as a confidence; it's a margin.", False),
    (
        "th2a-svm-04",
        "ship-svm-max-margin",
        "Usually logistic regression: calibrated probabilities make thresholds, monitoring and combination "
        "with other signals straightforward, at the same cost.",
        False,
    ),
    (
        "th2a-svm-04",
        "ship-svm-max-margin",
        "Ship the SVM only if only the ranking or hard decision matters and its margin behaviour proves more "
        "robust on held-out data.",
        False,
    ),
    (
        "th2a-svm-04",
        "ship-svm-max-margin",
        "A larger margin doesn't guarantee better generalization here; both reach the same accuracy.",
        False,
    ),
    # th2a-svm-05 t7b-029: "imbalance: doesn't really hurt an SVM ... the class ratio is irrelevant"
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "imbalance: doesn't really hurt an SVM, only SVs near the margin count so the class ratio is "
        "irrelevant, no need for class weights.",
        True,
    ),
    ("th2a-svm-05", "svm-immune-to-imbalance", "class balance is irrelevant to a max-margin classifier", True),
    ("th2a-svm-05", "svm-immune-to-imbalance", "- imbalance not an issue for SVMs, only the margin matters", True),
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "Imbalance does hurt: the boundary drifts into the minority region.",
        False,
    ),
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "The class ratio isn't irrelevant: few minority violations let the boundary drift.",
        False,
    ),
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "Imbalance doesn't change the hinge loss of each point, but it shifts the boundary.",
        False,
    ),
    # th-imb-02 t7b-031: "a 50/50 validation set gives the same precision as prod"
    (
        "th-imb-02",
        "precision-prevalence-free",
        "Prevalence isn't the issue: precision = TP/(TP+FP) is fixed by TPR and FPR, which are "
        "prevalence-invariant, so a 50/50 validation set gives the same precision as prod.",
        True,
    ),
    ("th-imb-02", "precision-prevalence-free", "- balanced val set gives the same precision as production", True),
    ("th-imb-02", "precision-prevalence-free", "SMOTE'd validation -> same precision in deployment", True),
    (
        "th-imb-02",
        "precision-prevalence-free",
        "A balanced validation set doesn't give the same precision as production.",
        False,
    ),
    ("th-imb-02", "precision-prevalence-free", "you won't get the same precision in production", False),
    ("th-imb-02", "precision-prevalence-free", "At the same TPR and FPR, precision in production is lower", False),
    (
        "th-imb-02",
        "precision-prevalence-free",
        "precision is not the same in production, because prevalence differs",
        False,
    ),
    # th-leak-02 t7b-034: "standardising on the whole dataset ... leaks into all features at once" ranked worst
    (
        "th-leak-02",
        "scaling-is-worst",
        "- standardising on the whole dataset: every feature of every test row is shifted by test statistics, "
        "so it leaks into all features at once",
        True,
    ),
    ("th-leak-02", "scaling-is-worst", "Global scaling is the worst since it contaminates every feature.", True),
    ("th-leak-02", "scaling-is-worst", "standardization first: it leaks into every column at once", True),
    ("th-leak-02", "scaling-is-worst", "Scaling is the mildest; the post-discharge feature is the worst.", False),
    (
        "th-leak-02",
        "scaling-is-worst",
        "Global standardisation leaks only the mean and variance of the test features, which is usually negligible.",
        False,
    ),
    (
        "th-leak-02",
        "scaling-is-worst",
        "Scaling on the whole dataset affects every feature, but only through the mean and variance, so it's mild.",
        False,
    ),
    # th-leak-02 t7b-035 (false flag): "The random split by visit is only a minor issue" read as "visits minor"
    (
        "th-leak-02",
        "post-discharge-mild",
        "The random split by visit is only a minor issue: each visit is a separate admission event.",
        False,
    ),
    (
        "th-leak-02",
        "post-discharge-mild",
        "The post-discharge visit count is by far the worst: it is measured inside the very 30-day window we "
        "are predicting.",
        False,
    ),
    (
        "th-leak-02",
        "post-discharge-mild",
        "Scaling on the whole dataset is a minor issue compared with the visits feature.",
        False,
    ),
    ("th-leak-02", "post-discharge-mild", "the post-discharge visits feature is a minor issue", True),
    ("th-leak-02", "post-discharge-mild", "The post-discharge visits are a minor problem", True),
    ("th-leak-02", "post-discharge-mild", "post-discharge visit count: mild", True),
    ("th-leak-02", "post-discharge-mild", "Visits after discharge is fine, it's a strong predictor.", True),
    # th-leak-02 t7b-035: "The random split by visit is only a minor issue: each visit is a separate admission
    # event"
    (
        "th-leak-02",
        "patient-overlap-harmless",
        "The random split by visit is only a minor issue: each visit is a separate admission event, so having "
        "the same patient in train and test doesn't leak labels.",
        True,
    ),
    ("th-leak-02", "patient-overlap-harmless", "visits are independent samples, so a row split is ok", True),
    ("th-leak-02", "patient-overlap-harmless", "Splitting by visit is harmless here.", True),
    (
        "th-leak-02",
        "patient-overlap-harmless",
        "A random split by visit is not fine: the same patient lands on both sides.",
        False,
    ),
    (
        "th-leak-02",
        "patient-overlap-harmless",
        "Visits of one patient are not independent events, so split by patient.",
        False,
    ),
    (
        "th-leak-02",
        "patient-overlap-harmless",
        "Random splits are fine for iid rows, but visits of one patient are not iid.",
        False,
    ),
    ("th2a-fe-01", "one-hot-best-for-trees", "one-hot for high cardinality features is the best", True),
    (
        "th2a-fe-01",
        "one-hot-best-for-trees",
        "One-hot is poor for high cardinality; count encoding works better",
        False,
    ),
    # th-shift-01 t7b-037: "Concept: P(y|x) shifts → also caught before labels ... a PSI alert on the features"
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        "Concept: P(y|x) shifts → also caught before labels, since when P(y|x) moves the inputs move with it, "
        "so a PSI alert on the features is the early warning.",
        True,
    ),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        "concept drift is detectable before labels arrive, because the features shift too",
        True,
    ),
    ("th-shift-01", "concept-drift-from-inputs", "- concept drift -> caught early, before labels, with PSI", True),
    ("th-shift-01", "concept-drift-from-inputs", "Concept drift can't be caught before labels arrive.", False),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        "concept drift only becomes visible once labels arrive, never before labels",
        False,
    ),
    ("th-shift-01", "concept-drift-from-inputs", "Concept drift: you can't see it before labels come in.", False),
    # th-shift-01 t7b-039: "any confirmed covariate-shift alert triggers a retrain"
    (
        "th-shift-01",
        "drift-alarm-means-retrain",
        "Accuracy on fresh labels was flat, but I'd still retrain: a drift alarm means the training "
        "distribution is stale and the model will degrade eventually, so our team rule is that any confirmed "
        "covariate-shift alert triggers a retrain.",
        True,
    ),
    ("th-shift-01", "drift-alarm-means-retrain", "every covariate shift alert should trigger retraining", True),
    ("th-shift-01", "drift-alarm-means-retrain", "any drift alarm means we retrain", True),
    (
        "th-shift-01",
        "drift-alarm-means-retrain",
        "A drift alert that triggers a retrain every week causes alert fatigue; weight alerts by importance.",
        False,
    ),
    ("th-shift-01", "drift-alarm-means-retrain", "Not every drift alert should trigger a retrain.", False),
    ("th-shift-01", "drift-alarm-means-retrain", "Any drift alarm deserves a look, but not a retrain.", False),
    # th-biz-01 t7b-040: "Both can't really be true ... the campaign necessarily produces more purchases"
    (
        "th-biz-01",
        "higher-precision-more-purchases",
        "Both can't really be true at the model level: if a larger share of notified users buy, the campaign "
        "necessarily produces more purchases, so the drop has to come from finance's attribution window or a "
        "seasonal dip, not from the model.",
        True,
    ),
    ("th-biz-01", "higher-precision-more-purchases", "higher precision always means more buyers", True),
    ("th-biz-01", "higher-precision-more-purchases", "Both can't be true; finance must be counting wrong.", True),
    (
        "th-biz-01",
        "higher-precision-more-purchases",
        "Higher precision doesn't necessarily mean more purchases.",
        False,
    ),
    (
        "th-biz-01",
        "higher-precision-more-purchases",
        "Both can be true: precision rose because the model notified far fewer users.",
        False,
    ),
    (
        "th-biz-01",
        "higher-precision-more-purchases",
        "A higher share of notified users buying does not guarantee more purchases if fewer users are notified.",
        False,
    ),
    (
        "th-biz-01",
        "higher-precision-more-purchases",
        "It's not that finance is wrong; both can be true at once.",
        False,
    ),
    # t7b: "both ... never trained on ... true" in a th-biz-03 right text; the cue now wants the words adjacent
    (
        "th-biz-01",
        "higher-precision-more-purchases",
        "Take a recent holdout period both models never trained on, apply each at its chosen threshold, and "
        "count true and false positives and negatives",
        False,
    ),
    # th-biz-01 t7b-041: "value of a send = observed 24h purchase rate of notified users × margin"
    (
        "th-biz-01",
        "purchases-all-caused",
        "- per score bucket, value of a send = observed 24h purchase rate of notified users × margin",
        True,
    ),
    ("th-biz-01", "purchases-all-caused", "- value per send = raw conversion rate × margin", True),
    ("th-biz-01", "purchases-all-caused", "value of each notification = observed purchase rate × margin", True),
    (
        "th-biz-01",
        "purchases-all-caused",
        "The value of a send isn't the observed purchase rate, since some users would buy anyway.",
        False,
    ),
    (
        "th-biz-01",
        "purchases-all-caused",
        "Estimate the value of a send as the purchase rate of notified users minus that of a randomised "
        "holdout in the same bucket.",
        False,
    ),
    (
        "th-biz-01",
        "purchases-all-caused",
        "Estimate that value with small randomised holdouts in each score bucket, since the 24-hour purchase "
        "window also credits users who would have bought anyway.",
        False,
    ),
    # th-biz-02 t7b-044: "the highest-risk customers are the ones with the most to gain ... the most responsive"
    (
        "th-biz-02",
        "riskiest-best-targets",
        "The ranking was right but the discount was too small for the people at the top: the highest-risk "
        "customers are the ones with the most to gain from an offer, so they're the most responsive.",
        True,
    ),
    ("th-biz-02", "riskiest-best-targets", "- top-risk users are the most persuadable, so target them", True),
    (
        "th-biz-02",
        "riskiest-best-targets",
        "Top-risk customers gain nothing from the discount: they leave anyway.",
        False,
    ),
    ("th-biz-02", "riskiest-best-targets", "high-risk customers are the most receptive to an offer", True),
    (
        "th-biz-02",
        "riskiest-best-targets",
        "The highest-risk customers are not the most responsive; many leave anyway.",
        False,
    ),
    (
        "th-biz-02",
        "riskiest-best-targets",
        "High-risk customers respond least, because many have already decided to leave.",
        False,
    ),
    (
        "th-biz-02",
        "riskiest-best-targets",
        "Target by predicted uplift, not by risk: high risk doesn't mean responsive.",
        False,
    ),
    # th-biz-02 t7b-045: "compare retention of the targetted top 10% against the rest ... or this quarter vs last
    # quarter"
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "to measure the campaign i'd compare retention of the targetted top 10% against the rest of the "
        "customers who werent contacted, or this quarter vs last quarter; the gap is the campaigns effect.",
        True,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "measure impact as retention of contacted minus retention of non-contacted customers",
        True,
    ),
    ("th-biz-02", "compare-targeted-with-rest", "- impact = retention this quarter vs last quarter", True),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "Comparing targeted with untargeted customers is biased, because they differ in risk.",
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "Don't compare this quarter with last; hold out a random control group.",
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "Measure impact with a randomised control group inside the targeted segment: retention of treated "
        "minus control is the campaign's real effect.",
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "Targeted and contacted customers differ from the rest by construction, so use a random holdout.",
        False,
    ),
    # th-biz-03 t7b-046: "2% more pairs ranked right ≈ 2% more frauds caught at the same alert volume"
    (
        "th-biz-03",
        "auc-gain-proportional-value",
        "ΔAUC = 0.02. AUC ≈ share of correctly ordered pairs, so 2% more pairs ranked right ≈ 2% more frauds "
        "caught at the same alert volume.",
        True,
    ),
    ("th-biz-03", "auc-gain-proportional-value", "pairs ordered correctly means more positives caught", True),
    ("th-biz-03", "auc-gain-proportional-value", "2% more pairs ordered correctly, so 2% more frauds caught", True),
    (
        "th-biz-03",
        "auc-gain-proportional-value",
        "More pairs ranked correctly doesn't translate into more frauds caught unless they straddle the threshold.",
        False,
    ),
    # the pre-existing "2 percent more value" cue fired on this right sentence; it now wants the words adjacent
    ("th-biz-03", "auc-gain-proportional-value", "AUC up 2 points = 2 percent more revenue", True),
    (
        "th-biz-03",
        "auc-gain-proportional-value",
        "At our threshold, the new model catches 2% more frauds at the same alert volume: that's the number to value.",
        False,
    ),
    (
        "th-biz-03",
        "auc-gain-proportional-value",
        "AUC summarises ranking over all thresholds, but the business only acts at one operating point, so an "
        "AUC gain may or may not change the decisions that are actually made.",
        False,
    ),
    # th-biz-03 t7b-048: "better ordering anywhere in the list means a better model overall"
    (
        "th-biz-03",
        "auc-gain-always-valuable",
        "still a real gain. better ordering anywhere in the list means a better model overall, so it pays off "
        "eventually as thresholds move",
        True,
    ),
    ("th-biz-03", "auc-gain-always-valuable", "improved ranking anywhere in the list is worth something", True),
    ("th-biz-03", "auc-gain-always-valuable", "- better order everywhere = better model, still valuable", True),
    (
        "th-biz-03",
        "auc-gain-always-valuable",
        "Better ordering anywhere isn't worth anything unless it's near the threshold.",
        False,
    ),
    (
        "th-biz-03",
        "auc-gain-always-valuable",
        "Better ranking far below the threshold is worthless to the business.",
        False,
    ),
    (
        "th-biz-03",
        "auc-gain-always-valuable",
        "A better ranking only helps where decisions change, not anywhere in the list.",
        False,
    ),
    # th-prob-01 t7b-049: "the review team's load is driven by the 99% catch rate"
    (
        "th-prob-01",
        "reviewer-load-from-recall",
        "Operationally that was fine at my last fintech: the review team's load is driven by the 99% catch "
        "rate, so staffing scales with fraud volume, and a 1% false-alarm rate is too small to matter, so we "
        "never needed a second-stage check.",
        True,
    ),
    ("th-prob-01", "reviewer-load-from-recall", "- reviewer load set by the 99% recall", True),
    ("th-prob-01", "reviewer-load-from-recall", "queue size scales with fraud volume since we catch 99%", True),
    ("th-prob-01", "reviewer-load-from-recall", "Reviewer load is set by precision, not by the 99% recall.", False),
    (
        "th-prob-01",
        "reviewer-load-from-recall",
        "The review queue is driven by false alarms on the legitimate traffic, about ten per fraud.",
        False,
    ),
    (
        "th-prob-01",
        "reviewer-load-from-recall",
        "The queue is set by the flag rate: 99 true flags plus 999 false ones.",
        False,
    ),
    (
        "th-prob-01",
        "reviewer-load-from-recall",
        "Review load scales with total flags: 1,098 per 100,000 transactions, 999 of them false.",
        False,
    ),
    # th-prob-01 t7b-050: "a flag from a 99% accurate model is 99% trustworthy, the 1 in 1000 base rate mostly
    # cancels out"
    (
        "th-prob-01",
        "base-rate-irrelevant",
        "but since the model is 99% acurate on both classes it comes out around 99%: a flag from a 99% "
        "accurate model is 99% trustworthy, the 1 in 1000 base rate mostly cancels out of the ratio.",
        True,
    ),
    ("th-prob-01", "base-rate-irrelevant", "the prior cancels out since both error rates are 1%", True),
    ("th-prob-01", "base-rate-irrelevant", "- base rate cancels, so ~99%", True),
    (
        "th-prob-01",
        "base-rate-irrelevant",
        "The base rate doesn't cancel out: the prior odds multiply the likelihood ratio.",
        False,
    ),
    (
        "th-prob-01",
        "base-rate-irrelevant",
        "The prior never cancels; with one fraud in a thousand it dominates the answer.",
        False,
    ),
    (
        "th-prob-01",
        "base-rate-irrelevant",
        "Because legitimate transactions outnumber frauds a thousand to one, even a 1% false-alarm rate "
        "produces ten times more false flags than true ones: the posterior is driven by the prior, not just "
        "by the test's accuracy.",
        False,
    ),
    ("th-prob-01", "recall-read-as-posterior", "a flag from a 99% accurate model is 99% trustworthy", True),
    ("th-prob-01", "recall-read-as-posterior", "99% accurate test -> a flag is 99% reliable", True),
    ("th-prob-01", "recall-read-as-posterior", "accurate detector, so 99% likely it's fraud", True),
    (
        "th-prob-01",
        "recall-read-as-posterior",
        "A 99% accurate test is not 99% reliable when fraud is 1 in 1000.",
        False,
    ),
    (
        "th-prob-01",
        "recall-read-as-posterior",
        "An accurate model can be right 99% of the time overall and still be right on only 9% of its flags.",
        False,
    ),
    (
        "th-prob-01",
        "recall-read-as-posterior",
        "A 99% accurate model can still be right on only 9% of its flags.",
        False,
    ),
    # th-prob-03 t7b-052: "the assumption = features uncorrelated across the dataset"
    (
        "th-prob-03",
        "any-correlation-breaks-nb",
        "- the assumption = features uncorrelated across the dataset; check the correlation matrix and drop "
        "one of each correlated pair before training",
        True,
    ),
    ("th-prob-03", "any-correlation-breaks-nb", "features must be independent across the whole data", True),
    (
        "th-prob-03",
        "any-correlation-breaks-nb",
        "NB assumes the features are uncorrelated over the entire dataset",
        True,
    ),
    (
        "th-prob-03",
        "any-correlation-breaks-nb",
        "The assumption isn't that features are uncorrelated across the dataset; it's within each class.",
        False,
    ),
    (
        "th-prob-03",
        "any-correlation-breaks-nb",
        "Features may be correlated overall yet independent within each class.",
        False,
    ),
    ("th-prob-03", "any-correlation-breaks-nb", "Independent within each class, not independent overall.", False),
    # th-prob-03 t7b-054: "stronger laplace smoothing ... pulls the probabilities off the extremes and makes them
    # calibrated"
    (
        "th-prob-03",
        "smoothing-calibrates",
        "fix: stronger laplace smoothing (alpha up from 1 to ~10) pulls the probabilities off the extremes "
        "and makes them calibrated, then keep the 0.99 cut.",
        True,
    ),
    ("th-prob-03", "smoothing-calibrates", "more Laplace smoothing fixes the calibration", True),
    ("th-prob-03", "smoothing-calibrates", "- bump alpha -> probabilities less extreme -> calibrated", True),
    ("th-prob-03", "smoothing-calibrates", "heavier smoothing gives calibrated outputs", True),
    (
        "th-prob-03",
        "smoothing-calibrates",
        "Laplace smoothing doesn't fix calibration; calibrate on held-out data.",
        False,
    ),
    (
        "th-prob-03",
        "smoothing-calibrates",
        "Use Laplace smoothing for zero counts, then calibrate on held-out data.",
        False,
    ),
    (
        "th-prob-03",
        "smoothing-calibrates",
        "Smoothing fixes zero counts, not the double counting that drives outputs to the extremes.",
        False,
    ),
    (
        "th-prob-03",
        "smoothing-calibrates",
        "A bigger alpha makes outputs less extreme, but that is not calibration.",
        False,
    ),
    (
        "th-prob-03",
        "smoothing-calibrates",
        "Smoothing pulls the outputs off the extremes a little; only held-out calibration makes them calibrated.",
        False,
    ),
    # th-prob-05 t7b-056: "the fix is mostly a class balance thing ... that corrects the bias from the missing
    # reports"
    (
        "th-prob-05",
        "rebalance-fixes-bias",
        "the fix is mostly a class balance thing: undersample the unreported negatives to ~1:1 or upweight "
        "positives, that corrects the bias from the missing reports.",
        True,
    ),
    ("th-prob-05", "rebalance-fixes-bias", "rebalancing the classes removes the reporting bias", True),
    ("th-prob-05", "rebalance-fixes-bias", "- fix: upweight positives to fix the bias", True),
    ("th-prob-05", "rebalance-fixes-bias", "the fix is class rebalancing", True),
    (
        "th-prob-05",
        "rebalance-fixes-bias",
        "Rebalancing doesn't correct the selection bias; label a random sample.",
        False,
    ),
    (
        "th-prob-05",
        "rebalance-fixes-bias",
        "Upweighting positives changes the prior, not the bias from who reports.",
        False,
    ),
    (
        "th-prob-05",
        "rebalance-fixes-bias",
        "Weight each labelled post by the inverse of its sampling probability to correct the bias.",
        False,
    ),
    (
        "th-prob-05",
        "rebalance-fixes-bias",
        "Undersampling negatives fixes training cost, not the selection bias.",
        False,
    ),
    # th-prob-06 t7b-060: "the mean revenue is normal whatever the tails look like"
    (
        "th-prob-06",
        "clt-fast-heavy-tails",
        "yes. CLT only needs n > 30 or so; with 20k users per arm the mean revenue is normal whatever the "
        "tails look like, so the t-test intervals are fine.",
        True,
    ),
    ("th-prob-06", "clt-fast-heavy-tails", "- 20k users, mean is normal regardless of the tails", True),
    ("th-prob-06", "clt-fast-heavy-tails", "the mean revenue is normal irrespective of skew at this n", True),
    (
        "th-prob-06",
        "clt-fast-heavy-tails",
        "The sample mean is not normal regardless of the tails: heavy tails slow convergence.",
        False,
    ),
    (
        "th-prob-06",
        "clt-fast-heavy-tails",
        "The n > 30 rule of thumb fails for heavy tails; the CLT needs far more here.",
        False,
    ),
    (
        "th-prob-06",
        "clt-fast-heavy-tails",
        "Eventually, but slowly: a few very large spenders dominate the mean and its variance, so at moderate "
        "sample sizes the normal approximation and its intervals are unreliable.",
        False,
    ),
    # th-prob-07 t7b-061: "trades a bit of accuracy for calibration, since softening the logits can flip close
    # calls"
    (
        "th-prob-07",
        "temperature-changes-accuracy",
        "- temperature scaling: divide logits by T fit on val NLL; trades a bit of accuracy for calibration, "
        "since softening the logits can flip close calls to another class",
        True,
    ),
    ("th-prob-07", "temperature-changes-accuracy", "you lose a little accuracy for better calibration", True),
    (
        "th-prob-07",
        "temperature-changes-accuracy",
        "flattening the distribution can change the predicted class on close calls",
        True,
    ),
    ("th-prob-07", "temperature-changes-accuracy", "temperature scaling improves accuracy", True),
    (
        "th-prob-07",
        "temperature-changes-accuracy",
        "It doesn't trade accuracy for calibration: the argmax is unchanged.",
        False,
    ),
    ("th-prob-07", "temperature-changes-accuracy", "Softening the logits never flips the predicted class.", False),
    ("th-prob-07", "temperature-changes-accuracy", "Flattening the distribution doesn't change the argmax.", False),
    (
        "th-prob-07",
        "temperature-changes-accuracy",
        "Label smoothing can cost accuracy; temperature scaling costs none.",
        False,
    ),
    # Paraphrase pass: other writers' wordings of the same beliefs, tried against the grader after the misses
    # were fixed; each widened cue keeps right sentences in the same words that must not fire.
    (
        "th2a-fe-01",
        "hashing-collision-free",
        "Hashing never has collisions if you pick enough buckets, and you need a dictionary for it.",
        True,
    ),
    ("th2a-fe-01", "hashing-collision-free", "hashing: zero collisions with 2^24 buckets", True),
    ("th2a-fe-01", "hashing-collision-free", "hashing requires a vocabulary of all merchants", True),
    ("th2a-fe-01", "hashing-collision-free", "With hashing there's no way to avoid collisions entirely.", False),
    (
        "th2a-fe-01",
        "hashing-collision-free",
        "Hashing never removes collisions, it only makes them rarer with more buckets.",
        False,
    ),
    ("th2a-fe-01", "hashing-collision-free", "Unlike one-hot, hashing needs no dictionary.", False),
    ("th2a-fe-01", "hashing-collision-free", "hashing doesn't need a dictionary", False),
    ("th-imb-02", "smote-points-realistic", "SMOTE makes realistic samples for categorical features too.", True),
    ("th-imb-02", "smote-points-realistic", "smote generates realistic minority points", True),
    ("th-imb-02", "smote-points-realistic", "SMOTE creates realistic fraud examples", True),
    ("th-imb-02", "smote-points-realistic", "SMOTE doesn't make realistic samples for categoricals.", False),
    ("th-imb-02", "smote-points-realistic", "SMOTE can create unrealistic points between distant neighbours.", False),
    (
        "th-imb-02",
        "smote-points-realistic",
        "Interpolating one-hot columns makes points no real transaction could have.",
        False,
    ),
    ("th-leak-02", "random-split-enough", "A random row split is enough here.", True),
    ("th-leak-02", "random-split-enough", "A random visit split is ok here", True),
    ("th-leak-02", "random-split-enough", "- random row split enough, patients don't matter", True),
    ("th-leak-02", "random-split-enough", "a random row split isn't enough", False),
    ("th-leak-02", "random-split-enough", "A random row split lets the same patient land on both sides.", False),
    ("th-leak-02", "random-split-enough", "Split by patient and by time, not by random rows.", False),
    ("th-shift-01", "label-shift-undetectable", "You can't estimate label shift until labels arrive.", True),
    ("th-shift-01", "label-shift-undetectable", "we cannot detect label shift before labels come in", True),
    ("th-shift-01", "label-shift-undetectable", "- no way to measure label shift without labels", True),
    (
        "th-shift-01",
        "label-shift-undetectable",
        "You can estimate label shift without labels, from the confusion matrix.",
        False,
    ),
    (
        "th-shift-01",
        "label-shift-undetectable",
        "Label shift is visible before labels as a moving predicted-positive rate.",
        False,
    ),
    ("th-shift-01", "label-shift-undetectable", "BBSE estimates the new prior without labels.", False),
    ("th-prob-01", "both-false-alarms-is-posterior", "Two independent flags make it 99.99% fraud.", True),
    ("th-prob-01", "both-false-alarms-is-posterior", "- both flag -> 99.99% sure", True),
    ("th-prob-01", "both-false-alarms-is-posterior", "with two flags we're 99.99% certain", True),
    ("th-prob-01", "both-false-alarms-is-posterior", "It's not 99.99% fraud; it's about 91%.", False),
    (
        "th-prob-01",
        "both-false-alarms-is-posterior",
        "Odds of about 1 to 10 times 99 give about 10 to 1, so 91%.",
        False,
    ),
    (
        "th-prob-01",
        "both-false-alarms-is-posterior",
        "Both false alarms together happen 0.01% of the time, but that isn't the posterior.",
        False,
    ),
    ("th-prob-06", "20k-enough", "20,000 users per arm is plenty to detect 0.3 points.", True),
    ("th-prob-06", "20k-enough", "20 000 users per arm is enough", True),
    ("th-prob-06", "20k-enough", "20,000 users is sufficient for this lift", True),
    ("th-prob-06", "20k-enough", "20,000 users per arm is not enough for 0.3 points.", False),
    ("th-prob-06", "20k-enough", "We'd need about 68,000 users per arm; 20,000 is far too few.", False),
    ("th-prob-06", "20k-enough", "With 20,000 users per arm the test is underpowered.", False),
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "class ratio doesn't matter for an SVM since only support vectors count",
        True,
    ),
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "The class ratio does matter: few minority violations let the boundary drift.",
        False,
    ),
    # second reader: cues narrowed after they fired on right sentences
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "Comparing retention of contacted customers with the rest is biased by selection.",
        False,
    ),
    ("th-biz-02", "compare-targeted-with-rest", "A quarter vs last quarter comparison mixes in seasonality.", False),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "Retention of contacted versus uncontacted customers is confounded by selection.",
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "The gap between contacted and the rest mixes selection with the campaign effect.",
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "The effect on retention of contacted customers needs a random control.",
        False,
    ),
    (
        "th-biz-02",
        "compare-targeted-with-rest",
        "Measuring impact as contacted minus uncontacted retention is biased by selection.",
        False,
    ),
    ("th-biz-02", "compare-targeted-with-rest", "The lift is retention this quarter versus last quarter.", True),
    ("th-prob-05", "rebalance-fixes-bias", "Rebalancing fixes the class ratio, not the reporting bias", False),
    ("th-prob-05", "rebalance-fixes-bias", "Fixing the class balance won't help with the reporting bias.", False),
    (
        "th-prob-05",
        "rebalance-fixes-bias",
        "Rebalancing fixes the class ratio; fixing the class balance won't help.",
        False,
    ),
    ("th-prob-05", "rebalance-fixes-bias", "the fix is class reweighting", True),
    ("th2a-fe-01", "hashing-collision-free", "Hashing needs no dictionary or vocabulary lookup.", False),
    (
        "th2a-fe-01",
        "hashing-collision-free",
        "zero collisions only with a perfect hash, which needs a dictionary",
        False,
    ),
    ("th2a-fe-01", "hashing-collision-free", "Hashing never needs a vocabulary of merchants.", False),
    ("th2a-fe-01", "hashing-collision-free", "Hashing needs a dictionary of every merchant id.", True),
    (
        "th2a-fe-01",
        "one-hot-best-for-trees",
        "A tree split on one-hot isolates a particular merchant, which is too rare",
        False,
    ),
    (
        "th2a-fe-01",
        "one-hot-best-for-trees",
        "A tree split on one-hot isolates a particular merchant, which rarely matters",
        False,
    ),
    (
        "th2a-fe-01",
        "target-encoding-safe",
        "Smoothing handles rare merchants, and out-of-fold computation prevents leakage.",
        False,
    ),
    (
        "th2a-fe-01",
        "target-encoding-safe",
        "Smoothing already handles rare merchants; out-of-fold prevents leakage.",
        False,
    ),
    ("th2a-fe-01", "target-encoding-safe", "In-sample encoding is not fine, it leaks.", False),
    ("th2a-fe-01", "target-encoding-safe", "Smoothing alone prevents leakage.", True),
    (
        "th2a-fe-05",
        "stumps-interact",
        "Residuals often contain interactions the model missed, so slice residuals by pairs",
        False,
    ),
    ("th2a-fe-05", "stumps-interact", "With stumps, residuals contain interactions the stumps can't model.", False),
    ("th2a-fe-05", "stumps-interact", "The residuals carry the interaction, so later stumps pick it up.", True),
    (
        "th2a-fe-05",
        "all-crosses-at-once",
        "Generate all pairwise crosses, fit with L1 and tune lambda on validation, then check each family.",
        False,
    ),
    (
        "th2a-fe-05",
        "all-crosses-at-once",
        "Generate all pairwise crosses; L1 handles the selection and validation handles the rest.",
        False,
    ),
    ("th2a-fe-05", "all-crosses-at-once", "Generate every cross at once, L1 is enough to prune the junk.", True),
    (
        "th2a-fe-05",
        "all-crosses-at-once",
        "Add all pairwise crosses, fit with L1, and weed out the families that fail validation.",
        False,
    ),
    (
        "th2a-fe-05",
        "all-crosses-at-once",
        "Add all pairwise crosses with L1, then rule out families that don't improve validation.",
        False,
    ),
    ("th2a-fe-05", "all-crosses-at-once", "Throw in every interaction and let L1 sort them out.", True),
    ("th2a-svm-02", "kernel-trick-free", "A kernel SVM costs far more than the same linear SVM.", False),
    ("th2a-svm-02", "kernel-trick-free", "Training a linear SVM is cheap; the kernel SVM scales quadratically.", False),
    ("th2a-svm-02", "kernel-svm-scales", "A kernel SVM costs far more than the same linear SVM.", False),
    ("th2a-svm-02", "kernel-svm-scales", "A kernel SVM does not scale to millions of rows.", False),
    ("th2a-svm-02", "kernel-svm-scales", "Kernel SVM training is quadratic, unlike a linear SVM's linear cost.", False),
    ("th2a-svm-02", "kernel-svm-scales", "kernel SVM training is linear in n", True),
    ("th2a-svm-02", "kernel-svm-scales", "kernel SVM cost is linear in n", True),
    ("th2a-svm-02", "kernel-svm-scales", "An RBF SVM works fine on large data.", True),
    (
        "th2a-svm-04",
        "ship-svm-max-margin",
        "use the decision function score as a confidence only after Platt scaling",
        False,
    ),
    ("th2a-svm-04", "ship-svm-max-margin", "Use the SVM decision value as a confidence after calibrating it.", False),
    ("th2a-svm-04", "ship-svm-max-margin", "read the decision function as a confidence", True),
    (
        "th2a-hps-03",
        "lower-minimum-budget",
        "Raising eta would only make it worse; raise the minimum budget instead",
        False,
    ),
    ("th2a-hps-03", "lower-minimum-budget", "Bump η to 5.", True),
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "Imbalance doesn't matter for the ranking, only the threshold moves.",
        False,
    ),
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "Imbalance doesn't hurt the ranking, but it moves the SVM margin.",
        False,
    ),
    ("th2a-svm-05", "svm-immune-to-imbalance", "Imbalance is not a problem for an SVM.", True),
]


CHECKS = Checks(rows=[(list(ADDED), 3, 3)], cue_cap=list(ADDED), right_texts=T7B_PROMPTS, added=[ADDED])
