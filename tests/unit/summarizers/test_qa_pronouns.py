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


FERRY = (
    "Oskar Veld, who skippers the island ferry, said his crew had trained for a storm like this.",
    "The harbour master, Ms Ines Brandt, said she closed the quay at noon.",
    "He steered the ferry back to port with forty passengers aboard.",
    "She reopened the quay the next morning.",
)


def test_a_he_sentence_inherits_the_man_named_before_not_the_woman_named_last() -> None:
    from newsbrief.summarizers.qa.retrieve import index_article
    from newsbrief.summarizers.types import Citation

    people = ("Oskar Veld", "Ines Brandt")
    ps = index_article(FERRY, 0, Citation("ferry", ""), LEM, people)
    assert {"oskar", "veld"} <= ps[2].inherited and "brandt" not in ps[2].inherited
    assert ps[2].antecedent == "Oskar Veld"
    assert {"ines", "brandt"} <= ps[3].inherited and "veld" not in ps[3].inherited  # she: the woman
    # control: when the article shows nothing of the man's sex, "he" means the sentence before as ever
    unsaid = (FERRY[0].replace("said his crew", "said the crew"), *FERRY[1:])
    plain = index_article(unsaid, 0, Citation("ferry", ""), LEM, people)
    assert "brandt" in plain[2].inherited and "veld" not in plain[2].inherited


def test_they_and_an_unknown_sex_keep_the_sentence_just_before() -> None:
    from newsbrief.summarizers.qa.retrieve import index_article
    from newsbrief.summarizers.types import Citation

    text = (
        "Oskar Veld said his crew was ready.",
        "Harbour officer Sami Roon checked the ropes.",
        "He found one frayed line.",
        "They sailed at dawn.",
    )
    ps = index_article(text, 0, Citation("dawn", ""), LEM, ("Oskar Veld", "Sami Roon"))
    assert "roon" in ps[2].inherited and "veld" not in ps[2].inherited  # Roon's sex unknown: as before
    assert "roon" in ps[3].inherited


def test_a_she_sentence_after_a_man_and_a_woman_inherits_the_woman() -> None:
    from newsbrief.summarizers.qa.retrieve import index_article
    from newsbrief.summarizers.types import Citation

    text = (
        "Mr Tarik Olsen handed the keys to Ms Wera Duin at the depot.",
        "She drove the first tram out before dawn.",
    )
    ps = index_article(text, 0, Citation("tram", ""), LEM, ("Tarik Olsen", "Wera Duin"))
    assert {"wera", "duin"} <= ps[1].inherited and "olsen" not in ps[1].inherited
    assert ps[1].antecedent == "Wera Duin"
