"""Slack rendering: mrkdwn escaping of hostile text, Block Kit limits, digest splitting."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest

from newsbrief.bot.domain import Answer, Citation, Digest, DigestStory, Story
from newsbrief.bot.render.slack import (
    ACTION_MORE,
    ACTION_SOURCES,
    MAX_BLOCKS,
    MAX_FALLBACK_TEXT,
    MAX_HEADER_TEXT,
    MAX_SECTION_TEXT,
    SlackMessage,
    SourceLink,
    escape_clipped,
    escape_mrkdwn,
    mrkdwn_link,
    render_answer,
    render_briefing,
    render_digest,
    render_sources,
    render_text,
    safe_url,
)
from newsbrief.summarizers.types import Actor, Briefing, Figure, NextStep

SLOT = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
HOSTILE = "<!channel> <!here> <@U123> <http://evil.example|bank> & <#C999> <!subteam^S1>"
# What must never reach Slack unescaped: a control sequence opener followed by !, @, # or a URL.
_FORBIDDEN = re.compile(r"<(?:!|@|#|https?:)")


def briefing(title: str, n: int = 1, long: bool = False) -> Briefing:
    summary = ("A summary sentence. " * (200 if long else 1)).strip()
    return Briefing(
        title=title,
        summary=(summary, "A second sentence."),
        actors=(Actor(name="Ministry of Finance", role="regulator"), Actor(name="Jane Doe")),
        figures=(Figure(value="12%", context="rise in prices", sentence="s"),),
        next_steps=(NextStep(text="Vote on Tuesday", sentence="s", when="Tuesday"),),
        sources=tuple(f"Outlet {i}" for i in range(n)),
    )


def digest_of(n: int, title: str = "Story {i}", long: bool = False) -> Digest:
    stories = tuple(
        DigestStory(story=Story(id=i, briefing=briefing(title.format(i=i), long=long), article_ids=(1, 2)))
        for i in range(1, n + 1)
    )
    return Digest(channel_id="news", slot=SLOT, stories=stories)


def all_texts(obj: Any) -> list[str]:
    """Every mrkdwn/text string in a message (blocks walked recursively) plus its fallback."""
    out: list[str] = []
    if isinstance(obj, SlackMessage):
        out.append(obj.text)
        obj = obj.blocks
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "text" and isinstance(v, str):
                out.append(v)
            else:
                out += all_texts(v)
    elif isinstance(obj, list):
        for v in obj:
            out += all_texts(v)
    return out


def assert_within_limits(msg: SlackMessage) -> None:
    assert len(msg.blocks) <= MAX_BLOCKS
    assert len(msg.text) <= MAX_FALLBACK_TEXT
    for block in msg.blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_TEXT
        if block["type"] == "header":
            assert block["text"]["type"] == "plain_text"
            assert len(block["text"]["text"]) <= MAX_HEADER_TEXT
        if block["type"] == "context":
            assert len(block["elements"]) <= 10
    block_ids = [b["block_id"] for b in msg.blocks if "block_id" in b]
    assert len(block_ids) == len(set(block_ids))
    json.dumps(msg.blocks)  # serialisable


def test_escape_replaces_the_three_control_characters() -> None:
    assert escape_mrkdwn("a & b < c > d") == "a &amp; b &lt; c &gt; d"
    assert escape_mrkdwn("bell\x07 esc\x1b") == "bell esc"


def test_hostile_headline_cannot_notify_or_fake_a_link() -> None:
    d = Digest(
        channel_id="news",
        slot=SLOT,
        stories=(DigestStory(story=Story(id=7, briefing=briefing(HOSTILE), article_ids=(1,))),),
    )
    msgs = render_digest(d, {7: "https://news.example/a?x=1&y=2"})
    rendered = json.dumps([m.blocks for m in msgs]) + json.dumps([m.text for m in msgs])
    texts = all_texts(msgs[0])
    assert texts
    for t in texts:
        assert not _FORBIDDEN.search(t.replace("*<https://news.example/a?", "")), t
    # the headline is still there, as escaped text, inside our own link to the real article
    assert "&lt;!channel&gt;" in rendered
    assert "&lt;http://evil.example|bank&gt;" in rendered
    section = msgs[0].blocks[2]["text"]["text"]
    assert section.startswith("*<https://news.example/a?x=1&amp;y=2|&lt;!channel&gt;")
    # exactly one link opener: ours
    assert section.count("<") == 1


def test_hostile_text_in_every_part_of_a_story_is_escaped() -> None:
    b = Briefing(
        title=HOSTILE,
        summary=(HOSTILE,),
        actors=(Actor(name=HOSTILE, role=HOSTILE),),
        figures=(Figure(value=HOSTILE, context=HOSTILE, sentence=HOSTILE),),
        next_steps=(NextStep(text=HOSTILE, sentence=HOSTILE, when=HOSTILE),),
        sources=(HOSTILE,),
    )
    ds = DigestStory(story=Story(id=1, briefing=b, article_ids=()), is_update=True, changes=(HOSTILE,))
    msgs = render_digest(Digest(channel_id="news", slot=SLOT, stories=(ds,)))
    msgs.append(render_briefing(b, link="javascript:alert(1)"))
    msgs.append(
        render_sources(b, [SourceLink(title=HOSTILE, url="http://ok.example/<!here>", source=HOSTILE)])
    )
    msgs.append(
        render_answer(
            Answer(question="q", text=HOSTILE, answered=True, citations=(Citation("1", HOSTILE, HOSTILE),))
        )
    )
    msgs.append(render_text(HOSTILE))
    for m in msgs:
        for t in all_texts(m):
            assert not _FORBIDDEN.search(t.replace("<http://ok.example/", "")), t


def test_link_only_for_http_urls_and_pipe_cannot_split_it() -> None:
    assert mrkdwn_link("javascript:alert(1)", "x") == "x"
    assert mrkdwn_link("https://a.example/p|fake", "t") == "<https://a.example/p%7Cfake|t>"
    assert mrkdwn_link("https://a.example/\nb", "t") == "t"
    assert safe_url("ftp://a.example/") is None
    assert safe_url("https://a.example/" + "x" * 2000) is None


def test_escape_clipped_never_cuts_an_entity() -> None:
    s = escape_clipped("&" * 100, 50)
    assert len(s) <= 50
    assert s.endswith("\u2026")
    assert s[:-1] == "&amp;" * (len(s[:-1]) // 5)


def test_digest_story_has_headline_summary_facets_sources_and_buttons() -> None:
    msgs = render_digest(digest_of(1), {1: "https://news.example/1"})
    assert len(msgs) == 1
    blocks = msgs[0].blocks
    assert [b["type"] for b in blocks] == ["header", "context", "section", "actions"]
    text = blocks[2]["text"]["text"]
    assert "<https://news.example/1|Story 1>" in text
    assert "A summary sentence." in text
    assert "*Key actors:* Ministry of Finance (regulator); Jane Doe" in text
    assert "*Key figures:* 12% rise in prices" in text
    assert "*Next:* Vote on Tuesday" in text
    assert "_2 sources" in text
    actions = blocks[3]["elements"]
    assert [a["action_id"] for a in actions] == [ACTION_MORE, ACTION_SOURCES]
    assert {a["value"] for a in actions} == {"1"}
    assert "1 story" in msgs[0].text and "Story 1" in msgs[0].text


@pytest.mark.parametrize("n", [1, 24, 25, 60])
def test_long_digest_splits_within_limits_and_keeps_every_story(n: int) -> None:
    msgs = render_digest(digest_of(n, long=True))
    for m in msgs:
        assert_within_limits(m)
    values = [int(b["elements"][0]["value"]) for m in msgs for b in m.blocks if b["type"] == "actions"]
    assert values == list(range(1, n + 1))
    if n == 60:
        assert len(msgs) == 3
        assert msgs[1].blocks[0]["type"] == "context"
        assert "continued (2/3)" in msgs[1].blocks[0]["elements"][0]["text"]
    assert msgs[0].blocks[0]["type"] == "header"


def test_giant_headline_and_summary_stay_within_section_limit() -> None:
    d = digest_of(3, title="&<>" * 5000 + "{i}", long=True)
    msgs = render_digest(d, {i: "https://x.example/" + "a&b" * 100 for i in range(1, 4)})
    for m in msgs:
        assert_within_limits(m)
    for b in msgs[0].blocks:
        if b["type"] == "section":
            assert b["text"]["text"].startswith("*<https://x.example/")
            assert "Key actors" in b["text"]["text"]


def test_header_is_plain_text_within_150() -> None:
    b = briefing("T" * 400)
    msg = render_briefing(b)
    assert_within_limits(msg)
    assert msg.blocks[0]["type"] == "header"


def test_smaller_block_budget_splits_more() -> None:
    msgs = render_digest(digest_of(10), max_blocks=6)
    assert all(len(m.blocks) <= 6 for m in msgs)
    assert len(msgs) == 5


def test_empty_digest_says_so() -> None:
    msgs = render_digest(Digest(channel_id="news", slot=SLOT, stories=()))
    assert len(msgs) == 1
    assert "No new stories" in msgs[0].blocks[1]["text"]["text"]


def test_long_text_reply_split_into_sections() -> None:
    text = "\n".join(f"line {i} " + "x" * 100 for i in range(200))
    msg = render_text(text)
    assert_within_limits(msg)
    assert len(msg.blocks) > 1
    joined = "\n".join(b["text"]["text"] for b in msg.blocks)
    assert "line 0 " in joined and "line 199 " in joined


def test_full_briefing_lists_every_fact() -> None:
    msg = render_briefing(briefing("Title", n=3), link="https://news.example/t")
    body = "\n".join(b["text"]["text"] for b in msg.blocks if b["type"] == "section")
    assert "Ministry of Finance (regulator)" in body
    assert "*12%* rise in prices" in body
    assert "Vote on Tuesday _(Tuesday)_" in body
    assert "Outlet 0, Outlet 1, Outlet 2" in body


MAX_MESSAGE_TEXT = 40_000  # Slack truncates chat.postMessage text beyond this


def assert_within_slack_limits(msg: SlackMessage) -> None:
    """Every documented limit a message of ours could reach."""
    assert len(msg.text) <= MAX_MESSAGE_TEXT and len(msg.blocks) <= MAX_BLOCKS
    for b in msg.blocks:
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= MAX_SECTION_TEXT
        elif b["type"] == "header":
            assert len(b["text"]["text"]) <= MAX_HEADER_TEXT
        elif b["type"] == "context":
            assert len(b["elements"]) <= 10
            assert all(len(e["text"]) <= MAX_SECTION_TEXT for e in b["elements"])
        elif b["type"] == "actions":
            assert all(len(e["text"]["text"]) <= 75 and len(e["value"]) <= 2000 for e in b["elements"])


def test_a_96000_character_headline_stays_within_every_limit_in_every_message_kind() -> None:
    huge = "Word " * 19_200  # 96,000 characters
    b = Briefing(
        title=huge,
        summary=(huge, huge),
        actors=(Actor(name=huge, role=huge),),
        figures=(Figure(value=huge, context=huge, sentence="s"),),
        next_steps=(NextStep(text=huge, sentence="s", when=huge),),
        sources=(huge,),
    )
    d = Digest(channel_id="news", slot=SLOT, stories=(DigestStory(Story(1, b, (1,))),))
    messages = [
        *render_digest(d, {1: "https://news.example/" + "a" * 96_000}),
        render_briefing(b, "https://news.example/a"),
        render_sources(b, [SourceLink(title=huge, url="https://news.example/a", source=huge)]),
        render_answer(Answer("q", huge, True, (Citation("1", huge, huge, "https://news.example/a"),))),
        render_text(huge),
    ]
    for msg in messages:
        assert_within_slack_limits(msg)
    headline = messages[0].blocks[2]["text"]["text"].splitlines()[0]
    assert "Word Word" in headline and "\u2026" in headline and len(headline) < 700
    # positive control: an ordinary headline is whole
    ordinary = render_digest(digest_of(1))[0].blocks[2]["text"]["text"].splitlines()[0]
    assert "Story 1" in ordinary and "\u2026" not in ordinary
