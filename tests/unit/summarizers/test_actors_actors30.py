"""A name voted for is a party even when tagged a place; a person brought in with a place before the
noun ("a Kelby judge") is someone unnamed the story follows; a noun in apposition to a name taken for
a body's stands for that name. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import extract_actors
from tests.unit.summarizers.facet_texts import entity_names, parsed_with_entities


def test_a_name_voted_for_is_a_party_even_when_tagged_a_place(nlp: Any) -> None:
    ents = [("Tessa Morn", "PERSON"), ("Greenfold", "GPE"), ("Pollwise", "ORG")]
    story = """
        Teachers are three times as likely as nurses to vote Greenfold, a survey by Pollwise found.
        Pollwise asked 4,000 adults how they planned to vote in May.
        Tessa Morn, who led the survey, said the gap had grown since last year.
        """
    assert "Greenfold" in entity_names(nlp, story, ents)
    # control: a place people only visit is no actor
    place = story.replace("to vote Greenfold", "to visit Greenfold")
    assert "Greenfold" not in entity_names(nlp, place, ents)


def test_a_person_brought_in_after_a_place_name_is_an_unnamed_actor(nlp: Any) -> None:
    ents = [("Kelby", "GPE"), ("Chatline", "ORG")]
    story = """
        A Kelby judge ruled that divorce papers may be served through Chatline.
        Few courts have allowed this before.
        Lawyers said other courts could follow.
        """
    assert "Kelby judge" in entity_names(nlp, story, ents)
    # control: a judge of a named body is that body's, not someone of his own
    body = [("Kelby", "ORG"), ("Chatline", "ORG")]
    assert "Kelby judge" not in entity_names(nlp, story, body)


def test_a_noun_in_apposition_to_a_name_taken_for_a_body_is_that_name(nlp: Any) -> None:
    ents = [("Dora Vellstone", "ORG"), ("Harbour Tavern", "ORG")]
    story = """
        A woman was arrested when she refused to leave the Harbour Tavern on Friday.
        Staff told officers the woman, Dora Vellstone, had been drinking all day.
        Dora Vellstone was released on bail.
        """
    names = entity_names(nlp, story, ents)
    assert "Dora Vellstone" in names
    assert "woman" not in names
    # control: without the apposition the woman the lede brings in is an unnamed actor
    apart = story.replace("the woman, Dora Vellstone, had", "a guest had")
    assert "woman" in entity_names(nlp, apart, ents)


def test_donors_of_a_party_are_a_body_of_their_own(nlp: Any) -> None:
    ents = [("Vera Holt", "PERSON"), ("Kelbian", "NORP")]
    story = """
        Prime Minister Vera Holt defended her budget on Sunday.
        Kelbian donors criticised the campaign as dull and slow.
        Vera Holt said the plan would not change.
        """
    assert "Kelbian donors" in entity_names(nlp, story, ents)
    # control: people the party's name only describes are no body
    diners = story.replace("Kelbian donors criticised", "Kelbian diners criticised")
    assert not any("Kelbian" in n for n in entity_names(nlp, diners, ents))


def test_a_body_named_before_a_work_it_made_is_an_actor(nlp: Any) -> None:
    ents = [("Ivo Marsk", "PERSON"), ("Skyview", "ORG")]
    story = """
        Actor Ivo Marsk dismissed the Skyview documentary about his church as unfair.
        Ivo Marsk said he had not watched it.
        He said his faith had helped him through hard years.
        """
    assert "Skyview" in entity_names(nlp, story, ents)
    # control: a name before a thing that is no work of it is the thing's
    thing = story.replace("the Skyview documentary", "the Skyview television")
    assert "Skyview" not in entity_names(nlp, thing, ents)


def _unparsed(nlp: Any, parsed: list[Any], keep: set[int]) -> list[Any]:
    """The sentences of ``parsed`` outside ``keep`` read without a parse, with the same entities."""
    from dataclasses import replace

    from spacy.tokens import Span

    out = []
    for p in parsed:
        if p.index in keep:
            out.append(p)
            continue
        doc = nlp.make_doc(p.text)
        doc.ents = [Span(doc, e.start, e.end, label=e.label_) for e in p.doc.ents]
        out.append(replace(p, doc=doc, parsed=False))
    return out


def test_a_surname_before_a_verb_of_saying_in_unparsed_sentences_is_a_name(nlp: Any) -> None:
    ents = [("Dan Ferro", "PERSON"), ("Vesk", "PERSON")]
    story = """
        Comic Dan Ferro, who made a generation laugh, died on Friday aged 88.
        Years later, Vesk wrote that Dan Ferro was his hero.
        'He was a legend and a friend,' Vesk wrote on his blog.
        Dan Ferro is survived by his wife.
        """

    def names(text: str) -> list[str]:
        return [
            a.name for a in extract_actors("", _unparsed(nlp, parsed_with_entities(nlp, text, ents), {0, 3}))
        ]

    assert "Vesk" in names(story)
    # control: a lone word that never speaks is a tagging error
    quiet = story.replace("Vesk wrote that", "Vesk read that").replace("Vesk wrote on", "Vesk read on")
    assert "Vesk" not in names(quiet)
