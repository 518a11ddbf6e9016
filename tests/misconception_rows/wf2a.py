"""Misconception cues of the th2a- theory prompts, tuned on the fresh tuning set ``wrong_fresh2.yaml``.

Each touched misconception was missed on a wrong answer of that set (or tripped on a right one); the
cues added or widened are written as the general way candidates phrase the belief. The wrong
sentences here are new wording, not copies of the set's answers, and must match; the right ones
(the correct claim, a denial, a contrast) must not. Matching is the grader's own (``Matcher.states``):
the cue's words in the cue's order inside one clause, none negated unless the cue itself says so."""

from __future__ import annotations

from tests.misconception_support import Checks

#: every misconception whose cues this pass added, widened or replaced
TOUCHED: list[tuple[str, str]] = [
    ("th2a-ab-02", "decay-proves-novelty"),
    ("th2a-ab-03", "cluster-costs-nothing"),
    ("th2a-ab-03", "interference-is-noise"),
    ("th2a-ab-04", "early-stop-unbiased"),
    ("th2a-ab-04", "error-stays-five"),
    ("th2a-ab-05", "any-false-alarm-five"),
    ("th2a-ab-06", "any-covariate-works"),
    ("th2a-ab-06", "variance-falls-with-rho"),
    ("th2a-ab-07", "significant-small-test-reliable"),
    ("th2a-ht-01", "small-p-big-effect"),
    ("th2a-ht-02", "lower-alpha-reduces-both"),
    ("th2a-ht-02", "power-is-false-positive"),
    ("th2a-ht-03", "fdr-is-fwer"),
    ("th2a-ht-03", "holm-weaker-guarantee"),
    ("th2a-ht-05", "overlap-means-no-difference"),
    ("th2a-fe-02", "smoothing-removes-leak"),
    ("th2a-fe-03", "equal-buckets-no-collisions"),
    ("th2a-fe-04", "trees-need-scaling"),
    ("th2a-fe-05", "stumps-interact"),
    ("th2a-hps-02", "bo-always-wins"),
    ("th2a-hps-02", "ei-is-pure-exploit"),
    ("th2a-hps-03", "early-rank-is-final"),
    ("th2a-hps-04", "nested-picks-hyperparameters"),
    ("th2a-hps-05", "lower-lr-same-trees"),
    ("th2a-svm-04", "svm-scores-are-probabilities"),
    ("th2a-svm-05", "svm-immune-to-imbalance"),
    ("th2a-mf-02", "skips-are-certain-negatives"),
    ("th2a-ms-02", "cross-feature-in-a-tower"),
    ("th2a-ms-02", "two-tower-as-accurate"),
    ("th2a-ms-04", "ips-needs-no-clipping"),
    ("th2a-ms-06", "add-raw-scores"),
    ("th2a-ms-06", "ctr-is-the-objective"),
    ("th2a-ltr-01", "lower-logloss-better-ranking"),
    ("th2a-ltr-01", "pairwise-focuses-top"),
    ("th2a-ltr-04", "interleaving-needs-more-traffic"),
    ("th2a-cl-02", "high-temp-focuses-hard"),
    ("th2a-cl-02", "temperature-irrelevant"),
    ("th2a-cl-03", "in-batch-is-uniform"),
    ("th2a-cl-04", "hard-negatives-only"),
    ("th2a-cl-05", "positives-suffice"),
    ("th2a-ann-03", "bigger-m-free"),
    ("th2a-ann-03", "efconstruction-at-query"),
    ("th2a-ann-05", "mix-versions"),
    ("th2a-ann-05", "only-new-items"),
    ("th2a-int-02", "low-importance-useless"),
    ("th2a-fair-03", "overall-implies-group"),
    ("th2a-fair-04", "approved-labels-enough"),
    ("th2a-fair-05", "fairness-is-free"),
]

CASES: list[tuple[str, str, str, bool]] = [
    # th2a-ab-02: a decaying lift is not always novelty
    (
        "th2a-ab-02",
        "decay-proves-novelty",
        "The lift fades from week one to week four, so it's novelty, full stop.",
        True,
    ),
    ("th2a-ab-02", "decay-proves-novelty", "That curve must be novelty, nothing else decays like that.", True),
    (
        "th2a-ab-02",
        "decay-proves-novelty",
        "A fading lift could be novelty or a change in who is exposed; cut it by days since first exposure.",
        False,
    ),
    (
        "th2a-ab-02",
        "decay-proves-novelty",
        "It is not necessarily novelty; heavy users arrive first and skew week one.",
        False,
    ),
    # th2a-ab-03: city-level randomisation costs power
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "Switching to city randomisation keeps the power unchanged because the users are the same people.",
        True,
    ),
    ("th2a-ab-03", "cluster-costs-nothing", "Clustering by city costs nothing in precision.", True),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "With only forty cities the effective sample is forty, so power drops sharply.",
        False,
    ),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "Power is not the same once you randomise whole cities: the design effect inflates the variance.",
        False,
    ),
    # th2a-ab-03: interference biases the estimate, it is not just noise
    (
        "th2a-ab-03",
        "interference-is-noise",
        "The shared driver pool merely adds noise, so a big sample still gives the right answer.",
        True,
    ),
    ("th2a-ab-03", "interference-is-noise", "Spillover between arms merely adds noise to the comparison.", True),
    (
        "th2a-ab-03",
        "interference-is-noise",
        "Interference does not just add noise: treated riders take drivers from control, which biases the lift.",
        False,
    ),
    (
        "th2a-ab-03",
        "interference-is-noise",
        "Because both arms compete for drivers, the estimate is biased no matter how many riders join.",
        False,
    ),
    # th2a-ab-04: a sequential test's stopping-time estimate is biased upward
    (
        "th2a-ab-04",
        "early-stop-unbiased",
        "The trial stopped at the second interim look and the effect seen there is an accurate estimate.",
        True,
    ),
    ("th2a-ab-04", "early-stop-unbiased", "Once the boundary stops it, the observed lift is unbiased.", True),
    (
        "th2a-ab-04",
        "early-stop-unbiased",
        "A test that stops early tends to overstate the lift, so shrink or bias-adjust the estimate.",
        False,
    ),
    (
        "th2a-ab-04",
        "early-stop-unbiased",
        "Stopping at a boundary is valid for the decision, but the lift at that point is biased upward.",
        False,
    ),
    # th2a-ab-04: daily peeks at alpha 0.05 inflate the overall error
    ("th2a-ab-04", "error-stays-five", "If every morning's check uses alpha 0.05 the false alarm rate stays 5%.", True),
    ("th2a-ab-04", "error-stays-five", "Each look at p below 0.05 keeps the error still at 5 percent.", True),
    (
        "th2a-ab-04",
        "error-stays-five",
        "With p < 0.05 at every daily look the overall false positive rate climbs well above 5%.",
        False,
    ),
    (
        "th2a-ab-04",
        "error-stays-five",
        "Use an alpha-spending boundary; naive daily checks at 0.05 do not stay at 5%.",
        False,
    ),
    (
        "th2a-ab-04",
        "error-stays-five",
        "With alpha 0.05 spread across the looks by O'Brien-Fleming, the overall error still stays at 5%.",
        False,
    ),
    # th2a-ab-05: forty metrics at 5% each make some false alarm likely
    (
        "th2a-ab-05",
        "any-false-alarm-five",
        "The chance of any false positive across the overall scorecard is 0.05.",
        True,
    ),
    (
        "th2a-ab-05",
        "any-false-alarm-five",
        "Overall it's a 5 percent error rate because each metric is tested at 5 percent.",
        True,
    ),
    (
        "th2a-ab-05",
        "any-false-alarm-five",
        "With 39 secondaries at 0.05, about two false alarms are expected by chance alone.",
        False,
    ),
    (
        "th2a-ab-05",
        "any-false-alarm-five",
        "The probability of at least one false alarm is 1 - 0.95^39, around 86%, not 0.05.",
        False,
    ),
    # th2a-ab-06: CUPED with correlation rho removes rho squared of the variance
    (
        "th2a-ab-06",
        "variance-falls-with-rho",
        "A rho of 0.5 between pre and post periods takes the variance down by half.",
        True,
    ),
    ("th2a-ab-06", "variance-falls-with-rho", "With correlation 0.5 CUPED halves the variance of the metric.", True),
    (
        "th2a-ab-06",
        "variance-falls-with-rho",
        "Variance falls by rho squared, so a correlation of 0.5 removes only a quarter of it.",
        False,
    ),
    ("th2a-ab-06", "variance-falls-with-rho", "To halve the variance you need a correlation near 0.71.", False),
    # th2a-ab-06: the covariate must be measured before assignment
    (
        "th2a-ab-06",
        "any-covariate-works",
        "Clicks logged during the test make an ideal covariate since they track revenue closely.",
        True,
    ),
    ("th2a-ab-06", "any-covariate-works", "Any predictive feature works as the CUPED covariate.", True),
    (
        "th2a-ab-06",
        "any-covariate-works",
        "Use a covariate measured before assignment; anything from during the experiment can move with treatment.",
        False,
    ),
    (
        "th2a-ab-06",
        "any-covariate-works",
        "Pre-period revenue is the safe covariate because treatment cannot touch it.",
        False,
    ),
    # th2a-ab-07: a significant result from an underpowered test exaggerates the effect
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "It reached significance with only 50k users, which is stronger evidence than a big test would give.",
        True,
    ),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "Since the lift is significant, the estimate is reliable enough to forecast with.",
        True,
    ),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "A significant result from a small test tends to exaggerate the effect, so expect the true lift to be smaller.",
        False,
    ),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "Winning in an underpowered test is not stronger evidence; replicate before forecasting.",
        False,
    ),
    # th2a-ht-01: the p-value is not an effect size
    ("th2a-ht-01", "small-p-big-effect", "A p this tiny shows the effect is bigger than in the other test.", True),
    ("th2a-ht-01", "small-p-big-effect", "Smaller p-values mean the impact is larger.", True),
    (
        "th2a-ht-01",
        "small-p-big-effect",
        "A small p does not mean the effect is large; with a million users a trivial effect gets p < 0.001.",
        False,
    ),
    (
        "th2a-ht-01",
        "small-p-big-effect",
        "Judge importance from the effect size and its interval, not from how small the p-value is.",
        False,
    ),
    # th2a-ht-02: lowering alpha trades false positives for false negatives
    (
        "th2a-ht-02",
        "lower-alpha-reduces-both",
        "Tighten the threshold to 0.01 and you get fewer errors of both types.",
        True,
    ),
    ("th2a-ht-02", "lower-alpha-reduces-both", "A smaller alpha gives less of both kinds of mistake.", True),
    (
        "th2a-ht-02",
        "lower-alpha-reduces-both",
        "A smaller alpha gives fewer false positives but more false negatives at a fixed sample size.",
        False,
    ),
    (
        "th2a-ht-02",
        "lower-alpha-reduces-both",
        "Only more data or a bigger effect lowers both error rates at once.",
        False,
    ),
    # th2a-ht-02: power is 1 - beta, not the false-positive rate
    ("th2a-ht-02", "power-is-false-positive", "Power is the false positive rate you accept, usually 5%.", True),
    ("th2a-ht-02", "power-is-false-positive", "Power is the chance of a false positive.", True),
    (
        "th2a-ht-02",
        "power-is-false-positive",
        "Power is the chance of detecting a real effect, one minus the false-negative rate.",
        False,
    ),
    ("th2a-ht-02", "power-is-false-positive", "Power is not the false-positive rate; that one is alpha.", False),
    # th2a-ht-03: BH controls the expected share of false discoveries, not FWER
    (
        "th2a-ht-03",
        "fdr-is-fwer",
        "With BH at 0.05 there's a 5 percent chance that any of the selected segments is a false positive.",
        True,
    ),
    ("th2a-ht-03", "fdr-is-fwer", "Benjamini-Hochberg is the same as Bonferroni in what it guarantees.", True),
    (
        "th2a-ht-03",
        "fdr-is-fwer",
        "BH bounds the expected fraction of false discoveries among the rejections at 5%.",
        False,
    ),
    (
        "th2a-ht-03",
        "fdr-is-fwer",
        "FDR control is weaker than FWER control: some of the five can be false positives.",
        False,
    ),
    # th2a-ht-03: Holm keeps the family-wise error at alpha
    (
        "th2a-ht-03",
        "holm-weaker-guarantee",
        "Holm finds more segments, so its family-wise error creeps above 5%.",
        True,
    ),
    ("th2a-ht-03", "holm-weaker-guarantee", "With Holm the FWER ends up above alpha.", True),
    (
        "th2a-ht-03",
        "holm-weaker-guarantee",
        "Holm controls the family-wise error at 5% exactly like Bonferroni and is uniformly more powerful.",
        False,
    ),
    (
        "th2a-ht-03",
        "holm-weaker-guarantee",
        "Holm does not let the FWER exceed 5%; the step-down thresholds still bound it.",
        False,
    ),
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm never lets the family-wise error exceed 5%.", False),
    # th2a-ht-05: overlapping intervals can still differ significantly
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        "Both CIs overlap a little, so the difference is not significant.",
        True,
    ),
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        "Their intervals overlap, which means the two models are equal.",
        True,
    ),
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        "Overlap of two 95% intervals does not settle it; compute the interval of the difference.",
        False,
    ),
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        "Two intervals can overlap and the difference can still be significant at 5%.",
        False,
    ),
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        "Overlapping intervals don't imply the gap is not significant.",
        False,
    ),
    # th2a-fe-02: smoothing alone does not remove target leakage
    (
        "th2a-fe-02",
        "smoothing-removes-leak",
        "Add an m-estimate prior and the target can't leak into the feature any more.",
        True,
    ),
    ("th2a-fe-02", "smoothing-removes-leak", "Smoothing fixes the leakage in target encoding.", True),
    (
        "th2a-fe-02",
        "smoothing-removes-leak",
        "Smoothing shrinks rare categories but the row's own label still leaks; encode out of fold.",
        False,
    ),
    (
        "th2a-fe-02",
        "smoothing-removes-leak",
        "Smoothing does not stop the label leaking, out-of-fold encoding does.",
        False,
    ),
    # th2a-fe-03: D = n buckets still collides a lot
    (
        "th2a-fe-03",
        "equal-buckets-no-collisions",
        "Pick one bucket per distinct value; then the bucket count gives every feature its own slot.",
        True,
    ),
    ("th2a-fe-03", "equal-buckets-no-collisions", "Use as many buckets as features to avoid collisions.", True),
    (
        "th2a-fe-03",
        "equal-buckets-no-collisions",
        "Hashing is random, so with D equal to n about a third of the slots stay empty and many features share one.",
        False,
    ),
    (
        "th2a-fe-03",
        "equal-buckets-no-collisions",
        "Equal bucket and feature counts do not give each feature a separate slot.",
        False,
    ),
    # th2a-fe-04: boosted trees are invariant to monotone scaling
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "Unless you standardise, large-range features dominate the splits in XGBoost.",
        True,
    ),
    ("th2a-fe-04", "trees-need-scaling", "Boosted trees require scaling of the inputs.", True),
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "Tree splits use only the order of values, so a large range does not dominate the splits.",
        False,
    ),
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "Scaling changes nothing for boosted trees; kNN and penalised linear models are the ones that need it.",
        False,
    ),
    # th2a-fe-05: depth-1 stumps give an additive model, no interactions
    ("th2a-fe-05", "stumps-interact", "Boosting picks up interactions automatically, even with depth-1 trees.", True),
    ("th2a-fe-05", "stumps-interact", "Stumps capture interactions once you stack enough of them.", True),
    (
        "th2a-fe-05",
        "stumps-interact",
        "A sum of stumps is additive, so you need depth two or more for a tree to model an interaction.",
        False,
    ),
    ("th2a-fe-05", "stumps-interact", "Deeper trees get interactions for free; stumps cannot.", False),
    ("th2a-fe-05", "stumps-interact", "Trees get interactions for free, even at depth 2.", False),
    # th2a-hps-02: BO is not always better than random search
    ("th2a-hps-02", "bo-always-wins", "TPE always outperforms random search because it learns where to look.", True),
    ("th2a-hps-02", "bo-always-wins", "Bayesian optimisation always beats random search.", True),
    (
        "th2a-hps-02",
        "bo-always-wins",
        "BO is not always better than random: with many parallel workers or a flat landscape random search is as good.",
        False,
    ),
    (
        "th2a-hps-02",
        "bo-always-wins",
        "Random search is a strong baseline that BO only beats when trials are expensive and sequential.",
        False,
    ),
    # th2a-hps-02: expected improvement balances mean and uncertainty
    ("th2a-hps-02", "ei-is-pure-exploit", "EI just chooses wherever the surrogate predicts the highest score.", True),
    ("th2a-hps-02", "ei-is-pure-exploit", "The acquisition function greedily takes the argmax of the mean.", True),
    (
        "th2a-hps-02",
        "ei-is-pure-exploit",
        "Expected improvement rewards points with a good mean or high uncertainty, which keeps it exploring.",
        False,
    ),
    (
        "th2a-hps-02",
        "ei-is-pure-exploit",
        "EI does not simply pick the best predicted point; an uncertain region can score higher.",
        False,
    ),
    # th2a-hps-03: successive halving assumes early rank predicts final rank
    (
        "th2a-hps-03",
        "early-rank-is-final",
        "Any run that is behind after the first epoch will be behind at the end as well.",
        True,
    ),
    ("th2a-hps-03", "early-rank-is-final", "Early losses perfectly predict the final ranking.", True),
    (
        "th2a-hps-03",
        "early-rank-is-final",
        "Halving assumes early rank predicts final rank, which fails for small learning rates that start slow.",
        False,
    ),
    (
        "th2a-hps-03",
        "early-rank-is-final",
        "A config that looks worse after one epoch can overtake the others later.",
        False,
    ),
    # th2a-hps-04: nested CV estimates the procedure, it does not pick the config
    (
        "th2a-hps-04",
        "nested-picks-hyperparameters",
        "Take the hyperparameters that win the most outer folds and deploy those.",
        True,
    ),
    ("th2a-hps-04", "nested-picks-hyperparameters", "Nested cross-validation selects the final hyperparameters.", True),
    (
        "th2a-hps-04",
        "nested-picks-hyperparameters",
        "Nested CV scores the tuning procedure; rerun the inner search on all data to get the config you ship.",
        False,
    ),
    (
        "th2a-hps-04",
        "nested-picks-hyperparameters",
        "The outer folds may each choose different settings, and none of them is what you deploy.",
        False,
    ),
    # th2a-hps-05: a lower learning rate needs proportionally more trees
    ("th2a-hps-05", "lower-lr-same-trees", "Halve the learning rate and reuse the same number of rounds.", True),
    ("th2a-hps-05", "lower-lr-same-trees", "Lower the learning rate and keep the trees you had.", True),
    (
        "th2a-hps-05",
        "lower-lr-same-trees",
        "Dropping the learning rate fivefold needs roughly five times the rounds; let early stopping find them.",
        False,
    ),
    (
        "th2a-hps-05",
        "lower-lr-same-trees",
        "You can't cut the learning rate and still keep the same tree count.",
        False,
    ),
    # th2a-svm-04: SVM decision values are not probabilities
    (
        "th2a-svm-04",
        "svm-scores-are-probabilities",
        "The decision value can be used directly as a probability of fraud.",
        True,
    ),
    ("th2a-svm-04", "svm-scores-are-probabilities", "An SVM outputs probabilities directly.", True),
    (
        "th2a-svm-04",
        "svm-scores-are-probabilities",
        "The decision value cannot be used directly as a probability; calibrate it with Platt scaling.",
        False,
    ),
    (
        "th2a-svm-04",
        "svm-scores-are-probabilities",
        "SVM scores are distances to the hyperplane, not probabilities.",
        False,
    ),
    # th2a-svm-05: class imbalance shifts the SVM boundary
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "The margin only depends on support vectors, so class proportions don't matter.",
        True,
    ),
    ("th2a-svm-05", "svm-immune-to-imbalance", "SVMs are robust to class imbalance.", True),
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "The majority class contributes most hinge terms, so imbalance pulls the boundary; set class weights.",
        False,
    ),
    (
        "th2a-svm-05",
        "svm-immune-to-imbalance",
        "An SVM is not immune to imbalance even though the margin is set by support vectors.",
        False,
    ),
    # th2a-mf-02: an unclicked impression is a noisy negative
    (
        "th2a-mf-02",
        "skips-are-certain-negatives",
        "Skipped impressions are always negatives, the user saw and rejected them.",
        True,
    ),
    ("th2a-mf-02", "skips-are-certain-negatives", "Every unclicked item shown is a sure negative.", True),
    (
        "th2a-mf-02",
        "skips-are-certain-negatives",
        "A skip is not a certain negative: the user may not have looked, or came back later.",
        False,
    ),
    (
        "th2a-mf-02",
        "skips-are-certain-negatives",
        "Impressions without a click are informative but biased by position, so treat them as soft negatives.",
        False,
    ),
    # th2a-ms-02: a pair feature cannot live in one tower
    ("th2a-ms-02", "cross-feature-in-a-tower", "Put the purchased-from-this-seller flag into the user tower.", True),
    ("th2a-ms-02", "cross-feature-in-a-tower", "Add the cross feature to the item tower.", True),
    (
        "th2a-ms-02",
        "cross-feature-in-a-tower",
        "A user-seller flag depends on both sides, so it cannot go in either tower; score it in the ranker.",
        False,
    ),
    (
        "th2a-ms-02",
        "cross-feature-in-a-tower",
        "Don't add the cross feature to the user tower; use a late-interaction or reranking stage.",
        False,
    ),
    # th2a-ms-02: a dot product loses accuracy against a cross-encoder
    (
        "th2a-ms-02",
        "two-tower-as-accurate",
        "Dual encoders are just as accurate as a cross-encoder, only cheaper.",
        True,
    ),
    ("th2a-ms-02", "two-tower-as-accurate", "The two-tower model is equally accurate.", True),
    (
        "th2a-ms-02",
        "two-tower-as-accurate",
        "A two-tower model is not as accurate as a cross-encoder, because the dot product cannot model interactions.",
        False,
    ),
    (
        "th2a-ms-02",
        "two-tower-as-accurate",
        "The cross-encoder is more accurate and slower, the two-tower is faster and coarser.",
        False,
    ),
    # th2a-ms-04: clip inverse-propensity weights to control variance
    ("th2a-ms-04", "ips-needs-no-clipping", "Propensity weighting is unbiased, so never clip the weights.", True),
    ("th2a-ms-04", "ips-needs-no-clipping", "Clipping is unnecessary for IPS.", True),
    (
        "th2a-ms-04",
        "ips-needs-no-clipping",
        "Unbiased does not mean low variance: clip the weights at 20 and accept a little bias.",
        False,
    ),
    (
        "th2a-ms-04",
        "ips-needs-no-clipping",
        "IPS is unbiased in expectation but a few huge weights dominate, so cap them.",
        False,
    ),
    # th2a-ms-06: combine calibrated predictions, not raw logits
    ("th2a-ms-06", "add-raw-scores", "The final score is the sum of the raw logits from each head.", True),
    ("th2a-ms-06", "add-raw-scores", "Just sum the raw scores of each head.", True),
    (
        "th2a-ms-06",
        "add-raw-scores",
        "Convert each head to a calibrated probability and combine them with value weights.",
        False,
    ),
    ("th2a-ms-06", "add-raw-scores", "Don't sum raw logits; they are on different scales.", False),
    # th2a-ms-06: CTR alone rewards clickbait
    ("th2a-ms-06", "ctr-is-the-objective", "Clicks are what our feed should maximise, the rest is reporting.", True),
    ("th2a-ms-06", "ctr-is-the-objective", "CTR is the single objective the feed should optimise.", True),
    (
        "th2a-ms-06",
        "ctr-is-the-objective",
        "Optimising CTR alone rewards clickbait, so blend in likes, dwell and hides.",
        False,
    ),
    ("th2a-ms-06", "ctr-is-the-objective", "Clicks are not the real goal; long-term satisfaction is.", False),
    # th2a-ltr-01: log loss and ranking quality can disagree
    ("th2a-ltr-01", "lower-logloss-better-ranking", "Whichever model has lower log loss ranks better too.", True),
    ("th2a-ltr-01", "lower-logloss-better-ranking", "Lower log loss means better NDCG.", True),
    (
        "th2a-ltr-01",
        "lower-logloss-better-ranking",
        "Lower log loss does not imply a better ranking: it rewards calibration on easy items too.",
        False,
    ),
    (
        "th2a-ltr-01",
        "lower-logloss-better-ranking",
        "A model can win on log loss and still order the top results worse.",
        False,
    ),
    # th2a-ltr-01: RankNet treats all pairs alike
    (
        "th2a-ltr-01",
        "pairwise-focuses-top",
        "RankNet's pair loss already concentrates its effort at the head of the ranking.",
        True,
    ),
    ("th2a-ltr-01", "pairwise-focuses-top", "The pairwise loss already prioritises the head of the ranking.", True),
    (
        "th2a-ltr-01",
        "pairwise-focuses-top",
        "RankNet counts a swap at ranks 40 and 41 as much as one at ranks 1 and 2.",
        False,
    ),
    (
        "th2a-ltr-01",
        "pairwise-focuses-top",
        "Pairwise loss does not concentrate on the top; LambdaRank adds that by weighting pairs with the NDCG change.",
        False,
    ),
    # th2a-ltr-04: interleaving needs far less traffic than an A/B test
    (
        "th2a-ltr-04",
        "interleaving-needs-more-traffic",
        "Interleaving takes more traffic than a classic A/B test, because each result list mixes two rankers.",
        True,
    ),
    ("th2a-ltr-04", "interleaving-needs-more-traffic", "Interleaving is noisier than an ordinary experiment.", True),
    (
        "th2a-ltr-04",
        "interleaving-needs-more-traffic",
        "Compared with an A/B test, interleaving needs far fewer users since every user sees both rankers.",
        False,
    ),
    (
        "th2a-ltr-04",
        "interleaving-needs-more-traffic",
        "An A/B test needs more traffic than interleaving for the same sensitivity.",
        False,
    ),
    # th2a-cl-02: a lower temperature focuses on hard negatives
    (
        "th2a-cl-02",
        "high-temp-focuses-hard",
        "Increasing tau concentrates the gradient on the hardest negatives.",
        True,
    ),
    ("th2a-cl-02", "high-temp-focuses-hard", "A larger temperature emphasises hard negatives.", True),
    (
        "th2a-cl-02",
        "high-temp-focuses-hard",
        "A low temperature sharpens the softmax and focuses the loss on hard negatives; a high one spreads it out.",
        False,
    ),
    (
        "th2a-cl-02",
        "high-temp-focuses-hard",
        "Raising the temperature flattens the distribution over negatives.",
        False,
    ),
    # th2a-cl-02: temperature matters most with normalised embeddings
    (
        "th2a-cl-02",
        "temperature-irrelevant",
        "Once the vectors are L2-normalised the temperature barely matters.",
        True,
    ),
    ("th2a-cl-02", "temperature-irrelevant", "Tau is a cosmetic knob.", True),
    (
        "th2a-cl-02",
        "temperature-irrelevant",
        "With normalised embeddings cosine lies in [-1, 1], so a tau near 0.05 is what makes the softmax sharp.",
        False,
    ),
    (
        "th2a-cl-02",
        "temperature-irrelevant",
        "Temperature is one of the most sensitive settings; tune it or learn it like CLIP.",
        False,
    ),
    # th2a-cl-03: in-batch negatives follow item popularity
    ("th2a-cl-03", "in-batch-is-uniform", "The minibatch provides uniformly sampled negatives for free.", True),
    ("th2a-cl-03", "in-batch-is-uniform", "In-batch negatives are a uniform random sample.", True),
    (
        "th2a-cl-03",
        "in-batch-is-uniform",
        "In-batch negatives follow item popularity, so subtract log q to correct for it.",
        False,
    ),
    (
        "th2a-cl-03",
        "in-batch-is-uniform",
        "The batch does not give a uniform sample of items; popular ones show up far more often.",
        False,
    ),
    # th2a-cl-04: keep easy negatives alongside hard ones
    ("th2a-cl-04", "hard-negatives-only", "After mining, discard the random negatives entirely.", True),
    ("th2a-cl-04", "hard-negatives-only", "Hard negatives alone are enough.", True),
    (
        "th2a-cl-04",
        "hard-negatives-only",
        "Mix mined hard negatives with in-batch ones so the model still sees the whole item space.",
        False,
    ),
    ("th2a-cl-04", "hard-negatives-only", "Don't drop the random negatives when you add hard ones.", False),
    # th2a-cl-05: without negatives the representation collapses
    ("th2a-cl-05", "positives-suffice", "The negatives mostly speed up convergence.", True),
    ("th2a-cl-05", "positives-suffice", "Negatives are optional in SimCLR.", True),
    (
        "th2a-cl-05",
        "positives-suffice",
        "Without negatives every image can map to the same vector, so the loss needs them to avoid collapse.",
        False,
    ),
    (
        "th2a-cl-05",
        "positives-suffice",
        "Negatives do not just speed training up; they are what stops collapse.",
        False,
    ),
    # th2a-ann-03: a bigger M costs memory and build time
    ("th2a-ann-03", "bigger-m-free", "Increasing M buys recall with no downside at all.", True),
    ("th2a-ann-03", "bigger-m-free", "A larger M only helps.", True),
    ("th2a-ann-03", "bigger-m-free", "A larger M raises recall but costs memory, build time and query time.", False),
    ("th2a-ann-03", "bigger-m-free", "Raising M is not free: each node stores more links.", False),
    ("th2a-ann-03", "bigger-m-free", "Raising M can't improve recall without costing memory.", False),
    # th2a-ann-03: efSearch is the query-time knob, efConstruction the build-time one
    (
        "th2a-ann-03",
        "efconstruction-at-query",
        "efConstruction is the knob you turn at search time for more recall.",
        True,
    ),
    ("th2a-ann-03", "efconstruction-at-query", "efSearch sets the beam used during construction of the graph.", True),
    (
        "th2a-ann-03",
        "efconstruction-at-query",
        "efSearch is the query beam width; efConstruction is used only while building.",
        False,
    ),
    (
        "th2a-ann-03",
        "efconstruction-at-query",
        "Raise efSearch at query time; efConstruction cannot be changed without rebuilding.",
        False,
    ),
    # th2a-ann-05: vectors from two model versions are not comparable
    ("th2a-ann-05", "mix-versions", "During the migration we can mix both versions in one index.", True),
    ("th2a-ann-05", "mix-versions", "Old and new vectors can coexist in the index.", True),
    (
        "th2a-ann-05",
        "mix-versions",
        "Never mix embedding versions during a migration; build the new index beside the old one.",
        False,
    ),
    (
        "th2a-ann-05",
        "mix-versions",
        "The two model spaces are unrelated, so move the query encoder and the index in one step.",
        False,
    ),
    ("th2a-ann-05", "only-new-items", "Embed only new docs with v2; the back catalogue is fine as it is.", True),
    ("th2a-ann-05", "only-new-items", "Old documents keep their old vectors after the retrain.", True),
    (
        "th2a-ann-05",
        "only-new-items",
        "Every document has to be re-embedded, because old vectors live in the old model's space.",
        False,
    ),
    (
        "th2a-ann-05",
        "only-new-items",
        "Old documents cannot keep their old vectors once the query encoder changes.",
        False,
    ),
    # th2a-int-02: low permutation importance can hide shared signal
    ("th2a-int-02", "low-importance-useless", "Both features carry little signal and can be removed.", True),
    ("th2a-int-02", "low-importance-useless", "Zero permutation importance means the feature is useless.", True),
    (
        "th2a-int-02",
        "low-importance-useless",
        "Two correlated features can each score low because the other covers for it; dropping both can hurt.",
        False,
    ),
    (
        "th2a-int-02",
        "low-importance-useless",
        "Low importance does not make a feature uninformative, so do not drop it without a refit.",
        False,
    ),
    # th2a-fair-03: calibration overall can hide opposite errors in groups
    ("th2a-fair-03", "overall-implies-group", "It's calibrated overall, so it's calibrated within every group.", True),
    ("th2a-fair-03", "overall-implies-group", "Global calibration guarantees subgroup calibration.", True),
    (
        "th2a-fair-03",
        "overall-implies-group",
        "Pooled calibration can mask errors that cancel: a 0.3 score may be 15% risk in one group and 45% in another.",
        False,
    ),
    (
        "th2a-fair-03",
        "overall-implies-group",
        "Being calibrated overall does not make a model calibrated per group.",
        False,
    ),
    # th2a-fair-04: approved-only outcomes give selective labels
    (
        "th2a-fair-04",
        "approved-labels-enough",
        "Repayments from approved applicants are sufficient to estimate the FPR per group.",
        True,
    ),
    ("th2a-fair-04", "approved-labels-enough", "The approved loans' outcomes are representative.", True),
    (
        "th2a-fair-04",
        "approved-labels-enough",
        "We only see outcomes for approved applicants, which is not enough to measure false negatives.",
        False,
    ),
    (
        "th2a-fair-04",
        "approved-labels-enough",
        "Labels exist only where we approved, so error rates need reject inference or an exploration sample.",
        False,
    ),
    # th2a-fair-05: fairness constraints usually cost some accuracy
    ("th2a-fair-05", "fairness-is-free", "None of the mitigation methods hurts performance.", True),
    ("th2a-fair-05", "fairness-is-free", "Fairness constraints are free.", True),
    (
        "th2a-fair-05",
        "fairness-is-free",
        "Each mitigation costs some accuracy; measure the tradeoff on validation.",
        False,
    ),
    ("th2a-fair-05", "fairness-is-free", "A parity constraint is not free: it usually lowers AUC a little.", False),
    ("th2a-fair-05", "fairness-is-free", "None of these methods is free; each costs accuracy.", False),
]


CHECKS = Checks(rows=[(TOUCHED, 2, 2)], cue_cap=TOUCHED, right_texts={p for p, _ in TOUCHED})
