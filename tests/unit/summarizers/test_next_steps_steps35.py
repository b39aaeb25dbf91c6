"""steps35: a "would" clause spliced after a past one with the same subject tells a habit of a past
story, an act told "in the clip" is the scene a recording shows, a noun described by what a generic
"you" wants ("the worst thing you can do is to ...") is advice, and "willing to" / "poised to" open the
parse gate. Texts are written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

import newsbrief.summarizers.next_steps as next_steps
from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import TEST_DAY, built_steps

_steps = partial(built_steps, title="News from the valley", published=TEST_DAY)


def _has(steps: list[str], words: str) -> bool:
    return any(words in s for s in steps)


HABIT = (
    "BRANMOOR - A retired miner from Branmoor has been named the county's volunteer of the year.\n\n"
    "His daughter described his routine at the colliery. 'He worked nights, he would sleep until "
    "noon and then walk the dogs along the canal,' she said.\n\n"
    "The award ceremony will be held in Branmoor town hall on Friday."
)


CLIP = (
    "HARTFELL - A video of a fox stealing a picnic from a family in Hartfell Park has been watched "
    "more than a million times.\n\n"
    "Further on in the clip the fox crawls behind the blanket as it prepares to snatch a sandwich.\n\n"
    "The park's rangers will put up new signs on Monday."
)


ADVICE = (
    "KELSTON - Kelston Harriers captain Ruth Orme will run her last race for the club in June.\n\n"
    "The worst thing you can do in your final season is to tear a muscle in training, Orme said.\n\n"
    "The club will hold a dinner in her honour after the race."
)


# (story, a step it keeps, words of the clause the rule drops, the rule's name)
CASES = [
    (HABIT, "ceremony will be held", "would sleep until noon", "_narrated_habit"),
    (CLIP, "will put up new signs", "prepares to snatch", "_in_a_recording"),
    (ADVICE, "will run her last race", "tear a muscle", "_wished_by_anyone"),
]


@pytest.mark.parametrize(("story", "kept", "dropped", "rule"), CASES, ids=[c[3] for c in CASES])
def test_the_rule_drops_its_clause(
    engine: BriefingEngine, story: str, kept: str, dropped: str, rule: str
) -> None:
    steps = _steps(engine, story)
    assert _has(steps, kept)
    assert not _has(steps, dropped)


@pytest.mark.parametrize(("story", "kept", "dropped", "rule"), CASES, ids=[c[3] for c in CASES])
def test_without_the_rule_the_clause_is_listed(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch, story: str, kept: str, dropped: str, rule: str
) -> None:
    # positive control: the same story lists the clause when the rule is off
    monkeypatch.setattr(next_steps, rule, lambda tok: False)
    assert _has(_steps(engine, story), dropped)


def test_willing_to_opens_the_parse_gate(engine: BriefingEngine) -> None:
    # (past the first sentences, which are always parsed, a sentence with no capital, digit or
    # future word is only tokenised)
    text = (
        "MOSSBY - The owner of Mossby's empty cinema has turned down two offers for the building.\n\n"
        "Residents packed the library for a meeting about the cinema last month.\n\n"
        "The cinema closed when its last manager retired.\n\n"
        "Its seats and screen were sold to a film club in Harwick.\n\n"
        "The owner is now willing to sell the site to the town council."
    )
    assert _has(_steps(engine, text), "willing to sell the site")


SET_PHRASES = (
    "DUNWICH - Dunwich council approved a new marina for the harbour on Tuesday.\n\n"
    "The town's poorest families pay the highest rents. This should leave every councillor ashamed, "
    "the charity's director, Ben Ashe, said.\n\n"
    "The mayor heard the fishermen's complaints on Monday.\n\n"
    "Residents of the old town welcomed the plan.\n\n"
    "The mayor said the council will take them on board.\n\n"
    "Builders will start work on the marina in May."
)


def test_advice_taken_on_board_and_a_feeling_caused_are_no_steps(engine: BriefingEngine) -> None:
    steps = _steps(engine, SET_PHRASES)
    assert _has(steps, "will start work on the marina")
    assert not _has(steps, "on board")
    assert not _has(steps, "ashamed")


def test_without_the_phrase_and_the_feelings_they_are_listed(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # positive control: with the lists as they were, the same clauses are listed
    old = tuple(p for p in next_steps.IDIOM_PATTERNS if p[-1] != "board")
    monkeypatch.setattr(next_steps, "IDIOM_PATTERNS", old)
    monkeypatch.setattr(next_steps, "MADE_TO_FEEL_ADJ", frozenset())
    steps = _steps(engine, SET_PHRASES)
    assert _has(steps, "on board")
    assert _has(steps, "ashamed")
