"""Whom a follow-up's "he" / "she" means when the article's pronouns mislead or spell names otherwise (qa21).
Invented sentences."""

from __future__ import annotations

from newsbrief.summarizers.qa import ConversationState, engine
from newsbrief.summarizers.qa.conversation import Turn, advance
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.sexes import agreeing, asked_sex
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Actor, Answer, Briefing
from tests.unit.summarizers.test_qa_qa21_references import people_briefing, resolve

W = engine.WEIGHTS
LEM = lemmatizer(None)

WEDDING = (
    "Mara Veld wed Tomas Riel at the lighthouse in May, and she kept her own name.",
    "The ceremony was led by Jon Brisk, a ferry captain from the island.",
    "Guests sailed over from Ostby in the morning.",
)


def _resolve(question: str, state: ConversationState) -> engine._Context:
    people = ("Mara Veld", "Tomas Riel", "Jon Brisk")
    return resolve(people_briefing("Lighthouse wedding", WEDDING, people, "wed-1"), question, state)


def test_a_question_about_a_husband_makes_its_answer_a_he() -> None:
    assert asked_sex("Who is Mara Veld's husband?") == "m"
    assert asked_sex("Who are her mother and father?") == ""  # both: no one sex
    # the article's nearest pronoun after the name is the bride's "she": the question still says he
    turn = Turn("Who is Mara Veld's husband?", "Tomas Riel \u2014 ...", True, ("wed-1",), position=0)
    state = advance(ConversationState(), turn, people=["Tomas Riel", "Mara Veld"])
    ctx = _resolve("In which town did he grow up?", state)
    assert ctx.query.get("riel") == W.referent
    assert ctx.person == "Tomas Riel"


def test_when_the_article_contradicts_every_name_a_person_of_unknown_sex_comes_first() -> None:
    sexes = {"Ana Ruiz": "f", "Ben Ode": ""}
    assert agreeing(("Ana Ruiz",), "he", sexes.__getitem__, ["Ana Ruiz", "Ben Ode"]) == ("Ben Ode",)
    assert agreeing(("Ana Ruiz",), "she", sexes.__getitem__, ["Ana Ruiz", "Ben Ode"]) == ("Ana Ruiz",)


def test_a_name_is_the_same_whichever_apostrophe_writes_it() -> None:
    pier = ("Ciaran O\u2019Dea opened the pier cafe, and his sister runs the kitchen.",)
    briefing = Briefing(
        title="Pier cafe",
        summary=pier,
        sentences=pier,
        actors=(Actor("Ciaran O\u2019Dea", kind="PERSON"),),
    )
    assert engine._sexes(engine._articles([briefing]))("Ciaran O'Dea") == "m"
    q = analyse("What did Ciaran O'Dea open?", LEM)
    res = engine._Result(Answer(q.text, "...", True), "", None)
    assert engine._named(q, res, {"Ciaran O\u2019Dea": "PERSON"})[0] == ["Ciaran O'Dea"]
