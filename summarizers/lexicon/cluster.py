"""Words that place a story's event in time, for same-story clustering (summarizers/cluster.py).

Data only, keyed by lower-case form.
"""

from __future__ import annotations

from newsbrief.summarizers.lexicon.common import MONTH_NAMES, WEEKDAY_NAMES

WEEKDAYS: dict[str, int] = {day: i for i, day in enumerate(WEEKDAY_NAMES)}
"""A weekday named in an article's lead: the event happened on the latest such day up to the
day of publication ("on Monday", "Monday's vote")."""

RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tonight": 0}
"""Days from the day of publication, for a lead that dates its event this way."""

WORD_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
"""Inflection endings folded before comparing words ("floods", "flooded" -> "flood"), tried in
order; only on words of five letters or more, and leaving at least four."""

CALENDAR_WORDS: frozenset[str] = frozenset(MONTH_NAMES)
"""Capitalised words that name no one: a month in a lead is not a new protagonist."""
