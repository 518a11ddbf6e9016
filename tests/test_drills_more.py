"""The cd2 drills (ML-context and classic patterns): each has enough visible, edge and hidden tests,
runs fast, rejects a plausible wrong solution for the reason its test names, and accepts a right
solution written differently from the reference. All through the harness ``content validate`` and
the runners use (``run_drill_tests``)."""

from __future__ import annotations

import re

import pytest

from bot.core.curriculum import CodingPrompt, Curriculum, default_content_dir, load_curriculum
from bot.core.drills import run_drill_tests
from bot.core.flows.judge_view import render_report
from bot.core.harness import Outcome
from bot.core.judging import Limits
from bot.runner.bwrap_runner import BwrapRunner
from bot.runner.local_runner import LocalRunner

_ALL = load_curriculum([default_content_dir()]).prompts.values()
NEW = [p for p in _ALL if isinstance(p, CodingPrompt) and p.id.startswith("cd2-")]


def _drill(curriculum: Curriculum, pid: str) -> CodingPrompt:
    p = curriculum.prompts[pid]
    assert isinstance(p, CodingPrompt)
    return p


def _mutate(source: str, old: str | tuple[str, ...], new: str | tuple[str, ...]) -> str:
    """The reference with one bug planted: each ``old`` (occurring exactly once) replaced by its ``new``."""
    olds, news = (old, new) if isinstance(old, tuple) else ((old,), (new,))
    assert isinstance(news, tuple) and len(olds) == len(news)
    for o, n in zip(olds, news, strict=True):
        assert source.count(o) == 1, f"the mutation target must occur once in the reference: {o!r}"
        source = source.replace(o, n)
    return source


def test_the_new_drills_are_all_there() -> None:
    assert len(NEW) >= 24
    assert len({p.topic for p in NEW}) == len(NEW)


@pytest.mark.parametrize("drill", NEW, ids=lambda p: p.id)
def test_each_new_drill_has_visible_edge_and_hidden_tests(drill: CodingPrompt) -> None:
    visible = [t for t in drill.tests if not t.hidden]
    assert len(visible) >= 4 and any(t.edge for t in visible), drill.id
    assert sum(t.hidden for t in drill.tests) >= 2, drill.id
    assert len(drill.hints) >= 2 and drill.phase == 2
    assert len({t.name for t in drill.tests}) == len(drill.tests), "test names are what a learner sees: unique"


@pytest.mark.parametrize("drill", NEW, ids=lambda p: p.id)
def test_each_test_of_a_new_drill_is_quick(drill: CodingPrompt) -> None:
    # the budget in the sandbox is ~0.5 s a test; here, on a shared machine, leave room for load, and a test
    # is slow only when it is slow twice (another process on the same two cores can stall one run)
    def slow() -> set[str]:
        return {o.name for o in run_drill_tests(drill) if o.seconds > 1.5}

    first = slow()
    assert not (first and first & slow()), first


# (drill, old, new, the test that must fail): one bug each, the kind a candidate writes under time
WRONG = [
    pytest.param(
        "cd2-attention-01",
        "row_max = masked.max(axis=-1, keepdims=True)",
        "row_max = masked.max(axis=-2, keepdims=True)",
        "weights are a softmax over the keys and out is weights @ V",
        id="attention-max-over-queries",
    ),
    pytest.param(
        "cd2-attention-01",
        "total = e.sum(axis=-1, keepdims=True)",
        "total = e.sum(axis=-2, keepdims=True)",
        "weights are a softmax over the keys and out is weights @ V",
        id="attention-softmax-over-queries",
    ),
    pytest.param(
        "cd2-attention-01",
        "/ np.sqrt(Wq.shape[1])",
        "/ np.sqrt(X.shape[-1])",
        "scores are scaled by sqrt(d_k), not sqrt(d_model)",
        id="attention-scaled-by-d-model",
    ),
    pytest.param(
        "cd2-mlp-backprop-01",
        "d_Z = d_H * (1.0 - H ** 2)",
        "d_Z = d_H",
        "gradients match central finite differences",
        id="mlp-forgets-tanh-derivative",
    ),
    pytest.param(
        "cd2-mlp-backprop-01",
        "d_out = diff / n",
        "d_out = diff",
        "gradients match central finite differences",
        id="mlp-gradient-of-the-sum",
    ),
    pytest.param(
        "cd2-gini-split-01",
        "return float((xs[i] + xs[i + 1]) / 2), float(score[best])",
        "return float(xs[i + 1]), float(score[best])",
        "a clean separation scores zero at the midpoint",
        id="gini-threshold-off-by-one",
    ),
    pytest.param(
        "cd2-gini-split-01",
        "best = int(np.flatnonzero(score <= score.min() + 1e-12)[0])",
        "best = int(np.flatnonzero(score <= score.min() + 1e-12)[-1])",
        "ties go to the smallest threshold",
        id="gini-ties-to-the-largest",
    ),
    pytest.param(
        "cd2-knn-01",
        "out.append(next(label for label in row if counts[label] == top))",
        "out.append(max(label for label in row if counts[label] == top))",
        "a tie in the vote goes to the label whose member is nearest",
        id="knn-ties-by-label-value",
    ),
    pytest.param(
        "cd2-minibatch-sgd-01",
        "order = rng.permutation(n)",
        "order = np.random.default_rng(seed).permutation(n)",
        "follows the update rule exactly (one generator, a permutation per epoch, short last batch)",
        id="sgd-same-order-every-epoch",
    ),
    pytest.param(
        "cd2-minibatch-sgd-01",
        "for start in range(0, n, batch_size):",
        "for start in range(0, n - batch_size + 1, batch_size):",
        "follows the update rule exactly (one generator, a permutation per epoch, short last batch)",
        id="sgd-drops-the-last-batch",
    ),
    pytest.param(
        "cd2-reservoir-01",
        "j = rng.randrange(i + 1)",
        "j = rng.randrange(i)",
        "every item is equally likely to be chosen",
        id="reservoir-off-by-one",
    ),
    pytest.param(
        "cd2-bootstrap-ci-01",
        "idx = rng.integers(0, x.size, size=(n_boot, x.size))",
        "idx = np.argsort(rng.random((n_boot, x.size)), axis=1)",
        "the interval for a normal sample's mean is close to mean ± 1.96 s / sqrt(n)",
        id="bootstrap-without-replacement",
    ),
    pytest.param(
        "cd2-bootstrap-ci-01",
        "np.quantile(values, [alpha / 2, 1 - alpha / 2])",
        "np.quantile(values, [alpha, 1 - alpha])",
        "follows the stated recipe exactly",
        id="bootstrap-alpha-not-halved",
    ),
    pytest.param(
        "cd2-ab-ztest-01",
        "p = math.erfc(abs(z) / math.sqrt(2))",
        "p = 1 - math.erf(abs(z) / math.sqrt(2))",
        "a p-value deep in the tail keeps its digits",
        id="ztest-one-minus-cdf",
    ),
    pytest.param(
        "cd2-ab-ztest-01",
        "p = math.erfc(abs(z) / math.sqrt(2))",
        "p = 0.5 * math.erfc(abs(z) / math.sqrt(2))",
        "10% against 12.5% on 2000 users each",
        id="ztest-two-sided-is-one-tail",
    ),
    pytest.param(
        "cd2-nms-01",
        "order = rest[iou(boxes[best], boxes[rest]) <= iou_threshold]",
        "order = rest[iou(boxes[best], boxes[rest]) < iou_threshold]",
        "an IoU exactly at the threshold survives; equal scores keep index order",
        id="nms-suppresses-at-the-threshold",
    ),
    pytest.param(
        "cd2-nms-01",
        (
            "w = np.clip(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0.0, None)",
            "h = np.clip(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0.0, None)",
        ),
        (
            "w = np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0])",
            "h = np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1])",
        ),
        "IoU of overlapping, nested, identical, touching and disjoint boxes",
        id="iou-without-clipping",
    ),
    pytest.param(
        "cd2-top-p-01",
        "keep = min(int(np.searchsorted(cum, top_p)) + 1, z.size)",
        "keep = min(int(np.searchsorted(cum, top_p)), z.size)",
        "keeps the shortest prefix reaching top_p and renormalises",
        id="top-p-one-token-short",
    ),
    pytest.param(
        "cd2-top-p-01",
        'order = np.argsort(-p, kind="stable")',
        'order = np.argsort(p, kind="stable")',
        "keeps the shortest prefix reaching top_p and renormalises",
        id="top-p-sorted-the-wrong-way",
    ),
    pytest.param(
        "cd2-seq-xent-01",
        "loss = float(-(q * log_probs).sum() / n_valid)",
        "loss = float(-(q * log_probs).sum() / t.size)",
        "padding is left out of the mean and gets zero gradient",
        id="xent-mean-over-padding-too",
    ),
    pytest.param(
        "cd2-seq-xent-01",
        "grad[valid] = (np.exp(log_probs) - q) / n_valid",
        "grad[valid] = np.exp(log_probs) - q",
        "the gradient matches central finite differences",
        id="xent-gradient-of-the-sum",
    ),
    pytest.param(
        "cd2-adamw-01",
        ("m_hat = m / (1 - b1 ** t)", "v_hat = v / (1 - b2 ** t)"),
        ("m_hat = m", "v_hat = v"),
        "the first step is about lr against the gradient's sign, whatever its size",
        id="adam-without-bias-correction",
    ),
    pytest.param(
        "cd2-adamw-01",
        (
            "g = np.asarray(grad_fn(x.copy()), dtype=float)",
            "x = x - lr * (m_hat / (np.sqrt(v_hat) + eps) + weight_decay * x)",
        ),
        (
            "g = np.asarray(grad_fn(x.copy()), dtype=float) + weight_decay * x",
            "x = x - lr * m_hat / (np.sqrt(v_hat) + eps)",
        ),
        "weight decay is decoupled from the gradient statistics",
        id="adam-l2-instead-of-decoupled-decay",
    ),
    pytest.param(
        "cd2-topk-frequent-01",
        "key=lambda wc: (-wc[1], wc[0])",
        "key=lambda wc: -wc[1]",
        "equal counts come alphabetically",
        id="topk-ties-in-first-seen-order",
    ),
    pytest.param(
        "cd2-min-window-01",
        "if right - left + 1 < best_len:",
        "if right - left + 1 <= best_len:",
        "the leftmost of equally short windows",
        id="min-window-keeps-the-last-of-equals",
    ),
    pytest.param(
        "cd2-grid-path-01",
        "if 0 <= nr < rows and 0 <= nc < cols and",
        "if nr < rows and nc < cols and",
        "the grid does not wrap around its edges",
        id="grid-negative-index-wraps",
    ),
    pytest.param(
        "cd2-ship-capacity-01",
        "lo, hi = max(weights), sum(weights)",
        "lo, hi = 1, sum(weights)",
        "the heaviest package is a lower bound",
        id="ship-lower-bound-too-low",
    ),
    pytest.param(
        "cd2-merge-intervals-01",
        "if merged and start <= merged[-1][1]:",
        "if merged and start < merged[-1][1]:",
        "touching intervals merge, unsorted input",
        id="merge-touching-kept-apart",
    ),
    pytest.param(
        "cd2-merge-intervals-01",
        "pairs.sort(key=lambda p: p[0])",
        "intervals.sort(key=lambda p: p[0])\n    pairs = intervals",
        "the input is left unchanged",
        id="merge-sorts-the-input-in-place",
    ),
    pytest.param(
        "cd2-three-sum-01",
        "if i > 0 and a[i] == a[i - 1]:\n            continue",
        "pass",
        "duplicates give each triplet once",
        id="three-sum-repeats-triplets",
    ),
    pytest.param(
        "cd2-subarray-sum-01",
        "seen = {0: 1}",
        "seen = {}",
        "small examples",
        id="subarray-forgets-the-empty-prefix",
    ),
    pytest.param(
        "cd2-cycle-edge-01",
        (
            """root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:               # path compression, iteratively
            parent[x], x = root, parent[x]
        return root""",
            "        if size[ru] < size[rv]:\n            ru, rv = rv, ru\n",
        ),
        (
            """if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]""",
            "",
        ),
        "a 100,000-edge chain closed at the end",
        id="union-find-recursive-without-union-by-size",
    ),
    pytest.param(
        "cd2-course-order-01",
        "return order if len(order) == n else []",
        "return order",
        "a cycle makes it impossible",
        id="topo-returns-a-partial-order",
    ),
    pytest.param(
        "cd2-lru-cache-01",
        """        if node is None:
            return -1
        self._unlink(node)
        self._push_front(node)
        return node.value""",
        """        if node is None:
            return -1
        return node.value""",
        "a get counts as a use, a miss does not change anything",
        id="lru-get-does-not-refresh",
    ),
    pytest.param(
        "cd2-trie-01",
        "        if self.search(word):\n            return\n",
        "",
        "counting words under a prefix, duplicates once",
        id="trie-counts-duplicates",
    ),
    pytest.param(
        "cd2-warmer-days-01",
        "while waiting and temps[waiting[-1]] < t:",
        "while waiting and temps[waiting[-1]] <= t:",
        "an equal temperature is not warmer",
        id="warmer-counts-equal-as-warmer",
    ),
    # the older cd- drills, where a second reading found a bug the tests let through
    pytest.param(
        "cd-scaler-01",
        "constant = std <= 1e-12 * np.abs(mean)",
        "constant = std == 0",
        "a column of 0.1 is recognised as constant despite rounding",
        id="scaler-exact-zero-std-only",
    ),
    pytest.param(
        "cd-stratsplit-01",
        'by_remainder = np.argsort(-(quota - take), kind="stable")',
        "by_remainder = np.lexsort((-np.arange(len(take)), -(quota - take)))",
        "string labels work, and a tied remainder goes to the class that sorts first",
        id="stratsplit-tied-remainder-to-the-last-class",
    ),
    pytest.param(
        "cd-cosinetopk-01",
        "candidates = np.flatnonzero(sims >= cutoff)",
        "candidates = best",
        "ties go to the lower index",
        id="cosine-argpartition-ties-at-the-cut",
    ),
    pytest.param(
        "cd-kmeans-01",
        "    labels = _sq_dists(X, centroids).argmin(axis=1)\n    return centroids, labels",
        "    return centroids, labels",
        "the labels match the returned centroids even when the iteration cap stops the run",
        id="kmeans-stale-labels",
    ),
    pytest.param(
        "cd-dedupe-01",
        "if first != i:\n                union(i, first)",
        "if first != i:\n                parent[i] = first",
        "links are transitive across email and phone",
        id="dedupe-relinks-a-node-instead-of-joining-roots",
    ),
    pytest.param(
        "cd-kfold-01",
        "test = np.sort(order[start:start + size])",
        "test = order[start:start + size]",
        "shuffling is seeded and actually shuffles",
        id="kfold-shuffled-folds-left-unsorted",
    ),
    # a change made in place must reach the tests' copy when the code runs in a process of its own
    pytest.param(
        "cd-scaler-01",
        "    return (tr - mean) / scale, (te - mean) / scale, mean, scale",
        "    tr -= mean\n    te -= mean\n    return tr / scale, te / scale, mean, scale",
        "inputs are not modified",
        id="scaler-centres-the-inputs-in-place",
    ),
]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # a wrong solution may overflow on its way to failing
@pytest.mark.parametrize(("pid", "old", "new", "failing"), WRONG)
def test_a_plausible_wrong_solution_fails_where_expected(
    curriculum: Curriculum, pid: str, old: str | tuple[str, ...], new: str | tuple[str, ...], failing: str
) -> None:
    drill = _drill(curriculum, pid)
    assert failing in {t.name for t in drill.tests}
    outcomes = {o.name: o for o in run_drill_tests(drill, _mutate(drill.solution, old, new))}
    assert not any(o.error.startswith("solution failed to load") for o in outcomes.values()), outcomes[failing]
    assert not outcomes[failing].passed, f"{pid}: the bug {new!r} slipped through {failing!r}"
    shown = outcomes[failing]
    if not shown.hidden:  # a visible failure tells the learner something concrete
        assert shown.checks or shown.error or shown.trace, shown


# right solutions written another way: the tests must not demand the reference's exact choices
RIGHT: dict[str, str] = {
    "cd-gdlinreg-01": """import numpy as np


def fit_linear_gd(X, y, lr=0.1, max_iter=10_000, tol=1e-8):
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or y.ndim != 1 or 0 in X.shape or y.shape[0] != X.shape[0]:
        raise ValueError("bad shapes")
    if not (np.isfinite(X).all() and np.isfinite(y).all()) or lr <= 0 or tol <= 0 or max_iter < 1:
        raise ValueError("bad data or settings")
    A = np.column_stack([X, np.ones(len(X))])
    theta, updates = np.zeros(A.shape[1]), 0
    with np.errstate(all="ignore"):
        while True:
            g = A.T @ (A @ theta - y) / len(y)
            if not np.isfinite(g).all():
                raise ValueError(f"diverged: the learning rate {lr} is too large")
            if np.linalg.norm(g) < tol or updates == max_iter:
                return theta[:-1], float(theta[-1]), updates
            theta, updates = theta - lr * g, updates + 1
""",
    "cd2-reservoir-01": '''import random


def reservoir_sample(stream, k, seed=0):
    """Algorithm L: skips ahead geometrically instead of drawing for every item."""
    import math
    if isinstance(k, bool) or not isinstance(k, int) or k < 0:
        raise ValueError("bad k")
    if k == 0:
        return []
    rng = random.Random(seed)
    it = iter(stream)
    sample = []
    for item in it:
        sample.append(item)
        if len(sample) == k:
            break
    else:
        return sample
    w = math.exp(math.log(rng.random()) / k)
    while True:
        skip = int(math.log(rng.random()) / math.log(1 - w))
        for _ in range(skip):
            if next(it, it) is it:
                return sample
        item = next(it, it)
        if item is it:
            return sample
        sample[rng.randrange(k)] = item
        w *= math.exp(math.log(rng.random()) / k)
''',
    "cd2-knn-01": """import numpy as np
from collections import Counter


def knn_predict(X_train, y_train, X_query, k):
    X_train = np.asarray(X_train, float)
    X_query = np.asarray(X_query, float)
    y_train = np.asarray(y_train)
    if X_train.ndim != 2 or X_query.ndim != 2 or X_train.shape[1] != X_query.shape[1]:
        raise ValueError("shapes")
    if len(y_train) != len(X_train) or y_train.ndim != 1 or not 1 <= k <= len(X_train):
        raise ValueError("k or labels")
    preds = []
    for q in X_query:
        d = np.linalg.norm(X_train - q, axis=1)
        nn = sorted(range(len(d)), key=lambda i: (d[i], i))[:k]
        labels = [y_train[i] for i in nn]
        c = Counter(labels)
        best = max(c.values())
        preds.append(min((labels.index(v), v) for v in c if c[v] == best)[1])
    return np.array(preds)
""",
}


@pytest.mark.parametrize("pid", sorted(RIGHT))
def test_a_right_solution_written_differently_passes(curriculum: Curriculum, pid: str) -> None:
    failed = [(o.name, o.error, o.checks) for o in run_drill_tests(_drill(curriculum, pid), RIGHT[pid]) if not o.passed]
    assert not failed


# ---- in the sandbox, as a learner's submission runs -------------------------------------------------

SANDBOXED = ["cd2-attention-01", "cd2-lru-cache-01", "cd2-cycle-edge-01", "cd2-top-p-01"]


@pytest.mark.parametrize("pid", SANDBOXED)
async def test_the_reference_passes_in_the_sandbox(sandbox: BwrapRunner, curriculum: Curriculum, pid: str) -> None:
    # under the limits a submission gets: the tests' short CPU limit is for runaway code, and the LRU
    # drill's 100,000 calls into the learner's process take about a second of CPU on each side
    runner = BwrapRunner(Limits(), concurrency=2)
    drill = _drill(curriculum, pid)
    report = await runner.run(drill, drill.solution)
    text = render_report(drill, report, runner.limits)
    assert report.verdict == "passed", text
    assert f"Tests: {report.total} of {report.total} passed" in text and "hidden test:" in text


def _as_seen(o: Outcome) -> tuple[object, ...]:
    at = re.compile(r" at 0x[0-9a-f]+")  # a generator's address in a check differs from run to run
    return (o.name, o.passed, o.error, [at.sub("", c) for c in o.checks], o.trace)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize(("pid", "old", "new", "failing"), WRONG)
async def test_a_wrong_solution_reads_the_same_run_as_a_submission(
    sandbox_problem: str | None,
    curriculum: Curriculum,
    pid: str,
    old: str | tuple[str, ...],
    new: str | tuple[str, ...],
    failing: str,
) -> None:
    """The tests in the checker, the code in the learner's process: the same outcomes, errors,
    expected and actual values and traceback lines as with both in one process."""
    drill = _drill(curriculum, pid)
    code = _mutate(drill.solution, old, new)
    runner = BwrapRunner(Limits(), concurrency=2) if sandbox_problem is None else LocalRunner(Limits())
    report = await runner.run(drill, code)
    here, there = [_as_seen(o) for o in run_drill_tests(drill, code)], [_as_seen(c) for c in report.cases]
    if failing == "inputs are not modified":
        # arguments cross the pipe as copies: a view and its base (standardize(X, X[:5])) are no longer
        # one memory, so code that writes into one sees different numbers; which tests fail is the same
        here, there = [o[:2] for o in here], [o[:2] for o in there]
    assert there == here


@pytest.mark.parametrize("pid", sorted(RIGHT))
async def test_a_right_solution_written_differently_passes_as_a_submission(
    sandbox_problem: str | None, curriculum: Curriculum, pid: str
) -> None:
    runner = BwrapRunner(Limits(), concurrency=2) if sandbox_problem is None else LocalRunner(Limits())
    drill = _drill(curriculum, pid)
    report = await runner.run(drill, RIGHT[pid])
    assert report.verdict == "passed", render_report(drill, report, runner.limits)


async def test_a_wrong_solution_in_the_sandbox_shows_expected_and_actual(
    sandbox: BwrapRunner, curriculum: Curriculum
) -> None:
    drill = _drill(curriculum, "cd2-warmer-days-01")
    wrong = _mutate(drill.solution, "temps[waiting[-1]] < t:", "temps[waiting[-1]] <= t:")
    report = await sandbox.run(drill, wrong)
    text = render_report(drill, report, sandbox.limits)
    assert report.verdict == "failed"
    assert "*First failure: an equal temperature is not warmer*" in text
    assert "expected [2, 1, 0], got [1, 1, 0]" in text


async def test_a_bug_only_a_hidden_test_catches_is_named_not_shown(
    sandbox: BwrapRunner, curriculum: Curriculum
) -> None:
    drill = _drill(curriculum, "cd2-cycle-edge-01")
    old, new = next((p.values[1], p.values[2]) for p in WRONG if p.id == "union-find-recursive-without-union-by-size")
    report = await sandbox.run(drill, _mutate(drill.solution, old, new))
    text = render_report(drill, report, sandbox.limits)
    assert report.verdict == "failed"
    failed = [c for c in report.cases if not c.passed]
    assert [c.name for c in failed] == ["a 100,000-edge chain closed at the end"] and failed[0].hidden
    assert "❌ hidden test: a 100,000-edge chain closed at the end" in text
    assert "30_000" not in text  # the hidden test's code stays hidden
