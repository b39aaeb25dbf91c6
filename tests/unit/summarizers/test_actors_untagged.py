"""A name the recogniser leaves untagged becomes an actor when the parse gives it an actor's part (the
subject of the main verb, the noun after a passive's "by") or when the headline names it too; a
number may sit inside a body's name. A capitalised common noun, a setting and a description stay out.
The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names


def test_a_numbered_body_name_is_kept(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The film rights to the novel have been bought by production firm Quarrel 7 Pictures.
        Its author Mara Tellwick said she was delighted with the deal.
        Quarrel 7 Pictures plans to start filming in the spring.
        """,
    )
    assert "Quarrel 7 Pictures" in names(f), names(f)
    assert "Mara Tellwick" in names(f)  # control: a tagged person stays


def test_an_untagged_name_as_subject_of_the_main_verb_is_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A reporter was filmed shouting at a clerk after her car was towed from a car park in Dunmere.
        Swift Haulage are yet to comment on the incident.
        Rapid Lockout have not responded to requests for comment.
        Her employer suspended her for a week on Thursday.
        """,
    )
    assert "Swift Haulage" in names(f) and "Rapid Lockout" in names(f), names(f)
    assert "Dunmere" not in names(f)  # control: a setting


def test_a_capitalised_common_noun_is_no_untagged_name(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Two coaches were sacked by the club on Monday after a run of nine defeats.
        The Englishman said he had no regrets about his time at the club.
        """,
    )
    assert not any(n in ("Englishman", "Coaches") for n in names(f)), names(f)


def test_an_untagged_name_the_headline_also_names_is_an_actor(nlp: Any) -> None:
    text = """
        Snow left hundreds of cars stuck on the hill road on Sunday night.
        Prime Haulage was thanked by stranded drivers for the free tow.
        """
    assert "Prime Haulage" not in names(facets(nlp, text))  # control: only acted upon
    f = facets(nlp, text, title="Prime Haulage tows stranded cars for free")
    assert "Prime Haulage" in names(f), names(f)


def test_a_band_taken_for_a_work_acts_when_the_headline_names_it(nlp: Any) -> None:
    text = """
        Indie veterans The Paper Gulls have announced a farewell tour, eight years after their last album.
        Singer Moira Dunleavy said the band wanted to thank its fans.
        """
    assert "Paper Gulls" not in names(facets(nlp, text))  # control: without the headline, a title
    f = facets(nlp, text, title="The Paper Gulls announce farewell tour")
    assert "Paper Gulls" in names(f), names(f)
