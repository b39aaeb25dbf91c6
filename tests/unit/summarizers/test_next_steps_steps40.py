"""steps40: a guess about the teller that others voiced in the past ("rang my brother to say I
may lose a leg"), a call made to pass a message, a progressive joined to a narrated present ("is
trying to shield the ball and gets knocked over"), an existential count of willing people ("there
will be plenty of others eager to apply") and a clause under a negated "mean" are no steps. Texts
are written for these tests."""

from __future__ import annotations

from functools import partial

from spacy.language import Language

from newsbrief.summarizers import next_steps
from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import TEST_DAY, built_steps_line

_steps = partial(built_steps_line, title="Ferry row in Kelby", published=TEST_DAY)


LEAD = (
    "KELBY - The ferry operator Tarnwick Lines cancelled all crossings to the island of Oska after a "
    "dispute with its crews over rosters.\n\n"
    "Around 2,000 islanders rely on the ferry for food, fuel and hospital visits.\n\n"
    "The union will hold a ballot on strike action next month.\n\n"
)


def test_a_call_made_to_pass_a_message_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "'I found out afterwards that, after the storm, the surgeons called my husband to say I may "
        + "lose a leg,' said Mara Quill.",
    )
    assert "ballot on strike action" in got  # positive control
    assert "called my husband" not in got


def test_a_guess_about_the_teller_voiced_in_the_past_is_no_candidate(nlp: Language) -> None:
    doc = nlp("Shortly after the crash, the nurses rang my brother to say I may lose a leg.")
    lose = next(t for t in doc if t.lower_ == "lose")
    assert next_steps._candidate(lose) is None
    # positive control: the same guess about someone else is left to the other rules
    other = nlp("Shortly after the crash, the nurses rang her brother to say she may lose a leg.")
    assert next_steps._candidate(next(t for t in other if t.lower_ == "lose")) is not None


def test_a_progressive_joined_to_a_narrated_present_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "In the island's cup tie, the Oska striker went down in the box.\n\n"
        + "'He is trying to shield the ball and gets knocked over, and from then on he expects a "
        + "penalty,' said the coach.",
    )
    assert "ballot on strike action" in got
    assert "shield the ball" not in got


def test_an_existential_count_of_willing_people_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "The operator is looking for a new harbour master.\n\n"
        + "'There will be many other people, really strong sailors, eager to apply who are the kind of "
        + "people needed to run the harbour,' he said.",
    )
    assert "ballot on strike action" in got
    assert "eager to apply" not in got


def test_a_clause_under_a_negated_mean_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "Some islanders have already moved to the mainland.\n\n"
        + "Losing the winter timetable does not mean the operator will sell its fleet, a spokesman "
        + "said.",
    )
    assert "ballot on strike action" in got
    assert "sell its fleet" not in got
