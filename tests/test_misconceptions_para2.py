"""Paraphrases of the wrong beliefs of the th2a-/th2b- theory prompts (second pass).

Each misconception was first stated the way different candidates would put it in a chat answer
(prose, bullets, shorthand, numbers, a war story, a consequence or a recommendation rather than a
definition) and cues were added until those phrasings match; the right claim, said plainly or with
a negation or a contrast, must not. Matching is the grader's own (``Matcher.states``): the cue's
words in the cue's order inside one clause, none negated unless the cue itself says "not"."""

from __future__ import annotations

import pytest

from bot.core.curriculum import Curriculum, Misconception, TheoryPrompt
from bot.core.matcher import Matcher

#: every misconception this pass touched (cues added) or added
TOUCHED: list[tuple[str, str]] = [
    ("th2a-ab-01", "reweight-fixes-srm"),
    ("th2a-ab-01", "small-imbalance-harmless"),
    ("th2a-ab-02", "decay-proves-novelty"),
    ("th2a-ab-02", "novelty-is-a-dip"),
    ("th2a-ab-03", "cluster-costs-nothing"),
    ("th2a-ab-03", "interference-is-noise"),
    ("th2a-ab-04", "early-stop-unbiased"),
    ("th2a-ab-04", "error-stays-five"),
    ("th2a-ab-05", "any-false-alarm-five"),
    ("th2a-ab-05", "nonsignificant-guardrail-passes"),
    ("th2a-ab-06", "any-covariate-works"),
    ("th2a-ab-06", "cuped-inflates-lift"),
    ("th2a-ab-06", "variance-falls-with-rho"),
    ("th2a-ab-07", "halve-mde-double-n"),
    ("th2a-ab-07", "significant-small-test-reliable"),
    ("th2a-ht-01", "p-is-prob-null"),
    ("th2a-ht-01", "small-p-big-effect"),
    ("th2a-ht-02", "lower-alpha-reduces-both"),
    ("th2a-ht-02", "power-is-false-positive"),
    ("th2a-ht-03", "fdr-is-fwer"),
    ("th2a-ht-03", "holm-weaker-guarantee"),
    ("th2a-ht-04", "all-significant-real"),
    ("th2a-ht-04", "select-then-cv-fine"),
    ("th2a-ht-05", "overlap-means-no-difference"),
    ("th2a-ht-05", "probability-in-this-interval"),
    ("th2a-ht-06", "bootstrap-creates-data"),
    ("th2a-ht-06", "t-test-needs-normal-data"),
]

# (prompt, misconception, sentence, should the misconception fire)
CASES: list[tuple[str, str, str, bool]] = [
    ("th2a-ab-01", "small-imbalance-harmless", "The 1.5% difference in group size is negligible, so I'd trust the 2% lift.", True),
    ("th2a-ab-01", "small-imbalance-harmless", "Revenue per user normalizes for the group sizes, so the split doesn't matter.", True),
    ("th2a-ab-01", "small-imbalance-harmless", "985k vs 1M -> imbalance is basically noise, ship it.", True),
    ("th2a-ab-01", "small-imbalance-harmless", "The imbalance is not negligible: it is a sample ratio mismatch and the lift can't be trusted.", False),
    ("th2a-ab-01", "small-imbalance-harmless", "A per-user metric does not correct for who dropped out of treatment.", False),
    ("th2a-ab-01", "reweight-fixes-srm", "Just downsample control to 985k so it's 50/50 again and read the lift.", True),
    ("th2a-ab-01", "reweight-fixes-srm", "Resampling control fixes the mismatch.", True),
    ("th2a-ab-01", "reweight-fixes-srm", "At my last job we reweighted to 50/50 and used the result.", True),
    ("th2a-ab-01", "reweight-fixes-srm", "Resampling control to 50/50 does not fix anything, the missing users differ.", False),
    ("th2a-ab-01", "reweight-fixes-srm", "Find the cause of the mismatch and rerun the test.", False),
    ("th2a-ab-02", "novelty-is-a-dip", "Novelty: people hate change, so they avoid the new feed at first.", True),
    ("th2a-ab-02", "novelty-is-a-dip", "Classic novelty effect, initially engagement drops and then recovers.", True),
    ("th2a-ab-02", "novelty-is-a-dip", "novelty effect = first-week dip while users get used to it", True),
    ("th2a-ab-02", "novelty-is-a-dip", "Novelty inflates early engagement because users are curious; the dip version is primacy.", False),
    ("th2a-ab-02", "novelty-is-a-dip", "The novelty effect is not a dip, it is an early boost that fades.", False),
    ("th2a-ab-02", "decay-proves-novelty", "This is clearly a novelty effect, nothing else explains it.", True),
    ("th2a-ab-02", "decay-proves-novelty", "Textbook novelty effect, the lift is decaying week over week.", True),
    ("th2a-ab-02", "decay-proves-novelty", "It could be novelty, but it could also be a change in which users are being measured.", False),
    ("th2a-ab-02", "decay-proves-novelty", "A shrinking lift does not prove novelty; check by days since exposure.", False),
    ("th2a-ab-03", "interference-is-noise", "Spillover between riders averages out with a bigger sample.", True),
    ("th2a-ab-03", "interference-is-noise", "With enough users the interference washes out.", True),
    ("th2a-ab-03", "interference-is-noise", "interference cancels out at scale", True),
    ("th2a-ab-03", "interference-is-noise", "Interference biases the estimate and no sample size removes it.", False),
    ("th2a-ab-03", "interference-is-noise", "More riders do not remove interference bias.", False),
    ("th2a-ab-03", "cluster-costs-nothing", "Geo experiments give the same power as user-level ones.", True),
    ("th2a-ab-03", "cluster-costs-nothing", "Randomising by city keeps full power.", True),
    ("th2a-ab-03", "cluster-costs-nothing", "Randomising by city costs a lot of power because there are only a few dozen cities.", False),
    ("th2a-ab-03", "cluster-costs-nothing", "Cluster randomisation does not keep the same power as rider randomisation.", False),
    ("th2a-ab-04", "error-stays-five", "With daily looks the error still stays at 5%.", True),
    ("th2a-ab-04", "error-stays-five", "Peeking daily is fine as long as the threshold is 0.05.", True),
    ("th2a-ab-04", "error-stays-five", "peeking is harmless if you use p<0.05", True),
    ("th2a-ab-04", "error-stays-five", "Peeking every day is not fine: the overall false positive rate climbs well above 5%.", False),
    ("th2a-ab-04", "error-stays-five", "Each look adds a chance of a false win, so the total alpha is not 5%.", False),
    ("th2a-ab-04", "early-stop-unbiased", "When we stop early, the lift we see is the true effect.", True),
    ("th2a-ab-04", "early-stop-unbiased", "Early stopping introduces no bias in the estimate.", True),
    ("th2a-ab-04", "early-stop-unbiased", "The measured lift at stopping is accurate.", True),
    ("th2a-ab-04", "early-stop-unbiased", "A lift observed when a test stops early overestimates the true effect.", False),
    ("th2a-ab-04", "early-stop-unbiased", "The estimate at an early stop is not unbiased; shrink it or replicate.", False),
    ("th2a-ab-05", "any-false-alarm-five", "Across 40 metrics the overall chance of a false alarm is still 5%.", True),
    ("th2a-ab-05", "any-false-alarm-five", "The 3 significant secondaries are real effects we should report.", True),
    ("th2a-ab-05", "any-false-alarm-five", "With 40 metrics at 5 percent you'd expect about two false positives by chance.", False),
    ("th2a-ab-05", "any-false-alarm-five", "Three significant out of 39 is about what chance gives, not necessarily real effects.", False),
    ("th2a-ab-05", "nonsignificant-guardrail-passes", "The guardrails are flat, so we're safe to ship.", True),
    ("th2a-ab-05", "nonsignificant-guardrail-passes", "Latency change is insignificant, so it's safe.", True),
    ("th2a-ab-05", "nonsignificant-guardrail-passes", "nonsignificant = harmless", True),
    ("th2a-ab-05", "nonsignificant-guardrail-passes", "A flat guardrail doesn't prove it's safe; use a non-inferiority test.", False),
    ("th2a-ab-05", "nonsignificant-guardrail-passes", "Insignificant does not mean safe.", False),
    ("th2a-ab-06", "cuped-inflates-lift", "CUPED amplifies the treatment effect so it becomes significant.", True),
    ("th2a-ab-06", "cuped-inflates-lift", "cuped inflates the lift", True),
    ("th2a-ab-06", "cuped-inflates-lift", "CUPED gives a larger lift.", True),
    ("th2a-ab-06", "cuped-inflates-lift", "CUPED leaves the expected lift unchanged and only shrinks its variance.", False),
    ("th2a-ab-06", "cuped-inflates-lift", "CUPED does not increase the lift; it narrows the interval.", False),
    ("th2a-ab-06", "variance-falls-with-rho", "Variance drops proportionally to the correlation.", True),
    ("th2a-ab-06", "variance-falls-with-rho", "rho = 0.5 reduces variance by 50 percent.", True),
    ("th2a-ab-06", "variance-falls-with-rho", "with correlation 0.5 you cut the variance by 50%", True),
    ("th2a-ab-06", "variance-falls-with-rho", "Variance falls by a factor of one minus rho squared, so rho 0.5 removes only 25 percent.", False),
    ("th2a-ab-06", "variance-falls-with-rho", "A correlation of 0.5 does not cut the variance by 50 percent.", False),
    ("th2a-ab-06", "any-covariate-works", "Any correlated metric works as a covariate.", True),
    ("th2a-ab-06", "any-covariate-works", "Use during-experiment metrics as covariates.", True),
    ("th2a-ab-06", "any-covariate-works", "During-test data covariates work fine too.", True),
    ("th2a-ab-06", "any-covariate-works", "The covariate must be measured before assignment so treatment cannot move it.", False),
    ("th2a-ab-06", "any-covariate-works", "Do not use metrics measured during the experiment as covariates.", False),
    ("th2a-ab-07", "halve-mde-double-n", "Half the MDE means 2x the users.", True),
    ("th2a-ab-07", "halve-mde-double-n", "If we halve the detectable lift, the sample size has to double.", True),
    ("th2a-ab-07", "halve-mde-double-n", "Sample size scales linearly with the inverse of the MDE.", True),
    ("th2a-ab-07", "halve-mde-double-n", "Sample size scales with one over the MDE squared, so halving the MDE needs four times the users.", False),
    ("th2a-ab-07", "halve-mde-double-n", "Halving the MDE does not double the users; it quadruples them.", False),
    ("th2a-ab-07", "significant-small-test-reliable", "It was significant, so the 6% lift is real and we can bank it.", True),
    ("th2a-ab-07", "significant-small-test-reliable", "A small test that still reaches significance is even stronger evidence.", True),
    ("th2a-ab-07", "significant-small-test-reliable", "It came out significant, the 6% estimate is accurate.", True),
    ("th2a-ab-07", "significant-small-test-reliable", "A significant small test exaggerates the effect; shrink the estimate or replicate.", False),
    ("th2a-ab-07", "significant-small-test-reliable", "A significant small test is not reliable: the 6% estimate is inflated.", False),
    ("th2a-ht-01", "p-is-prob-null", "p = 0.03 is the probability the result is due to luck.", True),
    ("th2a-ht-01", "p-is-prob-null", "so we are 97% confident the treatment works.", True),
    ("th2a-ht-01", "p-is-prob-null", "97% sure the effect is real.", True),
    ("th2a-ht-01", "p-is-prob-null", "The p-value is the probability of data at least this extreme if the null were true.", False),
    ("th2a-ht-01", "p-is-prob-null", "p = 0.03 is not the probability that the null is true.", False),
    ("th2a-ht-01", "small-p-big-effect", "A lower p means a stronger effect.", True),
    ("th2a-ht-01", "small-p-big-effect", "The p-value tells you how big the effect is.", True),
    ("th2a-ht-01", "small-p-big-effect", "tiny p value -> larger impact", True),
    ("th2a-ht-01", "small-p-big-effect", "A tiny effect on a huge sample can give a tiny p-value; report the effect size and its interval.", False),
    ("th2a-ht-01", "small-p-big-effect", "The p-value does not measure how big the effect is.", False),
    ("th2a-ht-02", "power-is-false-positive", "Power is the chance of rejecting a true null.", True),
    ("th2a-ht-02", "power-is-false-positive", "Power = probability of a type 1 error.", True),
    ("th2a-ht-02", "power-is-false-positive", "Power equals alpha.", True),
    ("th2a-ht-02", "power-is-false-positive", "Power is the probability of catching a real effect, one minus beta.", False),
    ("th2a-ht-02", "power-is-false-positive", "Power is not the probability of a false positive.", False),
    ("th2a-ht-02", "lower-alpha-reduces-both", "Tightening alpha reduces both error types.", True),
    ("th2a-ht-02", "lower-alpha-reduces-both", "stricter threshold minimizes both errors", True),
    ("th2a-ht-02", "lower-alpha-reduces-both", "Lowering alpha gives fewer false positives but more false negatives; only a bigger sample reduces both.", False),
    ("th2a-ht-02", "lower-alpha-reduces-both", "Reducing alpha does not lower both errors.", False),
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm is less conservative, meaning more false positives get through.", True),
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm trades error control for power.", True),
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm relaxes the family-wise guarantee a bit.", True),
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm controls the family-wise error rate at 5% exactly like Bonferroni and is uniformly more powerful.", False),
    ("th2a-ht-03", "holm-weaker-guarantee", "Holm does not inflate the family-wise error rate.", False),
    ("th2a-ht-03", "fdr-is-fwer", "BH is the same as FWER control, just faster.", True),
    ("th2a-ht-03", "fdr-is-fwer", "FDR at 5% means zero false positives among the hits.", True),
    ("th2a-ht-03", "fdr-is-fwer", "Benjamini is equivalent to Bonferroni.", True),
    ("th2a-ht-03", "fdr-is-fwer", "FDR at 5% bounds the expected share of false discoveries, so some false positives are expected.", False),
    ("th2a-ht-03", "fdr-is-fwer", "BH is not the same as FWER control; it allows a fraction of false discoveries.", False),
    ("th2a-ht-04", "all-significant-real", "160 significant features, they're all predictive, keep them.", True),
    ("th2a-ht-04", "all-significant-real", "Each has p below 0.05, hence a real association.", True),
    ("th2a-ht-04", "all-significant-real", "With 2,000 tests at 5% you expect about 100 false positives among the 160.", False),
    ("th2a-ht-04", "all-significant-real", "Not all 160 significant features are real; control the FDR with Benjamini-Hochberg.", False),
    ("th2a-ht-04", "select-then-cv-fine", "Select the features on the whole dataset first, then run 5-fold CV.", True),
    ("th2a-ht-04", "select-then-cv-fine", "Cross-validation protects against the selection overfitting.", True),
    ("th2a-ht-04", "select-then-cv-fine", "pick features upfront then cv, that's fine", True),
    ("th2a-ht-04", "select-then-cv-fine", "Feature selection must happen inside each fold, otherwise CV is optimistic.", False),
    ("th2a-ht-04", "select-then-cv-fine", "Selecting features on all the data and then cross-validating is not honest.", False),
    ("th2a-ht-05", "probability-in-this-interval", "I'm 95% sure the lift is between 0.2% and 1.8%.", True),
    ("th2a-ht-05", "probability-in-this-interval", "The true lift has a 95% chance of being in the interval.", True),
    ("th2a-ht-05", "probability-in-this-interval", "Colleague is right, that is what a CI means.", True),
    ("th2a-ht-05", "probability-in-this-interval", "95% of intervals built this way would contain the true lift; this one either does or does not.", False),
    ("th2a-ht-05", "probability-in-this-interval", "The colleague is not right; the 95% refers to the procedure.", False),
    ("th2a-ht-05", "overlap-means-no-difference", "If the CIs overlap, the two are the same.", True),
    ("th2a-ht-05", "overlap-means-no-difference", "intervals overlap -> insignificant", True),
    ("th2a-ht-05", "overlap-means-no-difference", "Overlapping intervals can still give a significant difference; compute the interval of the difference.", False),
    ("th2a-ht-05", "overlap-means-no-difference", "Overlap of two intervals does not imply the groups are the same.", False),
    ("th2a-ht-06", "t-test-needs-normal-data", "The t-test assumes normally distributed observations, so conversion data is out.", True),
    ("th2a-ht-06", "t-test-needs-normal-data", "t-test needs gaussian data", True),
    ("th2a-ht-06", "t-test-needs-normal-data", "Conversion isn't normally distributed, so a t-test is invalid.", True),
    ("th2a-ht-06", "t-test-needs-normal-data", "The t-test needs the mean to be roughly normal, which the central limit theorem gives at this size.", False),
    ("th2a-ht-06", "t-test-needs-normal-data", "The t-test does not need normal data with 200,000 users per arm.", False),
    ("th2a-ht-06", "bootstrap-creates-data", "The bootstrap generates more samples, which helps with a small n.", True),
    ("th2a-ht-06", "bootstrap-creates-data", "Bootstrapping increases the sample size.", True),
    ("th2a-ht-06", "bootstrap-creates-data", "bootstrap synthesizes extra observations", True),
    ("th2a-ht-06", "bootstrap-creates-data", "The bootstrap resamples the data you have; it adds no information.", False),
    ("th2a-ht-06", "bootstrap-creates-data", "Bootstrapping does not increase the sample size.", False),
]


def states(matcher: Matcher, text: str, cue: str) -> bool:
    """The grader's own misconception semantics (``Matcher.states``)."""
    return matcher.states(matcher.index(text), cue)


def _misconception(curriculum: Curriculum, prompt_id: str, misconception_id: str) -> Misconception:
    p = curriculum.prompts[prompt_id]
    assert isinstance(p, TheoryPrompt)
    return next(m for m in p.misconceptions if m.id == misconception_id)


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=[f"{p}:{m}:{'hit' if hit else 'miss'}{i}" for i, (p, m, _, hit) in enumerate(CASES)],
)
def test_paraphrases(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    m = _misconception(curriculum, prompt_id, misconception_id)
    fired = [c for c in m.cues if states(matcher, sentence, c)]
    assert bool(fired) is should_match, fired


def test_every_touched_misconception_has_wrong_and_right_sentences(curriculum: Curriculum) -> None:
    for pid, mid in TOUCHED:
        _misconception(curriculum, pid, mid)
        rows = [hit for p, m, _, hit in CASES if (p, m) == (pid, mid)]
        assert rows.count(True) >= 2 and rows.count(False) >= 2, (pid, mid)


def test_touched_cues_keep_their_alternatives(curriculum: Curriculum, matcher: Matcher) -> None:
    for pid, mid in TOUCHED:
        m = _misconception(curriculum, pid, mid)
        assert 2 <= len(m.cues) <= 5, (pid, mid)
        for cue in m.cues:
            c = matcher.compile(cue)
            assert 2 <= len(c.slots), (pid, mid, cue)


def test_correct_texts_do_not_trip_touched_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    """Key points, explanations, depths and corrections are right by construction."""
    for pid in sorted({p for p, _ in TOUCHED}):
        p = curriculum.prompts[pid]
        assert isinstance(p, TheoryPrompt)
        kps = [*p.key_points, *p.follow_up.key_points]
        texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
        texts += [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]
        for m in p.misconceptions:
            for t in texts:
                hits = [c for c in m.cues if states(matcher, t, c)]
                assert not hits, f"{p.id}/{m.id}: {hits} fires on {t!r}"
