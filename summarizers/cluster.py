"""Same story across outlets: grouping briefings, merging them and saying what an update added.

Pure functions over :class:`~newsbrief.summarizers.types.Briefing` values; no I/O, ``now`` is passed in.

Two briefings tell the same story when their texts are alike *and* they name the same key
actors or figures. Text likeness is the cosine of content-word counts (title words count
double; stop words and reporting verbs are left out), which survives rewording better than
shingles; word 3-shingles only catch near-copies (syndicated wire text), which are the same
story when they also share a name or number (a template filled with other names is not). Actors match on normalised names, aliases and, for people, the
surname when one side names the person by surname only; figures match on their normalised value (``"about 4,300"`` = ``"4300"``,
``"8 million euros"`` = ``"€8m"``, ``"14 per cent"`` = ``"14%"``). A shared word alone, or a
shared country, is not enough: "strike" on the railways and "strike" from the air share
neither actors nor figures and little else.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from newsbrief.summarizers.lexicon.cluster import (
    CALENDAR_WORDS,
    NAME_TITLES,
    RELATIVE_DAYS,
    STOP_WORDS,
    WEEKDAYS,
    WORD_ENDINGS,
)
from newsbrief.summarizers.lexicon.common import CARDINAL_VALUES
from newsbrief.summarizers.types import Actor, Briefing, Figure, NextStep

SAME_STORY_THRESHOLD = 0.45
"""``same_story`` scores at or above this are the same story."""
NEAR_DUPLICATE_JACCARD = 0.5
"""Word 3-shingle Jaccard at or above this is a copy of the same text."""
DEFAULT_WINDOW = timedelta(hours=48)

_TEXT_WEIGHT = 0.45
_ACTOR_WEIGHT = 0.35
_FIGURE_WEIGHT = 0.30
_ACTORS_FOR_FULL_SCORE = 3
_OTHER_DAY_PENALTY = 0.3
"""Taken off when two leads date their events to different days (another fire, another vote),
or one dates its event after the other article was published."""
_NEXT_DAY_PENALTY = 0.1
"""Taken off instead when the days are one apart and the later lead names no one the other
text leaves out: most often the same event's next development ("the toll rose on Thursday")."""
_OTHER_LEAD_PENALTY = 0.1
"""Taken off when each lead names someone the other text never mentions (another match)."""
_SAME_DAY_BONUS = 0.05
"""Added when both leads date their event to the same day."""
_FIGURES_FOR_FULL_SCORE = 3

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"['’]s\b")

_NUMBER_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_SCALES = (
    (re.compile(r"^\s?(?:trillion|tn)\b", re.I), 1e12),
    (re.compile(r"^\s?(?:billion|bn|b)\b", re.I), 1e9),
    (re.compile(r"^\s?(?:million|mn|m)\b", re.I), 1e6),
    (re.compile(r"^\s?(?:thousand|k)\b", re.I), 1e3),
)
_PERCENT_RE = re.compile(r"%|\bper\s?cent\b|\bpercent\b|percentage point", re.I)


# --------------------------------------------------------------------------- normalising


def _fold(text: str) -> str:
    """Lower case, accents removed, curly quotes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")
    return " ".join(text.lower().split())


def normalize_name(name: str) -> str:
    """An actor's name for comparison: ``"The Union of Rail Operatives'"`` -> ``"union of rail operatives"``."""
    folded = _POSSESSIVE.sub("", _fold(name))
    folded = re.sub(r"[^\w\s&-]", " ", folded)
    folded = _LEADING_ARTICLE.sub("", " ".join(folded.split()))
    words = folded.split()
    while words and words[0] in NAME_TITLES:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class ActorKey:
    """How an actor is recognised in another text.

    ``names``: normalised full names and aliases (for a person known by a full name, the
    one-word aliases are left out: "Kessler" alone could be a relative). ``surname``: a person's
    last name. ``partial``: the person is known only by one word here ("Ms Kessler").
    """

    names: frozenset[str]
    surname: str | None = None
    partial: bool = False

    def matches(self, other: ActorKey) -> bool:
        """Same full name or alias; or the same surname when one side has only the surname
        ("Ms Kessler" is Dana Kessler, but Ana Kalor is not Boris Kalor)."""
        if self.names & other.names:
            return True
        return self.surname is not None and self.surname == other.surname and (self.partial or other.partial)

    def index_keys(self) -> frozenset[str]:
        """Keys for :class:`StoryIndex` (a superset of what ``matches`` needs)."""
        return self.names | ({f"person:{self.surname}"} if self.surname else set())


def actor_key(actor: Actor) -> ActorKey:
    """The :class:`ActorKey` of an actor (name, aliases and, for a person, the surname)."""
    names = {n for n in (normalize_name(x) for x in (actor.name, *actor.aliases)) if n}
    if actor.kind != "PERSON":
        return ActorKey(frozenset(names))
    full = {n for n in names if len(n.split()) > 1}
    longest = max(names, key=lambda n: (len(n.split()), len(n)), default="")
    last = longest.split()[-1] if longest else ""
    surname = last if len(last) > 2 else None
    return ActorKey(frozenset(full or names), surname, partial=not full)


def normalize_figure_value(value: str) -> str | None:
    """A figure's value as a canonical number: ``"about 4,300"`` -> ``"4300"``,
    ``"8 million euros"`` and ``"€8m"`` -> ``"8000000"``, ``"14 per cent"`` -> ``"14%"``.

    None when the value holds no digits (``"dozens"``): such values are too vague to match on.
    A range keeps its first number.
    """
    match = _NUMBER_RE.search(value)
    if match is None:
        return None
    whole, frac = match.group(1).replace(",", ""), match.group(2) or ""
    number = float(f"{whole}.{frac}") if frac else float(whole)
    rest = value[match.end() :]
    for pattern, scale in _SCALES:
        if pattern.match(rest):
            number *= scale
            break
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return f"{text}%" if _PERCENT_RE.search(value) else text


_CARDINAL_RE = re.compile(
    rf"^(?:(?:about|some|nearly|almost|around|more than|at least)\s+)?({'|'.join(CARDINAL_VALUES)})\b", re.I
)


_SCORE_RE = re.compile(r"(?<![\d,.])(\d{1,2})[-\u2013](\d{1,2})(?![\d,.%])")


def figure_numbers(value: str) -> frozenset[str]:
    """Every number a figure states, normalised as :func:`normalize_figure_value` does, for
    telling whether two reports share figures: a range or a tally ("65 to 67", "112 votes to 89")
    shows as one figure but states two numbers, and a number written as a word ("Fourteen
    villages") is the same number as its digits. A score ("3-1") is one value."""
    percent = bool(_PERCENT_RE.search(value))
    score = None if percent else _SCORE_RE.search(value)
    if score is not None:  # "3-1" is one result, not the numbers 3 and 1
        return frozenset({f"{int(score.group(1))}-{int(score.group(2))}"})
    numbers: set[str] = set()
    for match in _NUMBER_RE.finditer(value):
        one = normalize_figure_value(value[match.start() :])
        if one is not None:
            numbers.add(one if one.endswith("%") or not percent else f"{one}%")
    word = None if numbers else _CARDINAL_RE.match(value.strip())
    if word is not None:
        number = str(CARDINAL_VALUES[word.group(1).lower()])
        numbers.add(f"{number}%" if percent else number)
    return frozenset(numbers)


def _stem(word: str) -> str:
    """``word`` without an inflection ending (``"floods"``, ``"flooded"`` -> ``"flood"``)."""
    if len(word) < 5:
        return word
    for ending, replacement in WORD_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= 4:
            return word[: -len(ending)] + replacement
    return word


def _content_words(text: str) -> list[str]:
    words = (w.strip("'’-") for w in _WORD_RE.findall(_fold(text)))
    return [_stem(w) for w in words if len(w) > 2 and w not in STOP_WORDS]


def _all_words(text: str) -> list[str]:
    return [w.strip("'’-") for w in _WORD_RE.findall(_fold(text)) if w.strip("'’-")]


def _text_of(briefing: Briefing) -> str:
    return " ".join(briefing.sentences or briefing.summary)


# --------------------------------------------------------------------------- features


@dataclass(frozen=True)
class StoryFeatures:
    """What ``same_story`` compares; build once per briefing with :func:`story_key_features`.

    ``actors`` holds one :class:`ActorKey` per actor; ``figures`` the normalised
    values; ``words`` content-word counts (title words doubled) and ``norm`` their Euclidean
    length; ``shingles`` hashed word 3-shingles of the whole text. ``lead_day`` is how the lead
    (title and first sentence) dates its event: ``("weekday", 0..6)`` or ``("relative", days)``;
    ``lead_names`` the actors the lead names; ``folded`` the whole text, folded, for asking
    whether it mentions a name at all; ``lead_words`` the capitalised words inside the first
    sentence (names, whether or not the tagger made actors of them).
    """

    words: dict[str, int]
    norm: float
    shingles: frozenset[int]
    actors: tuple[ActorKey, ...]
    figures: frozenset[str]
    lead_day: tuple[str, int] | None = None
    lead_names: tuple[ActorKey, ...] = ()
    folded: str = ""
    lead_words: frozenset[str] = frozenset()

    @property
    def actor_names(self) -> frozenset[str]:
        return frozenset(k for key in self.actors for k in key.index_keys())


def story_key_features(briefing: Briefing) -> StoryFeatures:
    """The text, actor and figure features of a briefing (an article's or a merged story's)."""
    text = _text_of(briefing)
    counts = Counter(_content_words(text))
    for word in _content_words(briefing.title):
        counts[word] += 2
    norm = math.sqrt(sum(c * c for c in counts.values()))
    words = _all_words(text)
    shingles = frozenset(hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2))
    # an actor the story never names ("guard") is no evidence that two stories are one
    named = [a for a in briefing.actors if a.kind != "UNNAMED"]
    actors = tuple(key for key in (actor_key(a) for a in named) if key.names)
    figures = frozenset(n for f in briefing.figures for n in figure_numbers(f.value))
    first = (briefing.sentences or briefing.summary or ("",))[0]
    lead = f"{briefing.title} {first}"
    folded_lead = f" {' '.join(_all_words(lead))} "
    lead_names = tuple(
        key for key, actor in zip(actors, named, strict=False) if _mentions(folded_lead, key, actor)
    )
    folded = f" {' '.join(_all_words(f'{briefing.title} {text}'))} "
    return StoryFeatures(
        dict(counts),
        norm,
        shingles,
        actors,
        figures,
        _lead_day(lead),
        lead_names,
        folded,
        _inner_names(first),
    )


_NAME_RE = re.compile(r"(?<=\s)[A-Z][\w'’-]*[a-z][\w'’-]*")


def _inner_names(sentence: str) -> frozenset[str]:
    """Folded capitalised words after a sentence's first word ("Saltmere"), without a
    possessive, stop words, days or months."""
    found = (_POSSESSIVE.sub("", _fold(m.group(0))) for m in _NAME_RE.finditer(sentence))
    return frozenset(w for w in found if len(w) > 2 and w not in STOP_WORDS and w not in CALENDAR_WORDS)


def _lead_day(lead: str) -> tuple[str, int] | None:
    """How the lead dates its event: the first weekday or relative day it names."""
    for word in _all_words(lead):
        word = _POSSESSIVE.sub("", word)
        if word in WEEKDAYS:
            return ("weekday", WEEKDAYS[word])
        if word in RELATIVE_DAYS:
            return ("relative", RELATIVE_DAYS[word])
    return None


def _mentions(folded_text: str, key: ActorKey, actor: Actor | None = None) -> bool:
    """Whether a folded, space-padded text names the actor (any name, or a person's surname)."""
    names = set(key.names) | ({key.surname} if key.surname else set())
    if actor is not None:
        names.add(normalize_name(actor.name))
    return any(f" {' '.join(_all_words(n))} " in folded_text for n in sorted(names) if n)


def event_day(features: StoryFeatures, when: datetime | None) -> datetime | None:
    """The day (midnight of the date) the lead places its event at, read against the time of
    publication ``when``: a weekday is the latest such day up to it ("on Monday" in an article of
    a Wednesday is two days before). None when the lead dates nothing or ``when`` is unknown."""
    if features.lead_day is None or when is None:
        return None
    day = when.replace(hour=0, minute=0, second=0, microsecond=0)
    kind, value = features.lead_day
    if kind == "weekday":
        return day - timedelta(days=(day.weekday() - value) % 7)
    return day + timedelta(days=value)


def _days_between(later: datetime | None, earlier: datetime | None) -> int:
    """Days from ``earlier`` to ``later`` (0 when not later or either is unknown)."""
    return max(0, (later - earlier).days) if later is not None and earlier is not None else 0


def _names_new_to(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Whether ``a``'s first sentence names someone or somewhere ``b`` never mentions."""
    return any(f" {w} " not in b.folded for w in sorted(a.lead_words))


def _days_after(day: datetime | None, published: datetime | None) -> int:
    """How many days an event dated to ``day`` came after the day an article was ``published``
    (0 when not after): that article cannot be telling it (a report from Saturday and "on
    Monday" in another's lead)."""
    if day is None or published is None:
        return 0
    return max(0, (day - published.replace(hour=0, minute=0, second=0, microsecond=0)).days)


def _other_lead(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Each lead names someone the other text never mentions: two events with different
    protagonists (another match at the same ground, another company in the same court)."""
    return any(not _mentions(b.folded, key) for key in a.lead_names) and any(
        not _mentions(a.folded, key) for key in b.lead_names
    )


def text_similarity(a: StoryFeatures, b: StoryFeatures) -> float:
    """Cosine of the content-word counts, 0..1."""
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
    dot = sum(c * large.get(w, 0) for w, c in small.items())
    return dot / (a.norm * b.norm)


def shingle_jaccard(a: StoryFeatures, b: StoryFeatures) -> float:
    if not a.shingles or not b.shingles:
        return 0.0
    return len(a.shingles & b.shingles) / len(a.shingles | b.shingles)


def shared_actors(a: StoryFeatures, b: StoryFeatures) -> int:
    """How many actors the two sides share: of each side's actors, those the other side also
    names, the smaller of the two counts (so the score is the same either way round)."""
    a_in_b = sum(1 for key in a.actors if any(key.matches(other) for other in b.actors))
    b_in_a = sum(1 for key in b.actors if any(key.matches(other) for other in a.actors))
    return min(a_in_b, b_in_a)


def same_story(
    a: StoryFeatures, b: StoryFeatures, a_when: datetime | None = None, b_when: datetime | None = None
) -> float:
    """How surely ``a`` and ``b`` tell the same story, 0..1 (same at :data:`SAME_STORY_THRESHOLD`).

    A weighted sum of text likeness, shared actors (full marks at three) and shared figures (full
    marks at three: three identical numbers are a story told in other words). Without a shared actor or two shared figures the score is capped below the
    threshold, however alike the words; a near-copy of the text scores 1 when it also has that
    evidence (templated items such as "X staff walk out in Y" differ only in names and numbers),
    or when neither side has any actors or figures, unless their leads name different protagonists
    or date their events to different days (a template filled in for another match or fire).

    What differs counts against: with both publication times given, leads dating their events
    to different days, or one lead dating its event after the other article was published, lose
    :data:`_OTHER_DAY_PENALTY`, or only :data:`_NEXT_DAY_PENALTY` for a next-day lead that names
    no one new (the same day gains a little), and leads
    that each name someone the other text never mentions lose :data:`_OTHER_LEAD_PENALTY`.
    """
    actors = shared_actors(a, b)
    figures = len(a.figures & b.figures)
    # One shared number on its own ("17") is chance; a shared name, or two numbers, is evidence.
    evidence = actors >= 1 or figures >= 2
    no_facets = not (a.actors or a.figures) and not (b.actors or b.figures)
    other_lead = _other_lead(a, b)
    day_a, day_b = event_day(a, a_when), event_day(b, b_when)
    apart_ab = max(_days_between(day_a, day_b), _days_after(day_a, b_when))  # a's event is later
    apart_ba = max(_days_between(day_b, day_a), _days_after(day_b, a_when))
    other_day = apart_ab > 0 or apart_ba > 0
    new_name = (apart_ab > 0 and _names_new_to(a, b)) or (apart_ba > 0 and _names_new_to(b, a))
    day_penalty = _NEXT_DAY_PENALTY if max(apart_ab, apart_ba) == 1 and not new_name else _OTHER_DAY_PENALTY
    if (
        (evidence or no_facets)
        and not (other_lead or other_day)
        and shingle_jaccard(a, b) >= NEAR_DUPLICATE_JACCARD
    ):
        return 1.0
    score = (
        _TEXT_WEIGHT * text_similarity(a, b)
        + _ACTOR_WEIGHT * min(actors, _ACTORS_FOR_FULL_SCORE) / _ACTORS_FOR_FULL_SCORE
        + _FIGURE_WEIGHT * min(figures, _FIGURES_FOR_FULL_SCORE) / _FIGURES_FOR_FULL_SCORE
    )
    if other_day:
        score -= day_penalty
    elif day_a is not None and day_a == day_b:
        score += _SAME_DAY_BONUS
    if other_lead:
        score -= _OTHER_LEAD_PENALTY
    if not evidence:
        score = min(score, SAME_STORY_THRESHOLD * 0.9)
    return round(min(max(score, 0.0), 1.0), 6)


Candidate = tuple[Any, Briefing, datetime | None]
"""``(story_id, story briefing, story time)`` as passed to :func:`assign_story`."""


def assign_story(
    new_briefing: Briefing,
    candidates: Sequence[Candidate],
    now: datetime,
    window: timedelta = DEFAULT_WINDOW,
    *,
    published: datetime | None = None,
    threshold: float = SAME_STORY_THRESHOLD,
    features: dict[Any, StoryFeatures] | None = None,
    new_features: StoryFeatures | None = None,
) -> Any | None:
    """The id of the candidate story ``new_briefing`` belongs to, or None for a new story.

    Only candidates whose time is within ``window`` of the article's ``published`` time (else
    ``now``) are considered; a candidate without a time counts as ``now``. The best score at or
    above ``threshold`` wins (ties: the earlier candidate). ``features`` is an optional cache of
    candidate features by story id, filled as they are computed (callers that keep it must drop
    a story's entry when its briefing changes); ``new_features`` saves recomputing the new
    briefing's own.
    """
    reference = published or now
    mine = new_features or story_key_features(new_briefing)
    best_id: Any | None = None
    best_score = threshold
    for story_id, briefing, when in candidates:
        if abs((when or now) - reference) > window:
            continue
        if features is not None and story_id in features:
            theirs = features[story_id]
        else:
            theirs = story_key_features(briefing)
            if features is not None:
                features[story_id] = theirs
        score = same_story(mine, theirs)
        if score >= best_score and (best_id is None or score > best_score):
            best_id, best_score = story_id, score
    return best_id


def linked(
    a: StoryFeatures,
    b: StoryFeatures,
    a_when: datetime | None,
    b_when: datetime | None,
    window: timedelta = DEFAULT_WINDOW,
    threshold: float = SAME_STORY_THRESHOLD,
) -> bool:
    """Whether two articles tell the same story: published within ``window`` of each other (an
    article without a time is not held to the window) and ``same_story`` at or above
    ``threshold``. Symmetric, and a property of the pair alone: no arrival order enters it."""
    if a_when is not None and b_when is not None and abs(a_when - b_when) > window:
        return False
    return same_story(a, b, a_when, b_when) >= threshold


Item = tuple[Any, Briefing, datetime | None]
"""``(article id, article briefing, published time)`` as passed to :func:`partition`."""


def partition(
    items: Sequence[Item], window: timedelta = DEFAULT_WINDOW, threshold: float = SAME_STORY_THRESHOLD
) -> list[list[Any]]:
    """Articles grouped into stories: the connected groups of the :func:`linked` relation.

    A story is every article reachable through same-story pairs, so the grouping is a function
    of the set of articles alone: any arrival order gives the same stories (the poller builds it
    incrementally, joining stories when an article links two of them). Ids must be sortable;
    each story's ids are sorted, and the stories are sorted by their first id.
    """
    features = [story_key_features(b) for _, b, _ in items]
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = StoryIndex()
    for i, feats in enumerate(features):
        index.add(i, feats)
    for i, feats in enumerate(features):
        for j in sorted(index.candidates(feats)):
            if j > i and linked(feats, features[j], items[i][2], items[j][2], window, threshold):
                parent[root(j)] = root(i)
    groups: dict[int, list[Any]] = {}
    for i, (item_id, _, _) in enumerate(items):
        groups.setdefault(root(i), []).append(item_id)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


class StoryIndex:
    """Which stories share an actor or a figure with a briefing: the only ones worth scoring.

    ``same_story`` keeps a pair without a shared actor or figure below the threshold, so
    looking up candidates by those keys loses nothing (a near-copy of a text has the same
    facets) and saves scoring every recent story against every new article.
    """

    def __init__(self) -> None:
        self._postings: dict[str, set[Any]] = {}
        self._keys: dict[Any, frozenset[str]] = {}

    @staticmethod
    def keys(features: StoryFeatures) -> frozenset[str]:
        return features.actor_names | frozenset(f"figure:{v}" for v in features.figures)

    def add(self, story_id: Any, features: StoryFeatures, members: Iterable[StoryFeatures] = ()) -> None:
        """Index (or re-index, after its briefing changed) one story: under the keys of its
        (merged) ``features`` and of each of its ``members``' own, so an article sharing a key
        with any one member finds the story."""
        self.remove(story_id)
        keys = self.keys(features).union(*(self.keys(m) for m in members))
        self._keys[story_id] = keys
        for key in keys:
            self._postings.setdefault(key, set()).add(story_id)

    def remove(self, story_id: Any) -> None:
        for key in self._keys.pop(story_id, frozenset()):
            posting = self._postings.get(key)
            if posting is not None:
                posting.discard(story_id)
                if not posting:
                    del self._postings[key]

    def candidates(self, features: StoryFeatures) -> set[Any]:
        """Story ids sharing at least one actor key or figure value with ``features``."""
        found: set[Any] = set()
        for key in self.keys(features):
            found |= self._postings.get(key, set())
        return found

    def __len__(self) -> int:
        return len(self._keys)


# --------------------------------------------------------------------------- merging


def informativeness(briefing: Briefing) -> float:
    """How much a briefing says: its facets, plus a little for length (capped)."""
    return (
        len(briefing.figures)
        + len(briefing.actors)
        + len(briefing.next_steps)
        + min(len(briefing.sentences) or len(briefing.summary), 30) / 10
    )


def _merge_actor(into: Actor, other: Actor) -> Actor:
    """``into`` with ``other``'s mentions, role and names; the fuller name ("Dana Kessler" over
    "Ms Kessler") becomes the display name."""
    name = into.name
    if len(normalize_name(other.name).split()) > len(normalize_name(name).split()):
        name = other.name
    names: list[str] = []
    for alias in (into.name, *into.aliases, other.name, *other.aliases):
        if normalize_name(alias) != normalize_name(name) and alias not in names:
            names.append(alias)
    return replace(
        into,
        name=name,
        role=into.role or other.role,
        mentions=into.mentions + other.mentions,
        aliases=tuple(names),
        sentence=into.sentence or other.sentence,
    )


def _union_actors(groups: Iterable[Sequence[Actor]]) -> tuple[Actor, ...]:
    merged: list[Actor] = []
    keys: list[ActorKey] = []
    for actors in groups:
        for actor in actors:
            mine = actor_key(actor)
            for i, theirs in enumerate(keys):
                if mine.matches(theirs) and (actor.kind == merged[i].kind or _strong_match(actor, merged[i])):
                    merged[i] = _merge_actor(merged[i], actor)
                    keys[i] = actor_key(merged[i])
                    break
            else:
                merged.append(actor)
                keys.append(mine)
    return tuple(merged)


def _strong_match(a: Actor, b: Actor) -> bool:
    """Same full name, whatever kind each article's tagger gave it."""
    return normalize_name(a.name) == normalize_name(b.name)


def _context_words(text: str) -> frozenset[str]:
    return frozenset(_content_words(text))


def _same_figure(a: Figure, b: Figure) -> bool:
    """Within one story the same number is the same figure, however each outlet phrased what it
    counts (contexts are too varied to compare: "company offered" / "offer remained on the
    table"). Values without digits ("dozens") must match in value and context."""
    va, vb = normalize_figure_value(a.value), normalize_figure_value(b.value)
    if va is None or vb is None:
        return _fold(a.value) == _fold(b.value) and _context_words(a.context) == _context_words(b.context)
    return va == vb


def _union_figures(groups: Iterable[Sequence[Figure]]) -> tuple[Figure, ...]:
    merged: list[Figure] = []
    for figures in groups:
        for figure in figures:
            if not any(_same_figure(figure, kept) for kept in merged):
                merged.append(figure)
    return tuple(merged)


def _same_step(a: NextStep, b: NextStep) -> bool:
    wa, wb = _context_words(a.text), _context_words(b.text)
    if not wa or not wb:
        return _fold(a.text) == _fold(b.text)
    return len(wa & wb) / len(wa | wb) >= 0.6


def _union_steps(groups: Iterable[Sequence[NextStep]]) -> tuple[NextStep, ...]:
    merged: list[NextStep] = []
    for steps in groups:
        for step in steps:
            if not any(_same_step(step, kept) for kept in merged):
                merged.append(step)
    return tuple(merged)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


def merge_briefings(briefings: Sequence[Briefing]) -> Briefing:
    """One briefing for a story told by ``briefings`` (pass them oldest first).

    Title and summary come from the most informative briefing (the earliest among equals);
    actors, figures and next steps are the union of all, that briefing's first, without
    duplicates (names, aliases and surnames are matched after normalising; figures by value
    only; next steps by wording); sources, article ids, sentences and captions (the text each
    article's cleaning removed, which the answerer may read) are all listed, without duplicates.
    """
    if not briefings:
        raise ValueError("merge_briefings needs at least one briefing")
    best_index = max(range(len(briefings)), key=lambda i: (informativeness(briefings[i]), -i))
    best = briefings[best_index]
    ordered = [best, *(b for i, b in enumerate(briefings) if i != best_index)]
    return Briefing(
        title=best.title,
        summary=best.summary,
        actors=_union_actors(b.actors for b in ordered),
        figures=_union_figures(b.figures for b in ordered),
        next_steps=_union_steps(b.next_steps for b in ordered),
        sources=_unique(s for b in briefings for s in b.sources),
        article_ids=_unique(a for b in briefings for a in b.article_ids),
        sentences=_unique(s for b in ordered for s in b.sentences),
        outlets=tuple(dict.fromkeys(o for b in briefings for o in b.outlets)),
        captions=_unique(c for b in ordered for c in b.captions),
    )


def diff_briefings(old: Briefing, new: Briefing) -> dict[str, list[Any]]:
    """What ``new`` (a story's briefing after an update) adds to ``old``, as JSON-ready data.

    Keys, present only when non-empty: ``new_figures`` (value, context, sentence),
    ``new_next_steps`` (text, when, sentence), ``new_actors`` (names) and ``new_sources``.
    An empty dict means the update added nothing a reader would notice.
    """
    changes: dict[str, list[Any]] = {}
    figures = [f for f in new.figures if not any(_same_figure(f, o) for o in old.figures)]
    if figures:
        changes["new_figures"] = [
            {"value": f.value, "context": f.context, "sentence": f.sentence} for f in figures
        ]
    steps = [s for s in new.next_steps if not any(_same_step(s, o) for o in old.next_steps)]
    if steps:
        changes["new_next_steps"] = [{"text": s.text, "when": s.when, "sentence": s.sentence} for s in steps]
    old_keys = [actor_key(a) for a in old.actors]
    actors = [a.name for a in new.actors if not any(actor_key(a).matches(k) for k in old_keys)]
    if actors:
        changes["new_actors"] = actors
    sources = [s for s in new.sources if s not in old.sources]
    if sources:
        changes["new_sources"] = sources
    return changes


def update_changes(
    members: Sequence[tuple[Briefing, datetime | None]], update: Briefing, when: datetime | None
) -> dict[str, list[Any]]:
    """What ``update`` adds to its story as the story stood at the update's publication time
    ``when``: :func:`diff_briefings` between the merged briefing of the ``members`` (the story's
    other articles with their times, oldest first) published no later than ``when`` and the
    same with the update. Feed order does not enter it: a report that arrives late is compared with the reports
    that came before it, not with those that came after. A member without a time, or an update
    without one, counts as earlier. With no earlier member the update is the story's first
    report, compared with an empty story.
    """
    before = [b for b, w in members if when is None or w is None or w <= when]
    old = merge_briefings(before) if before else Briefing(title="", summary=())
    return diff_briefings(old, merge_briefings([*before, update]))
