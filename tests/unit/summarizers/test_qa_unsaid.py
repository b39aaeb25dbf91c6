"""An answer whose best sentence lacks the item asked for says so and quotes that sentence as the closest.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("kiln-1", "", "Upland Gazette", "https://gazette.example.org/kiln")
KILN = (
    "A pottery kiln collapsed at the Orrin Works during a night firing, the owners said.",
    "Nobody was hurt, but the firing of the whole spring range was lost.",
    "Firefighters from Delby said the collapse had started in the kiln's chimney.",
    "The owners said they would rebuild the kiln.",
)


def test_a_typed_question_without_its_item_says_the_article_does_not_say(nlp: Any) -> None:
    ans = answer_from_sentences("When will the owners rebuild the kiln?", cited(KILN, CITE), nlp)
    assert ans.text.startswith("The article doesn't say when."), ans.text
    assert "would rebuild the kiln" in ans.text  # the closest sentence is quoted, and cited
    assert ans.citations and ans.citations[0].sentence.startswith("The owners said")
    many = answer_from_sentences("How many pots were lost in the collapse?", cited(KILN, CITE), nlp)
    assert many.text.startswith("The article doesn't say how many."), many.text


def test_a_sentence_with_the_item_answers_plainly(nlp: Any) -> None:
    # control: the same story, now with a date and a count, gives them without the hedge
    dated = (*KILN[:3], "The owners said they would rebuild the kiln by June.", "About 400 pots were lost.")
    when = answer_from_sentences("When will the owners rebuild the kiln?", cited(dated, CITE), nlp)
    assert "doesn't say" not in when.text and "June" in when.text, when.text
    many = answer_from_sentences("How many pots were lost in the collapse?", cited(dated, CITE), nlp)
    assert "doesn't say" not in many.text and "400" in many.text, many.text
    # control: a who-question has no such test and is answered as before
    who = answer_from_sentences("Who said the collapse started in the chimney?", cited(KILN, CITE), nlp)
    assert "doesn't say" not in who.text and "Firefighters" in who.text, who.text


def test_the_item_in_the_next_sentence_answers_with_both(nlp: Any) -> None:
    ferry = (
        "The stranded ferry passengers were brought ashore late on Sunday, the coastguard said.",
        "A bus then took them to the Marlow Street sports hall for the night.",
        "The operator said repairs to the ferry's engine would take a week.",
    )
    ans = answer_from_sentences(
        "Where were the passengers taken after they were brought ashore?", cited(ferry, CITE), nlp
    )
    assert "Marlow Street" in ans.text and "doesn't say" not in ans.text, ans.text
    assert len(ans.citations) == 2  # both sentences are quoted and cited, in the article's order
    # control: when the next sentence holds no place either, the answer says the article doesn't say
    bare = (ferry[0], "Most of them were tired but unhurt.", ferry[2])
    nope = answer_from_sentences(
        "Where were the passengers taken after they were brought ashore?", cited(bare, CITE), nlp
    )
    assert nope.text.startswith("The article doesn't say where."), nope.text
