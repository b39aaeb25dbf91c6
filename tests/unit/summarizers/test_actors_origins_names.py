"""A country's possessive before a person's name says where the person is from, not that the country
acts; a name the recogniser left untagged before post-nominal letters ("Ana Lee KC") is that person;
a gang the lede is about is an actor; a law whose name opens with a title word is no person; a body
tagged a region is a body by its last word. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names


def test_a_countrys_possessive_before_a_persons_name_says_where_they_are_from(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _is_agent

    doc = nlp("In the men's race, Kelvia's Tomas Orr won a sprint finish.")
    kelvia = next(e for e in doc.ents if e.text == "Kelvia")
    assert not _is_agent(doc, kelvia), [(t.text, t.dep_, t.head.text, t.ent_type_) for t in doc]
    acts = nlp("Kelvia's government said the border would stay open.")
    # control: the owner of an acting body
    assert _is_agent(acts, next(e for e in acts.ents if e.text == "Kelvia"))


def test_a_name_before_the_letters_of_an_honour_is_a_person(nlp: Any) -> None:
    from spacy.tokens import Span

    from newsbrief.summarizers.actors import _post_nominal_people

    doc = nlp("The firm's barrister, Tomas Vrell KC, told the tribunal the claim was late.")
    k = next(t.i for t in doc if t.text == "KC")
    doc.ents = [Span(doc, k, k + 1, label="ORG")]  # the letters taken for a body, the name left untagged
    people = _post_nominal_people(doc)
    assert [p.text for p in people] == ["Tomas Vrell KC"], people
    f = facets(
        nlp,
        """
        A tribunal threw out a claim against the Norden Port Board on Tuesday.
        The board's barrister, Tomas Vrell KC, told the tribunal the claim had been filed too late.
        The claimants said they would appeal.
        """,
    )
    assert "KC" not in names(f), names(f)
    if "Tomas Vrell" in names(f):
        assert actor(f, "Tomas Vrell").kind == "PERSON"


def test_a_gang_the_lede_is_about_is_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A masked gang stole 40 paintings from a gallery in Osterby early on Sunday, police said.
        The thieves broke a skylight and lowered themselves into the main hall.
        Gallery director Mona Kvale said the paintings were insured.
        Police said they were studying footage from nearby cameras.
        """,
    )
    assert "Mona Kvale" in names(f), names(f)  # control
    assert any("gang" in n for n in names(f)), names(f)


def test_a_law_opening_with_a_title_word_is_no_person(nlp: Any) -> None:
    from tests.unit.summarizers.facet_texts import entity_names

    found = entity_names(
        nlp,
        """
        The Osterby ferry company was fined on Monday for breaking the General Harbour Safety Regulation.
        Mona Kvale, the company's chief executive, said it would appeal.
        The General Harbour Safety Regulation caps crossings in storms.
        """,
        [("General Harbour Safety Regulation", "ORG"), ("Mona Kvale", "PERSON"), ("Osterby", "GPE")],
    )
    assert "Mona Kvale" in found, found  # control
    assert not any("Regulation" in n for n in found), found


def test_a_body_tagged_a_region_is_a_body_by_its_last_word(nlp: Any) -> None:
    from tests.unit.summarizers.facet_texts import entity_names

    text = """
        The government approved a wind farm off the Kelby coast on Thursday.
        The North Kelby Anglers Federation warned that the masts would ruin its richest waters.
        Mona Kvale, the energy secretary, said the farm would power a million homes.
        The federation said it would challenge the decision in court.
        """
    ents = [("Mona Kvale", "PERSON"), ("Kelby", "GPE")]
    found = entity_names(nlp, text, [("North Kelby Anglers Federation", "LOC"), *ents])
    assert "North Kelby Anglers Federation" in found, found
    # control: a short name of a region or a state ("the Kelby Union") stays a place
    region = entity_names(
        nlp, text.replace("North Kelby Anglers Federation", "Kelby Union"), [("Kelby Union", "LOC"), *ents]
    )
    assert "Mona Kvale" in region and "Kelby Union" not in region, region
