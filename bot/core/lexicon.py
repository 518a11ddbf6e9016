"""The matcher's tables: stop words, negators, ML synonyms and the shorthand people type.

Kept apart from the matching code so content reviewers can read and extend them in one place.
"""

from __future__ import annotations

STOP = frozenset(
    """a an the of to in on for is are was were be been being it its it's this that these those and
    or as at by with from into onto so than then there their theirs they them we you your yours i my
    me our ours us he she his her do does did done can could would should will shall may might
    has have had which who whom what whose also just very really like some each such get
    gets got let lets i'm i've i'd we're we've you're that's there's here basically actually
    well kind sort thing things way ways going go goes u ur pretty about""".split()
)
NEGATORS = frozenset(
    {
        "not",
        "no",
        "never",
        "without",
        "don't",
        "doesn't",
        "isn't",
        "aren't",
        "won't",
        "can't",
        "cannot",
        "didn't",
        "nor",
        "hardly",
        "barely",
        "scarcely",
        "rarely",
        "seldom",
        "non",
        "neither",
        # typed without the apostrophe
        "doesnt",
        "dont",
        "isnt",
        "arent",
        "wont",
        "cant",
        "didnt",
        "wasnt",
        "werent",
        "shouldnt",
        "wouldnt",
        "couldnt",
    }
)

#: Written forms rewritten before tokenising: symbols and chat shorthand that carry meaning.
GREEK = (
    ("β", "beta"),
    ("α", "alpha"),
    ("λ", "lambda"),
    ("ε|ϵ", "epsilon"),
    ("η", "eta"),
    ("γ", "gamma"),
    ("τ", "tau"),
    ("θ", "theta"),
    ("μ", "mu"),
    ("σ", "sigma"),
)
REWRITES: tuple[tuple[str, str], ...] = (
    (r"\bw/o\b", " without "),
    (r"\bw/", " with "),
    (r"\bb/c\b", " because "),
    (r"\be\.g\.", " for example "),
    (r"\bi\.e\.", " that is "),
    (r"\bvs\.", " vs "),
    (r"↑|⬆", " increases "),
    (r"↓|⬇", " decreases "),
    (r"≈|~", " approximately "),
    (r"≠|!=", " not equal "),  # "Type I ≠ false negative" denies it
    (r"==", " equals "),
    (r"→|->|=>|⇒", " then "),
    # "on"/"off" are stop words; kept on or switched off is a state: "dropout stays on at inference"
    (r"\b(?:stays?|stayed|remains?|remained|left|kept|keeps?|still|turned|switched) on\b", " active "),
    (r"\b(?:stays?|stayed|remains?|remained|left|kept|keeps?|turned|switched) off\b", " inactive "),
    # maths typed as symbols: the tokenizer keeps only [a-z0-9], so name them; a letter's index stays
    # on it ("β2" reads "beta2", "λw" reads "lambda w")
    *((rf"(?:{g})(?=\d)", f" {name}") for g, name in GREEK),
    *((g, f" {name} ") for g, name in GREEK),
    (r"√", " sqrt "),
    # "ZeRO-3's" is stage 3, not a token "3's"; "He init" is Kaiming's, not the pronoun (a stop word)
    (r"(?<=\d)'s\b", " "),
    (r"\bhe(?=[ -](?:init|normal|uniform))", " kaiming "),
    (r"²", " squared "),
    (
        r"\bnon-(?=[a-z])|\bnon(?=(zero|linear|convex|negative|trivial|parametric|stationary|monotonic|"
        r"differentiable|random|iid|informative)\b)",
        " non ",
    ),
)

#: Each group's first entry is the canonical form; the rest map onto it. Entries may be phrases.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("model", "estimator"),
    ("temperature", "temp"),
    ("weight", "coefficient", "coef"),
    ("l1", "lasso", "l1 norm", "l1 penalty"),
    ("l2", "ridge", "l2 norm", "l2 penalty", "tikhonov"),
    ("label", "ground truth", "target label"),
    # changes and comparatives are one family each ("lower the rate" = "reduce the rate", "higher
    # variance" = "variance increases"); plain states ("high variance", "low bias") stay apart, so a
    # state does not read as a remedy
    ("increase", "raise", "grow", "add more", "more", "larger", "bigger", "higher", "goes up", "go up"),
    ("reduce", "decrease", "shrink", "cut", "lessen", "fewer", "less", "smaller", "lower", "goes down", "go down"),
    ("large", "big", "high", "huge", "largest", "biggest", "highest"),
    ("small", "low", "tiny", "smallest", "lowest"),
    ("learning rate", "lr", "step size"),
    ("gradient descent", "gd"),
    ("stochastic gradient descent", "sgd"),
    ("mini batch", "minibatch"),
    ("neural network", "neural net", "nn", "deep net"),
    ("hyperparameter", "hyper parameter", "hparam"),
    ("drift", "shift"),
    ("input", "covariate"),
    ("roc auc", "auroc", "auc roc", "area under roc", "area under the roc curve", "roc"),
    ("pr auc", "auprc", "average precision", "area under precision recall", "precision recall curve", "pr curve"),
    ("false positive", "fp", "false alarm"),
    ("false negative", "fn", "missed positive"),
    ("true positive", "tp"),
    ("a b test", "ab test", "a b testing", "online experiment", "split test", "randomized experiment"),
    (
        "training serving skew",
        "train serve skew",
        "training serving mismatch",
        "online offline skew",
        "train serving skew",
        "serving skew",
    ),
    ("rollback", "roll back", "revert"),
    ("feature", "attribute"),
    ("dataset", "data set"),
    ("validation", "held out", "holdout", "hold out", "dev set", "val"),
    ("overfit", "over fit", "overfitting", "memorize"),
    ("underfit", "under fit", "underfitting"),
    ("generalize", "generalise", "generalization"),
    ("embedding", "embed", "vector representation"),
    ("transformer", "transformers"),
    ("attention", "attend"),
    ("latency", "response time"),
    ("throughput", "qps", "requests per second"),
    ("probability", "prob", "proba", "chance"),
    ("imbalance", "imbalanced", "unbalanced", "skewed classes", "rare class"),
    ("upsample", "oversample", "over sample", "up sample", "smote"),
    ("downsample", "undersample", "under sample", "down sample"),
    ("k fold", "kfold", "cross validation", "cv"),
    ("pca", "principal component analysis", "principal components", "principal component"),
    ("k means", "kmeans"),
    ("gbm", "gradient boosting", "gradient boosted", "xgboost", "lightgbm", "catboost", "boosting"),
    ("random forest", "rf", "bagged trees"),
    ("batch norm", "batchnorm", "batch normalization", "bn"),
    ("layer norm", "layernorm", "layer normalization"),
    ("rag", "retrieval augmented generation", "retrieval augmented"),
    ("llm", "large language model", "language model"),
    ("fine tune", "finetune", "fine tuning", "finetuning"),
    ("ctr", "click through rate", "click rate"),
    ("psi", "population stability index", "population stability"),
    ("kl divergence", "kl", "kullback leibler"),
    ("canary", "canary release", "gradual rollout", "staged rollout", "ramp up"),
    ("shadow", "shadow mode", "dark launch", "shadow deploy"),
    ("baseline", "simple baseline"),
    ("vs", "versus"),
    ("percent", "%", "pct"),
    # shorthand people type in a chat
    ("precision", "prec"),
    ("threshold", "thr", "thresh", "cutoff", "cut off"),
    ("variance", "var"),
    ("distribution", "distn", "distrib"),
    ("parameter", "param"),
    ("gradient", "grad"),
    ("regularization", "reg", "regularisation"),
    ("approximately", "approx", "roughly"),
    ("because", "bc"),
    ("variance inflation factor", "vif"),
    ("standard error", "se", "std error"),
    ("exponential moving average", "ema"),
    ("transaction", "txn", "txns"),
    ("explode", "blow up", "blows up", "balloon", "skyrocket"),
)

#: Words that name the two sides of a comparison. A misconception cue that names both sides of one
#: ("l2 constant l1 proportional") states a comparison, so it may span a "while" or "but" inside a
#: sentence; any other cue must sit inside one clause.
PAIRS: tuple[tuple[str, str], ...] = (
    ("l1", "l2"),
    ("precision", "recall"),
    ("bias", "variance"),
    ("covariate", "concept"),
    ("input", "concept"),
    ("loss", "accuracy"),
    ("train", "test"),
    ("train", "validation"),
    ("roc auc", "pr auc"),
    ("false positive", "false negative"),
    ("mean", "median"),
)

#: The two sides a confident wrong answer swaps in a key point's own claim (``Matcher.swapped``):
#: the comparisons above, and directions.
SWAPS: tuple[tuple[str, str], ...] = (
    *PAIRS,
    ("increase", "decrease"),
    ("higher", "lower"),
    ("more", "fewer"),
    ("larger", "smaller"),
    ("large", "small"),
    ("overfit", "underfit"),
    ("sensitivity", "specificity"),
    ("faster", "slower"),
    ("overestimate", "underestimate"),
    ("overconfident", "underconfident"),
    ("wider", "narrower"),
    ("sparse", "dense"),
    ("vanishing", "exploding"),
    ("upweight", "downweight"),
    ("exploration", "exploitation"),
    ("prefill", "decode"),
    ("encoder", "decoder"),
    ("fp16", "bf16"),
    ("tensor", "pipeline"),
    ("pointwise", "pairwise"),
    ("fdr", "fwer"),
    ("batch norm", "layer norm"),
    ("memory bound", "compute bound"),
)
