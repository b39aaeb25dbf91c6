"""Matrix message content: escaped HTML with only our tags, http(s) links only, inert @room, no mentions."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from newsbrief.bot.domain import (
    Actor,
    Answer,
    Briefing,
    ChannelRef,
    Citation,
    Digest,
    DigestStory,
    Figure,
    NextStep,
    Reply,
    Story,
)
from newsbrief.bot.render.limits import MAX_LINE_CHARS, MAX_TITLE_CHARS
from newsbrief.bot.render.matrix import (
    MAX_CONTENT_BYTES,
    ZWJ,
    defang,
    escape,
    fit,
    render_briefing_content,
    render_digest,
    render_reply,
    render_reply_parts,
    render_text,
    safe_url,
)

ALLOWED_TAGS = {"p", "strong", "em", "a", "ul", "li", "br"}
HOSTILE = [
    '<script>alert("x")</script>',
    '<a href="javascript:alert(1)">click</a>',
    "<img src=x onerror=alert(1)>",
    "@room wake up",
    "</li></ul><h1>fake</h1>",
    'quote" onmouseover="alert(1)',
    "line\nbreak\x1b[31m red",
]


class TagCollector(HTMLParser):
    """Every tag and attribute an HTML client would see."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text += data


def parse(html: str) -> TagCollector:
    p = TagCollector()
    p.feed(html)
    p.close()
    return p


def briefing(**kw: object) -> Briefing:
    values: dict[str, object] = {
        "title": "Council approves budget",
        "summary": ("The council approved the budget on Monday.", "Opposition walked out."),
        "actors": (Actor("City Council", role="approved the budget"), Actor("Mayor Ruiz")),
        "figures": (Figure("4.2 billion", "euros in the budget", "s"),),
        "next_steps": (NextStep("A vote on taxes follows in March.", "s"),),
        "sources": ("https://news.example.org/budget", "Local Radio"),
    }
    values.update(kw)
    return Briefing(**values)  # type: ignore[arg-type]


def digest(*briefings: Briefing, update: bool = False) -> Digest:
    stories = tuple(
        DigestStory(Story(id=i, briefing=b, article_ids=(i,)), is_update=update, changes=("New figure.",))
        for i, b in enumerate(briefings, 1)
    )
    return Digest(channel_id="news", slot=datetime(2026, 1, 5, 8, 0, tzinfo=UTC), stories=stories)


def test_digest_has_html_and_plain_body_with_every_part() -> None:
    content = render_digest(digest(briefing()))[0]
    assert content["msgtype"] == "m.notice"
    assert content["format"] == "org.matrix.custom.html"
    assert content["m.mentions"] == {}
    html, body = content["formatted_body"], content["body"]
    assert '<strong>1. <a href="https://news.example.org/budget">Council approves budget</a></strong>' in html
    assert "<p>The council approved the budget on Monday. Opposition walked out.</p>" in html
    assert "<li><strong>Key actors:</strong> City Council (approved the budget); Mayor Ruiz</li>" in html
    assert "<li><strong>Key figures:</strong> <strong>4.2 billion</strong> euros in the budget</li>" in html
    assert "<li><strong>Next:</strong> A vote on taxes follows in March.</li>" in html
    assert '<a href="https://news.example.org/budget">news.example.org</a>, Local Radio' in html
    assert body.startswith("News digest for news \u2014 2026-01-05 08:00 UTC \u2014 1 story")
    assert "1. Council approves budget\n   https://news.example.org/budget\n" in body
    assert "Key actors: City Council (approved the budget); Mayor Ruiz" in body
    assert "Key figures: 4.2 billion" in body and "euros in the budget" in body  # wording: digest_text
    assert "Next: A vote on taxes follows in March." in body


def test_update_and_empty_digest() -> None:
    html = render_digest(digest(briefing(), update=True))[0]["formatted_body"]
    assert "<em>[update]</em>" in html and "<strong>What changed:</strong> New figure." in html
    empty = render_digest(digest())[0]
    assert "No new stories" in empty["body"] and "No new stories" in empty["formatted_body"]
    assert empty["m.mentions"] == {}


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_article_text_emits_only_our_tags(hostile: str) -> None:
    b = briefing(
        title=hostile,
        summary=(hostile,),
        actors=(Actor(hostile, role=hostile),),
        figures=(Figure(hostile, hostile, hostile),),
        next_steps=(NextStep(hostile, hostile),),
        sources=(hostile, "https://ok.example.org/"),
    )
    content = render_digest(digest(b))[0]
    parsed = parse(content["formatted_body"])
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    for tag, attrs in parsed.tags:
        if tag == "a":
            assert set(attrs) == {"href"}
            assert (attrs["href"] or "").startswith("https://")
        else:
            assert attrs == {}
    # The hostile text is still there, as text, for the reader.
    folded = " ".join(defang(hostile).split())
    assert folded in parsed.text
    assert "\x1b" not in content["body"] and "\x1b" not in content["formatted_body"]


def test_at_room_is_broken_everywhere_and_nobody_is_mentioned() -> None:
    b = briefing(title="@room alert", summary=("Hi @Room and @ROOM, @roommate stays.",), sources=("@room",))
    content = render_digest(digest(b))[0]
    for text in (content["body"], content["formatted_body"]):
        assert re.search(r"@room\b", text, re.IGNORECASE) is None
        assert f"@{ZWJ}room" in text and f"@{ZWJ}Room" in text
    assert "@roommate" in content["body"]  # only the whole word is a room mention
    assert content["m.mentions"] == {}


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG/", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html;base64,PHNjcmlwdD4=", False),
        ("//example.org/protocol-relative", False),
        ("/relative", False),
        ("https://", False),
        ("https://exa mple.org", False),
        ("https://example.org/\nx", False),
        ("mxc://example.org/media", False),
        ("", False),
        (None, False),
    ],
)
def test_only_absolute_http_urls_become_links(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_link_href_is_escaped() -> None:
    html = render_digest(digest(briefing(sources=('https://x.example/a"b<c?a=1&b=2',))))[0]["formatted_body"]
    assert 'href="https://x.example/a&quot;b&lt;c?a=1&amp;b=2"' in html


def test_reply_with_answer_citations_and_briefing() -> None:
    ans = Answer(
        question="how much?",
        text="4.2 billion euros.\n<b>not bold</b>",
        answered=True,
        citations=(
            Citation("1", "The budget is 4.2 billion euros.", source="Example News", url="https://e.org/1"),
            Citation("2", "It grew <script>.", source="Radio"),
        ),
    )
    reply = Reply(channel=ChannelRef("matrix", "!r:x"), text="ignored", answer=ans, briefings=(briefing(),))
    content = render_reply(reply)
    html = content["formatted_body"]
    assert html.startswith("<p>4.2 billion euros.<br>&lt;b&gt;not bold&lt;/b&gt;</p>")
    assert '<a href="https://e.org/1">Example News</a>: \u201cThe budget is 4.2 billion euros.\u201d' in html
    assert "Radio: \u201cIt grew &lt;script&gt;.\u201d" in html
    assert "<strong>Next steps:</strong>" in html
    assert content["body"].startswith("4.2 billion euros.\n<b>not bold</b>")
    assert "Council approves budget" in content["body"]
    assert content["m.mentions"] == {}


def test_text_reply_keeps_lines_and_escapes() -> None:
    content = render_text("Usage:\n  brief <url>\n@room")
    assert content["formatted_body"] == f"Usage:<br>brief &lt;url&gt;<br>@{ZWJ}room"
    assert content["body"] == f"Usage:\n  brief <url>\n@{ZWJ}room"
    plain = render_reply(Reply(channel=ChannelRef("matrix", "!r:x"), text="a <i>b</i>"))
    assert plain["formatted_body"] == "<p>a &lt;i&gt;b&lt;/i&gt;</p>"


def test_reply_with_digest_renders_the_digest() -> None:
    d = digest(briefing())
    reply = Reply(channel=ChannelRef("matrix", "!r:x"), digest=d)
    assert render_reply_parts(reply) == render_digest(d)


def test_escape_folds_lines() -> None:
    assert escape("a\n\n b <c>") == "a b &lt;c&gt;"


def size(content: dict[str, object]) -> int:
    return len(json.dumps(content, ensure_ascii=False).encode())


def test_a_digest_too_big_for_one_event_is_split_and_every_story_is_shown_once() -> None:
    long = briefing(summary=("A long sentence about the budget and what it means. " * 18,) * 2)
    d = digest(*[long] * 30)
    parts = render_digest(d)
    assert len(parts) > 1
    assert all(size(p) <= MAX_CONTENT_BYTES for p in parts)
    bodies = [p["body"] for p in parts]
    assert sum(b.count("Council approves budget") for b in bodies) == 30
    numbers = [int(m) for b in bodies for m in re.findall(r"^(\d+)\. ", b, re.M)]
    assert numbers == list(range(1, 31))
    assert "30 stories" in bodies[0].splitlines()[0]
    for i, b in enumerate(bodies[1:], 2):
        assert b.startswith(f"News digest, continued ({i}/{len(parts)})")
    assert len(render_digest(digest(briefing()))) == 1


def test_a_96000_character_headline_is_clipped_in_every_message_kind() -> None:
    huge = "Word " * 19_200  # 96,000 characters
    b = briefing(title=huge, summary=(huge,), sources=("https://news.example.org/" + "a" * 96_000,))
    parts = render_digest(digest(b, briefing()))
    assert len(parts) == 1 and size(parts[0]) <= MAX_CONTENT_BYTES
    first_line = parts[0]["body"].splitlines()[2]
    assert first_line.endswith("\u2026") and len(first_line) <= MAX_TITLE_CHARS + 4
    assert "Council approves budget" in parts[0]["body"]  # the other story is still there
    html_text = parse(parts[0]["formatted_body"]).text
    assert "Word Word\u2026" in html_text or "Word\u2026" in html_text
    for content in (
        render_briefing_content(b),
        render_reply(Reply(channel=ChannelRef("matrix", "!r:x"), briefings=(b,))),
        render_reply(Reply(channel=ChannelRef("matrix", "!r:x"), answer=Answer("q", huge, True))),
        render_text(huge),
    ):
        assert size(content) <= MAX_CONTENT_BYTES
        assert "\u2026" in content["body"]
        # every line a reader sees is clipped, in the plain body as in the HTML one
        assert max(len(line) for line in content["body"].splitlines()) <= MAX_LINE_CHARS + 20
    # positive control: a normal headline is not clipped
    assert "Council approves budget\u2026" not in parts[0]["body"]


def test_fit_cuts_only_what_is_too_large() -> None:
    small = render_text("short")
    assert fit(small) is small
    big = {"msgtype": "m.notice", "body": "<&>" * 30_000, "format": "x", "formatted_body": "y" * 90_000}
    cut = fit(big, 10_000)
    assert size(cut) <= 10_000 and cut["body"].endswith("\u2026")
    assert cut["formatted_body"].startswith("&lt;&amp;&gt;")
    assert size(cut) > 9_000  # it keeps what fits, not a stub
