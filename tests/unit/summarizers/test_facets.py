"""Key actors, key figures and next steps on short texts written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.facets import is_credit_line
from tests.unit.summarizers.facet_texts import facets, names, steps

# --- next steps -----------------------------------------------------------------------------


def test_next_steps_from_will_plan_offer_call_and_deadline(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The library closed its east wing in March after a roof leak damaged old maps.
        The council will vote on repair funding on 12 June.
        Trustees plan to reopen the wing next spring.
        A local builder offered to repair the roof at cost.
        Residents called for an independent review of the building's upkeep.
        Contractors must submit bids by Friday.
        """,
    )
    text = steps(f)
    assert "12 June" in text and "vote" in text
    assert "reopen" in text
    assert "offered to repair" in text
    assert "independent review" in text
    assert "by Friday" in text
    assert "closed its east wing" not in text
    june = next(s for s in f.next_steps if "12 June" in s.text)
    assert june.when == "12 June"
    assert june.sentence.startswith("The council will vote")


def test_a_story_told_in_the_past_is_not_a_next_step_but_the_same_verbs_ahead_are(nlp: Any) -> None:
    past = facets(
        nlp,
        """
        The ferry sank in calm water on Tuesday.
        The crew wanted to reach the harbour before the storm.
        The owners decided to scrap the old engine.
        Divers recovered the engine two days later.
        """,
    )
    assert past.next_steps == ()
    ahead = steps(
        facets(
            nlp,
            """
            The owners want to raise the wreck next month.
            The insurers have decided to pay for the salvage.
            """,
        )
    )
    assert "raise the wreck" in ahead and "pay for the salvage" in ahead


def test_reported_future_keeps_the_speaker(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Harbour director Ana Reyes said the port would reopen to cargo ships on Thursday.
        """,
    )
    assert f.next_steps
    step = f.next_steps[0]
    assert "Reyes" in step.text and "reopen" in step.text
    assert step.when == "Thursday"


def test_scheduled_present_tense_and_expected_dates_are_next_steps(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The factory closed in 2019.
        Its owners blamed high energy prices.
        Workers lost their jobs in the spring.
        The appeals court ruling is expected next month.
        Voting in the union ballot opens on 4 June.
        """,
    )
    text = steps(f)
    assert "ruling is expected next month" in text
    assert "4 June" in text
    assert "2019" not in text


def test_step_in_relative_clause_says_what_it_is_about(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The charity said it was sending 5,000 water filters, which are expected to arrive on Monday.
        """,
    )
    assert f.next_steps
    step = f.next_steps[0]
    assert "water filters" in step.text and "Monday" in step.text
    assert step.when == "Monday"


def test_two_grammatical_sentences_glued_together_give_two_steps(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Mayor Ruth Okonjo said the city would open four shelters by the end of the month. "Every family will have a bed within days," Okonjo said.
        """,
    )
    text = steps(f)
    assert "four shelters" in text
    assert "a bed" in text


def test_credit_line_shapes_do_not_catch_ordinary_sentences() -> None:
    assert is_credit_line("Related: Who is the new mayor?")
    assert is_credit_line("(Reporting by Ana Lima; Editing by Tom Bell)")
    assert is_credit_line("Reuters and AFP contributed to this report.")
    assert not is_credit_line("Related charges were filed against two other men.")
    assert not is_credit_line("Watch officials said the inquiry would report in May.")


def test_nationality_adjectives_fold_into_their_country_or_name_a_body(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Norway said it would send two rescue ships to the stranded tanker.
        Norwegian officials said the ships would arrive on Friday.
        The French government asked for help after the tanker lost power off its coast.
        """,
    )
    got = names(f)
    assert "Norway" in got
    assert "Norwegian" not in got and "Norwegian officials" not in got
    assert "French government" in got


def test_a_date_behind_after_or_since_is_not_when_a_step_happens(nlp: Any) -> None:
    f = facets(
        nlp,
        "The port authority has proposed dredging the channel, at a cost of 12 million dollars, "
        "after two groundings in three years.",
    )
    proposal = [s for s in f.next_steps if "dredging" in s.text]
    assert proposal, "the proposal is a next step"
    assert all(s.when is None for s in proposal)  # "in three years" is behind "after", not ahead


def test_a_phone_number_to_call_is_not_a_next_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Two men were rescued from a flooded road near the village.
        Residents can call 0800 555 0199 for help.
        The council will vote on flood defences on 12 June.
        """,
    )
    assert "vote" in steps(f)
    assert "call" not in steps(f)
