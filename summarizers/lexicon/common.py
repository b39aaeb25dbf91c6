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
# the short forms of month names newspapers print ("Jan. 5", "Sept 2014"); "may" has none
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# every name of a month or a weekday and every short form of a month, lower-cased ("Monday 3 May", "Nov 24")
CALENDAR_NAMES = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES, *MONTH_ABBREVIATIONS))

# cardinal numbers written as words, with their value ("fourteen villages" and "14 villages")
_UNIT_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
CARDINAL_VALUES: dict[str, int] = {
    **{w: i for i, w in enumerate(_UNIT_WORDS, start=1)},
    **{w: 10 * i for i, w in enumerate(_TENS_WORDS, start=2)},
    "dozen": 12,
    "hundred": 100,
}

# the digits of a year a news story names, 1800 to 2099 ("in 1968", "the 2030s"): one shape for every rule
# that reads a year, wrapped by each in the anchors it needs
YEAR_SHAPE = r"(?:1[89]|20)\d\d"

MONTH_ALT = "|".join(m.title() for m in MONTH_NAMES)
WEEKDAY_ALT = "|".join(d.title() for d in WEEKDAY_NAMES)
CALENDAR_ALT = f"{WEEKDAY_ALT}|{MONTH_ALT}"
# A month named with its day ("May 2", "2nd May", "the 2nd of May"; not "May 2015"): the month in group m1 or m2,
# the day in d1 or d2.
MONTH_DAY_PATTERN = (
    rf"\b(?P<m1>{MONTH_ALT})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_ALT})\b"
)


def _fold_alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words`` in order, a word that adds one letter to the one before folding into
    it as that letter made optional ("Sep", "Sept" -> "Sept?")."""
    parts: list[str] = []
    for word in words:
        if parts and word[:-1] == parts[-1]:
            parts[-1] = f"{word}?"
        else:
            parts.append(word)
    return "|".join(parts)


MONTH_ABBREVIATION_ALT = _fold_alternation(tuple(a.title() for a in MONTH_ABBREVIATIONS))

# A person's pronouns, by the sex they give ("he" / "his" for a man; actors.py, qa/sexes.py).
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# Courtesy titles before a name, by the sex they give its person ("Ms Ortel", "Sir Ben Ortel").
TITLE_SEXES = {
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "lady": "f",
    "dame": "f",
    "mr": "m",
    "sir": "m",
    "lord": "m",
}
# Titles that stand before a person's name: the courtesy titles above and "Dr" ("Dr Ann Lee"). The
# actors' list adds the forms with a stop (lexicon/actors.py ``HONORIFICS``); same-story clustering
# adds the academic ones and leaves out the peerage (lexicon/cluster.py ``NAME_TITLES``).
NAME_TITLE_WORDS = frozenset({*TITLE_SEXES, "dr"})

# Verbs of saying, by lemma: the core every rule that reads speech shares (a speaker acts, a reported
# plan keeps its frame, an answer quotes what was said). Each module adds the few it alone needs.
SPEECH_LEMMAS = frozenset(
    {
        "accuse",
        "acknowledge",
        "add",
        "admit",
        "announce",
        "argue",
        "call",
        "claim",
        "confirm",
        "declare",
        "deny",
        "describe",
        "explain",
        "insist",
        "note",
        "pledge",
        "predict",
        "promise",
        "quote",
        "report",
        "respond",
        "reveal",
        "say",
        "state",
        "suggest",
        "tell",
        "urge",
        "vow",
        "warn",
        "write",
    }
)

# past forms that do not end in "-ed" (past tense, then past participle when it differs)
IRREGULAR_PAST = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "forecast": ("forecast",),
    "think": ("thought",),
}


def verb_forms(lemma: str) -> frozenset[str]:
    """The lemma and its inflections: "deny" -> deny, denies, denied, denying; "admit" -> admitted."""
    if lemma in IRREGULAR_PAST:
        past: tuple[str, ...] = IRREGULAR_PAST[lemma]
    elif lemma.endswith("e"):
        past = (lemma + "d",)
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past = (lemma[:-1] + "ied",)
    elif lemma in _DOUBLED_FINAL:
        past = (lemma + lemma[-1] + "ed",)
    else:
        past = (lemma + "ed",)
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    else:
        third = lemma + "s"
    if lemma.endswith("e") and not lemma.endswith("ee"):
        ing = lemma[:-1] + "ing"
    elif lemma in _DOUBLED_FINAL:
        ing = lemma + lemma[-1] + "ing"
    else:
        ing = lemma + "ing"
    return frozenset({lemma, third, ing, *past})


# verbs that double their last consonant before "-ed"/"-ing" ("admitted", "regretting")
_DOUBLED_FINAL = frozenset({"admit", "commit", "regret", "submit", "permit", "omit", "refer", "prefer"})
