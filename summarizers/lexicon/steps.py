"""Words and patterns that mark a next step: future and modal auxiliaries, verbs of planning by
lemma, scheduled-date words, and the cues that a forward-looking form is not a step after all
(counterfactual "would have", habitual past, evaluative "it will be great").

Data only, keyed by lemma (``Token.lemma_``) or lower-cased form as each name says.
"""

from __future__ import annotations

import re

from newsbrief.summarizers.lexicon.actors import KIN_WORDS, PERSON_NOUNS, ROLE_WORDS
from newsbrief.summarizers.lexicon.common import CALENDAR_ALT, MONTH_ABBREVIATIONS, WEEKDAY_NAMES
from newsbrief.summarizers.lexicon.common import SPEECH_LEMMAS as COMMON_SPEECH
from newsbrief.summarizers.lexicon.noun_kinds import KINDS as NOUN_KINDS
from newsbrief.summarizers.lexicon.noun_kinds_more import KINDS as MORE_NOUN_KINDS
from newsbrief.summarizers.lexicon.text import OPENING_QUOTE_MARKS

# Sentences holding one of these words are parsed (newsbrief.summarizers.facets._needs_parse) so that the
# step rules can read their tense and aspect.
_FUTURE_WORD_CUE_RE = re.compile(
    r"\b(?:will|would|shall|'ll|could|might|may|should|must|going to|plans?|planned|planning|intends?|"
    r"intended|aims?|expects?|expected|due|scheduled|set to|is to|are to|was to|were to|offer(?:s|ed)?|"
    r"propos(?:e|es|ed|al)|call(?:s|ed)? for|urg(?:e|es|ed)|demand(?:s|ed)?|appeal(?:s|ed)?|ready|"
    r"prepar(?:e|es|ed|ing)|threat(?:en|ens|ened)?|warn(?:s|ed)?|vow(?:s|ed)?|pledg(?:e|es|ed)|"
    r"promis(?:e|es|ed)|predict(?:s|ed)?|(?:willing|poised) to|forecasts?|invit(?:e|es|ed)|agreed to|next|tomorrow|upcoming|"
    r"later this|deadline|continues|resumes|(?:has|have|need|needs) to|(?:is|are) (?:trying|seeking|"
    r"working|looking|pushing|moving|considering|weighing|preparing|planning|investigating|reviewing)|"
    r"faces?|facing|awaits?|awaiting|pending|adjourned|postponed|delayed|deferred|remanded|bailed|"
    r"rescheduled|until|going to|(?:waits|(?:is|are|'s|'re|am) (?:still )?waiting) for|under (?:investigation|review|inquiry|consideration|"
    r"scrutiny|examination|assessment|evaluation|appeal|probe)|(?:wants|hopes) to|asks?|asking|seeks?|seeking|decides?|recommends?|"
    r"orders?|call(?:s|ed)? on|yet to|(?:hopeful|confident) of|attempt(?:s|ing)? to|committed|dedicated|this (?:spring|summer|autumn|fall|winter)|"
    r"(?:from|starting|beginning|as of) (?:today|tonight)|(?:is|are|'s|'re) \w+ing (?:\w+ ){0,4}(?:today|tonight)|"
    # an effort or a call under way with an adverb before it ("the union is also considering", "we
    # are still seeking"; "calling" with any word before it: "kept calling for a levy")
    r"calling (?:on|for)|(?:is|are|'s|'re|am) (?:now|also|still|currently|already) (?:trying|seeking|"
    r"looking|pushing|moving|considering|weighing|preparing|planning|investigating|reviewing|calling|"
    r"asking|appealing)|"
    # a weekday after "on" ("is in the capital on Tuesday"): the day may lie ahead
    rf"on (?:{'|'.join(WEEKDAY_NAMES)}))\b",
    re.I,
)

# adverbs of a habit or a truism ("she will often train at weekends", "a farmer will usually plant"):
# with any modal, what tends to happen, not what comes next (lower-cased forms)
HABIT_ADVERBS = frozenset(
    {
        "often",
        "usually",
        "sometimes",
        "always",
        "normally",
        "typically",
        "generally",
        "regularly",
        "frequently",
        "rarely",
        "seldom",
        "occasionally",
        "routinely",
    }
)
# words anywhere in a "would"/"could" clause that make it a habit or a repeated past event ("each
# time the bell would ring") (lower-cased forms)
HABIT_WORDS = frozenset({"every", "each", "whenever", "often", "sometimes", "usually", "always", "never"})
# modal auxiliaries (lower-cased forms, as the tagger gives them with tag MD)
FUTURE_MODALS = frozenset({"will", "wo", "'ll", "shall", "would", "could", "might", "may", "should", "must"})
# set phrases that sound ahead but say how things are or how someone feels: a verb (by lemma) and
# the words after it (lemmas; "*" stands for any one word), as in "that will come as no shock to
# fans", "the patient was fighting for her life", "they will go a long way to help"
IDIOM_PATTERNS: tuple[tuple[str, ...], ...] = (
    ("come", "as", "no", "surprise"),
    ("come", "as", "a", "surprise"),
    ("come", "as", "no", "shock"),
    ("come", "as", "a", "shock"),
    ("fight", "for", "*", "life"),
    ("make", "the", "most", "of"),
    ("go", "a", "long", "way"),
    ("take", "its", "toll"),
    ("make", "end", "meet"),
    ("stand", "the", "test", "of", "time"),
    ("be", "here", "to", "stay"),
    # steps35: advice accepted ("the board will take it on board"), a promise to listen, no event
    ("take", "*", "on", "board"),
    ("take", "on", "board"),
    # steps41: a dislike, not an act ahead ("the villagers want nothing to do with the quarry")
    ("want", "nothing", "to", "do", "with"),
    ("want", "little", "to", "do", "with"),
)
# modals of a commitment: with "I"/"we" in quotes a speaker's stated intent ("'we will appeal'")
INTENT_MODALS = frozenset({"will", "wo", "'ll", "shall"})
# subordinators of a condition: a clause under one says what would follow, not what comes next,
# unless the step keeps what it conditions (lower-cased forms)
CONDITION_MARKS = frozenset({"if", "unless"})
# a "would" under a time clause in the simple past says what used to happen ("would dance when the
# rain came", "whenever she visited"), not what comes next (lower-cased forms)
PAST_TIME_MARKS = frozenset({"when", "whenever", "once"})
# "will" shifted back under a past verb of saying ("she said she would resign"): in indirect speech
# with a pronoun for the speaker, the same commitment as a quoted "I will"
INDIRECT_INTENT_MODALS = frozenset({"would"})
# modals weaker than "will": a possibility or an obligation, not a plan
WEAK_MODALS = frozenset({"could", "might", "may", "should", "must"})
# modals that in a past narrative say what used to happen or what was possible then
# ("he would swim every morning", "she could see the shore"), not what comes next
NARRATIVE_MODALS = frozenset({"would", "could"})

# forms the small English model lemmatises wrongly ("hoping" -> "hop"): the lemma the rules read
# (lower-cased form -> lemma)
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope"}
# verbs whose complement is a plan, a proposal, a demand or an expectation (lemmas)
PLAN_LEMMAS = frozenset(
    {
        "plan",
        "intend",
        "aim",
        "expect",
        "schedule",
        "set",
        "due",
        "prepare",
        "offer",
        "propose",
        "pledge",
        "promise",
        "vow",
        "threaten",
        "urge",
        "call",
        "demand",
        "appeal",
        "ask",
        "invite",
        "agree",
        "predict",
        "forecast",
        "warn",
        "seek",
        "hope",
        "want",
        "decide",
        "recommend",
        "order",
    }
)
# nouns of a plan that take the step as an infinitive ("has plans to close", "unveiled a proposal
# to merge", "there are plans to build") (lemmas)
PLAN_NOUNS = frozenset({"plan", "proposal", "intention", "scheme", "bid", "pledge", "promise", "threat"})
# verbs that set an event for a day ("called a strike for 4 December", "the vote was set for
# Friday"): with "for" and a date ahead, in any tense, the event lies ahead (lemmas)
CALL_FOR_LEMMAS = frozenset(
    {
        "call",
        "set",
        "schedule",
        "reschedule",
        "fix",
        "book",
        "arrange",
        "organise",
        "organize",
        "plan",
        "order",
    }
)
# verbs that make a plan known: in the past they still report a plan ahead ("announced plans to
# close"), unlike "had plans to", the story (lemmas)
ANNOUNCE_LEMMAS = frozenset(
    {
        "announce",
        "unveil",
        "reveal",
        "outline",
        "confirm",
        "publish",
        "draw",
        "set",
        "present",
        "launch",
        "approve",
    }
)
# forward-looking only with a clausal complement ("offered to go"; not "he was asked questions")
NEEDS_COMPLEMENT = frozenset(
    {
        "invite",
        "ask",
        "set",
        "agree",
        "warn",
        "want",
        "hope",
        "seek",
        "decide",
        "expect",
        "call",
        "threaten",
        "order",
    }
)
# with only a thing as object, in the simple present or past, these describe or report ("the shop
# offers hats", "she offered an apology"): a step only with a clause ("offered to pay") or a
# date ahead; in the perfect ("has offered staff a rise next year") a step only with a clause: a
# date then dates what is offered (lemmas)
THING_OBJECT_LEMMAS = frozenset({"offer"})
# in the simple past these tell a story ("she intended to drive", "they agreed to meet"): a step
# only when the clause also names a date ahead
NARRATIVE_LEMMAS = frozenset(
    {
        "intend",
        "agree",
        "want",
        "hope",
        "decide",
        "aim",
        "seek",
        "prepare",
        "threaten",
        "order",
        "ask",
        "demand",
        "warn",
    }
)
# put off to a later date: a step in any tense when a date ahead follows ("adjourned until May")
POSTPONE_LEMMAS = frozenset(
    {"adjourn", "postpone", "delay", "defer", "remand", "bail", "reschedule", "push", "move", "suspend"}
)
# a ban that runs on from the story ("was banned from driving for two years", "is barred from the
# site indefinitely"): the verbs (lemmas), the adverbs that give its term, and the nouns after "for"
# or "in" that do ("for life", "in the meantime")
BAN_LEMMAS = frozenset({"ban", "bar", "disqualify", "prohibit", "forbid"})
BAN_TERM_ADVERBS = frozenset({"indefinitely", "permanently"})
BAN_TERM_NOUNS = frozenset({"life", "meantime"})
# "faces up to ten years in prison", "faces a vote": what may come to someone (object noun lemmas)
FACE_OBJECTS = frozenset(
    {
        "year",
        "month",
        "charge",
        "trial",
        "sentence",
        "fine",
        "ban",
        "jail",
        "prison",
        "deportation",
        "extradition",
        "life",
        "penalty",
        "suspension",
        "investigation",
        "inquiry",
        "probe",
        "vote",
        "election",
        "runoff",
        "hearing",
        "lawsuit",
        "prosecution",
        "challenge",
        "deadline",
        "court",
        "count",
        "decision",
        "ruling",
        "sack",
        "dismissal",
        "impeachment",
        # (steps43) proceedings, penalties, treatment and contests that may come ("could face legal
        # action", "will not face a retrial", "faces surgery", "face a battle to keep ...")
        "action",
        "punishment",
        "retrial",
        "arrest",
        "sanction",
        "expulsion",
        "eviction",
        "tribunal",
        "relegation",
        "surgery",
        "operation",
        "battle",
        "fight",
        "struggle",
    }
)
# speech acts whose content stays ahead even when reported in the past ("called for a review")
# need an object that names an action when the verb is past: these suffixes and nouns do
ACTION_NOUN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "al", "ry")
ACTION_NOUNS = frozenset(
    {
        "ban",
        "end",
        "halt",
        "review",
        "probe",
        "vote",
        "change",
        "reform",
        "return",
        "release",
        "boycott",
        "ceasefire",
        "truce",
        "help",
        "calm",
        "restraint",
        "talks",
        "dialogue",
        "cut",
        "rise",
        "increase",
        "overhaul",
        "crackdown",
        "shake-up",
        "recount",
        "rethink",
        "debate",
        "support",
        "aid",
        "funding",
        "ruling",
        "hearing",
        "trial",
        "referendum",
        "election",
        "strike",
        "protest",
        "move",
        "step",
        "plan",
        "law",
        "rule",
        "rules",
        "limit",
        "cap",
        "tax",
        "inquiry",
    }
)
# adjectives of readiness and schedule that take a complement ("ready to sign", "due in court")
READY_ADJ = frozenset(
    {"ready", "willing", "prepared", "due", "set", "poised", "likely", "unlikely", "expected", "scheduled"}
)
# readiness of a person ("was ready to sail", "were willing to talk"): in the past it tells the
# story unless a date lies ahead (not the schedule words "due", "set", "expected")
DISPOSITION_ADJ = frozenset(
    {
        "ready",
        "willing",
        "prepared",
        "poised",
        "eager",
        "keen",
        "committed",
        "dedicated",
        "hopeful",
        "confident",
    }
)
# a pledge whose complement is a gerund after "to" ("is committed to cutting costs"): read like
# readiness (lower-cased forms)
PLEDGE_ADJ = frozenset({"committed", "dedicated"})
# a hope whose act is a gerund after "of" ("is hopeful of winning the fans back", "is confident of
# securing a deal"): read like a pledge, the act still ahead (lower-cased forms)
HOPE_ADJ = frozenset({"hopeful", "confident"})
# readiness and schedule adjectives that, with "it" as subject, still say what comes next ("it is due
# to reopen"), unlike a judgement ("it will be lovely to"); "likely" guesses (lower-cased forms)
SCHEDULE_ADJ = READY_ADJ - {"likely", "unlikely"}
# --- steps21 --- work under way on a text, a rule or a thing whose new form or verdict is still to
# come ("is revising its guidance", "are redrafting the code", "is being assessed"; steps24: "are
# standardising how the kilns are fired", a practice made one, still under way) (lemmas)
EFFORT_DOCUMENT_LEMMAS = frozenset(
    {"update", "revise", "redraft", "rewrite", "overhaul", "assess", "evaluate", "audit", "standardise", "standardize"}
)  # fmt: skip
# "is trying to", "are working to", "is considering": an effort under way (lemmas; progressive only)
EFFORT_LEMMAS = frozenset(
    {
        "try",
        "seek",
        "work",
        "push",
        "look",
        "move",
        "plan",
        "prepare",
        "consider",
        "weigh",
        "review",
        "investigate",
        "negotiate",
        "discuss",  # steps24: "are discussing the terms": talks under way, their outcome ahead
        "explore",
        "examine",
        "study",
        "fight",
        "campaign",
        "lobby",
        "press",
        "scramble",
        "race",
        "struggle",
        *EFFORT_DOCUMENT_LEMMAS,
    }
)
# efforts that need a goal, not a bare object: "are working to restore power", "are pushing for a
# vote", not "are working long hours", "are pushing a trolley" (lemmas)
EFFORT_NEEDS_GOAL = frozenset(
    {"work", "push", "look", "move", "fight", "press", "scramble", "race", "struggle"}
)
# subjects of "is to" that give advice for anyone ("the key is to rest", "the trick is to start
# early", "the advice is to stay indoors"), not a plan of someone's (noun lemmas; "the plan is to" stays
# a step)
ADVICE_SUBJECTS = frozenset(
    {"key", "trick", "secret", "answer", "solution", "lesson", "rule", "way", "advice", "guidance", "tip"}
)
# subjects of "is to" that say what a person or a thing is for ("her job is to check the books", "the
# aim of the course is to teach first aid", "his dream is to play abroad"): a standing purpose, a step
# only when a date ahead makes it one ("their aim is to finish by May") (noun lemmas)
PURPOSE_SUBJECTS = frozenset({"responsibility", "job", "role", "duty", "task", "ambition", "dream"})
# verbs that, in the passive with "to be", say what a thing is for ("the app is designed to be a
# game", "it is not meant to be a manual"): a description of the thing, not an event (lemmas)
THING_PURPOSE_LEMMAS = frozenset({"intend", "design", "mean"})
# ... and those that do so only with "of" a thing ("the aim of the course is to ..."); "our aim is to
# ..." may be a plan (noun lemmas)
PURPOSE_OF_SUBJECTS = frozenset({"aim", "goal", "purpose", "mission", "object", "objective", "point"})
# verbs that make someone act ("the row has driven him to resign", "has forced them to sell"): the act
# they cause is told as done, even in the present perfect (lemmas)
CAUSE_LEMMAS = frozenset({"drive", "lead", "prompt", "force", "push", "spur", "inspire", "compel", "cause"})
# "has to", "need to": an obligation ahead (lemmas, present tense only)
OBLIGATION_LEMMAS = frozenset({"have", "need"})
# spans of time given to act: "has 30 days to appeal", "have two weeks to reply" (noun lemmas)
DEADLINE_UNITS = frozenset({"hour", "day", "week", "month", "year"})
# "the trial continues", "talks resume": an event that goes on (verb lemmas, present tense)
CONTINUE_LEMMAS = frozenset({"continue", "resume", "reconvene", "adjourn"})
# subjects for which going on is news: proceedings, searches, negotiations (noun lemmas)
EVENT_NOUNS = frozenset(
    {
        "trial",
        "hearing",
        "case",
        "inquest",
        "inquiry",
        "investigation",
        "probe",
        "search",
        "hunt",
        "talk",
        "negotiation",
        "court",
        "session",
        "meeting",
        "summit",
        "debate",
        "count",
        "recount",
        "operation",
        "strike",
        "protest",
        "campaign",
        "tournament",
        "championship",
    }
)
# verbs that report speech or thought: the frame around a reported step (lemmas); the shared core
# without the verbs of blame and reply, with those of thought and forecast
SPEECH_LEMMAS = (COMMON_SPEECH - {"accuse", "call", "deny", "describe", "quote", "respond", "urge"}) | {
    "believe",
    "estimate",
    "expect",
    "forecast",
    "indicate",
    "signal",
    "think",
}
# verbs of saying and knowing that make an "as" clause a comparison or an aside ("as any farmer
# will tell you", "as we all know"), not a time ("as the minister is trying to pass the bill")
COMPARISON_LEMMAS = SPEECH_LEMMAS | {"know", "see", "understand", "remember", "find", "learn", "do", "be"}
# pronoun subjects of an evaluation rather than an event ("it will be great", "that would be nice")
EVALUATIVE_SUBJECTS = frozenset({"it", "that", "this"})
# linking verbs: with an adjective or a noun predicate they say how something is or seems ("would
# look great", "might be the best", "could be worth more"), not what happens (lemmas)
LINKING_LEMMAS = frozenset({"be", "look", "seem", "sound", "feel", "appear", "prove", "remain", "stay"})
# predicates of worth, chance or plain judgement that a guessing modal turns into an estimate
# ("could be worth more", "may be possible", "would be nice") rather than an event (lemmas; not
# "able" or "likely", which take what comes next: "may be able to leave")
STATE_PREDICATES = frozenset({"worth", "possible", "true", "nice", "good", "great", "bad"})
# modals that guess or judge rather than announce: with a linking verb and no date ahead the clause
# is an estimate or an evaluation ("will" is kept: "the scheme will be open to all" is a step)
GUESS_MODALS = frozenset({"would", "could", "might", "may", "must", "should"})
# demonstratives that, standing for a noun, point back to the sentence before ("the board will extend that")
BACK_POINTERS = frozenset({"that", "this", "these", "those"})
# subjects that need the rest of their sentence to say who acts
PRONOUN_SUBJECTS = frozenset({"he", "she", "it", "they", "this", "that", "we", "i", "you", "these", "those"})
FIRST_PERSON = frozenset({"i", "we", "you"})
# subjects that speak of anyone ("you need to carry a spare", "one must wait"): advice or a truism,
# not an event, unless a date lies ahead (lower-cased forms)
GENERIC_SUBJECTS = frozenset({"you", "one"})
# --- steps35 ---
# recordings whose scenes a story tells in the present ("further on in the video a boy gets ready to
# jump"): under "in the ..." one of them, an act told is what the recording shows (noun lemmas)
RECORDING_NOUNS = frozenset(
    {"clip", "video", "footage", "film", "recording", "tape", "picture", "image", "photo", "photograph"}
)
# verbs that with a bare generic "you" turn speech to the listener ("you know they will win", "you
# see, we will fight"): the clause below them is still the speaker's own; with a modal ("you can see
# them and think ...") what anyone would (lemmas)
DISCOURSE_LEMMAS = frozenset({"know", "see", "understand", "mean"})
# a date ahead: weekdays, months, seasons, "next", "tomorrow", "coming", "later this (month)" (a
# season is read like a month: "this summer", "in the autumn" lie ahead with a present or future
# verb; so is the weekend, read like its days: "this weekend", "their weekend clash")
SEASON_ALT = "spring|summer|autumn|fall|winter"
SEASONS = frozenset(SEASON_ALT.split("|"))
DATE_WORD_RE = re.compile(rf"\b(?:{CALENDAR_ALT}|{SEASON_ALT}|weekend|next|tomorrow|coming|later this)\b")
# a date phrase that points to the next of its day, whatever day it is told on ("next 28 April",
# "on 5 January next year"): never a day gone by
NEXT_DATE_RE = re.compile(r"\bnext\b", re.I)
# (relative phrases need their time word: "within the party" and "made from steel" look nowhere)
_UNIT = r"(?:hours?|days?|weeks?|months?|years?|decades?|season|term)"
# a span of time ("three weeks'", "a month's")
UNIT_RE = re.compile(rf"\b{_UNIT}\b", re.I)
# a word that makes a phrase a time at all (a unit, a part of the day or the year, a calendar or
# relative word, a digit): a DATE entity with none of them is the tagger's slip ("the second-row",
# a position on a team), not a date
TIME_WORD_RE = re.compile(
    rf"\d|\b(?:{CALENDAR_ALT}|{SEASON_ALT}|{'|'.join(MONTH_ABBREVIATIONS)})\b|"
    r"day|night|week|month|year|decade|centur|season|term|hour|minute|quarter|half|noon|morning|"
    r"evening|christmas|easter|next|future|soon|later|time|period|now",
    re.I,
)
FUTURE_DATE_RE = re.compile(
    r"\b(?:next|upcoming|tomorrow|later this|by the end of|before the end of|from now)\b|"
    rf"\bat the end of (?:the|this) {_UNIT}|"
    # the end or the rest of a period running now lies ahead, whatever the period's name ("until the
    # end of the current term", "for the rest of the present session")
    r"\b(?:end|rest|remainder) of (?:the |this )?current\b|"
    rf"\bcoming {_UNIT}|\bwithin (?:the next |a |an |the |[\w-]+ ){{0,3}}{_UNIT}\b|"
    rf"\b(?:on|by|from|until|before)\s(?:\d{{1,2}}\s)?(?:{CALENDAR_ALT})\b",
    re.I,
)
# in ranking, a clause with no date entity but a word pointing ahead gains weight: the phrases
# above, or "from" opening a start ("from 2016", "from today", "from the new season")
FUTURE_WORD_RE = re.compile(rf"{FUTURE_DATE_RE.pattern}|\bfrom\b", re.I)
PAST_DATE_RE = re.compile(r"\b(?:last|ago|yesterday|earlier this|previous|the past)\b", re.I)
# verbs that describe what a picture, a video or a recording shows, or how one is taken ("the
# photo shows them on 3 May", "posing beside the winner on Monday"): a date on them tells when
# it was taken, not a schedule (lemmas)
DEPICT_LEMMAS = frozenset(
    {"capture", "show", "depict", "feature", "picture", "record", "film", "see", "pose"}
)
# verbs of perceiving that frame what a recording or a scene holds ("can be heard warning her and
# threatening to ...", "is watched as she ..."): a step only under them with a date ahead (lemmas)
PERCEIVE_LEMMAS = frozenset({"hear", "watch"})
# words before "today"/"tonight" that make it the start of something that goes on ("from today",
# "starting tonight", "as of today") (lower-cased forms)
START_WORDS = frozenset({"from", "starting", "beginning", "of"})
# the publication day itself ("is opening today", "is released tonight")
TODAY_RE = re.compile(r"(?:today|tonight|this (?:morning|afternoon|evening))", re.I)
# "rule out" left open: not ruled out, refused or declined to be ruled out, a possibility ahead
# (verb lemmas with the particle "out", and the verbs of refusing)
OPEN_DOOR_LEMMAS = frozenset({"rule"})
REFUSE_LEMMAS = frozenset({"refuse", "decline"})
# prepositions that hold a state until something still to come ("on hold pending a review",
# "suspended pending an inquiry") (lower-cased forms)
PENDING_PREPS = frozenset({"pending"})
# prepositions before a date that may lie ahead ("until 20 November", "by Friday")
SCHEDULE_PREPS = frozenset({"until", "by", "from", "before", "on", "in", "next"})
# prepositions that put a date behind the event ("after three floods", "since the war")
BACKWARD_PREPS = frozenset({"after", "since", "following", "ago"})
# a date phrase that recurs or lasts rather than says when: "on weekdays", "a year", "at least ten
# years", "every Monday"
RECURRING_DATE_RE = re.compile(
    r"^(?:a|an|per|each|every)\b|\b(?:weekdays|weekends|"
    + "".join(f"{day.title()}s|" for day in WEEKDAY_NAMES)
    + r"daily|weekly|monthly|annually|yearly)\b|"
    r"^(?:at least|up to|more than|less than|about)\b",
    re.I,
)
# words that say nothing of what a step is about: two steps are the same when the other words of the
# shorter are nearly all in the longer ("the baby is expected later this month" / "the duchess is
# expected to give birth later this month") (lower-cased forms)
STEP_STOP_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but",
     "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
     "could", "should", "may", "might", "must", "shall", "can", "it", "its", "he", "she", "they", "we",
     "i", "you", "his", "her", "their", "our", "this", "that", "these", "those", "there", "who",
     "which", "what", "said", "says", "told"}
)  # fmt: skip
# how a candidate step is ranked (newsbrief.summarizers.next_steps._score): added to its score when the
# feature holds; a candidate at or below ``min_score`` is dropped
STEP_WEIGHTS = {
    "lead": 1.5,  # times (1 - position in the article)
    "when": 2.0,  # a date ahead in the clause
    "exact_when": 0.5,  # ... that names a day, a month or a number
    "past_when": -1.0,  # ... that looks back ("last week")
    "same_when": -2.0,  # the same date phrase as a step ranked above (more of the same event)
    "future_word": 1.0,  # no date entity but "next", "tomorrow", "by the end of" ...
    "quote": -1.5,  # the clause starts inside quoted speech
    "first_person": -1.0,  # "I", "we", "you" as subject
    "negated": -0.5,
    "weak_modal": -0.5,  # could, might, may, should, must
    "undated_would": -0.5,  # "would"/"could" with no date
    "lexical": 1.0,  # a word says the plan, effort, duty or schedule ("plans to", "is trying to")
    "scheduled": 0.5,  # "will"/"shall" with a date ahead naming a day, month or number, not quoted
    "min_score": 0.0,
    "sure_min": 1.5,  # the least score of a step listed past the first six
    "open_condition": 1.0,  # "will" with an "if" clause of its own in the present ("will go up if they win")
    "relative_min": 0.0,  # drop a candidate scoring below this share of the article's best
}
# --- steps10 ---
# words that negate a clause from its object ("could find no trace", "could recall nothing"): with
# "could" and no date ahead, what was not possible then, like "could not" (lower-cased forms; "no"
# as a determiner of the object)
NEGATIVE_OBJECTS = frozenset({"nothing", "none", "nobody", "no", "neither", "nowhere", "noone"})
# verbs that cause a feeling ("will unnerve investors", "would delight fans"): with a modal and no
# date ahead a judgement of how something lands, not an event (lemmas)
FEELING_EFFECT_LEMMAS = frozenset(
    {"unnerve", "worry", "upset", "anger", "delight", "please", "disappoint", "frustrate", "surprise",
     "shock", "alarm", "thrill", "reassure", "comfort", "devastate", "excite", "infuriate", "annoy",
     "dismay", "horrify", "sadden", "gladden", "amuse", "embarrass", "bother", "scare", "frighten",
     "terrify", "enrage", "outrage", "impress", "offend", "irritate", "baffle", "puzzle", "confuse",
     "unsettle", "rattle", "spook"}
)  # fmt: skip
# objects of a call that stand for the speaker ("she urged me to rest", "they told us to wait"):
# inside quotes, a past call to the speaker is the speaker's story (lower-cased forms)
SPEAKER_OBJECTS = frozenset({"i", "me", "we", "us"})
# verbs of inference: under a guessing modal with no date ahead they say how things are or why
# ("that would explain the delay", "the dates could tally"), not what comes next (lemmas)
INFERENCE_LEMMAS = frozenset(
    {"explain", "suggest", "tally", "fit", "match", "square", "chime", "accord", "correspond", "imply"}
)
# --- steps11 ---
# verbs of asking: a past request leaves its answer ahead, so a day named between the verb and its
# complement ("asked the court on Monday to delay") does not date the whole step in the past, as it
# does for a done act ("agreed on Monday to buy") (lemmas)
REQUEST_LEMMAS = frozenset({"ask", "demand", "seek", "request", "urge", "petition", "beg", "implore"})
# verbs of an appeal that a first-person "would" softens without putting it in the past ("I would
# urge anyone ...", "we would encourage residents to ..."): said as the speaker speaks (lemmas)
APPEAL_LEMMAS = frozenset(
    {"ask", "urge", "request", "beg", "implore", "encourage", "invite", "advise", "appeal"}
)
# words that open a time clause which, in the present tense, says "each time" ("when the river
# floods", "whenever a storm hits"): over a present-tense verb, what is done each time, a habit
# ("once" is left out: "once the bill passes, the agency is to ..." names a step)
HABIT_TIME_MARKS = frozenset({"when", "whenever"})
# nouns of a share of a group ("a tenth of savers will be poorer", "a third of drivers could be"):
# as the subject of a linking verb under a modal with no date ahead, how a share will fare, a
# statistic, not an event ("half the staff will lose their jobs" is one)
SHARE_NOUNS = frozenset({"cent", "percent", "%", "third", "quarter", "half", "fifth", "tenth"})
# --- steps12 ---
# modals of ability that say what comes next only with a date ahead of their own ("visitors can
# board the ship from Monday"); undated, "can" tells what is possible, not an event
DATED_ONLY_MODALS = frozenset({"can", "ca"})
# nouns of a process under which a person or a matter stands while it runs ("is under review",
# "remains under investigation"): held until its outcome, still to come (lemmas)
PENDING_UNDER_NOUNS = frozenset(
    {"investigation", "review", "inquiry", "consideration", "scrutiny", "examination", "assessment",
     "evaluation", "appeal", "probe"}
)  # fmt: skip
PENDING_UNDER_PREPS = frozenset({"under"})
# verbs of waiting for a thing still to come ("are waiting for the results", "waits for a verdict")
WAIT_LEMMAS = frozenset({"wait"})
# verbs of holding a view (lemmas): a duty ("believes he must change") or a readiness ("thinks they
# are ready to go") inside what someone thinks, with no date ahead, is their opinion, not an event
BELIEF_LEMMAS = frozenset({"think", "believe", "feel", "reckon", "suspect"})
# modals of duty and advice that, inside a view, judge what ought to be (lower-cased forms)
OPINION_MODALS = frozenset({"must", "should", "ought"})
# verbs of the subject's own feeling (lemmas): under a modal with no date ahead, a guess at how
# someone will feel ("the children will love it", "she will regret it"), not an event
OWN_FEELING_LEMMAS = frozenset({"love", "enjoy", "adore", "hate", "regret", "cherish", "relish", "treasure"})
# adjectives of a mood of wanting (lower-cased forms): "will be desperate to", "would be eager to",
# undated, guess at how someone will feel, not at what they will do
MOOD_ADJ = frozenset({"desperate", "eager", "keen", "hungry", "determined", "anxious", "raring", "itching"})
# words that make an infinitive after its noun say who did a thing ("the only one to decide to
# quit", "the first to agree to terms"): a relative infinitive, not a plan (lower-cased forms)
RELATIVE_INFINITIVE_ADJ = frozenset({"only", "first", "last", "second", "third"})
# --- steps13 ---
# labels of the field of a fact box that says when an event starts ("Kick-off: Sunday, 4.30pm",
# "When: Friday 8pm"): in a caption the cleaning took out, the field is a step when its date lies
# ahead (lower-cased; a space or a hyphen between words)
SCHEDULE_FIELD_LABELS = (
    "kick-off", "kick off", "kickoff", "tip-off", "tip off", "face-off", "first pitch", "first ball",
    "start time", "starts", "when", "date", "time", "doors open",
)  # fmt: skip
# the reader, when a clause outside quotes has them as its object ("will be bringing you the team
# news", "will keep you updated"): the page speaking to whoever reads it, not an event ahead
READER_PRONOUNS = frozenset({"you"})
SCHEDULE_FIELD_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in SCHEDULE_FIELD_LABELS) + r")\s*:\s*",
    re.I,
)
# --- steps14 ---
# verbs of wishing (lemmas) and verbs of holding a thing true (lemmas): "would like the public to
# believe", "wants everyone to think": a wish about what others hold true, not an act to come
WISH_LEMMAS = frozenset({"like", "want", "wish", "love", "prefer"})
HELD_TRUE_LEMMAS = frozenset(
    {"believe", "think", "imagine", "assume", "accept", "know", "understand", "feel"}
)
# the verb of a causative with a participle in -ing ("will have the critics fuming", "will leave
# fans wondering"): a guess at how others will react, not an event (lemmas; not "have the car
# repaired", an act someone arranges, nor "keep the line running", a plan to go on)
REACTION_CAUSATIVE_LEMMAS = frozenset({"have", "leave"})
# a focus adverb that, before a verb with a bare object, tells a standing preference or rule ("will
# only drink still water", "would only eat fish"): a disposition, not an event (lower-cased forms)
RESTRICTIVE_ADVERBS = frozenset({"only"})
# the words "from now on" (lower-cased forms): a resolution that changes a habit for good
FROM_NOW_ON = ("from", "now", "on")
# verbs that frame what is said as a joke ("'I'll need a bigger oven,' he joked"): what the quote
# says ahead is said in jest, not a plan (lemmas)
JEST_LEMMAS = frozenset({"joke", "quip", "jest", "laugh", "chuckle", "tease", "giggle", "smile", "grin"})
# verbs of finding out with a question after them ("we will see what happens", "time will tell
# whether ..."): an open outcome, not an event (lemmas)
OPEN_OUTCOME_LEMMAS = frozenset({"see", "tell", "know"})
# adjectives of difficulty before an infinitive ("would be hard to beat", "will be tough to
# replace"): a judgement of a thing, not an event (lower-cased forms)
DIFFICULTY_ADJ = frozenset({"hard", "difficult", "tough", "easy", "impossible", "tricky"})
# verbs of appearance with an adjective ("will look good", "would seem odd"): how a thing will strike
# someone, a judgement, not an event (lemmas)
APPEARANCE_LEMMAS = frozenset({"look", "seem", "sound", "appear"})
# adverbs of willingness ("would gladly sell", "will happily talk for hours"): what someone is
# disposed to do, not what they will do (lower-cased forms)
WILLING_ADVERBS = frozenset({"happily", "gladly", "readily", "willingly"})
# units of a rate ("three loaves a day", "twice per week") and the words that make them one: with
# "would" and no date ahead, a habit of the past (lemmas; lower-cased forms)
RATE_UNITS = frozenset({"day", "week", "month", "year", "night", "hour", "morning", "evening", "weekend"})
RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
# adverbs of all time ("will stay with me forever"): like "never", a judgement for all time, not an
# event (lower-cased forms; not "permanently": "the plant will close permanently" is one)
ALL_TIME_ADVERBS = frozenset({"forever", "evermore"})
# --- steps15 ---
# verbs whose infinitive happens when they do (implicative and aspectual: "began to sink",
# "refused to answer", "managed to escape"): in the past, a day named on the infinitive dates the
# past act itself, not a decision about a day ahead ("voted to strike on Friday") (lemmas)
IMPLICATIVE_LEMMAS = frozenset(
    {"start", "begin", "decline", "refuse", "fail", "manage", "try", "continue", "stop", "cease",
     "attempt", "happen", "tend", "bother", "hesitate", "neglect", "dare"}
)  # fmt: skip
# modals of a guess that, with a progressive and no date ahead, guess at what is going on now
# ("could be hiding the truth", "may be losing interest"), not at what comes next
# (lower-cased forms; "will be playing" and a reported "would be taking" stay steps)
PRESENT_GUESS_MODALS = frozenset({"could", "might", "may", "must"})
# subjects that speak of people at large ("everybody must chip in", "everyone has to pay"): with an
# obligation or a guess and no date ahead, an opinion or a truism, not an event (lower-cased forms)
EVERYONE_SUBJECTS = frozenset({"people", "everyone", "everybody", "anyone", "anybody"})
# verbs of bringing a case (lemmas) and the proceedings they bring whose outcome is still due (noun
# lemmas): "has filed a petition", "have mounted a challenge" leave a ruling ahead
FILE_LEMMAS = frozenset({"lodge", "file", "launch", "submit", "mount"})
FILED_NOUNS = frozenset({"appeal", "application", "challenge", "petition", "lawsuit", "suit"})
# verbs that grant a span of time to act ("was allowed 14 days to reply", "has been granted a
# week to leave"): with a counted unit (``DEADLINE_UNITS``) and an infinitive, a deadline ahead (lemmas)
DEADLINE_GIVE_LEMMAS = frozenset({"give", "allow", "grant"})
# verbs of a duty laid on someone, in the present passive ("are now obliged to wear badges", "is
# compelled to report"): a rule that binds from now on, like "has to" (lemmas)
DUTY_PASSIVE_LEMMAS = frozenset({"require", "oblige", "obligate", "compel", "force"})
# adverbs that make a present duty a new rule ("are now obliged to"), not a standing description
# (lower-cased forms)
NEW_RULE_ADVERBS = frozenset({"now"})
# words that wait for a thing ahead ("may be marking off the weeks till the wedding"): a progressive
# under a guessing modal with one looks ahead (lower-cased forms)
UNTIL_WORDS = frozenset({"until", "till", "til"})
# marks that open a quote at the start of a sentence (straight and curly, single and double)
QUOTE_OPENERS = frozenset(OPENING_QUOTE_MARKS)
# prepositions that name the goal of an effort that needs one ("working on a deal", "pushing for a
# vote", "looking into the cause"), not its place or its way ("working in Leeds") (lower-cased forms)
GOAL_PREPS = frozenset({"for", "on", "towards", "toward", "into", "at", "to"})
# the reader's possessive on the object of a clause outside quotes ("will keep your lawn green"): a
# claim made to whoever reads, not an event (lower-cased forms)
READER_POSSESSIVES = frozenset({"your"})
# adjectives of fear over a clause ("are afraid the roof will fall in", "is worried he could lose"):
# with no date ahead, what someone fears, not an event (lower-cased forms)
FEAR_ADJ = frozenset(
    {"afraid", "scared", "frightened", "terrified", "fearful", "worried", "nervous", "concerned", "anxious"}
)
# --- steps16 ---
# modals of a bare possibility ("may", "might"): undated, with no plan word and a subject that is no
# one in particular ("drivers may notice", "it might help"), a claim about how things go, not a step
POSSIBILITY_MODALS = frozenset({"may", "might"})
# entity types of a subject that acts (a possibility of theirs can count as a step: "Harlow FC might appeal")
ACTOR_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# pronouns of an actor ("she may stand again"), not of anyone or anything ("you", "it", "this")
PERSON_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})

# --- steps17 ---
# modals of a mere possibility or advice: an undated clause of theirs that tells a state is no step
SPECULATION_MODALS = frozenset({"may", "might", "should"})
# verbs of a state (feeling, seeming, having, wanting, costing): "may feel", "should have", "might need"
STATE_LEMMAS = frozenset(
    {
        "feel",
        "seem",
        "look",
        "remain",
        "sound",
        "appear",
        "stay",
        "have",
        "need",
        "want",
        "know",
        "like",
        "prefer",
        "mean",
        "cost",
        "depend",
        "contain",
        "lack",
        "deserve",
    }
)

# --- steps18 ---
# modals of a hypothetical or of a future seen from the past: an undated clause of theirs that only
# links a subject to a state ("the bridge would be a landmark", "she'd be home by dusk") is a
# judgement or an imagined case, not an event (lower-cased forms)
HYPOTHETICAL_MODALS = frozenset({"would", "'d"})
# adjectives of a feeling: under a modal with no date ahead ("the coach will be pleased", "fans
# will hardly be upset") a guess at a mood, like ``MOOD_ADJ``, not an event (lower-cased forms)
FEELING_ADJ = frozenset(
    {"confident", "concerned", "happy", "pleased", "delighted", "disappointed", "relieved", "upset",
     "proud", "glad", "sad", "unhappy", "satisfied", "content", "optimistic", "pessimistic", "hopeful"}
)  # fmt: skip
# --- steps19 ---
# the parse gate reads, besides the words of ``_FUTURE_WORD_CUE_RE``, every form a trigger of the
# extractor fires on: the lemmas of its trigger lists, inflected, in the frame the trigger asks for
# (an effort in the progressive, a case filed, a duty laid on someone, a span of time given to act)


def _ing(lemma: str) -> set[str]:
    """The -ing forms a lemma may take ("plan" -> "planning" and "planing": one too many is harmless)."""
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    forms = {stem + "ing"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms.add(lemma + lemma[-1] + "ing")
    return forms


def _past(lemma: str) -> set[str]:
    """The -ed forms a lemma may take, with the common irregular participles of the lists."""
    irregular = {"give": "given", "forbid": "forbidden"}
    if lemma in irregular:
        return {irregular[lemma]}
    if lemma.endswith("e"):
        return {lemma + "d"}
    if re.search(r"[^aeiou]y$", lemma):
        return {lemma[:-1] + "ied"}
    forms = {lemma + "ed"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms.add(lemma + lemma[-1] + "ed")
    return forms


def _alt(forms: set[str]) -> str:
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")"


_BE_NOW = r"(?:is|are|was|were|'s|'re)\s+(?:\w+\s+)?"
TRIGGER_CUE_RE = re.compile(
    r"\b(?:"
    # "are negotiating", "is still studying", "we're exploring": an effort under way (one that needs a
    # goal, "is working", often tells a state, and keeps the narrower cue above)
    + _BE_NOW
    + _alt({f for lem in EFFORT_LEMMAS - EFFORT_NEEDS_GOAL for f in _ing(lem)})
    # "is being examined": an effort under way, passive
    + r"|being\s+"
    + _alt({f for lem in EFFORT_LEMMAS - EFFORT_NEEDS_GOAL for f in _past(lem)})
    # "has filed a petition": a ruling still due
    + r"|(?:has|have|'s|'ve)\s+(?:\w+\s+)?"
    + _alt({f for lem in FILE_LEMMAS for f in _past(lem)})
    # "staff are obliged to": a duty that binds from here
    + r"|"
    + _BE_NOW
    + _alt({f for lem in DUTY_PASSIVE_LEMMAS for f in _past(lem)})
    + r"\s+to"
    # "was given 14 days to": a deadline ahead
    + r"|"
    + _alt({f for lem in DEADLINE_GIVE_LEMMAS for f in _past(lem)})
    + r"\s+(?:\S+\s+){0,2}(?:hour|day|week|month|year)s?\s+to"
    # "talks continue": an event going on
    + r"|"
    + _alt({f for lem in CONTINUE_LEMMAS for f in (lem, lem + "s")})
    + r")\b",
    re.I,
)
FUTURE_CUE_RE = re.compile(_FUTURE_WORD_CUE_RE.pattern + "|" + TRIGGER_CUE_RE.pattern, re.I)
# --- steps21 ---
# nouns of an event set for a day: a fixture, a sitting, a journey to one ("Thursday's second sitting",
# "a visit to Leeds on Friday", "the derby on Friday night"); with a date ahead on the noun, the event
# lies ahead whatever the verb above it tells (lemmas)
FIXTURE_NOUNS = EVENT_NOUNS | frozenset(
    {"match", "game", "clash", "tie", "fixture", "final", "derby", "trip", "visit", "showdown", "race",
     "bout", "vote", "ballot", "election", "sitting", "rally", "march", "prix"}
)  # fmt: skip
# verbs of getting ready for an event ("trained for Friday's derby", "are gearing up for the June
# ballot"): what they get ready for lies ahead, in any tense (lemmas)
PREPARE_LEMMAS = frozenset({"prepare", "train", "gear", "ready"})
# participles that look ahead to an event set for a day ("needing two frames in Thursday's sitting",
# "starting with a visit to Leeds on Friday", "heading into Tuesday's vote"), unlike those that
# tell it ("winning three frames in Sunday's session") (lemmas)
AHEAD_PARTICIPLE_LEMMAS = frozenset(
    {"need", "begin", "start", "head", "look", "aim", "bid", "seek", "hope", "chase", "target", "eye", "face"}
)

# --- steps22 ---
# conjunctions that turn a "may"/"might" clause into a concession ("the club may be small, but it
# is ambitious", "critics might call it a gimmick, yet sales are up"): the possibility is granted only
# to set off the fact after it, not an event to come (lower-cased forms)
CONCESSIVE_CONJ = frozenset({"but", "yet"})
# subordinators of a concession: an undated clause under one is granted to set off the main
# clause ("although ordered to pay, he ...", "though it will cost more, ..."), not told as what comes
# next (lower-cased forms)
CONCESSION_MARKS = frozenset({"although", "though"})
# verbs of a state or a judgement granted in a concession ("may be small", "riders might find seats hard", "may
# call it a gimmick"), besides ``STATE_LEMMAS`` (already no step under "may"): with these a "may ...,
# but ..." clause grants a state, not an act (lemmas)
CONCESSION_STATE_LEMMAS = frozenset({"be", "find", "consider", "call"})
# --- steps23 ---
# verbs of thinking or knowing (lemmas): in the past over a "would"/"could" clause with no date ahead
# ("I thought it would suit me", "little did she know she would win"), what someone guessed then,
# told as the story, not a step ahead (unlike a past verb of saying: "she said she would appeal")
THOUGHT_THEN_LEMMAS = frozenset(
    {"think", "know", "imagine", "assume", "suppose", "dream", "guess", "realise", "realize", "reckon"}
)
# verbs of inviting (lemmas): in the simple past with no date ahead ("the club invited him to train",
# "fans invited to join in"), an invitation made and taken up or not then, the story; not
# the passive ("was invited to speak") nor one dated ahead ("invited them to Friday's gala")
PAST_INVITE_LEMMAS = frozenset({"invite"})
# --- steps25 ---
# verbs of saying, thinking or seeming under a hedging "would" with a clause ("I'd say most of them
# live locally", "it would seem the roof is sound"): a view of how things are, softened, not an act
# to come (lemmas)
HEDGE_LEMMAS = frozenset({"say", "think", "imagine", "guess", "argue", "suggest", "appear", "seem", "reckon"})
HEDGE_MODALS = frozenset({"would", "'d"})
# a degree adverb before an adjective with an infinitive or "for" ("will grow too old to race", "it
# would prove too costly for the club"): under a modal with no date ahead, a judgement of a state
# (lower-cased forms)
EXCESS_ADVERBS = frozenset({"too"})
# verbs of expecting (lemmas): in the present passive with an event or an act for subject ("more
# strikes are expected", "a verdict is expected") the event lies ahead, dated or not
EXPECTED_EVENT_LEMMAS = frozenset({"expect"})
# schedule words that say when, not how ready ("the bond had been set at £500", "she was due before magistrates"): in the
# past with no infinitive, no date ahead and no verb of saying over them, what was fixed then, the
# story (lower-cased forms)
SCHEDULE_ONLY_ADJ = frozenset({"set", "due", "scheduled"})
# --- steps30 ---
# particles that make a verb of planning another verb ("set up a fund", "set off at dawn"): with one,
# the verb plans nothing (lemma -> lower-cased particles)
OTHER_VERB_PARTICLES: dict[str, frozenset[str]] = {"set": frozenset({"up", "off", "about", "down", "aside"})}
# the most words an editor's insertion in square brackets holds after a quoted clause ("... if we
# beat them [on Friday]"): it belongs to the clause before it, its date too
BRACKET_MAX_WORDS = 8
# words after a span of time that put it ahead of now ("the week ahead", "in the months ahead")
# (lower-cased forms)
SPAN_AHEAD_WORDS = frozenset({"ahead"})
# modals that, with "be", a predicate and no date ahead, guess at how things are ("the toll may be
# higher", "the data could be wrong"), not at an event (lower-cased forms)
GUESSED_STATE_MODALS = frozenset({"may", "might", "could"})

# verbs of hoping or asking: a day on the act they govern ("hoped to restore the supply by Friday", "called
# on the mayor to give staff Monday off") is not a day the story has put behind, even in the past (lemmas)
ASKED_AHEAD_LEMMAS = REQUEST_LEMMAS | frozenset({"hope", "call"})
# verbs of purpose (lemmas): in the present in a relative clause on "that"/"which" ("a diet that aims
# to ...", "a cream which promises to ..."), what a thing is for, describing it, not a plan ahead
PURPOSE_VERB_LEMMAS = frozenset({"aim", "promise", "seek", "intend"})
# --- steps33 ---
# linking verbs that judge their subject ("the days ahead will be hard", "next week looks busy"): with
# a time ahead as the subject and an adjective after, a quality of the time, not an event (lemmas)
JUDGING_VERBS = frozenset({"be", "look", "seem", "prove", "promise", "appear", "feel", "become"})
# --- steps35 ---
# verbs that make someone feel a way ("will make fans proud"), and the feelings they cause: with a
# modal and no date, how a thing lands, a judgement like ``FEELING_EFFECT_LEMMAS`` (lemmas;
# lower-cased forms)
CAUSATIVE_LEMMAS = frozenset({"make", "leave"})
MADE_TO_FEEL_ADJ = (
    FEAR_ADJ
    | FEELING_ADJ
    | frozenset(
        {"ashamed", "proud", "angry", "furious", "embarrassed", "uneasy", "uncomfortable", "sick", "bitter"}
    )
)
# --- steps36 ---
# subordinators of a real condition: under "will", a clause on one in the present ("will go up if
# they win") is an event still ahead that the outcome hangs on (lower-cased forms)
OPEN_CONDITION_MARKS = frozenset({"if"})
# verbs of a verdict or a breach ("if convicted", "if found guilty", "if he breaches the order"): a
# condition of one, under any modal, is a court process still ahead that a penalty waits on (lemmas)
TRIAL_OUTCOME_LEMMAS = frozenset({"convict", "breach", "violate", "plead"})
# --- steps37 ---
# modals that open a condition when put before their subject, with no "if" ("should he refuse, the
# deal ends", "should they lose, they go down"): outside a question, the clause is a condition like
# one on "if", not a step of its own (lower-cased forms)
INVERTED_CONDITION_MODALS = frozenset({"should"})
# adjectives that with "too" and a verb of knowing say an outcome is not known yet but will be ("the
# board says it's too early to judge", "too soon to tell when she can race"): the answer still due (lower-cased
# forms) ...
TOO_EARLY_ADJ = frozenset({"early", "soon"})
# ... and those verbs of knowing or telling (lemmas)
TOO_EARLY_KNOW_LEMMAS = frozenset(
    {
        "know",
        "say",
        "tell",
        "judge",
        "predict",
        "assess",
        "determine",
        "gauge",
        "comment",
        "speculate",
        "confirm",
    }
)
# results a side may get, as the object of "with" on a "will" clause ("they will go top with a win",
# "a draw will do with victory for the others"): a condition still to be met, like one on "if" (lemmas)
RESULT_CONDITION_NOUNS = frozenset({"win", "victory", "draw", "defeat", "loss"})
# entity labels of a number that counts or prices what a pledge makes, gives or cuts ("would build
# 900 flats", "would raise £5bn", "would cut 4 per cent") (spaCy labels)
COUNTED_ENTITIES = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
# --- steps39 ---
# verbs of hoping or wishing that, with a finite clause in the present of "be" or in the past and no
# date ahead, wish about how things are or were ("I hope she is fine", "we trust the lesson has been
# learnt"), not what comes next (lemmas)
HOPE_NOW_LEMMAS = frozenset({"hope", "trust", "pray"})
# marks of a clause that holds a step back until a condition is met ("would not pay until the
# reforms are made", "will stay shut unless the owners act"): a stance with its condition ahead
# (lower-cased forms)
HELD_UNTIL_MARKS = frozenset({"until", "till", "unless", "once"})
# adjectives of likelihood: in a relative clause with no date ahead ("those who are likely to
# win") they pick out whom the sentence means, not what comes next (lower-cased forms)
LIKELIHOOD_ADJ = frozenset({"likely", "unlikely"})
# verbs by which research reports what it found ("studies have shown that ...", "the survey found
# ...") (lemmas) ...
FINDING_LEMMAS = frozenset(
    {"establish", "show", "find", "demonstrate", "suggest", "indicate", "confirm", "prove"}
)
# ... and the research that reports so, as the subject or what it is made of ("decades of study")
# (noun lemmas)
RESEARCH_NOUNS = frozenset(
    {"research", "study", "evidence", "survey", "data", "analysis", "statistic", "trial"}
)
# determiners and pronouns that make a subject no one ("no child should ...", "nobody must ..."):
# with a modal of duty and no date ahead, a norm of what ought never to be, not an event (lower-cased
# forms)
NO_ONE_SUBJECTS = frozenset({"no", "nobody", "noone", "nothing", "none", "neither"})
# verbs of planning whose -ing forms are too common in other senses, or tell a wish or a decision
# rather than a plan, to cue a parse for the steps ("setting", "calling", "ordering", "asking",
# "wanting", "deciding") (lemmas)
# verbs that fix an event for a date ("the trial is set for June", "a vote slated for Monday"): with
# "for" and a date ahead, the day the event is set for (lemmas)
SET_FOR_LEMMAS = frozenset({"set", "schedule", "slate", "fix", "pencil", "book", "timetable"})
STEP_CUE_SKIPPED = frozenset({"set", "call", "order", "ask", "want", "decide", "schedule", "due"})
# cues of a step that ``FUTURE_CUE_RE`` leaves out, for a sentence no other facet needs parsed: it
# is parsed for the next steps alone (``parse.parse_groups``), so the rules can read a trigger they
# know that only the parse shows ("is hoping to", "were urging", "banned from the club for life",
# "is likely to rise", "too soon to tell", "an intention to sell")
STEP_CUE_RE = re.compile(
    r"\b(?:"
    # "is hoping to", "were urging", "are aiming for": a plan, a call or a hope under way
    + _alt({f for lem in PLAN_LEMMAS - STEP_CUE_SKIPPED for f in _ing(lem)})
    + r"|"
    + _alt({f for lem in BAN_LEMMAS for f in _past(lem)})
    + r"\b[^.;]{0,80}?\b(?:"
    + _alt(set(BAN_TERM_ADVERBS))
    + r"|for life|in the meantime)"
    # (not a likelihood compared, "more likely to": a group's odds, a statistic)
    # "an inquiry is under way": a proceeding going on (``UNDER_WAY_LEMMAS``)
    + r"|under\s?way"
    + r"|(?<!more\s)(?<!less\s)(?:un)?likely\s+to|too\s+(?:early|soon)\s+to|"
    + _alt({n + "s" for n in PLAN_NOUNS} | set(PLAN_NOUNS))
    + r"\s+to"
    # "polling day is 7 May", "the funeral is Thursday", "the trial is set for June": a day an event
    # is set for, said with "be" or a verb of fixing and no future word (a capitalised day or month)
    + r"|(?:is|are|'s|"
    + _alt({f + " for" for lem in SET_FOR_LEMMAS for f in ({lem} if lem == "set" else _past(lem))})
    + r")\s+(?:(?:this|next|on)\s+)?(?-i:"
    + CALENDAR_ALT
    + r")"
    + r")\b",
    re.I,
)

# the teller's own pronouns (lower-cased): a guess about them that others voiced in the past
# ("the nurses rang to say I may lose a leg") is told by someone who knows how it ended
TELLER_PRONOUNS = frozenset({"i", "we"})
# tags of a verb in the simple present: a narrated present ("is trying to shield the ball and
# falls over") tells a scene as it unfolds, not a plan
SIMPLE_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# verbs of entailing: negated ("that does not mean they will ..."), their clause is denied
ENTAIL_LEMMAS = frozenset({"mean", "guarantee", "imply"})
# --- steps41 ---
# common nouns that can name a person ("contractor", "neighbour"), from the generated noun kinds: one
# of them as the listener of a past "told" is someone inside the story, not an audience
PERSON_KIND_NOUNS = (
    frozenset(line.split(" ")[0] for line in NOUN_KINDS.splitlines() if "person" in line.split(" ")[1:])
    | ROLE_WORDS
    | KIN_WORDS
    | PERSON_NOUNS
)
# ... less the listeners who carry what is said to the public ("told a reporter he would appeal")
PRESS_LISTENERS = frozenset(
    {
        "reporter",
        "journalist",
        "interviewer",
        "correspondent",
        "presenter",
        "host",
        "broadcaster",
        "columnist",
    }
)
# pronouns of a listener inside the story ("he told her he would leave"), lower-cased
LISTENER_PRONOUNS = frozenset({"him", "her"})
# adverbs that put a verb of saying in a told sequence ("he then said he would ..."): what was said is
# one scene of a story, its "would" the past's future (lower-cased forms)
SEQUENCE_ADVERBS = frozenset({"then"})
# common nouns of an actor (a person or a group: "parent", "council") and of an act or event ("deal",
# "campaign", "race"), from the generated noun kinds: a subject that is neither is a thing ("the new
# cream promises to ..."), whose purpose in the present describes it
ACTOR_KIND_NOUNS = frozenset(
    line.split(" ")[0] for line in NOUN_KINDS.splitlines() if {"person", "group"} & set(line.split(" ")[1:])
)
# ... and nouns of a business the noun kinds file as a thing or not at all ("the brand promises to ...")
TRADING_NOUNS = frozenset(
    {
        "brand",
        "label",
        "store",
        "shop",
        "supermarket",
        "franchise",
        "provider",
        "airline",
        "outlet",
        "website",
        "site",
    }
)
ACT_KIND_NOUNS = frozenset(
    line.split(" ")[0] for line in MORE_NOUN_KINDS.splitlines() if {"act", "event"} & set(line.split(" ")[1:])
)
# adjectives of a person's readiness that, negated in the present with no date ahead, say a stance
# ("the club isn't willing to sell", "she is not prepared to wait"), not an act ahead (lower-cased forms)
STANCE_READY_ADJ = frozenset({"willing", "prepared", "ready"})
# verbs that say a proceeding is going on with "under way" ("an inquiry is under way", "the search gets
# underway"): in the present, with an event noun as subject, like "the trial continues" (lemmas)
UNDER_WAY_LEMMAS = frozenset({"be", "get"})
# --- steps43 ---
# marks of a clause of time or cause that sets off the event of a past main clause ("marched after
# officials said the road would close"): a verb of saying inside one tells the past (lower-cased forms)
BACKGROUND_MARKS = frozenset({"after", "before", "when", "as", "since", "because", "until", "once", "while"})
# conjunctions that join to a verb of saying what came instead ("said he would be charged, but he was
# freed"): the intent said is told as the past (lower-cased forms)
CONTRARY_CONJ = frozenset({"but", "yet"})
# phrases that put a verb of saying far back, before the story's present ("said at the time", "said
# years ago", "told them last year"): what was then ahead is the past's future, no step without a date
# of its own ahead (a recent day, "said on Tuesday it would appeal", still speaks of now)
BACK_THEN_RE = re.compile(
    r"\b(?:at the time|back then|in the past|(?:years|decades) ago|last year|the year before|in those days)\b",
    re.I,
)
# verbs that put an event off to a day: in the past with "until" and a date ahead of their own ("the case
# was adjourned until 20 March", "both men were bailed until next month") the day is still to come (lemmas;
# a narrower set than ``POSTPONE_LEMMAS``: "moved to hospital on Friday" puts nothing off)
DEFER_UNTIL_LEMMAS = frozenset({"adjourn", "postpone", "delay", "defer", "remand", "bail", "reschedule"})
# nouns of an event or of the day one is set for that, as the subject of "be" with a date ahead as its
# complement, say a schedule ("the deadline for bids is 31 March", "polling day is 7 May") (lemmas)
SET_DAY_NOUNS = FIXTURE_NOUNS | frozenset(
    {"deadline", "date", "day", "ceremony", "funeral", "wedding", "memorial", "vigil", "service", "launch",
     "premiere", "concert", "festival", "auction", "referendum", "poll", "primary", "runoff", "sentencing",
     "verdict", "ruling", "conference", "parade", "celebration", "anniversary", "unveiling", "opening",
     "exhibition", "show", "release", "consultation", "kickoff", "kick-off", "showing", "screening"}
)  # fmt: skip
# tags of a superlative ("the busiest day is Friday", "the best time to visit is May"): a subject so
# graded says which day is most of something, a fact of the calendar, not an event set for it
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
# verbs that tell the course of a process or an event's start or end ("the consultation runs until
# 30 March", "the tour ends on Sunday"): read as a verb where the parse made it a noun with its subject
# as a compound, when a date ahead hangs on it (lower-cased forms)
COURSE_VERBS = frozenset(
    {"run", "runs", "close", "closes", "open", "opens", "end", "ends", "start", "starts", "begin", "begins",
     "resume", "resumes", "finish", "finishes", "expire", "expires", "last", "lasts", "continue", "continues"}
)  # fmt: skip

# --- steps26 (this pass) ---
# entity types of a place where an event is held, and the prepositions that put one there ("would be held
# at the library in Barnford"): a reported "would" so placed tells an event (``_placed``)
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"at", "in", "on"})
# prepositions of a deadline ("asked for the papers by 3 June"): on a verb of asking in the past,
# with a date ahead, a deadline still to be met (``_dated_heads``; not "on", the day the asking happened)
DEADLINE_PREPS = frozenset({"by", "before"})

# --- steps27 (this pass) ---
# verbs that take an indirect question ("software which helps predict how long a queue will be"): in a
# thing's description the modal clause says what the thing is for, it tells no event
# (``_thing_question``) (lemmas)
QUESTION_VERB_LEMMAS = frozenset(
    {"know", "predict", "tell", "estimate", "calculate", "forecast", "guess", "gauge", "work", "figure",
     "measure", "determine", "judge", "show", "see", "learn", "find", "wonder"}
)  # fmt: skip
# the words that open an indirect question (lower-cased forms)
QUESTION_OPENERS = frozenset(
    {"how", "what", "when", "where", "which", "who", "whom", "whose", "why", "whether", "if"}
)
# the only dependencies a modal "be" has when its complement is left unsaid ("the pier is safe, or they
# say it must be"): a subject, the modal, a negation, a condition, punctuation; anything else may
# complete it ("will be over by then", "will be on Friday") (``_elided_copula``)
ELIDED_COPULA_DEPS = frozenset({"nsubj", "aux", "neg", "advcl", "punct", "cc", "mark", "intj"})
# words that open a span of time running now ("this autumn", "this season"): a present perfect dated
# with one tells what is done in it so far, not an event ahead (``_dated_heads``; lower-cased prefixes)
CURRENT_SPAN_WORDS = ("this ", "so far this ")

# --- steps28 (this pass) ---
# a verb of saying's own time that puts it at some earlier time, unnamed ("they assured us before that
# ...", "she once said she would ..."): the words of its time phrase or those right after the verb (a
# listener first), from their start ("before the game", a recent time named, is not one)
# (``_said_back_then``)
EARLIER_RE = re.compile(
    r"^(?:(?:me|us|him|her|them|you)\s+)?(?:(?:before|previously|long ago)(?:$|\s+that\b|\s*,)|once$)", re.I
)
# the plain future's modals (lower-cased forms as the tagger gives them): under a verb of saying put far
# back, like "would", the past's future ("was told years ago they will ...") (``_candidate``)
PLAIN_FUTURE_MODALS = frozenset({"will", "wo", "'ll", "shall"})
# words that open a date phrase ahead by themselves ("next Tuesday", "this weekend", "tomorrow night"):
# a date so opened dates a verb the parse took for a noun without a preposition before it
# (``_dated_heads``; lower-cased prefixes)
NEXT_WORDS = ("next ", "this ", "tomorrow")

# --- steps31 (this pass) ---
# verbs of what a thing does to others ("the scheme would create jobs", "the change will ease
# congestion", "the rule could hurt small firms"): with a modal, a thing for subject, an object and no
# date ahead, a forecast of an effect, not an event anyone has set (lemmas; not "cost" or "save": an
# estimate of a cost is counted as a step by some annotators; not "carry" or "bring": "the charge could
# carry a ten-year term", "a thaw could bring floods" say what is at stake or what the weather does)
THING_EFFECT_LEMMAS = frozenset(
    {"create", "give", "cause", "ease", "reduce", "affect", "kill", "hurt", "harm", "damage", "boost",
     "cover", "worsen", "threaten", "destroy", "transform"}
)  # fmt: skip
# verbs that keep a state ("the pool will stay open", "fares will remain unchanged"): with a modal, an
# adjective for the state and no date, end or length ahead, nothing changes, so no event (lemmas)
KEPT_STATE_LEMMAS = frozenset({"stay", "remain"})
# verbs of a price ("will pay 300p for each share", "will charge £4 per visit"): with money for object
# and a unit it is paid by, a term of a deal or a tariff, not an event, when no date is ahead (lemmas),
# and the words that make the unit one ("per", "each", "every"; lower-cased forms)
PRICE_LEMMAS = frozenset({"pay", "charge"})
PRICE_UNIT_WORDS = frozenset({"per", "each", "every", "a", "an"})
# adjectives of a rank in a series ("will be the first", "the third such case", "the only one"): the
# rank that a linking verb gives its subject, with no date ahead, a record or a description, not an
# event (lower-cased forms; ordinals are found by their entity type too)
RANK_ADJ = frozenset({"first", "last", "only", "latest"})
# verbs that hold a state in place ("kept the warning in place until Friday", "extended the curfew
# until 6am on Monday"): in the past, with a day ahead after "until" on the verb itself, the state ends
# ahead, like an adjournment (``DEFER_UNTIL_LEMMAS``) (lemmas)
HOLD_UNTIL_LEMMAS = frozenset({"keep", "extend"})

# --- steps32 (this pass) ---
# verbs that say a named thing still lacks a consent ("the merger needs the regulator's approval"),
# and the nouns of that consent: an approval still to come (``_trigger_head``) (lemmas)
PENDING_NEED_LEMMAS = frozenset({"need"})
CONSENT_NOUNS = frozenset({"approval", "clearance", "consent", "ratification", "permission", "endorsement"})
# determiners that point at one known thing, not at any of a kind ("the deal", not "any deal")
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
