"""Friendly reading of what people type for a timezone, a time of day and a date.

Onboarding and ``/coach settings`` once took only the canonical forms (an exact IANA name, 24-hour
HH:MM, YYYY-MM-DD) and refused the rest without a suggestion, so ``london``, ``7am`` and ``in 3 weeks``
all bounced. These readers accept what can only mean one thing and say what they understood
(``Reading.note``), and refuse the rest with a reply that names exactly what to send (``Reading.hint``).

They parse only: whether a date is in the past or too far away is the caller's policy. No clock is read
here (``today`` and ``at`` are passed in) and nothing raises, whatever the text.
"""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import chain
from types import MappingProxyType
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.messages import neutralize

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Reading(Generic[T]):
    """What a reader made of one message. ``ok`` with ``value`` None means "nothing", for a date
    (`none`); ``note`` is set when the text was understood but not written canonically, ``hint`` is
    a complete refusal, quoting the text safely and saying what to send."""

    ok: bool
    value: T | None = None
    note: str | None = None
    hint: str | None = None


def _yes(value: T | None, note: str | None = None) -> Reading[T]:
    return Reading(True, value, note)


def _no(hint: str) -> Reading[Any]:
    return Reading(False, None, None, hint)


# ==== shared text handling =========================================================================

_LOOK_AT = 200  # longer text is cut before any normalising or regex work, so cost stays bounded
_QUOTES = "\"'`“”‘’«»„"


def quote(text: str) -> str:
    """User text as it may appear inside a reply: one line, no pings or code spans, ≤ 60 chars."""
    shown = "".join(c if c.isprintable() else " " for c in text[:_LOOK_AT])
    shown = neutralize(" ".join(shown.split()), 60).replace("<", "‹").replace(">", "›")
    return f"“{shown}”"


def _clean(text: str) -> str:
    """Fold full-width digits and compatibility forms (``８：３０``), drop control characters,
    collapse whitespace and peel off quotes or backticks copied from a prompt."""
    t = unicodedata.normalize("NFKC", text[:_LOOK_AT])
    t = " ".join("".join(c if c.isprintable() else " " for c in t).split())
    return t.strip(_QUOTES + " ")


def _fold(text: str) -> str:
    """Lower case, accents dropped, ``_ - .`` read as spaces: ``São_Paulo`` and ``sao paulo`` meet."""
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c)).replace("'", "").replace("’", "")
    t = re.sub(r"[_\-.\s]+", " ", t)
    return re.sub(r" ?/ ?", "/", t).strip()


def _either(items: list[str], last: str = "or") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


# English names, fixed: strftime's %A and %B follow the process locale
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = "January February March April May June July August September October November December".split()


def _long_date(d: date) -> str:
    return f"{_DAY_NAMES[d.weekday()]} {d.isoformat()}"


class _Fuzzy:
    """Close matches for typos. ``difflib`` over every zone name costs about a millisecond, so a
    bigram index picks a shortlist first and ``difflib`` only ranks that."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = tuple(sorted(set(words)))
        postings: dict[str, list[int]] = {}
        for i, w in enumerate(self._words):
            for g in self._grams(w):
                postings.setdefault(g, []).append(i)
        # a bigram most words share ("am", "a/" in every America/...) ranks nothing and costs the most
        common = max(8, len(self._words) // 5)
        self._postings = {g: tuple(ids) for g, ids in postings.items() if len(ids) <= common}

    @staticmethod
    def _grams(word: str) -> set[str]:
        w = f" {word} "
        return {w[i : i + 2] for i in range(len(w) - 1)}

    def close(self, word: str, n: int = 3, cutoff: float = 0.8, shortlist: int = 5) -> list[str]:
        shared = Counter(chain.from_iterable(self._postings.get(g, ()) for g in self._grams(word)))
        best = [self._words[i] for i, _ in shared.most_common(shortlist)]
        return difflib.get_close_matches(word, best, n, cutoff)


# ==== timezones ====================================================================================

_Option = tuple[str, str]  # (IANA name, label shown beside it in a suggestion; may be "")

_REGIONS = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}
)
# last parts of legacy names that are directions, not cities (Australia/North is Darwin)
_NOT_CITIES = frozenset({"north", "south", "east", "west"})
# names the zone database lists that depend on the server or mean nothing to a person
_NOT_PLACES = frozenset({"localtime", "factory", "posixrules", "posix/localtime"})
_UTC_WORDS = frozenset(
    {"z", "zulu", "uct", "universal", "etc/uct", "etc/universal", "etc/zulu", "coordinated universal"}
)
_GMT_WORDS = frozenset({"greenwich", "etc/greenwich", "greenwich mean", "gmt0", "etc/gmt0"})
_ETC_OFFSET = re.compile(r"Etc/GMT([+-])(\d{1,2})")
_OFFSET = re.compile(r"(?:utc|gmt|z)?([+\-−–])([0-9]{1,2})(?:[:.h]?([0-9]{2}))?")
_ZONE_TEXT = re.compile(r"(?:[^\W_]|[ _+\-−–/:.,'’()])+")
_ZONE_SUFFIX = re.compile(r"\s+(?:(?:standard|daylight|summer|mean)\s+)?(?:time\s*zone|timezone|time|tz|zone)$")
# spelling changes the zone database keeps the old name of: a typed city gets today's spelling
_RENAMED = MappingProxyType(
    {
        "Asia/Calcutta": "Asia/Kolkata",
        "Asia/Saigon": "Asia/Ho_Chi_Minh",
        "Europe/Kiev": "Europe/Kyiv",
        "Asia/Rangoon": "Asia/Yangon",
        "Asia/Katmandu": "Asia/Kathmandu",
        "Asia/Dacca": "Asia/Dhaka",
        "Asia/Thimbu": "Asia/Thimphu",
        "Asia/Ulan_Bator": "Asia/Ulaanbaatar",
        "Asia/Macao": "Asia/Macau",
        "Asia/Ashkhabad": "Asia/Ashgabat",
        "America/Godthab": "America/Nuuk",
        "Atlantic/Faeroe": "Atlantic/Faroe",
        "Africa/Asmera": "Africa/Asmara",
    }
)

# Abbreviations never pick a zone on their own: they don't say which daylight-saving rules apply and
# several are shared (IST, CST, BST). Each entry: keys (folded, "|"-separated) and "Zone (label); ...".
# It includes the legacy IANA names that look like abbreviations (CET, EST, PST8PDT): EST is a zone
# without daylight saving, which is not what someone in New York means by it.
_ABBREVIATIONS = (
    ("pst|pdt|pt|pacific|pst8pdt", "America/Los_Angeles (Pacific time, US); America/Vancouver (Pacific time, Canada)"),
    (
        "mst|mdt|mt|mountain|mst7mdt",
        "America/Denver (Mountain time, US); America/Phoenix (Arizona, no daylight saving); "
        "America/Edmonton (Mountain time, Canada)",
    ),
    ("cst", "America/Chicago (Central time, US); Asia/Shanghai (China); America/Havana (Cuba)"),
    ("cdt|ct|central|cst6cdt", "America/Chicago (Central time, US); America/Winnipeg (Central time, Canada)"),
    ("est|edt|et|eastern|est5edt", "America/New_York (Eastern time, US); America/Toronto (Eastern time, Canada)"),
    ("akst|akdt", "America/Anchorage (Alaska)"),
    ("hst|hdt", "Pacific/Honolulu (Hawaii)"),
    (
        "ast|adt|atlantic",
        "America/Halifax (Atlantic time, Canada); America/Puerto_Rico (Puerto Rico); Asia/Riyadh (Arabia)",
    ),
    ("nst|ndt", "America/St_Johns (Newfoundland)"),
    ("bst", "Europe/London (British Summer Time); Asia/Dhaka (Bangladesh)"),
    ("ist", "Asia/Kolkata (India); Europe/Dublin (Ireland); Asia/Jerusalem (Israel)"),
    ("cet|cest|met|mest|central european", "Europe/Berlin (Germany); Europe/Paris (France); Europe/Madrid (Spain)"),
    ("eet|eest|eastern european", "Europe/Athens (Greece); Europe/Helsinki (Finland); Europe/Kyiv (Ukraine)"),
    ("wet|west|western european", "Europe/Lisbon (Portugal); Atlantic/Canary (Canary Islands)"),
    ("msk", "Europe/Moscow (Moscow)"),
    ("jst", "Asia/Tokyo (Japan)"),
    ("kst", "Asia/Seoul (South Korea)"),
    ("hkt", "Asia/Hong_Kong (Hong Kong)"),
    ("sgt", "Asia/Singapore (Singapore)"),
    ("pht|phst", "Asia/Manila (Philippines)"),
    ("wib", "Asia/Jakarta (western Indonesia)"),
    ("ict", "Asia/Bangkok (Thailand); Asia/Ho_Chi_Minh (Vietnam)"),
    ("pkt", "Asia/Karachi (Pakistan)"),
    ("npt", "Asia/Kathmandu (Nepal)"),
    ("gst", "Asia/Dubai (Gulf)"),
    ("irst", "Asia/Tehran (Iran)"),
    ("trt", "Europe/Istanbul (Turkey)"),
    ("sast", "Africa/Johannesburg (South Africa)"),
    ("wat", "Africa/Lagos (West Africa)"),
    ("cat", "Africa/Maputo (Central Africa)"),
    ("eat", "Africa/Nairobi (East Africa)"),
    (
        "aest|aedt",
        "Australia/Sydney (New South Wales, Victoria); Australia/Brisbane (Queensland, no daylight saving)",
    ),
    ("acst|acdt", "Australia/Adelaide (South Australia); Australia/Darwin (Northern Territory)"),
    ("awst", "Australia/Perth (Western Australia)"),
    ("nzst|nzdt", "Pacific/Auckland (New Zealand)"),
    ("brt|brst", "America/Sao_Paulo (Brasília time)"),
    ("art", "America/Argentina/Buenos_Aires (Argentina)"),
)

# Countries, states and cities that are not the last part of a zone name. One zone: accepted with a
# note. Several: refused, suggesting them. Also holds the country-style legacy IANA names (Japan, GB,
# PRC...) so they come back as the modern name.
_PLACES = (
    (
        "india|bharat|bangalore|bengaluru|mumbai|bombay|delhi|new delhi|hyderabad|chennai|madras|pune|"
        "gurgaon|gurugram|noida|ahmedabad",
        "Asia/Kolkata",
    ),
    (
        "uk|united kingdom|great britain|britain|england|scotland|wales|northern ireland|gb|gb eire|"
        "manchester|edinburgh|glasgow|bristol|oxford",
        "Europe/London",
    ),
    ("ireland|eire|republic of ireland|cork", "Europe/Dublin"),
    ("germany|deutschland|munich|munchen|frankfurt|hamburg|cologne|koln|stuttgart|dusseldorf", "Europe/Berlin"),
    ("france|lyon|marseille|toulouse", "Europe/Paris"),
    ("spain|espana", "Europe/Madrid (mainland Spain); Atlantic/Canary (Canary Islands)"),
    ("barcelona|seville", "Europe/Madrid"),
    ("italy|milan|milano|turin|naples|florence", "Europe/Rome"),
    ("netherlands|the netherlands|holland|rotterdam|utrecht|eindhoven|delft", "Europe/Amsterdam"),
    ("belgium|antwerp", "Europe/Brussels"),
    ("switzerland|geneva|basel|lausanne|bern", "Europe/Zurich"),
    ("austria", "Europe/Vienna"),
    ("poland|krakow|cracow|wroclaw|gdansk", "Europe/Warsaw"),
    ("czechia|czech republic|brno", "Europe/Prague"),
    ("sweden|gothenburg", "Europe/Stockholm"),
    ("norway", "Europe/Oslo"),
    ("denmark", "Europe/Copenhagen"),
    ("finland", "Europe/Helsinki"),
    ("greece", "Europe/Athens"),
    ("ukraine|kiev", "Europe/Kyiv"),
    ("romania", "Europe/Bucharest"),
    ("hungary", "Europe/Budapest"),
    ("portugal|porto", "Europe/Lisbon"),
    ("turkey|turkiye|ankara|istanbul", "Europe/Istanbul"),
    ("cyprus|nicosia", "Asia/Nicosia"),
    ("russia", "Europe/Moscow (Moscow); Asia/Yekaterinburg (Urals); Asia/Vladivostok (Far East)"),
    ("w su|st petersburg|saint petersburg", "Europe/Moscow"),
    ("europe", "Europe/London (UK, Ireland, Portugal); Europe/Berlin (Central Europe); Europe/Athens (Eastern Europe)"),
    ("israel|tel aviv|haifa", "Asia/Jerusalem"),
    ("egypt", "Africa/Cairo"),
    ("libya", "Africa/Tripoli"),
    ("nigeria", "Africa/Lagos"),
    ("kenya", "Africa/Nairobi"),
    ("south africa|cape town|pretoria", "Africa/Johannesburg"),
    ("iran", "Asia/Tehran"),
    ("uae|united arab emirates|abu dhabi", "Asia/Dubai"),
    ("saudi arabia|saudi|jeddah", "Asia/Riyadh"),
    ("pakistan|lahore|islamabad", "Asia/Karachi"),
    ("bangladesh", "Asia/Dhaka"),
    ("sri lanka", "Asia/Colombo"),
    ("nepal", "Asia/Kathmandu"),
    ("china|prc|beijing|shenzhen|hangzhou|guangzhou", "Asia/Shanghai"),
    ("hongkong", "Asia/Hong_Kong"),
    ("taiwan|roc", "Asia/Taipei"),
    ("south korea|korea|rok", "Asia/Seoul"),
    ("japan|osaka|kyoto", "Asia/Tokyo"),
    ("singapore", "Asia/Singapore"),
    ("vietnam|viet nam|hanoi|ho chi minh city|hcmc|saigon", "Asia/Ho_Chi_Minh"),
    ("thailand", "Asia/Bangkok"),
    ("philippines", "Asia/Manila"),
    ("malaysia", "Asia/Kuala_Lumpur"),
    ("indonesia", "Asia/Jakarta (western Indonesia); Asia/Makassar (central); Asia/Jayapura (eastern)"),
    (
        "australia",
        "Australia/Sydney (New South Wales, Victoria); Australia/Brisbane (Queensland); "
        "Australia/Perth (Western Australia)",
    ),
    ("new zealand|nz|wellington", "Pacific/Auckland"),
    ("nz chat", "Pacific/Chatham"),
    ("kwajalein", "Pacific/Kwajalein"),
    ("iceland", "Atlantic/Reykjavik"),
    (
        "usa|us|u s|u s a|united states|united states of america|america|the us|the usa|the states",
        "America/New_York (Eastern); America/Chicago (Central); America/Los_Angeles (Pacific)",
    ),
    ("canada", "America/Toronto (Eastern); America/Vancouver (Pacific); America/Edmonton (Mountain)"),
    ("brazil|brasil", "America/Sao_Paulo (Brasília time); America/Manaus (Amazonas)"),
    (
        "mexico",
        "America/Mexico_City (central Mexico); America/Tijuana (Baja California); America/Cancun (Quintana Roo)",
    ),
    ("argentina", "America/Argentina/Buenos_Aires"),
    ("colombia", "America/Bogota"),
    ("peru", "America/Lima"),
    ("chile", "America/Santiago (mainland Chile); Pacific/Easter (Easter Island)"),
    ("cuba", "America/Havana"),
    ("jamaica", "America/Jamaica"),
    ("samoa", "Pacific/Apia (Samoa); Pacific/Pago_Pago (American Samoa)"),
    ("victoria", "Australia/Melbourne (Victoria, Australia); America/Vancouver (Victoria, Canada)"),
    (
        "california|bay area|san francisco|sf|silicon valley|san jose|palo alto|mountain view|san diego|seattle|"
        "oregon|nevada|las vegas|washington state",
        "America/Los_Angeles",
    ),
    (
        "new york city|nyc|manhattan|brooklyn|boston|massachusetts|washington dc|washington d c|dc|philadelphia|"
        "pennsylvania|new jersey|atlanta|miami|virginia|north carolina|raleigh|pittsburgh|ohio",
        "America/New_York",
    ),
    ("illinois|austin|dallas|houston|minnesota|minneapolis|wisconsin|st louis", "America/Chicago"),
    ("colorado|utah|salt lake city|new mexico|albuquerque|navajo", "America/Denver"),
    ("arizona", "America/Phoenix"),
    ("hawaii", "Pacific/Honolulu"),
    ("alaska", "America/Anchorage"),
    ("washington", "America/Los_Angeles (Washington state); America/New_York (Washington, D.C.)"),
    ("georgia", "America/New_York (Georgia, US); Asia/Tbilisi (Georgia, the country)"),
    ("texas", "America/Chicago (most of Texas); America/Denver (El Paso)"),
    ("florida", "America/New_York (most of Florida); America/Chicago (western panhandle)"),
    ("ontario|quebec|ottawa", "America/Toronto"),
    ("british columbia", "America/Vancouver"),
    ("alberta|calgary", "America/Edmonton"),
    ("newfoundland", "America/St_Johns"),
)

# Well-known zones in rough order of how many people use them: the pool offsets are matched against.
_WELL_KNOWN = (
    "America/Los_Angeles America/New_York America/Chicago America/Denver America/Phoenix America/Toronto "
    "America/Mexico_City America/Sao_Paulo America/Argentina/Buenos_Aires America/Bogota America/Halifax "
    "America/St_Johns America/Anchorage Pacific/Honolulu Europe/London Europe/Berlin Europe/Paris Africa/Lagos "
    "Europe/Athens Africa/Cairo Africa/Johannesburg Europe/Istanbul Europe/Moscow Africa/Nairobi Asia/Riyadh "
    "Asia/Tehran Asia/Dubai Asia/Kabul Asia/Karachi Asia/Tashkent Asia/Kolkata Asia/Kathmandu Asia/Dhaka "
    "Asia/Yangon Asia/Bangkok Asia/Jakarta Asia/Shanghai Asia/Singapore Australia/Perth Asia/Tokyo Asia/Seoul "
    "Australia/Darwin Australia/Adelaide Australia/Brisbane Australia/Sydney Pacific/Noumea Pacific/Auckland "
    "Pacific/Chatham Pacific/Tongatapu Pacific/Kiritimati Pacific/Marquesas Pacific/Pago_Pago America/Adak "
    "Atlantic/Azores Atlantic/Cape_Verde Atlantic/South_Georgia America/Caracas America/Santiago Asia/Yekaterinburg "
    "Asia/Vladivostok Asia/Magadan"
).split()


def _parse_options(spec: str) -> tuple[_Option, ...]:
    out: list[_Option] = []
    for part in spec.split(";"):
        m = re.fullmatch(r"\s*(\S+)(?:\s+\((.*)\))?\s*", part)
        if m:
            out.append((m.group(1), m.group(2) or ""))
    return tuple(out)


def _table(rows: Iterable[tuple[str, str]], names: frozenset[str]) -> dict[str, tuple[_Option, ...]]:
    """Folded key -> options, keeping only zones this machine's zone database has."""
    out: dict[str, tuple[_Option, ...]] = {}
    for keys, spec in rows:
        options = tuple(o for o in _parse_options(spec) if o[0] in names)
        if options:
            for key in keys.split("|"):
                out[_fold(key)] = options
    return out


def _show(options: Iterable[_Option]) -> str:
    return _either([f"`{name}`" + (f" ({label})" if label else "") for name, label in options])


def _same_rules(names: list[str]) -> bool:
    """Whether zones filed under one city (``America/Buenos_Aires``, ``America/Argentina/Buenos_Aires``)
    are one zone under two names: same offsets across the years that matter."""
    try:
        zones = [ZoneInfo(n) for n in names]
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    for year in range(2000, 2041, 5):
        for month in (1, 7):
            at = datetime(year, month, 1, 12, tzinfo=UTC)
            if len({at.astimezone(z).utcoffset() for z in zones}) > 1:
                return False
    return True


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


# ==== time of day ==================================================================================

_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_HOUR_WORDS = MappingProxyType({w: i for i, w in enumerate(_NUMBER_WORDS, start=1)})
_MINUTE_WORDS = MappingProxyType({"fifteen": 15, "thirty": 30, "forty five": 45, "fortyfive": 45})
_AM_PM = re.compile(r"([0-9]{1,2})(?:\s*[:.h]\s*([0-9]{2}))?\s*([ap])m?")
_WORD_TIME = re.compile(rf"({'|'.join(_NUMBER_WORDS)})(?:\s+(fifteen|thirty|forty[ -]?five))?(?:\s*([ap])m)?")
_CLOCK = re.compile(r"([0-9]{1,2})\s*([:.h])\s*([0-9]{2})\s*(?:h|hrs?|hours|uhr)?")
_HOUR_ONLY = re.compile(r"([0-9]{1,2})\s*(h|hrs?|hours|uhr)?")
_MILITARY = re.compile(r"([0-9]{1,2})([0-9]{2})\s*(?:h|hrs?|hours|uhr)?")
_SEND_TIME = "Send HH:MM in 24-hour time, like `08:30` or `19:00`."


def _time_note(shown: str, at: time) -> str:
    word = "midnight" if at == time(0, 0) else "noon" if at == time(12, 0) else ""
    extra = f" ({word})" if word and word not in shown.lower() else ""
    return f"I read {shown} as {at:%H:%M}{extra}."


def read_time_of_day(text: str) -> Reading[time]:
    """A daily time: 24-hour ``08:30`` and ``8:30`` as they are; ``7am``, ``7:05 pm``, ``19h30``,
    ``0830``, ``8.30``, ``noon`` with a note; a bare ``7`` (morning or evening?) refused."""
    shown = quote(text)
    t = _clean(text).lower()
    if not t:
        return _no(f"That was empty. {_SEND_TIME}")
    if len(t) > 40:
        return _no(f"I couldn't read {shown} as a time of day. {_SEND_TIME}")
    typed = text.strip()
    if re.fullmatch(r"[0-9]{1,2}:[0-9]{2}", typed):
        h, m = int(typed[:-3]), int(typed[-2:])
        if h <= 23 and m <= 59:
            return _yes(time(h, m))  # already what we ask for
    t = re.sub(r"\s*o\s*['’]?\s*clock", "", t)
    t = re.sub(r"(?<![a-z])([ap])\.?\s?m\.?$", r"\1m", t)  # a.m., p. m.
    t = re.sub(r"\s+(?:in the morning)$", " am", t)
    t = re.sub(r"\s+(?:in the afternoon|in the evening|at night)$", " pm", t)
    t = " ".join(t.rstrip(".!").split())

    if t in ("noon", "midday", "12 noon", "12noon"):
        return _yes(time(12, 0), _time_note(shown, time(12, 0)))
    if t in ("midnight", "12 midnight", "12midnight"):
        return _yes(time(0, 0), _time_note(shown, time(0, 0)))

    m12 = _AM_PM.fullmatch(t)
    if m12:
        return _twelve_hour(shown, int(m12.group(1)), int(m12.group(2) or 0), m12.group(3))
    words = _WORD_TIME.fullmatch(t)  # "eight pm", "seven thirty am"
    if words:
        h = _HOUR_WORDS[words.group(1)]
        mins = _MINUTE_WORDS.get((words.group(2) or "").replace("-", " "), 0)
        if words.group(3) is None:
            return _no(_either_half(shown, h, mins))
        return _twelve_hour(shown, h, mins, words.group(3))

    clock = _CLOCK.fullmatch(t)
    if clock:
        return _clock_reading(shown, int(clock.group(1)), int(clock.group(3)))
    military = _MILITARY.fullmatch(t)  # 0830, 1900 hrs
    if military:
        return _clock_reading(shown, int(military.group(1)), int(military.group(2)))
    bare = _HOUR_ONLY.fullmatch(t)
    if bare:
        h = int(bare.group(1))
        if 1 <= h <= 12 and not bare.group(2):
            return _no(_either_half(shown, h, 0))
        return _clock_reading(shown, h, 0)
    return _no(f"I couldn't read {shown} as a time of day. {_SEND_TIME}")


def _twelve_hour(shown: str, h: int, mins: int, half: str) -> Reading[time]:
    if mins > 59:
        return _no(f"{shown} isn't a time of day: minutes run 00–59. {_SEND_TIME}")
    if not 1 <= h <= 12:
        suggestion = f"{h:02d}:{mins:02d}" if h <= 23 else "08:30"
        return _no(
            f"{shown} mixes 24-hour time with am/pm (with am or pm the hour runs 1 to 12). "
            f"Send `{suggestion}`, HH:MM in 24-hour time."
        )
    at = time(h % 12 + (12 if half == "p" else 0), mins)
    return _yes(at, _time_note(shown, at))


def _clock_reading(shown: str, h: int, mins: int) -> Reading[time]:
    if h == 24 and mins == 0:
        return _no(f"{shown} is the very end of the day. Send `00:00` for midnight, or another HH:MM time.")
    if h > 23 or mins > 59:
        return _no(f"{shown} isn't a time of day: hours run 00–23 and minutes 00–59. {_SEND_TIME}")
    at = time(h, mins)
    return _yes(at, _time_note(shown, at))


def _either_half(shown: str, h: int, mins: int) -> str:
    if h == 12:
        return (
            f"{shown} could be noon or midnight. Send `12:{mins:02d}` for noon or `00:{mins:02d}` for midnight "
            "(HH:MM, 24-hour)."
        )
    return (
        f"{shown} could be morning or evening. Send `{h:02d}:{mins:02d}` or `{h + 12:02d}:{mins:02d}` (HH:MM, 24-hour)."
    )


# ==== dates ========================================================================================

_NO_DATE = frozenset(
    "none|no|nope|n/a|na|-|—|no date|no date yet|none yet|not yet|unknown|tbd|tba|not sure|dont know|don't know|"
    "idk|no interview|not scheduled".split("|")
)
_MONTHS = MappingProxyType(
    {
        **{m.lower(): i for i, m in enumerate(_MONTH_NAMES, 1)},
        **{m[:3].lower(): i for i, m in enumerate(_MONTH_NAMES, 1)},
    }
    | {"sept": 9}
)
_WEEKDAYS = MappingProxyType(
    {**{d.lower(): i for i, d in enumerate(_DAY_NAMES)}, **{d[:3].lower(): i for i, d in enumerate(_DAY_NAMES)}}
    | {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
)
_COUNT_WORDS = MappingProxyType({w: i for i, w in enumerate(_NUMBER_WORDS, 1)} | {"a": 1, "an": 1, "a couple of": 2})
_ISO_LIKE = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})|([0-9]{4})([0-9]{2})([0-9]{2})")
_NUMERIC = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})(?:\2([0-9]{4}|[0-9]{2}))?")
_RELATIVE = re.compile(
    rf"(?:in\s+)?([0-9]{{1,5}}|an?|a couple of|{'|'.join(_NUMBER_WORDS)})"
    r"\s+(day|week|fortnight|month|year)s?(?:\s+from\s+(?:now|today))?"
)
_SEND_DATE = "Send YYYY-MM-DD, like 2027-06-30, or `none`."


def read_date(text: str, today: date) -> Reading[date]:
    """An interview date. ``today`` is the learner's local date (no clock is read here). Parse only:
    a date in the past or years away is returned as read, for the caller to judge."""
    shown = quote(text)
    t = " ".join(_clean(text).lower().rstrip(".!?").split())
    if not t:
        return _no(f"That was empty. {_SEND_DATE}")
    unreadable = _no(f"I couldn't read {shown} as a date. {_SEND_DATE}")
    if len(t) > 60:
        return unreadable
    if t in _NO_DATE or t.replace("’", "'") in _NO_DATE:
        return _yes(None, None if t == "none" else f"I read {shown} as no interview date yet.")

    iso = _ISO_LIKE.fullmatch(t)
    if iso:
        y, m, d = (int(g) for g in (iso.group(1, 3, 4) if iso.group(1) else iso.group(5, 6, 7)))
        when = _real_date(y, m, d)
        if when is None:
            return _no(_not_a_date(shown, y, m, d))
        canonical = re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()) is not None
        return _yes(when, None if canonical else f"I read {shown} as {_long_date(when)}.")

    numeric = _NUMERIC.fullmatch(t)
    if numeric:
        return _no(_numeric_hint(shown, numeric, today))

    relative = _read_relative(t, today)
    if relative is not None:
        when, extra = relative
        if when is None:
            return unreadable
        said = f"today, {_long_date(when)}" if when == today and t != "today" else _long_date(when)
        return _yes(when, f"I read {shown} as {said}.{extra}")

    return _read_named_month(t, shown, today) or unreadable


def _real_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _not_a_date(shown: str, y: int | None, m: int, d: int) -> str:
    if not 1 <= m <= 12:
        why = " (months run 01 to 12)"
    elif y is not None and not 1 <= y <= 9999:
        why = " (years run from 0001)"
    elif d < 1:
        why = " (days start at 01)"
    elif y is not None:
        why = f" ({_MONTH_NAMES[m - 1]} {y} has {calendar.monthrange(y, m)[1]} days)"
    else:  # no year given: a leap year, so 29 February counts
        why = f" ({_MONTH_NAMES[m - 1]} has at most {calendar.monthrange(2000, m)[1]} days)"
    return f"{shown} isn't a real calendar date{why}. {_SEND_DATE}"


def _next_on_or_after(today: date, m: int, d: int) -> date | None:
    """The first ``m``/``d`` on or after ``today``; eight years finds any 29 February."""
    for y in range(today.year, min(today.year + 9, 10_000)):
        when = _real_date(y, m, d)
        if when is not None and when >= today:
            return when
    return None


def _day_month(d: date) -> str:
    return f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


def _numeric_hint(shown: str, m: re.Match[str], today: date) -> str:
    """``24/12/2026`` is refused with the ISO date to send; ``06/12/2027`` names both readings."""
    a, b, year = int(m.group(1)), int(m.group(3)), m.group(4)
    y = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
    readings: list[date] = []
    for day, month in ((a, b), (b, a)):  # day first, then month first
        when = _real_date(y, month, day) if y is not None else _next_on_or_after(today, month, day)
        if when is not None and when not in readings:
            readings.append(when)
    if not readings:  # explain with the reading whose month exists, if either
        month, day = (a, b) if b > 12 >= a else (b, a)
        return _not_a_date(shown, y, month, day)
    if len(readings) == 1:
        when = readings[0]
        return (
            f"I read {shown} as {_day_month(when)}, but numeric dates are easy to mix up. "
            f"Send {when.isoformat()} (YYYY-MM-DD) to confirm."
        )
    first, second = readings
    return (
        f"{shown} could be {_day_month(first)} (day first) or {_day_month(second)} (month first). "
        f"Send {first.isoformat()} or {second.isoformat()} (YYYY-MM-DD)."
    )


def _add_months(d: date, months: int) -> date | None:
    y, m0 = divmod(d.month - 1 + months, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        return None
    return date(year, m0 + 1, min(d.day, calendar.monthrange(year, m0 + 1)[1]))


def _shift(d: date, days: int) -> date | None:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def _read_relative(t: str, today: date) -> tuple[date | None, str] | None:
    """``today``, ``tomorrow``, ``in 3 weeks``, ``next friday``... as (date, extra note), or None when
    the text isn't relative; the date is None when it falls off the calendar."""
    if t == "today":
        return today, ""
    if t == "tomorrow":
        return _shift(today, 1), ""
    if t in ("day after tomorrow", "the day after tomorrow"):
        return _shift(today, 2), ""
    rel = _RELATIVE.fullmatch(t)
    if rel:
        count = int(rel.group(1)) if rel.group(1).isdigit() else _COUNT_WORDS[rel.group(1)]
        unit = rel.group(2)
        if unit in ("month", "year"):
            return _add_months(today, count * (12 if unit == "year" else 1)), ""
        return _shift(today, count * {"day": 1, "week": 7, "fortnight": 14}[unit]), ""
    wd = re.fullmatch(r"(?:(this|next|on|coming|this coming)\s+)?([a-z]+)", t)
    if wd and wd.group(2) in _WEEKDAYS:
        target = _WEEKDAYS[wd.group(2)]
        ahead = (target - today.weekday()) % 7
        if wd.group(1) == "next" and ahead == 0:
            ahead = 7
        when = _shift(today, ahead)
        later = _shift(today, ahead + 7)
        if when is None or later is None:
            return None, ""
        if wd.group(1) == "next" or ahead == 0:
            return when, f" If you meant a week later, send {later.isoformat()}."
        return when, ""
    return None


def _read_named_month(t: str, shown: str, today: date) -> Reading[date] | None:
    """``24 Dec 2026``, ``December 24, 2026``, ``dec 24`` (the next one on or after today),
    ``Thursday, 24 December 2026``."""
    tokens = re.sub(r"[,./\-]", " ", t).split()
    if tokens and tokens[0] in ("on", "the"):
        tokens = tokens[1:]
    weekday = _WEEKDAYS.get(tokens[0]) if tokens else None
    if weekday is not None:
        tokens = tokens[1:]
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    tokens = [w for w in tokens if w != "of"]

    if len(tokens) == 2 and tokens[0] in _MONTHS and re.fullmatch(r"[0-9]{4}", tokens[1]):  # "dec 2026"
        return _no(
            f"{shown} needs a day too. Send YYYY-MM-DD, like {tokens[1]}-{_MONTHS[tokens[0]]:02d}-15, or `none`."
        )
    day_text = month = year = None
    if len(tokens) in (2, 3):
        first, second = tokens[0], tokens[1]
        if second in _MONTHS:
            day_text, month = first, _MONTHS[second]
        elif first in _MONTHS:
            day_text, month = second, _MONTHS[first]
        if len(tokens) == 3:
            year = tokens[2]
    if month is None or day_text is None:
        return None
    day = re.fullmatch(r"([0-9]{1,2})(?:st|nd|rd|th)?", day_text)
    if day is None or (year is not None and not re.fullmatch(r"[0-9]{4}", year)):
        return None
    d = int(day.group(1))
    y = int(year) if year is not None else None
    when = _real_date(y, month, d) if y is not None else _next_on_or_after(today, month, d)
    if when is None:
        return _no(_not_a_date(shown, y, month, d))
    if weekday is not None and when.weekday() != weekday:
        return _no(
            f"{_day_month(when)} is a {_DAY_NAMES[when.weekday()]}, not a {_DAY_NAMES[weekday]}. "
            f"Send the date as YYYY-MM-DD, like {when.isoformat()}, or `none`."
        )
    return _yes(when, f"I read {shown} as {_long_date(when)}.")


__all__ = ["Reading", "T", "ZoneNames", "quote", "read_date", "read_time_of_day"]
