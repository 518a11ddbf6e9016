"""The t2 pass over the deep-learning, gradient-descent, LLM-stack and probability prompts.

Step B: false alarms found by correct answers written from the questions and key points only
(``tests/labelled/right_fresh_t2.yaml``). Each sentence that fired is kept as a row that must not fire,
next to wrong sentences that must still fire after the cue was narrowed.

Step C: misses on the tuning set ``wrong_own``: a cue widened on an existing misconception, or a
misconception added, each with the wrong phrasing and paraphrases that must fire and right sentences
(the key point's claim, a denial, a "rather than" contrast, a related true statement) that must not.
Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-bn-01", "removes-covariate-shift"): [
        "helps|works|because|reason remov*|eliminat*|reduc*|fix*|kill*|solv*|cur* internal covariate",
        "=bn|batchnorm remov*|eliminat*|fix*|kill*|solv*|reduc* internal covariate",
    ],
    ("th2b-init-01", "constant-init-fine"): [
        "non zero|nonzero constant|value fine|works|ok|avoid*|solv*|fix*",
        "constant 0 fine|works|ok|train*",
        "same nonzero|non value|constant instead|fine|works|trains",
    ],
    ("th2b-attn-03", "backward-equals-forward"): [
        "=training|train approxim|about|roughly 4n",
        "=c approxim|about|roughly 4 n d",
        "=c 4nd",
        "backward|backprop|bwd cost*|costs same|expensive|equal forward|fwd",
        "=bwd|backward|backprop 2n",
    ],
    ("th2b-norm-01", "rmsnorm-drops-gain"): [
        "=drop*|skip*|remov*|rid gain|gamma|γ",
        "=drop*|skip*|remov*|rid learned scale|gain|gamma|γ",
        "=rmsnorm no|without learned|gain|gamma|γ",
    ],
    ("th-tok-01", "utf8-bytes-fix-cost"): [
        "switch*|changing|change|another|different|other tokenizer|model|bpe not|never help*",
        "=inherently|intrinsically|necessarily|unavoidably three|3|more expensive|times",
        "=character* becom*|turn*|into three|3 tokens",
        "=3|three tokens per|each char|character whatever|any|regardless",
    ],
    ("th-tok-01", "bpe-greedy-longest-match"): [
        "scan* left right longest",
        "longest token|match|entry each|every position",
        "bpe longest token|match|entry|prefix",
    ],
    ("th-prob-02", "lambda-ratio-inverted"): [
        "=prior varianc* over|divid*|divided noise",
        "=lambda|λ tau|τ squar*|2 sigma|σ",
        "=lambda|λ equal*|equals prior variance",
    ],
}

#: cues this pass added to or narrowed on existing misconceptions
CHANGED: dict[tuple[str, str], list[str]] = {
    ("th-ft-01", "fine-tune-to-add-facts"): [
        "fine tune model learns product",
        "=fine tune docs model know*|learn*",
        "=fine tune docs know*|learn*",
    ],
    ("th-bn-01", "inference-uses-batch-stats"): [
        "=inference|eval|serving|test same whatever|whichever|incoming|given|current batch",
    ],
    ("th-emb-01", "cosine-proves-quality"): [
        "closer|higher than random embedding*|vectors good|ready|fine|usable",
        "=closer|close embedding*|vectors good|ready|fine|usable|solid enough",
    ],
    ("th2b-norm-01", "ln-across-batch"): [
        "=ln|layernorm feature*|channel* normaliz*|normalis*|stat*|statistics across|over",
    ],
    ("th2b-res-01", "norm-keeps-stream-flat"): [
        "final|last layernorm|ln|norm normaliz*|normalis*|undo*|undoes|cancel*|rescal*|fix*|remov* back|away|growth",
    ],
    ("th2b-res-01", "residual-for-overfitting"): [
        "skip|shortcut connection*|path* regulari*|regularis*",
    ],
    ("th2b-attn-01", "gqa-fewer-query-heads"): [
        "one|single|shared query head*|projection many|multiple|several|separate key*|kv|value*",
    ],
    ("th-gd-01", "lr-independent-of-batch"): [
        "same learn_rate|lr|rate better|accurate step*|update*",
    ],
    ("th-gd-01", "noise-linear-in-batch"): [
        "=noise inversely|fall*|falls|shrink*|decreas*|drop* proportion*|linearly batch|b",
    ],
    ("th-prob-04", "large-n-narrow-auc"): [
        "narrow|tiny|tight|small even|regardless|whatever few|rare|positives",
    ],
    ("th2b-attn-03", "training-2n"): [
        "=train*|c approxim|about|roughly|also|only|just 2n|2",
    ],
    ("th2b-norm-02", "placement-swapped"): [
        "=pre ln x ln x f",
        "=post ln x x f ln",
    ],
    ("th2b-clip-01", "frequent-clipping-healthy"): [
        "mean*|means threshold above",
    ],
}

TOUCHED: list[tuple[str, str]] = list(ADDED)

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference it does the same thing on whatever batch it is given, so with one request at "
        "a time the variance is zero and outputs blow up.",
        True,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At serving it just does the same on the incoming batch, so one request at a time gives zero variance.",
        True,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "at inference: same thing, whatever batch you pass in, just mean/var of that batch",
        True,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference BN is deterministic: the same input gives the same output whichever batch it is served in.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference LayerNorm gives the same result whatever batch it is in.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference it does the same normalisation but with running averages from training.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference it uses running averages from training, so an example's output doesn't depend on its batch.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference it's the same for every request: running statistics, not the batch.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "Eval mode uses the same running statistics for every request, regardless of the current batch.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "If serving runs in train mode, each request is normalised by its own statistics and every activation shifts.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "It's not that at inference it does the same thing on whatever batch it is given; it uses "
        "the stored running statistics.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "LayerNorm behaves the same whatever the batch size, at training and at inference.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "LayerNorm does the same computation at training and inference, whatever the batch.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "With running statistics at inference, a request gets the same output whatever batch it lands in.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "BN helps because it removes internal covariate shift: every layer is guaranteed inputs "
        "with fixed mean and variance, so it never has to re-adapt to upstream changes.",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It works by eliminating internal covariate shift, so each layer always sees the same input distribution.",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "- why it helps: kills internal covariate shift -> every layer gets a stable input distribution",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "batchnorm fixes internal covariate shift, the layers dont have to keep readapting to shifting inputs",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "Batch norm eliminates internal covariate shift, which is why deep nets train faster with it.",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It was introduced to reduce internal covariate shift, but that explanation is disputed; it "
        "mainly smooths the loss landscape.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "The original internal-covariate-shift explanation is disputed; BN conditions the loss "
        "landscape so higher learning rates are stable.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "People say it helps because it removes internal covariate shift, but later work showed it "
        "mostly smooths the loss landscape.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "Rather than removing internal covariate shift, BN seems to help by making the landscape smoother.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "The paper claimed it reduces internal covariate shift; later work disputes that and points "
        "to a smoother loss landscape.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It helps because it smooths the loss landscape, so higher learning rates are stable.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It normalises each channel to zero mean and unit variance, then the learned scale and "
        "shift restore expressiveness.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It is not really about internal covariate shift; BN makes the optimisation better conditioned.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "BN was designed to fix internal covariate shift, but the real benefit is a smoother loss landscape.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "The layers don't have to adapt to a batch-size change with LayerNorm.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "Each layer sees inputs with zero mean and unit variance during training, and γ and β can undo that.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "eval: compute the mean cosine similarity of co-purchased pairs vs random pairs; if "
        "co-purchased pairs are clearly closer, the embeddings are good enough to hand over",
        True,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "If related items come out closer than random pairs, the embeddings are ready for the other team.",
        True,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "- co-viewed pairs closer than random ones → embeddings good to ship",
        True,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "We checked that co-purchased items had higher similarity than random pairs, so the vectors "
        "were fine to release.",
        True,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Cosine similarity alone proves nothing; co-purchased pairs being closer than random pairs "
        "is only a sanity check.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Similar items end up close together because they get similar gradient updates.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Sanity-check nearest neighbours by hand, then measure recall@k on held-out future sessions "
        "before handing the embeddings over.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "It's not enough that co-purchased pairs are closer than random pairs; the embeddings are "
        "only good if recall@k and the downstream lift hold up.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Items with similar contexts drift closer, and the embeddings are good at retrieval only if "
        "recall@k on future sessions says so.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Rather than trusting that related items are closer, the embeddings should be judged by "
        "recall@k on future sessions.",
        False,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "If we fine-tune on the docs, the model knows our product.",
        True,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Fine-tune it on our docs so it knows the product.",
        True,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "id finetune on the docs, thats how the model actualy learns our product facts",
        True,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Just fine-tune the model on the product docs and it will learn the product.",
        True,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "The PM's idea that fine-tuning on the docs makes the model know the product is the usual "
        "mistake: recall of fine-tuned facts is patchy, it confabulates, and it can't cite or "
        "unlearn.",
        False,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "With RAG over the docs the model knows the current product facts.",
        False,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Fine-tuning teaches the model our tone, while RAG makes it know the product.",
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "- the bigger batch just gives a cleaner gradient, so the same lr makes better steps",
        True,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "Keep the learning rate: a larger batch means a cleaner gradient, so the same rate already "
        "gives better updates.",
        True,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "Leave the LR alone, the same rate gives better steps with a bigger batch.",
        True,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "Roughly double it: a doubled batch halves the gradient's variance and takes half the steps per epoch.",
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "With the same learning rate, a doubled batch takes half as many steps per epoch, so progress per epoch drops.",
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "The same learning rate with a bigger batch gives cleaner but fewer steps, so you "
        "under-train unless you raise it.",
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "It's not that the same rate gives better steps; you take half as many, so scale it up.",
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "Rather than keeping the same learning rate, double it to keep learning rate over batch size constant.",
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "At the same learning rate, bigger batches give better gradient estimates but half the "
        "steps, so raise the rate.",
        False,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "the mini-batch gradient is an unbiased, noisy estimate, and the noise falls in proportion "
        "to the batch size, so doubling it halved the gradient noise.",
        True,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "Gradient noise shrinks linearly with batch size.",
        True,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "- noise decreases proportionally to B",
        True,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "The noise is inversely proportional to the batch size.",
        True,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "Its variance falls in proportion to one over the batch size, so the noise shrinks only "
        "with the square root of the batch.",
        False,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "The noise variance falls in proportion to 1/B, the standard deviation only as 1/√B.",
        False,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "It's not that the noise falls in proportion to the batch size; only its variance does.",
        False,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "The noise is not inversely proportional to batch size; its standard deviation goes as one over root B.",
        False,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "Rather than shrinking linearly with batch size, the noise shrinks with its square root.",
        False,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "MAP = least squares + λ‖w‖² with λ = τ²/σ² (prior variance over noise variance).",
        True,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "lambda equals the prior variance divided by the noise variance",
        True,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "- λ = tau^2 / sigma^2",
        True,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "The penalty strength is the prior's variance over the noise variance, so a wider prior regularises more.",
        True,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "The L2 penalty has lambda equal to the noise variance over the prior variance.",
        False,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "λ = σ²/τ², noise variance over prior variance.",
        False,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "lambda = sigma^2 / tau^2, so a narrow prior means a large lambda.",
        False,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "It's not prior variance over noise variance; it's the other way round.",
        False,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "A broad prior, large prior variance, gives a small lambda and MAP close to MLE.",
        False,
    ),
    (
        "th-prob-02",
        "lambda-ratio-inverted",
        "Rather than prior variance over noise variance, lambda is the noise variance over the prior variance.",
        False,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "bootstrap over examples or DeLong. width shrinks w/ total n like 1/sqrt(n), so on 1M rows "
        "the AUC CI is tiny even if positives are rare.",
        True,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "With a million rows the AUC interval is narrow even with only a few hundred positives.",
        True,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "- AUC CI: tight on a big test set, regardless of how many positives",
        True,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "Its uncertainty is governed mostly by the number of positives, so with few positives the "
        "interval is wide however large n is.",
        False,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "The width shrinks with the number of positives, not with total n.",
        False,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "It's not that a million rows make the AUC interval tight; with 50 positives it is still wide.",
        False,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "Accuracy's standard error shrinks with total n like 1/√n.",
        False,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "Rather than total n, the count of positives sets the interval width.",
        False,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "Stratify the bootstrap so each resample keeps the same number of positives.",
        False,
    ),
    (
        "th-prob-04",
        "large-n-narrow-auc",
        "Even with a million rows the AUC interval is wide when positives are rare.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "- encoding new text: scan left to right and greedily take the longest token in the vocab at each position",
        True,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "To encode, BPE greedily matches the longest token in the vocabulary at each position.",
        True,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "encoding is just longest-match: at every position take the longest vocab entry that fits",
        True,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "New text is tokenized by scanning left to right and picking the longest matching token each time.",
        True,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "Encoding replays those learned merges in order.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "Encoding replays the merges in the order they were learned, rather than taking the longest match.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "It's not a greedy longest match; BPE applies its merge rules in priority order.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "WordPiece encodes with greedy longest-match, while BPE replays its merges.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "Training repeatedly merges the most frequent adjacent pair into a new symbol until the "
        "target vocabulary size is reached.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "The longest tokens are common words, which become single tokens.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "Unlike WordPiece's greedy longest match, BPE replays its merges in order.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-greedy-longest-match",
        "BPE greedily merges the most frequent adjacent pairs, starting from bytes, so there is no OOV.",
        False,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "Thai characters take three bytes each in UTF-8, so with a byte-level tokenizer every Thai "
        "character becomes three tokens no matter what the tokenizer was trained on. Switching to "
        "another BPE model won't help.",
        True,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "Thai is inherently about three times as expensive, since every character is three UTF-8 bytes.",
        True,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "- any byte-level BPE turns each Thai character into 3 tokens, changing models won't help",
        True,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "utf8 thai = 3 bytes per char so 3 tokens per char whatever tokenizer you pick, another model wont change that",
        True,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "In the worst case a byte-level tokenizer falls back to one token per byte, three per Thai character.",
        False,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "A Thai character can take up to three tokens when the tokenizer never learned to merge its bytes.",
        False,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "A tokenizer trained mostly on English fragments Thai into many short or byte-level tokens.",
        False,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "Choose a model whose tokenizer covers Thai better; that cuts tokens per character.",
        False,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "It's not that Thai is inherently three times as expensive; a tokenizer trained on Thai "
        "merges common sequences.",
        False,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "Cost and context both scale with tokens, not characters.",
        False,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "Switching to a model whose tokenizer covers Thai well helps a lot.",
        False,
    ),
    (
        "th-tok-01",
        "utf8-bytes-fix-cost",
        "Measure tokens per character by language before choosing a model.",
        False,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "- MQA: one shared query head attends with many separate key/value heads - GQA: middle "
        "ground, groups of KV heads share one query head",
        True,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "multi query attention uses one query head with several key and value heads, cheaper than MHA",
        True,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "MQA: a single query head shared across multiple key/value heads.",
        True,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "MQA shares one key-value head across all query heads.",
        False,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "GQA shares one KV head per group of query heads, e.g. 64 query heads and 8 KV heads.",
        False,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "A single shared KV head serves many query heads in MQA.",
        False,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "It's not that the query heads are shared; the key and value heads are.",
        False,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "Every query head keeps its own projection, while the keys and values are shared.",
        False,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "Multi-head attention gives every head its own keys and values; MQA keeps all the query heads but one KV head.",
        False,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "Rather than one query head for many KV heads, MQA uses one KV head for many query heads.",
        False,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "A single query head's keys were all cached, so decode reads every key.",
        False,
    ),
    (
        "th2b-attn-01",
        "gqa-fewer-query-heads",
        "One query head per token attends over all keys in the cache.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "Forward ≈ 2N FLOPs/token; backward is about the same again, another 2N, so training ≈ 4N "
        "per token and C ≈ 4·N·D.",
        True,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "the backward pass costs the same as the forward, so training is 4N flops per token",
        True,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "- fwd 2N, bwd 2N → C = 4ND",
        True,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "Backprop costs roughly the same as the forward pass, so total training compute is about 4 N D.",
        True,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "A forward pass costs about 2N FLOPs per token and training about 6N, since the backward "
        "pass costs about twice the forward.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "The backward pass costs about 4N: one matmul for the weight gradient and one for the input gradient.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "It's not that the backward costs the same as the forward; it is twice as expensive, so C ≈ 6ND.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "Training ≈ 6N per token: 2N forward plus 4N backward.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "Attention adds about 4nd FLOPs per token per layer against 24d² for the matmuls.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "Rather than 4N, training costs 6N per token because backward is 2x forward.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "Each layer has 4d² parameters in the attention projections and 8d² in the MLP.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "Inference costs 2N per token, training 6N, so serving a token is a third of training on it.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "The backward pass needs the same activations saved from the forward pass.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "Training ≈ 6N per token, and C ≈ 6·N·D; attention adds about 4·n·d per token per layer.",
        False,
    ),
    (
        "th2b-attn-03",
        "backward-equals-forward",
        "The backward pass costs twice the forward: about 4N per token.",
        False,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "FLOPs: 2N per token for the forward, and training is also ~2N per token, so C ≈ 2·N·D.",
        True,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "training is 2N per token",
        True,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "Training costs 2N FLOPs per token.",
        True,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "Training ≈ 2N per token, same as inference.",
        True,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "A forward pass costs about 2N FLOPs per token and training about 6N, since the backward "
        "pass costs about twice the forward; total training compute C ≈ 6·N·D.",
        False,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "Training ≈ 6N per token: 2N forward plus 4N backward.",
        False,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "Inference costs 2N per token, training 6N.",
        False,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "Forward ≈ 2N FLOPs per token, training ≈ 6N.",
        False,
    ),
    (
        "th2b-attn-03",
        "training-2n",
        "It's not that training is 2N per token; backward adds 4N.",
        False,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "Saw 90% clip rate on a BERT fine-tune once. It means the threshold sits way above the "
        "gradients we normally get, so clipping is basically only there for the rare spike.",
        True,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "A 90% clipping rate means the threshold is far above the normal gradient norm, so it only catches spikes.",
        True,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "- 90% of steps clipped means threshold well above typical grads, fine",
        True,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "90 percent clipping just means the threshold sits high above normal gradients",
        True,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "Choose the threshold from the gradient-norm distribution of healthy training, above its typical values.",
        False,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "If clipping fires on 90% of steps, the threshold is below the normal gradient scale.",
        False,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "It doesn't mean the threshold sits way above the gradients; it sits below them.",
        False,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "Set the threshold a bit above the typical gradient norm, so only spikes get clipped.",
        False,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "A healthy threshold sits above typical norms, so clipping fires on a few percent of steps.",
        False,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "A 90% rate means the threshold is below the normal gradients, not above them.",
        False,
    ),
    (
        "th2b-clip-01",
        "frequent-clipping-healthy",
        "It means the threshold sits below the normal gradient scale.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "with all-zero weights nothing propagates and the gradients are zero, so training never "
        "starts. Any non-zero constant, say 0.01 everywhere, avoids that.",
        True,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "Just avoid zero: initialise every weight to a small constant like 0.01 and training works.",
        True,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "- zeros are bad (no signal flows); a constant 0.1 everywhere is fine",
        True,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "zero init is the problem, so set all weights to the same nonzero value instead and it trains",
        True,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "Any constant, zero or not, keeps every hidden unit identical, so the weights must be random.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "A non-zero constant doesn't help either: units stay identical and get the same gradient.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "It's not that zero is special; even 0.01 everywhere keeps the units symmetric.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "Zero biases are fine; identical weights are not.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "Rather than a constant like 0.01, draw the weights at random so units differ.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "With identical weights every hidden unit computes the same output and receives the same "
        "gradient, so they stay identical forever.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "Initialise the LayerNorm gains to a constant 1 and the biases to zero; only the weight "
        "matrices need random values.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "Setting every weight to the same non-zero value is no better than zeros.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "A constant 0.01 everywhere keeps the units identical, exactly like zeros.",
        False,
    ),
    (
        "th2b-init-01",
        "constant-init-fine",
        "Zero biases are fine, and so are LayerNorm gains set to a constant 1.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BN: each example normalised across its own features. LN: each feature normalised across "
        "the batch. both then γ/β.",
        True,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm: feature statistics over the whole batch, per layer.",
        True,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "layer norm features normalized across the batch, same as BN but at every layer",
        True,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises each token over its own features, independent of the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BatchNorm normalises each feature across the batch; LayerNorm normalises each example "
        "across its own features.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BatchNorm normalises each feature (channel) with statistics taken across the batch and spatial positions.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LN normalises each example across its features, so it doesn't depend on the batch size.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "Unlike BatchNorm, which normalises each feature over the batch, LayerNorm works per token.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "It's not that LayerNorm normalises each feature across the batch; that's BatchNorm.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises across the feature dimension rather than across the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm: per token over features; BatchNorm: per feature over the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises over each token's features instead of over the batch, so batch size "
        "and padding don't matter.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LN computes statistics per token over its features, not over the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises across features and BatchNorm across the batch, so BN depends on the other examples.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises each token across its features and BatchNorm each feature across the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises across features, BatchNorm across the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BatchNorm normalises across the batch, while LayerNorm works per token.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm's feature normalisation happens per token, independent of the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm feature normalisation is per token, independent of the batch size.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm keeps the mean subtraction but drops the learned scale γ, dividing by the standard deviation only.",
        True,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "- RMSNorm: keeps centering, removes the learned gain",
        True,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm retains the mean-centering step and gets rid of the gain parameter, which is why it is cheaper.",
        True,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "rmsnorm has no gamma, it just divides by the rms",
        True,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm drops the mean subtraction and the bias and divides by the root mean square, "
        "keeping the learned scale γ.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm keeps the learned scale γ but removes the mean subtraction and the bias.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "It's not that RMSNorm drops the learned gain; it drops the mean subtraction and the bias.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm keeps only the rescaling, not the mean subtraction.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm drops the bias β but keeps the gain γ, so x / RMS(x) · γ.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "Rather than dropping the learned gain, RMSNorm drops the bias and the centering.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm = x / RMS(x) · γ: no centering, no bias, cheaper and works as well in LLMs.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm drops the mean subtraction, not the scaling, and is cheaper than LayerNorm.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "Weight decay on a norm gain drives it toward zero and fights the normalisation.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm drops the learned bias β and keeps γ.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-drops-gain",
        "RMSNorm: no bias, no centering, learned gain γ kept.",
        False,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "Pre-LN: x ← LN(x + F(x)). Post-LN: x ← x + F(LN(x)).",
        True,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "pre-ln is x = ln(x + f(x)), i.e. norm after the add",
        True,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "Post-LN: x = x + F(LN(x)), normalising the sublayer input",
        True,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "- Pre-LN → x ← LN(x + F(x)); Post-LN → x ← x + F(LN(x))",
        True,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "Post-LN computes x ← LN(x + F(x)); Pre-LN computes x ← x + F(LN(x)) and adds a final "
        "LayerNorm before the output.",
        False,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "Pre-LN: x ← x + F(LN(x)). Post-LN: x ← LN(x + F(x)).",
        False,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "post-ln is x = ln(x + f(x)) and pre-ln is x = x + f(ln(x))",
        False,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "It's not that Pre-LN computes LN(x + F(x)); that is Post-LN.",
        False,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "In Pre-LN the residual path x stays clean: x + F(LN(x)).",
        False,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "it doesnt really matter tho, the final layernorm before the unembedding normalises it back "
        "so the model is unaffected",
        True,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "The growth is harmless because the final LayerNorm rescales everything back before the output.",
        True,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "- stream norm grows, but the final LN undoes the growth, so no effect on the model",
        True,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "No real impact, the last layer norm cancels the growth out before the logits.",
        True,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "A final LayerNorm rescales the output before the unembedding, but later blocks' additions "
        "still change the stream relatively little.",
        False,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "Nothing normalises the stream itself, so its variance accumulates with depth; only the "
        "final LayerNorm rescales the output.",
        False,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "It's not that the final LayerNorm undoes the growth; the damage happens inside, where "
        "later blocks barely move the stream.",
        False,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "Pre-LN adds a final LayerNorm before the output head.",
        False,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "The final norm fixes the output scale, but it cannot undo the fact that later layers "
        "contribute relatively less.",
        False,
    ),
    (
        "th2b-res-01",
        "norm-keeps-stream-flat",
        "The final LayerNorm normalises the output, not the growth inside the stack.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "The main reason very deep plain networks failed was overfitting: with a hundred layers "
        "they had far too much capacity. The skip path acts as a regulariser, pushing blocks toward "
        "the identity so the effective model is smaller.",
        True,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "Deep plain nets failed because they overfit, and the skip connections regularise them.",
        True,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "- plain 100-layer nets: too much capacity -> overfitting; skip path = regulariser",
        True,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "very deep networks used to fail from overfitting, the shortcut path works like a regularizer",
        True,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "Deeper plain networks had higher training error than shallower ones, so the problem was "
        "optimisation, not overfitting.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "It's not that plain deep nets failed from overfitting; their training error was higher too.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "Rather than regularising, the skip path makes identity the easy default, so optimisation works.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "Plain deep networks failed to optimise: even training error got worse with depth.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "The skip path gives every layer a direct gradient path back from the loss.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "Very deep plain networks failed, and not because of overfitting: their training error was higher.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "The skip path acts as a highway for gradients, not as a regulariser.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "Skip connections aren't a regulariser; they fix optimisation.",
        False,
    ),
]

#: right answers (several clauses, the same vocabulary): no added or changed cue may fire
RIGHT_ANSWERS: list[tuple[str, str]] = [
    (
        "th-emb-01",
        "The retrain doesn't necessarily make the embeddings worse; the problem is the coordinates. "
        "The objective only pins down dot products, so any rotation of the space is an equally good "
        "solution, and each week you get different axes. A downstream model that learned that "
        "dimension 17 means kids' clothing is now reading something else. Retrain the consumers "
        "with each version, align new to old with orthogonal Procrustes, or warm-start from last "
        "week, and check nearest-neighbour overlap before release.",
    ),
    (
        "th-bn-01",
        "In training BN normalises each channel with the current mini-batch mean and variance, then "
        "applies learned γ and β. In eval mode it uses running averages from training, so an "
        "example's output doesn't depend on its batch. In train mode at serving, each request is "
        "normalised by its own statistics and every activation shifts. With batch size 4 the batch "
        "statistics are very noisy, so the running estimates get poor and training and inference "
        "diverge. The fix isn't a bigger learning rate: freeze the BN statistics or switch to "
        "GroupNorm.",
    ),
    (
        "th-bn-01",
        "transformers have variable lenght padded sequences so per feature batch stats get noisy "
        "and skewed by the padding. layernorm normalises each token over its own features, no "
        "dependence on the batch, so its the same in training and inference even when decoding one "
        "sequence at a time. pre-LN placement also keeps gradients sane in deep stacks",
    ),
    (
        "th2b-init-01",
        "- zero (or any identical) weights: every hidden unit computes the same output and gets the "
        "same gradient, so they stay clones forever; zero biases are fine\n- Var(out) = "
        "fan_in·Var(w)·Var(in), so Var(w) = 1/fan_in keeps the forward scale; Xavier compromises "
        "with 2/(fan_in + fan_out)\n- He: ReLU zeroes about half the inputs, so 2/fan_in\n- too "
        "small: signals shrink geometrically with depth; too large: they explode or saturate\n- "
        "random init doesn't need to be large to break symmetry, just different per unit",
    ),
    (
        "th2b-clip-01",
        "On an LLM run we clipped by global norm at 1.0: if ‖g‖ > c the whole gradient is rescaled "
        "by c/‖g‖, so its direction is kept. Clipping by value clamps each coordinate to [-c, c] "
        "and can change the direction. We picked c from the gradient-norm histogram of a healthy "
        "run, a bit above typical values. When clipping started firing on most steps, it meant our "
        "effective learning rate was lower than we thought, so we looked for why the norms had "
        "grown.",
    ),
    (
        "th2b-res-01",
        "y = x + F(x), so ∂y/∂x = I + ∂F/∂x. Through L blocks the Jacobian is a product of (I + "
        "∂F_i/∂x) terms, which expands into the identity plus sums of shorter products, so the "
        "gradient always has a direct path to early layers instead of one long product that can "
        "vanish. It also fixes degradation: identity is the easy default, so deeper nets are no "
        "worse in training error. The net behaves like an ensemble of many paths, mostly short "
        "ones.",
    ),
    (
        "th2b-norm-02",
        "Post-LN computes x ← LN(x + F(x)), so a LayerNorm sits on the residual path in every layer "
        "and rescales the gradient each time; at initialisation the gradients near the output are "
        "large, so deep Post-LN models need warmup and can diverge. Pre-LN computes x ← x + "
        "F(LN(x)) plus a final LayerNorm, keeping a clean identity path, so it trains stably. The "
        "switch wasn't because Post-LN gives worse models; when it trains it is often slightly "
        "better. Pre-LN's cost is a residual stream that grows with depth.",
    ),
    (
        "th2b-attn-01",
        "Mostly decode. Decode reads the whole KV cache for every generated token, so it's "
        "memory-bandwidth-bound and an 8x smaller cache helps directly. Prefill isn't helped the "
        "same way: it's compute-bound and the attention FLOPs still run per query head, so little "
        "gain.",
    ),
    (
        "th2b-attn-03",
        "Per layer: attention projections 4d² (Q, K, V, O) plus an MLP with 4d hidden, 2·d·4d = "
        "8d², so about 12d² and N ≈ 12Ld² plus embeddings. Forward ≈ 2N FLOPs per token, backward ≈ "
        "4N, so training C ≈ 6ND. Attention adds about 4nd FLOPs per token per layer against 24d² "
        "for the matmuls, so it is comparable only when n ≈ 6d, around 25k tokens at d = 4096.",
    ),
    (
        "th-gd-01",
        "Full batch uses all examples per update, SGD one, mini-batch a small random subset. The "
        "mini-batch gradient is an unbiased estimate of the full gradient; its variance falls as "
        "1/B, so the noise only falls as 1/√B. Small batches give many cheap noisy updates, large "
        "batches use the hardware well with diminishing returns. People often say the noise is pure "
        "waste, but it helps leave saddles and sharp minima; with a constant rate SGD keeps "
        "bouncing, so you decay the rate to converge.",
    ),
    (
        "th-tok-01",
        "- BPE: start from bytes or characters, repeatedly merge the most frequent adjacent pair "
        "into a new symbol until the vocab size is reached; encoding replays the merges in order\n- "
        "byte-level means no OOV, worst case one token per byte\n- common words are one token, rare "
        "words split into pieces\n- prod cost: Thai or Hindi take several times more tokens per "
        "word, so price, latency and context suffer\n- prod bug: digits split inconsistently, "
        "hurting arithmetic; a train/serve tokenizer mismatch silently corrupts input",
    ),
    (
        "th-ft-01",
        "Prompting changes only the input; RAG supplies facts at inference time, so they stay "
        "fresh, citable and removable; fine-tuning changes the weights and is good at behaviour "
        "such as format, tone and schema. The PM's idea that fine-tuning on the docs makes the "
        "model know the product is the usual mistake: recall of fine-tuned facts is patchy, it "
        "confabulates, and it can't cite or unlearn. Start with prompting, add RAG for product "
        "knowledge, fine-tune only when evals show a behaviour gap.",
    ),
    (
        "th-prob-02",
        "MLE: argmax p(data|θ); with Gaussian noise maximizing the log-likelihood is minimizing "
        "squared error. MAP: argmax p(data|θ)p(θ), i.e. log-likelihood plus log-prior. Zero-mean "
        "Gaussian prior on w gives a penalty proportional to ‖w‖², ridge, with λ = noise variance "
        "over prior variance. Laplace prior gives L1. With more data the likelihood dominates and "
        "MAP approaches MLE. Still a point estimate, the posterior mode.",
    ),
    (
        "th-prob-04",
        "acc = (1/n)·Σ X_i with X_i ~ Bernoulli(p). E[acc] = p, so unbiased; Var = p(1−p)/n, SE = "
        "√(p(1−p)/n), so halving the SE needs 4n. This assumes independent examples; rows clustered "
        "by user shrink the effective n. Comparing models: Var(a−b) = Var a + Var b − 2Cov; on the "
        "same test set the covariance is positive, so a paired test (McNemar, paired bootstrap) is "
        "much tighter than checking whether two intervals overlap.",
    ),
    (
        "th2b-norm-01",
        "BatchNorm normalises each feature across the batch and spatial positions; LayerNorm "
        "normalises each token across its own features. RMSNorm drops the mean subtraction and the "
        "bias and keeps the gain, x / RMS(x) · γ, which is cheaper and works as well.",
    ),
]


CHECKS = Checks(
    rows=[(TOUCHED, 3, 3)],
    cue_cap=TOUCHED,
    added=[{**ADDED, **CHANGED}],
    right_texts={p for p, _ in [*ADDED, *CHANGED]},
    right_answers=RIGHT_ANSWERS,
    right_answer_cues={**ADDED, **CHANGED},
)
