"""Pick a channel's stories since its last digest, rank them, cap them: a ``Digest``.

:func:`select_stories` is pure (data in, data out, ``now`` passed in); :func:`build_digest`
reads what it needs from the store and calls it; :func:`digest_dry_run` is what
``newsbrief digest CHANNEL --dry-run`` prints.

Ranking. Each candidate gets a score in [0, 1]::

    score = 0.40 * importance + 0.30 * sources + 0.30 * freshness

* importance: how much the briefing says, saturating: key figures (up to 4), next steps (up to 3),
  key actors (up to 5) and summary length (up to 400 characters), weighted 0.35/0.25/0.2/0.2;
* sources: ``log(1 + n) / log(1 + 8)``, capped at 1 (eight outlets or more count the same);
* freshness: ``exp(-ln 2 * age / 12 h)``, the age from the story's last update (a story half a day
  old counts half).

Ties break on the newer update, then the lower story id, so the order is deterministic.

Already posted stories (``already_posted``: story id -> version last posted in this channel)
come back only when their version grew, marked ``is_update`` with what changed.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from newsbrief.bot.domain import Digest, DigestStory, Story
from newsbrief.summarizers.types import Briefing

if TYPE_CHECKING:
    from newsbrief.bot.config import ChannelConfig
    from newsbrief.bot.store import Store
    from newsbrief.bot.store.records import StoryRecord

logger = logging.getLogger(__name__)

FRESHNESS_HALF_LIFE = timedelta(hours=12)
FIRST_DIGEST_LOOKBACK = timedelta(hours=48)  # a channel's first digest looks this far back
SINCE_OVERLAP = timedelta(hours=1)  # re-read a little before the last digest; posted versions filter repeats
CANDIDATE_LIMIT = 5000  # stories read from the store per digest at most
W_IMPORTANCE, W_SOURCES, W_FRESHNESS = 0.40, 0.30, 0.30


@dataclass(frozen=True)
class RankedStory:
    """A selected story with its score (exposed for tests and ``--dry-run`` explanations)."""

    digest_story: DigestStory
    score: float


# ------------------------------------------------------------------------------------------- ranking


def importance(b: Briefing) -> float:
    """How much the briefing carries, in [0, 1]."""
    summary_chars = sum(len(s) for s in b.summary)
    return (
        0.35 * min(len(b.figures), 4) / 4
        + 0.25 * min(len(b.next_steps), 3) / 3
        + 0.20 * min(len(b.actors), 5) / 5
        + 0.20 * min(summary_chars, 400) / 400
    )


def freshness(updated_at: datetime, now: datetime) -> float:
    """Exponential decay with a 12-hour half-life; 1.0 for a story updated at (or after) ``now``."""
    age = max((now - updated_at).total_seconds(), 0.0)
    return math.exp(-math.log(2) * age / FRESHNESS_HALF_LIFE.total_seconds())


def source_weight(source_count: int) -> float:
    return min(math.log1p(max(source_count, 1)) / math.log1p(8), 1.0)


def score_story(story: StoryRecord, now: datetime) -> float:
    return (
        W_IMPORTANCE * importance(story.briefing)
        + W_SOURCES * source_weight(story.source_count)
        + W_FRESHNESS * freshness(story.updated_at, now)
    )


def topic_matcher(topics: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive whole-word pattern for the keywords, or None when there are none."""
    words = [t.strip() for t in topics if t.strip()]
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def matches_topics(b: Briefing, pattern: re.Pattern[str] | None) -> bool:
    """Whether the title, the summary or an actor's name mentions one of the keywords."""
    if pattern is None:
        return True
    if pattern.search(b.title):
        return True
    if any(pattern.search(s) for s in b.summary):
        return True
    return any(pattern.search(a.name) for a in b.actors)


# ------------------------------------------------------------------------------------------ selection


def select_stories(
    stories: Sequence[StoryRecord],
    already_posted: Mapping[int, int],
    now: datetime,
    max_stories: int,
    topics: Sequence[str] = (),
    changes: Mapping[int, Sequence[str]] | None = None,
) -> list[DigestStory]:
    """The stories for one digest, best first, at most ``max_stories``.

    ``stories`` are the candidates (already limited to "since the last digest" by the caller);
    ``already_posted`` maps story id -> the version last posted in this channel: such a story is
    left out unless its version grew, and then comes back with ``is_update=True`` and ``changes``
    (from ``changes[story_id]`` when given, else a generic line saying how many outlets now report it).
    ``topics`` are keywords matched as whole words against title, summary and actor names; empty
    means every story.
    """
    return [r.digest_story for r in rank_stories(stories, already_posted, now, max_stories, topics, changes)]


def rank_stories(
    stories: Sequence[StoryRecord],
    already_posted: Mapping[int, int],
    now: datetime,
    max_stories: int,
    topics: Sequence[str] = (),
    changes: Mapping[int, Sequence[str]] | None = None,
) -> list[RankedStory]:
    """:func:`select_stories` with the scores."""
    if max_stories <= 0:
        return []
    pattern = topic_matcher(topics)
    scored: list[tuple[float, datetime, int, StoryRecord, bool]] = []
    seen: set[int] = set()
    for st in stories:
        if st.id in seen:
            continue
        seen.add(st.id)
        posted_version = already_posted.get(st.id)
        is_update = posted_version is not None
        if posted_version is not None and st.version <= posted_version:
            continue
        if not matches_topics(st.briefing, pattern):
            continue
        scored.append((score_story(st, now), st.updated_at, st.id, st, is_update))
    # best score first; newer first on ties; then lower id
    scored.sort(key=lambda t: (-t[0], -t[1].timestamp(), t[2]))
    out: list[RankedStory] = []
    for score, _updated, _sid, st, is_update in scored[:max_stories]:
        story_changes: tuple[str, ...] = ()
        if is_update:
            given = (changes or {}).get(st.id)
            story_changes = tuple(given) if given else _generic_change(st)
        out.append(
            RankedStory(DigestStory(story=to_story(st), is_update=is_update, changes=story_changes), score)
        )
    return out


def _generic_change(st: StoryRecord) -> tuple[str, ...]:
    if st.source_count > 1:
        return (f"New reporting: now {st.source_count} sources.",)
    return ("The story was updated.",)


def to_story(st: StoryRecord) -> Story:
    """The domain ``Story`` for a stored story."""
    return Story(
        id=st.id,
        briefing=st.briefing,
        article_ids=tuple(st.article_ids),
        version=st.version,
        updated_at=st.updated_at,
    )


def describe_change(what: Mapping[str, Any]) -> list[str]:
    """Readable lines from a stored story change (``story_changes.what``).

    Understands lists of strings under ``changes``/``summary``/``added``, ``new_figures``,
    ``new_actors``, ``new_next_steps``, ``new_sources``; other keys are named generically.
    """
    lines: list[str] = []
    for key in ("changes", "summary", "added", "lines"):
        val = what.get(key)
        if isinstance(val, str) and val:
            lines.append(val)
        elif isinstance(val, list):
            lines.extend(str(v) for v in val if v)
    labels = {
        "new_figures": "New figures",
        "figures": "New figures",
        "new_actors": "New actors",
        "actors": "New actors",
        "new_next_steps": "New next steps",
        "next_steps": "New next steps",
        "new_sources": "New sources",
        "sources": "New sources",
    }
    for key, label in labels.items():
        val = what.get(key)
        if isinstance(val, list) and val:
            items = [_item_text(v) for v in val]
            lines.append(f"{label}: " + "; ".join(i for i in items if i))
    if not lines:
        other = [k for k in what if k not in {"at", "version"}]
        if other:
            lines.append("Updated: " + ", ".join(sorted(other)) + ".")
    return lines


def _item_text(v: Any) -> str:
    if isinstance(v, Mapping):
        for k in ("text", "name", "value", "title"):
            if v.get(k):
                base = str(v[k])
                ctx = v.get("context")
                return f"{base} {ctx}" if k == "value" and ctx else base
        return ""
    return str(v)


# ---------------------------------------------------------------------------------------- with store


def candidates_since(store: Store, channel_id: str, now: datetime) -> datetime:
    """Where "since the last digest" starts: the last digest's creation (minus an hour's overlap),
    or 48 hours back for a channel's first digest."""
    last = store.last_digest(channel_id)
    if last is None:
        return now - FIRST_DIGEST_LOOKBACK
    created: datetime = min(last.created_at, last.slot)
    return created - SINCE_OVERLAP


def story_changes_for(
    store: Any, story_ids: Iterable[int], after_versions: Mapping[int, int]
) -> dict[int, list[str]]:
    """What changed per story since the version last posted, when the store records changes.

    Uses ``store.story_changes_since({story_id: after_version})`` (story id -> records with
    ``version`` and ``what``, read in one query) if the store has it.
    """
    getter = getattr(store, "story_changes_since", None)
    if getter is None:
        return {}
    out: dict[int, list[str]] = {}
    found = getter({sid: after_versions.get(sid, 0) for sid in story_ids})
    for sid, changes in found.items():
        lines = [
            line
            for ch in changes
            if ch.version > after_versions.get(sid, 0)
            for line in describe_change(ch.what)
        ]
        if lines:
            out[sid] = lines
    return out


def build_digest(
    store: Store,
    channel_cfg: ChannelConfig,
    slot: datetime,
    now: datetime,
    *,
    feed_ids: Sequence[str] | None = None,
    keywords: Sequence[str] = (),
) -> Digest:
    """The digest ``channel_cfg`` would get for ``slot``, from the stories in the store (no writes).

    ``feed_ids``: the feeds the channel follows (the app passes ``config.feeds_for(channel)``, which
    resolves the channel's feed *topics*); None means the channel's own ``feeds``, and all feeds when
    that is empty. ``keywords``: an optional keyword filter (see :func:`select_stories`).
    """
    if feed_ids is None:
        feed_ids = tuple(channel_cfg.feeds) or None
    since = candidates_since(store, channel_cfg.id, now)
    # without the briefings' sentences: ranking and rendering never read them, and they are most of
    # each stored briefing
    candidates = store.recent_stories(since, feed_ids, CANDIDATE_LIMIT, with_sentences=False)
    stories = [s for s in candidates if s.updated_at <= now]
    posted = store.stories_in_digests(channel_cfg.id)
    selected = select_stories(stories, posted, now, channel_cfg.max_stories, keywords)
    # what changed, read only for the updates that made the cut (one query for them all)
    update_ids = [ds.story.id for ds in selected if ds.is_update]
    changes = story_changes_for(store, update_ids, posted) if update_ids else {}
    if changes:
        selected = [
            replace(ds, changes=tuple(changes[ds.story.id])) if ds.story.id in changes else ds
            for ds in selected
        ]
    logger.debug(
        "digest %s@%s: %d candidates, %d selected",
        channel_cfg.id,
        slot.isoformat(),
        len(stories),
        len(selected),
    )
    return Digest(channel_id=channel_cfg.id, slot=slot, stories=tuple(selected))


def digest_dry_run(
    store: Store,
    channel_cfg: ChannelConfig,
    now: datetime | None = None,
    *,
    feed_ids: Sequence[str] | None = None,
    keywords: Sequence[str] = (),
) -> str:
    """The text ``newsbrief digest CHANNEL --dry-run`` prints: what would be posted now. Writes nothing."""
    from newsbrief.bot.render.digest_text import render_digest

    now = now or datetime.now(UTC)
    digest = build_digest(store, channel_cfg, now, now, feed_ids=feed_ids, keywords=keywords)
    return render_digest(digest)


# ---------------------------------------------------------------------------------------- stored form


def digest_to_dict(digest: Digest) -> dict[str, Any]:
    """The JSON kept in the digest row, so a pending delivery re-posts exactly what was recorded."""
    return {
        "channel_id": digest.channel_id,
        "slot": digest.slot.isoformat(),
        "stories": [
            {
                "id": ds.story.id,
                "version": ds.story.version,
                "updated_at": ds.story.updated_at.isoformat() if ds.story.updated_at else None,
                "article_ids": list(ds.story.article_ids),
                "briefing": ds.story.briefing.to_json(),
                "is_update": ds.is_update,
                "changes": list(ds.changes),
            }
            for ds in digest.stories
        ],
    }


def digest_from_dict(data: Mapping[str, Any], digest_id: int | None = None) -> Digest:
    stories = tuple(
        DigestStory(
            story=Story(
                id=int(s["id"]),
                briefing=Briefing.from_json(s["briefing"]),
                # int(): digests recorded before the ids were integers kept them as strings
                article_ids=tuple(int(a) for a in s.get("article_ids", ())),
                version=int(s.get("version", 1)),
                updated_at=datetime.fromisoformat(s["updated_at"]) if s.get("updated_at") else None,
            ),
            is_update=bool(s.get("is_update", False)),
            changes=tuple(s.get("changes", ())),
        )
        for s in data.get("stories", ())
    )
    return Digest(
        channel_id=str(data["channel_id"]),
        slot=datetime.fromisoformat(data["slot"]),
        stories=stories,
        id=digest_id,
    )


# --------------------------------------------------------------------- links for chat platforms


@dataclass(frozen=True)
class ArticleLink:
    """One article of a story as a chat message links it: title, URL (canonical when known), outlet."""

    title: str
    url: str | None = None
    source: str | None = None


def _int_ids(ids: Iterable[Any]) -> list[int] | None:
    try:
        return [int(a) for a in ids]
    except (TypeError, ValueError):
        return None


def story_with_articles(store: Store, story_id: int) -> tuple[Briefing, list[ArticleLink]] | None:
    """A stored story's briefing and its articles as links (a "More" or "Sources" button), or None
    when the story is no longer stored."""
    record = store.get_story(story_id)
    if record is None:
        return None
    articles = store.get_articles(record.article_ids) if record.article_ids else []
    return record.briefing, [
        ArticleLink(title=r.title, url=r.canonical_url or r.url, source=r.source) for r in articles
    ]
