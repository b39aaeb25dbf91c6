"""steps34: the end of a period running now lies ahead ("by the close of the current term"), a
DATE the tagger gives a phrase that names no time is no date, and a passive verb of purpose with
"to be" ("is intended to be a teaching aid") says what a thing is for. Texts are written for these
tests."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

import newsbrief.summarizers.next_steps as next_steps
from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import TEST_DAY, built_steps

_steps = partial(built_steps, title="News from the coast", published=TEST_DAY)


CLUB = (
    "ARDLOW - Ardlow Rovers named a new head coach on Monday after a poor run of results.\n\n"
    "The club will also review its youth academy, the chairman, Colm Reddy, said.\n\n"
    "The board met players and staff at the training ground on Tuesday.\n\n"
    "Supporters' groups welcomed the appointment and the club's finances are stable.\n\n"
    "Captain Ivo Marsh will step down at the end of {end}."
)


def test_the_end_of_a_current_period_lies_ahead(engine: BriefingEngine) -> None:
    steps = _steps(engine, CLUB.format(end="the current campaign"))
    assert steps[0].startswith("Captain Ivo Marsh will step down")


def test_the_end_of_a_period_not_said_to_run_now_gains_nothing(engine: BriefingEngine) -> None:
    # positive control: the same step without "current" ranks by its place, after the earlier one
    steps = _steps(engine, CLUB.format(end="a long career"))
    assert steps[0].startswith("The club will also review")
    assert any(s.startswith("Captain Ivo Marsh will step down") for s in steps)


def _when_with_date(nlp: Language, text: str, words: str) -> str | None:
    doc = nlp(text)
    at = text.index(words)
    span = doc.char_span(at, at + len(words), label="DATE")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    head = next(t for t in doc if t.dep_ == "ROOT")
    return next_steps._when(doc, list(doc), head)


def test_a_date_that_names_no_time_is_not_when(nlp: Language) -> None:
    assert (
        _when_with_date(nlp, "Reid will start in the second-row against the visitors.", "second-row") is None
    )


def test_a_date_that_names_a_time_is_when(nlp: Language) -> None:
    # positive control: the same tagging over a phrase with a time word gives the step its date
    assert _when_with_date(nlp, "Reid will start in the spring against the visitors.", "spring") == "spring"


def _with_review(line: str) -> str:
    return (
        "BRANNOCK - Rail fares and hospital visiting rules in Brannock changed on Monday.\n\n"
        f"{line}\n\n"
        "The council will review the rules on 2 March."
    )


# (a line that is no step, words of it, and the lexicon entry that makes it none)
NOT_STEPS = [
    # a passive verb of purpose with "to be": what a thing is for
    (
        "The leaflet is intended to be a walking guide for visitors, the station manager said.",
        "intended to be",
        "THING_PURPOSE_LEMMAS",
    ),
    # an undated concession, granted to set off the main clause
    (
        "Although ordered to pay the fine, the 41-year-old kept the van on the road all week, the court heard.",
        "ordered to pay",
        "CONCESSION_MARKS",
    ),
    # advice, its subject parsed as "cheapest" with "way" for its conjunct
    (
        "The cheapest and the safest way to travel is to take the train, the minister said.",
        "way to travel",
        "ADVICE_SUBJECTS",
    ),
    # a clause under what anyone can do
    (
        "She said: 'You can look at the empty beds and think the ward is going to shut for good.'",
        "going to shut",
        "GENERIC_SUBJECTS",
    ),
]


@pytest.mark.parametrize(("line", "words", "entry"), NOT_STEPS)
def test_not_a_step(engine: BriefingEngine, line: str, words: str, entry: str) -> None:
    steps = _steps(engine, _with_review(line))
    assert not any(words in s for s in steps)
    assert any("review the rules on 2 March" in s for s in steps)


@pytest.mark.parametrize(("line", "words", "entry"), NOT_STEPS)
def test_read_as_a_step_without_the_entry(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch, line: str, words: str, entry: str
) -> None:
    # positive control: without the lexicon entry the same line is listed
    monkeypatch.setattr(next_steps, entry, frozenset())
    assert any(words in s for s in _steps(engine, _with_review(line)))


def test_a_passive_purpose_dated_ahead_is_a_step(engine: BriefingEngine) -> None:
    text = _with_review("The new boathouse is intended to be ready by 14 March, the station manager said.")
    assert any("intended to be ready by 14 March" in s for s in _steps(engine, text))


def test_a_bare_you_know_keeps_the_step(engine: BriefingEngine) -> None:
    # "you know" turns to the listener: the clause below it is still told as what comes next
    text = _with_review("You know the landlord is going to appeal against the ruling, his lawyer said.")
    assert any("going to appeal" in s for s in _steps(engine, text))


HOPE = "The manager is confident of reopening the training ground by rebuilding the stand, the club said."


def test_a_hope_with_a_gerund_after_of_is_a_step(engine: BriefingEngine) -> None:
    assert any("confident of reopening the training ground" in s for s in _steps(engine, _with_review(HOPE)))


def test_a_hope_with_a_gerund_is_no_step_without_the_adjectives(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # control: the step comes from the hope adjectives alone
    monkeypatch.setattr(next_steps, "HOPE_ADJ", frozenset())
    assert not any("hopeful of" in s for s in _steps(engine, _with_review(HOPE)))


@pytest.mark.parametrize(
    "line",
    [
        # a hope in the past, not reported, tells the story
        "The manager was confident of reopening the training ground when he took over the club.",
        # a hope of a thing, no act
        "The manager is confident of victory, the club said.",
    ],
)
def test_a_past_hope_or_a_hope_of_a_thing_is_no_step(engine: BriefingEngine, line: str) -> None:
    steps = _steps(engine, _with_review(line))
    assert not any("The manager" in s for s in steps)
    assert any("review the rules on 2 March" in s for s in steps)


APPEAL = (
    "BRANNOCK - A lorry hit a footbridge over the ring road in Brannock on Monday night.\n\n"
    "No one was hurt, but the bridge was closed for safety checks.\n\n"
    "Sergeant Ada Lenz said: 'I would urge every driver on the bypass that night to ring the station.'"
)


def test_a_first_person_appeal_softened_by_would_is_a_step(engine: BriefingEngine) -> None:
    assert any("urge every driver on the bypass" in s for s in _steps(engine, APPEAL))


def test_the_softened_appeal_is_a_story_without_the_appeal_verbs(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # control: without the appeal verbs the "would" reads as a past habit or a supposition
    monkeypatch.setattr(next_steps, "APPEAL_LEMMAS", frozenset())
    assert not any("urge every driver on the bypass" in s for s in _steps(engine, APPEAL))


def test_a_third_person_habit_with_would_is_no_step(engine: BriefingEngine) -> None:
    text = _with_review("Every winter the old farmer would ask his neighbours to clear the lane.")
    assert not any("would ask his neighbours" in s for s in _steps(engine, text))
