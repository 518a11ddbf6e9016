"""The t4 pass over the recsys/retrieval, experimentation, evaluation-metrics and responsible-ML prompts.

Step B: correct answers written from the questions and key points only
(``tests/labelled/right_fresh_t4.yaml``) whose sentences tripped a misconception are kept here as rows
that must not fire, next to wrong sentences that must still fire after the cue was narrowed.
Step C: misses on the tuning set ``wrong_own``: each caught wrong idea has its own phrasing and two
paraphrases that must fire, and right sentences in the same words (the key point's claim, a denial, a
"rather than" contrast, a related true statement) that must not. Misconceptions this pass added are
listed in ``ADDED`` and checked like ``test_misconceptions_rv1.py``. Matching is the grader's own
(``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: every misconception this pass added, with its cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-met-06", "mape-caps-over-forecasts"): [
        "=over|overforecast* forecast*|predict*|estimat* cap*|bounded|limited",
        "=under|underforecast* forecast*|predict*|estimat* grow*|unbounded|unlimited|explod*",
        "=predict*|forecast*|err* high|higher|long|longer side",
        "mape cap*|caps|bound* over|overforecast* predict*|forecast*|estimat*",
    ],
    ("th2a-ht-03", "holm-uses-bh-thresholds"): [
        "holm 005 010 015",
        "=holm give*|gives|pass*|passes|yield*|find*|keep*|select*|declar* five|5",
        "=holm five|5 segment*|significant",
    ],
    ("th2a-ab-07", "relative-lift-as-absolute"): [
        "0475 0004",
        "=0 02 squar*|2",
        "=900|1900 users|per|arm",
    ],
}

TOUCHED: list[tuple[str, str]] = list(ADDED)

CASES: list[tuple[str, str, str, bool]] = [
    # --- step B: false alarms on right answers ---
    # th2a-ms-06: "X would be wrong because" is not a disclaimer the matcher knows
    (
        "th2a-ms-06",
        "add-raw-scores",
        "Adding raw logits would be wrong because their scales differ and drift between versions",
        False,
    ),
    ("th2a-ms-06", "add-raw-scores", "Combine calibrated probabilities, not raw logits.", False),
    (
        "th2a-ms-06",
        "add-raw-scores",
        "Rather than adding raw logits, combine calibrated probabilities with explicit weights.",
        False,
    ),
    ("th2a-ms-06", "add-raw-scores", "Don't just add the raw logits together; their scales differ.", False),
    ("th2a-ms-06", "add-raw-scores", "Just add the raw logits of the heads together.", True),
    ("th2a-ms-06", "add-raw-scores", "I'd sum the raw scores of the three heads.", True),
    ("th2a-ms-06", "add-raw-scores", "simply sum the raw outputs of each head and rank by that", True),
    ("th2a-ms-06", "add-raw-scores", "take a weighted sum of the head logits", True),
    # th-met-07: "clicks are only a proxy" is the right claim
    (
        "th-met-07",
        "clicks-only-online",
        "But those logs come from the current ranker, so they favour lookalike models, and clicks are only a proxy",
        False,
    ),
    ("th-met-07", "clicks-only-online", "Clicks are only a proxy for what users value.", False),
    ("th-met-07", "clicks-only-online", "Offline labels are clicks only, which is a proxy.", False),
    ("th-met-07", "clicks-only-online", "Don't judge it on CTR alone; add guardrails on latency and hides.", False),
    ("th-met-07", "clicks-only-online", "Online, CTR is the only metric that matters.", True),
    ("th-met-07", "clicks-only-online", "Clicks alone are enough to judge the A/B test.", True),
    ("th-met-07", "clicks-only-online", "judge the test on clicks only", True),
    ("th-met-07", "clicks-only-online", "we don't need guardrails if CTR goes up", True),
    # th2a-int-02: "doesn't mean the information is useless" read as "no information"
    ("th2a-int-02", "low-importance-useless", "low importance here doesn't mean the information is useless", False),
    (
        "th2a-int-02",
        "low-importance-useless",
        "Low importance doesn't mean the feature is useless; its twin covers for it.",
        False,
    ),
    (
        "th2a-int-02",
        "low-importance-useless",
        "It's not that low-importance features are useless, they share signal.",
        False,
    ),
    (
        "th2a-int-02",
        "low-importance-useless",
        "Low permutation importance means the feature has no information.",
        True,
    ),
    ("th2a-int-02", "low-importance-useless", "Both have low importance, so they're useless and can be dropped.", True),
    ("th2a-int-02", "low-importance-useless", "Zero importance features are useless.", True),
    # --- step C: misses on wrong_own (each: its phrasing, paraphrases, right sentences) ---
    # th-met-01: precision-rises-too
    (
        "th-met-01",
        "precision-rises-too",
        "precision goes down monotonically every time you lower it, since every extra flagged message is more "
        "likely ham",
        True,
    ),
    ("th-met-01", "precision-rises-too", "Precision decreases monotonically as the threshold drops.", True),
    ("th-met-01", "precision-rises-too", "precision always falls", True),
    (
        "th-met-01",
        "precision-rises-too",
        "Precision usually falls because every extra flagged message is more likely ham, but it isn't "
        "guaranteed to be monotone.",
        False,
    ),
    (
        "th-met-01",
        "precision-rises-too",
        "precision usually drops when the threshold drops, though not monotonically",
        False,
    ),
    ("th-met-01", "precision-rises-too", "It's not that precision falls monotonically; it can tick up.", False),
    (
        "th-met-01",
        "precision-rises-too",
        "Lowering the threshold trades precision for recall, recall increases and precision usually drops.",
        False,
    ),
    # th-met-01: precision-ignores-prevalence
    (
        "th-met-01",
        "precision-ignores-prevalence",
        "nothing changes for either. precision and recall are properties of the model + threshold, not of the "
        "data mix, so same model same threshold = same P and R.",
        True,
    ),
    (
        "th-met-01",
        "precision-ignores-prevalence",
        "Precision and recall don't depend on the spam rate, only on the model and threshold.",
        True,
    ),
    (
        "th-met-01",
        "precision-ignores-prevalence",
        "precision & recall are properties of the classifier, so both stay put when spam doubles",
        True,
    ),
    ("th-met-01", "precision-ignores-prevalence", "Precision rises, recall doesn't change.", False),
    (
        "th-met-01",
        "precision-ignores-prevalence",
        "It's not that precision and recall are properties of the model alone: precision moves with prevalence.",
        False,
    ),
    ("th-met-01", "precision-ignores-prevalence", "Recall and FPR don't depend on prevalence, precision does.", False),
    (
        "th-met-01",
        "precision-ignores-prevalence",
        "Precision and recall don't move together here: recall stays put while precision rises.",
        False,
    ),
    # th-met-06: mae-gives-mean
    ("th-met-06", "mae-gives-mean", "MAE gives the conditional median, RMSE the conditional mean.", False),
    (
        "th-met-06",
        "mae-gives-mean",
        "Minimizing squared error gives the conditional mean; minimizing absolute error gives the conditional median.",
        False,
    ),
    ("th-met-06", "mae-gives-mean", "MAE predicts the mean", True),
    # th2a-ms-02: late-interaction-cheap-scoring
    (
        "th2a-ms-02",
        "late-interaction-cheap-scoring",
        "Compute: score = Σ_q max_d (q·d), i.e. |q|×|d| = 32 × 100 = 3,200 dot products per candidate, but "
        "the doc vectors are precomputed, so that's effectively as cheap as one dot product and you can "
        "brute-force the whole corpus just like single-vector retrieval.",
        True,
    ),
    (
        "th2a-ms-02",
        "late-interaction-cheap-scoring",
        "Since the token vectors are precomputed, MaxSim is practically as cheap as a single dot product per document.",
        True,
    ),
    (
        "th2a-ms-02",
        "late-interaction-cheap-scoring",
        "late interaction scoring costs roughly the same as one dot product",
        True,
    ),
    (
        "th2a-ms-02",
        "late-interaction-cheap-scoring",
        "Scoring needs 3,200 dot products per candidate, so it's not as cheap as one dot product.",
        False,
    ),
    ("th2a-ms-02", "late-interaction-cheap-scoring", "It's nowhere near as cheap as one dot product.", False),
    (
        "th2a-ms-02",
        "late-interaction-cheap-scoring",
        "Rather than being as cheap as one dot product, MaxSim needs query × doc tokens dot products.",
        False,
    ),
    (
        "th2a-ms-02",
        "late-interaction-cheap-scoring",
        "One vector per item costs one dot product per candidate; late interaction costs query-tokens × doc-tokens.",
        False,
    ),
    # th2a-ms-03: logged-recall-unbiased
    (
        "th2a-ms-03",
        "logged-recall-unbiased",
        "- the logged engagements are the ground truth of what users wanted, so measuring against them is enough",
        True,
    ),
    (
        "th2a-ms-03",
        "logged-recall-unbiased",
        "Recall against logged engagement is sufficient, that's what users actually wanted.",
        True,
    ),
    ("th2a-ms-03", "logged-recall-unbiased", "measuring recall on the logged clicks is enough", True),
    (
        "th2a-ms-03",
        "logged-recall-unbiased",
        "Logged engagement only covers what the old system showed, so measuring against it is not enough.",
        False,
    ),
    (
        "th2a-ms-03",
        "logged-recall-unbiased",
        "Rather than measuring against logged clicks alone, score a large candidate set with the ranker.",
        False,
    ),
    (
        "th2a-ms-03",
        "logged-recall-unbiased",
        "Logged engagements are not ground truth for what users wanted; they only cover what was shown.",
        False,
    ),
    (
        "th2a-ms-03",
        "logged-recall-unbiased",
        "Measure recall against later engagement and against the ranker's top choices.",
        False,
    ),
    # th2a-ms-03: ann-is-exact
    (
        "th2a-ms-03",
        "ann-is-exact",
        "We didn't bother separating out the ANN index: HNSW is ~99% recall, so any gap is the retrieval model.",
        True,
    ),
    ("th2a-ms-03", "ann-is-exact", "HNSW recall is about 99%, so any gap is the embedding model.", True),
    (
        "th2a-ms-03",
        "ann-is-exact",
        "Whatever recall gap there is comes from the embedding model, not from the index.",
        True,
    ),
    (
        "th2a-ms-03",
        "ann-is-exact",
        "Separate model recall from index recall: any gap between exact and ANN search is the index's fault.",
        False,
    ),
    ("th2a-ms-03", "ann-is-exact", "It's not that any gap is the model; the ANN index loses recall too.", False),
    (
        "th2a-ms-03",
        "ann-is-exact",
        "Compare exact nearest neighbours with the ANN results; the rest of the gap is the model.",
        False,
    ),
    # th2a-mf-01: zeros-are-dislikes
    (
        "th2a-mf-01",
        "zeros-are-dislikes",
        "The zeros get full confidence, the same as plays: the user had the catalogue in front of them and "
        "chose not to play those songs, so they're real negatives.",
        True,
    ),
    (
        "th2a-mf-01",
        "zeros-are-dislikes",
        "unplayed songs get the same confidence as played ones, since the user chose not to play them",
        True,
    ),
    ("th2a-mf-01", "zeros-are-dislikes", "- zeros: full weight, the user saw them and passed", True),
    ("th2a-mf-01", "zeros-are-dislikes", "The zeros get the lowest confidence, not full confidence.", False),
    (
        "th2a-mf-01",
        "zeros-are-dislikes",
        "Zeros don't get full confidence: the user may never have seen the song.",
        False,
    ),
    ("th2a-mf-01", "zeros-are-dislikes", "Rather than giving the zeros full confidence, ALS gives them c = 1.", False),
    (
        "th2a-mf-01",
        "zeros-are-dislikes",
        "Unplayed pairs enter as zeros with the same low confidence of 1, so they pull only gently.",
        False,
    ),
    # th2a-mf-01: ignore-the-zeros
    (
        "th2a-mf-01",
        "ignore-the-zeros",
        "you could train on only the observed plays with SGD, its just slower than ALS at this scale. the "
        "model would still learn preferences from which songs have high counts vs low counts, ALS is mostly a "
        "speed trick",
        True,
    ),
    (
        "th2a-mf-01",
        "ignore-the-zeros",
        "With only positives, predicting 1 everywhere fits perfectly, so the model learns nothing about preference.",
        False,
    ),
    (
        "th2a-mf-01",
        "ignore-the-zeros",
        "The model would not learn preferences from the counts alone, since every observed entry is positive.",
        False,
    ),
    (
        "th2a-mf-01",
        "ignore-the-zeros",
        "Confidence grows with the count, so high counts pull harder, but the zeros are what teach preference.",
        False,
    ),
    (
        "th2a-mf-01",
        "ignore-the-zeros",
        "Trained on the plays alone, the model still learns nothing about preference.",
        False,
    ),
    # th2a-mf-03: vector-needs-full-retrain
    (
        "th2a-mf-03",
        "vector-needs-full-retrain",
        "then wait for the next full retrain to give it a learned vector, MF can't update one item on its own.",
        True,
    ),
    (
        "th2a-mf-03",
        "vector-needs-full-retrain",
        "The model cannot fold in a single new song; it needs a full retrain.",
        True,
    ),
    (
        "th2a-mf-03",
        "vector-needs-full-retrain",
        "It's not that MF can't update one item; fold-in does exactly that.",
        False,
    ),
    (
        "th2a-mf-03",
        "vector-needs-full-retrain",
        "No need to retrain, just update one item's vector with a least-squares solve.",
        False,
    ),
    (
        "th2a-mf-03",
        "vector-needs-full-retrain",
        "Rather than waiting for the next full retrain, update the item's vector with the user vectors held fixed.",
        False,
    ),
    (
        "th2a-mf-03",
        "vector-needs-full-retrain",
        "With the user vectors fixed, you can update one item's vector in closed form.",
        False,
    ),
    # th2a-mf-02: uniform-negatives-best
    (
        "th2a-mf-02",
        "uniform-negatives-best",
        "We sampled negatives uniformly, which is the best default: uniform negatives are unbiased and every "
        "one carries useful signal, so training converges fast.",
        True,
    ),
    (
        "th2a-mf-02",
        "uniform-negatives-best",
        "Drawing negatives uniformly is optimal because it's unbiased.",
        True,
    ),
    ("th2a-mf-02", "uniform-negatives-best", "- negatives: uniform, best default, unbiased", True),
    (
        "th2a-mf-02",
        "uniform-negatives-best",
        "Sampling negatives uniformly is not the best choice: most are easy.",
        False,
    ),
    (
        "th2a-mf-02",
        "uniform-negatives-best",
        "Sampling negatives uniformly is simplest, but popularity-based sampling gives harder ones.",
        False,
    ),
    (
        "th2a-mf-02",
        "uniform-negatives-best",
        "Rather than sampling negatives uniformly, use popularity^0.75, which works best in practice.",
        False,
    ),
    (
        "th2a-mf-02",
        "uniform-negatives-best",
        "People assume uniform negatives are best because they're unbiased, but they give near-zero gradients.",
        False,
    ),
    # th2a-mf-02: impressions-suffice
    (
        "th2a-mf-02",
        "impressions-suffice",
        "yes impressions are strictly better, the user saw the item and passed, so its a real negative. id "
        "switch completely to impression negatives and drop the random ones, random unclicked items are "
        "mostly stuff the user never saw so they just add noise",
        True,
    ),
    ("th2a-mf-02", "impressions-suffice", "Switch entirely to shown-but-unclicked items as negatives.", True),
    ("th2a-mf-02", "impressions-suffice", "Drop the random ones; impression negatives are all you need.", True),
    (
        "th2a-mf-02",
        "impressions-suffice",
        "Don't drop the random ones: impressions only cover what the old ranker showed.",
        False,
    ),
    (
        "th2a-mf-02",
        "impressions-suffice",
        "Rather than switching completely to impressions, mix them with random negatives.",
        False,
    ),
    (
        "th2a-mf-02",
        "impressions-suffice",
        "Impressions carry more information, but mixing in random ones keeps the model able to demote unseen items.",
        False,
    ),
    ("th2a-mf-02", "impressions-suffice", "I wouldn't switch completely to impression negatives.", False),
    # th2a-int-04: interventional-respects-correlation
    (
        "th2a-int-04",
        "interventional-respects-correlation",
        "interventional SHAP integrates the missing features given the present ones (true to the data), "
        "conditional SHAP fills them independently from the background (true to the model). pick based on the "
        "question",
        True,
    ),
    (
        "th2a-int-04",
        "interventional-respects-correlation",
        "Interventional SHAP integrates over the absent features conditional on the observed ones.",
        True,
    ),
    (
        "th2a-int-04",
        "interventional-respects-correlation",
        "- conditional SHAP: samples them independently from the background",
        True,
    ),
    (
        "th2a-int-04",
        "interventional-respects-correlation",
        "Interventional SHAP fills absent features independently from the background; conditional SHAP "
        "integrates them given the present ones.",
        False,
    ),
    (
        "th2a-int-04",
        "interventional-respects-correlation",
        "Unlike interventional SHAP, which fills absent features independently, conditional SHAP integrates "
        "them given the present ones.",
        False,
    ),
    (
        "th2a-int-04",
        "interventional-respects-correlation",
        "Interventional SHAP replaces absent features with background values independently of the present ones.",
        False,
    ),
    (
        "th2a-int-04",
        "interventional-respects-correlation",
        "Conditional SHAP does not fill features independently; it conditions on the present ones.",
        False,
    ),
    # th2a-fair-03: overall-implies-group
    (
        "th2a-fair-03",
        "overall-implies-group",
        "A single threshold treats the groups differently in effect, because a 0.3 means different risks.",
        False,
    ),
    (
        "th2a-fair-03",
        "overall-implies-group",
        "One threshold doesn't treat all groups the same when calibration differs by group.",
        False,
    ),
    (
        "th2a-fair-03",
        "overall-implies-group",
        "It's not that one threshold treats all groups the same; the scores mean different things.",
        False,
    ),
    # th2a-int-05: interpretable-costs-much
    (
        "th2a-int-05",
        "interpretable-costs-much",
        "interpretable models like scorecards or GAMs cost a lot of accuracy on tabular credit data, usually "
        "several AUC points",
        True,
    ),
    ("th2a-int-05", "interpretable-costs-much", "GAMs cost several AUC points against boosting.", True),
    ("th2a-int-05", "interpretable-costs-much", "- glass-box models: cost much accuracy, not worth it", True),
    (
        "th2a-int-05",
        "interpretable-costs-much",
        "On tabular data, interpretable models such as GAMs or EBMs often cost little accuracy.",
        False,
    ),
    (
        "th2a-int-05",
        "interpretable-costs-much",
        "It's not that GAMs cost a lot of accuracy; on tabular data they are often within noise.",
        False,
    ),
    ("th2a-int-05", "interpretable-costs-much", "GAMs don't cost much accuracy on tabular credit data.", False),
    # th2a-ab-07: significant-small-test-reliable
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "Yes. Being underpowered only raises the risk of missing a real effect; once a result is significant, "
        "the point estimate is unbiased, so +6% is our best guess of the launch lift.",
        True,
    ),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "A significant estimate is unbiased even from a small test, so trust the 6%.",
        True,
    ),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "- significant => estimate unbiased, use +6% for the forecast",
        True,
    ),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "No: a significant estimate from an underpowered test is not unbiased; it is exaggerated.",
        False,
    ),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "The unconditional estimate is unbiased, but conditional on significance it overstates the effect.",
        False,
    ),
    (
        "th2a-ab-07",
        "significant-small-test-reliable",
        "It's not that a significant estimate is unbiased: significance selects the lucky draws.",
        False,
    ),
    # th2a-ab-06: variance-falls-with-rho
    (
        "th2a-ab-06",
        "variance-falls-with-rho",
        "Variance: var(Y_cv) = var(Y)·(1 − ρ), so ρ = 0.7 removes 70% of the variance and cuts the sample "
        "size needed by about the same factor.",
        True,
    ),
    ("th2a-ab-06", "variance-falls-with-rho", "With a correlation of 0.7, CUPED removes 70% of the variance.", True),
    ("th2a-ab-06", "variance-falls-with-rho", "rho = 0.7 -> variance cut by 70%", True),
    ("th2a-ab-06", "variance-falls-with-rho", "ρ = 0.7 removes about half the variance, since 1 − 0.49 = 0.51.", False),
    ("th2a-ab-06", "variance-falls-with-rho", "It's not that ρ = 0.7 removes 70%; it removes ρ² = 49%.", False),
    (
        "th2a-ab-06",
        "variance-falls-with-rho",
        "ρ = 0.7 removes about half; to remove 70% you would need ρ ≈ 0.84.",
        False,
    ),
    ("th2a-ab-06", "variance-falls-with-rho", "A correlation of 0.7 removes 49% of the variance, not 70%.", False),
    # th2a-ab-06: any-covariate-works
    (
        "th2a-ab-06",
        "any-covariate-works",
        "The best covariate is the pre-period value of the same metric, not something measured during the test.",
        False,
    ),
    (
        "th2a-ab-06",
        "any-covariate-works",
        "A covariate measured during the test can absorb part of the effect and bias it.",
        False,
    ),
    (
        "th2a-ab-06",
        "any-covariate-works",
        "Rather than a covariate from the experiment period, use the pre-period metric, which is the best choice.",
        False,
    ),
    # th2a-ab-03: cluster-costs-nothing
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "We moved to randomising whole cities. That fixes the interference at basically no cost, because you "
        "still have millions of riders in each arm so the variance is as tight as before.",
        True,
    ),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "City-level randomisation keeps the variance unchanged, since there are still millions of riders per arm.",
        True,
    ),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "- randomise by city: still millions of users per arm, so power is the same as before",
        True,
    ),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "With city randomisation the variance is not as tight as before, since there are only a few dozen units.",
        False,
    ),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "The variance is much higher than before, because the effective sample is the number of cities.",
        False,
    ),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "It's not that the variance stays as tight as before: you have far fewer units.",
        False,
    ),
    (
        "th2a-ab-03",
        "cluster-costs-nothing",
        "Power is computed at the city level, not from the millions of riders.",
        False,
    ),
    # th2a-ht-03: fdr-is-fwer
    (
        "th2a-ht-03",
        "fdr-is-fwer",
        "FDR control bounds the expected share of false discoveries at 5%, not the chance of any false positive.",
        False,
    ),
    ("th2a-ht-03", "fdr-is-fwer", "With BH the chance of any false positive no longer stays at 5%.", False),
    (
        "th2a-ht-03",
        "fdr-is-fwer",
        "It's not that the chance of even one false positive stays at 5%; BH bounds the expected share of false ones.",
        False,
    ),
    (
        "th2a-ht-03",
        "fdr-is-fwer",
        "Holm keeps the chance of even one false positive at 5%; BH bounds the expected false share instead.",
        False,
    ),
    # th-met-06: mape-caps-over-forecasts
    (
        "th-met-06",
        "mape-caps-over-forecasts",
        "It is also asymmetric: over-forecasts are capped while under-forecasts can grow without limit, so a "
        "model optimised for MAPE learns to predict on the high side.",
        True,
    ),
    (
        "th-met-06",
        "mape-caps-over-forecasts",
        "MAPE caps the penalty for over-predictions at 100%, so it nudges the model to forecast high.",
        True,
    ),
    (
        "th-met-06",
        "mape-caps-over-forecasts",
        "- mape asymmetric: under-forecasts unbounded, over-forecasts bounded at 100% -> biases ETAs long",
        True,
    ),
    (
        "th-met-06",
        "mape-caps-over-forecasts",
        "Under-predictions explode in MAPE, so the model errs on the high side.",
        True,
    ),
    (
        "th-met-06",
        "mape-caps-over-forecasts",
        "It is asymmetric: under-forecasts are capped at 100% while over-forecasts are not, so optimizing it "
        "biases forecasts low.",
        False,
    ),
    (
        "th-met-06",
        "mape-caps-over-forecasts",
        "Under-forecasts can't exceed 100% error, but over-forecasts are unbounded.",
        False,
    ),
    (
        "th-met-06",
        "mape-caps-over-forecasts",
        "An over-forecast has no upper limit on its percentage error, so MAPE pushes predictions low.",
        False,
    ),
    ("th-met-06", "mape-caps-over-forecasts", "It's not that over-forecasts are capped; under-forecasts are.", False),
    ("th-met-06", "mape-caps-over-forecasts", "A model trained on MAPE predicts on the low side.", False),
    ("th-met-06", "mape-caps-over-forecasts", "MAPE caps under-forecasts at 100%, not over-forecasts.", False),
    # th2a-ht-03: holm-uses-bh-thresholds
    (
        "th2a-ht-03",
        "holm-uses-bh-thresholds",
        "Holm: sort, compare the i-th smallest with i·α/m = .005, .010, .015, .020, .025 … → 0.001, 0.0052, "
        "0.006, 0.018, 0.024 all pass, so Holm gives five segments.",
        True,
    ),
    (
        "th2a-ht-03",
        "holm-uses-bh-thresholds",
        "Holm's step-down thresholds are 0.005, 0.010, 0.015, 0.020, 0.025, so all five pass.",
        True,
    ),
    ("th2a-ht-03", "holm-uses-bh-thresholds", "- Holm: 5 segments (0.024 < 0.025)", True),
    ("th2a-ht-03", "holm-uses-bh-thresholds", "Holm finds five significant segments, Bonferroni only one.", True),
    (
        "th2a-ht-03",
        "holm-uses-bh-thresholds",
        "Holm compares the i-th smallest with α/(m − i + 1): 0.005, 0.0056, 0.00625, then 0.018 > 0.0071, so "
        "three segments.",
        False,
    ),
    (
        "th2a-ht-03",
        "holm-uses-bh-thresholds",
        "Bonferroni keeps one segment, Holm three, and Benjamini-Hochberg five.",
        False,
    ),
    (
        "th2a-ht-03",
        "holm-uses-bh-thresholds",
        "BH compares the k-th smallest with k·q/m = 0.005, 0.010, 0.015, 0.020, 0.025, so five pass; Holm keeps three.",
        False,
    ),
    ("th2a-ht-03", "holm-uses-bh-thresholds", "It's not that Holm gives five segments; that's the BH answer.", False),
    (
        "th2a-ht-03",
        "holm-uses-bh-thresholds",
        "Holm uses 0.005, 0.0056, 0.00625 and BH uses 0.005, 0.010, 0.015.",
        False,
    ),
    ("th2a-ht-03", "holm-uses-bh-thresholds", "Holm: 3 segments, BH: 5 segments.", False),
    # th2a-ab-07: relative-lift-as-absolute
    (
        "th2a-ab-07",
        "relative-lift-as-absolute",
        "σ² = p(1−p) = .05·.95 = .0475. δ = 2% = 0.02, so n ≈ 16 × .0475 / .0004 ≈ 1,900 users per arm. Easy.",
        True,
    ),
    ("th2a-ab-07", "relative-lift-as-absolute", "The lift is 2% = 0.02, so n = 16·0.0475/0.02² ≈ 1,900 per arm.", True),
    ("th2a-ab-07", "relative-lift-as-absolute", "- delta = 0.02 -> n ≈ 1900 users per arm, easy to get", True),
    (
        "th2a-ab-07",
        "relative-lift-as-absolute",
        "With an effect of 2% = 0.02 we need only about 1,900 users per arm.",
        True,
    ),
    (
        "th2a-ab-07",
        "relative-lift-as-absolute",
        "Here δ = 0.001 (2% of 5%) and σ² = 0.0475, so n ≈ 16 × 0.0475 / 0.000001 ≈ 760,000 users per arm.",
        False,
    ),
    (
        "th2a-ab-07",
        "relative-lift-as-absolute",
        "δ = 0.05 × 0.02 = 0.001 and σ² ≈ 0.0475, so n ≈ 16σ²/δ² ≈ 760k per arm.",
        False,
    ),
    (
        "th2a-ab-07",
        "relative-lift-as-absolute",
        "A 2% relative lift is 0.02 × 0.05 = 0.001 in absolute terms, not 0.02.",
        False,
    ),
    (
        "th2a-ab-07",
        "relative-lift-as-absolute",
        "The relative lift is 2% = 0.02, which on a 5% baseline is an absolute 0.001.",
        False,
    ),
    (
        "th2a-ab-07",
        "relative-lift-as-absolute",
        "About 760,000 users per arm; with 900,000 per arm total traffic we could run it.",
        False,
    ),
    # t4 re-check: widened cues withdrawn after these right sentences fired (wo-186 and wo-071 left uncaught)
    (
        "th2a-fair-03",
        "overall-implies-group",
        "One threshold treats all groups the same formally, yet a 0.3 means different risks.",
        False,
    ),
    (
        "th2a-ab-06",
        "any-covariate-works",
        "Engagement during the test is usually better correlated than the pre-period value, "
        "but it is affected by treatment.",
        False,
    ),
    ("th2a-int-05", "interpretable-costs-much", "EBMs cost much less accuracy than people expect.", False),
    (
        "th2a-int-05",
        "interpretable-costs-much",
        "On tabular data a GAM costs a lot less accuracy than you'd think.",
        False,
    ),
    ("th2a-int-05", "interpretable-costs-much", "GAMs lose much less accuracy than people assume.", False),
    # t4 re-check: right sentences that fired on step-C cues, which were narrowed or withdrawn
    (
        "th2a-ht-03",
        "fdr-is-fwer",
        "Before, the chance of even one false positive stayed at 5%; now only the expected share of false "
        "discoveries is bounded.",
        False,
    ),
    (
        "th2a-ht-03",
        "fdr-is-fwer",
        "With Holm the chance of any false positive stays at 5%, while BH bounds the expected share.",
        False,
    ),
    ("th2a-mf-01", "ignore-the-zeros", "With c = 1 + α·r, ALS still learns preferences weighted by the counts.", False),
    ("th2a-mf-01", "ignore-the-zeros", "ALS is not merely a speed trick: it covers every zero exactly.", False),
    (
        "th2a-mf-01",
        "ignore-the-zeros",
        "ALS is merely a speed trick; SGD on the plays alone would learn the same thing.",
        True,
    ),
    ("th2a-mf-01", "ignore-the-zeros", "- ALS: mostly a speed trick, plays-only SGD works too", True),
    (
        "th2a-ms-03",
        "logged-recall-unbiased",
        "Using logged engagement as ground truth biases recall toward the old system.",
        False,
    ),
    ("th2a-ms-03", "logged-recall-unbiased", "Measuring against them alone isn't enough.", False),
    (
        "th-met-01",
        "precision-ignores-prevalence",
        "Precision and recall don't change in the same way: recall stays, precision rises.",
        False,
    ),
    (
        "th-met-01",
        "precision-ignores-prevalence",
        "Precision and recall don't depend on the threshold in the same way.",
        False,
    ),
    (
        "th2a-mf-03",
        "vector-needs-full-retrain",
        "Without any plays the model can't update one item's vector at all.",
        False,
    ),
    (
        "th2a-mf-03",
        "vector-needs-full-retrain",
        "MF can't update a single item on its own; it waits for the retrain.",
        True,
    ),
    ("th2a-mf-03", "vector-needs-full-retrain", "The model cannot fold in one song by itself.", True),
    # t4 third check: right sentences that fired on step-C cues, which were narrowed
    (
        "th2a-mf-01",
        "zeros-are-dislikes",
        "Zeros get equal confidence of 1 each, much lower than heavily played songs.",
        False,
    ),
    (
        "th2a-mf-02",
        "uniform-negatives-best",
        "Negatives sampled uniformly give near-zero gradient, so the best mix adds harder ones.",
        False,
    ),
    (
        "th2a-mf-02",
        "impressions-suffice",
        "Switch only part of the negatives to impressions and keep random ones.",
        False,
    ),
    (
        "th2a-ms-03",
        "ann-is-exact",
        "If ANN recall is 0.99, almost all of the loss is the model, but measure it rather than assume.",
        False,
    ),
    (
        "th2a-int-04",
        "interventional-respects-correlation",
        "Conditional SHAP values differ from interventional ones, which fill features independently.",
        False,
    ),
]


CHECKS = Checks(rows=[(TOUCHED, 3, 3)], cue_cap=TOUCHED, added=[ADDED], right_texts={p for p, _ in TOUCHED})
