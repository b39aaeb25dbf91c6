"""Article identity and search-query building in newsbrief.bot.store (pure functions, no database)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from newsbrief.bot.store import backoff_delay, canonical_url, content_hash
from newsbrief.bot.store.engine import normalize_url
from newsbrief.bot.store.search import MATCH_SHARE, fts5_query, matching_terms, query_terms


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a", "https://example.com/a"),
        ("HTTPS://News.Example.COM/World/Story", "https://news.example.com/World/Story"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        (
            "https://example.com/a?utm_source=rss&utm_medium=feed&id=7&fbclid=abc&gclid=x&mc_cid=1&mc_eid=2&ref=tw",
            "https://example.com/a?id=7",
        ),
        ("https://example.com/a?UTM_Campaign=x&Ref=y", "https://example.com/a"),
        ("https://example.com/a?utm_source=x", "https://example.com/a"),
        ("https://example.com/a?q=hello%20world", "https://example.com/a?q=hello%20world"),
        ("https://example.com/a?flag", "https://example.com/a?flag="),
        ("https://example.com/a/", "https://example.com/a/"),
        ("https://www.example.com/a", "https://www.example.com/a"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"),
        ("/home/user/article.txt", "/home/user/article.txt"),
        ("ftp://example.com/a?utm_source=x", "ftp://example.com/a?utm_source=x"),
        ("https://example.com:notaport/a", "https://example.com:notaport/a"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_makes_variants_equal() -> None:
    variants = [
        "https://news.example.com/world/flood?id=7",
        "https://NEWS.example.com:443/world/flood?utm_source=rss&id=7",
        "https://news.example.com/world/flood?id=7&fbclid=XYZ#top",
    ]
    assert len({canonical_url(v) for v in variants}) == 1
    assert canonical_url("https://news.example.com/world/flood?id=8") != canonical_url(variants[0])


def test_content_hash_ignores_case_and_spacing_only() -> None:
    assert content_hash("A  river\n\nflooded.") == content_hash("a river flooded.")
    assert content_hash("A river flooded.") != content_hash("A river flooded!")


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("How many people died in the floods?", ["people", "died", "floods"]),
        ('"AND OR NEAR(*', ["near"]),
        ("'; DROP TABLE articles; --", ["drop", "table", "articles"]),
        ("who is he", ["who", "is", "he"]),  # only stop words: keep them rather than search nothing
        ("", []),
        ("*** ()", []),
        ("Zürich café 2026", ["zürich", "café", "2026"]),
        ("snake_case word", ["snake", "case", "word"]),
    ],
)
def test_query_terms(text: str, terms: list[str]) -> None:
    assert query_terms(text) == terms


def test_query_builders_quote_every_term() -> None:
    assert fts5_query('died" OR NEAR(x') == '"died" OR "near" OR "x"'
    assert fts5_query("  ") is None and fts5_query("?!") is None
    assert len(query_terms(" ".join(f"w{i}" for i in range(100)))) == 32


def test_matching_terms_keep_the_rare_words_within_the_share() -> None:
    terms = ["vote", "rent", "quarry", "plan", "the"]  # "the" has no lexeme: not in the shares
    shares = {"vote": 0.13, "rent": 0.021, "quarry": 0.0, "plan": 0.14}
    assert matching_terms(terms, shares) == ["rent", "quarry"]  # in the question's order
    # all rare: all kept; all common: the rarest still matches; nothing indexed: nothing to match
    assert matching_terms(terms, dict.fromkeys(shares, 0.0)) == ["vote", "rent", "quarry", "plan"]
    assert matching_terms(["vote", "plan"], {"vote": 0.13, "plan": 0.14}) == ["vote"]
    assert matching_terms(["the"], {}) == []
    # the share is a sum: words each under it are kept only while together within it
    half = MATCH_SHARE / 2
    assert matching_terms(["a", "b", "c"], {"a": half, "b": half, "c": half}) == ["a", "b"]


def test_backoff_delay_doubles_and_caps() -> None:
    base = timedelta(minutes=1)
    assert [backoff_delay(n, base, timedelta(minutes=10)) for n in range(6)] == [
        timedelta(0),
        timedelta(minutes=1),
        timedelta(minutes=2),
        timedelta(minutes=4),
        timedelta(minutes=8),
        timedelta(minutes=10),
    ]
    assert backoff_delay(10_000) == timedelta(hours=6)


def test_normalize_url_picks_psycopg3() -> None:
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("sqlite:///x.db") == "sqlite:///x.db"
