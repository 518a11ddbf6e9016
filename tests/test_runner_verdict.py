"""The verdict is written by a process the learner's code cannot reach: the tests run in the checker,
the learner's code in a process of its own, and values cross a data-only pipe (``bot/runner/wire.py``).

Every way the learner's code could make the report say "passed" while its answers are wrong (walking
frames to the harness's ``emit`` or ``report``, patching the harness module, spraying fake report
lines on every descriptor, an object that equals everything, shadowing ``all``) worked when both ran
in one process; here each one fails, on every runner this machine has. The tests' view of the
learner's code stays what it was in one process: types, generators, callbacks, errors, changes made
in place, objects of the learner's classes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from bot.core.content_schema import DrillTest
from bot.core.curriculum import CodingPrompt, Curriculum
from bot.core.drills import run_drill_tests
from bot.core.flows.judge_view import render_report
from bot.core.judging import CodeRunner, Limits, RunReport
from bot.runner.bwrap_runner import BwrapRunner
from bot.runner.local_runner import LocalRunner
from bot.runner.piston_runner import PistonRunner
from tests import solutions as s
from tests.conftest import TEST_LIMITS
from tests.fakes.piston import FakePiston

RUNNERS = ["sandbox", "local", "remote"]


@pytest.fixture(params=RUNNERS)
async def any_runner(request: pytest.FixtureRequest, sandbox_problem: str | None) -> AsyncIterator[CodeRunner]:
    """Each runner this machine has: bubblewrap (skipped, saying why, where it can't run), a local run,
    and the remote runner's protocol against a fake Piston on loopback."""
    if request.param == "sandbox":
        if sandbox_problem is not None:
            pytest.skip(f"bubblewrap cannot run here: {sandbox_problem}")
        yield BwrapRunner(TEST_LIMITS, concurrency=2)
    elif request.param == "local":
        yield LocalRunner(TEST_LIMITS)
    else:
        fake = FakePiston()
        await fake.start()
        try:
            yield PistonRunner(fake.url, TEST_LIMITS)
        finally:
            await fake.stop()


def drill(curriculum: Curriculum, tests: dict[str, str], solution: str = "x = 1\n") -> CodingPrompt:
    """A drill of our own, on the frame of a real one."""
    base = curriculum.prompts["cd-kfold-01"]
    assert isinstance(base, CodingPrompt)
    cases = [DrillTest(name=name, code=code, edge=i == 0) for i, (name, code) in enumerate(tests.items())]
    return base.model_copy(update={"id": "cd-wire-01", "solution": solution, "tests": cases})


async def run(runner: CodeRunner, p: CodingPrompt, code: str) -> tuple[RunReport, str]:
    report = await runner.run(p, code)
    return report, render_report(p, report, runner.limits)


# ---- forging the verdict -----------------------------------------------------------------------------


@pytest.mark.parametrize("exploit", ["FORGE_EMIT", "FORGE_REPORT", "FORGE_PATCH", "FORGE_FDS"])
async def test_code_that_forges_a_pass_from_its_own_process_fails(any_runner, curriculum, exploit) -> None:
    p = curriculum.prompts["cd-kfold-01"]
    assert isinstance(p, CodingPrompt)
    report, text = await run(any_runner, p, getattr(s, exploit))
    assert report.verdict != "passed", text
    assert not any(c.passed for c in report.cases), text
    if exploit == "FORGE_FDS":  # its lines land in what it printed, and its junk in its own pipe ends the run
        assert report.verdict in ("failed", "crashed") and '"event": "done"' in report.output
    else:
        assert report.verdict == "failed" and len(report.cases) == report.total
        assert "expected 3, got 0 from `len(folds)`" in report.cases[0].checks


ALWAYS_EQUAL = """
class Yes:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0

    def __repr__(self):
        return "Yes()"


def add(a, b):
    return Yes()
"""

SHADOWS_BUILTINS = """
def all(*args, **kwargs):
    return True


def len(*args, **kwargs):
    return 3


def positives(n):
    return [-1]
"""


async def test_an_object_equal_to_everything_is_not_the_expected_value(any_runner, curriculum) -> None:
    p = drill(curriculum, {"one plus two": "assert add(1, 2) == 3", "two plus two": "assert add(2, 2) == 4"})
    assert all(o.passed for o in run_drill_tests(p, ALWAYS_EQUAL))  # in one process it passed
    report, text = await run(any_runner, p, ALWAYS_EQUAL)
    assert report.verdict == "failed" and not any(c.passed for c in report.cases)
    assert report.cases[0].checks == ["expected 3, got Yes() from `add(1, 2)`"], text


async def test_the_learners_names_never_replace_the_tests_builtins(any_runner, curriculum) -> None:
    p = drill(
        curriculum,
        {"all positive": "assert all(x > 0 for x in positives(3))", "three of them": "assert len(positives(3)) == 3"},
    )
    assert all(o.passed for o in run_drill_tests(p, SHADOWS_BUILTINS))  # in one process it passed
    report, _ = await run(any_runner, p, SHADOWS_BUILTINS)
    assert report.verdict == "failed" and [c.passed for c in report.cases] == [False, False]


async def test_the_checker_is_out_of_the_learners_reach(sandbox, curriculum) -> None:
    """Another user id, not dumpable, and the seccomp filter: no descriptors or memory through /proc,
    no ptrace, no process_vm_readv, no signal."""
    p = curriculum.prompts["cd-kfold-01"]
    assert isinstance(p, CodingPrompt)
    report, _ = await run(sandbox, p, s.REACH_CHECKER)
    assert report.verdict == "failed"
    line = report.output.splitlines()[0]
    assert line.startswith("fd: PermissionError; mem: PermissionError; environ: PermissionError; ptrace: -1 errno 1")
    assert "process_vm_readv: -1 errno 1" in line
    assert line.endswith("; pipes: 3")  # stderr, and its pair to the checker: not the report's
    if sandbox.as_root:
        assert "signal: PermissionError" in line  # a different user id: it can't even stop the checker


LOOKS_INSIDE = """
import numpy as np


def peek(value):
    seen = []
    for name in ("gi_frame", "__globals__", "gi_code", "f_globals"):
        try:
            getattr(value, name)
            seen.append(f"{name}: GOT")
        except Exception as e:
            seen.append(f"{name}: {type(e).__name__}")
    print("; ".join(seen))
    return 1


def crafted(box):
    # past the stand-in: a raw request on the pipe, as hostile code could send it
    import gc

    peer = next((o for o in gc.get_objects() if type(o).__name__ == "Peer"), None)
    if peer is None:  # in one process there is no pipe to send on
        return "no pipe"
    hid = object.__getattribute__(box, "_hid")
    seen = []
    for op, name in (("callm", "kind"), ("get", "kind"), ("callm", "get"), ("call", None)):
        try:
            seen.append(f"{op} {name}: {peer.value(op, hid, name=name)!r}")
        except Exception as e:
            seen.append(f"{op} {name}: {type(e).__name__}")
    return "; ".join(seen)


class Pointer:
    @property
    def __array_interface__(self):
        return {"data": (4096, False), "shape": (64,), "typestr": "|u1", "version": 3}


def pointer():
    return Pointer()
"""


async def test_what_the_tests_pass_in_can_be_used_not_looked_inside(any_runner, curriculum) -> None:
    p = drill(
        curriculum,
        {
            "a generator": "def g():\n    yield 1\nassert peek(g()) == 1",
            "a lambda": "assert peek(lambda x: x) == 1",
            # a forwarded __array_interface__ would point NumPy at address 4096 of the checker
            "an array interface": "a = np.asarray(pointer())\nassert a.dtype == object and a.shape == ()",
            # a class reached through an attribute would be a way to make objects in the checker
            "a raw request": "class Box:\n    kind = dict\n    def get(self):\n        return 1\n"
            "got = crafted(Box())\nassert got == 'callm kind: PermissionError; get kind: PermissionError; "
            "callm get: 1; call None: TypeError', got",
        },
        LOOKS_INSIDE,
    )
    report, text = await run(any_runner, p, LOOKS_INSIDE)
    assert report.verdict == "passed", text
    assert "GOT" not in report.output and report.output.count("gi_frame: PermissionError") == 2


# ---- the tests see the learner's code as they did in one process --------------------------------------

SEMANTICS = """
import numpy as np


class Bad(ValueError):
    pass


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, by=1):
        self.n += by
        return self.n

    def __len__(self):
        return self.n

    def __iter__(self):
        return iter(range(self.n))

    def __getitem__(self, i):
        return i * 10

    def __repr__(self):
        return f"Counter({self.n})"


def same(x):
    return x


def total(stream):
    return sum(stream)


def apply(f, xs):
    return [f(x) for x in xs]


def check(x):
    if x < 0:
        raise Bad(f"negative: {x}")
    return x


def in_place(xs, arr, d, nested):
    xs.sort()
    arr *= 2
    d["seen"] = True
    nested[0].append(9)


def squares(n):
    for i in range(n):
        yield i * i


def shout():
    print("hello from the learner")
    return 1
"""

SEMANTIC_TESTS = {
    "values keep their types": """
for v in [None, True, 3, 2**100, 1.5, float("inf"), "é\\x00", b"\\x00\\xff", (1, [2, {3: "x"}]), {1, 2},
          frozenset({3}), range(2, 9, 3), 1 + 2j, bytearray(b"ab"), int, np.float64]:
    got = same(v)
    assert got == v and type(got) is type(v), (v, got)
nan = same(float("nan"))
assert nan != nan
a = same(np.arange(6, dtype=np.int16).reshape(2, 3))
assert a.dtype == np.int16 and a.tolist() == [[0, 1, 2], [3, 4, 5]]
assert type(same(np.float32(0.5))) is np.float32 and same(np.float32(0.5)) == 0.5
assert isinstance(same(np.float64(2.0)), float) and same(np.dtype("float32")) == np.float32
ro = np.ones(3)
ro.flags.writeable = False
assert not same(ro).flags.writeable and same(np.ones(2)).flags.writeable
assert same(np.array(["ab", "c"])).tolist() == ["ab", "c"]
assert same(np.array([1, "x"], dtype=object)).tolist() == [1, "x"]
""",
    "a generator is read once, where the tests made it": """
seen = []
def gen():
    for i in range(5000):
        seen.append(i)
        yield i
g = gen()
assert total(g) == sum(range(5000))
assert seen == list(range(5000)) and next(g, None) is None
assert total(iter([1, 2, 3])) == 6 and total(range(4)) == 6
""",
    "a function the tests pass is called back": """
assert apply(lambda x: x + 1, [1, 2]) == [2, 3]
calls = []
apply(calls.append, ["a", "b"])
assert calls == ["a", "b"]
assert apply(np.sqrt, [4.0]) == [2.0]
""",
    "an error arrives as its builtin type": """
try:
    check(-1)
except ValueError as e:
    assert str(e) == "negative: -1"
else:
    raise AssertionError("no error")
try:
    apply(lambda x: 1 / x, [0])
except ZeroDivisionError:
    pass
else:
    raise AssertionError("no error")
""",
    "changes made in place are seen": """
xs, arr, d, inner = [3, 1, 2], np.array([1.0, 2.0]), {}, [1]
in_place(xs, arr, d, nested=[inner])
assert xs == [1, 2, 3] and arr.tolist() == [2.0, 4.0] and d == {"seen": True} and inner == [1, 9]
""",
    "threads in a test take turns": """
import threading
out = []
def work(start):
    out.extend(same(i) for i in range(start, start + 300))
ts = [threading.Thread(target=work, args=(n * 300,)) for n in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sorted(out) == list(range(600))
""",
    "objects of the learner's classes": """
c = Counter(2)
assert c.bump() == 3 and c.bump(by=2) == 5 and c.n == 5 and len(c) == 5
assert list(c) == [0, 1, 2, 3, 4] and c[3] == 30 and repr(c) == "Counter(5)" and 4 in c
assert c is c and c == c and c != Counter(5) and bool(c)
assert list(squares(4)) == [0, 1, 4, 9]
g = squares(3)
assert next(g) == 0 and next(g) == 1 and list(g) == [4]
assert shout() == 1
""",
}


async def test_the_tests_see_the_learners_code_as_in_one_process(any_runner, curriculum) -> None:
    p = drill(curriculum, SEMANTIC_TESTS, SEMANTICS)
    in_process = run_drill_tests(p, SEMANTICS)
    assert all(o.passed for o in in_process), [(o.name, o.error, o.checks) for o in in_process if not o.passed]
    report, text = await run(any_runner, p, SEMANTICS)
    assert report.verdict == "passed", text
    assert "hello from the learner" in report.output


async def test_a_value_the_pipe_cant_carry_is_an_error_not_a_crash(any_runner, curriculum) -> None:
    code = "def huge():\n    return 10 ** 5000\n\ndef fine():\n    return 1\n"
    p = drill(curriculum, {"huge": "assert huge() > 0", "fine": "assert fine() == 1"}, code)
    report, text = await run(any_runner, p, code)
    assert report.verdict == "failed", text
    assert report.cases[0].error.startswith("ValueError: Exceeds the limit (4300 digits)")
    assert report.cases[1].passed


FAILS = """
class Bad(ValueError):
    pass


def check(x):
    if x < 0:
        raise Bad(f"negative: {x}")
    return x


def twice(xs):
    print("twice got", xs)
    return xs + xs[:1]
"""


async def test_a_failure_reads_as_it_did_in_one_process(any_runner, curriculum) -> None:
    p = drill(curriculum, {"doubles": "assert twice([1, 2]) == [1, 2, 1, 2]", "rejects": "check(-5)"}, FAILS)
    report, _ = await run(any_runner, p, FAILS)
    doubles, rejects = report.cases
    assert doubles.checks == ["expected [1, 2, 1, 2], got [1, 2, 1] from `twice([1, 2])`"]
    assert doubles.trace == []
    assert rejects.error == "Bad: negative: -5"
    assert rejects.trace == ['line 8, in check: raise Bad(f"negative: {x}")']
    assert "twice got [1, 2]" in report.output
    same = run_drill_tests(p, FAILS)  # in one process: the same words
    assert [(o.error, o.checks, o.trace) for o in same] == [(c.error, c.checks, c.trace) for c in report.cases]


# ---- hostile code: still contained, still said in plain words ------------------------------------------

HOSTILE = {
    "exits": ("import os\n\ndef kfold_indices(n, k, shuffle=False, seed=0):\n    os._exit(3)\n", "crashed"),
    "segfaults": (
        "import ctypes\n\ndef kfold_indices(n, k, shuffle=False, seed=0):\n    ctypes.string_at(0)\n",
        "crashed",
    ),
    "recurses": ("def kfold_indices(n, k, shuffle=False, seed=0):\n    return kfold_indices(n, k)\n", "failed"),
    "kills its parent": (
        "import os, signal\n\ndef kfold_indices(n, k, shuffle=False, seed=0):\n"
        "    try:\n        os.kill(os.getppid(), signal.SIGKILL)\n    except OSError as e:\n"
        "        print('kill:', type(e).__name__)\n    return []\n",
        "failed|crashed",
    ),
    "prints 10 MB": ("def kfold_indices(n, k, shuffle=False, seed=0):\n    print('x' * 10_000_000)\n", "output"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
async def test_hostile_code_is_stopped_and_named(any_runner, curriculum, name) -> None:
    p = curriculum.prompts["cd-kfold-01"]
    assert isinstance(p, CodingPrompt)
    code, verdicts = HOSTILE[name]
    if isinstance(any_runner, PistonRunner) and name in ("prints 10 MB", "kills its parent"):
        verdicts += "|timeout"  # Piston reports only a SIGKILL for these, as it did with one process
    report, text = await run(any_runner, p, code)
    assert report.verdict in verdicts.split("|"), text
    assert not any(c.passed for c in report.cases)
    first = "test folds partition the indices and train is the complement"
    if name == "exits":
        assert f"Your code ended the process in the test “{first}” (exit status 3)" in text
    elif name == "segfaults":
        assert f"Your code crashed in the test “{first}” (SIGSEGV)" in text
    elif name == "recurses":
        assert report.cases[0].error.startswith("RecursionError: maximum recursion depth exceeded")
        assert report.cases[0].trace[-1] == "line 2, in kfold_indices: return kfold_indices(n, k)"
    elif name == "kills its parent" and isinstance(any_runner, BwrapRunner) and any_runner.as_root:
        assert report.verdict == "failed" and "kill: PermissionError" in report.output


async def test_a_call_that_never_returns_ends_at_the_wall_time_limit(any_runner, curriculum) -> None:
    p = curriculum.prompts["cd-kfold-01"]
    assert isinstance(p, CodingPrompt)
    report, text = await run(any_runner, p, s.SLEEPS_FOREVER)
    assert report.verdict == "timeout", text
    assert "⛔ test folds partition the indices" in text and report.seconds >= TEST_LIMITS.wall_seconds
    assert f"ran in {report.seconds:.1f} s" in text  # not "ran in 0 ms" beside "still running after 8 s"


# ---- every drill's reference, as a learner's submission runs --------------------------------------------


def _coding(curriculum: Curriculum) -> list[CodingPrompt]:
    return [p for p in curriculum.prompts.values() if isinstance(p, CodingPrompt)]


async def test_every_reference_solution_passes_in_the_sandbox(sandbox_problem, curriculum) -> None:
    if sandbox_problem is not None:
        pytest.skip(f"bubblewrap cannot run here: {sandbox_problem}")
    runner = BwrapRunner(replace(Limits(), wall_seconds=30.0), concurrency=2)  # production CPU limits
    failed = {}
    for p in _coding(curriculum):
        report = await runner.run(p, p.solution)
        if report.verdict != "passed":
            failed[p.id] = render_report(p, report, runner.limits)
    assert len(_coding(curriculum)) >= 42 and not failed, failed


# ---- the codec: what the checker reads from the learner's process is data, or it stops ----------------


@pytest.mark.parametrize(
    "sent",
    [
        {"nd": ["|O", [1], "AAAAAAAAAAA=", True]},  # raw bytes as object pointers would be any memory
        {"nd": ["<f8", [2], "AAAAAAAAAAA=", True]},  # 8 bytes for 2 floats
        {"nd": ["i4,i4", [1], "AAAAAAAAAAA=", True]},  # structured
        {"ns": ["|O", "AAAAAAAAAAA="]},
        {"x": 1},  # an unknown tag
        [1, 2],  # untagged
        {"y": 99},  # a handle the checker never gave out
        {"d": [[{"l": [1]}, 2]]},  # an unhashable key
        {"b": "not base64!"},
        {"T": "os"},  # only builtin and NumPy scalar types cross
        {"l": [1, {"nd": ["<V8", [1], "AAAAAAAAAAA=", True]}]},
    ],
)
def test_the_checker_decodes_data_only(sent) -> None:
    import os

    from bot.runner.wire import Channel, Peer, ProtocolError

    r, w = os.pipe()
    try:
        with pytest.raises(ProtocolError):
            Peer(Channel(r, w), learner_side=False).decode(sent)
    finally:
        os.close(r)
        os.close(w)
