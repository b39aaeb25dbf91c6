"""Next steps on short texts written for these tests: an undated "would" that only links its subject
to a state is no step, and an effort or a call under way with an adverb before its verb ("is still
seeking") is read as a step deep in an article, each beside a control."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_an_undated_would_with_a_state_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The architect said a new footbridge would be a fine landmark for the valley.
        The planners said the old footbridge would be pulled down.
        The keeper said the lighthouse would be open to visitors from next Monday.
        Drizzle lingered over the valley all week.
        """,
    )
    assert "fine landmark" not in text
    assert "pulled down" in text  # control: a passive says what is done
    assert "open to visitors" in text  # control: a state from a date ahead


def test_a_call_under_way_after_an_adverb_is_read_deep_in_an_article(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The river rose over the quay at dawn.
        Water poured into the lower streets.
        Shops along the quay were flooded.
        Many families spent the night with neighbours.
        The parish council is still calling on the water board to raise the flood wall along the quay.
        """,
    )
    assert "raise the flood wall" in text


def test_a_weekday_after_on_is_read_deep_in_an_article(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The river rose over the quay at dawn.
        Water poured into the lower streets.
        Shops along the quay were flooded.
        Many families spent the night with neighbours.
        The minister is in the flooded town on Friday for a meeting with the parish council.
        """,
    )
    assert "in the flooded town on Friday" in text


def test_an_undated_feeling_under_a_modal_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Harlow coach will be upset about the narrow defeat, his assistant said.
        The Harlow coach will name his squad for the regional final on Thursday.
        Drizzle lingered over the valley all week.
        """,
    )
    assert "upset about" not in text
    assert "name his squad" in text  # control: an act ahead
