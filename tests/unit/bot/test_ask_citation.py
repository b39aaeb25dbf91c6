"""``newsbrief ask`` cites the outlet by the name the page gives itself (og:site_name, publisher
metadata), not the link's site, and falls back to the site when the page names no outlet."""

from __future__ import annotations

import pytest

from newsbrief.bot.ingest.extract import extract_article
from newsbrief.bot.inputs import article_from_text
from newsbrief.summarizers.briefing import article_outlet
from newsbrief.summarizers.qa import answer_question
from newsbrief.summarizers.types import Briefing

URL = "https://www.lakeside-post.example/2026/05/ferry"
SENTENCES = (
    "The Norvale ferry service resumed on Tuesday after a three-week strike by crew members.",
    "The operator said 14 crossings a day would run from next month, up from nine.",
    "Union official Teodor Brask said the new contract raised wages by 6 per cent.",
    "Passengers had waited up to two hours at the terminal during the dispute.",
)


def page(meta: str) -> str:
    body = "".join(f"<p>{s} It was a long week for the town and its visitors.</p>" for s in SENTENCES)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{meta}'
        "<title>Ferry service resumes after strike</title></head>"
        f"<body><article><h1>Ferry service resumes after strike</h1>{body}</article></body></html>"
    )


pytestmark = pytest.mark.usefixtures("no_network")


def briefing(source: str | None, url: str | None) -> Briefing:
    from newsbrief.summarizers.types import Article

    art = Article(id="a1", text="", url=url, source=source)
    return Briefing(
        title="Ferry service resumes after strike",
        summary=SENTENCES[:1],
        sources=tuple(s for s in (url or source,) if s),
        article_ids=("a1",),
        sentences=SENTENCES,
        outlets=article_outlet(art),
    )


def test_the_page_names_its_outlet() -> None:
    named = extract_article(page('<meta property="og:site_name" content="The Lakeside Post">'), URL)
    assert named.site_name == "The Lakeside Post"
    art = article_from_text(page('<meta property="og:site_name" content="The Lakeside Post">'), URL, url=URL)
    assert (art.source, art.url) == ("The Lakeside Post", URL)


def test_answer_cites_the_outlet_by_name_else_the_site() -> None:
    ans = answer_question("How many crossings a day will run?", [briefing("The Lakeside Post", URL)])
    assert ans.answered
    (c,) = ans.citations
    assert (c.source, c.url, c.title) == ("The Lakeside Post", URL, "Ferry service resumes after strike")
    # control: briefed from a bare link (no outlet named), the link's site stands in
    (c,) = answer_question("How many crossings a day will run?", [briefing(URL, URL)]).citations
    assert (c.source, c.url) == ("lakeside-post.example", URL)
    # a local file without any name or link cites neither
    (c,) = answer_question("How many crossings a day will run?", [briefing(None, None)]).citations
    assert (c.source, c.url) == (None, None)
