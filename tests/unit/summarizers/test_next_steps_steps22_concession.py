"""Next steps on short texts written for these tests: a "may"/"might" clause of a state granted before
a "but" that states a present fact is a concession, not a step; controls: an act granted, a future after
the "but", and a possible state with no concession stay steps."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_a_granted_state_before_a_present_fact_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Quillby lido may be small, but it draws swimmers from three counties.
        The Quillby council will vote on replacing the lido roof.
        Gales closed the pool on Tuesday.
        """,
    )
    assert "may be small" not in text
    assert "will vote on replacing the lido roof" in text  # control: an act to come


def test_a_granted_judgement_before_a_present_fact_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Marrow Valley commuters might find the tram slow, yet the line carries more riders than ever.
        The Marrow Valley tram company will extend the line to the harbour.
        Snow halted the trams on Monday.
        """,
    )
    assert "find the tram slow" not in text
    assert "will extend the line" in text  # control


def test_a_granted_act_stays_a_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Quillby council may sue the builder, but it wants a settlement first.
        Gales closed the pool on Tuesday.
        """,
    )
    assert "may sue the builder" in text  # an act granted remains a possibility to come


def test_a_future_after_the_but_keeps_the_clause(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Quillby lido may be closed for now, but the trustees say it will reopen in the spring.
        Gales closed the pool on Tuesday.
        """,
    )
    assert "reopen" in text  # a future told after the "but" keeps the clause a candidate
