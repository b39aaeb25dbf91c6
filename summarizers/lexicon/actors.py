"""Word lists for the key-actors facet (``newsbrief.summarizers.actors``), kept as data.

Every list is keyed by the lower-cased word form (not every sentence is lemmatized, so verbs are
matched by their inflections, derived from the shared lemmas in ``common``). Nothing here names or
quotes an evaluation article.
"""

from __future__ import annotations

from newsbrief.summarizers.lexicon.common import (
    MONTH_NAMES,
    NAME_TITLE_WORDS,
    SPEECH_LEMMAS,
    WEEKDAY_NAMES,
    verb_forms,
)

# nouns that name a role a person holds: a title before a name, the head of an apposition
ROLE_WORDS = frozenset(
    [
        "accomplice",
        "accountant",
        "activist",
        "actor",
        "actress",
        "administrator",
        "admiral",
        "adviser",
        "advisor",
        "agent",
        "ambassador",
        "analyst",
        "anchor",
        "archbishop",
        "architect",
        "artist",
        "astronaut",
        "athlete",
        "attorney",
        "auditor",
        "author",
        "banker",
        "barrister",
        "batsman",
        "bishop",
        "boss",
        "bowler",
        "boxer",
        "builder",
        "businessman",
        "businesswoman",
        "campaigner",
        "candidate",
        "captain",
        "cardinal",
        "caretaker",
        "ceo",
        "cfo",
        "chair",
        "chairman",
        "chairperson",
        "chairwoman",
        "champion",
        "chancellor",
        "chef",
        "chief",
        "chief-executive",
        "climber",
        "co-founder",
        "coach",
        "colonel",
        "commander",
        "commissioner",
        "congressman",
        "congresswoman",
        "constable",
        "consultant",
        "convener",
        "coo",
        "coordinator",
        "correspondent",
        "councillor",
        "councilor",
        "counsel",
        "cricketer",
        "cyclist",
        "dean",
        "defender",
        "delegate",
        "deputy",
        "designer",
        "detective",
        "director",
        "doctor",
        "dr.",
        "driver",
        "economist",
        "editor",
        "emir",
        "engineer",
        "entrepreneur",
        "envoy",
        "executive",
        "expert",
        "farmer",
        "fighter",
        "firefighter",
        "fisherman",
        "footballer",
        "founder",
        "frontman",
        "general",
        "goalkeeper",
        "golfer",
        "governor",
        "head",
        "historian",
        "imam",
        "inspector",
        "investigator",
        "investor",
        "jockey",
        "judge",
        "justice",
        "keeper",
        "king",
        "lawmaker",
        "lawyer",
        "leader",
        "lieutenant",
        "magistrate",
        "manager",
        "marshal",
        "mayor",
        "mechanic",
        "mediator",
        "midfielder",
        "miner",
        "minister",
        "mp",
        "musician",
        "negotiator",
        "nurse",
        "officer",
        "official",
        "organiser",
        "organizer",
        "owner",
        "paramedic",
        "partner",
        "pastor",
        "pensioner",
        "physician",
        "pilot",
        "player",
        "pope",
        "premier",
        "president",
        "president-elect",
        "priest",
        "prince",
        "princess",
        "professor",
        "prosecutor",
        "quarterback",
        "queen",
        "rabbi",
        "recorder",
        "rector",
        "referee",
        "regulator",
        "representative",
        "researcher",
        "rider",
        "sailor",
        "scientist",
        "secretary",
        "secretary-general",
        "seed",
        "senator",
        "sergeant",
        "sheikh",
        "sheriff",
        "singer",
        "skipper",
        "soldier",
        "solicitor",
        "specialist",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "sprinter",
        "star",
        "strategist",
        "striker",
        "student",
        "sultan",
        "superintendent",
        "surgeon",
        "swimmer",
        "teacher",
        "trader",
        "trainer",
        "treasurer",
        "vice",
        "vice-president",
        "winger",
    ]
)

# courtesy titles before a name, dropped from it, also as written with a stop ("Mr.")
HONORIFICS = NAME_TITLE_WORDS | {"mr.", "mrs.", "ms.", "dr."}
# the honorifics that only ever open a person's name: never the last word of another name before
# it, nor a title that goes with a name before it ("the Harbour Games Mr Lee" is two names)
NAME_OPENING_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mr.", "mrs.", "ms."])

# modifiers that belong to a title before a name ("former deputy prime minister ..."), besides role words
TITLE_MODIFIERS = frozenset(
    [
        "former",
        "acting",
        "interim",
        "outgoing",
        "deputy",
        "foreign",
        "prime",
        "state",
        "general",
        "special",
        "senior",
        "assistant",
        "managing",
        "financial",
        "operating",
        "executive",
        "chief",
        "vice",
        "first",
        "lady",
        "federal",
        "national",
        "party",
        "opposition",
        "incoming",
        "new",
        "rep.",
        "sen.",
        "gov.",
        "gen.",
        "lt.",
        "col.",
        "sgt.",
        "capt.",
        "det.",
        "supt.",
        "insp.",
        "prof.",
        "rev.",
        "spc",
        "pte",
        "cpl",
        "sgt",
        "lt",
        "col",
        "capt",
        "gen",
        "rep",
        "sen",
        "gov",
    ]
)

# prepositions whose object is only where something happens
LOCATION_PREPS = frozenset(
    [
        "in",
        "at",
        "from",
        "across",
        "into",
        "near",
        "outside",
        "inside",
        "around",
        "throughout",
        "within",
        "towards",
        "toward",
        "through",
        "over",
        "off",
        "along",
        "beyond",
    ]
)

# a name right after these stands where only a place does ("a farm near Kell Abbey"), and so does the
# start of a route ("the line from Kell Abbey to Norden"): a setting, however the recogniser tags it
PLACE_ONLY_PREPS = frozenset(["near"])
ROUTE_PREPS = ("from", "to")

# verbs of saying (every inflection): their subject is a speaker, an actor of the story; the shared
# core by lemma, with the few that make a speaker of a story's actor only here
SPEECH_VERBS = frozenset(
    form
    for lemma in SPEECH_LEMMAS | {"ask", "demand", "estimate", "recall", "testify", "tweet"}
    for form in verb_forms(lemma)
)

# nouns for the bodies of a country or people ("Iraqi forces", "the Greek government")
INSTITUTION_NOUNS = frozenset(
    [
        "regime",
        "government",
        "forces",
        "army",
        "military",
        "authorities",
        "troops",
        "police",
        "officials",
        "parliament",
        "navy",
        "administration",
        "ministry",
        "cabinet",
        "leadership",
        "junta",
        "rebels",
        "team",
        "soldiers",
        "investigators",
        "prosecutors",
        "diplomats",
        "negotiators",
        "lawmakers",
        "leaders",
        "embassy",
        "coastguard",
        "candidates",
        "voters",
        "fans",
        "supporters",
        "protesters",
        "activists",
        "militants",
        "fighters",
        "players",
        "rescuers",
        "ministers",
        "senators",
        "delegation",
        "squad",
        "party",
        "coalition",
        "alliance",
        "militia",
        "refugees",
        "migrants",
        "tourists",
        "christians",
        "muslims",
        "jews",
        "hostages",
        "pilots",
        "sailors",
        "nationals",
        "citizens",
        "climbers",
        "volunteers",
        "doctors",
        "donors",
    ]
)

# institution nouns that name one and the same body of a country or people ("Iraqi forces" and "the
# Iraqi government": the state and its armed forces); two bodies whose head nouns share no group stay
# apart ("the Greek team" is not "Greek officials")
SAME_BODY_NOUNS = (
    frozenset(["regime", "government", "authorities", "officials", "administration", "cabinet", "leadership",
               "junta", "ministers", "ministry", "forces", "army", "military", "troops", "soldiers", "navy"]),
    frozenset(["rebels", "militants", "fighters", "militia"]),
    frozenset(["fans", "supporters"]),
    frozenset(["team", "squad", "players"]),
)  # fmt: skip
# last words of a name that make it an address or a site, not an actor (matched as written)
PLACE_NOUNS = frozenset(
    [
        "Road",
        "Street",
        "Avenue",
        "Lane",
        "Square",
        "Boulevard",
        "Drive",
        "Highway",
        "Bridge",
        "Station",
        "Airport",
        "Stadium",
        "Hospital",
        "Park",
        "Beach",
        "Island",
        "River",
        "Mountain",
        "Valley",
        "Garden",
        "Gardens",
        "Tree",
        "Lake",
        "Canyon",
        "Castle",
        "Memorial",
        "Monument",
    ]
)

# small words that may join the words of a title or a name
CONNECTORS = frozenset(["of", "for", "and", "&", "at", "on"])

# lower-case particles inside personal names ("Ludwig van Beethoven", "Abu Bakr al Baghdadi")
NAME_PARTICLES = frozenset(
    ["de", "da", "di", "del", "della", "van", "von", "der", "al", "el", "bin", "ibn", "la", "le", "du", "dos"]
)

# last words that make a name an event, a competition, a holiday or a programme, not an actor
EVENT_HEADS = frozenset(
    [
        "election",
        "elections",
        "masters",
        "open",
        "cup",
        "championship",
        "championships",
        "games",
        "olympics",
        "festival",
        "day",
        "eve",
        "christmas",
        "easter",
        *WEEKDAY_NAMES,
        "summit",
        "conference",
        "awards",
        "prize",
        "tournament",
        "qualifier",
        "qualifiers",
        "marathon",
        "series",
        "week",
        "act",
        "bill",
        "regulation",
        "regulations",
        "directive",
        "program",
        "programme",
        "scheme",
        "segment",
        "final",
        "finals",
        "derby",
        "classic",
        "trophy",
        "grand prix",
        "rally",
        "expo",
        "fair",
        "show",
        "war",
        "crisis",
        "treaty",
        "accord",
        "deal",
        "dinner",
        "gala",
        "banquet",
        "concert",
        "parade",
        "ceremony",
        "premiere",
        "regatta",
        "carnival",
        "lent",
        "advent",
        "ramadan",
        "passover",
        "hanukkah",
        "diwali",
        "thanksgiving",
        "halloween",
    ]
)

# document words the recogniser glues onto an organisation's name ("... Institute Survey")
DOCUMENT_NOUNS = frozenset(["report", "reports", "survey", "study", "index", "statement", "data", "poll"])

# role words that end a description, never the name of an organisation ("First Lady", "Rovers boss")
ROLE_ENDINGS = frozenset(
    [
        "lady",
        "minister",
        "president",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "mayor",
        "governor",
        "senator",
        "star",
        "player",
        "coach",
        "manager",
        "boss",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "captain",
        "chancellor",
        "premier",
        "ambassador",
        "envoy",
        "lawyer",
        "attorney",
        "prosecutor",
        "judge",
        "ceo",
    ]
)

# prepositions that put an organisation's name in the place of a setting ("in the Senate")
# last words of a body's name that make it a building or grounds ("Brook Lane Leisure Centre", "the
# Grand Apartments"): after "at", "from" or "in" (``LOCATION_PREPS``) it is where something happens,
# though the recogniser calls it an organisation; as a subject it still acts ("the centre said")
FACILITY_HEADS = frozenset(
    ["centre", "center", "school", "hall", "apartments", "common", "arena", "theatre", "theater", "chapel"]
)
# the entity types of a named site a region may hold ("at Kelby's Ardent Hall"); "" for a name the
# recogniser leaves untagged, a person's type only with a facility's head word ("Hall")
SITE_NAME_TYPES = frozenset(["FAC", "ORG", "GPE", "LOC", ""])
# letters written after a person's name for an office or an honour ("Ana Lee KC", "Tom Hart MP"):
# no part of the name, and no body of their own
POST_NOMINALS = frozenset(["KC", "QC", "MP", "MSP", "MEP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "JP"])
ORG_LOCATION_PREPS = frozenset(
    ["in", "into", "inside", "outside", "near", "around", "throughout", "across", "within"]
)

# nouns for a kind of place: "the city of X", "the X glacier" name a place whatever the recogniser says
PLACE_KIND_NOUNS = frozenset(
    [
        "city",
        "town",
        "village",
        "state",
        "county",
        "province",
        "region",
        "district",
        "capital",
        "island",
        "suburb",
        "borough",
        "municipality",
        "port",
        "republic",
        "kingdom",
        "territory",
        "canton",
        "prefecture",
        "oblast",
        "governorate",
        "glacier",
        "mountain",
        "river",
        "lake",
        "valley",
        "desert",
        "forest",
        "estuary",
        "bay",
        "peninsula",
        "coast",
        "sea",
        "strait",
        "street",
        "road",
        "neighbourhood",
        "neighborhood",
        "area",
    ]
)

# nouns for a person described by where they come from ("a Texas woman", "the Tasmania native")
ORIGIN_NOUNS = frozenset(
    [
        "native",
        "resident",
        "residents",
        "man",
        "men",
        "woman",
        "women",
        "girl",
        "boy",
        "teenager",
        "teen",
        "couple",
        "family",
        "mother",
        "father",
        "student",
        "citizen",
        "citizens",
        "local",
        "locals",
        "born",
        "mum",
        "dad",
        "grandmother",
        "grandfather",
        "pensioner",
        "schoolgirl",
        "schoolboy",
        "toddler",
        "baby",
        "child",
        "children",
        "son",
        "daughter",
        "native-born",
    ]
)

# verbs of a reporter's credit line ("Outlet's Ann Lee reported from Kabul")
BYLINE_VERBS = frozenset(["reported", "wrote", "contributed", "reporting", "writing", "filed"])

# sentence adverbs that a missing full stop glues onto the name before them
DISCOURSE_WORDS = frozenset(
    ["however", "meanwhile", "but", "and", "also", "yet", "still", "instead", "nevertheless", "now", "then"]
)

# words that may come before a fronted "In <place>," frame at the start of a sentence
FRAME_LEAD_WORDS = frozenset(["but", "and", "yet", "meanwhile", "elsewhere", "still", "so", "while"])

# last words of an organisation's name (a "person" whose name ends so was mislabelled)
ORG_HEADS = frozenset(
    [
        "department",
        "ministry",
        "agency",
        "council",
        "committee",
        "commission",
        "company",
        "bank",
        "university",
        "college",
        "court",
        "service",
        "office",
        "authority",
        "board",
        "association",
        "alliance",
        "union",
        "party",
        "group",
        "foundation",
        "institute",
        "fund",
        "club",
        "corporation",
        "inc",
        "ltd",
        "plc",
        "trust",
        "society",
        "federation",
        "organisation",
        "organization",
        "department's",
    ]
)

# abbreviated ranks and offices written before a name ("Spc", "Sgt.", "Sen."), without the full stop
TITLE_ABBREVIATIONS = frozenset(
    [
        "spc",
        "sgt",
        "lt",
        "col",
        "capt",
        "gen",
        "rep",
        "sen",
        "gov",
        "det",
        "supt",
        "insp",
        "prof",
        "rev",
        "pte",
        "cpl",
        "maj",
        "adm",
        "cmdr",
        "pfc",
        "pvt",
        "cpt",
        "brig",
        "cdr",
        "lcpl",
        "sr",
        "supt",
    ]
)

# decades by name, which the recogniser may take for a body ("in the Sixties"): a time, never an actor
DECADE_NAMES = frozenset(
    [
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
        "noughties",
    ]
)

# diseases and viruses the recogniser may take for an organisation or a person (lower-cased names)
DISEASES = frozenset(
    [
        "ebola",
        "zika",
        "mers",
        "sars",
        "covid",
        "covid-19",
        "hiv",
        "aids",
        "malaria",
        "cholera",
        "measles",
        "polio",
        "tuberculosis",
        "dengue",
        "alzheimer",
        "alzheimer's",
        "parkinson",
        "parkinson's",
        "crohn",
        "crohn's",
        "huntington",
        "huntington's",
        "h1n1",
        "h5n1",
        "mpox",
        "coronavirus",
        "influenza",
        "asperger",
        "asperger's",
        "motor neurone disease",
    ]
)

# nouns that end a disease's name after the name of the person it is named for ("Vell's syndrome",
# "Darrow lymphoma"): that name is no actor
DISEASE_HEADS = frozenset(
    ["disease", "syndrome", "lymphoma", "sarcoma", "palsy", "leukaemia", "leukemia", "dystrophy", "ataxia",
     "disorder"]
)  # fmt: skip

# family ties that describe a person in apposition ("Ana Lee, daughter of the late mayor"); never a
# title before a name, so "son of former minister X" gives X no role
KIN_WORDS = frozenset(
    [
        "son",
        "daughter",
        "wife",
        "husband",
        "father",
        "mother",
        "brother",
        "sister",
        "widow",
        "widower",
        "grandson",
        "granddaughter",
        "nephew",
        "niece",
        "cousin",
        "stepson",
        "stepdaughter",
        "stepfather",
        "stepmother",
        "grandfather",
        "grandmother",
        "uncle",
        "aunt",
        "girlfriend",
        "boyfriend",
        "fiance",
        "fiancee",
        "fiancé",
        "fiancée",
    ]
)
# first words of a geographic feature's name ("River Wend", "Lake Orta", "Mount Kea"): a setting,
# even when it is a sentence's subject ("the river burst its banks")
GEO_NAME_LEADS = frozenset(
    ["river", "lake", "mount", "mt", "cape", "gulf", "bay", "loch", "lough", "isle", "glen"]
    # a street by the word other languages open its name with ("Calle Mayor", "Rue Verte")
    + ["calle", "rue", "avenida"]
)
# words that close the name of a stretch of water or land ("the Kelby Gulf", "the Norden Estuary"):
# a feature of the land, a setting even as the subject of a sentence ("the X Gulf will be divided")
GEO_NAME_TAILS = frozenset(["gulf", "estuary", "strait", "straits", "peninsula", "reservoir"])
# last words that make a name opening with a feature of the land a body's ("Glen X Mountain Rescue",
# "Lake X Rowing Club"), besides the heads of ``ORG_HEADS``: a body, no setting
GEO_BODY_TAILS = frozenset(["rescue", "lifeboat", "coastguard", "police", "cooperative", "co-operative"])
# words that open the name of a storm ("Storm Kelda", "Hurricane Ana"): a named weather event, a
# setting the story happens in, never an actor, whatever type the recogniser gives the name
WEATHER_NAME_LEADS = frozenset(["storm", "hurricane", "typhoon", "cyclone"])
# sentences in which a lone capitalised word the recogniser never tags must act for it to be a body
# ("Kelbo insists ...", "run by Kelbo"): once is too often a common noun or a slip of the tagger
LONE_ACTING_SENTENCES = 2
# prepositions that place something between or beside landmarks ("between Mill Bridge and the quay")
LANDMARK_PREPS = frozenset(
    ["between", "beside", "behind", "below", "above", "beneath", "under", "past", "via"]
)
# auxiliaries that may stand between a speaker and the verb of saying ("the agency has said")
SPEECH_AUXILIARIES = frozenset(["has", "have", "had", "also", "later", "then", "previously", "earlier"])

# last words of a competition's name: an actor only when it acts as a body ("the Premier League said")
COMPETITION_HEADS = frozenset(
    ["league", "premiership", "championship", "conference", "division", "tour", "circuit"]
)

# nouns for the people of a body ("NHS staff", "FBI agents"): the abbreviation before them is the body
BODY_PEOPLE_NOUNS = frozenset(["staff", "personnel", "workforce", "crew", "agent", "team"])

# titles of the people who report or picture a story, not act in it ("correspondent Ann Lee"):
# a name the recogniser missed after one of these is no actor
MEDIA_TITLES = frozenset(
    ["correspondent", "reporter", "editor", "anchor", "columnist", "photographer", "presenter", "journalist",
     "author", "writer", "producer", "cameraman", "blogger", "commentator", "pundit", "host"]
)  # fmt: skip

# common nouns (lemmas) for people a story may never name, yet who act or are acted upon: "a guard
# was shot", "his parents dangled him", "police arrested a man". Words that also name a thing or
# an idea ("head", "star", "justice", "agent") are left out.
PERSON_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "child", "kid", "baby", "toddler", "infant", "teenager", "teen",
     "youngster", "youth", "pensioner", "schoolboy", "schoolgirl", "student", "pupil", "parent",
     "mother", "father", "mum", "mom", "dad", "son", "daughter", "wife", "husband", "brother",
     "sister", "grandmother", "grandfather", "grandson", "granddaughter", "girlfriend", "boyfriend",
     "widow", "family", "couple", "twin", "guard", "suspect", "gunman", "shooter", "attacker",
     "assailant", "robber", "thief", "burglar", "killer", "murderer", "kidnapper", "hijacker",
     "bomber", "intruder", "victim", "hostage", "driver", "motorist", "cyclist", "pedestrian",
     "passenger", "pilot", "crew", "police", "policeman", "policewoman", "officer", "detective",
     "trooper", "soldier", "troop", "firefighter", "paramedic", "rescuer", "lifeguard", "doctor",
     "nurse", "surgeon", "teacher", "prosecutor", "judge", "jury", "juror", "lawyer", "attorney",
     "defendant", "inmate", "prisoner", "worker", "employee", "customer", "shopper", "tourist",
     "visitor", "hiker", "climber", "swimmer", "diver", "fisherman", "farmer", "owner", "landlord",
     "tenant", "homeowner", "fan", "supporter", "spectator", "protester", "demonstrator",
     "volunteer", "migrant", "refugee", "immigrant", "patient", "bride", "groom", "player",
     "athlete", "runner", "jockey", "golfer", "footballer", "motorcyclist", "biker", "sailor",
     "veteran", "employer", "graduate", "trainee", "recruit", "gang"]
)  # fmt: skip
# people nouns too vague to be an actor of their own: the sources of a statement and onlookers
# ("officials said", "experts warn", "people queued")
# Unnamed bodies a story follows as "police", "the army", "officials": the body acting in sentence
# after sentence is an actor, though the story never names it ("the government" or "the regime"
# stands for the country the story names).
# nouns for one person known by their tie to someone else, so the story may follow them under a
# possessive as well as "the" ("his father ... the girl's uncle said"; "her victim ... the victim")
POSSESSED_PERSON_NOUNS = KIN_WORDS | frozenset(["victim", "dad", "mum", "mom"])
UNNAMED_BODY_NOUNS = frozenset(
    ["police", "army", "military", "troops", "prosecutor", "firefighter", "court", "council",
     "official", "authority", "rebel", "militant"]
)  # fmt: skip
VAGUE_PERSON_NOUNS = frozenset(
    ["official", "authority", "source", "people", "person", "expert", "analyst", "observer", "critic",
     "witness", "someone", "user", "member", "researcher", "scientist", "spokesman", "spokeswoman",
     "spokesperson", "representative", "insider", "commentator", "viewer", "reader", "follower",
     "friend", "onlooker", "bystander", "local", "resident", "citizen", "fellow", "other", "one"]
)  # fmt: skip
# words before a common noun that do not belong to its name ("his own wife")
UNNAMED_DROPS = frozenset(["own", "other", "same", "such", "certain"])
# nouns after a surname that make a family one actor ("the Lind family", "the Varga brothers")
FAMILY_NOUNS = frozenset(["family", "clan", "brothers", "sisters", "twins"])
# last words of a body's name that the story may go on using alone, in lower case ("Norden Police"
# ... "police said"; "Harlow District Council" ... "the council")
SHORT_REFERENCE_HEADS = frozenset(
    ["police", "council", "zoo", "university", "hospital", "army", "navy", "court"]
)
# nouns of a compound preposition of place: "in front of X", "on the outskirts of X"
SPATIAL_NOUNS = frozenset(
    [
        "front",
        "middle",
        "heart",
        "centre",
        "center",
        "outskirts",
        "edge",
        "top",
        "foot",
        "side",
        "steps",
        "gates",
    ]
)
# nouns right before the title of a work ("the 1962 film X", "the hit X", "his character X")
WORK_NOUNS = frozenset(
    ["film", "movie", "book", "novel", "memoir", "song", "single", "track", "album", "hit", "show", "series", "sitcom",
     "drama", "documentary", "play", "musical", "opera", "character", "blockbuster", "classic", "episode",
     "franchise", "painting", "poem", "game"]
)  # fmt: skip
# nouns that name a work's title, not the work ("X is the title of a novel"): the work is after "of"
WORK_TITLE_NOUNS = frozenset(["title", "name"])
# nouns between a possessive and a name that make the name someone, not something owned ("his son
# Tom", "her club Rovers", "their lawyer Ana Lee")
NAMING_NOUNS = (
    ROLE_WORDS
    | KIN_WORDS
    | PERSON_NOUNS
    | VAGUE_PERSON_NOUNS
    | INSTITUTION_NOUNS
    | ORG_HEADS
    | frozenset(["club", "side", "company", "firm", "employer", "band", "label", "group", "school", "university",
                 "college", "pal", "partner", "mate", "colleague", "teammate", "rival", "boss", "hero", "idol",
                 "dog", "cat", "horse", "pet"])
)  # fmt: skip
# words that give a name ("a robot known as Ham", "a dog called Rusty", "nicknamed Bolt")
NAMING_CUES = frozenset(["known as", "called", "named", "nicknamed", "dubbed", "christened"])
# people who post online, whose user name a story gives in quotes after a naming cue ("an angry blogger
# dubbed 'xyz'", "a hater nicknamed 'xyz'")
ONLINE_PERSON_NOUNS = frozenset(
    ["commenter", "commentator", "troll", "hater", "user", "poster", "blogger", "vlogger", "hacker", "gamer",
     "follower", "tweeter", "streamer", "youtuber", "influencer", "account"]
)  # fmt: skip
# kinds of venue a story names its business by ("the Kelbo bakery"): the word before is its name
VENUE_NOUNS = frozenset(
    ["nightclub", "club", "bar", "pub", "restaurant", "cafe", "café", "hotel", "casino", "venue", "shop", "store",
     "salon", "gym", "bakery", "brewery", "boutique"]
)  # fmt: skip
# a user name written in lower case: letters, digits, underscores and dots, opening with a letter
HANDLE_PATTERN = r"[a-z][a-z0-9_.]{2,}[a-z0-9]"
# common nouns for a kind of body that a story puts right before a body's name ("energy company X",
# "the banking app X", "the start-up X") or in apposition to it ("X, the activist fund"): the name is an
# organisation whatever the recogniser says. Nouns that also name a person's job ("developer",
# "producer", "promoter", "publisher") are left out.
BODY_KIND_NOUNS = frozenset(
    ["company", "firm", "app", "carmaker", "automaker", "retailer", "supermarket", "chain", "start-up",
     "startup", "provider", "supplier", "broadcaster", "network", "platform", "website", "label", "brand",
     "charity", "airline", "carrier", "bank", "lender", "insurer", "utility", "giant", "conglomerate",
     "consultancy", "watchdog", "regulator", "outlet", "newspaper", "tabloid", "channel", "studio",
     "operator", "maker", "manufacturer", "agency", "fund", "business", "band", "group", "organisation",
     "organization", "nonprofit", "non-profit", "think-tank", "broker", "brokerage", "distributor",
     "subsidiary"]
)  # fmt: skip
# words that may follow a kind noun in apposition to a body's name ("X, the activist fund that ...",
# "X, a charity based in ..."); any other word after it makes the noun part of a person's description
# ("Tom Lee, a bank clerk")
BODY_APPOSITION_FOLLOWERS = frozenset(
    ["that", "which", "based", "founded", "behind", "owned", "run", "with", "in"]
)
# nouns for a settlement or an island (lemmas): a name the text calls one ("the town of X", "X, a
# village of 300 people") is a setting, even as a sentence's subject; a country or a state is not one
SETTLEMENT_NOUNS = frozenset(
    ["town", "village", "city", "suburb", "hamlet", "borough", "island", "resort", "municipality",
     "neighbourhood", "neighborhood", "township", "parish", "settlement", "community"]
)  # fmt: skip
# nouns for a state's bodies that a story may capitalise and use alone as a name ("the Government
# said", "the Army"), besides ``ORG_HEADS``
STATE_BODY_NOUNS = frozenset(
    ["government", "police", "army", "navy", "parliament", "cabinet", "treasury", "coastguard"]
)

# words right before a list of names given as examples ("makers including A, B and C")
EXAMPLE_CUES = frozenset(["including", "includes", "include", "like", "such as", "among them"])

# --- untagged names (see ``actors._untagged_bodies``) ---
# the parts a capitalised run the recogniser left untagged must play in a parsed sentence to be an
# actor: the subject of a verb, or the noun after the "by" of a passive ("was bought by Halvex"); an
# apposition or a conjunct takes the part of the word it hangs on
UNTAGGED_ACTOR_DEPS = frozenset(["nsubj", "csubj"])
UNTAGGED_AGENT_DEPS = frozenset(["agent"])
UNTAGGED_LINK_DEPS = frozenset(["appos", "conj"])
# entity types the recogniser gives the number inside a name ("Studio 9", "Team 7 Media"): such a
# number may sit inside an untagged run of capitalised words
UNTAGGED_NUMBER_TYPES = frozenset(["CARDINAL", "DATE", "ORDINAL", "QUANTITY"])
# capitalised words that never start or make an untagged name on their own: calendar words and
# the words of a headline's or a caption's furniture
UNTAGGED_NON_NAMES = frozenset(
    [*MONTH_NAMES, *WEEKDAY_NAMES, "i", "ok", "tv", "pm", "am", "ceo", "mp", "mps", "gp", "uk", "us",
     "scroll", "video", "photo", "pictured", "read", "more", "click", "share", "advertisement",
     "updated", "published", "via", "dr", "mr", "mrs", "ms"]
)  # fmt: skip
# prepositions of a setting: a run the story writes after one of them ("homes in Eastvale") is a place
UNTAGGED_PLACE_PREPS = frozenset(["in", "near", "outside", "across", "around", "throughout"])
# dependencies of a run named in the headline that make it no actor in the body: a modifier ("Halvex
# shares"), an object of a preposition ("ahead of the Spring Fair"), a time
UNTAGGED_PASSIVE_DEPS = frozenset(["compound", "poss", "pobj", "npadvmod", "nmod", "amod", "dobj"])

# --- actors10 ---
# occupations that open a description before a name as often as the role words above ("Dentist Ana
# Lee said", "the forecaster Tom Reyes"): joined to ``ROLE_WORDS`` so a name keeps them as its role,
# not as its first word
OCCUPATION_WORDS = frozenset(
    ["veterinarian", "vet", "dentist", "pharmacist", "psychologist", "psychiatrist", "therapist",
     "physiotherapist", "midwife", "journalist", "reporter", "photographer", "presenter",
     "broadcaster", "comedian", "novelist", "writer", "poet", "playwright", "composer", "producer",
     "filmmaker", "chemist", "biologist", "physicist", "astronomer", "archaeologist", "zoologist",
     "ecologist", "geologist", "meteorologist", "forecaster", "electrician", "plumber", "carpenter",
     "baker", "butcher", "lecturer", "headteacher", "headmaster", "headmistress", "curator",
     "zookeeper", "ranger", "warden", "clerk", "cashier", "waiter", "waitress", "bartender",
     "courier", "chauffeur", "dancer", "rapper", "drummer", "guitarist", "pianist", "violinist",
     "blogger", "lobbyist", "pollster", "statistician", "epidemiologist", "virologist",
     "neurologist", "cardiologist", "oncologist", "paediatrician", "pediatrician", "radiologist",
     "nutritionist", "dietitian", "veterinary", "sculptor", "painter", "photojournalist"]
)  # fmt: skip
ROLE_WORDS = ROLE_WORDS | OCCUPATION_WORDS
# last words of the name of open land or a waterside site ("Eastfield Common", "Kell Moor", "Brack
# Quay"): a setting, like the places in ``PLACE_NOUNS``, which they join
LANDSCAPE_NOUNS = frozenset(
    ["Common", "Heath", "Moor", "Moors", "Forest", "Woods", "Marsh", "Marshes", "Bay", "Hill", "Hills",
     "Pier", "Quay", "Wharf", "Reservoir", "Meadow", "Meadows", "Downs", "Fell", "Glen", "Cove"]
)  # fmt: skip
PLACE_NOUNS = PLACE_NOUNS | LANDSCAPE_NOUNS
# verbs (lemmas) of travel: an organisation after their "to" is where someone went ("flew to
# Funland Resort"), as it is after "take"/"bring" when what is taken is people ("took her sons to ...")
TRAVEL_LEMMAS = frozenset(
    ["go", "travel", "fly", "drive", "move", "head", "walk", "sail", "return", "relocate", "emigrate",
     "holiday", "flee", "escape", "come"]
)  # fmt: skip
ESCORT_LEMMAS = frozenset(["take", "bring", "drive", "fly"])
# verbs and nouns (lemmas) of an act aimed at someone: a person after their "at" is its target, not
# where it happened ("shouted at Ana Lee", "took a swipe at Tom Day", "hit out at the minister")
AIMED_AT_LEMMAS = frozenset(
    ["swipe", "dig", "jab", "potshot", "aim", "shout", "yell", "scream", "swear", "laugh", "sneer",
     "scoff", "jeer", "rail", "lash", "hit", "fire", "shoot", "point", "stare", "glare", "smile", "wink",
     "wave", "spit", "lunge", "swing", "hurl", "throw", "snap", "bark", "punch", "kick", "fun", "go",
     "pop", "look", "glance", "nod"]
)  # fmt: skip

# --- actors11 ---
# words for a body the story may follow without naming it ("police said", "prosecutors argued",
# "the council voted"): a sentence holding one is parsed, so the actors can read its part ("court"
# is left out: mostly a setting, "in court", "a court date")
GROUP_ACTOR_WORDS = frozenset(
    ["police", "prosecutors", "investigators", "detectives", "officials", "authorities", "council",
     "officers", "firefighters", "troopers", "troops", "rebels", "militants"]
)  # fmt: skip
# lemmas of those words, each with the body it stands for: "police", "officers", "detectives",
# "investigators" and "authorities" in one story are one actor; a family member counts in the
# plural ("officers said"), "police" and "council" as written
GROUP_FAMILIES = {
    "police": "police",
    "officer": "police",
    "detective": "police",
    "investigator": "police",
    "authority": "police",
    "trooper": "police",
    "prosecutor": "prosecutor",
    "official": "official",
    "council": "council",
    "fan": "fan",
    "supporter": "fan",
    "firefighter": "firefighter",
}
# plurals for people at large that an adjective of ``GROUP_ADJECTIVES`` makes a group the story may
# follow ("jobless people", "disabled residents")
GENERAL_PLURALS = frozenset(["people", "resident", "person"])
GROUP_ADJECTIVES = frozenset(
    ["homeless", "disabled", "elderly", "unemployed", "jobless", "vulnerable", "deaf", "blind", "stranded"]
)
# last words of a named body's name that make it the body of a family above ("Kelby Constabulary",
# "Norden CID" are the story's "police")
FORCE_NAME_HEADS = {"constabulary": "police", "cid": "police"}
# someone unnamed who first comes into the story after its lede, yet acts or is acted upon in this
# many sentences ("the victim"), is an actor even when the lede's subject is named next
RECURRING_ACTS = 3
# people in the plural the story calls by more than one word, one group ("protesters" ... "the
# demonstrators"): each word -> the group's word
PEOPLE_SYNONYMS = {
    "protestor": "protester",
    "demonstrator": "protester",
}
# prepositions whose object a verb is aimed at ("hurled eggs at stewards", "clashed with fans"): people
# there are in the event as much as its object
GROUP_TARGET_PREPS = frozenset(["at", "against", "with"])
# a plural of people in the lede's main event who are written again in this many sentences are an
# actor though the story never names them
LEDE_GROUP_MENTIONS = 4
# possessives that leave such people a group of their own: a side's or a body's ("their fans"), not a
# person's ("his supporters", "her pupils")
GROUP_POSSESSORS = frozenset(["their"])
# words whose object is where a statement comes from ("according to" the force)
GROUP_SOURCE_WORDS = frozenset(["according"])
# people in the plural ("students", "passengers") are an actor when met in this many sentences,
# and rank among the named actors when met in ``GROUP_PEOPLE_LEAD``
GROUP_PEOPLE_MENTIONS = 3
GROUP_PEOPLE_LEAD = 4
# sentences in which such people must act (subject, speaker)
GROUP_PEOPLE_ACTS = 1
# subject pronouns a sentence may open with to go on about the person the one before named, and the
# sex each gives ("He resigned in May")
SUBJECT_PRONOUNS = {"He": "m", "She": "f"}
# plurals too general to be a group of their own ("the two men" stand for the people it names)
GENERIC_PEOPLE = frozenset(["man", "woman"])
# an acronym the recogniser leaves untagged ("QRZ", a group's "ARE" the tagger takes for a verb) is a
# body when the story writes it in this many sentences
ACRONYM_PATTERN = r"[A-Z]{2,6}"
ACRONYM_SENTENCES = 2
# how low a body's score may go and still fill an empty slot, when its name's last word is a kind
# of body (``ORG_HEADS``); other names need 1
ORG_HEAD_FLOOR = -0.5

# --- actors12 ---
# a sports story names its sides by their town ("beat Norden", "against Kelby", "the Norden
# striker"): the recogniser tags that town a place (or a person), and a place that does not act is
# dropped. A story is about sport when it uses at least ``SPORT_STORY_CUES_MIN`` of these words
# (or writes a score, "2-1"); there a place in a contest is a side, i.e. an organisation.
SPORT_STORY_WORDS = frozenset(
    ["goal", "goals", "striker", "midfielder", "defender", "goalkeeper", "winger", "league", "fixture",
     "fixtures", "derby", "relegation", "kick-off", "stadium", "penalty", "referee", "squad",
     "semi-final", "quarter-final", "cup", "champions", "tournament", "innings", "wicket", "midfield",
     "touchdown", "playoff", "play-off", "play-offs", "playoffs", "half-time", "full-time", "dugout",
     "season", "rivals", "finals", "opponents", "games", "strikers", "defenders", "midfielders"]
)  # fmt: skip
SPORT_STORY_CUES_MIN = 3
# places a sports story gives past the usual cut to the next players or sides (a match names more
# people and clubs that act than other news; one more measured best on the study sets, two lost precision)
SPORT_EXTRA_ACTORS = 1
SCORE_PATTERN = r"\b\d{1,2}-\d{1,2}\b"
# verbs (lemmas) of a contest: a place as their subject or object is a side ("Kelby beat Norden")
CONTEST_LEMMAS = frozenset(
    ["beat", "face", "host", "play", "lose", "draw", "defeat", "thrash", "edge", "meet", "overcome",
     "trounce", "hammer", "rout", "outclass", "eliminate", "knock", "entertain", "battle", "sink",
     "stun", "down", "ease", "overpower", "outplay", "humble", "topple", "dispatch", "crush", "visit",
     "welcome", "tie", "relegate", "promote", "win", "score", "concede", "sign"]
)  # fmt: skip
# prepositions that name the other side of a contest ("against Norden", "Kelby v Norden")
CONTEST_PREPS = frozenset(["against", "past", "v", "v.", "vs", "vs.", "versus"])
# nouns of a contest or a result, whose "to"/"with"/"over"/"at" object or possessor is a side
# ("defeat to Norden", "a draw with Kelby", "at home to Norden", "Kelby's win")
CONTEST_NOUNS = frozenset(
    ["win", "victory", "defeat", "loss", "draw", "clash", "match", "game", "trip", "visit", "fixture",
     "tie", "home", "away", "derby", "meeting", "encounter", "rivalry", "triumph", "thrashing",
     "comeback", "campaign", "season", "promotion", "relegation", "title", "lead", "chance"]
)  # fmt: skip
# people and things of a side: a place as their compound or possessor is the side ("the Norden
# striker", "Kelby's manager", "a Norden shirt")
TEAM_MEMBER_NOUNS = frozenset(
    ["manager", "boss", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper",
     "winger", "captain", "skipper", "coach", "player", "players", "team-mate", "teammate", "mate",
     "team-mates", "teammates", "squad", "side", "team", "fans", "supporters", "full-back",
     "centre-back", "centre-half", "playmaker", "academy", "shirt", "debut", "loanee", "flop",
     "starlet", "youngster", "defence", "attack", "midfield", "line-up",
     "bench", "dugout", "hero", "star", "stars", "goalscorer", "scorer", "chairman", "owner"]
)  # fmt: skip
# points of the compass: a name after their "of" is where something lies ("30 miles north of Kell")
COMPASS_WORDS = frozenset(
    ["north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
     "northeast", "northwest", "southeast", "southwest", "north-northeast", "south-southwest"]
)  # fmt: skip
# a person of a country named by a noun ("the Frenchman", "the Spaniard"; never an adjective, which
# may name a people or a body): a reference to someone the story names, whatever type the
# recogniser gives it
DEMONYM_NOUNS = frozenset(
    ["frenchman", "frenchwoman", "englishman", "englishwoman", "scotsman", "scotswoman", "irishman",
     "irishwoman", "welshman", "welshwoman", "dutchman", "dutchwoman", "spaniard", "briton", "dane",
     "swede", "finn", "scot", "brit", "kiwi", "aussie", "yank", "icelander", "croat", "serb", "pole",
     "turk", "greenlander", "new zealander"]
)  # fmt: skip
# how the adjective of a nationality ends ("Cuban", "Brazilian", "Chinese", "Danish", "Icelandic",
# "Iraqi"): a word tagged a nationality that ends so is one, not a first name the recogniser misread
DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")
# the nationality and people words that end otherwise (read with :data:`DEMONYM_ENDINGS`, a plural's "s" taken off)
DEMONYM_WORDS = frozenset(
    ["french", "dutch", "greek", "swiss", "welsh", "czech", "thai", "basque", "scot", "kurd", "jew", "turk",
     "arab", "serb", "croat", "pole", "dane", "swede", "finn", "brit", "muslim", "sikh", "hindu", "buddhist",
     "catholic", "protestant", "democrat", "tory", "tories", "uzbek", "kazakh", "tajik", "inuit", "maori",
     "zulu", "sunni", "shia", "shiite", "druze", "yazidi", "roma", "sami", "filipino", "filipina", "latino",
     "latina", "lao", "burmese", "khmer", "kiwi", "aussie", "yank", "briton", "scotsman", "irishman",
     "englishman", "frenchman", "dutchman", "spaniard", "slovak", "slovene", "montenegrin", "cypriot"]
)  # fmt: skip
# buildings and sites a place has ("the city's new store opened", "the town's bridge collapsed"): a
# place that owns the subject of a clause acts through a body or people, never through one of these
THING_NOUNS = frozenset(
    ["store", "shop", "building", "bridge", "road", "street", "station", "airport", "park", "museum",
     "stadium", "hospital", "school", "beach", "skyline", "landmark", "tower", "river", "harbour",
     "port", "mall", "restaurant", "hotel", "church", "cathedral", "castle", "zoo", "market",
     "flagship", "library", "theatre", "pier", "gallery", "arena", "square", "landmarks"]
)  # fmt: skip


# --- actors13 ---
def _animal_nouns() -> frozenset[str]:
    """Nouns whose senses are mostly animals in WordNet (the generated noun kinds): an animal the
    story keeps following as "the X" ("the fox ... the fox"), an actor as much as a person."""
    from newsbrief.summarizers.lexicon.noun_kinds import KINDS as _KINDS
    from newsbrief.summarizers.lexicon.noun_kinds_more import KINDS as _MORE_KINDS

    out: set[str] = set()
    for line in (_KINDS + "\n" + _MORE_KINDS).split("\n"):
        word, *kinds = line.split() or [""]
        if "animal" in kinds:
            out.add(word)
    return frozenset(out)


ANIMAL_NOUNS: frozenset[str] = _animal_nouns()


# --- actors14 ---
# nouns for a body's own board, people and sanctions: a competition's name before one of them ("the
# Kelby League board", "Kelby League officials", "Kelby League fines") names the body that runs the
# competition, an actor though it never acts in a clause of its own
GOVERNING_NOUNS = frozenset(
    ["board", "committee", "council", "chairman", "chairwoman", "chair", "chief", "president",
     "official", "executive", "director", "member", "fine", "sanction", "rule", "regulation",
     "investigation", "inquiry", "ruling", "statement", "spokesman", "spokeswoman"]
)  # fmt: skip


def _nouns_of_kind(kind: str) -> frozenset[str]:
    """Nouns the generated noun kinds give ``kind`` ("person", "group", "place")."""
    from newsbrief.summarizers.lexicon.noun_kinds import KINDS as _KINDS
    from newsbrief.summarizers.lexicon.noun_kinds_more import KINDS as _MORE_KINDS

    return frozenset(
        line.split()[0] for line in (_KINDS + "\n" + _MORE_KINDS).split("\n") if kind in line.split()[1:]
    )


# nouns for a person: an unnamed one who speaks as the subject of the whole first sentence ("A
# hospital porter has spoken of ...") is the person the story is about
PERSON_KIND_NOUNS: frozenset[str] = _nouns_of_kind("person")
# a name may open in lower case with an article joined by a hyphen ("al-Nadir Front", "el-Sayed"):
# still a name, unlike a lower-case word the recogniser took into one
LOWER_NAME_OPENING = r"[a-z]{1,3}-[A-Z]"
# words that give a body's name right after the noun for its kind ("a protest group called Tide
# Watch", "a charity named Open Doors"): the name is the body's, whatever type the recogniser gave it
KIND_NAMING_WORDS = frozenset(["called", "named", "dubbed", "nicknamed"])
# a school the story names once and then calls "the school" / "his school" is the same body
SHORT_REFERENCE_HEADS = SHORT_REFERENCE_HEADS | frozenset(["school", "college"])
# in a sports story, "for X" after such a word names the side someone plays for ("an equaliser for
# Kelby", "a debut for Norden", "signed for Kelby")
SIDE_FOR_WORDS = frozenset(
    ["goal", "equaliser", "equalizer", "winner", "score", "play", "sign", "debut", "appearance", "strike"]
)
# nouns (lemmas) that call a side by its standing against another: a name in apposition to one is
# a side ("at bitter rivals Norden", "their neighbours Kelby", "former club Norden")
RIVAL_NOUNS = frozenset(
    ["rival", "opponent", "opposition", "neighbour", "neighbor", "foe", "club", "champion", "leader",
     "underdog", "favourite", "favorite"]
)  # fmt: skip


# --- actors17 ---
# nouns for someone who speaks for a body: "an army spokeswoman added" is the body speaking
BODY_VOICE_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson"])
# words that open a story by pointing at its subject: "This parrot can ..." brings it in
OPENING_POINTERS = frozenset(["this"])


# --- actors22 ---
# a recording that shows someone ("a video showed a cyclist ...", "CCTV captured a cashier ..."): the
# person shown is the one the story is about, even unnamed
SHOWING_NOUNS = frozenset(
    ["footage", "video", "clip", "film", "cctv", "image", "picture", "photo", "recording"]
)
SHOWING_VERBS = frozenset(["show", "capture"])
# people named by the board or skis they ride, whom the generated noun kinds leave out
RIDER_NOUNS = frozenset(["skater", "skateboarder", "longboarder", "snowboarder", "surfer", "skier"])
# "the 31-year-old striker", "the nine-year-old": a person the story named, called by age
AGE_EPITHET_PATTERN = r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b"

# --- actors26 ---
# an acronym the story spells out in common words ("a cabin service unit (CSU)", "slow wave
# sleep, shortened to SWS") names a thing, not a body: bodies are spelled out in capitals. The
# phrases that may stand between the words and the acronym, and the small words a spelling-out
# may skip ("Office of Fair Trading" -> OFT)
ACRONYM_LINKS = ("shortened to", "abbreviated to", "abbreviated as", "known as", "short for", "or")
ACRONYM_SKIPPED_WORDS = frozenset(["of", "and", "the", "for", "in", "on", "to", "&"])
# an acronym after one of these is a common noun ("their GP", "an ECG"), not a body's name ("our"
# is left out: "our NHS")
ACRONYM_COMMON_DETS = frozenset(["a", "an", "his", "her", "their", "my", "your"])

# --- actors30 ---
# verbs (lemmas) whose object is what people choose at the polls: a name voted ("vote Kelby First",
# "voted for the Greens") is a party, whatever place or people type the recogniser gave it
VOTING_LEMMAS = frozenset(["vote"])
# works a body makes or commissions: a name before one ("the Kelby TV documentary", "a Pollwise
# survey") is its maker, not a thing it names
MADE_WORK_NOUNS = frozenset(
    ["documentary", "drama", "series", "programme", "program", "report", "study", "survey", "poll", "campaign",
     "investigation", "inquiry"]
)  # fmt: skip
# what a side plays: a name before one ("at Kelby Rovers games", "a Norden match") is the side that
# plays it, not a thing it names, in any story
PLAYED_NOUNS = frozenset(["game", "match"])

# --- actors28 ---
# a country right before one of these in a sports story is the one a player is capped by ("the
# Kelvia international"): it describes the player, and is no side there
CAP_NOUNS = frozenset(["international"])
