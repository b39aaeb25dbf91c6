"""The captions the cleaning removed are stored with a briefing for the answerer; rows stored before
they were kept load with none. The texts are written for these tests."""

from __future__ import annotations

import json

from newsbrief.bot.store.codec import CAPTIONS_KEY, briefing_from_dict, briefing_to_dict
from newsbrief.summarizers.types import Briefing


def _briefing(captions: tuple[str, ...]) -> Briefing:
    return Briefing(
        title="Ferry returns to Ostby",
        summary=("The ferry to Ostby ran again on Monday.",),
        sentences=("The ferry to Ostby ran again on Monday.", "It had been laid up for a month."),
        article_ids=("ferry-1",),
        captions=captions,
    )


def test_captions_survive_the_store() -> None:
    b = _briefing(("Captain Ida Roos waves from the bridge of the ferry at Ostby",))
    stored = json.loads(json.dumps(briefing_to_dict(b)))
    assert briefing_from_dict(stored) == b
    assert briefing_from_dict(stored, with_sentences=False).captions == ()  # a digest never reads them
    assert CAPTIONS_KEY not in b.to_json()  # never in the public shape


def test_a_row_stored_before_captions_were_kept_loads_with_none() -> None:
    stored = json.loads(json.dumps(briefing_to_dict(_briefing(()))))
    assert CAPTIONS_KEY not in stored
    assert briefing_from_dict(stored).captions == ()
    # control: the same row with captions reads them back
    stored[CAPTIONS_KEY] = ["Captain Ida Roos waves from the bridge"]
    assert briefing_from_dict(stored).captions == ("Captain Ida Roos waves from the bridge",)
