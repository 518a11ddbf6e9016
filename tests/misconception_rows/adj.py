"""Adjacency cues ('=' …) for the beliefs of the original theory prompts that the second reader left
uncaught because every cue tried also fired on a right sentence (content/REVIEW-rv3.md, open query 2).

For each belief addressed: the belief as written (the reviewer's wrong wording) and two more wrong phrasings
must trip the misconception; the right sentence that made the old attempts fail, other right sentences in
the same words, and a denial must not. Denials are written "It isn't the case that …" or "The claim that …
is wrong": the matcher reads "it's not that X" as a negated pronoun followed by X, so that form states X
for every cue (see the report). Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

CASES: list[tuple[str, str, str, bool]] = [
    ("th-bn-01", "bn-any-batch-size", "Batch norm behaves the same at any batch size.", True),
    ("th-bn-01", "bn-any-batch-size", "Batchnorm acts the same for every batch size, 4 or 256.", True),
    ("th-bn-01", "bn-any-batch-size", "BN behaves identically at any batch size.", True),
    ("th-bn-01", "bn-any-batch-size", "LayerNorm, unlike batch norm, behaves the same at any batch size.", False),
    ("th-bn-01", "bn-any-batch-size", "Batch norm does not behave the same at any batch size.", False),
    ("th-bn-01", "bn-any-batch-size", "LayerNorm behaves the same at any batch size, batch norm doesn't.", False),
    ("th-bn-01", "bn-any-batch-size", "GroupNorm, unlike batch norm, works the same at every batch size.", False),
    (
        "th-bn-01",
        "bn-any-batch-size",
        ("The claim that batch norm behaves the same at any batch size is wrong: at 4 its statistics are noisy."),
        False,
    ),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        ("On a convex problem gradient descent converges with any learning rate; a large one just oscillates more."),
        True,
    ),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "It's convex so any step size converges; a big one just oscillates more.",
        True,
    ),
    ("th-gd-05", "convex-converges-any-rate", "Any lr works on a bowl, a higher one just bounces more.", True),
    ("th-gd-05", "convex-converges-any-rate", "GD converges for any learning rate below 2/L.", False),
    ("th-gd-05", "convex-converges-any-rate", "A large one doesn't just oscillate more, it diverges.", False),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "Above 2/L a large rate overshoots and diverges even on a convex bowl.",
        False,
    ),
    ("th-gd-05", "convex-converges-any-rate", "Between 1/L and 2/L the iterates oscillate but converge.", False),
    ("th-gd-05", "convex-converges-any-rate", "Convexity doesn't mean any learning rate converges.", False),
    ("th-gd-05", "convex-converges-any-rate", "A larger step oscillates more, and above 2/L it diverges.", False),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "The claim that a large one just oscillates more is wrong: above 2/L it diverges.",
        False,
    ),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW is just Adam with an L2 penalty added to the loss.", True),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW is basically Adam with L2.", True),
    ("th-reg-02", "adamw-is-adam-plus-l2", "adamw = adam with an l2 penalty in the loss", True),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW differs from Adam with L2 added to the loss.", False),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW is Adam with decoupled weight decay.", False),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW replaces Adam with an L2 penalty by decoupled decay.", False),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW, unlike Adam with L2, shrinks every weight at the same rate.", False),
    (
        "th-reg-02",
        "adamw-is-adam-plus-l2",
        ("It isn't the case that AdamW is Adam with an L2 penalty; it decays the weights outside the adaptive step."),
        False,
    ),
    (
        "th-tok-01",
        "token-is-a-word",
        "A token is basically a word, so cost and context scale with the number of words.",
        True,
    ),
    ("th-tok-01", "token-is-a-word", "Tokens are just words, so cost scales with the word count.", True),
    ("th-tok-01", "token-is-a-word", "a token is a word so context fills up with words", True),
    ("th-tok-01", "token-is-a-word", "A token is roughly three quarters of a word.", False),
    ("th-tok-01", "token-is-a-word", "A token is not a word, so cost follows tokens.", False),
    ("th-tok-01", "token-is-a-word", "Token and word counts differ, so cost follows tokens.", False),
    ("th-tok-01", "token-is-a-word", "The token/word ratio varies by language, so cost does too.", False),
    ("th-tok-01", "token-is-a-word", "A token is often a word fragment, so cost follows the token count.", False),
    ("th-tok-01", "token-is-a-word", "It isn't the case that a token is a word; cost follows the token count.", False),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        "The central limit theorem makes each user's outcome normally distributed once n is large.",
        True,
    ),
    ("th-prob-06", "clt-makes-data-normal", "The CLT makes the data normal when n is big.", True),
    ("th-prob-06", "clt-makes-data-normal", "the CLT turns individual outcomes normal with enough users", True),
    ("th-prob-06", "clt-makes-data-normal", "By the CLT the mean of user outcomes is normal.", False),
    ("th-prob-06", "clt-makes-data-normal", "The CLT makes the sample mean approximately normal.", False),
    ("th-prob-06", "clt-makes-data-normal", "The CLT doesn't make individual outcomes normal.", False),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        "The central limit theorem makes the average of user outcomes normal.",
        False,
    ),
    ("th-prob-06", "clt-makes-data-normal", "Each outcome stays 0 or 1; the CLT makes the mean normal.", False),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        ("The claim that the CLT makes each user's outcome normal is wrong; it makes their mean normal."),
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Each new tree is trained on the original labels, with the misclassified rows reweighted.",
        True,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Every new tree fits the original targets with the mistakes upweighted.",
        True,
    ),
    ("th-gbm-01", "adaboost-reweighting", "Later trees are trained on the original labels with reweighted rows.", True),
    ("th-gbm-01", "adaboost-reweighting", "In AdaBoost misclassified rows are reweighted.", False),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "The first tree is trained on the original labels; later trees on the residuals.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Each new tree isn't trained on the original labels but on the residuals.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Each new tree is fit to the negative gradient, not the original labels.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "It isn't the case that each new tree is trained on the original labels; that's AdaBoost.",
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "In Adam, parameters with larger gradients take proportionally larger steps, as in SGD.",
        True,
    ),
    ("th-gd-03", "adam-step-scales-with-gradient", "With Adam, weights with bigger gradients take bigger steps.", True),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "in adam params with large gradients move proportionally more",
        True,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        ("In SGD larger gradients take proportionally larger steps, but in Adam the step is about the learning rate."),
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "In Adam, parameters with larger gradients don't take proportionally larger steps.",
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "In Adam, parameters with large but noisy gradients get smaller steps.",
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "Unlike SGD, in Adam parameters with larger gradients do not take larger steps.",
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "The claim that in Adam parameters with larger gradients take larger steps is wrong.",
        False,
    ),
    ("th-gd-02", "momentum-is-bigger-lr", "Momentum gives a larger effective learning rate along the valley.", False),
    # an adjacency cue for "momentum is a bigger learning rate" was dropped: it also fired on right
    # sentences such as "with momentum, a higher learning rate diverges"
    ("th-gd-02", "momentum-is-bigger-lr", "With momentum, a higher learning rate diverges.", False),
    ("th-gd-02", "momentum-is-bigger-lr", "Momentum isn't a bigger learning rate: flipping components cancel.", False),
    (
        "th-gd-02",
        "momentum-is-bigger-lr",
        "Momentum acts like a larger learning rate only along the valley floor.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-is-bigger-lr",
        "Momentum enlarges the step only in directions whose gradient keeps its sign.",
        False,
    ),
    ("th-gd-02", "momentum-is-bigger-lr", "The claim that momentum is a bigger learning rate is wrong.", False),
    (
        "th-gd-06",
        "saddles-trap-forever",
        (
            "Once gradient descent reaches a saddle point the gradient is zero, so it stays "
            "there unless you use a second-order method."
        ),
        True,
    ),
    ("th-gd-06", "saddles-trap-forever", "At a saddle the gradient is zero, so it stays there forever.", True),
    ("th-gd-06", "saddles-trap-forever", "The saddle's gradient is zero, so it remains there.", True),
    ("th-gd-06", "saddles-trap-forever", "SGD slows near saddles rather than staying on them.", False),
    ("th-gd-06", "saddles-trap-forever", "At a saddle the gradient is zero, but noise pushes the iterate off.", False),
    (
        "th-gd-06",
        "saddles-trap-forever",
        ("The gradient is zero at a saddle, yet it doesn't stay there: any push along the downhill direction grows."),
        False,
    ),
    ("th-gd-06", "saddles-trap-forever", "The gradient near a saddle is small, so progress slows.", False),
    ("th-gd-06", "saddles-trap-forever", "The claim that the gradient is zero so it stays there is wrong.", False),
    (
        "th-logit-01",
        "separable-is-perfect",
        "Perfectly separable data is ideal; training converges quickly to a perfect model.",
        True,
    ),
    ("th-logit-01", "separable-is-perfect", "Separable data is the best case for logistic regression.", True),
    ("th-logit-01", "separable-is-perfect", "linearly separable data is great, the fit is easy", True),
    (
        "th-logit-01",
        "separable-is-perfect",
        "Separable data is not ideal for plain logistic regression: the weights diverge.",
        False,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "Separable data looks ideal, but the likelihood has no finite maximum.",
        False,
    ),
    ("th-logit-01", "separable-is-perfect", "On separable data the weights run off to infinity.", False),
    (
        "th-logit-01",
        "separable-is-perfect",
        "Perfect separation is a problem for logistic regression, not a gift.",
        False,
    ),
    ("th-logit-01", "separable-is-perfect", "The claim that separable data is ideal is wrong.", False),
    (
        "th-met-03",
        "overall-means-segments",
        "If calibration is fine on the whole validation set, it is fine for every segment.",
        True,
    ),
    (
        "th-met-03",
        "overall-means-segments",
        "Once it's calibrated on the full set, it's calibrated for every subgroup.",
        True,
    ),
    ("th-met-03", "overall-means-segments", "if it's good overall it's good for all slices", True),
    ("th-met-03", "overall-means-segments", "Good overall calibration does not guarantee segment calibration.", False),
    ("th-met-03", "overall-means-segments", "Fine on the whole set does not mean fine for every segment.", False),
    ("th-met-03", "overall-means-segments", "Calibration can be fine on the whole set but off in a segment.", False),
    (
        "th-met-03",
        "overall-means-segments",
        "Check whether a model that looks fine on the whole set is also fine for every segment.",
        False,
    ),
    ("th-met-03", "overall-means-segments", "Even if it's fine overall, it may not be fine for every segment.", False),
    (
        "th-met-03",
        "overall-means-segments",
        "If calibration is fine overall, it can still be off for a segment.",
        False,
    ),
    ("th-met-03", "overall-means-segments", "The claim that fine overall means fine in every segment is wrong.", False),
    (
        "th-rag-02",
        "retrain-model-on-new-wiki",
        "The model is out of date; fine-tune or retrain it on the reorganised wiki.",
        True,
    ),
    ("th-rag-02", "retrain-model-on-new-wiki", "The LLM is out of date after the reorg, retrain it.", True),
    ("th-rag-02", "retrain-model-on-new-wiki", "model's out of date, so fine-tune", True),
    (
        "th-rag-02",
        "retrain-model-on-new-wiki",
        "The model isn't out of date; the index still holds moved pages.",
        False,
    ),
    ("th-rag-02", "retrain-model-on-new-wiki", "The index is out of date, not the model.", False),
    (
        "th-rag-02",
        "retrain-model-on-new-wiki",
        "The out-of-date pages sit in the index beside their new versions.",
        False,
    ),
    (
        "th-rag-02",
        "retrain-model-on-new-wiki",
        "Fine-tuning the model would bake in facts that go out of date again.",
        False,
    ),
    (
        "th-rag-02",
        "retrain-model-on-new-wiki",
        "The claim that the model is out of date is wrong; the index is stale.",
        False,
    ),
    (
        "th-rf-01",
        "all-features-best",
        "Letting every split consider all features gives the best trees and the best forest.",
        True,
    ),
    ("th-rf-01", "all-features-best", "All features at every split: the best trees, so the best forest.", True),
    ("th-rf-01", "all-features-best", "max_features=all gives the strongest trees and the strongest forest", True),
    ("th-rf-01", "all-features-best", "All features give the best single trees, but not the best forest.", False),
    ("th-rf-01", "all-features-best", "All features give the best trees and a worse forest.", False),
    ("th-rf-01", "all-features-best", "With all features the trees are correlated, so the forest is worse.", False),
    ("th-rf-01", "all-features-best", "All features make each tree stronger, not the forest.", False),
    (
        "th-rf-01",
        "all-features-best",
        "The claim that all features give the best trees and the best forest is wrong.",
        False,
    ),
    ("th-shift-02", "unclicked-means-disliked", "Items that never get clicks are items users don't want.", True),
    ("th-shift-02", "unclicked-means-disliked", "Items with zero clicks are items users don't care about.", True),
    ("th-shift-02", "unclicked-means-disliked", "if an item gets no clicks its an item users dont want", True),
    ("th-shift-02", "unclicked-means-disliked", "A missing click does not prove the item is unwanted.", False),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "Items with no clicks are not necessarily items users don't want.",
        False,
    ),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        ("Unclicked items were mostly never shown, so their clicks say nothing about whether users want them."),
        False,
    ),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "No clicks doesn't mean users don't want the item; it was never shown.",
        False,
    ),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "The claim that items without clicks are items users don't want is wrong.",
        False,
    ),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "A longer prompt only costs more money; latency depends on the output length.",
        True,
    ),
    ("th-ctx-01", "prompt-length-only-costs-money", "A bigger prompt only costs money, not time.", True),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "The extra context only costs more; it doesn't slow anything.",
        True,
    ),
    ("th-ctx-01", "prompt-length-only-costs-money", "Prompt length matters for latency as well as cost.", False),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "A longer prompt doesn't only cost more money; it adds prefill latency.",
        False,
    ),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "A longer prompt not only costs more money but adds latency.",
        False,
    ),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "The prompt costs money and time: every input token is prefilled.",
        False,
    ),
    ("th-ctx-01", "prompt-length-only-costs-money", "The claim that a longer prompt only costs money is wrong.", False),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "If related items have high cosine similarity, the embeddings are good.",
        True,
    ),
    ("th-emb-01", "cosine-proves-quality", "Related items get high cosine similarity, so the embeddings work.", True),
    ("th-emb-01", "cosine-proves-quality", "related items show high cosine, so the embeddings are fine", True),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "High cosine similarity between related items doesn't mean the embeddings are good.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "High cosine similarity is a sanity check, not proof the embeddings are good.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        ("Cosine similarity is a sanity check; the embeddings are good only if recall@k on future sessions holds."),
        False,
    ),
    ("th-emb-01", "cosine-proves-quality", "Cosine similarity alone proves nothing about quality.", False),
    ("th-emb-01", "cosine-proves-quality", "The claim that high cosine means the embeddings are good is wrong.", False),
]

#: The cue each misconception gained here (th-gd-06: replaces "saddle* trap*|stuck forever|permanently", which no
#: test row or labelled answer needed alone).
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-gd-05", "convex-converges-any-rate"): ["=large|larger|big|bigger|high|higher|huge one oscillat*|bounc* more"],
    ("th-reg-02", "adamw-is-adam-plus-l2"): ["=adamw adam l2|ridge|penalty"],
    ("th-tok-01", "token-is-a-word"): ["=token* word* cost*|context|pric*|bill*"],
    ("th-prob-06", "clt-makes-data-normal"): [
        ("=clt|theorem make*|render*|turn* user*|outcome*|conversion*|data|observation*|individual|single")
    ],
    ("th-gbm-01", "adaboost-reweighting"): [
        ("=new|next|later|subsequent|successive tree* train*|fit*|learn* original|same label*|target*")
    ],
    ("th-gd-03", "adam-step-scales-with-gradient"): [
        (
            "=adam param*|weight*|coordinate* larger|bigger|large|big|higher gradient* "
            "take|make|move proportional*|larger|bigger"
        )
    ],
    ("th-gd-06", "saddles-trap-forever"): ["=gradient* zero stay*|stuck|remain*|trap*|halt*|freez*|sit*"],
    ("th-logit-01", "separable-is-perfect"): ["=separable data ideal|great|easy|best"],
    ("th-met-03", "overall-means-segments"): [
        (
            "if|since|once|when fine|good|calibrated whole|overall|full|entire "
            "fine|good|calibrated every|all|any segment*|subgroup*|slice*"
        )
    ],
    ("th-rag-02", "retrain-model-on-new-wiki"): ["=model|llm out date|dated"],
    ("th-rf-01", "all-features-best"): ["=best|strongest tree* best|strongest forest|ensemble"],
    ("th-shift-02", "unclicked-means-disliked"): ["=click* item* user* not want*|interest*|care*|need*"],
    ("th-ctx-01", "prompt-length-only-costs-money"): ["=prompt|input|context only cost*|money|price|bill*"],
    ("th-emb-01", "cosine-proves-quality"): ["=cosine|similarity embedding* good|fine|work*|solid|great|quality"],
}


CHECKS = Checks(
    # every misconception with a wrong row: th-gd-02 keeps only right sentences (its cue was dropped); that the
    # belief as written is one of the wrong rows is checked in tests/test_misconceptions_specific.py
    rows=[(sorted({(p, m) for p, m, _, hit in CASES if hit}), 3, 2)],
    quiet_on_right_texts=ADDED,
    added=[ADDED],
)
