"""Bodies and groups a story follows by a common noun alone: "police", "investigators" and
"authorities" acting in several sentences are one actor, even in sentences no other facet needs
parsed; people in the plural met sentence after sentence ("the nurses") are an actor too, unless the
story only counts them. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names


def test_police_acting_in_plain_sentences_are_one_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Thieves dumped a stolen tractor in a flooded quarry near Wrenholt at the weekend.
        The farmer Odile Marsh had reported it missing from her yard a week earlier.
        She was relieved but upset about the harm done, she told reporters.
        Investigators followed a signal from a tracking device fitted by its maker.
        Authorities said the thieves had abandoned it after it became stuck in the mud.
        Police photographed boot prints by the quarry gate, Marsh added.
        """,
    )
    assert "police" in names(f), names(f)
    assert names(f).count("police") == 1  # one actor for the three words
    assert "Odile Marsh" in names(f)  # control: the named person stays


def test_a_named_force_keeps_its_name(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Thieves dumped a stolen tractor in a flooded quarry near Wrenholt, Harlby Police said.
        The farmer Odile Marsh had reported it missing from her yard a week earlier.
        Investigators followed a signal from a tracking device fitted by its maker.
        Police photographed boot prints by the quarry gate.
        """,
    )
    assert "police" not in names(f), names(f)


def test_people_met_sentence_after_sentence_are_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Hospital managers in Castleby have agreed a new rota with the Tamsworth Health Trust.
        Nurses left the Ridgeway ward on Monday in protest at the old shifts.
        The nurses said the shifts left them exhausted.
        Trust director Alma Pryce thanked the nurses for their patience.
        The nurses will be back at work on Friday.
        """,
    )
    assert "nurses" in [n.lower() for n in names(f)], names(f)


def test_people_the_story_only_counts_are_no_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Waiting lists at hospitals in Castleby grew again in May, the Tamsworth Health Trust said.
        Around 41,000 patients have waited over a year.
        Nearly 9,000 patients have waited twice as long.
        In the county's north, 64% of patients got an appointment inside four months.
        Trust director Alma Pryce called the numbers disappointing.
        """,
    )
    assert "patients" not in [n.lower() for n in names(f)], names(f)


def test_a_sentence_naming_police_is_parsed_for_the_actors_alone(nlp: Any) -> None:
    from newsbrief.summarizers.parse import parse_sentences

    lede = [
        "Thieves dumped a stolen tractor in a flooded quarry near Wrenholt at the weekend.",
        "The farmer Odile Marsh had reported it missing from her yard a week earlier.",
        "She was relieved but upset about the harm done, she told reporters.",
    ]
    plain, police = parse_sentences(nlp, [*lede, "Police photographed boot prints by the quarry gate."])[2:]
    # the other facets read it as before; the actors read their own parse
    assert not police.parsed and not police.doc.has_annotation("DEP")
    assert police.actor_doc is not None and police.actor_doc.has_annotation("DEP")
    assert plain.actor_doc is None  # control: no body named
