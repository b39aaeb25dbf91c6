"""Words several rules share: calendar names. Lower-cased; ``*_ALT`` are regex alternations in
title case for patterns that match them (with or without ``re.I``)."""

from __future__ import annotations

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTH_ALT = "|".join(m.title() for m in MONTH_NAMES)
WEEKDAY_ALT = "|".join(d.title() for d in WEEKDAY_NAMES)
CALENDAR_ALT = f"{WEEKDAY_ALT}|{MONTH_ALT}"
