"""Key figures: the numbers of a story, each with the phrase of its sentence that says what it counts.

Numbers are found by shape in the sentence text, so ``value`` is verbatim; a unit conversion
("50 miles (80km)"), a range ("10 to 12") and a run of set scores ("7-5 6-4") are one value; a
multiple in words before what it multiplies ("more than triple the safe dose") is a value too.
Calendar dates, years, times of day, ages in passing, phone numbers, labels ("No 7", "Route 9")
and numbers inside names or model codes are skipped.

The context is one contiguous stretch of the number's own sentence, chosen from the dependency
parse: the counted noun with its modifiers (and its "of ..." complement), widened to the verb
that governs it and that verb's subject, with every auxiliary, negation and modal between them
("failed to", "could", "not") and any adjacent "according to ..." source, as far as the word budget
allows. The number stays inside it, so the line is the source's own words in the source's order.

The line reads "value: context", so the context must read as a phrase on its own. A number that
opens its phrase is left out of it ("28: inmates were put in solitary confinement"); a number
that closes it stays in it ("Spending was 12%", never "12%: Spending was", which ends on a word that
waits for the number), and is cut off only when nothing else fits the line. A number that is a
part of what follows ("40% of members ...") stays too, and no context opens on an "of" whose
noun was cut away.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsbrief.summarizers.find import count_number
from newsbrief.summarizers.lexicon import figures as lex
from newsbrief.summarizers.lexicon.actors import HONORIFICS
from newsbrief.summarizers.lexicon.common import CARDINAL_VALUES, YEAR_SHAPE
from newsbrief.summarizers.lexicon.text import OPENING_QUOTE_MARKS, QUOTE_PAIRS
from newsbrief.summarizers.parse import ParsedSentence
from newsbrief.summarizers.text import open_quotation, strip_label, without_picture_pointers
from newsbrief.summarizers.types import Figure

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_FIGURES = 8
# the longest list: figures past MAX_FIGURES that outweigh the last one shown (see extract_figures)
MAX_FIGURES_STRONG = 12
STRONG_MARGIN = 0.5
# a figure line (value and context together) is a label, not the sentence again
MAX_LINE_WORDS = 16


def _alt(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` (regex fragments), longest first so "per cent" beats "per"."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_SCALE_WORDS = "|".join(lex.WORD_SCALES)  # "million|billion|trillion": no word is the start of another


def _spaced(words: Sequence[str]) -> str:
    """``_alt`` of phrases whose spaces match any one whitespace character."""
    return _alt([w.replace(" ", "\\s") for w in words])


_MONTHS = _alt(lex.MONTHS)
# thousands grouped by commas, or by spaces as many outlets print them ("2 450 hours"; not a run of
# digit groups such as a phone number, "0800 555 111")
_NUM = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|(?<!\d\s)(?<!\d)[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)(?![ \u00a0\u202f]\d)"
    r"|\d+(?:\.\d+)?"
)
_SCALE = rf"(?:\s?(?:{_alt(lex.SCALES)})\b)"
_CUR = "(?:" + _alt([re.escape(c) for c in lex.CURRENCY_SYMBOLS]) + ")"
_PCT = r"\s?%|\s?(?:" + _spaced([p for p in lex.PERCENT_WORDS if p != "%"]) + r")\b"
_MONEY_WORDS = rf"\s(?:{_alt(lex.CURRENCY_WORDS)})\b"
_MEASURE = (
    rf"\s?(?:{_alt([re.escape(m) for m in lex.MEASURE_ABBREVIATIONS])})\b"
    rf"|\s(?:{_alt((*lex.MEASURE_WORDS, *lex.MORE_MEASURE_WORDS))})\b"
    # a unit glued to a number that no ordinal ends with: "12.5st", "7st" (not "21st")
    rf"|(?:(?<=[02-9])|(?<=11))(?:{_alt(lex.GLUED_UNITS)})\b"
)
_SIGN = rf"(?:(?:{_spaced(lex.SIGN_WORDS)})\s)"
_ONE = rf"{_SIGN}?(?:{_CUR}\s?)?(?:{_NUM}){_SCALE}?(?:{_PCT}|{_MONEY_WORDS}|{_MEASURE}|p\b)?"
_QUAL = rf"(?:(?:{_spaced(lex.QUALIFIERS)})\s)"
_WORD_NUM = rf"(?:{_spaced(lex.NUMBER_WORDS)})"
_CONVERSION = rf"(?:\s?\((?:about\s|around\s|roughly\s|approx\.?\s|c\.?\s?)?{_ONE}(?:-[a-z]+)?\))"
_SHARE = rf"(?:{_alt(lex.SHARE_HEADS)}|\d{{1,2}})\s(?:in|out\sof)\s(?:\d+|{_WORD_NUM}|a\shundred)"
_COUNT_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
# a part told with its whole, "71 of the 120 seats", "12 of its 40 members": one figure; in words
# too where the whole is a stretch of a run, "four of his past six starts", "eight of the opening 12"
# (a bare "two of the 30" stays a count of its own)
_PART_SIDE = rf"(?:{_COUNT_NUM}|{_WORD_NUM})"
_PART_OF = rf"\s(?:of|out\sof)\s(?:{_alt(lex.PART_OF_WHOLE)})\s"
_PART = (
    rf"(?:(?:{_COUNT_NUM}){_PART_OF}(?:{_COUNT_NUM})"
    rf"|{_PART_SIDE}{_PART_OF}(?:{_alt(lex.PART_WHOLE_STRETCH)})\s{_PART_SIDE})(?![\d.,]\d)"
)
_PART_RE = re.compile(rf"(?:{_QUAL})?{_PART}", re.I)
_ORDINAL = rf"(?:{_alt([o for o in lex.ORDINALS if not o[0].isdigit()])}|\d{{1,3}}(?:st|nd|rd|th))"
# what an ordinal counts, right after it: "(fourth) title", "(10th) and last season"
_RECORD_TAIL = (
    rf"(?:\s(?:and|&)\s(?:final|last))?(?:\s(?!{_alt(lex.GAP_STOPS)}\b)[a-z][\w'’-]*(?<!ly)){{0,2}}"
    rf"(?:\s(?:{_alt(lex.RECORD_NOUNS)})s?|-(?:{_alt(lex.RECORD_COMPOUNDS)}))\b"
)
_RECORD_TAIL_RE = re.compile(_RECORD_TAIL, re.I)
_ORDINAL_RE = re.compile(
    # "a fourth title", "her 10th and last season", "his 100th international cap"
    rf"(?<![\w-]){_ORDINAL}(?={_RECORD_TAIL})",
    re.I,
)
_ONE_DURATION_NOT = re.compile(rf"\b(?:{_alt(lex.RATE_LEADS)})\s$", re.I)
_ONE_DURATION_AFTER = re.compile(rf"\s(?:{_alt(lex.TIME_AGO_WORDS)})\b", re.I)
_ONE_DURATION_RE = re.compile(
    rf"(?<![\w-])(?:one|a|an|another)[\s-](?:{_alt(lex.SINGLE_DURATION_UNITS)})\b(?!-)", re.I
)
_ODDS = r"\d{1,3}/\d{1,3}"
_TALLY_SIDE = rf"(?:\d{{1,3}}(?:,\d{{3}})*|{_WORD_NUM}|one)"
# a tally, "by 64 votes to 31": the two sides of one vote are one figure
_TALLY = rf"{_TALLY_SIDE}\s(?:{_alt(lex.TALLY_NOUNS)})\s(?:{_alt(lex.TALLY_LINKS)})\s{_TALLY_SIDE}\b"
_TALLY_RE = re.compile(_TALLY, re.I)
# an age in words, "a four-month-old foal", "the nine-year-old": an age compound like "a 14-year-old"
_WORD_AGE = rf"(?:{_WORD_NUM}|one)-(?:{_alt(lex.AGE_UNITS)})s?-old\b(?!-)"
_WORD_AGE_RE = re.compile(_WORD_AGE, re.I)
_HALF = rf"(?:{_WORD_NUM}|\d+)\s(?:and|&)\sa\shalf(?:\s(?:thousand|million|billion))?\s[a-z]+"
_FIGURE_RE = re.compile(
    # odds or a fraction, "33/1", "50/1 to 12/1" (not a date, "3/4/2015")
    rf"(?<![\w/.,]){_ODDS}(?:\s?(?:-|\u2013|to)\s?{_ODDS})?(?![\w/])"
    rf"|(?<![\w.,-]){_QUAL}?{_TALLY}(?![\w-])(?![.,]\d)"
    # "three and a half years", "four and a half thousand tonnes"
    rf"|(?<![\w-]){_QUAL}?{_HALF}\b"
    # a run of set scores, "7-5 6-4"
    r"|(?<![\w.,-])\d{1,2}-\d{1,2}(?:,?\s\d{1,2}-\d{1,2})+(?![\w-])"
    rf"|(?<![\w-]){_QUAL}?{_SHARE}\b"
    rf"|(?<![\w.,-]){_QUAL}?{_PART}\b"
    rf"|(?<![\w.,$\u20ac\u00a3])(?:between\s(?:{_ONE}|{_WORD_NUM})\sand\s{_ONE}"
    rf"|{_QUAL}?{_ONE}(?:\s?(?:-|\u2013|to)\s?{_ONE})?(?:-[a-z]+(?:-[a-z]+)*)?{_CONVERSION}?)"
    r"(?![\w$\u20ac\u00a3])(?![.,]\d)"
    rf"|(?<![\w-]){_QUAL}?(?:a|one|{_WORD_NUM})\s(?:{_SCALE_WORDS})\b"
    # a vague count of a round number, "several hundred", "a few thousand"
    rf"|(?<![\w-])(?:{_spaced(lex.VAGUE_ROUND_LEADS)})\s(?:{_alt(lex.ROUND_NUMBER_WORDS)})(?=\s+[a-z]+)"
    rf"|(?<![\w-]){_QUAL}?{_WORD_NUM}(?:{_PCT})"
    rf"|(?<![\w-]){_QUAL}?{_WORD_NUM}\s(?:to|-|\u2013)\s{_WORD_NUM}(?=\s+[a-z]+)"
    # a range in words, "between five and six months"; a margin of one, "top by one game"
    rf"|(?<![\w-])between\s{_WORD_NUM}\sand\s{_WORD_NUM}(?=\s+[a-z]+)"
    r"|(?<=\bby\s)one(?=\s+[a-z]+)"
    rf"|(?<![\w-]){_WORD_AGE}"
    rf"|(?<![\w-]){_QUAL}?{_WORD_NUM}(?:-[a-z]+)?(?=\s+[a-z]+)",
    re.I,
)
# Every match of _FIGURE_RE holds a digit or starts a word with a number word, a share head, "one" or
# a scale ("a million"): each branch opens on digits, on _WORD_NUM / _SHARE heads / "one" where a word
# starts, or is "a ... million". A sentence with none of these is not searched (the pattern tries its
# long alternations at every word otherwise). Keep this in step with _FIGURE_RE.
_FIGURE_HEADS = tuple(
    sorted(
        {w.split()[0].lower() for w in lex.NUMBER_WORDS}
        | {w.lower() for w in lex.SHARE_HEADS}
        | {"one", *lex.WORD_SCALES}
    )
)
_DIGIT_RE = re.compile(r"\d")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_ASCII_WORD_RE = re.compile(r"[a-z]+")


def _may_hold_figure(text: str) -> bool:
    """False only where _FIGURE_RE cannot match: no digit, and no word that opens with a number word.
    A letter outside ASCII may match an ASCII one without case ("\u017f" is "s"): such text is searched."""
    if _DIGIT_RE.search(text) or any(m.group(0).isalpha() for m in _NON_ASCII_RE.finditer(text)):
        return True
    return any(w.startswith(_FIGURE_HEADS) for w in _ASCII_WORD_RE.findall(text.lower()))


# Where a match of _FIGURE_RE may start: every branch opens after no word character (its lookbehind),
# on a digit, a currency sign, or a word that is a qualifier's first word, "a", "one", "between", a
# currency's letters ("US$") or that opens with a number word or a share head ("tenpercent": a percent
# may be glued on). Each such word is followed by a space or a sign in the pattern, so the word itself
# must be one of them. Keep this in step with _FIGURE_RE.
_FIGURE_WORDS = frozenset(
    {
        w.split()[0].lower()
        for w in (*lex.QUALIFIERS, *lex.SIGN_WORDS, *lex.VAGUE_ROUND_LEADS, "a", "one", "between")
    }
    | {m.group(0).lower() for c in lex.CURRENCY_SYMBOLS if (m := re.match(r"[^\W\d_]+", c))}
)
_FIGURE_WORD_HEADS = tuple(sorted({w.split()[0].lower() for w in (*lex.NUMBER_WORDS, *lex.SHARE_HEADS)}))
_FIGURE_START = re.compile(
    r"(?<!\w)(?:[^\W\d_]+|\d|["
    + re.escape("".join(sorted({c[0] for c in lex.CURRENCY_SYMBOLS if not c[0].isalpha()})))
    + "])"
)


def _figure_matches(text: str) -> Iterator[re.Match[str]]:
    """``_FIGURE_RE.finditer(text)``, tried only where a match may start (``_FIGURE_START``): the
    pattern's long alternations are not tried at every other word. A word with a letter outside
    ASCII is tried (it may match an ASCII one without case, "\u017f" is "s")."""
    end = 0
    for start in _FIGURE_START.finditer(text):
        word = start.group(0)
        if start.start() < end or (
            word[0].isalpha()
            and word.isascii()
            and word.lower() not in _FIGURE_WORDS
            and not word.lower().startswith(_FIGURE_WORD_HEADS)
        ):
            continue
        m = _FIGURE_RE.match(text, start.start())
        if m:
            yield m
            end = m.end()


_YEAR_RE = re.compile(rf"^{YEAR_SHAPE}s?$")
_TIME_AFTER = re.compile(r"^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|EST|CET|UTC|o'clock|hrs\b)", re.I)
_MONTH_NEAR = re.compile(rf"\b(?:{_MONTHS})\.?$", re.I)
_MONTH_AFTER = re.compile(rf"^\s?(?:st|nd|rd|th)?\s?(?:of\s)?(?:{_MONTHS})\b", re.I)
# a day joined to another day of the same month, "Jan 9 and 10", "the 3rd to 5th of May": a date too
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_JOIN = _alt(lex.DAY_JOINS)
_DAYS_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s{_DAY}(?:,\s{_DAY})*,?\s(?:{_DAY_JOIN})\s$", re.I)
_DAYS_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?(?:,\s{_DAY})*,?\s(?:{_DAY_JOIN})\s{_DAY}\s(?:of\s)?(?:{_MONTHS})\b", re.I
)
_CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_CLOCK_BEFORE = re.compile(rf"\b(?:{_alt(lex.CLOCK_LEADS)})\s$", re.I)
_CLOCK_NOT_AFTER = re.compile(r"^\s(?:a|an|per|each|against|to)\b", re.I)
_DAY_PART = re.compile(rf"\b(?:{_alt(lex.DAY_PARTS)})\b", re.I)
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_alt(lex.WEEKDAYS)}),?\s(?:the\s)?$", re.I)
_DURATION = re.compile(rf"\b(?:{_alt(lex.DURATION_UNITS)})\b", re.I)
# pence glued to a number ("36.5p", "2p"): a sum of money, as "36.5 pence" is (not "1080p", a format)
_PENCE = r"(?<![\d.,])\d{1,3}(?:\.\d{1,2})?p\b"
_UNIT_RE = re.compile(rf"%|per ?cent|percent|{_CUR}|{_SCALE_WORDS}|{_MONEY_WORDS}", re.I)
_PENCE_RE = re.compile(_PENCE)
_MEASURE_RE = re.compile(_MEASURE, re.I)
_PERCENT_RE = re.compile(rf"(?:{_PCT})$", re.I)
_HALF_RE = re.compile(r"\sa\shalf\b", re.I)
_DURATION_AFTER = re.compile(rf"\s(?:{_alt(lex.DURATION_UNITS)})\b", re.I)
_DURATION_AND = re.compile(rf"\sand\s(?:\d+|{_WORD_NUM})\s(?:{_alt(lex.DURATION_UNITS)})\b", re.I)
# the next part of a duration told in several units, "three hours 5 minutes and 12 seconds", "2 minutes
# 30 seconds": a smaller unit right after a larger one (group 1 the unit)
_DURATION_PART = re.compile(rf"\s(?:and\s)?(?:\d+|{_WORD_NUM})\s({_alt(lex.DURATION_UNITS)})\b", re.I)
_DURATION_LAST_UNIT = re.compile(rf"\b({_alt(lex.DURATION_UNITS)})$", re.I)
# a time told in hours, minutes and seconds, "3:04:27", "1:59:40.5": a race or a record, a figure where
# no clock lead ("at 10:32:05") or clock word ("GMT") makes it a time of day
_RACE_TIME_RE = re.compile(r"(?<![\w:.,])\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?(?![\w:]|[.,]\d)")
_QUAL_RE = re.compile(rf"^{_QUAL}", re.I)
_AGE_BEFORE = re.compile(rf"\b(?:{_alt(lex.AGE_VERBS)})\s$", re.I)
_CALL_BEFORE = re.compile(rf"\b(?:{_alt(lex.CALL_VERBS)})\s$", re.I)
_LABEL_BEFORE = re.compile(rf"\b(?:{_alt([re.escape(w) for w in lex.LABEL_WORDS])})\s$", re.I)
_STREET_AFTER = re.compile(rf"^\s[A-Z][a-z]+\s(?:{_alt(lex.STREET_WORDS)})\b", re.I)
_PLACE_AFTER = re.compile(rf"^\s(?:{_alt(lex.COMPASS_WORDS)})\sof\b", re.I)
_PHONE_AFTER = re.compile(rf"^\s(?:emergency\s)?(?:{_alt(lex.PHONE_NOUNS)})\b", re.I)
_BASELINE_BEFORE = re.compile(
    rf"\b(?:{_alt([re.escape(w) for w in lex.BASELINE_CUES])})\s(?:\w+\s){{0,4}}$", re.I
)
# "from" right before a number, in a change ("rose 3% from 19%"), and no "to" range in the value itself
_FROM_BASELINE = re.compile(
    rf"\b(?:{_alt(lex.CHANGE_WORDS)})\b[^;:]{{0,60}}?\sfrom\s(?:a\s|an\s|the\s)?$", re.I
)
_BASELINE_AFTER = re.compile(rf"^,?\s(?:{_spaced(lex.BASELINE_AFTER)})\b", re.I)
_EXPECTED_AFTER = re.compile(rf"^\s?(?:\w+\s){{0,2}}(?:had |have )?(?:{_alt(lex.EXPECTATION_CUES)})\b", re.I)
# a rate per unit of time is no rate when a time word follows ("a year from now", "a day later"); a rate per
# unit of anything else is one whatever follows ("2p a litre from March")
_RATE_TIMES = [u for u in lex.RATE_UNITS if u in lex.DURATION_UNITS]
_RATE_THINGS = [u for u in lex.RATE_UNITS if u not in lex.DURATION_UNITS]
_RATE_AFTER = re.compile(
    rf"\s(?:a|an|per|each|every)\s(?:(?:{_alt(_RATE_TIMES)})\b(?!\s(?:{_alt(lex.RELATIVE_TIME)})\b)"
    rf"|(?:{_alt(_RATE_THINGS)})\b)",
    re.I,
)
_MULTIPLE_AFTER = re.compile(rf"\stimes(?=\s(?:{_alt(lex.MULTIPLE_FOLLOWERS)})\b)", re.I)
# "more than triple the safe dose", "twice the national average": a multiple said in words
_MULTIPLE_WORD_RE = re.compile(
    rf"(?<![\w-])(?:{_QUAL})?(?:{_alt(lex.MULTIPLE_WORDS)})(?=\s(?:{_alt(lex.MULTIPLE_OBJECTS)})\b)", re.I
)
# "twice as costly", "twice as many": a multiple in words with the comparison it sizes, one figure
_MULTIPLE_AS_RE = re.compile(
    rf"(?<![\w-])(?:{_QUAL})?(?:{_alt(lex.MULTIPLE_WORDS)})\sas\s[a-z]+(?=[\s,.;:])", re.I
)
# "a quarter of all voters", "nearly two-thirds of its budget": a share in words, before its "of"
_FRACTION_RE = re.compile(
    rf"(?<![\w-])(?:{_QUAL})?(?:a|one|{_WORD_NUM})[\s-](?:{_alt(lex.FRACTIONS)})(?=\sof\s)", re.I
)
# "half a million", "two-thirds of a million", "a quarter of a billion": a share of a scale is one sum
_FRACTION_SCALE_RE = re.compile(
    rf"(?<![\w-])(?:{_QUAL})?(?:half|(?:a|one|{_WORD_NUM})[\s-](?:{_alt(lex.FRACTIONS)}))"
    rf"\s(?:of\s)?(?:a|one)\s(?:{_alt(lex.WORD_SCALES)})\b",
    re.I,
)
_FRACTION_END = re.compile(rf"[\s-](?:{_alt(lex.FRACTIONS)})$", re.I)
_RATE_END = re.compile(_RATE_AFTER.pattern + "$", re.I)
_THRESHOLD_RE = re.compile(rf"^(?:{_spaced(lex.THRESHOLD_QUALIFIERS)})\s", re.I)
_AGE_GROUP_RE = re.compile(rf"^(?:Under[\s-]|U-?)\d{{1,2}}s?\s(?:{_alt(lex.AGE_GROUP_NOUNS)})\b")
_TITLE_NOUN_BEFORE = re.compile(rf"\b(?:{_alt(lex.TITLE_NOUNS)})\s$", re.I)
_DURATION_END = re.compile(rf"\b(?:{_alt(lex.DURATION_UNITS)})$", re.I)
_TIER_BEFORE = re.compile(rf"(?<![\w-])(?:{_alt(lex.TIER_WORDS)})\s$", re.I)
_CHROME_AFTER = re.compile(
    rf"^\s?(?:{_alt([w.replace(' ', chr(92) + 's') for w in lex.CHROME_AFTER])})\b"
    rf"|^\s(?:{_alt(lex.CHROME_AGO_UNITS)})\s(?:{_alt(lex.TIME_AGO)})\b",
    re.I,
)
_AGO_AFTER = re.compile(rf"^\s(?:{_alt(lex.DURATION_UNITS)})\s(?:{_alt(lex.TIME_AGO)})\b", re.I)
_COMPARED_AFTER = re.compile(rf"\s(?:{_alt(lex.COMPARED_WORDS)})\b", re.I)
# a difference told with what it is set against, "310 more than in May": the word says which way
_COMPARED_THAN = re.compile(rf"\s(?:{_alt(lex.COMPARED_WORDS)})(?=\sthan\b)", re.I)
# a number weighed against another told right after it: one figure ("7%, compared with 30%"); a new
# level told before its old one after "to" ("to 22% from 17%"); the old level of "from X in 2019 to Y"
_PAIR_LINK = re.compile(
    rf",?\s(?:{_alt([re.escape(w) for w in lex.COMPARISON_LINKS])})\s(?:(?:{_alt(lex.LINKED_DETERMINERS)})\s)?",
    re.I,
)
_BEFORE_LINK = re.compile(
    rf"\s(?:{_alt(lex.BEFORE_LINKS)})\s(?:(?:{_alt(lex.LINKED_DETERMINERS)})\s)?",
    re.I,
)
_CLAUSE_JOIN = re.compile(rf"\b(?:{_alt(lex.LEADING)})\b", re.I)
_YEAR_TO = re.compile(rf"\s(?:in|on)\s{YEAR_SHAPE}\sto\s", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s$", re.I)
_TO_BEFORE = re.compile(r"\bto\s$", re.I)
_AGO_WORD = re.compile(rf"\s(?:{_alt(lex.TIME_AGO)})\b", re.I)
_CHROME_BEFORE = re.compile(rf"\b(?:{_alt(lex.CHROME_BEFORE)})\s(?:\d+\sof\s)?$", re.I)
_CHANGE_AFTER = re.compile(
    rf"^,?\s(?:{_alt([c.replace(' ', chr(92) + 's') for c in lex.CHANGE_CUES])})\b", re.I
)
_SHORT_YEAR_BEFORE = re.compile(rf"\b(?:{_alt(lex.SHORT_YEAR_LEADS)})\s['\u2019]$", re.I)
_ERA_AFTER = re.compile(rf"^\s?(?:{_alt([re.escape(w) for w in lex.ERA_AFTER])})(?![\w.])")
_ERA_BEFORE = re.compile(rf"(?<![\w.])(?:{_alt([re.escape(w) for w in lex.ERA_BEFORE])})\s$")
_MOMENT = (
    re.compile(rf"\b(?:{_alt(lex.MOMENT_LEADS)})\s$", re.I),
    re.compile(rf"^\s(?:{_alt(lex.MOMENT_UNITS)})\b", re.I),
)
_ACRONYM_OPENING = re.compile(rf"^\s*[{OPENING_QUOTE_MARKS}(]?[A-Z][A-Z&]+\s$")
_NAME_LABELS = {"ORG", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT", "PERSON", "GPE", "LOC"}
_PLURAL_TAGS = {"NNS", "NNPS"}
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_HEAD_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"}
_CLAUSE_PUNCT = {
    ",",
    ";",
    ":",
    "(",
    ")",
    '"',
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "--",
    "\u2014",
    "\u2013",
    "-",
}
_OBJECT_DEPS = {"dobj", "attr", "oprd", "dative", "npadvmod", "advmod", "acomp", "appos"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_PREDICATE_DEPS = {"xcomp", "acomp", "dobj", "attr", "oprd", "prep", "agent", "ccomp", "advmod"}
_WEIGHTY_NOUNS = frozenset(lex.WEIGHTY_NOUNS)
_WEIGHTY_VERBS = frozenset(lex.WEIGHTY_VERBS)
_DURATION_MATTERS = re.compile(rf"\b(?:{_alt(lex.DURATION_MATTERS)})\b", re.I)


@dataclass
class _Candidate:
    value: str
    context: str
    sentence: str
    score: float
    key: tuple[str, ...]
    order: int
    lede: bool = False
    change: bool = False  # the size of a change ("grew by 300"), not a level


_SCALE_KEYS = {"million": "m", "mn": "m", "m": "m", "billion": "bn", "bn": "bn", "trillion": "tn", "tn": "tn"}
_KEY_RE = re.compile(
    rf"(\d(?:[\d,.]|[ \u00a0\u202f](?=\d{{3}}(?!\d)))*\d|\d)(?:\s?({_SCALE_WORDS}|bn|mn|tn|m)\b)?", re.I
)


_WORD_SCALE_RE = re.compile(rf"\b({_alt(list(CARDINAL_VALUES))})\s({_SCALE_WORDS})\b", re.I)
_WORD_SHARE_RE = re.compile(rf"^(?:{_QUAL})?({_alt(list(CARDINAL_VALUES))})(?:{_PCT})$", re.I)


_TO_PAR = rf"[\s-]({_alt(lex.PAR_SIDES)})(?:[\s-]{lex.PAR_WORD})?\b"
_TO_PAR_RE = re.compile(_TO_PAR, re.I)
_PAR_RE = re.compile(rf"\b{lex.PAR_WORD}\b", re.I)


def _digits_key(value: str) -> tuple[str, ...]:
    """The numbers of a value with their scale: "£9million" and "9 votes" are different figures,
    "£9m" and "£9 million" the same one; a score against par ("14-under-par") is not the bare number
    of its digits ("a 14-time winner")."""
    nums = [re.sub(r"[,\s]", "", n) + _SCALE_KEYS.get(sc.lower(), "") for n, sc in _KEY_RE.findall(value)]
    if nums:
        par = _TO_PAR_RE.search(value)
        return tuple(f"{n} {par.group(1).lower()}" for n in nums) if par else tuple(nums)
    # a sum in words with its scale is the same figure as in digits: "five million" and "5million"
    words = [(CARDINAL_VALUES[w.lower()], sc) for w, sc in _WORD_SCALE_RE.findall(value)]
    if words:
        return tuple(f"{n}{_SCALE_KEYS[sc.lower()]}" for n, sc in words)
    # a share in words is the share in digits: "five per cent" and "5 per cent"
    share = _WORD_SHARE_RE.match(value)
    if share:
        return (str(CARDINAL_VALUES[share.group(1).lower()]),)
    return (value.lower(),)


def _bare(value: str) -> str:
    return _QUAL_RE.sub("", value.strip())


def _is_bare_integer(value: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+", _bare(value)))


def _is_word_count(word: str) -> bool:
    """A count in words ("nine", "Forty-six"): its counted noun may close the value as a digit's does."""
    return all(part in CARDINAL_VALUES for part in word.lower().split("-"))


def _is_fraction(text: str, start: int, end: int) -> bool:
    """The value at ``[start, end)`` is a share in words ("at least a quarter" of something, "half a
    million")."""
    m = _FRACTION_SCALE_RE.match(text, start)
    if m is not None and m.end() == end:
        return True
    m = _FRACTION_RE.match(text, start)
    return m is not None and m.end() == end


def _skip(text: str, start: int, end: int, value: str, doc: Doc) -> bool:
    """Dates, years, times, ages, phone and street numbers, labels and codes, numbers in names."""
    before, after = text[:start], text[end:]
    core = value.strip()
    has_unit = bool(_UNIT_RE.search(core))
    bare = _bare(core)
    # "at least 22", "more than 300": a qualifier says the number is an amount, never a name or a code
    qualified = bare != core
    if _RACE_TIME_RE.fullmatch(bare):
        return bool(_CLOCK_BEFORE.search(before) or _TIME_AFTER.match(after))
    if not has_unit:
        if _YEAR_RE.match(bare):
            return True
        if _TIME_AFTER.match(after) or re.match(r"^\d{1,2}[:.]\d\d$", bare) and ":" in bare:
            return True
        if (
            _CLOCK_RE.fullmatch(core)
            and _CLOCK_BEFORE.search(before)
            and not _CLOCK_NOT_AFTER.match(after)
            and _DAY_PART.search(text)
        ):
            return True  # "knocked at 10.45 that night": a time of day written with a point
        if re.search(r"\d:$", before) or re.match(r"^:\d", after):
            return True  # a part of a clock or race time ("2:01:09"): never a count of its own
        if _MONTH_NEAR.search(before.rstrip()) or _MONTH_AFTER.match(after):
            return True
        if re.fullmatch(r"\d{1,2}", bare) and (_DAYS_BEFORE.search(before) or _DAYS_AFTER.match(after)):
            return True  # "on Jan 9 and 10", "from 3 to 5 May": days of a month
        if _WEEKDAY_BEFORE.search(before) and re.fullmatch(r"\d{1,2}", bare):
            return True  # "on Monday 27"
        if re.match(r"^,?\s?(?:aged|age\b|years?[- ]old|-year-old)", after):
            return True
        if re.search(r"\b(?:aged?|both)\s$", before, re.I) or re.search(
            r"\baged?\s\d+\s(?:and|or|to)\s$", before, re.I
        ):
            return True  # "aged 71 and 64", "both 19", "(Age 38)"
        if re.fullmatch(r"\d{1,3}", bare) and _AGE_BEFORE.search(before):
            return True  # "who turned 64", "as he nears 80": an age
        if re.fullmatch(r"\d{3}", bare) and _CALL_BEFORE.search(before):
            return True  # "dialling 999": an emergency number
        if re.fullmatch(r"\d{1,2}", bare) and before.strip() and _AGE_GROUP_RE.match(text[start:]):
            return True  # "the Under 20 side", "at U19 level": an age group, not an amount
        if (
            re.fullmatch(r"\d+", core)
            and _TITLE_NOUN_BEFORE.search(before)
            and re.match(r"^(?:\s[A-Z]|[,;.]|$)", after)
        ):
            return True  # "the 2004 film 50 First Dates": a title, not a count
        if core in lex.SLASH_NAMES:
            return True  # "open 24/7", "after 9/11": an idiom or a name
        if re.match(r"^/\d", after) or re.search(r"\d/$", before):
            return True  # betting odds or a fraction written with a slash: "33/1", "3/4"
        if (
            re.fullmatch(r"\d{1,3}", bare)
            and re.search(r"[A-Z][\w'-]+,\s$", before)
            and re.match(r"^(?:[,;.]|\s(?:and|who|was|is|from|of)\b|$)", after)
            and _after_name(doc, start)
        ):
            return True  # "Joana Silva, 34, ..."
        if (
            re.fullmatch(r"\d{1,2}", bare)
            and re.search(r"\b[a-z]{3,},\s$", before)
            and re.match(r"^,\s", after)
        ):
            return True  # "the driver, 45, ...": an age in apposition
        if (
            _CHROME_AFTER.match(after)
            or _CHROME_BEFORE.search(before)
            or (_AGO_AFTER.match(after) and len(text.split()) <= lex.CHROME_FRAGMENT_WORDS)
        ):
            return True  # page furniture: "5 min read", "Comments (12)", "Photo 3 of 10", "2 hours ago"
        if re.fullmatch(r"\d+", bare) and before.endswith("(") and after.startswith(")"):
            return True  # a bare count in brackets: a reference or a comment count
        if re.search(r"[A-Za-z]-$", before):
            return True  # a code or a name: "Covid-19", "F-16"
        if re.fullmatch(r"\d\d", bare) and _SHORT_YEAR_BEFORE.search(before):
            return True  # a year cut short: "since '87", "the class of '04"
        if _ERA_AFTER.match(after) or _ERA_BEFORE.search(before):
            return True  # a year of an era: "1100 BC", "AD 79"
        if _MOMENT[0].search(before) and _MOMENT[1].match(after):
            return True  # the moment of a match: "on 23 minutes"
        if re.fullmatch(r"\d+", bare) and not qualified and _ACRONYM_OPENING.match(before):
            return True  # a code or a name after the acronym that opens the sentence: "SPF 50"
        if not before.strip() and after.startswith(":"):
            return True  # a speaker or item label opening the sentence: "Q2: What happens next?"
        if _STREET_AFTER.match(after):
            return True
        if re.fullmatch(r"[\d-]+", bare) and _LABEL_BEFORE.search(before):
            return True  # "No 7", "Route 9"
        if re.fullmatch(r"[\d-]+", bare) and _PHONE_AFTER.match(after):
            return True  # an emergency or phone number: "a 999 call"
        if re.search(r"\d[-\s]\d{3}[-\s]\d{3,4}\b", text[max(0, start - 12) : end + 12]):
            return True  # a phone number
        if (
            re.fullmatch(r"\d+|\d{3,}-\d+", bare)
            and not qualified
            and re.search(
                r"[\w,)]\s(?:(?=[A-Za-z]*[A-Z])(?=[A-Za-z]*[a-z])[A-Za-z]+|[A-Z][A-Z&]+)\s$", before
            )
            and not re.match(rf"^\s(?:{_alt(lex.MEASURE_WORDS)})\b", after)
        ):
            return True  # a bare number right after a capitalised word: a model, a code, a name
    if (
        _THRESHOLD_RE.match(core)
        and (_DURATION.search(core) or _DURATION_AFTER.match(after))
        and _threshold_of_count(doc, start, end)
    ):
        return True  # "2,300 passengers waited more than six hours": the bar the count is of
    if _MEASURE_RE.search(core) and _PLACE_AFTER.match(after) and _places(doc, start, end, before):
        return True  # a place given by its distance from another: "a village 12 miles west of the port"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        for ent in doc.ents:
            if ent.start <= span.start < ent.end or span.start <= ent.start < span.end:
                if ent.label_ in _NAME_LABELS and not has_unit:
                    if _MEASURE_RE.fullmatch(ent.text) and _MEASURE_RE.search(core):
                        continue  # a unit the recogniser took for a name: "(90km/h)" read as a firm
                    if re.fullmatch(r"\d{1,2}-\d{1,2}", bare) and span.end == ent.end:
                        continue  # a score the recogniser took for a name or glued to the team before it
                    return True
                if ent.label_ in ("DATE", "TIME") and not has_unit:
                    et = ent.text
                    if re.search(rf"\b(?:{_MONTHS})\b|\b{YEAR_SHAPE}\b|a\.m\.|p\.m\.|:\d\d", et, re.I):
                        return True
                    if ent.label_ == "TIME" and not _DURATION.search(et):
                        return True
        if doc.has_annotation("DEP") and _is_bare_integer(core) and not has_unit and not qualified:
            root = span.root
            head = root.head
            if (
                root.dep_ in ("compound", "nmod", "nummod")
                and head.i >= span.end
                and head.tag_ == "NN"
                and not _DURATION.fullmatch(head.lower_)
                and not _MEASURE_RE.fullmatch(" " + head.lower_)
                and not _counts_a_group(root, head)
                and not any(c.tag_ in ("NNS", "NNPS") for c in head.conjuncts)
            ):
                # a number naming a single thing: "a 999 call", "the 747 jet"; not one whose noun is the
                # first of a list ending in a plural ("40 oak, ash and beech trees")
                return True
    return False


def _threshold_of_count(doc: Doc, start: int, end: int) -> bool:
    """The qualified duration at ``start:end`` is the bar of a count: the verb it goes with has a
    counted subject ("2,300 passengers waited more than six hours"), so the count is the figure."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return False
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "nummod" and c.like_num for s in subjects for c in s.children)


def _places(doc: Doc, start: int, end: int, before: str) -> bool:
    """Whether a distance before "north of X" places a thing (after a comma, or on a noun: "a
    village 12 miles west of the city") rather than measures a movement ("drifted 15 miles east of")."""
    if re.search(r",\s$", before):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return False
    head = span.root.head
    if head.i >= span.end and head.head.i != head.i:
        head = head.head  # the direction word hangs on what it places
    return head.tag_ in _NOUN_TAGS


def _counts_a_group(num: Token, noun: Token) -> bool:
    """Whether a number before a singular noun counts it ("8,500 staff", "300 crew"): it is the
    noun's own count (no article or demonstrative of its own before it) and reads as an amount
    (thousands separators, or a noun for a group that has no plural)."""
    if num.dep_ != "nummod":
        return False
    if "," in num.text:
        return True  # thousands separators name no thing, even after an article: "a 12,400 crowd"
    if any(c.dep_ in ("det", "poss", "predet") and c.i < num.i for c in noun.children):
        return False  # "a 999 call", "the 747 jet", "its 2020 plan"
    return noun.lower_ in lex.GROUP_NOUNS


def _after_name(doc: Doc, start: int) -> bool:
    """Whether the comma before ``start`` follows a person's name (an age: "Ana Lima, 34,")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    prev = doc[span.start - 2]
    return prev.ent_type_ == "PERSON" or prev.is_title


# --- context ------------------------------------------------------------------------------------


def _words(text: str) -> int:
    return len(text.split())


def _breaks(tok: Token) -> bool:
    """Punctuation that ends a phrase; a hyphen inside a word ("a 3.5-metre wall") does not."""
    if tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        return False
    return tok.text in _CLAUSE_PUNCT


def _cut_at_punct(doc: Doc, lo: int, hi: int, value: range) -> int:
    """``hi`` pulled back to the first clause punctuation after ``lo`` outside the value."""
    for i in range(max(lo, value.stop), hi):
        if _breaks(doc[i]) and i not in value:
            return i
    return hi


def _trimmed(doc: Doc, lo: int, hi: int, value: range) -> tuple[int, int]:
    """``(lo, hi)`` without leading conjunctions and punctuation or dangling words at the end."""
    while lo < value.start and (
        doc[lo].is_punct or doc[lo].lower_ in lex.LEADING or doc[lo].lower_ in lex.HEADLESS
    ):
        lo += 1
    while hi > value.stop and (
        (doc[hi - 1].is_punct and doc[hi - 1].text != "%")
        or doc[hi - 1].lower_ in lex.DANGLING
        or doc[hi - 1].tag_ in ("CC", "WDT", "WP")
        or _waits_for_more(doc[hi - 1], hi)
    ):
        hi -= 1
    return lo, hi


def _waits_for_more(tok: Token, hi: int) -> bool:
    """A phrase cut at ``hi`` ends on ``tok`` with what it needs cut off: a word that hangs on one
    after the cut ("a nun was" before its participle, "never" before its verb, "into each" before
    "other"), or a "be" whose complement is after it ("could be" before "the tipping point")."""
    if tok.head.i >= hi:
        if tok.dep_ == "advmod":
            # an adverb inside a verb group ("was tragically", "had already") or on a number or a
            # modifier ("in just", "only"); one that closes a phrase of its own ("18 months later") stands
            before = tok.doc[tok.i - 1] if tok.i > 0 else None
            return tok.head.pos_ in ("NUM", "ADJ", "ADV", "DET") or (
                before is not None and before.head.i == tok.head.i and before.dep_ in lex.VERB_GROUP_DEPS
            )
        if tok.dep_ in lex.DANGLING_DEPS or tok.tag_ in lex.DANGLING_TAGS:
            return True
        if tok.tag_ == "PRP" and tok.dep_ in ("nsubj", "nsubjpass"):
            return True  # a pronoun left without its verb ("whatever the age, it")
    if (
        tok.dep_ == "prep"
        and tok.head.pos_ not in ("VERB", "AUX")
        and not any(c.i < hi for c in tok.children)
    ):
        # a preposition of a noun whose object is cut off ("the weight of"); on a verb it may say the
        # side taken ("voted against") and stays
        return True
    return tok.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") and c.i >= hi for c in tok.rights)


def _phrase(doc: Doc, lo: int, hi: int, value: range) -> str:
    """``doc[lo:hi]`` as the source wrote it, trimmed of dangling words at both ends."""
    lo, hi = _trimmed(doc, lo, hi, value)
    if hi <= lo:
        return ""
    text = doc.text[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1].text)]
    text = re.sub(r"\s+", " ", text).strip()
    text = text.strip(' ,;:-\u2013\u2014"\u201c\u201d') + _closing_quote(doc, lo, hi, value)
    return _quote_closed(text)


def _quote_closed(text: str) -> str:
    """``text`` with a quotation it opens and leaves open closed: a phrase cut inside a quote ("the
    ban would hit 'small traders") reads with the quote's end mark ("... 'small traders'"); the words
    stay the source's, marked as the quote they are."""
    mark = open_quotation(text)
    return text + QUOTE_PAIRS[mark] if mark else text


def _closing_quote(doc: Doc, lo: int, hi: int, value: range) -> str:
    """The quote mark that closes a number quoted as a label ("a big number '7'") when the phrase
    ends on the number and holds the opening mark: a quote cut in half reads as a stray mark."""
    if not value or hi != value.stop or value.stop >= len(doc) or not lo < value.start - 1:
        return ""
    opening, closing = doc[value.start - 1], doc[value.stop]
    if opening.tag_ != "``" or closing.tag_ != "''" or opening.whitespace_ or doc[value.stop - 1].whitespace_:
        return ""
    return closing.text


def _np_bounds(doc: Doc, value: range) -> tuple[Token, int, int]:
    """The counted noun and the bounds of its phrase: "more than 40 tonnes of grain" around "40 tonnes"."""
    span = doc[value.start : value.stop]
    root = span.root
    for tok in span:  # "up to 600 jobs": the token that hangs on the counted noun, if any
        if tok.head.i not in value and tok.dep_ in ("nummod", "quantmod") and tok.head.i >= value.stop:
            root = tok
            break
    noun = root
    if (
        root.dep_ in _HEAD_DEPS
        and root.head.i not in value
        and 0 < root.head.i - value.stop + 1 <= 6
        and root.head.tag_ in ("NN", "NNS", "NNPS", "JJR", "RBR")
    ):
        # a common or plural noun ("40 Belgians"); a number before a name is part of it or beside it
        noun = root.head
    if noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.i - noun.i <= 3:
        noun = noun.head  # "the 20 minutes limit"
    lo = min(value.start, noun.left_edge.i)
    while lo < value.start and (_breaks(doc[lo]) or doc[lo].tag_ in ("WDT", "WP")):
        lo += 1
    for i in range(value.start - 1, lo - 1, -1):
        if _breaks(doc[i]):
            lo = i + 1
            break
    hi = max(value.stop, noun.i + 1)
    # a conversion in brackets right after the value ("25mm (1in) of rain") is part of the figure
    past = _conversion_end(doc, hi) if hi == value.stop else value.stop
    heads = [noun] if noun.i not in value else list(span)
    for tok in heads:
        for child in tok.rights:
            if (
                child.dep_ == "prep"
                and child.i >= hi
                and child.i <= max(hi, past) + 1
                and child.lower_ in ("of", "in")
            ):
                hi = max(hi, child.right_edge.i + 1)
            elif child.dep_ == "amod" and child.i == hi and child.tag_ in ("JJR", "RBR"):
                hi = child.i + 1  # "8 per cent cheaper"
    if hi == value.stop and past > hi and past + 1 < len(doc) and doc[past].lower_ == "of":
        hi = max(hi, doc[past].right_edge.i + 1)  # "40kg (88lb) of cocaine", wherever it hangs
    if (
        hi < len(doc)
        and doc[hi].lower_ in ("in", "of")
        and doc[hi].dep_ == "prep"
        and hi + 1 < len(doc)
        and not _time_and_setting(doc, hi, value)
    ):
        hi = doc[hi].right_edge.i + 1  # "$3bn in damages", "a rise in burglaries", wherever it hangs
    elif (
        noun.i in value
        and hi == value.stop
        and root.dep_ == "npadvmod"
        and root.head.i == hi
        and root.head.tag_ in ("JJR", "RBR", "JJ", "RB")
    ):
        hi = hi + 1
    if hi < len(doc) and doc[hi].tag_ in ("JJR", "RBR") and hi == value.stop:
        hi += 1  # "8 per cent cheaper", "five times higher": the comparison is the figure's sense
    converted = past > value.stop and hi > past  # a bracketed conversion sits inside the phrase
    hi = _cut_at_punct(doc, lo, hi, range(value.start, past) if converted else value)
    return noun, lo, max(hi, value.stop)


def _time_and_setting(doc: Doc, i: int, value: range) -> bool:
    """The "in" at ``i`` after a time hangs on the verb and tells where or how, not what the time counts:
    "won in 2 hours 9 minutes in heavy rain"."""
    prep = doc[i]
    return (
        prep.lower_ == "in"
        and bool(_DURATION.fullmatch(doc[value.stop - 1].lower_))
        and value.stop - 2 >= value.start
        and doc[value.stop - 2].tag_ == "CD"  # a time, "12 seconds"; not a rate, "$5m a year"
        and prep.head.i not in value
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _conversion_end(doc: Doc, i: int) -> int:
    """Past the bracketed conversion that starts at ``i`` ("(1in)", "(about 25 miles)"): a number in at
    most five tokens before the closing bracket; ``i`` when none starts there."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    for j in range(i + 1, min(len(doc), i + 7)):
        if doc[j].text == ")":
            return (
                j + 1 if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in doc[i + 1 : j]) else i
            )
        if _breaks(doc[j]):
            return i
    return i


def _verb_of(tok: Token) -> tuple[Token | None, Token]:
    """The verb that governs the phrase headed by ``tok``, and the phrase's top token."""
    top = tok
    for _ in range(4):
        if top.dep_ == "pobj" and top.head.dep_ in ("prep", "agent"):
            prep = top.head
            while prep.head.dep_ in ("prep", "prt") and prep.head.i < prep.i and prep.head.i != prep.i:
                prep = prep.head  # "back from in ten days": a preposition on a preposition
            if prep.head.tag_.startswith("VB") or prep.head.tag_ == "MD":
                return prep.head, prep
            if prep.head.tag_ in _NOUN_TAGS or prep.head.tag_ in ("JJ", "JJR", "CD"):
                top = prep.head
                continue
            return None, top
        if top.dep_ in ("nummod", "quantmod", "compound", "nmod") and top.head.tag_ in _NOUN_TAGS:
            top = top.head  # a number beside a name ("beat the holder 7-5 6-4"): the name's place
            continue
        if top.dep_ in _SUBJECT_DEPS or top.dep_ in _OBJECT_DEPS:
            if top.head.tag_.startswith("VB") or top.head.tag_ == "MD":
                return top.head, top
            adj = top.head
            if (
                top.dep_ == "npadvmod"
                and adj.tag_ == "JJ"
                and adj.dep_ == "acomp"
                and adj.i < top.i
                and adj.head.lemma_.lower() in lex.PREDICATE_LINKS
            ):
                # the number sizes a predicate adjective ("was worth £2m", "had been worth $4m"): the
                # adjective is what the verb's subject is said to be
                return adj.head, adj
            if top.dep_ in ("appos", "npadvmod", "advmod", "amod") and top.head.tag_ in _NOUN_TAGS | {"CD"}:
                top = top.head
                continue
            if (
                top.dep_ == "npadvmod"
                and adj.tag_ == "JJ"
                and adj.dep_ == "amod"
                and adj.i < top.i
                and adj.head.i < adj.i
                and adj.head.tag_ in _NOUN_TAGS
            ):
                # an adjective after its noun that the number sizes ("exports, worth some €2bn a year"):
                # the number belongs to that noun
                top = adj.head
                continue
        return None, top
    return None, top


def _verb_lo(verb: Token) -> tuple[Token, int]:
    """The top verb of an xcomp chain ("failed to conduct") and where its auxiliaries start: the
    modality over the number stays in view."""
    top = verb
    while top.dep_ in ("xcomp", "auxpass") and top.head.tag_.startswith("VB") and top.head.i < top.i:
        top = top.head
    lo = top.i
    for child in top.lefts:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < lo:
            lo = child.i
    i = lo - 1
    while i >= 0 and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") and verb.doc[i].head.i == top.i:
        lo = i
        i -= 1
    return top, lo


def _chain_below(top: Token, verb: Token) -> list[int]:
    """Where each infinitive of the xcomp chain from ``top`` down to ``verb`` starts ("to reopen", "to
    trade"), below ``top``; none under a verb whose infinitive did not happen ("failed to count")."""
    chain = []
    tok = verb
    while tok.i != top.i and tok.dep_ == "xcomp" and tok.head.i < tok.i:
        chain.append(tok)
        tok = tok.head
    if tok.i != top.i or any(t.lemma_.lower() in lex.NEGATING_LEMMAS for t in (top, *chain)):
        return []
    out = []
    for inner in reversed(chain):
        aux = [c.i for c in inner.lefts if c.dep_ in ("aux", "neg")]
        out.append(min([inner.i, *aux]))
    return out


def _participle_subject(verb: Token) -> Token | None:
    """The subject of the clause a bare participle hangs on ("hedgehogs did worst, dropping by 27%"):
    the participle says what that subject did; None when the participle has a subject or mark of its own."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in verb.lefts):
        return None
    return next((c for c in verb.head.lefts if c.dep_ in _SUBJECT_DEPS), None)


def _predicate_hi(verb: Token) -> int:
    """Where the predicate core after ``verb`` ends: particles and negation, then its complements
    up to the first object ("walk out on strike", "were put in solitary confinement")."""
    doc = verb.doc
    hi = verb.i + 1
    for child in verb.rights:
        if child.left_edge.i > hi:
            break
        if child.dep_ in ("prt", "neg", "auxpass", "aux"):
            hi = child.i + 1
            continue
        if child.dep_ not in _PREDICATE_DEPS | {"oprd"}:
            break
        hi = child.right_edge.i + 1
        if child.dep_ != "prep" or child.right_edge.i > child.i:
            break
    for i in range(verb.i + 1, hi):
        if _breaks(doc[i]):
            return i
        if doc[i].dep_ in ("mark", "relcl", "advcl") and doc[i].i > verb.i + 1:
            # a clause of its own ends the predicate where it starts: "the man who had", never
            return max(verb.i + 2, min(i, doc[i].left_edge.i))
    return hi


def _spans(doc: Doc, value: range) -> list[tuple[int, int]]:
    """Candidate stretches around the number, the most telling (and longest) first."""
    noun, np_lo, np_hi = _np_bounds(doc, value)
    verb, top = _verb_of(noun)
    out: list[tuple[int, int]] = []
    if top.dep_ not in ("prep", "agent") and top.i != noun.i and top.left_edge.i < np_lo:
        # the phrase the number's noun sits in: "a loan of 3 billion euros"
        np_lo = top.left_edge.i
    if verb is not None:
        head, v_lo = _verb_lo(verb)
        subject_case = top.dep_ in _SUBJECT_DEPS and verb.i > value.start
        if subject_case:
            pred_hi = max(np_hi, _predicate_hi(verb))
            mark = next((c for c in verb.lefts if c.dep_ == "mark" and c.i == np_lo - 1), None)
            s_lo = mark.i if mark is not None and mark.lower_ in lex.CONDITIONALS else np_lo
            out.append((s_lo, pred_hi))
            short_hi = max(np_hi, verb.i + 1)
            for child in verb.rights:
                if child.dep_ in ("prt", "neg") and child.i == short_hi:
                    short_hi = child.i + 1
            out.append((s_lo, short_hi))
        else:
            subj = next((c for c in head.lefts if c.dep_ in _SUBJECT_DEPS | {"expl"}), None)
            clause_lo = v_lo
            if subj is not None and subj.lower_ in lex.RELATIVES and head.dep_ == "relcl":
                clause_lo = min(clause_lo, head.head.left_edge.i)  # "the fire, which destroyed ..."
            elif subj is not None and subj.i < v_lo:
                clause_lo = subj.left_edge.i
            elif _first_conjunct(head).dep_ in ("relcl", "acl") and _first_conjunct(head).head.i < v_lo:
                # "families earning under £20,000", "three flats costing £900,000"
                clause_lo = _first_conjunct(head).head.left_edge.i
            elif subj is None and (actor := _participle_subject(head)) is not None:
                clause_lo = actor.left_edge.i  # "hedgehogs did worst, dropping by 27%"
            mark = next((c for c in head.lefts if c.dep_ == "mark"), None)
            if mark is not None and mark.lower_ in lex.CONDITIONALS:
                clause_lo = min(clause_lo, mark.i)
                v_lo = min(v_lo, mark.i)
            ends = _purpose_ends(doc, np_hi, value) + _adjunct_end(doc, np_hi, (verb.i, noun.i))
            if clause_lo <= np_lo:
                out.extend((clause_lo, end) for end in ends)
                out.append((clause_lo, np_hi))
            if v_lo <= np_lo:
                out.extend((v_lo, end) for end in ends)
                out.append((v_lo, np_hi))
            for inner in _chain_below(head, verb):
                # a long chain ("voted on Monday to reopen the library ... in a decade") read from a
                # lower verb of it, whose object says what the number counts, when the whole does not fit
                out.append((inner, np_hi))
    if top.dep_ in ("prep", "agent") or (noun.dep_ == "pobj" and noun.head.i == np_lo - 1):
        prep = noun.head if noun.dep_ == "pobj" else top
        if prep.i < np_lo and prep.i >= np_lo - 1:
            # "including a further £40million for repairs": what the sum is for, if it fits
            out.extend((prep.i, end) for end in _purpose_ends(doc, np_hi, value))
            out.append((prep.i, np_hi))
    out.append((np_lo, np_hi))
    return out


def _purpose_ends(doc: Doc, hi: int, value: range) -> list[int]:
    """When a sum ends its phrase, where what it pays for may end: "charge £5 a night to park in
    the centre", "fined £500 for speeding"; each end closes a noun phrase, the longest first."""
    if hi != value.stop or hi + 1 >= len(doc):
        return []
    first = doc[hi]
    if first.lower_ == "to" and first.head.tag_.startswith("VB") and first.head.i == hi + 1:
        phrase = first.head
    elif first.lower_ in ("for", "to") and first.dep_ == "prep":
        phrase = first
    else:
        return []
    ends = []
    for i in range(hi, min(phrase.right_edge.i + 1, hi + 10)):
        if _breaks(doc[i]) or doc[i].text == "." or doc[i].tag_ == "CC":
            break
        if (
            doc[i].is_alpha
            and doc[i].tag_ in _NOUN_TAGS
            and (i + 1 >= len(doc) or doc[i + 1].tag_ not in _NOUN_TAGS | {"HYPH", "CD"})
        ):
            ends.append(i + 1)
    return ends[::-1]


def _first_conjunct(verb: Token) -> Token:
    """The first verb of a coordination ("driving 40 hours and earning £300 a week")."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb


def _adjunct_end(doc: Doc, hi: int, heads: tuple[int, int]) -> list[int]:
    """A short phrase of the verb or the noun right after the counted object ("serve two years in prison",
    "killed 12 people in the attack") ends where that phrase ends."""
    if hi >= len(doc):
        return []
    prep = doc[hi]
    if prep.dep_ != "prep" or prep.head.i not in heads or prep.right_edge.i - hi > 4:
        return []
    end = prep.right_edge.i + 1
    if any(_breaks(doc[i]) for i in range(hi, end)):
        return []
    return [end]


def _source(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """``(lo, hi)`` widened over an adjacent "according to X" (the source of the number)."""
    for t in doc:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            a_lo, a_hi = t.i, t.right_edge.i + 1
            if a_hi in (lo, lo - 1):
                return a_lo, hi
            if a_lo in (hi, hi + 1):
                return lo, a_hi
    return lo, hi


def _has_content(doc: Doc, lo: int, hi: int, value: range) -> bool:
    return any(
        (doc[i].tag_ in _NOUN_TAGS or doc[i].tag_.startswith("VB") or doc[i].tag_.startswith("JJ"))
        and not doc[i].is_stop
        and not doc[i].like_num
        for i in range(lo, hi)
        if i not in value
    )


def _joined(doc: Doc, i: int) -> bool:
    """Tokens ``i`` and ``i + 1`` are one written word ("heat-related", "call-outs", "40-20")."""
    return (
        i + 1 < len(doc)
        and not doc[i].whitespace_
        and not _breaks(doc[i])
        and not _breaks(doc[i + 1])
        and doc[i + 1].text not in (".", ",", "!", "?")
    )


def _named_before(doc: Doc, value: range) -> int | None:
    """Where the name starts that a number set off by commas right after it belongs to ("Ana Lind,
    34, said"): the age of the person named; None when no person's name closes just before it."""
    if value.start < 2 or doc[value.start - 1].text != ",":
        return None
    if value.stop < len(doc) and doc[value.stop].text not in (",", ".", ";", ")"):
        return None
    ent = next((e for e in doc.ents if e.end == value.start - 1 and e.label_ == "PERSON"), None)
    if ent is None:
        return None
    return ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ in HONORIFICS else ent.start


def _window(doc: Doc, value: range, budget: int) -> str:
    """A few words either side of the number, within its clause (no parse to read); nothing when
    those words say nothing of it (a number between commas in a list)."""
    named = _named_before(doc, value)
    if named is not None and value.stop - named <= budget:
        return _phrase(doc, named, value.stop, value)
    lo = value.start
    while lo > 0 and value.start - lo < 5 and not _breaks(doc[lo - 1]):
        lo -= 1
    hi = value.stop
    while hi < len(doc) and hi - value.stop < 5 and not _breaks(doc[hi]) and doc[hi].text != ".":
        hi += 1
    # a word is never cut in half ("heat-related", "call-outs"): the window takes it whole
    while lo > 0 and _joined(doc, lo - 1):
        lo -= 1
    while hi < len(doc) and _joined(doc, hi - 1):
        hi += 1
    text = _phrase(doc, lo, hi, value)
    while _words(text) > budget and hi > value.stop:
        hi -= 1
        text = _phrase(doc, lo, hi, value)
    while _words(text) > budget and lo < value.start:
        lo += 1  # the words nearest the number say most about it
        text = _phrase(doc, lo, hi, value)
    if not any(t.is_alpha for t in doc[lo:hi]):
        return ""  # "10, 15, 20": no word around the number or in it says what it is
    return text


def _context(doc: Doc, start: int, end: int, value_words: int) -> str:
    """The stretch of the sentence that says what the number at ``[start, end)`` counts."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    value = range(span.start, span.end)
    budget = MAX_LINE_WORDS - value_words
    if not doc.has_annotation("DEP"):
        return _window(doc, value, budget)
    spans = [
        (lo, hi)
        for lo, hi in _spans(doc, value)
        if lo <= value.start and hi >= value.stop and _has_content(doc, lo, hi, value)
    ]
    # a number that closes the phrase stays in it: a shorter phrase that keeps it reads better
    # than a longer one cut before it; the cut form only when no phrase with the number fits
    after = _premodified_end(doc, value)
    spans = [(lo, after if hi == value.stop else hi) for lo, hi in spans]
    for keep in (True, False):
        for lo, hi in spans:
            s_lo, s_hi = _source(doc, lo, hi)
            for a, b in ((s_lo, s_hi), (lo, hi)):
                for a2 in (_antecedent_lo(doc, a, value), a):
                    text = _edges(doc, a2, b, value, keep)
                    if text and _words(text) <= budget:
                        return text
    return _window(doc, value, budget)


def _glued(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a hyphen inside a word ("new-born", "semi-final")."""
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


def _premodified_end(doc: Doc, value: range) -> int:
    """Where the noun a number premodifies ends when the parse lost it ("the 30kg new-born", "a
    brilliant 4-2 home cup win"): the adjectives, nouns and hyphenated words right after the value up
    to a noun (or the end of a hyphenated word) that nothing of the kind follows; the value's own
    end when anything else comes first."""
    j = value.stop
    while j < min(len(doc), value.stop + 6):
        t = doc[j]
        glued_end = j > value.stop and _glued(doc, j - 1)
        if _glued(doc, j):
            j += 1
            continue
        if (
            t.is_punct
            or t.tag_ not in ("JJ", "NN", "NNS", "RB", "VBN")
            or (t.tag_ in ("RB", "VBN") and not (glued_end or (j + 1 < len(doc) and _glued(doc, j + 1))))
        ):
            return value.stop
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        more = nxt is not None and (nxt.tag_ in ("NN", "NNS", "JJ") or _glued(doc, j + 1))
        if (t.tag_ in ("NN", "NNS") or glued_end) and not more:
            return j + 1
        j += 1
    return value.stop


def _antecedent_lo(doc: Doc, lo: int, value: range) -> int:
    """Where a phrase that opens on a relative pronoun starts once the noun it stands for is in
    view: "whose sales rose 46%" -> "a rival whose sales rose 46%" (the pronoun alone says nothing
    of what the number belongs to); ``lo`` when the phrase does not open so or no noun precedes."""
    i = lo
    while i < value.start and (doc[i].is_punct or doc[i].lower_ in lex.LEADING):
        i += 1
    if i >= value.start or doc[i].tag_ not in ("WDT", "WP", "WP$") or doc[i].lower_ not in lex.RELATIVES:
        return lo
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0 or not (doc[j].tag_ in _NOUN_TAGS or doc[j].pos_ in ("NOUN", "PROPN")):
        return lo
    while j > 0 and doc[j - 1].tag_ in _ANTECEDENT_TAGS and not _breaks(doc[j - 1]):
        j -= 1
    return j


_ANTECEDENT_TAGS = _NOUN_TAGS | {"DT", "PRP$", "JJ", "JJS", "JJR", "POS", "HYPH", "VBN", "VBG"}


def _edges(doc: Doc, lo: int, hi: int, value: range, keep: bool = True) -> str:
    """The phrase ``doc[lo:hi]``; when the number opens it, the rest of it (the line shows the value
    first: "28: inmates were put in solitary confinement")."""
    lo, hi = _trimmed(doc, lo, hi, value)
    if lo == value.start and hi > value.stop and not _part_of(doc, value):
        return _phrase(doc, value.stop, hi, range(value.stop, value.stop))
    if not keep and hi == value.stop and lo < value.start and doc[value.start - 1].tag_ not in ("IN", "TO"):
        # the value counts twice when the phrase it closes keeps it; where only the phrase without
        # it fits the line, "will cost £80 million" reads as "£80 million: will cost"
        return _phrase(doc, lo, value.start, range(lo, lo))
    if not keep and hi == value.stop and lo < value.start - 2 and _noun_then_prep(doc, value.start - 1):
        # and where the number is the object of a preposition that ends on a noun, the phrase cut
        # before the preposition: "2 hours 9 minutes: won the men's race" (never one ending on "in")
        return _phrase(doc, lo, value.start - 1, range(lo, lo))
    # a number that closes the phrase stays in it: "Spending was 12%", not "12%: Spending was" (the
    # verb, article or adjective left at the end would wait for a number that never comes)
    return _phrase(doc, lo, hi, value)


def _noun_then_prep(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a preposition right after the noun that ends a verb's object ("won the race in")."""
    prep, noun = doc[i], doc[i - 1]
    return (
        prep.tag_ == "IN" and prep.dep_ == "prep" and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "dobj"
    )


def _part_of(doc: Doc, value: range) -> bool:
    """The number is a part of what follows it ("40% of members", "a third of it"): cut from the
    number, the rest would open on a headless "of" and say something else."""
    nxt = doc[value.stop] if value.stop < len(doc) else None
    return nxt is not None and nxt.lower_ in lex.HEADLESS and nxt.head.i in value


# --- ranking ------------------------------------------------------------------------------------


def _score(value: str, ctx: str, index: int, n: int, title: str, text: str, start: int) -> float:
    score = 2.5 * (1 - index / max(1, n))
    if index == 0:
        score += 0.5
    digits = re.findall(r"\d[\d,.]*\d|\d", value)
    if digits and any(count_number(d, title) for d in digits):
        score += 3.0
    elif not digits and title and re.search(r"\b" + re.escape(_bare(value)) + r"\b", title, re.I):
        score += 1.5
    if _UNIT_RE.search(value):
        score += 1.0
    low = ctx.lower().split()
    # the counted noun of a count may be in its value ("400 nurses") or in the context
    first = _bare(value).split()[0]
    noun = value.lower().split()[-1:] if _is_bare_integer(first) or _is_word_count(first) else []
    if any(w.strip(",.") in _WEIGHTY_NOUNS for w in low + noun):
        score += 1.0
    if any(w.strip(",.") in _WEIGHTY_VERBS for w in low):
        score += 0.5
    if not digits:
        score -= (
            0.5
            if re.search(r"\b(?:million|billion|in|out of|per ?cent|percent)\b", value, re.I)
            or _FRACTION_END.search(value)
            else 1.0
        )
    if _words(ctx) < 2 or not re.search(r"[a-z]{4,}", ctx):
        score -= 1.0  # a context that says little ("totaling") makes a weak line
    after = text[start + len(value) : start + len(value) + 30]
    if (
        _BASELINE_BEFORE.search(text[max(0, start - 40) : start])
        or (_FROM_BASELINE.search(text[max(0, start - 100) : start]) and not _RANGE_TO.search(value))
        or _BASELINE_AFTER.match(after)
    ):
        # a baseline ("up from 19%", "rose from 5%", "4.1 million previously") matters less than the
        # new value; a change told whole in the value ("from 8/1 to 3/1") is the news
        score -= 1.5
    if _EXPECTED_AFTER.match(text[start + len(value) : start + len(value) + 30]):
        score -= 1.5  # what others expected, not what happened
    if _CHANGE_AFTER.match(text[start + len(value) : start + len(value) + 30]):
        score += 1.0  # the new value of a change ("62%, up from 55%") is what the news is
    if text[:start].count('"') % 2 == 1 or text[:start].count("\u201c") > text[:start].count("\u201d"):
        score -= 0.5
    return score


_CHANGE_BEFORE = re.compile(rf"\b(?:{_alt(lex.CHANGE_WORDS)})\s(?:by\s)?$", re.I)


def _change_to_level(text: str, start: int, left: str, sep: str) -> bool:
    """ "grew by 150 to 2,100": after a change word, "N to M" is the change and the new level."""
    return (
        sep.strip() == "to" and bool(_DIGIT_RE.search(left)) and bool(_CHANGE_BEFORE.search(text, 0, start))
    )


_RANGE_TO = re.compile(r"\s?(?:-|\u2013|to)\s?(?=[$\u20ac\u00a3\u00a5\d])")
_UNIT_OF = re.compile(rf"%|per ?cent|percent|{_CUR}|euro|dollar|pound|yen|yuan|franc|rupee|pence|cent", re.I)


def _unit(part: str) -> str:
    m = _UNIT_OF.search(part)
    return m.group(0).lower() if m else ""


# a casualty of one ("one person died", "one officer was killed"): the count of the dead or hurt, even
# of one, is news
_ONE_CASUALTY_RE = re.compile(
    rf"(?<![\w-])one\s(?:{_alt(sorted(lex.PERSON_NOUNS))})"
    rf"(?=\s(?:has\s|had\s|was\s)?(?:been\s)?(?:{_alt(lex.CASUALTY_VERBS)})\b)",
    re.I,
)


def _paired_end(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> int | None:
    """Where the number ends that the value at ``[start, end)`` is weighed against, told right after it
    in the same unit: "7%, compared with 30%", "61% against the 90% required", "rose to 22% from 17%",
    "from £4.20 in 2024 to £5.80"; None when no such number follows."""
    link = _PAIR_LINK.match(text, end)
    if link is None and _TO_BEFORE.search(text, max(0, start - 4), start):
        link = _BEFORE_LINK.match(text, end)
    if link is None and _FROM_BEFORE.search(text, max(0, start - 6), start):
        link = _YEAR_TO.match(text, end)
    nxt = next(((a, b) for a, b in spans if link is not None and a == link.end()), None)
    if link is None or nxt is None:
        return None
    left, right = text[start:end], text[nxt[0] : nxt[1]]
    if _unit(left) != _unit(right) or not _DIGIT_RE.search(left) or not _DIGIT_RE.search(right):
        return None
    if _YEAR_RE.match(right.strip()) or _YEAR_RE.match(_bare(left).strip()):
        return None  # "from 2019 to 2024" are years, "compared with 2019" a time
    if not _unit(left) and (_RANGE_TO.search(left) or _RANGE_TO.search(right)):
        return None
    return nxt[1]


def _pair_context(doc: Doc, text: str, ctx: str, bounds: tuple[int, int, int]) -> str:
    """The line of a pair ``text[lo:paired]`` whose first number (ending at ``end``) reads ``ctx``: the
    stretch read around the whole pair when it holds both numbers ("moth numbers fell by only 9%,
    compared with 40% on farms"), else the first number's stretch carried on over the second when it
    closed on the first ("rents rose to 22%" -> "rents rose to 22% from 17%"), else the first's as it is."""
    lo, end, paired = bounds
    whole = text[lo:paired]
    budget = MAX_LINE_WORDS - _words(whole)
    around = _context(doc, lo, paired, _words(whole))
    tail = around[around.find(whole) + len(whole) :] if whole in around else ""
    if whole in around and _words(around) <= budget and not _CLAUSE_JOIN.search(tail):
        return around  # not when it runs on into the next clause ("... from 17% and now plans")
    at = text.find(ctx)
    if at >= 0 and at + len(ctx) == end and _words(text[at:paired]) <= budget:
        return text[at:paired]
    return ctx


def _duration_rank(unit: str) -> int:
    """Where a unit of time stands among the units, smallest first ("seconds" 0, "centuries" 8)."""
    return lex.DURATION_UNITS.index(unit.lower()) // 2


def _duration_parts(text: str, start: int, end: int) -> int:
    """The end of a duration widened over the smaller units told after it ("three hours 5 minutes and
    12 seconds", "2 minutes 30 seconds"): one time, one figure."""
    last = _DURATION_LAST_UNIT.search(text, start, end)
    while last is not None:
        part = _DURATION_PART.match(text, end)
        if part is None or _duration_rank(part.group(1)) >= _duration_rank(last.group(1)):
            break
        end, last = part.end(), part
    return end


def _number_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of number phrases; "X to Y" with different units is two numbers
    ("grew 6.1% to 23.4 billion dollars"), not a range. "A week", "one year" are a number only
    where the sentence is about a term ("banned for a week")."""
    out: list[tuple[int, int]] = []
    for m in _ORDINAL_RE.finditer(text):
        out.append((m.start(), m.end()))
    out += [m.span() for m in _RACE_TIME_RE.finditer(text)]
    if _DURATION_MATTERS.search(text):
        taken = list(out)
        for m in _ONE_DURATION_RE.finditer(text):
            if _ONE_DURATION_NOT.search(text[: m.start()]) or _ONE_DURATION_AFTER.match(text, m.end()):
                continue  # "twice a day" is a rate, "a year ago" a time anchor
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append((m.start(), m.end()))
    for m in (*_MULTIPLE_WORD_RE.finditer(text), *_MULTIPLE_AS_RE.finditer(text)):
        if not any(a < m.end() and m.start() < b for a, b in out):
            out.append((m.start(), m.end()))
    for m in (*_FRACTION_SCALE_RE.finditer(text), *_FRACTION_RE.finditer(text)):
        if not any(a < m.end() and m.start() < b for a, b in out):
            out.append((m.start(), m.end()))
    for m in _ONE_CASUALTY_RE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in out):
            out.append((m.start(), m.end()))
    out.sort()
    for m in _figure_matches(text) if _may_hold_figure(text) else ():
        raw = m.group(0)
        if any(a <= m.start() < b for a, b in out):
            continue  # inside an ordinal already found
        start = m.start() + (len(raw) - len(raw.lstrip()))
        value = raw.strip()
        end = start + len(value)
        seps = list(_RANGE_TO.finditer(value))
        if seps and not value.lower().startswith("between") and "(" not in value:
            sep = seps[0]
            left, right = value[: sep.start()], value[sep.end() :]
            ul, ur = _unit(left), _unit(right)
            # "rose 1.2% to 4,500 points", "3.1% to 9.4 billion euros"; "grew by 150 to 2,100": the
            # size of a change and the level it reached, never a range
            year_first = bool(_YEAR_RE.match(left.strip())) and ur != "" and sep.group(0).strip() == "to"
            if (ul and ul != ur) or _change_to_level(text, start, left, sep.group(0)) or year_first:
                # "from £4.20 in 2024 to £5.80": a year and the new level, never a range of sums
                out.append((start, start + len(left)))
                out.append((start + sep.end(), end))
                continue
        out.append((start, end))
    return sorted(out)


def _head_of(doc: Doc, start: int, end: int) -> tuple[Span, Token] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    head = root.head if root.dep_ in ("nummod", "quantmod") and root.head.i >= span.end else root
    return span, head


# the whole a part was counted out of, told after it: "eight wins out of the last 9", "five of 10
# matches"; the part is the figure, its whole alone says nothing new
_WHOLE_BEFORE = re.compile(
    rf"\b(?:\d+|{_WORD_NUM})(?:(?:\s[a-z]+)?\s(?:out\sof|of)\s(?:(?:{_alt(lex.PART_OF_WHOLE)})\s)?"
    rf"(?:{_alt(lex.SEQUENCE_WORDS)})|\s(?:out\sof|of))\s$"
    # "scored 286 from a possible 300": the most there could be, told with the part
    rf"|\b\d[\d,]*(?:\s[a-z]+)?\s(?:from|out\sof)\s(?:a|the)\s(?:{_alt(lex.WHOLE_BOUNDS)})\s$",
    re.I,
)
_RUN_AFTER = re.compile(rf"\s(?:{_spaced(lex.RUN_TAILS)})\b", re.I)


def _word_number_counts(p: ParsedSentence, start: int, end: int, value: str) -> bool:
    """A number in words is a figure when it counts a plural noun ("three fishermen"), is a
    duration the story turns on ("jailed for six years", "a three-year deal"), or closes a run
    ("seven in a row")."""
    found = _head_of(p.doc, start, end)
    if found is None:
        return False
    if _RUN_AFTER.match(p.text, end):
        return True
    span, head = found
    if re.search(rf"\b(?:{_SCALE_WORDS})\b|\bin\b|\bout of\b", value, re.I) or _PART_RE.fullmatch(value):
        return True
    if "-" in value:
        unit = value.rsplit("-", 1)[1].lower()
        noun = span.root.head
        if noun.tag_ not in _NOUN_TAGS or noun.i < span.end:
            return False
        # a term ("a five-year lease"), a size ("a ten-foot wall") or a margin or sanction counted in
        # the units of a contest ("a four-match ban", "a four-point lead"), or the size of a group
        # ("a three-man panel")
        return bool(
            _DURATION.fullmatch(unit)
            or _MEASURE_RE.fullmatch(" " + unit)
            or noun.lemma_.lower() in lex.MARGIN_NOUNS
            or unit in lex.OCCASION_UNITS
            or unit in lex.GROUP_UNITS
        )
    if span.root.dep_ in _SUBJECT_DEPS | {"dobj"} and span.root.head.lower_ in _WEIGHTY_VERBS:
        return True  # "three were killed", "arrested five": the count is the event
    vague = value.lower().endswith("s")  # "millions of families" names no number
    if span.root.dep_ in _SUBJECT_DEPS | {"dobj"} and not vague and _partitive_plural(span.root):
        return True  # "grounded eight of its jets", "six of the miners were hurt"
    if span.root.dep_ not in ("nummod", "quantmod"):
        return False
    if _margin(head) and head.tag_ in _NOUN_TAGS:
        return True  # a margin, "won by two points", "top by one game"
    counted = _counted_past_name(head)
    if counted is not None and counted.tag_ not in _PLURAL_TAGS:
        return True  # a plural noun the parse read as a verb
    head = counted or head
    if _term_without_hyphen(head):
        return True  # "a three minute drive": a term told without its hyphen
    if _MEASURE_RE.fullmatch(" " + head.lower_):
        return True  # a measure whose plural is its singular: "lost seven stone"
    if head.tag_ not in _PLURAL_TAGS:
        return False
    after = head.nbor(1).lower_ if head.i + 1 < len(p.doc) else ""
    if after in lex.ANCHOR_ADVERBS:
        return False  # "four seasons later", "three elections ago": a time anchor in other units
    if _DURATION.fullmatch(head.lower_):
        # a measured stretch of time ("drifted for three weeks") counts; a time anchor does not
        return not _relative_time(p.doc, span, head) or (p.index == 0 and _interval(p.doc, head))
    det = next((c for c in head.lefts if c.dep_ in ("det", "poss", "predet")), None)
    if (
        det is not None
        and det.lower_ in lex.DEFINITE
        and not _run_of(head, det, span)
        and not _defined_here(head, det)
    ):
        return False  # "the two sides", "both three-storey blocks": a reference back, not news
    if det is not None and det.lower_ in lex.NO_COUNT_DETS and det.i < span.start:
        return False  # "no two teams are alike": no group is counted
    if _pair_in_passing(p, span, head):
        return False  # "greeted two children", "two players City would sell": a pair told in passing
    if head.lemma_.lower() in lex.DISCOURSE_NOUNS:
        return False  # "two separate issues", "three reasons": a count of the telling, not of the news
    if head.lower_ in lex.ANAPHORIC_NOUNS and head.head.lower_ not in _WEIGHTY_VERBS:
        return False  # "two others kept watch": the group is told elsewhere; "two others were hurt" is news
    return not (head.dep_ == "pobj" and head.head.lower_ in lex.ASIDE_PREPS)


def _defined_here(head: Token, det: Token) -> bool:
    """ "the nine reporters whose cases were dropped", "the two embryos she froze": a definite count
    whose noun a relative clause defines on the spot is the group the news is about, not a
    reference back to one told before."""
    return det.lower_ == "the" and any(c.dep_ == "relcl" and c.i > head.i for c in head.children)


def _pair_in_passing(p: ParsedSentence, span: Span, head: Token) -> bool:
    """A pair of people past the lede that no weighty verb acts on or with ("greeted two children",
    "shares a flat with two cousins"): a detail of the telling; a pair killed, charged or
    arrested ("two men were arrested"), or one the lede tells, is news."""
    if p.index == 0 or span[0].lower_ not in lex.PAIR_WORDS:
        return False
    if head.lemma_.lower() not in lex.PERSON_NOUNS and head.lower_ not in lex.PERSON_NOUNS:
        return False
    top = head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if any(any(c.dep_ == "nummod" for c in t.children) for t in (top, *top.conjuncts) if t.i != head.i):
        return False  # a list of counts ("by two agents and two officers"): each one is told
    return top.head.lower_ not in _WEIGHTY_VERBS and top.head.lemma_.lower() not in _WEIGHTY_VERBS


def _term_without_hyphen(head: Token) -> bool:
    """ "a three minute drive", "an eight hour wait": a number hung on a singular unit of time that is a
    compound of a singular noun gives that thing's length, as "a three-minute drive" does (a plural
    after the unit, "three month blocks", may name a kind of group instead)."""
    return (
        head.tag_ == "NN"
        and bool(_DURATION.fullmatch(head.lower_))
        and head.dep_ == "compound"
        and head.head.i > head.i
        and head.head.tag_ == "NN"
    )


def _counted_past_name(head: Token) -> Token | None:
    """The plural noun a number counts past a name or a noun the parse hung it on: "six Northern
    League wins" with "six" on "League", a compound of "wins", or "four home league fixtures" with
    "four" on "league" (not past a unit of time: "nine week courses" may size the course); or, past a
    name, with "wins" read as a verb whose subject is that name (a lower-case present-tense verb
    of a contest right after it). None if neither."""
    if head.tag_ != "NNP" and (head.tag_ != "NN" or _DURATION.fullmatch(head.lower_)):
        return None
    noun = head
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.tag_ in _NOUN_TAGS:
        noun = noun.head
    if noun is not head and noun.tag_ in _PLURAL_TAGS:
        return noun
    if head.tag_ != "NNP":
        return None
    verb = head.head
    if head.dep_ != "nsubj" or verb.i != head.i + 1 or verb.tag_ != "VBZ":
        return None
    return verb if verb.is_lower and verb.lemma_.lower() in lex.RUN_NOUNS else None


def _margin(head: Token) -> bool:
    """The counted noun is a margin, "won by two points", not the agent of a passive ("watched by two")."""
    return head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ != "agent"


def _run_of(head: Token, det: Token, span: Span) -> bool:
    """ "the last five defeats", "the final three games": a definite count of contests that a word of
    sequence between the determiner and the number makes a run of its own, not a reference back
    ("the two sides") nor a part of one thing ("the last six digits")."""
    return head.lemma_.lower() in lex.RUN_NOUNS and any(
        c.dep_ == "amod" and det.i < c.i < span.start and c.lower_ in lex.SEQUENCE_WORDS for c in head.lefts
    )


def _counts_a_far_noun(doc: Doc, start: int, end: int) -> bool:
    """A lone number in words that counts a noun it could not be joined to, past another number or a
    conjunction ("three or four big fences", "three Top 10 singles"): the line cannot say what it
    counts, and a guess ("three or four") is no figure."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    num = span[0]
    if num.dep_ != "nummod" or num.head.i <= num.i or num.head.tag_ not in _PLURAL_TAGS:
        return False
    return any(t.tag_ in ("CC", "CD") for t in doc[num.i + 1 : num.head.i])


def _partitive_plural(num: Token) -> bool:
    """ "eight of its jets": a number that counts part of a plural noun named after "of"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.tag_ in _PLURAL_TAGS for g in c.children)
        for c in num.children
    )


def _change_size(span: Span) -> bool:
    """The number is the size of a change ("rose 12%", "grew by 300", "up 5 per cent"), not a level."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by":
        head = head.head
    elif root.dep_ not in ("npadvmod", "dobj"):
        return False
    return head.lemma_.lower() in lex.CHANGE_LEMMAS or (
        head.lower_ in lex.CHANGE_ADVERBS and head.dep_ in ("advmod", "prt")
    )


def _interval(doc: Doc, head: Token) -> bool:
    """ "nine weeks after her sister drowned": a duration between two events, the second told by the
    clause that "after" or "before" opens, not a time anchor ("ten years ago", "three days after a vote")."""
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return nxt is not None and nxt.dep_ == "mark" and nxt.lower_ in lex.INTERVAL_MARKS


def _relative_time(doc: Doc, span: Span, head: Token) -> bool:
    """Whether a duration only anchors a time: "two years ago", "the past three weeks" (not the
    length of an act, "held for the next two days": see ``_lasts``)."""
    if _lasts(head):
        return False
    after = doc[head.i + 1].lower_ if head.i + 1 < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return after in lex.RELATIVE_TIME or before in lex.TIME_ANCHORS


def _lasts(head: Token) -> bool:
    """A duration after "for" on a verb measures how long the act went on, whatever word of time
    comes before it ("kept for the next two days", "stayed for the past six years"); one with an
    "of" of its own is a slice of a longer time ("for the opening weeks of the season")."""
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.tag_.startswith("VB")
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def _with_noun(doc: Doc, start: int, end: int) -> int:
    """The end of a number in words widened over the noun it counts: "two" alone says little, so
    the value is "two rescue boats", "one in four coastal homes", "a five-year contract"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    for tok in reversed(span):
        head = tok.head
        if (
            head.i >= span.end
            and _words_between(doc, span.end, head.i) <= lex.COUNTED_NOUN_REACH
            and head.tag_ in _NOUN_TAGS
        ):
            between = doc[span.end : head.i]
            if all(
                t.tag_ in ("JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "HYPH")
                or _in_compound(doc, t.i)
                for t in between
            ):
                last = _object_state(doc, head) or head
                return last.idx + len(last.text)
    return end


def _object_state(doc: Doc, noun: Token) -> Token | None:
    """The state a verb leaves the counted object in, told right after it: "left three people
    injured", "found two drivers guilty". The count alone ("three people") says nothing of them."""
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if (
        nxt is not None
        and noun.dep_ == "dobj"
        and nxt.dep_ == "oprd"
        and nxt.head.i == noun.head.i
        and nxt.tag_ in ("JJ", "VBN")
    ):
        return nxt
    return None


def _in_compound(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a part of a hyphenated word ("sign-up", "pop-up"), whatever the tagger calls it."""
    return (i + 1 < len(doc) and _glued(doc, i + 1)) or (i > 0 and _glued(doc, i - 1))


def _words_between(doc: Doc, lo: int, hi: int) -> int:
    """The words of ``doc[lo:hi]``, a hyphenated compound counted as one ("deep-water crab": two)."""
    return sum(1 for t in doc[lo:hi] if t.tag_ != "HYPH" and not (t.i > lo and doc[t.i - 1].tag_ == "HYPH"))


def _with_plural_noun(doc: Doc, start: int, end: int) -> int:
    """The end of a bare count widened over the plural noun right after it, which it counts:
    "23 league goals", "1,200 young oak trees" (a singular noun after a number names one thing)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return end
    root = span.root
    head = root.head
    if (
        root.dep_ != "nummod"
        or head.i < span.end
        or head.i - span.end > lex.COUNTED_NOUN_REACH
        or head.tag_ not in _PLURAL_TAGS
    ):
        return end
    if _DURATION.fullmatch(head.lower_) or _MEASURE_RE.fullmatch(" " + head.lower_):
        return end
    if any(
        t.tag_ not in ("JJ", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "HYPH") and not _in_compound(doc, t.i)
        for t in doc[span.end : head.i]
    ):
        return end
    return head.idx + len(head.text)


def _with_partitive(doc: Doc, start: int, end: int) -> int:
    """The end of a bare count widened over the plural noun it is a part of: "two of her lifelines",
    "10 of his finest films" (the number alone says nothing of what it counts)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    num = span[-1]
    for prep in num.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != span.end:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.tag_ not in _PLURAL_TAGS or noun.i - prep.i > lex.COUNTED_NOUN_REACH + 1:
            return end
        if any(t.tag_ not in _PARTITIVE_TAGS for t in doc[prep.i + 1 : noun.i]):
            return end
        return noun.idx + len(noun.text)
    return end


_PARTITIVE_TAGS = {"DT", "PRP$", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "HYPH"}


def _with_what_of(doc: Doc, start: int, end: int) -> int:
    """The end of an amount in a unit widened over the "of" phrase that says what it measures: "2 tons
    of rice", "3 litres of paint" (not "of the ...": a part of something told elsewhere)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc):
        return end
    unit, prep = span[-1], doc[span.end]
    if prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.i != unit.i:
        return end
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.tag_ not in _NOUN_TAGS or noun.i - prep.i > lex.COUNTED_NOUN_REACH:
        return end
    if any(t.tag_ not in ("JJ", "NN", "NNS", "HYPH") for t in doc[prep.i + 1 : noun.i + 1]):
        return end  # a name or a determiner: "10 miles of the M4", "two years of Smith"
    return noun.idx + len(noun.text)


_CONVERSION_OPEN = re.compile(r"(?:\s[^\W\d]+){0,4}\s?\($")
_CONVERSION_CLOSE = re.compile(r"(?:\s[^\W\d]+){0,4}\)")
_MEASURED_AFTER = re.compile(
    rf"\s(?:(?:{_alt(lex.MEASURE_PREFIXES)})\s)?(?:{_alt(lex.MEASURE_WORDS)})\b", re.I
)


def _converts(text: str, prev_end: int, start: int, end: int) -> bool:
    """The number at ``[start, end)`` opens a bracket right after the figure that ends at ``prev_end``
    and its unit ("180 cubic metres a second (about 6,360 cubic feet)", "1.5 metres (almost 5 feet)"):
    the same amount in other units, one figure with the number it converts."""
    if not 0 <= prev_end <= start or not _CONVERSION_OPEN.fullmatch(text, prev_end, start):
        return False
    value = text[start:end]
    measured = bool(_MEASURE_RE.search(value) or _UNIT_RE.search(value) or _MEASURED_AFTER.match(text, end))
    return measured and bool(_CONVERSION_CLOSE.match(text, end))


def _dates_past_act(doc: Doc, start: int, end: int) -> bool:
    """A year that dates an act or an event the lede tells of ("a raid in 1897", "a pact signed in
    1993"): the story's own past, a key figure there, unlike a year that only dates a detail."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or not _YEAR_RE.match(span.text):
        return False
    prep = span[0].head
    if span[0].dep_ != "pobj" or prep.lower_ not in lex.YEAR_PREPS:
        return False
    return prep.head.pos_ == "NOUN" or prep.head.tag_ in ("VBD", "VBN")


_SPACED_AGE_AFTER = re.compile(r"\syears?[\s-]old\b", re.I)
_APPOSED_BEFORE = re.compile(r"[A-Z][\w'-]+,\s$")


def _age_in_headline(text: str, start: int, end: int, title: str) -> bool:
    """An age in apposition ("Ana Lima, 34, said") that the headline gives in apposition too ("Ana
    Lima, 34, to ..."): the story leads on it, unlike an age told in passing."""
    value = text[start:end]
    return (
        bool(title)
        and bool(_APPOSED_BEFORE.search(text, 0, start))
        and text.startswith(",", end)
        and re.search(rf",\s{re.escape(value)},", title) is not None
    )


_AGE_ANY_RE = re.compile(rf"\d-years?-old\b|(?<![\w-]){_WORD_AGE}", re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)


def _age_matters(
    p: ParsedSentence, value: str, title: str, start: int = 0, first_age: int = -1, first_named: int = -1
) -> bool:
    """An age compound ("14-year-old") is a figure in the first sentence or the title, or as the
    story's first age a sentence or two after an opening that tells of someone without a name,
    when it refers back to them ("A rambler was cut off by the tide. The 58-year-old ...", "... her
    daughter. Clips show nine-month-old Ada ..."): the age is how the story tells who it is about. Once a
    name is told, the age is a detail of a known person ("Jo Bell ... The 39-year-old"); one that
    brings in someone new ("A six-year-old girl was pulled out") is told in passing. ``first_age``
    and ``first_named`` are the indexes of the first sentences that tell an age and a person's name."""
    if p.index == 0 or (title and value.lower() in title.lower()):  # "Four-year-old ..." opens it
        return True
    return (
        0 < p.index < _LEAD
        and p.index == first_age
        and not 0 <= first_named < p.index
        and not _INDEFINITE_BEFORE.search(p.text, 0, start)
    )


KIND_PENALTY = 0.6
NEWS_ORDINALS = True
_LEAD = 3


def _full(c: _Candidate) -> bool:
    """The context says at least four words: before the number when it closes the phrase ("Spending
    was 12%" says two), unless a preposition ties it in ("prices fell to 4%")."""
    before = c.context.removesuffix(c.value).split()
    if before and before[-1].lower() in lex.RELATING:
        return _words(c.context) >= 4
    return len(before) >= 4


def _one_per_number(cands: list[_Candidate]) -> list[_Candidate]:
    """One candidate per number: it weighs as its best mention and reads as its first mention
    with a full context (the first mention of a number is usually the one that explains it)."""
    groups: dict[tuple[str, ...], list[_Candidate]] = {}
    for c in cands:
        groups.setdefault(c.key, []).append(c)
    out: list[_Candidate] = []
    for group in groups.values():
        best = max(c.score for c in group)
        rep = min(group, key=lambda c: (not _full(c), c.order))
        lede = any(c.lede for c in group)
        change = any(c.change for c in group)
        out.append(_Candidate(rep.value, rep.context, rep.sentence, best, rep.key, rep.order, lede, change))
    return sorted(out, key=lambda c: (-c.score, c.order))


def _kind(value: str) -> str:
    # a share first: "per cent" holds the money word "cent"
    if re.search(r"%|per ?cent|percent", value, re.I):
        return "share"
    if re.search(rf"{_CUR}|{_MONEY_WORDS}", value, re.I):
        return "money"
    if _DURATION.search(_RATE_END.sub("", value)):
        return "time"
    return "count"


def _kind_of(c: _Candidate) -> str:
    """A figure's kind for the discount of its kind; the size of a change in a count or a sum is a
    kind of its own (the news of "grew by 300" is the change, told beside the level it reached)."""
    kind = _kind(c.value)
    return "change" if c.change and kind in ("count", "money") else kind


def _select(pool: list[_Candidate]) -> list[_Candidate]:
    """The figures a briefing lists, from candidates with one per number, in order of importance."""
    # most important first; each figure of a kind already shown (money, share, count, time) makes
    # the next one of that kind matter a little less, so a briefing is not eight sums of money; the
    # lede's figures are the story's own numbers and keep their weight whatever came before them
    seen: set[str] = set()
    shown: dict[str, int] = {}
    ranked: list[_Candidate] = []
    while pool and len(ranked) < MAX_FIGURES_STRONG:
        best = min(
            pool,
            key=lambda c: (
                -(c.score - (0 if c.lede else KIND_PENALTY) * shown.get(_kind_of(c), 0)),
                c.order,
            ),
        )
        pool.remove(best)
        # a repeated number, or one already shown in a conversion or range, is the same figure
        if set(best.key) <= seen or any(k in seen for k in best.key if len(k.replace(".", "")) >= 3):
            continue
        seen.update(best.key)
        shown[_kind_of(best)] = shown.get(_kind_of(best), 0) + 1
        ranked.append(best)
    out = ranked[:MAX_FIGURES]
    if len(out) == MAX_FIGURES:
        # past the list's length, a figure that weighs clearly more on its own than the last one
        # shown still is: it lost its place only to the discount for figures of its kind, so an
        # article with many strong figures of one kind gets a longer list
        bar = out[-1].score + STRONG_MARGIN
        out += [c for c in ranked[MAX_FIGURES:] if c.score >= bar]
    return out


def _placings(p: ParsedSentence, title: str, ranking: bool = False) -> list[tuple[int, int]]:
    """Finishing positions the story leads on: an ordinal right after a verb of placing ("finished
    third", "came 12th") in the first sentence, or anywhere when the headline says that ordinal
    too; a placing told in passing later ("her sister finished third") is not the news, unless the
    story is a ranking (``ranking``: its first sentence places something) and no person is placed
    ("Velmar came 11th overall": the ranking's other places)."""
    if not p.parsed:
        return []
    out: list[tuple[int, int]] = []
    for tok in p.doc:
        if (
            tok.i > 0
            and tok.head.i == tok.i - 1
            and tok.head.lemma_.lower() in lex.PLACING_VERBS
            and re.fullmatch(_ORDINAL, tok.text, re.I)
            and (
                p.index == 0
                or re.search(rf"(?<![\w-]){re.escape(tok.text)}\b", title, re.I)
                or (ranking and _placed_thing(tok.head))
            )
        ):
            out.append((tok.idx, tok.idx + len(tok.text)))
    return out


def _placed_thing(verb: Token) -> bool:
    """The subject of a verb of placing names a place, a body or a thing, not a person: a name of a
    place or a body, or a common noun for no person ("the country", not "her sister")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        s.ent_type_ in _PLACED_KINDS
        or (not s.ent_type_ and s.pos_ == "NOUN" and s.lemma_.lower() not in lex.PERSON_NOUNS)
        for s in subjects
    )


_PLACED_KINDS = ("GPE", "ORG", "NORP", "LOC", "FAC")


def _is_ranking(p: ParsedSentence, title: str) -> bool:
    """Whether the story's first sentence places something: a placing or a ranked ordinal in it."""
    return p.parsed and bool(
        _placings(p, title)
        or any(re.fullmatch(_ORDINAL, t.text, re.I) and _ranked_by_superlative(t) for t in p.doc)
    )


def _wished(tok: Token) -> bool:
    """``tok`` is what a verb of wanting or refusing governs, up to three heads above it ("want
    to force a second vote", "called for a third inquiry")."""
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lex.WISHED_LEMMAS:
            return True
    return False


def _ranked_by_superlative(tok: Token) -> bool:
    """An ordinal before a superlative: a place in a ranking ("the 12th largest port", "the third most
    visited city"), whatever its determiner."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ in ("JJS", "RBS")


def _ordinals_of_news(p: ParsedSentence) -> dict[tuple[int, int], int]:
    """Ordinals the story leads on: in its first sentence, an ordinal after "a" or a possessive
    that modifies a noun ("a fourth arrest", "her third shop": one more of something, the news);
    each maps to where its noun ends, so the value says what it counts. "The second half" and "a
    fifth set" name a part of a sequence, and an ordinal later in the story is told in passing."""
    if not p.parsed or p.index > 0:
        return {}
    out: dict[tuple[int, int], int] = {}
    for tok in p.doc:
        head = tok.head
        det = [c for c in head.children if c.i < tok.i and c.dep_ in ("det", "poss")]
        if (
            tok.dep_ == "amod"
            and re.fullmatch(_ORDINAL, tok.text, re.I)
            and head.tag_ in ("NN", "NNS")
            and 0 < head.i - tok.i <= 3
            and det
            and (det[0].lower_ in ("a", "an") or det[0].dep_ == "poss" or _ranked_by_superlative(tok))
            and not _DURATION.fullmatch(head.lower_)
            and not any(t.lemma_.lower() in lex.SEQUENCE_PARTS for t in p.doc[tok.i + 1 : head.i + 1])
            and not any(t.is_punct for t in p.doc[tok.i : head.i])
            and not _wished(head)
        ):
            out[(tok.idx, tok.idx + len(tok.text))] = head.idx + len(head.text)
    return out


_ITEM_NUMBER_RE = re.compile(r"(?<![\w.,$\u00a3\u20ac-])(\d{1,2})\s?[.!?]?[\"'\u201d\u2019]?\s*$")


def _item_numbers(parsed: Sequence[ParsedSentence]) -> set[tuple[str, int]]:
    """The numbers of a numbered list glued onto the ends of its items' sentences ("... with cold
    tea 5.") or standing alone ("6."): a bare number closing a sentence whose neighbour in the count
    closes a sentence a little before or after it. They number the list, they count nothing. (sentence text, start) pairs."""
    ends: list[tuple[int, str, int, int]] = []  # sentence index and text, start of the number, its value
    for p in parsed:
        m = _ITEM_NUMBER_RE.search(p.text)
        if m:
            ends.append((p.index, p.text, m.start(1), int(m.group(1))))
    marked: set[tuple[str, int]] = set()
    for i, text, start, value in ends:
        if any(
            abs(v - value) == 1 and (v - value) * (j - i) > 0 and abs(j - i) <= lex.ITEM_NUMBER_REACH
            for j, _, _, v in ends
        ):
            marked.add((text, start))
    return marked if len(marked) >= lex.ITEM_NUMBER_MIN else set()


_CELL_RE = re.compile(r"(?<![\w.,])(\d[\d,.]*)\s([a-z]+)\b")


def _table_cells(text: str) -> set[int]:
    """Where the cells of a table of statistics glued into a sentence start ("Club A (2001-04): 61
    apps, 19 goals Club B (2004-) 38 apps, 24 goals"): a row's numbers side by side, each before
    the word of its column, where two columns each come TABLE_REPEATS times or more in the one
    sentence. They fill a table; none of them is a count the story tells."""
    found = [(m.start(), m.end(), m.group(2).lower()) for m in _CELL_RE.finditer(text)]
    columns = {w for _, _, w in found if sum(v == w for _, _, v in found) >= lex.TABLE_REPEATS}
    cells: set[int] = set()
    if len(columns) < 2:
        return cells
    for (a, a_end, w), (b, _, v) in zip(found, found[1:], strict=False):
        if w in columns and v in columns and w != v and re.fullmatch(r"[,;/ ]{1,3}", text[a_end:b]):
            cells.update((a, b))
    return cells


_SCORELINE_RE = re.compile(
    rf"(?P<verb>\b(?:{_alt(lex.RESULT_VERBS)})\s)?(?<![\w.,/-])(?P<score>\d{{1,2}}-\d{{1,2}})(?![\w/-])", re.I
)
_RESULT_AFTER = re.compile(rf"\s(?:{_spaced(lex.RESULT_NOUNS)})\b", re.I)
# a figure read from a caption weighs less than one the body tells
CAPTION_PENALTY = 1.0


def _caption_scorelines(captions: Sequence[ParsedSentence], n: int, title: str) -> list[_Candidate]:
    """The scorelines of the captions the body leaves out, told as a result ("a 3-1 win", "beat them
    3-0"): the result of a match report often stands only under its pictures."""
    out: list[_Candidate] = []
    for p in captions:
        for m in _SCORELINE_RE.finditer(p.text):
            start, end = m.span("score")
            if not m.group("verb") and not _RESULT_AFTER.match(p.text, end):
                continue  # a pair of numbers that is told as no result
            value = m.group("score")
            ctx = _context(p.doc, start, end, 1)
            if ctx:
                score = _score(value, ctx, min(p.index, n - 1), n, title, p.text, start) - CAPTION_PENALTY
                out.append(_Candidate(value, ctx, p.text, score, _digits_key(value), 0))
    return out


# captions read for a figure the body does not state, at most this many per article
CAPTION_LINES_MAX = 6
# ... and only one of this many words or more: a caption glued to a sentence the cleaning took out
# with it (a shorter one is a headline, a label or a fragment)
CAPTION_MIN_WORDS = 15
_SCORE_PAIR_RE = re.compile(r"\d{1,2}-\d{1,2}")
_CORE_RE = re.compile(r"[^\s,;:()]*\d[^\s,;:()]*")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace(",", ""))


def _core(value: str) -> str:
    """The written number of a value as the text would repeat it: the word holding its digits
    with the word after a bare number ("40 laps", "3-over-par", "£2million"); a value in words
    without its qualifier ("a tenth")."""
    bare = _norm(_bare(value))
    m = _CORE_RE.search(bare)
    if m is None:
        return bare
    core = m.group(0).strip(".")
    rest = bare[m.end() :].split()
    if re.fullmatch(r"\D?[\d.]+", core) and rest:
        core += " " + rest[0]
    return core


def _stated(value: str, body: str) -> bool:
    """Whether the (normalised) body text already writes the number of ``value``."""
    return re.search(rf"(?<![\w.]){re.escape(_core(value))}(?![\w])", body) is not None


def captions_for_figures(captions: Sequence[str], body: Sequence[str]) -> list[str]:
    """The captions (text the cleaning took out, sentences kept out as credit lines) that hold a
    number the ``body`` sentences never write, without their picture pointers and label: a fact
    told only under a picture. At most ``CAPTION_LINES_MAX``, in order."""
    said = _norm("\n".join(body))
    out: list[str] = []
    for c in captions:
        c = strip_label(without_picture_pointers(c))
        if c in out or len(c.split()) < CAPTION_MIN_WORDS or not _may_hold_figure(c):
            continue
        if any(not _stated(c[a:b], said) for a, b in _number_spans(c)):
            out.append(c)
    return out[:CAPTION_LINES_MAX]


_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _in_clause(doc: Doc, start: int, end: int) -> bool:
    """The number at ``[start, end)`` belongs to a clause: the first verb above it is finite and has
    its subject (a picture's label, a list of prices or a headline has none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return (
        tok.pos_ in ("VERB", "AUX")
        and (
            tok.tag_ in _FINITE_TAGS
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in tok.children)
        )
        and any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in tok.children)
    )


def _caption_stretch(c: _Candidate, text: str) -> str:
    """A figure read from a caption: the caption's stretch its value and context cover, as its line's
    sentence, not the rest of the caption nor other captions glued on (``text``, when either is not
    found in it)."""
    at, ctx_at = text.find(c.value), text.find(c.context)
    if at < 0 or ctx_at < 0:
        return text
    return text[min(at, ctx_at) : max(at + len(c.value), ctx_at + len(c.context))]


def _under_pictures(
    body: list[_Candidate], found: list[tuple[_Candidate, ParsedSentence]], body_text: str
) -> list[_Candidate]:
    """The figures read from captions that the body never writes, weighed below the body's: a sum
    or a share (a count, a term or an age under a picture describes the picture), told in a clause
    of the caption, with the caption's stretch it reads from as its sentence."""
    said = _norm(body_text)
    keys = {c.key for c in body}
    kinds = {(c.key, _kind(c.value)) for c in body}
    out: list[_Candidate] = []
    for c, p in found:
        # (a scoreline of a caption is read by _caption_scorelines; a sum or a share of the body's
        # digits and kind is the body's figure, "Five per cent" under the body's "5 per cent")
        if _stated(c.value, said) or _SCORE_PAIR_RE.fullmatch(c.value) or (c.key, _kind(c.value)) in kinds:
            continue
        at = p.text.find(c.value)
        if at < 0 or _kind(c.value) not in ("money", "share"):
            continue
        if not _in_clause(p.doc, at, at + len(c.value)):
            continue
        c.sentence = _caption_stretch(c, p.text)
        c.score -= CAPTION_PENALTY
        if c.key in keys:
            c.key = (c.value.lower(),)  # another figure with the same digits ("3-over", "3-time")
        c.order = len(body) + len(out)
        out.append(c)
    return out


def extract_figures(
    title: str,
    parsed: Sequence[ParsedSentence],
    captions: Sequence[ParsedSentence] = (),
    removed: Sequence[ParsedSentence] = (),
) -> tuple[Figure, ...]:
    """The article's key figures, most important first, one per distinct number; ``captions`` (the
    sentences the body leaves out as captions) are read for a scoreline alone; ``removed`` (parsed
    captions the cleaning took out or kept out as credit lines, see ``captions_for_figures``) are
    read as a fallback for a sum or a share the body never writes, weighed below the body."""
    cands: list[_Candidate] = []
    n = len(parsed)
    # the clauses cut off sentences as glued-on captions are read after the sentences proper, so a
    # number both tell is explained by the sentence (its first mention with a full context)
    leads = [
        ParsedSentence(index=p.index, text=p.lead_doc.text, doc=p.lead_doc, parsed=True)
        for p in parsed
        if p.lead_doc is not None
    ]
    all_text = "\n".join(p.text for p in [*parsed, *leads]).replace(",", "")
    items = _item_numbers(parsed)
    # (at the article's end: a caption weighs as its last sentence, less CAPTION_PENALTY)
    under = [replace(q, index=max(0, n - 1)) for q in removed if q.parsed and q.doc.has_annotation("DEP")]
    body = [*parsed, *leads]
    read = [*body, *under]
    starts: list[int] = []  # where each sentence's candidates start
    first_age = min((q.index for q in parsed if _AGE_ANY_RE.search(q.text)), default=-1)
    first_named = min(
        (q.index for q in parsed if q.parsed and any(e.label_ == "PERSON" for e in q.doc.ents)), default=-1
    )
    ranking = bool(parsed) and parsed[0].index == 0 and _is_ranking(parsed[0], title)
    pairs: list[_Candidate] = []
    for p in read:
        starts.append(len(cands))
        text = p.text
        covered = 0  # the end of a value widened over the words after it ("three years and four months")
        prev_fig: tuple[int, tuple[str, ...]] = (-1, ())  # where the sentence's last figure ends, its key
        placings = _placings(p, title, ranking)
        named = _ordinals_of_news(p) if NEWS_ORDINALS else {}
        placings += [s for s in named if s not in placings]
        cells = _table_cells(text)
        spans = _number_spans(text)
        spans = sorted(spans + [s for s in placings if not any(a < s[1] and s[0] < b for a, b in spans)])
        for start, end in spans:
            if start < covered or (p.text, start) in items or start in cells:
                continue
            value = text[start:end]
            if re.fullmatch(_ORDINAL, value, re.I):
                # a record ("a fourth title") is a key figure of the lead, not of an aside
                if (p.index >= _LEAD and (start, end) not in placings) or not p.parsed:
                    continue
                record = _RECORD_TAIL_RE.match(text, end)
                # the value says what the ordinal counts: "fourth straight win", never "fourth" alone
                whole = (
                    text[start : record.end()]
                    if record is not None
                    else text[start : named[(start, end)]]
                    if (start, end) in named
                    else value
                )
                ctx = _context(p.doc, start, start + len(whole), _words(whole))
                if ctx:
                    score = _score(value, ctx, p.index, n, title, text, start) - 1.0
                    cands.append(_Candidate(whole, ctx, text, score, (whole.lower(),), len(cands)))
                continue
            multiple_word = _MULTIPLE_WORD_RE.match(text, start)
            if multiple_word and multiple_word.end() == end:
                # a multiple in words is a figure where it qualifies the noun it multiplies, not a
                # verb ("plans to double the fleet") or a count of times ("met twice the next week")
                span = p.doc.char_span(start, end, alignment_mode="expand") if p.parsed else None
                last = span[-1] if span is not None else None
                ctx = _context(p.doc, start, end, _words(value)) if last is not None else ""
                if (
                    ctx
                    and last is not None
                    and last.head.i > last.i
                    and last.head.tag_ in _NOUN_TAGS
                    and not _DURATION.fullmatch(last.head.lower_)
                    and not last.tag_.startswith("VB")
                ):
                    score = _score(value, ctx, p.index, n, title, text, start)
                    cands.append(_Candidate(value, ctx, text, score, (value.lower(),), len(cands)))
                covered = end
                continue
            compared = _MULTIPLE_AS_RE.match(text, start)
            if compared and compared.end() == end:
                # the multiple sizes a comparison when the word after "as" is what it compares: "twice
                # as costly", "twice as many people" (not "twice as a boy", "double as a venue")
                span = p.doc.char_span(start, end, alignment_mode="expand") if p.parsed else None
                ctx = _context(p.doc, start, end, _words(value)) if span is not None else ""
                if ctx and span is not None and span[-1].tag_ in ("JJ", "JJR", "RB", "RBR"):
                    score = _score(value, ctx, p.index, n, title, text, start)
                    cands.append(_Candidate(value, ctx, text, score, (value.lower(),), len(cands)))
                covered = end
                continue
            has_digit = bool(re.search(r"\d", value))
            tally = bool(_TALLY_RE.search(value))
            is_age = bool(re.search(r"-years?-old\b", value) or _WORD_AGE_RE.fullmatch(value))
            if re.fullmatch(r"\d{1,3}", value):
                spaced = _SPACED_AGE_AFTER.match(text, end)
                if spaced:
                    end = spaced.end()  # "a 12 year old", "she is 12 years old": an age without its hyphens
                    value = text[start:end]
                is_age = bool(spaced) or _age_in_headline(text, start, end, title)
            if _HALF_RE.search(value) or (
                not has_digit
                and (
                    _ONE_DURATION_RE.fullmatch(value)
                    or _PERCENT_RE.search(value)
                    or _is_fraction(text, start, end)
                )
            ):
                # "banned for a week", "six per cent": a term or a share in words says its unit
                ctx = _context(p.doc, start, end, _words(value))
                if ctx:
                    score = _score(value, ctx, p.index, n, title, text, start)
                    if _DURATION_MATTERS.search(ctx):
                        score += 2.0
                    cands.append(_Candidate(value, ctx, text, score, _digits_key(value), len(cands)))
                covered = end
                continue
            if is_age and not _age_matters(p, value, title, start, first_age, first_named):
                continue
            if not has_digit and not p.parsed:
                continue
            dated = p.index == 0 and p.parsed and _dates_past_act(p.doc, start, end)
            if not is_age and not dated and _skip(text, start, end, value, p.doc):
                continue
            if (
                has_digit
                and _is_bare_integer(value)
                and _WHOLE_BEFORE.search(text, max(0, start - 60), start)
            ):
                continue  # the whole of a part told before it
            if not has_digit and not tally and not is_age:
                if value[:1].isupper() and text[:start].strip(" (" + OPENING_QUOTE_MARKS):
                    continue  # a capitalised number word inside a sentence is a name: "the Big Ten"
                if not _word_number_counts(p, start, end, value):
                    continue
                run = _RUN_AFTER.match(text, end)
                if run:
                    end = run.end()  # "seven in a row": the run says what the number counts
                found = _head_of(p.doc, start, end)
                past = _counted_past_name(found[1]) if found is not None else None
                widened = past.idx + len(past.text) if past is not None else _with_noun(p.doc, start, end)
                if widened == end:
                    widened = _with_partitive(p.doc, start, end)  # "two of her lifelines"
                if widened == end and _counts_a_far_noun(p.doc, start, end):
                    continue  # "three or four fences", "three Top 10 singles": the line cannot say what it counts
                end = widened
            multiple = _MULTIPLE_AFTER.match(text, end)
            if multiple and has_digit:
                end = multiple.end()  # "40 times the safety limit": a multiple says it is one
            rate = _RATE_AFTER.match(text, end)
            if rate and (
                _UNIT_RE.search(value)
                or _PENCE_RE.search(value)
                or re.search(r"\btimes$", text[start:end], re.I)
            ):
                # a rate belongs to the amount: "£5 a night", "$2 per litre", "four times a day"
                end = rate.end()
            elif has_digit and not _UNIT_RE.search(value) and not _MEASURE_RE.search(value):
                unit = _DURATION_AFTER.match(text, end) or _MEASURED_AFTER.match(text, end)
                par = _TO_PAR_RE.match(text, end)
                if par and (_PAR_RE.search(par.group(0)) or _PAR_RE.search(all_text)):
                    unit = par  # "13 over par", "11 over": a score against par says its side
                if unit:
                    # "18 months", "up to 72 hours", "100 square metres": a duration or a measure
                    # says its unit
                    end = unit.end()
            more = _DURATION_AND.match(text, end) if _DURATION.search(text[start:end]) else None
            if more:
                end = more.end()  # "three years and four months" is one term
            end = _duration_parts(text, start, end)
            per = _RATE_AFTER.match(text, end) if _DURATION_END.search(text[start:end]) else None
            if per:
                end = per.end()  # "40 hours a week": a duration per period is one rate, not two figures
            num_end = end  # the number and its unit, without a counted noun taken into the value
            if _PERCENT_RE.search(text[start:end]):
                comparison = _COMPARED_AFTER.match(text, end)
            else:
                comparison = _COMPARED_THAN.match(text, end) if has_digit else None
            if comparison:
                end = comparison.end()  # "9% higher", "310 more than": a change says which way
            ago = _AGO_WORD.match(text, end) if _DURATION.search(text[start:end]) else None
            if ago:
                end = ago.end()  # "30 years ago": a time anchor says it is one
            elif (
                p.parsed
                and end == num_end
                and (_MEASURE_RE.search(text[start:end]) or _DURATION.search(text[start:end]))
            ):
                end = _with_what_of(p.doc, start, end)  # "2 tons of rice": the unit says what it measures
            if has_digit and p.parsed and _is_bare_integer(value):
                end = _with_plural_noun(
                    p.doc, start, end
                )  # "23 league goals": a bare count says what it counts
                if end == num_end:
                    end = _with_partitive(p.doc, start, end)  # "10 of his finest films"
            elif p.parsed and _PART_RE.fullmatch(value):
                end = _with_noun(p.doc, start, end)  # "71 of the 120 seats": the part says what it counts
            covered = end
            value = text[start:end]
            tier = _TIER_BEFORE.search(text, 0, start) if end == num_end and _is_bare_integer(value) else None
            lo = tier.start() if tier is not None else start  # "the top 10": a tier of a ranking, told whole
            value = text[lo:end]
            ctx = _context(p.doc, lo, end, _words(value))
            paired = _paired_end(text, lo, end, spans) if ctx and p.parsed else None
            if not ctx:
                continue
            score = _score(value, ctx, p.index, n, title, text, start)
            found = _head_of(p.doc, start, num_end) if p.parsed else None
            if found is not None:
                span, head = found
                if head.tag_ in _PLURAL_TAGS and head.i >= span.end:
                    score += 0.8  # counts things
                if _DURATION.fullmatch(head.lower_) or _DURATION.search(_RATE_END.sub("", value)):
                    # a jail term or a contract length: the story turns on it
                    score += (
                        2.0
                        if _DURATION_MATTERS.search(ctx)
                        else 1.0
                        if _DURATION_MATTERS.search(text)
                        else -1.8
                        if _relative_time(p.doc, span, head)
                        else -0.8
                    )
            if is_age or dated:
                score -= 1.0  # an age, a year: they place the story's people and acts, not its sizes
            if _ONE_CASUALTY_RE.match(text, start):
                score += 1.0  # a casualty of one is told in words: never the weaker form of a digit
            if tally:
                # the outcome of a vote; in words it lacks the bonus of a number in digits
                score += 1.0 if has_digit else 2.0
            if re.search(r"\d{1,3}(?:,\d{3})+|million|billion|\d{4,}", value):
                score += 0.5
            if has_digit:
                # a number the article repeats is one it turns on
                repeats = sum(
                    count_number(k.replace(",", ""), all_text)
                    for k in re.findall(r"\d[\d,.]*\d|\d", value)[:1]
                )
                score += 0.6 * min(2, max(0, repeats - 1))
            change = p.parsed and found is not None and _change_size(found[0])
            key = prev_fig[1] if _converts(text, prev_fig[0], start, end) else _digits_key(value)
            cands.append(_Candidate(value, ctx, text, score, key, len(cands), change=change))
            prev_fig = (end, key)
            whole = text[lo:paired] if paired is not None else ""
            if paired is not None and _words(whole) <= MAX_LINE_WORDS // 2:
                # a number and the one it is weighed against make one figure, told as the source tells
                # them ("7%, compared with 30%", "to 22% from 17%"), ranked above either alone (which
                # stay, should a number of the pair be shown elsewhere)
                line = _pair_context(p.doc, text, ctx, (lo, end, paired))
                cands.append(
                    _Candidate(whole, line, text, score, _digits_key(whole), len(cands), change=change)
                )
                pairs.append(cands[-1])
    for pair in pairs:
        alone = [
            c.score
            for c in cands
            if c.sentence == pair.sentence and c is not pair and set(c.key) <= set(pair.key)
        ]
        pair.score = max(alone, default=pair.score) + lex.PAIR_EDGE
    # a figure read from a caption cut off a sentence's start shows the caption's stretch it reads
    # from, as the figures read from removed captions do (the caption's other words may be other
    # captions glued together)
    for j in range(len(parsed), len(body)):
        for c in cands[starts[j] : starts[j + 1] if j + 1 < len(starts) else len(cands)]:
            c.sentence = _caption_stretch(c, c.sentence)
    if under:
        starts.append(len(cands))
        read_from = [
            (c, p) for j, p in enumerate(read) if j >= len(body) for c in cands[starts[j] : starts[j + 1]]
        ]
        cands = cands[: starts[len(body)]]
        cands += _under_pictures(cands, read_from, all_text)
    for c in _caption_scorelines(captions, n, title):
        c.order = len(cands)
        cands.append(c)
    lede = parsed[0].text if parsed else None
    for c in cands:
        c.lede = c.sentence == lede
    out = _select(_one_per_number(cands))
    # the list opens with the lede's weightiest figure, the story's own number: a reader of a digest
    # sees only the first few lines (the record the lede reports before a sum told further down)
    lead = next((c for c in out if c.lede), None)
    if lead is not None and out[0] is not lead:
        out.remove(lead)
        out.insert(0, lead)
    return tuple(Figure(value=c.value, context=c.context, sentence=c.sentence) for c in out)
