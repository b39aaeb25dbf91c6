"""follow4: a follow-up about the person a who-turn named is answered by a sentence that calls them by an
epithet ("the 41-year-old") after naming them. Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_in_conversation
from newsbrief.summarizers.qa.epithets import epithet_age
from newsbrief.summarizers.qa.retrieve import index_article
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Actor, Briefing, Citation

DOCK = (
    "Lorry driver Pavel Marek blocked the harbour gate at Kestwick for six hours on Tuesday.",
    "Port staff said the protest over unpaid wages left forty trucks stranded on the ring road.",
    "Marek, a haulier from Ostrava, refused to move until a manager came out.",
    "Officers came but made no arrest.",
    "Later the 41-year-old climbed down from his cab and shook hands with the port manager.",
    "The firm promised to pay by Friday.",
)


def dock() -> Briefing:
    return Briefing(
        title="Driver blocks harbour gate",
        summary=DOCK[:1],
        article_ids=("k1",),
        sentences=DOCK,
        actors=(Actor("Pavel Marek", "lorry driver", "PERSON"),),
    )


def test_how_old_is_he_takes_the_age_epithet_after_the_name(nlp: Any) -> None:
    first, state = answer_in_conversation("Who blocked the harbour gate?", [dock()], None, nlp)
    assert "Marek" in first.text
    age, _ = answer_in_conversation("How old is he?", [dock()], state, nlp)
    assert "41" in age.text


def _passages(sentences: tuple[str, ...], nlp: Any) -> list[Any]:
    cite = Citation(article_id="t", sentence="")
    return index_article(list(sentences), 0, cite, lemmatizer(nlp))


def test_the_epithet_means_the_person_named_last_before_it(nlp: Any) -> None:
    text = (
        "Ada Berg and her neighbour Tom Lind found the dog on the moor.",
        "Lind carried it home in his coat.",
        "The 63-year-old said the dog was cold but unhurt.",
        "The 17-year-old Ola Dunn, who runs the shelter, kept the dog.",
    )
    ps = _passages(text, nlp)
    people = ["Ada Berg", "Tom Lind", "Ola Dunn"]
    assert epithet_age(ps, ps[2], ["tom", "lind"], people) == "63"
    assert epithet_age(ps, ps[2], ["ada", "berg"], people) == ""  # Lind was named after her
    assert epithet_age(ps, ps[3], ["tom", "lind"], people) == ""  # an age a name follows is the name's


def test_someone_named_since_whose_age_is_another_is_passed_over(nlp: Any) -> None:
    text = (
        "Winger Rui Sousa netted twice for the visitors on Sunday.",
        "Schoolgirl Lena Holt watched from the stand as the winger celebrated.",
        "The 29-year-old said he would never forget it.",
        "Nine-year-old Lena held up a home-made banner.",
    )
    ps = _passages(text, nlp)
    people = ["Rui Sousa", "Lena Holt"]
    assert epithet_age(ps, ps[2], ["rui", "sousa"], people) == "29"
    # with no age given for Lena Holt, she, named last, may be the one meant: no age for him
    assert epithet_age(ps[:3], ps[2], ["rui", "sousa"], people) == ""


def test_a_thread_without_a_person_is_unchanged(nlp: Any) -> None:
    state = ConversationState()
    ans, _ = answer_in_conversation("How old is the driver?", [dock()], state, nlp)
    assert ans.answered
