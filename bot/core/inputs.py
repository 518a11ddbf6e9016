"""Reading what users type: timezone names."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class ZoneNames:
    """IANA zone names, matched case-insensitively. Scanning the zone database takes milliseconds,
    so it happens once per coach, on first use."""

    def __init__(self) -> None:
        self._by_lower: dict[str, str] | None = None

    def canonical(self, text: str) -> str | None:
        t = text.strip()
        if not t or len(t) > 64 or not re.fullmatch(r"[A-Za-z0-9_+\-/]+", t) or ".." in t or t.startswith("/"):
            return None
        if self._by_lower is None:
            from zoneinfo import available_timezones

            self._by_lower = {z.lower(): z for z in available_timezones()}
            self._by_lower.setdefault("utc", "UTC")
        name = self._by_lower.get(t.lower())
        if name is None:
            return None
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return None
        return name
