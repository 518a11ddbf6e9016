"""Misconception cues for the key points of deep_learning, deep_learning_more, gradient_descent,
overfitting and evaluation_metrics that had none: a key point a fluent candidate could state the
wrong way round (swapped direction or sides, reversed cause, wrong number, overclaim) now has a
misconception.

For each, four wrong sentences written as different candidates would type them (most must match)
and three right ones with the same vocabulary (the correct claim, a denial of the wrong one, a
related true statement) that must not. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

import pytest

from bot.core.curriculum import Curriculum
from bot.core.matcher import Matcher
from tests.misconception_support import (
    Case,
    case_ids,
    check_added,
    check_cue_cap,
    check_right_texts,
    check_rows,
    fired,
)

#: every misconception this pass added
TOUCHED: list[tuple[str, str]] = [
    ("th-cnn-01", "units-see-every-pixel"),
    ("th-cnn-01", "depth-keeps-receptive-field"),
    ("th-cnn-01", "vit-needs-less-data"),
    ("th-cnn-01", "stack-smaller-receptive-field"),
    ("th-cnn-01", "stack-more-parameters"),
    ("th-cnn-01", "stack-no-more-expressive"),
    ("th-rnn-01", "gradient-shrinks-linearly"),
    ("th-rnn-01", "forget-gate-reversed"),
    ("th-rnn-01", "rnns-parallelise-too"),
    ("th-rnn-01", "rnn-memory-grows"),
    ("th-rnn-01", "raise-lr-on-nan"),
    ("th-rnn-01", "data-cannot-cause-nan"),
    ("th-tfm-01", "weights-on-keys"),
    ("th-tfm-01", "scaling-sharpens"),
    ("th-tfm-01", "mask-hides-past"),
    ("th-tfm-01", "cache-stores-queries"),
    ("th-tfm-01", "cache-memory-constant"),
    ("th-tfm-02", "attention-knows-order"),
    ("th-tfm-02", "learned-positions-extrapolate"),
    ("th-tfm-02", "longer-context-just-works"),
    ("th-tfm-02", "extension-needs-scratch"),
    ("th-emb-01", "only-co-occurring-close"),
    ("th-emb-01", "no-negatives-needed"),
    ("th-emb-01", "cold-items-fine"),
    ("th-emb-01", "seed-aligns-versions"),
    ("th-emb-01", "compare-item-vectors"),
    ("th-drop-01", "conv-dropout-as-good"),
    ("th-drop-01", "dropout-before-bn"),
    ("th-drop-01", "outputs-stay-deterministic"),
    ("th-drop-01", "bn-unaffected-by-eval"),
    ("th-drop-01", "cannot-catch-before-deploy"),
    ("th-bn-01", "bn-absorbs-preprocessing"),
    ("th-bn-01", "bn-removes-covariate-shift"),
    ("th-bn-01", "groupnorm-batch-dependent"),
    ("th-bn-01", "padding-harmless"),
    ("th-bn-01", "post-ln-more-stable"),
]

#: the cues this pass added, by misconception
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-cnn-01", "units-see-every-pixel"): [
        "unit*|neuron*|filter* connect*|see*|sees|look* every|all pixel*|input*",
        "=conv* layer*|unit*|neuron* fully|densely connected",
    ],
    ("th-cnn-01", "depth-keeps-receptive-field"): [
        "layers|depth|stacking|deeper not change|affect|increase|grow receptive field",
        "receptive field fixed|determined|set|defined kernel|filter size",
        "=pooling|stride|downsampl* reduc*|shrink* receptive field",
        "receptive field stay*|remain* same|constant|fixed|unchanged",
    ],
    ("th-cnn-01", "vit-needs-less-data"): [
        "vit*|transformer* need*|require* less|fewer|smaller data|examples|images",
        "cnn*|convnet*|convolution* always best|better|right|win*",
        "transformer*|vit* better|win*|beat* small data*|dataset*",
    ],
    ("th-cnn-01", "stack-smaller-receptive-field"): [
        "3x3* receptive 6x6|six|9x9|smaller|3x3",
        "3x3* 6x6|9x9 receptive",
        "5x5 larger|wider receptive|region|area|rf",
        "3x3* see*|cover* 6x6|9x9|smaller|less",
        "3x3* smaller|less receptive",
    ],
    ("th-cnn-01", "stack-more-parameters"): [
        "two|2|stacked|stack|stacking 3x3* more|increase param*|weights",
        "stacked|stack|stacking more|increase param*|params",
        "5x5 fewer|cheaper param*|weights",
    ],
    ("th-cnn-01", "stack-no-more-expressive"): [
        "5x5 more|larger expressive*|powerful|flexible",
        "3x3* same|identical|equal expressive*|expressiveness|power*",
        "stack*|stacking same|identical|equal expressive*|expressiveness|power*",
    ],
    ("th-rnn-01", "gradient-shrinks-linearly"): [
        "gradient*|grad*|signal shrink*|decay*|vanish*|reduc*|fade* linear*",
        "gradient*|grad* reduc*|shrink*|decay* proportion* length|distance|steps",
        "vanish* caus*|due|because small|reduc* learning rate",
    ],
    ("th-rnn-01", "forget-gate-reversed"): [
        "forget gate 0|zero keep*|remember*|retain*|preserv*|carri*",
        "=forget gate 1|one forget*|eras*|clear*|reset*|discard*|wipe*",
        "keep*|remember*|retain*|preserv* forget gate close|near|around|approximately 0|zero",
    ],
    ("th-rnn-01", "rnns-parallelise-too"): [
        ("rnn*|recurrent|lstm* parallel*|paralleliz*|parallelis* across|over time|steps|sequence|tokens"),
        "transformer*|attention won|win*|displac*|better because|due fewer|less parameters|compute",
        "rnn*|lstm* parallel*|paralleliz*|parallelis* just|equally well|fine",
    ],
    ("th-rnn-01", "rnn-memory-grows"): [
        "rnn*|recurrent|lstm* memory|state* grow*|increas*|scal* length|sequence|context|tokens",
        "transformer*|attention constant|fixed memory|state",
        "rnn*|lstm* store* all|every past|previous hidden|states",
    ],
    ("th-rnn-01", "raise-lr-on-nan"): [
        "nan*|spike* increas*|rais*|bump* learning rate",
        "increas*|rais*|bump* learning rate fix*|solv*|cure*|escape*|help*",
        "nan*|spike* remov*|drop*|disabl* clip*",
    ],
    ("th-rnn-01", "data-cannot-cause-nan"): [
        "inputs|data|batch cannot|can't|cant|not|never produc*|caus*|caus* nan*",
        "nan* never|not come*|from data|inputs",
        "not need check|look data|inputs",
    ],
    ("th-tfm-01", "weights-on-keys"): [
        "=quer*|q times|dot*|multipl*|product valu*|v",
        "weighted sum|average|combination keys",
        "softmax weights times|multipl* keys",
        "=softmax over|across valu*",
        "=softmax taken|computed|applied over|across valu*",
    ],
    ("th-tfm-01", "scaling-sharpens"): [
        "scal*|divid*|sqrt make*|makes softmax|attention sharper|peakier|peaked|peaky",
        "without scal*|scaling|sqrt gradient* explod*",
        "scal*|divid*|sqrt normaliz* quer*|keys|vectors|q unit length|norm",
    ],
    ("th-tfm-01", "mask-hides-past"): [
        "=mask*|hid*|block* past|previous|earlier|preceding tokens|positions|words",
        "mask* train*|training sequential*|one token|position time",
        "mask* zero|0 after softmax",
    ],
    ("th-tfm-01", "cache-stores-queries"): [
        "=cach*|stor*|hold*|keep*|save* queries|query|q",
        "=keys|values change*|updat*",
        "cach* queries|query|q keys|k values|v",
    ],
    ("th-tfm-01", "cache-memory-constant"): [
        "=cach*|cache memory|size constant|fixed|negligible",
        "cache* cost*|use*|take*|needs negligible|tiny|little memory",
        "cache* memory|size grow*|scal* quadratic*",
        "cache* memory|size not depend* context|length",
    ],
    ("th-tfm-02", "attention-knows-order"): [
        (
            "attention|transformer* already|inherently|naturally|automatically"
            " know*|captur*|encod*|aware|see*|sees order|position*"
        ),
        "transformer*|attention read*|process* tokens|words sequential*|left|one",
    ],
    ("th-tfm-02", "learned-positions-extrapolate"): [
        ("learned|learnt|absolute position*|embedding*|table generaliz*|extrapolat*|work* longer|any|arbitrary"),
        "sinusoid*|sinusoidal learned|trained|learnt",
        "position* vector*|embedding*|encoding* concatenat*",
    ],
    ("th-tfm-02", "longer-context-just-works"): [
        "nothing break*|breaks|changes",
        "work*|runs out box",
        "rope|rotary|relative extrapolat*|generaliz*|work* fine|well|32k|longer|unseen",
        "just|simply work* 32k|longer|any",
    ],
    ("th-tfm-02", "extension-needs-scratch"): [
        "must|need*|requir* retrain*|train* scratch",
        "not need|requir* touch|chang*|modif*|rescal* position*|rope|rotary|encoding*",
        "=reduc* rope|rotary base|theta",
    ],
    ("th-emb-01", "only-co-occurring-close"): [
        ("only|solely bought|purchased|viewed|co together|occur*|purchas* close|closer|similar|near|high"),
        "not co|bought|purchased|viewed occur*|together not|cannot end|be|get close|similar|near",
    ],
    ("th-emb-01", "no-negatives-needed"): [
        "not need|require negative*",
        "positive*|pulling alone|only enough|suffic*",
        "in batch negative* unbiased|uniform|random",
    ],
    ("th-emb-01", "cold-items-fine"): [
        "new|cold|rare item* not problem|issue",
        "new|cold|rare item* random vector*|embedding*|init*|initialization fine|work*|ok",
        "new|cold|rare item* good embedding*|vectors immediately|instantly|quickly|fast",
        "new|cold|rare item* learn* embedding*|vector* immediately|instantly|quickly|fast|away",
    ],
    ("th-emb-01", "seed-aligns-versions"): [
        "seed* embeddings|vectors|spaces|versions line|align*|match*|identical|compatible|stable",
        "seed* identical|same|compatible embeddings|vectors|spaces",
        "normaliz*|normalis* version*|embeddings|vectors comparable|compatible|align*|fix*|solv*",
    ],
    ("th-emb-01", "compare-item-vectors"): [
        "cosine|distance|similarity item* old|previous|last new|current|week vector*|embedding*",
        "cosine|distance item* across|between versions|retrains|weeks",
    ],
    ("th-drop-01", "conv-dropout-as-good"): [
        ("spatial dropout|dropblock drop*|zero* individual|single|random pixel*|units|elements|activation*"),
        "dropout conv* works|work equal*|same",
        "drop*|zero* single|individual activations|pixels|elements strong*|effective|good",
    ],
    ("th-drop-01", "dropout-before-bn"): [
        "=mov*|put*|place*|add*|insert* dropout before|ahead bn",
        "dropout before|ahead every bn",
    ],
    ("th-drop-01", "outputs-stay-deterministic"): [
        "=identical|consistent|same score*|outputs|predictions|results",
        "prediction*|output*|score* stay*|remain*|still deterministic|identical|consistent|same",
    ],
    ("th-drop-01", "bn-unaffected-by-eval"): [
        "=bn unaffected|unchanged|fine",
        "only dropout chang*|affect*|differ*|matter*",
        "batch|size one|1 work* fine|ok",
        "still|uses running|stored|moving stat*|statistics|averages train* mode",
    ],
    ("th-drop-01", "cannot-catch-before-deploy"): [
        "not catch|detect|test*|spot before|pre|offline",
        "not way|possible test*|detect*|catch*|check* before|offline",
        "only production|online monitor*|metrics reveal*|catch*|show*|detect*",
        "=once enough|suffic*",
    ],
    ("th-bn-01", "bn-absorbs-preprocessing"): [
        "preprocess*|scaling|normaliz* mismatch|differenc*|difference not matter*|problem",
        "bn robust|immune|invariant preprocess*|input*",
        "mode not matter*|irrelevant",
        "single|one request*|example fine|ok train* mode",
    ],
    ("th-bn-01", "bn-removes-covariate-shift"): [
        "=remov*|eliminat*|fix*|solv*|prevent* internal covariate shift",
        "internal covariate shift disappear*|gone|away|removed|eliminated",
        "bn reduc*|lower learning rate",
    ],
    ("th-bn-01", "groupnorm-batch-dependent"): [
        "groupnorm|layernorm depend*|sensitive|affected batch size",
        "group norm depend*|sensitive|affected batch size",
        "keep|continu* updat* bn|batch norm stat*|statistics|running",
    ],
    ("th-bn-01", "padding-harmless"): [
        "pad*|padding|padded not affect*|matter*|change*|skew* stat*|statistics|mean|bn",
        "pad*|padding|padded harmless|irrelevant|innocuous",
        "bn work* fine|well variable length|padded",
    ],
    ("th-bn-01", "post-ln-more-stable"): [
        "post ln|norm|layernorm more|increase stable|stabl*",
        "pre ln|norm|layernorm after residu*|add|sublayer*",
        "pre ln|norm post ln|norm equally|same stable|stabl*",
    ],
}

CASES: list[Case] = [
    # th-cnn-01: units-see-every-pixel
    (
        "th-cnn-01",
        "units-see-every-pixel",
        "Each conv unit connects to every pixel of the image, the weights are just shared.",
        True,
    ),
    ("th-cnn-01", "units-see-every-pixel", "conv layer = fully connected to the input but with weight sharing", True),
    ("th-cnn-01", "units-see-every-pixel", "Every neuron in the first conv layer sees all input pixels.", True),
    ("th-cnn-01", "units-see-every-pixel", "convs are densely connected to the whole input", False),
    (
        "th-cnn-01",
        "units-see-every-pixel",
        "Each unit connects only to a small local patch, not to every pixel.",
        False,
    ),
    (
        "th-cnn-01",
        "units-see-every-pixel",
        ("Deep units end up seeing the whole image through stacking, while each unit is wired only locally."),
        False,
    ),
    (
        "th-cnn-01",
        "units-see-every-pixel",
        "Conv layers are followed by fully connected layers in the classifier head.",
        False,
    ),
    # th-cnn-01: depth-keeps-receptive-field
    (
        "th-cnn-01",
        "depth-keeps-receptive-field",
        "Stacking more layers doesn't change the receptive field, that's set by the kernel.",
        True,
    ),
    (
        "th-cnn-01",
        "depth-keeps-receptive-field",
        "- receptive field fixed by kernel size (a 3x3 sees 3x3 at any depth)",
        True,
    ),
    (
        "th-cnn-01",
        "depth-keeps-receptive-field",
        "Max pooling shrinks the receptive field of the following layers.",
        True,
    ),
    ("th-cnn-01", "depth-keeps-receptive-field", "the receptive field stays the same as you go deeper", True),
    (
        "th-cnn-01",
        "depth-keeps-receptive-field",
        "Stacking layers grows the receptive field; two 3x3 layers see 5x5.",
        False,
    ),
    (
        "th-cnn-01",
        "depth-keeps-receptive-field",
        ("Depth does not leave the kernel size fixed in effect: each 3x3 layer adds two pixels of receptive field."),
        False,
    ),
    (
        "th-cnn-01",
        "depth-keeps-receptive-field",
        "Pooling reduces resolution, which enlarges the receptive field of later layers.",
        False,
    ),
    # th-cnn-01: vit-needs-less-data
    ("th-cnn-01", "vit-needs-less-data", "ViTs need less data than CNNs since attention is more flexible.", True),
    ("th-cnn-01", "vit-needs-less-data", "CNNs are always the right choice for image data.", True),
    ("th-cnn-01", "vit-needs-less-data", "transformers do better on small image datasets than convnets", True),
    ("th-cnn-01", "vit-needs-less-data", "A CNN prior helps on any data, even graphs or tabular.", False),
    (
        "th-cnn-01",
        "vit-needs-less-data",
        "Vision transformers need more data than CNNs because they lack the locality prior.",
        False,
    ),
    (
        "th-cnn-01",
        "vit-needs-less-data",
        "A CNN is not always the right choice: with huge datasets ViTs learn the priors themselves.",
        False,
    ),
    (
        "th-cnn-01",
        "vit-needs-less-data",
        "On small datasets CNNs beat transformers; with very large data transformers catch up.",
        False,
    ),
    # th-cnn-01: stack-smaller-receptive-field
    ("th-cnn-01", "stack-smaller-receptive-field", "Two stacked 3x3 convs give a 6x6 receptive field.", True),
    ("th-cnn-01", "stack-smaller-receptive-field", "two 3x3 = 9x9 receptive field", True),
    (
        "th-cnn-01",
        "stack-smaller-receptive-field",
        "the stacked 3x3s have a smaller receptive field than the 5x5",
        True,
    ),
    ("th-cnn-01", "stack-smaller-receptive-field", "A 5x5 sees a bigger region than two 3x3 layers.", True),
    (
        "th-cnn-01",
        "stack-smaller-receptive-field",
        "Two 3x3 layers cover a 5x5 receptive field, the same as one 5x5.",
        False,
    ),
    ("th-cnn-01", "stack-smaller-receptive-field", "The 5x5 does not see a larger region than the stack.", False),
    (
        "th-cnn-01",
        "stack-smaller-receptive-field",
        "Three stacked 3x3 layers give a 7x7 receptive field, larger than a 5x5.",
        False,
    ),
    # th-cnn-01: stack-more-parameters
    ("th-cnn-01", "stack-more-parameters", "Stacking two 3x3 convs costs more parameters than one 5x5.", True),
    ("th-cnn-01", "stack-more-parameters", "2 layers of 3x3 => more weights than a single 5x5", True),
    ("th-cnn-01", "stack-more-parameters", "the 5x5 is cheaper: it has fewer params than the stack", True),
    ("th-cnn-01", "stack-more-parameters", "the stacked one has more params but more depth", True),
    ("th-cnn-01", "stack-more-parameters", "Two 3x3s have fewer parameters than a 5x5: 18C^2 vs 25C^2.", False),
    ("th-cnn-01", "stack-more-parameters", "A stack of two 3x3 layers does not use more weights than a 5x5.", False),
    (
        "th-cnn-01",
        "stack-more-parameters",
        "The 5x5 needs 25C^2 weights, more than the 18C^2 of the two small layers.",
        False,
    ),
    # th-cnn-01: stack-no-more-expressive
    ("th-cnn-01", "stack-no-more-expressive", "A 5x5 is more expressive since it has more weights.", True),
    ("th-cnn-01", "stack-no-more-expressive", "Two 3x3 layers have the same expressiveness as one 5x5.", True),
    ("th-cnn-01", "stack-no-more-expressive", "the stack has the same expressive power, it's a factorised 5x5", True),
    (
        "th-cnn-01",
        "stack-no-more-expressive",
        "the 5x5 is more powerful because it can represent any filter of that size",
        True,
    ),
    (
        "th-cnn-01",
        "stack-no-more-expressive",
        ("The 3x3 stack is more expressive per weight than one 5x5, though it can't reproduce every 5x5 filter."),
        False,
    ),
    (
        "th-cnn-01",
        "stack-no-more-expressive",
        "A 5x5 is not more expressive; the stack adds a ReLU between layers.",
        False,
    ),
    (
        "th-cnn-01",
        "stack-no-more-expressive",
        "Two 3x3 layers cover the same receptive field as a 5x5 with an extra nonlinearity.",
        False,
    ),
    # th-rnn-01: gradient-shrinks-linearly
    ("th-rnn-01", "gradient-shrinks-linearly", "The gradient shrinks linearly with the number of time steps.", True),
    ("th-rnn-01", "gradient-shrinks-linearly", "grads decay linearly w/ distance in BPTT", True),
    ("th-rnn-01", "gradient-shrinks-linearly", "vanishing is caused by a too small learning rate", True),
    ("th-rnn-01", "gradient-shrinks-linearly", "the RNN gradient goes down in proportion to the sequence length", True),
    (
        "th-rnn-01",
        "gradient-shrinks-linearly",
        "The gradient shrinks exponentially with distance, not linearly.",
        False,
    ),
    (
        "th-rnn-01",
        "gradient-shrinks-linearly",
        ("Each step multiplies by the Jacobian, so the gradient decays exponentially rather than linearly."),
        False,
    ),
    (
        "th-rnn-01",
        "gradient-shrinks-linearly",
        "A smaller learning rate doesn't cause vanishing; repeated Jacobian products do.",
        False,
    ),
    # th-rnn-01: forget-gate-reversed
    ("th-rnn-01", "forget-gate-reversed", "When the forget gate is 0 the cell keeps its memory unchanged.", True),
    ("th-rnn-01", "forget-gate-reversed", "forget gate 1 = forget everything, that's how it resets", True),
    ("th-rnn-01", "forget-gate-reversed", "The LSTM keeps long memory by setting the forget gate close to zero.", True),
    ("th-rnn-01", "forget-gate-reversed", "forget gate ~0 -> memory preserved", True),
    ("th-rnn-01", "forget-gate-reversed", "A forget gate near 1 keeps the cell state; near 0 it erases it.", False),
    ("th-rnn-01", "forget-gate-reversed", "With the forget gate at zero the cell does not keep its memory.", False),
    (
        "th-rnn-01",
        "forget-gate-reversed",
        ("The cell keeps information because the forget gate stays close to 1 and the update is additive."),
        False,
    ),
    # th-rnn-01: rnns-parallelise-too
    (
        "th-rnn-01",
        "rnns-parallelise-too",
        "RNNs can be parallelized across time during training just like transformers.",
        True,
    ),
    ("th-rnn-01", "rnns-parallelise-too", "transformers won mainly because they have fewer parameters", True),
    (
        "th-rnn-01",
        "rnns-parallelise-too",
        "LSTMs parallelise over the sequence fine on GPUs, the real win is accuracy",
        True,
    ),
    ("th-rnn-01", "rnns-parallelise-too", "transformers are simply cheaper than RNNs", False),
    (
        "th-rnn-01",
        "rnns-parallelise-too",
        "RNNs can't be parallelised across time because each step waits for the previous one.",
        False,
    ),
    (
        "th-rnn-01",
        "rnns-parallelise-too",
        ("Transformers did not win by having fewer parameters; they parallelise training across the sequence."),
        False,
    ),
    (
        "th-rnn-01",
        "rnns-parallelise-too",
        "Attention links any two positions in one step while an RNN needs O(n) steps.",
        False,
    ),
    # th-rnn-01: rnn-memory-grows
    ("th-rnn-01", "rnn-memory-grows", "RNN inference memory grows linearly with the sequence length.", True),
    ("th-rnn-01", "rnn-memory-grows", "- transformers: constant memory per token at inference", True),
    ("th-rnn-01", "rnn-memory-grows", "the LSTM state gets bigger as the context grows", True),
    (
        "th-rnn-01",
        "rnn-memory-grows",
        "RNNs store all past hidden states at inference, so memory scales with length",
        True,
    ),
    (
        "th-rnn-01",
        "rnn-memory-grows",
        "An RNN keeps constant memory per token while a transformer's KV cache grows with length.",
        False,
    ),
    ("th-rnn-01", "rnn-memory-grows", "RNN memory does not grow with context length.", False),
    ("th-rnn-01", "rnn-memory-grows", "Memory for a transformer grows with context, not for an RNN.", False),
    # th-rnn-01: raise-lr-on-nan
    ("th-rnn-01", "raise-lr-on-nan", "Loss hits NaN? bump the learning rate up so it escapes the bad region.", True),
    ("th-rnn-01", "raise-lr-on-nan", "To fix the NaN spike I'd increase the lr.", True),
    ("th-rnn-01", "raise-lr-on-nan", "Increasing the learning rate usually fixes loss NaNs.", True),
    ("th-rnn-01", "raise-lr-on-nan", "Remedy: higher LR plus more epochs.", False),
    ("th-rnn-01", "raise-lr-on-nan", "Lower the learning rate or add warmup; raising it makes the spike worse.", False),
    ("th-rnn-01", "raise-lr-on-nan", "Do not increase the learning rate when the loss goes to NaN.", False),
    (
        "th-rnn-01",
        "raise-lr-on-nan",
        ("A higher learning rate makes NaN spikes more likely, so lower it and clip the gradient norm."),
        False,
    ),
    # th-rnn-01: data-cannot-cause-nan
    ("th-rnn-01", "data-cannot-cause-nan", "Bad inputs can't produce NaN, it's always the gradients.", True),
    ("th-rnn-01", "data-cannot-cause-nan", "NaN never comes from the data.", True),
    ("th-rnn-01", "data-cannot-cause-nan", "It's always exploding gradients, no need to check the data.", True),
    ("th-rnn-01", "data-cannot-cause-nan", "the data is fine since it trained for a few epochs", False),
    (
        "th-rnn-01",
        "data-cannot-cause-nan",
        "Check the inputs for NaN: a bad batch can produce NaN even without exploding gradients.",
        False,
    ),
    ("th-rnn-01", "data-cannot-cause-nan", "Don't assume the data is fine; a log(0) in the loss gives NaN.", False),
    (
        "th-rnn-01",
        "data-cannot-cause-nan",
        "NaN can come from the data, from a log of zero, or from an exploding gradient.",
        False,
    ),
    # th-tfm-01: weights-on-keys
    ("th-tfm-01", "weights-on-keys", "The scores are query times value, then you softmax them.", True),
    ("th-tfm-01", "weights-on-keys", "output = softmax weights multiplied by the keys", True),
    ("th-tfm-01", "weights-on-keys", "attention output is a weighted sum of the keys", True),
    ("th-tfm-01", "weights-on-keys", "softmax is taken over the values to get the weights", True),
    (
        "th-tfm-01",
        "weights-on-keys",
        "Each query is dotted with every key, and the softmax weights average the values.",
        False,
    ),
    ("th-tfm-01", "weights-on-keys", "The output is not a weighted sum of the keys but of the values.", False),
    (
        "th-tfm-01",
        "weights-on-keys",
        "Keys are scored against the query; the values are what the weights combine.",
        False,
    ),
    # th-tfm-01: scaling-sharpens
    ("th-tfm-01", "scaling-sharpens", "We scale by sqrt(dk) to make the softmax sharper.", True),
    ("th-tfm-01", "scaling-sharpens", "Without the scaling the gradients explode.", True),
    ("th-tfm-01", "scaling-sharpens", "dividing by sqrt d normalizes q and k to unit length", True),
    ("th-tfm-01", "scaling-sharpens", "scaling makes attention more peaked so it picks the best token", True),
    (
        "th-tfm-01",
        "scaling-sharpens",
        (
            "Dividing by sqrt(d_k) keeps the logits' variance near 1 so the"
            " softmax doesn't saturate and its gradients don't vanish."
        ),
        False,
    ),
    (
        "th-tfm-01",
        "scaling-sharpens",
        "Scaling does not make the softmax sharper; it keeps it from becoming too sharp.",
        False,
    ),
    (
        "th-tfm-01",
        "scaling-sharpens",
        "Without the scaling, large logits make the softmax peaked and its gradients tiny.",
        False,
    ),
    # th-tfm-01: mask-hides-past
    ("th-tfm-01", "mask-hides-past", "The causal mask hides the previous tokens so the model can't cheat.", True),
    ("th-tfm-01", "mask-hides-past", "With the mask, training has to go one token at a time.", True),
    ("th-tfm-01", "mask-hides-past", "the mask sets future weights to 0 after the softmax", True),
    ("th-tfm-01", "mask-hides-past", "causal mask = block past positions", True),
    (
        "th-tfm-01",
        "mask-hides-past",
        ("Future positions get minus infinity before the softmax; a token attends only to the past and itself."),
        False,
    ),
    ("th-tfm-01", "mask-hides-past", "The mask does not hide previous tokens, only future ones.", False),
    (
        "th-tfm-01",
        "mask-hides-past",
        "Thanks to the mask, training covers every position in parallel, not one token at a time.",
        False,
    ),
    # th-tfm-01: cache-stores-queries
    ("th-tfm-01", "cache-stores-queries", "The KV cache stores the queries and keys of past tokens.", True),
    (
        "th-tfm-01",
        "cache-stores-queries",
        "past keys change whenever a new token arrives, so the cache gets updated",
        True,
    ),
    ("th-tfm-01", "cache-stores-queries", "we cache Q, K and V for every previous token", True),
    ("th-tfm-01", "cache-stores-queries", "KV caching makes each token's attention constant time", False),
    (
        "th-tfm-01",
        "cache-stores-queries",
        ("The cache stores keys and values of earlier tokens; each step computes only the new token's query."),
        False,
    ),
    ("th-tfm-01", "cache-stores-queries", "Queries are not cached because each one is used once.", False),
    ("th-tfm-01", "cache-stores-queries", "Earlier keys don't change, so we keep them in the cache.", False),
    # th-tfm-01: cache-memory-constant
    ("th-tfm-01", "cache-memory-constant", "KV cache memory is constant regardless of context length.", True),
    ("th-tfm-01", "cache-memory-constant", "the cache takes negligible memory compared to the weights", True),
    ("th-tfm-01", "cache-memory-constant", "cache memory grows quadratically with sequence length", True),
    ("th-tfm-01", "cache-memory-constant", "kv cache size doesn't depend on context, only on the model", True),
    (
        "th-tfm-01",
        "cache-memory-constant",
        "KV cache memory grows linearly with context, batch, layers and heads.",
        False,
    ),
    ("th-tfm-01", "cache-memory-constant", "Cache memory is not constant; it scales with context length.", False),
    (
        "th-tfm-01",
        "cache-memory-constant",
        "At long context the cache often limits batch size; it is far from negligible.",
        False,
    ),
    # th-tfm-02: attention-knows-order
    (
        "th-tfm-02",
        "attention-knows-order",
        "Self-attention already captures word order through the dot products.",
        True,
    ),
    ("th-tfm-02", "attention-knows-order", "attention inherently knows positions", True),
    (
        "th-tfm-02",
        "attention-knows-order",
        "The transformer processes tokens sequentially so order comes for free.",
        True,
    ),
    ("th-tfm-02", "attention-knows-order", "order info is kept by the softmax", False),
    (
        "th-tfm-02",
        "attention-knows-order",
        "Attention doesn't know order: shuffling the tokens just shuffles the outputs.",
        False,
    ),
    (
        "th-tfm-02",
        "attention-knows-order",
        "Self-attention does not inherently capture word order, so we add positional information.",
        False,
    ),
    ("th-tfm-02", "attention-knows-order", "Positional encodings let attention capture order.", False),
    # th-tfm-02: learned-positions-extrapolate
    (
        "th-tfm-02",
        "learned-positions-extrapolate",
        "Learned position embeddings generalise to longer sequences than seen in training.",
        True,
    ),
    ("th-tfm-02", "learned-positions-extrapolate", "sinusoidal encodings are learned during training", True),
    ("th-tfm-02", "learned-positions-extrapolate", "the position vector is concatenated to the token embedding", True),
    ("th-tfm-02", "learned-positions-extrapolate", "- learned absolute embeddings: work at any length", True),
    (
        "th-tfm-02",
        "learned-positions-extrapolate",
        "Learned position embeddings don't extrapolate past the max trained length.",
        False,
    ),
    (
        "th-tfm-02",
        "learned-positions-extrapolate",
        "Sinusoids are fixed rather than learned, and both are added to the token embedding.",
        False,
    ),
    ("th-tfm-02", "learned-positions-extrapolate", "Position vectors are added, not concatenated.", False),
    # th-tfm-02: longer-context-just-works
    ("th-tfm-02", "longer-context-just-works", "Nothing really breaks, the model just sees more tokens.", True),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "It works out of the box at 32k since attention handles any length.",
        True,
    ),
    ("th-tfm-02", "longer-context-just-works", "RoPE extrapolates fine to 32k because rotation is relative.", True),
    ("th-tfm-02", "longer-context-just-works", "with rope it should simply work at 32k", True),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "Positions beyond 4k were never seen, so perplexity explodes past the trained length.",
        False,
    ),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "It does not work out of the box; RoPE angles beyond 4k are out of distribution.",
        False,
    ),
    (
        "th-tfm-02",
        "longer-context-just-works",
        "Nothing in attention itself limits length, but the unseen positions break it.",
        False,
    ),
    # th-tfm-02: extension-needs-scratch
    ("th-tfm-02", "extension-needs-scratch", "You need to retrain the whole model from scratch at 32k.", True),
    ("th-tfm-02", "extension-needs-scratch", "requires training from scratch on long sequences", True),
    (
        "th-tfm-02",
        "extension-needs-scratch",
        "Just fine-tune on 32k documents, no need to touch the positional encoding.",
        True,
    ),
    ("th-tfm-02", "extension-needs-scratch", "lower the RoPE base so the angles stay small", True),
    (
        "th-tfm-02",
        "extension-needs-scratch",
        "Interpolate positions or raise the RoPE base, then fine-tune briefly on long documents.",
        False,
    ),
    (
        "th-tfm-02",
        "extension-needs-scratch",
        "You don't need to retrain from scratch. A short fine-tune after rescaling RoPE is enough.",
        False,
    ),
    (
        "th-tfm-02",
        "extension-needs-scratch",
        ("Training from scratch at 32k would work but costs far more than rescaling RoPE and fine-tuning."),
        False,
    ),
    # th-emb-01: only-co-occurring-close
    ("th-emb-01", "only-co-occurring-close", "Items that never co-occur can't end up close together.", True),
    ("th-emb-01", "only-co-occurring-close", "Only items bought together end up close in the space.", True),
    ("th-emb-01", "only-co-occurring-close", "only direct co-purchases get a high similarity", True),
    ("th-emb-01", "only-co-occurring-close", "the embedding of an item comes from its category and text", False),
    (
        "th-emb-01",
        "only-co-occurring-close",
        "Items that never co-occur can still end up close because they share contexts.",
        False,
    ),
    (
        "th-emb-01",
        "only-co-occurring-close",
        "Co-occurring items are pulled together and other items pushed apart.",
        False,
    ),
    (
        "th-emb-01",
        "only-co-occurring-close",
        "Items with similar contexts get similar updates and drift together.",
        False,
    ),
    # th-emb-01: no-negatives-needed
    ("th-emb-01", "no-negatives-needed", "You don't need negatives, pulling positives together is enough.", True),
    ("th-emb-01", "no-negatives-needed", "in-batch negatives are an unbiased uniform sample of items", True),
    ("th-emb-01", "no-negatives-needed", "positives alone suffice for item2vec", True),
    ("th-emb-01", "no-negatives-needed", "negatives just add noise to training", False),
    (
        "th-emb-01",
        "no-negatives-needed",
        ("Without negatives everything collapses to one point; negative sampling supplies the push-apart term."),
        False,
    ),
    (
        "th-emb-01",
        "no-negatives-needed",
        ("In-batch negatives are not uniform: popular items show up more, so apply a logQ correction."),
        False,
    ),
    ("th-emb-01", "no-negatives-needed", "Positive pairs are pulled closer and sampled negatives pushed apart.", False),
    # th-emb-01: cold-items-fine
    (
        "th-emb-01",
        "cold-items-fine",
        "Cold items are no problem, the model picks them up from their first session.",
        True,
    ),
    ("th-emb-01", "cold-items-fine", "new items just get a random init and that works fine", True),
    ("th-emb-01", "cold-items-fine", "Rare items get good embeddings quickly once they show up.", True),
    ("th-emb-01", "cold-items-fine", "new items learn an embedding right away", True),
    (
        "th-emb-01",
        "cold-items-fine",
        "New items have no or undertrained vectors; fall back to content features.",
        False,
    ),
    (
        "th-emb-01",
        "cold-items-fine",
        ("Cold items are a problem: a random vector does not work, use a two-tower model on attributes."),
        False,
    ),
    ("th-emb-01", "cold-items-fine", "Rare items learn slowly because they appear in few sessions.", False),
    # th-emb-01: seed-aligns-versions
    ("th-emb-01", "seed-aligns-versions", "Fix the random seed and the weekly embeddings line up.", True),
    ("th-emb-01", "seed-aligns-versions", "Same seed every week gives identical embeddings.", True),
    ("th-emb-01", "seed-aligns-versions", "L2-normalise the vectors so versions are comparable.", True),
    ("th-emb-01", "seed-aligns-versions", "just normalise the embeddings every week, that fixes the drift", True),
    (
        "th-emb-01",
        "seed-aligns-versions",
        ("Align the versions with orthogonal Procrustes, or version embeddings and consumers together."),
        False,
    ),
    (
        "th-emb-01",
        "seed-aligns-versions",
        "Normalisation alone won't align versions; a rotation still scrambles coordinates.",
        False,
    ),
    (
        "th-emb-01",
        "seed-aligns-versions",
        ("Even with the same seed, retrains land in rotated spaces because data order and GPU nondeterminism differ."),
        False,
    ),
    # th-emb-01: compare-item-vectors
    ("th-emb-01", "compare-item-vectors", "Check the cosine between each item's old and new vector.", True),
    (
        "th-emb-01",
        "compare-item-vectors",
        "monitor the distance between an item's previous and current embedding",
        True,
    ),
    ("th-emb-01", "compare-item-vectors", "track the cosine distance of each item across versions", True),
    (
        "th-emb-01",
        "compare-item-vectors",
        "similarity of item's last week vector to this week vector should stay high",
        True,
    ),
    (
        "th-emb-01",
        "compare-item-vectors",
        "Track nearest-neighbour overlap between versions, since the coordinates themselves rotate.",
        False,
    ),
    (
        "th-emb-01",
        "compare-item-vectors",
        "Comparing an item's old and new vectors directly is meaningless because the space rotates.",
        False,
    ),
    (
        "th-emb-01",
        "compare-item-vectors",
        ("Cosine similarity within one version is meaningful; across versions compare neighbour lists."),
        False,
    ),
    # th-drop-01: conv-dropout-as-good
    ("th-drop-01", "conv-dropout-as-good", "Spatial dropout zeroes individual pixels at random.", True),
    ("th-drop-01", "conv-dropout-as-good", "Dropout after conv layers works equally well as after dense ones.", True),
    (
        "th-drop-01",
        "conv-dropout-as-good",
        "dropping single activations in a feature map is a strong regulariser",
        True,
    ),
    ("th-drop-01", "conv-dropout-as-good", "dropblock drops random single units", False),
    ("th-drop-01", "conv-dropout-as-good", "Spatial dropout drops whole channels, not individual pixels.", False),
    (
        "th-drop-01",
        "conv-dropout-as-good",
        "Dropping single activations in a conv map does little, because neighbours fill them in.",
        False,
    ),
    (
        "th-drop-01",
        "conv-dropout-as-good",
        "Dropout works well in dense layers but not as well after convolutions.",
        False,
    ),
    # th-drop-01: dropout-before-bn
    ("th-drop-01", "dropout-before-bn", "Best to put dropout before each batch norm layer.", True),
    ("th-drop-01", "dropout-before-bn", "- move dropout before BN", True),
    ("th-drop-01", "dropout-before-bn", "dropout should go before every BN", True),
    ("th-drop-01", "dropout-before-bn", "keep dropout after every conv, just lower p", False),
    ("th-drop-01", "dropout-before-bn", "Put dropout after the last batch norm, before the classifier head.", False),
    ("th-drop-01", "dropout-before-bn", "Don't put dropout before BN; place it after the last one.", False),
    ("th-drop-01", "dropout-before-bn", "Dropout before BN shifts its variance between training and inference.", False),
    # th-drop-01: outputs-stay-deterministic
    ("th-drop-01", "outputs-stay-deterministic", "Predictions stay deterministic, just slightly worse.", True),
    (
        "th-drop-01",
        "outputs-stay-deterministic",
        "You'd get the same score on every call, only a lower accuracy.",
        True,
    ),
    ("th-drop-01", "outputs-stay-deterministic", "the outputs remain consistent, they're just scaled by p", True),
    ("th-drop-01", "outputs-stay-deterministic", "each request returns identical scores", True),
    (
        "th-drop-01",
        "outputs-stay-deterministic",
        "The same request returns different scores on every call because units are still dropped.",
        False,
    ),
    ("th-drop-01", "outputs-stay-deterministic", "Outputs would not stay deterministic.", False),
    ("th-drop-01", "outputs-stay-deterministic", "Identical inputs give different scores.", False),
    # th-drop-01: bn-unaffected-by-eval
    ("th-drop-01", "bn-unaffected-by-eval", "Batch norm is unaffected by eval mode, only dropout changes.", True),
    ("th-drop-01", "bn-unaffected-by-eval", "BN still uses the running stats in train mode.", True),
    ("th-drop-01", "bn-unaffected-by-eval", "a batch of 1 works fine in train mode", True),
    ("th-drop-01", "bn-unaffected-by-eval", "only dropout matters here", True),
    (
        "th-drop-01",
        "bn-unaffected-by-eval",
        "In eval mode BN uses the running statistics. In train mode it uses the current batch.",
        False,
    ),
    ("th-drop-01", "bn-unaffected-by-eval", "A batch of one doesn't work in train mode: the variance is zero.", False),
    (
        "th-drop-01",
        "bn-unaffected-by-eval",
        "Not only dropout changes: BN switches to current batch statistics.",
        False,
    ),
    # th-drop-01: cannot-catch-before-deploy
    ("th-drop-01", "cannot-catch-before-deploy", "You can't catch it offline, you only see it in production.", True),
    ("th-drop-01", "cannot-catch-before-deploy", "There's no way to test this before deployment.", True),
    ("th-drop-01", "cannot-catch-before-deploy", "only production monitoring will reveal it", True),
    ("th-drop-01", "cannot-catch-before-deploy", "scoring a sample once is enough to check the export", True),
    ("th-drop-01", "cannot-catch-before-deploy", "Score a fixed input twice before deploy; once is not enough.", False),
    (
        "th-drop-01",
        "cannot-catch-before-deploy",
        "You can catch it offline by comparing with offline predictions.",
        False,
    ),
    (
        "th-drop-01",
        "cannot-catch-before-deploy",
        "Production monitoring can catch it too, but a pre-deploy test catches it first.",
        False,
    ),
    # th-bn-01: bn-absorbs-preprocessing
    (
        "th-bn-01",
        "bn-absorbs-preprocessing",
        "BN re-normalises everything, so a preprocessing mismatch doesn't matter.",
        True,
    ),
    ("th-bn-01", "bn-absorbs-preprocessing", "batchnorm makes the model robust to how inputs are preprocessed", True),
    ("th-bn-01", "bn-absorbs-preprocessing", "train mode vs eval mode doesn't matter for a single request", True),
    ("th-bn-01", "bn-absorbs-preprocessing", "single requests are fine in train mode", True),
    (
        "th-bn-01",
        "bn-absorbs-preprocessing",
        "Preprocessing differences do matter: the stored statistics no longer fit the inputs.",
        False,
    ),
    ("th-bn-01", "bn-absorbs-preprocessing", "BN is not robust to a preprocessing mismatch.", False),
    (
        "th-bn-01",
        "bn-absorbs-preprocessing",
        "Whether the model is in train or eval mode matters for single requests.",
        False,
    ),
    # th-bn-01: bn-removes-covariate-shift
    ("th-bn-01", "bn-removes-covariate-shift", "BN works because it eliminates internal covariate shift.", True),
    (
        "th-bn-01",
        "bn-removes-covariate-shift",
        "it lets you use a lower learning rate safely, BN reduces the learning rate you need",
        True,
    ),
    ("th-bn-01", "bn-removes-covariate-shift", "main reason BN helps: internal covariate shift goes away", True),
    ("th-bn-01", "bn-removes-covariate-shift", "batch norm fixes internal covariate shift", True),
    (
        "th-bn-01",
        "bn-removes-covariate-shift",
        (
            "BN does not remove internal covariate shift; it smooths the loss"
            " landscape so higher learning rates are stable."
        ),
        False,
    ),
    ("th-bn-01", "bn-removes-covariate-shift", "Without BN you need a lower learning rate.", False),
    (
        "th-bn-01",
        "bn-removes-covariate-shift",
        (
            "BN's benefit is often attributed to internal covariate shift, but"
            " a smoother landscape is the better explanation."
        ),
        False,
    ),
    # th-bn-01: groupnorm-batch-dependent
    ("th-bn-01", "groupnorm-batch-dependent", "GroupNorm also depends on the batch size, so it won't help.", True),
    ("th-bn-01", "groupnorm-batch-dependent", "layernorm is sensitive to batch size just like BN", True),
    ("th-bn-01", "groupnorm-batch-dependent", "keep updating the BN statistics during fine-tuning with batch 4", True),
    ("th-bn-01", "groupnorm-batch-dependent", "fine-tune with BN in train mode, the small batch is fine", False),
    (
        "th-bn-01",
        "groupnorm-batch-dependent",
        "GroupNorm normalises within each example, so it does not depend on batch size.",
        False,
    ),
    ("th-bn-01", "groupnorm-batch-dependent", "Freeze the BN statistics instead of updating them with batch 4.", False),
    ("th-bn-01", "groupnorm-batch-dependent", "Unlike GroupNorm, BN depends on the batch size.", False),
    # th-bn-01: padding-harmless
    ("th-bn-01", "padding-harmless", "Padding doesn't affect BN since the pads are zeros.", True),
    ("th-bn-01", "padding-harmless", "zero padding is harmless for the batch statistics", True),
    ("th-bn-01", "padding-harmless", "BN works fine on variable-length sequences", True),
    ("th-bn-01", "padding-harmless", "padded tokens don't change the mean", True),
    ("th-bn-01", "padding-harmless", "Padded tokens skew the per-feature batch statistics.", False),
    ("th-bn-01", "padding-harmless", "Padding is not harmless for BN: zeros pull the mean down.", False),
    ("th-bn-01", "padding-harmless", "BN does not work well on variable-length padded sequences.", False),
    # th-bn-01: post-ln-more-stable
    ("th-bn-01", "post-ln-more-stable", "Post-LN is more stable for deep transformers.", True),
    ("th-bn-01", "post-ln-more-stable", "Pre-LN puts the norm after the residual add", True),
    ("th-bn-01", "post-ln-more-stable", "post-norm trains deep models more stably", True),
    ("th-bn-01", "post-ln-more-stable", "pre-LN and post-LN are equally stable", True),
    ("th-bn-01", "post-ln-more-stable", "Pre-LN is more stable than post-LN in deep stacks.", False),
    ("th-bn-01", "post-ln-more-stable", "Post-LN is not more stable; it needs warmup in deep stacks.", False),
    (
        "th-bn-01",
        "post-ln-more-stable",
        "Post-LN normalises after the residual add, Pre-LN before each sub-layer.",
        False,
    ),
]


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=case_ids(CASES),
)
def test_rv2_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    hits = fired(curriculum, matcher, prompt_id, misconception_id, sentence)
    assert bool(hits) is should_match, hits


def test_every_added_misconception_has_wrong_and_right_sentences(curriculum: Curriculum) -> None:
    check_rows(curriculum, TOUCHED, CASES, wrong=3, right=3)


def test_added_cues_stay_within_the_cap(curriculum: Curriculum, matcher: Matcher) -> None:
    check_cue_cap(curriculum, matcher, TOUCHED)


def test_added_cues_are_in_the_content(curriculum: Curriculum) -> None:
    check_added(curriculum, ADDED)


def test_correct_texts_do_not_trip_added_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    check_right_texts(curriculum, matcher, {p for p, _ in TOUCHED})
