"""What the bot reports about its own work, as a protocol: the core and ``jobs/`` report through it and
import no metrics library; ``bot/metrics.py`` implements it on prometheus-client for ``/metrics``.

Durations are measured with ``time.perf_counter`` (a stopwatch, not the time of day the core is given).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Telemetry(Protocol):
    def handled(self, platform: str, command: str, seconds: float) -> None:
        """One message handled by the coach; ``command`` from ``command_label``."""

    def replied(self, platform: str, replies: int) -> None:
        """Replies the coach gave to a message, handed to the platform."""

    def graded(self, kind: str, seconds: float) -> None:
        """One answer graded (``kind``: theory, follow_up, system_design, behavioral)."""

    def sent(self, platform: str, kind: str) -> None:
        """A scheduled message the platform accepted (``kind``: the outbox row's, drip, nudge…)."""

    def delivery_failed(self, platform: str, reason: str, final: bool) -> None:
        """A scheduled message not delivered: retried later, or (``final``) given up."""

    def rate_limited(self, platform: str, source: str, seconds: float) -> None:
        """A send that waited: ``pacer`` (our own pace under the platform's limit) or ``platform`` (a 429)."""


class NoTelemetry:
    """Reports go nowhere (the console, tests that do not look)."""

    def handled(self, platform: str, command: str, seconds: float) -> None:
        pass

    def replied(self, platform: str, replies: int) -> None:
        pass

    def graded(self, kind: str, seconds: float) -> None:
        pass

    def sent(self, platform: str, kind: str) -> None:
        pass

    def delivery_failed(self, platform: str, reason: str, final: bool) -> None:
        pass

    def rate_limited(self, platform: str, source: str, seconds: float) -> None:
        pass


@contextmanager
def grading(telemetry: Telemetry, kind: str) -> Iterator[None]:
    """Time one grading: ``with grading(ctx.svc.telemetry, "theory"): g = grade(...)``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        telemetry.graded(kind, time.perf_counter() - start)
