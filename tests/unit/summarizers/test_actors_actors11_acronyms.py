"""An acronym the recogniser leaves untagged is a body when the story writes it in two sentences;
the short form of a body's name after its place ("the Dunmore BRS") joins that body. The texts are
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names


def test_a_recurring_untagged_acronym_is_a_body(nlp: Any) -> None:
    text = """
        Two brothers from Pellham left home in March to enlist with the militia QRZ in the hills.
        Their father Osric Vane begged them not to go.
        He said QRZ recruiters had groomed them online for months.
        Osric Vane told the inquiry he blamed himself.
        """
    f = facets(nlp, text)
    assert "QRZ" in names(f), names(f)


def test_the_short_form_after_a_place_joins_the_body(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Dunmore Bureau of Road Safety opened an inquiry into the crash on Tuesday.
        Driver Hollis Grange broke an arm in the crash.
        The Dunmore BRS said the road would stay closed.
        A spokeswoman for the Dunmore BRS said witnesses should come forward.
        """,
    )
    assert "BRS" not in names(f), names(f)
    assert "Dunmore Bureau of Road Safety" in names(f), names(f)


def test_words_of_a_quote_in_capitals_are_no_bodies(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Striking porters at Kelsby General marched past the town hall chanting 'SAVE OUR WARDS'.
        Union organiser Brena Cole said the porters would march again next week.
        Banners reading 'SAVE OUR WARDS' hung from the railings.
        """,
    )
    assert not {"OUR", "WARDS"} & set(names(f)), names(f)
