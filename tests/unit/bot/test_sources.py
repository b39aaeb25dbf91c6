"""Sources named as readers name them: the outlet (the feed's configured name) and the article's
title or link, in briefings, digests and answers; the "Sources (n)" count stays one per article."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from newsbrief.bot.conversation import with_outlets
from newsbrief.bot.domain import Answer, Citation, Digest, DigestStory, Story
from newsbrief.bot.render import matrix, slack, terminal
from newsbrief.bot.render.digest_text import render_digest
from newsbrief.bot.render.sources import briefing_sources, headline_url
from newsbrief.bot.store.codec import briefing_from_dict, briefing_to_dict
from newsbrief.summarizers.briefing import article_outlet
from newsbrief.summarizers.cluster import diff_briefings, merge_briefings
from newsbrief.summarizers.types import Article, Briefing, Source

NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
TIMES = "https://www.example-times.example/world/dam?utm_source=rss"
SHOWN = "https://www.example-times.example/world/dam"  # TIMES as readers see it: no tracking parameters
PLANET = "https://planet.example/dam-opens"


def one(aid: str, title: str, name: str | None, url: str | None) -> Briefing:
    return Briefing(
        title=title,
        summary=("The dam opened on Monday.",),
        sources=tuple(s for s in (url or name,) if s),
        article_ids=(aid,),
        sentences=("The dam opened on Monday.", "It cost 40 million euros, officials said."),
        outlets=article_outlet(Article(id=aid, text="", url=url, source=name)),
    )


def test_an_article_keeps_its_outlets_name_beside_its_link() -> None:
    assert article_outlet(Article("1", "", url=TIMES, source="Example Times")) == (
        Source("Example Times", TIMES),
    )
    # briefed from a link: the link is no outlet's name
    assert article_outlet(Article("2", "", url=PLANET, source=PLANET)) == (Source(None, PLANET),)
    assert article_outlet(Article("3", "", source="https://x.example/")) == ()
    assert article_outlet(Article("4", "")) == ()


def test_outlets_survive_the_store_and_old_briefings_read_without_them() -> None:
    b = one("1", "Dam opens", "Example Times", TIMES)
    stored = json.loads(json.dumps(briefing_to_dict(b)))
    assert briefing_from_dict(stored) == b
    assert Briefing.from_json(b.to_json()).outlets == b.outlets
    del stored["outlets"]  # a briefing stored before outlets were kept
    old = briefing_from_dict(stored)
    assert old.outlets == () and old.sources == (TIMES,)
    assert briefing_sources(old)[0].label == "example-times.example"  # named by its link's site


def test_a_story_keeps_every_outlet_and_counts_sources_per_article_as_before() -> None:
    a = one("1", "Dam opens", "Example Times", TIMES)
    b = one("2", "Dam opens late", "Daily Planet", PLANET)
    c = one("3", "Dam opening", "Example Times", "https://www.example-times.example/world/dam-2")
    story = merge_briefings([a, b, c])
    assert story.sources == (TIMES, PLANET, "https://www.example-times.example/world/dam-2")
    assert [o.name for o in story.outlets] == ["Example Times", "Daily Planet", "Example Times"]
    assert diff_briefings(merge_briefings([a]), story)["new_sources"] == list(story.sources[1:])
    assert [n.label for n in briefing_sources(story)] == ["Example Times", "Daily Planet"]
    assert headline_url(story) == "https://www.example-times.example/world/dam"  # no tracking parameter

    text = render_digest(Digest("news", NOW, (DigestStory(Story(1, story, (1, 2, 3))),)))
    assert "Sources (3): Example Times, Daily Planet" in text
    (sl,) = slack.render_digest(Digest("news", NOW, (DigestStory(Story(1, story, (1, 2, 3))),)))
    section = sl.blocks[2]["text"]["text"]
    assert "_3 sources: Example Times, Daily Planet_" in section
    assert section.startswith("*<https://www.example-times.example/world/dam|Dam opens>*")
    (mx,) = matrix.render_digest(Digest("news", NOW, (DigestStory(Story(1, story, (1, 2, 3))),)))
    assert (
        f'<strong>Sources (3):</strong> <a href="{SHOWN}">Example Times</a>, '
        f'<a href="{PLANET}">Daily Planet</a>'
    ) in mx["formatted_body"]
    full = terminal.render_briefing(story)
    assert f"Sources: Example Times ({SHOWN}), Daily Planet ({PLANET})" in full
    assert "utm_source" not in full + mx["formatted_body"] + section


def test_answers_cite_the_outlet_by_name_and_the_article_by_title() -> None:
    times, planet = (
        one("1", "Dam opens", "Example Times", TIMES),
        one("2", "Dam opens late", "Daily Planet", None),
    )
    # what the answerer cites: the link's site and the title it was given
    raw = Answer(
        "How much did it cost?",
        "40 million euros \u2014 It cost 40 million euros, officials said.",
        True,
        (
            Citation(
                "1", "It cost 40 million euros, officials said.", "example-times.example", TIMES, "Dam opens"
            ),
        ),
    )
    ans = with_outlets(raw, [planet, times])
    (c,) = ans.citations
    assert (c.source, c.url, c.title) == ("Example Times", TIMES, "Dam opens")
    assert with_outlets(raw, [planet]) == raw  # control: another article's outlet is not borrowed

    plain = terminal.render_answer(ans)
    assert plain.endswith(f"[source: Example Times, \u201cDam opens\u201d, {SHOWN}]")  # no second quote
    (context,) = [b for b in slack.render_answer(ans).blocks if b["type"] == "context"]
    assert context["elements"][0]["text"] == (f"Source: *Example Times*, <{SHOWN}|\u201cDam opens\u201d>")
    html = matrix.render_answer_content(ans)["formatted_body"]
    assert f'<li>Example Times, <a href="{SHOWN}">\u201cDam opens\u201d</a></li>' in html
    assert "utm_source" not in plain + html  # the stored citation keeps its link; only the shown one drops it

    # a short answer that does not hold its sentence gets the sentence quoted
    who = Answer(
        "Who is involved?",
        "Ana Ruiz (engineer) and Bo Lind",
        True,
        (Citation("2", "Engineer Ana Ruiz said the dam was safe."),),
    )
    who = with_outlets(who, [planet])
    assert who.citations[0].source == "Daily Planet" and who.citations[0].url is None
    quote = "\u201cEngineer Ana Ruiz said the dam was safe.\u201d"
    assert terminal.render_answer(who).endswith(f"[source: Daily Planet, \u201cDam opens late\u201d] {quote}")
    (context,) = [b for b in slack.render_answer(who).blocks if b["type"] == "context"]
    assert context["elements"][0]["text"] == f"{quote} \u2014 *Daily Planet*, \u201cDam opens late\u201d"
    assert (
        f"<li>Daily Planet, \u201cDam opens late\u201d: {quote}</li>"
        in (matrix.render_answer_content(who)["formatted_body"])
    )
