"""qa56: a relative clause's subject does what its verb says, ages in words, an obituary's "He was 88.", a
nationality tag on an unfamiliar name, an opponent only a caption names, "what did X call it?" answered by a
quote with no verb of saying. Invented sentences."""

from __future__ import annotations

import re
from typing import Any

from newsbrief.summarizers.qa import answer_question
from newsbrief.summarizers.qa.extract import _misread_people, aged
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.rerank import parse_fit
from newsbrief.summarizers.qa.retrieve import AGE_RE
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Briefing


def _briefing(sentences: tuple[str, ...], captions: tuple[str, ...] = ()) -> Briefing:
    return Briefing(
        title=sentences[0], summary=sentences[:1], article_ids=("k1",), sentences=sentences, captions=captions
    )


def test_the_name_a_relative_clause_hangs_on_is_its_verbs_subject(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who complained about the ferry timetable?", lem)
    told = (
        "The pupil took the ferry timetable home to her uncle, Tomas Verrin, who complained to the council."
    )
    assert parse_fit(q, told, nlp, lem) == 1.0
    # control: the name is only the one complained to
    assert parse_fit(q, "The council complained to Tomas Verrin about the ferry timetable.", nlp, lem) < 1.0


def test_an_age_in_words_is_an_age() -> None:
    assert aged("A three-year-old girl slipped into the moat at Kestwick.", ["girl"]) == "three"
    assert [m.group(0) for m in AGE_RE.finditer("a forty-five-year-old baker")] == ["forty-five-year-old"]
    # "the forty-five-year-old" stands for someone named before: the epithets module reads it, not the age pattern
    assert not AGE_RE.search("then the forty-five-year-old baker left")
    # the age today is not the one at the time the story tells
    assert not AGE_RE.search("his now-three-year-old son")


def test_an_obituarys_he_was_gives_the_named_persons_age(nlp: Any) -> None:
    b = _briefing(
        (
            "Ivo Marek, whose cartoons filled the Kestwick Gazette for forty years, has died.",
            "He was 88.",
            "Marek drew his first strip for a school paper.",
        )
    )
    ans = answer_question("How old was Ivo Marek when he died?", [b], nlp)
    assert "88" in ans.text


def test_a_nationality_tag_on_a_name_that_ends_as_none_does_is_a_misreading() -> None:
    assert _misread_people("Kellband", "NORP")
    assert not _misread_people("Danish", "NORP")
    assert not _misread_people("Americans", "NORP")
    assert not _misread_people("French", "NORP")
    assert not _misread_people("Kellband", "ORG")  # not a nationality tag at all


def test_an_opponent_only_a_caption_names_answers(nlp: Any) -> None:
    b = _briefing(
        (
            "Kellby boss Ana Ode says her players are fresh after a week off and ready for Sunday.",
            "Ode has won four of her last five games in charge.",
            "The club sold out its home stand within an hour.",
        ),
        ("Ana Ode will lead Kellby against Tarnside Rovers on Sunday",),
    )
    ans = answer_question("Who are Kellby playing on Sunday?", [b], nlp)
    assert "Tarnside" in ans.text


def test_what_did_x_call_it_takes_a_quote_with_no_verb_of_saying(nlp: Any) -> None:
    b = _briefing(
        (
            "Councillors in Kestwick voted on the harbour plan on Tuesday.",
            "Rivals of Ivo Marek believe the council was wrong, Kestwick residents say.",
            "But Ivo Marek, who has sat on the council for a decade, dismissed the complaints about the harbour plan"
            " as \u2018a costly farce\u2019.",
        )
    )
    ans = answer_question("What did Ivo Marek call the complaints about the harbour plan?", [b], nlp)
    assert re.search(r"farce", ans.text)
