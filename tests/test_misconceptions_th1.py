"""Misconceptions and model explanations of the th2a- theory prompts (experimentation, recsys and
retrieval, more classical ML, responsible ML).

Each row of CASES is a sentence a candidate might say: the wrong claim must trip the misconception,
and the right claim, said plainly or with a negation, must not. Matching is the grader's own
(``Matcher.states``): the cue's words in the cue's order inside one clause, a word right after a
negation not counting unless the cue itself says "not"."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.core.curriculum import Curriculum, Kind, TheoryPrompt
from bot.core.matcher import Matcher

FILES = ("experimentation", "recsys_retrieval", "classical_more", "responsible_ml")
N_PROMPTS = 64


def states(matcher: Matcher, text: str, cue: str) -> bool:
    """The grader's own misconception semantics (``Matcher.states``)."""
    return matcher.states(matcher.index(text), cue)


def _ours(curriculum: Curriculum) -> list[TheoryPrompt]:
    return [
        p
        for pid, p in sorted(curriculum.prompts.items())
        if isinstance(p, TheoryPrompt) and Path(curriculum.sources[pid]).stem in FILES
    ]


CASES: list[tuple[str, str, str, bool]] = [
    # th2a-ab-01
    (
        "th2a-ab-01",
        "small-imbalance-harmless",
        "The imbalance doesn't matter because revenue is measured per user.",
        True,
    ),
    ("th2a-ab-01", "small-imbalance-harmless", "It's a per-user metric, so it is still valid.", True),
    ("th2a-ab-01", "small-imbalance-harmless", "The mismatch is small enough to ignore.", True),
    (
        "th2a-ab-01",
        "small-imbalance-harmless",
        "The imbalance matters even though revenue is a per-user metric.",
        False,
    ),
    (
        "th2a-ab-01",
        "small-imbalance-harmless",
        "A mismatch this small is not safe to ignore; it fails a chi-square test.",
        False,
    ),
    (
        "th2a-ab-01",
        "small-imbalance-harmless",
        "The per-user metric is no longer comparable once users drop out.",
        False,
    ),
    ("th2a-ab-01", "reweight-fixes-srm", "We can reweight the users to fix the mismatch.", True),
    ("th2a-ab-01", "reweight-fixes-srm", "Just downsample control to match treatment.", True),
    ("th2a-ab-01", "reweight-fixes-srm", "Reweighting cannot fix it, because the users who left differ.", False),
    ("th2a-ab-01", "reweight-fixes-srm", "Don't reweight; fix the logging and rerun the test.", False),
    ("th2a-ab-01", "reweight-fixes-srm", "Matching the counts does not restore the missing users.", False),
    # th2a-ab-02
    (
        "th2a-ab-02",
        "novelty-is-a-dip",
        "The novelty effect is when users dislike the change and engagement dips.",
        True,
    ),
    ("th2a-ab-02", "novelty-is-a-dip", "With novelty there is an early drop that recovers.", True),
    ("th2a-ab-02", "novelty-is-a-dip", "Novelty inflates early engagement, while primacy causes an early dip.", False),
    ("th2a-ab-02", "novelty-is-a-dip", "Novelty does not cause a dip; it inflates clicks at first.", False),
    ("th2a-ab-02", "novelty-is-a-dip", "Curiosity about the new feed wears off, which is the novelty effect.", False),
    ("th2a-ab-02", "decay-proves-novelty", "A lift that declines over time is always novelty.", True),
    ("th2a-ab-02", "decay-proves-novelty", "The decaying effect proves it is novelty.", True),
    (
        "th2a-ab-02",
        "decay-proves-novelty",
        "A declining effect can come from novelty or from the user mix shifting.",
        False,
    ),
    (
        "th2a-ab-02",
        "decay-proves-novelty",
        "A shrinking lift does not prove novelty, since heavy users arrive first.",
        False,
    ),
    ("th2a-ab-02", "decay-proves-novelty", "Check decay within each exposure cohort before blaming novelty.", False),
    # th2a-ab-03
    ("th2a-ab-03", "interference-is-noise", "Interference just adds noise, the estimate is fine.", True),
    ("th2a-ab-03", "interference-is-noise", "Spillover only adds noise.", True),
    ("th2a-ab-03", "interference-is-noise", "With enough riders we remove the interference problem.", True),
    ("th2a-ab-03", "interference-is-noise", "Interference biases the estimate; more riders do not fix it.", False),
    ("th2a-ab-03", "interference-is-noise", "Interference is not just noise, it is bias from shared drivers.", False),
    ("th2a-ab-03", "interference-is-noise", "Control is depressed because treatment takes its drivers.", False),
    ("th2a-ab-03", "cluster-costs-nothing", "City-level randomization has the same power as rider-level.", True),
    ("th2a-ab-03", "cluster-costs-nothing", "Clustering is a free lunch.", True),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "Cluster randomization costs power because there are only a few dozen cities.",
        False,
    ),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "City randomization does not keep the same power as randomizing riders.",
        False,
    ),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "With 40 cities the variance is much larger than with millions of riders.",
        False,
    ),
    # th2a-ab-04
    ("th2a-ab-04", "error-stays-five", "Even with daily peeking, the false positive rate stays at 5%.", True),
    ("th2a-ab-04", "error-stays-five", "Peeking doesn't inflate false positives if each look uses 0.05.", True),
    ("th2a-ab-04", "error-stays-five", "Peeking is harmless as long as we use the 5% threshold.", True),
    ("th2a-ab-04", "error-stays-five", "Peeking every day inflates the false positive rate well above 5%.", False),
    (
        "th2a-ab-04",
        "error-stays-five",
        "Peeking is not harmless: each look is another chance to cross the line.",
        False,
    ),
    ("th2a-ab-04", "error-stays-five", "With alpha spending the overall false positive rate stays at 5%.", False),
    ("th2a-ab-04", "early-stop-unbiased", "If we stop early, the lift is an unbiased estimate.", True),
    ("th2a-ab-04", "early-stop-unbiased", "The early-stopped estimate is accurate.", True),
    ("th2a-ab-04", "early-stop-unbiased", "Stopping early biases the estimate upward.", False),
    (
        "th2a-ab-04",
        "early-stop-unbiased",
        "An early-stopped estimate is not unbiased; it overstates the effect.",
        False,
    ),
    ("th2a-ab-04", "early-stop-unbiased", "Report a bias-adjusted estimate when a sequential test stops early.", False),
    # th2a-ab-05
    ("th2a-ab-05", "any-false-alarm-five", "The chance of any false positive across the scorecard is 5%.", True),
    (
        "th2a-ab-05",
        "any-false-alarm-five",
        "Overall the false positive rate is 5 percent, since each metric uses 5%.",
        True,
    ),
    (
        "th2a-ab-05",
        "any-false-alarm-five",
        "With 39 metrics the chance of at least one false alarm is about 86%.",
        False,
    ),
    ("th2a-ab-05", "any-false-alarm-five", "The family-wise error is not 5%; it grows with every metric.", False),
    ("th2a-ab-05", "any-false-alarm-five", "About two metrics would be significant by chance alone.", False),
    ("th2a-ab-05", "nonsignificant-guardrail-passes", "The guardrail is fine because p is 0.2.", True),
    ("th2a-ab-05", "nonsignificant-guardrail-passes", "It's insignificant, which means it's harmless.", True),
    ("th2a-ab-05", "nonsignificant-guardrail-passes", "The 15 ms is only noise.", True),
    (
        "th2a-ab-05",
        "nonsignificant-guardrail-passes",
        "The guardrail has not passed: the interval still includes a 40 ms regression.",
        False,
    ),
    ("th2a-ab-05", "nonsignificant-guardrail-passes", "Not significant does not mean no regression.", False),
    (
        "th2a-ab-05",
        "nonsignificant-guardrail-passes",
        "Check the upper bound of the interval against a tolerance margin.",
        False,
    ),
    # th2a-ab-06
    ("th2a-ab-06", "cuped-inflates-lift", "CUPED increases the lift, so the result becomes significant.", True),
    ("th2a-ab-06", "cuped-inflates-lift", "CUPED makes the effect bigger.", True),
    ("th2a-ab-06", "cuped-inflates-lift", "CUPED narrows the interval and leaves the expected lift unchanged.", False),
    ("th2a-ab-06", "cuped-inflates-lift", "CUPED doesn't increase the lift; it reduces the variance.", False),
    (
        "th2a-ab-06",
        "cuped-inflates-lift",
        "The same lift becomes significant because CUPED shrinks the standard error.",
        False,
    ),
    ("th2a-ab-06", "variance-falls-with-rho", "A correlation of 0.5 halves the variance.", True),
    ("th2a-ab-06", "variance-falls-with-rho", "With rho 0.5, 0.5 removes half of it.", True),
    ("th2a-ab-06", "variance-falls-with-rho", "A correlation of 0.5 removes a quarter of the variance.", False),
    (
        "th2a-ab-06",
        "variance-falls-with-rho",
        "A correlation of 0.5 doesn't halve the variance; you need about 0.7.",
        False,
    ),
    (
        "th2a-ab-06",
        "variance-falls-with-rho",
        "The variance is multiplied by one minus the squared correlation.",
        False,
    ),
    ("th2a-ab-06", "any-covariate-works", "You can use covariates measured during the experiment.", True),
    ("th2a-ab-06", "any-covariate-works", "Any correlated covariate works.", True),
    ("th2a-ab-06", "any-covariate-works", "Only use covariates measured before the experiment.", False),
    ("th2a-ab-06", "any-covariate-works", "Never use covariates measured during the experiment.", False),
    (
        "th2a-ab-06",
        "any-covariate-works",
        "In-experiment sessions can be moved by treatment, so they would bias the estimate.",
        False,
    ),
    # th2a-ab-07
    ("th2a-ab-07", "halve-mde-double-n", "Halving the MDE doubles the sample you need.", True),
    ("th2a-ab-07", "halve-mde-double-n", "If we double the traffic we halve the detectable effect.", True),
    ("th2a-ab-07", "halve-mde-double-n", "Halving the MDE quadruples the sample size.", False),
    (
        "th2a-ab-07",
        "halve-mde-double-n",
        "Halving the effect does not double the users needed; it quadruples them.",
        False,
    ),
    ("th2a-ab-07", "halve-mde-double-n", "Doubling the users only shrinks the MDE by root two.", False),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "A small test that is significant is even more convincing.",
        True,
    ),
    ("th2a-ab-07", "significant-small-test-reliable", "It's significant, so the estimate is reliable.", True),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "An underpowered significant result overestimates the effect.",
        False,
    ),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "Significance in a small test is not more convincing; it exaggerates the lift.",
        False,
    ),
    ("th2a-ab-07", "significant-small-test-reliable", "Shrink the 6% toward past experiments and replicate.", False),
    # th2a-ht-01
    ("th2a-ht-01", "p-is-prob-null", "p = 0.03 means there is a 3% chance the null is true.", True),
    ("th2a-ht-01", "p-is-prob-null", "We are 97% sure the effect is real.", True),
    ("th2a-ht-01", "p-is-prob-null", "There's a 3% probability it's a fluke.", True),
    ("th2a-ht-01", "p-is-prob-null", "p is the probability of data this extreme if the null were true.", False),
    ("th2a-ht-01", "p-is-prob-null", "It is not the probability that the null is true; that needs a prior.", False),
    ("th2a-ht-01", "p-is-prob-null", "Data this extreme would show up in 3% of experiments with no effect.", False),
    ("th2a-ht-01", "small-p-big-effect", "A smaller p-value means a bigger effect.", True),
    ("th2a-ht-01", "small-p-big-effect", "The p-value measures the effect size.", True),
    ("th2a-ht-01", "small-p-big-effect", "A smaller p-value doesn't mean a bigger effect.", False),
    ("th2a-ht-01", "small-p-big-effect", "With a huge sample a tiny effect gets a tiny p-value.", False),
    ("th2a-ht-01", "small-p-big-effect", "The p-value is not a measure of effect size; report the interval.", False),
    # th2a-ht-02
    ("th2a-ht-02", "power-is-false-positive", "Power is the probability of a false positive.", True),
    ("th2a-ht-02", "power-is-false-positive", "Power is 1 minus alpha.", True),
    (
        "th2a-ht-02",
        "power-is-false-positive",
        "Power is the probability of detecting a real effect, one minus beta.",
        False,
    ),
    ("th2a-ht-02", "power-is-false-positive", "Power is not the false positive rate; that is alpha.", False),
    ("th2a-ht-02", "power-is-false-positive", "The false positive rate is alpha and power is 1 minus beta.", False),
    ("th2a-ht-02", "lower-alpha-reduces-both", "Lowering alpha reduces both errors.", True),
    ("th2a-ht-02", "lower-alpha-reduces-both", "A lower alpha gives fewer false negatives.", True),
    (
        "th2a-ht-02",
        "lower-alpha-reduces-both",
        "Lowering alpha reduces false positives but raises false negatives.",
        False,
    ),
    ("th2a-ht-02", "lower-alpha-reduces-both", "Lowering alpha doesn't reduce both errors.", False),
    ("th2a-ht-02", "lower-alpha-reduces-both", "Only more data reduces both kinds of error.", False),
    # th2a-ht-03
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm inflates the family-wise error rate.", True),
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm has a weaker guarantee than Bonferroni.", True),
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm keeps the same FWER guarantee and doesn't inflate errors.", False),
    (
        "th2a-ht-03",
        "holm-weaker-guarantee",
        "Holm is more powerful than Bonferroni with the same family-wise control.",
        False,
    ),
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm's error rate does not exceed 5%.", False),
    ("th2a-ht-03", "fdr-is-fwer", "FDR at 5% means a 5% chance of any false positive.", True),
    ("th2a-ht-03", "fdr-is-fwer", "Benjamini-Hochberg controls the family-wise error rate.", True),
    ("th2a-ht-03", "fdr-is-fwer", "BH controls the FDR, not the FWER.", False),
    ("th2a-ht-03", "fdr-is-fwer", "BH does not bound the family-wise error.", False),
    ("th2a-ht-03", "fdr-is-fwer", "FDR bounds the expected share of false discoveries among the rejections.", False),
    # th2a-ht-04
    ("th2a-ht-04", "all-significant-real", "All 160 are real predictors of churn.", True),
    ("th2a-ht-04", "all-significant-real", "Each passed a 5% test, so they're real.", True),
    ("th2a-ht-04", "all-significant-real", "About 100 of them would pass by chance even if none mattered.", False),
    ("th2a-ht-04", "all-significant-real", "Not all 160 are real; many are false discoveries.", False),
    ("th2a-ht-04", "all-significant-real", "Control the false discovery rate before calling them drivers.", False),
    ("th2a-ht-04", "select-then-cv-fine", "Selecting features on all the data first is fine.", True),
    ("th2a-ht-04", "select-then-cv-fine", "Cross-validation is still unbiased after the screening.", True),
    ("th2a-ht-04", "select-then-cv-fine", "Selection must happen inside each training fold.", False),
    ("th2a-ht-04", "select-then-cv-fine", "Selecting features on the full data is not fine; it leaks labels.", False),
    (
        "th2a-ht-04",
        "select-then-cv-fine",
        "The cross-validated AUC is optimistic because selection saw the folds.",
        False,
    ),
    # th2a-ht-05
    ("th2a-ht-05", "probability-in-this-interval", "There's a 95% probability the true lift is in the interval.", True),
    (
        "th2a-ht-05",
        "probability-in-this-interval",
        "The probability is 95 percent that the true value lies inside.",
        True,
    ),
    ("th2a-ht-05", "probability-in-this-interval", "95% of intervals built this way contain the true lift.", False),
    (
        "th2a-ht-05",
        "probability-in-this-interval",
        "It is not a 95% probability that the true lift is inside this one.",
        False,
    ),
    ("th2a-ht-05", "probability-in-this-interval", "A credible interval needs a prior to give a probability.", False),
    ("th2a-ht-05", "overlap-means-no-difference", "The intervals overlap, so the variants are the same.", True),
    ("th2a-ht-05", "overlap-means-no-difference", "Overlapping CIs are insignificant.", True),
    ("th2a-ht-05", "overlap-means-no-difference", "Overlapping intervals can still differ significantly.", False),
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        "Overlap doesn't mean they are the same; test the difference.",
        False,
    ),
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        "The difference is about 2.1 standard errors, so p is about 0.04.",
        False,
    ),
    # th2a-ht-06
    ("th2a-ht-06", "t-test-needs-normal-data", "A t-test requires normally distributed data.", True),
    ("th2a-ht-06", "t-test-needs-normal-data", "You cannot use a t-test on binary outcomes.", True),
    (
        "th2a-ht-06",
        "t-test-needs-normal-data",
        "The t-test needs the mean to be roughly normal, not the raw data.",
        False,
    ),
    ("th2a-ht-06", "t-test-needs-normal-data", "A t-test doesn't need normal data when n is large.", False),
    (
        "th2a-ht-06",
        "t-test-needs-normal-data",
        "The CLT makes the mean difference normal even for 0/1 outcomes.",
        False,
    ),
    ("th2a-ht-06", "bootstrap-creates-data", "The bootstrap generates more data, which fixes the small sample.", True),
    ("th2a-ht-06", "bootstrap-creates-data", "Bootstrapping increases the sample size.", True),
    ("th2a-ht-06", "bootstrap-creates-data", "The bootstrap doesn't create new data; it reuses the sample.", False),
    ("th2a-ht-06", "bootstrap-creates-data", "Resampling cannot add information a small sample lacks.", False),
    ("th2a-ht-06", "bootstrap-creates-data", "Resample users, not orders, when users place several orders.", False),
    # th2a-mf-01
    ("th2a-mf-01", "zeros-are-dislikes", "Unplayed songs are dislikes.", True),
    ("th2a-mf-01", "zeros-are-dislikes", "Treat the zeros as negatives with full weight.", True),
    ("th2a-mf-01", "zeros-are-dislikes", "Unobserved entries are not dislikes, just low-confidence zeros.", False),
    ("th2a-mf-01", "zeros-are-dislikes", "A zero mixes dislike with never having seen the song.", False),
    ("th2a-mf-01", "zeros-are-dislikes", "The zeros get confidence one, the plays much more.", False),
    ("th2a-mf-01", "ignore-the-zeros", "Just ignore the unplayed pairs and fit the plays.", True),
    ("th2a-mf-01", "ignore-the-zeros", "Training on only the observed entries is enough.", True),
    ("th2a-mf-01", "ignore-the-zeros", "Don't ignore the zeros; weight them low.", False),
    ("th2a-mf-01", "ignore-the-zeros", "Fitting only observed plays lets the model predict 1 everywhere.", False),
    ("th2a-mf-01", "ignore-the-zeros", "ALS covers every zero through the Gram matrix.", False),
    # th2a-mf-02
    ("th2a-mf-02", "uniform-negatives-best", "Uniform negatives are best because they're unbiased.", True),
    ("th2a-mf-02", "uniform-negatives-best", "Uniform sampling is optimal.", True),
    ("th2a-mf-02", "uniform-negatives-best", "Uniform negatives are mostly easy, so the gradients vanish.", False),
    ("th2a-mf-02", "uniform-negatives-best", "Uniform sampling is not the best choice; sample by popularity.", False),
    ("th2a-mf-02", "uniform-negatives-best", "Popularity-weighted negatives are harder than uniform ones.", False),
    ("th2a-mf-02", "skips-are-certain-negatives", "Skipped impressions are true negatives.", True),
    ("th2a-mf-02", "skips-are-certain-negatives", "All impressions without a click are negatives.", True),
    (
        "th2a-mf-02",
        "skips-are-certain-negatives",
        "Skipped impressions are not true negatives; the user may not have seen them.",
        False,
    ),
    ("th2a-mf-02", "skips-are-certain-negatives", "Weight skips by the examination probability of their slot.", False),
    ("th2a-mf-02", "skips-are-certain-negatives", "A skip in slot 20 may mean the item was never seen.", False),
    # th2a-mf-03
    ("th2a-mf-03", "retrain-fixes-cold-start", "Retraining nightly solves it.", True),
    ("th2a-mf-03", "retrain-fixes-cold-start", "Once it's in the training data it will be recommended.", True),
    (
        "th2a-mf-03",
        "retrain-fixes-cold-start",
        "Retraining doesn't fix cold start because the item has no plays.",
        False,
    ),
    ("th2a-mf-03", "retrain-fixes-cold-start", "The item needs exposure before a retrain can learn anything.", False),
    ("th2a-mf-03", "retrain-fixes-cold-start", "Give new items exploration traffic through a bandit.", False),
    ("th2a-mf-03", "cold-start-users-only", "Cold start only affects new users.", True),
    ("th2a-mf-03", "cold-start-users-only", "New items get picked up automatically.", True),
    ("th2a-mf-03", "cold-start-users-only", "Cold start affects new items as well as new users.", False),
    ("th2a-mf-03", "cold-start-users-only", "New items are not picked up automatically; they need exposure.", False),
    ("th2a-mf-03", "cold-start-users-only", "A new song has no learned vector, just like a new user.", False),
    # th2a-mf-04
    ("th2a-mf-04", "random-split-fine", "A random split is fine here.", True),
    ("th2a-mf-04", "random-split-fine", "Randomly splitting interactions is ok for recommenders.", True),
    ("th2a-mf-04", "random-split-fine", "A random split is not fine; split by time.", False),
    ("th2a-mf-04", "random-split-fine", "Use a time-based split rather than a random one.", False),
    ("th2a-mf-04", "random-split-fine", "Train before the cutoff date and test after it.", False),
    ("th2a-mf-04", "sampled-metrics-agree", "Sampled metrics give the same ordering as full ranking.", True),
    ("th2a-mf-04", "sampled-metrics-agree", "Ranking against 100 sampled negatives is enough.", True),
    ("th2a-mf-04", "sampled-metrics-agree", "Sampled metrics can flip the order of models.", False),
    ("th2a-mf-04", "sampled-metrics-agree", "Sampled metrics are not consistent with full ranking.", False),
    ("th2a-mf-04", "sampled-metrics-agree", "Rank against the full catalogue; dot products make it cheap.", False),
    # th2a-mf-05
    ("th2a-mf-05", "fm-is-quadratic", "Factorization machines are quadratic in the number of features.", True),
    ("th2a-mf-05", "fm-is-quadratic", "An FM costs n squared per example.", True),
    ("th2a-mf-05", "fm-is-quadratic", "The FM pairwise term is computed in linear time, not quadratic.", False),
    ("th2a-mf-05", "fm-is-quadratic", "An FM is not quadratic thanks to the square-of-sums identity.", False),
    (
        "th2a-mf-05",
        "fm-is-quadratic",
        "Square the sum and subtract the sum of squares, linear in active features.",
        False,
    ),
    ("th2a-mf-05", "fm-cannot-unseen-pairs", "An FM can't learn anything about unseen pairs.", True),
    ("th2a-mf-05", "fm-cannot-unseen-pairs", "Unseen pairs get zero weight in an FM.", True),
    ("th2a-mf-05", "fm-cannot-unseen-pairs", "An FM gives unseen pairs an informed weight from shared vectors.", False),
    ("th2a-mf-05", "fm-cannot-unseen-pairs", "A free pair weight can't learn unseen pairs, but an FM can.", False),
    ("th2a-mf-05", "fm-cannot-unseen-pairs", "Each feature's vector is learned from all its other pairs.", False),
    # th2a-ms-01
    ("th2a-ms-01", "retrieval-wants-precision", "For retrieval, precision matters more than recall.", True),
    (
        "th2a-ms-01",
        "retrieval-wants-precision",
        "The candidate generation step should optimize precision, not recall.",
        True,
    ),
    ("th2a-ms-01", "retrieval-wants-precision", "For retrieval, recall matters more than precision.", False),
    ("th2a-ms-01", "retrieval-wants-precision", "In retrieval precision does not matter as much as recall.", False),
    ("th2a-ms-01", "retrieval-wants-precision", "Anything retrieval drops is lost, so it is judged on recall.", False),
    ("th2a-ms-01", "stages-independent", "Each stage can be evaluated independently.", True),
    ("th2a-ms-01", "stages-independent", "The stages are trained independently on their own metrics.", True),
    (
        "th2a-ms-01",
        "stages-independent",
        "The stages are not independent: the ranker only sees what retrieval returns.",
        False,
    ),
    ("th2a-ms-01", "stages-independent", "Measure retrieval recall against the ranker's top choices.", False),
    ("th2a-ms-01", "stages-independent", "Retrieval caps what the ranker can achieve.", False),
    # th2a-ms-02
    ("th2a-ms-02", "cross-feature-in-a-tower", "Just add the cross feature to the user tower.", True),
    ("th2a-ms-02", "cross-feature-in-a-tower", "Put the pair feature into the item tower.", True),
    (
        "th2a-ms-02",
        "cross-feature-in-a-tower",
        "A cross feature can't go in either tower; use it in the ranker.",
        False,
    ),
    (
        "th2a-ms-02",
        "cross-feature-in-a-tower",
        "Don't add the cross feature to a tower, it breaks precomputation.",
        False,
    ),
    (
        "th2a-ms-02",
        "cross-feature-in-a-tower",
        "The ranker can compute pair features for a few hundred candidates.",
        False,
    ),
    ("th2a-ms-02", "two-tower-as-accurate", "A two-tower model is equally accurate, just faster.", True),
    ("th2a-ms-02", "two-tower-as-accurate", "The two-tower model loses nothing compared with a cross-encoder.", True),
    ("th2a-ms-02", "two-tower-as-accurate", "A two-tower model is less accurate than a cross-encoder.", False),
    ("th2a-ms-02", "two-tower-as-accurate", "A two-tower model does not match a cross-encoder's accuracy.", False),
    ("th2a-ms-02", "two-tower-as-accurate", "The single dot product is a bottleneck for interactions.", False),
    # th2a-ms-03
    ("th2a-ms-03", "logged-recall-unbiased", "Recall on logged clicks is an unbiased measure.", True),
    ("th2a-ms-03", "logged-recall-unbiased", "Logged clicks are unbiased for evaluating retrieval.", True),
    (
        "th2a-ms-03",
        "logged-recall-unbiased",
        "Logged clicks are biased toward what the current funnel retrieves.",
        False,
    ),
    ("th2a-ms-03", "logged-recall-unbiased", "Recall on logged clicks is not unbiased.", False),
    (
        "th2a-ms-03",
        "logged-recall-unbiased",
        "Measure against the ranker's top picks on a larger candidate set.",
        False,
    ),
    ("th2a-ms-03", "bigger-k-always-better", "Raising K always improves the results.", True),
    ("th2a-ms-03", "bigger-k-always-better", "More candidates are always better.", True),
    (
        "th2a-ms-03",
        "bigger-k-always-better",
        "Raising K does not always help once the ranker's budget is fixed.",
        False,
    ),
    ("th2a-ms-03", "bigger-k-always-better", "Past some K the gain vanishes and latency suffers.", False),
    ("th2a-ms-03", "bigger-k-always-better", "Add a pre-ranker to cut 2,000 candidates to 300.", False),
    # th2a-ms-04
    ("th2a-ms-04", "clicks-are-relevance", "Clicks are an unbiased relevance signal.", True),
    ("th2a-ms-04", "clicks-are-relevance", "Click rate is a good relevance label.", True),
    ("th2a-ms-04", "clicks-are-relevance", "Raw clicks are not unbiased relevance labels.", False),
    ("th2a-ms-04", "clicks-are-relevance", "Top slots get more clicks partly because they are examined more.", False),
    ("th2a-ms-04", "clicks-are-relevance", "Click probability is examination times relevance.", False),
    ("th2a-ms-04", "ips-needs-no-clipping", "IPS is unbiased, so don't clip the weights.", True),
    ("th2a-ms-04", "ips-needs-no-clipping", "Clipping is unnecessary.", True),
    ("th2a-ms-04", "ips-needs-no-clipping", "Clipping trades a little bias for much lower variance.", False),
    ("th2a-ms-04", "ips-needs-no-clipping", "IPS is unbiased but very noisy, so we clip at 10.", False),
    ("th2a-ms-04", "ips-needs-no-clipping", "Clipping is not unnecessary: a weight of 50 dominates the loss.", False),
    # th2a-ms-05
    ("th2a-ms-05", "top-by-score-is-best", "The best list is just the top 10 by score.", True),
    ("th2a-ms-05", "top-by-score-is-best", "The best list is the ten highest scoring items.", True),
    ("th2a-ms-05", "top-by-score-is-best", "The best list is not simply the top 10 by score.", False),
    ("th2a-ms-05", "top-by-score-is-best", "Similar items crowd the top when you sort by independent scores.", False),
    ("th2a-ms-05", "top-by-score-is-best", "MMR trades score against similarity to items already chosen.", False),
    ("th2a-ms-05", "diversity-always-hurts", "Diversity always hurts engagement.", True),
    ("th2a-ms-05", "diversity-always-hurts", "Diversity always reduces engagement.", True),
    ("th2a-ms-05", "diversity-always-hurts", "Diversity can cost short-term clicks but help retention.", False),
    ("th2a-ms-05", "diversity-always-hurts", "Diversity does not always hurt engagement.", False),
    ("th2a-ms-05", "diversity-always-hurts", "Tune diversity in an A/B test with long-term metrics.", False),
    # th2a-ms-06
    ("th2a-ms-06", "add-raw-scores", "Just add the raw logits of each head.", True),
    ("th2a-ms-06", "add-raw-scores", "Sum the raw scores.", True),
    ("th2a-ms-06", "add-raw-scores", "Don't add raw logits; combine calibrated probabilities.", False),
    ("th2a-ms-06", "add-raw-scores", "Combine calibrated predictions as an expected value with weights.", False),
    ("th2a-ms-06", "add-raw-scores", "Raw scores live on different scales.", False),
    ("th2a-ms-06", "ctr-is-the-objective", "CTR alone is the right objective.", True),
    ("th2a-ms-06", "ctr-is-the-objective", "Clicks only are the best objective for a feed.", True),
    ("th2a-ms-06", "ctr-is-the-objective", "CTR alone is not the right objective; it rewards clickbait.", False),
    ("th2a-ms-06", "ctr-is-the-objective", "Optimizing clicks alone rewards clickbait.", False),
    ("th2a-ms-06", "ctr-is-the-objective", "Add watch time and negative feedback to the score.", False),
    # th2a-ltr-01
    ("th2a-ltr-01", "pairwise-focuses-top", "RankNet's pairwise loss focuses on the top.", True),
    ("th2a-ltr-01", "pairwise-focuses-top", "The pairwise loss emphasizes the top positions.", True),
    ("th2a-ltr-01", "pairwise-focuses-top", "RankNet treats all pairs equally; LambdaRank focuses on the top.", False),
    ("th2a-ltr-01", "pairwise-focuses-top", "RankNet does not focus on the top of the list.", False),
    (
        "th2a-ltr-01",
        "pairwise-focuses-top",
        "A swap at ranks 50 and 51 costs RankNet as much as one at 1 and 2.",
        False,
    ),
    ("th2a-ltr-01", "lower-logloss-better-ranking", "Lower log loss means a better ranking.", True),
    ("th2a-ltr-01", "lower-logloss-better-ranking", "If log loss is lower, it ranks better.", True),
    ("th2a-ltr-01", "lower-logloss-better-ranking", "Lower log loss doesn't guarantee better NDCG.", False),
    (
        "th2a-ltr-01",
        "lower-logloss-better-ranking",
        "Log loss rewards absolute levels across queries, which NDCG ignores.",
        False,
    ),
    ("th2a-ltr-01", "lower-logloss-better-ranking", "Evaluate rankers on NDCG per query.", False),
    # th2a-ltr-02
    ("th2a-ltr-02", "ndcg-differentiable", "NDCG is differentiable, so we optimize it directly.", True),
    ("th2a-ltr-02", "ndcg-differentiable", "We can use gradient descent directly on NDCG.", True),
    ("th2a-ltr-02", "ndcg-differentiable", "NDCG is not differentiable; it is piecewise constant.", False),
    ("th2a-ltr-02", "ndcg-differentiable", "NDCG's gradient is zero almost everywhere.", False),
    ("th2a-ltr-02", "ndcg-differentiable", "LambdaRank scales RankNet's gradient by the NDCG change of a swap.", False),
    ("th2a-ltr-02", "all-pairs-equal", "LambdaRank gives all pairs equal weight.", True),
    ("th2a-ltr-02", "all-pairs-equal", "LambdaRank weights pairs equally.", True),
    ("th2a-ltr-02", "all-pairs-equal", "LambdaRank does not give all pairs the same weight.", False),
    ("th2a-ltr-02", "all-pairs-equal", "RankNet weights pairs equally, while LambdaRank uses delta NDCG.", False),
    ("th2a-ltr-02", "all-pairs-equal", "Pairs near the top weigh far more in LambdaRank.", False),
    # th2a-ltr-03
    ("th2a-ltr-03", "mrr-counts-all", "MRR rewards every relevant result.", True),
    ("th2a-ltr-03", "mrr-counts-all", "MRR counts all relevant results in the list.", True),
    ("th2a-ltr-03", "mrr-counts-all", "MRR only uses the first relevant result.", False),
    ("th2a-ltr-03", "mrr-counts-all", "MRR doesn't count every relevant result.", False),
    ("th2a-ltr-03", "mrr-counts-all", "MRR is the mean of one over the rank of the first hit.", False),
    ("th2a-ltr-03", "ndcg-ignores-order", "NDCG ignores the order within the top k.", True),
    ("th2a-ltr-03", "ndcg-ignores-order", "With NDCG, order doesn't matter.", True),
    ("th2a-ltr-03", "ndcg-ignores-order", "NDCG discounts by position, so order matters.", False),
    ("th2a-ltr-03", "ndcg-ignores-order", "NDCG does not ignore order; precision at k does.", False),
    ("th2a-ltr-03", "ndcg-ignores-order", "The same items in a different order give a different NDCG.", False),
    # th2a-ltr-04
    ("th2a-ltr-04", "interleaving-gives-revenue", "Interleaving tells you the revenue gain.", True),
    ("th2a-ltr-04", "interleaving-gives-revenue", "Interleaving replaces A/B tests.", True),
    ("th2a-ltr-04", "interleaving-gives-revenue", "Interleaving gives a preference, not the revenue effect.", False),
    (
        "th2a-ltr-04",
        "interleaving-gives-revenue",
        "Interleaving doesn't tell you revenue; run an A/B test for that.",
        False,
    ),
    ("th2a-ltr-04", "interleaving-gives-revenue", "Use interleaving as a fast filter before an A/B test.", False),
    ("th2a-ltr-04", "interleaving-needs-more-traffic", "Interleaving needs more users than an A/B test.", True),
    ("th2a-ltr-04", "interleaving-needs-more-traffic", "Interleaving is less sensitive.", True),
    ("th2a-ltr-04", "interleaving-needs-more-traffic", "Interleaving needs far fewer users.", False),
    (
        "th2a-ltr-04",
        "interleaving-needs-more-traffic",
        "Interleaving doesn't need more traffic; it is a paired comparison.",
        False,
    ),
    (
        "th2a-ltr-04",
        "interleaving-needs-more-traffic",
        "The within-query comparison removes user-to-user variation.",
        False,
    ),
    # th2a-ltr-05
    ("th2a-ltr-05", "query-feature-reorders", "Query length reorders the documents.", True),
    (
        "th2a-ltr-05",
        "query-feature-reorders",
        "A query-only feature directly reorders documents within the query.",
        True,
    ),
    ("th2a-ltr-05", "query-feature-reorders", "A query-only feature cannot reorder documents on its own.", False),
    (
        "th2a-ltr-05",
        "query-feature-reorders",
        "Query-only features help only through interactions with document features.",
        False,
    ),
    ("th2a-ltr-05", "query-feature-reorders", "Query length is the same for every document of the query.", False),
    ("th2a-ltr-05", "row-split-fine", "A random row split is fine.", True),
    ("th2a-ltr-05", "row-split-fine", "Splitting by row is ok for a ranker.", True),
    ("th2a-ltr-05", "row-split-fine", "Split by query, not by row.", False),
    ("th2a-ltr-05", "row-split-fine", "A random row split is not fine; it leaks query patterns.", False),
    ("th2a-ltr-05", "row-split-fine", "Use grouped folds so a query is never on both sides.", False),
    # th2a-cl-01
    ("th2a-cl-01", "infonce-is-binary", "InfoNCE is binary cross-entropy on each pair.", True),
    ("th2a-cl-01", "infonce-is-binary", "InfoNCE scores each pair independently.", True),
    ("th2a-cl-01", "infonce-is-binary", "InfoNCE is a softmax over all candidates in the batch.", False),
    (
        "th2a-cl-01",
        "infonce-is-binary",
        "InfoNCE is not binary cross-entropy; the positive competes with every negative.",
        False,
    ),
    ("th2a-cl-01", "infonce-is-binary", "Each row is a B-way classification of the positive.", False),
    ("th2a-cl-01", "batch-size-only-speed", "Batch size only affects speed.", True),
    ("th2a-cl-01", "batch-size-only-speed", "The batch size is irrelevant for quality.", True),
    (
        "th2a-cl-01",
        "batch-size-only-speed",
        "The batch supplies the negatives, so its size changes what is learned.",
        False,
    ),
    (
        "th2a-cl-01",
        "batch-size-only-speed",
        "Batch size is not irrelevant here; larger batches give harder negatives.",
        False,
    ),
    ("th2a-cl-01", "batch-size-only-speed", "A larger batch better approximates the full softmax.", False),
    # th2a-cl-02
    ("th2a-cl-02", "high-temp-focuses-hard", "A higher temperature focuses on hard negatives.", True),
    ("th2a-cl-02", "high-temp-focuses-hard", "Raising the temperature sharpens the softmax.", True),
    ("th2a-cl-02", "high-temp-focuses-hard", "A lower temperature focuses on the hardest negatives.", False),
    (
        "th2a-cl-02",
        "high-temp-focuses-hard",
        "A higher temperature does not sharpen the softmax; it flattens it.",
        False,
    ),
    ("th2a-cl-02", "high-temp-focuses-hard", "High temperature spreads the weight evenly over negatives.", False),
    ("th2a-cl-02", "temperature-irrelevant", "With normalized embeddings the temperature hardly matters.", True),
    ("th2a-cl-02", "temperature-irrelevant", "Temperature is irrelevant once you normalize.", True),
    ("th2a-cl-02", "temperature-irrelevant", "Temperature matters a lot with normalized embeddings.", False),
    (
        "th2a-cl-02",
        "temperature-irrelevant",
        "Temperature is not irrelevant: it alone sets how far apart logits can be.",
        False,
    ),
    ("th2a-cl-02", "temperature-irrelevant", "Tune the temperature on recall at k.", False),
    # th2a-cl-03
    ("th2a-cl-03", "in-batch-is-uniform", "In-batch negatives are uniform.", True),
    ("th2a-cl-03", "in-batch-is-uniform", "The batch negatives are a random uniform sample of the catalogue.", True),
    ("th2a-cl-03", "in-batch-is-uniform", "In-batch negatives follow click popularity.", False),
    (
        "th2a-cl-03",
        "in-batch-is-uniform",
        "In-batch negatives are not uniform; popular items appear more often.",
        False,
    ),
    ("th2a-cl-03", "in-batch-is-uniform", "Add uniformly sampled items as extra negatives for the tail.", False),
    ("th2a-cl-03", "logq-at-serving", "Apply the logQ correction at serving too.", True),
    ("th2a-cl-03", "logq-at-serving", "Subtract log q at inference as well.", True),
    ("th2a-cl-03", "logq-at-serving", "Apply the correction only in training, not at serving.", False),
    ("th2a-cl-03", "logq-at-serving", "Don't subtract log q at serving; use the plain dot product.", False),
    ("th2a-cl-03", "logq-at-serving", "The correction subtracts log q from each logit during training.", False),
    # th2a-cl-04
    ("th2a-cl-04", "hardest-is-best", "The hardest negatives are always best.", True),
    ("th2a-cl-04", "hardest-is-best", "Top-ranked non-positives are always the best negatives.", True),
    ("th2a-cl-04", "hardest-is-best", "The very top-ranked negatives are often false negatives.", False),
    ("th2a-cl-04", "hardest-is-best", "The hardest negatives are not always best; sample from deeper ranks.", False),
    ("th2a-cl-04", "hardest-is-best", "Filter mined negatives with a cross-encoder.", False),
    ("th2a-cl-04", "hard-negatives-only", "Drop the in-batch negatives once you have hard ones.", True),
    ("th2a-cl-04", "hard-negatives-only", "Train with only hard negatives.", True),
    ("th2a-cl-04", "hard-negatives-only", "Mix hard negatives with in-batch ones.", False),
    ("th2a-cl-04", "hard-negatives-only", "Don't drop the random negatives; they teach coarse structure.", False),
    ("th2a-cl-04", "hard-negatives-only", "Keep in-batch negatives alongside one or two mined ones.", False),
    # th2a-cl-05
    ("th2a-cl-05", "positives-suffice", "Positives alone are enough to learn good features.", True),
    ("th2a-cl-05", "positives-suffice", "Negatives only speed up training.", True),
    ("th2a-cl-05", "positives-suffice", "With positives alone the model collapses to a constant.", False),
    ("th2a-cl-05", "positives-suffice", "Positives alone are not enough; negatives prevent collapse.", False),
    ("th2a-cl-05", "positives-suffice", "The denominator pushes embeddings of different images apart.", False),
    ("th2a-cl-05", "augmentations-minor", "The augmentations barely matter.", True),
    ("th2a-cl-05", "augmentations-minor", "Augmentation choice is unimportant.", True),
    ("th2a-cl-05", "augmentations-minor", "The augmentations define the invariances, so they matter a lot.", False),
    ("th2a-cl-05", "augmentations-minor", "Dropping colour jitter hurts SimCLR badly.", False),
    ("th2a-cl-05", "augmentations-minor", "Augmentation choice is not unimportant.", False),
    # th2a-ann-01
    ("th2a-ann-01", "pq-is-lossless", "Product quantization is lossless.", True),
    ("th2a-ann-01", "pq-is-lossless", "PQ keeps exact distances.", True),
    ("th2a-ann-01", "pq-is-lossless", "PQ is lossy, so re-rank with full vectors.", False),
    ("th2a-ann-01", "pq-is-lossless", "PQ does not keep exact distances.", False),
    ("th2a-ann-01", "pq-is-lossless", "Quantization error can push the true neighbour to rank 30.", False),
    ("th2a-ann-01", "hnsw-is-compact", "HNSW is memory efficient.", True),
    ("th2a-ann-01", "hnsw-is-compact", "HNSW only stores a graph.", True),
    ("th2a-ann-01", "hnsw-is-compact", "HNSW keeps full vectors plus the graph in RAM.", False),
    ("th2a-ann-01", "hnsw-is-compact", "HNSW is not memory efficient at a billion vectors.", False),
    ("th2a-ann-01", "hnsw-is-compact", "IVF-PQ fits in about 64 GB.", False),
    # th2a-ann-02
    ("th2a-ann-02", "decode-every-vector", "PQ decompresses every vector to compute distances.", True),
    ("th2a-ann-02", "decode-every-vector", "It reconstructs each vector at query time.", True),
    ("th2a-ann-02", "decode-every-vector", "PQ never decodes vectors; it sums table lookups.", False),
    ("th2a-ann-02", "decode-every-vector", "Distances come from a per-query lookup table.", False),
    ("th2a-ann-02", "decode-every-vector", "We don't decompress each vector.", False),
    ("th2a-ann-02", "symmetric-more-accurate", "Symmetric distance is more accurate.", True),
    ("th2a-ann-02", "symmetric-more-accurate", "Quantizing the query too is better.", True),
    ("th2a-ann-02", "symmetric-more-accurate", "Asymmetric distance is more accurate than symmetric.", False),
    ("th2a-ann-02", "symmetric-more-accurate", "Quantizing the query is not more accurate; it adds error.", False),
    ("th2a-ann-02", "symmetric-more-accurate", "Keep the query exact to avoid a second error.", False),
    # th2a-ann-03
    ("th2a-ann-03", "efconstruction-at-query", "efConstruction controls query time recall.", True),
    ("th2a-ann-03", "efconstruction-at-query", "Increase efConstruction at query time to get better recall.", True),
    (
        "th2a-ann-03",
        "efconstruction-at-query",
        "efSearch controls query-time recall; efConstruction sets build quality.",
        False,
    ),
    ("th2a-ann-03", "efconstruction-at-query", "efConstruction does not control query time.", False),
    ("th2a-ann-03", "efconstruction-at-query", "efConstruction is the beam width while building.", False),
    ("th2a-ann-03", "bigger-m-free", "Raising M is free.", True),
    ("th2a-ann-03", "bigger-m-free", "A larger M only improves things.", True),
    ("th2a-ann-03", "bigger-m-free", "Raising M improves recall but costs memory.", False),
    ("th2a-ann-03", "bigger-m-free", "Raising M is not free; every link costs memory.", False),
    ("th2a-ann-03", "bigger-m-free", "Each extra link costs 4 bytes per node.", False),
    # th2a-ann-04
    ("th2a-ann-04", "post-filter-fine", "You always get k results if you filter after retrieval.", True),
    ("th2a-ann-04", "post-filter-fine", "Retrieve the top k then filter, that's enough.", True),
    ("th2a-ann-04", "post-filter-fine", "Post-filtering can return fewer than k results.", False),
    ("th2a-ann-04", "post-filter-fine", "You don't always get k results with post-filtering.", False),
    ("th2a-ann-04", "post-filter-fine", "Over-fetch by about one over the selectivity.", False),
    ("th2a-ann-04", "filter-always-faster", "A selective filter always speeds up search.", True),
    ("th2a-ann-04", "filter-always-faster", "Filters always make it faster.", True),
    ("th2a-ann-04", "filter-always-faster", "A very selective filter can make graph search slower.", False),
    ("th2a-ann-04", "filter-always-faster", "Filters do not always make search faster.", False),
    ("th2a-ann-04", "filter-always-faster", "Use brute force on a small matching set.", False),
    # th2a-ann-05
    ("th2a-ann-05", "mix-versions", "We can mix old and new embeddings during the migration.", True),
    ("th2a-ann-05", "mix-versions", "Old and new embeddings are compatible.", True),
    ("th2a-ann-05", "mix-versions", "Old and new embeddings are not compatible.", False),
    ("th2a-ann-05", "mix-versions", "Never mix old and new embeddings in one index.", False),
    ("th2a-ann-05", "mix-versions", "Switch the query encoder and the index together.", False),
    ("th2a-ann-05", "only-new-items", "Only new items need the new model.", True),
    ("th2a-ann-05", "only-new-items", "Embed only the new documents.", True),
    ("th2a-ann-05", "only-new-items", "Every document must be re-embedded.", False),
    ("th2a-ann-05", "only-new-items", "All items must be re-embedded, not only new ones.", False),
    ("th2a-ann-05", "only-new-items", "Re-encode the corpus and rebuild the index.", False),
    # th2a-fe-01
    ("th2a-fe-01", "one-hot-best-for-trees", "One-hot is the best choice for trees.", True),
    ("th2a-fe-01", "one-hot-best-for-trees", "For high-cardinality features one-hot is ideal.", True),
    ("th2a-fe-01", "one-hot-best-for-trees", "One-hot is a poor fit for trees with millions of values.", False),
    ("th2a-fe-01", "one-hot-best-for-trees", "One-hot is not the best choice for boosting here.", False),
    ("th2a-fe-01", "one-hot-best-for-trees", "Trees do better with count or out-of-fold target encoding.", False),
    ("th2a-fe-01", "integer-ids-fine", "Label encoding is fine for a linear model.", True),
    ("th2a-fe-01", "integer-ids-fine", "Integer ids are ok in a linear model.", True),
    (
        "th2a-fe-01",
        "integer-ids-fine",
        "Integer ids impose a fake order that a linear model reads as magnitude.",
        False,
    ),
    ("th2a-fe-01", "integer-ids-fine", "Label encoding is not fine for a linear model.", False),
    ("th2a-fe-01", "integer-ids-fine", "Use one-hot or hashing for the linear model instead.", False),
    # th2a-fe-02
    ("th2a-fe-02", "smoothing-removes-leak", "Smoothing removes the leakage.", True),
    ("th2a-fe-02", "smoothing-removes-leak", "Smoothing alone fixes the leak.", True),
    (
        "th2a-fe-02",
        "smoothing-removes-leak",
        "Smoothing reduces the leak but doesn't remove it; use out-of-fold encoding.",
        False,
    ),
    ("th2a-fe-02", "smoothing-removes-leak", "Smoothing does not fix the leak.", False),
    ("th2a-fe-02", "smoothing-removes-leak", "Shrink rare categories toward the global mean.", False),
    ("th2a-fe-02", "encode-on-all-data", "Compute the encoding on all data including validation.", True),
    ("th2a-fe-02", "encode-on-all-data", "Target encode on the full dataset for stability.", True),
    ("th2a-fe-02", "encode-on-all-data", "Fit the encoding on training data only.", False),
    ("th2a-fe-02", "encode-on-all-data", "Never compute the target encoding on all rows.", False),
    ("th2a-fe-02", "encode-on-all-data", "Encode validation rows with training statistics.", False),
    # th2a-fe-03
    ("th2a-fe-03", "equal-buckets-no-collisions", "Using as many buckets as features avoids collisions.", True),
    ("th2a-fe-03", "equal-buckets-no-collisions", "With one bucket per feature you prevent collisions.", True),
    ("th2a-fe-03", "equal-buckets-no-collisions", "With as many buckets as features about 63% still collide.", False),
    (
        "th2a-fe-03",
        "equal-buckets-no-collisions",
        "Equal numbers of buckets and features don't avoid collisions.",
        False,
    ),
    ("th2a-fe-03", "equal-buckets-no-collisions", "Use several times more buckets than features.", False),
    ("th2a-fe-03", "collisions-harmless", "Collisions are harmless.", True),
    ("th2a-fe-03", "collisions-harmless", "The model learns around collisions.", True),
    ("th2a-fe-03", "collisions-harmless", "Collisions are not harmless for rare predictive features.", False),
    ("th2a-fe-03", "collisions-harmless", "Colliding features share a weight, so their signals mix.", False),
    ("th2a-fe-03", "collisions-harmless", "Signed hashing makes collisions cancel in expectation.", False),
    # th2a-fe-04
    ("th2a-fe-04", "trees-need-scaling", "Gradient-boosted trees need standardized features.", True),
    ("th2a-fe-04", "trees-need-scaling", "Standardizing improves boosting.", True),
    ("th2a-fe-04", "trees-need-scaling", "Trees don't need scaling.", False),
    ("th2a-fe-04", "trees-need-scaling", "Trees are invariant to monotone transforms because splits use order.", False),
    ("th2a-fe-04", "trees-need-scaling", "kNN and SVMs need scaling, trees do not.", False),
    ("th2a-fe-04", "scaling-changes-ols", "Scaling changes linear regression predictions.", True),
    ("th2a-fe-04", "scaling-changes-ols", "Standardizing changes the OLS predictions.", True),
    (
        "th2a-fe-04",
        "scaling-changes-ols",
        "For plain OLS scaling changes only the coefficients, not the predictions.",
        False,
    ),
    (
        "th2a-fe-04",
        "scaling-changes-ols",
        "Scaling doesn't change linear regression predictions without a penalty.",
        False,
    ),
    ("th2a-fe-04", "scaling-changes-ols", "With an L2 penalty, scaling matters.", False),
    # th2a-fe-05
    ("th2a-fe-05", "trees-learn-ratios", "Trees learn ratios automatically.", True),
    ("th2a-fe-05", "trees-learn-ratios", "Ratio features are pointless for a GBM.", True),
    ("th2a-fe-05", "trees-learn-ratios", "Trees approximate ratios poorly with axis-aligned splits.", False),
    ("th2a-fe-05", "trees-learn-ratios", "Trees don't learn ratios automatically; add price per square metre.", False),
    ("th2a-fe-05", "trees-learn-ratios", "A ratio feature turns a staircase into one split.", False),
    ("th2a-fe-05", "stumps-interact", "Stumps can capture interactions.", True),
    ("th2a-fe-05", "stumps-interact", "Depth 1 trees learn interactions between features.", True),
    ("th2a-fe-05", "stumps-interact", "Stumps are additive and cannot capture interactions.", False),
    ("th2a-fe-05", "stumps-interact", "Interactions need trees of depth two or more.", False),
    ("th2a-fe-05", "stumps-interact", "A boosted model of stumps adds up one-feature effects.", False),
    # th2a-hps-01
    ("th2a-hps-01", "grid-more-thorough", "Grid search covers the space better.", True),
    ("th2a-hps-01", "grid-more-thorough", "A grid search is more thorough than random search.", True),
    (
        "th2a-hps-01",
        "grid-more-thorough",
        "Random search tries more distinct values of each parameter than a grid.",
        False,
    ),
    ("th2a-hps-01", "grid-more-thorough", "A grid is not more thorough; it repeats the same few values.", False),
    ("th2a-hps-01", "grid-more-thorough", "Only a few hyperparameters matter.", False),
    ("th2a-hps-01", "linear-learning-rate", "Sample the learning rate on a linear scale.", True),
    ("th2a-hps-01", "linear-learning-rate", "Use a linear scale for the learning rate between 0.0001 and 0.1.", True),
    ("th2a-hps-01", "linear-learning-rate", "Sample the learning rate log-uniformly.", False),
    ("th2a-hps-01", "linear-learning-rate", "Search the learning rate on a log scale, not a linear scale.", False),
    ("th2a-hps-01", "linear-learning-rate", "Don't put the learning rate on a linear scale.", False),
    # th2a-hps-02
    ("th2a-hps-02", "bo-always-wins", "Bayesian optimization always beats random search.", True),
    ("th2a-hps-02", "bo-always-wins", "BO is always better.", True),
    ("th2a-hps-02", "bo-always-wins", "BO doesn't always beat random search, especially with many workers.", False),
    ("th2a-hps-02", "bo-always-wins", "With cheap parallel trials random search is often as good.", False),
    ("th2a-hps-02", "bo-always-wins", "Gaussian processes struggle in high dimensions.", False),
    ("th2a-hps-02", "ei-is-pure-exploit", "Expected improvement simply picks the best predicted point.", True),
    ("th2a-hps-02", "ei-is-pure-exploit", "Expected improvement ignores uncertainty.", True),
    (
        "th2a-hps-02",
        "ei-is-pure-exploit",
        "Expected improvement rewards uncertainty as well as the predicted mean.",
        False,
    ),
    ("th2a-hps-02", "ei-is-pure-exploit", "Expected improvement doesn't ignore uncertainty.", False),
    ("th2a-hps-02", "ei-is-pure-exploit", "The acquisition function trades exploration against exploitation.", False),
    # th2a-hps-03
    ("th2a-hps-03", "early-rank-is-final", "A configuration worse after one epoch will be worse at the end.", True),
    ("th2a-hps-03", "early-rank-is-final", "Early performance always predicts the final result.", True),
    ("th2a-hps-03", "early-rank-is-final", "Early performance doesn't always predict final performance.", False),
    ("th2a-hps-03", "early-rank-is-final", "Slow starters like strongly regularized models can overtake later.", False),
    ("th2a-hps-03", "early-rank-is-final", "Raise the minimum budget so curves separate before the first cut.", False),
    # th2a-hps-04
    ("th2a-hps-04", "nested-picks-hyperparameters", "Nested CV tells you which hyperparameters to deploy.", True),
    ("th2a-hps-04", "nested-picks-hyperparameters", "Nested cross-validation selects the final configuration.", True),
    (
        "th2a-hps-04",
        "nested-picks-hyperparameters",
        "Nested CV estimates the procedure, not which hyperparameters to deploy.",
        False,
    ),
    (
        "th2a-hps-04",
        "nested-picks-hyperparameters",
        "Nested CV doesn't pick the final hyperparameters; rerun the search on all data.",
        False,
    ),
    ("th2a-hps-04", "nested-picks-hyperparameters", "Rerun the search on the full dataset to deploy.", False),
    (
        "th2a-hps-04",
        "disagreement-means-failure",
        "Different hyperparameters across folds means nested CV is broken.",
        True,
    ),
    ("th2a-hps-04", "disagreement-means-failure", "The outer folds disagree, so it failed.", True),
    ("th2a-hps-04", "disagreement-means-failure", "Disagreement usually means a flat optimum.", False),
    (
        "th2a-hps-04",
        "disagreement-means-failure",
        "Outer folds picking different settings doesn't mean it failed.",
        False,
    ),
    ("th2a-hps-04", "disagreement-means-failure", "The outer scores still estimate the procedure.", False),
    # th2a-hps-05
    ("th2a-hps-05", "grid-the-trees", "Tune the number of trees on a grid.", True),
    ("th2a-hps-05", "grid-the-trees", "Grid search n_estimators along with depth.", True),
    ("th2a-hps-05", "grid-the-trees", "Use early stopping rather than a grid for the number of trees.", False),
    ("th2a-hps-05", "grid-the-trees", "Don't tune the number of trees on a grid.", False),
    ("th2a-hps-05", "grid-the-trees", "Early stopping picks the rounds for free.", False),
    ("th2a-hps-05", "lower-lr-same-trees", "Lower the learning rate and keep the same number of trees.", True),
    ("th2a-hps-05", "lower-lr-same-trees", "You can lower the lr with the same trees.", True),
    ("th2a-hps-05", "lower-lr-same-trees", "Lower the learning rate and raise the number of trees.", False),
    ("th2a-hps-05", "lower-lr-same-trees", "Lowering the learning rate doesn't keep the same number of trees.", False),
    (
        "th2a-hps-05",
        "lower-lr-same-trees",
        "Use roughly five times as many trees at a fifth of the learning rate.",
        False,
    ),
    # th2a-svm-01
    ("th2a-svm-01", "large-c-more-regularisation", "A larger C means stronger regularization.", True),
    ("th2a-svm-01", "large-c-more-regularisation", "Increasing C widens the margin.", True),
    ("th2a-svm-01", "large-c-more-regularisation", "A smaller C gives a wider margin and more regularization.", False),
    (
        "th2a-svm-01",
        "large-c-more-regularisation",
        "A larger C means weaker regularization and a narrower margin.",
        False,
    ),
    ("th2a-svm-01", "large-c-more-regularisation", "A larger C does not widen the margin.", False),
    ("th2a-svm-01", "every-point-matters", "Every training point affects the boundary.", True),
    ("th2a-svm-01", "every-point-matters", "All points determine the boundary.", True),
    ("th2a-svm-01", "every-point-matters", "Only support vectors determine the boundary.", False),
    ("th2a-svm-01", "every-point-matters", "Not all points matter; those beyond the margin have zero weight.", False),
    ("th2a-svm-01", "every-point-matters", "Points beyond the margin could be removed without changing it.", False),
    # th2a-svm-02
    ("th2a-svm-02", "kernel-computes-features", "The kernel trick computes the features explicitly.", True),
    ("th2a-svm-02", "kernel-computes-features", "It explicitly maps the data to a high dimensional space.", True),
    ("th2a-svm-02", "kernel-computes-features", "The kernel trick never computes the feature map.", False),
    (
        "th2a-svm-02",
        "kernel-computes-features",
        "The kernel returns the inner product in feature space directly.",
        False,
    ),
    ("th2a-svm-02", "kernel-computes-features", "We don't explicitly compute the high dimensional features.", False),
    ("th2a-svm-02", "kernel-svm-scales", "Kernel SVMs scale fine to millions of rows.", True),
    ("th2a-svm-02", "kernel-svm-scales", "An RBF SVM on millions of rows is fine.", True),
    ("th2a-svm-02", "kernel-svm-scales", "Kernel SVMs don't scale well to millions of rows.", False),
    ("th2a-svm-02", "kernel-svm-scales", "The kernel matrix grows with n squared.", False),
    ("th2a-svm-02", "kernel-svm-scales", "Use random Fourier features for 10 million rows.", False),
    # th2a-svm-03
    ("th2a-svm-03", "large-gamma-smooth", "A larger gamma gives a smoother boundary.", True),
    ("th2a-svm-03", "large-gamma-smooth", "Increasing gamma smooths the decision boundary.", True),
    ("th2a-svm-03", "large-gamma-smooth", "A smaller gamma gives a smoother boundary.", False),
    ("th2a-svm-03", "large-gamma-smooth", "A larger gamma doesn't give a smoother boundary; it gets wiggly.", False),
    ("th2a-svm-03", "large-gamma-smooth", "Large gamma makes narrow bumps that can memorize the data.", False),
    ("th2a-svm-03", "tune-separately", "Tune C first, then gamma.", True),
    ("th2a-svm-03", "tune-separately", "Tune C and gamma independently.", True),
    ("th2a-svm-03", "tune-separately", "Tune C and gamma jointly on a log grid.", False),
    ("th2a-svm-03", "tune-separately", "Don't tune C and gamma separately.", False),
    ("th2a-svm-03", "tune-separately", "Good pairs lie along a diagonal ridge.", False),
    # th2a-svm-04
    ("th2a-svm-04", "svm-scores-are-probabilities", "The SVM decision value is a probability.", True),
    ("th2a-svm-04", "svm-scores-are-probabilities", "SVMs output probabilities.", True),
    (
        "th2a-svm-04",
        "svm-scores-are-probabilities",
        "SVM scores are not probabilities; calibrate with Platt scaling.",
        False,
    ),
    ("th2a-svm-04", "svm-scores-are-probabilities", "Logistic regression gives probabilities directly.", False),
    ("th2a-svm-04", "svm-scores-are-probabilities", "The decision value is a signed distance in margin units.", False),
    ("th2a-svm-04", "svm-best-tabular", "SVMs are the best choice for tabular data.", True),
    ("th2a-svm-04", "svm-best-tabular", "SVMs beat boosting on tabular problems.", True),
    ("th2a-svm-04", "svm-best-tabular", "Boosting usually beats SVMs on tabular data.", False),
    ("th2a-svm-04", "svm-best-tabular", "SVMs are not the best choice for tabular data.", False),
    ("th2a-svm-04", "svm-best-tabular", "SVMs still fit small dense datasets and sparse text.", False),
    # th2a-svm-05
    ("th2a-svm-05", "svm-ignores-outliers", "SVMs ignore outliers.", True),
    ("th2a-svm-05", "svm-ignores-outliers", "Outliers are never support vectors.", True),
    ("th2a-svm-05", "svm-ignores-outliers", "A misclassified outlier becomes a support vector.", False),
    ("th2a-svm-05", "svm-ignores-outliers", "SVMs do not ignore outliers; they pull the boundary.", False),
    ("th2a-svm-05", "svm-ignores-outliers", "Lower C to limit how much one outlier can pull.", False),
    ("th2a-svm-05", "svm-immune-to-imbalance", "SVMs are unaffected by class imbalance.", True),
    ("th2a-svm-05", "svm-immune-to-imbalance", "An SVM is immune to imbalance because of the margin.", True),
    ("th2a-svm-05", "svm-immune-to-imbalance", "Imbalance pushes the SVM boundary into the minority class.", False),
    ("th2a-svm-05", "svm-immune-to-imbalance", "SVMs are not immune to imbalance; use class weights.", False),
    ("th2a-svm-05", "svm-immune-to-imbalance", "Set per-class costs by scaling C for the positives.", False),
    # th2a-int-01
    ("th2a-int-01", "shap-is-causal", "SHAP gives the causal effect of each feature.", True),
    ("th2a-int-01", "shap-is-causal", "SHAP tells you what would happen if you changed income.", True),
    ("th2a-int-01", "shap-is-causal", "SHAP describes the model, not causal effects.", False),
    ("th2a-int-01", "shap-is-causal", "SHAP values are not causal effects.", False),
    ("th2a-int-01", "shap-is-causal", "Use counterfactual explanations for recourse.", False),
    ("th2a-int-01", "lime-is-stable", "LIME gives the same explanation every time.", True),
    ("th2a-int-01", "lime-is-stable", "LIME is deterministic.", True),
    ("th2a-int-01", "lime-is-stable", "LIME explanations vary between runs.", False),
    ("th2a-int-01", "lime-is-stable", "LIME is not stable; it depends on the kernel width.", False),
    ("th2a-int-01", "lime-is-stable", "Check LIME's stability across seeds before trusting it.", False),
    # th2a-int-02
    ("th2a-int-02", "low-importance-useless", "Zero importance means the feature has no information.", True),
    ("th2a-int-02", "low-importance-useless", "Low importance features are useless.", True),
    (
        "th2a-int-02",
        "low-importance-useless",
        "Low importance may just mean a correlated twin carries the signal.",
        False,
    ),
    ("th2a-int-02", "low-importance-useless", "Low importance does not mean useless.", False),
    ("th2a-int-02", "low-importance-useless", "Permute the correlated pair together.", False),
    ("th2a-int-02", "impurity-unbiased", "Gini importance is reliable.", True),
    ("th2a-int-02", "impurity-unbiased", "Impurity-based importance is unbiased.", True),
    ("th2a-int-02", "impurity-unbiased", "Impurity importance is biased toward high-cardinality features.", False),
    ("th2a-int-02", "impurity-unbiased", "MDI importance is not reliable for noisy continuous features.", False),
    ("th2a-int-02", "impurity-unbiased", "Use permutation importance on held-out data instead.", False),
    # th2a-int-03
    ("th2a-int-03", "flat-pdp-irrelevant", "The flat PDP proves the feature is irrelevant.", True),
    ("th2a-int-03", "flat-pdp-irrelevant", "A flat partial dependence means the feature is unimportant.", True),
    ("th2a-int-03", "flat-pdp-irrelevant", "A flat PDP can hide opposite effects that cancel.", False),
    ("th2a-int-03", "flat-pdp-irrelevant", "A flat PDP does not make the feature irrelevant.", False),
    ("th2a-int-03", "flat-pdp-irrelevant", "Check ICE curves when the PDP is flat.", False),
    ("th2a-int-03", "pdp-is-causal", "The PDP shows the causal effect of age.", True),
    ("th2a-int-03", "pdp-is-causal", "A partial dependence plot is causal.", True),
    ("th2a-int-03", "pdp-is-causal", "A PDP shows the model's average response, not a causal effect.", False),
    ("th2a-int-03", "pdp-is-causal", "The PDP is not causal.", False),
    ("th2a-int-03", "pdp-is-causal", "ALE plots avoid unrealistic combinations.", False),
    # th2a-int-04
    ("th2a-int-04", "shap-unique", "SHAP values are unique.", True),
    ("th2a-int-04", "shap-unique", "Any implementation gives the same numbers.", True),
    ("th2a-int-04", "shap-unique", "SHAP values depend on the background data.", False),
    ("th2a-int-04", "shap-unique", "SHAP values are not unique; interventional and conditional differ.", False),
    ("th2a-int-04", "shap-unique", "Different backgrounds give different attributions.", False),
    ("th2a-int-04", "unused-always-zero", "An unused feature always gets zero.", True),
    ("th2a-int-04", "unused-always-zero", "Unused features always get zero SHAP.", True),
    ("th2a-int-04", "unused-always-zero", "Under conditional SHAP an unused feature can get credit.", False),
    ("th2a-int-04", "unused-always-zero", "An unused feature does not always get zero.", False),
    ("th2a-int-04", "unused-always-zero", "Interventional SHAP gives zero to features the model ignores.", False),
    # th2a-int-05
    ("th2a-int-05", "posthoc-is-exact", "SHAP explanations show exactly what the model does.", True),
    ("th2a-int-05", "posthoc-is-exact", "Post-hoc explanations are faithful.", True),
    ("th2a-int-05", "posthoc-is-exact", "Post-hoc explanations are approximations and can be fooled.", False),
    ("th2a-int-05", "posthoc-is-exact", "Post-hoc explanations are not exact.", False),
    ("th2a-int-05", "posthoc-is-exact", "Monotonic constraints give guarantees an attribution cannot.", False),
    ("th2a-int-05", "interpretable-costs-much", "Interpretable models always lose a lot of accuracy.", True),
    ("th2a-int-05", "interpretable-costs-much", "GAMs are always worse.", True),
    ("th2a-int-05", "interpretable-costs-much", "GAMs often come within a fraction of a point.", False),
    ("th2a-int-05", "interpretable-costs-much", "Interpretable models don't always lose accuracy.", False),
    ("th2a-int-05", "interpretable-costs-much", "Measure the accuracy gap before assuming it.", False),
    # th2a-fair-01
    ("th2a-fair-01", "parity-means-equal-accuracy", "Demographic parity means the model is equally accurate.", True),
    ("th2a-fair-01", "parity-means-equal-accuracy", "Demographic parity gives equal error rates.", True),
    (
        "th2a-fair-01",
        "parity-means-equal-accuracy",
        "Demographic parity equalises approval rates, not accuracy.",
        False,
    ),
    ("th2a-fair-01", "parity-means-equal-accuracy", "Demographic parity does not equalise error rates.", False),
    ("th2a-fair-01", "parity-means-equal-accuracy", "Equalised odds equalises both TPR and FPR.", False),
    ("th2a-fair-01", "unawareness-is-fair", "Removing the protected attribute makes the model fair.", True),
    ("th2a-fair-01", "unawareness-is-fair", "Fairness through unawareness works.", True),
    ("th2a-fair-01", "unawareness-is-fair", "Dropping the protected attribute does not make it fair.", False),
    ("th2a-fair-01", "unawareness-is-fair", "Other features act as proxies for the attribute.", False),
    ("th2a-fair-01", "unawareness-is-fair", "Measure the metrics by group.", False),
    # th2a-fair-02
    ("th2a-fair-02", "satisfy-all-with-data", "With enough data we can satisfy all fairness criteria.", True),
    ("th2a-fair-02", "satisfy-all-with-data", "A good model satisfies all fairness metrics.", True),
    (
        "th2a-fair-02",
        "satisfy-all-with-data",
        "You cannot satisfy all fairness criteria when base rates differ.",
        False,
    ),
    (
        "th2a-fair-02",
        "satisfy-all-with-data",
        "Only a perfect predictor meets calibration and equal error rates.",
        False,
    ),
    ("th2a-fair-02", "satisfy-all-with-data", "Pick the criterion that matches the harm.", False),
    ("th2a-fair-02", "impossibility-means-give-up", "Fairness metrics are meaningless.", True),
    ("th2a-fair-02", "impossibility-means-give-up", "The impossibility means we give up on fairness.", True),
    (
        "th2a-fair-02",
        "impossibility-means-give-up",
        "Fairness metrics are not meaningless; choose one explicitly.",
        False,
    ),
    ("th2a-fair-02", "impossibility-means-give-up", "Report all the criteria so the trade-off is visible.", False),
    ("th2a-fair-02", "impossibility-means-give-up", "The conflict calls for an explicit policy choice.", False),
    # th2a-fair-03
    ("th2a-fair-03", "overall-implies-group", "Overall calibration guarantees group calibration.", True),
    ("th2a-fair-03", "overall-implies-group", "It's calibrated overall so it's calibrated in every group.", True),
    (
        "th2a-fair-03",
        "overall-implies-group",
        "Overall calibration doesn't guarantee calibration within groups.",
        False,
    ),
    ("th2a-fair-03", "overall-implies-group", "Errors in opposite directions can cancel in the pooled curve.", False),
    ("th2a-fair-03", "overall-implies-group", "Check reliability curves per group.", False),
    ("th2a-fair-03", "group-thresholds-always-fair", "Group-specific thresholds are always fair.", True),
    ("th2a-fair-03", "group-thresholds-always-fair", "Separate thresholds are always the fair fix.", True),
    (
        "th2a-fair-03",
        "group-thresholds-always-fair",
        "Group thresholds trade one criterion for another and may be unlawful.",
        False,
    ),
    ("th2a-fair-03", "group-thresholds-always-fair", "Group-specific thresholds are not always fair.", False),
    ("th2a-fair-03", "group-thresholds-always-fair", "Consider fixes during training too.", False),
    # th2a-fair-04
    ("th2a-fair-04", "every-gap-is-real", "Any gap between groups is a real disparity.", True),
    ("th2a-fair-04", "every-gap-is-real", "Gaps are always real.", True),
    ("th2a-fair-04", "every-gap-is-real", "Small groups give noisy gaps; check the intervals.", False),
    ("th2a-fair-04", "every-gap-is-real", "Not every gap is real.", False),
    ("th2a-fair-04", "every-gap-is-real", "Track the gap over time with confidence intervals.", False),
    ("th2a-fair-04", "approved-labels-enough", "Outcomes of approved applicants are enough.", True),
    ("th2a-fair-04", "approved-labels-enough", "Approved applicants' outcomes are unbiased for error rates.", True),
    ("th2a-fair-04", "approved-labels-enough", "Rejected applicants' outcomes are never observed.", False),
    ("th2a-fair-04", "approved-labels-enough", "Approved outcomes are not enough to measure false negatives.", False),
    ("th2a-fair-04", "approved-labels-enough", "Approve a small random share of borderline applicants.", False),
    # th2a-fair-05
    ("th2a-fair-05", "dropping-proxies-fixes", "Dropping proxies removes the bias.", True),
    ("th2a-fair-05", "dropping-proxies-fixes", "Removing zip code fixes the bias.", True),
    (
        "th2a-fair-05",
        "dropping-proxies-fixes",
        "Dropping proxies rarely works because information is redundant.",
        False,
    ),
    ("th2a-fair-05", "dropping-proxies-fixes", "Removing zip code does not remove the bias.", False),
    ("th2a-fair-05", "dropping-proxies-fixes", "Other features still encode the same information.", False),
    ("th2a-fair-05", "fairness-is-free", "Fairness constraints are free.", True),
    ("th2a-fair-05", "fairness-is-free", "Fairness comes at no accuracy cost.", True),
    ("th2a-fair-05", "fairness-is-free", "Fairness constraints usually cost some accuracy.", False),
    ("th2a-fair-05", "fairness-is-free", "Fairness constraints are not free.", False),
    ("th2a-fair-05", "fairness-is-free", "Trace the accuracy-fairness frontier.", False),
    # th2a-ht-01: misconception added in tests/test_misconceptions_para2.py
    ("th2a-ht-01", "nonsignificant-proves-null", "At p = 0.051 we accept the null hypothesis.", True),
    ("th2a-ht-01", "nonsignificant-proves-null", "We fail to reject the null; we never accept it.", False),
    ("th2a-ht-01", "nonsignificant-proves-null", "A p-value above 0.05 does not prove the null.", False),
]


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=[f"{p}:{m}:{'hit' if hit else 'miss'}{i}" for i, (p, m, _, hit) in enumerate(CASES)],
)
def test_misconception_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    prompt = curriculum.prompts[prompt_id]
    assert isinstance(prompt, TheoryPrompt)
    (mc,) = [m for m in prompt.misconceptions if m.id == misconception_id]
    hits = [c for c in mc.cues if states(matcher, sentence, c)]
    assert bool(hits) is should_match, hits


def test_our_prompts_are_phase_one_theory_with_our_prefix(curriculum: Curriculum) -> None:
    ours = _ours(curriculum)
    assert len(ours) == N_PROMPTS
    for p in ours:
        assert p.id.startswith("th2a-") and p.kind is Kind.THEORY and p.phase == 1, p.id
    per_topic = Counter(p.topic for p in ours)
    assert all(4 <= n <= 8 for n in per_topic.values()), per_topic


def test_every_prompt_has_misconceptions_and_every_key_point_an_explanation(curriculum: Curriculum) -> None:
    for p in _ours(curriculum):
        assert 1 <= len(p.misconceptions) <= 3, p.id
        for kp in [*p.key_points, *p.follow_up.key_points]:
            assert kp.explanation, f"{p.id}/{kp.id} has no explanation"
            assert len(kp.explanation.split()) <= 95, f"{p.id}/{kp.id}: explanation too long"
            assert 3 <= len(kp.cues) <= 6, f"{p.id}/{kp.id}: {len(kp.cues)} cues"
        for m in p.misconceptions:
            assert 2 <= len(m.cues) <= 5, f"{p.id}/{m.id}"


def test_every_misconception_has_a_wrong_and_two_right_sentences(curriculum: Curriculum) -> None:
    for p in _ours(curriculum):
        for m in p.misconceptions:
            rows = [c for c in CASES if c[:2] == (p.id, m.id)]
            assert sum(c[3] for c in rows) >= 1, f"{p.id}/{m.id}: no wrong sentence"
            assert sum(not c[3] for c in rows) >= 2, f"{p.id}/{m.id}: fewer than two right sentences"


def test_correct_texts_do_not_trip_the_prompts_own_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    """The explanations, key points, depths and corrections are right by construction, so a cue that
    fires on them would put "Careful:" on a strong answer."""
    for p in _ours(curriculum):
        kps = [*p.key_points, *p.follow_up.key_points]
        texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
        texts += [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]
        for m in p.misconceptions:
            for t in texts:
                hits = [c for c in m.cues if states(matcher, t, c)]
                assert not hits, f"{p.id}/{m.id}: {hits} fires on {t!r}"


def test_a_learner_who_says_the_model_explanation_gets_the_point(curriculum: Curriculum, matcher: Matcher) -> None:
    """Every key point's own text or explanation matches one of its cues, so the cues are written in
    the words a strong answer uses."""
    for p in _ours(curriculum):
        for kp in [*p.key_points, *p.follow_up.key_points]:
            said = matcher.index(f"{kp.text} {kp.explanation or ''}")
            assert matcher.any_match(said, kp.cues), f"{p.id}/{kp.id}"
