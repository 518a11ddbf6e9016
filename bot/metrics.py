"""The bot's counters for ``GET /metrics``, on prometheus-client: the ``Telemetry`` the core and the
dispatcher report through, plus gauges read from the database when Prometheus scrapes.

One ``Metrics`` per app (``bootstrap`` builds it), each with its own ``CollectorRegistry``: nothing is
registered in prometheus-client's global default registry, so two apps in one process (tests) never
share or collide.
"""

from __future__ import annotations

import re
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from bot.core.delivery import Outbox

CONTENT_TYPE = CONTENT_TYPE_LATEST
OUTBOX_STATES = ("pending", "sending", "sent", "failed", "skipped")
COMMAND_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
GRADER_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)


def reason_label(reason: str) -> str:
    """A delivery failure's reason with the details cut off, so the label has few values:
    ``Discord 50007: the user's DMs…`` → ``Discord 50007``, ``network: TimeoutError()`` → ``network``,
    ``Discord rate limit, 1.5s`` → ``Discord rate limit``."""
    head = re.split(r"[:,(]", reason, maxsplit=1)[0].strip()
    return head[:40] or "unknown"


class Metrics:
    """Implements ``bot.core.telemetry.Telemetry``."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.messages_sent = Counter(
            "prepdrip_messages_sent",
            "Messages sent: scheduled ones the platform accepted, by outbox kind (drip, nudge, reminder…), "
            "and replies to users (kind=reply)",
            ["platform", "kind"],
            registry=r,
        )
        self.commands = Counter(
            "prepdrip_commands_handled",
            "Messages the coach handled, by command (/coach today…) or text/button",
            ["platform", "command"],
            registry=r,
        )
        self.command_seconds = Histogram(
            "prepdrip_command_seconds",
            "Time the coach took to handle a message",
            ["platform", "command"],
            buckets=COMMAND_BUCKETS,
            registry=r,
        )
        self.grader_seconds = Histogram(
            "prepdrip_grader_seconds", "Time to grade one answer", ["kind"], buckets=GRADER_BUCKETS, registry=r
        )
        self.delivery_failures = Counter(
            "prepdrip_delivery_failures",
            "Scheduled messages not delivered, by reason; final=true when given up, false when retried",
            ["platform", "reason", "final"],
            registry=r,
        )
        self.rate_limit_waits = Counter(
            "prepdrip_rate_limit_waits",
            "Sends that waited: source=pacer (our pace under the platform's limit) or platform (a 429)",
            ["platform", "source"],
            registry=r,
        )
        self.rate_limit_wait_seconds = Counter(
            "prepdrip_rate_limit_wait_seconds", "Seconds those sends waited", ["platform", "source"], registry=r
        )
        self.outbox = Gauge(
            "prepdrip_outbox_messages", "Outbox rows by state, read at scrape time", ["state"], registry=r
        )
        self.drip_lag = Gauge(
            "prepdrip_drip_lag_seconds",
            "How long the oldest message ready to send has waited (0: none waiting), read at scrape time",
            registry=r,
        )
        self.database_up = Gauge("prepdrip_database_up", "1 when the database answered the last check", registry=r)
        self.platform_connected = Gauge(
            "prepdrip_platform_connected", "1 when the platform is connected", ["platform"], registry=r
        )

    # ---- Telemetry

    def handled(self, platform: str, command: str, seconds: float) -> None:
        self.commands.labels(platform, command).inc()
        self.command_seconds.labels(platform, command).observe(seconds)

    def replied(self, platform: str, replies: int) -> None:
        if replies:
            self.messages_sent.labels(platform, "reply").inc(replies)

    def graded(self, kind: str, seconds: float) -> None:
        self.grader_seconds.labels(kind).observe(seconds)

    def sent(self, platform: str, kind: str) -> None:
        self.messages_sent.labels(platform, kind).inc()

    def delivery_failed(self, platform: str, reason: str, final: bool) -> None:
        self.delivery_failures.labels(platform, reason_label(reason), "true" if final else "false").inc()

    def rate_limited(self, platform: str, source: str, seconds: float) -> None:
        self.rate_limit_waits.labels(platform, source).inc()
        self.rate_limit_wait_seconds.labels(platform, source).inc(max(0.0, seconds))

    # ---- scrape

    async def refresh(self, outbox: Outbox, now: datetime) -> None:
        """The gauges that live in the database (shared by every process): outbox depth and drip lag."""
        counts = await outbox.counts()
        for state in {*OUTBOX_STATES, *counts}:
            self.outbox.labels(state).set(counts.get(state, 0))
        oldest = await outbox.oldest_ready(now)
        self.drip_lag.set(max(0.0, (now - oldest).total_seconds()) if oldest is not None else 0.0)

    def connected(self, platforms: dict[str, bool]) -> None:
        for platform, up in platforms.items():
            self.platform_connected.labels(platform).set(1 if up else 0)

    def render(self) -> bytes:
        return generate_latest(self.registry)
