"""Key actors: the people, organisations and countries that act or are acted upon in a story.

Built on spaCy's entities, then repaired: titles and fragments are cut off names, aliases
("Ana Lind"/"Lind", "Coastal Fisheries Board"/"CFB") are merged, type errors are fixed by the
longer name a short form belongs to. Each mention gets its part from the parse: agent (subject,
speaker, "according to" source, possessor of an acting body), patient (passive subject, object),
setting (object of a place preposition, dateline, "the city of X", origin of "a Texas woman"),
topic (a country that frames a clause: "In Chad, prices have fallen") or credit; in a sports story
a town named as a side ("lost to Norden", "the Kelby striker") is an organisation. Settings,
credits, events, competitions that do not act, diseases and products are dropped; nationality
adjectives fold into their country, and peoples, parties and bodies ("the Democrats", "Iraqi
forces") become actors of their own. Actors are ranked by mentions, acting, being acted upon,
the headline and how early they come; every tie keeps first-mention order, so the output never
depends on hashing. Word lists live in ``newsbrief.summarizers.lexicon.actors``.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Callable, Container, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from newsbrief.summarizers.find import has_word
from newsbrief.summarizers.lexicon.actors import (
    ACRONYM_COMMON_DETS,
    ACRONYM_LINKS,
    ACRONYM_PATTERN,
    ACRONYM_SENTENCES,
    ACRONYM_SKIPPED_WORDS,
    AGE_EPITHET_PATTERN,
    AIMED_AT_LEMMAS,
    ANIMAL_NOUNS,
    BODY_APPOSITION_FOLLOWERS,
    BODY_KIND_NOUNS,
    BODY_PEOPLE_NOUNS,
    BODY_VOICE_NOUNS,
    BYLINE_VERBS,
    CAP_NOUNS,
    COMPASS_WORDS,
    COMPETITION_HEADS,
    CONNECTORS,
    CONTEST_LEMMAS,
    CONTEST_NOUNS,
    CONTEST_PREPS,
    DECADE_NAMES,
    DEMONYM_ENDINGS,
    DEMONYM_NOUNS,
    DISCOURSE_WORDS,
    DISEASE_HEADS,
    DISEASES,
    DOCUMENT_NOUNS,
    ESCORT_LEMMAS,
    EVENT_HEADS,
    EXAMPLE_CUES,
    FACILITY_HEADS,
    FAMILY_NOUNS,
    FORCE_NAME_HEADS,
    FRAME_LEAD_WORDS,
    GENERAL_PLURALS,
    GENERIC_PEOPLE,
    GEO_BODY_TAILS,
    GEO_NAME_LEADS,
    GEO_NAME_TAILS,
    GOVERNING_NOUNS,
    GROUP_ADJECTIVES,
    GROUP_FAMILIES,
    GROUP_PEOPLE_ACTS,
    GROUP_PEOPLE_LEAD,
    GROUP_PEOPLE_MENTIONS,
    GROUP_POSSESSORS,
    GROUP_SOURCE_WORDS,
    GROUP_TARGET_PREPS,
    HANDLE_PATTERN,
    HONORIFICS,
    INSTITUTION_NOUNS,
    KIN_WORDS,
    KIND_NAMING_WORDS,
    LANDMARK_PREPS,
    LEDE_GROUP_MENTIONS,
    LOCATION_PREPS,
    LONE_ACTING_SENTENCES,
    LOWER_NAME_OPENING,
    MADE_WORK_NOUNS,
    MEDIA_TITLES,
    NAME_PARTICLES,
    NAMING_CUES,
    NAMING_NOUNS,
    ONLINE_PERSON_NOUNS,
    OPENING_POINTERS,
    ORG_HEAD_FLOOR,
    ORG_HEADS,
    ORG_LOCATION_PREPS,
    ORIGIN_NOUNS,
    PEOPLE_SYNONYMS,
    PERSON_KIND_NOUNS,
    PERSON_NOUNS,
    PLACE_KIND_NOUNS,
    PLACE_NOUNS,
    PLACE_ONLY_PREPS,
    PLAYED_NOUNS,
    POSSESSED_PERSON_NOUNS,
    POST_NOMINALS,
    RECURRING_ACTS,
    RIDER_NOUNS,
    RIVAL_NOUNS,
    ROLE_ENDINGS,
    ROLE_WORDS,
    ROUTE_PREPS,
    SAME_BODY_NOUNS,
    SCORE_PATTERN,
    SETTLEMENT_NOUNS,
    SHORT_REFERENCE_HEADS,
    SHOWING_NOUNS,
    SHOWING_VERBS,
    SIDE_FOR_WORDS,
    SITE_NAME_TYPES,
    SPATIAL_NOUNS,
    SPEECH_AUXILIARIES,
    SPEECH_VERBS,
    SPORT_EXTRA_ACTORS,
    SPORT_STORY_CUES_MIN,
    SPORT_STORY_WORDS,
    STATE_BODY_NOUNS,
    SUBJECT_PRONOUNS,
    TEAM_MEMBER_NOUNS,
    THING_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    TRAVEL_LEMMAS,
    UNNAMED_BODY_NOUNS,
    UNNAMED_DROPS,
    UNTAGGED_ACTOR_DEPS,
    UNTAGGED_AGENT_DEPS,
    UNTAGGED_LINK_DEPS,
    UNTAGGED_NON_NAMES,
    UNTAGGED_NUMBER_TYPES,
    UNTAGGED_PASSIVE_DEPS,
    UNTAGGED_PLACE_PREPS,
    VAGUE_PERSON_NOUNS,
    VENUE_NOUNS,
    VOTING_LEMMAS,
    WEATHER_NAME_LEADS,
    WORK_NOUNS,
    WORK_TITLE_NOUNS,
)
from newsbrief.summarizers.lexicon.common import CALENDAR_NAMES, FEMALE_PRONOUNS, MALE_PRONOUNS, TITLE_SEXES
from newsbrief.summarizers.lexicon.text import CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, QUOTE_MARKS
from newsbrief.summarizers.parse import ParsedSentence
from newsbrief.summarizers.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_ACTORS = 8
_LEDE = 3  # the first sentences, where a story names its main actors
_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_HONORIFICS = HONORIFICS
_TITLE_WORDS = ROLE_WORDS | TITLE_MODIFIERS
_NAME_TITLES = ROLE_WORDS | TITLE_ABBREVIATIONS  # titles that can sit inside an entity before a name
_LOCATION_PREPS = LOCATION_PREPS
_SPEECH_VERBS = SPEECH_VERBS
_INSTITUTION_NOUNS = INSTITUTION_NOUNS
_CREDIT_AFTER = re.compile(r"^\s*(?:news\s+)?(?:agency|wire|newswire)\b", re.I)
_SUBJECT_DEPS = {"nsubj", "csubj", "agent"}
_PLACE_NOUNS = PLACE_NOUNS
_CONNECTORS = CONNECTORS
_PARTICLES = NAME_PARTICLES
# nouns for someone or some animal the lede may bring in unnamed ("a nurse was hurt", "a fox bit a child")
_LEDE_NOUNS = PERSON_NOUNS | ANIMAL_NOUNS
# words of ``GROUP_FAMILIES`` for people rather than a body ("fans"): the lede may be about them
_PEOPLE_FAMILIES = frozenset(w for w, f in GROUP_FAMILIES.items() if f == "fan")
_PEOPLE_WORDS = ROLE_WORDS | KIN_WORDS | PERSON_NOUNS | VAGUE_PERSON_NOUNS
_ACRONYM_RE = re.compile(ACRONYM_PATTERN)
_AGE_EPITHET = re.compile(AGE_EPITHET_PATTERN)
# what a mention in a caption the parse cut off a sentence weighs, against one in the body
CAPTION_WEIGHT = 0.5


@dataclass
class _Mention:
    name: str
    label: str
    sent: int
    agent: bool = False
    patient: bool = False
    topic: bool = False
    location: bool = False
    settlement: bool = False  # "the town of X", "X, a village of 300 people": a place by the text's word
    # where only a place stands ("near X", "from X to Y", "Ana Lee, of X"): a setting even when the
    # recogniser took its name for a person's
    place_only: bool = False
    listed: bool = False  # one of a list of people that names someone in full ("Ana Lee, Rihanna and ...")
    credit: bool = False
    role: str | None = None
    acronym: str | None = None
    sex: str | None = None  # "f"/"m" from a courtesy title ("Mrs Lee") or the pronoun that follows
    owned: bool = False  # "his black Marlo Vista": a thing someone owns
    titled: bool = False  # a person named with a title or courtesy title ("Mayor Ruiz", "Mrs Lee")
    example: bool = False  # one of a list of names given as examples ("brands including A, B and C")
    side: bool = False  # in a sports story, a place named as a side in a contest ("against Norden")
    governs: bool = False  # a competition's name before its board or its fines ("the Kelby League board")
    caption: bool = False  # in a caption the parse cut off a sentence: weighs below a body mention
    # the subject of an unparsed sentence it opens, by a parse made for it alone (``_opening_part``):
    # an actor by that alone only fills a free place
    opening: bool = False
    speaks: bool = False  # before a verb of saying in a sentence read without a parse


@dataclass
class _Cluster:
    name: str
    labels: Counter[str] = field(default_factory=Counter)
    mentions: list[_Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    lead: bool = False  # an unnamed actor that acts or is acted upon in the main clause of the lede
    kind: str | None = None  # the type it had before a short form of its name was merged into it

    @property
    def first(self) -> int:
        return min(m.sent for m in self.mentions)


def _titles_of(sex: str) -> frozenset[str]:
    """The courtesy titles that give a person ``sex`` (``TITLE_SEXES``), with the stop of those written
    as abbreviations ("mrs." of ``HONORIFICS``)."""
    return frozenset(
        f for t, s in TITLE_SEXES.items() if s == sex for f in (t, t + ".") if f == t or f in HONORIFICS
    )


_FEMALE_TITLES = _titles_of("f")
_MALE_TITLES = _titles_of("m")


def _object_of_own_verb(ent: Span, pron: Token) -> bool:
    """An object pronoun ("him", "her" as an object) of the verb the name is the subject of, or of a
    preposition on that verb: it names another person (the name itself would be "himself")."""
    if pron.lower_ not in ("him", "her") or not pron.doc.has_annotation("DEP"):
        return False
    if ent.root.dep_ not in _SUBJECT_DEPS or pron.dep_ not in ("dobj", "pobj", "dative"):
        return False
    verb = ent.root.head
    gov = pron.head.head if pron.dep_ == "pobj" else pron.head
    while gov.dep_ in ("prt", "prep", "conj") and gov.head.i != gov.i:
        gov = gov.head  # "took care of him and adopted him": a preposition's verb, a shared subject
    return gov == verb or (gov.head == verb and gov.dep_ in ("dobj", "xcomp"))


def _sex_of(doc: Doc, ent: Span, prefix: Sequence[Token]) -> str | None:
    """A person's sex as the text gives it: a courtesy title ("Mrs Lee", "Sir Tom Lee"), else, for a
    full name, the first personal pronoun in the few words after it, when no other person comes
    between ("Tom Lee, who runs the charity, said his ...")."""
    before = [t.lower_ for t in prefix]
    if ent.start > 0:
        before.append(doc[ent.start - 1].lower_)
    if any(w in _FEMALE_TITLES for w in before):
        return "f"
    if any(w in _MALE_TITLES for w in before):
        return "m"
    if len(ent) < 2:
        return None  # a lone surname takes its sex from its title only
    for t in doc[ent.end : ent.end + 12]:
        if t.ent_type_ == "PERSON":
            return None
        if _object_of_own_verb(ent, t):
            continue  # "Ana Lee took care of him": the object of the name's own verb is someone else
        if t.lower_ in MALE_PRONOUNS:
            return "m"
        if t.lower_ in FEMALE_PRONOUNS:
            return "f"
    return None


def _strip_name(tokens: list[Token], person: bool) -> tuple[list[Token], list[Token]]:
    """Split an entity's tokens into (title prefix, name): drops "the", and for people honorifics
    and titles ("President", "Judge"). A possessive is dropped from people and places; an
    organisation keeps an "'s" the recogniser put inside its name ("Moody's")."""
    toks = list(tokens)
    after = toks[-1].nbor(1) if toks and toks[-1].i + 1 < len(toks[-1].doc) else None
    possessive = after is not None and (after.tag_.startswith("NN") or after.tag_ == "JJ" or not after.tag_)
    keep_s = not person and bool(toks) and toks[-1].ent_type_ == "ORG" and len(toks) >= 2 and not possessive
    while toks and toks[-1].text in ("'s", "'", "\u2019s", "\u2019") and not keep_s:
        toks.pop()
    prefix: list[Token] = []
    while toks and toks[0].lower_ in ("the", "a", "an"):
        toks.pop(0)
    while person and len(toks) > 1 and (toks[0].lower_ in _HONORIFICS or toks[0].lower_ in _TITLE_WORDS):
        if _title_is_first_name(toks):
            break
        prefix.append(toks.pop(0))
    return prefix, toks


def _title_is_first_name(toks: Sequence[Token]) -> bool:
    """ "the defender Emir Lind", "Ana Berg and Dean Lind": a title word opening a two-word name is the
    person's first name when a lower-case role already stands right before the name, or when the
    name follows an untitled full name it is paired with. (A courtesy title never is.)"""
    first = toks[0]
    if len(toks) != 2 or not first.is_title or first.lower_ in _HONORIFICS or first.lower_ in TITLE_MODIFIERS:
        return False
    doc, i = first.doc, first.i
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.is_lower and prev.lower_ in ROLE_WORDS:
        return True
    if prev.lower_ != "and":
        return False
    pair = next((e for e in doc.ents if e.end == i - 1 and e.label_ == "PERSON"), None)
    return (
        pair is not None
        and len(pair) >= 2
        and pair[0].is_title
        and pair[0].lower_ not in _HONORIFICS
        and pair[0].lower_ not in _TITLE_WORDS
    )


def _clean_text(toks: Sequence[Token]) -> str:
    out = ""
    for t in toks:
        out += t.text_with_ws
    return re.sub(r"\s+", " ", out).strip(" ,.;:-\u2014\"'")


def _role_prefix(doc: Doc, start: int) -> str | None:
    """Title words right before a person's name: "US Secretary of State", "council chairman"."""
    if not doc.has_annotation("TAG"):
        return None
    i = start - 1
    toks: list[Token] = []
    while i >= 0:
        t = doc[i]
        if t.ent_type_ == "PERSON" or t.ent_type_ == "DATE":
            break
        # (a role word the tagger took for a verb is still a noun before a name: "club defender Ana Lind")
        if (
            t.tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ", "HYPH")
            or t.lower_ in _CONNECTORS
            or t.lower_ in ROLE_WORDS
        ):
            toks.insert(0, t)
            i -= 1
            continue
        break
    # "daughter of former Governor X", "a hard week for Mayor X": a connector after a word that is
    # not a title ends the phrase that describes X; "Secretary of State X" keeps its "of"
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].lower_ in _CONNECTORS and not (
            toks[k - 1].lower_ in _TITLE_WORDS
            or (toks[k - 1].is_title and toks[k - 1].tag_.startswith("NNP"))
        ):
            toks = toks[k + 1 :]
            break
    while toks and (
        toks[0].lower_ in _CONNECTORS
        or toks[0].tag_ == "HYPH"
        # "wife Regatta chairman": a lower-case word before a capitalised title is not part of it
        or (
            len(toks) > 1
            and toks[0].is_lower
            and toks[0].lower_ not in _TITLE_WORDS
            and toks[1].is_title
            and toks[1].lower_ not in _TITLE_WORDS
        )
    ):
        toks.pop(0)
    while toks and toks[-1].lower_ in _HONORIFICS:
        toks.pop()  # "former minister Sir Henry Lee": the courtesy title is part of the name's address
    # the role must contain a title word; start it at the first word that is part of the title phrase
    if not any(t.lower_ in ROLE_WORDS for t in toks):
        return None
    return _clean_text(toks) or None


def _names_other(role: str | None) -> bool:
    """A title that ends in "of"/"for" ("captain of", "head of") describes someone else: the name
    after it is what they lead, not a person with that role."""
    return bool(role) and bool(re.search(r"\b(?:of|for|at|and)$", role or "", re.I))


def _role_apposition(doc: Doc, ent: Span) -> str | None:
    """Role from an apposition after the name: "Vance, the UN Special Envoy for the region"."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    span: list[Token] = []
    if doc.has_annotation("DEP"):
        for child in ent.root.children:
            if child.dep_ == "appos" and child.i >= ent.end and not child.like_num:
                # "Ana Lee, 41, daughter of ...": an age in apposition comes first, the role after it
                span = [t for t in child.subtree if t.dep_ not in ("relcl",) and t.i >= ent.end + 1]
                break
    if not span:
        j = ent.end + 1
        while (
            j < len(doc) and doc[j].text not in (",", ";", ".", "(", ")", '"', "\u201d") and j - ent.end < 14
        ):
            span.append(doc[j])
            j += 1
        if not span or span[0].lower_ not in ("a", "an", "the") and span[0].lower_ not in _TITLE_WORDS:
            return None
    # cut at a relative clause or a following comma
    cut: list[Token] = []
    for t in span:
        if t.text in (",", ";", "(", '"', "\u201c") or t.lower_ in ("who", "which", "that", "said", "says"):
            break
        cut.append(t)
    head = next((t for t in cut if t.lower_ not in ("a", "an", "the")), None)
    kin = head is not None and head.lower_ in KIN_WORDS  # "son of the former minister" is this person's
    if not cut or len(cut) > 14 or not (kin or any(t.lower_ in ROLE_WORDS for t in cut)):
        return None
    while cut and cut[0].lower_ in ("a", "an", "the"):
        cut.pop(0)
    return _clean_text(cut) or None


def _role_head_of_apposition(ent: Span) -> str | None:
    """Role when the name is in apposition to it: "Its president, Ines Grau, ..."."""
    root = ent.root
    head = root.head
    if root.dep_ != "appos" or head.i >= ent.start or head.lower_ not in ROLE_WORDS:
        return None
    # the role is the phrase that ends with its head noun ("the study's author, Dr Ana Lee")
    toks = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "punct", "relcl")]
    # "Peru's deputy prime minister" keeps its country; "Its president" loses the pronoun
    while toks and (toks[0].tag_ in ("PRP$", "WP$") or toks[0].dep_ == "case"):
        toks.pop(0)
    return _clean_text(toks) or None


def _role_copular(ent: Span) -> str | None:
    """Role from "X is the ..."."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lower_ not in ("is", "was", "'s", "becomes", "became", "remains"):
        return None
    for child in root.head.children:
        if child.dep_ == "attr" and child.i > root.i:
            # "X is the chairman of Y" is a role; "X is a fine leader", "the best runner" are opinions
            judged = [
                a
                for a in child.children
                if a.dep_ == "amod" and not a.ent_type_ and a.lower_ not in _TITLE_WORDS
            ]
            if judged or child.lower_ not in ROLE_WORDS:
                return None
            clauses = {d.i for r in child.subtree if r.dep_ in ("relcl", "acl") for d in r.subtree}
            toks = [t for t in child.subtree if t.i not in clauses]
            while toks and toks[-1].is_punct:
                toks.pop()
            while toks and toks[0].lower_ in ("a", "an", "the"):
                toks.pop(0)
            if 0 < len(toks) <= 10 and any(t.lower_ in ROLE_WORDS for t in toks):
                return _clean_text(toks)
    return None


def _base(tok: Token) -> Token:
    """The first conjunct of a coordination ("the UK and Italy" -> "UK")."""
    hops = 0
    while tok.dep_ == "conj" and hops < 6:
        tok = tok.head
        hops += 1
    return tok


def _speaks_by_surface(doc: Doc, ent: Span) -> bool:
    """Without a parse: the entity right before a verb of saying ("the agency said", "X has said")."""
    j = ent.end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "the Rain Bureau (RB) said": its acronym in brackets
    while j < len(doc) and doc[j].lower_ in SPEECH_AUXILIARIES:
        j += 1
    return j < len(doc) and doc[j].lower_ in _SPEECH_VERBS


def _speaks_around(doc: Doc, ent: Span) -> bool:
    """A verb of saying right after the name or before its title ("said Chief Executive Ana Lee",
    "Chief Executive Ana Lee said"): a speaker, not a passing reference."""
    k = ent.start - 1
    while k >= 0 and (doc[k].is_title or doc[k].lower_ in ("of", "for", "and")) and ent.start - k < 6:
        k -= 1
    return _speaks_by_surface(doc, ent) or (k >= 0 and doc[k].lower_ in _SPEECH_VERBS)


def _acts_in_relative_clause(root: Token) -> bool:
    """ "the Greens, who took 14 seats": the relative pronoun that stands for the entity is a subject."""
    return any(
        c.dep_ == "relcl"
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WP", "WDT") for g in c.children)
        for c in root.children
    )


def _is_agent(doc: Doc, ent: Span) -> bool:
    """The entity acts: a subject, a speaker, a possessor of an acting body, a cited source."""
    if not doc.has_annotation("DEP"):
        return ent.label_ == "ORG" and _speaks_by_surface(doc, ent)
    root = _base(ent.root)
    dep = root.dep_
    if (
        dep == "poss"
        and ent.label_ in ("GPE", "LOC", "NORP")
        and root.head.tag_ in ("NNP", "NNPS")
        and root.head.lower_ not in _TITLE_WORDS
        and (root.head.ent_type_ or root.head.dep_ not in _SUBJECT_DEPS)
    ):
        # "Norway's Bergen Herald": where a named thing is from, and "Norway's Ana Lind won": where a
        # person is from (or a name the recogniser left untagged, unless that acts: "Norway's Velt
        # Fund said")
        return False
    if dep in ("compound", "amod") and root.head.lower_ in ORIGIN_NOUNS:
        return False  # "the Tasmania native", "a Texas woman": where a person is from
    if ent.label_ in ("GPE", "LOC") and (
        (
            dep == "poss"
            and root.head.tag_ in ("NN", "NNS")
            and (root.head.dep_ not in _SUBJECT_DEPS or root.head.lemma_.lower() in THING_NOUNS)
            and root.head.lower_ not in _INSTITUTION_NOUNS
            and root.head.lower_ not in ORG_HEADS
        )
        or (
            dep == "compound"
            and (
                root.head.ent_type_ == "PERSON" or (root.head.ent_type_ == "ORG" and root.head.tag_ == "NNP")
            )
        )
    ):
        # "one of Norway's finest pilots", "the country's favourite sport", "Norway striker
        # Lena Berg" (even with the name taken for a body): the place describes a thing or a
        # person; it does not act
        return False
    if (
        dep == "compound"
        and ent.label_ == "ORG"
        and ent[-1].lower_ in COMPETITION_HEADS
        and root.head.tag_ in ("NN", "NNS")
    ):
        return False  # "the Premier Cup champions said": the competition describes who acts
    if dep in _SUBJECT_DEPS or dep == "poss":
        return True
    if dep in ("compound", "appos", "conj") and root.head.dep_ in _SUBJECT_DEPS | {"poss", "conj"}:
        # "an Ohio boy": a place before a common noun says where the actor is from
        return not (
            dep == "compound"
            and ent.label_ in ("GPE", "LOC")
            and root.head.tag_ in ("NN", "NNS")
            and root.head.lower_ not in _INSTITUTION_NOUNS
        )
    if dep == "pobj" and root.head.lower_ in ("to",) and root.head.head.lower_ == "according":
        return True
    if dep == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        return True
    if _acts_in_relative_clause(root):
        return True
    return root.head.lower_ in _SPEECH_VERBS and dep in ("nsubj", "npadvmod")


def _opening_part(p: ParsedSentence, doc: Doc, ent: Span) -> str | None:
    """The part (a dependency label) of the name an unparsed sentence opens with, from the parse
    made for that name alone (``ParsedSentence.opening``); None for any other name or sentence."""
    if p.opening is None or doc.has_annotation("DEP"):
        return None
    start, end, dep = p.opening
    return dep if (ent.start, ent.end) == (start, end) else None


def _is_topic_place(doc: Doc, ent: Span) -> bool:
    """A place that frames a whole clause: "In Chad, the price of grain has fallen"."""
    if not doc.has_annotation("DEP"):
        return False
    root = _base(ent.root)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in" or not prep.head.tag_.startswith("VB"):
        return False
    if sum(1 for t in root.subtree if t.dep_ == "conj") >= 2:
        return False  # "in Peru, Chile and Bolivia, the dish is ...": a spread of settings, no country's news
    verb = prep.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    end = max(t.i for t in prep.subtree)
    return (
        bool(subjects)
        and prep.i < subjects[0].i
        and end + 1 < len(doc)
        and doc[end + 1].text == ","
        and (
            all(t.is_punct or t.lower_ in FRAME_LEAD_WORDS for t in doc[: prep.i])
            or doc[prep.i - 1].text in (":", ";")
        )
    )


def _is_product(doc: Doc, ent: Span) -> bool:
    """A maker's name before a model's name, after "a"/"an": "a Toyota Corolla", "an Airbus A320";
    or after a model year: "the 1998 Kelvo", "his silver 2003 Marten Estate"."""
    if _model_year(doc, ent):
        return True
    if ent.start == 0 or doc[ent.start - 1].lower_ not in ("a", "an") or ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return (
        (not after.ent_type_ or after.ent_type_ in ("PRODUCT", "CARDINAL"))
        and (after.is_title or any(ch.isdigit() for ch in after.text))
        and after.lower_ not in _TITLE_WORDS
    )


_OWNER_WORDS = {"his", "her", "its", "their", "my", "our", "your", "'s", "\u2019s"}


def _model_year(doc: Doc, ent: Span) -> bool:
    """A one-word maker right after a year inside a noun phrase ("stole the 1998 Kelvo", "a 2003
    Marten Estate"): the year dates a model, the name is the thing; "the 2012 Kelby conference"
    (a common noun after it) is the body's event, not a product."""
    if len(ent) != 1 or ent.start < 2:
        return False
    year = doc[ent.start - 1]
    if not (len(year.text) == 4 and year.text.isdigit() and 1900 <= int(year.text) <= 2099):
        return False
    before = doc[ent.start - 2]
    if not (before.lower_ in ("a", "an", "the", *_OWNER_WORDS) or before.tag_ in ("JJ", "PRP$")):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or not (after.is_lower and after.tag_ in ("NN", "NNS"))


def _is_possession(doc: Doc, ent: Span) -> bool:
    """A name owned by someone, after a possessive and at most two describing words ("his black
    Marlo Vista", "the driver's green Kestrel"): a product, not a body. A possessive before a noun
    for a person or a body ("his son Tom", "her club Rovers") names someone, and an apposition
    ("her company, Acme,") too."""
    if ent.end < len(doc) and doc[ent.end].text == ",":
        return False
    person = ent.label_ == "PERSON" and len(ent) > 1
    k = ent.start - 1
    skipped = 0
    while (
        k >= 0
        and skipped < 2
        and doc[k].is_lower
        and doc[k].is_alpha
        and doc[k].lower_ not in _OWNER_WORDS
        # "the rematch with Ana Lee": a preposition ends the words that describe a person's full name
        and not (person and doc[k].is_stop)
    ):
        if doc[k].lower_ in NAMING_NOUNS or doc[k].lower_.rstrip("s") in NAMING_NOUNS:
            return False
        k -= 1
        skipped += 1
    return k >= 0 and skipped > 0 and doc[k].lower_ in _OWNER_WORDS


def _calendar_word(tok: Token) -> bool:
    """A month's or a weekday's name, or its short form ("Nov.")."""
    return tok.lower_.rstrip(".") in CALENDAR_NAMES


def _date_word(tok: Token) -> bool:
    """A word of a date: tagged as one, a month's or a weekday's name, or a number beside one ("Nov 24",
    "3 May"), not a bare number (an age: "Ana Lee, 34 --")."""
    if tok.ent_type_ == "DATE" or _calendar_word(tok):
        return True
    doc = tok.doc
    return tok.text.isdigit() and (
        (tok.i > 0 and _calendar_word(doc[tok.i - 1]))
        or (tok.i + 1 < len(doc) and _calendar_word(doc[tok.i + 1]))
    )


def _in_dateline(doc: Doc, ent: Span) -> bool:
    """Places that open the text before the outlet's name: "Lyon, France (Outlet) --"."""
    j = ent.end
    # (the filing date may stand between the place and the dash: "LYON, France, Monday 3 May --")
    while j < len(doc) and (doc[j].ent_type_ in ("GPE", "LOC") or doc[j].text == "," or _date_word(doc[j])):
        j += 1
    if j >= len(doc) or not doc[j].text.startswith(("(", "\u2014", "--")):
        return False
    if doc[j].text == "(" and j + 1 < len(doc) and doc[j + 1].is_lower:
        return False  # "Kelby (away to Norden) will ...": a remark in brackets, not the outlet's name
    # "LYON, France --": the city in capitals, whatever type the recogniser gave it
    return all(t.ent_type_ in ("GPE", "LOC") or t.text == "," or t.is_upper for t in doc[: ent.start])


def _describes_unparsed(doc: Doc, ent: Span, noun_words: set[str]) -> bool:
    """In a sentence read without a parse, a body's name right before a common noun and a name
    ("Kelby Radio partner station WXQZ") says what the name is: the body does not act there
    (the parsed sentences read this as the body's name compounded onto a common noun)."""
    if doc.has_annotation("DEP") or ent.end + 1 >= len(doc):
        return False
    noun, nxt = doc[ent.end], doc[ent.end + 1]
    return (
        noun.is_lower and noun.lower_ in noun_words and nxt.ent_iob_ == "B" and (nxt.is_title or nxt.is_upper)
    )


def _in_persons_title(doc: Doc, ent: Span) -> bool:
    """A body named in the title of the person who acts ("Harbour Court Judge Ann Vell", "Kelby
    Council leader Piet Marsden")."""
    if ent.end + 1 >= len(doc):
        return False
    role, nxt = doc[ent.end], doc[ent.end + 1]
    return role.lower_ in ROLE_WORDS and nxt.ent_type_ == "PERSON"


def _country_of_a_player(doc: Doc, ent: Span) -> bool:
    """In a sports story, "Kelvia's Ann Vell": the country's possessive right before a person's name
    says where the competitor is from; the country is no side there."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in ("'s", "\u2019s"):
        return False
    nxt = doc[ent.end + 1]
    return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B"


def _capped_for(doc: Doc, ent: Span) -> bool:
    """In a sports story, "the Kelvia international": the country a player is capped by, however the
    recogniser tags it, describes the player and is no side there."""
    return ent.end < len(doc) and doc[ent.end].lower_ in CAP_NOUNS


def _is_byline(doc: Doc, ent: Span) -> bool:
    """A dateline "(Outlet)" opening the text, or "Outlet's <reporter> reported from <place>"."""
    if ent.start > 0 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")":
        return all(t.ent_type_ in ("GPE", "LOC", "") and not t.is_lower for t in doc[: ent.start - 1])
    if ent.end + 3 < len(doc) and doc[ent.end].text in ("'s", "\u2019s"):
        after = [t.lower_ for t in doc[ent.end + 1 : ent.end + 8]]
        return any(
            w in BYLINE_VERBS and k + 1 < len(after) and after[k + 1] in ("from", "in", "to")
            for k, w in enumerate(after)
        )
    return False


def _nationality_mark(doc: Doc, ent: Span) -> bool:
    """A country in brackets right after a person's name ("Ana Lind (Norway) 1:42.3", a results
    table's line): the person's nationality, not an actor."""
    if ent.label_ not in ("GPE", "NORP", "LOC") or ent.start < 2 or ent.end >= len(doc):
        return False
    if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    return doc[ent.start - 2].ent_type_ == "PERSON"


def _instance_or_trade(doc: Doc, ent: Span) -> bool:
    """A body's name right after "a"/"an" stands for a thing it makes or describes a person's
    trade, not for the body: "driving a Kestrel along the road", "sacked as an NTR driver". Its
    spokesman or official ("a Kestrel spokesman said") is the body speaking."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in ("a", "an") or not doc.has_annotation("DEP"):
        return False
    root = ent.root
    if root.dep_ in ("dobj", "pobj"):
        return True
    head = root.head.lemma_.lower()
    return (
        root.dep_ == "compound"
        and root.head.tag_ == "NN"
        and head in PERSON_NOUNS | ROLE_WORDS
        and head not in VAGUE_PERSON_NOUNS | GOVERNING_NOUNS
    )


def _speaks_through(doc: Doc, ent: Span) -> bool:
    """A body named right before its spokesman, who acts ("a Kelby Trust spokesman said", "Kelby
    Trust spokeswoman Ana Lee said"): the body speaks through them (``BODY_VOICE_NOUNS``), so it
    acts, and it is no thing the spokesman's title owns."""
    if ent.label_ != "ORG" or ent.end >= len(doc) or not doc.has_annotation("DEP"):
        return False
    voice = doc[ent.end]
    if voice.lower_ not in BODY_VOICE_NOUNS or ent.root.dep_ != "compound" or ent.root.head.i != voice.i:
        return False
    # the spokesman, or the person the word titles ("spokeswoman Ana Lee"), is the subject of a verb
    speaker = voice.head if voice.dep_ == "compound" and voice.head.ent_type_ == "PERSON" else voice
    speaker = _base(speaker)
    return speaker.dep_ == "nsubj" and speaker.head.pos_ in ("VERB", "AUX")


def _governs(doc: Doc, ent: Span) -> bool:
    """A competition named before its own board, people or sanctions ("the Kelby League board", "Kelby
    League fines"): the body that runs it (``GOVERNING_NOUNS``)."""
    if ent.label_ != "ORG" or ent[-1].lower_ not in COMPETITION_HEADS or not doc.has_annotation("DEP"):
        return False
    root = _base(ent.root)
    return root.dep_ in ("compound", "poss") and root.head.lemma_.lower() in GOVERNING_NOUNS


def _modifies_a_thing(tok: Token) -> bool:
    """The word describes a common noun ("a GPS tracker", "the UHF and VHF bands"): a compound or
    modifier of an untagged common noun, or a conjunct of such a word."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    head = tok.head
    # "FBI agents", "NHS staff": the body's people, the body itself acting
    people = (
        head.lemma_.lower()
        in PERSON_NOUNS | PERSON_KIND_NOUNS | ROLE_WORDS | BODY_PEOPLE_NOUNS | GROUP_FAMILIES.keys()
    )
    if tok.dep_ in ("compound", "nmod", "amod") and head.tag_ in ("NN", "NNS") and not head.ent_type_:
        return not people
    # "UVA and UVB protection" parsed as "UVA" and "UVB protection": the noun is the conjunct's
    return any(
        c.dep_ == "conj"
        and c.tag_ in ("NN", "NNS")
        and any(g.dep_ == "compound" and g.is_upper for g in c.children)
        for c in tok.children
    )


# two letters in a row, neither of them lower case: every 2-4 letter upper-case token holds such a pair
_TWO_CAPITALS = re.compile(r"(?:(?![a-z])[^\W\d_]){2}")


def _technical_terms(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Capital-letter abbreviations the story uses only as a kind of thing ("an ECG trace", "LED and
    LCD screens"), never as a body: written 2+ times as the modifier of a common noun, more often
    so than otherwise, and never after "the", with a possessive, or as the subject of a verb of saying."""
    uses: dict[str, list[bool]] = {}
    barred: set[str] = set()
    for p in parsed:
        # a cheap test first: such a token needs two letters in a row that are not lower case
        if not p.doc.has_annotation("DEP") or not _TWO_CAPITALS.search(p.doc.text):
            continue
        for t in p.doc:
            if not (t.is_upper and t.is_alpha and 2 <= len(t.text) <= 4):
                continue
            uses.setdefault(t.text, []).append(_modifies_a_thing(t))
            before = t.doc[t.i - 1].lower_ if t.i else ""
            if (
                before == "the"
                or any(c.dep_ == "case" for c in t.children)
                or (t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS)
            ):
                barred.add(t.text)
    return {w for w, m in uses.items() if w not in barred and sum(m) >= 2 and 2 * sum(m) > len(m)}


def _called_a_work(ent: Span) -> bool:
    """The story says the name is a work ("X is a board game", "X is the name of a novel",
    "X - a card game where ..."): the subject of "be" whose complement is a ``WORK_NOUNS`` noun
    (or the title of one), or a name a dash or colon sets before one."""
    doc = ent.doc
    root = ent.root
    nouns: list[Token] = []
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns = [c for c in root.head.children if c.dep_ == "attr"]
    after = doc[ent.end : ent.end + 2]
    if len(after) == 2 and after[0].text in ("-", "–", ":") and after[1].lower_ in ("a", "an"):
        nouns = [after[1].head]
    for n in nouns:
        if n.lower_ in WORK_TITLE_NOUNS:
            n = next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), n)
        if n.tag_ == "NN" and n.lower_ in WORK_NOUNS and any(c.dep_ == "det" for c in n.children):
            return True
    return False


def _works_named(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Names (not people's) the story calls a work somewhere (``_called_a_work``): a title, never an actor."""
    return {
        e.text
        for p in parsed
        if p.doc.has_annotation("DEP")
        for e in _ents(p.doc)
        if e.label_ != "PERSON" and _called_a_work(e)
    }


def _sport_story(parsed: Sequence[ParsedSentence]) -> bool:
    """The story is about sport: it uses enough of ``SPORT_STORY_WORDS``, or writes a score and
    two of them."""
    # a hyphened cue ("half-time", "kick-off") is three tokens: read it whole (as ``_hyphened`` does)
    cues: set[str] = set()
    for p in parsed:
        doc = p.doc
        texts = _token_texts(doc)
        lowers = _token_lowers(doc)
        for i, low in enumerate(lowers):
            if low in SPORT_STORY_WORDS:
                cues.add(low)
            if i >= 2 and texts[i - 1] == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
                word = f"{lowers[i - 2]}-{low}"
                if word in SPORT_STORY_WORDS:
                    cues.add(word)
    scored = any(re.search(SCORE_PATTERN, p.text) for p in parsed)
    return len(cues) >= SPORT_STORY_CUES_MIN or (scored and len(cues) >= 2)


def _is_side(doc: Doc, ent: Span) -> bool:
    """A name in a contest: the object of "against"/"v", the subject or object of a verb of a contest
    ("Kelby beat Norden"), the other side of a result ("lost 2-1 to Norden", "a draw with Kelby"), or
    the possessor or compound of a side's people or games ("the Norden striker", "Kelby's win"). Read
    only in a sports story, where it makes a town a side."""
    prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if prev in CONTEST_PREPS or (nxt in CONTEST_PREPS and nxt != "against" and nxt != "past"):
        return True  # "against Norden", "Kelby v Norden"
    if not doc.has_annotation("DEP"):
        return False
    root = _base(ent.root)
    if _called_a_rival(ent):
        return True
    if root.dep_ == "appos" and root.head.tag_ in ("NN", "NNS"):
        root = _base(root.head)  # "against their rivals Norden": the noun it names stands in the contest
    dep, head = root.dep_, root.head
    if dep == "pobj" and head.lower_ in CONTEST_PREPS:
        return True  # "held firm against Norden", whatever the word it hangs on
    if dep == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in SIDE_FOR_WORDS:
        return True  # "a late equaliser for Kelby", "signed for Norden"
    if dep == "pobj" and head.lower_ in ("to", "with", "over", "against", "by"):
        owner = head.head
        for _ in range(2):
            if owner.lemma_.lower() in CONTEST_LEMMAS or owner.lower_ in CONTEST_NOUNS:
                return True
            if owner.dep_ != "pobj" or owner.head.dep_ != "prep":
                return False
            owner = owner.head.head  # "a win for the Kelby side over Norden": the beaten side
        return False
    if dep in ("nsubj", "dobj", "nsubjpass") and head.pos_ == "VERB":
        return head.lemma_.lower() in CONTEST_LEMMAS
    hops = 0
    while (
        dep == "compound"
        and head.lower_ not in TEAM_MEMBER_NOUNS
        and head.dep_ == "compound"
        and head.tag_ in ("NN", "NNS")
        and hops < 3
    ):
        head = head.head  # "the Norden youth team coach"
        hops += 1
    word = _hyphened(head)
    if dep in ("compound", "poss") and word in TEAM_MEMBER_NOUNS:
        return True
    return dep == "poss" and (word in CONTEST_NOUNS or head.lemma_.lower() in CONTEST_NOUNS)


def _called_a_rival(ent: Span) -> bool:
    """The name stands in apposition to a noun of ``RIVAL_NOUNS`` ("at bitter rivals Norden",
    "former club Kelby"): a side, called by its standing against another, even a name the
    recogniser took for a person's."""
    root = _base(ent.root)
    if root.dep_ == "appos" and root.head.tag_ in ("NN", "NNS") and root.head.lemma_.lower() in RIVAL_NOUNS:
        return True
    # (the parse may hang the name elsewhere: the noun right before it names it all the same)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.is_lower
        and before.tag_ in ("NN", "NNS")
        and before.lemma_.lower() in RIVAL_NOUNS
    )


def _hyphened(tok: Token) -> str:
    """The whole hyphened word a token ends, lower-cased ("line-up" for its "up"), else the token."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def _is_patient(doc: Doc, ent: Span) -> bool:
    """The entity is acted upon: the subject of a passive verb or the object of a verb."""
    if not doc.has_annotation("DEP"):
        return False
    root = _base(ent.root)
    if root.dep_ in ("nsubjpass", "dobj") and root.head.tag_.startswith("VB"):
        return True
    return root.dep_ == "compound" and root.head.dep_ in ("nsubjpass", "dobj") and root.head.tag_ == "NNP"


def _in_example_list(doc: Doc, ent: Span) -> bool:
    """The name is one of three or more names given as examples ("brands including A, B, C and D",
    "such as A, B and C"): things or people the story lists, not ones that act in it."""
    names = [e for e in _ents(doc) if e.label_ in _LABELS]
    k = next((i for i, e in enumerate(names) if e.start == ent.start), None)
    if k is None:
        return False
    lo = hi = k
    while lo > 0 and names[lo - 1].end < names[lo].start and _list_gap(doc, names[lo - 1], names[lo]):
        lo -= 1
    while (
        hi + 1 < len(names)
        and names[hi].end < names[hi + 1].start
        and _list_gap(doc, names[hi], names[hi + 1])
    ):
        hi += 1
    if hi - lo < 2:
        return False
    start = names[lo].start
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return bool(before) and (before[-1] in EXAMPLE_CUES or " ".join(before) in EXAMPLE_CUES)


def _list_gap(doc: Doc, a: Span, b: Span) -> bool:
    """Only a comma, "and" or "or" between two names: they stand in one list."""
    gap = [t.lower_ for t in doc[a.end : b.start]]
    return 0 < len(gap) <= 2 and all(w in (",", "and", "or") for w in gap)


def _in_list_of_people(doc: Doc, ent: Span) -> bool:
    """The name stands in a list of people ("Ana Lee, Rihanna and Tom Day") that names someone
    else in full: a one-word name there is a person's known name, not a tagging error."""
    people = [e for e in _ents(doc) if e.label_ == "PERSON"]
    k = next((i for i, e in enumerate(people) if e.start == ent.start), None)
    if k is None:
        return False
    chain = [people[k]]
    for step in (-1, 1):
        i = k
        while 0 <= i + step < len(people):
            a, b = (people[i + step], people[i]) if step < 0 else (people[i], people[i + step])
            if not all(t.text in (",", "and") for t in doc[a.end : b.start]) or b.start == a.end:
                break
            i += step
            chain.append(people[i])
    return len(chain) >= 2 and any(len(e) > 1 for e in chain if e.start != ent.start)


_RETYPED_BESIDE_PEOPLE = ("GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART")


def _beside_a_person(doc: Doc, ent: Span) -> bool:
    """A two- or three-word name the recogniser took for a place or a thing, joined by "and" or
    "or" to a person's name ("Ana Lee and Tomas Vell", Vell tagged a place): a person too. A name
    with a word of a place or a body in it ("Kelby Park", "Norden Hall") keeps its type."""
    if ent.label_ not in _RETYPED_BESIDE_PEOPLE or not 2 <= len(ent) <= 3 or not doc.has_annotation("DEP"):
        return False
    if not all(t.is_alpha and t.is_title and t.tag_ == "NNP" for t in ent):
        return False
    if any(t.lower_ in _PLACE_NOUNS or t.lower_ in ORG_HEADS or t.lower_ in FACILITY_HEADS for t in ent):
        return False
    if ent[0].lower_ in GEO_NAME_LEADS:
        return False
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATION_PREPS:
        return False  # "at Kelby Palace and ...": a place the parse joined to the next name
    partners = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    # (the person named in full: a one-word "person" beside it may be a place the recogniser mistook)
    people = [e for e in _ents(doc) if e.label_ == "PERSON" and len(e) > 1]
    return any(e.start <= t.i < e.end for t in partners for e in people)


def _returning_beside_people(parsed: Sequence[ParsedSentence]) -> set[str]:
    """The names ``_beside_a_person`` makes people that the story (captions included) writes in
    more than one sentence: a name met once in a list stays what the recogniser said, one the story
    comes back to is someone it follows."""
    found = {e.text for p in parsed for e in _ents(p.doc) if _beside_a_person(p.doc, e)}
    return {n for n in found if sum(has_word(n, p.text) for p in parsed) >= 2}


def _named_as_settlement(doc: Doc, ent: Span) -> bool:
    """The text calls the name a town, a village or the like (``SETTLEMENT_NOUNS``): "the town of X",
    "X, a village of 300 people", "the X suburb"."""
    if doc.has_annotation("DEP"):
        root = _base(ent.root)
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in SETTLEMENT_NOUNS
        ):
            return any(c.lower_ == "the" for c in root.head.head.children)
        if root.dep_ == "appos" and root.head.i < ent.start and root.head.lemma_.lower() in SETTLEMENT_NOUNS:
            return True  # "the village, Little Ashby, ..."
        return any(
            c.dep_ == "appos" and c.i >= ent.end and c.lemma_.lower() in SETTLEMENT_NOUNS
            for c in root.children
        )
    before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
    after = [t.lower_ for t in doc[ent.end : ent.end + 4]]
    return (
        (len(before) == 3 and before[0] == "the" and before[1] in SETTLEMENT_NOUNS and before[2] == "of")
        or (
            len(after) >= 3
            and after[0] == ","
            and after[1] in ("a", "an", "the")
            and after[2] in SETTLEMENT_NOUNS
            # "Ana Lee, the town's mayor": the town owns the noun in apposition, a person's office
            and after[3:] not in (["'s"], ["\u2019s"])
        )
    )


def _fronted_place(doc: Doc, ent: Span) -> bool:
    """A sentence's opening place phrase the recogniser took whole, its preposition and all, for a
    name ("Near Kelby Ford, crews ...", "Outside Ardent Hall, ..."): a setting, not an actor."""
    return (
        len(ent) > 1
        and ent[0].lower_ in _LOCATION_PREPS
        and ent[0].is_title
        and all(not t.is_alpha for t in doc[: ent.start])
        and ent.end < len(doc)
        and doc[ent.end].text == ","
    )


def _names_an_event(doc: Doc, ent: Span) -> bool:
    """A name in the possessive before a capitalised word of ``EVENT_HEADS`` the recogniser left out
    of it ("on Saint Ivo's Day", "at Kelby's Eve"): a word of the event's name, not someone."""
    j = ent.end
    if j < len(doc) and ent[-1].text not in ("'s", "\u2019s"):
        if doc[j].text not in ("'s", "\u2019s"):
            return False
        j += 1
    if not (j < len(doc) and doc[j].is_title and doc[j].lower_ in EVENT_HEADS):
        return False
    # "Ana Lee's Monday speech": a day that dates the person's own act
    return j + 1 >= len(doc) or not (doc[j + 1].is_lower and doc[j + 1].tag_ in ("NN", "NNS"))


def _travelled_to(prep: Token) -> bool:
    """The "to" of a journey: on a verb of travel, or on "take"/"bring" with people as its object."""
    verb = prep.head
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in TRAVEL_LEMMAS:
        return True
    return lemma in ESCORT_LEMMAS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _PEOPLE_WORDS or c.tag_ == "PRP") for c in verb.children
    )


def _is_location(doc: Doc, ent: Span, label: str) -> bool:
    """The entity only says where something happened ("in Peru", "the city of Ostend").

    An organisation is a place only inside something ("in the Senate"); "a statement from the
    agency" and "an engineer at the firm" name it as a source or an employer."""
    facility = ent[-1].lower_ in FACILITY_HEADS
    preps = ORG_LOCATION_PREPS if label == "ORG" and not facility else _LOCATION_PREPS
    prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if _in_dateline(doc, ent):
        return True
    if _of_a_home(doc, ent.start):
        return True  # "Ana Lee, 32, of Norden": where a person lives
    first = next((t for t in ent if t.lower_ not in ("the", "a", "an")), None)
    body = ent[-1].lower_ in ORG_HEADS or ent[-1].lower_ in GEO_BODY_TAILS  # "Glen X Mountain Rescue"
    if (
        first is not None
        and first.is_title
        and first.lower_.rstrip(".") in GEO_NAME_LEADS
        and len(ent) > 1
        and not body
    ):
        return True  # "the River Wend", "Lake Orta": a feature of the land, a setting even as a subject
    if len(ent) > 1 and ent[-1].is_title and ent[-1].lower_ in GEO_NAME_TAILS:
        return True  # "the Kelby Gulf", "the Norden Estuary": the same, named by its last word
    if doc.has_annotation("DEP"):
        root = _base(ent.root)
        if root.dep_ in ("compound", "amod") and root.head.lower_ in ORIGIN_NOUNS:
            return True  # "the Tasmania native": where a person comes from
        if root.dep_ == "compound" and root.head.lower_ in PLACE_KIND_NOUNS:
            return True  # "the Morteratsch glacier", "the Severn estuary": a name of a place
        if label == "ORG" and _acts_in_relative_clause(root):
            return False  # "check-in at Kelby Air, which cancelled 40 flights": a body that acts
        if root.dep_ == "pobj" and root.head.lower_ in preps:
            return not (label == "PERSON" and _aimed_at(root.head))
        if (
            label == "ORG"
            and root.dep_ == "pobj"
            and root.head.lower_ == "at"
            and root.head.head.pos_ == "NOUN"
            and root.head.head.lemma_ not in _PEOPLE_WORDS
        ):
            return True  # "the school at X", "a queue at X": a site; "an engineer at X" names an employer
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_KIND_NOUNS:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in COMPASS_WORDS:
            return True  # "30 miles north of Kell": where something lies
        if _after_a_place(doc, ent) or _owns_a_site(ent):
            return True
        if label == "ORG" and root.dep_ == "pobj" and root.head.lower_ == "to" and _travelled_to(root.head):
            return True  # "took his children to Funland Resort": a destination, not a body
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.head.lower_ in SPATIAL_NOUNS
            and root.head.head.dep_ == "pobj"
            and root.head.head.head.lower_ in _LOCATION_PREPS | {"on"}
        ):
            return True  # "in front of the Old Mill", "on the outskirts of Norden"
        if root.dep_ in ("compound", "amod", "nmod", "npadvmod") and root.head.dep_ == "pobj":
            return root.head.head.lower_ in preps
        return False
    if prev == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in PLACE_KIND_NOUNS | COMPASS_WORDS:
        return True
    return prev in preps or _after_a_place(doc, ent)


_ADDRESS_PREPS = ("from", "in", "near")


def _aimed_at(prep: Token) -> bool:
    """The "at" of an act aimed at someone (``AIMED_AT_LEMMAS``): on its verb ("shouted at",
    "lashed out at") or on a verb whose object names it ("took a swipe at", "poked fun at")."""
    if prep.lower_ != "at":
        return False
    verb = prep.head
    if verb.lemma_.lower() in AIMED_AT_LEMMAS:
        return True
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in AIMED_AT_LEMMAS for c in verb.children
    )


def _after_a_place(doc: Doc, ent: Span) -> bool:
    """A region after a comma and a place ("from Kell, Norshire"): part of the address, even where
    the parse makes it a subject; the place before it may be a name tagged a person, the region a
    one-word name tagged a body."""
    if not _region(ent):
        return False
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    before = next((e for e in _ents(doc) if e.end == ent.start - 1), None)
    return (
        before is not None
        and before.label_ in ("GPE", "LOC", "PERSON", "FAC", "ORG")
        and before.start > 0
        and (doc[before.start - 1].lower_ in _ADDRESS_PREPS or _of_a_home(doc, before.start))
    )


def _only_a_place(doc: Doc, ent: Span) -> bool:
    """The entity stands where only a place does: after a preposition of nearness ("near X"), as the
    start of a route ("from X to Y") or as an address ("Ana Lee, 32, of X")."""
    if _of_a_home(doc, ent.start):
        return True
    prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return prev in PLACE_ONLY_PREPS or (prev, after) == ROUTE_PREPS


def _of_a_home(doc: Doc, start: int) -> bool:
    """ "Ana Lee, 32, of Norden": the "of" before the place a person lives in."""
    return (
        start > 1
        and doc[start - 1].lower_ == "of"
        and (doc[start - 2].text == "," or doc[start - 2].like_num)
    )


def _owns_a_site(ent: Span) -> bool:
    """A region before the named site it holds, where something happens ("at Kelby's Ardent Hall",
    "from Norden's Velt Museum"): the place says where the site is; it owns or does nothing."""
    if not _region(ent):
        return False
    root = _base(ent.root)
    site = root.head
    return (
        root.dep_ == "poss"
        and site.tag_ in ("NNP", "NNPS")
        and (site.ent_type_ in SITE_NAME_TYPES or site.lower_ in FACILITY_HEADS)
        and site.dep_ == "pobj"
        and site.head.lower_ in _LOCATION_PREPS
    )


def _before_a_region(doc: Doc, ent: Span) -> bool:
    """A name after "from"/"in" followed by a comma and a region ("from Kell Marsh, Norshire"): a
    town, whatever type the recogniser gave it."""
    return (
        ent.start > 0
        and doc[ent.start - 1].lower_ in _ADDRESS_PREPS
        and ent.end + 1 < len(doc)
        and doc[ent.end].text == ","
        and any(e.start == ent.end + 1 and _region(e) for e in _ents(doc))
    )


def _region(ent: Span) -> bool:
    """A name that may be a region after a town: a place, or one word tagged a body."""
    return ent.label_ in ("GPE", "LOC") or (ent.label_ == "ORG" and len(ent) == 1)


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)*")


# The entities of each doc, while one article's actors are worked out (see ``extract_actors``): a
# doc's ``ents`` builds a Span for every entity anew at each read, and the actors read each doc's
# entities some thirty times. Keyed by the doc's id, the doc kept beside them (so no other doc takes
# its id while it is remembered); None outside ``extract_actors``: every read asks the doc.
_ENTS: ContextVar[dict[int, tuple[Doc, Sequence[Span]]] | None] = ContextVar("_ENTS", default=None)


def _ents(doc: Doc) -> Sequence[Span]:
    """``doc.ents``, made once per doc while ``extract_actors`` runs."""
    seen = _ENTS.get()
    if seen is None:
        return doc.ents
    if id(doc) not in seen:
        seen[id(doc)] = (doc, doc.ents)
    return seen[id(doc)][1]


def _is_title_word(tok: Token) -> bool:
    lower = tok.lower_
    low = lower.rstrip(".")
    return low in ROLE_WORDS or low in TITLE_ABBREVIATIONS or lower in _HONORIFICS


def _token_texts(doc: Doc) -> tuple[str, ...]:
    """The text of each token of ``doc``, read once per doc (a token's ``text`` is built anew at
    every read) and remembered while the doc lives (a doc is never changed after its parse)."""
    texts = _TOKEN_TEXTS.get(doc)
    if texts is None:
        texts = _TOKEN_TEXTS[doc] = tuple(t.text for t in doc)
    return texts


_TOKEN_TEXTS: weakref.WeakKeyDictionary[Doc, tuple[str, ...]] = weakref.WeakKeyDictionary()


def _title_word_flags(doc: Doc) -> tuple[bool, ...]:
    """``_is_title_word`` of each token of ``doc``, worked out once per doc (see ``_token_texts``)."""
    flags = _TITLE_WORD_FLAGS.get(doc)
    if flags is None:
        flags = _TITLE_WORD_FLAGS[doc] = tuple(_is_title_word(t) for t in doc)
    return flags


_TITLE_WORD_FLAGS: weakref.WeakKeyDictionary[Doc, tuple[bool, ...]] = weakref.WeakKeyDictionary()


def _token_lowers(doc: Doc) -> tuple[str, ...]:
    """The lower-case form of each token of ``doc``, read once per doc (see ``_token_texts``)."""
    lowers = _TOKEN_LOWERS.get(doc)
    if lowers is None:
        lowers = _TOKEN_LOWERS[doc] = tuple(t.lower_ for t in doc)
    return lowers


_TOKEN_LOWERS: weakref.WeakKeyDictionary[Doc, tuple[str, ...]] = weakref.WeakKeyDictionary()


def _titled_people(doc: Doc) -> list[Span]:
    """People the recogniser missed after a title: the last two capitalised words of a run that a
    title word or title phrase opens ("Mayor Ana Ruiz said", "Sgt Jon Reyes was shot", "Director of
    Public Works Ana Lee"), not part of another entity, with no capitalised word after them.
    A body ("the City Council") has no title word before it, and a single word ("Mayor Ruiz") is
    left to the recogniser.

    Three passes over an article ask for each sentence's: the token offsets are worked out once per
    doc and remembered while the doc lives (a doc is never changed after its parse)."""
    from spacy.tokens import Span

    found = _TITLED_PEOPLE.get(doc)
    if found is None:
        found = _TITLED_PEOPLE[doc] = tuple((e.start, e.end) for e in _find_titled_people(doc))
    return [Span(doc, i, j, label="PERSON") for i, j in found]


# doc -> the (start, end) of its titled people; offsets, not spans, so no value holds its doc alive
_TITLED_PEOPLE: weakref.WeakKeyDictionary[Doc, tuple[tuple[int, int], ...]] = weakref.WeakKeyDictionary()


def _find_titled_people(doc: Doc) -> list[Span]:
    """:func:`_titled_people`, worked out."""
    from spacy.tokens import Span

    out: list[Span] = []
    if not any(_title_word_flags(doc)):
        return out  # no title word, no titled name (``_titled_before`` needs one): the quick way out
    n = len(doc)
    toks = list(doc)
    texts = _token_texts(doc)
    for j in range(2, n + 1):
        if j < n and (toks[j].is_title or toks[j].is_upper or (texts[j] == "-" and _joins_name(doc, j))):
            continue  # the run goes on
        i = _word_start(doc, _word_start(doc, j) if j - 1 >= 0 else j)
        pair = [t for t in doc[i:j] if t.text != "-"]
        if (
            i >= 1
            and len(pair) >= 2
            and all(_NAME_WORD.fullmatch(t.text) and not _is_title_word(t) for t in pair)
            and not any(t.ent_type_ and t.ent_type_ not in _TITLE_SWALLOWERS for t in pair)
            and _titled_before(doc, i)
        ):
            out.append(Span(doc, i, j, label="PERSON"))
    return out


# entity types the recogniser gives a whole "Acme Chief Executive Ana Lee" run: the name in it is
# still a person's after the title
_TITLE_SWALLOWERS = {"WORK_OF_ART", "LAW", "EVENT"}


def _joins_name(doc: Doc, j: int) -> bool:
    """Token ``j`` is a hyphen inside a double-barrelled name ("Ana Lee-Brook")."""
    return (
        doc[j].text == "-"
        and j > 0
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and j + 1 < len(doc)
        and doc[j + 1].is_title
    )


def _word_start(doc: Doc, end: int) -> int:
    """Where the word that ends before ``end`` starts: one token, or a double-barrelled name."""
    start = end - 1
    while start >= 2 and _joins_name(doc, start - 1):
        start -= 2
    return start


def _titled_before(doc: Doc, start: int) -> bool:
    """A title word right before ``start``, or a capitalised title phrase that holds one
    ("Director of Public Works"); not the title of someone who reports the story."""
    k = start - 1
    if doc[k].lower_ in MEDIA_TITLES:
        return False
    if _is_title_word(doc[k]):
        return True
    seen = 0
    while k >= 0 and seen < 5 and (doc[k].is_title or doc[k].lower_ in ("of", "for", "and")):
        if doc[k].is_title and _is_title_word(doc[k]):
            return not doc[k].ent_type_ or doc[k].ent_type_ not in ("PERSON",)
        k -= 1
        seen += 1
    return False


def _missed_names(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Single capitalised words of the first sentence that the recogniser never tags anywhere in
    the story, yet that come back capitalised inside at least two later sentences and never in
    lower case: a name it missed ("shoppers at Brindlemart ... Brindlemart said ..."); and a name the
    lede gives ("known as Ham", ``NAMING_CUES``) that comes back capitalised twice."""
    if not parsed:
        return set()
    tagged = {t.lower_ for p in parsed for e in _ents(p.doc) for t in e}
    lower = {w for p in parsed for t, w in zip(p.doc, _token_texts(p.doc), strict=True) if t.is_lower}
    first = parsed[0].doc
    out: set[str] = set()
    for t in first[1:]:
        w = t.text
        if (
            not _NAME_WORD.fullmatch(w)
            or not re.fullmatch(r"[A-Z][a-z]{2,}", w)
            or t.lower_ in tagged
            or w.lower() in lower
            or t.is_stop
            or t.tag_ not in ("NNP", "NNPS")
            or _is_title_word(t)
            or t.lower_ in _HONORIFICS
            or (
                first[t.i - 1].lower_ == "the"
                # "at the Kelbo bakery": a venue's name before its kind
                and not (t.i + 1 < len(first) and first[t.i + 1].lower_ in VENUE_NOUNS)
            )
        ):
            continue  # "the Duke": a title or a common noun, not a missed name
        later = sum(any(bt.text == w for bt in p.doc[1:]) for p in parsed[1:])
        if later >= 2:
            out.add(w)
    # "a robot known as Ham", "a dog called Rusty": a name given in the lede, then used again
    for p in parsed[:_LEDE]:
        doc = p.doc
        for t in doc[2:]:
            k = t.i - 1
            if doc[k].text in _OPEN_QUOTES:
                k -= 1
            cue = doc[k - 1].lower_ + " " + doc[k].lower_ if k >= 1 else ""
            if (
                (cue in NAMING_CUES or doc[k].lower_ in NAMING_CUES)
                and re.fullmatch(r"[A-Z][a-z]{2,}", t.text)
                and t.lower_ not in tagged
                and t.text.lower() not in lower
                and not t.is_stop
                and sum(any(bt.text == t.text for bt in q.doc) for q in parsed if q.index != p.index) >= 2
            ):
                out.add(t.text)
    return out


_HANDLE = re.compile(HANDLE_PATTERN)
_OPEN_QUOTES = tuple(OPENING_QUOTE_MARKS)
_CLOSE_QUOTES = tuple(CLOSING_QUOTE_MARKS)


def _quoted_handles(parsed: Sequence[ParsedSentence]) -> set[str]:
    """User names a story gives in quotes after a naming cue that follows a noun for someone who
    posts online ("an angry blogger dubbed 'mossy_owl'", ``ONLINE_PERSON_NOUNS``, ``NAMING_CUES``),
    written in lower case and never outside quotes: a person the recogniser cannot tag."""
    found: set[str] = set()
    bare: set[str] = set()
    for p in parsed:
        doc = p.doc
        for t in (doc[i] for i, w in enumerate(_token_texts(doc)) if _HANDLE.fullmatch(w)):
            quoted = (
                0 < t.i < len(doc) - 1
                and doc[t.i - 1].text in _OPEN_QUOTES
                and doc[t.i + 1].text in _CLOSE_QUOTES
            )
            if not quoted:
                bare.add(t.text)
                continue
            k = t.i - 2  # the last word of the cue
            for size in (2, 1):
                start = k - size + 1
                if start < 1 or " ".join(u.lower_ for u in doc[start : k + 1]) not in NAMING_CUES:
                    continue
                if (
                    doc[start - 1].lemma_.lower() in ONLINE_PERSON_NOUNS
                    or doc[start - 1].lower_ in ONLINE_PERSON_NOUNS
                ):
                    found.add(t.text)
                break
    return found - bare


_LONE_WORD = re.compile(r"[A-Z][A-Za-z0-9]*[A-Za-z]")


def _capitalised(t: Token) -> bool:
    return t.is_title or t.is_upper


def _acting_lone_words(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Single capitalised words the recogniser never tags, that stand alone (no capitalised word
    beside them), that the story never writes in lower case, and that act (see
    ``_untagged_role``: a subject of a main verb or of a verb of saying, the agent of a passive) in
    ``LONE_ACTING_SENTENCES`` parsed sentences or more, that never follow a title and that the
    story writes inside a sentence at least once: a body it missed ("Kelbo insists ...", "run by the firm Kelbo ... Kelbo said"), wherever the story names it."""
    from spacy.tokens import Span

    tagged = {t.lower_ for p in parsed for e in _ents(p.doc) for t in e}
    lower: set[str] = set()
    # a word the story writes after a title ("Princess Ottilie") is a person's: the rules for
    # people's names have it
    titled: set[str] = set()
    # a word the story also writes capitalised inside a sentence, not only opening one, is a name
    inside: set[str] = set()
    for p in parsed:  # one walk over the tokens for all three (this runs on every article)
        prev: Token | None = None
        for t, w, prev_titles in zip(
            p.doc, _token_texts(p.doc), (False, *_title_word_flags(p.doc)), strict=False
        ):
            if t.is_lower:
                lower.add(w)
            if prev is not None:
                if prev_titles:
                    titled.add(w)
                if not prev.is_punct:
                    inside.add(w)
            prev = t
    acting: Counter[str] = Counter()
    for p in parsed:
        doc = p.doc
        if not doc.has_annotation("DEP"):
            continue
        words: set[str] = set()
        for t, w in zip(doc, _token_texts(doc), strict=True):
            if (
                len(w) < 3
                or not _LONE_WORD.fullmatch(w)
                or t.ent_type_
                or t.lower_ in tagged
                or w.lower() in lower
                or w in titled
                or w not in inside
                or t.tag_ not in ("NNP", "NNPS")
                or not (_untagged_word(t) or _LETTERED_NUMBER.fullmatch(w))
                or t.is_stop
                or t.lower_ in UNTAGGED_NON_NAMES
                or _is_title_word(t)
                or t.lower_ in _HONORIFICS
                # a word of a longer capitalised run belongs to a longer name
                or (t.i > 0 and not doc[t.i - 1].is_sent_start and _capitalised(doc[t.i - 1]))
                or (t.i + 1 < len(doc) and _capitalised(doc[t.i + 1]))
            ):
                continue
            if _untagged_role(doc, Span(doc, t.i, t.i + 1), set()):
                words.add(w)
        acting.update(words)
    return {w for w, n in acting.items() if n >= LONE_ACTING_SENTENCES}


def _acting_leads(parsed: Sequence[ParsedSentence]) -> set[str]:
    """The first word of a body's longer name the recogniser tags elsewhere ("Velmor Chemicals
    Ltd"), standing alone and untagged as the subject of a verb ("Velmor have revealed ...",
    ``_untagged_role``) in a parsed sentence: the body called for short, wherever the story names it
    so. A word that opens a place's or a person's name too ("New", "British"), or that the story
    writes in lower case, is no such name."""
    from spacy.tokens import Span

    leads = {e[0].text for p in parsed for e in _ents(p.doc) if e.label_ == "ORG" and len(e) > 1}
    leads -= {t.text for p in parsed for e in _ents(p.doc) if e.label_ != "ORG" for t in e}
    lower = {low for p in parsed for t, low in zip(p.doc, _token_lowers(p.doc), strict=True) if t.is_lower}
    out: set[str] = set()
    for p in parsed:
        doc = p.doc
        if not doc.has_annotation("DEP"):
            continue
        for t in (doc[i] for i, w in enumerate(_token_texts(doc)) if w in leads):
            if (
                t.ent_type_
                or len(t.text) < 3
                or not _LONE_WORD.fullmatch(t.text)
                or t.lower_ in lower
                or t.tag_ != "NNP"
                or t.is_stop
                or t.lower_ in UNTAGGED_NON_NAMES
                or _is_title_word(t)
                or (t.i > 0 and _capitalised(doc[t.i - 1]) and not doc[t.i - 1].is_sent_start)
                or (t.i + 1 < len(doc) and _capitalised(doc[t.i + 1]))
            ):
                continue
            if _untagged_role(doc, Span(doc, t.i, t.i + 1), set()):
                out.add(t.text)
    return out


def _kind_word_at(doc: Doc, k: int) -> bool:
    """A lower-case noun of ``BODY_KIND_NOUNS`` ends at token ``k`` ("company", "start-up")."""
    t = doc[k]
    if not t.is_lower or t.ent_type_:
        return False
    if t.lower_ in BODY_KIND_NOUNS:
        return True
    return k >= 2 and doc[k - 1].text == "-" and f"{doc[k - 2].lower_}-{t.lower_}" in BODY_KIND_NOUNS


def _name_run(doc: Doc, start: int) -> int:
    """The end of the run of capitalised name words from ``start`` ("Hale & Moss", "NordVolt")."""
    j = start
    while j < len(doc) and j - start < 5:
        t = doc[j]
        word = t.is_alpha and t.text[0].isupper() and not _is_title_word(t) and t.lower_ not in _HONORIFICS
        joiner = t.text == "&" and j > start and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
        if not (word or joiner):
            break
        j += 1
    return j


def _kind_named_bodies(doc: Doc) -> list[Span]:
    """Bodies a story names after the noun for their kind ("energy company Brenwatt said", "the
    start-up Norvik Labs") or with that noun in apposition ("Ostby Partners, the activist fund that
    ..."): organisations, whether the recogniser tagged them as people or missed them. A name the
    recogniser gave another type keeps it; in a parsed sentence the noun must belong to the name
    ("the company Tom Lee founded" names a person)."""
    from spacy.tokens import Span

    out: list[Span] = []
    parsed = doc.has_annotation("DEP")
    texts, lowers = _token_texts(doc), _token_lowers(doc)
    for k in range(len(doc) - 1):
        # (a cheap test first: ``_kind_word_at`` needs a kind noun or a hyphen before the token)
        if not (lowers[k] in BODY_KIND_NOUNS or (k >= 2 and texts[k - 1] == "-")) or not _kind_word_at(
            doc, k
        ):
            continue
        # "a protest group called Tide Watch": the name comes after its naming word
        cue = k + 2 < len(doc) and doc[k + 1].lower_ in KIND_NAMING_WORDS and doc[k + 1].tag_ == "VBN"
        first = k + 1 + cue
        end = _name_run(doc, first)
        if end == first:
            continue
        run = range(first, end)
        kind = range(k - 2 if doc[k].lower_ not in BODY_KIND_NOUNS else k, k + 1)  # "start-up": 3 tokens
        if cue:
            if parsed and not (doc[k + 1].head.i == k and any(doc[i].head.i == k + 1 for i in run)):
                continue
        elif (
            parsed
            and not any(doc[i].head.i in run for i in kind)
            and not any(doc[i].dep_ == "appos" and doc[i].head.i in kind for i in run)
        ):
            continue
        overlapping = [e for e in _ents(doc) if e.start < end and e.end > first]
        named = ("PERSON", "PRODUCT") if cue else ("PERSON",)
        if any(e.label_ not in named or e.start < first or e.end > end for e in overlapping):
            continue
        if overlapping and end - k > 2 and kind[0] > 0 and doc[kind[0] - 1].lower_ in ("the", "a", "an"):
            continue  # "the company Tom Lee founded": a full personal name after a noun with its article
        out.append(Span(doc, first, end, label="ORG"))
    for e in _ents(doc):
        if e.label_ != "PERSON" or e.end + 3 >= len(doc) or doc[e.end].text != ",":
            continue
        j = e.end + 1
        if doc[j].lower_ in ("the", "a", "an"):
            j += 1
        for k in range(j, min(j + 3, len(doc) - 1)):
            if not doc[k].is_lower:
                break
            if _kind_word_at(doc, k) and (
                doc[k + 1].is_punct or doc[k + 1].lower_ in BODY_APPOSITION_FOLLOWERS
            ):
                out.append(Span(doc, e.start, e.end, label="ORG"))  # "Ostby Partners, the activist fund"
                break
    return out


def _spelled_out_bodies(doc: Doc) -> list[Span]:
    """A body's name spelled out before its acronym, when the recogniser split it or missed it: "the
    Bureau of Rain and Wind (BRW)" is one name, the shortest run of capitalised words (and "of",
    "and", "for") before the brackets whose initials are the acronym. A longer name the recogniser
    gave is kept."""
    from spacy.tokens import Span

    out: list[Span] = []
    for k in range(1, len(doc) - 2):
        if doc[k].text != "(" or doc[k + 2].text != ")" or not re.fullmatch(r"[A-Z]{2,8}", doc[k + 1].text):
            continue
        acr = doc[k + 1].text
        start = k
        best = None
        while start > 0 and k - start < 12:
            t = doc[start - 1]
            if not (t.text[:1].isupper() or t.lower_ in _CONNECTORS or t.text == "-"):
                break
            start -= 1
            if t.text[:1].isupper() and t.lower_ != "the" and _initials(doc[start:k].text) == acr:
                best = start
                break
        if best is None:
            continue
        inside = [e for e in _ents(doc) if e.start < k and e.end > best]
        if any(e.start == best and e.end == k for e in inside) or any(
            e.start < best and doc[e.start].lower_ != "the" for e in inside
        ):
            continue  # the recogniser has it whole, or a longer name
        out.append(Span(doc, best, k, label="ORG"))
    return out


def _voiced_products(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Names the recogniser tags as products that a spokesperson speaks for (``BODY_VOICE_NOUNS``
    with "for", "from" or "at" and the name): a product has no voice, so the name is a body's, wherever the
    story writes it."""
    out: set[str] = set()
    for p in parsed:
        for e in _ents(p.doc):
            root = e.root
            if (
                e.label_ == "PRODUCT"
                and root.dep_ == "pobj"
                and root.head.lower_ in ("for", "from", "at")
                and root.head.head.lemma_.lower() in BODY_VOICE_NOUNS
            ):
                out.add(e.text)
    return out


def _voiced_bodies(doc: Doc, voiced: set[str]) -> list[Span]:
    """The entities of ``doc`` tagged products whose name is in ``voiced`` (see ``_voiced_products``),
    as bodies."""
    from spacy.tokens import Span

    return [
        Span(doc, e.start, e.end, label="ORG")
        for e in _ents(doc)
        if e.label_ == "PRODUCT" and e.text in voiced
    ]


def _voted_parties(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Names tagged places or peoples that are voted for (the object of ``VOTING_LEMMAS``, or of
    their "for": "twice as likely to vote Kelby First", "voted for the Greens"): a party, a body,
    wherever the story writes it."""
    out: set[str] = set()
    for p in parsed:
        if not p.doc.has_annotation("DEP"):
            continue
        for e in _ents(p.doc):
            if e.label_ not in ("GPE", "NORP", "LOC"):
                continue
            root = e.root
            if root.dep_ == "dobj":
                verb = root.head
            elif root.dep_ == "pobj" and root.head.lower_ == "for":
                verb = root.head.head
            else:
                continue
            if verb.pos_ == "VERB" and verb.lemma_.lower() in VOTING_LEMMAS:
                out.add(e.text)
    return out


def _party_bodies(doc: Doc, parties: set[str]) -> list[Span]:
    """The entities of ``doc`` tagged places or peoples whose name is in ``parties`` (see
    ``_voted_parties``), as bodies."""
    from spacy.tokens import Span

    return [
        Span(doc, e.start, e.end, label="ORG")
        for e in _ents(doc)
        if e.label_ in ("GPE", "NORP", "LOC") and e.text in parties
    ]


def _joined_bodies(doc: Doc) -> list[Span]:
    """A body's name the recogniser cut at its "and" or "of" ("[Kent Fire and] [Rescue Service]"):
    an entity that ends in the joining word, then an organisation straight after it, are one name."""
    from spacy.tokens import Span

    ents = list(_ents(doc))
    return [
        Span(doc, a.start, b.end, label="ORG")
        for a, b in zip(ents, ents[1:], strict=False)
        if a.end == b.start and len(a) > 1 and a[-1].lower_ in ("and", "&", "of", "for") and b.label_ == "ORG"
    ]


def _person_of_body(doc: Doc) -> list[Span]:
    """A person and their body the recogniser took for one organisation ("Ana Lee of Lee & Marsh",
    "the firm's lawyer, Ana Lee of Marsh Partners,"): two name words, "of", then the body's name,
    when the body carries the surname or a role in apposition introduces the person."""
    from spacy.tokens import Span

    out: list[Span] = []
    for e in _ents(doc):
        if e.label_ != "ORG" or len(e) < 4 or e[2].lower_ != "of":
            continue
        first, last = e[0], e[1]
        if not all(
            _NAME_WORD.fullmatch(t.text) and t.lower_ not in ORG_HEADS and not _is_title_word(t)
            for t in (first, last)
        ):
            continue
        rest = e[3:]
        introduced = (
            e.start >= 2
            and doc[e.start - 1].text == ","
            and any(t.lower_ in ROLE_WORDS for t in doc[max(0, e.start - 4) : e.start - 1])
        )
        if any(t.text == last.text for t in rest) or introduced:
            out += [
                Span(doc, e.start, e.start + 2, label="PERSON"),
                Span(doc, rest.start, rest.end, label="ORG"),
            ]
    return out


def _post_nominal_people(doc: Doc) -> list[Span]:
    """A person's name the recogniser left untagged before the letters of an office or an honour it
    took for a body ("the defence barrister, Ana Lee KC, said"): two or three capitalised words
    outside any entity, then the letters (``POST_NOMINALS``, cut off the name later)."""
    from spacy.tokens import Span

    out: list[Span] = []
    for e in _ents(doc):
        if len(e) != 1 or e.text not in POST_NOMINALS:
            continue
        i = e.start
        while (
            i > 0 and e.start - i < 3 and _NAME_WORD.fullmatch(doc[i - 1].text) and not doc[i - 1].ent_type_
        ):
            i -= 1
        while i < e.start and _is_title_word(doc[i]):
            i += 1  # "Dame Ana Lee KC": the title opens no name
        if e.start - i >= 2:
            out.append(Span(doc, i, e.end, label="PERSON"))
    return out


def _cut_short_names(doc: Doc, lower_words: set[str]) -> list[Span]:
    """People's names the recogniser cut short: an untagged first name before a one-word name it
    tagged a person ("[Rhodri] Giggs"), or an untagged surname after a first name it took for a
    nationality ("Youssouf [Mulumbu]") and has none of a nationality's endings (not "Cuban [Quintet]");
    the parse joins the two words as one name (a compound), and
    the story never writes the untagged word in lower case."""
    from spacy.tokens import Span

    if not doc.has_annotation("DEP"):
        return []

    def name_word(t: Token) -> bool:
        return (
            not t.ent_type_
            and t.tag_ == "NNP"
            and bool(_NAME_WORD.fullmatch(t.text))
            and t.lower_ not in lower_words
            and not _is_title_word(t)
        )

    out: list[Span] = []
    for e in _ents(doc):
        if len(e) != 1:
            continue
        if e.label_ == "PERSON" and e.start > 0:
            t = doc[e.start - 1]
            if name_word(t) and t.dep_ == "compound" and t.head.i == e.start:
                out.append(Span(doc, e.start - 1, e.end, label="PERSON"))
        elif (
            e.label_ == "NORP"
            and e[0].tag_ == "NNP"
            and e.end < len(doc)
            and not e[0].lower_.endswith(DEMONYM_ENDINGS)
        ):
            t = doc[e.end]
            if name_word(t) and e[0].dep_ == "compound" and e[0].head.i == t.i:
                out.append(Span(doc, e.start, e.end + 1, label="PERSON"))
    return out


def _completed_names(doc: Doc, longer: dict[str, str]) -> list[Span]:
    """Names the recogniser cut short at their start: untagged capitalised words before an entity
    that, with it, spell a longer name the recogniser tags elsewhere in the story ("[Fairport]
    Rovers boss", where "Fairport Rovers" is tagged as a body in another sentence): the longer
    name, with the type it has there. ``longer`` maps such names to their types."""
    from spacy.tokens import Span

    out: list[Span] = []
    for e in _ents(doc):
        for j in range(1, 3):
            k = e.start - j
            if k < 0 or not all(t.is_title and not t.ent_type_ for t in doc[k : e.start]):
                break
            label = longer.get(doc[k : e.end].text)
            if label:
                out.append(Span(doc, k, e.end, label=label))
                break
    return out


def _plural_genitive(doc: Doc, k: int) -> bool:
    """Token ``k`` is the lone apostrophe of a capitalised plural's genitive ("Growers' ")."""
    return (
        k > 1
        and doc[k].text in ("'", "\u2019")
        and doc[k - 1].is_title
        and doc[k - 1].lower_.endswith("s")
        and doc[k - 1].idx + len(doc[k - 1].text) == doc[k].idx
    )


def _headed_bodies(doc: Doc) -> list[Span]:
    """A body's name the recogniser missed, told by its last word ("the Marine Studies Institute said",
    ``ORG_HEADS``, ``STATE_BODY_NOUNS``): a run of at least two capitalised words not at the start of
    the sentence, ending in such a word (with an "of ..." after it: "Institute of Marine Studies"), or
    that word alone, capitalised after "the" ("the Ministry said"), where the recogniser saw no
    organisation, building, work or event."""
    from spacy.tokens import Span

    out: list[Span] = []
    k = 1
    while k < len(doc):
        t = doc[k]
        if not (t.is_title and (t.lower_ in ORG_HEADS or t.lower_ in STATE_BODY_NOUNS) and not t.ent_type_):
            k += 1
            continue
        start = k
        while start > 1 and doc[start - 1].lower_ not in ("the", "a", "an"):
            if doc[start - 1].is_title or doc[start - 1].text == "-":
                start -= 1
            elif _plural_genitive(doc, start - 1):
                start -= 2  # "the Dairy Growers' Alliance": a plural's apostrophe inside the name
            else:
                break
        end = k + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end + 1].is_title:
            end = _name_run(doc, end + 1)
        words = [w for w in doc[start:end] if w.is_title]
        # "the Ministry said": a body the story names by its capitalised common noun alone
        alone = (
            len(words) == 1
            and doc[start - 1].lower_ == "the"
            and (end >= len(doc) or not (doc[end].is_title or doc[end].is_upper))
        )
        if (
            (len(words) >= 2 or alone)
            and doc[start].is_title
            and not any(
                e.label_ in ("ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT")
                for e in _ents(doc)
                if e.start < end and e.end > start
            )
        ):
            out.append(Span(doc, start, end, label="ORG"))
        k = end
    return out


_NUMBERED_NAME = re.compile(r"[A-Z][A-Za-z'&.-]*(?: [A-Z][A-Za-z'&.-]*)* \d{1,3}(?: [A-Z][A-Za-z'&.-]*)+")
# a body's name of capitals with a number inside ("K9S"), unlike a model or a code ("A320")
_LETTERED_NUMBER = re.compile(r"[A-Z]+\d+[A-Z]+")
_UNTAGGED_WORD = re.compile(r"[A-Z][A-Za-z'\u2019-]*")


def _untagged_word(t: Token) -> bool:
    """A capitalised word the recogniser left outside every entity, that is no stop word, calendar
    word, title or honorific."""
    return bool(
        _UNTAGGED_WORD.fullmatch(t.text)
        and not t.ent_type_
        and not t.is_stop
        and t.lower_ not in UNTAGGED_NON_NAMES
        and t.lower_ not in _HONORIFICS
        and not _is_title_word(t)
    )


def _untagged_number(doc: Doc, j: int) -> bool:
    """A number inside a run of capitalised words ("Studio 9 Films"), untagged or tagged only as a number."""
    t = doc[j]
    return t.text.isdigit() and (not t.ent_type_ or t.ent_type_ in UNTAGGED_NUMBER_TYPES)


def _untagged_role(doc: Doc, span: Span, title_words: set[str]) -> bool:
    """Whether an untagged run acts: in a parsed sentence the subject of a main verb or of a verb of
    saying, or the noun after a passive's "by" (an apposition or a conjunct takes the part of the
    word it hangs on); in an unparsed one "by" after a participle, or a verb of saying straight
    after it; in any sentence, when the headline names it too."""
    words = [t for t in span if not t.text.isdigit()]
    if all(t.text in title_words for t in words):
        if doc.has_annotation("DEP"):
            if span.root.dep_ not in UNTAGGED_PASSIVE_DEPS:
                return True
        elif span.start == 0 or doc[span.start - 1].lower_ not in (
            *LOCATION_PREPS,
            "for",
            "of",
            "to",
            "with",
        ):
            return True
    if doc.has_annotation("DEP"):
        t = span.root
        for _ in range(3):
            if t.dep_ in UNTAGGED_LINK_DEPS and t.head.i != t.i and not (span.start <= t.head.i < span.end):
                t = t.head
        if t.dep_ in UNTAGGED_ACTOR_DEPS and t.head.pos_ in ("VERB", "AUX"):
            return _main_verb(t.head) or t.head.lower_ in _SPEECH_VERBS
        if t.dep_ == "pobj" and t.head.dep_ in UNTAGGED_AGENT_DEPS:
            return _main_verb(t.head.head)
        return False
    k = span.start
    passive = (
        k >= 2
        and doc[k - 1].lower_ == "by"
        and doc[k - 2].is_lower
        and doc[k - 2].lower_.endswith(("ed", "en"))
    )
    said = span.end < len(doc) and doc[span.end].lower_ in _SPEECH_VERBS
    return passive or said


def _untagged_bodies(
    doc: Doc,
    title_words: set[str],
    lower_text: str,
    tagged_words: set[str],
) -> list[Span]:
    """Names the recogniser left untagged: a run of capitalised words (a number may sit inside it,
    "Studio 9 Films") of at least two words, that acts (see ``_untagged_role``) and that the story
    never writes in lower case. A body (ORG), or a person after a title."""
    from spacy.tokens import Span

    parsed = doc.has_annotation("TAG")
    titled = _titled_people(doc)
    out: list[Span] = []
    texts = _token_texts(doc)
    k = 0
    while k < len(doc):
        # (the text first: ``_untagged_word`` needs it to match, and reading it is cheaper)
        if not _UNTAGGED_WORD.fullmatch(texts[k]) or not _untagged_word(doc[k]):
            k += 1
            continue
        end = k + 1
        while end < len(doc) and end - k < 6:
            if (
                _untagged_word(doc[end])
                or _untagged_number(doc, end)
                or doc[end].text == "&"
                and end + 1 < len(doc)
                and _untagged_word(doc[end + 1])
            ):
                end += 1
            else:
                break
        start_k, k = k, end
        while doc[end - 1].text.isdigit():
            end -= 1  # a number ends no name ("beat Calder Town 2-0"): it must sit inside it
        span = Span(doc, start_k, end, label="ORG")
        words = [t for t in span if not t.text.isdigit()]
        if len(words) < 2:
            # a single word is too often a common noun, a place or a body already told by other
            # means (a lone word that acts is left to ``_missed_names`` and the other repairs)
            continue
        if span.text.lower() in lower_text:
            continue
        if re.search(
            r"\b(?:" + "|".join(sorted(UNTAGGED_PLACE_PREPS)) + r")\s+" + re.escape(span.text) + r"\b",
            lower_text,
        ):
            continue  # "homes in Eastvale": a setting
        if any(e.start < end and start_k < e.end for e in titled):
            continue  # a person after a title: ``_titled_people`` has them
        if all(t.text in tagged_words for t in words):
            continue  # the recogniser tags it elsewhere: that name's own mentions carry it
        if parsed and not any(t.tag_ in ("NNP", "NNPS") for t in words):
            continue
        if not _untagged_role(doc, span, title_words):
            continue
        before = doc[start_k - 1] if start_k > 0 else None
        if before is not None and (_is_title_word(before) or before.lower_ in _HONORIFICS):
            span = Span(doc, start_k, end, label="PERSON")
        out.append(span)
    return out


def _acronym_bodies(doc: Doc, recurring: set[str]) -> list[Span]:
    """Acronyms the recogniser left untagged ("enlisted with QRZ", "KLV reports"), as bodies: a
    word of two to six capitals the story writes in ``recurring`` sentences, not inside a run of
    capitals (a shouted quote), not a bracketed definition (the full name before it carries it),
    not a title or a furniture word (``UNTAGGED_NON_NAMES``)."""
    from spacy.tokens import Span

    out: list[Span] = []
    texts = _token_texts(doc)
    for t in (doc[i] for i, w in enumerate(texts) if w in recurring):
        if t.ent_type_ or (t.i > 0 and texts[t.i - 1] == "("):
            continue
        near = [doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(doc) and doc[k].is_alpha]
        if any(n.is_upper and len(n) > 1 for n in near):
            continue  # "WE WANT ANSWERS": a quote in capitals
        if t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].lower_ in EVENT_HEADS:
            continue  # "the KFA Cup final": the first word of an event's name, not the body
        out.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return out


def _recurring_acronyms(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Words of two to six capitals written in at least ``ACRONYM_SENTENCES`` sentences."""
    seen: Counter[str] = Counter()
    for p in parsed:
        seen.update(
            {
                w
                for w, low in zip(_token_texts(p.doc), _token_lowers(p.doc), strict=True)
                if _ACRONYM_RE.fullmatch(w)
                and low not in UNTAGGED_NON_NAMES | ROLE_WORDS | TITLE_ABBREVIATIONS
            }
        )
    return {w for w, n in seen.items() if n >= ACRONYM_SENTENCES}


def _acting_works(doc: Doc, title: str, sport: bool = False) -> list[Span]:
    """Names the recogniser took for works that act as a body ("The Lantern Hours announced a tour"):
    the subject of a main verb other than "be", and named in the headline too. A band or a troupe,
    not a title. In a sports story (``sport``), one that stands as a side ("beat the Kelby Stags",
    see ``_is_side``) is a club."""
    from spacy.tokens import Span

    out: list[Span] = []
    for e in _ents(doc):
        if sport and e.label_ == "WORK_OF_ART" and _is_side(doc, e):
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if not title or not doc.has_annotation("DEP"):
            continue
        head = e.root.head
        if (
            e.label_ == "WORK_OF_ART"
            and e.root.dep_ in UNTAGGED_ACTOR_DEPS
            and head.pos_ == "VERB"
            and head.lemma_ != "be"
            and _main_verb(head)
            and has_word(re.sub(r"^(?:The|A|An) ", "", e.text), title)
        ):
            out.append(Span(doc, e.start, e.end, label="ORG"))
    return out


def _untagged_words(
    doc: Doc, words: Container[str], label: str, taken: Sequence[Span], fits: Callable[[Token], bool]
) -> list[Span]:
    """One-word spans labelled ``label`` for the tokens of ``words`` the recogniser left untagged,
    outside every span of ``taken``, where ``fits`` holds."""
    from spacy.tokens import Span

    return [
        Span(doc, t.i, t.i + 1, label=label)
        for t in (doc[i] for i, w in enumerate(_token_texts(doc)) if w in words)
        if not t.ent_type_ and fits(t) and not any(e.start <= t.i < e.end for e in taken)
    ]


def _entities(
    doc: Doc,
    index: int,
    missed: set[str] | None = None,
    recurring: set[str] | None = None,
    kinded: list[Span] | None = None,
    lone_names: set[str] | None = None,
    echoed: set[str] | None = None,
) -> list[Span]:
    """The recogniser's entities and the people it missed after a title, in text order: in the
    lede any of them (a story names its main actors early), later only a ``recurring`` one (see
    ``_recurring_titled``: a titled name met once after the lede is more often a passing
    reference); ``missed`` names (see ``_missed_names``) count as bodies, and ``kinded`` ones (see
    ``_kind_named_bodies``, ``_spelled_out_bodies``, ``_joined_bodies``, ``_person_of_body``,
    ``_headed_bodies``) replace every entity the recogniser saw in their place; a word of
    ``lone_names`` the recogniser left untagged where it opens a sentence or follows a title is
    that person again (see ``_lone_names``); a word of ``echoed`` the recogniser left untagged is
    that body again (see ``_echoed_bodies``)."""

    ents = list(_ents(doc))
    if kinded:
        ents = [e for e in ents if not any(b.start < e.end and e.start < b.end for b in kinded)] + kinded
        ents.sort(key=lambda e: e.start)
    extra = [
        e
        for e in _titled_people(doc)
        if index < _LEDE or (recurring and e.text in recurring) or _speaks_around(doc, e)
    ]
    extra = [e for e in extra if not any(b.start < e.end and e.start < b.end for b in kinded or ())]
    if missed:
        extra += _untagged_words(doc, missed, "ORG", [*extra, *(kinded or ())], lambda t: True)
    if lone_names:
        extra += _untagged_words(
            doc,
            lone_names,
            "PERSON",
            [*ents, *extra, *(kinded or ())],
            # opening the sentence, or after a title ("Princess Ana")
            lambda t: (
                (all(u.is_punct or _is_title_word(u) for u in doc[: t.i]) or _is_title_word(doc[t.i - 1]))
                and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)
            ),
        )
    if echoed:
        extra += _untagged_words(
            doc,
            echoed,
            "ORG",
            [*ents, *extra, *(kinded or ())],
            lambda t: (
                # a word of a longer capitalised run is part of another name ("Arsenal Stadium")
                not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)
                and not (t.i > 0 and doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start)
                # "at Velmar": the place a thing happens, not the body
                and not (t.dep_ == "pobj" and t.head.lower_ in _LOCATION_PREPS)
            ),
        )
    if not extra:
        return ents
    return sorted(ents + extra, key=lambda e: e.start)


def _one_word_names(parsed: Sequence[ParsedSentence], lower_words: set[str], label: str) -> set[str]:
    """One-word names the recogniser tags ``label`` somewhere, never as anything else nor inside a
    longer name, and which the story never writes in lower case."""
    other = {t.text for p in parsed for e in _ents(p.doc) if e.label_ != label or len(e) > 1 for t in e}
    return {
        e[0].text
        for p in parsed
        for e in _ents(p.doc)
        if e.label_ == label
        and len(e) == 1
        and _NAME_WORD.fullmatch(e[0].text)
        and len(e[0].text) > 2
        and e[0].lower_ not in lower_words
        and e[0].text not in other  # "Hale" also tagged a body or a place: not surely the one
        and not _is_title_word(e[0])
    }


def _lone_names(parsed: Sequence[ParsedSentence], lower_words: set[str]) -> set[str]:
    """One-word names the recogniser tagged as a person somewhere ("... as Ottilie cut the ribbon")
    (see ``_one_word_names``): where the recogniser leaves them untagged, opening a sentence
    ("Ottilie said ...") or after a title ("Princess Ottilie opened ..."), they are that person again."""
    return _one_word_names(parsed, lower_words, "PERSON")


def _echoed_bodies(parsed: Sequence[ParsedSentence], lower_words: set[str]) -> set[str]:
    """One-word names the recogniser tags as a body wherever it tags them ("... Velmar's partner
    said", see ``_one_word_names``): where the recogniser leaves them untagged ("Velmar are top of
    the table"), they are that body again."""
    return _one_word_names(parsed, lower_words, "ORG")


def _recurring_titled(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Names the recogniser missed after a title ("Director of Public Works Ana Lee") that the
    story comes back to: the same name in another sentence, or its surname ending a name the
    recogniser did tag elsewhere ("Mrs Lee", whatever type it gave it)."""
    seen: dict[str, set[int]] = {}
    for p in parsed:
        for e in _titled_people(p.doc):
            seen.setdefault(e.text, set()).add(p.index)
    out: set[str] = set()
    for name, where in seen.items():
        surname = name.split()[-1]
        if len(where) > 1 or any(
            e.text.split()[-1] == surname and e.text != name
            for p in parsed
            if p.index not in where
            for e in _ents(p.doc)
        ):
            out.add(name)
    return out


def _lettered_pairs(doc: Doc) -> list[tuple[int, int]]:
    """Where a person kept anonymous by a letter stands ("Nurse A said", "the evidence of Witness
    B"): a capitalised word for a person (``PERSON_NOUNS``, ``ROLE_WORDS``) and one capital letter
    (not "I"), with no capitalised word nor a full stop after it."""
    found = _LETTERED_PAIRS.get(doc)
    if found is not None:
        return list(found)
    out = []
    for t in doc[:-1]:
        if not (t.is_title and (t.lower_ in PERSON_NOUNS or t.lower_ in ROLE_WORDS)):
            continue
        nxt = doc[t.i + 1]
        if not (len(nxt.text) == 1 and nxt.text.isupper() and nxt.text != "I"):
            continue
        after = doc[t.i + 2] if t.i + 2 < len(doc) else None
        if after is not None and (after.is_title or after.text == "."):
            continue  # "Nurse A Lee", "Grade A.": a name's initial, or the end of a sentence
        out.append((t.i, t.i + 2))
    _LETTERED_PAIRS[doc] = tuple(out)
    return out


_LETTERED_PAIRS: weakref.WeakKeyDictionary[Doc, tuple[tuple[int, int], ...]] = weakref.WeakKeyDictionary()


def _recurring_lettered(parsed: Sequence[ParsedSentence]) -> set[str]:
    """The lettered people (see ``_lettered_pairs``) the story names in two sentences or more: a
    court report's witness kept anonymous, whom the recogniser seldom tags."""
    seen: Counter[str] = Counter()
    for p in parsed:
        seen.update({p.doc[i:j].text for i, j in _lettered_pairs(p.doc)})
    return {w for w, n in seen.items() if n >= 2}


def _lettered_people(doc: Doc, recurring: set[str]) -> list[Span]:
    """The recurring lettered people of a sentence (see ``_recurring_lettered``), as people."""
    from spacy.tokens import Span

    return [Span(doc, i, j, label="PERSON") for i, j in _lettered_pairs(doc) if doc[i:j].text in recurring]


def _mentions(
    parsed: Sequence[ParsedSentence],
    title: str = "",
    captions: Sequence[ParsedSentence] = (),
    outlets: Container[str] = (),
) -> tuple[list[_Mention], dict[str, str]]:
    """Entity mentions with cleaned names, plus ``acronym -> full name`` from "Name (ABC)";
    ``captions`` (read after the body, with the body's word lists) give mentions marked ``caption``;
    a name in ``outlets`` (the outlet that files the story) is always a credit."""
    known_non_person = {
        e.text
        for p in parsed
        for e in _ents(p.doc)
        if e.label_ in ("GPE", "NORP", "ORG", "LOC") and len(e) == 1
    }
    # longest first, then alphabetical: the first match wins, so the order must not depend on hashing
    known_names = sorted(
        {
            e.text + " "
            for p in parsed
            for e in _ents(p.doc)
            if e.label_ in ("GPE", "NORP", "ORG", "LOC", "EVENT", "FAC") and len(e) > 1
        },
        key=lambda s: (-len(s), s),
    )
    # words the story writes as part of a longer name or capitalised inside a sentence: a name, even
    # where the tagger takes it for a common noun at the start of a sentence ("Velmor said ...")
    name_words = {t.text for p in parsed for e in _ents(p.doc) if len(e) > 1 for t in e if t.is_title} | {
        w
        for p in parsed
        for prev, t, w in zip(p.doc, p.doc[1:], _token_texts(p.doc)[1:], strict=False)
        if t.is_title and t.ent_type_ and not prev.is_punct
    }
    lower_words = {w for p in parsed for t, w in zip(p.doc, _token_texts(p.doc), strict=True) if t.is_lower}
    # multi-word names with the type the recogniser gives them most often (first seen on a tie)
    longer_types: dict[str, Counter[str]] = {}
    for p in parsed:
        for e in _ents(p.doc):
            if e.label_ in ("GPE", "ORG", "PERSON", "LOC") and len(e) > 1:
                longer_types.setdefault(e.text, Counter())[e.label_] += 1
    longer = {name: c.most_common(1)[0][0] for name, c in longer_types.items()}
    lower_text = " ".join(p.text for p in parsed)
    # common nouns as the parsed sentences tag them, for sentences read without a parse
    noun_words = {
        low
        for p in parsed
        for t, low in zip(p.doc, _token_lowers(p.doc), strict=True)
        if t.tag_ in ("NN", "NNS") and t.is_lower
    }
    lone_names = _lone_names(parsed, lower_words)
    echoed = _echoed_bodies(parsed, lower_words)
    title_words = {w for w in re.findall(r"[\w'\u2019&-]+", title) if w[:1].isupper()}
    # words of names the recogniser tags, and words written after a title ("Princess Ottilie"): the
    # repair for untagged names leaves them to the rules for those names
    tagged_words = (
        {t.text for p in parsed for e in _ents(p.doc) if e.label_ in _LABELS for t in e}
        | {
            w  # (``_is_title_word`` takes in the honorifics)
            for p in parsed
            for w, prev_titles in zip(_token_texts(p.doc)[1:], _title_word_flags(p.doc), strict=False)
            if prev_titles
        }
    )
    lower_text_l = " ".join(p.text for p in parsed)  # a run's words written in lower case somewhere
    out: list[_Mention] = []
    acronyms: dict[str, str] = {}
    handles = _quoted_handles(parsed)  # user names are written in lower case, often with digits
    missed = _missed_names(parsed) | _acting_lone_words(parsed) | _acting_leads(parsed) | handles
    sport = _sport_story(parsed)
    recurring = _recurring_titled(parsed)
    acronyms_seen = _recurring_acronyms(parsed)
    lettered = _recurring_lettered(parsed)
    voiced = _voiced_products(parsed)
    beside = _returning_beside_people([*parsed, *captions])
    terms = _technical_terms(parsed) | _works_named(parsed)
    parties = _voted_parties(parsed)
    for p, in_caption in [*((q, False) for q in parsed), *((q, True) for q in captions)]:
        doc = p.doc
        kinded = _kind_named_bodies(doc)
        kinded += [
            b
            for b in _voiced_bodies(doc, voiced) + _party_bodies(doc, parties)
            if not any(b.start < k.end and k.start < b.end for k in kinded)
        ]
        kinded += [
            b
            for b in _cut_short_names(doc, lower_words) + _completed_names(doc, longer)
            if not any(b.start < k.end and k.start < b.end for k in kinded)
        ]
        kinded += [
            b
            for b in _spelled_out_bodies(doc)
            + _joined_bodies(doc)
            + _person_of_body(doc)
            + _post_nominal_people(doc)
            + _headed_bodies(doc)
            if not any(b.start < k.end and k.start < b.end for k in kinded)
        ]
        kinded += [
            b
            for b in _acting_works(doc, title, sport)
            if not any(b.start < k.end and k.start < b.end for k in kinded)
        ]
        untagged = [
            b
            for b in _untagged_bodies(doc, title_words, lower_text_l, tagged_words)
            if not any(b.start < k.end and k.start < b.end for k in kinded)
        ]
        kinded += untagged
        kinded += [
            b
            for b in _acronym_bodies(doc, acronyms_seen)
            if not any(b.start < k.end and k.start < b.end for k in kinded)
        ]
        lettered_spans = _lettered_people(doc, lettered)
        lettered_at = {(b.start, b.end) for b in lettered_spans}
        kinded += [b for b in lettered_spans if not any(b.start < k.end and k.start < b.end for k in kinded)]
        untagged_at = {(b.start, b.end) for b in untagged}
        kinded_at = {(b.start, b.end) for b in kinded}
        for ent in _entities(doc, p.index, missed, recurring, kinded, lone_names, echoed):
            label = "PERSON" if ent.text in beside and _beside_a_person(doc, ent) else ent.label_
            if (
                label in ("LOC", "FAC")
                and ent[-1].lower_ in ORG_HEADS
                and sum(not t.is_stop for t in ent) >= 3
            ):
                # "the North Kelby Anglers' Federation" tagged a region, "the Kelby Marine Studies
                # Institute" a building: a body by its last word (not a short name of a region or a
                # state: "the West Bank", "the Soviet Union")
                label = "ORG"
            if label not in _LABELS or ent.text in terms:
                continue
            ent_toks = list(ent)
            if label == "PERSON" and len(ent_toks) > 1:
                # "Champions League Rivera": a known organisation or place glued to a name
                joined = _clean_text(ent_toks) + " "
                for known in known_names:
                    if joined.startswith(known) and len(known.split()) < len(ent_toks):
                        ent_toks = ent_toks[len(known.split()) :]
                        break
                for known in known_names:
                    kw = known.split()
                    for k in range(1, min(len(kw), len(ent_toks))):
                        before = [t.text for t in doc[max(0, ent.start - (len(kw) - k)) : ent.start]]
                        if [t.text for t in ent_toks[:k]] == kw[-k:] and before == kw[:-k]:
                            ent_toks = ent_toks[k:]  # "[Champions] League Rivera"
                            break
            paren = next((k for k, t in enumerate(ent_toks) if t.text == "("), None)
            inline_acr = None
            if paren is not None:
                # "Coastal Fisheries Board (CFB": the acronym got into the entity
                inside = [t.text for t in ent_toks[paren + 1 :] if t.text != ")"]
                if len(inside) == 1 and inside[0].isupper():
                    inline_acr = inside[0]
                ent_toks = ent_toks[:paren]
            prefix, toks = _strip_name(ent_toks, label == "PERSON")
            if (ent.start, ent.end) in lettered_at:
                prefix, toks = [], ent_toks  # "Nurse A": the word before the letter is the name's own
            while len(toks) > 1 and toks[-1].lower_ in DISCOURSE_WORDS:
                toks = toks[:-1]  # "Harbour Park However": a caption's missing full stop
            while label == "ORG" and len(toks) > 2 and toks[-1].lower_ in DOCUMENT_NOUNS:
                toks = toks[:-1]
            glued = len(ent_toks) < len(ent)
            before_role = None if glued else _role_prefix(doc, ent.start)
            if (label == "PERSON" or (label == "ORG" and before_role)) and len(toks) > 2:
                # fragments such as "Peru Ana Salas": cut after a known place/org or acronym
                cut = 0
                for k, t in enumerate(toks[:-2]):
                    # (a hyphened surname is one word: "Ana Lind-Berg" keeps its first name)
                    if len(_clean_text(toks[k + 1 :]).split()) < 2:
                        break
                    if t.text in known_non_person or (t.is_upper and len(t.text) > 1):
                        cut = k + 1
                if cut:
                    prefix.extend(toks[:cut])
                    toks = toks[cut:]
                    if before_role:
                        label = "PERSON"  # "Special Envoy for Peru Ana Salas" names a person
                        before_role = f"{before_role} {_clean_text(prefix)}"
            elif (
                label in ("ORG", "GPE")
                and before_role
                and (ent.start, ent.end) not in kinded_at
                and len(toks) >= 2
                and all(t.is_title or t.lower_ in _PARTICLES for t in toks)
                and any(t.lower_ in ROLE_WORDS for t in doc[max(0, ent.start - 3) : ent.start])
            ):
                label = "PERSON"  # "Transport Minister Ilse Berg" mislabelled
            elif label in ("ORG", "GPE", "NORP") and len(toks) > 2:
                # "Army Sgt Jon Reyes", "Central Bank Governor Ana Lind": a title inside the
                # entity, then a personal name
                k = max(
                    (j for j, tk in enumerate(toks[:-2]) if tk.lower_.rstrip(".") in _NAME_TITLES), default=-1
                )
                rest = toks[k + 1 :]
                if (
                    k >= 0
                    and 2 <= len(rest) <= 4
                    and all(tk.is_title or tk.lower_ in _PARTICLES for tk in rest)
                    and not any(tk.lower_ in ORG_HEADS or tk.lower_ in _TITLE_WORDS for tk in rest)
                    # "the General Harbour Safety Regulation": a law, not a title and a name
                    and rest[-1].lower_ not in EVENT_HEADS
                ):
                    label = "PERSON"
                    before_role = _clean_text(toks[: k + 1])
                    prefix = list(toks[: k + 1])
                    toks = rest
            if (
                label in ("ORG", "GPE", "NORP", "FAC")
                and len(toks) == 2
                and (toks[0].lower_.rstrip(".") in TITLE_ABBREVIATIONS or toks[0].lower_ in _HONORIFICS)
                and _NAME_WORD.fullmatch(toks[1].text)
            ):
                label = "PERSON"  # "Sgt Reyes", "Mrs Lee" tagged as a body or a place
                prefix = [toks[0]]
                toks = toks[1:]
            while len(toks) > 2 and label == "PERSON" and toks[-1].text in POST_NOMINALS:
                toks = toks[:-1]  # "Ana Lee KC": the letters of an honour or an office are no part of a name
            while len(toks) > 1 and toks[-1].tag_ in ("VBD", "VBN") and toks[-1].is_title:
                toks = toks[:-1]  # "Acme Sued": a headline's verb glued onto a name
            name = _clean_text(toks)
            if label == "GPE" and len(toks) > 1 and toks[-1].lower_ in ORG_HEADS:
                label = "ORG"  # "Kelby Assessor's Office" tagged a place: a body by its last word
            words = name.split()
            if len(words) > 1 and len(set(words)) < len(words):
                continue  # "Berg Berg": a tagging artefact
            if (
                doc.has_annotation("TAG")
                and toks
                and all(t.tag_ in ("NN", "NNS") and not t.is_upper and t.text not in name_words for t in toks)
                and name not in handles
            ):
                continue  # "Shipping group Norvik": a common noun the recogniser took for a name
            if toks and toks[-1].is_lower and toks[-1].lower_ in ROLE_WORDS:
                continue  # "Ex-Rovers and United player" is a description, not a name
            # a number inside a body's name ("Quarrel 7 Pictures"), not a name glued to a count or a date
            digits = (
                re.search(r"\d", name)
                and (ent.start, ent.end) not in untagged_at
                and not (label == "ORG" and _NUMBERED_NAME.fullmatch(name))
                and not (label == "ORG" and _LETTERED_NUMBER.fullmatch(name))
                and name not in handles
            )
            if (
                not name
                or not re.search(r"[A-Za-z]", name)
                or digits
                or re.search(r"[,:;|/]", name)
                or len(name) < 2
            ):
                continue
            if toks[-1].text in _PLACE_NOUNS and (
                label != "PERSON"
                or _is_location(doc, ent, label)
                or (
                    ent.start > 0
                    and (doc[ent.start - 1].lower_ in ("on", *LANDMARK_PREPS) or doc[ent.start - 1].like_num)
                )
                or (
                    doc.has_annotation("DEP")
                    and ent.root.dep_ == "pobj"
                    and ent.root.head.lower_ in ("on", "along", *LANDMARK_PREPS)
                )
            ):
                continue  # "Mill Road": an address, not an actor (but "Grace Park" is a person)
            last = toks[-2] if len(toks) > 1 and toks[-1].text in ("'s", "\u2019s") else toks[-1]
            if label != "PERSON" and (
                last.lower_ in ROLE_ENDINGS
                or last.lower_ in EVENT_HEADS
                or last.lower_.rstrip(".") in TITLE_ABBREVIATIONS
                or name.lower() in DISEASES
                or re.sub(r"['\u2019]s$", "", name.lower()) in DISEASES
            ):
                continue  # "First Lady", "General Election", "Riviera Masters": a role or an event
            if _names_an_event(doc, ent):
                continue  # "on Saint Ivo's Day": the name is part of the event's name
            if len(toks) > 1 and toks[0].is_title and toks[0].lower_ in WEATHER_NAME_LEADS:
                continue  # "Storm Kelda": a named storm is an event the story happens in
            if len(toks) == 1 and name.lower() in DEMONYM_NOUNS:
                continue  # "the Frenchman": someone the story names, called by his country
            if name.lower().removeprefix("the ") in DECADE_NAMES:
                continue  # "the Sixties": a time, whatever type the recogniser gave it
            if (name[0].islower() and not re.match(LOWER_NAME_OPENING, name) and name not in handles) or all(
                t.lower_ in _TITLE_WORDS or t.lower_ in _CONNECTORS for t in toks
            ):
                continue
            if (ent.start > 0 and doc[ent.start - 1].text in ("#", "@")) or ent.text.startswith(("#", "@")):
                continue  # "#KelbyWins": a hashtag or a handle in a quoted post, a tag, not an actor
            if label == "ORG" and _is_product(doc, ent):
                continue  # "bought a Toyota Corolla", "an Airbus A320": a maker's product, not the maker
            family = (
                label == "PERSON"
                and len(toks) == 1
                and ent.end < len(doc)
                and doc[ent.end].lower_ in FAMILY_NOUNS
                and doc[ent.end].is_lower
            )
            if family:
                name, label = f"{name} {doc[ent.end].text}", "ORG"  # "the Lind family" acts as one
            if (
                label != "PERSON"
                and ent.start == 0
                and len(ent) == 1
                and ent.end + 1 < len(doc)
                and doc[ent.end].lower_ in ROLE_WORDS
                and doc[ent.end + 1].ent_type_ == "PERSON"
                and sum(t.text == ent.text for q in parsed for t in q.doc) == 1
            ):
                continue  # "Takeaway owner Li Chan said": the first word of a description, met once
            if (
                len(toks) == 1
                and all(t.is_punct for t in doc[: toks[0].i])
                and (toks[0].lower_ in lower_words or toks[0].lower_ + "s" in lower_words)
                and toks[0].text not in name_words
            ):
                # "Airmail began in 1918" where the story also writes "airmail" and never uses the
                # word as a name inside a sentence: a common word that opens the sentence
                continue
            if (
                len(toks) == 1
                and ent.end < len(doc)
                and doc[ent.end].is_lower
                and f"{toks[0].lower_} {doc[ent.end].lower_}" in lower_text
            ):
                continue  # "the Gorilla enclosure" where the story also writes "the gorilla enclosure"
            m = _Mention(name=name, label=label, sent=p.index, caption=in_caption)
            m.owned = label in ("ORG", "PERSON") and _is_possession(doc, ent)
            m.owned = m.owned or (
                label == "ORG"
                and doc.has_annotation("DEP")
                and ent.root.dep_ == "compound"
                and ent.root.head.tag_ in ("NN", "NNS")
                and ent.root.head.lower_ not in NAMING_NOUNS
                # "the Kelby TV documentary": a work the body made, not a thing it is; so are the
                # games a side plays ("Kelby Rovers games")
                and ent.root.head.lemma_.lower() not in MADE_WORK_NOUNS | PLAYED_NOUNS
            )
            m.owned = m.owned or (label == "ORG" and _describes_unparsed(doc, ent, noun_words))
            m.owned = m.owned or (label == "ORG" and _in_persons_title(doc, ent))
            if label == "PERSON":
                m.sex = _sex_of(doc, ent, prefix)
                m.titled = bool(prefix) or (ent.start > 0 and _is_title_word(doc[ent.start - 1]))
                m.listed = _in_list_of_people(doc, ent)
            after = doc[ent.end :].text if ent.end < len(doc) else ""
            m.credit = bool(_CREDIT_AFTER.match(after)) or _is_byline(doc, ent) or _nationality_mark(doc, ent)
            # the outlet that files the story speaks of itself as its publisher ("Outlet has not
            # confirmed ..."), not as one of the story's actors
            m.credit = m.credit or name in outlets
            m.credit = m.credit or (sport and label == "GPE" and _country_of_a_player(doc, ent))
            m.credit = m.credit or (sport and _capped_for(doc, ent))
            m.example = _in_example_list(doc, ent)
            m.owned = m.owned or (label == "ORG" and _instance_or_trade(doc, ent))
            m.governs = _governs(doc, ent)
            m.owned = m.owned and not m.governs  # "Kelby League fines": the league's own act, not a thing
            through = label == "ORG" and _speaks_through(doc, ent)  # (its spokesman speaks)
            m.owned = m.owned and not through
            m.location = label != "NORP" and not family and _is_location(doc, ent, label)
            m.place_only = m.location and not sport and _only_a_place(doc, ent)
            m.settlement = label != "NORP" and (
                _named_as_settlement(doc, ent)
                or (label == "PERSON" and _before_a_region(doc, ent))
                or _fronted_place(doc, ent)
            )
            m.agent = not m.credit and not m.location and (_is_agent(doc, ent) or through)
            m.patient = not m.credit and not m.agent and _is_patient(doc, ent)
            opening = _opening_part(p, doc, ent)
            # a name right before a verb of saying in an unparsed sentence ("Lind wrote on her blog")
            m.speaks = not doc.has_annotation("DEP") and _speaks_by_surface(doc, ent)
            # an unparsed sentence's opening name that a parse made for it alone reads as its subject
            m.opening = (
                not m.credit and not m.location and not m.agent and opening in (*_SUBJECT_DEPS, "nsubjpass")
            )
            m.topic = label in ("GPE", "PERSON") and not m.credit and _is_topic_place(doc, ent)
            m.side = (
                sport
                and not m.credit
                and label in ("GPE", "LOC", "ORG", "PERSON", "FAC")
                # a one-word "person" named as a side is a club the recogniser mistook ("the meeting
                # with Dunmore"); a player named in full keeps the full name's type
                and (
                    label != "PERSON"
                    or len(toks) == 1
                    or (doc.has_annotation("DEP") and _called_a_rival(ent))
                )
                and _is_side(doc, ent)
            )
            if m.side and m.location:
                m.location = False  # "at home to Norden": the other side, not where the game is
                m.agent = _is_agent(doc, ent)
            m.patient = m.patient or (m.side and not m.agent)
            if label == "FAC":
                if m.location or not (m.agent or m.patient or ent.root.dep_ in ("oprd", "attr", "appos")):
                    continue  # a building or a site where things happen; a ship or a station that acts is an actor
                m.label = label = "ORG"
            if label == "PERSON" and not m.credit:
                m.role = (
                    before_role
                    or (_clean_text(prefix) if any(t.lower_ in ROLE_WORDS for t in prefix) else None)
                    or _role_apposition(doc, ent)
                    or (_role_head_of_apposition(ent) if doc.has_annotation("DEP") else None)
                    or (_role_copular(ent) if doc.has_annotation("DEP") else None)
                )
                if _names_other(m.role):
                    m.role = None  # "captain of the Nordic Dawn": the name is what the captain leads
            if m.label == "PERSON" and toks[-1].lower_ in ORG_HEADS:
                m.label = "ORG"  # "Transport Department" is no person
            if inline_acr and 2 <= len(inline_acr) <= 8:
                acronyms[inline_acr] = name
                m.acronym = inline_acr
            elif ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
                acr = doc[ent.end + 1].text
                if acr.isupper() and 2 <= len(acr) <= 8:
                    acronyms[acr] = name
                    m.acronym = acr
            if label == "NORP":
                head = (
                    ent.root.head
                    if doc.has_annotation("DEP")
                    else (doc[ent.end] if ent.end < len(doc) else None)
                )
                if (
                    head is not None
                    and head.lower_ in _INSTITUTION_NOUNS
                    and ent.end <= head.i <= ent.end + 2
                ):
                    # the words as written: "Republican Senate candidates", never reassembled
                    m.name = _clean_text([*toks, *doc[ent.end : head.i + 1]])
                    m.label = "NORP_BODY"
                    m.agent = (
                        head.dep_ in _SUBJECT_DEPS or head.dep_ == "poss" or not doc.has_annotation("DEP")
                    )
                elif (
                    doc.has_annotation("DEP")
                    and ent.root.dep_ not in ("amod", "compound", "poss")
                    and (
                        ent.root.tag_ in ("NNPS", "NNS")
                        or (ent.root.tag_ == "NNP" and ent.root.lower_.endswith("s"))
                    )
                ):
                    m.label = "NORP_GROUP"  # "the Democrats said", "Kurds fled": a people or a party acting
                elif (
                    doc.has_annotation("DEP")
                    and len(toks) > 1
                    and ent.root.tag_ == "NNP"
                    and ent.root.dep_ not in ("amod", "compound")
                ):
                    m.label = "ORG"  # "Boko Haram", "Muslim Brotherhood": a named movement, not an adjective
            out.append(m)
    return out, acronyms


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ("of", "the", "for", "and", "&")]
    return "".join(w[0] for w in words if w[0].isupper())


def _same_body(head: str, other: str) -> bool:
    """Two institution nouns that name one body ("forces", "army"); see ``SAME_BODY_NOUNS``."""
    a, b = head.lower(), other.lower()
    return a == b or any(a in group and b in group for group in SAME_BODY_NOUNS)


def _cluster(mentions: list[_Mention], acronyms: dict[str, str]) -> list[_Cluster]:
    clusters: dict[str, _Cluster] = {}
    # longer names first, so short forms can find the full name they abbreviate
    names = sorted({m.name for m in mentions}, key=lambda n: (-len(n.split()), -len(n), n))
    first_seen: dict[str, int] = {}
    labels: dict[str, Counter[str]] = {}
    located = {m.name for m in mentions if m.location}
    # a lone word tagged a people that acts or speaks on its own ("said Varish"): a surname the
    # recogniser took for a nationality, never an adjective
    acting_peoples = {
        m.name for m in mentions if m.label == "NORP" and " " not in m.name and (m.agent or m.speaks)
    }
    counts = Counter(m.name for m in mentions)
    order: dict[str, int] = {}
    for k, m in enumerate(mentions):
        order.setdefault(m.name, k)
    for m in mentions:
        first_seen[m.name] = min(first_seen.get(m.name, m.sent), m.sent)
        labels.setdefault(m.name, Counter())[m.label] += 1
    target: dict[str, str] = {}
    sexes: dict[str, set[str]] = {}
    for m in mentions:
        if m.sex:
            sexes.setdefault(m.name, set()).add(m.sex)

    def top_label(n: str) -> str:
        return labels[n].most_common(1)[0][0]

    for n in names:
        words = n.split()
        lab = top_label(n)
        cands: list[str] = []
        base = re.sub(r"['\u2019]s$", "", n)
        if base != n and base in labels:
            target[n] = base  # "Velora's" kept its "'s" but "Velora" is named elsewhere
            continue
        if len(words) == 1 and n.endswith("s") and lab in ("PERSON", "ORG"):
            # "the Lees" after "Ana and Tom Lee": the couple, under the full name met first (tagged a
            # body, only when two people of that surname are named: "the Lees" is no firm then)
            kin = [
                c for c in target if target[c] == c and top_label(c) == "PERSON" and c.split()[-1] == n[:-1]
            ]
            family = any(f"{n[:-1]} {w}" in labels for w in FAMILY_NOUNS)  # (then "the Lee family")
            if kin and len(kin[0].split()) > 1 and (lab == "PERSON" or (len(kin) > 1 and not family)):
                target[n] = sorted(kin, key=lambda c: (first_seen[c], order[c]))[0]
                continue
        if len(words) == 1 and n.endswith("s") and any(f"{n[:-1]} {w}" in labels for w in FAMILY_NOUNS):
            # "the Linds" are "the Lind family"
            target[n] = next(f"{n[:-1]} {w}" for w in sorted(FAMILY_NOUNS) if f"{n[:-1]} {w}" in labels)
            continue
        if n in acronyms and acronyms[n] != n:
            cands = [acronyms[n]]
        elif n.isupper() and len(n) >= 2:
            cands = [c for c in target if c == target[c] and _initials(c) == n and len(c.split()) > 1]
            # "BRS" for the "Dunmore Bureau of Road Safety": the name after its place
            cands = cands or [
                c
                for c in target
                if c == target[c] and len(n) > 2 and _initials(c)[1:] == n and len(c.split()) > 2
            ]
        if not cands:
            for c in target:
                if target[c] != c:
                    continue
                cw = c.split()
                if len(cw) <= len(words) or top_label(c) == "NORP_BODY" or lab == "NORP_BODY":
                    continue
                clab = top_label(c)
                if (
                    clab == "PERSON"
                    and cw[-len(words) :] == words
                    and (lab != "NORP" or n in acting_peoples)
                    and first_seen[c] - first_seen[n] < _LEDE
                    and not (sexes.get(n, set()) and sexes.get(c, set()) and not sexes[n] & sexes[c])
                ):
                    # surname (any label: fixes type errors); a surname used well before a full
                    # name first appears is someone else ("Lord Vane ..." then, later, "his son Tom Vane");
                    # "Mrs Vane" is not Tom Vane when a "he" follows his name
                    cands.append(c)
                elif (
                    lab in ("ORG", "GPE")
                    and (clab == lab or (clab == "ORG" and n not in located))
                    and (
                        cw[: len(words)] == words
                        or (clab == "ORG" and lab == "ORG" and cw[-len(words) :] == words)
                    )
                ) or (clab == "PERSON" and lab != "NORP" and n not in located and cw[: len(words)] == words):
                    cands.append(c)
                elif (
                    lab == "PERSON" and clab == "ORG" and len(words) == 1 and cw[0] == n and n not in located
                ):
                    cands.append(c)  # "Velmor" tagged a person, short for "Velmor Chemicals" named before
            if len(cands) > 1 and any(top_label(c) == "PERSON" for c in cands):
                cands = [c for c in cands if top_label(c) == "PERSON"]  # "Lee" is Ana Lee, not "Lee Foods"
            if len(cands) > 1:
                # prefer the full name introduced before the short form, then the most mentioned,
                # then the first introduced ("Ana Lee, daughter of Tom Lee, ...": "Lee" is Ana)
                before = [c for c in cands if first_seen[c] <= first_seen[n]] or cands
                best = sorted(before, key=lambda c: (-counts[c], order[c]))
                cands = best[:1]
        if not cands and lab == "NORP_BODY":
            # "Iraqi forces" and "the Iraqi army" are one actor
            cands = [
                c
                for c in target
                if target[c] == c
                and top_label(c) == "NORP_BODY"
                and c.split()[0] == words[0]
                and _same_body(c.split()[-1], words[-1])
            ][:1]
        target[n] = target[cands[0]] if len(cands) == 1 else n
    for m in mentions:
        key = target[m.name]
        hops = 0
        while target.get(key, key) != key and hops < 5:
            key = target[key]
            hops += 1
        cl = clusters.setdefault(key, _Cluster(name=key))
        cl.mentions.append(m)
        cl.labels[m.label] += 1
        if m.name != key:
            cl.aliases.add(m.name)
        if m.acronym:
            cl.aliases.add(m.acronym)
    return list(clusters.values())


def _country_acts(country: _Cluster) -> bool:
    """The country's own name acts somewhere, or is a place the story reports on."""
    return any(m.agent or m.patient or m.topic or m.side or m.governs for m in country.mentions)


def _fold_norp(clusters: list[_Cluster]) -> list[_Cluster]:
    """Nationality adjectives count for their country when it is an actor; otherwise dropped."""
    gpes = [c for c in clusters if _label(c) == "GPE"]
    orgs = [c for c in clusters if _label(c) == "ORG"]
    out: list[_Cluster] = []
    for c in clusters:
        lab = _label(c)
        if lab not in ("NORP", "NORP_BODY", "NORP_GROUP"):
            out.append(c)
            continue
        stem = c.name.split()[0][:4].lower()
        country = next((g for g in gpes if g.name[:4].lower() == stem and len(g.name.split()) == 1), None)
        if lab == "NORP_GROUP":
            # "the Democrats" belong to "the Democratic Party", "Russians" to "Russia"
            single = c.name[:-1] if c.name.endswith("s") else c.name
            party = next(
                (o for o in orgs if len(o.name.split()) > 1 and o.name.split()[0] == single),
                None,
            )
            home = country or party
            if country is not None and home is country and not _country_acts(country):
                # "Norwegians expect higher rents" where Norway is named only as a place: the people
                # count as mentions of the place, not as its acts
                country.mentions.extend(
                    _Mention(m.name, m.label, m.sent, caption=m.caption) for m in c.mentions
                )
                country.aliases.add(c.name)
            elif home is not None:
                home.mentions.extend(c.mentions)
                home.aliases.add(c.name)
            else:
                out.append(c)
            continue
        if lab == "NORP_BODY":
            if country is not None and any(m.agent for m in country.mentions if m.label == "GPE"):
                country.mentions.extend(c.mentions)
                country.aliases.add(c.name)
            else:
                out.append(c)
        elif country is not None:
            country.mentions.extend(_Mention(m.name, m.label, m.sent, caption=m.caption) for m in c.mentions)
    return out


def _label(c: _Cluster) -> str:
    """The cluster's type: its full name's label, places winning over mislabelled people. (A caption
    cut off tells a name's type, not how the story uses it: its mentions are no side nor place.)"""
    if c.kind is not None:
        return c.kind
    own = Counter(m.label for m in c.mentions if m.name == c.name)
    lab = (own or c.labels).most_common(1)[0][0]
    used = [m for m in c.mentions if not m.caption] or c.mentions
    town = lab in ("GPE", "LOC") or (lab == "PERSON" and len(c.name.split()) == 1)
    if town and any(m.side for m in used):
        return "ORG"  # a town named as a side in a sports story ("beat Norden", "the Kelby striker")
    located = any(m.location for m in used)
    placed = sum(m.location for m in used)
    # a single word used as a place half the time is a place; a longer name must also never act
    if (
        lab == "PERSON"
        and placed * 2 >= len(used)
        and (len(c.name.split()) == 1 or (len(used) > 1 and not any(m.agent for m in used)))
    ):
        return "GPE"
    if lab == "PERSON" and all(m.place_only and not m.role for m in used):
        return "GPE"  # "a farm near Kell Abbey", "Ana Lee, of Lower Kell": a place, however tagged
    # a person's short form is a surname; a body's is its first word ("Velmor" for "Velmor Chemicals")
    first_word = c.name.split()[0]
    people = sum(m.label == "PERSON" and (m.name == c.name or m.name != first_word) for m in c.mentions)
    if (
        lab in ("ORG", "GPE")
        and not located
        and people
        and (len(c.name.split()) > 1 or people * 2 >= sum(c.labels.values()))
    ):
        return "PERSON"  # "Ana Rivera" tagged GPE in some sentences, PERSON in others
    if lab == "NORP" and people and not located and any(m.agent for m in used):
        return "PERSON"  # "his brother Ottilio" tagged a person once, a people elsewhere, and acting
    return lab


_UNNAMED = "UNNAMED"
_INTRO_DETS = {"a", "an"}


def _unnamed_part(tok: Token) -> tuple[bool, bool, bool]:
    """(agent, patient, main) of a common noun in its clause: the subject of a verb that is not one
    of saying, the agent of a passive; the object, the passive subject or the "to"/"with" object of a
    verb; ``main`` when that verb is the sentence's own (its root, a verb joined to it, or what a
    root verb of saying reports). "three of her students" stands in the clause as its number."""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.like_num:
        t = t.head.head
    t = _base(t)
    dep, head = t.dep_, t.head
    verb = head.head if dep == "pobj" else head
    agent = (dep == "pobj" and head.lower_ == "by" and head.dep_ == "agent") or (
        dep == "nsubj" and head.pos_ in ("VERB", "AUX") and head.lower_ not in _SPEECH_VERBS
    )
    patient = (dep in ("nsubjpass", "dobj", "dative") and head.pos_ == "VERB") or (
        dep == "pobj" and head.lower_ in ("to", "with") and verb.pos_ == "VERB"
    )
    if not (agent or patient):
        return False, False, False
    return agent, patient, _main_verb(verb)


def _main_verb(verb: Token) -> bool:
    """The verb carries the sentence's own event: its root, a verb joined to the root or a clause
    of time or cause on it ("is recovering after his parents dropped him"), or what a root verb of
    saying reports ("a guard was shot, police said")."""
    v = verb
    for _ in range(5):
        v = _base(v)
        if v.dep_ == "ROOT":
            return True
        if v.dep_ == "advcl":
            v = v.head
        elif v.dep_ == "acl" and v.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
            v = v.head.head  # "a teacher accused of ... took a plea deal": what the subject is accused of
        elif v.dep_ == "pcomp" and v.head.dep_ == "prep":
            v = v.head.head  # "after falling": the clause hangs on the verb through its preposition
        else:
            return v.dep_ == "ccomp" and v.head.dep_ == "ROOT" and v.head.lower_ in _SPEECH_VERBS
    return False


def _introduces(tok: Token) -> str | None:
    """How the noun phrase brings someone new into the story: ``"one"`` for one person ("a guard",
    "a two-year-old boy"), ``"tied"`` for people tied to someone already there ("his parents",
    "three of her students"), ``"group"`` for a bare plural the event is done to ("apologised to
    supporters", "arrested protesters"); None for a phrase that points back ("the guard", "this
    man") or to people at large as the ones acting ("drivers say", "many fans"). A noun the story
    opens on with a pointing word ("This parrot can ...", ``OPENING_POINTERS``) is one being brought in."""
    if tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.i == 0 and c.lower_ in OPENING_POINTERS for c in tok.children
    ):
        return "one"
    if any(c.dep_ in ("det", "predet") and c.lower_ not in _INTRO_DETS for c in tok.children):
        return None
    if tok.tag_ == "NN" and any(c.dep_ == "det" for c in tok.children):
        return "one"
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
        return "tied"
    if (
        tok.tag_ == "NNS"
        and tok.dep_ in ("dobj", "pobj")
        and not any(c.dep_ in ("det", "amod", "nummod") for c in tok.children)
    ):
        return "group"
    return None


def _unnamed_name(tok: Token) -> str:
    """The noun phrase as written, without its determiner or possessive pronoun and without what
    follows the noun: "a two-year-old boy" -> "two-year-old boy", "the toddler's mother"."""
    lefts = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nummod", "nmod", "npadvmod", "poss")]
    start = min((min(t.i for t in c.subtree) for c in lefts), default=tok.i)
    toks = list(tok.doc[start : tok.i + 1])
    while toks and (
        toks[0].dep_ in ("det", "predet", "punct", "case")
        or toks[0].tag_ in ("PRP$", "DT", "WP$")
        or toks[0].lower_ in UNNAMED_DROPS
    ):
        toks.pop(0)
    return _clean_text(toks)


def _lede_speaker(tok: Token, sent: int) -> bool:
    """Someone brought in as "a X" who speaks as the subject of the first sentence's own verb ("A
    hospital porter has spoken of ...", "A farmer alleges ..."): the person the story is
    about, though saying is no act elsewhere."""
    return (
        sent == 0
        and tok.dep_ == "nsubj"
        and tok.head.dep_ == "ROOT"
        and tok.head.lower_ in _SPEECH_VERBS
        and any(c.dep_ == "det" and c.lower_ in _INTRO_DETS for c in tok.children)
    )


def _named_nouns(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Common nouns the story attaches to a named person: the title right before the name
    ("bikini model Ana Lee") or an apposition after it ("Ana Lee, 35, a teacher"); such a noun
    stands for that person, not for someone unnamed."""
    out: set[str] = set()
    for p in parsed:
        doc = p.doc
        for ent in _ents(doc):
            if ent.label_ != "PERSON":
                root = ent.root
                if ent.label_ in _LABELS and root.dep_ == "appos" and root.head.tag_ in ("NN", "NNS"):
                    # "the woman, Ana Lee", her name taken for a body's: the noun is her
                    out.add(root.head.lemma_.lower())
                continue
            k = ent.start - 1
            while (
                k >= 0 and doc[k].is_alpha and not doc[k].ent_type_ and (doc[k].is_lower or doc[k].is_title)
            ):
                if doc[k].lower_ in ("the", "a", "an", "and", "of", "by", "to", "with", "for", "said"):
                    break
                out.add(doc[k].lower_)
                k -= 1
                if doc[k + 1].is_lower and k >= 0 and not doc[k].is_lower:
                    break
            root = ent.root
            if doc.has_annotation("DEP"):
                # "his girlfriend, bikini model Ana Lee", "Ana Lee, his lawyer": the noun in apposition
                if root.dep_ == "appos" and root.head.tag_ in ("NN", "NNS"):
                    out.add(root.head.lemma_.lower())
                out.update(
                    c.lemma_.lower() for c in root.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNS")
                )
            if ent.end < len(doc) and doc[ent.end].text == ",":
                for t in doc[ent.end + 1 : ent.end + 8]:
                    if (t.text in (",", ";", ".") and t.i > ent.end + 3) or t.pos_ in ("VERB", "AUX"):
                        break  # (an apposition ends where the clause's verb comes: "Ana Lee, 42, hit ...")
                    out.add(t.lower_)
    return out


def _named_next(parsed: Sequence[ParsedSentence]) -> bool:
    """The second sentence brings in a new person by name as its subject: the one the first
    sentence described ("A young woman has shared ... Ana Lee, 22, detailed ...")."""
    if len(parsed) < 2 or not parsed[1].doc.has_annotation("DEP"):
        return False
    first = parsed[0].text
    return any(
        e.label_ == "PERSON" and _base(e.root).dep_ in ("nsubj", "nsubjpass") and e.text not in first
        for e in _ents(parsed[1].doc)
    )


def _unnamed_clusters(parsed: Sequence[ParsedSentence], named: list[_Cluster]) -> list[_Cluster]:
    """People the story never names, yet who act or are acted upon in the main event of its first
    sentence: a common noun of ``PERSON_NOUNS`` brought in as one person ("a guard was shot") or as
    someone's ("after his parents dropped him"), then followed through the lede (its agent and
    patient parts) and the rest of the story (mentions of the same noun). A noun that stands for a
    named actor (its title, its apposition, a word of its name or role, a person named in the very
    next sentence) or that is too vague (``VAGUE_PERSON_NOUNS``) is left out."""
    attached = _named_nouns(parsed)
    named_words = {w.lower() for c in named for n in (c.name, *c.aliases) for w in n.split()}
    role_words = {w.lower() for c in named for m in c.mentions if m.role for w in m.role.split()}
    named_words.update(role_words)
    # a named person's role that names a body ("police Officer Ana Lee", "council leader Ivo Lenz")
    # makes the person one of that body, not the body: the body the story follows unnamed ("police
    # said") is still an actor (the person still stands for "the officer")
    member_words = {w for w in role_words if w in GROUP_FAMILIES or w.removesuffix("s") in GROUP_FAMILIES}
    group_taken = {w for c in named for n in (c.name, *c.aliases) for w in n.lower().split()}
    # a named force by its own kind of name ("Kelby Constabulary", "Norden CID") is the body
    # the story's "police" stand for
    forces = {
        FORCE_NAME_HEADS[c.name.split()[-1].lower()]
        for c in named
        if c.name.split()[-1].lower() in FORCE_NAME_HEADS
    }
    group_taken |= forces
    named_words |= forces
    # the words of named actors that are no places: a noun they qualify names their people
    body_words = {
        w.lower()
        for c in named
        if _label(c) not in ("GPE", "LOC")
        for n in (c.name, *c.aliases)
        for w in n.split()
    } | role_words
    group_taken |= role_words - member_words
    found: dict[str, _Cluster] = {}
    forms: dict[str, set[str]] = {}
    for p in parsed[:_LEDE]:
        doc = p.doc
        if not doc.has_annotation("DEP"):
            continue
        for tok in doc:
            if tok.tag_ not in ("NN", "NNS") or tok.ent_type_:
                continue
            lemma = tok.lemma_.lower()
            speaker = _lede_speaker(tok, p.index)
            if (lemma not in _LEDE_NOUNS and not (speaker and lemma in PERSON_KIND_NOUNS)) or (
                lemma in VAGUE_PERSON_NOUNS
            ):
                continue
            if {lemma, tok.lower_} & (attached | named_words):
                continue
            if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in tok.children) or (
                tok.dep_ in ("appos", "compound") and tok.head.ent_type_ == "PERSON"
            ):
                continue
            if {c.lower_ for c in tok.children if c.dep_ == "compound"} & body_words:
                continue  # "Acme police officers" are Acme Police (a "Kelby judge" is from a place)
            agent, patient, main = _unnamed_part(tok)
            if speaker:
                agent = main = True
            cl = found.get(lemma)
            if cl is None:
                if p.index > 0 or not (main and (agent or patient)) or not _introduces(tok):
                    continue
                name = _unnamed_name(tok)
                if not name:
                    continue
                cl = found[lemma] = _Cluster(name=name, lead=True)
                forms[lemma] = {lemma, tok.lower_}
            forms[lemma].add(tok.lower_)
            cl.mentions.append(
                _Mention(name=cl.name, label=_UNNAMED, sent=p.index, agent=agent, patient=patient)
            )
            cl.labels[_UNNAMED] += 1
    if _named_next(parsed):
        # "A young woman has shared ... Ana Lee, 22, said": the person named next; someone else the
        # lede already follows unnamed ("the victim") is still an actor
        skip = attached | named_words | set(found) | set(GROUP_FAMILIES)
        # (or one the story follows acting or acted upon in sentence after sentence)
        recurring = [
            c
            for c in _recurring_unnamed(parsed, skip)
            if c.first < _LEDE or sum(m.agent or m.patient for m in c.mentions) >= RECURRING_ACTS
        ]
        shown = _shown_clusters(parsed, skip | {w.lower() for c in recurring for w in c.name.split()})
        named_groups = _group_clusters(parsed, group_taken)
        returning = _returning_bodies(parsed, attached | named_words)
        group_words = {
            w.lower() for c in (*named_groups, *recurring, *shown, *returning) for w in c.name.split()
        }
        lede = _lede_groups(parsed, skip - _PEOPLE_FAMILIES | group_words)
        return named_groups + recurring + shown + returning + lede
    for lemma, cl in found.items():
        for p in parsed[_LEDE:]:
            if any(
                low in forms[lemma] and not p.doc[i].ent_type_ for i, low in enumerate(_token_lowers(p.doc))
            ):
                cl.mentions.append(_Mention(name=cl.name, label=_UNNAMED, sent=p.index))
    taken = named_words | set(found) | {w.lower() for c in found.values() for w in c.name.split()}
    # people the lede brought in may go on under other plurals ("three pupils" ... "the boys")
    groups = _group_clusters(parsed, taken - (member_words - group_taken), people=not found)
    recurring = _recurring_unnamed(parsed, attached | named_words | set(found) | set(GROUP_FAMILIES))
    bodies = _returning_bodies(parsed, attached | named_words | set(found))
    shown = _shown_clusters(parsed, taken | attached | {w.lower() for c in recurring for w in c.name.split()})
    group_words = {w.lower() for c in (*groups, *recurring, *shown, *bodies) for w in c.name.split()}
    lede = _lede_groups(parsed, taken | attached | group_words | set(GROUP_FAMILIES) - _PEOPLE_FAMILIES)
    return list(found.values()) + groups + recurring + shown + bodies + lede


def _shown_person(doc: Doc) -> Token | None:
    """The unnamed person a recording shows in this sentence ("a video showed a cyclist
    swerving", "CCTV captured a cashier handing over ..."): the object of a verb of showing whose
    subject is a recording, or the subject of the clause it shows."""
    for verb in doc:
        if verb.lemma_.lower() not in SHOWING_VERBS or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in SHOWING_NOUNS for c in verb.children):
            continue
        for c in verb.children:
            cands = [c] if c.dep_ == "dobj" else []
            if c.dep_ in ("ccomp", "xcomp"):
                cands = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            for t in cands:
                lemma = t.lemma_.lower()
                if (
                    t.tag_ == "NN"
                    and not t.ent_type_
                    and (lemma in PERSON_KIND_NOUNS or lemma in RIDER_NOUNS)
                    and lemma not in VAGUE_PERSON_NOUNS
                ):
                    return t
    return None


def _shown_clusters(parsed: Sequence[ParsedSentence], skip: set[str]) -> list[_Cluster]:
    """The one unnamed person the story's recording shows (``_shown_person``), followed through the
    story by the same noun; none when the noun stands for a named actor or one already found."""
    for p in parsed:
        if not p.doc.has_annotation("DEP"):
            continue
        tok = _shown_person(p.doc)
        if tok is None:
            continue
        lemma = tok.lemma_.lower()
        name = _unnamed_name(tok)
        if not name or {lemma, tok.lower_} & skip or any(w.lower() in skip for w in name.split()):
            return []
        if _AGE_EPITHET.search(name) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return []  # "the 31-year-old striker": a named player called by age and position
        cl = _Cluster(name=name, lead=True)
        for q in parsed:
            agent = q.index == p.index
            if agent or any(t.lemma_.lower() == lemma and t.tag_ == "NN" and not t.ent_type_ for t in q.doc):
                cl.mentions.append(_Mention(name=name, label=_UNNAMED, sent=q.index, agent=agent))
                cl.labels[_UNNAMED] += 1
        return [cl]
    return []


def _lede_group_part(tok: Token) -> bool:
    """A plural with a part in an event of the lede: ``_unnamed_part``'s agent or patient of a verb, or
    the people a verb is aimed at ("hurled eggs at stewards", ``GROUP_TARGET_PREPS``); not of a verb
    that only says what another act was for ("queued to see patients")."""
    agent, patient, _ = _unnamed_part(tok)
    head = tok.head
    verb = head.head if tok.dep_ == "pobj" else head
    if (
        verb.dep_ in ("xcomp", "advcl")
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return False  # "waiting to hand over patients": the purpose of another act, not an event of its own
    return (
        agent
        or patient
        or (tok.dep_ == "pobj" and head.lower_ in GROUP_TARGET_PREPS and head.head.pos_ == "VERB")
    )


def _lede_groups(parsed: Sequence[ParsedSentence], taken: set[str]) -> list[_Cluster]:
    """People in the plural the story is about though it never names them: a plural of a person kind
    (``PERSON_KIND_NOUNS``, from WordNet) with a part in an event of the first sentence
    (``_lede_group_part``), written again in ``LEDE_GROUP_MENTIONS`` sentences of the story ("hurled
    eggs at stewards ... the stewards ..."). Not people counted in figures ("1,200 drivers"), a
    person's ("his supporters"; a side's or a body's are, ``GROUP_POSSESSORS``), some of a kind
    ("some parents") or people at large (``VAGUE_PERSON_NOUNS``)."""
    if not parsed or not parsed[0].doc.has_annotation("DEP"):
        return []
    out: list[_Cluster] = []
    for tok in parsed[0].doc:
        lemma, low = tok.lemma_.lower(), tok.lower_
        if (
            tok.tag_ != "NNS"
            or tok.ent_type_
            or lemma not in PERSON_KIND_NOUNS
            or lemma in VAGUE_PERSON_NOUNS | GENERIC_PEOPLE | GENERAL_PLURALS
            or {lemma, low} & taken
            or any(c.dep_ == "poss" and c.lower_ not in GROUP_POSSESSORS for c in tok.children)
            or any(c.dep_ == "det" and c.lower_ != "the" for c in tok.children)  # "some parents"
            or _counted(tok)
            or any(
                c.dep_ == "nummod" and any(ch.isdigit() for t in c.subtree for ch in t.text)
                for c in tok.children
            )
            or not _lede_group_part(tok)
        ):
            continue
        sents = [p.index for p in parsed if low in _token_lowers(p.doc)]
        if len(sents) < LEDE_GROUP_MENTIONS:
            continue
        cl = _Cluster(name=low, lead=True)
        for k in sents:
            cl.mentions.append(_Mention(name=low, label=_UNNAMED, sent=k, agent=k == 0))
        cl.labels[_UNNAMED] += len(sents)
        taken |= {lemma, low}
        out.append(cl)
    return out


def _group_part(tok: Token) -> tuple[bool, bool]:
    """(agent, patient) of a group noun: the subject of any verb, saying included ("police said"),
    the agent of a passive, the source of "according to"; or what ``_unnamed_part`` calls a patient."""
    t = _base(tok)
    if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX"):
        return True, False
    if t.dep_ == "pobj" and t.head.head.lower_ in GROUP_SOURCE_WORDS:
        return True, False
    agent, patient, _ = _unnamed_part(tok)
    return agent, patient


def _group_family(tok: Token) -> str | None:
    """The actor a common noun may stand for: its body in ``GROUP_FAMILIES`` ("officers" -> police)
    or, for people in the plural ("students", "migrants"), the noun itself."""
    lemma = tok.lemma_.lower()
    if tok.ent_type_ or tok.tag_ not in ("NN", "NNS"):
        return None
    if tok.tag_ == "NNS" and lemma in GENERAL_PLURALS:
        # "jobless people": people named by what sets them apart are a group of their own
        kind = next(
            (c.lower_ for c in tok.children if c.dep_ == "amod" and c.lower_ in GROUP_ADJECTIVES), None
        )
        return f"{kind} {tok.lower_}" if kind else None
    family = GROUP_FAMILIES.get(lemma)
    if family is not None:
        return family if tok.tag_ == "NNS" or lemma == family else None  # "an officer": one person
    if tok.tag_ == "NNS" and lemma in PEOPLE_SYNONYMS:
        return PEOPLE_SYNONYMS[lemma]  # "the demonstrators": the protesters again
    if tok.tag_ == "NNS" and lemma in PERSON_NOUNS and lemma not in VAGUE_PERSON_NOUNS | GENERIC_PEOPLE:
        return lemma
    return None


def _counted(tok: Token) -> bool:
    """A group given as a count in figures ("12,500 voters", "a third of 8% of tenants"): what the
    story counts, not who acts."""
    if any(c.dep_ == "nummod" and any(ch.isdigit() for ch in c.text) for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        owner = tok.head.head
        return owner.like_num or owner.text == "%" or any(c.text == "%" for c in owner.children)
    return False


def _group_clusters(parsed: Sequence[ParsedSentence], taken: set[str], people: bool = True) -> list[_Cluster]:
    """Bodies and groups the story follows by a common noun alone: a body of ``GROUP_FAMILIES``
    ("police", "prosecutors", "the council") acting in at least two sentences, or people in the
    plural ("students", "passengers") met in ``GROUP_PEOPLE_MENTIONS`` sentences and acting or acted
    upon in two. The words of one body are one actor, named by the word the story uses most for it.
    A group one of whose words belongs to a named actor ("Norden Police") or to someone the lede
    brought in is left out, and so are people when the lede brought any in (``people`` False): they
    may go on under other plurals. A body whose spokesman speaks (``BODY_VOICE_NOUNS``), met acting
    or acted upon in one more sentence, counts as acting twice."""
    acts: dict[str, dict[int, _Mention]] = {}
    voiced: set[str] = set()  # bodies whose spokesman speaks
    met: dict[str, set[int]] = {}
    words: dict[str, Counter[str]] = {}
    for p in parsed:
        doc = p.doc
        if not doc.has_annotation("DEP"):
            continue
        for tok in doc:
            family = _group_family(tok)
            if family is None:
                continue
            met.setdefault(family, set()).add(p.index)
            word = family if " " in family else tok.lower_  # (a group named by two words keeps both)
            words.setdefault(family, Counter())[word] += 0
            if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "the") for c in tok.children):
                continue  # "his supporters", "a council", "some officials"
            if _counted(tok):
                continue  # "12,500 voters queued", "8% of tenants": a statistic, not an actor
            agent, patient = _group_part(tok)
            if (
                tok.dep_ == "compound"
                and tok.head.lemma_.lower() in BODY_VOICE_NOUNS
                and _group_part(tok.head)[0]
            ):
                agent = True  # "a police spokeswoman added": the body speaks through her
                voiced.add(family)
            if not (agent or patient):
                continue
            seen = acts.setdefault(family, {})
            if p.index not in seen:
                seen[p.index] = _Mention(
                    name=family, label=_UNNAMED, sent=p.index, agent=agent, patient=patient
                )
            words[family][word] += 1
    out: list[_Cluster] = []
    for family, seen in acts.items():
        members = {w for w, f in (*GROUP_FAMILIES.items(), *PEOPLE_SYNONYMS.items()) if f == family}
        members |= {family} | set(words[family])
        agents = sum(m.agent for m in seen.values())
        body = family in GROUP_FAMILIES.values()
        if body and family in voiced and len(seen) >= 2:
            agents = max(agents, 2)  # the body speaks through its spokesman and acts elsewhere too
        if members & taken or agents < (2 if body else GROUP_PEOPLE_ACTS) or not (body or people):
            continue
        if not body:
            for p in parsed:  # an unparsed sentence still counts as a mention of the word
                if any(low in words[family] for low in _token_lowers(p.doc)):
                    met[family].add(p.index)
            if len(seen) < 2 or len(met[family]) < GROUP_PEOPLE_MENTIONS:
                continue
        # "police" when the story uses the word at all ("officers ... police said"), else its commonest
        name = family if family in words[family] else words[family].most_common(1)[0][0]
        mentions = [seen.get(k) or _Mention(name=name, label=_UNNAMED, sent=k) for k in sorted(met[family])]
        # people met in sentence after sentence rank with the named actors; a body fills a free place
        cl = _Cluster(name=name, mentions=mentions, lead=not body and len(met[family]) >= GROUP_PEOPLE_LEAD)
        for m in cl.mentions:
            m.name = name
        cl.labels[_UNNAMED] += len(cl.mentions)
        out.append(cl)
    return out


def _the(lemma: str) -> str:
    """What must stand before a noun for a mention of the one unnamed actor: "the" before a person
    noun ("the gunman"), nothing before a body ("police", "the government")."""
    return "" if lemma in UNNAMED_BODY_NOUNS else "the "


def _before(lemma: str) -> str:
    """A pattern for what stands before a mention of the one unnamed actor: ``_the``, or for
    someone's kin or victim a possessive too ("his father", "the boy's father")."""
    if lemma in POSSESSED_PERSON_NOUNS:
        return r"(?:\b(?:the|his|her|their)|['\u2019]s)\s+"
    return rf"\b{_the(lemma)}"


def _recurring_unnamed(parsed: Sequence[ParsedSentence], skip: set[str]) -> list[_Cluster]:
    """Someone the story never names yet keeps following as "the X": the agent or patient of a verb
    in at least two sentences and met in at least three ("the gunman fled ... police shot the
    gunman"); or a body it never names, as "police" or "the army" (``UNNAMED_BODY_NOUNS``),
    which also acts by speaking ("police said"). An animal the story follows the same way ("the fox
    ... the fox", ``ANIMAL_NOUNS``) counts as a person noun does. A noun the lede already brought in,
    or one that stands for a named actor ("Velmar Police" named), is in ``skip``."""
    parts: dict[str, list[_Mention]] = {}
    for p in parsed:
        doc = p.doc
        if not doc.has_annotation("DEP"):
            continue
        for tok in doc:
            lemma = tok.lemma_.lower()
            body = lemma in UNNAMED_BODY_NOUNS and tok.tag_ in ("NN", "NNS")
            if (
                (tok.tag_ != "NN" and not body)
                or tok.ent_type_
                or (lemma not in PERSON_NOUNS and lemma not in ANIMAL_NOUNS and not body)
                or {lemma, tok.lower_} & skip
                # "the gunman"; a body also bare ("police said") but not "a council", "his army";
                # someone's kin or victim also as "his father", "the boy's father"
                or not (
                    any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                    or (body and not any(c.dep_ in ("det", "poss") for c in tok.children))
                    or (lemma in POSSESSED_PERSON_NOUNS and any(c.dep_ == "poss" for c in tok.children))
                )
            ):
                continue
            agent, patient, _ = _unnamed_part(tok)
            # a body that speaks acts too ("police said ..."): its statements are its acts; so does
            # someone's kin or victim, a source of the story ("the girl's uncle said"; "the father
            # said" alone is often the story's named parent again)
            owned = lemma in POSSESSED_PERSON_NOUNS and any(c.dep_ == "poss" for c in tok.children)
            speaks = body or owned
            agent = agent or (speaks and _base(tok).dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"))
            if (agent or patient) and all(m.sent != p.index for m in parts.get(lemma, [])):
                parts.setdefault(lemma, []).append(
                    _Mention(name=lemma, label=_UNNAMED, sent=p.index, agent=agent, patient=patient)
                )
    out: list[_Cluster] = []
    for lemma, acted in sorted(parts.items()):
        if len(acted) < 2:
            continue
        seen = {m.sent for m in acted}
        more = [
            _Mention(name=lemma, label=_UNNAMED, sent=p.index)
            for p in parsed
            if p.index not in seen and re.search(rf"{_before(lemma)}{re.escape(lemma)}s?\b", p.text, re.I)
        ]
        if len(acted) + len(more) >= 3:
            cl = _Cluster(name=lemma, mentions=sorted(acted + more, key=lambda m: m.sent))
            cl.labels[_UNNAMED] += len(cl.mentions)
            out.append(cl)
    return out


def _returning_bodies(parsed: Sequence[ParsedSentence], skip: set[str]) -> list[_Cluster]:
    """A body the story never names, brought in by its kind in the lede ("a removal company",
    ``ORG_HEADS`` after a lower-case word of its trade) and met again later as "the" same body
    doing or undergoing something ("... was filmed by the removal company"): an actor."""
    seen: dict[str, list[_Mention]] = {}
    kinds = (
        (p.index, p.doc[i])
        for p in parsed
        if p.doc.has_annotation("DEP")
        for i, low in enumerate(_token_lowers(p.doc))
        if low in ORG_HEADS
    )
    for sent, tok in kinds:
        trade = [c for c in tok.children if c.dep_ == "compound" and c.is_lower and c.is_alpha]
        det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
        if tok.tag_ != "NN" or tok.ent_type_ or len(trade) != 1 or det not in ("a", "an", "the"):
            continue
        key = f"{trade[0].lower_} {tok.lower_}"
        if key in skip or trade[0].lower_ in skip:
            continue
        agent, patient, _ = _unnamed_part(tok)
        agent = agent or (tok.dep_ == "pobj" and tok.head.lower_ == "by")  # "released -- by the X"
        ms = seen.setdefault(key, [])
        if not ms and (det == "the" or sent >= _LEDE):
            del seen[key]  # brought in as "a X" in the lede, or not at all
            continue
        if all(m.sent != sent for m in ms):
            ms.append(_Mention(name=key, label=_UNNAMED, sent=sent, agent=agent, patient=patient))
    out: list[_Cluster] = []
    for key, ms in sorted(seen.items()):
        if len(ms) >= 2 and any(m.agent or m.patient for m in ms[1:]):
            cl = _Cluster(name=key, mentions=ms)
            cl.labels[_UNNAMED] += len(ms)
            out.append(cl)
    return out


def _count_short_references(parsed: Sequence[ParsedSentence], clusters: list[_Cluster]) -> None:
    """A named body that the story goes on calling by its common noun ("Norden Police" ... "police
    said", "Harlow Council" ... "the council") gets those sentences as mentions, when it is the
    only named body of that noun (``SHORT_REFERENCE_HEADS``)."""
    by_head: dict[str, list[_Cluster]] = {}
    for c in clusters:
        words = c.name.split()
        if len(words) > 1 and words[-1].lower() in SHORT_REFERENCE_HEADS and _label(c) == "ORG":
            by_head.setdefault(words[-1].lower(), []).append(c)
    for head, owners in by_head.items():
        if len(owners) != 1:
            continue
        c = owners[0]
        if all(m.owned for m in c.mentions):
            continue  # named only as part of a title or a thing ("Harbour Court Judge Ann Vell")
        seen = {m.sent for m in c.mentions}
        for p in parsed:
            if p.index in seen:
                continue
            if any(
                low == head and (p.doc[i].is_lower or i == 0) and not p.doc[i].ent_type_
                for i, low in enumerate(_token_lowers(p.doc))
            ):
                c.mentions.append(_Mention(name=c.name, label="ORG", sent=p.index))


def _opening_pronoun(p: ParsedSentence) -> str | None:
    """The sex of the subject pronoun a sentence of the narration opens with ("He later resigned",
    "She has denied ..."): "m" or "f"; None for any other opening, a quote's included (its "he"
    is the speaker's, who may mean someone else)."""
    doc = p.doc
    if not len(doc):
        return None
    return SUBJECT_PRONOUNS.get(doc[0].text)


def _count_pronoun_references(parsed: Sequence[ParsedSentence], clusters: list[_Cluster]) -> None:
    """A person the story goes on calling "he" or "she": a sentence that opens with that pronoun and
    names nobody, right after a sentence that names one person alone (or after another such
    sentence about the same person), is a mention of that person, who acts in it (the pronoun is a
    subject). A person of the other sex (by a courtesy title or the pronoun after the full name),
    or a sentence naming two people, gives no such mention."""
    # (a full name: a lone word tagged a person is often a thing, "a French Maid outfit")
    people = [c for c in clusters if _label(c) == "PERSON" and len(c.name.split()) > 1]
    by_sent: dict[int, list[_Cluster]] = {}
    for c in clusters:
        for m in c.mentions:
            if not m.credit and not m.caption and c not in by_sent.get(m.sent, []):
                by_sent.setdefault(m.sent, []).append(c)
    last: _Cluster | None = None
    for p in parsed:
        named = by_sent.get(p.index, [])
        sex = _opening_pronoun(p)
        if named or sex is None:
            last = named[0] if len(named) == 1 and named[0] in people else None
            continue
        if last is None:
            continue
        sexes = {m.sex for m in last.mentions if m.sex}
        if sexes and sexes != {sex}:
            last = None
            continue
        last.mentions.append(_Mention(name=last.name, label="PERSON", sent=p.index, agent=True))


def _spells(acronym: str, words: Sequence[str]) -> bool:
    """``words`` spell ``acronym`` by their initials, each word giving its first letter or, when
    hyphened, each part's ("lightning-induced" gives L or LI); a small word may give none."""
    if not words:
        return not acronym
    word = words[0]
    rest = words[1:]
    parts = [q for q in word.split("-") if q]
    spellings = {parts[0][:1].upper(), "".join(q[:1] for q in parts).upper()} if parts else set()
    if word.lower() in ACRONYM_SKIPPED_WORDS and _spells(acronym, rest):
        return True
    return any(acronym.startswith(sp) and _spells(acronym[len(sp) :], rest) for sp in spellings if sp)


def _common_spelling(acronym: str, words: Sequence[str]) -> bool:
    """Some last words of ``words`` spell ``acronym``, and every one of them after the first is in
    lower case (the first may open the sentence): the acronym stands for a thing."""
    for k in range(len(words) - 1, -1, -1):
        run = words[k:]
        if _spells(acronym, run) and run[0].lower() not in ACRONYM_SKIPPED_WORDS:
            return all(not w[:1].isupper() for w in run[1:]) and (run[0][:1].islower() or k == 0)
    return False


_WORDS_RE = re.compile(r"[A-Za-z][\w'&-]*")


def _spelled_out_things(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Acronyms the story spells out in common words beside them: "a cabin service unit (CSU)",
    "CSU (cabin service unit)", "slow wave sleep, shortened to SWS" (``ACRONYM_LINKS``). They name
    things, where a body is spelled out in capitals ("Office of Fair Trading (OFT)")."""
    links = "|".join(re.escape(w) for w in ACRONYM_LINKS)
    out: set[str] = set()
    for p in parsed:
        text = p.text
        for m in re.finditer(rf"\b({ACRONYM_PATTERN})\b", text):
            acr = m.group(1)
            before = text[: m.start()]
            # the words before "(ACR)" or before a link to it, back to the clause's start
            link = re.search(rf"(?:\(\s*|,?\s+(?:{links})\s+)$", before)
            if link:
                clause = re.split(r"[.;:,()\"\u201c\u201d]", before[: link.start()])[-1]
                words = _WORDS_RE.findall(clause)[-(len(acr) + 3) :]
                if words and _common_spelling(acr, words):
                    out.add(acr)
                    continue
            after = re.match(r"\s*\(([^()]*)\)", text[m.end() :])
            if after:
                words = _WORDS_RE.findall(after.group(1))
                if words and _spells(acr, words) and all(w.lower() == w for w in words):
                    out.add(acr)
        if not p.doc.has_annotation("DEP"):
            continue
        for t in (p.doc[i] for i, w in enumerate(_token_texts(p.doc)) if _ACRONYM_RE.fullmatch(w)):
            if t.dep_ != "compound" and any(
                c.dep_ in ("det", "poss") and c.lower_ in ACRONYM_COMMON_DETS for c in t.children
            ):
                out.add(t.text)  # "their GP", "an ECG": a common noun
    return out


def _titles(parsed: Sequence[ParsedSentence], title: str = "") -> set[str]:
    """Names the story uses as titles of works: tagged WORK_OF_ART with its "The", or right after a
    noun for a work ("the 1962 film X", "the hit X", "his character X"). A title is no actor, even
    when the recogniser tags it a person or a body elsewhere."""
    out: set[str] = set()
    sport = _sport_story(parsed)
    for p in parsed:
        doc = p.doc
        acting = {(b.start, b.end) for b in _acting_works(doc, title, sport)}
        for e in _ents(doc):
            if (e.start, e.end) in acting:
                continue
            k = e.start - 1
            while k >= 0 and (doc[k].like_num or doc[k].text in ("'s", "\u2019s", *_OPEN_QUOTES)):
                k -= 1
            # the recogniser's WORK_OF_ART alone also falls on people; "The ..." is a title's shape
            titled = e.label_ == "WORK_OF_ART" and len(e) > 2 and e[0].lower_ == "the"
            # the tail of a hyphened word is no noun for a work ("the storm-hit Kelby Hospital")
            work_noun = k >= 0 and doc[k].lower_ in WORK_NOUNS and not (k > 0 and doc[k - 1].text == "-")
            if titled or work_noun:
                out.add(_title_key(e.text))
    return out


def _eponym_diseases(parsed: Sequence[ParsedSentence]) -> set[str]:
    """Names the story writes only as the first word of a disease's name ("Vell's syndrome",
    "Darrow lymphoma", ``DISEASE_HEADS`` after the name or its possessive): a disease, never an
    actor. A name also written without such a noun after it is left out."""
    before: set[str] = set()
    other: set[str] = set()
    for p in parsed:
        doc = p.doc
        for e in _ents(doc):
            j = e.end
            if j < len(doc) and doc[j].text in ("'s", "\u2019s", "'", "\u2019"):
                j += 1
            name = e.text.removesuffix("'s").removesuffix("\u2019s")
            if j < len(doc) and doc[j].lower_ in DISEASE_HEADS:
                before.update((name, name.rstrip("s")))
            else:
                other.add(name)
    return before - other


def _title_key(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip(" " + QUOTE_MARKS).lower())


def _floor(name: str, label: str) -> float:
    """The score an actor needs to be shown: a body named by its kind ("Kelby Trust", "Ostrow
    Department of Roads") keeps a free place on a lower score than another name."""
    return ORG_HEAD_FLOOR if label == "ORG" and name.split()[-1].lower() in ORG_HEADS else 1.0


def _ranked(
    title: str,
    parsed: Sequence[ParsedSentence],
    captions: Sequence[ParsedSentence] = (),
    outlets: Container[str] = (),
) -> list[tuple[float, _Cluster]]:
    """Every candidate actor with its score, best first (ties keep first-mention order);
    ``captions`` (the captions the parse cut off, numbered as the sentence each was cut from) tell
    who a name is as the body's sentences do (its full name, its type), and add weight to the
    actors the body names (``CAPTION_WEIGHT``); a name only a caption gives is no actor."""
    mentions, acronyms = _mentions(parsed, title, captions, outlets)
    clusters = _fold_norp(_cluster(mentions, acronyms))
    _count_short_references(parsed, clusters)
    _count_pronoun_references(parsed, clusters)
    clusters += _unnamed_clusters(parsed, clusters)
    n = max(1, len(parsed))
    title_l = title.lower()
    works = _titles(parsed, title)
    things = _spelled_out_things(parsed)
    diseases = _eponym_diseases(parsed)
    scored: list[tuple[float, _Cluster]] = []
    free: set[int] = set()  # actors that only fill a free place
    for c in clusters:
        if c.name in things:
            continue  # "a cabin service unit (CSU)": an acronym spelled out in common words is a thing
        if diseases and all(a in diseases for a in (c.name, *c.aliases)):
            continue  # "Vell's syndrome", "Darrow lymphoma": a disease named after someone, not an actor
        if works and any(_title_key(a) in works for a in (c.name, *c.aliases)):
            continue  # "starred in the 1963 film The Long Road": a work, not an actor
        real = [m for m in c.mentions if not m.credit and not m.caption]
        cut_off = [m for m in c.mentions if not m.credit and m.caption]  # in a caption cut off
        owned = all(m.owned for m in (*real, *cut_off))  # (a caption may tell it is no thing)
        if not real or owned or all(m.example and not m.agent for m in real):
            continue  # (or every mention is a thing someone owns: "his black Marlo Vista")
        lab = _label(c)
        if any(m.settlement for m in real) and lab != "NORP":
            continue  # "the town of X": a setting, even as the subject of a sentence
        agents: float = sum(m.agent or m.governs for m in real)  # a league's board and fines are its acts
        # a caption's mention and its act count for less than the body's
        agents += CAPTION_WEIGHT * sum(m.agent or m.governs for m in cut_off)
        topics = sum(m.topic for m in real)
        if lab == "GPE" and not agents and topics:
            agents = 1  # a country whose situation the story reports ("In Chad, prices have fallen")
        elif lab == "GPE" and (not agents or (len(real) == 1 and c.first >= _LEDE)):
            continue  # a place that never acts, or a country named once in passing after the lede
        if (
            lab == "ORG"
            and not agents
            and c.name.split()[-1].lower() in COMPETITION_HEADS
            and not any(m.governs for m in real)
        ):
            continue  # "the Premier League" as the competition played in, not the body that rules
        if lab == "ORG" and not agents and all(m.location for m in real):
            continue
        if lab == "NORP" or (lab == "NORP_GROUP" and not agents):
            continue
        if (
            lab == "PERSON"
            and len(c.name.split()) == 1
            and len(real) < 3
            and not any(m.listed or m.titled for m in real)
            and not (len(real) == 2 and any(m.agent or m.speaks for m in real))
            # (a caption that names it again says it is a name: it counts here as the body's)
            and not (len(real) + len(cut_off) >= 2 and any(m.agent for m in (*real, *cut_off)))
        ):
            # people are introduced by full name; a lone single word is usually a tagging error,
            # unless the story comes back to it and it acts ("Ruiz said ... Ruiz added")
            continue
        in_title = any(has_word(a.lower(), title_l) for a in (c.name, *c.aliases))
        patients = sum(m.patient for m in real) + CAPTION_WEIGHT * sum(m.patient for m in cut_off)
        score = (
            len(real)
            + CAPTION_WEIGHT * len(cut_off)
            + 1.5 * min(agents, 3)
            + 0.75 * min(patients, 2)
            + 2.0 * in_title
            + 3.0 * (1 - c.first / n)
        )
        if any(m.role for m in real):
            score += 0.5
        if len(real) == 1 and not agents and not patients and not in_title:
            score -= 1.5
        if not agents and not patients and any(m.opening for m in real) and score < _floor(c.name, lab):
            # the opening subject of a sentence read without a parse, too weak to be kept otherwise:
            # it acts there, and fills a free place
            score += 1.5 + 1.5 * (len(real) == 1 and not in_title)
            free.add(id(c))
        scored.append((score, c))
    # an unnamed actor of the lede's main event ranks by its score; any other only fills a free place
    scored.sort(
        key=lambda x: (
            id(x[1]) in free or (_label(x[1]) == _UNNAMED and not (x[1].lead and len(x[1].mentions) > 1)),
            -x[0],
        )
    )
    return _merge_short_forms(scored, clusters, parsed)


def _name_words(name: str) -> list[str]:
    """A name's words for comparing two forms of it: lower case, quotes off ("Van Gaal" is "van Gaal")."""
    words = [w.strip(QUOTE_MARKS).lower() for w in name.split()]
    return [w for w in words if w]


def _short_form_of(short: list[str], full: list[str], full_label: str) -> bool:
    """``short`` is what a story calls ``full`` for short: its last words ("van Gaal", "City"), its
    first word ("Rayo" for "Rayo Vallecano"), a person's first and last name without the middle one,
    or a country's name without "Republic of". A body's name with "of"/"and" in it is never cut
    (the "Football Association of Kelby" is not Kelby, "A and B" not A)."""
    while len(full) > 1 and full[0] in _TITLE_WORDS:
        full = full[1:]  # "Deputy Mayor Ana Lee" is Ana Lee
    n = len(short)
    if not n or n >= len(full):
        return False
    if full_label == "GPE":
        return len(full) > n + 1 and full[-n - 1] == "of" and full[-n:] == short
    if any(w in _CONNECTORS for w in full):
        return False
    if full[-n:] == short or (n == 1 and full[0] == short[0]):
        return True
    return full_label == "PERSON" and n == 2 and short[0] == full[0] and short[-1] == full[-1]


def _may_shorten(short_label: str, full_label: str, sport: bool) -> bool:
    """Types a short form and its full name may have: a surname or a first name is often typed as
    a body ("Frida" an organisation beside "Frida Kahlo"), a side's last word as a people in a sports
    story ("the Rhinos" beside "Leeds Rhinos"); a place's name is a short form of a country's only."""
    if full_label == "GPE":
        return short_label in ("GPE", "PERSON", "ORG")
    if full_label not in ("PERSON", "ORG"):
        return False
    return short_label in ("PERSON", "ORG") or (sport and short_label == "NORP_GROUP")


def _someone_else(short: _Cluster, full: _Cluster) -> bool:
    """A short form that is another person than the full name it fits: one of another sex ("Mrs
    Lind" beside "Tom Lind", who is "he"), or one the story uses well before the full name first
    comes ("Lord Vane" in the lede, his son "Tom Vane" late in the story), as ``_cluster`` reads it."""
    sexes = {m.sex for m in short.mentions if m.sex}
    other = {m.sex for m in full.mentions if m.sex}
    if sexes and other and not sexes & other:
        return True
    return short.first + _LEDE <= full.first


def _unarticled(ent: Span) -> str:
    """An entity's text without the article the recogniser took into it ("the Kelby Rovers")."""
    return ent[1:].text if len(ent) > 1 and ent[0].lower_ == "the" else ent.text


def _untitled(words: list[str]) -> tuple[str, ...]:
    while len(words) > 1 and (words[0] in _TITLE_WORDS or words[0] in _HONORIFICS):
        words = words[1:]
    return tuple(words)


def _merge_short_forms(
    scored: list[tuple[float, _Cluster]], clusters: list[_Cluster], parsed: Sequence[ParsedSentence]
) -> list[tuple[float, _Cluster]]:
    """One actor for a name and its short form that the clustering left apart ("Van Gaal" and
    "Louis van Gaal", a surname typed as a place, "City" and "Manchester City"): the short form
    joins the one full name it can stand for, keeping the full name, the better place and score.
    A short form two names share ("Lee" beside "Ana Lee" and "Tom Lee", "City" beside two cities'
    sides) joins neither. Only actors that were scored are merged; the order stays the scores'.
    Only the first ``MAX_ACTORS`` places are kept: a place freed by a merge is left free."""
    named = [c for c in clusters if _label(c) != _UNNAMED]
    labels = {id(c): _label(c) for c in named}
    forms = {id(c): [_name_words(a) for a in sorted({c.name, *c.aliases})] for c in named}
    # names the recogniser found that no actor holds ("Hull City" named once as a place) also
    # make a short form ambiguous
    known = {_untitled(f) for fs in forms.values() for f in fs}
    loose = sorted({_untitled(_name_words(e.text)) for p in parsed for e in _ents(p.doc)} - known)
    sport = _sport_story(parsed)
    # longer names first, so "Gaal" finds "Louis van Gaal" through "Van Gaal"
    order = sorted(named, key=lambda c: (-len(_name_words(c.name)), c.first))
    target: dict[int, _Cluster] = {}

    def home(c: _Cluster) -> _Cluster:
        while id(c) in target:
            c = target[id(c)]
        return c

    kept = {id(c) for _, c in scored}
    for c in order:
        if id(c) not in kept:
            continue
        short = _name_words(c.name)
        fulls = {
            id(home(o)): home(o)
            for o in named
            if o is not c and any(_short_form_of(short, f, labels[id(o)]) for f in forms[id(o)])
        }
        if len(fulls) != 1:
            continue
        full = next(iter(fulls.values()))
        if any(_short_form_of(short, list(f), labels[id(full)]) for f in loose):
            continue
        if full is c or id(full) not in kept or not _may_shorten(labels[id(c)], labels[id(full)], sport):
            continue
        if _someone_else(c, full):
            continue
        target[id(c)] = full
    if not target:
        return scored
    out: list[tuple[float, _Cluster]] = []
    placed: dict[int, int] = {}
    for rank, (score, c) in enumerate(scored):
        full = home(c)
        if id(full) in placed:
            k = placed[id(full)]
            out[k] = (max(out[k][0], score), out[k][1])
            continue
        if rank >= MAX_ACTORS:
            continue  # a place freed by a merge stays free: the briefing loses a repeat, gains nothing
        placed[id(full)] = len(out)
        out.append((score, c))
    merged: list[tuple[float, _Cluster]] = []
    for score, c in out:
        full = home(c)
        parts = [o for _, o in scored if home(o) is full]
        if len(parts) > 1:
            c = replace(
                full,
                mentions=[m for o in parts for m in o.mentions],
                aliases={a for o in parts for a in (o.name, *o.aliases)} - {full.name},
                labels=sum((o.labels for o in parts), Counter()),
                kind=labels[id(full)],
            )
        merged.append((score, c))
    return merged


def _player_or_side(c: _Cluster, label: str) -> bool:
    """In a sports story, a person (a player, a coach) or a name the story sets up as a side."""
    return label == "PERSON" or any(m.side for m in c.mentions if not m.caption)


def _outlets(credits: Sequence[ParsedSentence]) -> set[str]:
    """The outlets the credit lines name as filing the story ("Outlet's Ana Lind reported from
    Kelby"): the story's publisher, never one of its actors."""
    out = set()
    for p in credits:
        for e in _ents(p.doc):
            if e.label_ != "ORG":
                continue
            if len(e) > 1 and e[-1].text in ("'s", "\u2019s"):
                e = e[:-1]  # the recogniser may take the possessive into the name
            if _is_byline(p.doc, e):
                out.add(e.text)
    return out


def extract_actors(
    title: str, parsed: Sequence[ParsedSentence], credits: Sequence[ParsedSentence] = ()
) -> tuple[Actor, ...]:
    """The story's actors, most important first, each once, at most ``MAX_ACTORS`` (and
    ``SPORT_EXTRA_ACTORS`` more players or sides in a sports story); ``credits``
    (the credit lines kept out of the body) name the outlet that files the story."""
    scope = _ENTS.set({})  # each doc's entities made once for all the rules that read them
    try:
        return _extract_actors(title, parsed, credits)
    finally:
        _ENTS.reset(scope)


def _extract_actors(
    title: str, parsed: Sequence[ParsedSentence], credits: Sequence[ParsedSentence]
) -> tuple[Actor, ...]:
    # a sentence parsed for the actors alone (it names "police", "officials") is read in its parse
    parsed = [replace(p, doc=p.actor_doc) if p.actor_doc is not None else p for p in parsed]
    actors: list[Actor] = []
    # the captions the parse cut off the sentences' starts, numbered as the sentence each was cut from
    captions = [
        ParsedSentence(index=p.index, text=p.cut_doc.text, doc=p.cut_doc, parsed=True)
        for p in parsed
        if p.cut_doc is not None
    ]
    # a body named by its kind ("Kelby Trust", "Ostrow Department of Roads") keeps a free place on a
    # lower score than another name; one under its floor leaves its place to the next actor
    ranked = _ranked(title, parsed, captions, _outlets(credits))
    kept = [(c, lab) for s, c in ranked if s >= _floor(c.name, lab := _label(c))]
    shown = kept[:MAX_ACTORS]
    if _sport_story(parsed):
        # a match has more people and sides in play than other news: the next player or side past the
        # cut keeps a place of its own (``SPORT_EXTRA_ACTORS``); a venue, a league or a body does not
        shown += [(c, lab) for c, lab in kept[MAX_ACTORS:] if _player_or_side(c, lab)][:SPORT_EXTRA_ACTORS]
    for c, lab in shown:
        if lab == "NORP_BODY":
            lab = "ORG"
        elif lab == "NORP_GROUP":
            lab = "NORP"
        # (a caption cut off is not shown: the role, the sentence and the count are the body's)
        body = [m for m in c.mentions if not m.caption]
        role_m = next((m for m in sorted(body, key=lambda m: m.sent) if m.role), None)
        first = min(body, key=lambda m: m.sent)
        sent_i = role_m.sent if role_m else first.sent
        sentence = next((p.text for p in parsed if p.index == sent_i), "")
        actors.append(
            Actor(
                name=c.name,
                role=role_m.role if role_m else None,
                kind=lab,
                mentions=len(body),
                aliases=tuple(sorted(c.aliases)),
                sentence=sentence,
            )
        )
    return tuple(actors)
