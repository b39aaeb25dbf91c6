"""A body named after the noun for its kind ("power company X", "the start-up X", "X, the
activist fund") is an organisation, whatever the recogniser made of its name; a person or a product
in the same place is not turned into one. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names


def test_a_name_after_the_noun_for_its_kind_is_an_organisation(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Storms cut power to 30,000 homes across the valley on Monday night.
        Power company Brenwatt said 9,000 homes were still without electricity on Tuesday.
        Grid operator Kelvane warned it might cut supply again if demand rose.
        Regional mayor Tom Ashdown said crews from three counties were helping.
        """,
    )
    assert "Brenwatt" in names(f) and "Kelvane" in names(f), names(f)
    assert actor(f, "Brenwatt").kind == "ORG"
    assert actor(f, "Kelvane").kind == "ORG"
    assert actor(f, "Tom Ashdown").kind == "PERSON"  # control: a name after a title is a person


def test_a_person_or_a_product_after_a_kind_noun_stays_what_it_is(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Investors sued the company Tom Ashdown founded in 2015 on Monday.
        Ashdown said the lawsuit had no merit and that he would fight it.
        The firm said its app Pelloway had two million users.
        """,
    )
    assert actor(f, "Tom Ashdown").kind == "PERSON"
    assert "Pelloway" not in names(f)  # a product the company owns, not a body


def test_a_body_called_by_the_first_word_of_its_name_is_one_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A jury ordered Dunmore Plastics to pay $12 million to families who live beside its factory.
        "For ten years Dunmore told us the river was safe," said one of the families.
        Dunmore said it would appeal against the verdict.
        The families' lawyer said the ruling was a warning to Dunmore and other firms.
        """,
    )
    body = actor(f, "Dunmore Plastics")
    assert body.kind == "ORG" and "Dunmore" in body.aliases
    assert body.mentions == 4  # the short form, whether tagged a person or a body or read as a noun
    assert "Dunmore" not in names(f)


def test_a_surname_that_starts_a_body_s_name_stays_the_person_s(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Maria Jensen was charged with fraud on Monday, police said.
        Jensen founded Jensen Bakeries in 2009 and sold it last year.
        Jensen Bakeries said it was cooperating with investigators.
        """,
    )
    person = actor(f, "Maria Jensen")
    assert "Jensen" in person.aliases  # the surname goes to the person named in full
    assert "Jensen Bakeries" in names(f)


def test_a_body_s_name_is_read_whole_from_its_acronym_or_its_last_word(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Divers have found the wreck of a Roman cargo ship off the coast, the Nordic-Baltic Coastal Research Institute said on Monday.
        The Digital Services and Data Authority (DSDA) fined the shipping firm 3 million euros on Thursday.
        Council leader Tom Ashdown said the wreck would go on show at the harbour museum.
        """,
    )
    assert "Nordic-Baltic Coastal Research Institute" in names(f), names(f)  # missed by the recogniser
    authority = actor(f, "Digital Services and Data Authority")  # split in two by the recogniser
    assert "DSDA" in authority.aliases
    assert not {"Digital Services", "Data Authority"} & set(names(f))
    # control: a title word opening a sentence is not a body's name; the titled person is an actor
    assert "Tom Ashdown" in names(f) and "Council" not in names(f)


def test_a_body_named_by_its_capitalised_common_noun_alone_is_an_actor(nlp: Any) -> None:
    text = """
        Fishing boats will be barred from the northern bay for six months from January, officials said on Friday.
        Stocks of cod in the bay have fallen by 40% in five years.
        The Ministry said it would pay boat owners £2,000 a month while the ban lasts.
        Skipper Dan Morrow said the money would not cover his crew's wages.
        """
    assert "Ministry" in names(facets(nlp, text))
    # control: the noun in lower case is a description, not a name
    assert "ministry" not in names(facets(nlp, text.replace("The Ministry", "The ministry")))


def test_a_body_s_name_cut_at_its_and_is_one_name(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A warehouse fire forced 40 families from their homes in Ashford on Saturday night.
        Kent Fire and Rescue Service said crews were called at 2am and fought the blaze for six hours.
        Russia and NATO both sent observers to the border exercise on Sunday.
        """,
    )
    assert "Kent Fire and Rescue Service" in names(f), names(f)
    assert not {"Kent Fire", "Rescue Service"} & set(names(f))
    assert "Russia" in names(f) and "NATO" in names(f)  # control: two bodies joined by "and" stay two


def test_a_person_and_their_firm_taken_for_one_body_are_split(nlp: Any) -> None:
    from spacy.tokens import Span

    from newsbrief.summarizers.actors import extract_actors
    from newsbrief.summarizers.parse import parse_sentences

    parsed = parse_sentences(
        nlp,
        [
            "A jury ordered Dunmore Plastics to pay $12 million to families who live beside its factory.",
            "The families' lawyer, Rosa Delgado of Delgado & Finch, said the company knew of the leaks.",
            "A report by the Royal Society of Chemists found the leak began in 2016.",
        ],
    )
    doc = parsed[1].doc
    start = next(t.i for t in doc if t.text == "Rosa")
    doc.ents = [Span(doc, start, start + 6, label="ORG")]  # as if the recogniser took it for one body
    found = [a.name for a in extract_actors("", parsed)]
    assert "Rosa Delgado" in found, found
    assert "Rosa Delgado of Delgado & Finch" not in found
    # control: a body whose name holds "of" stays whole
    society = parsed[2].doc
    assert [e.text for e in society.ents if e.label_ == "ORG"] == ["the Royal Society of Chemists"]
    assert not any(n.startswith("Royal Society") and n != "Royal Society of Chemists" for n in found)


def test_a_decade_by_name_is_a_time_not_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Singer Tomas Reyle said the Seventies shaped his sound more than any other time.
        The Seventies gave him soul, and the Seventies gave him funk, Reyle said.
        Reyle grew up listening to his father's records, and the Seventies never left him.
        His label, Northgate Records, will release the album in May.
        """,
    )
    assert "Northgate Records" in names(f)  # positive control
    assert "Seventies" not in names(f)
