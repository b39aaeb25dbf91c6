"""steps34: the end of a period running now lies ahead ("at the end of the current campaign"), a
DATE the tagger gives a phrase that names no time is no date, and a passive verb of purpose with
"to be" ("is not intended to be a manual") says what a thing is for. Texts are written for these
tests."""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.language import Language

import newsbrief.summarizers.next_steps as next_steps
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.types import Article


def _steps(engine: BriefingEngine, text: str) -> list[str]:
    art = Article(id="t", text=text, title="News from the coast", published=datetime(2031, 2, 24, 8, 0))
    return [s.text for s in engine.build(art).next_steps]


CLUB = (
    "ARDLOW - Ardlow Rovers named a new head coach on Monday after a poor run of results.\n\n"
    "The club will also review its youth academy, the chairman, Colm Reddy, said.\n\n"
    "The board met players and staff at the training ground on Tuesday.\n\n"
    "Supporters' groups welcomed the appointment and the club's finances are stable.\n\n"
    "Captain Ivo Marsh will retire at the end of {end}."
)


def test_the_end_of_a_current_period_lies_ahead(engine: BriefingEngine) -> None:
    steps = _steps(engine, CLUB.format(end="the current campaign"))
    assert steps[0].startswith("Captain Ivo Marsh will retire")


def test_the_end_of_a_period_not_said_to_run_now_gains_nothing(engine: BriefingEngine) -> None:
    # positive control: the same step without "current" ranks by its place, after the earlier one
    steps = _steps(engine, CLUB.format(end="a long career"))
    assert steps[0].startswith("The club will also review")
    assert any(s.startswith("Captain Ivo Marsh will retire") for s in steps)


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


FILM = (
    "KELMOUTH - The town's lifeboat crew launched a new training film on Monday for volunteers who "
    "join the station this year.\n\n"
    "The film is not intended to be a safety manual, the station manager, Orla Prentice, said.\n\n"
    "Ms Prentice said the crew will hold an open day on 14 March for anyone thinking of volunteering."
)


def test_a_passive_purpose_with_to_be_is_no_step(engine: BriefingEngine) -> None:
    steps = _steps(engine, FILM)
    assert not any("intended to be" in s for s in steps)
    assert any("open day on 14 March" in s for s in steps)


def test_a_passive_purpose_is_read_as_a_step_without_the_rule(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # positive control: without the purpose verbs the description is listed
    monkeypatch.setattr(next_steps, "THING_PURPOSE_LEMMAS", frozenset())
    assert any("intended to be" in s for s in _steps(engine, FILM))


def test_a_passive_purpose_dated_ahead_is_a_step(engine: BriefingEngine) -> None:
    text = (
        "KELMOUTH - The town's lifeboat crew launched a new training film on Monday.\n\n"
        "The new boathouse is intended to be ready by 14 March, the station manager, Orla Prentice, said."
    )
    assert any("intended to be ready by 14 March" in s for s in _steps(engine, text))
