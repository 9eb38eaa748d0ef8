"""Dates in feeds and sitemaps, and the `--since` threshold.

Sitemaps write W3C datetimes ("2026-12-01", "2026-12-01T08:30:00+01:00"); feeds are read
by fastfeedparser, which gives ISO 8601. A date without a time zone is taken as UTC.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from dateutil.parser import isoparse

#: `--since` as a duration back from now: 36h, 7d, 2w, 90m.
DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.IGNORECASE)
UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_date(text: str | None) -> datetime | None:
    """An aware datetime from ISO 8601 / W3C text, or None when it is not one."""
    if not text or not text.strip():
        return None
    try:
        value = datetime.fromisoformat(text.strip())  # C speed: a sitemap has 50,000 dates
    except ValueError:
        value = _iso_with_dateutil(text.strip())
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _iso_with_dateutil(text: str) -> datetime | None:
    """What `datetime.fromisoformat` refuses (a "Z" before Python 3.11, "2026-12")."""
    try:
        return isoparse(text)
    except (ValueError, OverflowError):
        return None


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`--since`: an ISO date or datetime, or a duration (36h, 7d) back from `now`.

    Raises ValueError with a message for the user when it is neither.
    """
    match = DURATION.match(text)
    if match:
        amount, unit = int(match.group(1)), match.group(2).lower()
        return (now or datetime.now(timezone.utc)) - timedelta(**{UNITS[unit]: amount})
    value = parse_date(text)
    if value is None:
        raise ValueError(f"{text!r} is neither a date (2026-12-01) nor a duration (36h, 7d)")
    return value
