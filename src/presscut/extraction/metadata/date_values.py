"""Date values: a date written in markup, in visible text or in a URL, as ISO 8601.

``2025-09-04T10:00:00+02:00`` keeps its time zone; a date without a time stays
``2025-09-04``; a time without a zone stays naive (``2025-09-04T10:00:00``). Which of a
page's dates is its publication date is ``dates.py``'s business.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from dateutil import parser as dateutil_parser

from presscut.extraction.rules.dates import MONTH_ABBREVIATIONS, MONTHS, TEXT_DATE, TIME_AFTER

#: Years a publication date can have; anything else is a mistake or a placeholder.
MIN_YEAR, MAX_YEAR = 1990, 2100

#: An ISO 8601 date, with its time and zone when written.
ISO_DATE = re.compile(
    r"(?P<date>\d{4}-(?:\d{2}-\d{2}|\d{1,2}-\d{1,2}(?!\d)))"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?",
)
_COMPACT = re.compile(
    r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T?\d{4,6})?$"  # 20250904
    r"|^(?P<y2>\d{4})(?P<sep>[./])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})$"  # 2025.09.04
)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?:/|-|\b)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])/"
)
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)
_SHORT = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
_MONTH_SHORT = re.compile(  # a short month name only beside a day: "4 ago 2021", "dic. 5"
    rf"(?:(?<=\d[\s./-])|(?<=\d\.\s))({_SHORT})\b\.?|\b({_SHORT})\b\.?(?=\s*\d{{1,2}}(?!\d))",
    re.I,
)
_DEFAULT = datetime(2000, 1, 1)
DATE_ONLY_CHARS = len("2025-09-04")


def parse_date(value: str | None) -> str | None:
    """A markup date value as ISO 8601, or None when it is not a plausible date."""
    value = (value or "").strip()
    if not value:
        return None
    match = ISO_DATE.search(value)
    if match:
        return _from_iso(match)
    if _EPOCH.match(value):
        return _from_epoch(value)
    compact = _COMPACT.match(value)
    if compact:
        if compact["y"]:
            return _ymd(compact["y"], compact["m"], compact["d"])
        return _ymd(compact["y2"], compact["m2"], compact["d2"])
    return _from_words(value)


def date_in_text(text: str) -> str | None:
    """The first date written in visible text ("Published September 4, 2025"), with the
    time written after it if any ("05/02/2026 à 17h32" gives "2026-02-05T17:32:00")."""
    stamp = ISO_DATE.search(text)
    if stamp and stamp["time"]:  # "2022-11-23T08:10+02:00" as written
        return parse_date(stamp.group(0))
    for match in TEXT_DATE.finditer(text):
        found = parse_date(match.group(0))
        if found:
            return _with_time(found, TIME_AFTER.match(text, match.end()))
    return None


def _with_time(day: str, time: re.Match[str] | None) -> str:
    if time is None or len(day) != DATE_ONLY_CHARS:
        return day
    hour, minute = int(time["h"]), int(time["m"])
    half = (time["half"] or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day
    return f"{day}T{hour:02d}:{minute:02d}:00"


def date_from_url(url: str | None) -> str | None:
    """The date in a URL path: /2025/09/04/, /2025-09-04-, /20250904/."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    if match["y"]:
        return _ymd(match["y"], match["m"], match["d"])
    return _ymd(match["y2"], match["m2"], match["d2"])


def days_apart(a: str, b: str) -> int:
    """Days between two ISO dates (99 when one is not a date)."""
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 99


def first_date(values: list[str | None]) -> str | None:
    """The first of ``values`` that is a date, as ISO 8601."""
    for value in values:
        found = parse_date(value)
        if found:
            return found
    return None


def _from_iso(match: re.Match[str]) -> str | None:
    day = _ymd(*match["date"].split("-"))
    if day is None or not match["time"]:
        return day
    clock = match["time"] if match["time"].count(":") == 2 else match["time"] + ":00"
    zone = match["tz"] or ""
    if zone in ("Z", "UTC", "GMT"):
        zone = "+00:00"
    elif zone and ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    return f"{day}T{clock}{zone}"


def _from_epoch(value: str) -> str | None:
    seconds = int(value[:10])
    moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    return moment.isoformat()


def _from_words(value: str) -> str | None:
    """Dates in words, in English or with a month name from ``MONTHS``."""
    text = _MONTH_WORD.sub(lambda m: MONTHS[m.group(1).casefold()], value)
    text = _MONTH_SHORT.sub(lambda m: MONTH_ABBREVIATIONS[(m[1] or m[2]).casefold()], text)
    text = re.sub(r"(?<=\d)(?:er|\.)(?=\s)", "", text)  # "1er mai", "4. März"
    if len(text) > 60 or not re.search(r"\d{4}", text):
        return None
    try:
        moment = dateutil_parser.parse(text, default=_DEFAULT, fuzzy=True, dayfirst=_dayfirst(text))
    except (ValueError, OverflowError):
        return None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    if re.search(r"\d{1,2}:\d{2}", text):
        return _with_zone(moment)
    return moment.date().isoformat()


def _dayfirst(text: str) -> bool:
    """All-number dates are read day first, as most of the world writes them (04/09/2025
    is 4 September), unless the second number cannot be a month (09/14/2025). Telling
    the American order apart otherwise would need the page's locale."""
    return not re.search(r"\b\d{1,2}[/.-](1[3-9]|2\d|3[01])[/.-]\d{4}", text)


def _with_zone(moment: datetime) -> str:
    if moment.tzinfo is None:
        return moment.replace(microsecond=0).isoformat()
    offset = moment.utcoffset() or timedelta(0)
    return moment.replace(microsecond=0, tzinfo=timezone(offset)).isoformat()


def _ymd(year: str, month: str, day: str) -> str | None:
    try:
        found = datetime(int(year), int(month), int(day))
    except ValueError:
        return None
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        return None
    return found.date().isoformat()
