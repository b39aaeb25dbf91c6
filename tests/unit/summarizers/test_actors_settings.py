"""Places that only set a story are not actors: a name the text calls a town or a village, and a
dateline's city in capitals whatever type the recogniser gave it. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names


def test_a_name_the_text_calls_a_town_is_a_setting(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A chemical leak forced 300 families from their homes in the town of Ashcombe Falls on Tuesday.
        Ashcombe Falls, a town of about 9,000 people, has been under a water warning since Monday.
        Norway said it would send soldiers to help with the clean-up.
        Mayor Lise Haugen said Ashcombe Falls had never seen anything like it.
        """,
    )
    assert "Ashcombe Falls" not in names(f), names(f)  # tagged a person, called a town
    assert "Norway" in names(f) and "Lise Haugen" in names(f)  # control: a country that acts, the mayor


def test_a_dateline_city_in_capitals_frames_the_country_after_it(nlp: Any) -> None:
    from spacy.tokens import Span

    from newsbrief.summarizers.actors import _in_dateline

    doc = nlp("BODO, Norway — A start-up opened its first battery factory on Wednesday.")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="GPE")]  # the city taken for a body
    assert _in_dateline(doc, doc.ents[1])
    told = nlp("Officials in Norway — and in Sweden — said the opening went well.")
    told.ents = [Span(told, 2, 3, label="GPE"), Span(told, 6, 7, label="GPE")]
    assert not _in_dateline(told, told.ents[0])  # control: a country inside a sentence is no dateline


BOILER = """
    Westbrook District Council has closed a primary school after a boiler exploded on Monday.
    The kitchen at Harrowgate Academy was destroyed, but nobody was hurt.
    The council said the building would stay shut until engineers had checked every room.
    Council leader Tom Aldana said parents would be told of new classrooms by Friday.
    """


def test_a_body_after_at_that_holds_a_thing_is_a_site(nlp: Any) -> None:
    f = facets(nlp, BOILER)
    assert "Harrowgate Academy" not in names(f), names(f)  # "the kitchen at X": where it happened
    # control: "a teacher at X" names X as someone's employer, and it stays
    staff = facets(
        nlp,
        BOILER.replace(
            "The kitchen at Harrowgate Academy was destroyed, but nobody", "A teacher at Harrowgate Academy"
        ),
    )
    assert "Harrowgate Academy" in names(staff), names(staff)


def test_a_country_before_a_name_taken_for_a_body_does_not_act(nlp: Any) -> None:
    from spacy.tokens import Span

    from newsbrief.summarizers.actors import _is_agent

    doc = nlp("Norway international Hallvik insists the coach would fit in well.")
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="ORG")]  # the player taken for a body
    assert not _is_agent(doc, doc.ents[0])  # the country says where the player is from
    alone = nlp("Norway insists the coach would fit in well.")
    alone.ents = [Span(alone, 0, 1, label="GPE")]
    assert _is_agent(alone, alone.ents[0])  # control: the country as the subject acts


SHOP = """
    A furniture store opened in the old mill on Saturday, and hundreds waited in the yard to get in.
    The store stocks chairs by makers including Marisol Vane, Teodora Kess and Lotte Brandt.
    Manager Ruth Okoye said 2,000 people came through the doors on the first day.
    Its catalogue promises new pieces by makers such as Marisol Vane, Teodora Kess and Lotte Brandt every month.
    """


def test_names_given_as_examples_are_not_actors(nlp: Any) -> None:
    f = facets(nlp, SHOP)
    assert "Teodora Kess" not in names(f) and "Ruth Okoye" in names(f), names(f)
    # control: the same names as those who made the clothes, not as examples, stay
    made = facets(
        nlp,
        SHOP.replace("by makers including", "made by").replace("by makers such as", "made by"),
    )
    assert "Teodora Kess" in names(made), names(made)


def test_a_building_named_after_at_is_a_setting_but_acts_as_a_subject(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Marlowe Water Board said it had found bacteria in the supply to 9,000 homes in Tansley.
        Bottled water is being handed out at Tansley Primary School and at Brook Lane Leisure Centre.
        The Marlowe Water Board expects the notice to last until Friday.
        """,
    )
    assert "Marlowe Water Board" in names(f)  # positive control
    assert "Tansley Primary School" not in names(f)
    assert "Brook Lane Leisure Centre" not in names(f)
    g = facets(
        nlp,
        """
        Brook Lane Leisure Centre said on Monday that it would close its pool for repairs.
        The Brook Lane Leisure Centre expects the work to take six weeks.
        """,
    )
    assert "Brook Lane Leisure Centre" in names(g)
