"""steps23: a past guess told as the story ("I thought it would suit me") and fragments that are
only a noun phrase or one more open question are not steps; controls keep the steps beside them."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, steps


def test_a_past_guess_over_would_is_the_story_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The young rower finished last in the regatta on his first try.
        'I thought the calm water would favour me more than the river did,' he said.
        Little did the baker know her loaf would win the county prize.
        The rower said he would enter the spring race again.
        """,
    )
    text = steps(f)
    assert "calm water would favour me" not in text
    assert "loaf would win the county prize" not in text
    assert "would enter the spring race again" in text  # control: a past verb of saying reports a plan


def test_a_noun_phrase_with_likely_to_is_no_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The survey found that the two parties most likely to gain seats were the Greens and the Liberals.
        The electoral board is likely to publish the count on Friday.
        """,
    )
    text = steps(f)
    assert "most likely to gain seats" not in text
    assert "likely to publish the count on Friday" in text  # control: a clause with its subject


def test_a_second_open_question_in_a_row_is_no_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The former captain was asked about the coaching job.
        'I have no idea what the post pays, what the hours are or what they are hoping to find,' he said.
        The board is looking for a new head coach before the summer tour.
        """,
    )
    text = steps(f)
    assert "what they are hoping to find" not in text
    assert "looking for a new head coach" in text  # control: the search itself, said outright


def test_a_request_made_as_part_of_a_past_act_is_the_story(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The tenant went upstairs to ask whether the landlord would fix the leaking boiler.
        The guard continued to offer the prisoners extra blankets through the night.
        The tenants' group will ask the council to inspect the building on Monday.
        """,
    )
    text = steps(f)
    assert "fix the leaking boiler" not in text
    assert "offer the prisoners extra blankets" not in text
    assert "ask the council to inspect the building on Monday" in text  # control: a request ahead


def test_a_past_invitation_with_no_date_ahead_is_the_story(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The festival drew a large crowd to the waterfront.
        The organisers invited the pensioners to join the parade along the quay.
        The organisers invited the pensioners to sing at next Saturday's closing concert.
        """,
    )
    text = steps(f)
    assert "join the parade along the quay" not in text
    assert "sing at next Saturday's closing concert" in text  # control: an invitation dated ahead


def test_due_to_a_noun_is_a_cause_not_a_schedule(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The portraits in the old hall have lost much of their colour.
        The curator believes the fading is due to the damp in the old hall.
        The inquest verdict is due on Friday.
        """,
    )
    text = steps(f)
    assert "fading is due to the damp" not in text
    assert "verdict is due on Friday" in text  # control: "due" with a day ahead


def test_due_before_a_word_misread_as_a_preposition_is_no_schedule(nlp: Any) -> None:
    # a slip of the pen ("due top" for "due to") leaves the parser a verb where a preposition should be
    f = facets(
        nlp,
        """
        The owner thinks the leak is due top the old pipes.
        The plumber is due on Friday.
        """,
    )
    text = steps(f)
    assert "leak is due top the old pipes" not in text
    assert "plumber is due on Friday" in text  # control: "due" with a day ahead


def test_may_or_might_be_a_noun_is_a_guess_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The cracks may not be a danger, but the engineers may close the bridge to lorries.
        The cause of the cracks might be a mix of frost and heavy lorries, the engineer wrote.
        A dreary council meeting may not be the venue for jokes about the bridge.
        """,
    )
    text = steps(f)
    assert "might be a mix of frost" not in text
    assert "may not be the venue for jokes" not in text
    assert "may close the bridge to lorries" in text  # control: granted before a second modal clause
