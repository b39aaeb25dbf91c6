"""Someone the story never names but keeps following as "the X" (acting or acted upon in two
sentences, met in three) is an actor, even when the first sentence does not bring them in. The
texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names

SHOOTING = """
    Police in Dunmore have closed the high street after shots were fired outside a bank on Tuesday morning.
    Officers from Dunmore Police arrived within minutes and sealed off the area.
    Witnesses said the gunman ran towards the railway station.
    The gunman later fired at a passing bus, according to Dunmore Police.
    Detectives believe the gunman had planned the attack for weeks.
    Officers arrested the gunman near the station two hours later.
    """


def test_an_unnamed_person_the_story_follows_is_an_actor(nlp: Any) -> None:
    assert "gunman" in names(facets(nlp, SHOOTING)), names(facets(nlp, SHOOTING))


def test_an_unnamed_person_met_in_passing_is_not(nlp: Any) -> None:
    once = SHOOTING.replace("Detectives believe the gunman had planned the attack for weeks.", "").replace(
        "Officers arrested the gunman near the station two hours later.", "Shops reopened on Wednesday."
    )
    assert "gunman" not in names(facets(nlp, once)), names(facets(nlp, once))


COACHES = """
    Norden Rovers have apologised to supporters after a coach company left hundreds stranded at a service station.
    The coaches broke down on the motorway on Saturday and the match started without them.
    Norden Rovers said it would refund every ticket within a week.
    Club secretary Ana Holt said the coach company would no longer be used.
    """


def test_a_group_the_lede_s_event_is_done_to_is_an_actor(nlp: Any) -> None:
    assert "supporters" in names(facets(nlp, COACHES)), names(facets(nlp, COACHES))
    # control: a bare plural that only sets the scene as a subject is people at large
    angry = COACHES.replace(
        "Norden Rovers have apologised to supporters after", "Supporters were angry after"
    )
    assert "Supporters" not in names(facets(nlp, angry)) and "supporters" not in names(facets(nlp, angry))


FLOOD = """
    Police closed the riverside road in Velmar on Tuesday after the river burst its banks.
    Police evacuated forty homes on the quay overnight as the water kept rising.
    Baker Zarvek Olunde said he had lost everything in the flood.
    Councillor Brisa Tamsett said the new barrier would be finished next spring.
    Police also arrested two men for looting shops on the quay.
    """


def test_an_unnamed_body_the_story_follows_is_an_actor(nlp: Any) -> None:
    assert "police" in [n.lower() for n in names(facets(nlp, FLOOD))], names(facets(nlp, FLOOD))
    # a body acts by speaking too: it closes the road once, then gives two statements
    said = FLOOD.replace("Police evacuated forty homes", "Police said forty homes were evacuated").replace(
        "Police also arrested two men", "Police said two men were arrested"
    )
    assert "police" in [n.lower() for n in names(facets(nlp, said))], names(facets(nlp, said))


def test_an_unnamed_body_acting_once_is_not(nlp: Any) -> None:
    once = FLOOD.replace("Police evacuated forty homes", "Volunteers moved forty families").replace(
        "Police also arrested two men for looting shops on the quay.", "Shops reopened on Wednesday."
    )
    assert "police" not in [n.lower() for n in names(facets(nlp, once))], names(facets(nlp, once))
