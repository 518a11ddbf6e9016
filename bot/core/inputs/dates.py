"""Reading a date: ISO, none, relative (in 3 weeks, next friday), month names; 24/12/2026 gets a suggestion."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from types import MappingProxyType

from bot.core.inputs.reading import _DAY_NAMES, _MONTH_NAMES, Reading, _clean, _long_date, _no, _yes, quote
from bot.core.inputs.times import _NUMBER_WORDS

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
