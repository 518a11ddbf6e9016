"""The t3 pass over llm_training, llm_serving and mlops: misses on the tuning set ``wrong_own`` (and
three rows of ``wrong_fresh2`` and ``wrong_points``) for the prompts of these files, each caught by
widening an existing misconception's cues or by a new misconception. Every row is a sentence the cue
must or must not state (the grader's own ``Matcher.states``): the tuning-set phrasing and two or more
paraphrases of the same wrong idea in other registers that must fire, and right sentences with the same
vocabulary (the key point's own claim, a denial, a "rather than" contrast, a related true statement)
that must not.

The right answers of ``tests/labelled/right_fresh_t3.yaml`` (written from the questions and key points
only) drew no flag before this pass; the touched misconceptions are also checked against them here."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th2b-skew-01", "zeros-are-real-behaviour"): [
        "=real|genuine|actual change|shift behaviour|behavior",
        "=real|genuine|actual|new behaviour|behavior change*|shift*|pattern",
        "customers|users now|suddenly reorder*|order*|buy*|purchas* same day",
        "retrain* recent|new|fresh|latest data includ*|cover* customers|zeros|users",
    ],
    ("th2b-skew-01", "matching-distributions-no-skew"): [
        "histograms|distributions|psi match*|same|similar|low no skew",
        "match*|same|identical distributions|histograms rule*|rules|exclude* skew",
        "psi|ks low|small|fine|ok not skew",
    ],
    ("th2b-registry-01", "rerun-current-model"): [
        "load|use|take|pull current|today's|latest|prod|production model rerun*|score*|shap|explain*",
        "pull|fetch|take|load applicant* record|data db|database|today|current rerun*|score*",
    ],
    ("th2b-prefix-01", "variable-tokens-early-fine"): [
        "cache* only needs|matches|requires system prompt|block itself|match",
        "cache* matches|matched|hits|finds system prompt anywhere|wherever",
        "date|timestamp|name|id top|start|beginning|first fine|ok|harmless|irrelevant",
    ],
    ("th2b-dec-01", "model-forgets-context"): [
        "model|it forgets|forgot|forgetting already|wrote|said|written|generated",
        "only looks|attends|sees|considers last|few|recent tokens|words",
        "not track*|remember*|know* what already wrote|said|generated|written",
    ],
    ("th2b-lora-02", "adam-twelve-bytes"): [
        "=7b|7 12 84|84gb",
        "=moments|v 12 b|bytes|byte|total",
        "=84 gb|84gb just|over|fits|one|slightly|almost",
    ],
    ("th2b-lora-02", "frozen-base-gets-gradients"): [
        "full|base|frozen weight gradients|grads computed|stored|held|kept",
        "hold*|store*|keep*|holds gb gradients|grads",
        "still comput*|stor*|calculat* full|base|frozen weight|weights gradients|grads",
    ],
    ("th2b-dpo-02", "lower-beta-closer"): [
        "=lower|lowering|decrease|reduce|smaller beta keep*|stay*|closer|close|near|stronger|tighter|regulari*",
        "lower*|decreas*|reduc*|smaller beta policy|model stays|stay|closer|close|near",
    ],
    ("th2b-zero-01", "stages12-double-traffic"): [
        "stage*|zero 1|2 double*|twice|2x traffic|communication",
        "extra|additional all gather double*|twice traffic|communication",
        "stage*|zero 1|2 more|extra|additional traffic|communication than dp|ddp|plain|data",
    ],
}

#: misconceptions whose cues this pass widened or narrowed
CHANGED: list[tuple[str, str]] = [
    ("th2b-hack-01", "better-rm-no-hacking"),
    ("th2b-hack-01", "tests-unhackable"),
    ("th2b-rlhf-01", "rm-regression-on-scores"),
    ("th2b-rlhf-01", "high-beta-drifts"),
    ("th2b-fs-01", "event-time-enough"),
    ("th2b-fs-01", "next-morning-run"),
    ("th2b-registry-01", "rerun-code-reproduces"),
    ("th2b-prefix-01", "cache-shared-across-replicas"),
    ("th2b-hall-03", "judge-is-truth"),
    ("th2b-hall-03", "precision-up-means-better"),
    ("th2b-lora-01", "lora-init-wrong"),
    ("th2b-dpo-02", "falling-chosen-means-bug"),
    ("th2b-quant-04", "small-ppl-ship"),
    ("th2b-quant-04", "weight-only-speeds-prefill"),
    ("th2b-sft-02", "rl-on-fixed-data"),
    ("th2b-zero-01", "zero-stages-swapped"),
    ("th2b-dec-01", "greedy-finds-best-sequence"),
    ("th2b-sft-01", "sft-adds-knowledge"),
    ("th2b-dec-02", "code-high-temperature"),
]

TOUCHED: list[tuple[str, str]] = [*ADDED, *CHANGED]

CASES: list[tuple[str, str, str, bool]] = [
    # th2b-hack-01: wo-125: noisy labels / a clean, big reward model leave nothing to exploit
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "- cause: the reward model learned from noisy human labels; with clean, consistent labels and a big enough RM there's nothing left to exploit",  # noqa: E501
        True,
    ),
    ("th2b-hack-01", "better-rm-no-hacking", "The real cause is noisy preference labels.", True),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "With a large enough reward model trained on clean data, there is nothing to exploit.",
        True,
    ),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "Train the RM on clean, consistent labels and there's nothing for the policy to hack.",
        True,
    ),
    ("th2b-hack-01", "better-rm-no-hacking", "With a good enough reward model, hacking can't happen.", True),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "Label noise is part of it, but optimisation pressure finds the reward model's errors even with clean labels.",
        False,
    ),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "It's not that hacking comes from noisy labels; it comes from optimisation pressure off-distribution.",
        False,
    ),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "Even a big reward model with clean labels has errors off its training distribution that the policy will exploit.",  # noqa: E501
        False,
    ),
    ("th2b-hack-01", "better-rm-no-hacking", "Hacking is not caused by noisy labels alone.", False),
    ("th2b-hack-01", "better-rm-no-hacking", "The root cause is not noisy labels but optimisation pressure.", False),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "Optimisation pressure finds the reward model's errors: off its training distribution its scores are unreliable.",  # noqa: E501
        False,
    ),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "Clean labels don't leave nothing to exploit: the policy still finds off-distribution errors.",
        False,
    ),
    # th2b-hack-01: wo-124: unit tests are ground truth, a passing solution is correct
    (
        "th2b-hack-01",
        "tests-unhackable",
        "yes mostly. unit tests are ground truth not a learned model, so theres no approximation error to exploit: a solution that passes the tests is correct by definiton.",  # noqa: E501
        True,
    ),
    (
        "th2b-hack-01",
        "tests-unhackable",
        "Passing unit tests is ground truth, unlike a learned reward model, so hacking goes away.",
        True,
    ),
    (
        "th2b-hack-01",
        "tests-unhackable",
        "If the code passes the tests, it's correct by definition, so the reward can't be gamed.",
        True,
    ),
    ("th2b-hack-01", "tests-unhackable", "Code that passes the tests isn't necessarily correct.", False),
    ("th2b-hack-01", "tests-unhackable", "Tests are not ground truth, just a stronger proxy.", False),
    ("th2b-hack-01", "tests-unhackable", "It's not that tests are ground truth: they are a proxy too.", False),
    ("th2b-hack-01", "tests-unhackable", "A program can pass weak tests without being correct.", False),
    ("th2b-hack-01", "tests-unhackable", "Review samples of passing solutions to check they are correct.", False),
    (
        "th2b-hack-01",
        "tests-unhackable",
        "No: the tests are a proxy too. A model can satisfy weak tests without solving the task, special-case the inputs, or tamper with the test harness if it can reach it.",  # noqa: E501
        False,
    ),
    ("th2b-hack-01", "tests-unhackable", "Unit tests are unhackable rewards.", True),
    ("th2b-hack-01", "tests-unhackable", "Hidden tests are closer to ground truth, but still a proxy.", False),
    # th2b-rlhf-01: wo-128: the reward model regresses on 1-10 ratings
    (
        "th2b-rlhf-01",
        "rm-regression-on-scores",
        "The reward model is a copy of the LM with a scalar head, trained by regression: annotators score each response from 1 to 10 and the model minimises squared error to those scores.",  # noqa: E501
        True,
    ),
    ("th2b-rlhf-01", "rm-regression-on-scores", "The RM regresses onto 1-10 human ratings with MSE.", True),
    (
        "th2b-rlhf-01",
        "rm-regression-on-scores",
        "RM = LM + scalar head trained with squared error on absolute ratings.",
        True,
    ),
    (
        "th2b-rlhf-01",
        "rm-regression-on-scores",
        "The reward model is trained on pairs with the Bradley-Terry loss, not by regressing absolute scores.",
        False,
    ),
    (
        "th2b-rlhf-01",
        "rm-regression-on-scores",
        "It is trained on comparisons rather than regressing onto 1-10 ratings, because people disagree on absolute scales.",  # noqa: E501
        False,
    ),
    (
        "th2b-rlhf-01",
        "rm-regression-on-scores",
        "People are inconsistent at giving absolute scores out of 10, so we collect comparisons instead.",
        False,
    ),
    (
        "th2b-rlhf-01",
        "rm-regression-on-scores",
        "The reward model is the LM with a scalar head, trained on pairs with the loss -log σ(r(chosen) - r(rejected)).",  # noqa: E501
        False,
    ),
    (
        "th2b-rlhf-01",
        "rm-regression-on-scores",
        "The reward model scores each full response and PPO updates the policy.",
        False,
    ),
    (
        "th2b-rlhf-01",
        "rm-regression-on-scores",
        "Collect comparisons, since absolute ratings are noisy, and train the RM to score the chosen one higher.",
        False,
    ),
    (
        "th2b-rlhf-01",
        "rm-regression-on-scores",
        "The reward model predicts a score for each response, trained on pairwise preferences.",
        False,
    ),
    # th2b-rlhf-01: wo-129: 'beta too high/low' word order, beta before the adjective
    (
        "th2b-rlhf-01",
        "high-beta-drifts",
        "β too high -> weak leash relative to reward, policy drifts and hacks the RM (long, sycophantic).",
        True,
    ),
    ("th2b-rlhf-01", "high-beta-drifts", "beta too high: drifts off and hacks the RM", True),
    ("th2b-rlhf-01", "high-beta-drifts", "With β too large, weaker KL, so it exploits the reward model.", True),
    (
        "th2b-rlhf-01",
        "high-beta-drifts",
        "Too low and the policy drifts far from the reference and exploits the reward model.",
        False,
    ),
    ("th2b-rlhf-01", "high-beta-drifts", "Too high and the policy barely moves from SFT.", False),
    ("th2b-rlhf-01", "high-beta-drifts", "β too high: KL dominates and the policy is stuck near SFT.", False),
    (
        "th2b-rlhf-01",
        "high-beta-drifts",
        "With β too low the KL barely matters and the policy drifts and hacks the RM.",
        False,
    ),
    ("th2b-rlhf-01", "high-beta-drifts", "If β is too high, the policy barely moves; too low and it drifts.", False),
    (
        "th2b-rlhf-01",
        "high-beta-drifts",
        "A high β keeps the policy close to the reference; a low β lets it wander.",
        False,
    ),
    ("th2b-rlhf-01", "high-beta-drifts", "If β is too high the model stays close to SFT and barely improves.", False),
    ("th2b-rlhf-01", "high-beta-drifts", "A high beta means a tight leash: the policy can't drift.", False),
    ("th2b-rlhf-01", "high-beta-drifts", "β too low: the policy drifts and exploits the reward model.", False),
    ("th2b-rlhf-01", "high-beta-drifts", "With a small β the penalty is weak and the policy drifts.", False),
    # th2b-skew-01: wo-132 (added): matching histograms rule out skew
    (
        "th2b-skew-01",
        "matching-distributions-no-skew",
        "find it: compare per-feature distributions offline vs online (PSI); if the histograms match, there's no skew",
        True,
    ),
    (
        "th2b-skew-01",
        "matching-distributions-no-skew",
        "If the distributions match between training and serving, there is no skew.",
        True,
    ),
    ("th2b-skew-01", "matching-distributions-no-skew", "Matching feature distributions rule out skew.", True),
    ("th2b-skew-01", "matching-distributions-no-skew", "PSI is low for every feature, so there's no skew.", True),
    (
        "th2b-skew-01",
        "matching-distributions-no-skew",
        "Even if histograms match, there can be skew on individual rows.",
        False,
    ),
    (
        "th2b-skew-01",
        "matching-distributions-no-skew",
        "Matching distributions don't rule out skew: you need row-level comparison.",
        False,
    ),
    (
        "th2b-skew-01",
        "matching-distributions-no-skew",
        "Distributions can match while individual rows disagree.",
        False,
    ),
    (
        "th2b-skew-01",
        "matching-distributions-no-skew",
        "It's not that matching histograms mean no skew; you must join on the same entities.",
        False,
    ),
    (
        "th2b-skew-01",
        "matching-distributions-no-skew",
        "Log the exact features the model received at serving, recompute them with the training pipeline for the same entities and times, and compare per feature.",  # noqa: E501
        False,
    ),
    (
        "th2b-skew-01",
        "matching-distributions-no-skew",
        "Training-serving skew means the model receives different inputs in serving than it was trained on.",
        False,
    ),
    # th2b-skew-01: wo-131 (added): the zeros are real behaviour, retrain
    (
        "th2b-skew-01",
        "zeros-are-real-behaviour",
        "8% of requests with days_since_last_order = 0 vs 0% in training: that's a real change in behaviour, ~1 in 12 customers now reorder the same day (probably a new promo or same-day delivery).",  # noqa: E501
        True,
    ),
    (
        "th2b-skew-01",
        "zeros-are-real-behaviour",
        "The model never saw x = 0, so retrain with recent data including these customers.",
        True,
    ),
    (
        "th2b-skew-01",
        "zeros-are-real-behaviour",
        "It's probably genuine behaviour change: a promo makes customers suddenly order again the same day.",
        True,
    ),
    (
        "th2b-skew-01",
        "zeros-are-real-behaviour",
        "This is new behaviour, so retrain on the latest data that includes the zeros.",
        True,
    ),
    (
        "th2b-skew-01",
        "zeros-are-real-behaviour",
        "Most likely a missing-value mismatch: the serving path turns a null into 0 while training used NaN.",
        False,
    ),
    (
        "th2b-skew-01",
        "zeros-are-real-behaviour",
        "You might think these are genuinely new customers, but 8% at exactly 0 smells like a default.",
        False,
    ),
    (
        "th2b-skew-01",
        "zeros-are-real-behaviour",
        "Before calling it a real change in behaviour, compare logged features with the offline pipeline.",
        False,
    ),
    (
        "th2b-skew-01",
        "zeros-are-real-behaviour",
        "It's not a real change in behaviour; it's the serving default.",
        False,
    ),
    (
        "th2b-skew-01",
        "zeros-are-real-behaviour",
        "Don't just retrain on recent data including the zeros; fix the default in serving.",
        False,
    ),
    ("th2b-skew-01", "zeros-are-real-behaviour", "A time-zone or freshness bug resets the counter to 0.", False),
    # th2b-fs-01: wo-134: a value is usable from its event time
    (
        "th2b-fs-01",
        "event-time-enough",
        "- a value describing Monday can be used for any example from Monday onward",
        True,
    ),
    ("th2b-fs-01", "event-time-enough", "- a value can be used from its event time onward", True),
    ("th2b-fs-01", "event-time-enough", "A feature value is usable as soon as its event time has passed.", True),
    ("th2b-fs-01", "event-time-enough", "The event timestamp is all you need for the as-of join.", True),
    ("th2b-fs-01", "event-time-enough", "Joining on the event time is enough for point-in-time correctness.", True),
    ("th2b-fs-01", "event-time-enough", "Use the time a value became available, not only its event time.", False),
    (
        "th2b-fs-01",
        "event-time-enough",
        "A value describing Monday may only exist on Tuesday, so join on availability time.",
        False,
    ),
    ("th2b-fs-01", "event-time-enough", "A value describing Monday may only be usable on Tuesday.", False),
    (
        "th2b-fs-01",
        "event-time-enough",
        "For each example, take the latest value that was known at time t, not its event time.",
        False,
    ),
    ("th2b-fs-01", "event-time-enough", "It's not enough to match on event time; late data arrives after it.", False),
    ("th2b-fs-01", "event-time-enough", "Don't use the event time; use the time the value landed in the store.", False),
    (
        "th2b-fs-01",
        "event-time-enough",
        "For each training example (entity, timestamp t), take the latest feature value that was known at time t: an as-of join.",  # noqa: E501
        False,
    ),
    # th2b-fs-01: wo-133: use the next morning's run
    (
        "th2b-fs-01",
        "next-morning-run",
        "use the 02:00 run the next morning. it's the first run that covers the 23:00 day, so it's the freshest/most complete value for that transaction.",  # noqa: E501
        True,
    ),
    (
        "th2b-fs-01",
        "next-morning-run",
        "Take the value from the following morning's batch, since it includes the transaction's day.",
        True,
    ),
    ("th2b-fs-01", "next-morning-run", "The next-day run is the right one: it is the most complete.", True),
    ("th2b-fs-01", "next-morning-run", "Pick the run at 02:00 the next day.", True),
    (
        "th2b-fs-01",
        "next-morning-run",
        "The value produced at 02:00 that same day, not the run at 02:00 the next morning.",
        False,
    ),
    (
        "th2b-fs-01",
        "next-morning-run",
        "Not the next morning's run: that one covers the transaction's whole day, so it leaks the future.",
        False,
    ),
    ("th2b-fs-01", "next-morning-run", "Don't use the next morning's run, it includes the transaction itself.", False),
    ("th2b-fs-01", "next-morning-run", "Take the same-day 02:00 value, not the next day's.", False),
    (
        "th2b-fs-01",
        "next-morning-run",
        "The 02:00 run of the same day, covering data up to the previous midnight.",
        False,
    ),
    # th2b-registry-01: wo-138: commit and config always rebuild the same model
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "We didn't record the training data snapshot: with the commit and config you can always rerun the pipeline and get the same model back, so data lineage is the data team's problem.",  # noqa: E501
        True,
    ),
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "With the code and config you can always rebuild the same model.",
        True,
    ),
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "You can always retrain the pipeline and get identical weights.",
        True,
    ),
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "Rerun the pipeline on the same data snapshot to get the same model.",
        False,
    ),
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "Rerunning the same code on a changed table gives a different model.",
        False,
    ),
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "The commit alone is not enough to reproduce it; you need the data snapshot.",
        False,
    ),
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "It's not true that you can always rerun the pipeline and get the same model back.",
        False,
    ),
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "Lineage links each version to its training data snapshot and query, feature definitions, code commit, hyperparameters, environment and seeds.",  # noqa: E501
        False,
    ),
    # th2b-registry-01: wo-137 (added): rerun today's production model on today's record
    (
        "th2b-registry-01",
        "rerun-current-model",
        "load the current prod model, pull the applicant's record from the DB and rerun it, then SHAP the output.",
        True,
    ),
    (
        "th2b-registry-01",
        "rerun-current-model",
        "Take the production model and rerun it on the customer's data, then explain with SHAP.",
        True,
    ),
    (
        "th2b-registry-01",
        "rerun-current-model",
        "Pull the applicant's record from the database and score it again with the current model.",
        True,
    ),
    (
        "th2b-registry-01",
        "rerun-current-model",
        "Use the latest model, rerun the application and explain the output.",
        True,
    ),
    (
        "th2b-registry-01",
        "rerun-current-model",
        "Don't rerun the current production model: it has changed since.",
        False,
    ),
    (
        "th2b-registry-01",
        "rerun-current-model",
        "Load the exact model version from the registry, not the current one.",
        False,
    ),
    (
        "th2b-registry-01",
        "rerun-current-model",
        "You can't just use the current prod model, it was retrained since.",
        False,
    ),
    (
        "th2b-registry-01",
        "rerun-current-model",
        "A prediction log with the model version, the features as served, the score and threshold, plus the registry entry to load that exact model and rerun or explain the decision.",  # noqa: E501
        False,
    ),
    (
        "th2b-registry-01",
        "rerun-current-model",
        "Rerunning the current model on today's record would explain a different decision.",
        False,
    ),
    # th2b-prefix-01: wo-096: the cache is shared by all replicas, routing and memory do not matter
    (
        "th2b-prefix-01",
        "cache-shared-across-replicas",
        "the cache is shared by all replicas and stays until the prompt changes, so routing and memory pressure don't matter.",  # noqa: E501
        True,
    ),
    (
        "th2b-prefix-01",
        "cache-shared-across-replicas",
        "Hits depend on routing requests with the same prefix to the same replica.",
        False,
    ),
    (
        "th2b-prefix-01",
        "cache-shared-across-replicas",
        "The cache is per replica, not shared, so routing matters.",
        False,
    ),
    (
        "th2b-prefix-01",
        "cache-shared-across-replicas",
        "Cached prefixes live in limited memory with LRU-style eviction, and hits depend on routing.",
        False,
    ),
    (
        "th2b-prefix-01",
        "cache-shared-across-replicas",
        "Memory pressure matters: evicted prefixes must be recomputed.",
        False,
    ),
    (
        "th2b-prefix-01",
        "cache-shared-across-replicas",
        "The cache isn't shared across replicas, so send same-prefix requests to the same one.",
        False,
    ),
    (
        "th2b-prefix-01",
        "cache-shared-across-replicas",
        "Cache memory is shared between requests, not across replicas.",
        False,
    ),
    (
        "th2b-prefix-01",
        "cache-shared-across-replicas",
        "Routing and eviction don't matter, the cache lives forever.",
        True,
    ),
    (
        "th2b-prefix-01",
        "cache-shared-across-replicas",
        "routing, memory pressure: doesn't matter, every replica shares it",
        True,
    ),
    # th2b-prefix-01: wo-095 (added): a date at the top is fine, the system prompt block matches anywhere
    (
        "th2b-prefix-01",
        "variable-tokens-early-fine",
        "We'd put the date and user name at the very top; that's fine, since the cache only needs the system prompt block itself to match, wherever it sits.",  # noqa: E501
        True,
    ),
    (
        "th2b-prefix-01",
        "variable-tokens-early-fine",
        "A timestamp at the start is harmless, the system prompt still gets cached.",
        True,
    ),
    (
        "th2b-prefix-01",
        "variable-tokens-early-fine",
        "The cache matches the system prompt anywhere in the request, so its position doesn't matter.",
        True,
    ),
    (
        "th2b-prefix-01",
        "variable-tokens-early-fine",
        "Having the user id first is fine as long as the system prompt is identical.",
        True,
    ),
    (
        "th2b-prefix-01",
        "variable-tokens-early-fine",
        "Look for variable tokens early in the prompt (date, request id, user name).",
        False,
    ),
    (
        "th2b-prefix-01",
        "variable-tokens-early-fine",
        "A date at the top breaks the cache for everything after it.",
        False,
    ),
    (
        "th2b-prefix-01",
        "variable-tokens-early-fine",
        "It's not fine to put the date first: the prefix must match from the first token.",
        False,
    ),
    (
        "th2b-prefix-01",
        "variable-tokens-early-fine",
        "The cache only matches from the first token, so put the system prompt first and the date at the end.",
        False,
    ),
    (
        "th2b-prefix-01",
        "variable-tokens-early-fine",
        "Tool JSON serialised in a different order each time, requests spread over many replicas, and evictions under memory pressure.",  # noqa: E501
        False,
    ),
    # th2b-hall-03: wo-087: a strong judge needs no human validation
    (
        "th2b-hall-03",
        "judge-is-truth",
        "- use a strong LLM judge for the labelling; at that quality it agrees with humans well enough that a human validation pass isn't needed",  # noqa: E501
        True,
    ),
    (
        "th2b-hall-03",
        "judge-is-truth",
        "A GPT-4-class judge is good enough, so there's no need for human validation.",
        True,
    ),
    ("th2b-hall-03", "judge-is-truth", "The judge agrees with people well enough that we skip human review.", True),
    ("th2b-hall-03", "judge-is-truth", "The judge's score is always correct.", True),
    ("th2b-hall-03", "judge-is-truth", "Validate any automatic judge against human labels on a sample.", False),
    (
        "th2b-hall-03",
        "judge-is-truth",
        "Don't skip human validation of the judge: check it on a labelled sample.",
        False,
    ),
    (
        "th2b-hall-03",
        "judge-is-truth",
        "Human labels aren't needed for every claim, only for a validation sample.",
        False,
    ),
    ("th2b-hall-03", "judge-is-truth", "A strong judge still needs a human check on a sample.", False),
    (
        "th2b-hall-03",
        "judge-is-truth",
        "Label each claim supported, contradicted or unverifiable with an NLI model, an LLM judge or people.",
        False,
    ),
    # th2b-hall-03: wo-086: claim precision cannot be gamed by saying less
    (
        "th2b-hall-03",
        "precision-up-means-better",
        "Precision is computed per claim, so it can't be gamed by saying less: 91% means nine in ten statements are now supported, a real reduction in hallucination.",  # noqa: E501
        True,
    ),
    (
        "th2b-hall-03",
        "precision-up-means-better",
        "Claim precision can't be inflated by saying fewer things, it's per claim.",
        True,
    ),
    (
        "th2b-hall-03",
        "precision-up-means-better",
        "Going from 82 to 91 is a genuine drop in hallucinations; users are reacting to tone.",
        True,
    ),
    (
        "th2b-hall-03",
        "precision-up-means-better",
        "It may say less: fewer and vaguer claims or more refusals raise precision while helpfulness falls.",
        False,
    ),
    (
        "th2b-hall-03",
        "precision-up-means-better",
        "Precision can be gamed by saying less, so check claims per answer.",
        False,
    ),
    (
        "th2b-hall-03",
        "precision-up-means-better",
        "A precision rise is not necessarily a real drop in hallucinations.",
        False,
    ),
    (
        "th2b-hall-03",
        "precision-up-means-better",
        "It's not that precision can't be gamed; fewer claims raise it.",
        False,
    ),
    (
        "th2b-hall-03",
        "precision-up-means-better",
        "Check claims per answer, abstention rate and a helpfulness rating together.",
        False,
    ),
    # th2b-dec-01: wo-090 (added): loops because the model forgets what it wrote
    (
        "th2b-dec-01",
        "model-forgets-context",
        "loops happen bc the model doesnt track what it already wrote, each step only really looks at the last few tokens, so once it lands in a phrase it just forgets it already said it and emits it again.",  # noqa: E501
        True,
    ),
    ("th2b-dec-01", "model-forgets-context", "The model forgets what it already generated, so it says it again.", True),
    (
        "th2b-dec-01",
        "model-forgets-context",
        "Each step only attends to the last few tokens, so it can't see it is repeating.",
        True,
    ),
    ("th2b-dec-01", "model-forgets-context", "It doesn't remember what it already wrote.", True),
    (
        "th2b-dec-01",
        "model-forgets-context",
        "Repetition reinforces itself: once a phrase has appeared, copying it again becomes more probable.",
        False,
    ),
    (
        "th2b-dec-01",
        "model-forgets-context",
        "It's not that the model forgets what it wrote; attention copies it from the context.",
        False,
    ),
    (
        "th2b-dec-01",
        "model-forgets-context",
        "The model doesn't forget: it attends to the whole context and copies the phrase.",
        False,
    ),
    (
        "th2b-dec-01",
        "model-forgets-context",
        "Attention looks at all previous tokens, so a repeated phrase is easy to copy.",
        False,
    ),
    (
        "th2b-dec-01",
        "model-forgets-context",
        "Each repeat raises the probability of the next, and the loop becomes the most likely continuation.",
        False,
    ),
    # th2b-lora-02: wo-107 (added): 12 bytes per parameter, 84 GB for 7B
    (
        "th2b-lora-02",
        "adam-twelve-bytes",
        "Mixed-precision Adam: 2 B bf16 weights + 2 B grads + 4 B + 4 B for the two fp32 moments = 12 B/param. 7B × 12 = 84 GB, just over one 80 GB GPU.",  # noqa: E501
        True,
    ),
    ("th2b-lora-02", "adam-twelve-bytes", "7B at 12 bytes each is 84 GB, so it almost fits on one GPU.", True),
    ("th2b-lora-02", "adam-twelve-bytes", "That's 84 GB, just over an 80 GB card.", True),
    (
        "th2b-lora-02",
        "adam-twelve-bytes",
        "Mixed-precision Adam costs about 16 bytes per trained parameter: 2 for bf16 weights, 2 for gradients, and 12 for the fp32 master weights and the two fp32 moments.",  # noqa: E501
        False,
    ),
    (
        "th2b-lora-02",
        "adam-twelve-bytes",
        "The optimizer state is 12 bytes per parameter, on top of 4 for weights and gradients.",
        False,
    ),
    (
        "th2b-lora-02",
        "adam-twelve-bytes",
        "12 bytes for the fp32 master copy and the moments, so 16 in total and 112 GB for 7B.",
        False,
    ),
    ("th2b-lora-02", "adam-twelve-bytes", "A 7B model needs about 7e9 × 16 = 112 GB before activations.", False),
    # th2b-lora-02: wo-108 (added): LoRA still stores full gradients for the frozen base
    (
        "th2b-lora-02",
        "frozen-base-gets-gradients",
        "Even with LoRA, backprop still computes the full weight gradients for the frozen base, they just aren't applied, so you hold ~14 GB of gradients on top of the 14 GB base.",  # noqa: E501
        True,
    ),
    (
        "th2b-lora-02",
        "frozen-base-gets-gradients",
        "The frozen base's weight gradients are still computed and stored, that's what fills the card.",
        True,
    ),
    (
        "th2b-lora-02",
        "frozen-base-gets-gradients",
        "lora still computes the base weight grads, it just doesnt apply them",
        True,
    ),
    (
        "th2b-lora-02",
        "frozen-base-gets-gradients",
        "Gradients flow back through the frozen base to the adapters, but no weight gradients are stored for it.",
        False,
    ),
    ("th2b-lora-02", "frozen-base-gets-gradients", "The base weights get no gradient; the adapter is tiny.", False),
    (
        "th2b-lora-02",
        "frozen-base-gets-gradients",
        "It's not that base gradients are stored; activations scale with batch × sequence.",
        False,
    ),
    (
        "th2b-lora-02",
        "frozen-base-gets-gradients",
        "Activations dominate: they scale with batch × sequence. Cut the micro-batch and use gradient accumulation.",
        False,
    ),
    (
        "th2b-lora-02",
        "frozen-base-gets-gradients",
        "Backprop still computes activation gradients through the frozen layers.",
        False,
    ),
    # th2b-lora-01: wo-111: A and B both initialised small and random
    ("th2b-lora-01", "lora-init-wrong", "A and B both init small random so ΔW starts near zero, scale by α/r.", True),
    ("th2b-lora-01", "lora-init-wrong", "A and B are both initialised with small random values.", True),
    ("th2b-lora-01", "lora-init-wrong", "B and A are both random at init.", True),
    (
        "th2b-lora-01",
        "lora-init-wrong",
        "B starts at zero and A random, so ΔW = 0 and training starts exactly from the base model.",
        False,
    ),
    ("th2b-lora-01", "lora-init-wrong", "They aren't both random: B is zero.", False),
    ("th2b-lora-01", "lora-init-wrong", "Both A and B are trained, with A random and B zero.", False),
    ("th2b-lora-01", "lora-init-wrong", "Both are initialised differently: A random, B at zero.", False),
    ("th2b-lora-01", "lora-init-wrong", "A is random and B zero, so both start the update at zero.", False),
    # th2b-dpo-02: wo-113: a falling chosen log-prob means swapped pairs; wo-112 (added): lower beta stays closer
    (
        "th2b-dpo-02",
        "falling-chosen-means-bug",
        "DPO's loss directly pushes up the log-probability of the chosen answers and down the rejected ones, so a falling chosen log-prob means a sign error or swapped pairs.",  # noqa: E501
        True,
    ),
    ("th2b-dpo-02", "falling-chosen-means-bug", "If the chosen log-probs go down, the pairs must be swapped.", True),
    ("th2b-dpo-02", "falling-chosen-means-bug", "A dropping chosen likelihood indicates a bug in the loss.", True),
    (
        "th2b-dpo-02",
        "lower-beta-closer",
        "- fixes: judge by held-out win rate; add an SFT term on chosen; lower β so the policy stays closer to the reference; length-balance pairs",  # noqa: E501
        True,
    ),
    ("th2b-dpo-02", "lower-beta-closer", "Decrease β to keep the model near the reference.", True),
    ("th2b-dpo-02", "lower-beta-closer", "smaller beta = stronger constraint, stays closer to ref", True),
    (
        "th2b-dpo-02",
        "falling-chosen-means-bug",
        "The loss depends only on the margin, so it can fall while both likelihoods drop, as long as the rejected one drops faster.",  # noqa: E501
        False,
    ),
    (
        "th2b-dpo-02",
        "lower-beta-closer",
        "The loss depends only on the margin, so it can fall while both likelihoods drop, as long as the rejected one drops faster.",  # noqa: E501
        False,
    ),
    ("th2b-dpo-02", "falling-chosen-means-bug", "A falling chosen likelihood doesn't mean a bug.", False),
    ("th2b-dpo-02", "lower-beta-closer", "A falling chosen likelihood doesn't mean a bug.", False),
    (
        "th2b-dpo-02",
        "falling-chosen-means-bug",
        "A falling chosen likelihood means the mass moved to responses outside the dataset.",
        False,
    ),
    (
        "th2b-dpo-02",
        "lower-beta-closer",
        "A falling chosen likelihood means the mass moved to responses outside the dataset.",
        False,
    ),
    (
        "th2b-dpo-02",
        "falling-chosen-means-bug",
        "It's not a bug: the chosen log-prob can drop while the margin grows.",
        False,
    ),
    ("th2b-dpo-02", "lower-beta-closer", "It's not a bug: the chosen log-prob can drop while the margin grows.", False),
    (
        "th2b-dpo-02",
        "falling-chosen-means-bug",
        "Check the pairs aren't swapped, but most likely nothing is broken.",
        False,
    ),
    ("th2b-dpo-02", "lower-beta-closer", "Check the pairs aren't swapped, but most likely nothing is broken.", False),
    ("th2b-dpo-02", "falling-chosen-means-bug", "Raise β so the policy stays closer to the reference.", False),
    ("th2b-dpo-02", "lower-beta-closer", "Raise β so the policy stays closer to the reference.", False),
    ("th2b-dpo-02", "falling-chosen-means-bug", "With a lower β the policy moves further from the reference.", False),
    ("th2b-dpo-02", "lower-beta-closer", "With a lower β the policy moves further from the reference.", False),
    (
        "th2b-dpo-02",
        "falling-chosen-means-bug",
        "It's not that a lower β keeps the policy closer; a higher one does.",
        False,
    ),
    ("th2b-dpo-02", "lower-beta-closer", "It's not that a lower β keeps the policy closer; a higher one does.", False),
    (
        "th2b-dpo-02",
        "falling-chosen-means-bug",
        "A larger β keeps it close to the reference; a smaller β lets it drift.",
        False,
    ),
    (
        "th2b-dpo-02",
        "lower-beta-closer",
        "A larger β keeps it close to the reference; a smaller β lets it drift.",
        False,
    ),
    # th2b-quant-04: wo-116: W4A16 matmuls run in int4
    (
        "th2b-quant-04",
        "weight-only-speeds-prefill",
        "W4A16: 4-bit weights, matmuls run on int4 tensor cores so prefill and big batches get the biggest speed-up.",
        True,
    ),
    (
        "th2b-quant-04",
        "weight-only-speeds-prefill",
        "With W4A16 the GEMMs run in int4, which speeds up large-batch serving most.",
        True,
    ),
    (
        "th2b-quant-04",
        "weight-only-speeds-prefill",
        "The compute happens in int4, so compute-bound prefill gets faster.",
        True,
    ),
    ("th2b-quant-04", "weight-only-speeds-prefill", "W4A16 stores weights in 4 bits and computes in 16.", False),
    (
        "th2b-quant-04",
        "weight-only-speeds-prefill",
        "The matmul runs in fp16 after dequantising the int4 weights.",
        False,
    ),
    (
        "th2b-quant-04",
        "weight-only-speeds-prefill",
        "Weight-only int4 does not run on int4 tensor cores; it dequantises to fp16.",
        False,
    ),
    (
        "th2b-quant-04",
        "weight-only-speeds-prefill",
        "W8A8 runs the matmul on int8 tensor cores, so prefill speeds up.",
        False,
    ),
    ("th2b-quant-04", "weight-only-speeds-prefill", "It's not that matmuls run in int4; only storage is 4-bit.", False),
    # th2b-quant-04: wo-115: perplexity barely moves, so downstream tasks won't either
    (
        "th2b-quant-04",
        "small-ppl-ship",
        "5.40 to 5.47 is about 1% perplexity, normal for 4-bit, and perplexity averages over every token, so if it barely moves the downstream tasks won't either. We shipped it and just monitored.",  # noqa: E501
        True,
    ),
    ("th2b-quant-04", "small-ppl-ship", "A 1 % perplexity rise means the downstream tasks are fine.", True),
    ("th2b-quant-04", "small-ppl-ship", "If perplexity is flat, task accuracy will be flat too.", True),
    ("th2b-quant-04", "small-ppl-ship", "ppl barely moved -> downstream evals fine, ship", True),
    (
        "th2b-quant-04",
        "small-ppl-ship",
        "Perplexity alone cannot decide: a 1 % average change can hide large losses on specific tasks.",
        False,
    ),
    (
        "th2b-quant-04",
        "small-ppl-ship",
        "Run the task evals and compare the quality change with the cost and latency gain.",
        False,
    ),
    (
        "th2b-quant-04",
        "small-ppl-ship",
        "Don't ship on perplexity; downstream tasks can regress even when it barely moves.",
        False,
    ),
    ("th2b-quant-04", "small-ppl-ship", "A small perplexity change can hide a big drop on maths or code.", False),
    (
        "th2b-quant-04",
        "small-ppl-ship",
        "Perplexity barely changed, but the task evals decide, so run them before shipping.",
        False,
    ),
    ("th2b-quant-04", "small-ppl-ship", "Even if perplexity is flat, task accuracy can drop on maths.", False),
    ("th2b-quant-04", "small-ppl-ship", "Downstream tasks won't always follow perplexity either.", False),
    ("th2b-quant-04", "small-ppl-ship", "ppl barely moves so task accuracy won't either, ship it", True),
    # th2b-sft-02: wo-119: the RL stage trains on human-written answers like SFT
    (
        "th2b-sft-02",
        "rl-on-fixed-data",
        "- the RL stage still trains on human-written answers, like SFT, just ranked; it's still next-token likelihood on fixed data, only weighted by preference",  # noqa: E501
        True,
    ),
    ("th2b-sft-02", "rl-on-fixed-data", "RLHF trains on human-written responses, only ranked.", True),
    ("th2b-sft-02", "rl-on-fixed-data", "PPO still learns from human written answers weighted by reward.", True),
    ("th2b-sft-02", "rl-on-fixed-data", "RL trains on the model's own samples rather than fixed human answers.", False),
    (
        "th2b-sft-02",
        "rl-on-fixed-data",
        "Unlike SFT, which trains on fixed human answers, RL samples its own outputs.",
        False,
    ),
    ("th2b-sft-02", "rl-on-fixed-data", "RL is not just SFT on ranked data.", False),
    ("th2b-sft-02", "rl-on-fixed-data", "RL doesn't train on human-written answers; it samples its own.", False),
    ("th2b-sft-02", "rl-on-fixed-data", "Rejection-sampling fine-tuning is basically SFT on the best samples.", False),
    (
        "th2b-sft-02",
        "rl-on-fixed-data",
        "RL trains on the model's own samples, so it corrects the mistakes the model actually makes.",
        False,
    ),
    ("th2b-sft-02", "rl-on-fixed-data", "SFT is next-token likelihood on fixed human answers.", False),
    (
        "th2b-sft-02",
        "rl-on-fixed-data",
        "Preference or reward training pushes probability down on bad outputs, and RL trains on the model's own samples, fixing the mistakes it actually makes and optimising a score of the whole response",  # noqa: E501
        False,
    ),
    ("th2b-sft-02", "rl-on-fixed-data", "RL learns from human feedback on its own answers.", False),
    # th2b-dec-01: wf2-207 (wrong_fresh2): argmax at each step gives the most probable sequence overall
    (
        "th2b-dec-01",
        "greedy-finds-best-sequence",
        "greedy = argmax token each step, which gives the most probable sequence overall.",
        True,
    ),
    (
        "th2b-dec-01",
        "greedy-finds-best-sequence",
        "Picking the argmax at every step yields the most likely sequence overall.",
        True,
    ),
    (
        "th2b-dec-01",
        "greedy-finds-best-sequence",
        "Greedy decoding produces the most probable sequence overall, so beam is only a speed trick.",
        True,
    ),
    (
        "th2b-dec-01",
        "greedy-finds-best-sequence",
        "A locally best token can lead to a less probable sequence overall.",
        False,
    ),
    ("th2b-dec-01", "greedy-finds-best-sequence", "Greedy doesn't give the most probable sequence overall.", False),
    (
        "th2b-dec-01",
        "greedy-finds-best-sequence",
        "Unlike greedy, beam search finds the most probable sequence overall.",
        False,
    ),
    (
        "th2b-dec-01",
        "greedy-finds-best-sequence",
        "Greedy takes the most likely token at each step, which is not the most probable sequence overall.",
        False,
    ),
    # th2b-sft-01: wf2-236 (wrong_fresh2): fine-tune on the docs and it knows them reliably
    (
        "th2b-sft-01",
        "sft-adds-knowledge",
        "It teaches format and instruction following, and it's also how you get your product facts in: fine-tune on your docs and it'll know them reliably.",  # noqa: E501
        True,
    ),
    ("th2b-sft-01", "sft-adds-knowledge", "SFT on the manuals and the model learns them reliably.", True),
    ("th2b-sft-01", "sft-adds-knowledge", "finetune on our documentation -> it knows our policies reliably", True),
    ("th2b-sft-01", "sft-adds-knowledge", "Fine-tuning on your docs won't make it know them reliably.", False),
    ("th2b-sft-01", "sft-adds-knowledge", "SFT on docs does not reliably teach facts; use retrieval.", False),
    (
        "th2b-sft-01",
        "sft-adds-knowledge",
        "SFT mostly teaches format, style and the habit of following instructions; the knowledge comes from pretraining.",  # noqa: E501
        False,
    ),
    (
        "th2b-sft-01",
        "sft-adds-knowledge",
        "Rather than fine-tuning on docs to learn facts reliably, ground answers in retrieval.",
        False,
    ),
    # th2b-dec-02: wp-039 (wrong_points): a hot sampler for code, near greedy for brainstorming
    (
        "th2b-dec-02",
        "code-high-temperature",
        "On our coding assistant we run temperature around 1.2: code has many valid solutions and a hot sampler explores them.",  # noqa: E501
        True,
    ),
    ("th2b-dec-02", "code-high-temperature", "For brainstorming copy we keep it at 0.2, near greedy.", True),
    ("th2b-dec-02", "code-high-temperature", "creative writing: close to greedy so the ideas stay consistent", True),
    ("th2b-dec-02", "code-high-temperature", "code model: use temperature high, around 1", True),
    (
        "th2b-dec-02",
        "code-high-temperature",
        "Code uses low temperature or greedy; brainstorming uses higher temperature with top-p.",
        False,
    ),
    ("th2b-dec-02", "code-high-temperature", "Brainstorming should not be near greedy.", False),
    ("th2b-dec-02", "code-high-temperature", "For code we run temperature near 0.", False),
    (
        "th2b-dec-02",
        "code-high-temperature",
        "Correctness-critical outputs use low temperature or greedy; creative tasks use higher temperature with top-p.",
        False,
    ),
    # th2b-zero-01: wo-122: ZeRO-1 shards gradients, ZeRO-2 adds optimizer states;
    # wo-123 (added): stages 1-2 double traffic
    (
        "th2b-zero-01",
        "zero-stages-swapped",
        "ZeRO-1 shards the gradients: 2 + 2/8 + 12 ≈ 14.25 B → ~100 GB. ZeRO-2 adds the optimizer states: 2 + 14/8 = 3.75 B.",  # noqa: E501
        True,
    ),
    ("th2b-zero-01", "zero-stages-swapped", "stage 1 partitions the grads across GPUs", True),
    ("th2b-zero-01", "zero-stages-swapped", "ZeRO-1 shards gradients and ZeRO-2 the optimizer states.", True),
    (
        "th2b-zero-01",
        "stages12-double-traffic",
        "- comms: stages 1 and 2 already roughly double plain DP traffic because of the extra all-gather",
        True,
    ),
    ("th2b-zero-01", "stages12-double-traffic", "The extra all-gather doubles the communication in ZeRO-2.", True),
    ("th2b-zero-01", "stages12-double-traffic", "Stage 1 sends more traffic than plain DP, about 2x.", True),
    (
        "th2b-zero-01",
        "zero-stages-swapped",
        "Stage 1 shards the optimizer states, stage 2 also the gradients, stage 3 also the parameters.",
        False,
    ),
    (
        "th2b-zero-01",
        "stages12-double-traffic",
        "Stage 1 shards the optimizer states, stage 2 also the gradients, stage 3 also the parameters.",
        False,
    ),
    (
        "th2b-zero-01",
        "zero-stages-swapped",
        "Stages 1-2 replace the all-reduce by a reduce-scatter plus an all-gather, the same volume.",
        False,
    ),
    (
        "th2b-zero-01",
        "stages12-double-traffic",
        "Stages 1-2 replace the all-reduce by a reduce-scatter plus an all-gather, the same volume.",
        False,
    ),
    (
        "th2b-zero-01",
        "zero-stages-swapped",
        "Stage 3 must all-gather each layer's parameters, about 1.5 times plain DP traffic.",
        False,
    ),
    (
        "th2b-zero-01",
        "stages12-double-traffic",
        "Stage 3 must all-gather each layer's parameters, about 1.5 times plain DP traffic.",
        False,
    ),
    (
        "th2b-zero-01",
        "zero-stages-swapped",
        "Stages 1 and 2 don't double the traffic: reduce-scatter plus all-gather is an all-reduce.",
        False,
    ),
    (
        "th2b-zero-01",
        "stages12-double-traffic",
        "Stages 1 and 2 don't double the traffic: reduce-scatter plus all-gather is an all-reduce.",
        False,
    ),
    ("th2b-zero-01", "zero-stages-swapped", "ZeRO-1 shards optimizer states; ZeRO-2 adds gradients.", False),
    ("th2b-zero-01", "stages12-double-traffic", "ZeRO-1 shards optimizer states; ZeRO-2 adds gradients.", False),
    ("th2b-zero-01", "zero-stages-swapped", "ZeRO-2 shards the gradients as well as the optimizer states.", False),
    ("th2b-zero-01", "stages12-double-traffic", "ZeRO-2 shards the gradients as well as the optimizer states.", False),
    (
        "th2b-zero-01",
        "zero-stages-swapped",
        "It's not that the extra all-gather doubles traffic; it replaces half of the all-reduce.",
        False,
    ),
    (
        "th2b-zero-01",
        "stages12-double-traffic",
        "It's not that the extra all-gather doubles traffic; it replaces half of the all-reduce.",
        False,
    ),
    (
        "th2b-zero-01",
        "zero-stages-swapped",
        "Stage 3 adds an extra all-gather per layer, so more traffic than DP.",
        False,
    ),
    (
        "th2b-zero-01",
        "stages12-double-traffic",
        "Stage 3 adds an extra all-gather per layer, so more traffic than DP.",
        False,
    ),
]


def _right_answers() -> list[tuple[str, str]]:
    """Answers labelled right in the right_fresh sets, for the prompts this pass touched."""
    prompts = {p for p, _ in TOUCHED}
    out: list[tuple[str, str]] = []
    for path in sorted((Path(__file__).parents[1] / "labelled").glob("right_fresh_*.yaml")):
        for item in yaml.safe_load(path.read_text())["answers"]:
            if item.get("label") == "right" and item["prompt_id"] in prompts:
                out.append((item["prompt_id"], item["answer"]))
    return out


RIGHT_ANSWERS = _right_answers()


CHECKS = Checks(
    rows=[(TOUCHED, 3, 3)],
    cue_cap=TOUCHED,
    added=[ADDED],
    right_texts={p for p, _ in TOUCHED},
    right_answers=RIGHT_ANSWERS,
    right_answer_cues=TOUCHED,
)
