"""Cleaning article text and splitting it into sentences, offline.

Minimal first version; to be replaced by the full cleaner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nupunkt

from summarizers.types import InputError


@dataclass(frozen=True)
class CleanText:
    title: str | None
    paragraphs: tuple[str, ...]


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` in order, whitespace-normalised."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        if para:
            out.extend(s.strip() for s in nupunkt.sent_tokenize(para) if s.strip())
    return out


def clean_article(raw: str) -> CleanText:
    """Title (when the first line looks like one) and the article's paragraphs, noise removed."""
    if not raw.strip():
        raise InputError("empty input: no text to brief")
    lines = raw.strip().splitlines()
    title = None
    first = lines[0].strip()
    if len(lines) > 1 and len(first.split()) <= 20 and not first.endswith("."):
        title = first
        lines = lines[1:]
    paras: list[str] = []
    seen: set[str] = set()
    for para in re.split(r"\n\s*\n", "\n".join(lines)):
        p = " ".join(para.split())
        if p and p.lower() not in seen:
            seen.add(p.lower())
            paras.append(p)
    return CleanText(title=title, paragraphs=tuple(paras))


_EN_COMMON = frozenset(
    "the of and to in a is that for on was with as by at from said it his her he she they be has have "
    "are were will not but an its this which who after their been would".split()
)


def check_english(text: str) -> None:
    """Raise ``InputError`` when ``text`` is clearly not English (the models are English-only)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 8:
        return
    share = sum(w in _EN_COMMON for w in words) / len(words)
    if share < 0.08:
        raise InputError("the text does not look like English; newsbrief's language models are English-only")


MAX_TEXT_BYTES = 2_000_000


def decode_text(data: bytes) -> str:
    """Bytes of a text or HTML file as str; ``InputError`` for empty, binary or oversized input."""
    if not data.strip():
        raise InputError("empty input: no text to brief")
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"input too large: {len(data):,} bytes (limit {MAX_TEXT_BYTES:,})")
    if b"\x00" in data[:8192]:
        raise InputError("binary input: expected text or HTML")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    bad = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if bad > 0.01 * min(len(text), 8192) or text.count("\ufffd") > 0.01 * len(text):
        raise InputError("binary input: expected text or HTML")
    return text
