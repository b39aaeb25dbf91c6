"""Word lists the answerer reads (summarizers/qa), keyed by lower-cased form or spaCy lemma. Data only."""

from __future__ import annotations

from newsbrief.summarizers.lexicon.common import (
    CALENDAR_ALT,
    CARDINAL_VALUES,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    MONTH_ABBREVIATION_ALT,
    MONTH_ALT,
    WEEKDAY_ALT,
    YEAR_SHAPE,
)
from newsbrief.summarizers.lexicon.common import SPEECH_LEMMAS as COMMON_SPEECH
from newsbrief.summarizers.lexicon.text import OPENING_QUOTE_MARKS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# number words, longest first ("seventeen" before "seven")
_CARDINAL_ALT = "|".join(sorted(CARDINAL_VALUES, key=len, reverse=True))

# Words that carry no content in a question ("What did the ... say about ...?").
QUESTION_STOP = _words(
    "a an the of in on at to for from by with and or but as is are was were be been being am do does "
    "did done has have had having will would shall should can could may might must what which who "
    "whom whose when where why how that this these those there their they them it its he she him her "
    "his i me my we us our you your yours so than then too very just also about into over after "
    "before since up down out off again any some all each both other such only same not no nor "
    "more most much many few one's s t 's"
)

# Two-word phrases read as one key (first word's lemma, second word as written): "fell ill" is an illness,
# not a fall (a decrease); "passed away" a death. Tried and left out (a held-half follow-up lost):
# "step down", "take part", "take place", "break out", "call off", "set fire".
PHRASE_KEYS: dict[tuple[str, str], str] = {
    ("fall", "ill"): "ill",
    ("fall", "sick"): "ill",
    ("become", "ill"): "ill",
    ("pass", "away"): "die",
}

# "-ly" adverbs of degree or hedging kept as written: read as their adjectives they would match other
# words ("nearly 40" is not "near", "hardly" not "hard", "lately" not "late")
DEGREE_ADVERBS = _words(
    "nearly hardly barely lately shortly largely mostly merely simply really fairly pretty roughly "
    "partly highly directly presently"
)

# Lemma classes that mean the same thing in news ("died" / "death" / "killed"). Every member maps to
# the class's first word, on both the question's side and the sentence's side.
RELATED_LEMMAS: tuple[tuple[str, ...], ...] = (
    ("die", "death", "dead", "kill", "fatality", "fatal", "killing", "toll"),
    ("injure", "injury", "injured", "hurt", "wound", "wounded"),
    ("arrest", "detain", "detention", "custody"),
    ("buy", "purchase", "acquire", "acquisition", "takeover"),
    ("sell", "sale", "sold"),
    ("pay", "payment", "repay", "repayment"),
    ("cost", "price", "fee"),
    ("win", "victory", "beat", "won", "winner"),
    ("lose", "defeat", "loss", "lost"),
    ("say", "tell", "state", "claim", "insist", "add", "comment", "statement", "remark"),
    ("warn", "warning", "caution"),
    ("decide", "decision", "rule", "ruling", "verdict"),
    ("charge", "accuse", "accusation", "allege", "allegation"),
    ("sentence", "jail", "prison", "imprison", "jailed"),
    ("marry", "marriage", "wedding", "wed", "wife", "husband"),
    ("divorce", "divorcee", "divorced"),
    ("elect", "election", "vote", "poll", "ballot"),
    ("investigate", "investigation", "probe", "inquiry"),
    ("announce", "announcement", "unveil", "reveal"),
    ("plan", "intend", "intention", "aim", "propose", "proposal"),
    ("begin", "start", "launch", "open", "spark", "trigger"),
    ("end", "finish", "close", "conclude"),
    ("increase", "rise", "grow", "growth", "jump", "soar", "climb", "raise"),
    ("decrease", "fall", "drop", "decline", "cut", "reduce", "reduction", "plunge"),
    ("attack", "assault", "strike", "raid"),
    ("shoot", "shooting", "gunman", "gun", "shot"),
    ("bomb", "bombing", "explosion", "blast", "explode"),
    ("crash", "collision", "collide"),
    ("live", "life", "reside", "resident", "home"),
    ("child", "kid", "son", "daughter", "baby", "birth"),
    ("parent", "mother", "father", "mum", "dad"),
    ("job", "employ", "employment"),
    ("manager", "coach", "boss", "manage"),
    ("study", "research", "survey", "report", "poll"),
    ("find", "discover", "finding", "show", "reveal"),
    ("money", "cash", "fund", "funding"),
    ("age", "old", "aged"),
    ("help", "assist", "aid", "support"),
    ("leave", "quit", "resign", "resignation", "depart", "departure", "exit"),
    ("replace", "succeed", "successor", "replacement"),
    ("hire", "appoint", "appointment", "recruit"),
    ("missing", "disappear", "disappearance", "vanish"),
    ("rescue", "save", "free", "release"),
    ("car", "vehicle"),
    ("police", "officer", "cop", "detective"),
    ("hospital", "medical", "treat", "treatment"),
    ("country", "nation"),
    ("firm", "company", "business", "group", "corporation"),
    ("club", "team"),
    ("film", "movie"),
    ("earthquake", "quake", "tremor"),
    ("contract", "deal"),
    ("lawyer", "attorney", "counsel", "solicitor", "barrister"),
    ("prosecutor", "prosecution", "prosecute"),
    ("boyfriend", "partner", "girlfriend", "lover"),
    ("score", "scoreline", "result"),
    ("suspect", "accused", "defendant"),
    ("storm", "hurricane", "typhoon", "cyclone"),
    ("fire", "blaze", "flame"),
    ("speak", "talk", "discuss", "conversation"),
    ("happen", "occur"),
    ("now", "currently", "presently", "current"),
    # general news vocabulary: the same event told with other words
    ("trap", "strand"),
    ("send", "deliver", "dispatch"),
    ("spend", "expense", "expenditure", "splurge"),
    ("protect", "shield", "guard"),
    ("escape", "flee", "evade"),
    ("suffer", "sustain"),
    ("break", "fracture"),
    ("ban", "prohibit", "outlaw", "bar"),
    ("protest", "demonstrate", "demonstration", "rally", "demonstrator", "protester"),
    ("sue", "lawsuit", "litigation"),
    ("threaten", "threat"),
    ("agreement", "accord", "pact", "treaty"),
    ("soldier", "troop", "army", "military"),
    ("rebel", "insurgent", "militant", "fighter", "jihadist"),
    ("migrant", "immigrant", "migration", "immigration"),
    ("journalist", "reporter"),
    ("flood", "flooding", "deluge"),
    ("fan", "spectator", "supporter", "crowd"),
    ("match", "game", "fixture"),
    ("championship", "title", "crown"),
    ("vessel", "ship", "boat", "yacht", "sailboat"),
    ("plane", "aircraft", "jet", "airliner"),
    ("rubble", "debris", "wreckage", "ruin"),
    ("body", "corpse", "remains"),
    ("victim", "casualty"),
    ("weapon", "firearm", "rifle", "pistol"),
    ("steal", "theft", "rob", "robbery", "burglary", "loot"),
    ("fraud", "scam", "swindle"),
    ("murder", "homicide", "slay"),
    ("kidnap", "abduct", "abduction", "hostage"),
    ("punish", "punishment", "penalty", "sanction", "fine"),
    ("worker", "employee", "staff", "workforce"),
    ("holiday", "vacation", "trip"),
    ("prepare", "draft", "compile"),
    ("confirm", "verify"),
    ("candidate", "nominee", "contender"),
    ("endorse", "endorsement"),
    ("worry", "concern", "fear", "alarm"),
    ("ill", "illness", "sick", "sickness", "disease", "infection", "infect", "ailment", "unwell"),
    ("abuse", "abusive", "abuser", "troll", "hater"),
    ("fight", "confront", "confrontation", "brawl", "scuffle", "altercation", "argue", "argument", "quarrel"),
    ("copy", "emulate", "imitate", "mimic", "replicate"),
    ("robot", "humanoid", "android"),
    ("photo", "picture", "image", "photograph", "snapshot", "selfie"),
    ("video", "footage", "clip"),
    ("dispute", "feud", "wrangle"),
    ("value", "worth", "valuation"),
    ("bid", "chase", "pursue", "pursuit"),
    ("exercise", "workout", "fitness", "gym"),
)

# "What injury / illness / health problem ...?" asks for an ailment, which no entity type marks: a question
# opening so (the asked noun right after "what" / "which", a modifier between allowed) ...
AILMENT_QUESTION = (
    r"^\W*(?:and\s+)?(?:what|which)\s+(?:[a-z-]+\s+)?(?:injur(?:y|ies)|illness(?:es)?|diseases?|ailments?|wounds?"
    r"|(?:health|medical|heart|back|knee|hamstring)\s+(?:problems?|issues?|complaints?|conditions?)|condition(?!\s+of\b))\b"
)
# ... is answered by a sentence naming a part of the body or an ailment (words that stand for little else in
# news: not "head", "back", "hand", "face", "heart", "arms", "cut", "break" or "attack"; "foot" is kept)
AILMENT_WORDS = _words(
    "skull brain eye eyes jaw nose neck throat shoulder shoulders elbow elbows wrist wrists finger fingers "
    "chest rib ribs lung lungs spine spinal hip hips pelvis leg legs thigh knee knees ankle ankles feet toe "
    "toes foot kidney kidneys liver stomach abdomen sinus skin bone bones muscle muscles hamstring groin calf "
    "achilles ligament ligaments tendon cruciate respiratory cardiac "
    "fracture fractures fractured broke broken crushed sprain sprained torn strain strained bruise bruises bruised "
    "bruising concussion bleeding haemorrhage hemorrhage infection infections infected virus viral bacterial "
    "cancer tumour tumor stroke seizure seizures diabetes dehydration dehydrated pneumonia flu influenza "
    "asthma syndrome disorder abscess ulcer inflammation inflamed paralysed paralyzed coma hypothermia "
    "malaria dementia burns lacerations laceration wounds wound injuries gunshot stab"
)

# Languages: "answered in Welsh", "subtitled in English" name no place
LANGUAGES = _words(
    "english french spanish arabic german italian chinese mandarin cantonese russian portuguese japanese korean "
    "hindi urdu bengali punjabi turkish persian farsi hebrew dutch swedish norwegian danish finnish polish "
    "ukrainian swahili latin welsh gaelic tamil vietnamese thai malay indonesian tagalog kurdish pashto dari"
)

# Lemmas that ask for a kind of quantity in "how much / how many / what" questions.
MONEY_WORDS = _words(
    "cost pay price spend worth charge fee raise revenue profit sales fine budget salary wage loss "
    "debt fund invest value earn money owe bill compensation damages fortune sell buy bid offer deal"
)
# Families of money words keyed by lemma (qa37): a how-much question asks with one word ("how much was she
# paid?") and the sentence giving the amount often says it with another of its family ("her wages were $9").
MONEY_FAMILIES = (
    _words("pay wage salary earn earnings income payment bonus fee contract"),
    _words("cost price fee charge spend fare ticket pay bill"),
    _words("worth value estimate fortune prize pot purse jackpot winnings valuation"),
)
PERCENT_WORDS = _words("percent percentage share proportion rate turnout margin growth inflation likely")
DURATION_WORDS = _words("long duration period")

# Pronouns a follow-up uses for something named earlier, by what they refer to.
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
GROUP_PRONOUNS = _words("they them their theirs themselves")
THING_PRONOUNS = _words("it its that this those these")
PLACE_PRONOUNS = _words("there")
TIME_PRONOUNS = _words("then")

# Words of a sentence that give a reason ("because", "after", "due to", "as", reason clauses).
CAUSE_MARKERS = (
    "because",
    "due to",
    "owing to",
    "as a result of",
    "as a result",
    "after",
    "amid",
    "since",
    "citing",
    "blamed",
    "blames",
    "attributed",
    "reason",
    "so that",
    "in order to",
    "caused by",
    "led to",
    "following",
    "in response to",
    "over concerns",
    "fears",
    "for ",
    "thanks to",
    "as ",
    "the cause",
    "prompted",
    "sparked",
    "caused",
    "causing",
    "because of",
    "triggered",
    "result of",
)

# What follows a cause marker that makes it tell a time, a role or a comparison, not a reason: "for the first
# ten minutes", "for the first time", "for two years", "since 2019", "since then", "as a child", "as well", "as
# soon as", "as if" (qa51).
NOT_CAUSE_AFTER = (
    r"(?i:(?:for|since)\s+(?:the\s+)?(?:(?:first|second|third|last|next|past|final|opening|closing)\s+)?"
    rf"(?:\d[\d,.]*|a|an|{_CARDINAL_ALT}|several|many|few|some|half|a\s+few|hundreds\s+of|thousands\s+of)?"
    r"\s*(?:-|\s)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centuries"
    r"|seasons?|games?|matches|times?)\b"
    rf"|since\s+(?:\d{{4}}\b|then\b|(?:last|early|late|mid)\b|(?:{CALENDAR_ALT})\b)"
    r"|as\s+(?:a|an|well|if|though|soon|long|much|many|far|good|part|of|to|opposed|usual|ever)\b)"
)
# Words before "as" that make it a comparison or an example ("such as", "as much as", "the same as"; qa51).
NOT_CAUSE_BEFORE = (
    r"(?i:\b(?:such|as|so|just|same|known|seen|regarded|described|served|worked|acted|act|work|serve)\s+$)"
)

# Cause markers that are verbs: the reason stands before them ("Heavy rain caused ...").
CAUSE_VERBS = _words("caused causing triggered prompted sparked led to")

# Why-questions: words that give a reason, read in the parse (qa/rerank.py; a time reading of "after", "since",
# "as" and a purpose "for" + noun are left out: "after 20 minutes", "since 1987", "apply for funding"). Lower-case
# forms that always give one; those that give one as a clause's subordinator, or as a preposition taking an
# event (not a time); and the lemmas of verbs whose subject is the reason.
CAUSE_WORDS = _words("because due owing amid thanks")
CAUSE_SUBORDINATORS = _words("as since after following")
CAUSE_EVENT_PREPOSITIONS = _words("after following over")
CAUSE_VERB_LEMMAS = _words("cause trigger prompt spark blame cite")
# Lemmas of verbs whose object is a reason someone gives for an event told before ("The firm blamed higher costs",
# "The board attributed the loss to ..."): such a sentence answers a why-question while sharing no word with it.
REASON_GIVING_LEMMAS = _words("blame attribute cite")

# Words that make a sentence about the future (what happens next).
FUTURE_MARKERS = (
    "will",
    "would",
    "shall",
    "is due",
    "are due",
    "plans to",
    "plan to",
    "planned",
    "scheduled",
    "expected to",
    "set to",
    "is to",
    "are to",
    "intends to",
    "aims to",
    "next week",
    "next month",
    "next year",
    "deadline",
    "by the end of",
    "upcoming",
    "later this",
    "is preparing",
    "are preparing",
    "ready to",
    "going to",
)

# Verbs (lemmas) of speech: a sentence with one quotes or reports what someone said. The shared
# core without the verbs of promise and report, with those of opinion and reaction.
SPEECH_LEMMAS = (COMMON_SPEECH - {"acknowledge", "declare", "pledge", "promise", "report"}) | _words(
    "believe blame condemn criticise criticize praise react reply think welcome"
)

# Titles and roles that stand before or after a name; a who-answer may include them.
ROLE_WORDS = _words(
    "president minister chancellor prime secretary chief executive chairman chairwoman director "
    "manager coach spokesman spokeswoman spokesperson governor mayor senator judge officer captain "
    "leader head founder ceo boss detective inspector sergeant general colonel professor dr doctor "
    "lawyer attorney prosecutor mr mrs ms miss sir lord lady king queen prince princess pope bishop "
    "ambassador envoy deputy trainer owner striker goalkeeper defender midfielder astronaut rapper "
    "singer actor actress star"
)

# Keys of a question that asks when something was said ("when did she announce it?"): the day of a statement
# is then its answer, not a report's date to pass over (qa/retrieve.py ``dates``).
SAID_QUESTION_KEYS = _words("say announce warn confirm")

# Verb forms that make a "what did ... ?" question ask what someone said, or what they offered (qa/question.py,
# as regex alternations), and those that make a "how did ... ?" question ask how someone responded.
SAY_QUESTION_VERBS = (
    r"say|said|says|tell|told|ask|asked|call|called|calls|describe|described|claim|claimed|warn|warned|add|added"
    r"|admit|admitted|insist|insisted|reveal|revealed|think|thought|believe"
)
OFFER_QUESTION_VERBS = (
    r"offer|offered|propose|proposed|promise|promised|pledge|pledged|suggest|suggested|plan|planned"
)
RESPOND_QUESTION_VERBS = r"respond|responded|react|reacted|reply|replied|answer|answered|retort"

# Noun suffixes that derive from a verb (qa/words.py ``Lemmatizer``): (suffix, what the verb ends with instead, the
# shortest noun it is read in: "-al" only from seven letters, so "withdrawal" and "dismissal" derive from their
# verbs while "final", "signal", "portal" and "total" are not "fin", "sign", "port" and "tot"). Tried in order.
NOUN_DERIVATIONS = (
    ("er", "", 0), ("er", "e", 0), ("or", "", 0), ("or", "e", 0), ("ation", "e", 0), ("ation", "", 0),
    ("ion", "e", 0), ("ion", "", 0), ("ment", "", 0), ("al", "", 7), ("ance", "", 0), ("ence", "e", 0),
)  # fmt: skip
# The suffixes of ``NOUN_DERIVATIONS`` that make a doer of a verb ("winner" of "win", "organiser" of "organise",
# "editor" of "edit"; qa/rerank.py).
AGENT_SUFFIXES = ("er", "or")

# Words that begin a wh-question, for the question's type.
WH_WORDS = _words("who whom whose what which when where why how")

# Regular expressions (as strings) for the items an answer span can be.
# a month's name is capitalised even where the rest matches in any case: "may" and "march" are verbs
MONTH = (
    rf"(?-i:{MONTH_ALT}"
    rf"|(?:{MONTH_ABBREVIATION_ALT})\b\.?)"
)
WEEKDAY = rf"(?:{WEEKDAY_ALT})"
# A date that names its day, month, year, feast or hour ("7 May", "March 31", "1990", "on Thursday", "10pm"), not one
# told only from now ("next month", "25 years ago", "now", "soon"): what a when-question wants first (qa34).
FIXED_DATE_PATTERN = (
    rf"\b{MONTH}|\b{WEEKDAY}\b|\b(?:19|20)\d\d\b|\b(?:Christmas|Easter|New Year|Ramadan|Thanksgiving|Halloween)\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}[:.]\d\d\b"
)
DATE_PATTERN = (
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+\d{{4}})?"
    rf"|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    rf"|\b(?:(?:early|mid|late)[- ])?{MONTH}(?:\s+\d{{4}})?\b"
    rf"|\b(?:last |next |this |on |by )?{WEEKDAY}(?:'s)?(?:\s+(?:night|morning|evening|afternoon))?"
    r"|\b(?:today|tomorrow|yesterday|tonight|overnight|this (?:morning|afternoon|evening|week|month|year|season|summer|spring|autumn|winter))\b"
    r"|\b(?:next|last|this|coming|later this|early next|late next|earlier this)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|quarter|decade|season|term)\b"
    r"|\b(?:by|before|until|at) the end of (?:the|this|next) \w+"
    r"|\b(?:within|in|over) (?:the next )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few)[- ](?:hours?|days?|weeks?|months?|years?|decades?)\b"
    r"|(?<![\d,.])\b\d[\d,]* (?:hours?|days?|weeks?|months?|years?) (?:ago|later|earlier|after|before)\b"
    r"|\b(?:in|since|by|from|until|during|of) (?:the )?(?:19|20)\d\d(?:s)?\b"
    r"|\b(?:19|20)\d\d\b"
    r"|\b(?:Christmas|Easter|New Year(?:'s)?(?: Day| Eve)?|Ramadan|Thanksgiving|Halloween)\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}[:.]\d\d\b(?!\s?(?:%|per ?cent|percent))"
    r"|\b(?:first|second|third|fourth) (?:half|quarter)(?: of (?:the|this|next) year)?\b"
    r"|\bimmediately\b|\bsoon\b|\bnow\b"
)
NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|"
    r"a thousand|dozens?|a dozen|scores|hundreds|thousands|tens of thousands|hundreds of thousands|millions|"
    r"a million|half|a third|a quarter|double|twice|triple|(?:one|two|three|four) in (?:five|four|three|ten|two))"
)
# Number words that give only an order of magnitude ("dozens of couples", "thousands of fans"): a
# sentence with an exact count of the same thing answers "how many" better.
VAGUE_QUANTITIES = _words("dozens scores hundreds thousands millions several many few numerous countless")
# Counted nouns too general to choose a sentence by ("how many people ..."): many numbers count people,
# and the answering one may say "Indians" or "patients"; they still choose the number within a sentence.
GENERIC_COUNTED = _words("people person persons individual individuals one ones")
CURRENCY_WORD = r"(?:euros?|dollars?|pounds?|sterling|yuan|yen|rupees?|francs?|pesos?|roubles?|rubles?|dinars?|won|pence|p\b|cents?)"
NUMBER_PATTERN = (
    rf"(?P<cur>[£$€¥]|US\$|\b(?:USD|EUR|GBP)\s?)?(?P<num>\d[\d,.]*\d|\d)(?P<pct>\s?%|\s?per ?cent\b)?"
    rf"(?P<scale>\s*(?:million|billion|trillion|thousand|hundred|bn|mn|m|k)\b)?"
    rf"(?:\s*(?P<curw>{CURRENCY_WORD}))?"
    rf"|\b(?P<word>{NUMBER_WORDS})\b(?P<pct2>\s?per ?cent\b)?(?:\s+(?:of\s+)?(?P<curw2>{CURRENCY_WORD}))?"
)
# "how old was she when ...?" asks an age at an event, not the one the story gives her; but the age at death is the
# one an obituary gives ("how old was he when he died?")
AGE_AT_EVENT = r"\bwhen\b(?! (?:he|she|they) (?:died|passed away)\b)"
# an age in words, as "an eleven-year-old" / "the forty-five-year-old" writes it (in the age pattern not a "now-two-year-old":
# the age today, not at the time the story tells; nor "the nine-year-old", an epithet for someone named before, which
# :mod:`~newsbrief.summarizers.qa.epithets` reads)
AGE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|"
    r"nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)"
)
# Words that end the run of words between an age and the name it gives (qa/extract.py ``aged``; a regex
# alternation, any case): a verb of saying or being, a conjunction, a relative word or a preposition ("the
# 31-year-old told Mr Lund", "the 20-year-old son of Ivo Lund": not Lund's age).
AGE_NAME_STOPS = (
    r"(?i:says|said|told|tells|is|was|were|has|had|and|but|or|who|which|when|after|before|as|with|by|to|for|of|in"
    r"|on|at|from)"
)
AGE_PATTERN = (
    rf"\b(?:\d{{1,3}}|(?<!-)(?<!the ){AGE_WORDS})[- ]years?[- ]old\b|"
    r"\baged (?:between )?\d{1,3} (?:and|to) \d{1,3}\b|"
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:months?|weeks?|days?)[- ]old\b|"
    r"\baged? \d{1,3}\b|, \d{1,3},|\(\d{1,3}\)|\bin (?:his|her|their) (?:early |mid |late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b"
)
DURATION_PATTERN = (
    r"\b(?:for|over|in|within|since|after|last(?:ed|ing|s)?|t(?:ake|akes|aking|ook)|spen(?:d|ds|ding|t))\s+"
    r"(?:(?:more than|over|nearly|almost|about|around|at least|less than|just)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|\d[\d,]*)[\s-]"
    r"(?:hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|minutes?|seconds?|seasons?|summers?|winters?)\b"
    r"|\b(?:an? )?(?:(?<![\d,.])\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:hour|day|week|month|year|minute|season)s?(?:[\s-]long)?\b(?![\s-]old)"
)
# How long something goes on, given by when it ends ("stays shut until 9am on Monday", "runs until May").
UNTIL_PATTERN = r"\b(?:until|till|through)\s+(?:(?:at least|about|around|the end of)\s+)?"
# Units of length: "how long" asks for a length of time or of a thing ("how long is the bridge?").
LENGTH_UNITS = _words(
    "metre metres meter meters m km kilometre kilometres kilometer kilometers mile miles ft foot feet yard "
    "yards inch inches cm centimetre centimetres"
)
LENGTH_PATTERN = (
    r"(?<![£$€¥])\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)[\s-]?(?:"
    + "|".join(sorted(LENGTH_UNITS, key=lambda unit: (-len(unit), unit)))
    + r")\b(?:[\s-]long)?"
)
QUOTE_PATTERN = r"[\"\u201c\u201d]|'\s|\s'"

# Words that open a question before any name ("Which", "And", "In"): not part of a name it uses.
QUESTION_OPENERS = _words(
    "who whom whose what which when where why how is are was were did does do has have had will would can could should and so but then also in on at for from to by"
    " if once unless although though while until after before since"
    " tell give explain describe summarise summarize sum list name show remind please"  # imperatives
)

# Words of "what happens next?" that say nothing about which next step is meant.
NEXT_GENERIC = _words("happen next step now come going thing")

# A whole question that asks for the gist of a story, or of the news ("what's new?", "what is this
# article about?", "summarise it"), matched on the lower-cased question without its end punctuation.
GIST_PATTERN = (
    r" (?:what happened|what's happening|what is happening|what's going on|what is going on"
    r"|what's new|what is new|(?:is there )?any(?:thing)? (?:news|new)(?: today)?"
    r"|what(?:'s| is| are)? (?:the |today's )?(?:latest |main |top |big )?(?:news|stories|headlines)(?: today)?"
    r"|what(?:'s| is) (?:the story|this|it|the (?:article|story|news)|this (?:article|story)) about"
    r"|what's the (?:story|gist)|what is the (?:story|gist)"
    r"|(?:please )?(?:summari[sz]e|sum up)(?: it| this| the (?:article|story|news))?"
    r"|(?:give me |tell me )?(?:the gist|the news|the headlines)|tl;?dr|news|headlines) $"
    # "tell me more about the floods": the gist of what it names
    r"| (?:(?:can you |could you |please )?tell me|what do you know|give me (?:the gist|a summary)|"
    r"(?:please )?(?:summari[sz]e|sum up))(?: more)? (?:about|on|of) "
)

# Capitalised only because they open a sentence: not the start of a name.
SENTENCE_OPENERS = _words(
    "the a an but and in on at it he she they this that there his her their its these those we i you our "
    "my your if when as after before while for with by from "
    "more most many much some several few all both each every no none other another such"
)

# Nouns whose value is a number: "what was the revenue / the death toll?" asks for one.
MEASURE_NOUNS = _words(
    "revenue profit sales turnout score number total figure population toll rate price cost budget salary "
    "wage debt loss fine amount percentage share margin growth inflation unemployment temperature speed "
    "distance height weight age attendance majority earnings income valuation value"
)

# Light verbs: words that carry little of what a question asks ("how bad will it get?"); as query terms
# they weigh ``Weights.light`` (lemmas, as the index keys them), unless a particle makes them phrasal.
LIGHT_WORDS = _words("get make take give go come put set keep let turn bring happen become seem")
# Words that make a light verb phrasal when they follow it ("take over", "take part", "set up").
PARTICLES = _words("up down out off on in over away back around through part place")

# Nouns that ask for the time in a when-question ("what time", "which day", "what year") rather than name
# its event (``extract.event_words``); lower-cased forms as the question writes them.
TIME_ASKING_NOUNS = _words("time date day year month hour")

# A place named in a compound with a participle of being placed ("a Kelby-based firm", "the Vell-born singer"):
# the where of the thing it describes, with no preposition before it (group 1: the place).
PLACE_COMPOUND_PATTERN = r"\b([A-Z][\w']*(?:[\s-][A-Z][\w']*)?)-(?:based|born|headquartered|registered)\b"
# Common nouns of places a where-question can be answered with ("taken to hospital", "sent to a youth court").
# a place after these is where something happened ("announced in X"), not who did it
SETTING_PREPOSITIONS = _words("in at near inside outside across around throughout within")
PLACE_NOUNS = _words(
    "hospital court courthouse prison jail school university home house apartment flat hotel airport station "
    "port harbour harbor camp base embassy church mosque temple cemetery morgue stadium village city town "
    "border island coast beach park farm factory office headquarters hq clinic shelter centre center"
)

# Words beside a number that make it an age ("aged 40", "40-year-old", "40 years old").
AGE_CUES = _words("age aged old year-old years-old year years")

# Units of a length of time (singular, lower case).
DURATION_UNITS = _words("second minute hour day week month year decade season night")

# A scoreline ("6-3", "2-1", "3 - 0"), and the keys of a question that asks for one.
SCORE_PATTERN = r"(?<![\w.-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\w.-])"
SCORE_WORDS = _words("score scoreline")

# Nouns after "that / the second ..." in a follow-up, by what they refer back to.
GROUP_NOUNS = _words(
    "company companies firm firms group groups organisation organization party parties club clubs team teams "
    "country countries government governments agency agencies bank banks union unions side sides"
)
PERSON_NOUNS = _words(
    "man men woman women person people player players suspect suspects official officials leader leaders "
    "minister ministers victim victims boy girl driver pilot officer officers candidate candidates"
)

# A place in a ranking ("10th in the table", "finished third,", "fourth place"): what "where did X finish?"
# and "where are X in the league?" ask for. An ordinal followed by a preposition, a place word or a pause;
# not "the first time", "89th-minute", "the 4th of July".
ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,3}(?:st|nd|rd|th))"
)
POSITION_PATTERN = (
    rf"\b(?:joint[- ])?{ORDINAL}\b(?![-\w])"
    r"(?=\s+(?:in|on|at|place|position|spot|overall|behind|after|with|when|and|but|as|while|before|by)\b|\s*[,.;)])"
    rf"(?!\s+of\s+{MONTH})"
)
# What a where-question about a ranking reads like: a verb of finishing or ranking, or a ranking it is "in"
# ("where did the money come from?", "where does the wreck lie?" ask for a place).
POSITION_QUESTION = (
    r"^\s*(?:and\s+)?where\b(?=.*\b(?:finish|finished|finishes|placed|rank|ranked|ranks)\b"
    r"|.*\bin the (?:league|table|standings|rankings|championship|division|polls?|charts?)\b)"
)
# ... or a name set off by a comma or a dash right after the common noun it names ("a new ferry, Grey Heron,"), what
# "what is the new ferry called?" is answered with when no such word introduces it (qa63)
NAME_APPOSITION_PATTERN = (
    r"\b[a-z]+(?:,| [\u2013\u2014-])\s+(?:the |a |an )?((?:The |A |An )?[A-Z][\w'\u2019&-]*"
    r"(?:\s+(?:of |the |and )?[A-Z][\w'\u2019&-]*)*)(?=[,.;:]|\s[\u2013\u2014-]\s)"
)

# Words that introduce a thing's name ("a cat named Rex", "the robot, known as Ham", "dubbed 'the Beast'"):
# what "what is the name of ...?" is answered with.
NAMING_PATTERN = (
    rf"\b(?:named|called|dubbed|nicknamed|christened|titled|entitled|known as)\s+[{OPENING_QUOTE_MARKS}]?"
    r"((?:[A-Z]|\d)[\w'\u2019&.-]*(?:\s+(?:of |the |and |de |\d+ )?[A-Z0-9][\w'\u2019&.-]*)*)"
)

# Words that may come between a "which X" question's noun and the name that is an X ("the club Ashby Rovers", "a band
# called Tin Orchard", "players including Ivo Lund"); a lower-case word not here makes the noun a qualifier of the
# next one ("zoo visitor Ivo Lund"; qa46).
NAME_LEADS = _words(
    "the a an of as called named dubbed nicknamed christened titled entitled known including like such"
)

# Capitalised abbreviations of common nouns: a question that uses one ("Which TV show ...?") names no one,
# so an article without the abbreviation may still answer it.
COMMON_ACRONYMS = _words(
    "TV DJ CEO CFO DNA GPS ID PC CCTV HIV AIDS IQ VIP SUV ATM PIN SMS PhD MBA IVF ICU AI IT PR HR UFO "
    "GP MRI CT CPR ER OK"
)

# Words that give a means or a way: what "how did they do it?" is answered with ("by raising taxes",
# "using a heat gun", "through a loophole", "died of cancer").
MANNER_PATTERN = (
    r"\bby (?:\w+ing|using|means of)\b|\busing\b|\buses?\b|\bthrough\b|\bvia\b|\bthanks to\b"
    r"|\bwith the help of\b|\b(?:died|dies|die) (?:of|from)\b|\bfunded by\b|\bpaid for by\b"
)
# --- Follow-up reference resolution (qa/engine.py ``_resolve`` and ``_named``) ---------------------------
# Possessive determiners: "her bank", "its plan", "their website" point back through a noun.
POSSESSIVE_PRONOUNS = _words("his her their its")
# "it" / "its": one thing or one organisation (THING_PRONOUNS' demonstratives point to what was just said).
IT_PRONOUNS = _words("it its itself")
# Nouns that name an organisation: "her bank", "his union's", "which fund", "that firm" mean an organisation
# named earlier, not the person the possessive points to.
ORG_NOUNS = GROUP_NOUNS | _words(
    "fund funds trust trusts authority authorities association associations council councils foundation "
    "foundations charity charities band bands force forces ministry ministries department departments "
    "regulator regulators body bodies institute institution university universities board committee "
    "commission federation league alliance coalition administration watchdog airline airlines newspaper "
    "network channel broadcaster publisher studio label brand chain retailer lender insurer carmaker "
    "business businesses employer employers campaign movement office society church"
)
# Words that make a capitalised name an organisation's ("Redfern Partners", "Dockworkers United",
# "Calder Police"), whatever the tagger said: lower-cased, any word of the name.
ORG_NAME_WORDS = _words(
    "partners capital group holdings fund funds trust foundation united council police bank association "
    "authority party union institute university college hospital court ltd inc corp corporation company co "
    "plc llc ag sa agency ministry department commission committee board federation league club fc society "
    "alliance network airlines airways motors technologies systems labs media news times post services "
    "service office forum congress parliament assembly government army navy academy centre center museum "
    "church brands foods industries energy pharmaceuticals bureau tribunal council's coalition campaign"
)
# A role word of a question -> the titles that stand for it before a name (qa41): "which officer was hurt?" is
# answered by "Sgt Ivo Lund", "which judge ...?" by "Mr Justice Lund", "which doctor ...?" by "Dr Lund".
ROLE_TITLES: dict[str, frozenset[str]] = {
    "officer": _words(
        "sgt sergeant constable pc detective det inspector insp trooper lieutenant lt corporal cpl"
    ),
    "policeman": _words("sgt sergeant constable pc detective det inspector insp trooper"),
    "judge": _words("justice"),
    "doctor": _words("dr"),
    "lawyer": _words("attorney solicitor barrister counsel"),
    "spokesman": _words("spokeswoman spokesperson"),
    "spokeswoman": _words("spokesman spokesperson"),
}
# Titles that make a name a person's ("Cllr Anna Berg", "Dr Quist").
PERSON_TITLES = _words(
    "mr mrs ms miss dr prof professor sir dame lord lady cllr councillor rev reverend prince princess king "
    "queen sheikh judge detective inspector sergeant captain president governor senator mayor minister"
)
# Titles a full name may open with where it stands beside an office ("chair Dr Ana Ode"; qa/extract.py
# ``holds_office``), as written (a stop after one is optional).
HOLDER_NAME_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Sir", "Prof")
# Lower-case particles inside a name ("Vicente del Bosque"), in their patterns' order: between the words of an
# office holder's full name (``holds_office``), and in the run of capitalised words an opponent's name is read
# from (``asks_opponent``). The actors' own list is lexicon/actors.py ``NAME_PARTICLES``.
HOLDER_NAME_PARTICLES = ("de", "del", "da", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al")
OPPONENT_NAME_PARTICLES = ("de", "van", "von", "da", "del", "di", "dos")
# Words that ask for an item not given yet ("Who else ...?", "Which other ..."): a sentence an earlier turn
# answered with stays old even when the new question wants another kind of item.
ANOTHER_WORDS = _words("else other others another more")

# A story of a list an earlier answer gave ("what's new?" -> headlines), named by its place in it:
# "the second story", "the last one", "story 3"; with the preposition that ties it to the question
# ("who is involved in the first story?"), so the question without it can be analysed.
LISTED_STORY_PATTERN = (
    r"(?:\b(?:in|of|about|from|on|for) )?\b(?:the )?(?P<ord>first|second|third|fourth|fifth|last"
    r"|1st|2nd|3rd|4th|5th|top) (?:story|one|article|headline|item|news)\b"
    r"|(?:\b(?:in|of|about|from|on|for) )?\bstory (?:number |no\.? ?|#)?(?P<num>[1-9])\b"
)
LISTED_ORDINALS = {
    "first": 0, "1st": 0, "top": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
    "fourth": 3, "4th": 3, "fifth": 4, "5th": 4, "last": -1,
}  # fmt: skip
# Words that leave a pointer at a listed story asking nothing of its own ("and the second one?", "what about the
# third story?", "tell me more about the first"): the story's gist is what is asked.
LISTED_NO_QUESTION = _words("and so what how about with tell me more now then")

# --- sentence choice (qa12) ---
# A question that asks what someone should do, or what someone was told, urged or advised to do ("What
# should tenants do next?", "What were hikers told to do?", "What does the union want the
# ministry to do?", "How can readers help?"; a thing that helps, "How can the drug help?", asks a way):
# its answer is a directive, whatever the question's type.
ADVICE_QUESTION_PATTERN = (
    r"\bshould\b.*\bdo\b"
    r"|\bwhat\b.*\b(?:want|wants|wanted|tell|told|urge|urged|advise|advised|ask|asked|warn|warned|instruct"
    r"|instructed|encourage|encouraged|need|needs)\b.*\bto do\b"
    r"|\bwhat\b.*\b(?:suggest|suggests|suggested|recommend|recommends|recommended|advise|advises|advice)\b"
    r"|\b(?:how can|what can)\s+(?:the\s+)?(?:i|we|you|they|people|public|residents|readers|customers|users|locals"
    r"|fans|viewers|parents|volunteers|others)\s+(?:help|do)\b"
    r"|\bwhat to do\b"
)
# A sentence that gives a directive: someone urges, advises, tells, asks or calls on others to act, or
# appeals for something ("officials urged drivers to slow down", "tenants are being advised to keep receipts",
# "the charity appealed for coats"), or a quoted imperative ("'Do not cross the bridge,' ...").
DIRECTIVE_PATTERN = (
    r"\b(?:urg|advis|encourag)(?:e|es|ed|ing)\b"
    r"|\brecommend(?:s|ed|ing|ation|ations)?\b|\badvice\b"
    r"|\b(?:tell|tells|told|telling|ask|asks|asked|asking|instruct|instructs|instructed|warn|warns|warned"
    r"|warning|order|orders|ordered|call|calls|called|calling|appeal|appeals|appealed|appealing)\b"
    r"(?:\s+\w+){0,4}?\s+(?:not\s+)?to\s+(?!be\b|have\b)[a-z]+"
    r"|\b(?:call|calls|called|calling)\s+(?:on|upon)\b|\bappeal(?:s|ed|ing)?\s+for\b"
    rf"|(?:^|[{OPENING_QUOTE_MARKS}]\s*)(?:do not|don't|never|avoid|make sure|please)\b"
)
# Weaker: a modal of obligation ("people should stay indoors", "drivers must carry ..."): a directive as
# often as a requirement of law or a plan.
DIRECTIVE_MODAL_PATTERN = r"\b(?:should|must|ought to|need to|needs to)\b"
# A question that ends on its preposition ("What was the barge loaded with?", "What did they pour it into?"):
# the answer is that preposition's object, standing after a word of the question and the same preposition
# in the sentence that answers ("loaded with gravel").
STRANDED_PREPOSITIONS = _words("with to from for on about of by in into at over against after")
# Words skipped between the preposition and its object ("loaded with the last of ...").
OBJECT_DETERMINERS = _words("a an the his her their its some two three several more")

# --- answer items (qa13) ---
# a question asking what someone called something ("what did the minister call the plan?"): the sentence that answers
# may quote the name with no verb of saying ("she dismissed the plan as 'a farce'", "branded it 'shameful'")
CALL_QUESTION = (
    r"^\W*(?:and\s+|so\s+)?what\s+(?:did|does|do|has|have|had|would|will)\s+(?:[\w'\u2019.-]+\s+){1,5}?"
    r"(?:call|describe|dub|label|brand|nickname)\b"
)

# a question about what someone does for a living: the job is most often given where the person is first
# named ("shift worker Ivo Lund", "Lund, a nurse,"), so the sentence that answered "who" may answer it again
JOB_QUESTION = (
    r"^\W*(?:and\s+|so\s+)?(?:what\s+(?:does|do)\s+(?:he|she|they|\w+)\s+do(?:\s+for\s+(?:a\s+living|work))?\W*$"
    r"|what(?:'s|\s+is|\s+was)\s+(?:his|her|their)\s+(?:job|occupation|profession|line of work)\b"
    r"|what\s+(?:job|work)\s+does\b)"
)

# --- answer kinds (qa18) ---
# the entity labels that name each kind of thing a which-question's noun asks for (the noun's kinds come from
# lexicon/noun_kinds.py, WordNet's lexicographer files): "which golfer" a person, "which committee" a group or
# organisation, "which city" a place
KIND_LABELS: dict[str, frozenset[str]] = {
    "person": frozenset({"PERSON"}),
    "group": frozenset({"ORG"}),
    "place": frozenset({"GPE", "LOC", "FAC"}),
}
# kinds whose names the small recogniser often leaves untagged: a capitalised run no entity covers counts
KIND_UNTAGGED = frozenset({"person", "group"})
# a place's name after these is where something is ("a show in Leeds", "flew to Rome"), not a team or a country
# acting as a group ("Leeds beat them")
KIND_PLACE_PREPOSITIONS = SETTING_PREPOSITIONS | _words("from to of into")
# --- qa20 ---
# More lemma classes (read as ``RELATED_LEMMAS``; a class opening on a word of an earlier class joins its words to
# that class's key): owning, an inauguration. Read off misses of the fiction study set, so kept at merge to word
# families and set phrases of news English: the synonyms a single question needed (a go-between as a broker, a
# closure as an end, washing, a hacking as an attack, a band's split) were taken out, as they would not carry to
# other stories, and a measure's adjective and its noun (deep / depth) is qa22's DIMENSION_NOUNS, which searches
# for the noun (a class here keyed both as the adjective and hid the noun from it). Tried and left out (no set
# moved, qa20): "complete" as "end", "challenge" as "appeal", "against" as "oppose", "pledge" as "donate"; "vaccine"
# / "jab" as "vaccinate" (a fiction follow-up lost).
RELATED_LEMMAS_QA20: tuple[tuple[str, ...], ...] = (
    ("own", "owner", "ownership"),
    ("inaugurate", "inauguration"),
)
RELATED_LEMMAS = RELATED_LEMMAS + RELATED_LEMMAS_QA20
# two-word phrases alike (``PHRASE_KEYS``): taking office is being sworn in; a law comes into force as it takes
# effect
PHRASE_KEYS = {
    **PHRASE_KEYS,
    ("take", "office"): "inaugurate",
    ("swear", "in"): "inaugurate",
    ("take", "effect"): "effect",
    ("into", "force"): "effect",
}
# --- qa17 ---
# A question about someone's health or how they came to harm, which asks for a state or a cause, not a
# number or a means: "how did the driver die?", "how was she hurt?", "what killed them?", "how is the patient
# doing?", "what condition is she in?", "what is wrong with him?" (a how-many or how-much question never
# reads so: its type is decided first).
HEALTH_QUESTION = (
    r"^\W*(?:and\s+|so\s+)?(?:"
    r"how\s+(?:did|does|do|was|were|is|are|has|have|had)\b.*\b(?:die|died|dies|killed|hurt|injured|wounded"
    r"|harmed|poisoned)\b"
    r"|what\s+(?:killed|hurt|injured)\b|what\s+(?:did|does|do)\b.*\bdie\s+(?:of|from)\b"
    r"|how\s+(?:is|are|was|were)\b.*\b(?:doing|faring|recovering)\b"
    r"|in\s+what\s+(?:condition|state)\b|what\s+(?:condition|state)\s+(?:is|are|was|were)\b.*\bin\b"
    r"|what(?:'s|\s+is|\s+was)\s+wrong\s+with\b)"
)
# ... whose answer, besides an ailment (``AILMENT_WORDS``), is a state of health or the way someone was
# killed or hurt: a sentence holding one of these fits the question.
HEALTH_STATE_PATTERN = (
    r"\b(?:critical|stable|serious|satisfactory|grave|comfortable)\s+(?:but\s+\w+\s+)?condition\b"
    r"|\bcritically\b|\blife-threatening\b|\blife-changing\b|\bfighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)\b"
    r"|\bintensive\s+care\b|\brecovering\b|\bdischarged\b|\bunconscious\b"
    r"|\b(?:shot|stabbed|punched|beaten|strangled|drowned|hanged|poisoned|electrocuted|crushed|mauled)\b"
    r"|\b(?:overdose|suicide|heart\s+attack|cardiac\s+arrest|natural\s+causes|complications)\b"
    r"|\b(?:battle|fight)\s+(?:with|against)\b|\bdied\s+(?:of|from)\b"
    r"|\b(?:killed|hurt|injured)\s+(?:in|by|when)\s+(?:a|an|the)\b"
)
# The verbs of harm such a question asks the way of ("how did the driver die?"): they say what kind of answer is
# wanted, as "long" in "how long", and the sentence that tells the cause seldom repeats them ("lost him to
# cancer"), so they weigh less in the search (``Weights.harm``).
HARM_VERBS = _words("die died dies kill killed hurt injure injured wound wounded harm harmed poison poisoned")

# --- qa19 ---
# the dependency labels of a verb of saying's speaker: its subject ("Ruiz said", "said the mayor, Ana Ruiz")
SPEAKER_DEPS = _words("nsubj")

# --- qa21 ---
# nouns that give the person they name a sex: "Who is her husband?" answered "Ode Ferris" makes Ode Ferris a
# "he" for the thread, whatever the article's nearest pronoun says (qa/sexes.py ``asked_sex``)
SEXED_NOUNS = {
    **dict.fromkeys(
        _words(
            "husband boyfriend fiance father dad son brother uncle nephew grandfather grandson stepfather "
            "stepson widower king prince"
        ),
        "m",
    ),
    **dict.fromkeys(
        _words(
            "wife girlfriend fiancee mother mum mom daughter sister aunt niece grandmother granddaughter "
            "stepmother stepdaughter widow actress queen princess"
        ),
        "f",
    ),
}

# --- qa54 ---
# what follows a name when the pronoun after it is someone else's: "... with his wife Ana Ode by his side", "Ode at
# her side", "Ode beside him" (qa/sexes.py: no vote for the name's sex)
# an ailment named after its finder: a name before "'s" and one of these is no one ("Ivo Lund's syndrome")
EPONYM_AILMENTS = _words("disease diseases syndrome lymphoma disorder palsy sarcoma dystrophy ataxia chorea")
BESIDE_PATTERN = r"\s+(?:(?:by|at)\s+(?:his|her)\s+side|(?:beside|alongside)\s+(?:him|her))\b"

# --- qa22 ---
# The measure a "how deep / tall / far ...?" question asks for, as the noun a sentence gives it with ("lies at
# a depth of 40 metres", "a height of 300 feet"): the adjective only says what kind of answer is wanted, so the
# noun is searched for in its place (not for a share or an amount of money: "how high is the rate?").
# Units of weight: "how heavy is it?", "how much did it weigh?" asks for a number in one of these ("24lbs", "1.2 tonnes").
WEIGHT_UNITS = _words(
    "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes g gram grams gramme grammes lb lbs pound pounds "
    "ounce ounces oz stone tonne tonnes ton tons"
)
# The measure a "how tall / high / deep / wide / heavy" question asks for, by the units a number answering it
# carries ("how tall is the tower?": "301m", "1,063ft"); "how far" and "how long" are left out ("how far behind the
# leader?" asks shots, "how long" a length of time as often as of a thing, which ``DURATION_PATTERN`` covers).
# Units of temperature: "how cold was it?" asks for a number in one of these ("minus 40 degrees", "-5C"; qa63).
TEMPERATURE_UNITS = _words("degree degrees c f celsius fahrenheit centigrade")
DIMENSION_UNITS: dict[str, frozenset[str]] = {
    "cold": TEMPERATURE_UNITS,
    "hot": TEMPERATURE_UNITS,
    "warm": TEMPERATURE_UNITS,
    "tall": LENGTH_UNITS,
    "high": LENGTH_UNITS,
    "deep": LENGTH_UNITS,
    "wide": LENGTH_UNITS,
    "heavy": WEIGHT_UNITS,
    "weigh": WEIGHT_UNITS,
}
# --- qa31 (twenty-ninth pass) ---
# Units of volume and area, and the millimetre (rain, snow), beside length and weight: "how much rain / wheat / weight
# ...?" asks for an amount of a stuff, measured in one of ``STUFF_UNITS`` ("96mm", "610,000 tonnes", "212 litres"),
# not a count or a share.
STUFF_UNITS = (
    LENGTH_UNITS
    | WEIGHT_UNITS
    | _words(
        "mm millimetre millimetres millimeter millimeters litre litres liter liters gallon gallons barrel barrels "
        "pint pints cubic acre acres hectare hectares"
    )
)
# "how much" + a word that names no stuff: an auxiliary, a modal, a preposition, a comparative's "more" / "less"
HOW_MUCH_STUFF = (
    r"\bhow much (?!(?:is|was|are|were|did|does|do|will|would|has|have|had|can|could|may|might|must|should|shall"
    r"|more|less|of|in|per|for|on|to|at|by|further|extra|else|longer|the|a|an|his|her|their|its|this|that)\b)"
    r"([a-z]+)\b"
)
DIMENSION_NOUNS: dict[str, str] = {
    "cold": "temperature",
    "hot": "temperature",
    "warm": "temperature",
    "deep": "depth",
    "tall": "height",
    "high": "height",
    "far": "distance",
    "wide": "width",
    "heavy": "weight",
    "fast": "speed",
}
# A when-question about what is still to come ("when will she be sentenced?", "when is the next vote?") ...
AHEAD_QUESTION = r"\b(?:will|shall|going to|next|due|expected|scheduled|set to)\b|['\u2019]ll\b"
# ... is answered by a date the sentence puts ahead: one of these stands within the few words before it ("would
# be sentenced on 19 May", "is scheduled for 4 June", "is expected to close in late 2031") ...
AHEAD_MARKERS = (
    r"\b(?:will|would|shall|due|scheduled|expected|set to|set for|planned|plans? to|intends? to|aims? to"
    r"|going to|is to|are to|forecast)\b|['\u2019]ll\b"
)
AHEAD_REACH = 6  # words before the date
# ... or the date says so itself ("next month", "tomorrow", "later this year")
AHEAD_DATE = r"^(?:next|tomorrow|coming|later|early next|late next|by|before|until|within|in the next)\b"
# A date that says itself it is past ("last month", "yesterday", "earlier this year"); "... ago" is read after it
BEHIND_DATE = r"^(?:(?:on|in|at)\s+)?(?:last|yesterday|earlier|previous|this morning|this afternoon)\b"
# The entity labels that name the other kinds of thing a which-question's noun can ask for (the nouns' kinds from
# lexicon/noun_kinds_more.py): "which ship" a vessel's name, "which initiative" a campaign's, "which race" an
# event's, "which horse" an animal's (the small recogniser calls such names a person, an organisation or a product)
MORE_KIND_LABELS: dict[str, frozenset[str]] = {
    "artifact": frozenset({"PRODUCT", "FAC", "ORG", "WORK_OF_ART"}),
    "act": frozenset({"LAW", "EVENT", "WORK_OF_ART", "ORG"}),
    "event": frozenset({"EVENT"}),
    "animal": frozenset({"PERSON", "ORG", "PRODUCT"}),
}
# ... which it also leaves untagged: a capitalised run that no entity of another kind covers counts
MORE_KIND_UNTAGGED = frozenset({"artifact", "act", "event", "animal"})

# --- qa25 ---
# a question asking a margin: opening on "by" + "how much" / "how many" (the size of a difference, any unit)
MARGIN_QUESTION = r"\W*(?:and\s+|so\s+)?by\s+how\s+(?:much|many|far|long)\b"
# a difference after a number: its unit (at most two words) then a comparative and "than" ("9 points
# clearer than", "three more than", "40 minutes slower than")
MARGIN_AFTER = r"\s*(?:[\w.-]+\s+){0,2}?(?:[a-z]{2,}er|more|less|fewer)\s+than\b"

# --- qa27 ---
# a where-question about the place someone starts a race from, on a grid or in a field ("where will she start
# on Sunday?", "where do the two cars start?"): a ranking, like finishing; not where a thing began ("where did
# the blaze start?", whose subject is no person, pronoun or competitor)
START_POSITION_QUESTION = (
    r"^\s*(?i:(?:and\s+)?where (?:will|does|do|did|is|are|would|could)) (?:he|she|they|[A-Z][\w'-]+(?: [A-Z][\w'-]+)*"
    r"|the (?:[\w-]+ )*(?:cars?|drivers?|riders?|teams?))\s+(?:be )?start(?:s|ing)?\b"
)

# --- qa28 ---
# a rounded count's hedge, grouped by where the exact figure it rounds lies: "more than 65" stands for an
# exact count above it, "nearly 65" for one below, "about 65" for one either side (news rounds in the lede and
# gives the exact figure lower down)
ROUNDED_ABOVE = r"more than|over|at least|upwards of|in excess of|just over"
ROUNDED_BELOW = r"nearly|almost|close to|just under|under|fewer than|less than"
ROUNDED_NEAR = r"about|around|some|roughly|approximately|an estimated"
# a year ("in 1968", "2004's"): a count in a sentence dated by one may be a past event's
YEAR_PATTERN = rf"\b{YEAR_SHAPE}\b"

# --- qa30 ---
# a who-question asking whom a side plays: "who" as the object of a verb of meeting in play, with a subject between
# ("who are they playing next?", "who will Ode face in the final?", "who do the Reds host on Sunday?"); not who plays
# a part ("who plays the lead?", no subject) nor whom someone plays for ("who did he play for?")
OPPONENT_QUESTION = (
    r"^\W*(?i:(?:and\s+|so\s+)?who(?:m)?\s+(?:are|is|do|does|did|will|would|could|can|must|have|has|were|was)\s+)"
    r"(?:[\w'\u2019.-]+\s+){1,5}?(?i:(?:be\s+)?(?:play(?:s|ing|ed)?|fac(?:e|es|ing|ed)|meet(?:s|ing)?|met"
    r"|host(?:s|ing|ed)?|visit(?:s|ing|ed)?|tak(?:e|es|ing)\s+on|took\s+on|up\s+against))\b(?!\s+for\b)"
)
# where a sentence names a side's opponent: the name after one of these (at most three lower-case words between,
# none a preposition that sets another role: "will play 12th seed Ana Ode", "against bottom club Tarnby",
# "victory over sixth-placed Arvia", "at home to Kell"; not the ground a side visits, "visiting the Dome")
OPPONENT_MARKER = (
    r"\b(?i:against|v|vs|versus|play(?:s|ing)?|fac(?:e|es|ing)|meet(?:s|ing)?|host(?:s|ing)?"
    r"|visit(?:s|ing)?(?!\s+the\b)|visit of|tak(?:e|es|ing) on|up against|at home to|away (?:to|at)|(?:win|victory|defeat|derby|clash|tie)"
    r" (?:over|with|against))\.?\s+(?:(?!(?:for|in|at|on|with|to|from|by|of|into|under|after|before|during|since)\b)"
    r"[a-z0-9][\w'-]*\s+){0,3}(?=[A-Z])"
)
# --- qa27 ---
# a question asking how many people saw an event where it was held: "how many (people / fans / spectators) watched
# / saw / attended / were at the match?", "how big was the crowd?", "what was the attendance?" (an event noun after
# the verb: not "how many pupils attend the school?", "how many people attended the clinic?")
AUDIENCE_EVENTS = (
    r"game|match|final|semi-final|fixture|tie|derby|clash|race|concert|gig|show|festival|ceremony|service|rally"
    r"|parade|march|protest|vigil|event|fight|bout|contest|tournament|premiere|performance|meeting|funeral"
)
AUDIENCE_QUESTION = (
    r"\bhow\s+(?:big|large)\s+(?:was|is|were)\s+the\s+(?:crowd|audience|attendance|gate)\b"
    r"|\bwhat\s+(?:was|is)\s+the\s+(?:crowd|attendance|gate)\b"
    r"|\bhow\s+many\s+(?:people\s+|fans\s+|spectators\s+|supporters\s+|viewers\s+)?"
    r"(?:(?:came\s+(?:to\s+)?|turned\s+(?:out|up)\s+(?:for|at|to)\s+|were\s+(?:at|in)\s+|(?:watch|attend|saw|see)"
    r"(?:ed|ing)?\s+)(?:the|this|that|their|its|his|her|a|an)\s+(?:[\w'-]+\s+){0,3}?"
    rf"(?:{AUDIENCE_EVENTS})s?\b"
    r"|(?:spectators|supporters)\b)"
)
# a count of the people who saw an event, in a sentence: "a crowd of 1,250", "a 12,000 crowd", "in front of 8,400",
# "an attendance of 30,000", "watched by 2,000 fans", "18,000 fans packed the stadium"
_AUDIENCE_NUMBER = (
    r"(?:about |around |some |roughly |more than |nearly |almost |over |just over |just under )?"
    r"\d[\d,.]*(?:\s?(?:million|m|k|thousand))?"
)
AUDIENCE_COUNT = (
    rf"\b(?:crowd|attendance|audience|gate)\s+(?:of|was|were|is)\s+{_AUDIENCE_NUMBER}"
    rf"|\b{_AUDIENCE_NUMBER}[- ](?:strong\s+|capacity\s+|sell-out\s+|sellout\s+|home\s+|record\s+)?(?:crowd|attendance|audience|gate)\b"
    rf"|\bin front of\s+(?:an?\s+)?(?:(?:sell-out|sellout|capacity|record|packed|home)\s+)?(?:(?:crowd|audience)\s+of\s+)?{_AUDIENCE_NUMBER}"
    rf"|\bwatched\s+by\s+(?:(?:a\s+)?(?:crowd|audience)\s+of\s+)?{_AUDIENCE_NUMBER}"
    rf"|\b{_AUDIENCE_NUMBER}\s+(?:fans|spectators|supporters|people|viewers)\s+(?:watched|saw|attended|packed|turned\s+(?:out|up)|were\s+in\s+attendance)\b"
)
# a question asking what something is worth ("how much is the prize worth?", "how much was the race worth?")
WORTH_QUESTION = r"\bhow much\b.*\bworth\b"
# a sum of money standing before the thing it is the value of, after a determiner ("the £50,000 Kell Prize", "a
# $2m contract", "its €40m stadium"): not a sum given to or for something ("gave £5,000 to the fund")
ATTRIBUTIVE_MONEY = (
    r"\b(?:a|an|the|its|their|his|her)\s+[\u00a3$\u20ac]\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)?\s+[A-Za-z]"
)
# a total sum paid for the thing or given as its worth, a scale word after it and no unit it is paid per ("agreed to
# buy the mill for $40 million", "sold for 1.2 billion euros", "exports worth $3 billion"), not a price per unit
# ("for $12 a share", "for 300 pence each")
PRICE_FOR_MONEY = (
    r"\b(?:for|worth|valued at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?"
    r"(?:[\u00a3$\u20ac]\s?\d[\d,.]*\s?(?:m|bn|million|billion)\b|\d[\d,.]*\s?(?:million|billion|bn)\s+"
    r"(?:pounds?|dollars?|euros?|sterling|yuan|yen|francs?|rupees?)\b)"
    r"(?!\s+(?:a|an|per|each)\b)"
)
# a total sum in words standing before the thing it is the value of ("a 3 billion euro merger", "a 40 million pound
# ($51 million) contract"), as :data:`ATTRIBUTIVE_MONEY` with the currency named after the number
WORDED_ATTRIBUTIVE_MONEY = (
    r"\b(?:a|an|the|its|their|his|her)\s+\d[\d,.]*\s?(?:million|billion|bn)\s+"
    r"(?:pound|dollar|euro|yen|franc|rupee|yuan)\s+(?:\([^()]*\)\s+)?[A-Za-z]"
)
# a dateline opening a sentence: a place's name in capitals before the story's date or a dash ("PORTMERE, 3 May -",
# "KELBY, Tuesday 4 June \u2014", "ASHTON (Wire) -"): where the story was filed, never who did anything
DATELINE_OPENER = (
    r"[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*"
    rf"(?=\s*,\s*(?:{WEEKDAY_ALT}|{MONTH_ALT}|{MONTH_ABBREVIATION_ALT}|\d)|\s*\(|\s+[\u2014\u2013-]\s)"
)
# a number that is part of a name: bare digits right after a capitalised word that does not open its sentence and
# is no month, weekday or all-capitals heading ("Canal 9 Sport", "the chain Velvet 33", "Lane 7"), not a side of a
# scoreline after a team ("beat Kell 2-1"): no count, amount or share
NAME_NUMBER_BEFORE = (
    r"(?<=[\w,;:'\u2019\"\u201d)] )"
    rf"(?!(?:{MONTH_ALT}|{MONTH_ABBREVIATION_ALT}|{WEEKDAY_ALT}|No|Number|Nos?)\s+$)"
    r"[A-Z][a-z][\w'-]*(?<!'s)(?<!\u2019s)\s+$"
)
# a who-question whose "who" is the object ("who did the board thank?", "who is she dating now?", "who is he said to
# be related to?"): do-support, or a form of "be" with a subject and a participle last (a preposition or a time word
# may follow); not "who is likely to win?", "who is the club's doctor?"
OBJECT_WHO = (
    r"^\W*(?i:(?:and\s+|so\s+)?who(?:m)?\s+)(?:(?i:do|does|did)\s+\S|(?i:is|are|was|were)\s+\S.*\b[a-z]+(?:ing|ed)"
    r"(?:\s+(?:to|with|by|for|from|about|at|on|in|now|next|then|today|again|these days))*\W*$)"
)
# --- qa43 ---
# One name, several forms: a country and its people or language ("Britons" / "Britain" / "British", "the Dutch" /
# "the Netherlands"), a party and its nickname ("the Tories" / "the Conservatives"). Each class is one retrieval key
# (its first form) for a capitalised word or an acronym, so a question that names the people finds the sentence
# that names the country, and the article that says "Tory" mentions the question's "Conservatives". Regular forms
# the lemma tables already join ("Germans" / "German") and the invented places of fiction are not listed; a
# lower-case "conservative" (an estimate, a view) keeps its own key.
NAME_FORMS: tuple[tuple[str, ...], ...] = (
    ("britain", "british", "briton", "britons", "brit", "brits", "uk"),
    ("england", "english", "englishman", "englishmen", "englishwoman"),
    ("scotland", "scottish", "scot", "scots", "scotsman", "scotswoman"),
    ("wales", "welsh", "welshman", "welshmen"),
    ("ireland", "irish", "irishman", "irishmen"),
    ("france", "french", "frenchman", "frenchmen", "frenchwoman"),
    ("germany", "german", "germans"),
    ("spain", "spanish", "spaniard", "spaniards"),
    ("netherlands", "dutch", "holland", "dutchman"),
    ("switzerland", "swiss"),
    ("china", "chinese"),
    ("japan", "japanese"),
    ("greece", "greek", "greeks"),
    ("denmark", "danish", "dane", "danes"),
    ("sweden", "swedish", "swede", "swedes"),
    ("norway", "norwegian", "norwegians"),
    ("finland", "finnish"),
    ("portugal", "portuguese"),
    ("israel", "israeli", "israelis"),
    ("iraq", "iraqi", "iraqis"),
    ("iran", "iranian", "iranians"),
    ("pakistan", "pakistani", "pakistanis"),
    ("afghanistan", "afghan", "afghans"),
    ("america", "american", "americans", "usa"),
    ("russia", "russian", "russians"),
    ("italy", "italian", "italians"),
    ("canada", "canadian", "canadians"),
    ("australia", "australian", "australians", "aussie", "aussies"),
    ("mexico", "mexican", "mexicans"),
    ("brazil", "brazilian", "brazilians"),
    ("egypt", "egyptian", "egyptians"),
    ("syria", "syrian", "syrians"),
    ("ukraine", "ukrainian", "ukrainians"),
    ("belgium", "belgian", "belgians"),
    ("tory", "tories", "conservative", "conservatives"),
    ("republican", "republicans", "gop"),
    ("democrat", "democrats"),
)

# --- qa58 ---
# A question asking what someone does for a living: "what does she do for a living / for work?", "what is his
# job / profession / occupation?", "what did he do before he retired?" is left out (a plain "do" asks anything)
JOB_QUESTION = (
    r"\bdo(?:es)?\s+for\s+(?:a\s+)?(?:living|work)\b"
    r"|\bwhat(?:'s|\u2019s|\s+is|\s+was|\s+were|\s+are)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:job|profession|occupation"
    r"|trade|line\s+of\s+work)\W*$"
)
# ... answered by a sentence that tells a job: "works as", "a job as", "by trade", a verb of trade ("sold fish at
# the market") ...
JOB_MARKERS = (
    r"\b(?:works?|worked|working|employed|job|career)\s+as\b|\bby\s+trade\b|\bfor\s+a\s+living\b"
    r"|\b(?:sells?|sold|selling)\s+(?!out\b|off\b|up\b)[a-z]"
)
# ... or an occupation noun (with the occupations of ``lexicon.actors``; not its role words, which hold titles,
# ranks and offices a sentence names in passing: "Mr", "Sir", "spokesman", "star"); singular forms
JOB_WORDS = _words(
    "hairdresser barber stylist beautician cleaner builder mechanic accountant shopkeeper stallholder vendor "
    "trader seller salesman saleswoman salesperson labourer laborer miner fisherman farmer cook chef "
    "gardener caretaker janitor porter postman postwoman tailor seamstress designer engineer architect "
    "programmer developer scientist researcher doctor nurse surgeon paramedic firefighter soldier sailor "
    "pilot driver lawyer attorney solicitor barrister banker broker teacher tutor professor carer nanny "
    "childminder secretary receptionist librarian model actor actress singer musician artist author "
    "officer constable detective guard technician worker employee"
)

# The offices a who-question's verb asks the holder of ("who chairs the board?": its chair; "who runs the
# firm?": its chief executive; qa62): the verb's lemma and the role nouns a story names the holder by, before
# or beside the name ("chair Ana Ode", "Ana Ode, its founder"). Multi-word nouns are matched as they stand.
ROLE_VERB_NOUNS: dict[str, tuple[str, ...]] = {
    "chair": ("chair", "chairman", "chairwoman", "chairperson"),
    "run": ("chief executive", "ceo", "boss", "managing director", "head", "owner"),
    "head": ("head", "chief", "leader", "director"),
    "lead": ("leader", "head", "organiser", "organizer", "chief", "captain"),
    "found": ("founder", "co-founder"),
    "own": ("owner", "co-owner"),
    "coach": ("coach", "head coach", "manager", "boss"),
    "manage": ("manager", "boss", "head coach", "coach"),
    "captain": ("captain", "skipper"),
    "train": ("trainer", "coach"),
    "edit": ("editor",),
    "direct": ("director",),
    "organise": ("organiser", "organizer"),
    "organize": ("organiser", "organizer"),
    "referee": ("referee",),
    "host": ("host", "presenter", "master of ceremonies"),
    "present": ("presenter", "host"),
    "ride": ("jockey", "rider"),
    "command": ("commander",),
    "govern": ("governor",),
    "design": ("designer", "architect"),
    # "who is building the line?": the firm a story names as its contractor or developer (qa64)
    "build": ("main contractor", "contractor", "builder", "developer"),
}

# Role nouns that name the same office, so "who is his lawyer?" finds "his attorney, Ana Ode," (qa62).
ROLE_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"lawyer", "attorney", "solicitor", "counsel", "barrister"}),
    frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    frozenset({"chief executive", "ceo", "managing director"}),
    frozenset({"coach", "head coach", "manager", "boss"}),
    frozenset({"founder", "co-founder"}),
    frozenset({"owner", "co-owner"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"organiser", "organizer"}),
)

# --- Question analysis (qa/question.py) ---------------------------------------------------------------------------
# Patterns read on the question as ``qa/question.py`` normalizes it: lower-cased, one space between words, without
# end punctuation, padded with one space each side (" who is the mayor "); each is searched for, ``^`` marking the
# question's start.

# A request around a question ("can you tell me who won?"), taken off before the question is read (in any case).
QUESTION_REQUEST_PATTERN = (
    r"^\s*(?:(?:can|could|would) you |please )?(?:tell me|do you know|let me know)\s+"
    rf"(?=(?:{'|'.join(sorted(WH_WORDS))})\b)"
)
# A word that opens a follow-up and asks nothing ("and who won?", "so, when is it?"), taken off.
QUESTION_LEAD_PATTERN = r"^ (and|so|but|then|ok|okay|also|now),? "
# "what did ...?", "what has the union ...?": a question that asks what was said or offered, with a verb of the kind
_WHAT_DID = (
    r"(?: what (did|does|do|has|have|will|would|was|is)\b| what (\w+ ){1,3}(did|does|has|have|will)\b)"
)
# A question asking the name a thing goes by ("what is the new ferry called?", "what was the operation named?"), on
# the question's normalised form (lower case, padded with a space each side): its verb of naming is not searched for,
# the answer seldom uses it ("a new ferry, <name>"; qa63).
NAMING_QUESTION = r"^ what(?:'s| is| was| are| were) (?:[\w'-]+ ){1,6}?(called|named) $"
# The type of a question (a ``QuestionType`` value) and the pattern that tells it, tried in this order: the first
# found gives the question's type; none found, its type is "other". A new type, or a new wording of one, is a row
# or an alternative here.
QUESTION_TYPE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "what_next",
        r"\b(what|what's|whats)\b.*\b(happens?|happening|comes?|will happen|is going to happen)\s+next\b"
        r"|\bnext steps?\b|\bwhat'?s next\b|\bwhat now\b|\bwhat will happen\b|\bwhat happens now\b",
    ),
    (
        # "who is involved?", "who are the main players?", "who is in it?" (and what is left of "who is in the
        # second story?" without its pointer)
        "involved",
        r"\bwho(?:'s| is| are| was| were)? (?:involved|behind (?:it|this)|the (?:key|main) (?:players|people|actors|figures))\b"
        r"|^ who(?:'s| is| are| was| were)?(?: in (?:it|this|that))? $",
    ),
    ("gist", rf"^(?:{GIST_PATTERN})"),
    ("how_many", r"\bhow (many|often)\b"),
    (
        "how_much",
        r"\bhow (much|large|big|high|low|long|far|old|tall|heavy|deep|wide|fast|powerful|strong|severe|close|expensive|hot|cold|warm"
        r"|quickly|early|late)\b"
        r"|\bwhat (percentage|proportion|share)\b|^ (?:at |from )?what age\b",
    ),
    # "what is the new ferry called?": the name a thing goes by, not what was said (before "say", which "called"
    # would match; qa63)
    ("which", NAMING_QUESTION),
    # "how did ... respond?", "what did ... say?", "what did ... offer?": with a verb of the kind anywhere
    ("respond", rf"^(?=.*\b(?:{RESPOND_QUESTION_VERBS})\b) how (did|does|do|has|have|will|would)\b"),
    ("say", rf"^(?=.*\b(?:{SAY_QUESTION_VERBS})\b){_WHAT_DID}"),
    ("offer", rf"^(?=.*\b(?:{OFFER_QUESTION_VERBS})\b){_WHAT_DID}"),
    (
        "who",
        r"^ (who|whom|whose)\b"
        r"|^ (which|what) (\w+ )?(person|people|man|woman|men|women|candidates?|leaders?|officials?|companies|company|"
        r"groups?|organi[sz]ations?|countries|country|party|parties|team|teams|club|clubs|firm|firms|player|players|side)\b",
    ),
    (
        "when",
        r"^ when\b|^ (what|which|on what|in what) (date|day|time|year|month)\b"
        r"|\bwhat time\b|\bby when\b|\bhow soon\b",
    ),
    (
        "where",
        r"^ where\b"
        r"|^ (in |at |to |from )?(what|which) (city|country|place|town|region|area|location|hospital|prison|state|venue|stadium)\b",
    ),
    (
        # "which ship?", "what is the name of the ship?": a named thing
        "which",
        r"^ (in |at |on |for |from |to |by )?which \w+"
        r"|^ what(?:'s| is| was| are| were)? (?:the |its |his |her |their )?(?:full |real |first |last )?names? (?:of|for)\b",
    ),
    (
        "why",
        r"^ (why|how come)\b|^ what (caused|led to|prompted|triggered|drove|sparked)\b"
        r"|\bwhat (was|is|were|are) the (reason|cause)s?\b|\bfor what reason\b|\bwhat for\b",
    ),
    (
        # "how did they pay for it?" asks for a means; "how did it go?", "how did she feel?" for a state
        "manner",
        r"^(?!.*\b(feel|feels|felt|go|goes|going|gone|went|end|ended|turn out|turned out|fare|fared|look|looks|seem|"
        r"seems|doing|old|long|much|many)\b) how (did|does|do|will|would|was|were|is|are|has|have|had|can|could)\b",
    ),
    ("yes_no", r"^ (is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b"),
)
# The kind of answer a measure question expects (``expect_of``), read on the lower-cased question as written.
MEASURE_QUESTION_PATTERNS = {
    "age": r"\bhow old\b|\bwhat age\b",
    # "how long", and the adverbs of time that ask a length of time as it: "how quickly can it be built?" (within six
    # weeks), "how early should they arrive?" (three hours before); qa64
    "duration": r"\bhow (?:long|quickly|early|late)\b",
    # "per share" / "a share" is what a price is paid for, not a share of a whole
    "per_share": r"\b(?:per|a|each) share\b",
    "percent": r"percent|per cent|%|\bwhat (?:percentage|proportion|share)\b|\bhow much of (?!a\b)",
    "weight": r"\bweigh(?:s|ed|ing)?\b",
    "money": r"\bhow (much|expensive) (money|cash|did|does|do|will|would|is|was|are|were)\b",
    # "what is / was ...?" (curly apostrophes made straight)
    "what_is": r"^\s*what(?:'s| is| was| are| were)\b",
}
# the word after "how" ("how deep is the wreck?"), in any case
HOW_WORD = r"\bhow (\w+)"
# the words that only say what kind of answer is wanted ("how long", "what time"): not searched for (in any case)
ASKED_KIND_PATTERN = (
    r"\bhow (\w+)|\b(?:what|which) (time|date|day|year|month|age|percentage|proportion|share"
    r"|city|country|state|town|region|place|location)\b"
)
# a question that leans on the turn before it ("And how many?", "What about her?"), in any case
ELLIPTICAL_OPENING = r"^\s*(and|so|but|what about|how about)\b"
# a capitalised name a question uses ("Irene Castell", "WHO", "the Bank of Ostland")
QUESTION_NAME_PATTERN = (
    r"(?<![\w'])(?:[A-Z][\w'\u2019&.-]*|[A-Z]{2,})(?:\s+(?:of |the |de |von |van |al-)?[A-Z][\w'\u2019&.-]*)*"
)
# a contraction's ending on a word ("What's", "Who'd")
CONTRACTION_END = r"['\u2019](?:s|re|ll|d)$"
# phrases that point back in a thread ("the second suspect", "that company"), in any case
ORDINAL_REFERENCE_PATTERN = (
    r"\bthe (first|second|third|fourth|other|latter|former|same|two|three|both) (\w+)"
    r"|\b(that|this|those|these) (\w+)"
)
# a possessive determiner and the word after it ("her bank"), in any case
POSSESSIVE_REFERENCE_PATTERN = rf"\b({'|'.join(sorted(POSSESSIVE_PRONOUNS))}) ([a-z]+)"
# Event nouns a story uses for one event in turn ("the crash" ... "the accident"): a question's noun counts, with
# a share, in a sentence holding another of its class (qa/engine.py ``_event_kin``). "incident" is the word for
# several kinds. Measured in qa/weights.py (``event_kin``).
EVENT_KIN: tuple[frozenset[str], ...] = (
    _words("crash accident collision incident smash wreck derailment"),
    _words("fire blaze inferno"),
    _words("attack assault stabbing shooting incident"),
    _words("explosion blast incident"),
    _words("flood flooding deluge"),
    _words("earthquake quake tremor"),
    _words("match game fixture"),
    _words("protest demonstration rally"),
    _words("strike walkout stoppage"),
    _words("deal agreement accord pact"),
)
