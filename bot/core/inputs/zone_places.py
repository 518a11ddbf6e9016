"""Data for reading timezones: abbreviations, places that are not a zone's last part, renamed cities."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.inputs.reading import _either, _fold

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
