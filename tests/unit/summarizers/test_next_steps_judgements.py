"""Next steps on short texts written for these tests: forward-looking forms that judge, infer, tell
a past inability or retell advice a speaker was given, and a speaker's own request under way,
beside controls."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_could_negated_by_its_object_tells_the_past(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        Ms Vale told auditors last month she could recall nothing about the missing ledger.
        Councillors will settle the harbour budget next Tuesday.
        """,
    )
    assert "recall nothing" not in text
    assert "harbour budget" in text


def test_a_past_call_to_the_speaker_in_quotes_is_their_story(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        'I hurt my knee, and my physio urged me to take up rowing on weekdays,' Mr Odum said.
        'Wardens ordered us to quit the valley by Friday,' a farmer said.
        The lido reopens in June.
        """,
    )
    assert "take up rowing" not in text
    assert "quit the valley by Friday" in text  # control: dated ahead


def test_a_feeling_caused_under_a_modal_is_a_judgement(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The lender said: 'These grim figures will rattle savers keen to move money abroad.'
        Its auditors are due to approve the accounts on Friday.
        """,
    )
    assert "rattle savers" not in text
    assert "approve the accounts" in text


def test_a_gerund_judged_under_a_guessing_modal_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        'Must be great strolling through life on other people's money,' the commenter wrote.
        Rowers from the town will race for the county trophy next week.
        """,
    )
    assert "strolling through life" not in text
    assert "county trophy" in text


def test_an_inference_under_a_guessing_modal_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        Such timing would match reports that the singer cancelled two concerts in March.
        New tariffs would tie fares to distance from January.
        """,
    )
    assert "timing would match" not in text  # the date belongs to the reports, not the inference
    assert "tie fares to distance" in text  # control: dated ahead itself


def test_a_request_under_way_in_the_first_person_is_a_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The two partners fell out over the yacht last year.
        "Our contract was silent on a split," he said.
        " I am asking a judge to tear it up."
        """,
    )
    assert "tear it up" in text


def test_a_schedule_word_the_parser_read_as_a_subject_keeps_its_noun_phrase(nlp: Any) -> None:
    # the misreading built by hand (the parser makes it on some sentences only): "due" taken for the
    # subject of the main verb, with the noun before it as its own subject
    from spacy.tokens import Doc

    from newsbrief.summarizers import next_steps

    words = ["The", "last", "seed", "in", "the", "draw", "of", "32", "due", "to", "play", "the", "Open", "next",
             "week", "thanked", "fans", "."]  # fmt: skip
    heads = [2, 2, 8, 2, 5, 3, 5, 6, 15, 10, 8, 12, 10, 14, 10, 15, 15, 15]
    deps = ["det", "amod", "nsubj", "prep", "det", "pobj", "prep", "pobj", "nsubj", "aux", "xcomp", "det",
            "dobj", "amod", "npadvmod", "ROOT", "dobj", "punct"]  # fmt: skip
    tags = ["DT", "JJ", "NN", "IN", "DT", "NN", "IN", "CD", "JJ", "TO", "VB", "DT", "NNP", "JJ", "NN", "VBD",
            "NNS", "."]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    due = doc[8]
    head = next_steps._trigger_head(due)
    assert head is not None and head.i == due.i  # before: no trigger (a subject is no schedule word)
    found = next_steps._candidate(head)
    assert found is not None
    assert next_steps._render(found[1]) == "The last seed in the draw of 32 due to play the Open next week"
