"""The drill test harness: load a solution, run each test in a fresh copy of its namespace, and say
what failed the way a judge does (the failing check's expected and actual values, a short traceback
into the solution).

One harness for everything: ``content validate`` runs the reference solutions through it in-process
(``bot.core.drills``), and every code runner copies this file into its sandbox (``bot/runner/
judge_main.py``), where it runs a learner's code in two processes: ``load_source`` and ``trace`` in
the learner's, the tests (``run_cases`` with a ``load`` that asks the learner's process) in the
checker's. So it imports only the standard library, and nothing from ``bot``: inside the sandbox it
is a lone file next to the entry script.
"""

from __future__ import annotations

import ast
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from types import TracebackType
from typing import Any

SOLUTION_FILE = "<your code>"
TRACE_FRAMES = 3  # frames of the solution shown in a traceback, innermost last
VALUE_CHARS = 160  # a value in a check is cut to this many characters


@dataclass(frozen=True)
class Case:
    name: str
    code: str
    edge: bool = False
    hidden: bool = False


@dataclass
class Outcome:
    """One test's result. ``checks`` explain a failed assert ("expected 3, got 2 from len(folds)");
    ``trace`` is the solution's part of the traceback ("line 4, in f: return x / n")."""

    name: str
    passed: bool
    edge: bool = False
    hidden: bool = False
    error: str = ""
    checks: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Loaded:
    """Whether the solution itself ran (definitions, imports, module-level code)."""

    ok: bool
    error: str = ""
    trace: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_cases(
    source: str,
    cases: Sequence[Case],
    base: dict[str, Any],
    *,
    on_load: Callable[[Loaded], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    catch: type[BaseException] = Exception,
    load: Callable[[dict[str, Any]], Loaded] | None = None,
) -> tuple[Loaded, list[Outcome]]:
    """Execute ``source`` in ``base`` (which holds ``np``, ``math``, ...), then each case in a
    shallow copy of it. ``catch=BaseException`` in the sandbox, so ``exit()`` in a solution is a
    failure to report rather than the end of the harness. ``load`` replaces the first step: the
    sandbox runs the solution in a process of its own and puts stand-ins for its names in ``base``."""
    lines = source.splitlines()
    loaded = load(base) if load is not None else load_source(source, base, catch)
    if on_load:
        on_load(loaded)
    if not loaded.ok:
        return loaded, []
    out = []
    for i, case in enumerate(cases):
        out.append(_run_case(case, i, base, lines, catch))
        if on_outcome:
            on_outcome(out[-1])
    return loaded, out


def load_source(source: str, ns: dict[str, Any], catch: type[BaseException] = Exception) -> Loaded:
    """Execute the solution in ``ns``: whether its definitions, imports and module-level code ran."""
    t0 = time.perf_counter()
    try:
        exec(compile(source, SOLUTION_FILE, "exec"), ns)
    except SyntaxError as e:
        return Loaded(False, _syntax(e), seconds=time.perf_counter() - t0)
    except catch as e:
        return Loaded(False, error(e), trace(e, source.splitlines()), time.perf_counter() - t0)
    return Loaded(True, seconds=time.perf_counter() - t0)


def _run_case(case: Case, i: int, base: dict[str, Any], lines: list[str], catch: type[BaseException]) -> Outcome:
    filename = f"<test {i + 1}>"
    ns = dict(base)
    t0 = time.perf_counter()
    try:
        exec(compile(case.code, filename, "exec"), ns)
    except catch as e:
        took = time.perf_counter() - t0
        o = Outcome(case.name, False, case.edge, case.hidden, error(e), seconds=took)
        if isinstance(e, MemoryError):
            ns.clear()  # let go of whatever filled the memory before describing anything
        else:
            o.trace = trace(e, lines)
            if isinstance(e, AssertionError):
                o.checks = explain_assert(case.code, filename, e.__traceback__)
        return o
    return Outcome(case.name, True, case.edge, case.hidden, seconds=time.perf_counter() - t0)


def error(e: BaseException) -> str:
    """``ValueError: k must be positive``. An error raised in the learner's process arrives as its
    nearest builtin type, carrying its own type's name (``_remote_type``)."""
    if isinstance(e, SystemExit):
        return "SystemExit: the code called exit()"
    text = str(e)
    name = getattr(e, "_remote_type", None) or type(e).__name__
    return f"{name}: {_cut(text, 300)}" if text else name


def _syntax(e: SyntaxError) -> str:
    where = f" (line {e.lineno}" + (f", column {e.offset}" if e.offset else "") + ")" if e.lineno else ""
    line = (e.text or "").rstrip("\n")
    caret = ""
    if line.strip() and e.offset:
        indent = len(line) - len(line.lstrip())
        caret = "\n    " + line.strip() + "\n    " + " " * max(0, e.offset - 1 - indent) + "^"
    return f"{type(e).__name__}: {e.msg}{where}{caret}"


def trace(e: BaseException, lines: list[str]) -> list[str]:
    """The frames in the solution, innermost last: where in *their* code it went wrong (found in the
    learner's process when the error came from there: ``_remote_trace``)."""
    remote = getattr(e, "_remote_trace", None)
    if isinstance(remote, list):
        return [str(t) for t in remote][-TRACE_FRAMES:]
    return _trace(e.__traceback__, lines)


def _trace(tb: TracebackType | None, lines: list[str]) -> list[str]:
    out = []
    for frame in traceback.extract_tb(tb):
        if frame.filename != SOLUTION_FILE or frame.lineno is None:
            continue
        text = lines[frame.lineno - 1].strip() if 0 < frame.lineno <= len(lines) else ""
        where = f"line {frame.lineno}" + (f", in {frame.name}" if frame.name != "<module>" else "")
        out.append(f"{where}: {_cut(text, 120)}")
    return out[-TRACE_FRAMES:]


# ---- explaining a failed assert -------------------------------------------------------------------


def explain_assert(code: str, filename: str, tb: TracebackType | None) -> list[str]:
    """Expected and actual values of the assert that failed, found by evaluating its parts again in
    the failing frame (as early pytest did). Calls the solution again, so a non-deterministic
    solution may show other values; any error while explaining just leaves the explanation out."""
    frame, lineno = None, 0
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            frame, lineno = tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next
    if frame is None:
        return []
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    hits = [n for n in ast.walk(tree) if isinstance(n, ast.Assert) and n.lineno <= lineno <= (n.end_lineno or n.lineno)]
    if not hits:
        return []
    node = min(hits, key=lambda n: (n.end_lineno or n.lineno) - n.lineno).test
    try:
        return _explain(node, frame.f_globals, frame.f_locals, filename)
    except Exception:
        return []


def _explain(node: ast.expr, g: dict[str, Any], loc: Any, filename: str) -> list[str]:
    def value(n: ast.expr) -> Any:
        return eval(compile(ast.Expression(n), filename, "eval"), g, loc)

    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        for part in node.values:  # the first false operand is the one that failed
            if not value(part):
                return _explain(part, g, loc, filename) or [f"`{_src(part)}` was false"]
        return []
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return [f"`{_src(node.operand)}` was {_show(value(node.operand))}"]
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        operands = [node.left, node.comparators[0]]
    elif isinstance(node, ast.Call):
        operands = [a for a in node.args if not isinstance(a, ast.Starred)] + [k.value for k in node.keywords]
    elif isinstance(node, ast.Name | ast.Attribute | ast.Subscript):
        return [f"`{_src(node)}` was {_show(value(node))}"]
    else:
        return []
    values = [(n, value(n)) for n in operands]
    expected = [(n, v) for n, v in values if _constant(n)]
    actual = [(n, v) for n, v in values if not _constant(n) and not _callable(v)]
    if len(expected) == 1 and len(actual) == 1:
        (_, want), (got_node, got) = expected[0], actual[0]
        if isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.Eq | ast.Is):
            return [f"expected {_show(want)}, got {_show(got)} from `{_src(got_node)}`"]
        if isinstance(node, ast.Compare):
            return [f"`{_src(node)}` is false: `{_src(got_node)}` was {_show(got)}"]
        # np.allclose(got, [..]), math.isclose(got, 0.5)
        return [f"`{_src(node)}` is false: expected {_show(want)}, got {_show(got)} from `{_src(got_node)}`"]
    return [f"`{_src(n)}` was {_show(v)}" for n, v in actual[:3]]


def _constant(node: ast.expr) -> bool:
    """Literals and arithmetic on literals: what a test writes as the expected value."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return all(_constant(e) for e in node.elts)
    if isinstance(node, ast.BinOp):
        return _constant(node.left) and _constant(node.right)
    if isinstance(node, ast.UnaryOp):
        return _constant(node.operand)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
        # math.log(2), np.array([1.0, 2.0]): a library call on literals
        return node.func.value.id in ("math", "np") and all(_constant(a) for a in node.args) and not node.keywords
    return False


def _callable(v: Any) -> bool:
    return callable(v) or type(v).__name__ == "module"


def _src(node: ast.AST) -> str:
    return _cut(ast.unparse(node), 80)


def _show(v: Any) -> str:
    try:
        import numpy as np

        with np.printoptions(threshold=12, edgeitems=3, precision=6):
            text = repr(v)
    except ImportError:
        text = repr(v)
    return _cut(" ".join(text.split()), VALUE_CHARS)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
