"""Benchmark: how long the friendly readers take per message, and what the zone index costs once.

    python -m bench.inputs

Prints the one-off index build and the median microseconds per reading for each kind of input. A
reading should stay well under a millisecond; typo suggestions (difflib on a shortlist) are the slowest.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial

from bot.core.inputs import ZoneNames, read_date, read_time_of_day

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)


def per_call_us(fn: Callable[[], object], rounds: int = 7, calls: int = 300) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(samples)


def main() -> None:
    start = time.perf_counter()
    zones = ZoneNames()
    zones.read("london")
    print(f"zone index, once per ZoneNames: {(time.perf_counter() - start) * 1e3:.1f} ms\n")
    cases: list[tuple[str, str, Callable[[str], object]]] = [
        ("tz exact", "Europe/Berlin", zones.read),
        ("tz city", "sao paulo", zones.read),
        ("tz place", "Bangalore", zones.read),
        ("tz abbreviation", "PST", zones.read),
        ("tz offset", "UTC+2", lambda t: zones.read(t, NOW)),
        ("tz typo, path", "Amercia/New_York", zones.read),
        ("tz typo, city", "londn", zones.read),
        ("tz unknown", "Mars/Olympus", zones.read),
        ("tz 40,000 chars", "x" * 40_000, zones.read),
        ("time plain", "08:30", read_time_of_day),
        ("time 12-hour", "7:05 pm", read_time_of_day),
        ("time words", "seven thirty pm", read_time_of_day),
        ("date ISO", "2027-06-30", lambda t: read_date(t, TODAY)),
        ("date relative", "next friday", lambda t: read_date(t, TODAY)),
        ("date month name", "December 24, 2026", lambda t: read_date(t, TODAY)),
        ("date numeric", "06/12/2027", lambda t: read_date(t, TODAY)),
    ]
    for label, text, reader in cases:
        print(f"{label:18} {per_call_us(partial(reader, text)):8.1f} µs")


if __name__ == "__main__":
    main()
