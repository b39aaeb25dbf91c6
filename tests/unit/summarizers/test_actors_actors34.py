"""Names the recogniser or a rule misread, told by their shape: a person whose apposition names the
town that employs her, a body whose name holds a plural's apostrophe, a place and the filing date
before the dateline's dash, a body's name typed as a building. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import extract_actors
from newsbrief.summarizers.parse import ParsedSentence
from tests.unit.summarizers.facet_texts import entity_names, parsed_with_entities


def _unparsed(nlp: Any, index: int, text: str, ents: list[tuple[str, str]]) -> ParsedSentence:
    """``text`` as a sentence read without the tagger and parser: tokens and ``ents`` alone."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    spans = []
    for words, label in ents:
        toks = words.split()
        for k in range(len(doc) - len(toks) + 1):
            if [t.text for t in doc[k : k + len(toks)]] == toks:
                spans.append(Span(doc, k, k + len(toks), label=label))
                break
    doc.ents = spans
    return ParsedSentence(index=index, text=text, doc=doc, parsed=False)


def test_a_person_whose_apposition_names_her_town_is_no_town(nlp: Any) -> None:
    lead = parsed_with_entities(
        nlp, "The Kelby Water Board closed three wells after a chemical leak.", [("Kelby Water Board", "ORG")]
    )
    said = _unparsed(
        nlp,
        1,
        "Dr Nia Ferrow, the town's chief planner, told reporters that the wells would reopen soon.",
        [("Nia Ferrow", "PERSON")],
    )
    names = [a.name for a in extract_actors("", [*lead, said])]
    assert "Nia Ferrow" in names


def test_a_village_in_apposition_is_still_a_setting(nlp: Any) -> None:
    lead = parsed_with_entities(
        nlp, "The Kelby Water Board closed three wells after a chemical leak.", [("Kelby Water Board", "ORG")]
    )
    place = _unparsed(
        nlp, 1, "Wells near Orrin, a village of 300 people, were closed first.", [("Orrin", "GPE")]
    )
    names = [a.name for a in extract_actors("", [*lead, place])]
    assert "Orrin" not in names


_ALLIANCE = """
    The Upland Growers' Alliance says the new price will ruin small farms.
    Prices paid to farmers fell for the third month running.
    """


def test_a_body_named_with_a_plurals_apostrophe_is_an_actor(nlp: Any) -> None:
    assert "Upland Growers' Alliance" in entity_names(nlp, _ALLIANCE, [])


_DATELINE = """
    ORRIN, Norland, Monday 4 May — The Kelby Harbour Board voted to close the old ferry terminal.
    The board said the terminal had lost money for six years.
    """


def test_a_dateline_place_before_the_filing_date_is_no_actor(nlp: Any) -> None:
    names = entity_names(
        nlp, _DATELINE, [("ORRIN", "ORG"), ("Norland", "GPE"), ("Kelby Harbour Board", "ORG")]
    )
    assert "Kelby Harbour Board" in names
    assert "ORRIN" not in names


_AGED = """
    Tom Arrow, 34 — a nurse from the valley — rescued two climbers on the ridge.
    The climbers were flown to hospital.
    """


def test_a_name_before_an_age_and_a_dash_is_no_dateline(nlp: Any) -> None:
    assert "Tom Arrow" in entity_names(nlp, _AGED, [("Tom Arrow", "PERSON")])


_INSTITUTE = """
    Researchers at the Norland Coastal Studies Institute found that the dunes had moved 40 metres.
    The dunes now cover part of the coast road.
    """


def test_a_body_typed_as_a_building_is_an_actor(nlp: Any) -> None:
    names = entity_names(nlp, _INSTITUTE, [("the Norland Coastal Studies Institute", "FAC")])
    assert any(n.endswith("Norland Coastal Studies Institute") for n in names)
