"""Labels in capitals and a colon set into a story's running text (a fact box's or a picture's
heading) are cut by their shape, the sentence after them kept; a label a verb of saying introduces,
and one in brackets stay. All texts are written for these
tests."""

from __future__ import annotations

from tests.unit.summarizers.test_text_caps2 import _cleaned


def test_a_label_in_capitals_after_a_sentence_is_cut() -> None:
    text = _cleaned(
        "Ann Lee skippered the old ferry for a decade. SEEN IT ALL BEFORE: Crossed the sound 4,000 times,"
        " more than any skipper. The council said the quay would reopen in May."
    )
    assert "SEEN IT ALL BEFORE" not in text
    assert "Crossed the sound 4,000 times, more than any skipper." in text
    assert "Ann Lee skippered the old ferry for a decade." in text


def test_a_quoted_label_in_capitals_glued_onto_a_sentence_is_cut() -> None:
    text = _cleaned(
        "Only a third of the seats on the late boat were sold last winter according to the firm's own count"
        " 'WE NEED MORE BOATS': Islanders have asked for a second crossing each evening. The council said"
        " the quay would reopen in May."
    )
    assert "WE NEED MORE BOATS" not in text
    assert "Only a third of the seats on the late boat were sold last winter" in text


def test_a_label_in_capitals_after_a_verb_of_saying_stays() -> None:
    # control: a paper or a person a verb of saying names before a quotation is its source
    text = _cleaned(
        "The skipper said the crossing was rough on Sunday. Ann Lee told HARBOUR NEWS: 'We sailed anyway.'"
        " The council said the quay would reopen in May."
    )
    assert "told HARBOUR NEWS:" in text


def test_a_label_in_capitals_in_brackets_stays() -> None:
    # control: a day in brackets ("(SUNDAY: ...)") is no heading
    text = _cleaned(
        "The first boat sails on the new timetable soon (SUNDAY: Calder quay, 9am) with room for 80 cars."
        " The council said the quay would reopen in May after the repairs."
    )
    assert "(SUNDAY: Calder quay, 9am)" in text
