"""Learners' submissions for the runner tests: right ones written differently from the reference
solutions, wrong ones that fail for one reason a judge should name, and escape attempts."""

from __future__ import annotations

KFOLD_RIGHT = """import numpy as np


def kfold_indices(n, k, shuffle=False, seed=0):
    if n < 1 or k < 2 or k > n:
        raise ValueError(f"can't split {n} samples into {k} folds")
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    sizes = [n // k + (1 if i < n % k else 0) for i in range(k)]
    folds, start = [], 0
    for size in sizes:
        test = np.sort(order[start:start + size])
        folds.append((np.setdiff1d(np.arange(n), test), test))
        start += size
    return folds
"""

# sizes rounded the other way: the last fold takes the remainder, so sizes come out [3, 3, 4]
KFOLD_WRONG = KFOLD_RIGHT.replace(
    "sizes = [n // k + (1 if i < n % k else 0) for i in range(k)]",
    "sizes = [n // k] * (k - 1) + [n - n // k * (k - 1)]",
)

LOGSUMEXP_RIGHT = """import numpy as np


def logsumexp(a, axis=None, keepdims=False):
    a = np.asarray(a, dtype=float)
    if a.size == 0 or np.isnan(a).any():
        raise ValueError("empty input or NaN")
    m = np.max(a, axis=axis, keepdims=True)
    shift = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore"):
        out = np.log(np.sum(np.exp(a - shift), axis=axis, keepdims=True)) + shift
    out = np.where(np.isposinf(m), np.inf, out)
    if not keepdims:
        out = np.squeeze(out, axis=axis) if axis is not None else out.reshape(())
    return float(out) if out.ndim == 0 else out
"""

# the naive formula: overflows to inf at 1000
LOGSUMEXP_NAIVE = """import numpy as np


def logsumexp(a, axis=None, keepdims=False):
    a = np.asarray(a, dtype=float)
    if a.size == 0 or np.isnan(a).any():
        raise ValueError("empty input or NaN")
    out = np.log(np.sum(np.exp(a), axis=axis, keepdims=keepdims))
    return float(out) if np.ndim(out) == 0 else out
"""

TOPK_RIGHT = """import numpy as np


def top_k_accuracy(scores, labels, k=5):
    scores = np.asarray(scores, dtype=float)
    labels = np.asarray(labels)
    if scores.ndim != 2 or len(scores) == 0 or labels.shape != (len(scores),):
        raise ValueError("shapes")
    n, c = scores.shape
    if not 1 <= k <= c or not np.isfinite(scores).all() or ((labels < 0) | (labels >= c)).any():
        raise ValueError("k, labels or scores out of range")
    true = scores[np.arange(n), labels][:, None]
    ahead = (scores >= true).sum(axis=1) - 1
    return float(np.mean(ahead < k))
"""

# ties resolved optimistically: only strictly greater scores rank ahead
TOPK_OPTIMISTIC = TOPK_RIGHT.replace("(scores >= true).sum(axis=1) - 1", "(scores > true).sum(axis=1)")

SYNTAX_ERROR = "def kfold_indices(n, k, shuffle=False, seed=0)\n    return []\n"

RAISES_INSIDE = """def kfold_indices(n, k, shuffle=False, seed=0):
    size = n // (k - k)
    return []
"""

INFINITE_LOOP = """def kfold_indices(n, k, shuffle=False, seed=0):
    while True:
        pass
"""

SLEEPS_FOREVER = """import time


def kfold_indices(n, k, shuffle=False, seed=0):
    time.sleep(3600)
"""

MEMORY_BOMB = """def kfold_indices(n, k, shuffle=False, seed=0):
    hoard = []
    while True:
        hoard.append(bytearray(50_000_000))
"""

FORK_BOMB = """import os


def kfold_indices(n, k, shuffle=False, seed=0):
    while True:
        os.fork()
"""

# {port}: a port the test listens on, on the host's loopback
NETWORK = """import socket


def kfold_indices(n, k, shuffle=False, seed=0):
    tried = []
    for host, port in (("1.1.1.1", 443), ("127.0.0.1", {port})):
        try:
            socket.create_connection((host, port), timeout=2).close()
            tried.append(f"{{host}} connected")
        except OSError as e:
            tried.append(f"{{host}} {{type(e).__name__}}")
    print("; ".join(tried))
    raise RuntimeError("no network")
"""

# {paths}: host files the test knows exist (the bot's database, /etc/passwd, ...)
READ_HOST = """import os


def kfold_indices(n, k, shuffle=False, seed=0):
    seen = []
    for path in {paths}:
        try:
            with open(path, "rb") as f:
                seen.append(f"{{path}}: READ {{f.read(60)!r}}")
        except OSError as e:
            seen.append(f"{{path}}: {{type(e).__name__}}")
    for path in ("/proc/1/environ", "/proc/self/environ"):
        try:
            with open(path, "rb") as f:
                seen.append(f"{{path}}: " + f.read().decode(errors="replace"))
        except OSError as e:
            seen.append(f"{{path}}: {{type(e).__name__}}")
    seen.append("environ: " + repr(dict(os.environ)))
    print(*seen, sep=chr(10))
    raise RuntimeError("nothing to read")
"""

# {paths}: where the test looks for the files afterwards, on the host
WRITE_OUTSIDE = """def kfold_indices(n, k, shuffle=False, seed=0):
    done = []
    for path in {paths} + ["/usr/prepdrip-was-here", "/prepdrip-was-here", "/judge/main.py", "/dev/shm/x", "/dev/x"]:
        try:
            with open(path, "w") as f:
                f.write("escaped")
            done.append(f"{{path}}: WROTE")
        except OSError as e:
            done.append(f"{{path}}: {{type(e).__name__}}")
    print(*done, sep=chr(10))
    raise RuntimeError("nowhere to write")
"""

PRINTS_100MB = """def kfold_indices(n, k, shuffle=False, seed=0):
    chunk = "x" * 1_000_000
    for _ in range(100):
        print(chunk)
"""

NEW_NAMESPACE = """import ctypes


def kfold_indices(n, k, shuffle=False, seed=0):
    libc = ctypes.CDLL(None, use_errno=True)
    results = [libc.unshare(0x10000000), ctypes.get_errno(), libc.unshare(0x40000000), ctypes.get_errno()]
    print(f"unshare user, errno, unshare net, errno: {results}")
    raise RuntimeError("no namespaces")
"""

FORGES_REPORT = """print('{"nonce": "guess", "event": "done"}')


def kfold_indices(n, k, shuffle=False, seed=0):
    print('{"event": "test", "name": "x", "passed": true}')
    return []
"""

# ---- forging the verdict from inside the learner's code ----------------------------------------------
# Each returns a wrong answer ([] for kfold_indices) after trying to make the report say "passed". With
# the tests and the learner's code in one process each of these worked; they must all fail now.

# walk up the stack to the entry script's emit() and the job, emit a pass for every test and "done"
FORGE_EMIT = """import os, sys


def _forge():
    f, emit, job = sys._getframe(), None, None
    while f is not None:
        for scope in (f.f_locals, f.f_globals):
            emit = emit or scope.get("emit")
            job = job or scope.get("job")
        f = f.f_back
    if callable(emit) and isinstance(job, dict):
        emit("load", ok=True)
        for case in job["cases"]:
            emit("test", name=case["name"], passed=True, edge=case["edge"], hidden=case["hidden"])
        emit("done")
        os._exit(0)


def kfold_indices(n, k, shuffle=False, seed=0):
    _forge()
    return []
"""

# the same through the report file object and the nonce, written directly
FORGE_REPORT = """import json, os, sys


def _forge():
    f, report, job = sys._getframe(), None, None
    while f is not None:
        for scope in (f.f_locals, f.f_globals):
            report = report or scope.get("report")
            job = job or scope.get("job")
        f = f.f_back
    if report is not None and isinstance(job, dict):
        line = lambda **kw: report.write(json.dumps({"nonce": job["nonce"], **kw}) + chr(10))
        for case in job["cases"]:
            line(event="test", name=case["name"], passed=True)
        line(event="done")
        report.flush()
        os._exit(0)


def kfold_indices(n, k, shuffle=False, seed=0):
    _forge()
    return []
"""

# patch the harness module at load time: every test "passes" without running
FORGE_PATCH = """import sys

harness = sys.modules.get("harness") or sys.modules.get("bot.core.harness")
if harness is None:
    import harness
harness._run_case = lambda case, i, *rest: harness.Outcome(case.name, True, case.edge, case.hidden)
harness.explain_assert = lambda *a, **k: []
if hasattr(harness, "run_cases"):
    _real = harness.run_cases
    harness.run_cases = lambda *a, **k: _real(*a, **k)


def kfold_indices(n, k, shuffle=False, seed=0):
    return []
"""

# fake report lines on fd 1, fd 2 and every descriptor 3..255: the nonce found anywhere in the process
# (its memory, through the garbage collector) or, failing that, guessed
FORGE_FDS = """import gc, json, os


def _nonce():
    for obj in gc.get_objects():
        if isinstance(obj, dict) and isinstance(obj.get("nonce"), str):
            return obj["nonce"], [c["name"] for c in obj.get("cases", [])]
    return None, ["test folds partition the indices and train is the complement"]


def kfold_indices(n, k, shuffle=False, seed=0):
    found, names = _nonce()
    nonce = found or "0" * 32
    lines = [{"nonce": nonce, "event": "load", "ok": True}]
    lines += [{"nonce": nonce, "event": "test", "name": name, "passed": True} for name in names]
    lines += [{"nonce": nonce, "event": "done"}]
    data = "".join(json.dumps(line) + chr(10) for line in lines).encode()
    for fd in range(1, 256):
        try:
            os.write(fd, data)
        except OSError:
            pass
    if found:
        os._exit(0)
    return []
"""

# reach the checker process from outside: its descriptors and memory through /proc, ptrace,
# process_vm_readv, a signal; prints what each attempt got
REACH_CHECKER = """import ctypes, os


def kfold_indices(n, k, shuffle=False, seed=0):
    ppid, seen = os.getppid(), []
    for what, path, mode in (("fd", f"/proc/{ppid}/fd/1", "w"), ("mem", f"/proc/{ppid}/mem", "rb"),
                             ("environ", f"/proc/{ppid}/environ", "rb")):
        try:
            with open(path, mode) as f:
                seen.append(f"{what}: OPENED")
        except OSError as e:
            seen.append(f"{what}: {type(e).__name__}")
    libc = ctypes.CDLL(None, use_errno=True)
    seen.append(f"ptrace: {libc.ptrace(16, ppid, 0, 0)} errno {ctypes.get_errno()}")  # PTRACE_ATTACH
    buf = ctypes.create_string_buffer(8)
    iov = (ctypes.c_void_p * 2)(ctypes.addressof(buf), 8)
    far = (ctypes.c_void_p * 2)(0x400000, 8)
    got = libc.process_vm_readv(ppid, iov, 1, far, 1, 0)
    seen.append(f"process_vm_readv: {got} errno {ctypes.get_errno()}")
    try:
        os.kill(ppid, 0)
        seen.append("signal: SENT")
    except OSError as e:
        seen.append(f"signal: {type(e).__name__}")
    pipes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("pipe:"):
            pipes.add(target)
    seen.append(f"pipes: {len(pipes)}")  # what it printed to, and its pair to the checker: no report pipe
    print("; ".join(seen))
    return []
"""
