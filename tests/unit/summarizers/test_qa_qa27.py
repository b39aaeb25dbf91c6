"""qa27: an age given a surname's full name, "what was the score?" not searched as "scored", the name beside a
who-question's role noun, a common noun opening a sentence taken for no one's name, and the person a
follow-up's "he" meant staying the thread's person. Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_from_sentences, answer_in_conversation
from newsbrief.summarizers.qa.extract import aged, names_someone
from newsbrief.summarizers.qa.question import Expect, analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Actor, Briefing, Citation
from tests.unit.summarizers.qa_texts import cited, passage, short_answer

CITE = Citation("qa27-1", "", "Harrow Vale Echo", "https://echo.example.org/qa27")


def test_a_surname_alone_takes_the_age_given_its_full_name() -> None:
    assert aged("Marta Ilse Vornholt, 58, was fined by the bench.", ["Vornholt"]) == "58"
    # control: a full name asked keeps another bearer of the surname out
    assert aged("Greta Vornholt, 31, was fined by the bench.", ["Oskar", "Vornholt"]) == ""


def test_how_old_with_a_surname_finds_the_sentence_giving_the_full_name_an_age(nlp: Any) -> None:
    sents = (
        "Mr Vornholt shouted at Mr Vornholt's neighbour Ada Pell, 61, in the lane.",
        "The row went on until dusk.",
        "Marta Ilse Vornholt, 58, admitted damaging the gate of the Harrow Vale allotments in March.",
    )
    ans = answer_from_sentences("How old is Vornholt?", cited(sents, CITE), nlp)
    assert short_answer(ans.text) == "58", ans.text


def test_what_was_the_score_finds_the_scoreline_not_who_scored(nlp: Any) -> None:
    sents = (
        "Harrow Vale's Brenna Tollick scored twice and Dunfirth's Pim Osgood scored late on at Kelder Park.",
        "The points left Harrow Vale third, level with Dunfirth.",
        "The match ended 2-1 after a tense final quarter of an hour.",
    )
    ans = answer_from_sentences("What was Harrow Vale's score versus Dunfirth?", cited(sents, CITE), nlp)
    assert short_answer(ans.text) == "2-1", ans.text
    # control: how many goals someone scored still counts them
    many = answer_from_sentences("How many goals did Tollick score?", cited(sents, CITE), nlp)
    assert "twice" in many.text, many.text


def test_who_is_the_role_takes_the_name_beside_the_role_noun(nlp: Any) -> None:
    sents = (
        "Orla Quennell will leave Harrow Vale Grammar at the end of the term, the county education "
        "superintendent Bram Tessaly announced on Monday.",
        "The school has 900 pupils.",
    )
    ans = answer_from_sentences("Who is the county education superintendent?", cited(sents, CITE), nlp)
    assert short_answer(ans.text) == "Bram Tessaly", ans.text


def _briefing(sentences: tuple[str, ...], people: tuple[str, ...]) -> Briefing:
    return Briefing(
        title="Harrow Vale derby",
        summary=sentences[:1],
        actors=tuple(Actor(p, kind="PERSON") for p in people),
        article_ids=("qa27-2",),
        sentences=sentences,
    )


def test_the_person_he_meant_stays_first_over_names_the_question_adds(nlp: Any) -> None:
    sents = (
        "Harrow Vale coach Dario Fennick praised his striker after the derby.",
        "Fennick met Ulla Brisk and Kai Mortlake at the club's gym on Thursday.",
        "Fennick, 52, has led the club for six seasons.",
    )
    b = [_briefing(sents, ("Dario Fennick", "Ulla Brisk", "Kai Mortlake"))]
    _, state = answer_in_conversation("Who is the Harrow Vale coach?", b, ConversationState(), nlp)
    assert state.people[0] == "Dario Fennick", state.people
    _, state = answer_in_conversation("When did he meet Ulla Brisk and Kai Mortlake?", b, state, nlp)
    assert state.people[0] == "Dario Fennick", state.people


def test_a_common_noun_opening_a_sentence_names_no_one(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who is acting for Dask?", lem)
    opener = passage("Investigators believe Ivo Dask planned to flee abroad by boat.", nlp, CITE)
    assert not names_someone(q, opener, nlp)
    # control: a name that opens a sentence is someone
    named = passage("Halvard Pries believes Ivo Dask planned to flee abroad by boat.", nlp, CITE)
    assert names_someone(q, named, nlp)


def test_where_a_competitor_starts_asks_a_place_on_the_grid(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert analyse("Where will she start on Sunday?", lem).expect == Expect.POSITION
    assert analyse("Where do the two Brannock cars start?", lem).expect == Expect.POSITION
    # control: where a thing began is a place
    assert analyse("Where did the blaze start?", lem).expect == Expect.PLACE
    sents = (
        "Ilse Marr took pole at Varnholm ahead of Tova Brisk.",
        "Brisk lines up second, with Oren Vale third.",
        "The race at Varnholm starts at 2pm.",
    )
    ans = answer_from_sentences("Where will Brisk start?", cited(sents, CITE), nlp)
    assert short_answer(ans.text) == "second", ans.text


def test_a_hyphened_pairing_of_two_named_sides_is_mentioned(nlp: Any) -> None:
    sents = (
        "Rhea Santo scored both goals as Kellbrook beat Dunmore 2-0 in the derby.",
        "The crowd at Ashgrove Lane was the largest of the season.",
    )
    ans = answer_from_sentences(
        "Which player netted twice during the Kellbrook-Dunmore derby?", cited(sents, CITE), nlp
    )
    assert ans.answered and "Rhea Santo" in ans.text, ans.text
    # control: a name the article lacks is still missing
    lost = answer_from_sentences(
        "Which player netted twice during the Kellbrook-Varrow derby?", cited(sents, CITE), nlp
    )
    assert not lost.answered, lost.text
