"""Cue matching: does a typed answer say what a key point says?

A cue is a short phrase. It matches an answer when all of its content words occur within a small
window of the answer, in any order. Both sides go through the same normalisation, so inflection
(snowball stemming), British/American spelling, hyphenation and a table of ML synonyms do not
matter. ``a|b`` in a cue is a slot either word fills; ``word*`` is a prefix. A cue word right after
a negation ("does not reduce variance") does not count, unless the cue itself
says "not" ("more data not fix bias"), in which case the negation is one of the words it needs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import snowballstemmer

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\*")
_STOP = frozenset(
    """a an the of to in on for is are was were be been being it its it's this that these those and
    or as at by with from into onto so than then there their theirs they them we you your yours i my
    me our ours us he she his her do does did done can could would should will shall may might must
    has have had which who whom what whose also just very really about like some any each such get
    gets got one ones let lets i'm i've i'd we're we've you're that's there's here basically actually
    well kind sort thing things way ways going go goes""".split()
)
_NEGATORS = frozenset(
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
    }
)

#: Each group's first entry is the canonical form; the rest map onto it. Entries may be phrases.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("model", "estimator"),
    ("weight", "coefficient", "coef"),
    ("l1", "lasso", "l1 norm", "l1 penalty"),
    ("l2", "ridge", "l2 norm", "l2 penalty", "tikhonov"),
    ("label", "ground truth", "target label"),
    # changes and comparatives are one family each ("lower the rate" = "reduce the rate", "higher
    # variance" = "variance increases"); plain states ("high variance", "low bias") stay apart, so a
    # state does not read as a remedy
    ("increase", "raise", "grow", "boost", "add more", "more", "larger", "bigger", "higher"),
    ("reduce", "decrease", "shrink", "cut", "lessen", "fewer", "less", "smaller", "lower"),
    ("large", "big", "high", "huge"),
    ("small", "low", "tiny"),
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
    ("probability", "prob"),
    ("imbalance", "imbalanced", "unbalanced", "skewed classes", "rare class"),
    ("upsample", "oversample", "over sample", "up sample", "smote"),
    ("downsample", "undersample", "under sample", "down sample"),
    ("k fold", "kfold", "cross validation", "cv"),
    ("pca", "principal component analysis", "principal components"),
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
)


def _stem(stemmer: snowballstemmer.stemmer, word: str) -> str:
    if word.endswith(("isation", "isations", "ising", "ised", "ises", "ise")):
        word = re.sub(r"is(ation|ations|ing|ed|es|e)$", r"iz\1", word)
    if word.endswith("our") and len(word) > 5:  # behaviour -> behavior
        word = word[:-3] + "or"
    return str(stemmer.stemWord(word))


@dataclass(frozen=True)
class Cue:
    source: str
    slots: tuple[tuple[str, ...], ...]  # each slot: alternative canonical tokens (a '*' suffix = prefix)


@dataclass
class Matcher:
    """Built once in ``bootstrap`` and shared: it holds only read-only tables and a memo of
    compiled cues."""

    window: int = 12
    _stemmer: snowballstemmer.stemmer = field(init=False, repr=False)
    _single: dict[str, str] = field(init=False, repr=False)
    _phrases: list[tuple[tuple[str, ...], str]] = field(init=False, repr=False)
    _cue_cache: dict[str, Cue] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._stemmer = snowballstemmer.stemmer("english")
        self._single = {}
        phrases: list[tuple[tuple[str, ...], str]] = []
        for group in SYNONYMS:
            canon_toks = self._raw_stems(group[0])
            canon = "_".join(canon_toks)
            for entry in group:
                toks = tuple(self._raw_stems(entry))
                if not toks:
                    continue
                if len(toks) == 1:
                    self._single.setdefault(toks[0], canon)
                else:
                    phrases.append((toks, canon))
        phrases.sort(key=lambda p: -len(p[0]))
        self._phrases = phrases
        self._cue_cache = {}

    # -- normalisation -----------------------------------------------------------------------
    def _raw_stems(self, text: str) -> list[str]:
        text = text.lower().replace("’", "'").replace("%", " percent ")
        text = re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9])", " ", text)
        # negative words that do not negate what follows
        text = re.sub(r"\bno matter\b", " regardless ", text)
        text = re.sub(r"\bnot (only|just)\b", " ", text)
        out: list[str] = []
        for w in _TOKEN.findall(text):
            if w == "*":
                if out:
                    out[-1] += "*"
                continue
            if w in _STOP:
                continue
            if w in _NEGATORS or w.endswith("n't"):
                out.append("¬")
                continue
            out.append(w if w[0].isdigit() else _stem(self._stemmer, w))
        return out

    def normalize(self, text: str) -> list[str]:
        """Tokens of ``text`` after stemming, phrase synonyms and word synonyms."""
        toks = self._raw_stems(text)
        out: list[str] = []
        i = 0
        n = len(toks)
        while i < n:
            for ptoks, canon in self._phrases:
                k = len(ptoks)
                if tuple(toks[i : i + k]) == ptoks:
                    out.append(canon)
                    i += k
                    break
            else:
                t = toks[i]
                out.append(self._single.get(t, t))
                i += 1
        return out

    def compile(self, cue: str) -> Cue:
        c = self._cue_cache.get(cue)
        if c is not None:
            return c
        slots: list[tuple[str, ...]] = []
        for chunk in cue.split():
            alts = []
            for alt in chunk.split("|"):
                prefix = alt.endswith("*")
                norm = self.normalize(alt.rstrip("*"))
                if not norm:
                    continue
                if prefix:
                    alts.append(alt.rstrip("*").lower() + "*")
                else:
                    alts.append("_".join(norm))
            if alts:
                slots.append(tuple(alts))
        # a multi-word synonym split across chunks ("learning rate") is re-joined by normalising
        # the whole cue when it has no alternatives
        if "|" not in cue and "*" not in cue:
            slots = [(t,) for t in self.normalize(cue)]
        c = Cue(cue, tuple(slots))
        self._cue_cache[cue] = c
        return c

    # -- matching ----------------------------------------------------------------------------
    def index(self, text: str) -> Answer:
        toks = self.normalize(text)
        pos: dict[str, list[int]] = {}
        negated: set[int] = set()
        for i, t in enumerate(toks):
            if t == "¬":
                negated.update((i + 1, i + 2))
                pos.setdefault(t, []).append(i)
                continue
            pos.setdefault(t, []).append(i)
            # a joined synonym ("learning_rate") also answers for its parts
            if "_" in t:
                for part in t.split("_"):
                    pos.setdefault(part, []).append(i)
        return Answer(toks, pos, negated)

    def _slot_positions(self, ans: Answer, slot: tuple[str, ...], keep_negated: bool = False) -> list[int]:
        out: list[int] = []
        for alt in slot:
            if alt.endswith("*"):
                stem = alt[:-1]
                for tok, ps in ans.pos.items():
                    if tok.startswith(stem) or (len(tok) >= 5 and stem.startswith(tok) and len(stem) - len(tok) <= 3):
                        out.extend(ps)
            else:
                out.extend(ans.pos.get(alt, ()))
        return sorted(p for p in set(out) if keep_negated or p not in ans.negated)

    def matches(self, ans: Answer, cue: str) -> bool:
        c = self.compile(cue)
        if not c.slots:
            return False
        # a cue that itself says "not" wants the negation, so negated words count for it
        says_not = any("¬" in s for s in c.slots)
        lists = [self._slot_positions(ans, s, says_not) for s in c.slots]
        if any(not ps for ps in lists):
            return False
        if len(lists) == 1:
            return True
        w = max(self.window, 4 * len(lists))
        lists.sort(key=len)
        for anchor in lists[0]:
            lo, hi = anchor, anchor
            ok = True
            for ps in lists[1:]:
                best = min(ps, key=lambda p: abs(p - anchor))
                if abs(best - anchor) > w:
                    ok = False
                    break
                lo, hi = min(lo, best), max(hi, best)
            if ok and hi - lo <= w:
                return True
        return False

    def any_match(self, ans: Answer, cues: Sequence[str]) -> str | None:
        for cue in cues:
            if self.matches(ans, cue):
                return cue
        return None


@dataclass(frozen=True)
class Answer:
    tokens: list[str]
    pos: dict[str, list[int]]
    negated: set[int]

    @property
    def words(self) -> int:
        return len(self.tokens)
