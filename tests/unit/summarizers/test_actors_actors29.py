"""A user name given in quotes after a naming cue is an actor; a product a spokesperson speaks for is a
body; a venue named before its kind in the lede is a name the recogniser missed. The texts are
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import entity_names, parsed_hiding

_PEOPLE = [("Tom Reade", "PERSON"), ("Ana Reade", "PERSON"), ("Reade", "PERSON"), ("Ana", "PERSON")]


def test_a_user_name_in_quotes_after_a_naming_cue_is_an_actor(nlp: Any) -> None:
    story = """
        Golfer Tom Reade defended his sister Ana Reade after an online attack on Sunday.
        Ana shared a picture, and an angry blogger dubbed 'mossy_owl' wrote that she was lazy.
        Reade replied on Monday, calling the remark unfair.
        Yesterday the hater nicknamed 'mossy_owl' told Ana to get a job.
        """
    assert "mossy_owl" in entity_names(nlp, story, _PEOPLE)
    # control: a practice given a name in quotes is no one
    thing = story.replace("an angry blogger dubbed", "an angry trick dubbed").replace(
        "the hater nicknamed", "the scam nicknamed"
    )
    assert "mossy_owl" not in entity_names(nlp, thing, _PEOPLE)


def test_a_user_name_also_written_outside_quotes_is_a_common_word(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _quoted_handles
    from newsbrief.summarizers.facets import ParsedSentence

    def handles(texts: list[str]) -> set[str]:
        return _quoted_handles(
            [ParsedSentence(index=k, text=t, doc=nlp(t), parsed=True) for k, t in enumerate(texts)]
        )

    given = ["An angry blogger dubbed 'mossy_owl' wrote that she was lazy."]
    assert handles(given) == {"mossy_owl"}
    assert handles([*given, "The mossy_owl crowd cheered."]) == set()


def test_a_name_a_spokesperson_speaks_for_is_a_body_even_when_tagged_a_product(nlp: Any) -> None:
    ents = [("Ana Lind", "PERSON"), ("Kelbo", "PRODUCT")]
    story = """
        Diners at a harbour cafe fell ill on Friday after eating the fish soup.
        Ana Lind said her two children were sick for a day.
        A spokeswoman from Kelbo, owner of the cafe, apologised.
        Kelbo had retrained its cooks, she added.
        """
    assert "Kelbo" in entity_names(nlp, story, ents)
    # control: a product nobody speaks for stays a product
    thing = story.replace("A spokeswoman from Kelbo", "A cook with Kelbo")
    assert "Kelbo" not in entity_names(nlp, thing, ents)


def test_a_venue_named_before_its_kind_after_the_is_a_missed_name(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _missed_names

    def missed(first: str) -> set[str]:
        texts = [
            first,
            "Guests said Brindle had ruined a quiet evening.",
            "The owners of Brindle apologised on Sunday.",
        ]
        return _missed_names(parsed_hiding(nlp, texts, "Brindle"))

    assert missed("Neighbours were angry once the Brindle bakery kept its ovens on at night.") == {"Brindle"}
    # control: a capitalised word after "the" with no venue noun is left alone
    assert missed("Neighbours were angry once the Brindle kept its ovens on at night.") == set()


def test_a_hyphened_sport_word_counts_towards_a_sport_story(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _sport_story
    from newsbrief.summarizers.facets import ParsedSentence

    def sport(texts: list[str]) -> bool:
        return _sport_story(
            [ParsedSentence(index=k, text=t, doc=nlp(t), parsed=True) for k, t in enumerate(texts)]
        )

    story = [
        "Kelby Town slipped to tenth in the league after the loss on Sunday.",
        "Their captain hurt his ankle just before half-time and limped off.",
        "The club's champions of last year now sit far behind.",
    ]
    assert sport(story)
    # control: without the hyphened word the story has too few sport words
    assert not sport([story[0], "Their captain hurt his ankle and limped off.", story[2]])
