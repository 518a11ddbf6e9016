"""Benchmark: the daily drip at scale, through the real core, store, outbox and dispatcher, against a
fake platform API on loopback (an HTTP server that accepts each message and answers with an id).

    python -m bench.drip                        # 100,000 learners on SQLite (+ PostgreSQL if TEST_DATABASE_URL)
    python -m bench.drip --learners 10000 --backend sqlite --limited 2000

For each backend it prints:
- the busiest minute: how many learners are due in the busiest UTC minute of a day, and the time to
  select them, write their outbox rows and hand every message to the API (must be under 60 s);
- the whole day at once (`prepdrip drip --now`): every learner's drip queued and handed off, messages
  per second, and the two phases (queueing, dispatching) separately;
- peak RSS of the process;
- that N learners got exactly N messages, one each (the fake API counts what it accepted, by recipient);
- then, with `--limited N` learners, the API limited to Discord's 50 requests/s (the dispatcher paces
  with aiolimiter at 50/s; the fake answers 429 with Retry-After past the limit): achieved rate.

Learners are spread over real timezones (weighted towards populous ones) and drip times between 06:00
and 22:00 in 15-minute steps, as people pick round times.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from zoneinfo import ZoneInfo

from aiohttp import ClientSession, ClientTimeout, TCPConnector, web
from sqlalchemy import insert, text

from bot.core.clock import FakeClock
from bot.core.curriculum import default_content_dir, load_curriculum
from bot.core.delivery import Outgoing, TryLater
from bot.core.engine import Coach
from bot.core.matcher import Matcher
from bot.core.plan import next_drip_at
from bot.core.srs import Repetition
from bot.store.db import make_engine, migrate
from bot.store.models import LearnerRow
from bot.store.outbox import SqlOutbox
from bot.store.uow import SqlStore
from jobs.dispatcher import Dispatcher

ZONES = [
    ("Asia/Kolkata", 18), ("America/New_York", 12), ("Europe/London", 8), ("America/Los_Angeles", 9),
    ("Europe/Berlin", 8), ("Asia/Shanghai", 8), ("Asia/Singapore", 4), ("America/Chicago", 6),
    ("Asia/Tokyo", 4), ("America/Sao_Paulo", 4), ("Australia/Sydney", 3), ("Asia/Kathmandu", 1),
    ("Europe/Warsaw", 3), ("Africa/Lagos", 3), ("Asia/Dubai", 2), ("Australia/Lord_Howe", 1),
    ("America/Toronto", 3), ("Europe/Paris", 3),
]  # fmt: skip
TIMES = [dtime(h, m) for h in range(6, 23) for m in (0, 15, 30, 45)]
POPULAR = [dtime(7, 0), dtime(7, 30), dtime(8, 0), dtime(8, 30), dtime(9, 0), dtime(18, 0), dtime(20, 0)]


@dataclass
class FakeApi:
    """An HTTP endpoint standing in for chat.postMessage / POST /channels/{id}/messages."""

    limit_per_s: float | None = None
    received: int = 0
    refused: int = 0
    per_user: Counter[str] = field(default_factory=Counter)  # messages accepted, by recipient
    _window: list[float] | None = None

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.limit_per_s is not None:
            now = time.monotonic()
            w = self._window = [t for t in (self._window or []) if now - t < 1.0]
            if len(w) >= self.limit_per_s:
                self.refused += 1
                return web.json_response({"retry_after": 0.2}, status=429, headers={"Retry-After": "0.2"})
            w.append(now)
        self.received += 1
        self.per_user[str(body["channel"])] += 1
        return web.json_response({"ok": True, "id": str(self.received)})


class HttpSender:
    """Posts each message to the fake API, as an adapter would to its platform."""

    def __init__(self, platform: str, url: str, session: ClientSession) -> None:
        self.platform = platform
        self.url = url
        self.session = session

    async def send(self, message: Outgoing) -> str:
        body = {"channel": message.to.user_id, "text": message.reply.text, "nonce": message.key}
        async with self.session.post(self.url, json=body) as r:
            data = await r.json()
            if r.status == 429:
                raise TryLater("ratelimited", float(data.get("retry_after", 1)))
            return str(data["id"])


def each_once(api: FakeApi, n: int) -> str:
    """Whether learners u0 … u{n-1} got exactly one message each, in words."""
    got = [api.per_user.get(f"u{i}", 0) for i in range(n)]
    missing, doubled = got.count(0), sum(1 for g in got if g > 1)
    ok = "yes" if not (missing or doubled) else "NO"
    return f"{n:,} learners got exactly {sum(got):,} messages, one each: {ok} ({missing} missing, {doubled} doubled)"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def learner_rows(n: int, now: datetime, seed: int = 7, base: datetime | None = None) -> list[dict[str, object]]:
    """``next_drip_at`` is each learner's next drip after ``base`` (default ``now``)."""
    rng = random.Random(seed)
    zones, weights = zip(*ZONES, strict=True)
    rows = []
    for i in range(n):
        tz = rng.choices(zones, weights)[0]
        at = rng.choice(POPULAR) if rng.random() < 0.6 else rng.choice(TIMES)
        rows.append(
            {
                "platform": "bench",
                "workspace_id": "w",
                "user_id": f"u{i}",
                "tz": tz,
                "drip_time": at.strftime("%H:%M"),
                "phase": 1 + i % 4,
                "seniority": "senior",
                "onboarded": True,
                "paused": False,
                "routing_answers": [True] * (i % 4) + [False] * (4 - i % 4),
                "state": {},
                "next_drip_at": next_drip_at(base or now, ZoneInfo(tz), at),
                "points": 0,
                "streak": 0,
                "best_streak": 0,
                "created_at": now,
                "version": 0,
            }
        )
    return rows


async def fresh(url: str) -> None:
    eng = make_engine(url)
    if url.startswith("postgresql"):
        async with eng.begin() as c:
            await c.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await c.execute(text("CREATE SCHEMA public"))
    await migrate(eng)
    await eng.dispose()


async def seed(url: str, rows: list[dict[str, object]]) -> None:
    eng = make_engine(url)
    async with eng.begin() as c:
        for i in range(0, len(rows), 5000):
            await c.execute(insert(LearnerRow), rows[i : i + 5000])
    await eng.dispose()


async def one_backend(name: str, url: str, n: int, limited: int) -> None:
    cur = load_curriculum([default_content_dir()])
    day0 = datetime.combine(date(2027, 3, 2), dtime(0, 0), tzinfo=UTC)  # a Tuesday, no DST change
    clock = FakeClock(day0)
    minutes = Counter(r["next_drip_at"] for r in learner_rows(n, day0))
    busiest, busiest_n = max(minutes.items(), key=lambda kv: kv[1])  # type: ignore[arg-type, return-value]
    # as the day looks a second before the busiest minute: everyone earlier has had today's drip
    rows = learner_rows(n, day0, base=busiest - timedelta(seconds=1))  # type: ignore[operator]

    await fresh(url)
    t = time.perf_counter()
    await seed(url, rows)
    print(f"[{name}] seeded {n:,} learners in {time.perf_counter() - t:.1f}s")

    api = FakeApi()
    app = web.Application()
    app.router.add_post("/send", api.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    engine = make_engine(url, **({} if url.startswith("sqlite") else {"pool_size": 20}))
    store, outbox = SqlStore(engine), SqlOutbox(engine)
    coach = Coach(cur, store, Matcher(), Repetition(), None, outbox=outbox)
    async with ClientSession(connector=TCPConnector(limit=64), timeout=ClientTimeout(total=30)) as http:
        sender = HttpSender("bench", f"http://127.0.0.1:{port}/send", http)
        dispatcher = Dispatcher(outbox, {"bench": sender}, clock, batch=500, concurrency=48)

        # the busiest minute, as the scheduler sees it: select, queue, hand off
        clock.set(busiest)
        t = time.perf_counter()
        q = await coach.enqueue_due(clock.now(), limit=1_000_000)
        t_queue = time.perf_counter() - t
        d = await dispatcher.drain()
        t_all = time.perf_counter() - t
        print(
            f"[{name}] busiest minute {busiest:%H:%M} UTC: {busiest_n:,} learners due; {q.messages:,} messages queued "
            f"in {t_queue:.2f}s, all {d.sent:,} handed off in {t_all:.2f}s "
            f"({'within' if t_all < 60 else 'NOT within'} the minute; {d.sent / t_all:,.0f} msg/s)"
        )

        # the whole day at once: every remaining learner (prepdrip drip --now)
        # the rest of the day at once: queue everything, then send everything
        clock.set(busiest + timedelta(minutes=1))
        t = time.perf_counter()
        q = await coach.enqueue_due(clock.now(), limit=10_000_000, force=True)
        t_queue = time.perf_counter() - t
        t2 = time.perf_counter()
        d = await dispatcher.drain(max_rounds=100_000)
        t_send = time.perf_counter() - t2
        total = time.perf_counter() - t
        print(
            f"[{name}] drip --now for the rest: {q.learners:,} learners, {q.messages:,} messages queued in "
            f"{t_queue:.1f}s ({q.messages / t_queue:,.0f}/s); dispatched {d.sent:,} in {t_send:.1f}s "
            f"({d.sent / t_send:,.0f}/s); end to end {total:.1f}s ({d.sent / total:,.0f} msg/s handed off); "
            f"API received {api.received:,}; peak RSS {peak_rss_mb():.0f} MB"
        )
        print(f"[{name}] the whole day: {each_once(api, n)}")

        if limited:
            await limited_run(name, url, limited, cur, sender, api, day0)
    await engine.dispose()
    await runner.cleanup()


async def limited_run(
    name: str, url: str, n: int, cur: object, sender: HttpSender, api: FakeApi, day0: datetime
) -> None:
    """Discord's 50 requests/s: the dispatcher paces with aiolimiter; the fake answers 429 past it."""
    if url.startswith("sqlite"):
        url = f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'limited.db'}"
    await fresh(url)
    await seed(url, learner_rows(n, day0, seed=11))
    engine = make_engine(url)
    outbox = SqlOutbox(engine)
    coach = Coach(cur, SqlStore(engine), Matcher(), Repetition(), None, outbox=outbox)  # type: ignore[arg-type]
    clock = FakeClock(day0 + timedelta(hours=12))
    api.limit_per_s, api.received, api.refused, api.per_user = 50, 0, 0, Counter()
    paced = Dispatcher(outbox, {"bench": sender}, clock, rates={"bench": 50}, batch=200, concurrency=48)
    await coach.enqueue_due(clock.now(), limit=10_000_000, force=True)
    t = time.perf_counter()
    d = await paced.drain(max_rounds=100_000)
    while (await outbox.counts()).get("pending", 0):  # retries after a 429 wait for their time
        clock.advance(seconds=1)
        d.add(await paced.drain(max_rounds=100_000))
    el = time.perf_counter() - t
    print(
        f"[{name}] limited to 50/s: {d.sent:,} messages in {el:.1f}s = {d.sent / el:.1f}/s "
        f"({d.sent / el / 50:.0%} of the limit); 429s from the API: {api.refused}; {each_once(api, n)}"
    )
    await engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--learners", type=int, default=100_000)
    ap.add_argument("--limited", type=int, default=10_000, help="learners for the 50/s run (0 skips it)")
    ap.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = ap.parse_args()
    backends = []
    if args.backend in ("sqlite", "both"):
        d = Path(tempfile.mkdtemp())
        backends.append(("sqlite", f"sqlite+aiosqlite:///{d / 'drip.db'}"))
    pg = os.environ.get("TEST_DATABASE_URL")
    if args.backend in ("postgresql", "both") and pg:
        backends.append(("postgresql", pg))
    for name, url in backends:
        asyncio.run(one_backend(name, url, args.learners, args.limited))


if __name__ == "__main__":
    main()
