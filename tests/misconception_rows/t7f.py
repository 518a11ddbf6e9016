"""The t7F pass over recsys_retrieval.yaml and experimentation.yaml, tuned on ``tests/labelled/wrong_t7_F.yaml``.

That set was written blind from the prompt dump (questions and key points, no cues): two wrong and one right
answer per prompt. Step 1: a right answer that drew a "Careful" had its firing cue narrowed, and the sentence is
kept as a row that must not fire. Step 2: for every wrong answer no misconception of its key point caught, a
cue was widened (or, where a replaced cue was still needed, cues were merged) or a misconception added; each
has the wrong sentence and paraphrases in other registers that must fire, and right sentences in the same
words that must not. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th2a-mf-04", "drop-item-bias"): [
        ("drop*|remov*|delet* item bias*|biases factors|vectors|embeddings learn*|capture* taste|preference*"),
        "=drop*|remov* item bias* popularity gone|disappears",
        "=remov*|drop*|removing|dropping item bias* model|vectors|factors not learn* popularity",
    ],
    ("th2a-ms-01", "funnel-is-organisational"): [
        ("split|staging|stages|funnel mostly|mainly|largely org|organi*|organizational|organisational|team*|ownership"),
        "compute|latency|cost not really|actually limit*|constraint|issue|bottleneck",
        "=gpus|gpu|accelerators|hardware can|could score|rank 100m|millions|everything|all|whole",
    ],
    ("th2a-ms-04", "drop-position-feature"): [
        ("drop*|remov*|exclud*|leave* position|positions feature*|input*|features bias gone|removed|solved|fixed"),
        "no|without position input|feature|features model|ranker only|just learn* relevance",
    ],
    ("th2a-ms-05", "diversity-free-win"): [
        "=no trade off|tradeoff",
        "diverse|diversity|diversification more|increas*|boost*|rais* engagement immediately",
        "=no need tun*|tuning",
        "=skip|skipping tun*|tuning",
    ],
    ("th2a-ms-05", "mmr-one-shot"): [
        "mean|average similarity candidates once|sort*|resort*|rerank*",
        "=similarity all candidates once",
    ],
    ("th2a-ltr-01", "ranking-scores-calibrated"): [
        "=pairwise|listwise|lambdamart|ranknet|ranking scores|outputs calibrated|probabilities",
        "=lambdamart|ranknet|pairwise|listwise model calibrated",
    ],
    ("th2a-ltr-02", "log-discount-nondifferentiable"): [
        "non|not differentiable because|due|since|from log|log2|discount",
        "=log|log2|discount not|isn't smooth|differentiable",
        "log|log2 discount breaks|kills|prevents gradient*|differentiab*",
    ],
    ("th2a-cl-01", "temperature-sharpens"): [
        ("=rais*|raising|higher|increas*|larger|bigger temperature|τ|tau sharpens|sharper|peakier|sharpen"),
        (
            "=rais*|raising|higher|increas*|larger|bigger temperature|τ|tau makes|make "
            "softmax|distribution|logits|probabilities sharper|peakier"
        ),
        "=lower*|smaller|decreas* temperature|τ|tau flattens|softens|smooths|flatter|softer",
    ],
    ("th2a-cl-01", "batches-only-reduce-noise"): [
        "=number|count negatives barely|hardly matter*|matters",
        "=negatives itself|themselves matters|matter little|barely|hardly|nothing",
    ],
    ("th2a-cl-05", "augmentation-prevents-collapse"): [
        "=not collaps* strong|heavy|augmentation*|augment*|projection",
        "augmentation*|augmentations|augment*|projection prevent*|prevents|stops|avoids collapse",
        "=strong|heavy augmentation reason",
        "not collaps* thanks|due|because augmentation*|augment*|projection",
    ],
    ("th2a-ann-01", "float-one-byte"): [
        "=768 gb raw|total|vectors",
        "=raw vectors|embeddings|storage|memory 768 gb",
        "=float32|float|floats 1|one byte",
    ],
    ("th2a-ann-02", "pq-is-scalar"): [
        ("pq quantis*|quantiz*|encode*|compress*|stores|store dimension|coordinate|component bit|bits|byte"),
        "=pq uses|stores|spends|keeps|needs 8|1|one bits|bit|byte per dimension|coordinate",
    ],
    ("th2a-ann-02", "query-not-encodable"): [
        "=query not|isn't|isnt one|part|among|member",
        "=no code|codeword|centroid for it|query",
    ],
    ("th2a-ann-05", "same-architecture-compatible"): [
        ("=same architecture|dimension*|dim|dimensionality|output compatible|comparable|interchangeable"),
        (
            "same architecture|dimension*|dimensionality|output embeddings|vectors stay*|stayed|remain*|still "
            "compatible|comparable"
        ),
    ],
    ("th2a-ab-01", "imbalance-is-noise"): [
        "within normal|random|randomi* noise|variation|chance|fluctuation",
        "srm not|isn't significant",
        "=1.5|1 5 percent imbalance|split|gap normal|fine|expected scale|size|traffic|volume",
    ],
    ("th2a-ab-02", "new-users-novel"): [
        "new users contaminat*|affected|inflated|biased|driven novelty",
        "=existing|old|returning users clean*|cleaner|unbiased",
        "=novelty affects|hits|inflates new users",
    ],
    ("th2a-ab-04", "boundaries-fix-estimate"): [
        "boundar*|spending|sequential estimate|lift|estimat* unbiased|accurate",
        "=boundar*|spending correct*|fix*|remov* estimate*|lift|bias",
    ],
    ("th2a-ht-01", "p-exact-result"): [
        "=probability|chance|seeing exactly observed|result|data|value",
        ("probability|chance get*|getting|seeing|observing exactly observed|this|same result|data|value|statistic"),
    ],
    ("th2a-ht-02", "power-one-minus-alpha"): [
        "=power 1 alpha|α",
        "=1 alpha|α power",
    ],
    ("th2a-ht-04", "bonferroni-for-screening"): [
        ("=rigorous|right|correct|proper|best fix|choice|approach|method|way screen*|screening bonferroni"),
        (
            "=bonferroni right|correct|rigorous|best|proper|safest choice|approach|way|fix|answer "
            "screen*|screening|2|2000|features|tests"
        ),
        "fdr|bh|benjamini too lenient|loose|permissive|weak",
    ],
    ("th2a-ht-06", "resample-orders"): [
        "=resampl* orders fine|ok|okay|valid even|though|although|despite|regardless",
        "=orders|order natural unit",
        "user* several|multiple not matter",
    ],
}

#: cues this pass widened, narrowed or merged in existing misconceptions
CHANGED: dict[tuple[str, str], list[str]] = {
    ("th2a-ms-04", "ips-needs-no-clipping"): [
        "=weight|weights 50 exactly|perfectly right|fine|correct|ok",
    ],
    ("th2a-ms-06", "uniform-shift-harmless"): [
        (
            "uniform|constant lift|shift|increase|scaling one|single head monoton*|keeps|preserves "
            "ranking|feed|results|unchanged|preserved|same"
        ),
    ],
    ("th2a-ltr-01", "pairwise-focuses-top"): [
        "ranknet|pairwise prioriti*|emphasi*|focus*|favors|favours|upweights top|head",
        "ranknet|pairwise already concentrat*|focus*|emphasi*|weights|upweights",
    ],
    ("th2a-ltr-03", "discount-is-rank"): [
        "=discount|discounted inverse|reciprocal rank|position",
        "=1|one rank discount",
    ],
    ("th2a-ltr-03", "mrr-counts-all"): [
        "mrr average*|sum*|mean|counts 1|reciprocal|ranks every|all correct|relevant|answer*|results|hits",
        "=mrr average*|sum* over all|every relevant|correct",
    ],
    ("th2a-ltr-04", "interleaving-gives-revenue"): [
        "=without separate a|ab|b test",
        "=preference|win|wins translat*|convert*|maps directly|straight revenue|lift|impact",
        ("interleav* measures|estimates|gives|quantif*|tells|shows revenue|retention|business|impact|lift|dollars"),
    ],
    ("th2a-ltr-05", "query-feature-reorders"): [
        ("shift*|shifting all|every doc*|docs|documents scores|score rais*|improv*|increas*|boost* ndcg"),
    ],
    ("th2a-ltr-05", "row-split-no-leak"): [
        "stratif* leak goes|gone|away|fixed|disappear*|solved|avoided",
    ],
    ("th2a-cl-03", "in-batch-over-recommends-popular"): [
        "popular positives|positive often|frequently|much over",
    ],
    ("th2a-cl-03", "logq-at-serving"): [
        "apply|subtract logq|log serving|inference",
        "log q training|train* serving|inference too|also|both",
    ],
    ("th2a-cl-05", "collapse-impossible"): [
        "provabl*|mathematically not|cannot reach*|collaps*|collapsed",
        "=no need watch*|monitor*",
    ],
    ("th2a-ann-01", "hnsw-fast-build-ivf-adapts"): [
        "hnsw|every insert*|insertion|inserts means|requires|needs|forces rebuild*|rebuilding",
    ],
    ("th2a-ann-03", "efconstruction-at-query"): [
        "efsearch fixed|baked|frozen built|build*|index|construction",
    ],
    ("th2a-ann-03", "hnsw-layers-swapped"): [
        "=search start*|begin* bottom|lowest|base",
    ],
    ("th2a-ann-03", "delete-directly"): [
        "=neighbours|neighbors reconnect*|relink* automatically|themselves|fine|cheaply|easily",
        "=no periodic|regular rebuild*|rebuilds|compaction",
    ],
    ("th2a-ann-04", "post-filter-fine"): [
        "get* k results slightly",
    ],
    ("th2a-ann-05", "switch-without-validation"): [
        "offline|recall check*|checks|validation not need*|needed|necessary",
    ],
    ("th2a-ab-02", "ship-on-average"): [
        "=ship* pooled|overall average|mean",
        "=averages|average|averaging novelty out|away",
    ],
    ("th2a-ab-04", "error-stays-five"): [
        "look|looks|peek|peeks valid overall|total false positive* stays|still|remains|5",
    ],
    ("th2a-ab-05", "crossing-margin-passes"): [
        "pass*|fine|ok observed|point difference|estimate below|under|less margin",
    ],
    ("th2a-ht-02", "lower-alpha-reduces-both"): [
        "stricter|lower*|tighter|smaller alpha|threshold|bar reliable|better both",
    ],
    ("th2a-ht-04", "select-then-cv-fine"): [
        "auc honest|unbiased|clean|valid because|since|out cross|validated|sample|cv",
    ],
    ("th2a-ht-04", "all-significant-real"): [
        "=all 160 real|genuine|true|predictive|drivers",
    ],
    ("th2a-ht-05", "width-shrinks-1-over-n"): [
        "four|4 data|sample|n|times|× width|interval|se quarter",
        "=se|width|interval|error ∝|proportional|scales 1 n",
    ],
    ("th2a-ht-05", "overlap-means-no-difference"): [
        "=overlap* difference|diff not significant",
    ],
}

CASES: list[tuple[str, str, str, bool]] = [
    # th2a-cl-05: 'nothing' is no negation, so the cue now needs what is claimed to prevent collapse
    (
        "th2a-cl-05",
        "collapse-impossible",
        "Nothing mathematically prevents collapse, so monitor the embedding variance.",
        False,
    ),
    ("th2a-cl-05", "collapse-impossible", "The stop-gradient mathematically prevents collapse.", True),
    # t7f-002: dropping the item bias to stop popularity learning
    (
        "th2a-mf-04",
        "drop-item-bias",
        (
            "If it is mostly popularity, the fix is to drop the per-item bias term from the model: "
            "that bias is exactly where popularity lives, so without it the factors have to learn "
            "real taste."
        ),
        True,
    ),
    ("th2a-mf-04", "drop-item-bias", "remove the item bias so the model can't learn popularity", True),
    ("th2a-mf-04", "drop-item-bias", "- drop item biases -> vectors learn taste, not popularity", True),
    ("th2a-mf-04", "drop-item-bias", "drop the item bias: the factors cannot learn popularity", True),
    (
        "th2a-mf-04",
        "drop-item-bias",
        "Give items an explicit bias term so popularity does not leak into the vectors.",
        False,
    ),
    (
        "th2a-mf-04",
        "drop-item-bias",
        "Dropping the item bias doesn't help: popularity just leaks into the vectors.",
        False,
    ),
    (
        "th2a-mf-04",
        "drop-item-bias",
        "Keep an item bias; without it the vectors learn popularity instead of taste.",
        False,
    ),
    (
        "th2a-mf-04",
        "drop-item-bias",
        "A per-item bias absorbs raw popularity, leaving the vectors to model taste.",
        False,
    ),
    ("th2a-mf-04", "drop-item-bias", "with an item bias, the vectors do not learn popularity", False),
    # t7f-005: the funnel is for team ownership, GPUs could score everything
    (
        "th2a-ms-01",
        "funnel-is-organisational",
        (
            "honestly the split is mostly an org thing: diferent teams own retrieval, ranking and "
            "re-ranking and can ship independantly."
        ),
        True,
    ),
    (
        "th2a-ms-01",
        "funnel-is-organisational",
        "compute isnt really the limit anymore, GPUs can score 100M items in parallel in a few ms",
        True,
    ),
    ("th2a-ms-01", "funnel-is-organisational", "The staging is mainly organisational: each team owns a stage.", True),
    (
        "th2a-ms-01",
        "funnel-is-organisational",
        "Latency is not really the constraint; GPUs can score the whole catalogue.",
        True,
    ),
    (
        "th2a-ms-01",
        "funnel-is-organisational",
        ("A heavy model cannot score 100 million items within 100 ms, so cheap stages cut the set down first."),
        False,
    ),
    ("th2a-ms-01", "funnel-is-organisational", "It's not mainly an org thing: compute forces the funnel.", False),
    (
        "th2a-ms-01",
        "funnel-is-organisational",
        "Even GPUs can't score 100M items with the heavy model inside the latency budget.",
        False,
    ),
    ("th2a-ms-01", "funnel-is-organisational", "Different teams own each stage, but the real reason is cost.", False),
    ("th2a-ms-01", "funnel-is-organisational", "The split is not mainly about team ownership.", False),
    (
        "th2a-ms-01",
        "funnel-is-organisational",
        "The stages really exist because of cost, and teams can own each.",
        False,
    ),
    # t7f-007: leaving position out of the features removes the bias
    (
        "th2a-ms-04",
        "drop-position-feature",
        (
            "Fix: the ranker must never see position, so I drop position from the feature set "
            "entirely; with no position input the model can only learn relevance, and the bias is "
            "gone."
        ),
        True,
    ),
    ("th2a-ms-04", "drop-position-feature", "Just remove position from the features and the bias is gone.", True),
    ("th2a-ms-04", "drop-position-feature", "- drop the position feature -> bias fixed", True),
    (
        "th2a-ms-04",
        "drop-position-feature",
        ("Simply dropping position from the features did nothing, by the way: the labels were still biased."),
        False,
    ),
    (
        "th2a-ms-04",
        "drop-position-feature",
        (
            "Give the position to the model as a training feature and set it to a fixed value at "
            "serving, so the rest of the model learns relevance."
        ),
        False,
    ),
    (
        "th2a-ms-04",
        "drop-position-feature",
        ("Leaving position out of the features doesn't remove the bias, since the labels are still biased."),
        False,
    ),
    ("th2a-ms-04", "drop-position-feature", "At serving the model should never see the real position.", False),
    # t7f-008: IPS is unbiased, so a weight of 50 is exactly right
    (
        "th2a-ms-04",
        "ips-needs-no-clipping",
        (
            "IPS is unbiased by construction, so weight 50 is exactly right: that click stands for "
            "50 examinations we didn't get"
        ),
        True,
    ),
    ("th2a-ms-04", "ips-needs-no-clipping", "A weight of 50 is perfectly fine, it's unbiased.", True),
    ("th2a-ms-04", "ips-needs-no-clipping", "- weight 50 = exactly right, unbiased", True),
    ("th2a-ms-04", "ips-needs-no-clipping", "A weight of 50 is unbiased but noisy, so clip it.", False),
    ("th2a-ms-04", "ips-needs-no-clipping", "Clipping weights lowers the variance at the price of some bias.", False),
    ("th2a-ms-04", "ips-needs-no-clipping", "A weight of 50 is not fine: one click dominates the loss.", False),
    ("th2a-ms-04", "ips-needs-no-clipping", "clipping at 20 adds a little bias back but cuts variance a lot", False),
    # t7f-010: diversity has no cost, so no online tuning
    (
        "th2a-ms-05",
        "diversity-free-win",
        (
            "There isn't really a trade-off: diverse feeds get more engagement immediately and in "
            "the long run, so you can set the diversity weight high and skip tuning it."
        ),
        True,
    ),
    ("th2a-ms-05", "diversity-free-win", "There's no trade-off, diversity wins on every metric.", True),
    ("th2a-ms-05", "diversity-free-win", "diversity boosts engagement both short and long term, no need tuning", True),
    (
        "th2a-ms-05",
        "diversity-free-win",
        (
            "Diversity usually costs a little short-term engagement and can help longer-term "
            "retention, so tune its strength online."
        ),
        False,
    ),
    (
        "th2a-ms-05",
        "diversity-free-win",
        "It isn't free: diversity is a trade-off between short-term clicks and retention.",
        False,
    ),
    (
        "th2a-ms-05",
        "diversity-free-win",
        "Diversity doesn't raise engagement immediately; it tends to pay off in retention.",
        False,
    ),
    ("th2a-ms-05", "diversity-free-win", "Diversity is a trade-off.", False),
    ("th2a-ms-05", "diversity-free-win", "you can't pick λ without tuning it online", False),
    ("th2a-ms-05", "diversity-free-win", "Don't skip tuning it online.", False),
    (
        "th2a-ms-05",
        "diversity-free-win",
        "Diversification can boost engagement in the long run, both metrics must be monitored.",
        False,
    ),
    # t7f-011: MMR as a one-shot penalty against all candidates
    (
        "th2a-ms-05",
        "mmr-one-shot",
        ("Compute for every candidate score − λ·(mean similarity to all other candidates) once, then sort by that."),
        True,
    ),
    ("th2a-ms-05", "mmr-one-shot", "score minus mean similarity to the candidate pool, computed once, then sort", True),
    ("th2a-ms-05", "mmr-one-shot", "- penalise by similarity to all candidates once, re-sort", True),
    (
        "th2a-ms-05",
        "mmr-one-shot",
        ("It's not a one-shot sort by average similarity to all candidates; the penalty changes as the list fills."),
        False,
    ),
    (
        "th2a-ms-05",
        "mmr-one-shot",
        (
            "MMR is greedy: at each slot take argmax of λ·score − (1−λ)·max similarity to the "
            "items already picked, then repeat."
        ),
        False,
    ),
    (
        "th2a-ms-05",
        "mmr-one-shot",
        (
            "Greedy re-ranking such as MMR picks, at each slot, the item with the best trade-off "
            "between its score and its similarity to items already chosen."
        ),
        False,
    ),
    # t7f-014: a uniform lift in one head keeps the order
    (
        "th2a-ms-06",
        "uniform-shift-harmless",
        (
            "Nothing changed in the feed, which I expected, because a uniform lift in one head is "
            "monotone and keeps the order of candidates the same."
        ),
        True,
    ),
    (
        "th2a-ms-06",
        "uniform-shift-harmless",
        "A constant shift in one head keeps the ranking, so nothing changes.",
        True,
    ),
    ("th2a-ms-06", "uniform-shift-harmless", "- uniform increase in a single head = monotone, order preserved", True),
    (
        "th2a-ms-06",
        "uniform-shift-harmless",
        "A uniform 30% increase in one head preserves its own order, but not the ranking of the weighted sum.",
        False,
    ),
    (
        "th2a-ms-06",
        "uniform-shift-harmless",
        ("A uniform lift in one head doesn't preserve the order, because that term now counts 30% more in the sum."),
        False,
    ),
    (
        "th2a-ms-06",
        "uniform-shift-harmless",
        "A monotone transform of the whole score keeps the order, but scaling one head does not.",
        False,
    ),
    (
        "th2a-ms-06",
        "uniform-shift-harmless",
        ("The combined score now weights likes 30% more in effect, silently changing the product trade-off."),
        False,
    ),
    # t7f-016: RankNet already weights the top more (slot widened with weights|upweights)
    (
        "th2a-ltr-01",
        "pairwise-focuses-top",
        (
            "pairwise like RankNet minimises misordered pairs, and it already weights pairs near "
            "the top more bc those pairs have the biggest score gaps"
        ),
        True,
    ),
    ("th2a-ltr-01", "pairwise-focuses-top", "RankNet upweights pairs at the top.", True),
    ("th2a-ltr-01", "pairwise-focuses-top", "the pairwise loss already focuses on the top", True),
    (
        "th2a-ltr-01",
        "pairwise-focuses-top",
        "RankNet's pairwise loss weights all pairs equally, while LambdaRank focuses on the top.",
        False,
    ),
    (
        "th2a-ltr-01",
        "pairwise-focuses-top",
        "Pairwise losses treat a swap at ranks 1-2 like one at ranks 50-51.",
        False,
    ),
    ("th2a-ltr-01", "pairwise-focuses-top", "Unlike pairwise, LambdaRank weights the top more.", False),
    (
        "th2a-ltr-01",
        "pairwise-focuses-top",
        "RankNet is not position aware: a swap at the top costs the same as one at 50.",
        False,
    ),
    (
        "th2a-ltr-01",
        "pairwise-focuses-top",
        "RankNet weights all pairs the same, whether at the top or at rank 50.",
        False,
    ),
    ("th2a-ltr-01", "pairwise-focuses-top", "pairwise weights every pair equally, top or bottom", False),
    # t7f-017: pairwise/listwise scores are calibrated probabilities
    (
        "th2a-ltr-01",
        "ranking-scores-calibrated",
        (
            "For ads auctions it doesn't matter much: scores from a pairwise or LambdaMART model "
            "are also calibrated probabilities, so you can multiply them by the bid just as well."
        ),
        True,
    ),
    ("th2a-ltr-01", "ranking-scores-calibrated", "LambdaMART scores are calibrated, so use them in the auction.", True),
    ("th2a-ltr-01", "ranking-scores-calibrated", "ranking scores are probabilities too", True),
    ("th2a-ltr-01", "ranking-scores-calibrated", "a RankNet model is calibrated", True),
    (
        "th2a-ltr-01",
        "ranking-scores-calibrated",
        "LambdaMART scores must be calibrated before they enter an auction.",
        False,
    ),
    ("th2a-ltr-01", "ranking-scores-calibrated", "scores from a pairwise model need to be calibrated", False),
    (
        "th2a-ltr-01",
        "ranking-scores-calibrated",
        (
            "Pairwise and listwise scores are not calibrated, so an auction that multiplies pCTR "
            "by the bid needs a pointwise model."
        ),
        False,
    ),
    (
        "th2a-ltr-01",
        "ranking-scores-calibrated",
        "When the score is used as a probability: ads auctions multiply pCTR by the bid.",
        False,
    ),
    (
        "th2a-ltr-01",
        "ranking-scores-calibrated",
        "RankNet models the probability that i beats j as the sigmoid of the score difference.",
        False,
    ),
    (
        "th2a-ltr-01",
        "ranking-scores-calibrated",
        ("Combine a pointwise term with a ranking term, which keeps calibration while improving order."),
        False,
    ),
    # t7f-019: NDCG is flat because of the log discount
    (
        "th2a-ltr-02",
        "log-discount-nondifferentiable",
        ("NDCG isn't differentiable because of the log2 in the position discount, the log isn't smooth in the scores"),
        True,
    ),
    ("th2a-ltr-02", "log-discount-nondifferentiable", "the log discount kills the gradient", True),
    ("th2a-ltr-02", "log-discount-nondifferentiable", "NDCG is non-differentiable due to the log discount.", True),
    (
        "th2a-ltr-02",
        "log-discount-nondifferentiable",
        "NDCG isn't differentiable because of the sort, not the log discount.",
        False,
    ),
    (
        "th2a-ltr-02",
        "log-discount-nondifferentiable",
        ("The log discount is smooth; the problem is that NDCG depends on scores only through the sorted order."),
        False,
    ),
    (
        "th2a-ltr-02",
        "log-discount-nondifferentiable",
        ("NDCG depends on scores only through the sorted order, so it is piecewise constant in the scores."),
        False,
    ),
    # t7f-022: NDCG discount taken as 1/rank
    ("th2a-ltr-03", "discount-is-rank", "The discount is the reciprocal of the rank.", True),
    ("th2a-ltr-03", "discount-is-rank", "using a 1/rank discount, DCG = 8", True),
    ("th2a-ltr-03", "discount-is-rank", "gains discounted by the reciprocal rank", True),
    ("th2a-ltr-03", "discount-is-rank", "sums gains (2^rel − 1) discounted by 1/log2(1 + rank)", False),
    ("th2a-ltr-03", "discount-is-rank", "DCG = 7/1 + 0 + 3/2 = 8.5; discount 1/log2(1+rank)", False),
    ("th2a-ltr-03", "discount-is-rank", "The discount is not 1/rank but 1/log2(1 + rank).", False),
    ("th2a-ltr-03", "discount-is-rank", "position 3 gets a discount of 1/log2(4) = 0.5, rank 1 gets 1", False),
    ("th2a-ltr-03", "discount-is-rank", "The discount is 1 at rank 1, 0.63 at rank 2 and 0.5 at rank 3.", False),
    # t7f-023: MRR averages over every correct answer (slot widened with correct|answers)
    (
        "th2a-ltr-03",
        "mrr-counts-all",
        "QA: MRR = mean over queries of the average 1/rank of every correct answer in the list.",
        True,
    ),
    ("th2a-ltr-03", "mrr-counts-all", "MRR averages 1/rank over all correct answers", True),
    ("th2a-ltr-03", "mrr-counts-all", "mrr sums the reciprocal ranks of every answer", True),
    (
        "th2a-ltr-03",
        "mrr-counts-all",
        (
            "For a single correct answer, MRR averages 1/rank of the first relevant result and "
            "ignores everything after it."
        ),
        False,
    ),
    ("th2a-ltr-03", "mrr-counts-all", "MRR averages 1/rank of the first correct answer over queries.", False),
    ("th2a-ltr-03", "mrr-counts-all", "MRR ignores every answer after the first.", False),
    (
        "th2a-ltr-03",
        "mrr-counts-all",
        "MRR averages, over all queries, the reciprocal rank of the first correct answer.",
        False,
    ),
    (
        "th2a-ltr-03",
        "mrr-counts-all",
        "MRR is the mean over all queries of 1/rank of the first relevant result.",
        False,
    ),
    # t7f-025: an interleaving preference gives the revenue lift, no A/B test needed
    (
        "th2a-ltr-04",
        "interleaving-gives-revenue",
        (
            "The nice part is that the click preference translates directly into the revenue lift, "
            "so once interleaving showed a win we shipped without a separate A/B test."
        ),
        True,
    ),
    ("th2a-ltr-04", "interleaving-gives-revenue", "interleaving wins convert straight into revenue impact", True),
    ("th2a-ltr-04", "interleaving-gives-revenue", "so we shipped on interleaving without a separate A/B test", True),
    ("th2a-ltr-04", "interleaving-gives-revenue", "Interleaving tells you the revenue gain.", True),
    (
        "th2a-ltr-04",
        "interleaving-gives-revenue",
        (
            "Interleaving gives a preference between rankers, not the size of effects on revenue, "
            "so it serves as a fast filter before an A/B test."
        ),
        False,
    ),
    (
        "th2a-ltr-04",
        "interleaving-gives-revenue",
        "Don't ship without an A/B test: the preference doesn't translate into revenue.",
        False,
    ),
    (
        "th2a-ltr-04",
        "interleaving-gives-revenue",
        "ship when the A/B test's interval excludes harm on the goal metric",
        False,
    ),
    # t7f-028: a query-wide score shift raises NDCG
    (
        "th2a-ltr-05",
        "query-feature-reorders",
        (
            "query-only features like query length or query frequency add signal directly, "
            "shifting all docs' scores up for easy queries, which raises NDCG"
        ),
        True,
    ),
    (
        "th2a-ltr-05",
        "query-feature-reorders",
        "shifting every document's score up for easy queries improves NDCG",
        True,
    ),
    ("th2a-ltr-05", "query-feature-reorders", "- query features shift all docs' scores -> boosts NDCG", True),
    ("th2a-ltr-05", "query-feature-reorders", "Query-only features change nothing on their own.", False),
    (
        "th2a-ltr-05",
        "query-feature-reorders",
        (
            "Shifting every document's score for a query doesn't change NDCG, so query-only "
            "features help only through interactions."
        ),
        False,
    ),
    (
        "th2a-ltr-05",
        "query-feature-reorders",
        ("query-only features do nothing alone since they shift every doc equaly, they only help thru interactions"),
        False,
    ),
    # t7f-029: a label-stratified row split removes the leak
    ("th2a-ltr-05", "row-split-no-leak", "Stratify the row split by relevance grade and the leak goes away", True),
    ("th2a-ltr-05", "row-split-no-leak", "stratifying the split by grade means the leak is gone", True),
    ("th2a-ltr-05", "row-split-no-leak", "- stratified row split -> leak solved", True),
    ("th2a-ltr-05", "row-split-no-leak", "Stratifying by label doesn't fix the leak; split by query.", False),
    ("th2a-ltr-05", "row-split-no-leak", "split by query, stratified by label if you like; a row split leaks", False),
    (
        "th2a-ltr-05",
        "row-split-no-leak",
        "A stratified row split still leaks, because the same queries sit on both sides.",
        False,
    ),
    # t7f-031: a higher temperature sharpens the softmax
    (
        "th2a-cl-01",
        "temperature-sharpens",
        (
            "τ is the temperature: raising τ makes the softmax peakier, so the loss concentrates "
            "on the hardest negatives."
        ),
        True,
    ),
    ("th2a-cl-01", "temperature-sharpens", "a higher temperature sharpens the distribution", True),
    ("th2a-cl-01", "temperature-sharpens", "lowering the temperature flattens the softmax", True),
    (
        "th2a-cl-01",
        "temperature-sharpens",
        ("A lower temperature sharpens the softmax and focuses on hard negatives; a higher one flattens it."),
        False,
    ),
    ("th2a-cl-01", "temperature-sharpens", "raising τ flattens the softmax", False),
    ("th2a-cl-01", "temperature-sharpens", "dividing by a small τ makes the distribution peakier", False),
    ("th2a-cl-01", "temperature-sharpens", "higher τ flattens, lower τ sharpens", False),
    (
        "th2a-cl-01",
        "temperature-sharpens",
        ("a lower temperature sharpens the softmax, a higher one flattens it and spreads the gradient"),
        False,
    ),
    # t7f-032: bigger batches only reduce gradient noise
    (
        "th2a-cl-01",
        "batches-only-reduce-noise",
        (
            "Larger batches help for the usual SGD reason: the gradient estimate is less noisy. "
            "The number of negatives itself matters little, since random negatives are mostly easy "
            "anyway."
        ),
        True,
    ),
    ("th2a-cl-01", "batches-only-reduce-noise", "the number of negatives barely matters", True),
    ("th2a-cl-01", "batches-only-reduce-noise", "the number of negatives itself matters little", True),
    (
        "th2a-cl-01",
        "batches-only-reduce-noise",
        "It is not just the usual SGD reason: more negatives make the batch softmax closer to the full one.",
        False,
    ),
    ("th2a-cl-01", "batches-only-reduce-noise", "Bigger batches help not just for the usual SGD reason.", False),
    (
        "th2a-cl-01",
        "batches-only-reduce-noise",
        ("More negatives make the batch softmax a better approximation of the softmax over the whole corpus."),
        False,
    ),
    (
        "th2a-cl-01",
        "batches-only-reduce-noise",
        "It's not only the usual gradient-noise reduction: the number of negatives matters a lot.",
        False,
    ),
    (
        "th2a-cl-01",
        "batches-only-reduce-noise",
        ("The number of negatives matters because the softmax over the batch approximates the full corpus."),
        False,
    ),
    # t7f-034: popular items are over-recommended
    (
        "th2a-cl-03",
        "in-batch-over-recommends-popular",
        "Popular items show up as positives so often that the model over-recommends them.",
        True,
    ),
    (
        "th2a-cl-03",
        "in-batch-over-recommends-popular",
        "popular items are positives so often that they end up over-recommended",
        True,
    ),
    (
        "th2a-cl-03",
        "in-batch-over-recommends-popular",
        "popular items are the positives so frequently that they get over-recommended",
        True,
    ),
    (
        "th2a-cl-03",
        "in-batch-over-recommends-popular",
        "Popular items are over-represented as negatives, so the model under-recommends them.",
        False,
    ),
    (
        "th2a-cl-03",
        "in-batch-over-recommends-popular",
        "popular items are penalised far more, so the model under-recommends popular items",
        False,
    ),
    ("th2a-cl-03", "in-batch-over-recommends-popular", "In-batch negatives over-penalise popular items.", False),
    (
        "th2a-cl-03",
        "in-batch-over-recommends-popular",
        "popular items appear as positives often too, but they are penalised more as negatives",
        False,
    ),
    # t7f-035: logQ also at serving (two cues merged into one, one added)
    (
        "th2a-cl-03",
        "logq-at-serving",
        (
            "fix: logit − log q(item), applied in training and at serving too, so the scores stay "
            "consistent between the two"
        ),
        True,
    ),
    ("th2a-cl-03", "logq-at-serving", "Apply the logQ correction at serving too.", True),
    ("th2a-cl-03", "logq-at-serving", "subtract log q at serving", True),
    (
        "th2a-cl-03",
        "logq-at-serving",
        (
            "The correction subtracts log q(item) from each logit during training (not at "
            "serving), with q estimated from streaming item frequencies."
        ),
        False,
    ),
    ("th2a-cl-03", "logq-at-serving", "subtract log q at training time only; serving uses the raw scores", False),
    ("th2a-cl-03", "logq-at-serving", "subtract log q during training only, never at serving", False),
    ("th2a-cl-03", "logq-at-serving", "log q is a training-time correction, not a serving one", False),
    # t7f-037: augmentations stop collapse
    (
        "th2a-cl-05",
        "augmentation-prevents-collapse",
        (
            "The reason it doesn't collapse is the strong augmentation: with views that different, "
            "a constant embedding can't match them."
        ),
        True,
    ),
    ("th2a-cl-05", "augmentation-prevents-collapse", "strong augmentations prevent collapse", True),
    ("th2a-cl-05", "augmentation-prevents-collapse", "- no collapse thanks to the projection head", True),
    ("th2a-cl-05", "augmentation-prevents-collapse", "it does not collapse because of the augmentations", True),
    (
        "th2a-cl-05",
        "augmentation-prevents-collapse",
        (
            "It doesn't collapse because of the negatives; the augmentations decide which "
            "differences the embedding ignores."
        ),
        False,
    ),
    (
        "th2a-cl-05",
        "augmentation-prevents-collapse",
        "Augmentations don't prevent collapse, the negatives in the denominator do.",
        False,
    ),
    (
        "th2a-cl-05",
        "augmentation-prevents-collapse",
        ("Positives alone would be satisfied by mapping everything to one point; the negatives push embeddings apart."),
        False,
    ),
    (
        "th2a-cl-05",
        "augmentation-prevents-collapse",
        "two random augmentations of the same image are a positive pair",
        False,
    ),
    (
        "th2a-cl-05",
        "augmentation-prevents-collapse",
        "it doesn't collapse as long as augmentations are paired with negatives",
        False,
    ),
    (
        "th2a-cl-05",
        "augmentation-prevents-collapse",
        "It does not collapse because of the negatives, not the augmentation.",
        False,
    ),
    # t7f-038: BYOL provably cannot collapse, no monitoring
    (
        "th2a-cl-05",
        "collapse-impossible",
        (
            "With the predictor and stop-gradient in place, the loss provably cannot reach the "
            "collapsed solution, so there's no need to watch for collapse during training."
        ),
        True,
    ),
    ("th2a-cl-05", "collapse-impossible", "there's no need to monitor collapse with BYOL", True),
    ("th2a-cl-05", "collapse-impossible", "mathematically it cannot collapse", True),
    (
        "th2a-cl-05",
        "collapse-impossible",
        ("Nothing in the loss forbids collapse; the training dynamics avoid it, so collapse must be monitored."),
        False,
    ),
    ("th2a-cl-05", "collapse-impossible", "It's not provably collapse-free, so monitor the embedding std.", False),
    ("th2a-cl-05", "collapse-impossible", "There's no guarantee, so watch the std of normalised embeddings.", False),
    # t7f-040: one byte per float32 dimension
    (
        "th2a-ann-01",
        "float-one-byte",
        ("Memory: 10⁹ vectors × 768 dims, 1 byte per dim → ~768 GB raw; HNSW adds graph links, so ~1 TB in RAM."),
        True,
    ),
    ("th2a-ann-01", "float-one-byte", "float32 is one byte per value, so 768 GB total", True),
    ("th2a-ann-01", "float-one-byte", "raw vectors: 768 GB", True),
    ("th2a-ann-01", "float-one-byte", "The raw vectors alone take 10⁹ × 768 × 4 bytes ≈ 3 TB.", False),
    ("th2a-ann-01", "float-one-byte", "float32 = 4 bytes per dimension, so 3 KB per vector and 3 TB in total.", False),
    ("th2a-ann-01", "float-one-byte", "int8 scalar quantisation would cut it to 768 GB.", False),
    (
        "th2a-ann-01",
        "float-one-byte",
        "Stored as int8 the vectors would be 768 GB; as float32 they are about 3 TB.",
        False,
    ),
    # t7f-041: every HNSW insert needs a rebuild
    (
        "th2a-ann-01",
        "hnsw-fast-build-ivf-adapts",
        "updates: HNSW's graph is static once built, every insert means rebuilding the whole graph",
        True,
    ),
    ("th2a-ann-01", "hnsw-fast-build-ivf-adapts", "every insertion requires a rebuild of the index", True),
    (
        "th2a-ann-01",
        "hnsw-fast-build-ivf-adapts",
        "For IVF-PQ, heavy drift means inserts need a rebuild of the centroids eventually.",
        False,
    ),
    ("th2a-ann-01", "hnsw-fast-build-ivf-adapts", "HNSW inserts force a rebuild", True),
    (
        "th2a-ann-01",
        "hnsw-fast-build-ivf-adapts",
        "HNSW builds slowly by inserting one vector at a time but supports incremental inserts.",
        False,
    ),
    ("th2a-ann-01", "hnsw-fast-build-ivf-adapts", "Inserts don't need a rebuild; deletes need tombstones.", False),
    (
        "th2a-ann-01",
        "hnsw-fast-build-ivf-adapts",
        "HNSW supports incremental inserts; you rebuild only when deletes pile up.",
        False,
    ),
    # t7f-043: PQ as per-dimension 8-bit quantisation
    (
        "th2a-ann-02",
        "pq-is-scalar",
        (
            "PQ: quantise each dimension of the vector to 8 bits (256 levels), so a 128-d float "
            "vector becomes 128 bytes."
        ),
        True,
    ),
    ("th2a-ann-02", "pq-is-scalar", "PQ stores every coordinate in 1 byte", True),
    ("th2a-ann-02", "pq-is-scalar", "PQ uses 8 bits per dimension", True),
    (
        "th2a-ann-02",
        "pq-is-scalar",
        "Scalar quantisation uses 8 bits per dimension, whereas PQ uses 8 bits per sub-vector.",
        False,
    ),
    ("th2a-ann-02", "pq-is-scalar", "- PQ: compress each dimension to 8 bits", True),
    (
        "th2a-ann-02",
        "pq-is-scalar",
        (
            "Split each vector into m sub-vectors, run k-means with 256 centroids in each "
            "subspace, and store each sub-vector as the one-byte id of its nearest centroid."
        ),
        False,
    ),
    ("th2a-ann-02", "pq-is-scalar", "PQ doesn't quantise each dimension to 8 bits, that's scalar quantisation.", False),
    ("th2a-ann-02", "pq-is-scalar", "each of the 64 sub-vectors becomes one byte", False),
    (
        "th2a-ann-02",
        "pq-is-scalar",
        "Scalar quantisation stores each dimension in 8 bits, whereas PQ stores one byte per sub-vector.",
        False,
    ),
    (
        "th2a-ann-02",
        "pq-is-scalar",
        "with m = 64 on 768 dims, each sub-vector covers 12 dimensions and is stored as 1 byte",
        False,
    ),
    # t7f-044: the query cannot be encoded with database codebooks
    (
        "th2a-ann-02",
        "query-not-encodable",
        (
            "the query is left raw bc you cant quantise it: the codebooks were trained on database "
            "vectors and the query isnt one of them, so theres no code for it."
        ),
        True,
    ),
    (
        "th2a-ann-02",
        "query-not-encodable",
        "the codebooks were trained on the database, and the query is not part of it",
        True,
    ),
    ("th2a-ann-02", "query-not-encodable", "there is no codeword for the query", True),
    (
        "th2a-ann-02",
        "query-not-encodable",
        (
            "Quantising only the database side leaves one source of error instead of two, so "
            "distances are more accurate."
        ),
        False,
    ),
    ("th2a-ann-02", "query-not-encodable", "We don't quantise the query, so there's only one source of error.", False),
    (
        "th2a-ann-02",
        "query-not-encodable",
        "The query could be encoded with the same codebooks, but that would add a second error.",
        False,
    ),
    (
        "th2a-ann-02",
        "query-not-encodable",
        ("The codebooks are learned on database vectors and the query is not encoded, so only one error source."),
        False,
    ),
    # t7f-046: efSearch fixed at build time
    (
        "th2a-ann-03",
        "efconstruction-at-query",
        (
            "efConstruction and efSearch are both fixed when the index is built, so to get better "
            "recall at query time you have to rebuild with larger values."
        ),
        True,
    ),
    ("th2a-ann-03", "efconstruction-at-query", "efSearch is baked into the index at build time", True),
    ("th2a-ann-03", "efconstruction-at-query", "efsearch is frozen once the index is built", True),
    (
        "th2a-ann-03",
        "efconstruction-at-query",
        "efConstruction is the beam width while building; efSearch is the beam width at query time.",
        False,
    ),
    (
        "th2a-ann-03",
        "efconstruction-at-query",
        "efSearch isn't fixed at build time, you can change it per query without a rebuild.",
        False,
    ),
    ("th2a-ann-03", "efconstruction-at-query", "efSearch is set at query time, efConstruction at build time.", False),
    # t7f-046 drew this on a right sentence inside it: the cue now wants 'starts at the bottom' adjacent
    ("th2a-ann-03", "hnsw-layers-swapped", "Search starts at the bottom layer and climbs up to refine.", True),
    ("th2a-ann-03", "hnsw-layers-swapped", "- search starts at the bottom layer", True),
    ("th2a-ann-03", "hnsw-layers-swapped", "search begins at the base layer", True),
    (
        "th2a-ann-03",
        "hnsw-layers-swapped",
        ("Search starts at the top entry point, descends greedily, then does a beam search at the bottom."),
        False,
    ),
    (
        "th2a-ann-03",
        "hnsw-layers-swapped",
        ("search starts from the entry point in the top layer and ends with a beam search in the bottom layer"),
        False,
    ),
    ("th2a-ann-03", "hnsw-layers-swapped", "The search starts at the top and finishes at the base layer.", False),
    # t7f-047: delete nodes directly, neighbours reconnect, no rebuilds
    ("th2a-ann-03", "delete-directly", "delete the node; its neighbours reconnect automatically", True),
    ("th2a-ann-03", "delete-directly", "graph stays navigable so no periodic rebuild is needed", True),
    ("th2a-ann-03", "delete-directly", "delete the node; its neighbors relink automatically", True),
    (
        "th2a-ann-03",
        "delete-directly",
        "Deleting a node requires its neighbours to be reconnected, or mark it as a tombstone.",
        False,
    ),
    (
        "th2a-ann-03",
        "delete-directly",
        (
            "Mark deleted nodes as tombstones that are skipped in results but still used for "
            "routing, and rebuild periodically."
        ),
        False,
    ),
    (
        "th2a-ann-03",
        "delete-directly",
        "If you remove nodes and their edges, you must reconnect the neighbours.",
        False,
    ),
    (
        "th2a-ann-03",
        "delete-directly",
        "Tombstones keep routing intact; compact or rebuild periodically as recall degrades.",
        False,
    ),
    # t7f-049: post-filtering still returns k results
    (
        "th2a-ann-04",
        "post-filter-fine",
        "you still get k results, just slightly less relevant ones, so its usually fine.",
        True,
    ),
    ("th2a-ann-04", "post-filter-fine", "you get k results, slightly worse ones", True),
    ("th2a-ann-04", "post-filter-fine", "post-filtering: you still get k results, slightly further away", True),
    (
        "th2a-ann-04",
        "post-filter-fine",
        "with a selective filter it returns far fewer than k results unless k is inflated",
        False,
    ),
    ("th2a-ann-04", "post-filter-fine", "you no longer get k results after the filter", False),
    ("th2a-ann-04", "post-filter-fine", "you get fewer than k results, not slightly less relevant ones", False),
    # t7f-052: same architecture keeps the spaces compatible
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        (
            "When we retrained our weekly encoder we kept the same architecture and 256-d output, "
            "so the new query embeddings stayed compatible with the old document vectors."
        ),
        True,
    ),
    ("th2a-ann-05", "same-architecture-compatible", "same dimensionality, compatible embeddings", True),
    ("th2a-ann-05", "same-architecture-compatible", "Same architecture, so the new embeddings stay compatible.", True),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        "Re-embed changed documents incrementally if the model is backward compatible.",
        False,
    ),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        "With backward-compatible training, new query embeddings stay comparable with the old document vectors.",
        False,
    ),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        "If the new model is trained backward compatible, re-embed the documents lazily, as they change.",
        False,
    ),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        "Same architecture and output dimension, so the vectors remain compatible.",
        True,
    ),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        "With backward-compatible training the new embeddings stay in the same space as the old ones.",
        False,
    ),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        "Even with the same architecture and dimension, the spaces are not compatible.",
        False,
    ),
    ("th2a-ann-05", "same-architecture-compatible", "Same architecture doesn't make them compatible.", False),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        "Embeddings from different model versions don't live in the same space.",
        False,
    ),
    ("th2a-ann-05", "same-architecture-compatible", "the new model's vectors are not in the same space", False),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        "New query embeddings are not comparable with old document vectors, so re-embed the corpus.",
        False,
    ),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        (
            "Embeddings from different model versions live in different spaces, so the corpus must "
            "be re-embedded and the index rebuilt."
        ),
        False,
    ),
    (
        "th2a-ann-05",
        "same-architecture-compatible",
        "Train the new model to be backward compatible, so only changed documents need re-encoding.",
        False,
    ),
    # t7f-053: no validation before the switch
    (
        "th2a-ann-05",
        "switch-without-validation",
        (
            "Offline recall checks aren't really needed if the training recipe is unchanged; just "
            "flip and watch the online metrics."
        ),
        True,
    ),
    ("th2a-ann-05", "switch-without-validation", "no need for offline validation, just switch and monitor", True),
    ("th2a-ann-05", "switch-without-validation", "recall checks are not necessary", True),
    (
        "th2a-ann-05",
        "switch-without-validation",
        ("Before switching, compare the new index's recall on a labelled query set and run a shadow or A/B test."),
        False,
    ),
    (
        "th2a-ann-05",
        "switch-without-validation",
        "Switch encoder and index together, and watch online metrics after the recall check.",
        False,
    ),
    ("th2a-ann-05", "switch-without-validation", "Offline recall checks are needed before the switch.", False),
    (
        "th2a-ann-05",
        "switch-without-validation",
        "Validate with a shadow test, then switch and monitor the metrics for a week.",
        False,
    ),
    # t7f-055: a 1.5% imbalance on 2M users is noise
    (
        "th2a-ab-01",
        "imbalance-is-noise",
        ("With ~2M users, a 1.5% imbalance is within normal randomisation noise, so the SRM isn't significant."),
        True,
    ),
    ("th2a-ab-01", "imbalance-is-noise", "it's within random fluctuation", True),
    ("th2a-ab-01", "imbalance-is-noise", "1.5% imbalance is normal at this scale", True),
    (
        "th2a-ab-01",
        "imbalance-is-noise",
        "The counts fail a chi-square test against 50/50 by over 10 standard deviations.",
        False,
    ),
    ("th2a-ab-01", "imbalance-is-noise", "A 1.5% imbalance on 2M users is far outside random noise.", False),
    ("th2a-ab-01", "imbalance-is-noise", "it is not normal random variation", False),
    ("th2a-ab-01", "imbalance-is-noise", "This is not random variation: the SRM is highly significant.", False),
    ("th2a-ab-01", "imbalance-is-noise", "this imbalance is far more than normal random variation", False),
    (
        "th2a-ab-01",
        "imbalance-is-noise",
        "With small samples a 1.5% gap could be normal noise, but with two million users it is not.",
        False,
    ),
    # t7f-056: reweighting or trimming salvages the test ('fair' taken out of the slot again: it fired on
    # "Downsampling control to make the arms fair doesn't fix the bias.")
    ("th2a-ab-01", "reweight-fixes-srm", "Reweighting the users fixes the mismatch.", True),
    ("th2a-ab-01", "reweight-fixes-srm", "Rebalancing the arms fixes the SRM.", True),
    ("th2a-ab-01", "reweight-fixes-srm", "Downsampling control to make the arms fair doesn't fix the bias.", False),
    ("th2a-ab-01", "reweight-fixes-srm", "Just downsample control to match treatment.", True),
    (
        "th2a-ab-01",
        "reweight-fixes-srm",
        ("Reweighting or trimming control cannot bring back the users who left, so the comparison stays biased."),
        False,
    ),
    (
        "th2a-ab-01",
        "reweight-fixes-srm",
        "Trimming control is not fair: the missing users differ from those who stayed.",
        False,
    ),
    ("th2a-ab-01", "reweight-fixes-srm", "a reweighted or trimmed analysis cannot recover the users who left", False),
    # t7f-058: ship on the pooled average
    (
        "th2a-ab-02",
        "ship-on-average",
        (
            "decision: the three-week pooled average (≈ +2.8%) is the effect estimate, it already "
            "averages novelty out, so ship on that if it's significant"
        ),
        True,
    ),
    ("th2a-ab-02", "ship-on-average", "averaging over the three weeks averages the novelty away", True),
    (
        "th2a-ab-02",
        "ship-on-average",
        "the overall average lift is the effect estimate, so ship on the overall average",
        True,
    ),
    ("th2a-ab-02", "ship-on-average", "Decide on the stable long-run effect, not the pooled average.", False),
    (
        "th2a-ab-02",
        "ship-on-average",
        "The pooled average mixes novelty into the estimate, so don't ship on it.",
        False,
    ),
    ("th2a-ab-02", "ship-on-average", "the pooled average over three weeks overstates the long-run effect", False),
    (
        "th2a-ab-02",
        "ship-on-average",
        ("The pooled average effect overstates the long-run, so ship only if the asymptote is positive."),
        False,
    ),
    ("th2a-ab-02", "ship-on-average", "don't ship on the pooled average", False),
    # t7f-059: new users carry the novelty, existing users are the clean read
    (
        "th2a-ab-02",
        "new-users-novel",
        (
            "we treated new users as the ones contaminated by novelty, since everything is new to "
            "them, and used existing users as the clean steady-state read."
        ),
        True,
    ),
    (
        "th2a-ab-02",
        "new-users-novel",
        "novelty hits new users hardest, so use existing users for the steady state",
        True,
    ),
    ("th2a-ab-02", "new-users-novel", "- existing users = clean read, new users inflated by novelty", True),
    ("th2a-ab-02", "new-users-novel", "compare new users (for whom nothing is novel) with existing users", False),
    (
        "th2a-ab-02",
        "new-users-novel",
        "New users are not affected by novelty, so they are the cleaner read of the steady state.",
        False,
    ),
    (
        "th2a-ab-02",
        "new-users-novel",
        ("Use users first exposed during the test who had no habit with the old feed as a proxy for the steady state."),
        False,
    ),
    ("th2a-ab-02", "new-users-novel", "Existing users carry the novelty effect; new users give a cleaner read.", False),
    ("th2a-ab-02", "new-users-novel", "Existing users reach a steady state after the novelty fades.", False),
    ("th2a-ab-02", "new-users-novel", "compare the new users' effect with existing users' steady state", False),
    # t7f-061: each look is a valid 5% test
    (
        "th2a-ab-04",
        "error-stays-five",
        (
            "each look is a valid test at 5%, so the overall false positive rate stays at 5% no "
            "matter how often you look."
        ),
        True,
    ),
    ("th2a-ab-04", "error-stays-five", "- each peek is valid, overall false positive rate still 5%", True),
    (
        "th2a-ab-04",
        "error-stays-five",
        "Every look is valid on its own, so the overall false-positive rate remains 5%.",
        True,
    ),
    (
        "th2a-ab-04",
        "error-stays-five",
        (
            "Group-sequential designs plan a few interim looks with stricter boundaries so that "
            "the overall false-positive rate stays at 5%."
        ),
        False,
    ),
    ("th2a-ab-04", "error-stays-five", "Each look is another chance for noise to cross the threshold.", False),
    ("th2a-ab-04", "error-stays-five", "Every look is not a valid 5% test once you stop on it.", False),
    ("th2a-ab-04", "error-stays-five", "Only the final look is a valid test.", False),
    ("th2a-ab-04", "error-stays-five", "the final look is a valid 5% test", False),
    # t7f-062: sequential boundaries make the early estimate unbiased
    (
        "th2a-ab-04",
        "boundaries-fix-estimate",
        ("The O'Brien-Fleming boundaries already account for the interim looks, so the estimate at look 2 is unbiased"),
        True,
    ),
    ("th2a-ab-04", "boundaries-fix-estimate", "alpha spending makes the lift at stopping unbiased", True),
    ("th2a-ab-04", "boundaries-fix-estimate", "the boundaries correct the estimate", True),
    ("th2a-ab-04", "boundaries-fix-estimate", "alpha spending removes the bias", True),
    (
        "th2a-ab-04",
        "boundaries-fix-estimate",
        "The boundaries control the error rate, but the estimate at stopping is biased upward.",
        False,
    ),
    (
        "th2a-ab-04",
        "boundaries-fix-estimate",
        "The sequential design keeps the false-positive rate at 5%; the estimate is not unbiased.",
        False,
    ),
    (
        "th2a-ab-04",
        "boundaries-fix-estimate",
        "Report a bias-adjusted estimate and interval designed for the sequential design.",
        False,
    ),
    ("th2a-ab-04", "boundaries-fix-estimate", "The boundaries account for the looks but not for the estimate.", False),
    (
        "th2a-ab-04",
        "boundaries-fix-estimate",
        ("The boundaries account for the multiple looks, and the estimate still needs a bias adjustment."),
        False,
    ),
    ("th2a-ab-04", "boundaries-fix-estimate", "Alpha spending doesn't correct the estimate.", False),
    # t7f-065: non-inferiority on the point estimate
    (
        "th2a-ab-05",
        "crossing-margin-passes",
        "it passes if the observed difference is below the margin: +15 < +25 → fine",
        True,
    ),
    ("th2a-ab-05", "crossing-margin-passes", "fine as long as the point estimate is under the margin", True),
    ("th2a-ab-05", "crossing-margin-passes", "passes: observed difference 15 ms is less than the 25 ms margin", True),
    (
        "th2a-ab-05",
        "crossing-margin-passes",
        (
            "require the interval's upper bound to sit below it (a non-inferiority test); if the "
            "interval crosses the margin, the result is inconclusive"
        ),
        False,
    ),
    (
        "th2a-ab-05",
        "crossing-margin-passes",
        ("Even though the observed difference is below the margin, the interval crosses it, so it doesn't pass."),
        False,
    ),
    (
        "th2a-ab-05",
        "crossing-margin-passes",
        "It passes only when the upper bound of the interval is below the margin.",
        False,
    ),
    # t7f-067: probability of exactly the observed result
    (
        "th2a-ht-01",
        "p-exact-result",
        "p-value: probability of getting exactly the observed result if the null is true.",
        True,
    ),
    ("th2a-ht-01", "p-exact-result", "the chance of seeing exactly this data under H0", True),
    ("th2a-ht-01", "p-exact-result", "p = probability of exactly this result by chance", True),
    (
        "th2a-ht-01",
        "p-exact-result",
        (
            "The p-value is the probability, computed assuming the null, of a test statistic at "
            "least as extreme as the one observed."
        ),
        False,
    ),
    (
        "th2a-ht-01",
        "p-exact-result",
        "It is not the probability of exactly the observed result, but of one at least as extreme.",
        False,
    ),
    ("th2a-ht-01", "p-exact-result", "at least as extreme, not exactly the observed value", False),
    # t7f-070: a stricter alpha improves both errors
    (
        "th2a-ht-02",
        "lower-alpha-reduces-both",
        ("a stricter threshold makes the test more reliable in both directions, fewer false alarms and fewer misses"),
        True,
    ),
    ("th2a-ht-02", "lower-alpha-reduces-both", "lower alpha = better on both errors", True),
    ("th2a-ht-02", "lower-alpha-reduces-both", "a tighter alpha is more reliable both ways", True),
    (
        "th2a-ht-02",
        "lower-alpha-reduces-both",
        ("A stricter alpha cuts false positives but raises beta at fixed sample size; only more data improves both."),
        False,
    ),
    ("th2a-ht-02", "lower-alpha-reduces-both", "Lowering alpha is not better for both errors.", False),
    ("th2a-ht-02", "lower-alpha-reduces-both", "More data makes the test better on both errors.", False),
    # t7f-071: power is 1 − alpha
    ("th2a-ht-02", "power-one-minus-alpha", "power is 1 − alpha, the chance the test comes out right.", True),
    ("th2a-ht-02", "power-one-minus-alpha", "power = 1 - α", True),
    ("th2a-ht-02", "power-one-minus-alpha", "- power: 1 − α", True),
    ("th2a-ht-02", "power-one-minus-alpha", "1 − α = power", True),
    ("th2a-ht-02", "power-one-minus-alpha", "power is 1 − β", False),
    ("th2a-ht-02", "power-one-minus-alpha", "α = 0.05 and power = 1 − β = 0.8", False),
    ("th2a-ht-02", "power-one-minus-alpha", "type I rate alpha, power 1 minus beta", False),
    ("th2a-ht-02", "power-one-minus-alpha", "1 − α is the confidence level, not the power", False),
    # t7f-073: Bonferroni for a screen, FDR too lenient
    (
        "th2a-ht-04",
        "bonferroni-for-screening",
        "the rigorous fix for a screen is Bonferroni: test each at 0.05/2000 = 0.000025",
        True,
    ),
    (
        "th2a-ht-04",
        "bonferroni-for-screening",
        "FDR methods like BH let a share of false features through, so they're too lenient for this",
        True,
    ),
    ("th2a-ht-04", "bonferroni-for-screening", "Bonferroni is the correct approach for 2,000 tests.", True),
    (
        "th2a-ht-04",
        "bonferroni-for-screening",
        (
            "Bonferroni at 0.05/2,000 = 0.000025 would keep almost nothing, while an FDR of 10% "
            "accepts a known share of false leads."
        ),
        False,
    ),
    (
        "th2a-ht-04",
        "bonferroni-for-screening",
        "For screening, control the false discovery rate rather than the family-wise rate.",
        False,
    ),
    ("th2a-ht-04", "bonferroni-for-screening", "Bonferroni is not the right choice here; BH is.", False),
    (
        "th2a-ht-04",
        "bonferroni-for-screening",
        "Bonferroni is the right choice for a final confirmatory claim, but for screening FDR is better.",
        False,
    ),
    # t7f-074: the CV AUC is honest after screening on all data
    (
        "th2a-ht-04",
        "select-then-cv-fine",
        (
            "each fold refits the model from scratch and scores it on held-out rows, so the AUC is "
            "an honest out-of-sample estimate."
        ),
        True,
    ),
    ("th2a-ht-04", "select-then-cv-fine", "the CV AUC is unbiased since it is cross-validated", True),
    ("th2a-ht-04", "select-then-cv-fine", "AUC is clean because it's cross-validated", True),
    (
        "th2a-ht-04",
        "select-then-cv-fine",
        "The screening saw the validation folds' labels, so the cross-validated AUC is optimistic.",
        False,
    ),
    ("th2a-ht-04", "select-then-cv-fine", "The AUC is not honest: screening used all the labels.", False),
    ("th2a-ht-04", "select-then-cv-fine", "Select features inside each fold so that the AUC is honest.", False),
    (
        "th2a-ht-04",
        "select-then-cv-fine",
        "The AUC is unbiased because selection ran inside each training fold.",
        False,
    ),
    (
        "th2a-ht-04",
        "select-then-cv-fine",
        "Put the screening inside the cross-validation loop, refitting it on each training fold.",
        False,
    ),
    # t7f-075 (right) drew it through 'if all nulls ... 160 are real': the cue now wants 'all 160 real' adjacent
    ("th2a-ht-04", "all-significant-real", "All 160 are real predictors of churn.", True),
    ("th2a-ht-04", "all-significant-real", "all 160 are genuine", True),
    ("th2a-ht-04", "all-significant-real", "- all 160 true drivers", True),
    (
        "th2a-ht-04",
        "all-significant-real",
        "E[false] = 2000 × 0.05 = 100 if all nulls, so maybe ~60 of 160 are real.",
        False,
    ),
    ("th2a-ht-04", "all-significant-real", "Not all 160 are real; many are false discoveries.", False),
    ("th2a-ht-04", "all-significant-real", "If all nulls were true, about 100 of the 160 would still pass.", False),
    # t7f-076: width shrinks like 1/n
    (
        "th2a-ht-05",
        "width-shrinks-1-over-n",
        "Interval = estimate ± 1.96·SE, SE ∝ 1/n, so 4× the data shrinks the width to a quarter.",
        True,
    ),
    ("th2a-ht-05", "width-shrinks-1-over-n", "four times the sample cuts the interval to a quarter", True),
    ("th2a-ht-05", "width-shrinks-1-over-n", "the width is proportional to 1/n", True),
    (
        "th2a-ht-05",
        "width-shrinks-1-over-n",
        ("The width is about ±1.96 standard errors and shrinks with 1/√n: four times the data halves it."),
        False,
    ),
    ("th2a-ht-05", "width-shrinks-1-over-n", "width ∝ 1/√n, so 4x data halves it, not a quarter", False),
    ("th2a-ht-05", "width-shrinks-1-over-n", "SE ∝ 1/√n", False),
    ("th2a-ht-05", "width-shrinks-1-over-n", "Four times the data quarters the variance and halves the width.", False),
    # t7f-077: overlap means no significant difference
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        "A [1.0, 3.0], B [2.5, 4.5] overlap → difference not significant at 5%.",
        True,
    ),
    ("th2a-ht-05", "overlap-means-no-difference", "they overlap, so the difference is not significant", True),
    ("th2a-ht-05", "overlap-means-no-difference", "overlapping -> diff not significant", True),
    ("th2a-ht-05", "overlap-means-no-difference", "Overlap does not imply the difference is not significant.", False),
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        "No: overlapping intervals settle nothing; build the interval for the difference directly.",
        False,
    ),
    (
        "th2a-ht-05",
        "overlap-means-no-difference",
        ("the difference's standard error is √(SE_A² + SE_B²), so z ≈ 2.1 and p ≈ 0.04 despite the overlap"),
        False,
    ),
    # t7f-079: resample orders although users place several
    (
        "th2a-ht-06",
        "resample-orders",
        (
            "For median order value we bootstrapped: 5,000 orders per arm, resampled orders with "
            "replacement within each arm."
        ),
        False,
    ),
    (
        "th2a-ht-06",
        "resample-orders",
        (
            "Orders are the natural unit since the metric is per order, so whether one user placed "
            "several doesn't matter."
        ),
        True,
    ),
    ("th2a-ht-06", "resample-orders", "the order is the natural unit", True),
    ("th2a-ht-06", "resample-orders", "Resampling orders is fine even though users place several orders.", True),
    (
        "th2a-ht-06",
        "resample-orders",
        "Bootstrap: resample orders with replacement, 5,000 per arm, and take the difference in medians.",
        False,
    ),
    ("th2a-ht-06", "resample-orders", "Resampling orders is fine only when each user places one order.", False),
    ("th2a-ht-06", "resample-orders", "users placing multiple orders doesn't matter", True),
    ("th2a-ht-06", "resample-orders", "resample users, not orders, if users place several orders", False),
    (
        "th2a-ht-06",
        "resample-orders",
        "Resampling orders would understate the variance when users place several orders.",
        False,
    ),
    ("th2a-ht-06", "resample-orders", "Orders are not the right unit: resample users.", False),
    ("th2a-ht-06", "resample-orders", "users, not orders, are the right unit", False),
    ("th2a-ht-06", "resample-orders", "If users place several orders, resample users.", False),
]


#: what this pass added or changed, and th2a-ab-01/reweight-fixes-srm, whose cue it narrowed (t7f-056)
TOUCHED: list[tuple[str, str]] = [*ADDED, *CHANGED, ("th2a-ab-01", "reweight-fixes-srm")]

CHECKS = Checks(
    rows=[(TOUCHED, 3, 3)], cue_cap=TOUCHED, right_texts={p for p, _, _, _ in CASES}, added=[ADDED, CHANGED]
)
