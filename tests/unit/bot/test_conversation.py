"""Intent parsing and the conversation's routing, admin checks and thread handling."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pytest

from newsbrief.bot.conversation import Conversation, ThreadContext, parse_intent, story_text
from newsbrief.bot.digest import ArticleLink
from newsbrief.bot.domain import Answer, Briefing, ChannelRef, Citation, IncomingMessage, InputError, Reply
from newsbrief.summarizers.types import Source

CH = ChannelRef("console", "stdout")


@pytest.mark.parametrize(
    ("text", "kind", "arg"),
    [
        ("help", "help", ""),
        ("  HELP ", "help", ""),
        ("digest now", "digest", ""),
        ("sources", "sources", ""),
        ("brief https://example.org/a?b=1", "brief", "https://example.org/a?b=1"),
        ("brief", "brief", ""),
        ("Brief ", "brief", ""),
        ("briefly, what happened?", "ask", "briefly, what happened?"),
        ("brief <https://example.org/a|example.org/a>", "brief", "https://example.org/a"),
        ("!newsbrief brief https://x.example/y", "brief", "https://x.example/y"),
        ("add feed https://example.org/rss.xml", "add_feed", "https://example.org/rss.xml"),
        ("remove feed world", "remove_feed", "world"),
        ('schedule "0 8 * * 1-5" Europe/Berlin', "schedule", "0 8 * * 1-5"),
        ("schedule 30 7 * * * UTC", "schedule", "30 7 * * *"),
        ("how many died?", "ask", "how many died?"),
        ("who is involved", "ask", "who is involved"),
        ("", "empty", ""),
    ],
)
def test_parse_intent(text: str, kind: str, arg: str) -> None:
    intent = parse_intent(text)
    assert intent.kind == kind
    assert intent.arg == arg


def test_schedule_timezone_is_parsed() -> None:
    assert parse_intent('schedule "0 8 * * 1-5" Europe/Berlin').args == ("Europe/Berlin",)
    assert parse_intent("schedule 30 7 * * * UTC").args == ("UTC",)


B1 = Briefing(title="Thread story", summary=("A thing happened.",), sentences=("A thing happened.",))
B2 = Briefing(
    title="Recent story", summary=("Another thing.",), sentences=("Another thing.",), article_ids=("7",)
)
B3 = Briefing(
    title="Other story", summary=("A third thing.",), sentences=("A third thing.",), article_ids=("9",)
)
B4 = Briefing(
    title="Council story",
    summary=("The Lindale council votes on Friday.",),
    sentences=("The Lindale council votes on Friday.",),
    article_ids=("11",),
)


class RecordingServices:
    """Services that record what the conversation asked for (the real ones are in newsbrief.bot.app)."""

    def __init__(self, admins: set[str], threads: dict[str, list[Briefing]]) -> None:
        self.admins = admins
        self.threads = threads
        self.calls: list[tuple[str, object]] = []
        self.contexts: dict[str, dict[str, Any]] = {}  # stored as JSON, the way the store keeps them
        self.stored = {"7": B2, "9": B3, "11": B4}

    def is_admin(self, channel: ChannelRef, user: str) -> bool:
        return user in self.admins

    async def brief(self, channel: ChannelRef, url: str) -> Briefing:
        if "bad" in url:
            raise InputError("cannot fetch it")
        self.calls.append(("brief", url))
        return B1

    async def digest_now(self, channel: ChannelRef) -> Reply:
        self.calls.append(("digest", channel))
        return Reply(channel=channel, text="digest")

    async def sources_text(self, channel: ChannelRef) -> str:
        return "Sources: x"

    async def thread_briefings(self, channel: ChannelRef, thread: str) -> Sequence[Briefing] | None:
        return self.threads.get(thread)

    async def recent_briefings(self, channel: ChannelRef, question: str) -> Sequence[Briefing]:
        self.calls.append(("recent", question))
        if "council" in question.lower():
            return [B4]
        return [B2, B3] if "thing" in question else []

    async def briefings_of(self, article_ids: Sequence[str]) -> Sequence[Briefing]:
        self.calls.append(("briefings_of", tuple(article_ids)))
        return [self.stored[a] for a in article_ids if a in self.stored]

    async def story(self, story_id: int) -> tuple[Briefing, Sequence[ArticleLink]] | None:
        self.calls.append(("story", story_id))
        if story_id != 5:
            return None
        return B2, [
            ArticleLink("Recent <story>", "https://news.example/recent", "Wire"),
            ArticleLink("No URL"),
        ]

    async def thread_context(self, channel: ChannelRef, thread: str) -> ThreadContext | None:
        raw = self.contexts.get(thread)
        return None if raw is None else ThreadContext.from_json(raw)

    async def save_thread_context(self, channel: ChannelRef, thread: str, context: ThreadContext) -> None:
        self.contexts[thread] = context.to_json()

    async def answer(
        self, question: str, briefings: Sequence[Briefing], state: dict[str, Any] | None
    ) -> tuple[Answer, dict[str, Any]]:
        turns = (state or {}).get("turns", 0) + 1
        self.calls.append(("answer", (tuple(b.title for b in briefings), turns)))
        # like the real answerer: a name the question uses must be in the story that answers
        names = [w.strip("?") for w in question.split()[1:] if w[:1].isupper()]
        first = next((b for b in briefings if all(n in " ".join(b.sentences) for n in names)), None)
        if first is None:
            return Answer(question, f"The article doesn't mention {names[0]}.", False), {"turns": turns}
        cite = tuple(Citation(a, first.sentences[0]) for a in first.article_ids)
        return Answer(question, f"from {first.title}", True, cite), {"turns": turns}

    async def add_feed(self, channel: ChannelRef, url: str, name: str) -> str:
        self.calls.append(("add_feed", url))
        return "added"

    async def remove_feed(self, channel: ChannelRef, feed_id: str) -> str:
        self.calls.append(("remove_feed", feed_id))
        return "removed"

    async def set_schedule(self, channel: ChannelRef, cron: str, timezone: str | None) -> str:
        self.calls.append(("schedule", (cron, timezone)))
        return "scheduled"


def msg(text: str, user: str = "alice", thread: str | None = None, message_id: str = "m1") -> IncomingMessage:
    return IncomingMessage(channel=CH, user=user, text=text, thread=thread, message_id=message_id)


async def test_admin_commands_refused_for_non_admins() -> None:
    s = RecordingServices(admins={"root"}, threads={})
    conv = Conversation(s)
    for text in ("add feed https://example.org/rss", "remove feed world", "schedule 0 8 * * * UTC"):
        reply = await conv.handle(msg(text, user="mallory"))
        assert reply is not None and "only the admins" in reply.text
    assert s.calls == []
    reply = await conv.handle(msg("remove feed world", user="root"))
    assert reply is not None and reply.text == "removed"
    assert s.calls == [("remove_feed", "world")]


async def test_question_in_digest_thread_uses_that_digest() -> None:
    s = RecordingServices(admins=set(), threads={"d1": [B1]})
    conv = Conversation(s)
    reply = await conv.handle(msg("what thing happened?", thread="d1"))
    assert reply is not None and reply.text == "from Thread story"
    assert reply.thread == "d1"
    assert ("recent", "what thing happened?") not in s.calls


async def test_follow_up_in_a_free_question_thread_stays_on_its_story_and_turns_count() -> None:
    s = RecordingServices(admins=set(), threads={})
    conv = Conversation(s)
    first = await conv.handle(msg("what thing happened?"))
    assert first is not None and first.thread == "m1"
    # the follow-up shares no word with any story: it is understood only through the thread
    follow = IncomingMessage(channel=CH, user="alice", text="and when?", thread="m1", message_id="m2")
    reply = await conv.handle(follow)
    assert reply is not None and reply.text == "from Recent story"
    assert ("briefings_of", ("7",)) in s.calls
    assert s.calls[-1] == ("answer", (("Recent story",), 2))  # the state of turn 1 reached turn 2
    # positive control: the same words outside the thread start afresh and find nothing
    alone = await conv.handle(msg("and when?", message_id="m3"))
    assert alone is not None and "nothing" in alone.text.lower()


async def test_a_thread_on_an_earlier_answers_story_turns_to_the_news_that_answers() -> None:
    s = RecordingServices(admins=set(), threads={"d1": [B2]})
    conv = Conversation(s)
    await conv.handle(msg("what thing happened?"))  # answered from B2: the thread follows it
    turn = IncomingMessage(
        channel=CH, user="alice", text="When does the Lindale council vote?", thread="m1", message_id="m2"
    )
    reply = await conv.handle(turn)
    assert reply is not None and reply.text == "from Council story"
    # the thread's story first, the news that matches the question beside it, the thread's state along
    assert s.calls[-1] == ("answer", (("Recent story", "Council story"), 2))
    # and the thread now follows the story that answered
    again = await conv.handle(
        IncomingMessage(channel=CH, user="alice", text="and when?", thread="m1", message_id="m3")
    )
    assert again is not None and again.text == "from Council story"
    assert s.calls[-1] == ("answer", (("Council story",), 3))
    # control: a digest thread keeps to its digest's stories, and says what they lack
    pinned = await conv.handle(msg("When does the Lindale council vote?", thread="d1", message_id="m4"))
    assert pinned is not None and pinned.text == "The article doesn't mention Lindale."


async def test_questions_after_a_brief_are_about_the_briefed_article() -> None:
    s = RecordingServices(admins=set(), threads={"d1": [B2]})
    conv = Conversation(s)
    await conv.handle(msg("brief https://ok.example/x", thread="d1"))
    reply = await conv.handle(msg("what thing happened?", thread="d1"))
    assert reply is not None and reply.text == "from Thread story"  # B1, the briefed one
    # positive control: in another digest thread the digest's own story answers
    s.threads["d2"] = [B2]
    other = await conv.handle(msg("what thing happened?", thread="d2"))
    assert other is not None and other.text == "from Recent story"


def test_thread_context_round_trips_and_unknown_versions_read_empty() -> None:
    ctx = ThreadContext(qa_state={"a": [1]}, article_ids=("7", "9"), briefing=B1)
    again = ThreadContext.from_json(json.loads(json.dumps(ctx.to_json())))
    assert again.to_json() == ctx.to_json()
    assert again.briefing is not None and again.briefing.sentences == B1.sentences
    assert ThreadContext.from_json({"version": 99, "article_ids": ["7"]}) == ThreadContext()
    assert ThreadContext.from_json(None) == ThreadContext()


def test_thread_context_keeps_the_briefed_articles_captions_for_follow_ups() -> None:
    """A briefed article's captions (read by the answerer, left out of ``Briefing.to_json``) are kept
    in the thread's context beside its sentences; a context saved before they were kept reads none."""
    briefed = replace(B1, captions=("Captain Ida Roos on the bridge of the Havsula",))
    saved = json.loads(json.dumps(ThreadContext(briefing=briefed).to_json()))
    again = ThreadContext.from_json(saved)
    assert again.briefing == briefed
    # control: a context stored before captions were kept loads with none, and the rest intact
    del saved["captions"]
    old = ThreadContext.from_json(saved)
    assert old.briefing is not None and old.briefing.captions == () and old.briefing.sentences == B1.sentences


async def test_free_question_uses_recent_news_and_says_when_nothing_answers() -> None:
    s = RecordingServices(admins=set(), threads={})
    conv = Conversation(s)
    reply = await conv.handle(msg("what thing happened?"))
    assert reply is not None and reply.text == "from Recent story"
    assert reply.thread == "m1"  # answered in a thread under the question
    reply = await conv.handle(msg("who won the cup?", message_id="m2"))
    assert reply is not None and "nothing" in reply.text.lower()


async def test_brief_errors_become_a_plain_reply() -> None:
    s = RecordingServices(admins=set(), threads={})
    conv = Conversation(s)
    reply = await conv.handle(msg("brief https://bad.example/x"))
    assert reply is not None and "cannot fetch it" in reply.text
    reply = await conv.handle(msg("brief https://ok.example/x"))
    assert reply is not None and reply.briefings == (B1,)


async def test_brief_alone_prints_its_usage() -> None:
    s = RecordingServices(admins=set(), threads={})
    reply = await Conversation(s).handle(msg("brief"))
    assert reply is not None and reply.text.startswith("Usage: brief <url>")
    assert s.calls == []  # neither briefed nor answered as a question


async def test_help_lists_commands() -> None:
    conv = Conversation(RecordingServices(admins=set(), threads={}))
    reply = await conv.handle(msg("help"))
    assert reply is not None
    for word in ("brief <url>", "digest now", "sources", "add feed"):
        assert word in reply.text


async def test_a_story_asked_by_its_id_is_answered_from_the_stored_story_in_the_thread() -> None:
    """What a digest's "More" / "Sources" button press becomes: a message like a typed one."""
    services = RecordingServices(set(), {})
    conv = Conversation(services)
    channel = ChannelRef("slack", "C1")
    more = await conv.handle(IncomingMessage(channel, "U1", story_text(5, "more"), thread="100.1"))
    assert more is not None and more.thread == "100.1"
    assert more.briefings == (B2,) and more.extra == {"view": "more", "link": "https://news.example/recent"}
    sources = await conv.handle(IncomingMessage(channel, "U1", story_text(5, "sources"), thread="100.1"))
    assert sources is not None and sources.briefings == (B2,) and sources.extra["view"] == "sources"
    assert json.loads(sources.extra["links"]) == [
        ["Recent <story>", "https://news.example/recent", "Wire"],
        ["No URL", None, None],
    ]
    gone = await conv.handle(IncomingMessage(channel, "U1", story_text(6), thread="100.1"))
    assert gone is not None and gone.text == "That story is no longer stored." and gone.briefings == ()
    assert ("story", 5) in services.calls
    # control: a question that mentions a story is still a question
    assert parse_intent("which story is 5?").kind == "ask"
    assert parse_intent("story 12").kind == "story" and parse_intent("story 12").args == ("more",)


async def test_more_on_a_digest_story_turns_the_threads_next_questions_to_that_story() -> None:
    s = RecordingServices(admins=set(), threads={"100.1": [B1]})
    conv = Conversation(s)
    before = await conv.handle(msg("what thing happened?", thread="100.1"))
    assert before is not None and before.text == "from Thread story"  # the digest's stories
    sources = await conv.handle(msg(story_text(5, "sources"), thread="100.1"))
    assert sources is not None and sources.extra["view"] == "sources"
    still = await conv.handle(msg("what thing happened?", thread="100.1"))
    assert still is not None and still.text == "from Thread story"  # "Sources" does not turn the thread
    await conv.handle(msg(story_text(5, "more"), thread="100.1"))  # story 5: B2, article 7
    after = await conv.handle(msg("what thing happened?", thread="100.1"))
    assert after is not None and after.text == "from Recent story"
    assert s.calls[-1] == ("answer", (("Recent story",), 1))  # the story's own thread of turns
    again = await conv.handle(msg("and then?", thread="100.1"))
    assert again is not None and again.text == "from Recent story"
    assert s.calls[-1] == ("answer", (("Recent story",), 2))
    # control: another digest thread is not turned
    s.threads["200.1"] = [B1]
    other = await conv.handle(msg("what thing happened?", thread="200.1"))
    assert other is not None and other.text == "from Thread story"


async def test_answers_name_the_outlet_of_the_article_they_come_from() -> None:
    s = RecordingServices(admins=set(), threads={})
    s.stored["7"] = replace(B2, outlets=(Source("Example Times", "https://times.example/a"),))
    first = await Conversation(s).handle(msg("what thing happened?"))
    assert first is not None and first.answer is not None
    (c,) = first.answer.citations
    assert c.source is None  # positive control: B2 from recent news keeps no outlet
    follow = await Conversation(s).handle(msg("and then?", thread="m1", message_id="m2"))
    assert follow is not None and follow.answer is not None
    (c,) = follow.answer.citations
    assert (c.article_id, c.source, c.url, c.title) == (
        "7",
        "Example Times",
        "https://times.example/a",
        "Recent story",
    )


class ListingServices(RecordingServices):
    """The answerer's list of stories ("what's new?" cites several); any other question is answered
    from the first story given."""

    async def answer(
        self, question: str, briefings: Sequence[Briefing], state: dict[str, Any] | None
    ) -> tuple[Answer, dict[str, Any]]:
        self.calls.append(("answer", (tuple(b.title for b in briefings), 0)))
        if question == "what's new?":
            cites = tuple(Citation(b.article_ids[0], "") for b in briefings)
            return Answer(question, "\n".join(b.title for b in briefings), True, cites), {}
        first = briefings[0]
        return Answer(question, f"from {first.title}", True, (Citation(first.article_ids[0], "x"),)), {}

    async def recent_briefings(self, channel: ChannelRef, question: str) -> Sequence[Briefing]:
        self.calls.append(("recent", question))
        return [B2, B3, B4] if question == "what's new?" else [B4]


async def test_a_thread_keeps_its_latest_list_for_a_question_that_points_into_it() -> None:
    s = ListingServices(admins=set(), threads={})
    conv = Conversation(s)
    await conv.handle(msg("what's new?"))
    assert s.contexts["m1"]["listed"] == ["7", "9", "11"]  # kept in the stored context (JSON)

    def turn(text: str, n: int) -> IncomingMessage:
        return IncomingMessage(channel=CH, user="alice", text=text, thread="m1", message_id=f"m{n}")

    await conv.handle(turn("When does the Lindale council vote?", 2))  # answered from one story (B2)
    assert s.contexts["m1"]["listed"] == ["7", "9", "11"]  # an answer from one story keeps the list
    await conv.handle(turn("who is in the second story?", 3))
    # the thread's story and the news matching the question, then the listed stories not among them
    assert s.calls[-1] == ("answer", (("Recent story", "Council story", "Other story"), 0))
    # control: a question that points at no place in a list does not bring the list along
    await conv.handle(turn("who is in the story?", 4))
    assert s.calls[-1] == ("answer", (("Recent story", "Council story"), 0))
