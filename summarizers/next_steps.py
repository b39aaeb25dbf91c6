"""Next steps: what the article says will or should happen, relative to its publication.

A sentence yields a step when its parse has a forward-looking trigger: a future or modal
auxiliary ("will", "would", "could"), "is to"/"is due to"/"is expected to"/"is going to", a verb
of planning, offering, calling, urging or predicting (by lemma), readiness ("ready to"), an effort
under way ("is trying to"), an obligation ("has to"), a charge ahead ("faces ten years"), a
proceeding that goes on ("the trial continues"), or a scheduled event ("meets on Friday").

Forward-looking forms that are not steps are judged from tense and aspect: "would have" (what did
not happen), "would"/"could" telling a story or a habit, a past "intended to"/"agreed to" with no
date ahead (unless reported under a past speech verb), the past's future inside a past statement,
judgements ("it will be great", "never be the same"), comparisons ("as anyone will tell you"),
questions and fragments with no subject.

The step's text is one contiguous span of the sentence: the clause with its subject, modality and
reporting frame ("X told Reuters"), less leading participles, reasons and past time phrases; a
pronoun subject brings the rest of its sentence. ``when`` is the date phrase ahead inside it.
Word lists and ranking weights live in ``newsbrief.summarizers.lexicon.steps``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from newsbrief.summarizers.lexicon.common import (
    CALENDAR_ALT,
    MONTH_ALT,
    MONTH_DAY_PATTERN,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    YEAR_SHAPE,
)
from newsbrief.summarizers.lexicon.steps import (
    ACT_KIND_NOUNS,
    ACTION_NOUN_SUFFIXES,
    ACTION_NOUNS,
    ACTOR_ENTITY_TYPES,
    ACTOR_KIND_NOUNS,
    ADVICE_SUBJECTS,
    AHEAD_PARTICIPLE_LEMMAS,
    ALL_TIME_ADVERBS,
    ANNOUNCE_LEMMAS,
    APPEAL_LEMMAS,
    APPEARANCE_LEMMAS,
    ASKED_AHEAD_LEMMAS,
    BACK_POINTERS,
    BACK_THEN_RE,
    BACKGROUND_MARKS,
    BACKWARD_PREPS,
    BAN_LEMMAS,
    BAN_TERM_ADVERBS,
    BAN_TERM_NOUNS,
    BELIEF_LEMMAS,
    BRACKET_MAX_WORDS,
    CALL_FOR_LEMMAS,
    CAUSATIVE_LEMMAS,
    CAUSE_LEMMAS,
    COMPARISON_LEMMAS,
    CONCESSION_MARKS,
    CONCESSION_STATE_LEMMAS,
    CONCESSIVE_CONJ,
    CONDITION_MARKS,
    CONSENT_NOUNS,
    CONTINUE_LEMMAS,
    CONTRARY_CONJ,
    COUNTED_ENTITIES,
    COURSE_VERBS,
    CURRENT_SPAN_WORDS,
    DATE_WORD_RE,
    DATED_ONLY_MODALS,
    DEADLINE_GIVE_LEMMAS,
    DEADLINE_PREPS,
    DEADLINE_UNITS,
    DEFER_UNTIL_LEMMAS,
    DEFINITE_DETS,
    DEPICT_LEMMAS,
    DIFFICULTY_ADJ,
    DISCOURSE_LEMMAS,
    DISPOSITION_ADJ,
    DUTY_PASSIVE_LEMMAS,
    EARLIER_RE,
    EFFORT_LEMMAS,
    EFFORT_NEEDS_GOAL,
    ELIDED_COPULA_DEPS,
    ENTAIL_LEMMAS,
    EVALUATIVE_SUBJECTS,
    EVENT_NOUNS,
    EVERYONE_SUBJECTS,
    EXCESS_ADVERBS,
    EXPECTED_EVENT_LEMMAS,
    FACE_OBJECTS,
    FEAR_ADJ,
    FEELING_ADJ,
    FEELING_EFFECT_LEMMAS,
    FILE_LEMMAS,
    FILED_NOUNS,
    FINDING_LEMMAS,
    FIRST_PERSON,
    FIXTURE_NOUNS,
    FROM_NOW_ON,
    FUTURE_DATE_RE,
    FUTURE_MODALS,
    FUTURE_WORD_RE,
    GENERIC_SUBJECTS,
    GOAL_PREPS,
    GUESS_MODALS,
    GUESSED_STATE_MODALS,
    HABIT_ADVERBS,
    HABIT_TIME_MARKS,
    HABIT_WORDS,
    HEDGE_LEMMAS,
    HEDGE_MODALS,
    HELD_TRUE_LEMMAS,
    HELD_UNTIL_MARKS,
    HOLD_UNTIL_LEMMAS,
    HOPE_ADJ,
    HOPE_NOW_LEMMAS,
    HYPOTHETICAL_MODALS,
    IDIOM_PATTERNS,
    IMPLICATIVE_LEMMAS,
    INDIRECT_INTENT_MODALS,
    INFERENCE_LEMMAS,
    INTENT_MODALS,
    INVERTED_CONDITION_MODALS,
    JEST_LEMMAS,
    JUDGING_VERBS,
    KEPT_STATE_LEMMAS,
    LEMMA_FIXES,
    LIKELIHOOD_ADJ,
    LINKING_LEMMAS,
    LISTENER_PRONOUNS,
    MADE_TO_FEEL_ADJ,
    MOOD_ADJ,
    NARRATIVE_LEMMAS,
    NARRATIVE_MODALS,
    NEEDS_COMPLEMENT,
    NEGATIVE_OBJECTS,
    NEW_RULE_ADVERBS,
    NEXT_DATE_RE,
    NEXT_WORDS,
    NO_ONE_SUBJECTS,
    OBLIGATION_LEMMAS,
    OPEN_CONDITION_MARKS,
    OPEN_DOOR_LEMMAS,
    OPEN_OUTCOME_LEMMAS,
    OPINION_MODALS,
    OTHER_VERB_PARTICLES,
    OWN_FEELING_LEMMAS,
    PAST_DATE_RE,
    PAST_INVITE_LEMMAS,
    PAST_TIME_MARKS,
    PENDING_NEED_LEMMAS,
    PENDING_PREPS,
    PENDING_UNDER_NOUNS,
    PENDING_UNDER_PREPS,
    PERCEIVE_LEMMAS,
    PERSON_KIND_NOUNS,
    PERSON_PRONOUNS,
    PLACE_ENTITY_TYPES,
    PLACE_PREPS,
    PLAIN_FUTURE_MODALS,
    PLAN_LEMMAS,
    PLAN_NOUNS,
    PLEDGE_ADJ,
    POSSIBILITY_MODALS,
    POSTPONE_LEMMAS,
    PREPARE_LEMMAS,
    PRESENT_GUESS_MODALS,
    PRESS_LISTENERS,
    PRICE_LEMMAS,
    PRICE_UNIT_WORDS,
    PRONOUN_SUBJECTS,
    PURPOSE_OF_SUBJECTS,
    PURPOSE_SUBJECTS,
    PURPOSE_VERB_LEMMAS,
    QUESTION_OPENERS,
    QUESTION_VERB_LEMMAS,
    QUOTE_OPENERS,
    RANK_ADJ,
    RATE_UNITS,
    RATE_WORDS,
    REACTION_CAUSATIVE_LEMMAS,
    READER_POSSESSIVES,
    READER_PRONOUNS,
    READY_ADJ,
    RECORDING_NOUNS,
    RECURRING_DATE_RE,
    REFUSE_LEMMAS,
    RELATIVE_INFINITIVE_ADJ,
    REQUEST_LEMMAS,
    RESEARCH_NOUNS,
    RESTRICTIVE_ADVERBS,
    RESULT_CONDITION_NOUNS,
    SCHEDULE_ADJ,
    SCHEDULE_FIELD_RE,
    SCHEDULE_ONLY_ADJ,
    SCHEDULE_PREPS,
    SEASONS,
    SEQUENCE_ADVERBS,
    SET_DAY_NOUNS,
    SET_FOR_LEMMAS,
    SHARE_NOUNS,
    SIMPLE_PRESENT_TAGS,
    SPAN_AHEAD_WORDS,
    SPEAKER_OBJECTS,
    SPECULATION_MODALS,
    SPEECH_LEMMAS,
    STANCE_READY_ADJ,
    START_WORDS,
    STATE_LEMMAS,
    STATE_PREDICATES,
    STEP_STOP_WORDS,
    STEP_WEIGHTS,
    SUPERLATIVE_TAGS,
    TELLER_PRONOUNS,
    THING_EFFECT_LEMMAS,
    THING_OBJECT_LEMMAS,
    THING_PURPOSE_LEMMAS,
    THOUGHT_THEN_LEMMAS,
    TIME_WORD_RE,
    TODAY_RE,
    TOO_EARLY_ADJ,
    TOO_EARLY_KNOW_LEMMAS,
    TRADING_NOUNS,
    TRIAL_OUTCOME_LEMMAS,
    UNDER_WAY_LEMMAS,
    UNIT_RE,
    UNTIL_WORDS,
    WAIT_LEMMAS,
    WEAK_MODALS,
    WILLING_ADVERBS,
    WISH_LEMMAS,
)
from newsbrief.summarizers.lexicon.text import PRESENT_TAGS
from newsbrief.summarizers.parse import YEAR_DIGITS_RE, ParsedSentence, dating_years
from newsbrief.summarizers.types import NextStep

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_STEPS = 8
_SURE_STEPS = 6  # steps past this many must score at least STEP_WEIGHTS['sure_min']
_MAX_WORDS = 32
# ... but a step is not cut before the word that makes it one or before its date ahead ("... and
# the bridge will reopen to lorries once the repairs are signed off on Monday"), up to this many words
_MAX_WORDS_KEPT = 44
_CLAUSE_DEPS = ("xcomp", "ccomp", "dobj", "prep", "dative")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")


def _lemma(tok: Token) -> str:
    """The token's lemma when the lemmatizer ran, else its lower-cased form."""
    low = str(tok.lower_)
    if low in LEMMA_FIXES:
        return LEMMA_FIXES[low]
    return str(tok.lemma_).lower() if tok.lemma_ else low


@dataclass
class _Step:
    text: str
    sentence: str
    when: str | None
    score: float
    sure: float  # the score that lets a step past the first few (no credit for an indirect "would")
    caption: bool = False  # from a caption the cleaning took out: listed after the body's steps


def _aux_tags(tok: Token) -> set[str]:
    return {c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _is_action_noun(tok: Token) -> bool:
    low = tok.lower_
    return _lemma(tok) in ACTION_NOUNS or (len(low) > 5 and low.endswith(ACTION_NOUN_SUFFIXES))


def _modal_head(tok: Token) -> Token | None:
    """The verb a future or modal auxiliary governs, unless the form looks back or is no verb."""
    doc = tok.doc
    if not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
        return None  # "would-be", a compound adjective
    head = tok.head
    if (
        any(c.dep_ == "aux" and _lemma(c) == "have" and c.i > tok.i for c in head.children)
        and head.tag_ == "VBN"
    ):
        return None  # "would have won", "could have died": what did not or may have happened
    return head


def _modal_perfect(tok: Token) -> bool:
    """A participle after a modal and "have" ("should have planned", "could have hoped"): what did
    not or may have happened, never a step."""
    return (
        tok.tag_ == "VBN"
        and any(c.tag_ == "MD" for c in tok.children)
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children)
    )


def _plan_head(tok: Token) -> Token | None:
    """A verb of planning, offering or demanding whose complement lies ahead."""
    lem = _lemma(tok)
    if any(c.dep_ == "prt" and c.lower_ in OTHER_VERB_PARTICLES.get(lem, ()) for c in tok.children):
        return None  # "set up profiles to harass her": another verb ("set up", "set off"), not a plan
    if (
        tok.dep_ in ("relcl", "acl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)
        and any(c.dep_ == "amod" and c.lower_ in RELATIVE_INFINITIVE_ADJ for c in tok.head.children)
    ):
        return None  # "the only one to decide to leave": who did a thing, not a plan
    auxes = _aux_tags(tok)
    first = tok
    while (
        not auxes and first.dep_ == "conj" and tok.tag_ in ("VBN", "VBG") and first.head.tag_.startswith("VB")
    ):
        first = first.head  # "was banned, fined and ordered to pay": the auxiliary is shared
        auxes = _aux_tags(first)
    comps = [c for c in tok.children if c.dep_ in _CLAUSE_DEPS or _for_infinitive(c)]
    # an infinitive or a finite clause ("wants to leave", "hopes it will pass"), not a small
    # clause ("wants him out"), nor a clause the parser hung on it across punctuation (a
    # reporting frame, a glued sentence: "..., 'We need him out,' it was reported")
    doc = tok.doc
    clausal = any(
        c.dep_ in ("xcomp", "ccomp")
        and (any(a.lower_ == "to" or a.tag_ == "MD" for a in c.children) or c.tag_ in ("VBZ", "VBP", "VBD"))
        and not any(
            t.is_punct
            for t in (doc[tok.i + 1 : c.left_edge.i] if c.i > tok.i else doc[c.right_edge.i + 1 : tok.i])
        )
        for c in comps
    )
    if tok.tag_ == "VBG" and not auxes and not _calling_noun(tok):
        return None  # "India planning an aid mission": a participle in a caption or a headline
    if (
        lem in PREPARE_LEMMAS
        and not clausal
        and not any(c.dep_ == "dobj" for c in tok.children)  # ("has prepared a bid": a thing to come)
        and tok.tag_ == "VBN"
        and any(c.dep_ == "aux" and _lemma(c) == "have" for c in first.children)
        and not _has_future_date(tok)
    ):
        return None  # "we have prepared well for it": the getting ready is done, no event named ahead
    # past: "planned", "had planned", and the directive "was ordered to pay" (not "was planned for
    # Friday", a passive event that still lies ahead)
    passive = any(c.dep_ == "auxpass" for c in first.children)
    past = (
        tok.tag_ == "VBD"
        or (tok.tag_ == "VBN" and "VBD" in auxes and (not passive or any(c.dep_ == "xcomp" for c in comps)))
        or _bare_past_participle(tok, first)
        # "was preparing to leave", "didn't want to go": a past progressive, a past with "did"
        or (tok.tag_ in ("VBG", "VB") and "VBD" in auxes and not any(c.tag_ == "MD" for c in tok.children))
    )
    if tok.tag_ == "VBN" and _pluperfect(first) and _told_before(first):
        return None
    if (
        tok.tag_ == "VBN"
        and _pluperfect(first)
        and not _has_future_date(tok)
        # (an infinitive's own "to" or a modal, not a preposition: "had proposed moving it to the quay")
        and not any(
            c.dep_ in ("xcomp", "ccomp")
            and any(a.dep_ == "aux" and (a.lower_ == "to" or a.tag_ == "MD") for a in c.children)
            for c in comps
        )
    ):
        # "the sum had been pledged within a day", "had proposed selling the site": done before the
        # story's past, with no clause of its own still ahead
        return None
    if _purpose_of_a_past_act(tok):
        return None  # "she walked over to ask if they would stop": what was done then
    if _modal_perfect(first):
        return None  # "would have liked to stay": what did not or may have happened
    if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in first.children):
        return None  # "having planned to stay two weeks, she stayed two years": done before
    # "said it planned to cut jobs" reports a plan still current (the past follows "said"); "the
    # complaint says they planned to fly" and "she intended to drive them" tell the story
    # (in quoted speech the speaker's own past is not shifted: "she said: 'we wanted to stay'")
    backshifted = (
        tok.dep_ == "ccomp"
        and not _emphatic_past(tok)
        and tok.head.tag_ == "VBD"
        and _lemma(tok.head) in SPEECH_LEMMAS
        and not _is_quote(tok.sent.text, tok.idx - tok.sent.start_char)
    )
    # (a day between the past verb and its complement dates the past act: "agreed on Monday to buy";
    # a request's answer still lies ahead: "asked the court on Monday to delay")
    starts = [
        c.left_edge.i
        for c in comps
        if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i and lem not in REQUEST_LEMMAS
    ]
    if (
        past
        and lem in NARRATIVE_LEMMAS
        and not backshifted
        and not _has_future_date(tok, after=min(starts, default=-1))
    ):
        return None
    if (
        past
        and _in_quotes(tok)
        and any(
            (c.dep_ in ("dobj", "dative") and c.lower_ in SPEAKER_OBJECTS)
            or (
                c.dep_ in ("ccomp", "xcomp")
                and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in SPEAKER_OBJECTS for s in c.children)
            )
            for c in tok.children
        )
        and not _has_future_date(tok)
    ):
        return None  # "'she advised that I rest, and I did'": a past call to the speaker, their story
    if past and tok.tag_ == "VBD" and lem in PAST_INVITE_LEMMAS and not _has_future_date(tok):
        return None  # "the club invited him to train with them": asked and answered then, the story
    if past and _has_year_behind(tok):
        # "offered to help her on 23 December 2013" in a story told after it: done, reported or not
        return None
    if (
        tok.tag_ == "VBD"
        and tok.dep_ == "ccomp"
        and tok.head.tag_ in ("VBZ", "VBP")
        and _lemma(tok.head) in SPEECH_LEMMAS
        and not _has_future_date(tok)
    ):
        return None  # "the indictment says they planned to ...": a past plan told now, the story
    if lem in EXPECTED_EVENT_LEMMAS and backshifted and not clausal and _has_future_date(tok):
        # "said it expected more delays in the coming weeks", "said the results were expected
        # within a year": the present expectation, shifted back by the verb of saying, dated ahead
        return tok
    if any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in tok.children) and not any(
        c.dep_ == "xcomp" for c in comps
    ):
        return None  # "he was offered a lawyer": something done to someone, not a step ahead
    if lem == "appeal" and past and not any(c.dep_ == "xcomp" for c in comps):
        prep = next((c for c in comps if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or not _is_action_noun(obj):
            return None  # "the film appealed to critics", "she appealed against the fine": done
    if lem == "call":
        prep = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == tok.i + 1), None
        )
        if prep is None and not any(c.dep_ == "xcomp" or _for_infinitive(c) for c in tok.children):
            return None
        if prep is not None and tok.tag_ == "VBD":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or not _is_action_noun(obj):
                return None  # "he called for water": a past request, not an action ahead
        return tok
    if (
        lem in THING_OBJECT_LEMMAS
        and not clausal
        # ("didn't offer a reason": the past with "do" reads like "offered")
        and (
            (
                (tok.tag_ in ("VBZ", "VBP", "VBD") or (tok.tag_ == "VB" and past))
                and not any(c.dep_ == "aux" and _lemma(c) != "do" for c in tok.children)
                and not _has_future_date(tok)
            )
            # (the perfect, of a sum or a share: "has offered staff a 3% rise next year" is made; its
            # date is the rise's)
            or (
                any(c.dep_ == "aux" and _lemma(c) == "have" for c in tok.children)
                and any(
                    t.ent_type_ in ("MONEY", "PERCENT")
                    for c in tok.children
                    if c.dep_ in ("dobj", "dative")
                    for t in c.subtree
                )
            )
        )
    ):
        return None  # "the shop offers hats", "she offered an apology": a description, a fact
    if lem in NEEDS_COMPLEMENT and not clausal:
        if lem in EXPECTED_EVENT_LEMMAS and _event_expected(tok):
            return tok  # "more strikes are expected", "a verdict is expected": an event ahead, undated
        # "The ruling is expected next month": no complement, but a date ahead
        # (not "they set a record on Sunday", "had set up a profile in December": the past)
        if lem in ("expect", "set", "due") and _has_future_date(tok) and not past:
            if lem == "set" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
                return None  # "a record set in January": made then; "set for Friday" is a date
            return tok
        if (
            any(c.dep_ == "dobj" and _is_action_noun(c) for c in tok.children)
            and _has_future_date(tok)
            and not _has_past_date(tok)
            and not _pluperfect(tok)
        ):
            return tok  # "ordered the installation of 800 cabins within five weeks": an act with a deadline ahead
        return None
    if not comps and tok.tag_ == "VBN" and tok.dep_ == "acl" and not past and _has_future_date(tok):
        return tok  # "has a trip planned for the autumn": a participle after its noun, dated ahead
    return tok if comps else None


def _bare_past_participle(tok: Token, first: Token) -> bool:
    """A participle with no auxiliary of its own nor of the verb or word it is joined to ("they
    either hid or threatened to burn the letters", "he shouted and threatened to leave" read
    with a participle): a simple past the tagger took for a participle, not a passive nor a perfect."""
    if tok.tag_ != "VBN" or tok.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if first.i != tok.i:
        return first.tag_ == "VBD" and not _aux_tags(first)  # "shouted and threatened": climbed to the past
    return tok.head.tag_ in ("VBD", "JJ") and not any(c.dep_ in ("aux", "auxpass") for c in tok.head.children)


def _emphatic_past(verb: Token) -> bool:
    """A verb with an emphatic "did" and no negation ("she did tell him to stay away"): a past
    told as such, never a present the frame shifted back ("said it planned to ...")."""
    return any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children) and not any(
        c.dep_ == "neg" for c in verb.children
    )


def _event_expected(tok: Token) -> bool:
    """A present passive of expecting whose subject names an event or an act ("more strikes are
    expected", "a verdict is expected"), not negated: the event lies ahead even with no date."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return (
        tok.tag_ == "VBN"
        and subj is not None
        and (_lemma(subj) in EVENT_NOUNS or _is_action_noun(subj))
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
        and not any(c.dep_ in ("aux", "neg") for c in tok.children)
    )


def _purpose_of_a_past_act(tok: Token) -> bool:
    """An infinitive of planning, asking or offering that a simple past verb of doing governs ("she
    knocked next door to ask for quiet", "he kept trying to offer her money"), with no date ahead:
    the purpose or the manner of an act told in the past, not a step ahead. A past verb of saying
    or planning over it is left to the rules of reported plans ("said it planned to ...")."""
    owner = tok.head
    return (
        tok.tag_ == "VB"
        and tok.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and (
            owner.tag_ == "VBD"
            # a cause in the present perfect too: "the scandal has driven her to order an inquiry"
            # tells the order ("has voted to strike" leaves the strike ahead)
            or (
                owner.tag_ == "VBN"
                and _lemma(owner) in CAUSE_LEMMAS
                and any(c.dep_ == "aux" and _lemma(c) == "have" for c in owner.children)
                and not any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in owner.children)
            )
        )
        and _lemma(owner) not in PLAN_LEMMAS | SPEECH_LEMMAS
        and not _has_future_date(tok)
    )


def _calling_noun(tok: Token) -> bool:
    """A participle of calling that describes a thing with its call ("a petition calling on the
    council to reverse the decision", "a letter urging ministers to act"): a call still standing."""
    return (
        tok.dep_ == "acl"
        and tok.head.tag_ in ("NN", "NNS")
        and tok.head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
        and tok.head.head.tag_.startswith("VB")
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children
        )
    )


def _for_infinitive(clause: Token) -> bool:
    """A "for ... to" clause the parser hangs on a verb as an adverbial ("appealing for witnesses
    to come forward", "called for the bridge to be shut"): what is asked for, ahead."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in ("VB", "VBN")
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    )


def _schedule_read_as_subject(tok: Token) -> bool:
    """A schedule word after its noun that the parser took for the subject of the sentence's verb,
    with the noun as its own subject ("the last seed in the draw due to play on Sunday thanked
    reporters ..."): the noun phrase is a pending item of its own, with no clause of its own."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.lower_ in SCHEDULE_ADJ
        and tok.tag_ == "JJ"
        and any(c.dep_ == "nsubj" and c.i < tok.i and c.tag_.startswith("NN") for c in tok.children)
        and any(c.dep_ == "xcomp" for c in tok.children)
    )


def _wished_by_anyone(noun: Token) -> bool:
    """A noun described by what a generic "you" or "one" wants or does ("the worst thing you can do",
    "the thing one must do"): said of anyone, advice or a truism, not someone's plan."""
    return any(
        r.dep_ == "relcl"
        and any(
            c.dep_ == "nsubj" and c.lower_ in GENERIC_SUBJECTS and not any(c.children) for c in r.children
        )
        for r in noun.children
    )


def _in_a_recording(head: Token) -> bool:
    """A present-tense act inside a clause set "in the clip" or "in the video" ("then in the footage a cat
    hides as it gets ready to pounce"): a scene the recording shows, told in the present, not an event."""
    present = head.tag_ in PRESENT_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in head.children
    )
    if not present or _modal_of(head):
        return False
    for v in (head, *head.ancestors):
        # (on the verb, or on an adverb of time before it: "further on in the video")
        near = [*v.children, *(g for c in v.children if c.dep_ == "advmod" for g in c.children)]
        for prep in near:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    if (
                        obj.dep_ == "pobj"
                        and _lemma(obj) in RECORDING_NOUNS
                        and any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children)
                    ):
                        return True
    return False


def _narrated_habit(head: Token) -> bool:
    """A "would" clause spliced after a past one with the same subject ("she worked hard, she would sleep
    four hours and start again"): what someone used to do, told in a past story, not an intent."""
    if _modal_of(head) != "would":
        return False
    subj = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None:
        return False
    for c in head.children:
        if (
            c.dep_ in ("ccomp", "parataxis", "conj")
            and c.i < head.i
            and c.tag_ == "VBD"
            and _lemma(c) not in SPEECH_LEMMAS
        ):
            other = next((d for d in c.children if d.dep_ in _SUBJECT_DEPS), None)
            if other is not None and other.lower_ == subj.lower_:
                return True
    return False


def _inverted_condition(tok: Token) -> bool:
    """A modal of ``INVERTED_CONDITION_MODALS`` before its own subject in a clause hung on another
    ("they will go down should they lose", "should he refuse, the deal ends"): a condition, as on
    "if"; not a question ("should we go?"), whose modal heads the sentence's main clause."""
    verb = tok.head
    return (
        tok.lower_ in INVERTED_CONDITION_MODALS
        and tok.dep_ == "aux"
        and (
            verb.dep_ == "advcl"
            # (the parser may hang one that follows its clause as that clause's complement, "will be
            # promoted should they win", or take it for the main clause with the clause before it as
            # its complement)
            or (verb.dep_ == "ccomp" and verb.head.i < tok.i)
            or (verb.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < tok.i for c in verb.children))
        )
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > tok.i for c in verb.children)
        and not verb.sent.text.rstrip(" '\"\u2019\u201d").endswith("?")
    )


def _too_early_to_know(tok: Token) -> bool:
    """ "Too early" or "too soon" to know or to say, the complement of "be" ("it's too early to judge",
    "too soon to tell the extent"): what is not known yet but will be, an outcome still due."""
    return (
        tok.lower_ in TOO_EARLY_ADJ
        # ("too soon" may be read as an adverb of "be")
        and tok.dep_ in ("acomp", "advmod")
        and _lemma(tok.head) == "be"
        and any(c.dep_ == "advmod" and c.lower_ == "too" for c in tok.children)
        and any(c.dep_ == "xcomp" and _lemma(c) in TOO_EARLY_KNOW_LEMMAS for c in tok.children)
    )


def _condition_read_as_main(head: Token) -> bool:
    """A clause the parser took for the complement of an inverted condition after it ("they will go
    top should they win" read as "should they win" saying "they will go top"): the clause is the
    main one, and the condition is its own."""
    return head.dep_ == "ccomp" and any(
        a.tag_ == "MD" and a.i > head.i and _inverted_condition(a) for a in head.head.children
    )


def _trigger_head(tok: Token) -> Token | None:
    """The clause head a forward-looking trigger token governs, or None."""
    low = tok.lower_
    lem = _lemma(tok)
    if tok.ent_iob_ != "O" and tok.text[:1].isupper():
        return None  # a name or a title: "Will Hale", "May 2015"
    if tok.tag_ == "MD":
        if _inverted_condition(tok):
            return None  # "should he refuse": a condition on the clause it hangs on, not a step
        if low in DATED_ONLY_MODALS:
            # "buyers can collect the keys on Monday": what is possible from a day ahead on
            verb = _modal_head(tok)
            return verb if verb is not None and _has_future_date(verb, own=True) else None
        return _modal_head(tok) if low in FUTURE_MODALS else None
    if (
        (low in READY_ADJ or low in PLEDGE_ADJ or low in HOPE_ADJ)
        and (
            tok.dep_ in ("acomp", "amod", "attr", "ROOT", "xcomp")
            # "the golfer due to play next week", "with the result due on 9 March": the parser
            # may read a schedule word after its noun as a preposition
            or (tok.dep_ == "prep" and low in SCHEDULE_ADJ and tok.head.tag_.startswith("NN"))
            or _schedule_read_as_subject(tok)
        )
        # the verb in the past, not the adjective: "had set up a camp", "they set off in May"
        # ("they set a record on Sunday": the active past)
        and tok.tag_ != "VBD"
        and not _modal_perfect(tok)  # "should have expected to win": what did not happen
        and not any(c.dep_ == "prt" or (c.dep_ == "aux" and c.lower_ == "had") for c in tok.children)
        and any(
            # (not a perfect infinitive: "is unlikely to have gone unnoticed" looks back)
            (c.dep_ == "xcomp" and not any(a.dep_ == "aux" and _lemma(a) == "have" for a in c.children))
            or (
                c.dep_ in ("prep", "pcomp")
                and low in ("due", "scheduled", "set")
                # (not "due to" a noun, a cause: "the pain due to the fall", "the delay is due to
                # the strike"; nor a word the parser only took for a preposition)
                and not (low == "due" and (c.lower_ == "to" or c.tag_ != "IN"))
            )
            # "is committed to cutting costs": the pledge's act is a gerund after "to"
            or (
                c.dep_ == "prep"
                and low in PLEDGE_ADJ
                and c.lower_ == "to"
                and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
            )
            # "is hopeful of winning them back": the hope's act is a gerund after "of"
            or (
                c.dep_ == "prep"
                and low in HOPE_ADJ
                and c.lower_ == "of"
                and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
            )
            for c in tok.children
        )
        # "a payment of 40 million due next week", "an advance of 300 euros due by March": the
        # parser hangs the date on the verb or on "due" as a bare noun phrase, not as its complement
        or _dated_after_noun(tok)
    ):
        # declared optional here: the same name takes _plan_head's result further down
        head: Token | None
        head = tok.head if tok.dep_ != "ROOT" and not _schedule_read_as_subject(tok) else tok
        if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.tag_.startswith("VB"):
            head = head.head.head  # "(balloting nurses,) with the result due in March": the clause
        elif _dated_after_noun(tok):
            while not head.tag_.startswith("VB") and head.dep_ != "ROOT" and head.head.i != head.i:
                head = head.head  # "(the town owes) a payment of 40 million due next week": the clause
        elif not head.tag_.startswith("VB") and tok.i > head.i:
            # "the last seed in the draw of 64 due to play next week": the whole noun phrase
            while head.dep_ in ("pobj", "prep") and not head.head.tag_.startswith("VB"):
                head = head.head
        cop = head if head.tag_.startswith("VB") else tok
        if _pluperfect(cop) and _told_before(cop):
            return None
        if (
            cop.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in cop.children)
        ) and (
            _has_past_date(head)
            or (low in DISPOSITION_ADJ and not _reported(head) and not _has_future_date(head))
        ):
            # "was set to open last Saturday", "was ready to sail" (and did, or not): the story;
            # "said it was ready to talk" reports a readiness still current
            return None
        if (
            low in SCHEDULE_ONLY_ADJ
            and _past_form(cop)
            and not any(c.dep_ == "xcomp" for c in tok.children)
            and not _reported(head)
            and not _has_future_date(head)
            and not _dated_after_noun(tok)
        ):
            return None  # "the bond had been set at £500", "she was due before magistrates": the story
        if (
            low in SCHEDULE_ONLY_ADJ
            and _past_form(cop)
            # (a quote's past is the speaker's own, never shifted back by the frame: "she said: 'I was ...'")
            and (not _reported(head) or _in_quotes(head))
            and not _has_future_date(head)
            and not _dated_after_noun(tok)
        ):
            return None  # "the band were due to play that night", "I was due to fetch her": the story
        return head
    if tok.tag_.startswith("NN") and lem in PLAN_NOUNS:
        return _plan_noun_head(tok)
    if low in PENDING_PREPS and any(c.dep_ == "pobj" for c in tok.children):
        # "the sale is on hold pending a review", "was suspended pending an inquiry": held until
        # something still to come
        verb = tok.head
        while not verb.tag_.startswith("VB") and verb.dep_ != "ROOT" and verb.head.i != verb.i:
            verb = verb.head
        return verb if verb.tag_.startswith("VB") and not _pluperfect(verb) else None
    if low in PENDING_UNDER_PREPS and tok.dep_ == "prep" and _under_a_process(tok):
        return tok.head  # "the claim is under review", "remains under investigation": held until it ends
    if _too_early_to_know(tok):
        return tok.head  # "it's too early to judge when she can race": an outcome still due
    if not tok.tag_.startswith("VB"):
        return None
    if (
        lem == "go"
        and tok.tag_ == "VBG"
        and any(c.dep_ == "aux" and _lemma(c) == "be" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
        and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children)
    ):
        return tok  # "is going to cost more" (not "was going to": the story)
    if lem in PLAN_LEMMAS:
        head = _plan_head(tok)
        if head is not None:
            return head
    present = tok.tag_ in ("VBZ", "VBP")
    if (
        lem in EFFORT_LEMMAS
        and tok.tag_ == "VBG"
        and any(
            c.dep_ == "aux"
            and _lemma(c) == "be"
            # (or "was" shifted back under a past verb of saying: "said it was considering legal action")
            and (c.tag_ in ("VBZ", "VBP") or (c.tag_ == "VBD" and _reported(tok) and tok.head.tag_ == "VBD"))
            for c in tok.children
        )
        and any(
            (
                c.dep_ in _CLAUSE_DEPS
                and not (lem in EFFORT_NEEDS_GOAL and c.dep_ in ("dobj", "dative"))
                # ("are working long shifts for a low wage": with a bare object, a phrase is no goal)
                and not (
                    lem in EFFORT_NEEDS_GOAL
                    and c.dep_ == "prep"
                    and (
                        any(d.dep_ in ("dobj", "dative") for d in tok.children)
                        # ("is working in Leeds", "are pushing through the crowd": a place, a way)
                        or c.lower_ not in GOAL_PREPS
                    )
                )
            )
            # "are working to restore power": the parser hangs the goal on as a purpose
            or (lem in EFFORT_NEEDS_GOAL and c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
            for c in tok.children
        )
        and not any(c.dep_ == "xcomp" and _lemma(c) == "be" for c in tok.children)
    ):
        return tok  # "is trying to", "are considering": an effort under way (not "trying to be calm")
    if (
        lem in EFFORT_LEMMAS - EFFORT_NEEDS_GOAL
        and tok.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children)
        and any(c.dep_ == "aux" and _lemma(c) == "be" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
    ):
        return tok  # "the cause is being investigated", "the bid is being reviewed": under way, passive
    if lem in OBLIGATION_LEMMAS and present:
        # "candidates have to decide", "the board needs to approve"
        for c in tok.children:
            if (
                c.dep_ == "xcomp"
                and any(a.lower_ == "to" for a in c.children)
                # ("I have to say" is a manner of speaking; "have yet to be announced" is pending)
                and (_lemma(c) not in SPEECH_LEMMAS or any(a.lower_ == "yet" for a in tok.children))
                and _lemma(c) != "be"  # "there has to be a reason": a judgement, not a task
            ):
                return tok
            if _time_to_act(c):
                return tok  # "the airline has 30 days to refund them": a deadline ahead
    if (
        lem in PENDING_NEED_LEMMAS
        and tok.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "dobj" and _lemma(c) in CONSENT_NOUNS for c in tok.children)
        and any(
            c.dep_ == "nsubj"
            and (
                c.ent_type_ in ("ORG", "GPE", "PERSON")
                or any(
                    d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in DEFINITE_DETS) for d in c.children
                )
            )
            for c in tok.children
        )
    ):
        return tok  # "the merger still needs the regulator's consent": an approval still to come
    if (
        lem in FILE_LEMMAS
        and tok.tag_ == "VBN"
        and any(c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
        and any(c.dep_ == "dobj" and _lemma(c) in FILED_NOUNS for c in tok.children)
    ):
        return tok  # "has filed a petition", "have mounted a challenge": a ruling still due
    if (
        lem in DEADLINE_GIVE_LEMMAS
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not _pluperfect(tok)
        and any(_time_to_act(c) for c in tok.children)
    ):
        return tok  # "was allowed 14 days to reply": a deadline ahead
    if (
        lem in DUTY_PASSIVE_LEMMAS
        and tok.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
        and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children)
        # (a rule new from now or from a day ahead; "sitters are obliged to keep still" describes)
        and (
            any(c.dep_ == "advmod" and c.lower_ in NEW_RULE_ADVERBS for c in tok.children)
            or _has_future_date(tok)
        )
    ):
        return tok  # "staff are now obliged to wear badges": a duty that binds from here on
    if lem == "face" and (present or tok.tag_ == "VBG" or any(c.tag_ == "MD" for c in tok.children)):
        # "faces up to ten years in prison", "is facing a confidence vote", "could face a fine"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and _lemma(obj) in FACE_OBJECTS:
            return tok
    if lem in OPEN_DOOR_LEMMAS and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        # "did not rule out a second vote", "refused to rule out new taxes": left open, ahead
        if any(c.dep_ == "neg" for c in tok.children):
            return tok
        if tok.dep_ == "xcomp" and _lemma(tok.head) in REFUSE_LEMMAS:
            return tok.head
    if lem == "await" and (present or any(c.dep_ == "aux" for c in tok.children)):
        return tok  # "awaits trial", "are awaiting the results"
    if lem in WAIT_LEMMAS and _waiting_for_a_thing(tok):
        return tok  # "are waiting for the verdict", "waits for a transplant": what is still to come
    if lem in BAN_LEMMAS and _lasting_ban(tok):
        return (
            tok  # "was banned from driving for three years", "barred indefinitely from ...": an order ahead
        )
    if lem in DEFER_UNTIL_LEMMAS | HOLD_UNTIL_LEMMAS and _is_past(tok) and _deferred_until(tok):
        # "the case was adjourned until 20 March", "kept the alert in place until Friday": put off or
        # held, the day it resumes or ends ahead
        return tok
    if lem in POSTPONE_LEMMAS and not _is_past(tok) and _has_future_date(tok):
        # "the hearing was adjourned until 4 May", "remanded in custody until Friday"
        after = {t.lower_ for t in tok.subtree if t.i > tok.i}
        if after & {"until", "to", "till", "for"}:
            return tok
    if lem in CONTINUE_LEMMAS and present:
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and _lemma(subj) in EVENT_NOUNS:
            return tok  # "the trial continues", "talks resume"
    if lem in UNDER_WAY_LEMMAS and present and _under_way(tok):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and _lemma(subj) in EVENT_NOUNS:
            return tok  # "an inquiry is under way", "the search gets underway": a proceeding going on
    if lem == "be" and tok.dep_ in ("ROOT", "ccomp", "conj") and (present or _has_future_date(tok)):
        # "is to ...": be + xcomp with "to" (not "the aim was to ...", a purpose in the past, nor
        # "the key is to ...", advice for anyone)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None and (
            # (with its conjuncts: "the ideal and surest way is to ..." may be parsed as two subjects)
            any(_lemma(s) in ADVICE_SUBJECTS for s in (subj, *subj.conjuncts))
            or subj.dep_ == "csubj"
            or subj.tag_ == "VBG"
        ):
            return None  # ... nor "to see it is to believe it", "watching them is to learn": a likeness
        if (
            subj is not None
            and (
                _lemma(subj) in PURPOSE_SUBJECTS
                # "the aim of the course": the purpose of a thing ("our aim is to ..." may be a plan)
                or (_lemma(subj) in PURPOSE_OF_SUBJECTS and any(c.lower_ == "of" for c in subj.children))
            )
            and not _has_future_date(tok)
            # (a year may lie ahead though the story's own year is unknown: "to finish by 2027")
            and not any(t.ent_type_ == "DATE" for c in tok.children if c.dep_ == "xcomp" for t in c.subtree)
        ):
            return None  # "her job is to check the books": what she is for, no event ahead
        for c in tok.children:
            # (an infinitive's own "to", not a preposition: "what they did was move it to Leeds")
            if c.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children):
                return tok
    return None


def _deferred_until(verb: Token) -> bool:
    """A date ahead after "until" that hangs on ``verb`` itself ("adjourned the case until 20 March",
    "was bailed until next month"), not a date of a thing it names, nor with a date behind in the clause
    or a day told with what happened on it."""
    return not _has_past_date(verb) and any(
        c.dep_ == "prep"
        and c.lower_ in UNTIL_WORDS
        and any(
            e.label_ == "DATE"
            # (or the day of an hour after "until": "until 6pm on Friday")
            and (e.root.head.i == c.i or (e.root.head.dep_ == "prep" and _hour_until(e.root.head.head, c)))
            and _ent_ahead(e)
            # (not "until Sunday, when the side won": the day told with what happened on it)
            and not any(d.dep_ in ("relcl", "acl", "advcl") and _past_form(d) for d in e.root.children)
            for e in verb.doc.ents
        )
        for c in verb.children
    )


def _hour_until(tok: Token, until: Token) -> bool:
    """Whether ``tok`` is an hour (a TIME entity) that is the object of ``until``."""
    return tok.ent_type_ == "TIME" and tok.dep_ == "pobj" and tok.head.i == until.i


def _under_way(verb: Token) -> bool:
    """ "Under way" or "underway" as what ``verb`` ("be", "get") says of its subject."""
    return any(
        (c.lower_ == "underway" and c.dep_ in ("acomp", "advmod", "attr"))
        or (c.lower_ == "under" and c.dep_ == "prep" and any(o.lower_ == "way" for o in c.children))
        for c in verb.children
    )


def _lasting_ban(verb: Token) -> bool:
    """A ban from an act or a place that runs on: "from" with how long it lasts ("for three years",
    "for life", "indefinitely", "until 2030", "in the meantime"), passive or with its object, and not
    one whose year lies behind. A ban with no term ("was banned from the club") is the story."""
    if verb.tag_ not in ("VBN", "VBD") or not any(
        c.dep_ == "prep" and c.lower_ == "from" for c in verb.children
    ):
        return False
    if verb.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if _has_year_behind(verb) or _pluperfect(verb):
        return False
    # (the term may hang on the act banned: "from driving for three years")
    acts = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children]
    for c in (*verb.children, *(c for g in acts for c in g.children)):
        if c.dep_ == "advmod" and c.lower_ in BAN_TERM_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "until", "in"):
            for obj in (o for o in c.children if o.dep_ == "pobj"):
                if c.lower_ == "until" or _lemma(obj) in BAN_TERM_NOUNS:
                    return True
                if _lemma(obj) in DEADLINE_UNITS and any(
                    t.like_num or t.ent_type_ in ("DATE", "CARDINAL") for t in obj.subtree if t.i != obj.i
                ):
                    return True
    return False


def _time_to_act(obj: Token) -> bool:
    """An object that counts a span of time with an infinitive of what is to be done in it ("30
    days to refund them", "a fortnight in which to reply")."""
    return (
        obj.dep_ == "dobj"
        and _lemma(obj) in DEADLINE_UNITS
        and any(n.dep_ == "nummod" for n in obj.children)
        and any(
            a.dep_ in ("relcl", "acl") and any(x.lower_ == "to" for x in a.children) for a in obj.children
        )
    )


def _under_a_process(prep: Token) -> bool:
    """A present "be"/"remain" with "under" and a process that runs on ("is under investigation",
    "remain under review"): a matter held until its outcome, still to come."""
    verb = prep.head
    return (
        _lemma(verb) in ("be", "remain", "stay")
        and verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "pobj" and _lemma(c) in PENDING_UNDER_NOUNS for c in prep.children)
    )


def _waiting_for_a_thing(verb: Token) -> bool:
    """A present (or present progressive) "wait for" with a thing, not a span of time ("are waiting
    for the results", not "waited for hours" nor "are waiting for two hours")."""
    present = verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and _lemma(c) == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    )
    return present and any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
        for c in verb.children
    )


def _dated_after_noun(tok: Token) -> bool:
    """A schedule word after its noun with a date ahead right after it ("a payment of 40 million
    due next week", "an advance of 300 euros due by the end of March")."""
    if tok.lower_ not in SCHEDULE_ADJ or tok.dep_ != "amod" or tok.head.i > tok.i:
        return False
    doc = tok.doc
    at = tok.i + 1
    if at < len(doc) and doc[at].lower_ in SCHEDULE_PREPS and doc[at].lower_ != "next":
        at += 1
    return any(e.label_ == "DATE" and e.start == at and _ent_ahead(e) for e in doc.ents)


def _plan_noun_head(tok: Token) -> Token | None:
    """The verb that has, makes known or is a plan with its step as an infinitive ("the trust has
    plans to dredge the harbour", "the firm announced plans to close two plants", "there are plans to
    build"), unless the plan belongs to a past story ("they had plans to marry")."""
    if not any(c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return None
    verb = tok.head
    if tok.dep_ not in ("dobj", "attr", "nsubj", "nsubjpass") or not verb.tag_.startswith("VB"):
        return None
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children):
        if _lemma(verb) in ANNOUNCE_LEMMAS and verb.dep_ == "advcl" and verb.i < verb.head.i:
            return verb  # "Unveiling plans to build a marina, the trust said ...": a plan made known
        return None  # "Abandoning plans to ...", "India announcing plans ...": a headline's frame
    if _lemma(verb) in ANNOUNCE_LEMMAS:
        return verb
    if _lemma(verb) not in ("have", "be") or _is_past(verb):
        return None  # "condemned the promise to sell the port": someone else's plan, judged
    return verb


def _pluperfect(verb: Token) -> bool:
    """A past perfect ("had planned", "had been due"): a time before a past the story tells."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _told_before(verb: Token) -> bool:
    """A past-perfect plan or schedule standing alone ("she had been booked to wed in 2023", "had
    planned to sell the firm"): a time before the story, not a step, even with its date still ahead
    ("a fan had been due to travel out on Sunday": the past perfect says the plan no longer holds).
    Joined to what came of it ("had been slated to reopen but was put back to May"), inside a
    relative clause ("the race, which had been set for Saturday, was moved") or reported, the
    sentence around it may still say what comes next."""
    return (
        _pluperfect(verb)
        and not _reported(verb)
        and verb.dep_ not in ("conj", "relcl", "acl")
        and not any(c.dep_ == "conj" and c.tag_.startswith("VB") for c in verb.children)
    )


def _reported(verb: Token) -> bool:
    """Whether a clause is the content of a verb of saying or thinking ("said it was ready"); not
    a clause the parser hung on one across a semicolon ("X had been due to sign; people said ...":
    two sentences)."""
    if verb.dep_ not in ("ccomp", "parataxis") or _lemma(verb.head) not in SPEECH_LEMMAS:
        return False
    doc, say = verb.doc, verb.head
    between = doc[verb.right_edge.i + 1 : say.i] if say.i > verb.i else doc[say.i + 1 : verb.left_edge.i]
    return not any(t.text == ";" for t in between)


def _speaker(subj: Token) -> str:
    """A short name for who is speaking: the named entity in the subject when there is one."""
    doc = subj.doc
    inside = [e for e in doc.ents if subj.left_edge.i <= e.start <= subj.right_edge.i]
    for ent in inside:
        if ent.label_ == "PERSON":
            return str(ent.text)
    # the subject whole when it is short ("scientists attending the talks"), else less what
    # describes it, whole (not "scientists the talks")
    dropped = {d.i for t in subj.subtree if t.dep_ in ("relcl", "appos", "acl") for d in t.subtree}
    for toks in (
        [t for t in subj.subtree if t.dep_ != "punct"],
        [t for t in subj.subtree if t.i not in dropped and t.dep_ != "punct"],
    ):
        if len(toks) <= 6:
            return " ".join(t.text for t in toks).replace(" 's", "'s")
    for label in ("ORG", "GPE", "NORP"):
        for ent in inside:
            if ent.label_ == label:
                return str(ent.text)
    return ""


# the year the article speaks from: its publication year when known, else the latest year the
# text puts in the past ("was founded in 2009"), and the latest year it names at all; set for the
# article being read
_NOW_YEAR: ContextVar[tuple[int, int] | None] = ContextVar("_NOW_YEAR", default=None)
_YEAR_RE = re.compile(rf"\b{YEAR_SHAPE}\b")
# the article's publication day when known (set for the article being read), and the month and day a
# date phrase names ("28 April", "April 28th", "the 28th of April")
_PUBLISHED_DAY: ContextVar[date | None] = ContextVar("_PUBLISHED_DAY", default=None)
_MONTH_DAY_RE = re.compile(MONTH_DAY_PATTERN)
# a month and day this many days or more before the publication day in its year is read in the next
# year: "on 5 January" in a story of 20 December is the coming January, "on 28 April" in one of 2 May
# is gone (about half a year: nearer than that, the day already went by)
_NEXT_YEAR_GAP_DAYS = 183


def _ent_ahead(ent: Span) -> bool:
    """A date entity that lies ahead (``_ahead``), but for a weekday or the weekend after "the" ("on the
    Tuesday", "over the weekend"): one of the story's own days told back ("I was due to fetch her on the
    Tuesday"); a day ahead goes bare ("on Tuesday") or with "this", "next" or a possessive."""
    words = ent.text.lower().split()
    doc = ent.doc
    if (
        ent.start
        and ent.end < len(doc)
        and doc[ent.start - 1].lower_ == "in"
        and doc[ent.end].lower_ == "time"
        and UNIT_RE.search(ent.text)
    ):
        return True  # "in three weeks' time": a span from now
    if _span_ahead(ent):
        return True  # "the week ahead", "in the months ahead": a span from now on
    days = (*WEEKDAY_NAMES, "weekend")  # ("over the weekend" too: the story's own, told back)
    if (words[:1] == ["the"] and words[1:] and words[1] in days) or (
        ent.start and ent.doc[ent.start - 1].lower_ == "the" and words[:1] and words[0] in days
    ):
        return False
    return _ahead(ent.text)


def _span_ahead(ent: Span) -> bool:
    """A span of time with "ahead" right after it ("the week ahead", "in the months ahead"): from now on."""
    doc = ent.doc
    return (
        ent.end < len(doc)
        and doc[ent.end].lower_ in SPAN_AHEAD_WORDS
        and UNIT_RE.search(ent.text) is not None
    )


def _ahead(date: str) -> bool:
    """A date phrase that lies ahead: a day, a month, a season, "next ...", or a year after the year
    the article speaks from ("in 2027" in a story that puts 2024 in the past); without a publication
    date, only the latest year the article names can lie ahead ("by 1929" in a story that also
    names 2013 is history)."""
    if PAST_DATE_RE.search(date):
        return False
    now = _NOW_YEAR.get()
    years = [int(y) for y in _YEAR_RE.findall(date)]
    if now is not None and years:
        # the year decides: "on December 23, 2013" in a story that puts 2014 in the past is history
        return min(years) > now[0] and min(years) >= now[1]
    published = _PUBLISHED_DAY.get()
    # no year: a month and day read in the publication year that all fall before the publication day
    # (but not so far before that they mean next year) went by ("on 28 April" told on 2 May)
    if (
        published is not None
        and _MONTH_DAY_RE.search(date)
        and not NEXT_DATE_RE.search(date)
        and all(_month_day_gone(m, published) for m in _MONTH_DAY_RE.finditer(date))
    ):
        return False
    return bool(DATE_WORD_RE.search(date))


def _month_day_gone(m: re.Match[str], published: date) -> bool:
    """Whether the month and day ``m`` names, read in the year of ``published``, fall before it but
    less than ``_NEXT_YEAR_GAP_DAYS`` before (the same day is not gone); a day no calendar has is not."""
    month = MONTH_NAMES.index((m["m1"] or m["m2"]).lower()) + 1
    try:
        day = date(published.year, month, int(m["d1"] or m["d2"]))
    except ValueError:
        return False
    return 0 < (published - day).days < _NEXT_YEAR_GAP_DAYS


def _dating_years(p: ParsedSentence) -> list[int]:
    """The years a sentence names, but for a year that only labels a thing ("the 2040 plan",
    "a 1998 report"): that says nothing of when the article speaks. In an unparsed sentence, a
    year right before a lower-case word is taken for a label."""
    doc = p.steps_doc
    if doc is None:
        return dating_years(p.doc)  # no parse: a year right before a lower-case word labels it
    if not YEAR_DIGITS_RE.search(doc.text):
        return []  # no token can be a year: the quick way out
    return [
        int(t.text)
        for t in doc
        if _YEAR_RE.fullmatch(t.text)
        and not (
            t.dep_ in ("compound", "nummod", "amod")
            and t.head.tag_.startswith("NN")
            and t.head.ent_type_ != "DATE"
            and t.head.i > t.i
        )
    ]


def _now_year(parsed: Sequence[ParsedSentence], published: date | None) -> tuple[int, int] | None:
    """The publication year (twice), else the latest year of a DATE that a past-tense verb governs
    and the latest year the text names."""
    if published is not None:
        return published.year, published.year
    best: int | None = None
    latest = max((y for p in parsed for y in _dating_years(p)), default=0)
    for p in parsed:
        doc = p.steps_doc
        if doc is None:
            continue
        dating = set(_dating_years(p))
        for ent in doc.ents:
            years = (
                [int(y) for y in _YEAR_RE.findall(ent.text) if int(y) in dating]
                if ent.label_ == "DATE"
                else []
            )
            if not years:
                continue
            verb = ent.root.head
            while not verb.tag_.startswith("VB") and verb.dep_ != "ROOT":
                verb = verb.head
            perfect = verb.tag_ == "VBN" and any(
                c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children
            )
            # the verb's own tense ("was founded in 2009"), not that of a verb it completes ("offered
            # to meet on 3 March 2031" is an offer of a meeting ahead)
            own_past = verb.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
            )
            if verb.tag_.startswith("VB") and (own_past or perfect):
                best = max(best or 0, *years)
    return None if best is None else (best, latest)


def _has_future_date(tok: Token, own: bool = False, after: int = -1, owned: bool = True) -> bool:
    """A DATE entity naming a day, a month, a season, "next ..." or a year ahead in ``tok``'s
    subtree, or with the word before it a phrase ahead ("within five weeks", "by the end of the
    month"); with ``own``, not inside a finite clause of its own below ``tok`` ("the fact that she
    left in May" dates the leaving, not what is said of the fact); none before token ``after``;
    without ``owned``, not a possessive date ("Sunday's game"), which names a thing by its day."""
    idx = {t.i for t in tok.subtree if t.i >= after} | _bracket_after(tok)
    if own:
        for d in tok.subtree:
            if (
                d.i != tok.i
                and d.dep_ in ("relcl", "acl", "ccomp", "advcl")
                and (
                    d.tag_ in ("VBD", "VBZ", "VBP")
                    or any(
                        c.dep_ in _SUBJECT_DEPS
                        or (c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD"))
                        for c in d.children
                    )
                )
            ):
                idx -= {t.i for t in d.subtree}
    doc = tok.doc
    return any(
        e.label_ == "DATE"
        and e.start in idx
        and (owned or not _possessive_date(e))
        and (
            _ent_ahead(e)
            or (
                e.start > 0
                and FUTURE_DATE_RE.search(f"{doc[e.start - 1].text} {e.text}") is not None
                and not PAST_DATE_RE.search(e.text)
            )
        )
        for e in doc.ents
    )


def _possessive_date(ent: Span) -> bool:
    """A date ending in a possessive of a thing that is no fixture ("Sunday's row", "Friday's
    remarks"): it names the thing by its day, which may well lie behind, and dates no guess said of
    it ("Sunday's final", "next week's vote" are events that still lie ahead)."""
    last = ent.doc[ent.end - 1]
    return last.dep_ == "poss" and _lemma(last.head) not in FIXTURE_NOUNS


def _owned_day(doc: Doc, when: str) -> bool:
    """Whether the date phrase ``when`` is only a possessive date in ``doc``."""
    ents = [e for e in doc.ents if e.text == when]
    return bool(ents) and all(_possessive_date(e) for e in ents)


def _bracket_after(tok: Token) -> set[int]:
    """The words of an insertion in square brackets right after ``tok``'s clause ("... if we beat them
    [on Friday]"): an editor's addition to a quote that belongs to the clause it follows, though the
    parser may read it as a sentence of its own; empty when none follows."""
    doc = tok.doc
    start = tok.right_edge.i + 1
    if start >= len(doc) or doc[start].text != "[":
        return set()
    for t in doc[start + 1 : start + 2 + BRACKET_MAX_WORDS]:
        if t.text == "]":
            return set(range(start, t.i + 1))
        if t.text == "[":
            break
    return set()


def _has_year_behind(tok: Token) -> bool:
    """A DATE entity with a year that does not lie ahead ("on 23 December 2013" in a story that
    puts 2013 in the past) in ``tok``'s subtree; False when the article's year is unknown."""
    if _NOW_YEAR.get() is None:
        return False
    idx = {t.i for t in tok.subtree}
    return any(
        e.label_ == "DATE" and e.start in idx and _YEAR_RE.search(e.text) and not _ahead(e.text)
        for e in tok.doc.ents
    )


def _has_past_date(tok: Token) -> bool:
    """A DATE entity that looks back ("last Saturday", "two days ago") in ``tok``'s subtree."""
    idx = {t.i for t in tok.subtree}
    return any(e.label_ == "DATE" and e.start in idx and PAST_DATE_RE.search(e.text) for e in tok.doc.ents)


def _dated_heads(doc: Doc) -> list[Token]:
    """Present-tense verbs with a calendar date: "The company has until 20 November to appeal".

    The date must modify the verb itself ("meets on Friday"), not a noun ("a barbecue in May"); a
    date the parser hangs on a noun phrase inside the verb's own phrase ("plays in Monday's final")
    still dates it."""
    out: list[Token] = []
    for ent in doc.ents:
        if (
            ent.label_ == "TIME"
            and ent.start
            and doc[ent.start - 1].lower_ in UNTIL_WORDS
            and not PAST_DATE_RE.search(ent.text)
            and _runs_now(doc[ent.start - 1].head)
        ):
            out.append(
                doc[ent.start - 1].head
            )  # "sandbags are being given out until 7pm": a service running now
            continue
        if ent.label_ == "DATE" and TODAY_RE.fullmatch(ent.text):
            verb = ent.root.head
            if _said_on_another_day(verb):
                continue  # "'I am leaving today,' she said on Tuesday": her today, not ours
            if _in_progress_or_done_now(verb) and _lemma(verb) not in SPEECH_LEMMAS | DEPICT_LEMMAS:
                out.append(verb)  # "the bridge is opening today", "the album is released today"
            elif ent.start and doc[ent.start - 1].lower_ in START_WORDS:
                # "the rules apply from today", "can be bought starting today": a start, ahead
                while verb.tag_ == "VBG" and verb.dep_ in ("advcl", "prep", "acl") and verb.head.i != verb.i:
                    verb = verb.head  # "starting" hangs on the verb it dates
                while verb.dep_ == "prep" and verb.head.i != verb.i:
                    verb = verb.head
                if verb.tag_.startswith("VB") and not _is_past(verb) and _lemma(verb) not in SPEECH_LEMMAS:
                    out.append(verb)
            continue
        if ent.label_ != "DATE" or not _ent_ahead(ent) or _after_a_backward_prep(ent.root):
            continue
        attach = ent.root.head
        if attach.lower_ == "time" and attach.dep_ == "pobj" and _in_time(attach.head):
            attach = attach.head  # "in three weeks' time": the span hangs on "in"
        verb = attach.head if attach.dep_ == "prep" and not attach.tag_.startswith("VB") else attach
        while verb.ent_type_ == "TIME" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "until 6pm on Thursday", "at noon on Friday": the hour's verb
        if (
            verb.tag_.startswith("NN")
            and verb.dep_ == "pobj"
            and verb.head.dep_ == "prep"
            and verb.head.head.tag_ == "VB"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.head.head.children)
        ):
            verb = (
                verb.head.head
            )  # "to appear before magistrates on 12 March": the parser hangs the day on the noun
        event = verb
        verb = _noun_date_owner(verb)
        told = _event_owner(event)
        if _ahead_of_fixture(attach, ent):
            # "trained ahead of their game on Saturday": the parser hangs the game's day on the verb
            out.append(attach.head)
            continue
        if told is not None and _event_ahead(attach, event, told):
            # "needing a frame in Thursday's sitting", "trained for Friday's derby": a participle
            # with no subject is told with the clause whose subject it shares
            verb = told
            while verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and verb.head.tag_.startswith("VB"):
                verb = verb.head
            # (the cut keeps the participle's phrase, which says what the event is for)
            doc.user_data.setdefault(_KEEP_UPTO, {})[verb.i] = told.right_edge.i
            out.append(verb)
            continue
        infinitive = verb
        verb = _infinitive_owner(verb)
        if verb.dep_ in ("amod", "advmod") and _course_verb_as_modifier(verb.sent.root):
            verb = verb.sent.root  # "Nominations close on Friday": the clause is the noun's sentence
        if _verb_read_as_noun(verb) and (
            doc[ent.start - 1].lower_ in SCHEDULE_PREPS or ent.text.lower().startswith(NEXT_WORDS)
        ):
            out.append(verb)  # "Kelby United host Rovers on Saturday": the verb tagged as a noun
            continue
        if not verb.tag_.startswith("VB") or _lemma(verb) in SPEECH_LEMMAS or _lemma(verb) in DEPICT_LEMMAS:
            continue  # "the photo shows them on 3 May": when it was taken
        prev = doc[ent.start - 1].lower_ if ent.start else ""
        if (
            attach.lower_ == "for"
            and prev == "for"
            and _lemma(verb) in CALL_FOR_LEMMAS
            and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_.startswith("NN") for c in verb.children)
            and not _pluperfect(verb)
        ):
            out.append(verb)  # "the union called a strike for 4 December": an event set for a day ahead
            continue
        if any(c.dep_ in ("poss", "det") for c in verb.children) or (
            verb.tag_ in ("VBZ", "VBP")
            and verb.dep_ != "conj"
            and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        ):
            continue  # a noun the tagger took for a verb: "(posted) his voting slip on Monday"
        present = (
            verb.tag_ in ("VBZ", "VBP")
            or (
                verb.tag_ in ("VBN", "VBG")
                and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)
            )
            or _gerund_with_subject(verb)
            # "tickets, priced from £5, go on sale on 2 May": a present the tagger read as the base
            # form (a subject of its own, no auxiliary, no "to")
            or (
                verb.tag_ == "VB"
                and any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            )
        )
        if (
            verb.tag_ == "VBN"
            and infinitive.i == verb.i
            and ent.text.lower().startswith(CURRENT_SPAN_WORDS)
            and any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children)
            and not any(c.dep_ == "auxpass" for c in verb.children)
        ):
            continue  # "the team has won six games this autumn": done in a span that runs now, not ahead
        prev = doc[ent.start - 1].lower_ if ent.start else ""
        scheduled = (
            prev in SCHEDULE_PREPS
            or ent.text.lower().startswith(("next", "this ", "tomorrow", "later this"))
            # "the week ahead includes a visit to ...", "the coming month brings a vote": a date
            # ahead as the subject of a present verb
            or _span_ahead(ent)
            or (ent.root.dep_ == "nsubj" and ent.root.head.i == verb.i)
            # "the deadline for objections is 31 March", "polling day is 7 May": the day an event is set for
            or _day_set_by_copula(ent, verb)
            # "the trial is set for June", "a vote slated for Monday": an event fixed for a day
            or (prev == "for" and attach.head.i == verb.i and _lemma(verb) in SET_FOR_LEMMAS)
        )
        if (
            prev in DEADLINE_PREPS
            and attach.head.i == verb.i
            and _lemma(verb) in REQUEST_LEMMAS
            and verb.tag_ in ("VBD", "VBN")
            and not _has_past_date(verb)
        ):
            # "had asked the firm for the papers by 3 June": a deadline set, still to be met
            out.append(verb)
            continue
        if present and not any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBN") for c in verb.children):
            if scheduled:
                out.append(verb)
        elif (
            scheduled
            and infinitive.i != verb.i
            and (
                infinitive.head.i == verb.i
                or (infinitive.head.dep_ == "conj" and infinitive.head.head.i == verb.i)
            )
            and (
                # (not "began to sink on Sunday", "refused to answer on Monday": an act
                # that happened when its infinitive did)
                (infinitive.dep_ == "xcomp" and verb.tag_ == "VBD" and _lemma(verb) not in IMPLICATIVE_LEMMAS)
                # "was bailed to appear in court next month", "(was arrested and) released on
                # bail to return on 4 May": a past passive that sets a date ahead
                or (infinitive.dep_ in ("xcomp", "advcl") and _past_passive(verb))
                # "had sought an audit, due to finish by 30 June": a request told in the past
                # perfect sets a deadline ahead for someone else's act
                or (
                    infinitive.dep_ == "xcomp"
                    and prev in DEADLINE_PREPS
                    and _pluperfect(verb)
                    and _lemma(verb) in REQUEST_LEMMAS
                )
            )
            and not _has_past_date(verb)
        ):
            out.append(verb)  # "the union voted on Monday to strike on Friday": decided, still ahead
    return out


def _runs_now(verb: Token) -> bool:
    """Whether ``verb`` tells an act or a state running now: a present progressive or passive ("is
    giving out sandbags", "is closed"), or a past progressive reported under a past verb of saying,
    its present at the time of saying, with the hours it runs from ("said staff were giving out
    sandbags from 7am": a window kept, not "said they were searching until 9pm"); no date behind in
    its clause."""
    if not verb.tag_.startswith("VB") or _has_past_date(verb):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBG", "VBN") and any(a.tag_ in SIMPLE_PRESENT_TAGS for a in aux):
        return True
    return (
        verb.tag_ == "VBG"
        and any(a.tag_ == "VBD" and _lemma(a) == "be" for a in aux)
        and verb.dep_ == "ccomp"
        and _lemma(verb.head) in SPEECH_LEMMAS
        and _past_form(verb.head)
        and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(o.ent_type_ == "TIME" for o in c.children)
            for c in verb.children
        )
    )


def _day_set_by_copula(ent: Span, verb: Token) -> bool:
    """Whether a date is the complement of "be" whose subject is the day or an event set for it ("the
    deadline for objections is 31 March", "polling day is 7 May", "the funeral is Thursday"), not a
    superlative one ("the busiest day is Friday": which day is most of something)."""
    if ent.root.dep_ != "attr" or ent.root.head.i != verb.i or _lemma(verb) != "be":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and _lemma(subj) in SET_DAY_NOUNS
        and not any(c.tag_ in SUPERLATIVE_TAGS or c.lower_ == "most" for c in subj.children)
    )


def _after_a_backward_prep(tok: Token) -> bool:
    """Whether a date hangs, through nouns and prepositions, on one that looks back ("held since
    her detention on 2 June", "after Friday's vote"): the date is behind the verb, not ahead."""
    up = tok
    while not up.tag_.startswith("VB") and up.head.i != up.i:
        up = up.head
        if up.lower_ in BACKWARD_PREPS and up.dep_ == "prep":
            return True
    return False


# the key of ``Doc.user_data`` mapping a dated head to the final token its step's cut must keep
_KEEP_UPTO = "next_steps_keep_upto"


def _event_ahead(attach: Token, event: Token, verb: Token) -> bool:
    """Whether a date ahead puts ahead the event a verb leads to, whatever the verb's own tense: a
    verb of getting ready for it ("trained for Friday's derby", "gearing up for the June ballot"), or a
    participle with no auxiliary nor subject of a verb that looks ahead (``AHEAD_PARTICIPLE_LEMMAS``:
    "needing two frames in Thursday's sitting", "starting with a visit to Leeds on Friday"; not
    "winning three frames in Sunday's session", the story told). The date hangs on an event
    noun (``FIXTURE_NOUNS``: a possessive, a compound or "on"), or, for getting ready, is what the
    verb is "for"."""
    prepare = _lemma(verb) in PREPARE_LEMMAS
    if prepare and attach.lower_ == "for" and attach.head.i == verb.i:
        return True
    if event.i == verb.i or _lemma(event) not in FIXTURE_NOUNS or not _hangs_on(attach, event):
        return False
    if _ahead_of(event) is not None:
        return True  # "trained ahead of Saturday's game": whatever the tense, the game is still to come
    if prepare:
        return any(t.lower_ == "for" and t.dep_ == "prep" and t.head.i == verb.i for t in event.ancestors)
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl", "ROOT")
        and _lemma(verb) in AHEAD_PARTICIPLE_LEMMAS
        and not any(c.dep_ in ("aux", "auxpass") or c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


def _ahead_of(noun: Token) -> Token | None:
    """The verb a noun follows after "ahead of" ("trained ahead of the game": "trained"), else None."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    adv = of.head
    if adv.lower_ != "ahead" or adv.dep_ != "advmod" or not adv.head.tag_.startswith("VB"):
        return None
    return adv.head


def _ahead_of_fixture(attach: Token, ent: Span) -> bool:
    """Whether a date the parser hangs on a verb (``attach``, its preposition) is the day of an event
    noun right before it, after "ahead of" ("trained ahead of their game on Saturday"), not the
    verb's own ("trained on Thursday ahead of the game")."""
    if attach.dep_ != "prep" or not attach.head.tag_.startswith("VB") or attach.i != ent.start - 1:
        return False
    last = attach.doc[attach.i - 1]
    # up from the last word to the event ("ahead of their game against Rovers on Saturday")
    for noun in (last, *last.ancestors):
        owner = _ahead_of(noun)
        if owner is not None:
            return owner.i == attach.head.i and _lemma(noun) in FIXTURE_NOUNS and noun.right_edge.i == last.i
    return False


def _event_owner(tok: Token) -> Token | None:
    """The verb a noun phrase belongs to, up through prepositions, objects and possessives ("needing
    two frames in Thursday's sitting": "needing"); ``tok`` itself if a verb, else None."""
    up = tok
    while not up.tag_.startswith("VB"):
        if up.dep_ == "pobj" and _ahead_of(up) is not None:
            return _ahead_of(up)  # "trained ahead of Saturday's game"
        if up.head.i == up.i or up.dep_ not in ("poss", "compound", "nmod", "pobj", "prep", "dobj", "appos"):
            return None
        up = up.head
    return up


def _hangs_on(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` (what a date hangs on) is ``noun`` or hangs on it through nouns and "on"
    only ("Thursday's sitting", "a visit to Leeds on Friday night"), not through another preposition."""
    up = tok
    while up.i != noun.i:
        if up.head.i == up.i or up.dep_ not in ("poss", "compound", "nmod", "pobj", "prep"):
            return False
        if up.dep_ == "prep" and up.lower_ != "on" and not _in_time(up):
            return False
        up = up.head
    return True


def _in_time(prep: Token) -> bool:
    """An "in ... time" phrase ("in three weeks' time", "in a month's time"): a span from now."""
    return prep.lower_ == "in" and any(c.dep_ == "pobj" and c.lower_ == "time" for c in prep.children)


def _noun_date_owner(tok: Token) -> Token:
    """The verb a date hung on a noun phrase dates ("plays in Monday's final", "meets at the
    council's sitting on Friday"), not one a verb's object holds ("holds a fete in June"): up
    from the noun through possessives, compounds and prepositions, up to a verb; ``tok``
    itself when there is none."""
    up = tok
    while up.tag_.startswith("NN") and up.dep_ in ("poss", "compound", "nmod", "pobj") and up.head.i != up.i:
        up = up.head
        if up.dep_ == "prep" and not up.tag_.startswith("VB") and up.head.i != up.i:
            up = up.head
    return up if up.tag_.startswith("VB") else tok


def _gerund_with_subject(verb: Token) -> bool:
    """A gerund with a subject of its own and no auxiliary ("with Rovers visiting Kelby on
    Saturday", "the review being next week"): it tells an event as present."""
    return (
        verb.tag_ == "VBG"
        and any(c.dep_ == "nsubj" and c.tag_.startswith("NN") for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# the links from a dated infinitive up to the clause it completes ("is keen to", "a bid to",
# "will help (to) build", "in order to")
_INFINITIVE_CHAIN = ("xcomp", "acl", "advcl", "acomp", "conj", "dobj", "pobj", "prep")


def _past_passive(verb: Token) -> bool:
    """A participle with a past passive auxiliary of its own or shared with the verb it is joined to
    ("was bailed", "was charged and bailed")."""
    while True:
        if verb.tag_ not in ("VBN", "VBD"):
            return False
        if any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def _verb_read_as_noun(tok: Token) -> bool:
    """The root of a sentence with no finite verb that is a common noun after a name ("Kelby
    United host Rovers on Saturday", "Dunley travel to Harrow"): a plural verb after a team or
    a firm named in the singular, which the tagger reads as a compound noun, or a verb with its
    particle ("the opera's world tour sets off in May"); an adjective with a subject ("Ticket sales
    open on Friday"); or a root noun whose verb of course after it was read as its modifier
    ("Nominations close on Friday")."""
    sent = tok.sent
    if (
        (tok.lower_ in COURSE_VERBS or tok.tag_ in ("VBZ", "VBP"))
        and tok.i > sent.start
        and _course_subject_missing(tok)
    ):
        return True  # (a verb the tagger read as one: "The council votes on Tuesday", its subject a compound)
    if tok.dep_ == "ROOT" and (tok.tag_ == "JJ" or (tok.tag_ == "RB" and tok.lower_ in COURSE_VERBS)):
        # "Ticket sales open on Friday": a verb read as an adjective (or "close" as an adverb), with a
        # subject and no "be"
        return any(c.dep_ == "nsubj" for c in tok.children) and not any(
            t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in sent
        )
    if _course_verb_as_modifier(tok):
        return True  # "Nominations close on Friday": the noun is the subject of the verb after it
    before = tok.doc[tok.i - 1]
    return (
        tok.dep_ == "ROOT"
        and tok.tag_ in ("NN", "NNS")
        and tok.i > sent.start
        and before.dep_ == "compound"
        and before.head.i == tok.i
        # after a name or a name's noun ("Rovers' youngsters travel to Harrow"), or with a verb's
        # particle ("the opera's world tour sets off in May")
        and (
            before.text[:1].isupper()
            or any(c.dep_ == "poss" and c.text[:1].isupper() for c in (*before.children, *tok.children))
            or any(c.dep_ == "prt" for c in tok.children)
        )
        # a finite verb of a clause of its own may follow ("..., and the coach admits it is hard",
        # "... in a qualifier which might settle the group")
        and not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") and not _in_own_clause(t, tok) for t in sent)
        and len(sent) >= 6
    )


def _course_verb_as_modifier(noun: Token) -> bool:
    """A sentence's root noun with a verb of a process's course after its phrase that the parse read
    as a modifier of the noun right before it ("Nominations close on Friday", "Entries for the race
    open at noon": "close" an adverb or an adjective on "Nominations"), and no finite verb in the
    sentence: the root's phrase is that verb's subject."""
    sent = noun.sent
    if (
        noun.dep_ != "ROOT"
        or noun.tag_ not in ("NN", "NNS")
        or any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in sent)
    ):
        return False
    return any(
        t.lower_ in COURSE_VERBS
        and t.tag_ in ("JJ", "RB")
        and t.dep_ in ("amod", "advmod")
        and t.head.i == t.i - 1
        and t.head.tag_ in ("NN", "NNS")
        and (t.head.i == noun.i or noun.i in {a.i for a in t.head.ancestors})
        for t in sent
        if t.i > noun.i
    )


def _course_subject_missing(tok: Token) -> bool:
    """A verb of a process's course (``COURSE_VERBS``), or any verb the tagger read as a present one,
    at the head of its sentence whose subject noun right before it the parse made its compound ("The
    consultation runs until 30 March": "runs" read as a noun with "consultation" on it; "The council
    votes on Tuesday"); no other finite verb in the sentence."""
    before = tok.doc[tok.i - 1]
    return (
        tok.dep_ == "ROOT"
        and tok.tag_ in ("VBZ", "VBP", "NN", "NNS")
        and before.tag_.startswith("NN")
        and before.dep_ == "compound"
        and before.head.i == tok.i
        and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != tok.i for t in tok.sent)
    )


def _in_own_clause(t: Token, root: Token) -> bool:
    """Whether ``t`` sits in a clause of its own under ``root``: a relative, adverbial or
    complement clause, or a coordinated clause with its own subject, on its way up."""
    up = t
    while up.i != root.i:
        if up.dep_ in ("relcl", "acl", "advcl", "ccomp", "csubj", "parataxis") or (
            up.dep_ == "conj" and any(c.dep_ in _SUBJECT_DEPS for c in up.children)
        ):
            return True
        if up.head.i == up.i:
            return False
        up = up.head
    return False


def _infinitive_owner(verb: Token) -> Token:
    """The finite verb whose clause a dated infinitive completes ("is keen to open the hall in
    May", "has put in a bid to host the games in 2032"), else ``verb`` itself."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return verb
    top = verb
    while top.dep_ in _INFINITIVE_CHAIN and top.head.i != top.i:
        top = top.head
        if top.tag_ in ("VBZ", "VBP", "VBD") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in top.children
        ):
            return top
    return verb


def _said_on_another_day(verb: Token) -> bool:
    """Whether ``verb`` is what someone said on a day the sentence names ("'I leave today,' she
    said on Tuesday"): "today" is then the day of speaking."""
    for anc in verb.ancestors:
        if _lemma(anc) in SPEECH_LEMMAS and anc.tag_ == "VBD":
            said = {t.i for t in verb.subtree}
            return any(
                t.ent_type_ == "DATE" and DATE_WORD_RE.search(t.text) for t in anc.subtree if t.i not in said
            )
    return False


def _said_back_then(verb: Token) -> bool:
    """Whether ``verb`` is what someone said under a past verb of saying that the sentence puts far
    back: by a year before the article's own ("said in 2019 that the pier would close"), a phrase
    of ``BACK_THEN_RE`` ("said at the time", "years ago") or an unnamed earlier time (``EARLIER_RE``:
    "assured us before that", "once said"), outside what was said and its speaker, or
    in a clause of time or cause that sets off a past event ("was arrested after he said he would ..."),
    or followed by "but" and what happened instead ("said he would be charged, but he was freed"); a
    verb of saying that only declines to say more ("but declined to comment") tells nothing of it."""
    for anc in verb.ancestors:
        if _lemma(anc) not in SPEECH_LEMMAS or not anc.tag_.startswith("VB"):
            continue
        if not _past_form(anc):
            return False
        if _pluperfect(anc):
            return True  # "the coach had assured players they could rest": said before the story's past
        if (
            anc.dep_ == "advcl"
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKS for c in anc.children)
            # (a bare participle heading the sentence is the tagger's simple past: "residents protested")
            and (
                _is_past(anc.head)
                or (anc.head.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in anc.head.children))
            )
        ):
            return True  # "residents marched after officials said the road would close": told as background
        if any(c.dep_ == "cc" and c.lower_ in CONTRARY_CONJ for c in anc.children) and any(
            c.dep_ == "conj"
            and c.i > verb.i
            and _is_past(c)
            and _lemma(c) not in LINKING_LEMMAS | {"have"}
            and not any(x.dep_ == "xcomp" and _lemma(x) in SPEECH_LEMMAS for x in c.children)
            for c in anc.children
        ):
            return True  # "police said he would be charged, but he was freed": what came of it is told
        said = {t.i for t in verb.subtree}
        now = _NOW_YEAR.get()
        groups = [
            [t for t in c.subtree if t.i not in said]
            for c in anc.children
            if c.dep_ not in (*_SUBJECT_DEPS, "conj", "cc")  # (a clause joined on tells its own time)
        ]
        # (the parser may hang the time of saying on what was said: "said last year it would ...", the
        # words between the verb of saying and the subject of what was said)
        clause = next((c for c in anc.children if c.i in said), None)
        subj = None if clause is None else next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None and anc.i < subj.left_edge.i:
            groups.append(list(verb.doc[anc.i + 1 : subj.left_edge.i]))
        for words in groups:
            idx = {t.i for t in words}
            phrase = " ".join(t.text for t in words)
            # ("assured us before that ...": the saying put at some earlier time, unnamed)
            if (
                BACK_THEN_RE.search(phrase)
                or EARLIER_RE.search(phrase)
                or (
                    now is not None
                    and any(
                        e.label_ == "DATE"
                        and e.start in idx
                        and _YEAR_RE.search(e.text)
                        and all(int(y) < now[0] for y in _YEAR_RE.findall(e.text))
                        for e in verb.doc.ents
                    )
                )
            ):
                return True
        return False
    return False


def _told_before_the_story(verb: Token) -> bool:
    """Whether ``verb`` is what someone said under a past perfect verb of saying that the story
    tells in its own voice ("the landlord had told tenants that rents would rise from May"): the
    telling lies before the story's past, and what it said is the past's future, dated or not
    (reported, "she said they had told her the road would reopen", it may still hold)."""
    say = next((a for a in verb.ancestors if _lemma(a) in SPEECH_LEMMAS and a.tag_.startswith("VB")), None)
    return (
        say is not None
        and _pluperfect(say)
        and not _reported(say)
        and not _in_quotes(say)
        and not _modal_of(say)
    )


def _in_progress_or_done_now(verb: Token) -> bool:
    """A present progressive or a present passive ("is opening", "is released"): with "today",
    an event of the publication day (a simple present, "employs 500 people today", is a state)."""
    if verb.tag_ not in ("VBG", "VBN"):
        return False
    dep = "aux" if verb.tag_ == "VBG" else "auxpass"
    return any(c.dep_ == dep and c.tag_ in ("VBZ", "VBP") for c in verb.children)


# conditions and time phrases ahead stay in front of a step; other leading subordinate clauses go
_KEPT_MARKS = frozenset({"if", "unless", "until", "once", "when", "before"})


def _droppable_lead(child: Token) -> bool:
    """A phrase in front of the subject that a step can lose: a participle ("Dated April,"), a
    time behind us ("as she did in the spring"), a reason or a contrast clause."""
    sub = list(child.subtree)
    text = " ".join(t.text for t in sub)
    if PAST_DATE_RE.search(text):
        return True
    if (
        child.dep_ in ("ccomp", "parataxis")
        and _lemma(child) not in SPEECH_LEMMAS
        and any(c.dep_ in _SUBJECT_DEPS for c in child.children)
    ):
        return True  # a whole clause of its own in front: a glued sentence, a quote before the step
    if child.dep_ != "advcl":
        return False
    mark = next((m.lower_ for m in child.children if m.dep_ == "mark"), "")
    if mark in _KEPT_MARKS or FUTURE_DATE_RE.search(text):
        return False
    participle = child.tag_ in ("VBN", "VBG") and not any(c.dep_ in _SUBJECT_DEPS for c in child.children)
    return participle or bool(mark)


def _clause(head: Token, keep: Token | None = None) -> list[Token]:
    """The clause under ``head``: its subject and the head's subtree as one contiguous span, less
    leading phrases that are not part of the step."""
    doc = head.doc
    toks = sorted(head.subtree, key=lambda t: t.i)
    subj = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None and head.dep_ in ("xcomp", "ccomp", "conj", "advcl"):
        # borrow the subject of the governing verb ("the union was ready to back"); the span runs
        # on from it, so nothing is reassembled
        gov = head.head
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        while subj is None and gov.dep_ == "conj" and gov.head.tag_.startswith("VB"):
            # "(the police) searched the flat and are thought to be planning more raids": a verb
            # joined to another shares its subject, as does a raising verb's infinitive
            gov = gov.head
            subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            toks = sorted({*subj.subtree, *toks}, key=lambda t: t.i)
    elif subj is not None:
        lead = [
            c for c in head.children if c.i < subj.left_edge.i and c.dep_ not in ("aux", "auxpass", "neg")
        ]
        cut = max(
            (
                c.right_edge.i
                for c in lead
                # (only a lead wholly before the clause kept: cutting up to a later one would cut
                # the kept clause off and leave the frame alone, "..., she said")
                if _droppable_lead(c) and (keep is None or c.right_edge.i < keep.i)
            ),
            default=-1,
        )
        if cut >= 0:
            toks = [t for t in toks if t.i > cut]
    if toks:
        toks = list(doc[toks[0].i : max([toks[-1].i, *_bracket_after(head)]) + 1])
    # drop a leading "that" and surrounding quotes/punctuation
    while toks and (
        toks[0].lower_ in ("that", ",", '"', "\u201c", "and", "but", "so")
        or toks[0].is_punct
        or (toks[0].dep_ == "mark" and toks[0].lower_ in ("as", "while") and toks[0].head.i == head.i)
        # "(is) how the side got ready for Friday's derby": the clause without its "how"
        or (
            toks[0].lower_ == "how"
            and toks[0].head.i == head.i
            and head.dep_ == "ccomp"
            and _lemma(head.head) == "be"
        )
    ):
        toks = toks[1:]
    # (not the bracket that closes an editor's insertion the clause keeps: "[on Friday]")
    while toks and toks[-1].is_punct and not (toks[-1].text == "]" and any(t.text == "[" for t in toks)):
        toks = toks[:-1]
    return toks


def _when(doc: Doc, toks: Sequence[Token], head: Token) -> str | None:
    """The best forward date phrase in the clause: calendar days first, then relative phrases.

    Dates attached to a past-tense verb other than the trigger ("the budget passed on Monday")
    are not when the step happens."""
    idx = {t.i for t in toks}
    best: tuple[int, str] | None = None
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.start not in idx or PAST_DATE_RE.search(ent.text):
            continue
        verb = ent.root.head
        backward = False  # "after three floods in two winters", "since the war": behind us, not ahead
        while not verb.tag_.startswith("VB") and verb.dep_ != "ROOT" and verb.i != head.i:
            backward = backward or verb.lower_ in BACKWARD_PREPS
            verb = verb.head
        if backward:
            continue
        if (
            verb.i == head.i
            and head.tag_ == "VBD"
            and (ent.root.dep_ == "npadvmod" or ent.root.head.lower_ in ("on", "in"))
        ):
            continue  # "voted on Monday to strike on Friday": the day of the vote, behind us
        if (
            verb.i != head.i
            and verb.tag_ in ("VBD", "VBN")
            and not any(c.tag_ == "MD" for c in verb.children)
            # (a present passive is not past: "when the results are published on Monday")
            and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)
        ):
            continue
        text = str(ent.text)
        prep = doc[ent.start - 1] if ent.start else None
        # "will land in about ten days", "could be freed within two years": a
        # span counted from now, on the step's own verb (not "the first rise in two years")
        from_now = (
            prep is not None
            and prep.lower_ in ("in", "within")
            and prep.head.i == head.i
            and ent.label_ == "DATE"
            and re.search(r"\b(?:days?|weeks?|months?|years?)\b", text) is not None
        )
        if not TIME_WORD_RE.search(text):
            continue  # "would start in the second-row": a DATE the tagger gave a word that names no time
        if re.fullmatch(r"\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?", text):
            continue  # "a woman, 34, was ...", "riders of 30-45": an age or a range the tagger took for a date
        if _NOW_YEAR.get() is not None and _YEAR_RE.search(text) and not _ahead(text):
            continue  # "at the original 1990 price": a year the story puts behind it
        if RECURRING_DATE_RE.search(text) and not from_now:
            continue  # "on weekdays", "£8 a day", "at least ten years": how often or how long
        if (
            re.fullmatch(r"[\w.]+-(?:year|month|week|day|hour)s?(?:-old)?", text)
            or re.search(r"-(?:year|month|week|day)s?-olds?\b", text)
            or "old" in text.split()
        ):
            continue  # "seven-year stint", ages ("five- and six-year-olds")
        if ent.label_ == "TIME" and not re.search(
            r"\b(?:day|week|month|night|morning|evening)\b", text, re.I
        ):
            continue
        rank = 0
        if re.search(
            rf"\b(?:{CALENDAR_ALT}|Christmas|Easter)\b|\d",
            text,
        ):
            rank = 3
        elif re.search(r"\b(?:next|end|coming|within|tomorrow|later|by|before|half|quarter)\b", text, re.I):
            rank = 2
        elif re.search(r"\b(?:day|week|month|year)s?\b", text, re.I):
            rank = 1
        if best is None or rank > best[0]:
            best = (rank, text)
    if best is None:
        # "will tour in the autumn": a season the tagger leaves out of its dates, after a
        # preposition of time on the step's own verb
        for t in toks:
            if (
                t.lower_ in SEASONS
                and t.i >= 2
                and doc[t.i - 1].lower_ in ("the", "this")
                and doc[t.i - 2].lower_ in SCHEDULE_PREPS
                and doc[t.i - 2].head.i == head.i
            ):
                return str(doc[t.i - 1 : t.i + 1].text)
    return best[1] if best else None


def _render(toks: Sequence[Token], keep: int = -1) -> str:
    """The step's words as the sentence has them, cut after ``_MAX_WORDS`` words, or after the
    token ``keep`` (a document index) when that comes later, up to ``_MAX_WORDS_KEPT``."""
    text = "".join(t.text_with_ws for t in toks).strip()
    if text.count("(") > text.count(")"):
        text = re.sub(r"\(([A-Z][A-Za-z]{1,7})(?=\s)", r"(\1)", text)  # the parser left ")" outside
        end = toks[-1].i + 1 if toks else 0
        if (
            toks
            and end < len(toks[0].doc)
            and toks[0].doc[end].text == ")"
            and text.count("(") > text.count(")")
        ):
            text += ")"  # the clause ends just inside a bracket ("drop to minus 4C (25F")
    words = text.split()
    limit = _MAX_WORDS
    if toks and toks[0].i <= keep <= toks[-1].i:
        upto = len(toks[0].doc[toks[0].i : keep + 1].text.split())
        if upto <= _MAX_WORDS_KEPT:
            limit = max(limit, upto)
    if len(words) > limit:
        text = " ".join(words[:limit]).rstrip(",;:") + " ..."
    text = _quotes_kept(re.sub(r"\s+", " ", text).strip())
    if toks and (text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")):
        # a quotation the step opens closes right after it in the sentence ('... "within weeks."')
        doc, end = toks[-1].doc, toks[-1].i + 1
        after = [t.text for t in doc[end : end + 2]]
        mark = next((m for m in ('"', "\u201d") if m in after), None)
        if mark is not None and not text.endswith(" ..."):
            text += mark
    return text


def _quotes_kept(text: str) -> str:
    """``text`` without the quotation marks around it, but with one it needs: a quotation opened
    inside the step keeps its closing mark ('would publish it "within weeks"'), and one closed inside
    keeps its opening mark."""
    bare = text.strip(' "\u201c\u201d')
    if bare.count('"') % 2 == 1:
        if text.endswith('"') and not bare.endswith('"'):
            bare += '"'
        elif text.startswith('"') and not bare.startswith('"'):
            bare = '"' + bare
    if bare.count("\u201c") > bare.count("\u201d") and text.endswith("\u201d"):
        bare += "\u201d"
    elif bare.count("\u201d") > bare.count("\u201c") and text.startswith("\u201c"):
        bare = "\u201c" + bare
    return bare


def _is_quote(text: str, start: int) -> bool:
    """Whether ``start`` is inside quoted speech (straight, curly double or curly single quotes)."""
    before = text[:start]
    if before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d"):
        return True
    opening = len(re.findall(r"(?:^|[\s(\[])\u2018", before))
    closing = len(re.findall(r"\u2019(?![A-Za-z])", before))
    return opening > closing


def _in_quotes(tok: Token) -> bool:
    """Inside quoted speech by the marks around it, or by the parser's opening and closing quote
    tags (a straight single quote is also an apostrophe, which the marks alone cannot tell)."""
    sent = tok.sent
    if _is_quote(sent.text, tok.idx - sent.start_char):
        return True
    before = sent.doc[sent.start : tok.i]
    return sum(t.tag_ == "``" for t in before) > sum(t.tag_ == "''" for t in before)


def _modal_of(head: Token) -> str:
    return next((c.lower_ for c in head.children if c.tag_ == "MD"), "")


def _polite_appeal(head: Token) -> bool:
    """An appeal in the first person softened by "would" ("I would ask drivers with dashcams to get
    in touch", "we would ask people to stay away"): the speaker's appeal made as they speak, with
    someone to act on it, not a past habit nor a supposition."""
    return (
        _modal_of(head) in HEDGE_MODALS
        and _lemma(head) in APPEAL_LEMMAS
        and not any(c.dep_ == "neg" for c in head.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)
        and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in head.children)
    )


def _told_as_story(head: Token) -> bool:
    """A "would"/"could" clause that tells the past (a habit, an ability, a story) rather than
    what comes next: no date ahead, and a habit word, "could not", or no reporting frame."""
    modal = _modal_of(head)
    if modal not in NARRATIVE_MODALS:
        return False
    if _polite_appeal(head):
        return False  # "we would ask you to ring us": an appeal made now, softened
    toks = list(head.subtree)
    if _has_future_date(head) or FUTURE_DATE_RE.search(" ".join(t.text for t in toks)):
        return False
    if any(t.lower_ in HABIT_WORDS and not _share_each(t) for t in toks):
        return True  # "each time the bell would ring": a habit in the past
    if modal == "could" and (any(c.dep_ == "neg" for c in head.children) or _negative_object(head)):
        return True  # "he couldn't mend the mast", "she could find no trace": not possible then
    if _unreal_condition(head):
        return True  # "if the dam broke, the town would flood": a supposition, not what comes next
    if any(c.dep_ == "auxpass" for c in head.children):
        return False  # "could be jailed", "would be barred from": what may be done to someone
    if _lemma(head) == "face" and any(c.dep_ == "dobj" and _lemma(c) in FACE_OBJECTS for c in head.children):
        return False  # "could face a fine", "would face a vote": what may come to someone
    # "would" shifts a future back only under a past verb of saying: "she said it would close";
    # "the report states he would cycle to the coast and swim" tells a past habit
    # a second clause joined to a reported one is reported too ("said it was surprised and would
    # appeal")
    said = head
    while said.dep_ == "conj" and said.head.i != said.i and said.head.tag_.startswith("VB"):
        said = said.head
    if said.dep_ == "ccomp" and _lemma(said.head) in THOUGHT_THEN_LEMMAS and _past_form(said.head):
        return True  # "I thought it would suit me", "nobody knew she would lose": the past's guess
    if _scene_told(said, head):
        return True  # "he told the builder he would sue", "she then said she would go": a scene of the story
    present_frame = (
        said.dep_ == "ccomp" and said.head.tag_ in ("VBZ", "VBP") and _lemma(said.head) in SPEECH_LEMMAS
    )
    reported = (
        (said.dep_ == "ccomp" and not present_frame)
        # "X said it was disappointed and would appeal": the parser may join it to the saying
        or (said.i != head.i and said.tag_ == "VBD" and _lemma(said) in SPEECH_LEMMAS)
        or any(c.dep_ == "advcl" for c in head.children)
        or any(c.dep_ in ("ccomp", "parataxis") and _lemma(c) in SPEECH_LEMMAS for c in head.children)
    )
    return not reported  # "the boat would drift back": a story told, not a step


def _share_each(tok: Token) -> bool:
    """A distributive "each" after a sum or a count ("would give them 300 euros each"): a share per
    person, not a habit."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    return (
        tok.lower_ == "each"
        and prev is not None
        and (prev.like_num or prev.ent_type_ in ("MONEY", "CARDINAL"))
    )


def _scene_told(said: Token, head: Token) -> bool:
    """A "would" of someone's own act in a clause said in the simple past as a scene of the story:
    told to someone inside it ("he told the builder he would sue him", "she told him she would
    leave"), or said as the next thing in a told sequence ("he then said he would ..."). What they
    said then is the past's future, as the story goes on to tell; not said to the public ("told
    reporters", "told a reporter"), nor of what is to be done to someone ("told him he would be
    sentenced"); the caller has made sure no date lies ahead."""
    verb = said.head
    if said.dep_ != "ccomp" or verb.tag_ != "VBD":
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in PERSON_PRONOUNS or any(c.dep_ == "auxpass" for c in head.children):
        return False
    # (any verb that takes what was said: "then insisted he would ...")
    if any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS for c in verb.children):
        return True
    if _lemma(verb) not in SPEECH_LEMMAS:
        return False
    listener = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < said.i), None)
    return listener is not None and (
        listener.lower_ in LISTENER_PRONOUNS
        or (
            listener.tag_ == "NN"
            and not listener.ent_type_
            and listener.lower_ in PERSON_KIND_NOUNS
            and listener.lower_ not in PRESS_LISTENERS
        )
    )


def _negative_object(verb: Token) -> bool:
    """The verb's object (or its preposition's) is a negative word or is headed by "no" ("could
    find no trace", "could recall nothing"): the clause is negated from its object."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objs += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(
        o.lower_ in NEGATIVE_OBJECTS
        or any(d.dep_ == "det" and d.lower_ in NEGATIVE_OBJECTS for d in o.children)
        for o in objs
    )


def _not_a_step(head: Token, toks: Sequence[Token], has_speaker: bool, climbed: bool) -> bool:
    """Forward-looking forms that say nothing about what comes next."""
    subj = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    # the parser sometimes reads "A builder offered to ..." as a noun with a participle: the noun
    # is then the subject
    noun_root = (
        head.dep_ == "ROOT" and head.tag_.startswith("NN") and any(c.dep_ == "acl" for c in head.children)
    ) or _verb_read_as_noun(head)
    # (a noun head is no subject of its own clause: undated, "the names most likely to win" is a noun
    # phrase; dated ahead, "the golfer due to play next week" says who is due)
    subjects = [t for t in toks if t.dep_ in _SUBJECT_DEPS and (t.i != head.i or _has_future_date(head))]
    if not has_speaker and not noun_root and not subjects:
        return True  # a fragment without a subject: a caption, a headline, a noun phrase
    if (
        subjects
        and all(t.tag_ in ("WP", "WDT") for t in subjects)
        and (toks[0].tag_ in ("WP", "WDT") or (not has_speaker and not noun_root))
    ):
        return True  # "who to plan their travel": a piece of a relative clause
    if (
        head.dep_ == "ROOT"
        and head.tag_ == "VB"
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children)
    ):
        return True  # "Ferries to be a lifeline": a headline's infinitive, no finite verb
    if _hedged_view(head):
        return True  # "I'd say most of them live locally", "it would seem ...": a view of now
    if _thing_purpose(head):
        return True  # "the kit is meant to be a teaching aid": what a thing is for
    if _thing_claims(head, subj) and not _has_future_date(head):
        return True  # "the new lamp promises to halve your bills": what a thing is said to do
    if any(c.dep_ == "neg" and c.lower_ == "never" for c in head.children) and not _has_future_date(head):
        return True  # "the town will never forget": a judgement for all time, not an event
    if (
        subj is not None
        and subj.lower_ in GENERIC_SUBJECTS
        and not any(subj.children)  # "one in ten drivers" counts people
        and not _has_future_date(head)
        and not _warned_of_a_breach(head)
    ):
        return True  # "you need to carry a spare tyre": advice to anyone, not an event
    if not _has_future_date(head) and any(
        a.tag_.startswith("VB")
        # (not "you know they will come back", bare: a turn of speech to the listener)
        and not (_lemma(a) in DISCOURSE_LEMMAS and not _modal_of(a))
        and any(
            c.dep_ == "nsubj" and c.lower_ in GENERIC_SUBJECTS and not any(c.children) for c in a.children
        )
        for a in head.ancestors
    ):
        return True  # "you can see it and think she is going to ...": what anyone would, not an event
    if (
        subj is not None
        and subj.lower_ in EVERYONE_SUBJECTS
        and not any(subj.children)
        and (_modal_of(head) in WEAK_MODALS or _lemma(head) in OBLIGATION_LEMMAS)
        and not _has_future_date(head)
    ):
        return True  # "everybody must chip in", "everyone should pitch in": an opinion of what ought to be
    if (
        _modal_of(head) in PRESENT_GUESS_MODALS
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and _lemma(c) == "be" for c in head.children)
        and not _has_future_date(head)
        and not FUTURE_WORD_RE.search(" ".join(t.text for t in head.subtree))
        and not any(t.lower_ in UNTIL_WORDS for t in head.subtree)
    ):
        return True  # "the shops could be selling it", "they may be losing interest": a guess at now
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in head.children) and not _has_future_date(
        head
    ):
        return True  # "she will often train at weekends": a habit, not an event
    if _purpose_of_a_habit(head):
        return True  # "whenever a storm hits, crews are there to help": what is done each time
    if subj is not None and _wished_by_anyone(subj) and not _has_future_date(head):
        return True  # "the one thing you must avoid is to ...": what anyone would wish, advice
    if _narrated_habit(head) and not _has_future_date(head):
        return True  # "she worked hard, she would sleep four hours": what she used to do
    if _disposition(head, subj) and not _has_future_date(head):
        return True  # a wish about beliefs, a reaction caused, a standing preference, a musing
    if (
        subj is not None
        and (subj.lower_ in SHARE_NOUNS or subj.ent_type_ == "PERCENT")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)
        and _modal_of(head)
        and _lemma(head) in LINKING_LEMMAS
        and not _has_future_date(head)
    ):
        return True  # "a tenth of drivers will be poorer": how a share of a group will fare, a statistic
    if _doubted_condition(head) and not _has_future_date(head):
        return True  # "if he does take to the hills, he will win": a hope on a doubt, not an event
    if (
        _lemma(head) == "be"
        and _modal_of(head)
        and any(c.dep_ == "acomp" and c.lower_ in MOOD_ADJ | FEAR_ADJ | FEELING_ADJ for c in head.children)
        and not _has_future_date(head)
    ):
        return True  # "the striker will be eager to score again": a guess at a mood, no event
    if (
        head.dep_ == "ccomp"
        and head.head.dep_ == "acomp"
        and head.head.lower_ in FEAR_ADJ
        and not _has_future_date(head)
    ):
        return True  # "the villagers are afraid the dam will burst": a fear, not an event
    if _opinion(head):
        return True  # "she believes the club must change", "he thinks they are ready to go": a view
    if _negated_readiness(head) and not _has_future_date(head):
        return True  # "the owner isn't willing to sell": a stance held now, not an act ahead
    if (
        subj is not None
        and _modal_of(head) in OPINION_MODALS
        and (
            subj.lower_ in NO_ONE_SUBJECTS
            or any(d.dep_ == "det" and d.lower_ in NO_ONE_SUBJECTS for d in subj.children)
        )
        and not _has_future_date(head)
    ):
        return True  # "no child should go hungry", "nobody must be left behind": a norm, not an event
    if _research_finding(head) and not _has_future_date(head):
        return True  # "studies have shown smokers are likely to ...": what holds of a kind, found
    if (
        (
            _lemma(head) in FEELING_EFFECT_LEMMAS
            # (not a wish: "would love to help" wants an act)
            or (_lemma(head) in OWN_FEELING_LEMMAS and not any(c.dep_ == "xcomp" for c in head.children))
            # "this should make us all ashamed", "that would make them proud": a feeling caused
            or (
                _lemma(head) in CAUSATIVE_LEMMAS
                and any(
                    c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.lower_ in MADE_TO_FEEL_ADJ
                    for c in head.children
                )
            )
        )
        and _modal_of(head)
        and not any(c.dep_ == "auxpass" for c in head.children)
        and not _has_future_date(head)
    ):
        return True  # "the losses will unnerve investors": how a thing lands, a judgement, no event
    if _thing_effect(head, subj) and not _has_future_date(head):
        return True  # "the new road would ease congestion": a forecast of what a thing does, no event
    if _kept_state(head) and not _has_future_date(head):
        return True  # "the library will stay open": nothing changes, no event
    if _price_term(head):
        return True  # "the buyer will pay 300p for each share": a term of the deal, no event
    if _ranked(head) and not _has_future_date(head):
        return True  # "the merger would be the third such tie-up the board has cleared": a record or a description, no event
    if (
        _lemma(head) in INFERENCE_LEMMAS
        and _modal_of(head) in GUESS_MODALS
        and not any(c.dep_ == "auxpass" for c in head.children)
        and not _has_future_date(head, own=True)
    ):
        return True  # "that would explain the delay": an inference about how things are
    if _is_guess(head):
        return True  # "it could be worth more", "that would look great": an estimate, not an event
    if any(_idiom_at(v) for v in (head, *(c for c in head.children if c.dep_ == "xcomp"))):
        return True  # "it should come as no surprise", "is fighting for his life": a set phrase
    if _lemma(head) == "be" and subj is not None and subj.lower_ in EVALUATIVE_SUBJECTS:
        if any(
            c.dep_ == "acomp"
            and not (c.lower_ in READY_ADJ and any(x.dep_ == "xcomp" for x in c.children))
            and not _too_early_to_know(c)  # "it's too early to judge": an answer still due
            for c in head.children
        ):
            return True  # "it will be lovely to ...", "that would be nice": an evaluation, not an event
        if climbed and any(c.dep_ == "attr" for c in head.children):
            return True  # "it is a shame that should never happen": the modal belongs to a judgement
    if _thing_question(head) and not _has_future_date(head):
        return True  # "a tool which helps predict how long repairs will take": what a thing is for
    # "she is no member yet, but hopes she will be": a judgement with its complement unsaid
    return _elided_copula(head) and not _has_future_date(head)


def _thing_subject(subj: Token | None) -> bool:
    """A subject that names a thing, an act or a plan: a common noun that is no name of an actor, of
    no person, group or business kind ("the scheme", "the new rules", not "the council", "she")."""
    return (
        subj is not None
        and subj.tag_ in ("NN", "NNS")
        and subj.ent_type_ not in ACTOR_ENTITY_TYPES
        and _lemma(subj) not in ACTOR_KIND_NOUNS
    )


def _thing_effect(head: Token, subj: Token | None) -> bool:
    """A verb of what a thing does to others (``THING_EFFECT_LEMMAS``) with a modal, an object and a
    thing for subject ("the bypass would ease the queues", "the scheme will create 300 jobs"): what
    is expected to follow from a thing, not an event anyone has set."""
    return (
        _lemma(head) in THING_EFFECT_LEMMAS
        and bool(_modal_of(head))
        and not any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ in ("dobj", "dative") for c in head.children)
        and _thing_subject(subj)
    )


def _kept_state(head: Token) -> bool:
    """A verb that keeps a state (``KEPT_STATE_LEMMAS``) with a modal and an adjective for the state,
    with no end ("until"), length or other complement ahead ("the pool will stay open"): nothing
    changes. "Will stay shut until Monday" or "for a week" is kept: it says when the state ends."""
    return (
        _lemma(head) in KEPT_STATE_LEMMAS
        and bool(_modal_of(head))
        and any(c.dep_ == "acomp" for c in head.children)
        and all(c.dep_ in ("nsubj", "aux", "acomp", "neg", "punct", "advmod") for c in head.children)
        and not any(c.dep_ == "advmod" and c.ent_type_ == "DATE" for c in head.children)
    )


def _price_term(head: Token) -> bool:
    """A verb of a price (``PRICE_LEMMAS``) with a modal, a sum of money for object and a unit it is
    paid by ("per share", "for each ticket", "a night"): a term of a deal or a tariff, unless the
    verb itself is dated ahead ("will pay 5p a share on 3 June"; a date inside the object, "a
    premium to the price on 2 May", dates the price, not the paying)."""
    if _lemma(head) not in PRICE_LEMMAS or not _modal_of(head):
        return False
    if any(_has_future_date(c) for c in head.children if c.dep_ not in ("dobj", "dative", "nsubj")):
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "prep", "dative")]
    money = any(t.ent_type_ == "MONEY" for c in objects if c.dep_ == "dobj" for t in c.subtree)
    unit = any(
        t.lower_ in PRICE_UNIT_WORDS and t.dep_ in ("prep", "det", "dative")
        for c in objects
        for t in c.subtree
    )
    return money and unit


def _ranked(head: Token) -> bool:
    """A linking "be" under a modal whose complement is "the" one ranked in a series the sentence
    names, by an ordinal or an adjective of rank (``RANK_ADJ``), with the series after it ("will be
    the second of its sort to ...", "would be the third such case this court has heard"): a record
    or a description of what comes, not an event. ("Will be her first race" names no series.)"""
    if _lemma(head) != "be" or not _modal_of(head):
        return False
    return any(
        c.dep_ == "attr"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        and any(
            (a is c or a.dep_ == "amod") and (a.ent_type_ == "ORDINAL" or a.lower_ in RANK_ADJ)
            for a in (c, *c.children)
        )
        and any(d.dep_ in ("relcl", "acl") or (d.dep_ == "prep" and d.lower_ == "of") for d in c.children)
        for c in head.children
    )


def _thing_question(head: Token) -> bool:
    """A modal clause that is an indirect question ("how many buses will run", "how long the wait will
    be") under a verb of knowing or predicting (``QUESTION_VERB_LEMMAS``) that says what a thing
    described in a relative clause does ("an app which uses maps to predict when buses will arrive"):
    it tells what the thing is for, it names no event to come."""

    def asks(clause: Token) -> bool:
        return clause.dep_ == "ccomp" and next(iter(clause.subtree)).lower_ in QUESTION_OPENERS

    if _modal_of(head) and asks(head):
        asker = head.head  # the modal clause is the question
    elif any(asks(c) and _modal_of(c) for c in head.children):
        asker = head  # the verb of predicting triggered ("to predict how many will come")
    else:
        return False
    if _lemma(asker) not in QUESTION_VERB_LEMMAS or _modal_of(asker):
        return False
    # up the infinitives to the verb they serve ("uses maps to predict"): a thing's relative clause
    verb = asker
    while (
        verb.dep_ in ("xcomp", "advcl")
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        verb = verb.head
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in SIMPLE_PRESENT_TAGS
        and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children)
    )


def _elided_copula(head: Token) -> bool:
    """A modal "be" with nothing it links its subject to ("the pier is safe, or they say it must be",
    "she is no member yet, but hopes she will be"): the complement is left unsaid, no
    event is told."""
    return (
        _lemma(head) == "be"
        and bool(_modal_of(head))
        and all(c.dep_ in ELIDED_COPULA_DEPS for c in head.children)
    )


def _warned_of_a_breach(head: Token) -> bool:
    """What will be done to "you" if "you" break an order or a term ("should you violate this
    order, you will be taken into custody"): a warning to one person bound by it, under "will", not advice
    to anyone; the breach (``TRIAL_OUTCOME_LEMMAS``) is an act of that person's still ahead."""
    return _modal_of(head) in INTENT_MODALS and any(
        c.dep_ == "advcl"
        and _lemma(c) in TRIAL_OUTCOME_LEMMAS
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in head.children
    )


def _negated_readiness(head: Token) -> bool:
    """ "Be" in the present, negated, with an adjective of readiness and its infinitive ("is not willing
    to live with the deal", "we aren't prepared to wait"): what someone refuses to accept now."""
    return (
        _lemma(head) == "be"
        and head.tag_ in SIMPLE_PRESENT_TAGS
        and not _modal_of(head)
        and any(c.dep_ == "neg" for c in head.children)
        and any(
            c.dep_ == "acomp" and c.lower_ in STANCE_READY_ADJ and any(x.dep_ == "xcomp" for x in c.children)
            for c in head.children
        )
    )


def _research_finding(head: Token) -> bool:
    """A clause reported by research as what it found or showed ("decades of study show that such
    pupils are likely to ...", "the survey found older drivers will ..."): a finding of how things
    tend to go, not an event ahead."""
    finder = head.head
    if head.dep_ != "ccomp" or _lemma(finder) not in FINDING_LEMMAS:
        return False
    subj = next((c for c in finder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    # ("decades of study", "a body of evidence": the research may be what the subject is made of)
    nouns = [subj, *(o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]
    return any(_lemma(n) in RESEARCH_NOUNS for n in nouns)


def _disposition(head: Token, subj: Token | None) -> bool:
    """A forward-looking form that tells a disposition rather than an event: a wish about what
    others hold true ("would like the public to believe"), a reaction caused in others ("will have
    the critics fuming"), a standing preference with a bare object ("will only drink still
    water"), or a musing in the first person in quotes under a generic condition or a resolution
    ("when I pass one I'll ...", "I'll ... from now on")."""
    lemma = _lemma(head)
    kids = list(head.children)
    modal = _modal_of(head)
    if any(
        _lemma(t) in JEST_LEMMAS and t.tag_.startswith("VB") and _quote_framed_by(head, t) for t in head.sent
    ):
        return True  # "'the neighbours will think I've gone mad,' he joked": said in jest
    if modal and lemma in HELD_TRUE_LEMMAS and any(c.dep_ == "ccomp" for c in kids):
        return True  # "critics will think it unfair": a guess at a view
    if (
        modal
        and lemma in OPEN_OUTCOME_LEMMAS
        and any(
            c.dep_ == "ccomp"
            and (
                c.left_edge.tag_ in ("WP", "WRB", "WDT")
                or any(m.lower_ in ("whether", "if") for m in c.children)
            )
            for c in kids
        )
    ):
        return True  # "we will see what happens": an open outcome
    if (
        modal
        and lemma in LINKING_LEMMAS | APPEARANCE_LEMMAS
        and any(
            (c.dep_ == "acomp" and c.lower_ in DIFFICULTY_ADJ and any(x.dep_ == "xcomp" for x in c.children))
            or (
                lemma in APPEARANCE_LEMMAS
                # (an adjective, or one the parser reads as a participle: "would look striking")
                and (c.dep_ == "acomp" or (c.dep_ == "xcomp" and c.tag_ in ("JJ", "VBG", "VBN")))
                and not any(x.dep_ == "xcomp" for x in c.children)
            )
            for c in kids
        )
    ):
        return True  # "would be hard to beat", "will look good": a judgement of a thing
    if (
        modal
        and lemma in LINKING_LEMMAS
        and any(
            c.dep_ == "acomp" and any(a.dep_ == "advmod" and a.lower_ in EXCESS_ADVERBS for a in c.children)
            for c in kids
        )
    ):
        return True  # "the hall will prove too small to cope", "it would prove too costly": a judgement
    if modal and any(c.dep_ == "advmod" and c.lower_ in ALL_TIME_ADVERBS for c in kids):
        return True  # "this will stay with me forever": for all time, not an event
    if modal and any(c.dep_ == "advmod" and c.lower_ in WILLING_ADVERBS for c in kids):
        return True  # "would gladly sell him": a willingness, not an act to come
    if modal == "would" and any(
        _lemma(t) in RATE_UNITS
        and (
            # ("three loaves a day", "twice per week"; not a span: "for a week")
            (t.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in RATE_WORDS for d in t.children))
            or (t.dep_ == "pobj" and t.head.lower_ in RATE_WORDS)
        )
        for t in _own_clause(head)
    ):
        return True  # "would bake three hundred loaves a day": a habit of the past
    if lemma in WISH_LEMMAS and any(
        c.dep_ in ("ccomp", "xcomp")
        and _lemma(c) in HELD_TRUE_LEMMAS
        # others' belief, not the wisher's own wish to learn ("the families want to learn why")
        and any(x.dep_ in _SUBJECT_DEPS for x in c.children)
        for c in kids
    ):
        return True
    if lemma in HOPE_NOW_LEMMAS and not modal and _hoped_now(head):
        return True  # "I hope the worst is over", "we trust the lesson has been learnt": a wish about now
    if lemma in REACTION_CAUSATIVE_LEMMAS and _modal_of(head) and not any(c.dep_ == "auxpass" for c in kids):
        for c in kids:
            if (
                c.dep_ in ("ccomp", "xcomp")
                and c.tag_ == "VBG"
                # (the one made to react; "will keep working" is the subject's own act)
                and any(x.dep_ in _SUBJECT_DEPS and x.i < c.i for x in c.children)
            ):
                return True
            if c.dep_ == "dobj" and any(
                t.tag_ == "VBG"
                and t.dep_ != "amod"
                and any(n.tag_.startswith("NN") for n in c.doc[c.left_edge.i : t.i])
                for t in c.subtree
            ):
                return True
    if _modal_of(head) in ("will", "would", "'ll", "'d") and any(
        c.dep_ == "advmod" and c.lower_ in RESTRICTIVE_ADVERBS and c.i == head.i - 1 for c in kids
    ):
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if (
            obj is not None
            and obj.tag_ in ("NN", "NNS")
            and not any(c.dep_ in ("det", "poss", "nummod", "quantmod") for c in obj.children)
        ):
            return True
    # (the speaker's own "I": a quote, often one opened sentences before)
    if subj is not None and subj.lower_ == "i":
        if any(
            c.dep_ == "advcl"
            and c.tag_ in ("VBP", "VBZ")
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS | PAST_TIME_MARKS for m in c.children)
            and any(s.dep_ == "nsubj" and s.lower_ in FIRST_PERSON for s in c.children)
            for c in head.subtree
        ):
            return True  # "when I pass one I'll hide": what the speaker would do each time
        words = [t.lower_ for t in head.subtree]
        if any(tuple(words[k : k + 3]) == FROM_NOW_ON for k in range(len(words) - 2)):
            return True  # "I'll walk home the long way from now on": a resolution, a new habit
    return False


def _hoped_now(verb: Token) -> bool:
    """A verb of hoping whose complements are all finite clauses of how things are or were: "be" in
    the present, or a past or perfect, with no modal, no infinitive and no date ahead ("hope that
    the days of cheap seats are gone", "trusts the message has got through"). A present event verb
    ("hope he recovers") looks ahead and is kept."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    for c in comps:
        auxes = [a for a in c.children if a.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes) or _has_future_date(c):
            return False
        now_be = _lemma(c) == "be" and c.tag_ in ("VBZ", "VBP")
        past = c.tag_ == "VBD" or any(a.tag_ == "VBD" or _lemma(a) == "have" for a in auxes)
        if not (now_be or past):
            return False
    return True


def _thing_purpose(head: Token) -> bool:
    """A passive verb of purpose with "to be" and no date ahead ("it is designed to be worn
    daily", "the sign is meant to be a warning"): what a thing is for, not what comes next."""
    return (
        _lemma(head) in THING_PURPOSE_LEMMAS
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(
            c.dep_ == "xcomp" and _lemma(c) == "be" and any(a.lower_ == "to" for a in c.children)
            for c in head.children
        )
        and not _has_future_date(head)
    )


def _hedged_view(head: Token) -> bool:
    """A verb of saying, thinking or seeming under a hedging "would" with a clause of its own and
    no date ahead ("I'd say most riders live locally", "it would seem the roof is sound"):
    the speaker's view of how things are, softened; not a refusal ("would not say whether ...")."""
    return (
        _modal_of(head) in HEDGE_MODALS
        and _lemma(head) in HEDGE_LEMMAS
        and not any(c.dep_ == "neg" for c in head.children)
        and any(c.dep_ == "ccomp" for c in head.children)
        and not _has_future_date(head)
    )


def _own_clause(head: Token) -> list[Token]:
    """The words of ``head``'s clause, less the clauses below it."""
    out: list[Token] = []
    todo = [head]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(
            c for c in t.children if c.dep_ not in ("ccomp", "advcl", "relcl", "acl", "conj", "parataxis")
        )
    return out


def _quote_framed_by(head: Token, verb: Token) -> bool:
    """Whether ``head`` lies inside the quote that ``verb`` (outside it) frames: the quote is open
    at the head, or closes between the head and a verb after it."""
    if _in_quotes(verb):
        return False
    if _in_quotes(head):
        return True
    return verb.i > head.i and any(
        t.tag_ == "''" or t.text in ("'", "\u2019", '"', "\u201d") for t in head.doc[head.i : verb.i]
    )


def _opinion(head: Token) -> bool:
    """A duty or a readiness inside what someone thinks or believes, with no date ahead ("the coach
    believes they must defend better", "she thinks the team is ready to win"): an opinion of what
    ought to be or could be, not an event."""
    if head.dep_ != "ccomp" or _lemma(head.head) not in BELIEF_LEMMAS or _has_future_date(head):
        return False
    return _modal_of(head) in OPINION_MODALS or any(
        c.dep_ == "acomp" and c.lower_ in DISPOSITION_ADJ for c in head.children
    )


def _purpose_of_a_habit(head: Token) -> bool:
    """An infinitive of purpose under a present-tense verb that a present-tense time clause
    governs ("when the river floods, volunteers are there to help"), with no date ahead: what is
    done each time the thing happens, not an event to come."""
    if head.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    verb = head.head
    if verb.tag_ not in ("VBZ", "VBP") or any(c.tag_ == "MD" for c in verb.children):
        return False
    return not _has_future_date(verb) and any(
        c.dep_ == "advcl"
        and c.i != head.i
        and c.tag_ in ("VBZ", "VBP")
        and any(m.lower_ in HABIT_TIME_MARKS and (m.dep_ == "mark" or m.tag_ == "WRB") for m in c.children)
        for c in verb.children
    )


def _doubted_condition(head: Token) -> bool:
    """A condition stressed with "do" ("if he does take to it", "if they do agree"): the speaker
    doubts it will be met, so what follows from it is a hope or a guess, not what comes next."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        and any(a.dep_ == "aux" and _lemma(a) == "do" for a in c.children)
        and not any(a.dep_ == "neg" for a in c.children)
        for c in head.children
    )


def _idiom_at(verb: Token) -> bool:
    """Whether a set phrase of ``IDIOM_PATTERNS`` starts at ``verb``."""
    doc = verb.doc
    for pattern in IDIOM_PATTERNS:
        if _lemma(verb) != pattern[0] or verb.i + len(pattern) > len(doc):
            continue
        following = doc[verb.i + 1 : verb.i + len(pattern)]
        if all(want == "*" or _lemma(t) == want for want, t in zip(pattern[1:], following, strict=True)):
            return True
    return False


def _is_guess(head: Token) -> bool:
    """A linking verb under a modal that guesses or judges, with a predicate of worth or chance
    ("could be worth more", "may be possible") or a noun judged of "it"/"that"/"this" ("it might
    well be the best"), and no date ahead: how things are or may be, not an event. (A bare
    adjective is kept: "the plan could be illegal" warns of what may come.)"""
    if _lemma(head) not in LINKING_LEMMAS or _modal_of(head) not in GUESS_MODALS:
        return False
    # (a gerund is what is judged: "it could be good living by the sea")
    if any(
        c.dep_ in ("auxpass", "ccomp") or (c.dep_ == "xcomp" and c.tag_ != "VBG") for c in head.children
    ) or _has_future_date(head, owned=False):
        return False  # "could be sentenced", "may be able to leave", "would be back on Monday"
    subj = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    for c in head.children:
        if _lemma(c) in STATE_PREDICATES:
            return True
        if c.dep_ == "attr" and subj is not None and subj.lower_ in EVALUATIVE_SUBJECTS:
            return True  # "it might well be the best" (not "the fine could be a record")
        if (
            c.dep_ == "attr"
            and _modal_of(head) in POSSIBILITY_MODALS
            and subj is not None
            # (not one granted before a clause with a modal of its own: "they may not be giants, but
            # we may soon find them" looks ahead in its second half)
            and not any(
                t.tag_ == "MD" and t.i > cc.i
                for cc in head.children
                if cc.dep_ == "cc" and cc.lower_ in CONCESSIVE_CONJ
                for t in head.subtree
            )
        ):
            return True  # "the culprit might be the cold", "a bar may not be the venue for this": a guess
    return False


def _frame(verb: Token) -> str:
    """The reporting verb with the one it speaks to ("told Reuters", "told reporters"): dropping
    the listener would change who said what to whom."""
    # with its auxiliaries: "were told" is not "told" (who told whom turns round)
    start = min(
        [verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)]
    )
    listener = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i > verb.i), None)
    end = verb.i if listener is None or listener.right_edge.i - verb.i > 4 else listener.right_edge.i
    return "".join(t.text_with_ws for t in verb.doc[start : end + 1]).strip()


def _unreal_condition(head: Token) -> bool:
    """A "would"/"could" clause under a condition or a time in the past tense ("if the dam broke",
    "if she were elected", "whenever it rained"), said by no one the sentence names with a past verb of saying (where the past
    is only the shift of reported speech: "the union said that if talks failed, it would strike")."""
    clauses = list(head.children)
    if head.dep_ == "ccomp" and head.head.tag_.startswith("VB") and _lemma(head.head) not in SPEECH_LEMMAS:
        # the parser may hang the time clause right after the "would" clause on the verb that
        # governs it ("the boys would be given a ring when they came of age, the elders had one")
        clauses += [
            c
            for c in head.head.children
            if c.dep_ == "advcl" and c.i > head.i and c.left_edge.i == head.right_edge.i + 1
        ]
    if not any(
        c.dep_ == "advcl"
        and (
            any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS | PAST_TIME_MARKS for m in c.children)
            # "the men would light a bonfire when the first snow came": a habit of the past
            or (c.left_edge.lower_ in PAST_TIME_MARKS and c.left_edge.tag_ == "WRB")
        )
        and (c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in c.children))
        for c in clauses
    ):
        return False
    # (only a past verb of saying shifts the tense back: under "has claimed" or "says", "if there
    # were ..." is a supposition)
    return not any(_lemma(a) in SPEECH_LEMMAS and _past_form(a) for a in head.ancestors)


def _is_past(verb: Token) -> bool:
    """A simple-past verb or a verb with a past auxiliary, not a speech verb and with no modal
    (an infinitive takes the tense of the verb it completes: "was meant to be")."""
    while verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.tag_.startswith("VB"):
        verb = verb.head
    if _lemma(verb) in SPEECH_LEMMAS or any(c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _question_frame(head: Token) -> Token | None:
    """The clause around a "whether" question about what comes next ("it is unclear whether the
    bridge will reopen", "the board will decide whether ..."): a decision or an outcome still due,
    said with its frame; None when the frame is past ("she asked whether he would stay": the story)."""
    gov = head.head
    while not gov.tag_.startswith("VB") and gov.dep_ != "ROOT":
        gov = gov.head  # "no word on whether ...": the preposition and its noun, up to the verb
    if not gov.tag_.startswith("VB") or (_is_past(gov) and not _has_future_date(head)):
        return None
    if _purpose_of_a_past_act(gov):
        return None  # "she walked over to ask if they would stop": asked then, the story
    return gov


def _guess_told_to_the_teller(head: Token) -> bool:
    """A guess about the teller ("I", "we") that someone else rang or came to voice in the past
    ("the nurses rang her to say I may lose a leg"): the teller knows how it ended, so it is a
    story, not a step ahead. (Not a quote of the speaker's own: "she said: 'I would urge ...'".)"""
    if _modal_of(head) not in GUESS_MODALS:
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in TELLER_PRONOUNS or head.dep_ != "ccomp":
        return False
    say = head.head
    if _lemma(say) not in SPEECH_LEMMAS:
        return False
    caller = next((c for c in say.head.children if c.dep_ == "nsubj"), None)
    # "rang her to say": the saying is the purpose of a past act by someone else
    return (
        caller is not None
        and caller.lower_ not in TELLER_PRONOUNS
        and say.tag_ == "VB"
        and say.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in say.children)
        and say.head.tag_ == "VBD"
        and _lemma(say.head) not in SPEECH_LEMMAS
        # (a verb of planning acts on someone: "called the family to say", not "planned to say")
        and (_lemma(say.head) not in PLAN_LEMMAS or any(c.dep_ == "dobj" for c in say.head.children))
    )


def _call_to_say(head: Token) -> bool:
    """A past call made on someone to pass a message ("the vet called the owner to say the dog
    had died"): a call in the sense of a visit or a ring, not of a summons; whatever lies ahead is
    in what was said, read on its own."""
    return (
        head.tag_ == "VBD"
        and _lemma(head) in PLAN_LEMMAS
        and any(c.dep_ == "dobj" for c in head.children)
        and any(
            c.dep_ in ("xcomp", "advcl")
            and _lemma(c) in SPEECH_LEMMAS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in head.children
        )
    )


def _people_willing_to(head: Token) -> bool:
    """ "There will be plenty of others eager to help": an existential whose noun is marked by an
    adjective of readiness with its own infinitive counts people and their mood, not an event
    ahead ("there will be a vote to settle it" has no such adjective)."""
    if _lemma(head) != "be" or not any(c.dep_ == "expl" for c in head.children):
        return False
    nouns = [c for c in head.children if c.dep_ in ("attr", "nsubj")]
    if any(
        _is_action_noun(n) or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children)
        for n in nouns
    ):
        return False  # "there will be a meeting of people keen to object": the meeting is ahead
    nouns += [g for n in nouns for g in n.subtree if g.dep_ in ("pobj", "appos") and g.tag_.startswith("NN")]
    return any(
        a.dep_ in ("amod", "acomp") and a.tag_ == "JJ" and any(x.dep_ == "xcomp" for x in a.children)
        for n in nouns
        for a in n.children
    ) or any(
        a.dep_ == "acomp" and a.tag_ == "JJ" and any(x.dep_ == "xcomp" for x in a.children)
        for a in head.children
    )


def _denied_entailment(head: Token) -> bool:
    """A clause under a negated verb of entailing ("that does not mean the shop will close", "a
    win would not guarantee they go up"): what is said not to follow, not a step ahead."""
    frame = head.head
    return (
        head.dep_ == "ccomp"
        and _lemma(frame) in ENTAIL_LEMMAS
        and any(c.dep_ == "neg" for c in frame.children)
    )


def _narrated_present(head: Token) -> bool:
    """A progressive "is trying to ..." joined to a bare simple present of what happens next in
    the scene ("he is trying to shield the ball and gets knocked over", "she is hoping to pass
    and slips"): a scene told in the present, as in a match report, not a plan. A joined verb of
    planning or saying keeps the plan ("is planning to open and expects to finish")."""
    if head.tag_ != "VBG" or not any(c.dep_ == "aux" and _lemma(c) == "be" for c in head.children):
        return False
    # (the parser may join the scene's verb to the infinitive: "trying to shield ... and gets")
    owners = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    for conj in (c for o in owners for c in o.children if c.dep_ == "conj" and c.i > head.i):
        tags = {conj.tag_} | {c.tag_ for c in conj.children if c.dep_ in ("aux", "auxpass")}
        if (
            tags & SIMPLE_PRESENT_TAGS
            and not any(c.tag_ == "MD" or c.dep_ in ("xcomp", "ccomp", "nsubj") for c in conj.children)
            and _lemma(conj) not in PLAN_LEMMAS | SPEECH_LEMMAS | WISH_LEMMAS
        ):
            return True
    return False


def _candidate(head: Token) -> tuple[Token, list[Token], str, str] | None:
    """The clause of a triggered head with its reporting frame, or None when it is not a step."""
    if _told_as_story(head):
        return None
    if (
        head.i != head.sent.root.i
        and _lemma(head.sent.root) in PERCEIVE_LEMMAS
        and not any(
            a.dep_ == "advcl" and any(m.dep_ == "mark" for m in a.children) for a in (head, *head.ancestors)
        )
        and not _has_future_date(head)
    ):
        # "the guard is heard on the tape shouting at her and vows to post the clip": what
        # a recording or a scene holds, told in the present, not what comes next (not a clause of
        # its own: "..., as the council promised to ...")
        return None
    if _told_before_the_story(head):
        return None  # "the landlord had told tenants rents would rise from May" (and then withdrew it)
    if (
        (
            _modal_of(head) in NARRATIVE_MODALS | PLAIN_FUTURE_MODALS
            or (not _modal_of(head) and _past_form(head))
        )
        and _said_back_then(head)
        and not _has_future_date(head)
    ):
        # (a duty or a call said then, "should face a hearing", may still be due)
        return None  # "in 2019 the council said the pier would close": the past's future, told back
    if _in_a_recording(head) and not _has_future_date(head):
        return None  # "in the footage a cat ... gets ready to pounce": what the recording shows
    if (
        _guess_told_to_the_teller(head)
        or _narrated_present(head)
        or _call_to_say(head)
        or _people_willing_to(head)
        or _denied_entailment(head)
    ) and not _has_future_date(head):
        return None  # a story told, a scene, a message passed on, a count of willing people
    mark = next((c.lower_ for c in head.children if c.dep_ == "mark"), "")
    if mark in ("than", "like") or (
        mark == "as"
        and _lemma(head) in COMPARISON_LEMMAS
        # (not a time: "as the government promised to open new clinics" has its own infinitive)
        and not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in head.children)
    ):
        return None  # "as any manager will tell you", "than we will ever know": a comparison
    if mark in CONCESSION_MARKS and head.dep_ == "advcl" and not _has_future_date(head):
        return None  # "although told to stay away, he ...": granted to set off the main clause
    frame: Token | None = None
    if mark in ("whether", "if") and head.dep_ in ("ccomp", "xcomp", "csubj", "pcomp"):
        frame = _question_frame(head) if mark == "whether" else None
        if frame is None:
            return None  # "(he asked) if she would stay": a question told in the past
    if (
        head.dep_ in ("ccomp", "csubj", "pcomp")
        and head.left_edge.tag_ in ("WP", "WRB", "WDT")
        # (not "(a hard week) is how the side got ready for Friday's derby": what the sentence
        # tells of an event ahead, not a question)
        and not (
            head.dep_ == "ccomp"
            and _lemma(head.head) == "be"
            and head.i in head.doc.user_data.get(_KEEP_UPTO, {})
        )
    ):
        return None  # "(no one knows) what the council will decide": an open question
    if head.dep_ == "conj" and head.left_edge.tag_ in ("WP", "WRB", "WDT") and head.left_edge.i > head.head.i:
        return None  # "(no idea) what the post pays or whom they want": one more open question
    if (
        head.dep_ == "advcl"
        and head.left_edge.tag_ == "WRB"
        and _modal_of(head) in ("will", "wo", "'ll", "shall")
        and frame is None
    ):
        # "it is unclear when the bridge will reopen": no time clause takes "will", so this is a
        # question about a date still due, said with its frame (like "whether")
        frame = _question_frame(head)
        if frame is None:
            return None
    trigger = head
    if (
        head.dep_ == "conj"
        and head.head.tag_.startswith("VB")
        and _lemma(head.head) not in SPEECH_LEMMAS
        and not any(c.dep_ in _SUBJECT_DEPS for c in head.children)
    ):
        head = head.head  # "had received 47 complaints and would rule on them": keep what "them" is
    hops = 0
    climbed = False
    while head.dep_ in ("relcl", "acl") and hops < 4:
        # "40,000 doses, which are expected to arrive on Monday": say what arrives
        hops += 1
        climbed = True
        head = head.head
        while not head.tag_.startswith("VB") and head.dep_ != "ROOT":
            head = head.head
    if (
        climbed
        and _is_past(head)
        and (not _has_future_date(trigger) or _modal_of(trigger) in NARRATIVE_MODALS)
        # (not a relative clause in the present of its own: "the cyclist, who has filed a challenge,
        # was banned" says what is still pending now)
        and not _present_relative(trigger)
    ):
        # "a maze that nobody could leave" inside a past statement, "a forecast that the dam would
        # fail by spring proved wrong": the past's future, not a step
        return None
    if (
        not climbed
        and _modal_of(trigger) in NARRATIVE_MODALS
        and not _has_future_date(trigger)
        and not FUTURE_WORD_RE.search(" ".join(t.text for t in trigger.subtree))
        and any(
            a.dep_ in ("relcl", "acl")
            and (a.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in a.children))
            for a in trigger.ancestors
        )
    ):
        # "messages in which he told a friend he would help": said inside what describes a thing
        # of the story, the past's future too
        return None
    if (
        climbed
        and (
            _modal_of(trigger)
            or (_lemma(trigger) in OBLIGATION_LEMMAS and trigger.dep_ == "relcl")
            or _purpose_of_a_thing(trigger)
            # ("those who are likely to win": a likelihood that picks out whom the sentence means)
            or (
                trigger.dep_ == "relcl"
                and any(c.dep_ == "acomp" and c.lower_ in LIKELIHOOD_ADJ for c in trigger.children)
            )
        )
        and not _modal_of(head)
        and not _has_future_date(trigger)
        and not FUTURE_WORD_RE.search(" ".join(t.text for t in trigger.subtree))
        # (an act someone named still has to do is an event: "a record which must be ratified by
        # the federation", "a plan that will be put to the council")
        and not (
            any(c.dep_ == "auxpass" for c in trigger.children)
            and any(c.dep_ == "agent" for c in trigger.children)
        )
    ):
        # "she adds details that will hide the seams", "a coat which would look smart", "it gives
        # the town the money it needs to mend roads", "a diet that aims to ... has become a craze": a
        # modal, a need or a purpose that only describes a thing of a present statement, with no
        # date, is no event ahead
        return None
    toks = _clause(frame if frame is not None else head)
    if frame is None and _condition_read_as_main(head):
        toks = _clause(head.head, keep=head)  # the clause with the condition after it
    speaker = trailer = ""
    if head.dep_ == "ccomp" and _lemma(head.head) in SPEECH_LEMMAS:
        subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i not in {t.i for t in toks}:
            who = _speaker(subj)
            if who and subj.i < head.i:
                speaker = f"{who} {_frame(head.head)} "
            elif who:
                trailer = f", {who} {_frame(head.head)}"
    # a clause joined to the one kept for context is judged by itself ("said it was surprised and
    # would appeal" is no judgement "it was surprised")
    judged = head if climbed else trigger
    if len(toks) < 3 or _not_a_step(judged, toks, bool(speaker or trailer), climbed):
        return None
    kept = {t.i for t in toks}
    for cond in (head, *head.ancestors):
        if (
            cond.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in cond.children)
            and cond.head.i not in kept
        ):
            # "if clients need to come back", "even if that means the pier is shut next year":
            # a condition (or what lies inside one) cut off from what it conditions
            return None
    subj = next((t for t in toks if t.dep_ in ("nsubj", "nsubjpass")), None)
    root = head.sent.root
    if (
        subj is not None
        and subj.lower_ in PRONOUN_SUBJECTS - FIRST_PERSON
        and head.i == root.i
        and toks[0].i > head.sent.start
        and any(t.text == ";" for t in head.doc[head.sent.start : toks[0].i])
        and toks[-1].i - head.sent.start < _MAX_WORDS
    ):
        # "The mill closed in 1990; it is due to become a hotel": the clause before the semicolon
        # says what "it" is, so the step keeps it
        toks = list(head.doc[head.sent.start : toks[-1].i + 1])
    if (
        subj is not None
        and subj.lower_ in PRONOUN_SUBJECTS
        and head.dep_ != "ROOT"
        and root.tag_.startswith("VB")
    ):
        # "he would survive" says nothing without who "he" is: the step is the whole sentence
        # around it, which names them ("rescuers were confident the boy ... would survive")
        if (
            _is_past(root)
            and _lemma(root) not in SPEECH_LEMMAS
            and head.dep_ == "ccomp"
            and head.head.tag_ == "VBG"
            and head.head.dep_ == "advcl"
            and not _has_future_date(head)
        ):
            return None  # "Boasting that she could win, the girl ran off": the story
        # the nearest clause above that names its subject is enough ("a letter arrived after the
        # mayor went on radio to say she would ..." keeps "the mayor ..."), else the
        # whole sentence
        top = root
        below = head
        for anc in head.ancestors:
            if anc.i == root.i:
                break
            # only up through complements and purposes ("to say she would"), not out of a
            # subordinate clause of its own ("after she left, that he ...")
            if below.dep_ not in ("ccomp", "xcomp", "conj") and not (
                below.dep_ == "advcl" and not any(c.dep_ == "mark" for c in below.children)
            ):
                break
            below = anc
            named = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (
                anc.tag_.startswith("VB")
                and named is not None
                and named.lower_ not in PRONOUN_SUBJECTS
                and named.tag_ not in ("WP", "WDT")
            ):
                top = anc
                break
        toks = _clause(top, keep=head)
        marker = next((c for c in top.children if c.dep_ == "mark" and c.i < head.i), None)
        if top.i != root.i and marker is not None and toks and toks[0].i <= marker.i:
            toks = [t for t in toks if t.i > marker.i]  # "(hours) after the mayor said": the clause
        speaker = trailer = ""
    return head, toks, speaker, trailer


def _purpose_of_a_thing(verb: Token) -> bool:
    """A verb of purpose in the present in a relative clause opened by "that"/"which" ("a diet that
    aims to ...", "a cream which promises to ..."): what a thing is for, said to describe it."""
    return (
        _lemma(verb) in PURPOSE_VERB_LEMMAS
        and verb.dep_ == "relcl"
        and verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children)
    )


def _thing_claims(verb: Token, subj: Token | None) -> bool:
    """A verb of purpose in the simple present whose subject is a thing ("a new kind of paint promises
    to keep rooms cool", "the gadget aims to ..."): what the thing is made or sold to do, a claim that
    describes it (like ``_purpose_of_a_thing`` in a relative clause), not an event. A thing is a
    common noun, or the noun after "of" in a kind or a range of them, that names no person, group,
    business, act or plan and is no name of an actor."""
    if _lemma(verb) not in PURPOSE_VERB_LEMMAS or verb.tag_ not in SIMPLE_PRESENT_TAGS or subj is None:
        return False
    noun = subj
    kind = next(
        (
            o
            for c in subj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    if kind is not None:
        noun = kind
    return (
        noun.tag_ in ("NN", "NNS")
        and not any(t.ent_type_ in ACTOR_ENTITY_TYPES for t in (subj, noun))
        and _lemma(noun) not in ACTOR_KIND_NOUNS | ACT_KIND_NOUNS | PLAN_NOUNS | TRADING_NOUNS
    )


def _past_form(verb: Token) -> bool:
    """A simple past or a verb with a past auxiliary ("said", "was told", "had claimed"), whatever
    the verb (``_is_past`` leaves verbs of saying out)."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _present_relative(verb: Token) -> bool:
    """A relative clause told in the present or the present perfect, with no modal ("who is under
    investigation", "which has filed a petition")."""
    return (
        verb.dep_ == "relcl"
        and not _modal_of(verb)
        and (
            verb.tag_ in ("VBZ", "VBP")
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)
        )
    )


def _quoted_intent(head: Token, subj: Token | None) -> bool:
    """A speaker's own commitment in quotes ("'We will appeal,' the club said", "'I am going to
    fight this,' she said"): a first-person subject with "will"/"shall" or "going to", said by
    someone the sentence names with a verb of saying. Other quoted words (musing, a judgement,
    a guess with "might") keep the quote's weight."""
    if subj is None or subj.lower_ not in ("i", "we"):
        return False
    going = _lemma(head) == "go" and head.tag_ == "VBG"
    if _acting_now(head) or _polite_appeal(head):
        return True
    if not going and _modal_of(head) not in INTENT_MODALS:
        return False
    if _has_future_date(head) or FUTURE_DATE_RE.search(" ".join(t.text for t in head.subtree)):
        # "'In the next term we will triple the grant": a dated pledge, its speaker named before
        return True
    return _SPEAKER_BEFORE.get() or _names_a_speaker(head.sent)


def _names_a_speaker(sent: Span) -> bool:
    """A verb of saying with its subject outside quotes in ``sent`` ("the club said", "she added:")."""
    return any(
        _lemma(t) in SPEECH_LEMMAS
        and t.tag_.startswith("VB")
        and any(c.dep_ == "nsubj" for c in t.children)
        and not _in_quotes(t)
        for t in sent
    )


# whether the sentence being read goes on a quote whose speaker an earlier sentence names ("Ms Lind
# added: 'The ferry is full.' / 'We will add a second boat.'"): set for the sentence being read
_SPEAKER_BEFORE: ContextVar[bool] = ContextVar("_SPEAKER_BEFORE", default=False)
_QUOTE_CHAIN = 3  # sentences back that a run of quoted sentences may go to find its speaker


def _speaker_before(parsed: Sequence[ParsedSentence], k: int) -> bool:
    """Whether sentence ``k`` opens with a quote that goes on from sentences before it, back to one
    that names its speaker with a verb of saying outside the quotes."""
    if parsed[k].text.lstrip()[:1] not in QUOTE_OPENERS:
        return False
    for j in range(k - 1, max(-1, k - 1 - _QUOTE_CHAIN), -1):
        doc = parsed[j].steps_doc
        if doc is not None and any(_names_a_speaker(sent) for sent in doc.sents):
            return True
        if parsed[j].text.lstrip()[:1] not in QUOTE_OPENERS:
            return False
    return False


def _acting_now(head: Token) -> bool:
    """A verb of asking, planning or offering, or of an effort (``EFFORT_LEMMAS``: "we're
    examining"), in the present progressive ("we are asking the court to ...", "I am seeking ..."):
    said by the one who acts, their own act under way."""
    return (
        _lemma(head) in PLAN_LEMMAS | EFFORT_LEMMAS
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in head.children)
    )


def _indirect_intent(head: Token, subj: Token | None) -> bool:
    """A speaker's own commitment told in indirect speech ("the club said it would appeal", "she
    told them she would stand again"): the "will" of the quote shifted back to "would" under a
    past verb of saying, with a pronoun subject for the speaker and an action, not a state ("said
    it would be hard" judges)."""
    if subj is None or subj.lower_ not in PRONOUN_SUBJECTS - FIRST_PERSON or subj.i > head.i:
        return False
    say = head.head
    return (
        _modal_of(head) in INDIRECT_INTENT_MODALS
        and _reported(head)
        and _lemma(head) not in LINKING_LEMMAS
        and not any(c.dep_ == "auxpass" for c in head.children)
        and (say.tag_ == "VBD" or (say.tag_ == "VBN" and any(c.dep_ == "aux" for c in say.children)))
    )


def _first_person(head: Token) -> bool:
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in FIRST_PERSON


def _counted_object(head: Token) -> bool:
    """A verb of making, giving or cutting with a number in its object ("would build 900 flats",
    "would cut 2,000 jobs", "would raise £5bn"): a measured pledge, as firm as one said with
    "will", not a musing; a number of days, weeks or years is a length of time, not what is made."""
    return any(
        c.dep_ == "dobj"
        and any(
            t.ent_type_ in COUNTED_ENTITIES and t.ent_type_ != "DATE" and (t.like_num or t.tag_ == "CD")
            for t in c.subtree
        )
        for c in head.children
    )


def _score(
    head: Token, toks: Sequence[Token], text: str, when: str | None, p: ParsedSentence, n: int
) -> float:
    """How surely and how soon: early in the article, dated, said as a plan rather than quoted
    musing; weights in ``lexicon.steps.STEP_WEIGHTS``."""
    w = STEP_WEIGHTS
    score = w["lead"] * (1 - p.index / n)
    exact = False
    held = _held_until(head, toks)
    if when:
        score += w["when"]
        exact = bool(
            re.search(
                rf"\d|day\b|\b(?:{MONTH_ALT})\b",
                when,
            )
        )
        if exact:
            score += w["exact_when"]
        if PAST_DATE_RE.search(when):
            score += w["past_when"]
    elif FUTURE_WORD_RE.search(text) or held:
        # ("won't release the funds until the reforms are made": a condition ahead says when)
        score += w["future_word"]
    elif _open_condition(head, toks):
        # ("the club will go up if it wins"): what follows a real condition still to be met
        score += w["open_condition"]
    quoted = _is_quote(p.text, toks[0].idx)
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if quoted and not _quoted_intent(head, subj):
        score += w["quote"]
    if (
        subj is not None
        and subj.lower_ in FIRST_PERSON
        # (a straight single quote is told from an apostrophe by the parser's tags)
        and not ((quoted or (_SPEAKER_BEFORE.get() and _in_quotes(head))) and _quoted_intent(head, subj))
        and not (subj.lower_ != "you" and (_acting_now(head) or _polite_appeal(head)))
        # ("if you violate this order you go to jail": told to the one who is bound by it)
        and not _warned_of_a_breach(head)
    ):
        # (inside quotes "I" and "we" are the speaker's own intent, already weighed as a quote)
        score += w["first_person"]
    if any(c.dep_ == "neg" for c in head.children) and not held:
        # ("will not reopen until the repairs are done" says when it will, not that it won't)
        score += w["negated"]
    modal = _modal_of(head)
    if exact and modal in INTENT_MODALS and not quoted and not _first_person(head):
        # "monitors will arrive on Wednesday": "will" with a day ahead says a schedule as a fact, as
        # surely as "is due to", and before a past appeal or call whose answer lies with others
        score += w["scheduled"]
    if head.tag_ != "MD" and modal in WEAK_MODALS:
        score += w["weak_modal"]  # "could", "might", "may", "should", "must" are weaker than "will"
    if (
        modal in NARRATIVE_MODALS
        and not when
        and not _indirect_intent(head, subj)
        and not _polite_appeal(head)
        and not _counted_object(head)
        # ("said the bank would not lend until the debt was cut": a stance with its condition ahead)
        and not held
        and not _named_source_would(head, subj)
    ):
        score += w["undated_would"]
    return score


def _named_source_would(head: Token, subj: Token | None) -> bool:
    """A "would" of reported speech whose teller the sentence names ("Mayor Ana Lind said a second
    centre would open at the school", "the ministry said the road would reopen"): the teller's "will"
    shifted back under a past verb of saying (or joined to a clause so told: "said the ward was busy
    and a new one would be built"), told on a named person's or body's word, not a
    narrated habit or a guess; the clause's own subject is no first-person pronoun and its verb no
    linking verb ("said it would be hard" judges)."""
    clause = head.head if head.dep_ == "conj" and head.head.tag_.startswith("VB") else head
    if (
        _modal_of(head) not in INDIRECT_INTENT_MODALS
        or not _reported(clause)
        or _lemma(head) in LINKING_LEMMAS
    ):
        return False
    if subj is None or subj.lower_ in FIRST_PERSON:
        return False
    say = clause.head
    teller = next((c for c in say.children if c.dep_ == "nsubj"), None)
    return (
        say.tag_ == "VBD"
        and teller is not None
        and any(t.ent_type_ in ACTOR_ENTITY_TYPES for t in teller.subtree)
        and not _has_year_behind(head)
        and _placed(head)
    )


def _placed(head: Token) -> bool:
    """Whether a clause says where its event takes place: a named place after "at", "in" or "on" on its
    verb or on a noun of its own ("would be staged at the library in Barnford", "would land at an airfield
    near Tomsk"), which makes it an event, not a claim or a promise in general."""
    for t in head.subtree:
        if t.dep_ == "pobj" and t.ent_type_ in PLACE_ENTITY_TYPES and t.head.lower_ in PLACE_PREPS:
            owner = t.head.head
            while owner.i != head.i and owner.dep_ in ("pobj", "prep") and owner.head.i != owner.i:
                owner = owner.head
            if owner.i == head.i or (owner.dep_ in ("dobj", "nsubjpass") and owner.head.i == head.i):
                return True
    return False


def _held_until(head: Token, toks: Sequence[Token]) -> bool:
    """A clause under ``head`` inside the step that holds it back until a condition is met ("won't
    release the funds until the reforms are made", "will stay shut unless the owners pay")."""
    kept = {t.i for t in toks}
    return any(
        c.dep_ == "advcl"
        and c.i != head.i
        and c.i in kept
        and any(m.dep_ == "mark" and m.lower_ in HELD_UNTIL_MARKS for m in c.children)
        for c in head.subtree
    )


_SAME_STEP_SHARE = 0.7  # a step whose content words are this share of another's says the same


_MAX_CONTEXT_WORDS = 25  # the longest sentence before a step that refers back to it, carried with it


def _open_condition(head: Token, toks: Sequence[Token]) -> bool:
    """ "Will" with a condition of its own in the present ("the club will go up if it wins"; the
    subordinators are ``OPEN_CONDITION_MARKS``): an outcome that hangs on an event still
    ahead, as sure as a date once the condition is met; not "would" nor "could" (an unreal or a
    guessed condition)."""
    modal = next((c for c in head.children if c.tag_ == "MD"), None)
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if modal is None or subj is None or subj.i > modal.i:
        return False  # ("will they leave if ...": a modal before its subject asks)
    kept = {t.i for t in toks}
    if modal.lower_ in INTENT_MODALS and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and c.i in kept
        and any(o.dep_ == "pobj" and _lemma(o) in RESULT_CONDITION_NOUNS for o in c.children)
        for c in head.children
    ):
        return True  # "they will go top with a win": a result still ahead, as on "if"
    if modal.lower_ in INTENT_MODALS and _condition_read_as_main(head):
        return True
    return any(
        c.i in kept
        and (
            (
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in OPEN_CONDITION_MARKS for m in c.children)
                and (
                    # ("if they beat Millbank": a form the same in the past is read as the present here)
                    (
                        modal.lower_ in INTENT_MODALS
                        and (c.tag_ in PRESENT_TAGS or (c.tag_ == "VBD" and c.lower_ == _lemma(c)))
                    )
                    # ("could face ten years in jail if convicted"): the penalty a court process still
                    # ahead may bring, under any modal
                    or _lemma(c) in TRIAL_OUTCOME_LEMMAS
                )
            )
            # "they will go down should they lose": a condition opened by its modal, never past
            or (
                modal.lower_ in INTENT_MODALS
                and any(a.tag_ == "MD" and _inverted_condition(a) for a in c.children)
            )
        )
        for c in head.children
    )


def _refers_back(toks: Sequence[Token]) -> bool:
    """A step that names its place or its thing only by a word pointing back ("a vote there",
    "the board will extend that"): it says nothing without the sentence before."""
    return any(
        (t.lower_ == "there" and t.i > 0 and t.doc[t.i - 1].tag_.startswith("NN"))
        or (t.lower_ in BACK_POINTERS and t.tag_ == "DT" and t.dep_ == "dobj")
        for t in toks
    )


def _same_step(a: set[str], b: set[str]) -> bool:
    """Whether two steps say the same: most words of the shorter are in the longer."""
    small = min(len(a), len(b))
    return small > 0 and len(a & b) >= _SAME_STEP_SHARE * small


def extract_next_steps(
    parsed: Sequence[ParsedSentence],
    published: date | None = None,
    captions: Sequence[ParsedSentence] = (),
) -> tuple[NextStep, ...]:
    """Forward-looking clauses, most important first, one per sentence, at most ``MAX_STEPS``;
    ``published`` (when known) tells which years lie ahead. ``captions`` (captions the cleaning took
    out, parsed) give only steps dated ahead on a day the story does not put in the past (a caption
    tells its picture in the present: "Lee scores on Saturday" may be last Saturday's goal)."""
    token = _NOW_YEAR.set(_now_year(parsed, published))
    # a datetime (as feeds give it) counts by its day
    day = published.date() if isinstance(published, datetime) else published
    day_token = _PUBLISHED_DAY.set(day)
    try:
        return _extract(parsed, captions)
    finally:
        _PUBLISHED_DAY.reset(day_token)
        _NOW_YEAR.reset(token)


# a date that names a day: a weekday, "tomorrow", or a month with its day ("May 2", "2 May")
_DAY_RE = re.compile(rf"\b(?:{'|'.join(WEEKDAY_NAMES)}|tomorrow)\b|{MONTH_DAY_PATTERN}", re.I)


_CLOCK_RE = re.compile(r"[,\s]*(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)|noon|midnight)\b", re.I)


def _schedule_field(doc: Doc) -> tuple[str, str] | None:
    """A fact box's field of when an event starts ("Kick-off: Sunday, 4.30pm"): its text, from the
    label to the last date or time right after it, and its date; None without one."""
    for m in SCHEDULE_FIELD_RE.finditer(doc.text):
        ents = []
        at = m.end()
        for e in doc.ents:
            if e.start_char < at:
                continue
            if e.label_ not in ("DATE", "TIME") or doc.text[at : e.start_char].strip(" ,") != "":
                break
            ents.append(e)
            at = e.end_char
        clock = _CLOCK_RE.match(doc.text, at)
        if ents and clock:
            at = clock.end()  # "Saturday, 3pm": the hour the tagger may have run into the next word
        dates = [e.text for e in ents if e.label_ == "DATE"]
        if dates:
            return doc.text[m.start() : at], dates[0]
    return None


def _days_behind(parsed: Sequence[ParsedSentence]) -> set[str]:
    """The days of the week the story dates a past verb with ("police were called on Sunday"); not a
    day it marks as the week before ("last Saturday's match" leaves this Saturday ahead)."""
    out: set[str] = set()
    for p in parsed:
        doc = p.steps_doc if p.steps_doc is not None else p.doc
        for ent in doc.ents:
            days = {d for d in WEEKDAY_NAMES if d in ent.text.lower()}
            # (a day with its part is a time: "on Monday night")
            if ent.label_ not in ("DATE", "TIME") or not days or PAST_DATE_RE.search(ent.text):
                continue
            verb = ent.root.head
            while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
                verb = verb.head
            if verb.tag_ and _day_not_behind(ent, verb):
                continue
            if not verb.tag_ or _is_past(verb) or _participle_of_a_past(verb):
                out |= days  # unparsed, the day is taken as behind
    return out


def _day_not_behind(ent: Span, verb: Token) -> bool:
    """Whether a day that a past verb governs is still no day behind: the day of an event got ready
    for ("trained hard for Friday's derby", see ``_event_ahead``), a day inside a condition ("if the
    fete lands on a Sunday"), or the day of an act hoped for or asked for ("hoped to restore the supply by
    Friday", "urged the mayor to give staff Monday off"), whose answer is still to come."""
    attach = ent.root.head
    told = _event_owner(attach)
    if told is not None and _event_ahead(attach, attach if attach.tag_.startswith("NN") else told, told):
        return True
    if any(
        v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in v.children)
        for v in (verb, *verb.ancestors)
    ):
        return True
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and _lemma(verb.head) in ASKED_AHEAD_LEMMAS
    )


def _participle_of_a_past(verb: Token) -> bool:
    """A participle clause with no auxiliary of its own takes the tense of the verb it hangs on, a
    verb of saying too ("Talking at Friday's briefing, the mayor said ...": Friday is behind)."""
    return (
        verb.tag_ in ("VBG", "VBN")
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
        and _past_form(verb.head)
    )


def _present_passive(head: Token) -> bool:
    """A simple present passive with no modal ("is cheered by fans"): a caption's account of its
    picture, not a step."""
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in head.children)


def _caption_day_ahead(when: str, behind: set[str]) -> bool:
    """Whether a caption's date names a day ahead (see ``_DAY_RE``), not one in ``behind``."""
    return _ahead(when) and _DAY_RE.search(when) is not None and not any(d in when.lower() for d in behind)


def _generic_possibility(head: Token) -> bool:
    """A "may"/"might" clause about no one in particular ("patients may sleep better", "it might
    rain more", "you may notice a change"): a claim about how things go, not an event to come. A
    possibility of an actor's is kept: a named one, a person pronoun, or a noun with a determiner or
    a possessive ("the suspect may be charged", "her lawyers might appeal"); a passive says what may
    be done."""
    if _modal_of(head) not in POSSIBILITY_MODALS or any(c.dep_ == "auxpass" for c in head.children):
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return True
    return not (
        subj.ent_type_ in ACTOR_ENTITY_TYPES
        or subj.lower_ in PERSON_PRONOUNS
        or any(c.dep_ in ("det", "poss") for c in subj.children)
    )


def _weak_speculation(head: Token) -> bool:
    """A "may"/"might"/"should" clause that tells a state, not an event: a verb of feeling, seeming,
    having or wanting ("the riders may feel the heat", "the club should have enough cover"), or a
    consequence that holds only under a condition ("the bridge might close if the river rises")."""
    if _modal_of(head) not in SPECULATION_MODALS:
        return False
    if head.lemma_ in STATE_LEMMAS:
        return True
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in head.children
    )


def _concession(head: Token) -> bool:
    """A "may"/"might" clause of a state granted before a "but" or "yet" whose clause states a fact in
    the present ("the bridge may be old, but it carries the traffic", "fans might find it odd, yet the
    stands are full", "the hall may be booked, but it stands empty"): a concession that sets off what
    is, not an event to come. An act granted ("the board may sue, but ...") stays a candidate, and so
    does a clause after the "but" that holds a future of its own or reports one ("..., but she says
    they will appeal")."""
    if _modal_of(head) not in POSSIBILITY_MODALS or not (
        _lemma(head) in CONCESSION_STATE_LEMMAS or any(c.dep_ == "auxpass" for c in head.children)
    ):
        return False
    cc = next((c for c in head.children if c.dep_ == "cc" and c.lower_ in CONCESSIVE_CONJ), None)
    if cc is None:
        return False
    return any(
        c.dep_ == "conj"
        and c.i > cc.i
        and c.tag_ in PRESENT_TAGS
        # (not a future told after it: "..., but the coach says the team may win")
        and not any(_modal_of(v) in FUTURE_MODALS for v in (c, *(g for g in c.children if g.dep_ == "ccomp")))
        for c in head.children
    )


def _guessed_state(head: Token) -> bool:
    """A "may"/"might"/"could" with "be" and a predicate ("the real toll may be higher", "the figures
    could be misleading", "she might be allergic to nuts"), with no date ahead: a guess at how things
    are, not an event. Kept: a passive ("could be fined"), a predicate with a clause of its own ("may
    be able to leave", "could be about to fold"), and a guess joined to another clause ("they may not
    be giants, but we may soon find them"), which may carry the step."""
    if (
        _modal_of(head) not in GUESSED_STATE_MODALS
        or _lemma(head) != "be"
        or _has_future_date(head, owned=False)
    ):
        return False
    if any(c.dep_ in ("auxpass", "xcomp", "ccomp", "csubj", "conj") for c in head.children):
        return False
    preds = [c for c in head.children if c.dep_ in ("acomp", "attr")]
    return bool(preds) and not any(x.dep_ == "xcomp" for c in preds for x in c.children)


def _judged_time(head: Token, when: str | None) -> bool:
    """A time ahead judged by a linking verb ("the days ahead will be hard", "next week looks busy",
    "the coming months could be tough"): the date is the subject, and what is said of it is a
    quality, not an event. Kept: a noun said of it ("Friday will be the last day of voting") and a
    clause after the predicate ("the week ahead will be busy with talks to settle the strike")."""
    if when is None or _lemma(head) not in JUDGING_VERBS:
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    ent = next((e for e in head.doc.ents if e.text == when and e.start <= subj.i < e.end), None)
    if ent is None:
        return False
    preds = [c for c in head.children if c.dep_ == "acomp"]
    return (
        bool(preds)
        and not any(c.dep_ in ("attr", "xcomp", "ccomp", "auxpass") for c in head.children)
        and not any(x.dep_ in ("xcomp", "prep") for c in preds for x in c.children)
    )


def _hypothetical_state(head: Token) -> bool:
    """A "would" clause that links its subject to a state ("the stadium would be a fitting venue",
    "she'd be home by dusk", "nobody would be capable of it"): with no date ahead, a judgement,
    an imagined case or a past promise of a state, not an event. A passive ("would be held") or a
    clause after "be" ("the aim would be to sell") says what is done."""
    return (
        _modal_of(head) in HYPOTHETICAL_MODALS
        and _lemma(head) == "be"
        and not any(c.dep_ in ("auxpass", "xcomp", "ccomp", "csubj") for c in head.children)
    )


def _extract(
    parsed: Sequence[ParsedSentence], captions: Sequence[ParsedSentence] = ()
) -> tuple[NextStep, ...]:
    steps: list[_Step] = []
    n = max(1, len(parsed))
    behind = _days_behind(parsed)
    for k, p in enumerate([*parsed, *captions]):
        doc = p.steps_doc
        caption = k >= len(parsed)
        if caption:
            p = replace(p, index=n - 1)
        if doc is None:
            continue
        # a sentence cut by a name the parse did not read as a subject: its steps are read off the
        # whole sentence (``ParsedSentence.steps_whole``); one that starts after the cut shows the cut
        # sentence, one that starts in the cut words the whole one
        shown, cut_at = p.text, -1
        if p.steps_by_whole and p.whole:
            p = replace(p, text=p.whole)
            cut_at = len(doc.text) - len(shown)
        _SPEAKER_BEFORE.set(not caption and _speaker_before(parsed, k))
        field = _schedule_field(doc) if caption else None
        if field is not None and _caption_day_ahead(field[1], behind):
            score = STEP_WEIGHTS["when"] + STEP_WEIGHTS["exact_when"]
            steps.append(
                _Step(text=field[0], sentence=p.text, when=field[1], score=score, sure=score, caption=True)
            )
            continue
        # heads triggered by a word of planning, effort, obligation or schedule (not only a modal)
        lexical: set[int] = set()
        all_heads = []
        for t in doc:
            h = _trigger_head(t)
            if h is not None:
                all_heads.append(h)
                if t.tag_ != "MD":
                    lexical.add(h.i)
        dated = _dated_heads(doc)
        dated_only = {h.i for h in dated} - {h.i for h in all_heads}
        all_heads.extend(dated)
        lexical.update(h.i for h in dated)
        # one step per grammatical sentence (a cleaned "sentence" may hold two)
        for sent in doc.sents:
            if sent.text.rstrip(" '\"\u2019\u201d").endswith("?"):
                continue  # a question asks, it does not say what comes next
            heads = sorted(
                {h.i: h for h in all_heads if sent.start <= h.i < sent.end}.values(),
                key=lambda h: (len(list(h.ancestors)), h.i),
            )
            # the outermost triggered clause that is a step covers the others
            judged: list[Token] = []
            found = None
            trigger = -1
            for h in heads:
                if any(b.i in {a.i for a in h.ancestors} for b in judged):
                    continue  # inside a clause already judged not to be a step
                found = _candidate(h)
                if found is not None:
                    trigger = h.i
                    break
                judged.append(h)
            if found is None:
                continue
            head, toks, speaker, trailer = found
            when = _when(doc, toks, head)
            if caption and (when is None or not _caption_day_ahead(when, behind) or _present_passive(head)):
                continue  # a caption's step must be dated ahead to a day, not tell what its picture shows
            if (
                trigger in dated_only
                and when
                and head.tag_ in SIMPLE_PRESENT_TAGS
                and any(d in when.lower() for d in behind)
                and not NEXT_DATE_RE.search(when)
                and not _is_quote(p.text, toks[0].idx)
            ):
                continue  # "smoke rises over the ridge on Monday", Monday's events told in the past: a picture's present
            if not _is_quote(p.text, toks[0].idx) and any(
                c.dep_ in ("dobj", "dative")
                and (
                    c.lower_ in READER_PRONOUNS
                    # ("the cream will leave your hands soft": a claim made to whoever reads)
                    or any(d.dep_ == "poss" and d.lower_ in READER_POSSESSIVES for d in c.children)
                )
                for c in head.children
            ):
                continue  # "we will be bringing you all the team news": the page speaks to its reader
            # a guess is not dated by a day that only names a thing ("may settle Monday's quarrel")
            guess_when = when if when and not _owned_day(doc, when) else None
            if not guess_when and trigger not in lexical and _weak_speculation(head):
                continue  # "fans may feel let down", "it might flood if the rain goes on": a state or a guess
            if not guess_when and trigger not in lexical and _generic_possibility(head):
                continue  # "diners may find the sauce too sweet": how things go, not what comes next
            if not guess_when and trigger not in lexical and _concession(head):
                continue  # "the hall may be small, but queues form every night": granted to set off a fact
            if not guess_when and trigger not in lexical and _hypothetical_state(head):
                continue  # "the old mill would be a fine museum": a state imagined, not an event
            if not guess_when and trigger not in lexical and _guessed_state(head):
                continue  # "the real toll may be higher", "the data could be wrong": a guess at now
            if _judged_time(head, when):
                continue  # "the days ahead will be hard": a judgement of a time, not an event
            # the cut keeps the trigger and the date ahead
            keep = max([trigger, *(e.end - 1 for e in doc.ents if e.text == when and e.start >= toks[0].i)])
            keep = max(keep, doc.user_data.get(_KEEP_UPTO, {}).get(trigger, -1))
            text = speaker + _render(toks, keep) + trailer
            if 0 < k < n and _refers_back(toks) and len(parsed[k - 1].text.split()) <= _MAX_CONTEXT_WORDS:
                # "A vote there is expected in May": the sentence before says where "there" is
                text = parsed[k - 1].text.rstrip() + " " + text
            score = _score(head, toks, text, when, p, n)
            if trigger in lexical and not _is_quote(p.text, toks[0].idx) and not _first_person(head):
                score += STEP_WEIGHTS["lexical"]
            if score <= STEP_WEIGHTS["min_score"]:
                continue
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # an undated intent in indirect speech is listed, but not as a sure one
            sure = score + (
                STEP_WEIGHTS["undated_would"] if not when and _indirect_intent(head, subj) else 0.0
            )
            steps.append(
                _Step(
                    text=text,
                    sentence=shown if 0 <= cut_at <= toks[0].idx else p.text,
                    when=when,
                    score=score,
                    sure=sure,
                    caption=caption,
                )
            )
    steps.sort(key=lambda s: (s.caption, -s.score))
    # a second step dated the same day mostly tells more of the same event ("the vote is due on 3 June"
    # and "members will cast their ballots on 3 June"): it keeps its place only without the date's credit
    dates: set[str] = set()
    for s in steps:
        key = (s.when or "").lower()
        if key and key in dates:
            s.score += STEP_WEIGHTS["same_when"]
            s.sure += STEP_WEIGHTS["same_when"]
        dates.add(key)
    # a caption's step comes after the body's and only within the first few
    steps.sort(key=lambda s: (s.caption, -s.score))
    for s in steps:
        if s.caption:
            s.sure = STEP_WEIGHTS["sure_min"] - 1
    if steps and STEP_WEIGHTS["relative_min"] > 0:
        floor = STEP_WEIGHTS["relative_min"] * steps[0].score
        steps = [s for s in steps if s.score >= floor]
    out: list[NextStep] = []
    seen: list[set[str]] = []
    for s in steps:
        words = {w for w in re.findall(r"\w+", s.text.lower()) if w not in STEP_STOP_WORDS}
        same = next((j for j, other in enumerate(seen) if _same_step(words, other)), None)
        if same is not None:
            # the same clause again (a standfirst repeating the body, a longer cut): a cut that holds
            # nearly all the listed one's words and more of its own tells the step more fully, in its place
            if len(words) > len(seen[same]) and len(words & seen[same]) >= _SAME_STEP_SHARE * len(seen[same]):
                seen[same] = words
                out[same] = NextStep(text=s.text, sentence=s.sentence, when=out[same].when or s.when)
            continue
        seen.append(words)
        if len(out) >= _SURE_STEPS and s.sure < STEP_WEIGHTS["sure_min"]:
            break  # past the first few, only sure steps
        out.append(NextStep(text=s.text, sentence=s.sentence, when=s.when))
        if len(out) >= MAX_STEPS:
            break
    return tuple(out)
