"""glue4: captions glued onto a sentence that the parse cuts off (a name inside a subject that swallowed a
caption's last words, a clause after a quotation closed on its last word),
and the actors reading the names of the captions cut off, below the body's. The texts are written
for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names, parsed_after_lead

NAMED_REST = "Harbour skipper Ann Lee will miss the cup final with a sore ankle."
NAMED = f"The striker sealed the win by scoring a late header {NAMED_REST}"
COUNTED = "The win took them to five Harbour Cup wins Ann Lee has said she will stay for another season."
QUOTED_REST = "Ann Lee then thought the council was to blame."
QUOTED = (
    f"'It was not so simple to fix,' the engineer said of the quay 'we could not have known' {QUOTED_REST}"
)


def test_a_name_inside_a_subject_that_swallowed_a_caption_starts_the_sentence(nlp: Any) -> None:
    assert parsed_after_lead(nlp, NAMED).text == NAMED_REST
    assert parsed_after_lead(nlp, NAMED_REST).text == NAMED_REST
    # a number before the name counts the name's words: one sentence
    assert parsed_after_lead(nlp, COUNTED).text == COUNTED


def test_a_clause_after_a_closed_quotation_is_cut_off(nlp: Any) -> None:
    assert parsed_after_lead(nlp, QUOTED).text == QUOTED_REST


def test_the_words_cut_off_are_kept_for_the_actors(nlp: Any) -> None:
    p = parsed_after_lead(nlp, NAMED)
    assert p.cut_doc is not None and p.cut_doc.text.strip() == NAMED[: -len(NAMED_REST)].strip()
    assert parsed_after_lead(nlp, NAMED_REST).cut_doc is None


_CAPTIONED = """
Kelby Rovers beat Dunmore Town 2-0 on Saturday to go top of the league.
Rovers manager Tom Velk said the players had earned the win after a hard month.
The crowd cheered as Ottilie Brandt scored a second late on.
Velk said Rovers would not sell any players in the summer.
The fans sang long after the game had ended.
Ottilie Brandt celebrates her goal with team mates in front of the supporters at the ground \
The side will face Marlow Athletic in the cup next month.
"""
_CAPTION = "Ottilie Brandt celebrates her goal with team mates in front of the supporters at the ground "


def test_a_name_in_a_caption_cut_off_weighs_for_its_actor(nlp: Any) -> None:
    f = facets(nlp, _CAPTIONED)
    assert names(f).index("Ottilie Brandt") < names(f).index("Dunmore"), names(f)
    assert actor(f, "Ottilie Brandt").mentions == 1  # the caption is not shown: the body's count
    # positive control: without the caption the body's one mention ranks her below the other side
    g = facets(nlp, _CAPTIONED.replace(_CAPTION, ""))
    assert names(g).index("Ottilie Brandt") > names(g).index("Dunmore"), names(g)


def test_a_name_only_a_caption_gives_is_no_actor(nlp: Any) -> None:
    text = _CAPTIONED.replace(_CAPTION, "Goalkeeper Mara Quist dives in vain to her left at the far end ")
    f = facets(nlp, text)
    assert "Marlow Athletic" in names(f)  # the rest of the sentence is read
    assert not any("Quist" in n for n in names(f)), names(f)


_TRIAL = """
A doctor has gone on trial accused of assaulting two nurses at a hospital in Kelby.
Prosecutor Anna Marsh told jurors that Nurse A had asked for help with her training.
Nurse A said the doctor had touched her without warning.
Nurse B told police she had been seen in a small office.
Nurse B added that she had been too frightened to complain at the time.
The doctor denies any wrongdoing.
"""


def test_a_person_kept_anonymous_by_a_letter_is_an_actor(nlp: Any) -> None:
    f = facets(nlp, _TRIAL)
    assert "Nurse A" in names(f) and "Nurse B" in names(f), names(f)
    assert actor(f, "Nurse B").kind == "PERSON"


def test_a_letter_named_once_or_a_grade_is_no_lettered_person(nlp: Any) -> None:
    text = _TRIAL.replace("Nurse B added that she had", "She added that she had").replace(
        "The doctor denies", "The ward was rated Grade A. The doctor denies"
    )
    f = facets(nlp, text)
    assert "Nurse A" in names(f), names(f)  # positive control: named twice
    assert "Nurse B" not in names(f) and not any(n.startswith("Grade") for n in names(f)), names(f)


def test_a_name_after_track_is_a_title(nlp: Any) -> None:
    text = """
Goalkeeper Ivo Lenz picked a dance tune from his home town - Rico Vale's track 'Solana' before the game.
Lenz said the track Solana helped him relax before kick-off.
Striker Tom Day went for a rock song instead.
Day said he had played Solana on the bus as well.
"""
    f = facets(nlp, text)
    assert "Ivo Lenz" in names(f) and "Rico Vale" in names(f), names(f)  # positive control
    assert "Solana" not in names(f), names(f)
