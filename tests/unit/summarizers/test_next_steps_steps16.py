"""Next steps on short texts written for these tests: general mechanisms for claims that look ahead
but say how things go (a bare possibility about no one in particular), each beside a control."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_a_possibility_about_no_one_in_particular_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        Drinkers may notice a bitter aftertaste in the Quillan Valley herbal tea sold in Norbury.
        Pellworth Farms might open a second tea garden near Ashcombe.
        The tea reached Norbury shops this month.
        """,
    )
    assert "notice a bitter aftertaste" not in text
    assert "might open a second tea garden" in text  # control: a named actor's possible act


def test_a_possibility_of_a_determined_subject_stays_a_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        It might seem odd that fog still catches ferry crews out near Kelby Point.
        The captain may lose his licence over Sunday's grounding.
        The ferry ran aground in thick fog.
        """,
    )
    assert "may lose his licence" in text
    assert "might seem odd" not in text
