"""The evidence layer: how likely an answer makes a key point, from more than one cue phrase.

A strong answer in a candidate's own words often shares most, not all, of a cue's words, and says the
key point the way its model explanation does rather than the way its cue does. Each (key point,
answer) pair gets a few features, all independent of which prompt it is, so a model trained on some
prompts carries to others:

* whether a cue matches, and the best share of a cue's slots (plain and IDF-weighted) in one window;
* the IDF-weighted share of the key point's text, its cues' words and its model explanation found in
  the answer, overall and in the best pair of adjacent sentences (words of the question count little:
  repeating the question is no evidence);
* whether the point is a mechanism, the answer's length, and how much of it just repeats the question.

A logistic model (``grader_model.json``, trained by ``python -m bench.train_grader`` on labelled
answers, never on the sealed split) turns them into a probability. The weights and the IDF table are
read-only and loaded once with the matcher.
"""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.curriculum import KeyPoint
from bot.core.matcher import Answer, Matcher

MODEL_FILE = Path(__file__).with_name("grader_model.json")
FEATURES = (
    "cue",
    "cue_part",
    "cue_part_idf",
    "text",
    "cue_words",
    "explanation",
    "sentence_text",
    "sentence_explanation",
    "mechanism",
    "length",
    "question",
)
QUESTION_WEIGHT = 0.3  # a word of the question counts this much: repeating it is little evidence


@dataclass(frozen=True)
class EvidenceModel:
    weights: tuple[float, ...]  # one per feature, then the bias
    covered_at: float  # probability from which a point is covered
    partly_at: float  # ... partly
    idf: dict[str, float]
    default_idf: float

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> EvidenceModel:
        d = json.loads(path.read_text())
        if tuple(d["features"]) != FEATURES:
            raise ValueError(f"{path}: trained on features {d['features']}, this grader computes {FEATURES}")
        return cls(tuple(d["weights"]), d["covered_at"], d["partly_at"], d["idf"], d["default_idf"])

    def probability(self, x: list[float]) -> float:
        z = self.weights[-1] + sum(w * v for w, v in zip(self.weights, x, strict=False))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class PointVocab:
    question: frozenset[str]
    text: frozenset[str]
    cue_words: frozenset[str]
    explanation: frozenset[str]


@dataclass
class Evidence:
    """Feature computation, with the per-key-point vocabularies memoised (read-only once built)."""

    matcher: Matcher
    idf: dict[str, float]
    default_idf: float
    _vocab: dict[tuple[str, str], PointVocab] = field(default_factory=dict)

    def weight(self, tok: str, question: frozenset[str]) -> float:
        w = self.idf.get(tok, self.default_idf)
        return w * QUESTION_WEIGHT if tok in question else w

    def vocab(self, prompt_id: str, question: str, kp: KeyPoint) -> PointVocab:
        key = (prompt_id, kp.id)
        v = self._vocab.get(key)
        if v is None:
            m = self.matcher
            cue_words = {t for c in kp.cues for s in m.compile(c).slots for t in s if not t.endswith("*")}
            v = PointVocab(
                frozenset(m.normalize(question)) - {"¬"},
                frozenset(m.normalize(kp.text)) - {"¬"},
                frozenset(cue_words) - {"¬"},
                frozenset(m.normalize(kp.explanation or "")) - {"¬"},
            )
            self._vocab[key] = v
        return v

    def share(self, have: set[str] | frozenset[str], want: frozenset[str], question: frozenset[str]) -> float:
        total = sum(self.weight(t, question) for t in want)
        if not total:
            return 0.0
        return sum(self.weight(t, question) for t in want if t in have) / total

    def features(
        self, ans: Answer, view: AnswerView, prompt_id: str, question: str, kp: KeyPoint
    ) -> tuple[list[float], int | None]:
        """The features, and the sentence that says most of the key point (None: no sentence)."""
        m = self.matcher
        v = self.vocab(prompt_id, question, kp)
        full = 1.0 if ans.words >= 3 and m.any_match(ans, kp.cues) else 0.0
        part, part_idf = self._partial_cue(ans, kp, v.question)
        both = v.text | v.cue_words
        by_text = [self.share(bag, both, v.question) for bag in view.pairs]
        by_expl = [self.share(bag, v.explanation, v.question) for bag in view.pairs]
        best = max(range(len(by_text)), key=lambda i: by_text[i] + by_expl[i], default=None)
        x = [
            full,
            part,
            part_idf,
            self.share(view.tokens, v.text, v.question),
            self.share(view.tokens, v.cue_words, v.question),
            self.share(view.tokens, v.explanation, v.question),
            max(by_text, default=0.0),
            max(by_expl, default=0.0),
            1.0 if kp.mechanism else 0.0,
            math.log(1 + ans.words) / 6,
            self.share(view.tokens, v.question, frozenset()),
        ]
        return x, (view.sentences[best] if best is not None else None)

    def _partial_cue(self, ans: Answer, kp: KeyPoint, question: frozenset[str]) -> tuple[float, float]:
        """The best share of one cue's slots found within one window: plain, and IDF-weighted."""
        m = self.matcher
        best = best_idf = 0.0
        for cue in kp.cues:
            c = m.compile(cue)
            if not c.slots:
                continue
            lists = [m._slot_positions(ans, s) for s in c.slots]
            weights = [max(self.weight(t.rstrip("*"), question) for t in s) for s in c.slots]
            total = sum(weights) or 1.0
            starts = sorted({p for ps in lists for p in ps})
            for a in starts:
                hit = [bool(ps) and _any_in(ps, a, a + m.window) for ps in lists]
                best = max(best, sum(hit) / len(lists))
                best_idf = max(best_idf, sum(w for w, h in zip(weights, hit, strict=True) if h) / total)
            if best >= 1.0:
                break
        return best, best_idf


def _any_in(sorted_ps: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(sorted_ps, lo)
    return i < len(sorted_ps) and sorted_ps[i] <= hi


@dataclass(frozen=True)
class AnswerView:
    """The answer's canonical words, overall and per pair of adjacent sentences."""

    tokens: frozenset[str]
    pairs: tuple[frozenset[str], ...]
    sentences: tuple[int, ...]  # the sentence each pair starts at

    @classmethod
    def of(cls, ans: Answer) -> AnswerView:
        per: dict[int, set[str]] = {}
        for i, t in enumerate(ans.tokens):
            if i in ans.negated or t == "¬":
                continue  # a negated word is not evidence for the point
            bag = per.setdefault(ans.sentence[i], set())
            bag.add(t)
            if "_" in t:
                bag.update(t.split("_"))
        keys = sorted(per)
        pairs = tuple(
            frozenset(per[k] | (per[keys[j + 1]] if j + 1 < len(keys) else set())) for j, k in enumerate(keys)
        )
        return cls(frozenset().union(*per.values()) if per else frozenset(), pairs, tuple(keys))
