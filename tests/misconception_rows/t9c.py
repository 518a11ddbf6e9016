"""The ninth pass, group C: 75 answers written blind from the seventh pass's group-C dump (25 deep-learning,
optimizer and LLM-stack prompts; ``tests/labelled/wrong_t9_C.yaml``), measured once (12/50 wrong answers flagged with
a misconception of the right key point, 1/25 right answers with a false "Careful"), then tuned on. For each wrong
answer no misconception of its key point caught, an existing misconception was widened when it held the same idea,
or a new one added; two cues that fired on right sentences were narrowed to adjacent words. Every touched
misconception keeps the answer's sentence, paraphrases in other registers, and right sentences in the same words
that must not fire. Matching is the grader's own (``Matcher.states``).

A second reader (r9) then probed every touched misconception with right sentences in the cues' own words,
narrowed or dropped each cue that fired on one (adding that sentence as a must-not-fire row), swapped the
must-fire rows that no narrowed cue could catch for other wordings of the same belief, and fixed the facts:
beliefs that are true in some setting (dilated or strided receptive fields, local minima in small
networks) were narrowed to the wrong version."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-cnn-01", "rf-doubles-per-layer"): [
        "=extra|additional|each|every 3 3 layer*|conv*|convolution* doubl*",
        "=extra|additional|each|every 3x3 layer*|conv*|convolution* doubl*",
    ],
    ("th-tfm-01", "scaling-prevents-overflow"): [
        "=sqrt|dk|k|scal*|divid*|division prevent*|avoid*|stop*|guard* overflow*",
        "=sqrt|dk|k|scaling|division numerical|numeric safeguard|guard|trick",
    ],
    ("th-tfm-01", "cache-stores-outputs"): [
        "=cach*|stor*|reus*|caches|stores|reuses attention output*|outputs|results",
        "attention output*|outputs|results earlier|previous|past tokens stored|cached|reused",
        "skip*|skips|avoid*|avoids attending|attend* prefix|past|previous|earlier",
    ],
    ("th2b-norm-02", "pre-ln-normalises-stream"): [
        "=pre ln|norm keep*|keeps|hold*|holds residual stream unit|normali*|normalis*|bounded|constant",
        "=keep*|keeps|hold*|holds residual stream itself unit|normali*|normalis*|bounded",
    ],
    ("th2b-arch-01", "decoder-loss-last-token"): [
        "=last|final token training|trainning sequence",
        "=one|single prediction|target|loss per|each sequence",
        "=loss only last|final token",
    ],
    ("th2b-opt-01", "softmax-shrinks-all-gradients"): [
        "=uniformly|equally small|tiny gradient*|gradients",
        "=softmax squash*|squashes|shrink*|shrinks every|all gradient*|gradients|parameter*",
    ],
    ("th2b-opt-03", "peak-grows-with-width"): [
        "=optimum|optimal|best|peak|lr grow*|increas*|rise* roughly|proportional*|linearly width|sqrt",
        "=wider|larger|bigger model*|models need*|want*|take* higher|larger|bigger lr|peak|rate|learning",
        "=scale*|scaling|increase|raise proxy*|proxy's best|small rate|lr up",
    ],
    ("th2b-opt-03", "constant-lr-same-loss"): [
        "=constant rate|lr reach*|reaches|give*|gives|hit*|hits same|equal|identical loss",
        "decay* pull*|pulls|bring*|brings improvement|improvment|gain*|drop forward",
        "decay* mostly|purely|merely cosmetic",
    ],
    ("th2b-opt-04", "purely-bad-data"): [
        "=optimizer|optimiser|adam state irrelevant|uninvolved|blameless|innocent|unrelated",
        "=settles|settled bad|corrupt data",
    ],
    ("th-gd-02", "momentum-rescales-per-coordinate"): [
        "=momentum fix* rescal*|divid*|normalis*|normaliz* coordinate*",
        "=momentum fix*|works|helps rescal*|divid*|normalis*|normaliz* gradient*|step*",
    ],
    ("th-gd-02", "smoother-velocity-allows-higher-lr"): [
        "=raise|rais*|increase|increas* eta|lr|learning|rate along",
        "=smooth*|smooths v|velocity further|more raise|increase|bump eta|lr|learning",
    ],
    ("th-gd-04", "warmup-prevents-early-overfit"): [
        "=otherwise overfit*|overfit|memoriz*|memoris*",
        "warmup prevent*|stop*|avoid* overfit*|memoriz*|memoris*",
    ],
    ("th-gd-04", "near-peak-proves-safe"): [
        "peak itself not|isnt problem|issue|culprit fine|safe|stable|ok",
        "=peak cannot|cant too high|large",
    ],
    ("th-gd-06", "local-minima-much-worse"): [
        "few|real local minim* exist* much|far|significantly worse",
        "=few|remaining|real local minim* much|far|significantly worse",
    ],
    ("th-rag-01", "sku-chunking-problem"): [
        "=sku*|skus|ups|mixups|confusion chunking|chunk problem|issue",
        "bigger|larger|better embed* model* learn*|learns|capture*|handle*|distinguish* exact",
        "smaller|shrink* chunks|chunk fix*|solve*|solves sku*|identifier*|mix*",
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
        "=layer*|layers|conv*|convolution*|convolutions|filters themselves|itself translation|shift invariant",
    ],
    ("th-drop-01", "train-scale-by-p"): [
        "=1 p m h|x",
        "=survivors|kept|surviving halved|halve*",
    ],
    ("th2b-stab-01", "bf16-overflows-sooner"): [
        "=fp16 keep*|keeps|has|shares same exponent|dynamic range",
    ],
    ("th2b-attn-02", "backward-stores-matrix"): [
        "=win|gain|benefit|speedup only bandwidth",
    ],
    ("th2b-opt-02", "double-lr-weaker-decay"): [
        "=shrink*|shrink|decay*|decay regardless|independent* peak|lr",
    ],
    ("th2b-opt-02", "decay-everything"): [
        "=gains|gain leftover|unnecessary|pointless|myth",
    ],
    ("th2b-opt-02", "decay-independent-of-lr"): [
        "=decay|wd|lambda decoupled|separate|independent lr|learning rate|schedule entirely|completely|fully",
    ],
    ("th2b-opt-04", "higher-beta2-stabler"): [
        "=higher beta2 always|more more|stable|stabler",
        "=up|raise|increase|bump 0 999 0 9999",
    ],
    ("th-gd-03", "adam-always-converges"): [
        "=convex problems|problem|case|setting adam guaranteed|provably|certainly converg*",
    ],
    ("th-gd-07", "large-batch-gap-unfixable"): [
        "sharp* minim* whole|entire|full story|explanation",
        "=intrinsic|inherent property batch size|sizes",
    ],
    ("th-ctx-01", "prompt-length-only-costs-money"): [
        "parallel first token same|similar|unchanged|constant|negligible",
    ],
    ("th-ctx-01", "more-context-always-helps"): [
        "=quality not|isnt concern|issue|problem|worry attention|everything",
    ],
    ("th-rag-02", "prompt-enforces-access"): [
        "=modern|current|newer|today's models|llms follow* instructions|rules reliably",
    ],
    ("th-llmeval-01", "judge-is-unbiased"): [
        "=rubric|criteria judge* no|zero real|systematic bias|biases",
    ],
    ("th-tfm-02", "longer-context-just-works"): [
        "=rope|rotary|relative extrapolat*|generaliz* fine|well|32k|longer|unseen",
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
        "- every additional 3x3 layer doubles the receptive field, so it grows exponentialy",
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
        "- divide by √d_k: it stops overflow in half precision",
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
        "- pre-LN keeps the residual stream normalised, so activations never drift",
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
        "- decoder: loss only on the last token of each sequence",
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
        "- softmax shrinks all gradients, so SGD crawls",
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
        "- larger models want a bigger peak",
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
        "the optimizer state is irrelevant, it's the data",
        True,
    ),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "- the Adam state is uninvolved, drop those docs",
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
        "momentum fixes it by dividing each step by the gradient magnitude",
        True,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "- momentum fix = normalise each coordinate so steep dims move less",
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
        "higher beta smooths things, so raise the lr along with it",
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
        "- warmup = avoid memorising the first batches",
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
        "it ran at nearly the peak and was stable, so the peak can't be too high",
        True,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "- peak itself not the issue, it was fine at 790",
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
        "the real local minima are far worse than the best solution",
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
        "The SKU mix-ups are a chunking problem.",
        True,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "Upgrade to a bigger embedding model, which learns the exact strings once the noise is gone.",
        True,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "- sku confusion = chunking issue, use smaller chunks",
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
        "prefill runs all 150k tokens in parallel, so time to first token is roughly the same as for a 2k prompt",
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
    # second reader (r9): right sentences that fired a cue before it was narrowed
    ("th-rag-01", "sku-chunking-problem", "SKU mix-ups have nothing to do with a chunking problem.", False),
    (
        "th-ctx-01",
        "more-context-always-helps",
        "Quality is not a concern when the whole corpus is tiny and fits easily.",
        False,
    ),
    (
        "th-cnn-01",
        "rf-doubles-per-layer",
        "With dilation doubling at each layer, as in WaveNet, the receptive field doubles per layer.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "Scaling prevents saturation, and subtracting the max prevents overflow.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "The softmax subtracts the row max to avoid overflow; the sqrt(d_k) is for gradients.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "Subtracting the max is the numerical trick; the sqrt(d_k) is about saturation.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "Overflow is handled by the max-subtraction trick, a standard numerical safeguard.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "Exp of large logits would overflow, so implementations subtract the max first.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "In fp16, large logits can overflow, which is why kernels subtract the row max first.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-prevents-overflow",
        "Scaling is about gradients, and the numerical safeguard is the max subtraction.",
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "In Post-LN the norm keeps the residual stream normalised after every layer.",
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "Post-LN keeps the residual stream at unit scale, which is why gradients get rescaled at each layer.",
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "In Post-LN, LayerNorm rescales the residual stream at every layer.",
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "Compared with Pre-LN, Post-LN keeps the residual stream normalised.",
        False,
    ),
    (
        "th2b-norm-02",
        "pre-ln-normalises-stream",
        "DeepNorm keeps the residual stream bounded by scaling the residual.",
        False,
    ),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        "Encoders suit classification: one label per sequence from the CLS token.",
        False,
    ),
    ("th2b-arch-01", "decoder-loss-last-token", "Sentence classification gives a single label per sequence.", False),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        "For classification, decoder models use the last token of every sequence.",
        False,
    ),
    (
        "th2b-arch-01",
        "decoder-loss-last-token",
        "At inference we use only the last token's logits to pick the next token.",
        False,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        "Adam gives every parameter roughly equally sized steps, even those with small gradients.",
        False,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        "Rare-token embeddings get tiny, rare gradients; Adam's normalisation scales them all back up.",
        False,
    ),
    (
        "th2b-opt-01",
        "softmax-shrinks-all-gradients",
        "A saturated softmax shrinks the gradients of all the attention logits in that row.",
        False,
    ),
    (
        "th2b-opt-03",
        "peak-grows-with-width",
        "Bigger models get a lower peak, and larger batches take a higher rate.",
        False,
    ),
    ("th2b-opt-03", "peak-grows-with-width", "The optimal LR increases as width decreases.", False),
    (
        "th2b-opt-03",
        "peak-grows-with-width",
        "With μP, scale the proxy's best rate to the full model unchanged.",
        False,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        "A constant rate followed by a short decay reaches the same loss as cosine.",
        False,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        "WSD with a constant rate and a 20% cooldown ends at about the same loss as a tuned cosine.",
        False,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        "Cosine's gradual decay brings gains earlier, while WSD's drop comes at the end.",
        False,
    ),
    (
        "th2b-opt-03",
        "constant-lr-same-loss",
        "Cosine's decay brings the improvement earlier in the run than WSD does.",
        False,
    ),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "If you also reset the Adam state, nothing spikes, which shows the state matters.",
        False,
    ),
    ("th2b-opt-04", "purely-bad-data", "With a fresh optimizer state nothing happens on those batches.", False),
    ("th2b-opt-04", "purely-bad-data", "It proves bad data is a trigger, not the whole cause.", False),
    (
        "th2b-opt-04",
        "purely-bad-data",
        "Those batches might be purely bad data, or unusual data hitting a fragile state; inspect them.",
        False,
    ),
    ("th-gd-02", "momentum-rescales-per-coordinate", "momentum and Adam: Adam rescales each coordinate", False),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "Adam combines momentum with dividing each coordinate by its RMS.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "Adam combines momentum, rescaling each coordinate by its recent gradient size.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "Momentum plus per-coordinate rescaling by gradient magnitude is Adam.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "With momentum, dividing by the gradient norm is not needed.",
        False,
    ),
    ("th-gd-02", "momentum-rescales-per-coordinate", "Adam is momentum with normalised coordinates.", False),
    (
        "th-gd-02",
        "momentum-rescales-per-coordinate",
        "Adam uses momentum and divides each coordinate by sqrt(v).",
        False,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "Momentum smooths the updates, so to be safe when increasing beta, lower the rate.",
        False,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "Higher β smooths the velocity more and raises the effective step, so lower the learning rate.",
        False,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "Smoothing the velocity further increases the effective learning rate to eta/(1-beta).",
        False,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "Higher beta smooths the velocity more, increasing the effective rate tenfold.",
        False,
    ),
    (
        "th-gd-02",
        "smoother-velocity-allows-higher-lr",
        "With a lower beta you can safely raise the learning rate.",
        False,
    ),
    (
        "th-gd-04",
        "warmup-prevents-early-overfit",
        "Overfitting the first batches is not the concern; stability is.",
        False,
    ),
    ("th-gd-04", "warmup-prevents-early-overfit", "Overfitting early batches is not what warmup prevents.", False),
    (
        "th-gd-04",
        "warmup-prevents-early-overfit",
        "Early batches' huge gradients dominate Adam's second-moment estimate.",
        False,
    ),
    ("th-gd-04", "warmup-prevents-early-overfit", "The first few batches dominate v, so the estimate is noisy.", False),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "Training at almost the peak rate was fine, but the last bit pushed it over, so the peak is too high.",
        False,
    ),
    ("th-gd-04", "near-peak-proves-safe", "Being fine at almost the peak doesn't prove the peak is safe.", False),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "If the peak itself is not the problem, check clipping and loss scaling next.",
        False,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "If the peak itself isn't the problem, it's probably a bug in the scheduler.",
        False,
    ),
    (
        "th-gd-04",
        "near-peak-proves-safe",
        "At almost the peak, training was fine, so the instability edge is right at the peak: lower it.",
        False,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "In small networks local minima can be much worse than the global one, but in large ones they are close.",
        False,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "Bad local minima much worse than the global one do exist in small networks.",
        False,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "People used to worry that local minima are much worse than the global minimum.",
        False,
    ),
    (
        "th-gd-06",
        "local-minima-much-worse",
        "The old worry was that local minima would be much worse than the best solution.",
        False,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "Large chunks can make it worse, since the SKU gets diluted, but the root cause is the embedding.",
        False,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "Rule out a chunking issue first: check the SKU text is actually in the chunk.",
        False,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "Even with small chunks the identifier is lost in the embedding, because its fragments look alike.",
        False,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "The identifier gets lost in tokenisation: XR-4410 splits into fragments.",
        False,
    ),
    (
        "th-rag-01",
        "sku-chunking-problem",
        "Exact identifiers get diluted in dense vectors whatever the chunk size.",
        False,
    ),
    ("th-rag-01", "sku-chunking-problem", "Even a bigger embedding model doesn't capture exact identifiers.", False),
    (
        "th-cnn-01",
        "conv-translation-invariant",
        "The pooled output itself is translation invariant after global pooling.",
        False,
    ),
    (
        "th2b-attn-02",
        "backward-stores-matrix",
        "In standard attention, training memory stays quadratic because the n×n matrix is saved for the backward.",
        False,
    ),
    ("th2b-attn-02", "backward-stores-matrix", "Without FlashAttention, training memory is still quadratic.", False),
    (
        "th2b-opt-02",
        "double-lr-weaker-decay",
        "AdamW shrinks weights regardless of their gradients, by lr·λ per step.",
        False,
    ),
    (
        "th2b-opt-02",
        "double-lr-weaker-decay",
        "Each decayed weight shrinks regardless of its size by the same fraction lr·λ.",
        False,
    ),
    (
        "th2b-opt-02",
        "decay-everything",
        "Excluding biases is arguably unnecessary for capacity, but it's cheap.",
        False,
    ),
    ("th2b-opt-02", "decay-everything", "Excluding norm gains matters, excluding biases is mostly unnecessary.", False),
    (
        "th2b-opt-02",
        "decay-independent-of-lr",
        "AdamW applies decay separate from the lr-scaled adaptive step, but still multiplied by lr.",
        False,
    ),
    (
        "th2b-opt-02",
        "decay-independent-of-lr",
        "Weight decay is decoupled from the adaptive step, and PyTorch still multiplies it by the learning rate.",
        False,
    ),
    ("th2b-opt-04", "higher-beta2-stabler", "Going from 0.999 to 0.9999 makes v lag even more.", False),
    ("th2b-opt-04", "higher-beta2-stabler", "Defaults like 0.999 or 0.9999 react too slowly for LLMs.", False),
    ("th2b-opt-04", "higher-beta2-stabler", "A higher beta2 doesn't make Adam more stable; lower it to 0.95.", False),
    (
        "th-gd-03",
        "adam-always-converges",
        "The original Adam paper claimed convex Adam provably converges, but Reddi et al. found a flaw.",
        False,
    ),
    ("th-gd-07", "large-batch-gap-unfixable", "Gradient noise is an intrinsic property of small batches.", False),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        "Noise is an inherent property of small-batch SGD, which large batches lose.",
        False,
    ),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "With prompt caching, time to first token is similar to a short prompt's.",
        False,
    ),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "For a cached prefix, time to first token stays similar across calls.",
        False,
    ),
    ("th-ctx-01", "more-context-always-helps", "If the corpus is small, quality isn't the issue; cost is.", False),
    ("th-ctx-01", "more-context-always-helps", "For one-off whole-document tasks quality isn't a problem.", False),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "Models follow instructions fairly reliably, but a prompt injection can still extract the page.",
        False,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "Even if models follow instructions reliably most of the time, access must be enforced at retrieval.",
        False,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "LLMs follow instructions reliably only until someone jailbreaks them.",
        False,
    ),
    ("th-llmeval-01", "judge-is-unbiased", "Make sure the judge has no systematic bias by swapping positions.", False),
    ("th-llmeval-01", "judge-is-unbiased", "Check that the judge has no real bias before trusting it.", False),
    (
        "th-llmeval-01",
        "judge-is-unbiased",
        "Validate the judge: it should have no systematic bias relative to humans.",
        False,
    ),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "With position interpolation, RoPE works well at 32k after a short fine-tune.",
        False,
    ),
]

CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), ([*WIDENED, *NARROWED], 1, 1)],
    cue_cap=TOUCHED,
    right_texts={p for p, _, _, _ in CASES},
    added=[ADDED, CHANGED],
)
