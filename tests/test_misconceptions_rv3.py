"""Misconception cues of the rv3 pass: one misconception per mechanism key point a fluent candidate could
state the wrong way round, in diagnosis, experimentation, probability and mlops.

Each misconception has four wrong sentences written as different candidates would type them (at most one
honestly left uncaught, marked False) and three right ones with the same vocabulary (the correct claim, a
denial of the wrong one, a related true statement) that must not match. Matching is the grader's own
(``Matcher.states``)."""

from __future__ import annotations

import pytest

from bot.core.curriculum import Curriculum
from bot.core.matcher import Matcher
from tests.misconception_support import case_ids, check_added, check_cue_cap, check_right_texts, check_rows, fired

#: every misconception this pass added, with its cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-imb-01", "roc-punishes-false-alarms"): [
        "false alarms|positives drag|pull|push|tank* roc|auc|fpr down",
        "false alarms|positives hurt|lower|reduce|drop|tank* roc|auc a lot|heavily|significantly|sharply",
        "roc|auc|fpr sensitive false alarms|positives",
        "roc|auc|fpr penaliz*|punish* false alarms|positives heavily|strongly|hard",
    ],
    ("th-imb-01", "weighted-scores-are-probabilities"): [
        "weight*|resampl*|oversampl*|smote still|stay* calibrated",
        "weight*|resampl*|oversampl*|smote keep*|preserv* calibration|probabilities",
        "no need recalibrat*",
        "scores|probabilities still|stay calibrated after weight*|resampl*|oversampl*",
    ],
    ("th-imb-01", "threshold-at-half"): [
        "=threshold 0.5",
        "=default threshold",
        "threshold|cutoff maximi* f1|accuracy",
        "max* f1|accuracy threshold|cutoff",
    ],
    ("th-imb-01", "budget-keeps-fixed-threshold"): [
        "report|keep|use overall|global auc|accuracy budget|500",
        "budget|500 doesn't|doesnt change metric|threshold",
        "budget|500 does not change metric|threshold",
        "keep same|fixed probability threshold budget|500",
    ],
    ("th-imb-01", "count-frauds-equally"): [
        "every|each|all fraud* count* same|equally",
        "rank* purely|only probability regardless amount",
        "amount not matter*",
        "ignore amount|dollar*",
    ],
    ("th-imb-01", "fixed-threshold-fills-queue"): [
        "fixed|static|constant threshold|cutoff keep*|give*|yield*|guarantee* 500",
        "fixed|static|constant threshold|cutoff fine|enough|works",
        "set threshold once",
        "same threshold every day",
    ],
    ("th-imb-02", "precision-prevalence-free"): [
        "precision independent|invariant|insensitive prevalence|prior|imbalance|balance|base",
        "precision not depend* prevalence|prior|imbalance|balance|base|positive",
        "prevalence|prior|imbalance|balance not affect*|change*|impact* precision",
        "same precision regardless|whatever prevalence|prior|imbalance|balance|base",
    ],
    ("th-imb-02", "smote-points-realistic"): [
        "smote|synthetic points|samples realistic",
        "smote work* fine|well categorical|discrete|dimension*|one-hot",
        "smote handl* categorical|discrete|dimension*|one-hot",
        "interpolat* always realistic|valid",
    ],
    ("th-imb-02", "resampling-required"): [
        "weights|focal not handl*|help*|enough|work*|sufficient|cope",
        "smote|resampl*|oversampl* required|necessary|mandatory",
        "must|need resampl*|oversampl*|smote",
    ],
    ("th-imb-02", "big-weights-stable"): [
        "weight* harmless|innocuous",
        "weight* not affect* gradient*|training|stability",
        "gradients stay|remain stable",
        "larger|bigger|heav* weight* stable|stabler|smooth*",
    ],
    ("th-imb-02", "undersampling-never"): [
        "undersampl* always bad|worse|hurt*|loses|lose",
        "never undersampl*",
        "undersampl* not worth",
        "undersampl* useless|pointless",
    ],
    ("th-leak-01", "snapshot-features-fine"): [
        "latest|current|today* snapshot fine|ok|okay",
        "snapshot fine|ok|okay|enough",
        "timestamps not matter*",
        "use latest|current values|snapshot",
    ],
    ("th-leak-01", "fit-scaler-on-all"): [
        "fit* scaler|encoder|scaling|encoding|normali* whole|full|entire|all data*|dataset",
        "same customer* both sides|train* fine|harmless|ok",
        "customer overlap fine|harmless|ok",
        "scaling|scaler|encoder whole|full|entire dataset fine|ok|harmless",
    ],
    ("th-leak-01", "leakage-only-in-prod"): [
        "only confirm|detect|see|tell leak* production|prod|online",
        "offline not reproduc*|show|detect|catch",
        "need* production|prod data confirm|detect leak*",
        "leak* only shows|appears production|prod",
    ],
    ("th-leak-01", "skew-from-metrics"): [
        "skew compar* accuracy|metrics|auc",
        "skew compar* mean*|averages|aggregate*|distribution*",
        "row not needed|necessary",
        "skew detect* drop|accuracy|metrics",
    ],
    ("th-leak-01", "shift-means-pipeline-bug"): [
        "shift|drift same|identical skew",
        "shift|drift means|implies pipeline|bug|broken",
        "shift|drift skew same|identical",
        "distribution* chang* pipeline|code broken|bug",
    ],
    ("th-leak-02", "post-discharge-mild"): [
        "discharge|visits minor|mild|small|harmless|fine",
        "visits feature fine|ok|okay|useful",
        "visits less serious|severe|bad",
        "visits available prediction|discharge",
    ],
    ("th-leak-02", "target-encoding-safe"): [
        "target encod* safe|fine|harmless|ok",
        "encod* just|only average|mean safe|fine|harmless",
        "encod* mean|average no leak*",
        "target encod* no|not leak*",
    ],
    ("th-leak-02", "random-split-enough"): [
        "random split|shuffle fine|enough|ok|works",
        "random* split rows fine|enough|ok",
        "time|temporal split unnecessary|overkill",
        "no need group*|split* patient|time",
    ],
    ("th-leak-02", "preprocess-before-cv"): [
        "preprocess*|transform*|scal*|encod* once cross|cv|split*|fold*",
        "preprocess*|transform*|scal*|encod* whole|full|entire dataset before|then",
        "fit* transform*|scaler|encoder before split*|cv|cross",
    ],
    ("th-leak-02", "high-score-is-good"): [
        "high|great|good score|auc|accuracy means model|good",
        "too good not|no problem|issue|concern",
        "no need sanity|check*|test*",
        "shuffl* labels|target still|also score|high",
    ],
    ("th-shift-01", "covariate-needs-labels"): [
        "=covariate shift|drift need*|require* labels",
        "need* labels detect covariate",
        "covariate not detect* without labels",
        "wait labels detect covariate",
    ],
    ("th-shift-01", "label-shift-changes-features"): [
        "label shift p y x chang*",
        "label shift frauds|positives look different",
        "label shift relationship chang*",
        "label shift p x y chang*",
    ],
    ("th-shift-01", "label-shift-undetectable"): [
        "label shift not detect*|estimat*|see* without|until labels",
        "label shift need* labels|ground",
        "label shift invisible|undetectable",
        "wait labels detect|estimat* label shift|prior",
    ],
    ("th-shift-01", "wait-for-labels"): [
        "nothing monitor|watch|do until|before labels",
        "wait labels nothing",
        "no know*|tell|signal until|before labels",
        "only monitor* after|once labels",
    ],
    ("th-shift-01", "all-drift-equal"): [
        "every|all feature* drift equally|same",
        "overall performance|accuracy|metrics enough|sufficient",
        "alert every|all feature* drift*",
        "all drift alerts equal*|same",
    ],
    ("th-shift-01", "reweight-fixes-everything"): [
        "importance weight* fix*|solve*|handle* any|all shift",
        "reweight* fix*|solve* any|all shift",
        "weight* work* even|regions no|empty data|training",
        "importance weight* always work*|fix*",
    ],
    ("th-shift-02", "feedback-loop-self-corrects"): [
        "retrain* daily|fresh|more|often correct*|fix*|self",
        "daily retrain* prevent*|avoid*|solve* feedback|bias|narrow*",
        "fresh clicks|data fix*|correct* error*|mistake*|bias",
        "feedback loop self correct*",
    ],
    ("th-shift-02", "exploration-wastes-traffic"): [
        "exploration|random* waste*|hurt*|lose*",
        "always show|serve best|top",
        "greedy always optimal|best",
        "exploration not needed|worth|necessary",
    ],
    ("th-shift-02", "ips-without-logging"): [
        "propensit* not need* log*",
        "no need log* propensit*|probabilit*",
        "estimate propensit* later|afterwards",
        "ips|propensity work* without log*",
    ],
    ("th-shift-02", "explore-uniformly"): [
        "uniform* random* whole|entire|catalog*",
        "random* whole|entire catalog*",
        "explor* uniform*",
    ],
    ("th-shift-02", "new-items-need-clicks"): [
        "new items only scored|ranked after|once clicks",
        "new items need* clicks|history|interactions",
        "nothing|no way score new items",
        "cold start not solv*|fix*",
    ],
    ("th-shift-02", "exploration-pure-cost"): [
        "exploration|explore pure|only cost",
        "engagement drop* switch|turn off|stop explor*",
        "explor* not worth|pay",
    ],
    ("th-biz-01", "higher-precision-more-purchases"): [
        "higher|increased|better precision more|increase* purchases|sales|revenue|buyers",
        "precision rose|up|increase* purchases|sales|revenue rose|up|increase*",
        "precision up|rose|increase* recall up|same|unchanged",
        "more precise more|increase* purchases|sales",
    ],
    ("th-biz-01", "precision-is-the-test-metric"): [
        "a b test|ab test* precision|conversion notified",
        "test|experiment metric precision",
        "compare precision arms|groups|variants",
        "no guardrails needed|need*",
    ],
    ("th-biz-01", "send-to-everyone"): [
        "notifications|pushes|sending free|costless",
        "send* everyone|everybody|all users",
        "no cost send*|notif*|push*",
    ],
    ("th-biz-01", "purchases-all-caused"): [
        "every|all purchase* caused|driven|because notif*|push",
        "purchases within 24 hours caused|due|because",
        "notification caused purchase*|sale*",
        "no holdout needed|need*",
    ],
    ("th-biz-01", "cutoff-set-once"): [
        "cutoff|threshold fixed|once forever|permanent*",
        "no caps|cap need*|needed",
        "caps unnecessary|not needed",
        "set cutoff|threshold once",
    ],
    ("th-biz-02", "compare-to-untargeted"): [
        "targeted vs|versus untargeted|non",
        "compar* treated|targeted rest|others|everyone",
        "compar* last|previous quarter|year",
        "before after compar*",
    ],
    ("th-biz-02", "uplift-from-churn-model"): [
        "uplift same|equal* risk|churn",
        "churn model|score gives|measures uplift",
        "=uplift without random*|experiment*",
        "high* risk high* uplift",
    ],
    ("th-biz-02", "individual-effect-observed"): [
        "observ*|measur*|see individual effect*|uplift",
        "individual effect*|uplift observable|measurable",
        "each customer* effect|uplift observ*|measur*|known",
    ],
    ("th-biz-02", "qini-from-auc"): [
        "evaluat* uplift auc|accuracy",
        "uplift model auc|accuracy churn",
        "auc churn labels uplift",
    ],
    ("th-biz-03", "value-from-auc-directly"): [
        "no need threshold*",
        "rule thumb auc|dollar*",
        "same threshold both models",
        "multiply auc gain|improvement|increase revenue|dollars|volume",
    ],
    ("th-biz-03", "backtest-not-needed"): [
        "backtest|offline useless|pointless",
        "only a b|ab test tell*|dollars|value",
        "offline not tell* dollars|value",
    ],
    ("th-biz-03", "point-estimate-enough"): [
        "point estimate enough|fine|sufficient",
        "single number enough|fine|sufficient",
        "no need interval|bootstrap|confidence",
        "no interval needed",
    ],
    ("th-biz-03", "offline-dollars-final"): [
        "offline estimate|dollars final|exact|reliable",
        "no need a b|ab|online test*",
        "skip a b|ab|online test*",
    ],
    ("th-biz-03", "full-auc-best"): [
        "full|overall auc best|right|ideal",
        "auc covers all thresholds best|better",
        "auc best metric",
    ],
}

TOUCHED: list[tuple[str, str]] = list(ADDED)

CASES: list[tuple[str, str, str, bool]] = [
    # th-imb-01/roc-flatters
    (
        "th-imb-01",
        "roc-punishes-false-alarms",
        "Thousands of false alarms would drag the ROC AUC down a lot, so ROC keeps you honest.",
        True,
    ),
    ("th-imb-01", "roc-punishes-false-alarms", "roc auc is very sensitive to false positives so it's fine here", True),
    ("th-imb-01", "roc-punishes-false-alarms", "- FPR penalizes false alarms heavily, roc is good", True),
    ("th-imb-01", "roc-punishes-false-alarms", "false positives would tank the auc immediately", False),
    (
        "th-imb-01",
        "roc-punishes-false-alarms",
        "Thousands of false alarms barely move ROC-AUC because the FPR divides by the huge pool of negatives.",
        False,
    ),
    (
        "th-imb-01",
        "roc-punishes-false-alarms",
        "False alarms do not drag the ROC AUC down much here, precision shows them.",
        False,
    ),
    (
        "th-imb-01",
        "roc-punishes-false-alarms",
        "Precision drops a lot with false alarms, while ROC AUC hardly changes.",
        False,
    ),
    # th-imb-01/recalibrate
    (
        "th-imb-01",
        "weighted-scores-are-probabilities",
        "Class weights keep the probabilities calibrated, so we can threshold on them directly.",
        True,
    ),
    (
        "th-imb-01",
        "weighted-scores-are-probabilities",
        "after oversampling the scores are still calibrated probabilities",
        True,
    ),
    (
        "th-imb-01",
        "weighted-scores-are-probabilities",
        "no need to recalibrate, weighting doesn't change the probabilities",
        True,
    ),
    (
        "th-imb-01",
        "weighted-scores-are-probabilities",
        "resampling preserves calibration since the model just sees more positives",
        True,
    ),
    (
        "th-imb-01",
        "weighted-scores-are-probabilities",
        "Weighting does not keep calibration: recalibrate on real-prevalence data.",
        False,
    ),
    (
        "th-imb-01",
        "weighted-scores-are-probabilities",
        "After resampling the scores are inflated, so recalibrate before using them as probabilities.",
        False,
    ),
    (
        "th-imb-01",
        "weighted-scores-are-probabilities",
        "Scores are not calibrated after weighting; fit Platt or isotonic on natural data.",
        False,
    ),
    # th-imb-01/operating-point
    ("th-imb-01", "threshold-at-half", "I'd just keep the threshold at 0.5 and ship it.", True),
    ("th-imb-01", "threshold-at-half", "pick the threshold that maximizes F1", True),
    ("th-imb-01", "threshold-at-half", "use the default threshold, the model outputs probabilities anyway", True),
    ("th-imb-01", "threshold-at-half", "Choose the cutoff that maximises accuracy on validation.", True),
    (
        "th-imb-01",
        "threshold-at-half",
        "Don't use 0.5; choose the threshold where expected cost is lowest given review capacity.",
        False,
    ),
    (
        "th-imb-01",
        "threshold-at-half",
        "The threshold comes from the business costs of a missed fraud and a false alarm.",
        False,
    ),
    (
        "th-imb-01",
        "threshold-at-half",
        "The F1 score ignores costs, so set the cutoff by expected cost instead.",
        False,
    ),
    # th-imb-01/top-k
    ("th-imb-01", "budget-keeps-fixed-threshold", "The budget doesn't change the metric, keep reporting AUC.", True),
    (
        "th-imb-01",
        "budget-keeps-fixed-threshold",
        "Keep the same probability threshold; the 500 budget is just an ops constraint.",
        False,
    ),
    ("th-imb-01", "budget-keeps-fixed-threshold", "still report overall AUC even with the 500 budget", True),
    (
        "th-imb-01",
        "budget-keeps-fixed-threshold",
        "a review budget of 500 does not change the metric or the threshold much",
        True,
    ),
    (
        "th-imb-01",
        "budget-keeps-fixed-threshold",
        "With a 500 budget, report precision@500 and recall at that budget.",
        False,
    ),
    (
        "th-imb-01",
        "budget-keeps-fixed-threshold",
        "The threshold is the 500th score each day, not a fixed probability.",
        False,
    ),
    (
        "th-imb-01",
        "budget-keeps-fixed-threshold",
        "Overall AUC is less relevant; what matters is precision at 500.",
        False,
    ),
    # th-imb-01/value-weighted
    (
        "th-imb-01",
        "count-frauds-equally",
        "Every fraud counts the same, we just want to catch as many as possible.",
        True,
    ),
    ("th-imb-01", "count-frauds-equally", "rank purely by probability regardless of amount", True),
    ("th-imb-01", "count-frauds-equally", "amount doesnt matter, a fraud is a fraud", True),
    ("th-imb-01", "count-frauds-equally", "I'd ignore the dollar amounts and maximise the count caught.", True),
    ("th-imb-01", "count-frauds-equally", "Frauds don't count equally; weight them by amount.", False),
    ("th-imb-01", "count-frauds-equally", "Rank by probability times amount so large frauds come first.", False),
    ("th-imb-01", "count-frauds-equally", "The amount matters: a $5,000 fraud outweighs ten $20 ones.", False),
    # th-imb-01/drift-volume
    (
        "th-imb-01",
        "fixed-threshold-fills-queue",
        "A fixed threshold that gives 500 alerts on validation keeps giving 500 in production.",
        True,
    ),
    ("th-imb-01", "fixed-threshold-fills-queue", "static cutoff is fine, queue will be stable", True),
    ("th-imb-01", "fixed-threshold-fills-queue", "set the threshold once from last month's data and leave it", True),
    ("th-imb-01", "fixed-threshold-fills-queue", "use the same threshold every day", True),
    (
        "th-imb-01",
        "fixed-threshold-fills-queue",
        "A fixed threshold would over- or under-fill the queue because daily volume changes.",
        False,
    ),
    (
        "th-imb-01",
        "fixed-threshold-fills-queue",
        "Take the top 500 by rank each day rather than a fixed cutoff.",
        False,
    ),
    (
        "th-imb-01",
        "fixed-threshold-fills-queue",
        "A static cutoff is not enough; monitor queue size as volume varies.",
        False,
    ),
    # th-imb-02/prevalence-precision
    (
        "th-imb-02",
        "precision-prevalence-free",
        "Precision is independent of prevalence, so the drop must be drift.",
        True,
    ),
    ("th-imb-02", "precision-prevalence-free", "precision doesnt depend on the base rate, only on the model", True),
    ("th-imb-02", "precision-prevalence-free", "Class balance doesn't affect precision, only accuracy.", True),
    ("th-imb-02", "precision-prevalence-free", "precision is invariant to class imbalance", True),
    (
        "th-imb-02",
        "precision-prevalence-free",
        "Precision depends on prevalence: inflate the positive rate and precision rises.",
        False,
    ),
    (
        "th-imb-02",
        "precision-prevalence-free",
        "TPR and FPR are independent of prevalence, but precision is not.",
        False,
    ),
    (
        "th-imb-02",
        "precision-prevalence-free",
        "Evaluate on the natural class distribution because prevalence changes precision.",
        False,
    ),
    # th-imb-02/smote-artifacts
    (
        "th-imb-02",
        "smote-points-realistic",
        "SMOTE points are realistic, they're just interpolations between real frauds.",
        True,
    ),
    ("th-imb-02", "smote-points-realistic", "smote works fine for categorical features too", True),
    ("th-imb-02", "smote-points-realistic", "SMOTE handles high dimensional data well", True),
    ("th-imb-02", "smote-points-realistic", "interpolation always gives valid points", True),
    (
        "th-imb-02",
        "smote-points-realistic",
        "SMOTE's synthetic points are unrealistic for categorical features.",
        False,
    ),
    (
        "th-imb-02",
        "smote-points-realistic",
        "SMOTE does not work well in high dimensions, the neighbours are far apart.",
        False,
    ),
    (
        "th-imb-02",
        "smote-points-realistic",
        "Interpolating one-hot features gives values that are not realistic.",
        False,
    ),
    # th-imb-02/alternatives
    ("th-imb-02", "resampling-required", "class weights can't handle 1:1000, you have to oversample", True),
    ("th-imb-02", "resampling-required", "Focal loss doesn't really help with imbalance this severe.", True),
    ("th-imb-02", "resampling-required", "class weights are not enough, SMOTE is required", True),
    ("th-imb-02", "resampling-required", "you must resample at this ratio", True),
    (
        "th-imb-02",
        "resampling-required",
        "Class weights or focal loss often do as well as SMOTE without distorting the data.",
        False,
    ),
    ("th-imb-02", "resampling-required", "You don't have to resample; class weights work and keep every row.", False),
    (
        "th-imb-02",
        "resampling-required",
        "Whether weights or resampling, recalibrate the scores on real-prevalence data.",
        False,
    ),
    # th-imb-02/gradient-noise
    ("th-imb-02", "big-weights-stable", "Weights are harmless for SGD, they just rescale the loss.", True),
    ("th-imb-02", "big-weights-stable", "big class weights don't affect training stability", True),
    ("th-imb-02", "big-weights-stable", "gradients stay stable with a 999 weight", True),
    ("th-imb-02", "big-weights-stable", "heavier weights make training smoother since positives are seen more", True),
    (
        "th-imb-02",
        "big-weights-stable",
        "Heavy weights make gradients noisy because a few positives dominate a batch.",
        False,
    ),
    (
        "th-imb-02",
        "big-weights-stable",
        "Gradients do not stay stable with 999x weights; lower the learning rate.",
        False,
    ),
    (
        "th-imb-02",
        "big-weights-stable",
        "A milder weight like the square root of the ratio keeps training more stable.",
        False,
    ),
    # th-imb-02/when-resample
    ("th-imb-02", "undersampling-never", "undersampling is always bad, you throw away data", True),
    ("th-imb-02", "undersampling-never", "Never undersample, you lose information.", True),
    ("th-imb-02", "undersampling-never", "undersampling always hurts the model", True),
    ("th-imb-02", "undersampling-never", "Undersampling isn't worth it when you have lots of data.", True),
    (
        "th-imb-02",
        "undersampling-never",
        "Undersampling negatives wins when data is huge; correct probabilities for the sampling rate.",
        False,
    ),
    ("th-imb-02", "undersampling-never", "Undersampling is not always bad: it cuts training cost at scale.", False),
    (
        "th-imb-02",
        "undersampling-never",
        "Undersampling throws away some negatives, so correct the scores afterwards.",
        False,
    ),
    # th-leak-01/point-in-time
    (
        "th-leak-01",
        "snapshot-features-fine",
        "Using the latest snapshot of the customer table is fine, it's real data.",
        True,
    ),
    ("th-leak-01", "snapshot-features-fine", "timestamps don't matter as long as the feature exists in prod", True),
    ("th-leak-01", "snapshot-features-fine", "just use current values of the aggregates for every row", True),
    ("th-leak-01", "snapshot-features-fine", "snapshot is ok for training", True),
    (
        "th-leak-01",
        "snapshot-features-fine",
        "A snapshot taken after churn is not fine; compute features as of the prediction time.",
        False,
    ),
    (
        "th-leak-01",
        "snapshot-features-fine",
        "Timestamps matter: each aggregate must use only data before the prediction moment.",
        False,
    ),
    ("th-leak-01", "snapshot-features-fine", "Use point-in-time joins, not the latest snapshot.", False),
    # th-leak-01/entity-and-preprocessing
    ("th-leak-01", "fit-scaler-on-all", "Fitting the scaler on the whole dataset is standard and harmless.", True),
    ("th-leak-01", "fit-scaler-on-all", "same customer in both train and val is fine, rows are independent", True),
    ("th-leak-01", "fit-scaler-on-all", "customer overlap is harmless", True),
    ("th-leak-01", "fit-scaler-on-all", "fit the target encoder on all data before splitting", True),
    ("th-leak-01", "fit-scaler-on-all", "Fit the scaler on training data only, never on the whole dataset.", False),
    (
        "th-leak-01",
        "fit-scaler-on-all",
        "The same customer should not appear in both train and validation; use a group split.",
        False,
    ),
    ("th-leak-01", "fit-scaler-on-all", "Customer overlap is not harmless: the model recognises the customer.", False),
    # th-leak-01/out-of-time-reproduce
    ("th-leak-01", "leakage-only-in-prod", "You can only confirm leakage in production.", True),
    ("th-leak-01", "leakage-only-in-prod", "offline won't reproduce it, you need prod data to confirm leakage", True),
    ("th-leak-01", "leakage-only-in-prod", "leakage only shows up in production", True),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "Offline evaluation can't detect this, the leak is hidden until deployment.",
        True,
    ),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "Leakage shows up offline: an out-of-time backtest reproduces the drop.",
        False,
    ),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "We don't need production to confirm leakage; a backtest on historical data is enough.",
        False,
    ),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "Drift only shows in production, but leakage already reproduces offline.",
        False,
    ),
    # th-leak-01/skew-replay
    ("th-leak-01", "skew-from-metrics", "Detect skew by comparing accuracy offline and online.", True),
    ("th-leak-01", "skew-from-metrics", "skew: compare feature means between train and serving", True),
    (
        "th-leak-01",
        "skew-from-metrics",
        "You check skew by comparing the aggregate distributions, row by row isn't needed.",
        True,
    ),
    ("th-leak-01", "skew-from-metrics", "skew detected from the accuracy drop", True),
    (
        "th-leak-01",
        "skew-from-metrics",
        "Skew shows as logged serving features differing from offline-computed features for the same rows.",
        False,
    ),
    ("th-leak-01", "skew-from-metrics", "Compare the logged features row by row, not just feature means.", False),
    (
        "th-leak-01",
        "skew-from-metrics",
        "Replay the logged requests and compare features row by row to find skew.",
        False,
    ),
    # th-leak-01/shift-monitor
    ("th-leak-01", "shift-means-pipeline-bug", "Shift and skew are the same thing really.", True),
    ("th-leak-01", "shift-means-pipeline-bug", "drift means a pipeline bug somewhere", True),
    ("th-leak-01", "shift-means-pipeline-bug", "If the distributions changed, the serving code is broken.", True),
    ("th-leak-01", "shift-means-pipeline-bug", "skew is just the same as drift", False),
    (
        "th-leak-01",
        "shift-means-pipeline-bug",
        "Shift is a change in input distributions while offline and serving features agree.",
        False,
    ),
    ("th-leak-01", "shift-means-pipeline-bug", "Skew is not the same as shift: skew is a pipeline mismatch.", False),
    (
        "th-leak-01",
        "shift-means-pipeline-bug",
        "Drift does not mean a bug; the pipeline can agree and the world still changes.",
        False,
    ),
    # th-leak-02/post-discharge-feature
    ("th-leak-02", "post-discharge-mild", "the post-discharge visits feature is a minor issue", True),
    ("th-leak-02", "post-discharge-mild", "Visits after discharge is fine, it's a strong predictor.", True),
    ("th-leak-02", "post-discharge-mild", "The visits feature is less serious than the scaling.", True),
    ("th-leak-02", "post-discharge-mild", "the visits feature is available at discharge anyway", True),
    (
        "th-leak-02",
        "post-discharge-mild",
        "The post-discharge visits feature is the worst: it is not available at prediction time.",
        False,
    ),
    ("th-leak-02", "post-discharge-mild", "Visits after discharge are measured in the window being predicted.", False),
    ("th-leak-02", "post-discharge-mild", "Scaling is less serious than the visits feature.", False),
    # th-leak-02/in-sample-target-encoding
    ("th-leak-02", "target-encoding-safe", "Target encoding is safe, it's only a hospital average.", True),
    ("th-leak-02", "target-encoding-safe", "target encoding on all rows is fine", True),
    ("th-leak-02", "target-encoding-safe", "The encoding is just a mean, no leakage there.", True),
    ("th-leak-02", "target-encoding-safe", "target encoding doesn't leak because it's aggregated", True),
    (
        "th-leak-02",
        "target-encoding-safe",
        "In-sample target encoding leaks each row's own label; use out-of-fold encoding.",
        False,
    ),
    (
        "th-leak-02",
        "target-encoding-safe",
        "Target encoding is not safe for small hospitals: it nearly equals the label.",
        False,
    ),
    ("th-leak-02", "target-encoding-safe", "Out-of-fold encoding with smoothing is safe.", False),
    # th-leak-02/mirror-deployment
    ("th-leak-02", "random-split-enough", "A random split is fine for this.", True),
    ("th-leak-02", "random-split-enough", "random split rows, that's enough", True),
    ("th-leak-02", "random-split-enough", "temporal split is unnecessary here", True),
    ("th-leak-02", "random-split-enough", "no need to group by patient", True),
    ("th-leak-02", "random-split-enough", "A random split is not enough; split by time and by patient.", False),
    ("th-leak-02", "random-split-enough", "Split by time and group by patient so the split mirrors deployment.", False),
    ("th-leak-02", "random-split-enough", "Random splits leak; a temporal split is necessary.", False),
    # th-leak-02/pipelines-in-folds
    ("th-leak-02", "preprocess-before-cv", "Preprocess the whole dataset once, then cross-validate.", True),
    ("th-leak-02", "preprocess-before-cv", "fit the scaler before the split, it's simpler", True),
    ("th-leak-02", "preprocess-before-cv", "transform everything once then cv", True),
    ("th-leak-02", "preprocess-before-cv", "Encode the full dataset before splitting into folds.", True),
    (
        "th-leak-02",
        "preprocess-before-cv",
        "Fit every transform inside the folds, never on the whole dataset before splitting.",
        False,
    ),
    ("th-leak-02", "preprocess-before-cv", "Split first, then fit the scaler on the training fold only.", False),
    ("th-leak-02", "preprocess-before-cv", "Put preprocessing in one pipeline so it is refit within each fold.", False),
    # th-leak-02/sanity-tests
    ("th-leak-02", "high-score-is-good", "a high AUC means the model is good, ship it", True),
    ("th-leak-02", "high-score-is-good", "Too good isn't a problem if the validation was done properly.", True),
    ("th-leak-02", "high-score-is-good", "no need for sanity checks once the metric is high", True),
    ("th-leak-02", "high-score-is-good", "shuffled labels will still score high, that's normal", True),
    ("th-leak-02", "high-score-is-good", "A result that is too good should trigger a review.", False),
    ("th-leak-02", "high-score-is-good", "A shuffled-label run should score at chance, not high.", False),
    ("th-leak-02", "high-score-is-good", "A high score does not mean the model is good; check for leakage.", False),
    # th-shift-01/covariate-detect
    ("th-shift-01", "covariate-needs-labels", "Covariate shift needs labels to detect, so we wait for them.", True),
    ("th-shift-01", "covariate-needs-labels", "you need labels to detect covariate drift", True),
    ("th-shift-01", "covariate-needs-labels", "covariate shift can't be detected without labels", True),
    ("th-shift-01", "covariate-needs-labels", "wait for labels to detect covariate shift", True),
    (
        "th-shift-01",
        "covariate-needs-labels",
        "Covariate shift is visible without labels: compare feature distributions with PSI.",
        False,
    ),
    (
        "th-shift-01",
        "covariate-needs-labels",
        "Covariate shift does not need labels; a domain classifier detects it.",
        False,
    ),
    (
        "th-shift-01",
        "covariate-needs-labels",
        "Concept drift needs labels, while covariate shift can be seen from inputs alone.",
        False,
    ),
    # th-shift-01/label
    ("th-shift-01", "label-shift-changes-features", "Label shift is when P(y|x) changes.", True),
    ("th-shift-01", "label-shift-changes-features", "label shift = the frauds start to look different", True),
    (
        "th-shift-01",
        "label-shift-changes-features",
        "Label shift means the relationship between x and y changes.",
        True,
    ),
    ("th-shift-01", "label-shift-changes-features", "label shift: P(x|y) changes", True),
    ("th-shift-01", "label-shift-changes-features", "Label shift: P(y) changes while P(x|y) stays fixed.", False),
    (
        "th-shift-01",
        "label-shift-changes-features",
        "Under label shift the frauds do not look different; there are just more of them.",
        False,
    ),
    ("th-shift-01", "label-shift-changes-features", "Concept drift is when P(y|x) changes.", False),
    # th-shift-01/label-detect
    ("th-shift-01", "label-shift-undetectable", "Label shift can't be detected until the labels arrive.", True),
    ("th-shift-01", "label-shift-undetectable", "label shift needs ground truth to see", True),
    ("th-shift-01", "label-shift-undetectable", "label shift is invisible without labels", True),
    ("th-shift-01", "label-shift-undetectable", "we wait for labels to estimate the new prior", False),
    (
        "th-shift-01",
        "label-shift-undetectable",
        "Label shift shows as a moving predicted-positive rate, before labels arrive.",
        False,
    ),
    (
        "th-shift-01",
        "label-shift-undetectable",
        "Black-box shift estimation recovers the new prior without labels.",
        False,
    ),
    ("th-shift-01", "label-shift-undetectable", "Label shift does not need labels to be detected.", False),
    # th-shift-01/label-latency
    ("th-shift-01", "wait-for-labels", "Nothing to monitor until the labels come in.", True),
    ("th-shift-01", "wait-for-labels", "we just wait for labels, nothing else works before that", True),
    ("th-shift-01", "wait-for-labels", "No way to know until labels arrive.", True),
    ("th-shift-01", "wait-for-labels", "you can only monitor performance once labels arrive", True),
    (
        "th-shift-01",
        "wait-for-labels",
        "While labels are delayed, watch the score distribution and fast partial labels.",
        False,
    ),
    ("th-shift-01", "wait-for-labels", "Chargebacks arrive in days, so use them as early labels.", False),
    ("th-shift-01", "wait-for-labels", "Confirm the proxies with delayed-label monitoring once labels arrive.", False),
    # th-shift-01/weight-alerts
    ("th-shift-01", "all-drift-equal", "Alert on every feature that drifts, they all matter equally.", True),
    ("th-shift-01", "all-drift-equal", "overall performance is enough to check", True),
    ("th-shift-01", "all-drift-equal", "all drift alerts are the same priority", True),
    ("th-shift-01", "all-drift-equal", "Checking overall accuracy is sufficient.", True),
    ("th-shift-01", "all-drift-equal", "Weight drift alerts by feature importance.", False),
    ("th-shift-01", "all-drift-equal", "Overall performance is not enough; check the shifted slice.", False),
    ("th-shift-01", "all-drift-equal", "Check performance on the shifted slice specifically, not just overall.", False),
    # th-shift-01/importance-weighting
    ("th-shift-01", "reweight-fixes-everything", "Importance weighting fixes any covariate shift.", True),
    ("th-shift-01", "reweight-fixes-everything", "reweighting solves all shift problems", True),
    ("th-shift-01", "reweight-fixes-everything", "weighting works even in regions with no training data", True),
    ("th-shift-01", "reweight-fixes-everything", "importance weights always work", True),
    (
        "th-shift-01",
        "reweight-fixes-everything",
        "Importance weighting cannot fix regions with no training data; collect labels there.",
        False,
    ),
    (
        "th-shift-01",
        "reweight-fixes-everything",
        "Importance-weight the training data by the density ratio when the shift is moderate.",
        False,
    ),
    ("th-shift-01", "reweight-fixes-everything", "Reweighting does not fix all shift.", False),
    # th-shift-02/self-reinforcing
    ("th-shift-02", "feedback-loop-self-corrects", "Retraining daily corrects the model's mistakes over time.", True),
    ("th-shift-02", "feedback-loop-self-corrects", "fresh clicks fix the errors", True),
    ("th-shift-02", "feedback-loop-self-corrects", "daily retraining prevents any feedback loop", True),
    ("th-shift-02", "feedback-loop-self-corrects", "the feedback loop is self-correcting", True),
    (
        "th-shift-02",
        "feedback-loop-self-corrects",
        "Daily retraining does not correct errors about items it never shows.",
        False,
    ),
    (
        "th-shift-02",
        "feedback-loop-self-corrects",
        "Each retrain learns from its predecessor's choices, so the distribution narrows.",
        False,
    ),
    (
        "th-shift-02",
        "feedback-loop-self-corrects",
        "The loop narrows toward the head; fresh clicks only confirm what was shown.",
        False,
    ),
    # th-shift-02/exploration
    ("th-shift-02", "exploration-wastes-traffic", "Exploration just wastes traffic.", True),
    ("th-shift-02", "exploration-wastes-traffic", "always show the top scored items, that's optimal", True),
    ("th-shift-02", "exploration-wastes-traffic", "greedy is always best", True),
    ("th-shift-02", "exploration-wastes-traffic", "Random exposure hurts engagement, not worth it.", True),
    (
        "th-shift-02",
        "exploration-wastes-traffic",
        "Inject a small randomised slice so unbiased feedback keeps arriving.",
        False,
    ),
    (
        "th-shift-02",
        "exploration-wastes-traffic",
        "Exploration is not wasted: it buys information about new items.",
        False,
    ),
    ("th-shift-02", "exploration-wastes-traffic", "A tiny exploration budget costs little engagement.", False),
    # th-shift-02/propensity-correction
    ("th-shift-02", "ips-without-logging", "no need to log the propensities, we can estimate them later", True),
    ("th-shift-02", "ips-without-logging", "IPS works without logging anything.", True),
    ("th-shift-02", "ips-without-logging", "propensities don't need logging", True),
    ("th-shift-02", "ips-without-logging", "estimate the propensities afterwards from clicks", True),
    ("th-shift-02", "ips-without-logging", "Log the probability with which each item was shown, then use IPS.", False),
    ("th-shift-02", "ips-without-logging", "IPS without logged propensities is unreliable.", False),
    ("th-shift-02", "ips-without-logging", "We need to log propensities at serving time.", False),
    # th-shift-02/explore-near-top
    ("th-shift-02", "explore-uniformly", "Explore by picking uniformly at random from the whole catalogue.", True),
    ("th-shift-02", "explore-uniformly", "random items from the entire catalog", True),
    ("th-shift-02", "explore-uniformly", "exploration should be uniform across all items", True),
    ("th-shift-02", "explore-uniformly", "just show random stuff sometimes", False),
    ("th-shift-02", "explore-uniformly", "Randomise only among near-top candidates, not the whole catalogue.", False),
    ("th-shift-02", "explore-uniformly", "Shuffle within the top slots or sample from the top 50.", False),
    ("th-shift-02", "explore-uniformly", "Uniform random exploration over all items is too costly.", False),
    # th-shift-02/cold-start-content
    ("th-shift-02", "new-items-need-clicks", "New items can only be scored once they get clicks.", True),
    ("th-shift-02", "new-items-need-clicks", "new items need click history first", True),
    ("th-shift-02", "new-items-need-clicks", "There's no way to score new items.", True),
    ("th-shift-02", "new-items-need-clicks", "new items need interactions before the model can rank them", True),
    (
        "th-shift-02",
        "new-items-need-clicks",
        "Score new items from content features so they get a fair chance without click history.",
        False,
    ),
    ("th-shift-02", "new-items-need-clicks", "New items do not need clicks to be scored.", False),
    ("th-shift-02", "new-items-need-clicks", "Content features such as category help rank new items.", False),
    # th-shift-02/value-of-information
    ("th-shift-02", "exploration-pure-cost", "exploration is pure cost", True),
    ("th-shift-02", "exploration-pure-cost", "If engagement drops, turn off exploration.", True),
    ("th-shift-02", "exploration-pure-cost", "exploring isn't worth the engagement loss", True),
    ("th-shift-02", "exploration-pure-cost", "explore only costs us clicks", True),
    ("th-shift-02", "exploration-pure-cost", "Exploration is an investment, not a pure cost.", False),
    (
        "th-shift-02",
        "exploration-pure-cost",
        "Measure the engagement cost and the long-run gain with a long-running holdout.",
        False,
    ),
    (
        "th-shift-02",
        "exploration-pure-cost",
        "A small engagement drop now buys better long-run recommendations.",
        False,
    ),
    # th-biz-01/volume-drop
    ("th-biz-01", "higher-precision-more-purchases", "Higher precision means more purchases.", True),
    ("th-biz-01", "higher-precision-more-purchases", "precision up 8 to 11 so purchases up too", True),
    ("th-biz-01", "higher-precision-more-purchases", "precision rose, so revenue increased", True),
    (
        "th-biz-01",
        "higher-precision-more-purchases",
        "Precision went up and recall stays the same, so it's a win.",
        True,
    ),
    ("th-biz-01", "higher-precision-more-purchases", "Precision rose while recall and total purchases fell.", False),
    (
        "th-biz-01",
        "higher-precision-more-purchases",
        "Higher precision does not mean more purchases if fewer users are notified.",
        False,
    ),
    ("th-biz-01", "higher-precision-more-purchases", "Purchases equal users notified times precision.", False),
    # th-biz-01/measure-right
    ("th-biz-01", "precision-is-the-test-metric", "A/B test on precision of notified users.", True),
    ("th-biz-01", "precision-is-the-test-metric", "the experiment metric should be precision", True),
    ("th-biz-01", "precision-is-the-test-metric", "compare precision between the two arms", True),
    ("th-biz-01", "precision-is-the-test-metric", "ab test conversion of notified users", True),
    (
        "th-biz-01",
        "precision-is-the-test-metric",
        "Run a user-level A/B test on purchases per eligible user, not precision.",
        False,
    ),
    ("th-biz-01", "precision-is-the-test-metric", "Add guardrails for unsubscribes and notification fatigue.", False),
    (
        "th-biz-01",
        "precision-is-the-test-metric",
        "Precision per arm depends on how many users each arm notifies.",
        False,
    ),
    # th-biz-01/marginal-value
    ("th-biz-01", "send-to-everyone", "Notifications are free, send to everyone.", True),
    ("th-biz-01", "send-to-everyone", "just send it to all users with any chance of buying", True),
    ("th-biz-01", "send-to-everyone", "there's no cost to sending a push", True),
    ("th-biz-01", "send-to-everyone", "push is costless so maximise reach", True),
    (
        "th-biz-01",
        "send-to-everyone",
        "Keep sending while the expected value of the next notification exceeds its cost.",
        False,
    ),
    ("th-biz-01", "send-to-everyone", "Notifications are not free: fatigue and unsubscribes cost something.", False),
    ("th-biz-01", "send-to-everyone", "Sort users by score and stop where the marginal value drops below cost.", False),
    # th-biz-01/estimate-by-bucket
    ("th-biz-01", "purchases-all-caused", "Every purchase in the 24h window was caused by the notification.", True),
    ("th-biz-01", "purchases-all-caused", "purchases within 24 hours are due to the push", True),
    ("th-biz-01", "purchases-all-caused", "the notification caused those purchases", True),
    ("th-biz-01", "purchases-all-caused", "no holdout needed, the window captures it", True),
    ("th-biz-01", "purchases-all-caused", "The 24-hour window also credits users who would have bought anyway.", False),
    (
        "th-biz-01",
        "purchases-all-caused",
        "Not every purchase is caused by the notification; use a randomised holdout.",
        False,
    ),
    (
        "th-biz-01",
        "purchases-all-caused",
        "Estimate the causal effect with small holdouts in each score bucket.",
        False,
    ),
    # th-biz-01/caps
    ("th-biz-01", "cutoff-set-once", "Set the cutoff once and leave it.", True),
    ("th-biz-01", "cutoff-set-once", "no caps needed, the model picks the right users", True),
    ("th-biz-01", "cutoff-set-once", "frequency caps unnecessary", False),
    ("th-biz-01", "cutoff-set-once", "threshold is fixed forever after tuning", True),
    ("th-biz-01", "cutoff-set-once", "Add per-user frequency caps and revisit the cut-off with seasonality.", False),
    ("th-biz-01", "cutoff-set-once", "Caps are needed to limit notification fatigue.", False),
    ("th-biz-01", "cutoff-set-once", "The cut-off is not fixed; revisit it when budgets change.", False),
    # th-biz-02/randomised-holdout
    ("th-biz-02", "compare-to-untargeted", "Compare retention of targeted vs untargeted customers.", True),
    ("th-biz-02", "compare-to-untargeted", "compare treated customers against the rest", True),
    ("th-biz-02", "compare-to-untargeted", "Compare with last quarter's retention.", True),
    ("th-biz-02", "compare-to-untargeted", "before/after comparison of churn", True),
    ("th-biz-02", "compare-to-untargeted", "Hold out a randomised control group inside the targeted segment.", False),
    (
        "th-biz-02",
        "compare-to-untargeted",
        "Comparing targeted with untargeted customers is biased; they differ in risk.",
        False,
    ),
    ("th-biz-02", "compare-to-untargeted", "Retention of treated minus control is the real effect.", False),
    # th-biz-02/uplift-modelling
    ("th-biz-02", "uplift-from-churn-model", "Uplift is the same as churn risk.", True),
    ("th-biz-02", "uplift-from-churn-model", "the churn score gives uplift directly", True),
    ("th-biz-02", "uplift-from-churn-model", "we can get uplift without randomised data", True),
    ("th-biz-02", "uplift-from-churn-model", "high risk means high uplift", True),
    ("th-biz-02", "uplift-from-churn-model", "Train the uplift model on randomised campaign data.", False),
    ("th-biz-02", "uplift-from-churn-model", "Uplift is not the same as churn risk.", False),
    ("th-biz-02", "uplift-from-churn-model", "Target by predicted uplift and net out the discount cost.", False),
    # th-biz-02/fundamental-problem
    ("th-biz-02", "individual-effect-observed", "We can observe the individual effect by checking who stayed.", True),
    ("th-biz-02", "individual-effect-observed", "individual uplift is measurable", True),
    ("th-biz-02", "individual-effect-observed", "each customer's effect is observed after the campaign", True),
    ("th-biz-02", "individual-effect-observed", "measure individual uplift directly", True),
    ("th-biz-02", "individual-effect-observed", "Individual effects are unobservable; evaluate on groups.", False),
    ("th-biz-02", "individual-effect-observed", "We cannot observe individual effects, only group averages.", False),
    ("th-biz-02", "individual-effect-observed", "Randomised treatment data lets us estimate group effects.", False),
    # th-biz-02/qini
    ("th-biz-02", "qini-from-auc", "Evaluate the uplift model with AUC.", True),
    ("th-biz-02", "qini-from-auc", "uplift model AUC on churn labels", True),
    ("th-biz-02", "qini-from-auc", "evaluate uplift by accuracy", True),
    ("th-biz-02", "qini-from-auc", "check auc of churn labels for the uplift model", True),
    ("th-biz-02", "qini-from-auc", "Use a Qini curve, not AUC, to evaluate uplift.", False),
    ("th-biz-02", "qini-from-auc", "Compare treated and control retention within each bucket.", False),
    ("th-biz-02", "qini-from-auc", "The uplift curve shows the cumulative incremental gain.", False),
    # th-biz-03/expected-value
    ("th-biz-03", "value-from-auc-directly", "No need to look at thresholds, AUC covers them all.", True),
    ("th-biz-03", "value-from-auc-directly", "rule of thumb: each AUC point is worth X dollars", True),
    ("th-biz-03", "value-from-auc-directly", "use the same threshold for both models", True),
    ("th-biz-03", "value-from-auc-directly", "multiply the AUC gain by revenue", True),
    (
        "th-biz-03",
        "value-from-auc-directly",
        "Value each outcome and compute expected value at each model's own threshold.",
        False,
    ),
    ("th-biz-03", "value-from-auc-directly", "Each model gets its own threshold, not the same one.", False),
    ("th-biz-03", "value-from-auc-directly", "An AUC gain is not converted to dollars by a rule of thumb.", False),
    # th-biz-03/backtest
    ("th-biz-03", "backtest-not-needed", "Backtests are useless for dollars.", True),
    ("th-biz-03", "backtest-not-needed", "only an A/B test tells you the value", True),
    ("th-biz-03", "backtest-not-needed", "offline can't tell you dollars", True),
    ("th-biz-03", "backtest-not-needed", "only ab test gives dollars", True),
    (
        "th-biz-03",
        "backtest-not-needed",
        "Replay both models on a holdout and convert confusion matrices to dollars.",
        False,
    ),
    ("th-biz-03", "backtest-not-needed", "A backtest estimates the value; an A/B test confirms it.", False),
    ("th-biz-03", "backtest-not-needed", "Offline dollars are an estimate, not useless.", False),
    # th-biz-03/uncertainty
    ("th-biz-03", "point-estimate-enough", "A point estimate is enough for a VP.", True),
    ("th-biz-03", "point-estimate-enough", "one single number is fine", True),
    ("th-biz-03", "point-estimate-enough", "no need for intervals", True),
    ("th-biz-03", "point-estimate-enough", "no need to bootstrap, the holdout is big", True),
    ("th-biz-03", "point-estimate-enough", "Report an interval, not a point estimate.", False),
    ("th-biz-03", "point-estimate-enough", "Bootstrap the holdout to see whether the gain exceeds the noise.", False),
    ("th-biz-03", "point-estimate-enough", "A single number is not enough; give the range.", False),
    # th-biz-03/confirm-online
    ("th-biz-03", "offline-dollars-final", "The offline estimate is final.", True),
    ("th-biz-03", "offline-dollars-final", "no need for an A/B test", True),
    ("th-biz-03", "offline-dollars-final", "skip the online test, the backtest is reliable", True),
    ("th-biz-03", "offline-dollars-final", "offline dollars are exact", True),
    ("th-biz-03", "offline-dollars-final", "Confirm the offline dollars with an A/B test and guardrails.", False),
    ("th-biz-03", "offline-dollars-final", "Offline estimates are not final; second-order effects show online.", False),
    ("th-biz-03", "offline-dollars-final", "Do not skip the A/B test.", False),
    # th-biz-03/better-metric
    ("th-biz-03", "full-auc-best", "Full AUC is the best metric since it covers all thresholds.", True),
    ("th-biz-03", "full-auc-best", "overall auc is the right one", True),
    ("th-biz-03", "full-auc-best", "AUC is the best metric here", True),
    ("th-biz-03", "full-auc-best", "auc covers all thresholds so it's better", True),
    ("th-biz-03", "full-auc-best", "Use partial AUC or precision at the threshold, not full AUC.", False),
    ("th-biz-03", "full-auc-best", "Full AUC is not the best metric here; focus on the operating region.", False),
    ("th-biz-03", "full-auc-best", "AUC covers all thresholds, but only the operating region matters.", False),
]


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=case_ids(CASES),
)
def test_rv3_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    hits = fired(curriculum, matcher, prompt_id, misconception_id, sentence)
    assert bool(hits) is should_match, hits


def test_every_added_misconception_has_wrong_and_right_sentences(curriculum: Curriculum) -> None:
    check_rows(curriculum, TOUCHED, CASES, wrong=3, right=3)


def test_added_cues_stay_within_the_cap(curriculum: Curriculum, matcher: Matcher) -> None:
    check_cue_cap(curriculum, matcher, TOUCHED)
    check_added(curriculum, ADDED)


def test_correct_texts_do_not_trip_added_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    check_right_texts(curriculum, matcher, {p for p, _ in TOUCHED})
