"""Places the recogniser takes for bodies or people, and products taken for their makers: a region
that holds a named site, a region in a person's address, a maker after a model year, a sentence's
opening place phrase taken whole. The entity types are forced, so the rules hold whatever the model
tags. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import extract_actors
from tests.unit.summarizers.facet_texts import parsed_with_entities

_PEOPLE = [("Ana Lind", "PERSON"), ("Lind", "PERSON")]


def _names(nlp: Any, text: str, ents: list[tuple[str, str]]) -> list[str]:
    return [a.name for a in extract_actors("", parsed_with_entities(nlp, text, [*_PEOPLE, *ents]))]


def test_a_region_that_holds_the_named_site_where_something_happens_is_a_setting(nlp: Any) -> None:
    ents = [("Harlow", "ORG"), ("Ardent Park Hospital", "FAC")]
    story = """
        Surgeon Ana Lind denied misconduct on Monday.
        Lind is accused of shouting at two nurses while working at Harlow's Ardent Park Hospital.
        The nurses said they had felt afraid.
        Lind said she had never raised her voice.
        """
    assert "Harlow" not in _names(nlp, story, ents)
    # control: the region's site as the subject of a clause, the region acts through it
    acting = story.replace(
        "while working at Harlow's Ardent Park Hospital", "and Harlow's Ardent Park Hospital suspended her"
    )
    assert "Harlow" in _names(nlp, acting, ents)


def test_a_region_after_the_town_a_person_is_from_is_part_of_the_address(nlp: Any) -> None:
    ents = [("Barnby", "GPE"), ("Harlow", "ORG")]
    story = """
        Surgeon Ana Lind, 45, of Barnby, Harlow, denied misconduct on Monday.
        Lind is accused of shouting at two nurses.
        The nurses said they had felt afraid.
        Lind, of Barnby, Harlow, said she had never raised her voice.
        """
    assert "Harlow" not in _names(nlp, story, ents)
    # control: the same name as the subject of a clause acts
    acting = story.replace("The nurses said", "Harlow said the nurses")
    assert "Harlow" in _names(nlp, acting, ents)


def test_a_maker_after_a_model_year_is_the_product(nlp: Any) -> None:
    ents = [("Toyota", "ORG"), ("Mark Dunn", "PERSON"), ("Dunn", "PERSON")]
    story = """
        Police said a thief stole the 2004 Toyota from a driveway on Sunday.
        Owner Mark Dunn had left the engine running while he fetched his coat.
        Dunn said the car was found two miles away.
        """
    assert "Toyota" not in _names(nlp, story, ents)
    # control: without the year, the same name stays the recogniser's body
    assert "Toyota" in _names(nlp, story.replace("the 2004 Toyota", "the Toyota"), ents)


def test_an_opening_place_phrase_taken_whole_for_a_name_is_a_setting(nlp: Any) -> None:
    ents = [("Near Fort Kelby", "PERSON"), ("Tom Rusk", "PERSON")]
    story = """
        Snow closed roads across the state on Thursday.
        Near Fort Kelby, the state patrol responded to ten crashes in an hour.
        Trooper Tom Rusk said drivers were going too fast.
        """
    assert "Near Fort Kelby" not in _names(nlp, story, ents)
    # control: a name opening a sentence before a comma is read as the name it is
    named = story.replace("Near Fort Kelby, the state patrol", "Ana Lind, the state patrol chief,")
    assert "Ana Lind" in _names(nlp, named, ents)


def test_a_name_in_the_possessive_before_an_event_word_is_part_of_the_event(nlp: Any) -> None:
    ents = [("Valentine", "GPE")]
    story = """
        Singer Ana Lind died on Tuesday, aged 71.
        Lind had last performed in Kelby on Valentine's Day to a crowd of thousands.
        Her family said she had been ill for a year.
        """
    assert "Valentine" not in _names(nlp, story, ents)
    # control: the same name in the possessive before a common noun stays the recogniser's name
    owner = story.replace(
        "Lind had last performed in Kelby on Valentine's Day", "Valentine's band had last played with Lind"
    )
    assert "Valentine" in _names(nlp, owner, ents)


def test_a_name_that_ends_in_an_event_word_is_an_event(nlp: Any) -> None:
    story = """
        The Harbour Gala raised 5,000 pounds for the hospital on Friday.
        Organiser Ana Lind said the money would buy two new beds.
        Lind thanked the volunteers who had sold tickets.
        """
    assert "Harbour Gala" not in _names(nlp, story, [("Harbour Gala", "ORG")])
    # control: a body's name in the same place acts
    body = story.replace("Harbour Gala", "Harbour Trust")
    assert "Harbour Trust" in _names(nlp, body, [("Harbour Trust", "ORG")])


def test_a_country_before_a_name_the_recogniser_left_untagged_says_where_it_is_from(nlp: Any) -> None:
    from spacy.tokens import Span

    from newsbrief.summarizers.actors import _is_agent

    def acts(text: str) -> bool:
        doc = nlp(text)
        k = next(t.i for t in doc if t.text == "Norway")
        doc.ents = [Span(doc, k, k + 1, label="GPE")]  # the name after it untagged
        return _is_agent(doc, doc.ents[0])

    assert not acts("Kelby went out of the Norway's Velt-Pokal in the final round.")
    # control: the untagged name it owns is the subject, and the country acts through it
    assert acts("Norway's Velt-Pokal said the final round would be played in May.")


def test_a_memorial_is_a_site(nlp: Any) -> None:
    story = """
        Ana Lind opened a bar in Kelby on Friday.
        The bar is close to the Harbour Memorial, where crowds gathered on Sunday.
        Lind said the music was played by mistake.
        """
    assert "Harbour Memorial" not in _names(nlp, story, [("Harbour Memorial", "ORG")])
    # control: a body's name in the same place stays an actor
    body = story.replace("Harbour Memorial", "Harbour Trust")
    assert "Harbour Trust" in _names(nlp, body, [("Harbour Trust", "ORG")])
