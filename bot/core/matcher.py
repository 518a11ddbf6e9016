"""Cue matching: does a typed answer say what a key point says, or what a misconception says?

A cue is a short phrase. Both sides go through the same normalisation (``bot.core.lexicon``): chat
shorthand and symbols rewritten ("w/o", "↑", "non-zero"), snowball stemming, British/American
spelling, hyphenation, and a table of ML synonyms. ``a|b`` in a cue is a slot either word fills;
``word*`` is a prefix, compared with the word as written as well as its synonym. The two words after a
negation ("does not reduce variance"), up to a comma, do not count unless the cue itself says "not".

Two ways to match:

* ``matches`` (key points): all of the cue's words within a small window, in any order;
* ``states`` (misconceptions, direction): the cue's words **in the cue's order** inside one clause (a
  sentence cut at a contrast: "while", "but", "unlike", ", not", …), none negated, so "more data reduces
  variance, while only richer features reduce bias" does not read as "more data reduces bias".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import snowballstemmer

from bot.core.disclaim import rejects
from bot.core.lexicon import NEGATORS, PAIRS, REWRITES, STOP, SWAPS, SYNONYMS

if TYPE_CHECKING:
    from bot.core.evidence import Evidence, EvidenceModel

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\*")
_REWRITE = re.compile("|".join(f"(?P<r{i}>{pat})" for i, (pat, _) in enumerate(REWRITES)))
_FIXED: tuple[tuple[str, str], ...] = (
    (r"(?<=[a-z0-9])-(?=[a-z0-9])", " "),
    (r"%", " percent "),
    (r"\bno matter\b", " regardless "),
    (r"\bnot (?:only|just)\b", " "),
)
_FIXED_RE = re.compile("|".join(f"(?P<f{i}>{pat})" for i, (pat, _) in enumerate(_FIXED)))
#: Where a sentence ends: . ! ? ; before a space, a line break, or a bullet.
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n+")
#: Where a clause ends inside a sentence, for ordered (misconception) matching.
_CLAUSE_END = re.compile(
    r",\s*(?:not|never|and not|but)\b|\b(?:while|whilst|whereas|but|however|although|though|unlike|instead|yet|"
    r"rather than|as opposed to|in contrast|compared to|compared with|on the other hand)\b"
)

#: A leading contrast ends at its comma: "unlike trees, kNN needs scaling" is two clauses.
_CONTRAST_LEAD = re.compile(
    r"\b(?:unlike|compared to|compared with|as opposed to|instead of|rather than)\b[^,.;:\n]{1,60}(,)"
)

_PAUSE = re.compile(r"[,;:()\n.!?]")  # where a negation's reach ends
#: A negation of a pronoun ("without it the first steps would be too small") negates only the pronoun.
_PRONOUN_OBJECTS = frozenset({"it", "them", "this", "that", "these", "those", "him", "her", "me", "us", "you", "one"})
_NOT_ISE = frozenset({"prom", "prem", "prec", "conc", "comprom", "wise"})
STEM_MEMO = 50_000  # words whose stem is remembered: English in an interview fits, a flood does not grow it


def _stem(stemmer: snowballstemmer.stemmer, word: str) -> str:
    m = re.search(r"is(ation|ations|ing|ed|es|e)$", word)
    # British -ise: normalise -> normalize, but not raise, promise or precise
    if m and len(word[: m.start()]) >= 4 and word[: m.start()] not in _NOT_ISE:
        word = word[: m.start()] + "iz" + m.group(1)
    if word.endswith("our") and len(word) > 5:  # behaviour -> behavior
        word = word[:-3] + "or"
    return str(stemmer.stemWord(word))


def _apply(rx: re.Pattern[str], table: tuple[tuple[str, str], ...], low: str, offs: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    new: list[int] = []
    last = 0
    for m in rx.finditer(low):
        out.append(low[last : m.start()])
        new.extend(offs[last : m.start()])
        i = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        rep = table[i][1]
        out.append(rep)
        new.extend([offs[m.start()]] * len(rep))
        last = m.end()
    out.append(low[last:])
    new.extend(offs[last:])
    return "".join(out), new


def _rewrite(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased with the rewrites applied, and for each character of the result the
    offset of the character of ``text`` it came from (so a span can be quoted from the original)."""
    low = text.lower()
    if len(low) != len(text):  # a rare letter whose lower case is longer: keep it as it is
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low = low.replace("’", "'")
    offs = list(range(len(low) + 1))
    low, offs = _apply(_REWRITE, REWRITES, low, offs)
    return _apply(_FIXED_RE, _FIXED, low, offs)


@dataclass(frozen=True)
class Cue:
    source: str
    slots: tuple[tuple[str, ...], ...]  # each slot: alternative canonical tokens (a '*' suffix = prefix)


@dataclass(frozen=True)
class Answer:
    """An answer tokenised for matching: canonical tokens, where each one came from in the text, and
    which sentence and clause it sits in."""

    text: str
    tokens: list[str]
    raw: list[str]  # the stem as written, before synonyms (what a prefix is also compared with)
    pos: dict[str, list[int]]
    negated: set[int]
    starts: list[int]
    ends: list[int]
    sentence: list[int]
    clause: list[int]

    @property
    def words(self) -> int:
        return len(self.tokens)

    def span(self, lo: int, hi: int) -> str:
        """The answer's own words from token ``lo`` to token ``hi``."""
        if not self.tokens:
            return ""
        return " ".join(self.text[self.starts[lo] : self.ends[hi]].split())

    def sentence_span(self, i: int) -> str:
        """The whole sentence that token ``i`` is in."""
        return self.sentence_text(self.sentence[i])

    def sentence_text(self, sid: int) -> str:
        ids = [j for j, s in enumerate(self.sentence) if s == sid]
        return self.span(ids[0], ids[-1]) if ids else ""


@dataclass
class Matcher:
    """Built once in ``bootstrap`` and shared: it holds only read-only tables (the synonyms, the
    evidence model's weights and IDF) and memos of stems, compiled cues and key-point vocabularies.
    ``model=None`` loads the shipped evidence model; ``evidence_layer=False`` grades by cues alone."""

    window: int = 12
    claim_span: int = 12  # a stated claim's words lie within this many words of each other
    model: EvidenceModel | None = None
    evidence_layer: bool = True
    evidence: Evidence | None = field(init=False, repr=False, default=None)
    _stemmer: snowballstemmer.stemmer = field(init=False, repr=False)
    _single: dict[str, str] = field(init=False, repr=False)
    _phrases: list[tuple[tuple[str, ...], str]] = field(init=False, repr=False)
    _by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(init=False, repr=False)
    _stems: dict[str, str] = field(init=False, repr=False)
    _cue_cache: dict[str, Cue] = field(init=False, repr=False)
    _pairs: list[tuple[str, str]] = field(init=False, repr=False)
    swaps: list[tuple[str, str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._stemmer = snowballstemmer.stemmer("english")
        self._stems = {}
        self._by_first = {}
        self._single = {}
        phrases: list[tuple[tuple[str, ...], str]] = []
        for group in SYNONYMS:
            canon = "_".join(self._raw_stems(group[0]))
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
        for ptoks, canon in phrases:
            self._by_first.setdefault(ptoks[0], []).append((ptoks, canon))
        self._cue_cache = {}
        self._pairs = [(self.normalize(a)[0], self.normalize(b)[0]) for a, b in PAIRS]
        self.swaps = [pair for a, b in SWAPS if (pair := _sides(self.normalize(a), self.normalize(b)))]
        if self.evidence_layer:
            from bot.core.evidence import Evidence, EvidenceModel  # it builds on this module

            if self.model is None:
                self.model = EvidenceModel.load()
            self.evidence = Evidence(self, self.model.idf, self.model.default_idf)

    # -- normalisation -----------------------------------------------------------------------
    def _tokens(self, text: str) -> list[tuple[str, int, int, int, int]]:
        """(stem or '¬' or '*', start, end, sentence, clause) for each word of ``text``; '¬0' is a
        negation that scopes over a pronoun only."""
        low, offs = _rewrite(text)
        sent_ends = [m.start() for m in _SENTENCE_END.finditer(low)]
        clause_ends = _clause_ends(low, sent_ends)
        out: list[tuple[str, int, int, int, int]] = []
        si = ci = 0
        after_negator = False
        for m in _TOKEN.finditer(low):
            while si < len(sent_ends) and sent_ends[si] < m.start():
                si += 1
            while ci < len(clause_ends) and clause_ends[ci] < m.start():
                ci += 1
            w = m.group()
            start, end = offs[m.start()], offs[m.end() - 1] + 1
            if w == "*":
                out.append(("*", start, end, si, ci))
                continue
            if after_negator and w in _PRONOUN_OBJECTS and out and out[-1][0] == "¬":
                out[-1] = ("¬0", *out[-1][1:])
            after_negator = False
            if w in STOP:
                continue
            if w in NEGATORS or w.endswith("n't"):
                out.append(("¬", start, end, si, ci))
                after_negator = True
                continue
            stem = self._stems.get(w)
            if stem is None:
                stem = w if w[0].isdigit() else _stem(self._stemmer, w)
                if len(self._stems) < STEM_MEMO:
                    self._stems[w] = stem
            out.append((stem, start, end, si, ci))
        return out

    def _raw_stems(self, text: str) -> list[str]:
        out: list[str] = []
        for t, *_ in self._tokens(text):
            t = "¬" if t == "¬0" else t
            if t == "*":
                if out:
                    out[-1] += "*"
                continue
            out.append(t)
        return out

    def _join(self, toks: list[str]) -> list[tuple[str, int, int]]:
        """Phrase and word synonyms: (canonical token, first index, last index) over ``toks``."""
        out: list[tuple[str, int, int]] = []
        i, n = 0, len(toks)
        while i < n:
            for ptoks, canon in self._by_first.get(toks[i], ()):
                k = len(ptoks)
                if tuple(toks[i : i + k]) == ptoks:
                    out.append((canon, i, i + k - 1))
                    i += k
                    break
            else:
                out.append((self._single.get(toks[i], toks[i]), i, i))
                i += 1
        return out

    def normalize(self, text: str) -> list[str]:
        """Tokens of ``text`` after stemming, phrase synonyms and word synonyms."""
        return [t for t, _, _ in self._join(self._raw_stems(text))]

    def compile(self, cue: str) -> Cue:
        """A cue's slots. A multi-word synonym ("learning rate") is one slot even when its words are
        in separate chunks of the cue ("lower* learning rate|lr")."""
        c = self._cue_cache.get(cue)
        if c is not None:
            return c
        chunks: list[list[str]] = []  # each: alternatives, a prefix ending in '*' or a plain phrase
        stems: list[list[list[str]]] = []  # the raw stems of each alternative
        for chunk in cue.removeprefix("=").split():  # "=": the words next to each other (find_stated_cue)
            alts = [(a, self._raw_stems(a.rstrip("*"))) for a in chunk.split("|")]
            alts = [(a, st) for a, st in alts if st]
            if alts:
                chunks.append([a for a, _ in alts])
                stems.append([st for _, st in alts])
        slots: list[tuple[str, ...]] = []
        i = 0
        while i < len(chunks):
            firsts = {st[0] for a, st in zip(chunks[i], stems[i], strict=True) if len(st) == 1 and not a.endswith("*")}
            for ptoks, canon in (p for f in firsts for p in self._by_first.get(f, ())):
                k = len(ptoks)
                if i + k <= len(chunks) and all(
                    any(
                        not a.endswith("*") and st == [ptoks[j]]
                        for a, st in zip(chunks[i + j], stems[i + j], strict=True)
                    )
                    for j in range(k)
                ):
                    slots.append(_phrase_slot(self.normalize, chunks[i : i + k], canon))
                    i += k
                    break
            else:
                if len(chunks[i]) == 1 and not chunks[i][0].endswith("*"):
                    slots.extend((t,) for t in self.normalize(chunks[i][0]))  # "0.05", "k-means"
                    i += 1
                    continue
                alts_out: list[str] = []
                for a in chunks[i]:
                    if a.endswith("*"):
                        alts_out.append(a.rstrip("*").lower().replace("-", "") + "*")
                    else:
                        alts_out.append(" ".join(self.normalize(a)))  # "0.05", "one-hot": words in a row
                slots.append(tuple(dict.fromkeys(alts_out)))
                i += 1
        c = Cue(cue, tuple(slots))
        self._cue_cache[cue] = c
        return c

    # -- matching ----------------------------------------------------------------------------
    def index(self, text: str) -> Answer:
        raw = [t for t in self._tokens(text) if t[0] != "*"]
        joined = self._join([t[0] for t in raw])
        toks: list[str] = []
        raws: list[str] = []
        pos: dict[str, list[int]] = {}
        negated: set[int] = set()
        starts: list[int] = []
        ends: list[int] = []
        sentence: list[int] = []
        clause: list[int] = []
        for i, (t, a, b) in enumerate(joined):
            scoped = t == "¬"  # a negation of the next words ('¬0': of a pronoun only)
            t = "¬" if t == "¬0" else t
            toks.append(t)
            raws.append("".join(x[0] for x in raw[a : b + 1]))
            starts.append(raw[a][1])
            ends.append(raw[b][2])
            sentence.append(raw[a][3])
            clause.append(raw[a][4])
            pos.setdefault(t, []).append(i)
            if t == "¬":
                for j in (i + 1, i + 2) if scoped else ():
                    if j >= len(joined) or _PAUSE.search(text, raw[a][2], raw[joined[j][1]][1]):
                        break
                    negated.add(j)
                continue
            # a joined synonym ("learning_rate") also answers for its parts
            if "_" in t:
                for part in t.split("_"):
                    pos.setdefault(part, []).append(i)
        return Answer(text, toks, raws, pos, negated, starts, ends, sentence, clause)

    def _slot_positions(self, ans: Answer, slot: tuple[str, ...], keep_negated: bool = False) -> list[int]:
        out: list[int] = []
        for alt in slot:
            if " " in alt:
                out.extend(_sequence_positions(ans, alt.split()))
            elif alt.endswith("*"):
                stem = alt[:-1]
                stemmed = self._prefix_stem(stem)
                for tok, ps in ans.pos.items():
                    if tok.startswith(stem) or (len(stem) - len(tok) <= 3 and stem.startswith(tok)):
                        out.extend(p for p in ps if tok.startswith(stem) or _cut(ans, p, tok, stem))
                # the word as written, before the synonym table renamed it ("lowered" for lower*)
                out.extend(i for i, r in enumerate(ans.raw) if r.startswith((stem, stemmed)) or _cut(ans, i, r, stem))
            else:
                out.extend(ans.pos.get(alt, ()))
        return sorted(p for p in set(out) if keep_negated or p not in ans.negated)

    def _prefix_stem(self, prefix: str) -> str:
        """A prefix that is a whole word also matches the forms of that word ("embedding*" the stem
        "embed" of "embeddings"); a stem shorter than four letters is too loose to use."""
        stem = self._stems.get(prefix)
        if stem is None:
            stem = _stem(self._stemmer, prefix) if prefix.isalpha() else prefix
            self._stems[prefix] = stem
        return stem if len(stem) >= 4 else prefix

    def find(self, ans: Answer, cue: str) -> tuple[int, int] | None:
        """Where the cue's words sit close together (any order): first and last token, or None."""
        c = self.compile(cue)
        if not c.slots or cue.startswith("="):
            return self.find_stated_cue(ans, c, clauses=False) if c.slots else None
        # a cue that itself says "not" wants the negation, so negated words count for it
        says_not = any("¬" in s for s in c.slots)
        lists = [self._slot_positions(ans, s, says_not) for s in c.slots]
        if any(not ps for ps in lists):
            return None
        if len(lists) == 1:
            return lists[0][0], lists[0][0]
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
                return lo, hi
        return None

    def matches(self, ans: Answer, cue: str) -> bool:
        return self.find(ans, cue) is not None

    def any_match(self, ans: Answer, cues: Sequence[str]) -> str | None:
        for cue in cues:
            if self.matches(ans, cue):
                return cue
        return None

    def find_stated(self, ans: Answer, cue: str, *, clauses: bool = True) -> tuple[int, int] | None:
        """Where the cue is stated: its words in its order inside one clause (one sentence with
        ``clauses=False``), none negated unless the cue says "not". First and last token, or None."""
        return self.find_stated_cue(ans, self.compile(cue), clauses=clauses)

    def find_stated_cue(self, ans: Answer, c: Cue, *, clauses: bool = True) -> tuple[int, int] | None:
        if not c.slots:
            return None
        says_not = any("¬" in s for s in c.slots)
        step = 1 if c.source.startswith("=") else len(ans.tokens)  # "=": each word right after the last
        if clauses and self._compares(c):
            clauses = False
        scope = ans.clause if clauses else ans.sentence
        lists = [self._slot_positions(ans, s, says_not) for s in c.slots]
        if any(not ps for ps in lists):
            return None
        for first in lists[0]:
            last = first
            for ps in lists[1:]:
                nxt = _next_position(ans, ps, last, step, scope, scope[first])
                if nxt is None:
                    break
                last = nxt
            else:
                if last - first <= max(self.claim_span, 3 * len(c.slots)) and not _disclaimed(ans, first, last):
                    return first, last
        return None

    def _compares(self, c: Cue) -> bool:
        words = {a for s in c.slots for a in s}
        return any(a in words and b in words for a, b in self._pairs)

    def states(self, ans: Answer, cue: str, *, clauses: bool = True) -> bool:
        return self.find_stated(ans, cue, clauses=clauses) is not None


def _next_position(ans: Answer, ps: list[int], last: int, step: int, scope: list[int], where: int) -> int | None:
    """The first of ``ps`` after ``last``, at most ``step`` on, in the same clause (or sentence); a joined
    synonym ("learning_rate") answers for its parts at one position."""
    ok = (p for p in ps if (last < p <= last + step or (p == last and "_" in ans.tokens[p])) and scope[p] == where)
    return next(ok, None)


def _clause_ends(low: str, sent_ends: list[int]) -> list[int]:
    cuts = [m.start() for m in _CLAUSE_END.finditer(low)] + [m.start(1) for m in _CONTRAST_LEAD.finditer(low)]
    return sorted(sent_ends + cuts)


def _phrase_slot(normalize: Callable[[str], list[str]], span: list[list[str]], canon: str) -> tuple[str, ...]:
    """A slot for cue chunks that spell a multi-word synonym. With alternatives among them
    ("canary|shadow deploy", "false negative|positive") every combination stays an alternative: the
    synonym, or the words in a row ("canari deploy"), never the synonym alone."""
    if all(len(c) == 1 for c in span) or any(a.endswith("*") for c in span for a in c):
        return (canon,)
    alts = (normalize(" ".join(combo)) for combo in itertools.product(*span))
    # "learning lr" is "learning rate" again (lr is its synonym): the synonym alone covers it
    return tuple(dict.fromkeys(" ".join(a) for a in alts if a and (a == [canon] or canon not in a)))


def _sequence_positions(ans: Answer, words: list[str]) -> list[int]:
    """Where these words stand in a row in the answer (stop words aside): the first one's positions."""
    n = len(ans.tokens)
    return [p for p in ans.pos.get(words[0], ()) if p + len(words) <= n and ans.tokens[p : p + len(words)] == words]


def _cut(ans: Answer, i: int, r: str, prefix: str) -> bool:
    """A stem cut short ("materi" of "materializes") matches a far longer prefix; a whole word ("under") only
    one a short suffix longer (undersampl* and underfit* are not under)."""
    whole = ans.text[ans.starts[i] : ans.ends[i]].lower() == r
    return len(r) >= 5 and prefix.startswith(r) and (len(prefix) - len(r) <= 2 or not whole)


def _sides(ta: list[str], tb: list[str]) -> tuple[str, str] | None:
    """The one word in which two phrases differ ("memory bound" / "compute bound": memori, comput)."""
    da, db = [t for t in ta if t not in tb], [t for t in tb if t not in ta]
    return (da[0], db[0]) if len(da) == 1 and len(db) == 1 else None


def _disclaimed(ans: Answer, first: int, last: int) -> bool:
    """The claim is named only to be denied: a disclaimer before it in its sentence, or right after it."""
    sid = ans.sentence[first]
    ids = [j for j, s in enumerate(ans.sentence) if s == sid]
    before = ans.text[ans.starts[ids[0]] : ans.starts[first]].lower().replace("’", "'")
    nxt = next((j for j in range(last + 1, len(ans.tokens)) if j - last > 8), len(ans.tokens) - 1)
    after = ans.text[ans.ends[last] : ans.ends[nxt] if ans.tokens else 0].lower().replace("’", "'")
    return rejects(before, after)
