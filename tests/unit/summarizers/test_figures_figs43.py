"""Figure lines of sentences read without the parse (a window of words around the number): an age
set off by commas after a person's name reads with the name, and a number with no word around it or
in it (one of a bare list) gives no line. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers import figures


def _window_line(nlp: Any, text: str, number: str, nth: int = 0) -> str:
    with nlp.select_pipes(enable=["ner"]):  # the pipes a sentence gets when no facet needs its parse
        doc = nlp(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(number, start + 1)
    return figures._context(doc, start, start + len(number), 1)


def test_an_age_after_a_name_reads_with_the_name(nlp: Any) -> None:
    line = _window_line(nlp, "Mr Tarn Odell, 71, keeps bees at the old mill near Kelby.", "71")
    assert line == "Mr Tarn Odell, 71", line
    # control: a number with words of its own around it keeps them
    other = _window_line(nlp, "Tarn Odell keeps 71 hives at the old mill near Kelby.", "71")
    assert "hives" in other, other


def test_a_number_in_a_bare_list_gives_no_line(nlp: Any) -> None:
    assert _window_line(nlp, "Judges marked the dives 10, 15, 20 and 25 on Sunday.", "15") == ""
    # control: the list's first number has the words before it
    assert "dives" in _window_line(nlp, "Judges marked the dives 10, 15, 20 and 25 on Sunday.", "10")
