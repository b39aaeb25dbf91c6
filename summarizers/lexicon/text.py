"""Words and patterns that tell page furniture from story text (``newsbrief.summarizers.text``).

Data only, keyed by lower-cased form. Each entry describes a *kind* of web boilerplate
(a caption, a credit, a picture pointer), never one site's strings.
"""

from __future__ import annotations

from newsbrief.summarizers.lexicon.common import MONTH_ABBREVIATIONS, MONTH_NAMES

# Words that cannot end a clause: a capitalised word after them continues the phrase
# ("the film Fall of an Empire: The Story"), so no caption boundary is there.
PHRASE_WORDS = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
        "but", "as", "into", "onto", "than", "that", "this", "these", "those", "his", "her",
        "their", "its", "our", "my", "your", "said", "says", "told", "tells", "named", "called",
        "dubbed", "president", "minister", "secretary", "chief", "leader", "mr", "mrs", "ms", "dr",
        "when", "if", "because", "while", "where", "whether", "before", "until", "unless",
        "although", "though", "since", "after", "about", "against", "between", "during", "under",
        "over", "without", "within", "through", "via", "per", "like", "near", "including", "not",
        "also", "only", "very", "more", "most", "former", "late", "new", "then", "now",
        "unlike", "despite", "amid", "among", "upon", "towards", "toward",
    }
)  # fmt: skip

# Function words that open a sentence and never continue a name: capitalised in the middle of
# a run of text they start a new sentence ("... in the capital The minister said ...").
SENTENCE_OPENERS = frozenset(
    {
        "he", "she", "they", "it", "we", "you", "but", "however", "meanwhile", "the", "in",
        "this", "these", "those", "his", "her", "their", "its", "now", "after", "when", "while",
        "there", "then", "one", "some", "many", "most", "both", "all", "despite",
        "although", "if", "as", "at", "on", "for", "during", "since", "by", "from", "without",
        "with", "under", "last", "earlier", "later", "according", "that", "and", "so", "yet",
        "like", "unlike",
    }
)  # fmt: skip

# Openers that start a sentence after a lower-case word even when a capitalised word follows them:
# connectives and prepositions that never start a name or a title ("... on the quay In Velmar, ...").
OPENERS_BEFORE_NAMES = frozenset(
    {"in", "at", "during", "since", "despite", "although", "however", "meanwhile", "when", "while",
     "but", "according", "unlike", "like"}
)  # fmt: skip

# Openers that start a sentence even right after a capitalised word ("... with Mayor Ann Lee The
# council said ..."): pronouns, determiners and connectives that never end or continue a name.
STRONG_OPENERS = frozenset(
    {"he", "she", "they", "we", "the", "this", "these", "his", "her", "their", "but", "however", "meanwhile",
     "if"}
)  # fmt: skip

# Capitalised openers in the text's regexes (text.py), each list in its pattern's order, matched capitalised:
# - a word that never continues a name of a credit or an agency ("Photo: Ann Lee The council ..."; ``_NOT_NAME``);
# - openers of a sentence glued on after a lower-case word: followed by a space alone ("... on Friday He
#   said"), or by a lower-case word ("... in 2019 The council met"; ``_GLUE``);
# - words that open the story after a byline and a name ("By Ann Lee The council ..."; ``_LEAD_BYLINE``).
NOT_NAME_OPENERS = ("the", "he", "she", "they", "it", "we", "this", "these", "his", "her", "their", "but", "in",
                    "a", "an", "on", "at")  # fmt: skip
GLUE_OPENERS = ("he", "she", "they", "it", "we", "but", "however", "meanwhile")
GLUE_OPENERS_BEFORE_LOWER = ("the", "in", "this", "these", "his", "her", "their", "its", "now", "after", "when",
                             "while", "officials", "police")  # fmt: skip
BYLINE_END_OPENERS = ("the", "he", "she", "they", "it", "we", "a", "an", "in", "this", "these", "his", "her",
                      "their", "police", "officials", "when", "after", "while")  # fmt: skip

# Articles that open a sentence capitalised mid-text ("... of the crash An inquiry found ..."). "A"
# is also a letter that labels a thing ("vitamin A", "grade A", "Plan A"): not after such a noun,
# nor before a plural ("infra-red A rays": an article stands before no plural).
ARTICLE_OPENERS = frozenset({"a", "an", "another"})
LETTER_NOUNS = frozenset(
    {"vitamin", "grade", "type", "plan", "class", "category", "group", "section", "part", "level",
     "exhibit", "tier", "wing", "gate", "terminal", "platform", "route", "division", "series",
     "league", "option", "item", "point", "row", "block", "floor", "zone", "phase", "stage",
     "schedule", "list", "team", "size", "cup", "unit", "ward", "building", "lane", "hall",
     "road", "line", "blood", "hepatitis", "influenza", "flu", "chapter", "appendix", "annex",
     "model", "version", "batch", "figure", "table", "box", "question", "answer", "bay", "pool",
     "form", "award", "rank", "standard", "star", "step", "stand", "band", "bracket"}
)  # fmt: skip

# Pronouns in their object form end a clause, though "her" also stands before a noun: a word after
# them that never continues a phrase opens a new sentence ("... paid tribute to her And ...").
OBJECT_PRONOUNS = frozenset({"her", "him", "them", "us", "me"})
# determiners that open the name of a thing, never a person's ("the Harbour Cup", "its Velmar Works")
THING_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})

# Words that end a clause only when a new sentence follows: "... the quay looked like this The
# ferries ...".
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})

# A caption label never starts with these: "It says:", "The letter adds:" introduce a quote.
NOT_LABEL_STARTS = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "the", "this", "that", "these", "those", "a", "an",
     "his", "her", "their", "its", "our", "my", "your", "there"}
)  # fmt: skip

# Lower-case abbreviations of four letters or more (and shorter ones) that end with a full stop inside a sentence.
LOWER_ABBREVIATIONS = frozenset(
    {"approx", "incl", "excl", "ibid", "circa", "resp", "esp", "dept", "govt", "corp", "etc", "est",
     "fig", "figs", "vol", "vols", "nos", "pts", "hrs", "mins", "secs", "yds", "lbs", "ozs", "sq", "cit"}
)  # fmt: skip

# Short lower-case abbreviations (two or three letters) that a full stop ends inside a sentence;
# after any other short lower-case word a full stop and a capitalised word end the sentence
# ("... the vote went their way. Ann ...", "... a second cup of tea. Fans ...").
SHORT_ABBREVIATIONS = frozenset(
    {"vs", "no", "nos", "al", "ft", "in", "oz", "lb", "lbs", "pp", "st", "mt", "cf", "op", "ch", "co",
     "jr", "sr", "yr", "yrs", "mr", "mrs", "ms", "dr", "rev", "gen", "col", "lt", "sgt", "cpl", "vol",
     "fig", "ed", "eds", "est", "etc", "inc", "ltd", "plc", "dept", "tel", "ext", "min", "max", "approx",
     "km", "cm", "mm", "kg", "mg", "ml", "hr", "hrs", "sec", "mph", "kph", "am", "pm", "ca", "viz", "seq"}
)  # fmt: skip

# Abbreviated titles and ranks that stand before a name: a full stop after one never ends the
# sentence when a capitalised word follows ("Army Spc. Ann Lee", "Lt. Col. Tom Day", "Cllr. Ruth Ng"),
# though the sentence splitter sometimes ends it there.
TITLE_ABBREVIATIONS = (
    "Lt", "Col", "Gen", "Sgt", "Capt", "Cpt", "Maj", "Adm", "Cpl", "Pvt", "Pte", "Pfc", "Spc", "Brig",
    "Cmdr", "Cdr", "Ens", "Gov", "Sen", "Rep", "Rev", "Msgr", "Fr", "Dr", "Mr", "Mrs", "Ms", "Messrs",
    "Prof", "Supt", "Insp", "Det", "Cllr", "Amb", "Atty", "Hon", "St", "Mt", "Ft",
)  # fmt: skip

# Words a Title-Case headline leaves in lower case.
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "for", "on", "at", "to", "from", "by", "of", "in",
     "with", "as", "vs", "v", "via", "into", "over", "after", "up", "off"}
)  # fmt: skip

# Very common English function words: not content when comparing sentences for repeats.
EN_COMMON = frozenset(
    {
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by",
        "at", "from", "said", "it", "his", "her", "he", "she", "they", "be", "has", "have", "are",
        "were", "will", "not", "but", "an", "its", "this", "which", "who", "after", "their",
        "been", "would",
    }
)  # fmt: skip

# Where a picture is, said inside brackets or between commas: "(pictured)", "(left)",
# "(second from right)", "(behind the mayor, left)", ", pictured with her son in 2019,".
PICTURE_WORDS = (
    "pictured", "above", "below", "left", "right", "centre", "center", "top", "bottom", "inset",
    "main", "far left", "far right", "second left", "second right", "file photo", "file picture",
    "stock image", "stock photo", "stock picture", "circled", "foreground", "background",
    "seen here", "shown here", "l-r", "r-l", "l", "r", "first photo", "second photo", "third photo",
    "last photo", "first picture", "second picture", "last picture", "first image", "second image",
    "file image",
)  # fmt: skip

# ... and the ones that stand alone between commas after a name in a caption: "Ann Lee, left,
# and her sister", "The mayor, second from right, opens the bridge".
COMMA_PICTURE_WORDS = (
    "left", "right", "above", "below", "centre", "center", "inset", "far left", "far right",
    "second left", "second right", "second from left", "second from right", "top left", "top right",
    "bottom left", "bottom right", "left and right", "right and left", "front left", "front right",
    "back left", "back right", "pictured above", "pictured below", "pictured left", "pictured right",
)  # fmt: skip

# ... and the ones that point at a picture wherever they stand between commas, after any word: "The
# harbour's skippers, from left to right, Ann Lee, Tom Day and ...".
WIDE_COMMA_PICTURE_WORDS = (
    "from left to right", "left to right", "from right to left", "right to left", "from left",
    "from right", "clockwise from left", "clockwise from top left", "pictured from left",
)  # fmt: skip

# Credit lines, captions and navigation by shape (regular expressions, case-insensitive unless
# marked): never a source of facts or actors.
CREDIT_PATTERNS = (
    r"\b(?:photo|photograph|picture|image|credit|illustration)s?\s*:",
    r"\((?:photo|image|picture)s?\b",
    r"\b(?:additional|further)\s+reporting\b",
    r"^\s*\(?(?:reporting|writing|editing|compiled|written|reported)\s+by\b",
    r"\bcontributed\s+(?:to\s+this\s+(?:report|article|story)|reporting)\b",
    r"\band\s+agencies\s*$",
    r"^\s*(?:read more|click here|sign up|follow us)\b",
    r"^\s*(?:related|see also|watch|listen|more)\s*:",
    r"\s\|\s.*\s\|\s",
    # "Agency's Ann Lee reported from Lagos, and Tom Day wrote from Accra."
    r"^\s*(?-i:(?:[A-Z][\w.&-]*['’]s\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+(?:reported|wrote)\s+from\s+(?-i:[A-Z])",
    r"^\s*(?:sorry,?\s+)?(?:we\s+are\s+)?(?:not\s+currently\s+accepting|comments?\s+(?:are|is)\s+(?:closed|disabled))\b",
)

# Words before a number that make it part of a name or a thing ("the 2015 final", "his 30
# goals"): a capitalised word after such a number goes on with it, not a new sentence.
DATE_MODIFIERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
     "your", "last", "next", "every", "each", "no", "number", "flight", "route", "at", "apollo"}
)  # fmt: skip

# Capitalised words that go on after a date or a number ("3 May", "10 Downing Street", "9 GMT"):
# no new sentence starts there.
NOT_AFTER_DATE = frozenset(
    {*MONTH_NAMES, *MONTH_ABBREVIATIONS, "gmt", "bst", "est", "edt", "pst", "pdt", "utc", "cet", "am", "pm",
     "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "way", "boulevard", "close",
     "bc", "ad", "ce", "bce", "per", "percent", "million", "billion", "uk", "us"}
)  # fmt: skip

# Prepositions that close a date phrase on a month's name ("... back in November", "... since
# October"): a name right after that month starts a sentence glued on. Months that are also words
# or given names ("May", "March", "June", "August") are left out.
MONTH_CLOSING_PREPS = frozenset({"in", "since", "until", "till", "by", "during"})
MONTH_NOT_CLOSING = frozenset({"may", "march", "june", "august"})

# Plural nouns for a crowd of people, which open sentences ("Residents of the two streets met
# ...", "Fans say ..."): capitalised right after a name, with a lower-case word next, such a
# word opens a sentence glued on (a name goes on with no such word, "Harbour Rovers Supporters
# Trust" with a capital after it). Not "police", which ends the names of forces ("Harbour Police").
CROWD_NOUNS = frozenset(
    {"supporters", "fans", "residents", "protesters", "protestors", "demonstrators", "campaigners",
     "voters", "locals", "villagers", "neighbours", "neighbors", "shoppers", "visitors", "tourists",
     "passengers", "commuters", "spectators", "onlookers", "mourners", "witnesses", "volunteers",
     "rescuers", "workers", "pupils", "students", "parents", "families", "critics", "officials",
     "officers", "firefighters", "troops", "soldiers", "doctors", "nurses", "patients"}
)  # fmt: skip

# Languages the identifier may report for English text: Nigerian Pidgin is English-lexified, and
# short list-shaped English pages (titles, names, numbers) are often scored as it.
ENGLISH_LIKE_LANGUAGES = ("en", "pcm")

# --- captions read from the parse (``newsbrief.summarizers.parse``) ----------------------------------------

# Part-of-speech tags (Penn) of words that cannot end a clause: a capitalised word after them
# continues the sentence, so no caption was glued on there.
NO_CLAUSE_END_TAGS = frozenset(
    {"DT", "PDT", "IN", "CC", "TO", "PRP$", "POS", "MD", "WDT", "WP", "WP$", "EX", "HYPH", "``", "$"}
)  # fmt: skip

# Nouns that introduce a name after them, besides the role and kin words of the actors lexicon:
# "his friend Ann Lee", "substitute Ann Lee", "fellow rapper Ann Lee" (no clause ends between).
NAME_INTRODUCERS = frozenset(
    {"friend", "colleague", "neighbour", "neighbor", "teammate", "team-mate", "rival", "pal",
     "prop", "substitute", "forward", "rapper", "model", "classmate", "flatmate", "housemate",
     "co-star", "victim", "suspect", "fan", "pupil", "student", "patient", "client"}
)  # fmt: skip

# Function words that, capitalised inside a run of parsed text and outside any name, open a sentence
# glued on with no punctuation ("... on the quay Another crew said ...", "... at the Harbour Cup It was
# ..."): determiners, pronouns and connectives that neither end nor continue a name ("A" labels a
# thing, "Plan A"; "One" ends names, "Formula One": neither is here).
GLUED_OPENERS = frozenset(
    {"the", "an", "another", "this", "these", "those", "it", "there", "he", "she", "they", "we", "his",
     "her", "their", "its", "our", "indeed", "however", "meanwhile", "instead", "according"}
)  # fmt: skip

# Tags of a finite verb (or of the auxiliary that makes a verb finite).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Present-tense tags: a caption describes its picture in the present ("Ann Lee arrives at court").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})

# Verbs (lemmas) that describe what a picture shows, in a caption's present tense: "Ann Lee poses
# with the trophy", "The mayor is seen leaving", "The pair are pictured at the opening".
PICTURE_VERBS = frozenset({"pose", "smile", "wave", "picture", "see", "show", "photograph", "snap", "film"})
# ... of these, the ones that describe a picture only in the passive ("is seen", "are shown").
PASSIVE_PICTURE_VERBS = frozenset({"picture", "see", "show", "photograph", "snap", "film"})

# Verbs (lemmas) that take a clause as their complement without "that": "said Monday the
# ministers would meet" is one sentence, not a caption glued to one.
COMPLEMENT_VERBS = frozenset(
    {"say", "tell", "add", "announce", "state", "warn", "claim", "insist", "think", "believe", "know",
     "hope", "fear", "expect", "suggest", "argue", "admit", "deny", "reveal", "confirm", "report",
     "write", "explain", "note", "find", "show", "feel", "mean", "suspect", "realise", "realize",
     "agree", "predict", "estimate", "doubt", "guess", "assume", "understand", "learn", "decide"}
)  # fmt: skip

# Verbs whose object may be a name with a verb of its own ("she saw Ann Lee fall", "they urged Ann
# Lee to stay"): a capitalised word after one goes on with the clause, no glued-on sentence starts
# there. With the complement verbs (and their inflections, ``verb_forms``) and the past forms that
# ``verb_forms`` does not make.
NAME_OBJECT_VERBS = frozenset({"see", "hear", "watch", "notice", "help", "let", "make", "urge", "ask"})
IRREGULAR_OBJECT_PAST = frozenset(
    {"saw", "seen", "heard", "found", "knew", "known", "felt", "meant", "understood", "made"}
)

# Dependency labels of a clause that sits under another clause: a date inside one does not date
# the sentence's main verb.
EMBEDDED_CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "pcomp", "conj", "parataxis"}
)

# Date words that place an event in the past ("yesterday", "last week", "two years ago").
PAST_DATE_WORDS = frozenset({"yesterday", "last", "ago", "earlier", "previous"})

# --- figs12 ---
# units a scale's name follows with a capital ("degrees Celsius"): no sentence starts after them
NAMED_SCALE_UNITS = frozenset({"degree", "degrees"})

# A quotation's marks (``newsbrief.summarizers.text.open_quotation``). An opening mark stands at the
# start or after a space, before a letter or digit ("'We start", "“The"); a closing mark stands
# after a non-space (at least one letter into the quotation) and not before a letter or digit, so the
# apostrophe inside a word ("it's", "Kelby's") is neither, and a plural's possessive ("the traders'
# union") closes only a quotation opened before it.
# The marks themselves are one list each, for every rule that reads quotations (text.py, rank.py, actors.py,
# qa/retrieve.py): a string of the marks, to test a character with ``in`` or to put in a regex class.
OPENING_QUOTE_MARKS = "'\u2018\"\u201c"
CLOSING_QUOTE_MARKS = "'\u2019\"\u201d"
OPENING_QUOTE_PATTERN = rf"(?:^|(?<=\s))([{OPENING_QUOTE_MARKS}])(?=\w)"
CLOSING_QUOTE_PATTERN = rf"(?<=\S)[{CLOSING_QUOTE_MARKS}](?!\w)"
# an opening mark -> the mark that closes its quotation
QUOTE_PAIRS = dict(zip(OPENING_QUOTE_MARKS, CLOSING_QUOTE_MARKS, strict=True))
# every mark, opening or closing, once: what ``str.strip`` takes off a word or name in quotation marks
QUOTE_MARKS = "".join(dict.fromkeys(OPENING_QUOTE_MARKS + CLOSING_QUOTE_MARKS))

# Verbs of saying (lemmas; their forms by ``verb_forms``) that tell a quotation, a speaker's colon or
# a clause of speech from page furniture: a label or caption with one is a sentence's own words ("Ann
# Lee said: ...", "..., she told the court"): the commonest of ``common.SPEECH_LEMMAS``, and "ask".
TEXT_SPEECH_VERBS = ("say", "tell", "add", "write", "ask", "explain", "insist")
