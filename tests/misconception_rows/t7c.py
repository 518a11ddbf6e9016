"""The seventh pass, group C: 75 answers written blind from the dump of 25 deep-learning, optimizer and LLM-stack
prompts (``tests/labelled/wrong_t7_C.yaml``), then tuned on. For every wrong answer that no misconception of its key
point caught, a cue was widened or narrowed, or a misconception added; each keeps the wrong sentence, paraphrases in
other registers, and right sentences in the same words that must not fire. Matching is the grader's own
(``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-cnn-01", "conv-translation-invariant"): [
        "=conv*|convolution*|convolutional translation|shift invariant",
        "=conv*|convolution*|convolutional layer*|layers|filter*|filters translation|shift invariant",
        "=shift*|shifting|mov*|moving image|input|object not change* feature map*",
    ],
    ("th-tfm-01", "scaling-makes-weights-sum-to-one"): [
        "=k|dk|sqrt normaliz*|normalis* attention|softmax weights|probabilities",
        "=sqrt|dk|k make*|makes|ensure*|ensures weights|probabilities|scores sum",
    ],
    ("th-drop-01", "train-scale-by-p"): [
        "=kept|surviving|remaining units|activations|ones scal*|scaled|multipl* p",
        "=scale*|scaling|multiply*|multiplies kept|surviving|remaining units|activations p",
        "=y p m x|m",
    ],
    ("th2b-bp-01", "reverse-mode-saves-memory"): [
        "=reverse mode less|lower|smaller|sav*|saves|reduc* memory",
        "=less|lower|smaller memory forward",
    ],
    ("th2b-stab-01", "late-nan-rules-out-lr"): [
        "learning rate|lr too high|large blow*|blows|diverg*|explod* first few|hundred",
        "learning rate|lr problems|issues show*|appear* first few|hundred",
    ],
    ("th2b-arch-01", "bert-masks-half"): [
        "half|50|majority tokens|words masked|hidden|predicted",
        "mask*|masks|masking half|50|majority tokens|words|input",
    ],
    ("th2b-opt-02", "adamw-is-l2"): [
        "=adamw adam l2|loss",
        "adamw decay|penalty|term added|add* gradient",
        "adamw same|equivalent|just l2|penalty",
    ],
    ("th-gd-02", "momentum-step-one-plus-beta"): [
        "=roughly|approximately|factor|grows|increases|about 1 beta",
        "=1 9x|9",
        "momentum doubl*|doubles step*|update*|speed",
    ],
    ("th-gd-06", "all-minima-global"): [
        "every|all local minim*|minimum|minima neural|network*|net|nets|deep global",
        "neural|network*|net|nets|deep every|all local minim*|minimum|minima global",
        "loss|landscape|surface effectively|essentially|practically|almost|nearly convex",
    ],
    ("th-ctx-01", "window-input-only"): [
        "=output|generated|completion tokens separate|extra|additional|top",
        "=window|200k|context input|prompt budget|limit|cap",
        "output|generated|completion tokens not|dont count|included",
    ],
    ("th-rag-01", "cross-encoder-embeds-separately"): [
        "cross encoder* embed*|encod* separately|independently",
        "=cross encoder* embeds|embed|embedding|vectors",
    ],
    ("th-llmeval-01", "judge-is-unbiased"): [
        "judge*|llm consistent|objective|neutral|fair unbiased|impartial",
        "judge* unbiased|impartial",
    ],
}

#: existing misconceptions whose cues this pass widened or narrowed, with the cues it wrote
CHANGED: dict[tuple[str, str], list[str]] = {
    ("th-tfm-01", "weights-on-keys"): ["=weighted sum|average|combination|mix|mixture keys"],
    ("th-tfm-02", "longer-context-just-works"): ["not much|lot break*|breaks"],
    ("th-drop-01", "inverted-keeps-variance"): [
        "=same mean variance",
        "mean variance stay*|same|unchanged|preserved|identical|match*",
        "dropout keeps|preserves|maintains statistics|variance",
    ],
    ("th2b-bp-01", "relu-backward-needs-nothing"): [
        "not need* anything|nothing stored|saved|cached|kept forward|pass",
        "relu derivative|gradient|slope always|constant 1|one",
    ],
    ("th2b-bp-02", "raise-lr-for-vanishing"): [
        "first|early|earlier|lower layers larger|bigger|higher learning rate|lr"
    ],
    ("th2b-clip-01", "value-same-as-norm"): ["norm clip*|clipping distort*"],
    ("th2b-norm-02", "pre-ln-strictly-better"): [
        "no|zero real|actual trade*|tradeoff*|downside*|drawback*",
        "pre ln strict*|always better|improvement",
    ],
    ("th2b-attn-02", "flash-linear-compute"): ["linear both memory|compute|flops"],
    ("th2b-attn-02", "flash-approximate"): ["=close|slight|rough approximation|approximat*"],
    ("th2b-arch-01", "llm-for-volume"): [
        "llm*|gpt beat*|outperform*|better fine tuned|finetuned encoder*|bert|classifier*",
        "=llm|gpt|prompting cheaper|faster per|ticket",
    ],
    ("th2b-opt-01", "adam-one-state"): [
        "=both keep*|store*|need*|have one|single extra|additional state|buffer|tensor"
    ],
    ("th2b-opt-01", "gap-matters-for-llms"): ["matter*|applies|holds llm*|pretrain* too|also|even"],
    ("th2b-opt-02", "decay-everything"): [
        "all|every|everything params|parameters|decayed biases|bias|norm*|layernorm|gains included|including|too"
    ],
    ("th2b-opt-04", "spike-is-random"): ["optimizer|optimiser|adam state irrelevant|innocent"],
    ("th-gd-02", "normalising-no-help"): ["=not change* shape|geometry loss|surface|landscape"],
    ("th-gd-03", "uncorrected-steps-too-small"): ["=early|first steps|updates too small|tiny|slow"],
    ("th-gd-03", "adam-step-scales-with-gradient"): [
        "rare|small|tiny gradients even smaller|tiny|small steps|updates",
        "=rare|small|tiny gradients smaller|tinier steps|updates",
    ],
    ("th-gd-04", "adam-needs-no-schedule"): [
        "adam normaliz*|normalis* safe|stable|fine first|start|beginning|step",
        "adam|adaptive schedule|warmup|decay unnecessary|redundant",
    ],
    ("th-gd-06", "saddles-trap-forever"): [
        "need*|use* second order escape|saddle*",
        "=not|cant|cannot escape saddle*|saddles",
    ],
    ("th-gd-07", "large-batch-flatter"): [
        "large|increas* batch* find*|reach*|converg*|land*|lead*|end* flat*|flatter|wider minim*"
    ],
    ("th-gd-07", "lower-lr-with-big-batch"): [
        "=keep*|keeping|leave* learning rate|lr same|unchanged|fixed",
        "=keep* learning rate|lr even lower*|lower|reduc*",
    ],
    ("th-rag-01", "bigger-embedding-fixes-skus"): [
        "=embedding model too small|weak",
        "better|larger|bigger embedding model fix|solve|separate*|distinguish*",
    ],
    ("th-rag-02", "prompt-enforces-access"): [
        "add*|put*|include*|pass*|list* system prompt user*|users|groups|acl*|acls|permission*|permissions"
    ],
    ("th-rag-02", "mixed-embeddings-ok"): ["old vectors|embeddings still|remain fine|valid|ok|usable|good"],
    ("th-llmeval-01", "rouge-is-enough"): [
        "=gate|gating rouge*|bleu",
        "rouge|bleu measures|tracks|captures|reflects quality",
    ],
}

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th-cnn-01",
        "conv-translation-invariant",
        (
            "convolution is translation invariant: shift the cat and the feature map comes out the same, which "
            "is why CNNs don't care where the object is"
        ),
        True,
    ),
    ("th-cnn-01", "conv-translation-invariant", "a conv layer is shift invariant", True),
    (
        "th-cnn-01",
        "conv-translation-invariant",
        "Conv layers are translation invariant, so position doesn't matter.",
        True,
    ),
    ("th-cnn-01", "conv-translation-invariant", "shifting the image doesn't change the feature map", True),
    ("th-cnn-01", "conv-translation-invariant", "Convolution is translation-equivariant, not invariant.", False),
    (
        "th-cnn-01",
        "conv-translation-invariant",
        "CNNs with global pooling end up roughly translation invariant.",
        False,
    ),
    (
        "th-cnn-01",
        "conv-translation-invariant",
        "convolution is equivariant, pooling gives a little translation invariance",
        False,
    ),
    (
        "th-cnn-01",
        "conv-translation-invariant",
        "convolution gives equivariance and pooling adds a bit of translation invariance",
        False,
    ),
    ("th-cnn-01", "conv-translation-invariant", "shifting the image shifts the feature map by the same amount", False),
    ("th-tfm-01", "scaling-makes-weights-sum-to-one", "Scaling by sqrt(d_k) normalizes the attention weights.", True),
    ("th-tfm-01", "scaling-makes-weights-sum-to-one", "the sqrt(d_k) makes the weights sum to 1", True),
    ("th-tfm-01", "scaling-makes-weights-sum-to-one", "dividing by sqrt dk makes the weights sum to one", True),
    ("th-tfm-01", "scaling-makes-weights-sum-to-one", "- divide by sqrt dk -> normalised attention weights", True),
    (
        "th-tfm-01",
        "scaling-makes-weights-sum-to-one",
        "Divide by sqrt(d_k) so the logits keep unit variance; the softmax then makes the weights sum to one.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-makes-weights-sum-to-one",
        (
            "The softmax normalises the attention weights to sum to one; sqrt(d_k) only keeps the scores from "
            "saturating it."
        ),
        False,
    ),
    (
        "th-tfm-01",
        "scaling-makes-weights-sum-to-one",
        "scale by sqrt(d_k), then a row-wise softmax turns scores into weights summing to 1",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-makes-weights-sum-to-one",
        "Dividing by sqrt(d_k) keeps the variance of the scores near 1.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-makes-weights-sum-to-one",
        "scaled by sqrt(d_k), and the weights are normalised by the softmax",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-makes-weights-sum-to-one",
        "Divide by sqrt(d_k) so scores stay unit variance, and the softmax makes the weights sum to one",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-makes-weights-sum-to-one",
        "scaling by sqrt(d_k) normalises the variance, and the softmax weights sum to one",
        False,
    ),
    (
        "th-tfm-01",
        "weights-on-keys",
        "out = A K, i.e. each token's output is the attention-weighted mix of the keys",
        True,
    ),
    ("th-tfm-01", "weights-on-keys", "the output is a weighted mixture of the keys", True),
    (
        "th-tfm-01",
        "weights-on-keys",
        "the output is the weighted sum of the value vectors, the keys only score relevance",
        False,
    ),
    ("th-tfm-01", "weights-on-keys", "keys decide the weights, the output is a weighted mix of the values", False),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "With a RoPE model not much actually breaks, because rotary embeddings only encode relative offsets",
        True,
    ),
    ("th-tfm-02", "longer-context-just-works", "not much breaks going from 4k to 32k", True),
    ("th-tfm-02", "longer-context-just-works", "Nothing breaks, you just change the config.", True),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "A lot breaks past 4k: the rotation angles were never seen and perplexity explodes.",
        False,
    ),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "Much breaks: attention patterns fall apart past the trained length.",
        False,
    ),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "Positions beyond 4k are out of distribution, so attention breaks unless you interpolate.",
        False,
    ),
    (
        "th-drop-01",
        "train-scale-by-p",
        "y = p * m * x, so kept units are scaled by p and the expectation matches eval",
        True,
    ),
    ("th-drop-01", "train-scale-by-p", "the kept activations are multiplied by p during training", True),
    ("th-drop-01", "train-scale-by-p", "At train time you scale the surviving units by p.", True),
    ("th-drop-01", "train-scale-by-p", "kept units scaled by p", True),
    (
        "th-drop-01",
        "train-scale-by-p",
        "kept units are scaled by 1/(1-p) so the expected activation matches inference",
        False,
    ),
    ("th-drop-01", "train-scale-by-p", "the surviving activations are multiplied by 1/(1 - p) during training", False),
    ("th-drop-01", "train-scale-by-p", "scale the kept units up by 1/(1-p); at inference nothing is rescaled", False),
    (
        "th-drop-01",
        "train-scale-by-p",
        "each unit is dropped with probability p and the kept ones are divided by 1 - p",
        False,
    ),
    (
        "th-drop-01",
        "inverted-keeps-variance",
        (
            "thanks to the rescaling the activations have the same mean and variance at train and test, so the "
            "BN running stats are fine"
        ),
        True,
    ),
    ("th-drop-01", "inverted-keeps-variance", "inverted dropout preserves the mean and variance", True),
    ("th-drop-01", "inverted-keeps-variance", "the mean and variance stay the same at inference", True),
    ("th-drop-01", "inverted-keeps-variance", "inverted dropout preserves variance as well", True),
    (
        "th-drop-01",
        "inverted-keeps-variance",
        "Inverted scaling keeps the same mean but not the same variance at train and test.",
        False,
    ),
    ("th-drop-01", "inverted-keeps-variance", "the mean is preserved, but the variance is not", False),
    (
        "th-drop-01",
        "inverted-keeps-variance",
        "rescaling by 1/(1-p) fixes the mean; the variance still shifts, which breaks the BN running stats",
        False,
    ),
    (
        "th2b-bp-01",
        "reverse-mode-saves-memory",
        (
            "reverse mode is used because it needs less memory than forward mode, which has to keep a full "
            "Jacobian per layer"
        ),
        True,
    ),
    ("th2b-bp-01", "reverse-mode-saves-memory", "Reverse mode saves memory compared with forward mode.", True),
    ("th2b-bp-01", "reverse-mode-saves-memory", "backprop needs less memory than forward mode", True),
    ("th2b-bp-01", "reverse-mode-saves-memory", "- reverse mode: lower memory", True),
    (
        "th2b-bp-01",
        "reverse-mode-saves-memory",
        (
            "Reverse mode needs more memory than forward mode, because it stores activations, but it gets "
            "every gradient in one pass."
        ),
        False,
    ),
    ("th2b-bp-01", "reverse-mode-saves-memory", "Forward mode needs less memory but one pass per parameter.", False),
    (
        "th2b-bp-01",
        "reverse-mode-saves-memory",
        "reverse mode costs about twice a forward pass and its memory grows with depth",
        False,
    ),
    ("th2b-bp-01", "reverse-mode-saves-memory", "Reverse mode is chosen for compute, not memory.", False),
    (
        "th2b-bp-01",
        "reverse-mode-saves-memory",
        "Reverse mode needs more memory than forward mode, which needs less memory but a pass per parameter.",
        False,
    ),
    ("th2b-bp-01", "reverse-mode-saves-memory", "reverse mode saves compute but costs memory", False),
    (
        "th2b-bp-01",
        "relu-backward-needs-nothing",
        (
            "ReLU is piecewise linear, slope 1, so its backward just passes delta through unchanged; it "
            "doesn't really need anything stored from the forward pass"
        ),
        True,
    ),
    ("th2b-bp-01", "relu-backward-needs-nothing", "relu slope is always 1 so the backward is trivial", True),
    (
        "th2b-bp-01",
        "relu-backward-needs-nothing",
        "The ReLU backward does not need anything saved from the forward pass.",
        True,
    ),
    (
        "th2b-bp-01",
        "relu-backward-needs-nothing",
        "ReLU's backward needs the forward input to know which units were active.",
        False,
    ),
    (
        "th2b-bp-01",
        "relu-backward-needs-nothing",
        "The ReLU slope is 1 where the input was positive and 0 elsewhere, so the backward needs the mask.",
        False,
    ),
    ("th2b-bp-01", "relu-backward-needs-nothing", "relu derivative is 1 for positive inputs and 0 otherwise", False),
    ("th2b-bp-01", "relu-backward-needs-nothing", "it doesn't need anything stored except the sign mask", False),
    (
        "th2b-bp-02",
        "raise-lr-for-vanishing",
        (
            "Our fix was to give the first layers a 1000x larger learning rate via param groups so their "
            "updates matched the top layers"
        ),
        True,
    ),
    ("th2b-bp-02", "raise-lr-for-vanishing", "give the early layers a higher lr", True),
    ("th2b-bp-02", "raise-lr-for-vanishing", "give the lower layers a bigger learning rate so they catch up", True),
    (
        "th2b-bp-02",
        "raise-lr-for-vanishing",
        "The gradient reaching early layers is orders of magnitude smaller than at the output.",
        False,
    ),
    (
        "th2b-bp-02",
        "raise-lr-for-vanishing",
        "Raising the learning rate for the early layers only hides the problem; fix the activations and init.",
        False,
    ),
    ("th2b-bp-02", "raise-lr-for-vanishing", "fix with ReLU, He init, normalisation and residual connections", False),
    ("th2b-clip-01", "value-same-as-norm", "norm clipping rescales everything and distorts the direction", True),
    (
        "th2b-clip-01",
        "value-same-as-norm",
        (
            "Clipping by value keeps the gradient pointing the same way, while norm clipping rescales "
            "everything and distorts the direction."
        ),
        True,
    ),
    ("th2b-clip-01", "value-same-as-norm", "- norm clipping distorts the gradient", True),
    ("th2b-clip-01", "value-same-as-norm", "Norm clipping keeps the direction; value clipping distorts it.", False),
    (
        "th2b-clip-01",
        "value-same-as-norm",
        "clipping by norm rescales the whole gradient and keeps its direction",
        False,
    ),
    ("th2b-clip-01", "value-same-as-norm", "unlike norm clipping, value clipping distorts the direction", False),
    (
        "th2b-stab-01",
        "late-nan-rules-out-lr",
        (
            "a learning rate that is too high blows up in the first few hundred steps, so by step 3,000 you "
            "can rule it out"
        ),
        True,
    ),
    ("th2b-stab-01", "late-nan-rules-out-lr", "lr problems show up in the first few steps, not at 3000", True),
    ("th2b-stab-01", "late-nan-rules-out-lr", "LR issues appear in the first hundred steps", True),
    (
        "th2b-stab-01",
        "late-nan-rules-out-lr",
        "if the lr were too high it would have diverged in the first few steps",
        True,
    ),
    (
        "th2b-stab-01",
        "late-nan-rules-out-lr",
        "A learning rate too high can still blow up late, visible as gradient norm spikes before the NaN.",
        False,
    ),
    (
        "th2b-stab-01",
        "late-nan-rules-out-lr",
        "Don't rule out the learning rate just because the first 3,000 steps were fine.",
        False,
    ),
    (
        "th2b-stab-01",
        "late-nan-rules-out-lr",
        "norms were flat right up to the NaN, which ruled out an lr spike",
        False,
    ),
    (
        "th2b-stab-01",
        "late-nan-rules-out-lr",
        "The learning rate can't be ruled out just because 3,000 steps went fine.",
        False,
    ),
    (
        "th2b-stab-01",
        "late-nan-rules-out-lr",
        "The lr was ruled out: gradient norms were flat right up to the NaN.",
        False,
    ),
    ("th2b-stab-01", "late-nan-rules-out-lr", "lr problems show up as gradient norm spikes before the NaN", False),
    (
        "th2b-stab-01",
        "late-nan-rules-out-lr",
        "too high a learning rate or too short a warmup, often with grad norm spikes first",
        False,
    ),
    (
        "th2b-stab-01",
        "late-nan-rules-out-lr",
        "a too-high learning rate usually diverges early, but it can also blow up late",
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-strictly-better",
        "Pre-LN is a strict improvement: stable and at least as good final quality, so there's no real trade-off.",
        True,
    ),
    ("th2b-norm-02", "pre-ln-strictly-better", "pre-ln is strictly better", True),
    ("th2b-norm-02", "pre-ln-strictly-better", "there's no real downside to Pre-LN", True),
    ("th2b-norm-02", "pre-ln-strictly-better", "Pre-LN is better in every respect.", True),
    (
        "th2b-norm-02",
        "pre-ln-strictly-better",
        (
            "Pre-LN trains stably but is not a strict improvement: its residual stream grows and later layers "
            "contribute less."
        ),
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-strictly-better",
        "Post-LN often reaches slightly better quality when it trains; that is the trade-off.",
        False,
    ),
    ("th2b-norm-02", "pre-ln-strictly-better", "Pre-LN's cost is a growing residual stream.", False),
    (
        "th2b-attn-02",
        "flash-linear-compute",
        "net effect: attention becomes linear in sequence length in both memory and compute",
        True,
    ),
    ("th2b-attn-02", "flash-linear-compute", "FlashAttention is linear in both compute and memory", True),
    ("th2b-attn-02", "flash-linear-compute", "flash attention: linear in both memory and compute", True),
    (
        "th2b-attn-02",
        "flash-linear-compute",
        "Memory becomes linear in sequence length, but compute stays quadratic.",
        False,
    ),
    ("th2b-attn-02", "flash-linear-compute", "linear memory, quadratic compute", False),
    ("th2b-attn-02", "flash-linear-compute", "memory is linear in n; compute is still quadratic", False),
    (
        "th2b-attn-02",
        "flash-approximate",
        (
            "The softmax is computed per block and then the blocks are averaged, so it's a close "
            "approximation, not bit-identical"
        ),
        True,
    ),
    ("th2b-attn-02", "flash-approximate", "FlashAttention approximates the softmax", True),
    ("th2b-attn-02", "flash-approximate", "it's a slight approximation of exact attention", True),
    ("th2b-attn-02", "flash-approximate", "FlashAttention is exact, not an approximation.", False),
    ("th2b-attn-02", "flash-approximate", "The result is exact attention, no approximation involved.", False),
    (
        "th2b-attn-02",
        "flash-approximate",
        "Unlike sparse or low-rank approximations, FlashAttention computes exact attention.",
        False,
    ),
    (
        "th2b-arch-01",
        "bert-masks-half",
        "bert is trained with masked LM where roughly half the tokens get masked and predicted",
        True,
    ),
    ("th2b-arch-01", "bert-masks-half", "BERT masks half of the tokens", True),
    ("th2b-arch-01", "bert-masks-half", "masked LM: 50% of the words are hidden and predicted", True),
    ("th2b-arch-01", "bert-masks-half", "BERT masks about 15 % of the tokens and predicts them.", False),
    ("th2b-arch-01", "bert-masks-half", "masked LM predicts ~15% of tokens, most replaced by [MASK]", False),
    (
        "th2b-arch-01",
        "bert-masks-half",
        "BERT: bidirectional attention, masked LM on 15 % of tokens; GPT: next-token prediction at every position",
        False,
    ),
    (
        "th2b-arch-01",
        "llm-for-volume",
        (
            "Modern LLMs beat fine-tuned encoders on classification, and with 30 categories you can just list "
            "them in the prompt"
        ),
        True,
    ),
    ("th2b-arch-01", "llm-for-volume", "LLMs outperform a fine-tuned BERT on classification these days", True),
    ("th2b-arch-01", "llm-for-volume", "an LLM does better than a fine-tuned classifier", True),
    (
        "th2b-arch-01",
        "llm-for-volume",
        "A fine-tuned small encoder beats prompting an LLM here: accurate and far cheaper per ticket.",
        False,
    ),
    (
        "th2b-arch-01",
        "llm-for-volume",
        "With 200k labels a fine-tuned encoder is as good as an LLM and orders of magnitude cheaper.",
        False,
    ),
    (
        "th2b-arch-01",
        "llm-for-volume",
        "Use an LLM to bootstrap labels or handle rare categories, but classify the volume with a fine-tuned encoder.",
        False,
    ),
    (
        "th2b-opt-01",
        "adam-one-state",
        "Cost: basically none vs SGD+momentum, both keep one extra buffer per parameter",
        True,
    ),
    ("th2b-opt-01", "adam-one-state", "Adam and momentum both store one extra buffer", True),
    ("th2b-opt-01", "adam-one-state", "both need a single extra state per parameter", True),
    ("th2b-opt-01", "adam-one-state", "SGD with momentum keeps one extra buffer, Adam keeps two.", False),
    (
        "th2b-opt-01",
        "adam-one-state",
        "Adam keeps two extra states per parameter, 8 bytes in fp32, twice SGD with momentum.",
        False,
    ),
    ("th2b-opt-01", "adam-one-state", "Adam stores both moments, two extra tensors per parameter", False),
    (
        "th2b-opt-01",
        "adam-one-state",
        "Both SGD momentum and Adam keep a first-moment buffer; Adam adds a second.",
        False,
    ),
    ("th2b-opt-01", "gap-matters-for-llms", "and yes it matters for llm pretraining too, the same gap shows up", True),
    ("th2b-opt-01", "gap-matters-for-llms", "the gap applies to LLM pretraining as well, even more", True),
    ("th2b-opt-01", "gap-matters-for-llms", "this matters for pretraining too", True),
    (
        "th2b-opt-01",
        "gap-matters-for-llms",
        "It matters for vision, not for single-epoch LLM pretraining, where test loss tracks training loss.",
        False,
    ),
    (
        "th2b-opt-01",
        "gap-matters-for-llms",
        "It does not matter for LLM pretraining: reaching lower loss faster is what counts.",
        False,
    ),
    (
        "th2b-opt-01",
        "gap-matters-for-llms",
        "In LLM pretraining test loss tracks training loss, so the gap doesn't matter.",
        False,
    ),
    (
        "th2b-opt-02",
        "decay-everything",
        "everything gets decayed, biases and LayerNorm gains included, since decay is regularisation",
        True,
    ),
    ("th2b-opt-02", "decay-everything", "decay all parameters, biases and norm gains included", True),
    ("th2b-opt-02", "decay-everything", "apply weight decay to every parameter", True),
    ("th2b-opt-02", "decay-everything", "Decay the weight matrices; biases and LayerNorm gains are excluded.", False),
    ("th2b-opt-02", "decay-everything", "Not everything gets decayed: biases and norm gains are left out.", False),
    ("th2b-opt-02", "decay-everything", "exclude biases, norm gains and often embeddings from decay", False),
    (
        "th2b-opt-02",
        "adamw-is-l2",
        (
            "AdamW = Adam on L + (lambda/2)||w||^2, i.e. the decay term lambda*w is added to the gradient "
            "before the moment estimates"
        ),
        True,
    ),
    ("th2b-opt-02", "adamw-is-l2", "AdamW is just Adam with an L2 penalty added to the loss", True),
    ("th2b-opt-02", "adamw-is-l2", "AdamW is equivalent to L2 regularisation", True),
    ("th2b-opt-02", "adamw-is-l2", "in AdamW the weight decay is added to the gradient", True),
    (
        "th2b-opt-02",
        "adamw-is-l2",
        "AdamW decouples the decay: w <- w - lr*lambda*w, separate from the adaptive step.",
        False,
    ),
    (
        "th2b-opt-02",
        "adamw-is-l2",
        "Unlike Adam with an L2 penalty in the loss, AdamW shrinks the weights directly.",
        False,
    ),
    (
        "th2b-opt-02",
        "adamw-is-l2",
        "In AdamW the decay term is not added to the gradient, so it is not divided by sqrt(v).",
        False,
    ),
    (
        "th2b-opt-02",
        "adamw-is-l2",
        "Adam with L2 adds lambda*w to the gradient; AdamW applies the decay separately.",
        False,
    ),
    ("th2b-opt-02", "adamw-is-l2", "AdamW vs Adam: with Adam the L2 added to the loss gets divided by sqrt(v)", False),
    (
        "th2b-opt-02",
        "adamw-is-l2",
        "AdamW fixes Adam: L2 added to the gradient is rescaled by the adaptive step",
        False,
    ),
    (
        "th2b-opt-02",
        "adamw-is-l2",
        "In plain Adam the penalty is added to the gradient before the moments; AdamW applies decay separately",
        False,
    ),
    ("th2b-opt-04", "spike-is-random", "The optimizer state is irrelevant; any model would spike on them.", True),
    ("th2b-opt-04", "spike-is-random", "optimizer state is irrelevant here", True),
    ("th2b-opt-04", "spike-is-random", "the Adam state is innocent, it's the data", True),
    ("th2b-opt-04", "spike-is-random", "The spike needs both the data and a vulnerable optimizer state.", False),
    (
        "th2b-opt-04",
        "spike-is-random",
        "The optimizer state matters: the same batches at another step would not spike.",
        False,
    ),
    ("th2b-opt-04", "spike-is-random", "specific data meeting a fragile optimizer state", False),
    (
        "th-gd-02",
        "momentum-step-one-plus-beta",
        (
            "Sign-flipping components cancel, consistent ones add, so the step along the floor grows by about "
            "1 + beta, i.e. 1.9x at beta = 0.9"
        ),
        True,
    ),
    ("th-gd-02", "momentum-step-one-plus-beta", "momentum increases the step by roughly 1 + beta", True),
    ("th-gd-02", "momentum-step-one-plus-beta", "momentum roughly doubles the step along the valley", True),
    ("th-gd-02", "momentum-step-one-plus-beta", "effective step ~1.9x at 0.9", True),
    ("th-gd-02", "momentum-step-one-plus-beta", "effective step about 1/(1-beta), 10x at 0.9", False),
    (
        "th-gd-02",
        "momentum-step-one-plus-beta",
        "the effective step grows to 1/(1 - beta) times the gradient step",
        False,
    ),
    ("th-gd-02", "momentum-step-one-plus-beta", "momentum makes the step about ten times larger at beta 0.9", False),
    ("th-gd-02", "momentum-step-one-plus-beta", "heavy ball: 0.9 of the old velocity plus the new gradient", False),
    (
        "th-gd-02",
        "normalising-no-help",
        "Normalising inputs helps numerical precision but it doesn't change the shape of the loss surface",
        True,
    ),
    ("th-gd-02", "normalising-no-help", "feature scaling does not change the shape of the loss landscape", True),
    ("th-gd-02", "normalising-no-help", "standardizing doesn't change the geometry of the loss", True),
    (
        "th-gd-02",
        "normalising-no-help",
        "Normalising the inputs changes the shape of the loss surface: contours get rounder.",
        False,
    ),
    (
        "th-gd-02",
        "normalising-no-help",
        "Standardising makes the loss contours rounder, which changes the geometry the optimizer sees.",
        False,
    ),
    ("th-gd-02", "normalising-no-help", "features on different scales stretch the loss surface", False),
    ("th-gd-03", "uncorrected-steps-too-small", "the first steps are too small without correction", True),
    ("th-gd-03", "uncorrected-steps-too-small", "early updates too tiny", True),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        "Without correction the first steps would be too small, because both averages start at zero.",
        True,
    ),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        "Without correction the second moment is underestimated, so the first steps are too large, not too small.",
        False,
    ),
    ("th-gd-03", "uncorrected-steps-too-small", "the first updates are too big without bias correction", False),
    ("th-gd-03", "uncorrected-steps-too-small", "early steps too large because v is tiny", False),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "parameters with rare or small gradients get even smaller steps, since their averages stay small",
        True,
    ),
    ("th-gd-03", "adam-step-scales-with-gradient", "small gradients get even smaller steps", True),
    ("th-gd-03", "adam-step-scales-with-gradient", "rare gradients get smaller updates", True),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "parameters with small or rare gradients get relatively larger steps",
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "rare gradients get steps of about the learning rate, since they are normalised by their own scale",
        False,
    ),
    ("th-gd-03", "adam-step-scales-with-gradient", "small gradients are scaled up to roughly lr-sized steps", False),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "In SGD small gradients get small steps, while Adam gives them roughly lr-sized steps.",
        False,
    ),
    ("th-gd-03", "adam-step-scales-with-gradient", "with SGD, parameters with small gradients take small steps", False),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "Adam normalises every step so it's safe from step one; transformer recipes keep warmup mostly out of habit",
        True,
    ),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "adam normalizes each update so it's stable from the start, no warmup needed",
        True,
    ),
    ("th-gd-04", "adam-needs-no-schedule", "with an adaptive optimizer warmup is redundant", True),
    ("th-gd-04", "adam-needs-no-schedule", "Adam schedule unnecessary", True),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "Adam's second-moment estimate rests on few steps early, so even Adam needs warmup.",
        False,
    ),
    ("th-gd-04", "adam-needs-no-schedule", "Warmup ramps the rate while Adam's statistics settle.", False),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "Adam normalises the step, but early estimates are noisy, so warmup still matters.",
        False,
    ),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "Adam normalises each coordinate, so update sizes are stable later in training.",
        False,
    ),
    (
        "th-gd-06",
        "saddles-trap-forever",
        (
            "that's why people use second-order methods like Newton's method, which use the Hessian to find "
            "the downward direction and escape"
        ),
        True,
    ),
    ("th-gd-06", "saddles-trap-forever", "you need second-order methods to escape saddles", True),
    ("th-gd-06", "saddles-trap-forever", "use a second-order optimizer to escape the saddle", True),
    (
        "th-gd-06",
        "saddles-trap-forever",
        "Minibatch noise and momentum escape saddles without any second-order method.",
        False,
    ),
    ("th-gd-06", "saddles-trap-forever", "You don't need second-order methods to escape saddles.", False),
    (
        "th-gd-06",
        "saddles-trap-forever",
        "Newton's method is attracted to saddles; SGD noise pushes the iterate off.",
        False,
    ),
    (
        "th-gd-06",
        "all-minima-global",
        (
            "in high dimensions every local minimum of a neural net is a global minimum, the loss is "
            "effectively convex at that scale"
        ),
        True,
    ),
    ("th-gd-06", "all-minima-global", "in deep networks all local minima are global", True),
    ("th-gd-06", "all-minima-global", "the loss landscape is essentially convex in high dimensions", True),
    ("th-gd-06", "all-minima-global", "every local minimum in a big network is global", True),
    ("th-gd-06", "all-minima-global", "Local minima exist, but most have loss close to the global minimum.", False),
    ("th-gd-06", "all-minima-global", "Not all local minima are global; the loss is not convex.", False),
    (
        "th-gd-06",
        "all-minima-global",
        "the loss is non-convex, yet the local minima that exist tend to be nearly as good as the best",
        False,
    ),
    (
        "th-gd-06",
        "all-minima-global",
        "saddles dominate among high-loss critical points, and most local minima sit near the global loss",
        False,
    ),
    ("th-gd-06", "all-minima-global", "In a convex bowl every local minimum is global.", False),
    (
        "th-gd-07",
        "large-batch-flatter",
        "large batches give near-exact gradients, which lead to flatter minima than noisy small-batch SGD",
        True,
    ),
    ("th-gd-07", "large-batch-flatter", "large batches end up in flatter minima", True),
    ("th-gd-07", "large-batch-flatter", "larger batches lead to flat minima", True),
    (
        "th-gd-07",
        "large-batch-flatter",
        "Large batches lead to sharper minima, while small batches find flatter ones.",
        False,
    ),
    ("th-gd-07", "large-batch-flatter", "large batches end in sharper minima that generalize worse", False),
    ("th-gd-07", "large-batch-flatter", "large-batch runs tend to end in sharp rather than flat minima", False),
    ("th-gd-07", "lower-lr-with-big-batch", "to recover: keep the learning rate as it was, or even lower it", True),
    ("th-gd-07", "lower-lr-with-big-batch", "keep the lr unchanged with the bigger batch", True),
    ("th-gd-07", "lower-lr-with-big-batch", "keep the lr fixed and just train longer", True),
    (
        "th-gd-07",
        "lower-lr-with-big-batch",
        "Scale the learning rate up with the batch (linear or square-root rule) plus warmup.",
        False,
    ),
    ("th-gd-07", "lower-lr-with-big-batch", "Don't keep the learning rate the same: raise it with warmup.", False),
    ("th-gd-07", "lower-lr-with-big-batch", "keep the number of updates comparable by training more epochs", False),
    ("th-gd-07", "lower-lr-with-big-batch", "keep the lr/batch ratio fixed (linear scaling rule)", False),
    (
        "th-gd-07",
        "lower-lr-with-big-batch",
        "keep the learning rate schedule, but scale its peak with the batch",
        False,
    ),
    (
        "th-ctx-01",
        "window-input-only",
        "200k is the input budget; output tokens are separate, so 150k KB + question fits with room to spare",
        True,
    ),
    ("th-ctx-01", "window-input-only", "the window is input only, generated tokens are extra", True),
    ("th-ctx-01", "window-input-only", "output tokens don't count toward the 200k", True),
    ("th-ctx-01", "window-input-only", "the context window is the prompt budget", True),
    ("th-ctx-01", "window-input-only", "The window caps prompt and output tokens together.", False),
    (
        "th-ctx-01",
        "window-input-only",
        "200k covers input and output, so a 150k prompt leaves 50k for everything else.",
        False,
    ),
    ("th-ctx-01", "window-input-only", "Generated tokens count against the same window as the prompt.", False),
    ("th-ctx-01", "window-input-only", "the 200k budget includes the generated tokens", False),
    ("th-ctx-01", "window-input-only", "output tokens are billed separately and cost more per token", False),
    ("th-ctx-01", "window-input-only", "The window is a shared input and output budget.", False),
    (
        "th-rag-01",
        "cross-encoder-embeds-separately",
        "rerank with a cross-encoder, which embeds query and passage separately and ranks by cosine of the two vectors",
        True,
    ),
    ("th-rag-01", "cross-encoder-embeds-separately", "the cross-encoder encodes query and doc independently", True),
    (
        "th-rag-01",
        "cross-encoder-embeds-separately",
        "the cross-encoder embeds the query and the passage, then takes the cosine",
        True,
    ),
    (
        "th-rag-01",
        "cross-encoder-embeds-separately",
        "Unlike a bi-encoder that embeds them separately, a cross-encoder reads query and passage together.",
        False,
    ),
    (
        "th-rag-01",
        "cross-encoder-embeds-separately",
        "A cross-encoder reads query and passage together, not separately.",
        False,
    ),
    (
        "th-rag-01",
        "cross-encoder-embeds-separately",
        "bi-encoders embed separately for retrieval; a cross-encoder then reranks the top candidates jointly",
        False,
    ),
    (
        "th-rag-01",
        "cross-encoder-embeds-separately",
        "rerank the top candidates with a cross-encoder that reads query and passage together",
        False,
    ),
    (
        "th-rag-01",
        "cross-encoder-embeds-separately",
        "A cross-encoder is slower than comparing embeddings, so it only reranks the top 50.",
        False,
    ),
    (
        "th-rag-01",
        "cross-encoder-embeds-separately",
        "cross-encoder scores beat cosine similarity of embeddings",
        False,
    ),
    (
        "th-rag-01",
        "bigger-embedding-fixes-skus",
        "This is a sign the embedding model is too small; a weak model maps similar strings to similar vectors.",
        True,
    ),
    (
        "th-rag-01",
        "bigger-embedding-fixes-skus",
        "Swap to a larger, higher-dimensional embedding model and it will separate XR-4410 from XR-4401.",
        True,
    ),
    ("th-rag-01", "bigger-embedding-fixes-skus", "a bigger embedding model will distinguish the SKUs", True),
    (
        "th-rag-01",
        "bigger-embedding-fixes-skus",
        "No embedding model, however large, reliably separates near-identical SKU strings; add exact matching.",
        False,
    ),
    (
        "th-rag-01",
        "bigger-embedding-fixes-skus",
        "Dense embeddings capture meaning, not exact strings, so similar SKUs get near-identical vectors.",
        False,
    ),
    ("th-rag-01", "bigger-embedding-fixes-skus", "add BM25 or a metadata filter on the SKU field", False),
    (
        "th-rag-01",
        "bigger-embedding-fixes-skus",
        "The embedding model, small or large, maps similar strings to similar vectors.",
        False,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "access: add to the system prompt the user's groups and tell the model not to quote pages they can't see",
        True,
    ),
    ("th-rag-02", "prompt-enforces-access", "add to the system prompt which groups the user belongs to", True),
    ("th-rag-02", "prompt-enforces-access", "include in the system prompt the ACLs of the user", True),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "Don't rely on the system prompt: filter on ACL metadata at retrieval time.",
        False,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "Enforce permissions at retrieval by filtering on the user's groups, before anything reaches the prompt.",
        False,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "People add the user's groups to the system prompt, but only a retrieval filter enforces access.",
        False,
    ),
    (
        "th-rag-02",
        "mixed-embeddings-ok",
        "just embed the new and changed pages with the new model, the old vectors are still fine to search against",
        True,
    ),
    ("th-rag-02", "mixed-embeddings-ok", "the old embeddings remain valid", True),
    ("th-rag-02", "mixed-embeddings-ok", "old vectors are still ok after the model change", True),
    (
        "th-rag-02",
        "mixed-embeddings-ok",
        "If the model changed, the old vectors are not comparable: re-embed the whole corpus.",
        False,
    ),
    (
        "th-rag-02",
        "mixed-embeddings-ok",
        "Old embeddings from a different model can't be searched with new query vectors.",
        False,
    ),
    (
        "th-rag-02",
        "mixed-embeddings-ok",
        "re-embed everything; query and document vectors must come from the same model",
        False,
    ),
    (
        "th-llmeval-01",
        "rouge-is-enough",
        "The gate is ROUGE-L against the references: it's objective, cheap and tracks summary quality well",
        True,
    ),
    ("th-llmeval-01", "rouge-is-enough", "ROUGE tracks summary quality well enough", True),
    ("th-llmeval-01", "rouge-is-enough", "gate on ROUGE-L", True),
    (
        "th-llmeval-01",
        "rouge-is-enough",
        "ROUGE correlates poorly with summary quality, so do not gate on it alone.",
        False,
    ),
    ("th-llmeval-01", "rouge-is-enough", "Don't gate on ROUGE; it barely tracks what agents value.", False),
    ("th-llmeval-01", "rouge-is-enough", "ROUGE doesn't capture faithfulness.", False),
    (
        "th-llmeval-01",
        "judge-is-unbiased",
        "The judge is consistent and unbiased, unlike humans, so trust the eight points.",
        True,
    ),
    ("th-llmeval-01", "judge-is-unbiased", "LLM judges are impartial", True),
    ("th-llmeval-01", "judge-is-unbiased", "the LLM judge is objective and unbiased", True),
    (
        "th-llmeval-01",
        "judge-is-unbiased",
        "The judge may be biased toward longer answers or its own model family.",
        False,
    ),
    ("th-llmeval-01", "judge-is-unbiased", "Judges have position, verbosity and self-preference biases.", False),
    ("th-llmeval-01", "judge-is-unbiased", "check whether the judge favours whichever answer it saw first", False),
    (
        "th-llmeval-01",
        "judge-is-unbiased",
        "swap positions and control for length to see whether the judge is biased",
        False,
    ),
    ("th-llmeval-01", "judge-is-unbiased", "check that the judge has no position bias by swapping the order", False),
    ("th-llmeval-01", "judge-is-unbiased", "make sure the judge is not biased toward length", False),
]

#: the prompts of the group-C dump
PROMPTS: set[str] = {
    "th-tfm-02",
    "th-llmeval-01",
    "th2b-bp-01",
    "th-rnn-01",
    "th2b-opt-02",
    "th2b-clip-01",
    "th2b-attn-02",
    "th-drop-01",
    "th2b-bp-02",
    "th-rag-01",
    "th-cnn-01",
    "th-rag-02",
    "th2b-arch-01",
    "th-tfm-01",
    "th-ctx-01",
    "th2b-opt-01",
    "th2b-stab-01",
    "th-gd-03",
    "th-gd-06",
    "th-gd-04",
    "th2b-norm-02",
    "th2b-opt-03",
    "th2b-opt-04",
    "th-gd-02",
    "th-gd-07",
}


CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), (list(CHANGED), 2, 2)],
    cue_cap=list(ADDED),
    right_texts=PROMPTS,
    added=[ADDED, CHANGED],
)
