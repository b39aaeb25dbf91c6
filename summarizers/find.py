"""Searches for a literal word or number with the boundaries of a small regex, without compiling a
pattern for each word.

``re.search(r"\\b" + re.escape(word) + r"\\b", text)`` compiles a new pattern for each word it is
given (an actor's name, a figure's digits): past ``re``'s cache of 512 patterns every call compiles
again, and pushes the module's own patterns out of the cache. These functions answer the same
questions with ``str.find`` and the same character classes as ``re`` (a word character is
``str.isalnum()`` or "_", a digit ``str.isdecimal()``, as for a ``str`` pattern without flags).
"""

from __future__ import annotations

import re


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _at_boundary(text: str, i: int) -> bool:
    """Whether ``\\b`` matches at position ``i`` of ``text``."""
    before = i > 0 and _is_word_char(text[i - 1])
    after = i < len(text) and _is_word_char(text[i])
    return before != after


def has_word(word: str, text: str) -> bool:
    """``re.search(r"\\b" + re.escape(word) + r"\\b", text) is not None``."""
    if not word:
        return re.search(r"\b\b", text) is not None
    start = text.find(word)
    while start != -1:
        if _at_boundary(text, start) and _at_boundary(text, start + len(word)):
            return True
        start = text.find(word, start + 1)
    return False


def count_number(number: str, text: str) -> int:
    """``len(re.findall(r"(?<![\\d.,])" + re.escape(number) + r"(?![\\d])", text))`` for a number
    written as it is matched by ``\\d[\\d,.]*\\d|\\d`` (it starts and ends with a digit)."""
    if not number:
        return len(re.findall(r"(?<![\d.,])(?![\d])", text))
    count = 0
    start = text.find(number)
    while start != -1:
        end = start + len(number)
        prev = text[start - 1] if start > 0 else ""
        if not (prev and (prev.isdecimal() or prev in ".,")) and not (
            end < len(text) and text[end].isdecimal()
        ):
            count += 1
            start = text.find(number, end)
        else:
            start = text.find(number, start + 1)
    return count
