"""Reading a timezone: an exact IANA name, a city, a place, or a refusal with a suggestion."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.inputs.reading import _QUOTES, Reading, _clean, _either, _fold, _Fuzzy, _no, _yes, quote
from bot.core.inputs.zone_places import (
    _ABBREVIATIONS,
    _ETC_OFFSET,
    _GMT_WORDS,
    _NOT_CITIES,
    _NOT_PLACES,
    _OFFSET,
    _PLACES,
    _REGIONS,
    _RENAMED,
    _UTC_WORDS,
    _WELL_KNOWN,
    _ZONE_SUFFIX,
    _ZONE_TEXT,
    _Option,
    _same_rules,
    _show,
    _table,
)


@dataclass(frozen=True, slots=True)
class _ZoneIndex:
    names: frozenset[str]
    by_folded: Mapping[str, str]  # folded full name -> name ("america/new york")
    by_city: Mapping[str, tuple[str, ...]]  # folded last part -> zones ("new york", "sao paulo")
    places: Mapping[str, tuple[_Option, ...]]
    abbreviations: Mapping[str, tuple[_Option, ...]]
    typo_full: _Fuzzy  # folded full names in the geographic regions
    typo_place: _Fuzzy  # folded city and place keys that name one zone
    place_zone: Mapping[str, str]  # those keys -> their zone


class ZoneNames:
    """IANA names indexed once per instance (lazily), no module-level mutable state. Scanning the zone
    database takes milliseconds, so it happens on first use; a reading after that takes microseconds."""

    def __init__(self) -> None:
        self._by_lower: dict[str, str] | None = None
        self._index: _ZoneIndex | None = None
        self._well_known: tuple[tuple[str, ZoneInfo], ...] | None = None

    def _lower_map(self) -> dict[str, str]:
        if self._by_lower is None:
            from zoneinfo import available_timezones

            self._by_lower = {z.lower(): z for z in available_timezones()}
            self._by_lower.setdefault("utc", "UTC")
        return self._by_lower

    def canonical(self, text: str) -> str | None:
        """The exact IANA name, matched case-insensitively, or None (``engine.ZoneNames.canonical``)."""
        t = text.strip()
        if not t or len(t) > 64 or not re.fullmatch(r"[A-Za-z0-9_+\-/]+", t) or ".." in t or t.startswith("/"):
            return None
        name = self._lower_map().get(t.lower())
        if name is None:
            return None
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return None
        return name

    def read(self, text: str, at: datetime | None = None) -> Reading[str]:
        """The friendly reading. ``at`` (an aware instant, usually now) lets a refused UTC offset
        suggest the zones that have that offset at that moment."""
        shown = quote(text)
        t = _clean(text).rstrip(".!?")
        if not t:
            return _no(
                "That was empty. Send your timezone's IANA name, like `Europe/Berlin`, or a city in it, like `London`."
            )
        if len(t) > 64 or not _ZONE_TEXT.fullmatch(t) or ".." in t or t.startswith("/"):
            return _no(self._unknown(shown))
        t = re.sub(r"\s*\([^()]*\)$", "", t) or t  # "Europe/Berlin (CET)"
        low = t.lower()
        folded = _fold(low)
        core = _fold(_ZONE_SUFFIX.sub("", low)) or folded  # "pacific standard time" -> "pacific"
        ix = self._ensure_index()

        if folded in _UTC_WORDS or core in _UTC_WORDS:
            return _yes("UTC", f"I read {shown} as UTC.")
        if (folded in _GMT_WORDS or core in _GMT_WORDS or low == "gmt") and "GMT" in ix.names:
            return _yes(
                "GMT",
                f"I read {shown} as GMT, which is UTC+00:00 all year. In the UK clocks move to BST in summer; "
                "send `Europe/London` if that's you.",
            )
        if low in _NOT_PLACES:
            return _no(self._unknown(shown))
        offset = _OFFSET.fullmatch(low.replace(" ", ""))
        if offset:
            return self._read_offset(shown, offset, at)

        for key in (folded, core):
            if key in ix.abbreviations:
                options = ix.abbreviations[key]
                return _no(
                    f"{shown} doesn't tell me where you are, and I need that to get daylight saving right. "
                    f"Did you mean {_show(options)}? "
                    + ("Send that IANA name." if len(options) == 1 else "Send one of those IANA names.")
                )

        if folded not in ix.places:
            exact = self.canonical(t) or self.canonical(core)  # "UTC time", "Europe/Berlin time"
            if exact is not None:
                reading = self._read_exact(exact, shown)
                if reading.note is None and text.strip().strip(_QUOTES).lower() != exact.lower():
                    return _yes(exact, f"I read {shown} as {exact}.")
                return reading

        if "/" in core:
            return self._read_path(core, shown, ix)
        return self._read_place(core, shown, ix)

    # ---- the steps of read -------------------------------------------------------------------

    def _read_exact(self, name: str, shown: str) -> Reading[str]:
        m = _ETC_OFFSET.fullmatch(name)
        if m:
            sign = "−" if m.group(1) == "+" else "+"  # POSIX-style: Etc/GMT+5 is five hours *behind* UTC
            return _yes(
                name,
                f"I read {shown} as a fixed UTC{sign}{int(m.group(2)):02d}:00 all year, with no daylight "
                "saving (in Etc/ names the sign is reversed).",
            )
        return _yes(name)

    def _read_path(self, core: str, shown: str, ix: _ZoneIndex) -> Reading[str]:
        """Something with a slash that isn't an exact name: case, spaces or a typo."""
        name = ix.by_folded.get(core)
        if name is not None:
            return _yes(name, f"I read {shown} as {name}.")
        suggestions: list[str] = []
        city = core.rsplit("/", 1)[-1]
        for option in self._resolve(city, ix):
            suggestions.append(option[0])
        for word in ix.typo_full.close(core, cutoff=0.8):
            name = ix.by_folded[word]
            suggestions.append(_RENAMED[name] if _RENAMED.get(name) in ix.names else name)
        return self._did_you_mean(shown, suggestions)

    def _read_place(self, core: str, shown: str, ix: _ZoneIndex) -> Reading[str]:
        """A country, state or city, maybe as "city, country"."""
        parts = [p.strip() for p in core.split(",") if p.strip()]
        if not parts:
            return _no(self._unknown(shown))
        options = self._resolve(parts[0], ix)
        if len(parts) > 1:
            context = self._resolve(parts[-1], ix)
            if len(options) == 1:
                if context and options[0][0] not in {o[0] for o in context}:
                    options = options + context  # "Paris, Texas": two different answers
            elif options and context:
                agreed = tuple(o for o in options if o[0] in {c[0] for c in context})
                options = agreed or options
            elif not options:
                options = context
        options = tuple(dict.fromkeys(options))
        if len(options) == 1:
            return _yes(options[0][0], f"I read {shown} as {options[0][0]}.")
        if options:
            return _no(
                f"{shown} could mean more than one timezone. Did you mean {_show(options[:3])}? "
                "Send one of those IANA names."
            )
        suggestions = [ix.place_zone[w] for w in ix.typo_place.close(parts[0], cutoff=0.75)]
        return self._did_you_mean(shown, suggestions)

    def _resolve(self, key: str, ix: _ZoneIndex) -> tuple[_Option, ...]:
        if key in ix.places:
            return ix.places[key]
        return tuple((z, "") for z in ix.by_city.get(key, ()))

    def _did_you_mean(self, shown: str, suggestions: list[str]) -> Reading[str]:
        unique = list(dict.fromkeys(suggestions))[:3]
        if not unique:
            return _no(self._unknown(shown))
        return _no(
            f"I don't know the timezone {shown}. Did you mean {_either([f'`{s}`' for s in unique])}? "
            "Send the IANA name exactly as written."
        )

    def _read_offset(self, shown: str, m: re.Match[str], at: datetime | None) -> Reading[str]:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        total = (hours * 60 + minutes) * (-1 if m.group(1) != "+" else 1)
        if minutes > 59 or not -12 * 60 <= total <= 14 * 60:
            return _no(
                f"{shown} isn't an offset any place uses (they run from UTC−12:00 to UTC+14:00). Send an IANA "
                "name such as `Europe/Berlin`, `America/Los_Angeles` or `UTC`, or a city in your timezone."
            )
        if total == 0:
            return _yes("UTC", f"I read {shown} as UTC.")
        label = f"UTC{'+' if total > 0 else '−'}{hours:02d}:{minutes:02d}"
        matching = self._zones_at_offset(timedelta(minutes=total), at) if at is not None else []
        where = (
            f" Places at {label} right now include {_either([f'`{z}`' for z in matching], 'and')}: send yours."
            if matching
            else " Send the IANA name of a city in your timezone, like `Europe/Berlin`, or just the city."
        )
        return _no(
            f"{shown} is a fixed offset, and offsets don't follow daylight saving, so your drill would drift by "
            f"an hour when the clocks change.{where}"
        )

    def _zones_at_offset(self, offset: timedelta, at: datetime) -> list[str]:
        if self._well_known is None:
            pool: list[tuple[str, ZoneInfo]] = []
            for name in _WELL_KNOWN:
                try:
                    pool.append((name, ZoneInfo(name)))
                except (ZoneInfoNotFoundError, ValueError, OSError):
                    continue
            self._well_known = tuple(pool)
        instant = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
        return [name for name, zone in self._well_known if instant.astimezone(zone).utcoffset() == offset][:3]

    def _unknown(self, shown: str) -> str:
        return (
            f"I don't know the timezone {shown}. Send an IANA name such as `Europe/Berlin`, "
            "`America/Los_Angeles`, `Asia/Kolkata` or `UTC`, or a city in your timezone, like `London`."
        )

    # ---- the index ---------------------------------------------------------------------------

    def _ensure_index(self) -> _ZoneIndex:
        if self._index is None:
            self._index = self._build_index()
        return self._index

    def _build_index(self) -> _ZoneIndex:
        names = frozenset(self._lower_map().values())
        geographic = sorted(n for n in names if n.split("/")[0] in _REGIONS and "/" in n)
        by_folded = {_fold(n): n for n in sorted(names) if n.lower() not in _NOT_PLACES}

        filed: dict[str, list[str]] = {}
        for n in geographic:
            filed.setdefault(_fold(n.rsplit("/", 1)[-1]), []).append(n)
        by_city: dict[str, tuple[str, ...]] = {}
        for key, zones in filed.items():
            if key in _NOT_CITIES:
                continue
            zones = [_RENAMED[z] if _RENAMED.get(z) in names else z for z in zones]
            if len(zones) > 1 and _same_rules(zones):
                # one zone under two names: the longer one is the current (America/Argentina/Cordoba),
                # and of equals the first alphabetically
                zones = sorted(zones, key=lambda z: (-z.count("/"), z))[:1]
            by_city[key] = tuple(dict.fromkeys(zones))

        places = _table(_PLACES, names)
        place_zone = {k: v[0] for k, v in by_city.items() if len(v) == 1}
        place_zone.update({k: v[0][0] for k, v in places.items() if len(v) == 1 and len(k) > 3})
        return _ZoneIndex(
            names=names,
            by_folded=MappingProxyType(by_folded),
            by_city=MappingProxyType(by_city),
            places=MappingProxyType(places),
            abbreviations=MappingProxyType(_table(_ABBREVIATIONS, names)),
            typo_full=_Fuzzy(_fold(n) for n in geographic),
            typo_place=_Fuzzy(place_zone),
            place_zone=MappingProxyType(place_zone),
        )
