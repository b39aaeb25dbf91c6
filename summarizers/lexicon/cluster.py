"""Words for same-story clustering (summarizers/cluster.py): those that place a story's event in
time, and those that say nothing of which story a text tells.

Data only, keyed by lower-case form.
"""

from __future__ import annotations

from newsbrief.summarizers.lexicon.common import MONTH_NAMES, NAME_TITLE_WORDS, WEEKDAY_NAMES

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

_STOP_WORDS_TEXT = """a about above after again against all also am an and any are around as at be because been before
    being below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just last
    least like made make many may me might more most much must my myself new no nor not now of off on once
    one only or other our ours out over own per said same say says she should since so some still such
    than that the their theirs them themselves then there these they this those through to too under
    until up upon us very was we were what when where which while who whom why will with within without
    would year years yesterday today tomorrow you your yours week weeks day days month months time told
    according added asked morning evening night
    two three four five six seven eight nine ten first second third percent cent million billion thousand
    mr mrs ms dr"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_WORDS_TEXT.split()) | frozenset(WEEKDAY_NAMES)
"""Words that say nothing of which story a text tells (function words, verbs of saying, days and
times, small numbers, courtesy titles): left out of the words two articles are compared by."""

NAME_TITLES: frozenset[str] = (NAME_TITLE_WORDS - {"lord", "lady"}) | {"prof", "professor"}
"""Titles dropped from the front of an actor's name before two stories' actors are compared ("Dr Ann
Lee" and "Ann Lee" are one person): the titles before a name, with the academic ones and without
the peerage ("Lord", "Lady"); the name's stops are already gone ("Mr." reads "mr")."""
