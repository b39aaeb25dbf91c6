"""A country's possessive before a person's name says where the person is from, not that the country
acts; a name the recogniser left untagged before post-nominal letters ("Ana Lee KC") is that person.
The texts are written for these tests."""

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
