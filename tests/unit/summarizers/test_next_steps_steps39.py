"""steps39: a guess dated only by a possessive day that names no fixture ("the last word on Monday's row")
is no step; a hope about how things are ("I hope the worst is over") is none; a step held back
"until" a condition ranks as one with its condition ahead; sentences whose only cue is one the parse
must read ("banned indefinitely", "is likely to", "too soon to know") are parsed for the steps; a
likelihood inside a relative clause, a research finding and a norm for no one ("no pupil should")
are no steps. Texts are written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import TEST_DAY, built_steps_line

_steps = partial(built_steps_line, title="Ferry row in Kelby", published=TEST_DAY)


LEAD = (
    "KELBY - The ferry operator Tarnwick Lines cancelled all crossings to the island of Oska after a "
    "dispute with its crews over rosters.\n\n"
    "Around 2,000 islanders rely on the ferry for food, fuel and hospital visits.\n\n"
)

GUESS = LEAD + (
    "The captains' union blamed the company for the collapse of the talks.\n\n"
    "The mayor's letter could be the last word on Monday's quarrel.\n\n"
    "Tuesday's crossing could be cancelled as well."
)


def test_a_guess_dated_only_by_a_possessive_day_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(engine, GUESS)
    assert "crossing could be cancelled" in got  # positive control: a fixture named by its day
    assert "last word on Monday's quarrel" not in got


def test_the_possessive_day_dates_the_guess_without_the_rule(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.summarizers.next_steps as next_steps

    monkeypatch.setattr(next_steps, "_possessive_date", lambda ent: False)
    assert "last word on Monday's quarrel" in _steps(engine, GUESS)


HOPE = (
    "'I hope that the worst of the dispute is over,' the chairman of Tarnwick Lines said on the quay.\n\n"
    "The chairman hopes the crews will return to work next week."
)


def test_a_hope_about_how_things_are_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(engine, HOPE)
    assert "crews will return to work" in got  # positive control: a hope for an event
    assert "worst of the dispute" not in got


def test_the_hope_about_now_is_listed_without_the_rule(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.summarizers.next_steps as next_steps

    monkeypatch.setattr(next_steps, "_hoped_now", lambda verb: False)
    assert "worst of the dispute" in _steps(engine, HOPE)


BAN = LEAD + (
    "one deckhand was fined by the magistrates for blocking the slipway.\n\n"
    "besides the fine, the deckhand was barred indefinitely from the harbour."
)


def test_a_ban_with_a_term_and_no_other_cue_is_read(engine: BriefingEngine) -> None:
    assert "barred indefinitely from the harbour" in _steps(engine, BAN)


LIKELY = LEAD + (
    "Shops on the island have started to run out of bread and milk.\n\n"
    "Interest in the spare boats is high; it is likely to grow as the dispute goes on."
)


def test_a_likelihood_of_it_is_a_step_not_a_judgement(engine: BriefingEngine) -> None:
    assert "it is likely to grow" in _steps(engine, LIKELY)


TOO_SOON = LEAD + (
    "Shops on the island have started to run out of bread.\n\nIt is still too soon to know how long it lasts."
)


def test_too_soon_read_as_an_adverb_still_says_an_answer_is_due(engine: BriefingEngine) -> None:
    assert "too soon to know" in _steps(engine, TOO_SOON)


NOT_STEPS = LEAD + (
    "A council scheme offers lifts to those residents who are likely to need extra care.\n\n"
    "Years of research have shown that island families are likely to spend more on fuel.\n\n"
    "The operator will meet the union on Friday."
)


def test_a_relative_likelihood_and_a_finding_are_no_steps(engine: BriefingEngine) -> None:
    got = _steps(engine, NOT_STEPS)
    assert "meet the union on Friday" in got  # positive control
    assert "need extra care" not in got
    assert "spend more on fuel" not in got


NORM = (
    "KELBY - The ferry operator Tarnwick Lines cancelled all crossings to the island of Oska after a "
    "dispute with its crews over rosters.\n\n"
    "The harbour board said no vessel should leave the quay without a full crew.\n\n"
    "The operator will meet the union on Friday."
)


def test_a_norm_for_no_one_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(engine, NORM)
    assert "meet the union on Friday" in got  # positive control
    assert "no vessel should leave" not in got


HELD = LEAD + (
    "Its chairman said the operator would not restart the service until the crews signed the rosters.\n\n"
    "The operator will publish new rosters on Monday.\n\n"
    "Talks with the union will resume on Tuesday.\n\n"
    "A relief boat will sail from Kelby on Wednesday.\n\n"
    "The county will open a food bank on Thursday.\n\n"
    "Island schools will close on Friday.\n\n"
    "The hospital will add a clinic on Saturday.\n\n"
    "The regulator will report on 3 March."
)


def test_a_step_held_until_a_condition_is_listed_among_dated_ones(engine: BriefingEngine) -> None:
    assert "would not restart the service until" in _steps(engine, HELD)
