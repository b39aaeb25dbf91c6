"""A "he" / "she" means someone the article's own pronouns and titles agree with. Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_in_conversation, engine
from newsbrief.summarizers.qa.conversation import Turn, advance
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Actor, Briefing

W = engine.WEIGHTS
LEM = lemmatizer(None)

ROWING = (
    "The Kelmar Rowing Club has named a new head coach after a poor season on the river.",
    "Piet Marsh, who rowed for the club in his youth, takes over from next month.",
    "The club's chair, Dora Lindell, said she had hoped to keep the old coach.",
    "Piet Marsh, 47, has coached crews in three countries.",
    "Lindell has led the club since 2019.",
)


def rowing() -> Briefing:
    return Briefing(
        title="Rowing club names coach",
        summary=ROWING[:1],
        actors=(
            Actor("Kelmar Rowing Club", kind="ORG"),
            Actor("Piet Marsh", role="head coach", kind="PERSON"),
            Actor("Dora Lindell", role="chair", kind="PERSON"),
        ),
        article_ids=("rowing-1",),
        sentences=ROWING,
    )


def _ctx(question: str, state: ConversationState) -> dict[str, float]:
    arts = engine._articles([rowing()])
    q = analyse(question, LEM)
    ctx = engine._resolve(q, state, LEM, W, engine._lead(arts), engine._sexes(arts), engine._people(arts))
    return ctx.query


def test_the_article_shows_a_persons_sex_by_its_pronouns_and_titles() -> None:
    sex_of = engine._sexes(engine._articles([rowing()]))
    assert sex_of("Piet Marsh") == "m"  # "his" after the name, nobody between
    assert sex_of("Lindell") == "f"  # a lone surname is the full name it belongs to
    assert sex_of("Dora Lindell's") == "f"
    assert sex_of("Kelmar Rowing Club") == ""
    titled = Briefing(
        title="Pier reopens",
        summary=("The pier at Sandholm reopened on Friday.",),
        sentences=("The pier at Sandholm reopened on Friday.", "Mrs Ambler cut the ribbon at noon."),
        actors=(Actor("Ruth Ambler", kind="PERSON"),),
    )
    assert engine._sexes(engine._articles([titled]))("Ruth Ambler") == "f"
    # a surname two people share takes no sex from a title: "Mr Ambler" may be either
    both = Briefing(
        title=titled.title,
        summary=titled.summary,
        sentences=titled.sentences,
        actors=(Actor("Ruth Ambler", kind="PERSON"), Actor("Colm Ambler", kind="PERSON")),
    )
    assert engine._sexes(engine._articles([both]))("Ruth Ambler") == ""
    # a sentence opening "She" after one that names only this person
    kiln = (
        "Wren Tolley fired the first kiln in the village in May.",
        "She sells the bowls at a weekly market.",
    )
    potter = Briefing(
        title="Kiln", summary=kiln[:1], sentences=kiln, actors=(Actor("Wren Tolley", kind="PERSON"),)
    )
    assert engine._sexes(engine._articles([potter]))("Wren Tolley") == "f"


def test_a_follow_up_he_skips_the_woman_named_last() -> None:
    turn = Turn("Who chairs the rowing club?", "Dora Lindell — ...", True, ("rowing-1",), position=2)
    state = advance(ConversationState(), turn, people=["Dora Lindell"])
    he = _ctx("How old is he?", state)
    assert he.get("marsh") == W.referent and he.get("lindell", 0.0) < W.referent
    # control: "she" still means the woman named last
    assert _ctx("How long has she led it?", state).get("lindell") == W.referent


def test_a_first_question_he_or_she_means_a_person_of_that_sex_not_an_organisation() -> None:
    he = _ctx("How old is he?", ConversationState())
    she = _ctx("How long has she led it?", ConversationState())
    assert "marsh" in he and "kelmar" not in he
    assert "lindell" in she and "marsh" not in she


def test_a_follow_up_he_finds_the_man_the_article_names(nlp: Any) -> None:
    b = rowing()
    ans, state = answer_in_conversation("Who chairs the rowing club?", [b], None, nlp)
    assert "Lindell" in ans.text
    ans, _ = answer_in_conversation("How old is he?", [b], state, nlp)
    assert ans.answered and ans.citations[0].sentence == ROWING[3]
