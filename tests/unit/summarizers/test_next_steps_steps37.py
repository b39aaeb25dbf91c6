"""steps37: a condition opened by an inverted "should" ("will go up should they win") or by "with" a
result ("will go top with a win") weighs like one on "if"; "too early to say" lists an answer still
due; an undated "would" whose object holds a number (a measured pledge) is not marked down as a
musing. Texts are written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsbrief.summarizers import next_steps
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.types import Article

# six dated lines fill the first places; a seventh line is listed only when it scores as sure
_FIXTURES = (
    "The Coastal Cup reaches its last weekend with four rowing crews still in the hunt.\n\n"
    "Brannock and Ellery meet on the estuary course on Saturday morning.\n\n"
    "{line}\n\n"
    "The regatta's patron will hand over the cup at the boathouse on Sunday.\n\n"
    "Seats in the riverside stand will be sold from Thursday.\n\n"
    "Ellery's coach quit in January and a former rower has trained the crew since.\n\n"
    "Prize money will be split between the four clubs next month.\n\n"
    "A shuttle bus will run from the railway station on Saturday afternoon.\n\n"
    "The umpires' panel will publish the lane draw on Wednesday.\n\n"
    "Flags on the course will fly at half mast on Sunday for a founding member.\n\n"
    "The boathouse bar will close early on Friday evening."
)

INJURY = (
    "Harbour United beat Fenwick 2-1 on Sunday but lost their captain Dara Quinn to a hamstring strain.\n\n"
    "Quinn limped off after half an hour and watched the rest of the match from the bench.\n\n"
    "The club doctor said it is too early to judge how long the captain will be out.\n\n"
    "United climbed to third in the table with the win."
)

PLEDGES = (
    "The Greenway Party set out its housing plans at a rally in Dunmore on Tuesday.\n\n"
    "Its leader said that Greenway would make renting fairer for young families.\n\n"
    "She added that Greenway would build 40,000 flats through a public fund.\n\n"
    "Hundreds of supporters filled the town hall for the speech."
)


def _listed(engine: BriefingEngine, text: str) -> list[str]:
    art = Article(id="t", text=text, title="Round-up", published=datetime(2031, 4, 20, 8, 0))
    return [s.text for s in engine.build(art).next_steps]


@pytest.mark.parametrize(
    ("line", "words", "name"),
    [
        (
            "Brannock will be promoted should they beat Ellery.",
            "should they beat",
            "INVERTED_CONDITION_MODALS",
        ),
        # (the parser takes the condition for the main clause here)
        (
            "Brannock will be crowned champions should they beat Ellery.",
            "champions should they",
            "INVERTED_CONDITION_MODALS",
        ),
        ("Ellery will go top with a victory on the estuary.", "with a victory", "RESULT_CONDITION_NOUNS"),
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_a_condition_without_if_is_weighed_as_one(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch, line: str, words: str, name: str, on: bool
) -> None:
    # positive control (off): without the words that open the condition the line stays below the floor
    if not on:
        monkeypatch.setattr(next_steps, name, frozenset())
    listed = _listed(engine, _FIXTURES.format(line=line))
    assert any(words in s for s in listed) is on


@pytest.mark.parametrize("on", [True, False])
def test_too_early_to_know_is_an_answer_still_due(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    if not on:
        monkeypatch.setattr(next_steps, "TOO_EARLY_ADJ", frozenset())
    listed = _listed(engine, INJURY)
    assert any("too early to judge" in s for s in listed) is on


def test_too_early_to_pass_a_verdict_is_no_step(engine: BriefingEngine) -> None:
    text = INJURY.replace(
        "too early to judge how long the captain will be out", "too early to praise the new signing"
    )
    assert not any("too early" in s for s in _listed(engine, text))


@pytest.mark.parametrize("on", [True, False])
def test_a_counted_pledge_outranks_a_vague_one(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    # positive control (off): with no entity read as a count the vague pledge, said earlier, ranks first
    if not on:
        monkeypatch.setattr(next_steps, "COUNTED_ENTITIES", frozenset())
    listed = _listed(engine, PLEDGES)
    counted = next(k for k, s in enumerate(listed) if "40,000 flats" in s)
    vague = next(k for k, s in enumerate(listed) if "renting fairer" in s)
    assert (counted < vague) is on
