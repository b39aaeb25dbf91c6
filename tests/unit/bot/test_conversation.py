"""Intent parsing and the conversation's routing, admin checks and thread handling."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.conversation import Conversation, parse_intent
from bot.domain import Answer, Briefing, ChannelRef, IncomingMessage, InputError, Reply

CH = ChannelRef("console", "stdout")


@pytest.mark.parametrize(
    ("text", "kind", "arg"),
    [
        ("help", "help", ""),
        ("  HELP ", "help", ""),
        ("digest now", "digest", ""),
        ("sources", "sources", ""),
        ("brief https://example.org/a?b=1", "brief", "https://example.org/a?b=1"),
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
B2 = Briefing(title="Recent story", summary=("Another thing.",), sentences=("Another thing.",))


class RecordingServices:
    """Services that record what the conversation asked for (the real ones are in bot.app)."""

    def __init__(self, admins: set[str], threads: dict[str, list[Briefing]]) -> None:
        self.admins = admins
        self.threads = threads
        self.calls: list[tuple[str, object]] = []

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
        return [B2] if "thing" in question else []

    async def answer(self, question: str, briefings: Sequence[Briefing]) -> Answer:
        self.calls.append(("answer", tuple(b.title for b in briefings)))
        return Answer(question, f"from {briefings[0].title}", True)

    async def add_feed(self, channel: ChannelRef, url: str, name: str) -> str:
        self.calls.append(("add_feed", url))
        return "added"

    async def remove_feed(self, channel: ChannelRef, feed_id: str) -> str:
        self.calls.append(("remove_feed", feed_id))
        return "removed"

    async def set_schedule(self, channel: ChannelRef, cron: str, timezone: str | None) -> str:
        self.calls.append(("schedule", (cron, timezone)))
        return "scheduled"


def msg(text: str, user: str = "alice", thread: str | None = None) -> IncomingMessage:
    return IncomingMessage(channel=CH, user=user, text=text, thread=thread, message_id="m1")


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


async def test_free_question_uses_recent_news_and_says_when_nothing_answers() -> None:
    s = RecordingServices(admins=set(), threads={})
    conv = Conversation(s)
    reply = await conv.handle(msg("what thing happened?"))
    assert reply is not None and reply.text == "from Recent story"
    assert reply.thread == "m1"  # answered in a thread under the question
    reply = await conv.handle(msg("who won the cup?"))
    assert reply is not None and "nothing" in reply.text.lower()


async def test_brief_errors_become_a_plain_reply() -> None:
    s = RecordingServices(admins=set(), threads={})
    conv = Conversation(s)
    reply = await conv.handle(msg("brief https://bad.example/x"))
    assert reply is not None and "cannot fetch it" in reply.text
    reply = await conv.handle(msg("brief https://ok.example/x"))
    assert reply is not None and reply.briefings == (B1,)


async def test_help_lists_commands() -> None:
    conv = Conversation(RecordingServices(admins=set(), threads={}))
    reply = await conv.handle(msg("help"))
    assert reply is not None
    for word in ("brief <url>", "digest now", "sources", "add feed"):
        assert word in reply.text
