"""Turning a CLI or chat input (a path, ``-`` for stdin, or a URL) into an Article."""

from __future__ import annotations

import sys
from pathlib import Path

from newsbrief.bot.ingest.extract import extract_article, looks_like_html
from newsbrief.bot.ingest.fetch import FetchError, FetchPolicy, fetch_sync
from newsbrief.summarizers.text import check_english, decode_text
from newsbrief.summarizers.types import Article, InputError


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def article_from_text(text: str, article_id: str, url: str | None = None) -> Article:
    """Plain text or HTML (detected by shape) as an Article; HTML goes through trafilatura."""
    if looks_like_html(text):
        page = extract_article(text, url)
        # the outlet's name as the page gives it (og:site_name, publisher metadata), else the link
        source = page.site_name or url
        article = Article(id=article_id, text=page.text, title=page.title or "", url=url, source=source)
    else:
        article = Article(id=article_id, text=text, url=url, source=url)
    check_english(article.text)
    return article


def load_input(spec: str, policy: FetchPolicy | None = None) -> Article:
    """Read ``spec``; raise ``InputError`` (one-line message) for anything that cannot be briefed.

    URLs are fetched with ``policy`` (the same safety as feeds; default: ``FetchPolicy()``).
    """
    if is_url(spec):
        try:
            res = fetch_sync(spec, policy or FetchPolicy())
        except FetchError as exc:
            raise InputError(str(exc)) from exc
        return article_from_text(decode_text(res.body), spec, url=str(res.final_url))
    if spec == "-":
        data = sys.stdin.buffer.read()
        return article_from_text(decode_text(data), "stdin")
    path = Path(spec)
    if not path.is_file():
        raise InputError(f"{spec}: no such file")
    return article_from_text(decode_text(path.read_bytes()), spec)
