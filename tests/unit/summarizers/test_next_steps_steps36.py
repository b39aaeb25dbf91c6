"""steps36: an outcome under "will" that hangs on a condition in the present ("will go up if
they win") and a penalty that waits on a verdict or a breach ("could face jail if convicted") rank as
steps ahead; a question ("will they stay if ...") and an unreal condition do not. Texts are written
for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.lexicon.steps import STEP_WEIGHTS
from newsbrief.summarizers.types import Article

VERDICT = (
    "A warehouse manager in Dunmore was charged on Tuesday with selling stolen copper cable to scrap dealers.\n\n"
    "Detectives found four tonnes of cable in a lock-up rented by the accused, Colm Brady, 52.\n\n"
    "Brady was released on bail and told the magistrate he had bought the cable in good faith.\n\n"
    "Neighbours said the lock-up had been busy at night for months.\n\n"
    "The theft charge could bring a long jail term if a jury convicts Brady."
)

LEAGUE = (
    "Six clubs go into the final round of the Harbour League with something to play for.\n\n"
    "Kestrel Town host Millbank on Saturday and Ashby travel to Fenwick on Saturday.\n\n"
    "Kestrel Town will go up as champions if they beat Millbank and Ashby lose.\n\n"
    "The league's chairman will present the trophy at the winning ground on Saturday.\n\n"
    "Tickets for every match will go on sale on Thursday.\n\n"
    "Ashby's coach was sacked in March and a caretaker has led the side since.\n\n"
    "Gate receipts will be shared among all twelve clubs next month.\n\n"
    "Supporters' buses will leave the town square on Saturday morning.\n\n"
    "The referees' panel will name the officials for every match on Wednesday.\n\n"
    "A minute's silence will be held before each kick-off on Saturday for a former chairman.\n\n"
    "The club shop at Kestrel will stay open late on Friday evening.\n\n"
    "Groundsmen at Fenwick will cover the pitch tonight if rain is forecast."
)


CASES = [
    # a penalty that waits on a verdict, under a weak modal
    (VERDICT, "long jail term if a jury convicts"),
    # an outcome under "will" on a condition in the present, past the first six dated lines
    (LEAGUE, "will go up as champions if they beat"),
]


@pytest.mark.parametrize(("text", "words"), CASES)
@pytest.mark.parametrize("credit", [True, False])
def test_an_outcome_on_a_condition_ahead_is_listed(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch, text: str, words: str, credit: bool
) -> None:
    # positive control (credit off): without the condition's weight the line stays below the floor
    if not credit:
        monkeypatch.setitem(STEP_WEIGHTS, "open_condition", 0.0)
    art = Article(id="t", text=text, title="Round-up", published=datetime(2031, 4, 20, 8, 0))
    listed = [s.text for s in engine.build(art).next_steps]
    assert any(words in line for line in listed) is credit


def test_a_question_with_a_condition_gets_no_credit(engine: BriefingEngine) -> None:
    from newsbrief.summarizers import next_steps as ns

    doc = engine.nlp("The question is whether, if the bill passes, will they stay in the coalition.")
    head = next(t for t in doc if t.lemma_ == "stay")
    assert not ns._open_condition(head, list(head.subtree))
    doc = engine.nlp("They will stay in the coalition if the bill passes.")
    head = next(t for t in doc if t.lemma_ == "stay")
    assert ns._open_condition(head, list(head.subtree))
