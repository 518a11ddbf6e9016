"""``GET /healthz`` and ``GET /metrics`` for a platform process, on ``METRICS_PORT`` (default 9108) whatever
the platforms, and beside Slack's requests on ``PORT`` when Slack runs.

``/healthz`` answers JSON, 200 when the process is ready, its database answers and every platform it
runs is connected, else 503 with what is missing: what a container runtime's HEALTHCHECK and a load
balancer ask. ``/metrics`` is the Prometheus text format; the outbox gauges are read from the database
at each scrape. A port already taken is a logged warning, not a failed start: the bot itself works
without its metrics.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.clock import Clock
from bot.core.delivery import Outbox
from bot.metrics import CONTENT_TYPE, Metrics

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"


@dataclass
class Ops:
    """What the two endpoints look at. ``platforms``: name → is it connected now."""

    metrics: Metrics
    outbox: Outbox
    engine: AsyncEngine
    clock: Clock
    platforms: dict[str, Callable[[], bool]] = field(default_factory=dict)
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    db_timeout: float = 2.0

    async def database_ok(self) -> bool:
        try:
            async with asyncio.timeout(self.db_timeout), self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception as e:  # down, refused, timed out: the answer is "no", the reason goes to the log
            log.warning("database health check failed: %s", type(e).__name__)
            return False

    def connected(self) -> dict[str, bool]:
        return {name: bool(check()) for name, check in self.platforms.items()}

    async def health(self) -> tuple[int, dict[str, Any]]:
        database = await self.database_ok()
        platforms = self.connected()
        ready = self.ready.is_set()
        ok = ready and database and all(platforms.values())
        self.metrics.database_up.set(1 if database else 0)
        self.metrics.connected(platforms)
        return (200 if ok else 503), {"ok": ok, "ready": ready, "database": database, "platforms": platforms}

    async def scrape(self) -> bytes:
        self.metrics.connected(self.connected())
        try:
            async with asyncio.timeout(self.db_timeout):
                await self.metrics.refresh(self.outbox, self.clock.now())
            self.metrics.database_up.set(1)
        except Exception as e:  # the counters are still worth serving
            log.warning("reading the outbox for /metrics failed: %s", type(e).__name__)
            self.metrics.database_up.set(0)
        return self.metrics.render()

    def add_routes(self, app: web.Application) -> None:
        async def healthz(request: web.Request) -> web.Response:
            status, body = await self.health()
            return web.json_response(body, status=status)

        async def metrics(request: web.Request) -> web.Response:
            response = web.Response(body=await self.scrape())
            response.headers["Content-Type"] = CONTENT_TYPE
            return response

        app.router.add_get(HEALTH_PATH, healthz)
        app.router.add_get(METRICS_PATH, metrics)


@dataclass
class RunningOps:
    runner: web.AppRunner
    url: str

    async def stop(self) -> None:
        await self.runner.cleanup()


async def serve_ops(ops: Ops, port: int, host: str = "0.0.0.0") -> RunningOps | None:
    """Serve ``/healthz`` and ``/metrics`` on ``port``; None (and a warning) when it is taken."""
    app = web.Application()
    ops.add_routes(app)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as e:
        await runner.cleanup()
        log.warning(
            "METRICS_PORT %d is not available (%s): /healthz and /metrics are not served there; "
            "set METRICS_PORT to a free port",
            port,
            e.strerror or e,
        )
        return None
    bound_host, bound_port = runner.addresses[0][:2]
    return RunningOps(runner, f"http://{bound_host}:{bound_port}")
