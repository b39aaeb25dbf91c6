"""What users write to the bot, as platform-neutral intents, and the replies to them.

Adapters turn payloads into ``IncomingMessage`` (mention text already stripped of the bot's
own mention); ``Conversation.handle`` turns that into a ``Reply``. Everything that touches the
network, the store or the models goes through the ``ConversationServices`` protocol, which
``newsbrief.bot.app`` implements, so this module stays testable without any platform.
"""

from __future__ import annotations

import json
import logging
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from newsbrief.bot.domain import Answer, Briefing, ChannelRef, Citation, IncomingMessage, InputError, Reply
from newsbrief.summarizers.qa import points_at_a_listed_story

if TYPE_CHECKING:
    from newsbrief.bot.digest import ArticleLink

logger = logging.getLogger(__name__)

HELP_TEXT = """\
I write news briefings. Things you can ask me:
  help                      this text
  brief <url>               a briefing of one article (summary, key actors, figures, next steps)
  digest now                this channel's digest, now
  sources                   the feeds this channel follows and their health
  what's new?               the latest stories' headlines
  <any question>            answered from recent news (in a digest's thread: from that digest)
Admins only:
  add feed <url> [name]     follow a feed in this channel
  remove feed <feed-id>     stop following a feed in this channel
  schedule "<cron>" [tz]    change this channel's digest schedule, e.g. schedule "0 8 * * 1-5" Europe/Berlin"""


@dataclass(frozen=True)
class Intent:
    """A parsed message: ``kind`` is help|brief|digest|sources|ask|add_feed|remove_feed|schedule|empty."""

    kind: str
    arg: str = ""
    args: tuple[str, ...] = ()


# A story of a digest, asked about by its id: what a "More" / "Sources" button press becomes.
_STORY = re.compile(r"story\s+(\d+)(?:\s+(more|sources))?$", flags=re.I)
STORY_VIEWS = ("more", "sources")
_URL = re.compile(r"<?(https?://[^\s<>|]+)(?:\|[^>]*)?>?")
ADMIN_KINDS = frozenset({"add_feed", "remove_feed", "schedule"})


def parse_intent(text: str) -> Intent:
    """Parse one message; anything that is not a command is a question."""
    t = " ".join(text.strip().split())
    t = re.sub(r"^(?:!?newsbrief|@newsbrief)[:,]?\s*", "", t, flags=re.I)
    low = t.lower()
    if not t:
        return Intent("empty")
    if low in {"help", "?", "commands", "what can you do", "what can you do?"}:
        return Intent("help")
    if low in {"digest", "digest now", "digest please"}:
        return Intent("digest")
    if low in {"sources", "feeds", "sources?", "list sources", "list feeds"}:
        return Intent("sources")
    if low == "brief":
        return Intent("brief")  # the usage, not a question about briefs
    m = re.match(r"brief\s+(.+)$", t, flags=re.I)
    if m:
        target = m.group(1).strip()
        um = _URL.search(target)
        return Intent("brief", um.group(1) if um else target)
    m = re.match(r"add\s+feed\s+(\S+)(?:\s+(.+))?$", t, flags=re.I)
    if m:
        um = _URL.search(m.group(1))
        return Intent("add_feed", um.group(1) if um else m.group(1), (m.group(2) or "",))
    m = re.match(r"remove\s+feed\s+(\S+)$", t, flags=re.I)
    if m:
        return Intent("remove_feed", m.group(1))
    m = re.match(r"schedule\s+(.+)$", t, flags=re.I)
    if m:
        try:
            parts = shlex.split(m.group(1))
        except ValueError:
            parts = m.group(1).split()
        if len(parts) >= 5 and not parts[0].count(" "):
            # unquoted: five cron fields, then an optional timezone
            return Intent("schedule", " ".join(parts[:5]), tuple(parts[5:6]))
        return Intent("schedule", parts[0] if parts else "", tuple(parts[1:2]))
    m = _STORY.match(t)
    if m:
        return Intent("story", m.group(1), ((m.group(2) or "more").lower(),))
    return Intent("ask", t)


def story_text(story_id: int, view: str = "more") -> str:
    """The message a "More" (``view`` more) or "Sources" button press on a story stands for."""
    return f"story {story_id} {view}"


@dataclass(frozen=True)
class ThreadContext:
    """What one thread has been about, kept in the store per thread so that a follow-up ("and when
    is it?") is understood after a restart and by another instance.

    ``qa_state`` is the answerer's own JSON state (opaque here); ``article_ids`` are the articles
    the thread's answers came from (a free question's thread stays on the story it picked);
    ``briefing`` is the last article briefed in the thread, which later questions are about;
    ``story_articles`` are the articles of the story last opened in the thread ("More" on a digest's
    story), which later questions are about; ``listed`` are the stories of the thread's latest answer
    that listed several ("what's new?"), one article each, in the order shown ("... the second story?").
    """

    qa_state: dict[str, Any] | None = None
    article_ids: tuple[str, ...] = ()
    briefing: Briefing | None = None
    story_articles: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "qa_state": self.qa_state,
            "article_ids": list(self.article_ids),
            "story_articles": list(self.story_articles),
            "listed": list(self.listed),
            "briefing": None if self.briefing is None else self.briefing.to_json(),
            # the briefing's JSON leaves out the article's sentences, which answers are taken from,
            # and the captions its cleaning removed, which the answerer may read too
            "sentences": [] if self.briefing is None else list(self.briefing.sentences),
            "captions": [] if self.briefing is None else list(self.briefing.captions),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> ThreadContext:
        """A stored context; anything unreadable or of another version is an empty one."""
        if not isinstance(data, dict) or data.get("version") != 1:
            return cls()
        try:
            briefing = data.get("briefing")
            return cls(
                qa_state=data.get("qa_state") if isinstance(data.get("qa_state"), dict) else None,
                article_ids=tuple(str(a) for a in data.get("article_ids") or ()),
                story_articles=tuple(str(a) for a in data.get("story_articles") or ()),
                listed=tuple(str(a) for a in data.get("listed") or ()),
                briefing=(
                    replace(
                        Briefing.from_json(briefing),
                        sentences=tuple(map(str, data.get("sentences") or ())),
                        captions=tuple(map(str, data.get("captions") or ())),  # none in contexts saved before
                    )
                    if isinstance(briefing, dict)
                    else None
                ),
            )
        except (TypeError, ValueError, KeyError):
            logger.warning("ignoring an unreadable thread context")
            return cls()


class ConversationServices(Protocol):
    """What the conversation needs from the running bot: implemented by
    ``newsbrief.bot.app.NewsbriefApp``, and by the unit tests' recording double.

    A Protocol rather than the app's class because of the import boundary: ``app`` imports this
    module (it makes the ``Conversation``), and the app pulls in the adapters, the store, the
    scheduler and the models; naming it here would make a cycle and tie the intents to all of
    that. The methods below are all the conversation may use of the app.
    """

    def is_admin(self, channel: ChannelRef, user: str) -> bool: ...

    async def brief(self, channel: ChannelRef, target: str) -> Briefing:
        """Brief a URL (any channel) or a local file (the console only)."""
        ...

    async def digest_now(self, channel: ChannelRef) -> Reply | None:
        """Post the channel's digest now; a Reply only when there is something to say instead."""
        ...

    async def sources_text(self, channel: ChannelRef) -> str: ...

    async def thread_briefings(self, channel: ChannelRef, thread: str) -> Sequence[Briefing] | None:
        """The briefings of the digest posted as ``thread`` in ``channel``, or None if it is no digest."""
        ...

    async def recent_briefings(self, channel: ChannelRef, question: str) -> Sequence[Briefing]:
        """Briefings of recent stored news of the channel's feeds that match ``question``."""
        ...

    async def briefings_of(self, article_ids: Sequence[str]) -> Sequence[Briefing]:
        """The stored briefings of these articles, in that order (missing ones left out)."""
        ...

    async def story(self, story_id: int) -> tuple[Briefing, Sequence[ArticleLink]] | None:
        """A stored story's briefing and its articles as links, or None when it is gone."""
        ...

    async def thread_context(self, channel: ChannelRef, thread: str) -> ThreadContext | None: ...

    async def save_thread_context(self, channel: ChannelRef, thread: str, context: ThreadContext) -> None: ...

    async def answer(
        self, question: str, briefings: Sequence[Briefing], state: dict[str, Any] | None
    ) -> tuple[Answer, dict[str, Any]]:
        """The answer as the next turn of a thread whose answerer state is ``state``, and the new state."""
        ...

    async def add_feed(self, channel: ChannelRef, url: str, name: str) -> str: ...

    async def remove_feed(self, channel: ChannelRef, feed_id: str) -> str: ...

    async def set_schedule(self, channel: ChannelRef, cron: str, timezone: str | None) -> str: ...


class Conversation:
    def __init__(self, services: ConversationServices) -> None:
        self.services = services

    async def handle(self, msg: IncomingMessage) -> Reply | None:
        """The reply to ``msg`` (in the message's thread, or starting one under it), or None."""
        intent = parse_intent(msg.text)
        thread = msg.thread or msg.message_id
        s = self.services

        def text(body: str) -> Reply:
            return Reply(channel=msg.channel, thread=thread, text=body)

        if intent.kind == "empty":
            return None
        if intent.kind == "help":
            return text(HELP_TEXT)
        if intent.kind in ADMIN_KINDS and not s.is_admin(msg.channel, msg.user):
            logger.info("refused %s from non-admin %s in %s", intent.kind, msg.user, msg.channel.id)
            return text("Sorry, only the admins named in the configuration can do that.")
        try:
            if intent.kind == "brief":
                if not intent.arg:
                    usage = "Usage: brief <url>"
                    if msg.channel.platform == "console":
                        usage += "  (or brief <file>)"
                    return text(usage)
                briefing = await s.brief(msg.channel, intent.arg)
                # the questions that follow in this thread are about the article just briefed
                if thread:
                    await s.save_thread_context(msg.channel, thread, ThreadContext(briefing=briefing))
                return Reply(channel=msg.channel, thread=thread, briefings=(briefing,))
            if intent.kind == "story":
                return await self._story(msg, int(intent.arg), intent.args[0], thread)
            if intent.kind == "digest":
                return await s.digest_now(msg.channel)
            if intent.kind == "sources":
                return text(await s.sources_text(msg.channel))
            if intent.kind == "add_feed":
                return text(await s.add_feed(msg.channel, intent.arg, intent.args[0] if intent.args else ""))
            if intent.kind == "remove_feed":
                return text(await s.remove_feed(msg.channel, intent.arg))
            if intent.kind == "schedule":
                tz = intent.args[0] if intent.args else None
                return text(await s.set_schedule(msg.channel, intent.arg, tz))
            return await self._answer(msg, intent.arg, thread)
        except InputError as exc:
            return text(f"Sorry, I can't do that: {exc}")

    async def _story(self, msg: IncomingMessage, story_id: int, view: str, thread: str | None) -> Reply:
        """One story in full (``view`` more) or its articles linked (sources), in ``thread``.

        The reply carries the story's briefing; ``extra["view"]`` says which, and for sources
        ``extra["links"]`` is a JSON list of ``[title, url, source]``, for the adapter to render.
        """
        found = await self.services.story(story_id)
        if found is None:
            return Reply(channel=msg.channel, thread=thread, text="That story is no longer stored.")
        briefing, links = found
        extra = {"view": view if view in STORY_VIEWS else "more"}
        if extra["view"] == "more" and thread and briefing.article_ids:
            # the questions that follow in this thread are about the story just opened
            await self.services.save_thread_context(
                msg.channel, thread, ThreadContext(story_articles=tuple(briefing.article_ids))
            )
        rows = [[a.title, a.url, a.source] for a in links]
        if extra["view"] == "sources":
            extra["links"] = json.dumps(rows, ensure_ascii=False)
        elif rows and rows[0][1]:
            extra["link"] = str(rows[0][1])
        return Reply(channel=msg.channel, thread=thread, briefings=(briefing,), extra=extra)

    async def _answer(self, msg: IncomingMessage, question: str, thread: str | None) -> Reply:
        """Answer ``question`` as the next turn of ``thread``.

        The stories come from, in order: an article briefed in the thread, the story opened in it
        ("More"), the digest the thread hangs under, the story earlier answers in the thread came
        from, else the channel's recent news (where the answerer picks the story whose sentence
        answers best, and the thread then follows it). A thread that only follows the story of its
        earlier answers also reads the channel's recent news that matches the question, so it can
        turn to another story; a brief, a "More" or a digest keeps its thread on its own stories. The thread's context is saved after each
        answer. Each citation names its article's outlet (:func:`with_outlets`).
        """
        s = self.services
        context = (await s.thread_context(msg.channel, thread) if thread else None) or ThreadContext()
        briefings: Sequence[Briefing] | None = None
        if context.briefing is not None:
            briefings = [context.briefing]
        if not briefings and context.story_articles:
            briefings = await s.briefings_of(context.story_articles)
        if not briefings and msg.thread:
            briefings = await s.thread_briefings(msg.channel, msg.thread)
        if not briefings and context.article_ids:
            briefings = await s.briefings_of(context.article_ids)
            if briefings:
                # not pinned: the question may turn to other news (a council vote after answers
                # about a ceasefire), so the channel's news that matches it stands beside the
                # thread's story, and the answerer (which reads the thread's state) picks
                ids = {a for b in briefings for a in b.article_ids}
                fresh = await s.recent_briefings(msg.channel, question)
                briefings = [*briefings, *(b for b in fresh if not ids & set(b.article_ids))]
        if not briefings:
            briefings = await s.recent_briefings(msg.channel, question)
        if context.listed and points_at_a_listed_story(question):
            # "... in the second story?": the stories of the thread's latest list stand beside the rest
            ids = {a for b in briefings for a in b.article_ids}
            listed = await s.briefings_of(context.listed)
            briefings = [*briefings, *(b for b in listed if not ids & set(b.article_ids))]
        if not briefings:
            return Reply(
                channel=msg.channel,
                thread=thread,
                text="I found nothing in the recent news that answers that.",
            )
        ans, state = await s.answer(question, briefings, context.qa_state)
        ans = with_outlets(ans, briefings)
        cited = tuple(dict.fromkeys(c.article_id for c in ans.citations if c.article_id))
        if thread:
            await s.save_thread_context(
                msg.channel,
                thread,
                ThreadContext(
                    qa_state=state,
                    article_ids=cited if ans.answered and cited else context.article_ids,
                    briefing=context.briefing,
                    story_articles=context.story_articles,
                    listed=cited if len(cited) > 1 else context.listed,
                ),
            )
        return Reply(channel=msg.channel, thread=thread, text=ans.text, answer=ans)


def with_outlets(answer: Answer, briefings: Sequence[Briefing]) -> Answer:
    """``answer`` with each citation naming its article's outlet (the feed's configured name), link
    and title as the one-article briefings it was answered from keep them (``Briefing.outlets``).
    Citations of other articles, or of briefings stored before outlets were kept, stay as they are
    (named by their link's site)."""
    known = {b.article_ids[0]: b for b in briefings if len(b.article_ids) == 1 and len(b.outlets) == 1}
    if not known or not any(c.article_id in known for c in answer.citations):
        return answer
    cites: list[Citation] = []
    for c in answer.citations:
        b = known.get(c.article_id)
        if b is None:
            cites.append(c)
            continue
        outlet = b.outlets[0]
        cites.append(
            replace(
                c, source=outlet.name or c.source, url=outlet.url or c.url, title=c.title or b.title or None
            )
        )
    return replace(answer, citations=tuple(cites))
