"""Benchmark: what the drill sandbox costs.

    python -m bench.runner               # 50 runs of each
    python -m bench.runner --runs 200 --concurrency 8

Prints p50/p99 of:
- start-up: a bare ``python -I -S -c pass``, the same inside a fresh bubblewrap sandbox, and inside
  one with NumPy imported (the difference is the sandbox's own overhead);
- a typical drill's whole run, submission to report, for two drills (k-fold splits; gradient descent,
  the heaviest): in the sandbox, and as a local run with the same limits but no sandbox;
- a call-heavy drill (the LRU cache: 100,000 method calls in one test, each a round trip between the
  checker and the learner's process) in the sandbox, a tenth as many runs;
- the same drill with ``--concurrency`` submissions at once through one runner (its global cap):
  runs per second and the latency each learner sees, queueing included.
The reference solutions stand in for a passing submission.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable

from bot.core.curriculum import CodingPrompt, default_content_dir, load_curriculum
from bot.core.judging import Limits
from bot.runner.bwrap_runner import SITE, BwrapRunner
from bot.runner.local_runner import LocalRunner
from bot.runner.runtime import minimal_env

DRILLS = ("cd-kfold-01", "cd-gdlinreg-01")
CALL_HEAVY = "cd2-lru-cache-01"


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q / 100 * (len(xs) - 1)))]


def line(label: str, xs: list[float]) -> str:
    return f"  {label:<44} p50 {pct(xs, 50) * 1000:7.1f} ms · p99 {pct(xs, 99) * 1000:7.1f} ms  (n={len(xs)})"


async def timed(n: int, once: Callable[[], Awaitable[object]]) -> list[float]:
    await once()  # warm the page cache
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        await once()
        out.append(time.perf_counter() - t0)
    return out


async def spawn(argv: list[str]) -> None:
    proc = await asyncio.create_subprocess_exec(*argv, env=minimal_env(), stdin=asyncio.subprocess.DEVNULL)
    if await proc.wait() != 0:
        raise SystemExit(f"failed: {argv[-3:]}")


async def main_async(runs: int, concurrency: int) -> int:
    sandbox = BwrapRunner(Limits(), concurrency=concurrency)
    problem = await sandbox.probe()
    if problem:
        print(f"bubblewrap cannot run here: {problem}", file=sys.stderr)
        return 1
    py = sandbox.python()
    mode = "as root, a uid per slot" if sandbox.as_root else "in a user namespace"
    print(f"Drill sandbox benchmark — Python {sys.version.split()[0]}, bubblewrap {mode}, {runs} runs each")
    print("start-up:")
    bare = await timed(runs, lambda: spawn([*py, "-c", "pass"]))
    boxed = await timed(runs, lambda: spawn(sandbox.argv([*py, "-c", "pass"])))
    numpy = f"import sys; sys.path.insert(0, {SITE!r}); import numpy"
    boxed_np = await timed(runs, lambda: spawn(sandbox.argv([*py, "-c", numpy])))
    print(line("python -I -S -c pass, no sandbox", bare))
    print(line("the same in a fresh bubblewrap sandbox", boxed))
    print(line("in the sandbox, importing NumPy", boxed_np))
    print(f"  sandbox overhead (p50): {(pct(boxed, 50) - pct(bare, 50)) * 1000:.1f} ms")
    cur = load_curriculum([default_content_dir()])
    local = LocalRunner(Limits(), concurrency=concurrency)
    single: dict[str, list[float]] = {}
    for drill_id in DRILLS:
        drill = cur.prompts[drill_id]
        assert isinstance(drill, CodingPrompt)
        own: list[float] = []

        async def judged(
            runner: BwrapRunner | LocalRunner, drill: CodingPrompt = drill, own: list[float] = own
        ) -> None:
            report = await runner.run(drill, drill.solution)
            if not report.passed:
                raise SystemExit(f"{drill.id} did not pass: {report.verdict} {report.note}")
            own.append(report.seconds)

        print(f"a whole run of {drill_id} ({len(drill.tests)} tests), submission to report:")
        in_box = single[drill_id] = await timed(runs, lambda: judged(sandbox))
        tests_alone = own[1:]  # without the warm-up run
        no_box = await timed(runs, lambda: judged(local))
        print(line("in the sandbox", in_box))
        print(line("local run (same limits, no sandbox)", no_box))
        print(line("of which the tests themselves", tests_alone))
    heavy = cur.prompts[CALL_HEAVY]
    assert isinstance(heavy, CodingPrompt)
    print(f"a whole run of {CALL_HEAVY} ({len(heavy.tests)} tests, one of 100,000 calls), in the sandbox:")
    tests_alone = []

    async def heavy_run() -> None:
        report = await sandbox.run(heavy, heavy.solution)
        if not report.passed:
            raise SystemExit(f"{heavy.id} did not pass: {report.verdict} {report.note}")
        tests_alone.append(report.seconds)

    print(line("in the sandbox", await timed(max(3, runs // 10), heavy_run)))
    print(line("of which the tests themselves", tests_alone[1:]))
    drill = cur.prompts[DRILLS[0]]
    assert isinstance(drill, CodingPrompt)
    latencies: list[float] = []

    async def learner() -> None:
        t0 = time.perf_counter()
        await sandbox.run(drill, drill.solution)
        latencies.append(time.perf_counter() - t0)

    many = max(runs, 4 * concurrency)
    t0 = time.perf_counter()
    await asyncio.gather(*(learner() for _ in range(many)))
    wall = time.perf_counter() - t0
    print(f"{many} submissions of {drill.id} at once, {concurrency} sandboxes at a time:")
    print(f"  {many / wall:.1f} runs/s; each learner waited (queue + run):")
    print(line("", latencies))
    print(f"  (one at a time it was {statistics.median(single[drill.id]) * 1000:.1f} ms, median)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--concurrency", type=int, default=4)
    args = ap.parse_args()
    return asyncio.run(main_async(args.runs, args.concurrency))


if __name__ == "__main__":
    raise SystemExit(main())
