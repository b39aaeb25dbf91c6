"""The answer-item patterns: a whole number with its thousands, an age that is not a length of time, a
rate that is not a clock time, and a question's opening subordinator that is not a name."""

from __future__ import annotations

from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import DATE_RE, DURATION_RE
from newsbrief.summarizers.qa.words import lemmatizer


def _all(rx: object, text: str) -> list[str]:
    return [m.group(0) for m in rx.finditer(text)]  # type: ignore[attr-defined]


def test_a_duration_keeps_its_thousands_and_an_age_is_not_one() -> None:
    assert _all(DURATION_RE, "The temple stood for 1,200 years.") == ["for 1,200 years"]
    assert _all(DATE_RE, "It was built 3,100 years ago.") == ["3,100 years ago"]
    assert _all(DURATION_RE, "A 52-year-old driver was hurt.") == []
    # control: a length of time written the same way is one
    assert _all(DURATION_RE, "a 52-year lease") == ["a 52-year"]


def test_a_rate_is_not_a_clock_time() -> None:
    assert "4.75" not in _all(DATE_RE, "The bank raised its rate to 4.75% on Monday.")
    assert "4.75" not in _all(DATE_RE, "The rate rose to 4.75 per cent.")
    # control: a clock time with a full stop is still a time
    assert "9.30" in _all(DATE_RE, "The hearing starts at 9.30 on Monday.")


def test_an_opening_subordinator_is_not_a_name() -> None:
    q = analyse("If the bill passes, how long does the governor have to sign it?", lemmatizer(None))
    assert q.names == ()
    # control: a real name after the opener is kept
    q2 = analyse("If Mara Quill appeals, when will the court hear it?", lemmatizer(None))
    assert "Mara Quill" in q2.names


def test_a_role_stands_with_a_capitalised_name_only() -> None:
    from newsbrief.summarizers.qa.retrieve import _names_role

    # a lower-case word after the role is not a name (the role is matched in any case, the name not)
    assert not _names_role("the harbour master said on tuesday that the quay was shut", "harbour master")
    assert not _names_role("a spokesman for the harbour master declined to comment", "harbour master")
    # controls: a name before or after the role, the role in any case
    assert _names_role("Harbour Master Ilse Varga shut the quay.", "harbour master")
    assert _names_role("Ilse Varga, the harbour master, shut the quay.", "harbour master")
