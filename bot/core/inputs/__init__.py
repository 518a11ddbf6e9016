"""Reading what users type: timezones, times of day and dates.

Accept what can only mean one thing and say what was understood; refuse the rest with a concrete
suggestion. Parsing only: policy (a date in the past) is the caller's. Nothing here raises.
"""

from bot.core.inputs.dates import read_date
from bot.core.inputs.reading import Reading, quote
from bot.core.inputs.times import read_time_of_day
from bot.core.inputs.weekdays import days_from_text, days_text, read_days
from bot.core.inputs.zones import ZoneNames

__all__ = [
    "Reading",
    "ZoneNames",
    "days_from_text",
    "days_text",
    "quote",
    "read_date",
    "read_days",
    "read_time_of_day",
]
