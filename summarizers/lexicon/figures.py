"""Words and shapes that key figures read: units, scales, number words, what makes a number a
date, an age, a code or a phone number, and what makes it matter. Data only, lower-cased."""

from __future__ import annotations

from newsbrief.summarizers.lexicon.actors import PERSON_KIND_NOUNS, WORK_NOUNS
from newsbrief.summarizers.lexicon.common import (
    CARDINAL_VALUES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
)
from newsbrief.summarizers.lexicon.steps import LINKING_LEMMAS

MONTHS = (*MONTH_NAMES, *MONTH_ABBREVIATIONS)
# the verbs a predicate adjective hangs on, whose subject a number on it sizes ("was worth £2m")
PREDICATE_LINKS = LINKING_LEMMAS
WEEKDAYS = WEEKDAY_NAMES

# cardinal number words a figure may be written in ("three fishermen", "tens of thousands")
NUMBER_WORDS = (
    "tens of thousands",
    "hundreds of thousands",
    "tens of millions",
    "hundreds of millions",
    "hundreds",
    "thousands",
    "millions",
    "dozens",
    # "two" to "ninety" and "hundred", from the shared cardinal words
    *(w for w in CARDINAL_VALUES if w not in ("one", "dozen")),
)
# the nouns of a tally that is one result, "by 64 votes to 31", "by nine votes to four"
TALLY_NOUNS = ("votes", "vote", "ballots")
# the words between the two sides of a tally
TALLY_LINKS = ("to", "against")
# "one in five", "two out of three": a share written in words or digits
SHARE_HEADS = ("one", "two", "three", "four", "nine")
# the words before the whole of a part told with it ("71 of the 120 seats"): one figure
PART_OF_WHOLE = ("the", "its", "their", "his", "her", "our", "all")
# the words that narrow a whole to a stretch of a run, "four of his past six", "eight of the opening 12"
PART_WHOLE_STRETCH = ("last", "final", "first", "past", "previous", "opening", "next", "remaining")
# the verbs of a casualty: a single person they befall is a count the news turns on ("one man died")
CASUALTY_VERBS = ("died", "killed", "injured", "wounded")
# the words between two days of one month, "Jan 9 and 10", "3 to 5 May": the second number is a date too
DAY_JOINS = ("and", "or", "to", "-", "\u2013")
# how far a pair of numbers weighed against each other ranks above the better of its numbers told alone
PAIR_EDGE = 0.05
# the adjectives of a whole that bounds a part told before it ("286 from a possible 300")
WHOLE_BOUNDS = ("possible", "potential", "maximum")

# a scale after the number ("2.3 million", "£7bn")
SCALES = ("million", "billion", "trillion", "thousand", "bn", "mn", "m", "k", "tn", "trn", "crore", "lakh")
CURRENCY_SYMBOLS = ("US$", "A$", "C$", "HK$", "NZ$", "$", "\u20ac", "\u00a3", "\u00a5", "\u20b9")
CURRENCY_WORDS = (
    "euros?",
    "dollars?",
    "pounds?",
    "yen",
    "yuan",
    "francs?",
    "rupees?",
    "pence",
    "cents?",
    "kroner",
    "kronor",
    "krona",
    "rubles?",
    "roubles?",
    "rand",
    "naira",
    "shillings?",
    "pesos?",
    "lira",
    "zloty",
    "forints?",
    "rupiah",
    "won",
    "dinars?",
    "dirhams?",
    "riyals?",
)
PERCENT_WORDS = ("%", "per cent", "percent", "percentage points?", "percentage point", "pc")
# units written right after a number (abbreviations may touch it: "40km")
MEASURE_ABBREVIATIONS = (
    "°C",
    "°F",
    "C",
    "F",
    "km",
    "kg",
    "cm",
    "mm",
    "mph",
    "km/h",
    "kph",
    "ft",
    "sq km",
    "mw",
    "gw",
    "kw",
    "mb",
    "gb",
    "lb",
    "lbs",
    "oz",
)
# units glued to a number that ends in 0, 2-9 or 11, where no ordinal ends ("12.5st", "7st" for stone;
# "21st" is an ordinal)
GLUED_UNITS = ("st",)
MEASURE_WORDS = (
    "metres?",
    "meters?",
    "kilometres?",
    "kilometers?",
    "miles?",
    "tonnes?",
    "tons?",
    "kilograms?",
    "pounds",
    "litres?",
    "liters?",
    "gallons?",
    "barrels?",
    "hectares?",
    "acres?",
    "degrees?",
    "feet",
    "foot",
    "inches",
    # a body weight (14 pounds; its plural is "stone": "lost seven stone")
    "stone",
    "megawatts?",
    "gigawatts?",
)
# words before a number that say how exact it is; they belong to the value ("more than 2,000")
QUALIFIERS = (
    "up to",
    "more than",
    "less than",
    "fewer than",
    # a cap, said with its negation: "no more than 40%" is at most 40%, never more than it
    "no more than",
    "no less than",
    "no fewer than",
    "at least",
    "at most",
    "as many as",
    "as much as",
    "as few as",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "over",
    "some",
    "approximately",
    "an estimated",
    "just over",
    "just under",
    "under",
    "close to",
)
# a sign said in words before a number, part of the number itself: "minus 12 degrees" is not 12 degrees
SIGN_WORDS = ("minus",)
# words that make a round number a vague count of its own, "several hundred", "a few thousand": the
# count is the whole phrase, never the round number alone
VAGUE_ROUND_LEADS = ("several", "a few", "a couple of", "many")
# (the round numbers a count in words already reads; "a few million" stays a vague size, no figure)
ROUND_NUMBER_WORDS = ("hundred", "thousand")
# units of time: a number of these is a duration, a figure only when the story turns on it
DURATION_UNITS = (
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
)
# what a duration must be about to matter: a sentence, a term, a contract, a wait
DURATION_MATTERS = (
    "jail",
    "jailed",
    "prison",
    "imprisoned",
    "sentence",
    "sentenced",
    "term",
    "ban",
    "banned",
    "suspended",
    "suspension",
    "deal",
    "contract",
    "trapped",
    "stuck",
    "missing",
    "strike",
    "walkout",
    "ceasefire",
    "truce",
    "siege",
    "lockdown",
    "custody",
    "detained",
    "detention",
    "drifting",
    "adrift",
    "lease",
    "moratorium",
)
# words right before a small number that make it a label, not a count ("No 7", "Route 9")
LABEL_WORDS = (
    "no",
    "no.",
    "nos",
    "nos.",
    "number",
    "route",
    "article",
    "section",
    "chapter",
    "room",
    "flight",
    "platform",
    "gate",
    "bus",
    "line",
    "page",
    "channel",
    "version",
    "level",
    "stage",
    "phase",
    "grade",
    "category",
    "class",
    "tier",
    "unit",
    "ward",
    "bed",
    "apartment",
    "suite",
    "seat",
    "pier",
    "junction",
    "exit",
    "highway",
    "interstate",
    "act",
)
# a distance before a direction and "of" places something ("25 miles north of the city"): a setting
COMPASS_WORDS = (
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
)
STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "way", "boulevard", "close")
# nouns a telephone or emergency number stands before ("a 999 call")
PHONE_NOUNS = (
    "call",
    "calls",
    "dispatch",
    "dispatcher",
    "operator",
    "operators",
    "line",
    "hotline",
    "number",
)
# words before a number that make it a baseline, not the news ("up from 6%")
BASELINE_CUES = (
    "up from",
    "down from",
    "previous",
    "previously",
    "compared with",
    "versus",
    "vs",
    "vs.",
    "had expected",
    "expected",
)
# what others predicted, after the number ("... 3% economists had expected")
EXPECTATION_CUES = ("expected", "forecast", "estimated")
# counted nouns that make a number the heart of a story: people, losses, votes, homes
WEIGHTY_NOUNS = (
    "people",
    "persons",
    "jobs",
    "workers",
    "employees",
    "staff",
    "deaths",
    "dead",
    "victims",
    "casualties",
    "injured",
    "wounded",
    "children",
    "civilians",
    "patients",
    "passengers",
    "cases",
    "infections",
    "voters",
    "members",
    "residents",
    "troops",
    "soldiers",
    "fighters",
    "refugees",
    "migrants",
    "immigrants",
    "students",
    "homes",
    "houses",
    "buildings",
    "vehicles",
    "cars",
    "votes",
    "seats",
    "businesses",
    "customers",
    "men",
    "women",
    "inmates",
    "prisoners",
    "officers",
    "police",
    "protesters",
    "lives",
    "places",
    "losses",
    "loss",
    "profit",
    "profits",
    "revenue",
    "sales",
    "cost",
    "costs",
    "fine",
    "debt",
    "debts",
    "aid",
    "loan",
    "bailout",
    "tons",
    "tonnes",
    "counts",
    "charges",
    "offences",
    "offenses",
)
# nouns that count a group without a plural form: a number before them is a count ("300 staff")
GROUP_NOUNS = (
    "staff",
    "crew",
    "personnel",
    "police",
    "people",
    "cattle",
    "livestock",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "military",
    "infantry",
    "workforce",
)
# verbs whose object count is the event itself ("killed 14", "arrested nine")
WEIGHTY_VERBS = (
    "killed",
    "kill",
    "died",
    "injured",
    "wounded",
    "arrested",
    "charged",
    "rescued",
    "evacuated",
    "displaced",
    "fined",
    "cost",
    "lost",
    "raised",
    "cut",
    "rose",
    "fell",
    "jumped",
    "dropped",
    "paid",
    "sentenced",
    "jailed",
    "executed",
    "beheaded",
    "pleaded",
    "convicted",
    "admitted",
)
# relative pronouns: a figure's context reaches back to what they stand for
RELATIVES = ("who", "which", "that", "whom", "whose")
# words that must not end a figure's context (a phrase cut after them reads unfinished)
DANGLING = (
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "but",
    "to",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "with",
    "as",
    "than",
    "while",
    "who",
    "which",
    "that",
    "its",
    "their",
    "his",
    "her",
    "including",
)
# a figure's context that ends on a word hanging on one after its end reads unfinished: these
# dependencies and tags are of words that need what they hang on ("was" before its participle, "the"
# before its noun, "never" before its verb); a subject or an object that does is a whole phrase
DANGLING_DEPS = frozenset(
    ["aux", "auxpass", "neg", "det", "mark", "cc", "poss", "case", "predet", "prep", "expl", "prt"]
)
# the words of a verb group before its verb: an adverb after one of them waits for the verb too
VERB_GROUP_DEPS = frozenset(["aux", "auxpass", "neg", "nsubj", "nsubjpass"])
DANGLING_TAGS = frozenset(["DT", "PRP$", "WDT", "WP", "IN", "TO", "MD", "CC", "POS", "EX"])
# words that must not start one
LEADING = ("and", "but", "so", "while", "yet", "or", "because", "although", "though", "as", "when")
# prepositions that say how a number that follows them relates ("fell to 4%", "up from 6%")
RELATING = ("to", "from", "at", "by", "of", "in", "on", "for", "with", "than", "over", "under", "into", "per")
# prepositions that need the noun before them: a context never opens on one ("of the 300 seats")
HEADLESS = ("of",)
# subordinators that make a count hypothetical; a context keeps them ("if 5,000 nurses strike ...")
CONDITIONALS = ("if", "unless", "whether")
# what a rate is per, after "a" or "per": "£5 a night", "20 cents per litre"
RATE_UNITS = (
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "month",
    "year",
    "head",
    "person",
    "litre",
    "liter",
    "gallon",
    "kilo",
    "kilogram",
    "mile",
    "kilometre",
    "kilometer",
    "share",
    "barrel",
    "tonne",
    "ton",
    "unit",
)
# determiners that make a small count a reference back ("the two sides"), not a new figure
DEFINITE = ("the", "these", "those", "both")
# prepositions that make a small count an aside ("with two friends", "watched by two neighbours")
ASIDE_PREPS = ("with", "by", "between", "alongside", "among")
# ordinals that make a figure when they count a record ("a fourth title", "a third straight win")
ORDINALS = (
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "20th",
)
RECORD_NOUNS = (
    "appearance",
    "goal",
    "cap",
    "start",
    "race",
    "season",
    "award",
    "anniversary",
    "title",
    "titles",
    "crown",
    "championship",
    "term",
    "medal",
    "trophy",
    "win",
    "victory",
    "defeat",
    "record",
    "consecutive",
    "straight",
    "successive",
    # the minute of a goal in a match report ("an 89th-minute penalty"), a finishing place
    "minute",
    "place",
)
# the records an ordinal names joined to it by a hyphen ("an 89th-minute penalty"; "a fourth-term
# mayor" reads as a description, not a count)
RECORD_COMPOUNDS = ("minute",)
# verbs (lemmas) whose ordinal complement is a finishing position: "finished third", "came second"
PLACING_VERBS = ("finish", "come", "place")
# words after "a month", "a year" that make it a time ago, not a rate ("4.3% a month earlier"), and
# after a duration that make it a time anchor ("two years ago", "three days before the vote")
RELATIVE_TIME = ("earlier", "later", "ago", "before", "after", "previously", "on", "from", "since", "into")
# a time of day written with a point ("at 11.30"), not an amount: the preposition before it, and the
# words for a part of the day that tell the sentence is about a moment (not a day's name: "closed
# at 4.50 on Tuesday" may be a price)
CLOCK_LEADS = ("at", "by", "until", "till", "around", "from")
DAY_PARTS = (
    "morning",
    "afternoon",
    "evening",
    "night",
    "midnight",
    "noon",
    "dawn",
    "tonight",
)
# words before a duration that make it a time anchor ("the past three weeks", "the next two days")
TIME_ANCHORS = ("past", "last", "next", "previous", "coming", "first", "final", "recent", "within", "on")
# words around a number that make it page furniture, not news ("5 min read", "Photo 3 of 10")
CHROME_AFTER = ("min read", "mins read", "minute read", "minutes read", "comments", "shares")
CHROME_BEFORE = ("photo", "photos", "image", "images", "picture", "slide", "gallery", "comments", "page")
# what makes a duration a time ago, on a page as in a story ("posted 2 hours ago")
TIME_AGO = ("ago",)
# a time stamp of page furniture ("2 hours ago") is in these units; "30 years ago" in a sentence is
# the story's own time line, page furniture only as a fragment of its own ("3 days ago")
CHROME_AGO_UNITS = ("second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs")
CHROME_FRAGMENT_WORDS = 6
# words after a number that make it the old value of a change: "against 4.1 million previously"
BASELINE_AFTER = ("previously", "a year earlier", "a year before", "the year before", "the previous year")
# "from" makes the number after it a baseline only in a change: "rose from 5% to 8%", "cut from £9m",
# not in "runners from 40 countries" or "nothing heard from them in nine days"
CHANGE_WORDS = (
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "increased",
    "increase",
    "decreased",
    "decrease",
    "dropped",
    "drop",
    "grew",
    "grow",
    "grown",
    "climbed",
    "climb",
    "jumped",
    "slid",
    "slipped",
    "cut",
    "reduced",
    "raised",
    "lowered",
    "shrank",
    "plunged",
    "soared",
    "surged",
    "tumbled",
    "slashed",
    "changed",
    "moved",
    "went",
    "up",
    "down",
    "higher",
    "lower",
)
# words after a number that make it the new value of a change ("47%, up from 39%")
CHANGE_CUES = (
    "up from",
    "down from",
    "compared with",
    "compared to",
    "against",
    "from",
    "versus",
    "a rise from",
    "a fall from",
)

# the single units a duration written "one week", "a year" may have: a term that matters
# ("banned for a week", "one year still to run on her lease") when the sentence says so
SINGLE_DURATION_UNITS = ("day", "week", "fortnight", "month", "year", "decade")
# words after "a week", "one year" that make it a time anchor, not a term ("a year ago")
TIME_AGO_WORDS = ("ago", "earlier", "later", "previously", "before", "since")
# words before "a day", "a week" that make it a rate, not a term ("twice a day", "£5 per week")
RATE_LEADS = ("once", "twice", "times", "per", "each", "every")
# words that cannot stand between an ordinal and the record it counts ("second respectively in terms")
GAP_STOPS = (
    "in",
    "of",
    "at",
    "on",
    "for",
    "to",
    "the",
    "a",
    "an",
    "by",
    "with",
    "from",
    "and",
    "or",
    "as",
    "than",
    "time",
)
# verbs right before a bare number that make it a person's age ("who turned 64", "as he nears 80")
AGE_VERBS = ("turned", "turns", "turning", "turn", "nears", "nearing", "reached", "reaches", "hits", "hit")
# the comparatives after a number that say which way a change or a difference goes ("9% higher",
# "310 more than in May")
COMPARED_WORDS = (
    "higher",
    "lower",
    "more",
    "less",
    "fewer",
    "cheaper",
    "dearer",
    "bigger",
    "smaller",
    "greater",
)
# the qualifiers of a threshold: "2,300 passengers waited more than six hours" counts those past it,
# and the threshold is what the count is of, not a figure of its own
THRESHOLD_QUALIFIERS = ("more than", "over", "longer than", "at least", "upwards of")
# verbs right before a short number that make it a phone number ("dialled 999", "rang 112")
CALL_VERBS = (
    "call",
    "calls",
    "called",
    "calling",
    "dial",
    "dials",
    "dialled",
    "dialed",
    "dialling",
    "dialing",
    "ring",
    "rang",
)
# numbers written like odds or fractions that are names or idioms: "open 24/7", "after 9/11"
SLASH_NAMES = ("24/7", "9/11", "7/7", "24/365")

# a multiple in words, a figure of its own before what it multiplies ("more than double the limit")
MULTIPLE_WORDS = ("double", "twice", "treble", "triple", "quadruple")
# what a multiple in words multiplies opens with one of these ("twice the average", "triple its size")
MULTIPLE_OBJECTS = ("the", "its", "their", "his", "her", "that", "what")

# Words after "N times" that make it a multiple of something ("40 times the limit", "three times as
# many", "ten times higher"), not a count of occasions ("scored 12 times").
MULTIPLE_FOLLOWERS = (
    "the",
    "as",
    "more",
    "higher",
    "greater",
    "larger",
    "bigger",
    "lower",
    "smaller",
    "faster",
    "that",
    "what",
    "its",
    "their",
    "his",
    "her",
)

# --- figs11 ---
# prepositions that date an act by its year ("a raid in 1897"): such a year in the lede is a figure
YEAR_PREPS = ("in",)
# words before a unit of measure that belong to it ("cubic metres", "square miles")
MEASURE_PREFIXES = ("cubic", "square")
# lemmas of verbs that tell a change of a level: the number they take is the size of the change
# ("rose 12%", "grew by 300", "cut by a third"), news beside the level it reached
CHANGE_LEMMAS = (
    "rise",
    "fall",
    "grow",
    "increase",
    "decrease",
    "drop",
    "climb",
    "jump",
    "slide",
    "slip",
    "decline",
    "shrink",
    "plunge",
    "soar",
    "surge",
    "tumble",
    "gain",
    "swell",
    "dip",
    "sink",
    "expand",
    "contract",
)
# adverbs that tell a change with its size after them ("up 12 per cent", "down 300 on the year")
CHANGE_ADVERBS = ("up", "down")

# --- figs12 ---
# a numbered list glued onto its items' sentences ("... with cold tea 5."): a number closing a sentence
# is an item's number when the next or last number of the count closes a sentence at most this many
# sentences away, and an article has at least ITEM_NUMBER_MIN of them
ITEM_NUMBER_REACH = 3
ITEM_NUMBER_MIN = 3
# words of sequence between "the" and a count of contests (RUN_NOUNS) that make it a run ("the last
# four defeats", "the final three races"), not a reference back to things already told ("the two sides")
SEQUENCE_WORDS = ("last", "final", "first", "next", "previous", "past", "remaining", "opening", "closing")
# lemmas of the contests and results a run counts
RUN_NOUNS = (
    "game",
    "match",
    "fixture",
    "race",
    "round",
    "contest",
    "bout",
    "fight",
    "tournament",
    "election",
    "season",
    "win",
    "victory",
    "defeat",
    "loss",
    "draw",
    "outing",
    "appearance",
    "start",
    "test",
    "leg",
)
# lemmas of margins and sanctions that a count in a contest's units sizes ("a four-match ban", "a
# four-point lead", "a two-match suspension"): a number in words before them is a figure
MARGIN_NOUNS = (
    "ban",
    "suspension",
    "deduction",
    "penalty",
    "deficit",
    "lead",
    "advantage",
    "cushion",
    "gap",
    "margin",
    "swing",
    "run",
    "streak",
)
# a word after a number this many times in one sentence is a column of a table of statistics glued
# into it ("61 apps, 19 goals ... 38 apps, 24 goals") when another column comes as often: the numbers
# of its rows are no figures of the story
TABLE_REPEATS = 3
# subordinators after a duration that make it the time between two events ("nine weeks after her
# sister drowned"), where the lede tells them
INTERVAL_MARKS = ("after", "before")
# adverbs after a count that make it a time anchor whatever it counts ("four seasons later", "three
# elections ago"), like a duration's RELATIVE_TIME
ANCHOR_ADVERBS = ("later", "earlier", "ago", "prior")

# --- figs13 ---
# a part of a whole written in words, before the "of" of what it divides ("a quarter of all voters",
# "two-thirds of its budget", "six hundredths of a metre"): a share, one figure
FRACTIONS = (
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "seventh",
    "sevenths",
    "eighth",
    "eighths",
    "ninth",
    "ninths",
    "tenth",
    "tenths",
    "hundredth",
    "hundredths",
    "thousandth",
    "thousandths",
)
# the result a scoreline is told as ("a 3-1 win", "beat them 3-0"): a scoreline in a caption glued
# among captions is read for this alone, the result of a match report often being told nowhere else
RESULT_NOUNS = (
    "win",
    "victory",
    "defeat",
    "loss",
    "draw",
    "thrashing",
    "triumph",
    "success",
    "home win",
    "away win",
)
RESULT_VERBS = ("won", "beat", "lost", "drew", "defeated", "thrashed", "edged", "drawn", "beaten")
# how many words may stand between a number in words and the noun it counts, taken into its value
# ("seven straight Harbour Cup defeats")
COUNTED_NOUN_REACH = 3
# words before a bare number that make it a tier of a ranking ("a top 20 finish", "the bottom 3"): the
# word belongs to the value, the number alone counts nothing
TIER_WORDS = ("top", "bottom")
# --- figs15 ---
# measure words missing from MEASURE_WORDS in the singular: "inch" sizes a thing in a hyphenated
# compound ("a nine-inch blade") as "foot" does
MORE_MEASURE_WORDS = ("inch",)
# the unit of a hyphenated compound that counts the occasions of a title or role ("a four-time
# winner"); "one-time" (former) is never taken as a number in words, so it stays out
OCCASION_UNITS = ("time",)
# --- figs19 ---
# words before a year cut to two digits after an apostrophe ("since '87", "the class of '04", "the
# '90s"): a year, never a count
SHORT_YEAR_LEADS = ("in", "since", "of", "from", "until", "till", "by", "the", "and", "to")
# an era after or before a number makes it a year ("1100 BC", "AD 79"); matched with its case
ERA_AFTER = ("BC", "BCE", "AD", "CE", "B.C.", "A.D.")
ERA_BEFORE = ("AD", "A.D.")
# "on 23 minutes": a number of minutes after "on" is the moment of a match something happened at
MOMENT_LEADS = ("on",)
MOMENT_UNITS = ("minutes", "minute", "mins", "min")
# a determiner that says no such group exists ("no two teams are alike"): the number counts nothing
NO_COUNT_DETS = ("no",)
# nouns that stand for people or things named elsewhere ("two others kept watch"): a number of them
# restates a group the story already told, a figure only when it is the event (a weighty verb)
ANAPHORIC_NOUNS = ("others",)
# the scales written as words ("a million", "five billion"), and those a share in words may be of ("half a
# million", "two-thirds of a billion": one sum)
WORD_SCALES = ("million", "billion", "trillion")
# nouns (lemmas) of the telling, not of the news: a count of them in words ("two separate issues",
# "three reasons", "two versions of the painting") is how a story is framed, not a figure of it
DISCOURSE_NOUNS = (
    "thing",
    "issue",
    "way",
    "reason",
    "factor",
    "aspect",
    "question",
    "option",
    "kind",
    "type",
    "sort",
    "version",
)
# a pair of people told past the lede ("greeted two children") is a detail of the telling unless a
# weighty verb acts on it: the number word of a pair and the nouns for people (WordNet's person kind)
PAIR_WORDS = ("two",)
PERSON_NOUNS = PERSON_KIND_NOUNS | frozenset(["people", "person", "persons"])
# verbs (lemmas) that make what they govern a wish, a demand or a refusal, not an event: "wants a
# second vote", "called for a third inquiry", "ruled out a fourth term" count nothing that happened
WISHED_LEMMAS = ("want", "demand", "seek", "urge", "call", "push", "oppose", "reject", "rule", "fear", "hope")
# nouns an ordinal picks out one part of a sequence with, not one more of a thing: "a fifth set",
# "a second round", "for a third time"
SEQUENCE_PARTS = (
    "set",
    "round",
    "half",
    "quarter",
    "leg",
    "stage",
    "innings",
    "period",
    "frame",
    "hole",
    "lap",
    "time",
    "floor",
    "generation",
)
# a score against par (golf): "finished 13 over par", "is 14-under-par", and "missed the cut on 11
# over" in a story that tells par; the side of par is part of the figure, which is not the bare
# number of the same digits ("a 14-time winner")
PAR_SIDES = ("over", "under")
PAR_WORD = "par"
# what closes a run after a number in words that names no noun ("won seven in a row", "losing five
# on the trot"): the run is what it counts
RUN_TAILS = ("in a row", "on the trot", "in succession")
# the units of a hyphened count of a group's members ("a three-man shortlist", "a seven-member
# council", "a 400-strong crowd"): the number is the size of the group
GROUP_UNITS = ("man", "woman", "person", "member", "strong")
# the units of an age written in words ("a four-month-old foal", "the nine-year-old"): an age like
# "a 14-year-old", a figure in the first sentence or the headline
AGE_UNITS = ("year", "month", "week", "day")
# nouns after a capitalised "Under 20" (or "U20", "U-19"): an age group's team or contest, not an
# amount ("the Under 20 side", "at Under 17 level"); a lower-case "under 20 teams" stays a count
AGE_GROUP_NOUNS = (
    "side",
    "sides",
    "team",
    "teams",
    "squad",
    "squads",
    "international",
    "internationals",
    "level",
    "coach",
    "manager",
    "boss",
    "captain",
    "championship",
    "championships",
    "tournament",
    "league",
    "world",
    "euro",
    "euros",
)
# nouns right before a number that is a work's title ("the film 300", "her song 22 Reasons"): a name
TITLE_NOUNS = tuple(sorted(WORK_NOUNS))
# verbs whose infinitive did not (or will not) happen ("failed to count", "refused to pay"): a figure line
# cut below them would state the opposite, so it keeps them or is not cut there (lemmas)
NEGATING_LEMMAS = frozenset({"fail", "refuse", "decline", "neglect", "cease", "stop", "avoid", "deny"})
# the words that set a number beside the one it is weighed against, one figure with both numbers: "fell
# by 7%, compared with 30%", "61% against the 90% required", "£40,000 rather than £25,000"
COMPARISON_LINKS = ("compared with", "compared to", "against", "rather than", "versus", "vs", "vs.")
# the link of a new level told before its old one, after a change to it: "rose to 22% from 17%"
BEFORE_LINKS = ("from",)
# what may stand between a link and the number it links: "against the 95% needed"
LINKED_DETERMINERS = ("the", "a")
