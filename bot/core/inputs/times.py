"""Reading a time of day: 08:30, 7am, 7:05 pm, 19h, noon; a bare 7 is ambiguous."""

from __future__ import annotations

import re
from datetime import time
from types import MappingProxyType

from bot.core.inputs.reading import Reading, _clean, _no, _yes, quote

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
