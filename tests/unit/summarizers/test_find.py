"""The literal searches of ``summarizers.find`` answer as the regexes they stand for."""

from __future__ import annotations

import random
import re

import pytest

from newsbrief.summarizers.find import count_number, has_word

_ALPHABET = "ab1_ .,-é²٣x"


def _samples(n: int) -> list[tuple[str, str]]:
    rnd = random.Random(7)
    return [
        (
            "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 3))),
            "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 12))),
        )
        for _ in range(n)
    ]


@pytest.mark.parametrize(
    ("word", "text", "expected"),
    [
        ("velmor harbour", "the velmor harbour board met", True),
        ("velmor", "velmorton", False),
        ("quay", "the quay_side", False),
        ("ann lee", "ann lee's boat", True),
    ],
)
def test_has_word_examples(word: str, text: str, expected: bool) -> None:
    assert has_word(word, text) is expected


def test_has_word_is_the_regex() -> None:
    for word, text in _samples(20_000):
        assert has_word(word, text) == (re.search(r"\b" + re.escape(word) + r"\b", text) is not None), (
            word,
            text,
        )


@pytest.mark.parametrize(
    ("number", "text", "expected"),
    [
        ("12", "12 boats and 12 crews", 2),
        ("12", "120 boats, 3.12 tonnes, 1,12", 0),
        ("1.5", "a 1.5m rise, then 1.5", 2),
    ],
)
def test_count_number_examples(number: str, text: str, expected: int) -> None:
    assert count_number(number, text) == expected


def test_count_number_is_the_regex() -> None:
    for number, text in _samples(20_000):
        expected = len(re.findall(r"(?<![\d.,])" + re.escape(number) + r"(?![\d])", text))
        assert count_number(number, text) == expected, (number, text)
