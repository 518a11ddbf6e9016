"""Benchmark: many users onboarding and then practising, through the real core and store.

    python -m bench.run                  # 1,000 users on SQLite, and on PostgreSQL if TEST_DATABASE_URL is set
    python -m bench.run --users 200 --backend sqlite

Prints messages per second, p50/p90/p99 latency per message, the slowest command kinds, and the
process start-up time (interpreter + imports + migrations on a fresh database + content load), each the
median of several fresh processes. Charts are off in the message loop (they are a PNG render per
/readiness); their cost is measured on its own.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from bot.core.clock import FakeClock
from bot.core.curriculum import default_content_dir, load_curriculum
from bot.core.engine import Coach
from bot.core.matcher import Matcher
from bot.core.messages import Inbound, LearnerRef
from bot.core.srs import Repetition
from bot.store.db import make_engine, migrate
from bot.store.uow import SqlStore

ONBOARD = ["/coach start", "yes", "no", "no", "no", "2027-03-01", "Europe/Berlin", "08:30", "senior"]
SESSION = [
    "/coach today",
    "Bias is error from wrong assumptions; variance is sensitivity to the particular training sample, "
    "so a flexible model changes a lot when you resample the data. More data reduces variance.",
    "good",
    "/coach practice regularization",
    "L1 puts a diamond-shaped constraint so the optimum hits corners and weights go exactly to zero; "
    "L2 shrinks all weights smoothly and handles correlated features by sharing weight.",
    "When features are correlated L1 picks one arbitrarily, so I'd use elastic net.",
    "hard",
    "/coach plan",
    "/coach check",
    "/readiness",
]


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q / 100 * (len(xs) - 1)))]


async def run_backend(url: str, users: int, concurrency: int) -> dict[str, object]:
    engine = make_engine(url, **({} if url.startswith("sqlite") else {"pool_size": concurrency + 2}))
    if url.startswith("postgresql"):
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    await migrate(engine)
    store = SqlStore(engine)
    cur = load_curriculum([default_content_dir()])
    coach = Coach(cur, store, Matcher(), Repetition(), charts=None)
    clock = FakeClock(datetime(2026, 11, 25, 7, 0, tzinfo=UTC))
    lat: list[float] = []
    by_kind: dict[str, list[float]] = defaultdict(list)
    sem = asyncio.Semaphore(concurrency)

    async def user(i: int) -> None:
        ref = LearnerRef("bench", "W1", f"user{i}")
        for t in ONBOARD + SESSION:
            async with sem:
                t0 = time.perf_counter()
                await coach.handle(Inbound(ref, t, in_dm=True, group_id=f"g{i % 20}"), clock.now())
                dt = time.perf_counter() - t0
            lat.append(dt)
            by_kind[
                t.split()[0] + (" " + t.split()[1] if t.startswith("/coach") else "") if t.startswith("/") else "answer"
            ].append(dt)

    t0 = time.perf_counter()
    await asyncio.gather(*(user(i) for i in range(users)))
    wall = time.perf_counter() - t0
    # the scheduler's question at the busiest minute: everyone's 08:30 Berlin drip
    clock.set(datetime(2026, 11, 26, 7, 31, tzinfo=UTC))
    t1 = time.perf_counter()
    replies = await coach.due(clock.now(), limit=users + 10)
    due_s = time.perf_counter() - t1
    await store.dispose()
    return {
        "messages": len(lat),
        "wall": wall,
        "rate": len(lat) / wall,
        "p50": pct(lat, 50) * 1000,
        "p90": pct(lat, 90) * 1000,
        "p99": pct(lat, 99) * 1000,
        "max": max(lat) * 1000,
        "slowest": sorted(((k, pct(v, 99) * 1000) for k, v in by_kind.items()), key=lambda x: -x[1])[:4],
        "due_s": due_s,
        "due_replies": len(replies),
    }


STARTUP = """
import asyncio, time, sys
t0 = time.perf_counter()
from bot.bootstrap import bootstrap
from bot.settings import Settings
async def main():
    app = await bootstrap(Settings(database_url=sys.argv[1], charts=False))
    await app.close()
asyncio.run(main())
print(time.perf_counter() - t0)
"""


def startup_times(url_for: callable, runs: int) -> tuple[float, float]:  # type: ignore[valid-type]
    """(median wall time of a whole fresh process, median time inside it from first import)."""
    walls, inner = [], []
    for i in range(runs):
        url = url_for(i)
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-c", STARTUP, url], capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - t0)
        inner.append(float(r.stdout.strip().splitlines()[-1]))
    return statistics.median(walls), statistics.median(inner)


def chart_time(n: int = 5) -> float:
    from bot.charts import MatplotlibCharts

    with tempfile.TemporaryDirectory() as d:
        c = MatplotlibCharts(Path(d))
        rounds = [{"round": r, "title": r, "score": 40, "self": 70, "shown": 40} for r in ("a", "b", "c", "d")]
        c.readiness_chart("warm", rounds, datetime.now(UTC))
        t0 = time.perf_counter()
        for i in range(n):
            c.readiness_chart(f"u{i}", rounds, datetime.now(UTC) + timedelta(seconds=i))
        return (time.perf_counter() - t0) / n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--concurrency", default="1,8", help="messages in flight at once; a list runs each")
    ap.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument("--startup-runs", type=int, default=5)
    args = ap.parse_args()
    pg = os.environ.get("TEST_DATABASE_URL") or os.environ.get("BENCH_DATABASE_URL")
    backends = []
    tmp = tempfile.mkdtemp(prefix="prepdrip-bench-")
    if args.backend in ("sqlite", "both"):
        backends.append(("SQLite", f"sqlite+aiosqlite:///{tmp}/bench.db"))
    if args.backend in ("postgresql", "both"):
        if pg:
            backends.append(("PostgreSQL", pg))
        else:
            print("PostgreSQL skipped: set TEST_DATABASE_URL", file=sys.stderr)
    print(
        f"PrepDrip benchmark — {args.users} users × {len(ONBOARD) + len(SESSION)} messages each, "
        f"Python {sys.version.split()[0]}; latency is measured from a message's turn to its replies"
    )
    levels = [int(x) for x in str(args.concurrency).split(",") if x.strip()]
    for name, url in backends:
        for conc in levels:
            if url.startswith("sqlite"):
                url = f"sqlite+aiosqlite:///{tmp}/bench-{conc}.db"
            r = asyncio.run(run_backend(url, args.users, conc))
            print(f"\n[{name}, {conc} in flight] {r['messages']} messages in {r['wall']:.1f} s = {r['rate']:.0f} msg/s")
            print(
                f"  latency per message: p50 {r['p50']:.1f} ms · p90 {r['p90']:.1f} ms · p99 {r['p99']:.1f} ms · "
                f"max {r['max']:.1f} ms"
            )
            print("  slowest p99 by kind: " + ", ".join(f"{k} {v:.1f} ms" for k, v in r["slowest"]))  # type: ignore[attr-defined]
            print(
                f"  due(now) at the busiest minute: {r['due_replies']} replies for {args.users} learners "
                f"in {r['due_s']:.2f} s"
            )
    wall, inner = startup_times(lambda i: f"sqlite+aiosqlite:///{tmp}/startup{i}.db", args.startup_runs)
    print(
        f"\nstart-up (fresh SQLite, migrations + content load), median of {args.startup_runs}: "
        f"{wall:.2f} s whole process, {inner:.2f} s from first import"
    )
    if pg:
        wall, inner = startup_times(lambda i: pg, max(3, args.startup_runs // 2))
        print(
            f"start-up on PostgreSQL (schema already at head): {wall:.2f} s whole process, "
            f"{inner:.2f} s from first import"
        )
    print(f"readiness chart render: {chart_time() * 1000:.0f} ms each")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
