"""A name that opens a sentence no facet needed parsed is read in a parse made for it alone (its
subject acts); the outlet the credit lines name as filing the story is its publisher, never an
actor. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.parse import parse_sentences
from tests.unit.summarizers.facet_texts import facets, names

_MATCH = [
    "Kelby Rovers drew with Norden Town at Harbour Park on Saturday.",
    "Rovers manager Olaf Brandt said his side had played well.",
    "The home crowd sang through the second half.",
    "Norden had the better of the early chances.",
    "The visitors pressed hard after the break.",
    "The home side held on in the closing stages.",
]


def test_an_unparsed_sentence_keeps_the_part_of_the_name_it_opens_with(nlp: Any) -> None:
    parsed = parse_sentences(nlp, [*_MATCH, "Tomas Ekberg tucked away the late chance for Norden."])
    last = parsed[-1]
    assert not last.parsed  # no facet needed it parsed
    assert last.opening is not None and last.opening[2] == "nsubj", last.opening
    assert last.doc[last.opening[0] : last.opening[1]].text == "Tomas Ekberg"
    assert parsed[2].opening is None  # control: a sentence that opens with no name


def test_the_subject_of_an_unparsed_late_sentence_acts(nlp: Any) -> None:
    f = facets(nlp, "\n".join([*_MATCH, "Tomas Ekberg tucked away the late chance for Norden."]))
    assert "Tomas Ekberg" in names(f), names(f)
    # control: named once late and not as the sentence's opening subject, a name stays out
    g = facets(nlp, "\n".join([*_MATCH, "The late chance fell to the feet of Tomas Ekberg."]))
    assert "Tomas Ekberg" not in names(g), names(g)


def test_the_outlet_that_files_the_story_is_no_actor(nlp: Any) -> None:
    text = """
        Rescuers in Kelby pulled a fisherman from the harbour on Tuesday.
        The Kelby Coastguard said the man had spent six hours in the water.
        Coastguard officer Ana Lind said the crew found him clinging to a buoy.
        Harbour Post has not confirmed the fisherman's name.
        Harbour Post's Mira Holt reported from Kelby.
        """
    f = facets(nlp, text)
    assert "Harbour Post" not in names(f), names(f)
    assert "Kelby Coastguard" in names(f)
    # control: without the credit line, the same body acting is an actor
    g = facets(nlp, text.replace("Harbour Post's Mira Holt reported from Kelby.", ""))
    assert "Harbour Post" in names(g), names(g)
