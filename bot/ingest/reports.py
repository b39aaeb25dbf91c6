"""What an ingest pass did: per-feed reports, the pass's report and stage timings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Timings:
    """Seconds spent per stage, summed over tasks (see ``newsbrief.bot.ingest.poller``), and counts."""

    fetch: float = 0.0
    parse: float = 0.0
    extract: float = 0.0
    brief: float = 0.0
    store: float = 0.0
    cluster: float = 0.0
    feed_fetches: int = 0
    page_fetches: int = 0
    briefings: int = 0

    STAGES = ("fetch", "parse", "extract", "brief", "store", "cluster")

    def shares(self) -> dict[str, float]:
        """Each stage's share of the summed stage time (0..1)."""
        total = sum(getattr(self, s) for s in self.STAGES) or 1.0
        return {s: getattr(self, s) / total for s in self.STAGES}

    def add(self, other: Timings) -> None:
        for name in (*self.STAGES, "feed_fetches", "page_fetches", "briefings"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class SkippedArticle:
    """An article stored but not briefed, with the one-line reason (as ``brief`` gives it)."""

    article_id: str
    url: str | None
    reason: str


@dataclass
class FeedReport:
    """What one feed's poll did. ``status``: ``ok``, ``not_modified``, ``failed``, ``gone`` (410,
    now disabled) or ``skipped`` (not due, or disabled)."""

    feed_id: str
    status: str = "ok"
    entries: int = 0
    filtered: int = 0
    new_articles: int = 0
    changed_articles: int = 0
    briefed: int = 0
    brief_failures: int = 0
    stories_created: int = 0
    stories_updated: int = 0
    pages_fetched: int = 0
    page_failures: int = 0
    error: str | None = None
    moved_to: str | None = None
    elapsed: float = 0.0
    skipped_articles: list[SkippedArticle] = field(default_factory=list)
    """Stored articles that were not briefed because of what they are (not English), with why."""
    next_at: datetime | None = None
    """For a feed skipped because it is not due: when it is, and why it waits (``wait_reason``)."""
    wait_reason: str | None = None


@dataclass
class PollReport:
    """One pass over the feeds; ``backlog_briefed`` counts articles briefed from earlier passes,
    ``backlog_filed`` briefed articles of earlier passes filed into stories (a crash between the
    two steps)."""

    feeds: list[FeedReport] = field(default_factory=list)
    elapsed: float = 0.0
    backlog_briefed: int = 0
    backlog_filed: int = 0
    timings: Timings = field(default_factory=Timings)

    def count(self, status: str) -> int:
        return sum(1 for f in self.feeds if f.status == status)

    @property
    def new_articles(self) -> int:
        return sum(f.new_articles for f in self.feeds)

    @property
    def changed_articles(self) -> int:
        return sum(f.changed_articles for f in self.feeds)

    @property
    def briefed(self) -> int:
        return sum(f.briefed for f in self.feeds) + self.backlog_briefed

    @property
    def failed(self) -> list[FeedReport]:
        return [f for f in self.feeds if f.status == "failed"]


ProgressCallback = Callable[[int, int, FeedReport], None]
"""Called after each feed: ``(feeds done, feeds in this pass, that feed's report)``."""
