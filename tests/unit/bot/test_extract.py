"""newsbrief.bot.ingest.extract: article text from HTML (trafilatura, offline) and plain text passing through."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsbrief.bot.ingest.extract import ExtractedArticle, extract_article, looks_like_html
from newsbrief.summarizers.text import clean_article
from newsbrief.summarizers.types import InputError

PARAGRAPHS = [
    "The Saltmere harbour bridge reopened to traffic on Saturday after a repair programme that lasted "
    "two years and cost the regional council 48 million euros, officials said at a ceremony by the water.",
    "Council leader Ines Varga said the bridge would carry about 30,000 vehicles a day and that buses "
    "would return to their old routes from Monday. Cyclists get a separate lane for the first time.",
    "Engineers replaced 140 steel cables and the whole deck surface. A final inspection is planned for "
    "June, when the council will decide whether lorries heavier than 40 tonnes may cross again.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge reopens after two years of repairs | The Coast Courier</title>
<meta name="author" content="Mara Quill">
<meta property="article:published_time" content="2026-03-14T09:30:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Harbour bridge reopens after two years of repairs</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm warning for the weekend</a></li></ul></aside>
</main>
<footer><p>Copyright 2026 The Coast Courier. All rights reserved.</p></footer>
</body></html>"""


@pytest.mark.usefixtures("no_network")
def test_article_extracted_with_metadata() -> None:
    article = extract_article(PAGE, "https://coast.example/news/bridge-reopens")
    assert article.title == "Harbour bridge reopens after two years of repairs"
    assert article.author == "Mara Quill"
    assert article.published == datetime(2026, 3, 14, tzinfo=UTC)
    assert article.text.split("\n\n") == PARAGRAPHS  # headline not repeated, paragraphs kept apart
    for noise in ("Home", "Most read", "Copyright"):
        assert noise not in article.text


def test_bytes_decoded_by_declared_charset() -> None:
    latin = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Ines Varga", "Inès Vargà")
    article = extract_article(latin.encode("iso-8859-1"))
    assert "Inès Vargà" in article.text
    # An HTTP charset wins over a missing meta tag; undeclared non-UTF-8 falls back to cp1252.
    bare = PAGE.replace('<meta charset="utf-8">', "").replace("Ines", "Inès").encode("cp1252")
    assert "Inès" in extract_article(bare, charset="cp1252").text
    assert "Inès" in extract_article(bare).text


def test_plain_text_passes_through() -> None:
    text = "\n\n".join(PARAGRAPHS) + "\n"
    article = extract_article(text, "https://coast.example/bridge.txt")
    assert article == ExtractedArticle(title=None, text="\n\n".join(PARAGRAPHS))
    assert extract_article(text.encode()).text == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html><head><title>404</title></head><body><nav><a href='/'>Home</a></nav>"
        "<h1>Page not found</h1><p>Sorry.</p></body></html>",
        "<html><body><ul>"
        + "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(30))
        + "</ul></body></html>",
        "Too short to be an article.",
    ],
)
def test_no_article_is_an_input_error(page: str) -> None:
    with pytest.raises(InputError, match=r"^no article text found in https://coast\.example/x$"):
        extract_article(page, "https://coast.example/x")


def test_works_outside_the_main_thread() -> None:
    results: list[ExtractedArticle | BaseException] = []

    def run() -> None:
        try:
            results.append(extract_article(PAGE))
        except BaseException as exc:
            results.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=30)
    assert len(results) == 1 and isinstance(results[0], ExtractedArticle)
    assert "48 million euros" in results[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAGE, True),
        ("\ufeff  <html><body><p>x</p></body></html>", True),
        ("<p>One paragraph.</p><p>Another.</p>", True),
        ("<!-- saved page --><div>content</div>", True),
        ("Harbour bridge reopens\n\nThe bridge reopened on Saturday.", False),
        ("The <b> tag makes text bold, says the manual.", False),
        ("Prices rose 3% < 5% forecast > 2% last year.", False),
        ("<Breaking> storm hits the coast tonight, residents told to stay home.", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


DATA = Path(__file__).resolve().parents[2] / "data"


def test_article_in_a_layout_table_is_found_by_the_recall_pass() -> None:
    # An old-style page laid out with a table: the precise pass finds no article in it.
    page = (DATA / "article_table_layout.html").read_text(encoding="utf-8")
    article = extract_article(page, "https://valley.example/reservoirs.html")
    assert "lowest point in ten years" in article.text
    assert "hosepipe ban would follow" in article.text
    # the headline is found in the text (the page's <title> holds it beside the site's name) and
    # the navigation column before it goes with it
    assert article.title == "Reservoir levels fall to lowest in a decade"
    assert article.text.startswith("Water levels at the three reservoirs")
    cleaned = clean_article(article.text)
    assert not any("Valley Courier" in p for p in cleaned.paragraphs)


def test_minimum_length_counts_words_by_unicode_category() -> None:
    # 30 words with dashes, bullets and symbols between them: split() finds more than 40 tokens,
    # but dashes and bullets are not words.
    short = " — ".join(PARAGRAPHS[0].split()[:30]) + " • ★ •"
    assert len(short.split()) > 40
    with pytest.raises(InputError, match="no article text"):
        extract_article(short)
    # A short story in a script written without spaces is long enough (the language check,
    # not the length check, decides what happens to it next).
    chinese = (
        "市议会周一批准了一项疏浚港口主航道的计划，官员们表示工程将耗资约四千万美元，预计两年内完成。"
        "港务局局长说，工程完成后，更大的集装箱船将能够停靠码头，为当地带来更多的贸易和就业机会。"
        "渔业团体则表示，他们担心工程会影响河口附近的贝类养殖场，并要求市议会在开工前公布环境评估报告。"
        "市议会表示，环境评估报告将在下个月公布，公众可以在三十天内提出意见。"
    )
    assert extract_article(chinese).text == chinese
    # English of the same length in characters passes too (positive control)
    assert extract_article("\n\n".join(PARAGRAPHS)).text


def test_page_furniture_does_not_reach_the_cleaned_text() -> None:
    page = (DATA / "article_with_furniture.html").read_text(encoding="utf-8")
    article = extract_article(page, "https://ledger.example/kelso")
    assert article.title == "Storm closes Kelso bridge as river reaches record height"
    body = "\n".join(clean_article(article.text).paragraphs)
    for noise in (
        "Related:",
        "Council backs flood barrier plan",
        "Additional reporting",
        "Share this article",
        "Published:",
        "Photograph:",
        "Sign up",
        "Most read",
        "All rights reserved",
    ):
        assert noise not in body
    # positive controls: the story's sentences, including the ones with the same words, are kept
    assert "River Tweed rose to its highest level" in body
    assert "volunteers served hot food" in body
    assert "a flood warning remains in place" in body


def test_hard_wrapped_plain_text_is_long_enough() -> None:
    # A text/plain story wrapped at 36 characters: no line has eight words.
    words = " ".join(PARAGRAPHS).split()
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 36:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    assert max(len(x.split()) for x in lines) < 8
    assert extract_article("\n".join(lines)).text
    # positive control: a list of links of a navigation page is still no article
    with pytest.raises(InputError):
        extract_article("\n".join(f"Section {i} news" for i in range(40)))
