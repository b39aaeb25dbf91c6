"""qa51: cause words that tell a time, a role or a comparison give no reason ("for the first ten minutes", "since
2019", "as a child", "such as"); a who-question's kin noun takes the name set beside it after a comma and a rank
("her husband, Army Sgt. Ivo Lund,"); an age question takes the age the sentence gives the asked person, not
another's beside it, and a caption that gives it before a sentence that gives only another's.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa import ConversationState, answer_from_sentences, answer_in_conversation, extract
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import cause_marks, type_fit
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Briefing, Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("fair-1", "", "Wold Gazette", "https://gazette.example.org/fair")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The stewards kept the gates shut for the first ten minutes of the show.", False),
        ("The stall has sold cider at the fair since 2019.", False),
        ("Orla Venn first came to the fair as a child.", False),
        ("Stalls sold goods such as cheese and rope.", False),
        ("Brin Tully worked as a farrier in the valley.", False),
        # positive controls: the same words opening a reason are cause words
        ("The stewards kept the gates shut because the field was flooded.", True),
        ("The stewards kept the gates shut for fear of a crush near the ring.", True),
        ("The gates stayed shut as the field had flooded overnight.", True),
        ("The stall has closed since the owner fell ill.", True),
    ],
)
def test_time_role_and_example_words_give_no_reason(text: str, reason: bool, nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Why did the stewards keep the gates shut?", lem)
    assert bool(cause_marks(text)) is reason
    assert (type_fit(q, text, lem=lem) > 0.0) is reason


FAIR = (
    "The Wold fair opened on Saturday on the common at Hallow.",
    "Police spoke to Dana Kettle, 51, and to Mara Kettle's boyfriend, Army Spc. Tobin Reeve, on Monday.",
    "The fair runs until Thursday.",
)


def test_a_name_the_recogniser_missed_beside_the_kin_noun(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    real = extract.entities

    def missed(text: str, nlp: Any) -> list[tuple[str, str, int]]:
        return [e for e in real(text, nlp) if e[0] != "Tobin Reeve"]

    monkeypatch.setattr(extract, "entities", missed)
    ans = answer_from_sentences("Who is Mara Kettle's boyfriend?", cited(FAIR, CITE), nlp)
    assert ans.text.startswith("Tobin Reeve"), ans.text


AGES = (
    "The Wold fair opened on Saturday on the common at Hallow.",
    "Tobin Reeve met Dana Kettle, 51, at the fair; Reeve, 34, runs the cider stall.",
    "The fair runs until Thursday.",
)


@pytest.mark.parametrize(
    ("sentences", "question", "answer", "other", "not_answer"),
    [
        # a kin noun takes the name set beside it; a question without one is not steered to that name
        (
            FAIR,
            "Who is Mara Kettle's boyfriend?",
            "Tobin Reeve",
            "Who did police speak to on Monday?",
            "Tobin",
        ),
        # the age given the asked person, not the nearer one of someone else; hers answers for her
        (AGES, "How old is Tobin Reeve?", "34 ", "How old is Dana Kettle?", "34"),
    ],
)
def test_the_asked_persons_item_answers(
    sentences: tuple[str, ...], question: str, answer: str, other: str, not_answer: str, nlp: Any
) -> None:
    ans = answer_from_sentences(question, cited(sentences, CITE), nlp)
    assert ans.text.startswith(answer), ans.text
    # positive control
    ans = answer_from_sentences(other, cited(sentences, CITE), nlp)
    assert not ans.text.startswith(not_answer), ans.text


STORY = (
    "Dana Kettle, 51, won the prize for the best cider at the Wold fair on Saturday.",
    "Her stall partner Tobin Reeve helped her press the apples in the week before the fair.",
    "The fair runs until Thursday.",
)
CAPTION = "Dana Kettle beside 34-year-old Tobin Reeve at their stall on Saturday"


def _thread(captions: tuple[str, ...], nlp: Any) -> str:
    b = Briefing(
        title="Cider prize at the fair",
        summary=STORY[:1],
        sentences=STORY,
        article_ids=("fair-2",),
        captions=captions,
    )
    _, state = answer_in_conversation(
        "Who helped Dana Kettle press the apples?", [b], ConversationState(), nlp
    )
    ans, _ = answer_in_conversation("How old is he?", [b], state, nlp)
    return ans.text


def test_a_caption_giving_the_asked_persons_age_answers(nlp: Any) -> None:
    assert _thread((CAPTION,), nlp).startswith("34")
    # positive control: without the caption the sentences give no age of his
    assert not _thread((), nlp).startswith("34")


HEARING = (
    "The hearing at Kell Crown Court ended on Friday.",
    "Speaking outside court, Detective Constable Ivo Lund praised the witnesses in the case.",
    "Sentencing will follow next month.",
)


def test_a_word_capitalised_for_its_place_is_no_name(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEARING[1]
    assert extract.plain_opener("Speaking", 0, text, nlp)
    # positive control: a name opening a sentence is one
    assert not extract.plain_opener("Lund", 0, "Lund spoke outside court.", nlp)
    # the recogniser tags nothing here: the capitalised runs are all there is to answer with
    monkeypatch.setattr(extract, "entities", lambda text, nlp: [])
    ans = answer_from_sentences("Which officer spoke outside court?", cited(HEARING, CITE), nlp)
    assert not ans.text.startswith("Speaking"), ans.text
    assert "Ivo Lund \u2014" in ans.text, ans.text


def test_an_untagged_name_before_an_organisation(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = (
        "Two people were hurt in a fight outside a shop in Kell on Friday.",
        "Ten-year Kell Police veteran Sgt Ivo Lund was also hurt but has since gone home.",
        "A man has been charged.",
    )

    def only_the_force(text: str, nlp: Any) -> list[tuple[str, str, int]]:
        return [("Kell Police", "ORG", text.find("Kell Police"))] if "Kell Police" in text else []

    monkeypatch.setattr(extract, "entities", only_the_force)
    ans = answer_from_sentences("Which police sergeant was hurt in the fight?", cited(sentences, CITE), nlp)
    assert ans.text.startswith("Sgt Ivo Lund"), ans.text
