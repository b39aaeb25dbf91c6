"""``open_quotation``: the one test of whether a text leaves a quotation open, shared by the answers
(a sentence that leaves one open runs into the next) and the figures (a phrase cut inside one is
closed). Invented sentences."""

from __future__ import annotations

from newsbrief.summarizers.lexicon.text import QUOTE_PAIRS
from newsbrief.summarizers.text import open_quotation


def test_a_quotation_opened_and_not_closed_gives_its_mark() -> None:
    assert open_quotation("Ada Lorn said: 'The bridge is safe for cars.") == "'"
    assert open_quotation("the ban would hit \u2018small traders") == "\u2018"
    assert open_quotation('He told the court: "We will appeal') == '"'
    assert open_quotation("it would \u201churt everyone") == "\u201c"
    # the last quotation is the one that counts: one closed before it does not close it
    assert open_quotation("'Yes,' she said, 'and we start on Monday") == "'"


def test_a_closed_quotation_an_apostrophe_or_no_quote_gives_none() -> None:
    assert open_quotation("Ada Lorn said: 'The bridge is safe.'") == ""
    assert open_quotation("'It's safe,' she said.") == ""
    assert open_quotation("The bridge's deck was relaid.") == ""
    assert open_quotation("the traders' union and Kelby's mayor") == ""
    assert open_quotation("No quotation here.") == ""
    # a one-letter quotation is closed ("a grade 'A' pass"), and so is one whose closing mark
    # follows a quotation inside it or a sign, or goes before a hyphen
    assert open_quotation("She won a grade 'A' pass in maths.") == ""
    assert open_quotation("He said: 'The sign on the door says \"closed\"'") == ""
    assert open_quotation("The slogan 'rates down 5%' won the vote.") == ""
    assert open_quotation("a 'Dunholt first'-style campaign") == ""


def test_every_opening_mark_has_its_closing_mark() -> None:
    for mark in ("'", "\u2018", '"', "\u201c"):
        text = f"the sign read {mark}keep out"
        assert open_quotation(text) == mark
        assert open_quotation(text + QUOTE_PAIRS[mark]) == ""
