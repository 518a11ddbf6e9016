"""The ninth pass, group C: 75 answers written blind from the seventh pass's group-C dump (25 deep-learning,
optimizer and LLM-stack prompts; ``tests/labelled/wrong_t9_C.yaml``), measured once (12/50 wrong answers flagged with
a misconception of the right key point, 1/25 right answers with a false "Careful"), then tuned on. For each wrong
answer no misconception of its key point caught, an existing misconception was widened when it held the same idea,
or a new one added; two cues that fired on right sentences were narrowed to adjacent words. Every touched
misconception keeps the answer's sentence, paraphrases in other registers, and right sentences in the same words
that must not fire. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-cnn-01", "rf-doubles-per-layer"): [
        "=extra|additional|each|every 3 3 layer*|conv*|convolution* doubl*",
        "=extra|additional|each|every 3x3 layer*|conv*|convolution* doubl*",
        "receptive field doubl*|doubles each|every|per layer|conv*",
    ],
    ("th-tfm-01", "scaling-prevents-overflow"): [
        "sqrt|scal*|divid*|division prevent*|avoid*|stop*|guard* overflow*",
        "exp|exponential*|exponentials|softmax|logits overflow*",
        "=numerical|numeric safeguard|guard|trick",
    ],
    ("th-tfm-01", "cache-stores-outputs"): [
        "=cach*|stor*|reus*|caches|stores|reuses attention output*|outputs|results",
        "attention output*|outputs|results earlier|previous|past tokens stored|cached|reused",
        "skip*|skips|avoid*|avoids attending|attend* prefix|past|previous|earlier",
    ],
    ("th2b-norm-02", "pre-ln-normalises-stream"): [
        "=keep*|keeps|hold*|holds residual stream|path itself|unit|normali*|bounded",
        "pre ln|norm keep*|keeps|hold* residual stream|path unit|normali*|bounded|constant",
        "normali*|layernorm rescal*|resets residual stream|path every|each layer",
    ],
    ("th2b-arch-01", "decoder-loss-last-token"): [
        "=last|final token each|every|training|trainning sequence",
        "one|single prediction|target|label per|each sequence",
    ],
    ("th2b-opt-01", "softmax-shrinks-all-gradients"): [
        "uniformly|equally|similarly small|tiny gradient*|gradients",
        "softmax squash*|squashes|shrink*|shrinks gradients|gradient every|all",
        "=scales|scale them|all back up",
    ],
    ("th2b-opt-03", "peak-grows-with-width"): [
        "optimum|optimal|best|peak grow*|grows|increas*|rise*|rises width",
        "wider|larger|bigger model*|models need*|get*|want*|take* higher|larger|bigger lr|peak|rate",
        "=scale*|scaling|increase|raise proxy*|proxy's best|small rate|lr up|full",
    ],
    ("th2b-opt-03", "constant-lr-same-loss"): [
        "constant rate|lr same|equal|identical loss",
        "decay* pull*|pulls|bring*|brings improvement|improvment|gain*|drop forward|earlier",
        "decay* mostly|purely|merely cosmetic",
    ],
    ("th2b-opt-04", "purely-bad-data"): [
        "=optimizer|optimiser|adam state nothing",
        "purely|entirely|solely|simply bad|corrupt data|batch*|batches",
        "=settles|proves bad|corrupt data",
    ],
    ("th-gd-02", "momentum-rescales-per-coordinate"): [
        "momentum rescal*|rescales|normaliz*|normalis*|divid* coordinate*|coordinates",
        "momentum divid*|divides|normaliz*|rescal* gradient* magnitude|size|norm|rms",
    ],
    ("th-gd-02", "smoother-velocity-allows-higher-lr"): [
        "smooth* safe*|safely increas*|rais* eta|lr|rate",
        "smooth* v|velocity further|more increas*|rais* eta|lr|rate",
    ],
    ("th-gd-04", "warmup-prevents-early-overfit"): [
        "overfit*|memoriz*|memoris* first|early few|batch*|batches|data",
        "early|first data|batches|examples dominat*",
        "warmup prevent*|stop*|avoid* overfit*|memoriz*|memoris*",
    ],
    ("th-gd-04", "near-peak-proves-safe"): [
        "almost|nearly peak fine|stable|ok|safe|worked",
        "=peak itself not|isnt problem|issue|culprit",
    ],
    ("th-gd-06", "local-minima-much-worse"): [
        "local minim* much|far|significantly|way worse",
        "=much|far|significantly worse global|best",
    ],
    ("th-rag-01", "sku-chunking-problem"): [
        "=chunking|chunk problem|issue",
        "sku*|identifier*|id drown*|diluted|lost",
    ],
}

#: existing misconceptions whose cues this pass widened (a cue added, or alternatives added to one)
WIDENED: list[tuple[str, str]] = [
    ("th-cnn-01", "conv-translation-invariant"),
    ("th-drop-01", "train-scale-by-p"),
    ("th2b-stab-01", "bf16-overflows-sooner"),
    ("th2b-attn-02", "backward-stores-matrix"),
    ("th2b-opt-02", "double-lr-weaker-decay"),
    ("th2b-opt-02", "decay-everything"),
    ("th2b-opt-04", "higher-beta2-stabler"),
    ("th-gd-03", "adam-always-converges"),
    ("th-gd-07", "large-batch-gap-unfixable"),
    ("th-ctx-01", "prompt-length-only-costs-money"),
    ("th-ctx-01", "more-context-always-helps"),
    ("th-rag-02", "prompt-enforces-access"),
    ("th-llmeval-01", "judge-is-unbiased"),
]

#: existing misconceptions whose cue this pass narrowed to adjacent words (it fired on a right sentence)
NARROWED: list[tuple[str, str]] = [
    ("th-tfm-02", "longer-context-just-works"),
    ("th2b-opt-02", "decay-independent-of-lr"),
]

#: the cues this pass wrote into existing misconceptions
CHANGED: dict[tuple[str, str], list[str]] = {
    ("th-cnn-01", "conv-translation-invariant"): [
        "=themselves|itself translation|shift invariant",
    ],
    ("th-drop-01", "train-scale-by-p"): [
        "=1 p m h|x",
        "=survivors|kept|surviving halved|halve*",
    ],
    ("th2b-stab-01", "bf16-overflows-sooner"): [
        "=fp16 keep*|keeps|has|shares same exponent|dynamic range",
    ],
    ("th2b-attn-02", "backward-stores-matrix"): [
        "training memory stay*|stays|remain*|still quadratic|squar*",
    ],
    ("th2b-opt-02", "double-lr-weaker-decay"): [
        "shrink*|decay* regardless|independent* peak|lr",
    ],
    ("th2b-opt-02", "decay-everything"): [
        "exclud*|excluding biases|bias|gains|norm* leftover|unnecessary|pointless|myth",
    ],
    ("th2b-opt-02", "decay-independent-of-lr"): [
        "=decay|wd|lambda decoupled|separate|independent|unrelated lr|learning rate|schedule",
    ],
    ("th2b-opt-04", "higher-beta2-stabler"): [
        "=0 999 0 9999",
    ],
    ("th-gd-03", "adam-always-converges"): [
        "convex adam guaranteed|provably|certain* converg*",
    ],
    ("th-gd-07", "large-batch-gap-unfixable"): [
        "sharp* minim* whole|entire|full story|explanation",
        "intrinsic|inherent property batch*",
    ],
    ("th-ctx-01", "prompt-length-only-costs-money"): [
        "first token same|similar|unchanged|constant",
    ],
    ("th-ctx-01", "more-context-always-helps"): [
        "=quality not|isnt concern|issue|problem|worry",
    ],
    ("th-rag-02", "prompt-enforces-access"): [
        "model*|llms follow*|obey* instructions|rules reliably|reliable",
    ],
    ("th-llmeval-01", "judge-is-unbiased"): [
        "=judge* no|zero real|systematic bias|biases",
    ],
    ("th-tfm-02", "longer-context-just-works"): [
        "=rope|rotary|relative extrapolat*|generaliz*|work* fine|well|32k|longer|unseen",
    ],
}

TOUCHED: list[tuple[str, str]] = [*ADDED, *WIDENED, *NARROWED]

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th-cnn-01",
        "rf-doubles-per-layer",
        "Depth: each extra 3×3 layer doubles the receptive field, so after 8 layers a unit sees the whole image.",
        True,
    ),
    (
        "th-cnn-01",
        "rf-doubles-per-layer",
        "every 3x3 conv doubles the RF",
        True,
    ),
    (
        "th-cnn-01",
        "rf-doubles-per-layer",
        "- receptive field doubles every layer, so it grows exponentialy",
        True,
    ),
    (
        "th-cnn-01",
        "rf-doubles-per-layer",
        "each 3x3 layer adds two pixels to the receptive field, so it grows linearly",
        False,
    ),
    (
        "th-cnn-01",
        "rf-doubles-per-layer",
        "the receptive field doesn't double per layer; a stack of L 3x3 convs sees 2L + 1 pixels",
        False,
    ),
    (
        "th-cnn-01",
        "rf-doubles-per-layer",
        (
            "it's not that each 3×3 layer doubles the receptive field: growth is linear unless you "
            "add stride, pooling or dilation"
        ),
        False,
    ),
    (
        "th-cnn-01",
        "rf-doubles-per-layer",
        "stride and pooling make the receptive field grow much faster than stacking plain 3x3 layers",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        (
            "The division by the square root of d_k is a numerical safeguard: with a big d_k the dot "
            "products get large enough that exp overflows in fp16."
        ),
        True,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "sqrt(d_k) scaling prevents overflow in the softmax",
        True,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "- divide by √d_k so the logits dont overflow; big logits overflow in half precision",
        True,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        (
            "Dividing by √d_k keeps the logits' variance near 1 so the softmax does not saturate and "
            "its gradients stay usable."
        ),
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "The scaling is not about overflow, since implementations subtract the row max before exp anyway.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "People think the √d_k is there to prevent overflow, but it is about saturation and tiny gradients.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "Large logits push the softmax toward a near one-hot whose gradients are tiny.",
        False,
    ),
    (
        "th-tfm-01",
        "cache-stores-outputs",
        (
            "KV cache: the attention outputs of earlier tokens are stored, so a new token reuses them "
            "and skips attending over the prefix entirely."
        ),
        True,
    ),
    (
        "th-tfm-01",
        "cache-stores-outputs",
        "the cache stores attention outputs for past tokens",
        True,
    ),
    (
        "th-tfm-01",
        "cache-stores-outputs",
        "- new token skips attending to the prefix bc the cache has it all",
        True,
    ),
    (
        "th-tfm-01",
        "cache-stores-outputs",
        (
            "The cache keeps the keys and values of earlier tokens; each new token computes only its "
            "own query, key and value and attends over the cached ones."
        ),
        False,
    ),
    (
        "th-tfm-01",
        "cache-stores-outputs",
        "It does not store attention outputs, only keys and values.",
        False,
    ),
    (
        "th-tfm-01",
        "cache-stores-outputs",
        (
            "The new token still attends over the whole prefix; what it saves is recomputing the "
            "prefix's keys and values."
        ),
        False,
    ),
    (
        "th-tfm-01",
        "cache-stores-outputs",
        "Cache memory grows with layers, heads, head dim, context length and batch.",
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        (
            "The reason Pre-LN trains stably is that the normalisation keeps the residual stream "
            "itself at unit scale at every layer."
        ),
        True,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "Pre-LN keeps the residual stream at unit scale",
        True,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "- layernorm resets the residual stream every layer, so nothing drifts",
        True,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "Pre-LN keeps a clean identity path from input to output, so gradients are well behaved at initialisation.",
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        (
            "Pre-LN does not normalise the residual stream; it normalises each sublayer's input, so "
            "the stream grows with depth."
        ),
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "In Pre-LN the normalisation sits on the branch, so the residual stream grows with depth.",
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "Post-LN puts the LayerNorm on the residual path, so gradients are rescaled at each layer.",
        False,
    ),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        (
            "Decoders like GPT use a causal mask and predict the next token, but the loss is only on "
            "the final token of each trainning sequence."
        ),
        True,
    ),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        "gpt gets one prediction per sequence, the last token",
        True,
    ),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        "- decoder: loss on the last token of every sequence only",
        True,
    ),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        "Decoders are trained with next-token prediction at every position, so every token is a target.",
        False,
    ),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        (
            "The loss is on every position, not just the last token: the causal mask lets each "
            "position predict its successor in one pass."
        ),
        False,
    ),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        "BERT learns only from the roughly 15% of tokens it masks, while GPT learns from all of them.",
        False,
    ),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        "At inference a decoder generates one token at a time, reusing the KV cache.",
        False,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        (
            "What makes this matter is the softmax in attention: it squashes gradients, so every "
            "parameter in the network gets uniformly small gradients."
        ),
        True,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        "all params get equally tiny gradients in a transformer",
        True,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        "- Adam's normalisation scales them all back up to a sensible step",
        True,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        (
            "Gradient scales differ by orders of magnitude between embeddings, query and key "
            "projections, MLPs and norms."
        ),
        False,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        (
            "The gradients are not uniformly small; they are heterogeneous across blocks, so one SGD "
            "rate fits none of them."
        ),
        False,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        "Adam divides each parameter's step by a running RMS of its own gradient.",
        False,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        "Rare-token embeddings get small, rare gradients, and Adam still gives them reasonable steps.",
        False,
    ),
    (
        "th2b-opt-03",
        "peak-grows-with-width",
        (
            "Under standard parameterisation the optimum grows roughly with √width, so scale the "
            "proxy's best rate up for the full model."
        ),
        True,
    ),
    (
        "th2b-opt-03",
        "peak-grows-with-width",
        "bigger models need a higher learning rate",
        True,
    ),
    (
        "th2b-opt-03",
        "peak-grows-with-width",
        "- best peak lr increases with width",
        True,
    ),
    (
        "th2b-opt-03",
        "peak-grows-with-width",
        "Under standard parameterisation the best peak falls as width grows.",
        False,
    ),
    (
        "th2b-opt-03",
        "peak-grows-with-width",
        "Wider models need a lower learning rate unless you use μP.",
        False,
    ),
    (
        "th2b-opt-03",
        "peak-grows-with-width",
        "The peak does not grow with width; with μP it stays the same across widths.",
        False,
    ),
    (
        "th2b-opt-03",
        "peak-grows-with-width",
        "Sweep the peak on small proxies and take the largest stable value below divergence.",
        False,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        (
            "a constant rate run for the same tokens ends up at the same loss, the decay just pulls "
            "the improvment forward"
        ),
        True,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        "constant lr reaches the same loss eventually",
        True,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        "- the decay is mostly cosmetic",
        True,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        (
            "Much of the loss improvement appears during the decay, because a lower rate reduces the "
            "noise in the updates."
        ),
        False,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        "A constant rate does not reach the same loss; it plateaus higher.",
        False,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        "The decay is not cosmetic: the weights settle lower in the basin.",
        False,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        "WSD holds the peak for most of the run and decays quickly over the last 10-20 %.",
        False,
    ),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "That settles it as bad data, full stop.",
        True,
    ),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "the optimizer state has nothing to do with it",
        True,
    ),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "- its purely bad data, drop those docs",
        True,
    ),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "The spike comes from specific data meeting a vulnerable optimizer state; skipping is a workaround.",
        False,
    ),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "It is not purely bad data: the restored Adam state is part of why it repeats.",
        False,
    ),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "Inspect those batches and the layer whose norm jumped before the spike.",
        False,
    ),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "Reproducing it at the same step shows it is deterministic, not random.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        (
            "Momentum fix: it rescales each coordinate by its recent gradient magnitude, so the steep "
            "direction gets a small step."
        ),
        True,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "momentum divides by the gradient magnitude",
        True,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "- momentum normalises each coordinate so steep dims move less",
        True,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "Momentum keeps a decaying running sum of past gradients, so components that flip sign cancel.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "Momentum doesn't rescale each coordinate; that is what Adam and RMSProp do.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "Adam rescales each coordinate by its recent gradient magnitude, while momentum just averages gradients.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "Consistent components accumulate, giving an effective step of about one over one minus beta.",
        False,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "Going from β = 0.9 to 0.99 smooths v further, so you can safely raise η along with it.",
        True,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "higher beta smooths things, so you can safely increase the lr",
        True,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "- beta 0.99 smooths the velocity more, raise the learning rate too",
        True,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "Raising beta raises the effective step, so the learning rate often needs lowering with it.",
        False,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "A higher beta smooths the velocity, but you cannot safely raise the learning rate with it.",
        False,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "The effective step is about η/(1 − β), so going from 0.9 to 0.99 multiplies it by ten.",
        False,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "Beta around 0.9 is common.",
        False,
    ),
    (
        "th-gd-04",
        "warmup-prevents-early-overfit",
        (
            "at the start the model would otherwise overfit the first few batches it sees, memorising "
            "them with big steps"
        ),
        True,
    ),
    (
        "th-gd-04",
        "warmup-prevents-early-overfit",
        "warmup prevents overfitting early on",
        True,
    ),
    (
        "th-gd-04",
        "warmup-prevents-early-overfit",
        "- ramping up keeps the early data from dominating",
        True,
    ),
    (
        "th-gd-04",
        "warmup-prevents-early-overfit",
        (
            "At initialisation gradients are large and erratic and Adam's second-moment estimate "
            "rests on a few steps, so warmup ramps the rate while they settle."
        ),
        False,
    ),
    (
        "th-gd-04",
        "warmup-prevents-early-overfit",
        "Warmup is not about overfitting the first batches; it is about stability.",
        False,
    ),
    (
        "th-gd-04",
        "warmup-prevents-early-overfit",
        "A full-size rate in the first steps can blow up activations or diverge.",
        False,
    ),
    (
        "th-gd-04",
        "warmup-prevents-early-overfit",
        "Decay at the end shrinks the noise ball so the loss falls further.",
        False,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "The peak itself isn't the problem: the rate at step 790 was almost the peak and training was fine.",
        True,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "it ran at nearly the peak and was stable, so the peak is safe",
        True,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "- peak itself is not the issue, must be a bug",
        True,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "The peak rate is probably too high for this batch size and model: lower it or lengthen warmup.",
        False,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "Diverging right as warmup ends is the classic sign of a peak that is too high.",
        False,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "Check clipping, loss scaling and the batch at that step as well.",
        False,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "The last warmup steps reach rates the run has never used before.",
        False,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "The catch is the few real local minima that do exist tend to be much worse than the global one.",
        True,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "local minima are far worse than the best solution",
        True,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "- real local minima are far worse than global, so restart",
        True,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "The local minima that exist tend to have loss close to the best.",
        False,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "Local minima are not much worse than the global one in large networks.",
        False,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "Most high-loss critical points are saddles, not minima.",
        False,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "Saddles slow training far more than local minima do.",
        False,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "This is a chunking problem.",
        True,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "The SKU is one token in a big chunk, so it gets drowned out by all the other text.",
        True,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "- sku gets diluted in the chunk, shrink chunks",
        True,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "Dense embeddings capture meaning, not exact strings, so similar SKUs get near-identical vectors.",
        False,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "It is not a chunking problem: identifiers split into fragments whose vectors look alike.",
        False,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "Add BM25 or a metadata filter on the SKU field.",
        False,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "Chunks that are too large dilute the embedding and waste tokens.",
        False,
    ),
    (
        "th-cnn-01",
        "conv-translation-invariant",
        "the conv layers themselves are translation-invariant",
        True,
    ),
    (
        "th-cnn-01",
        "conv-translation-invariant",
        "the convolution itself is only equivariant; translation invariance comes from pooling",
        False,
    ),
    (
        "th-drop-01",
        "train-scale-by-p",
        "h̃ = (1 − p)·m ⊙ h during training",
        True,
    ),
    (
        "th-drop-01",
        "train-scale-by-p",
        "with p = 0.5 the survivors are halved",
        True,
    ),
    (
        "th-drop-01",
        "train-scale-by-p",
        "h̃ = m ⊙ h / (1 − p), so with p = 0.5 the survivors are doubled",
        False,
    ),
    (
        "th2b-stab-01",
        "bf16-overflows-sooner",
        "fp16 keeps the same exponent range as fp32 and only drops mantissa bits",
        True,
    ),
    (
        "th2b-stab-01",
        "bf16-overflows-sooner",
        "unlike fp16, bf16 keeps the same exponent range as fp32",
        False,
    ),
    (
        "th2b-attn-02",
        "backward-stores-matrix",
        "training memory stays O(n²) and the win there is only bandwidth",
        True,
    ),
    (
        "th2b-attn-02",
        "backward-stores-matrix",
        "training memory stays linear in n because the backward recomputes the scores",
        False,
    ),
    (
        "th2b-opt-02",
        "double-lr-weaker-decay",
        "λ alone sets how fast the weights shrink regardless of the peak",
        True,
    ),
    (
        "th2b-opt-02",
        "double-lr-weaker-decay",
        "the per-step shrink is lr·λ, so doubling the peak doubles the decay",
        False,
    ),
    (
        "th2b-opt-02",
        "decay-everything",
        "excluding biases and LayerNorm gains is a leftover from old recipes",
        True,
    ),
    (
        "th2b-opt-02",
        "decay-everything",
        "biases and norm gains are excluded, because decaying a gain toward zero fights the normalisation",
        False,
    ),
    (
        "th2b-opt-02",
        "decay-independent-of-lr",
        "weight decay is independent of the learning rate in AdamW",
        True,
    ),
    (
        "th2b-opt-02",
        "decay-independent-of-lr",
        (
            "AdamW shrinks weights by lr·λ·w per step, separately from the adaptive step, so the "
            "learning-rate schedule also schedules the decay"
        ),
        False,
    ),
    (
        "th2b-opt-04",
        "higher-beta2-stabler",
        "move β2 up from 0.999 to 0.9999 so v is averaged over more steps",
        True,
    ),
    (
        "th2b-opt-04",
        "higher-beta2-stabler",
        "lower β2 from 0.999 to 0.95 so v reacts faster",
        False,
    ),
    (
        "th-gd-03",
        "adam-always-converges",
        "on convex problems Adam is guaranteed to converge like SGD",
        True,
    ),
    (
        "th-gd-03",
        "adam-always-converges",
        "even on convex problems Adam is not guaranteed to converge; AMSGrad keeps the maximum",
        False,
    ),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        "the sharp-minima story is basically the whole story",
        True,
    ),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        "that is an intrinsic property of the batch size",
        True,
    ),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        "sharp minima are not the whole story: tuning the learning rate and warmup closes much of the gap",
        False,
    ),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "time to first token is roughly the same as for a 2k prompt",
        True,
    ),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "prefill time grows with the prompt, so time to first token is not the same as for a short prompt",
        False,
    ),
    (
        "th-ctx-01",
        "more-context-always-helps",
        "Quality isn't the concern: attention looks at every token in the window at once",
        True,
    ),
    (
        "th-ctx-01",
        "more-context-always-helps",
        "quality is a concern too: models use the middle of long prompts less reliably",
        False,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "modern models follow such instructions reliably",
        True,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "models don't follow such instructions reliably, so filter on ACL metadata at retrieval",
        False,
    ),
    (
        "th-llmeval-01",
        "judge-is-unbiased",
        "With a detailed rubric the judge has no real bias",
        True,
    ),
    (
        "th-llmeval-01",
        "judge-is-unbiased",
        "the judge is not free of bias: it favours longer answers and the first position",
        False,
    ),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "RoPE extrapolates fine to 32k because it is relative",
        True,
    ),
    (
        "th-tfm-02",
        "longer-context-just-works",
        (
            "We rescaled the RoPE base YaRN-style (position interpolation also works), then "
            "fine-tuned for a few hundred steps on long documents."
        ),
        False,
    ),
]

CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), ([*WIDENED, *NARROWED], 1, 1)],
    cue_cap=TOUCHED,
    right_texts={p for p, _, _, _ in CASES},
    added=[ADDED, CHANGED],
)
