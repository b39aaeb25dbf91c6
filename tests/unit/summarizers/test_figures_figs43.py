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


def _line(nlp: Any, text: str, number: str) -> str:
    doc = nlp(text)
    start = text.index(number)
    return figures._context(doc, start, start + len(number), 1)


def test_a_line_cut_before_a_verb_does_not_end_on_its_auxiliary(nlp: Any) -> None:
    line = _line(
        nlp, "A 64-year-old postman was reportedly dog-attacked twice on his round in Kelby.", "64-year-old"
    )
    assert line == "A 64-year-old postman", line


def test_words_waiting_for_what_the_cut_leaves_out(nlp: Any) -> None:
    doc = nlp("Engineers warn that a rise of 3 metres could be the point at which the old dam gives way.")
    be = next(t for t in doc if t.text == "be")
    could = doc[be.i - 1]
    assert figures._waits_for_more(be, be.i + 1)  # "could be" before its complement
    assert figures._waits_for_more(could, be.i)  # "could" before its verb
    point = next(t for t in doc if t.text == "point")
    assert not figures._waits_for_more(be, point.i + 1)  # control: the complement is in
    assert not figures._waits_for_more(point, point.i + 1)  # control: a noun ends a phrase
    later = nlp("Eighteen months later, the mill in Kelby closed for good.")
    assert not figures._waits_for_more(later[2], 3)  # control: "18 months later" stands on its own


def test_a_line_cut_inside_a_quotation_closes_it() -> None:
    assert figures._quote_closed("the ban would hit 'small traders") == "the ban would hit 'small traders'"
    assert figures._quote_closed("it would \u201churt everyone") == "it would \u201churt everyone\u201d"
    # controls: a closed quotation and an apostrophe are left as they are
    assert (
        figures._quote_closed("the ban would hit 'small traders' hard")
        == "the ban would hit 'small traders' hard"
    )
    assert (
        figures._quote_closed("the traders' union and Kelby's mayor")
        == "the traders' union and Kelby's mayor"
    )
