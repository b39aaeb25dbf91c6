"""Follow-ups (fu34): whose words a what-did-she-say follow-up may take. A quotation that closes before its tag
("... for weeks," she said.) ends its quote run; a body or a crowd that speaks ("..., fire crews said.", "the
company said") is never the asked person; a "she" that fits no person the thread named may mean another person
the last answer's sentence names. Invented sentences."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsbrief.summarizers.qa import answer_in_conversation, engine
from newsbrief.summarizers.qa.retrieve import closes_quote, index_article
from newsbrief.summarizers.qa.sexes import agreeing, no_sex
from newsbrief.summarizers.qa.speaker import body_speaks, speaks
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation

W = engine.WEIGHTS
CITE = Citation("fu34-1", "")

WELL = (
    "The village well at Ormsby ran dry on Sunday.",
    'Parish clerk Wendy Talbot told the meeting: "We have asked the water board for help since June.',
    'Nobody has come to look at it," she said, her hands shaking.',
    "The water board will send a tanker on Tuesday.",
    "A pump engineer inspected the well on Monday.",
)


def test_a_quote_closed_before_its_tag_ends_the_quote_run(nlp: Any) -> None:
    assert closes_quote('Nobody has come to look at it," she said, her hands shaking.')
    assert closes_quote("We have waited long enough.'")
    assert not closes_quote('She said: "We wait.')
    assert not closes_quote("The board will send a tanker.")
    lem = lemmatizer(nlp)
    ps = index_article(WELL, 0, CITE, lem)
    assert "talbot" in ps[2].quoted  # the sentence that closes her quotation is still hers
    # the sentences after it are nobody's words (they were Wendy Talbot's while the run was read as still open)
    assert not ps[3].quoted and not ps[4].quoted


def test_a_body_or_a_crowd_that_speaks_is_not_the_person(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    text = (
        "Smoke closed the harbour road for six hours, fire crews said.",
        "The ferry company said sailings would resume on Friday.",
        "Harbour master Ilse Brand said the road was safe again.",
        "Brand said the road was safe again.",
    )
    crews, company, named, surname = index_article(text, 0, CITE, lem)
    assert speaks(crews, "Ilse Brand", nlp, lem, no_sex) is False
    assert speaks(company, "Ilse Brand", nlp, lem, no_sex) is False
    assert body_speaks(crews, nlp, lem) and body_speaks(company, nlp, lem)
    assert not body_speaks(named, nlp, lem) and not body_speaks(surname, nlp, lem)
    assert speaks(named, "Ilse Brand", nlp, lem, no_sex) is True


FLOOD = (
    "Floodwater cut off forty homes in the hamlet of Redby overnight, fire crews said.",
    "Parish chair Nadia Osei, who lives on the lane, said the water rose in under an hour.",
    '"We had minutes.',
    'The hamlet was an island by midnight," she said.',
    "Rain is expected to ease on Thursday.",
)


def _hits(sentences: tuple[str, ...]) -> list[tuple[str, Citation]]:
    return [(s, Citation("fu34-2", s)) for s in sentences]


def test_what_did_she_say_passes_over_a_body_speaking(nlp: Any) -> None:
    a1, state = answer_in_conversation("Who chairs the parish of Redby?", _hits(FLOOD), None, nlp)
    assert "Nadia Osei" in a1.text, a1.text
    arts = engine._articles(_hits(FLOOD))
    question = "What did she say about the homes cut off overnight?"
    on = engine._answer(question, arts, nlp, state, replace(W, body_share=0.5))
    assert "crews" not in on.answer.text, on.answer.text
    # control: taken only at the share of a named other speaker, the crews' sentence stays
    off = engine._answer(question, arts, nlp, state, replace(W, body_share=W.speaker_share))
    assert "crews" in off.answer.text, off.answer.text


def test_a_she_that_fits_no_named_person_means_another_of_the_answer_sentence() -> None:
    def sex_of(name: str) -> str:
        return {"Piet Vos": "m", "Joke Smit": "f", "Lotte Baan": "f"}.get(name, "")

    # the answer's sentence names a woman: she comes before the story's other women
    story = ["Piet Vos", "Joke Smit"]
    assert agreeing(("Piet Vos",), "she", sex_of, story, lambda: ("Piet Vos", "Lotte Baan")) == (
        "Lotte Baan",
    )
    assert agreeing(("Piet Vos",), "she", sex_of, story) == ("Joke Smit",)

    # the thread answered with him; "she" fits nobody it named and the story lists nobody else
    assert agreeing(("Piet Vos",), "she", sex_of, ["Piet Vos"], lambda: ("Piet Vos", "Anke Ruys")) == (
        "Anke Ruys",
    )
    # ... and without the sentence's people, the thread's name stays as it was
    assert agreeing(("Piet Vos",), "she", sex_of, ["Piet Vos"]) == ("Piet Vos",)
    # a name that fits is kept; the sentence's people are not read
    assert agreeing(("Piet Vos",), "he", sex_of, ["Piet Vos"], lambda: ("Anke Ruys",)) == ("Piet Vos",)
