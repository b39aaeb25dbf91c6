"""openers7: a caption glued onto a sentence that opens with a capitalised function word ("... at
Kestrel Bay There were ...") is cut off what the briefing shows, while the stored sentences the
answers read keep its words. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.types import Article
from tests.unit.summarizers.facet_texts import LEAD_SENTENCE, parsed_after_lead

THERE_REST = "There were fears the river would burst its banks again overnight."
THERE = f"Sandbags piled along the flooded promenade at Kestrel Bay on the eve of the storm {THERE_REST}"
# no number, no future word: a sentence no facet needs parsed
IT_REST = "It was the harbour's only opening in a decade."
IT = f"Lena Voss waves from the deck of her boat at Kestrel Bay {IT_REST}"
INDEED_REST = "Indeed, the catch this season has been the worst in a generation."
INDEED = f"A fisherman mends his nets on the harbour wall in the early morning light {INDEED_REST}"
TITLE = "The band played their old song 'Sail Away With The Tide' while the council opened the new quay at Velmar."
HAGUE = "The mayor flew to The Hague on Monday where the court heard the case of the harbour workers."


def test_a_sentence_opening_with_a_capitalised_function_word_is_cut_off_its_caption(nlp: Any) -> None:
    p = parsed_after_lead(nlp, THERE)
    assert p.text == THERE_REST and p.whole == THERE
    # positive control: the sentence on its own is kept whole
    q = parsed_after_lead(nlp, THERE_REST)
    assert q.text == THERE_REST and q.whole == ""


def test_a_sentence_no_facet_needed_parsed_is_parsed_for_such_a_cut(nlp: Any) -> None:
    p = parsed_after_lead(nlp, IT)
    assert p.text == IT_REST and p.whole == IT and p.parsed


def test_a_whole_caption_is_still_marked_not_cut(nlp: Any) -> None:
    p = parsed_after_lead(
        nlp, f"Volunteers carry sandbags along the flooded promenade at Kestrel Bay {THERE_REST}"
    )
    assert p.credit and p.whole == ""
    assert not parsed_after_lead(nlp, THERE).credit  # positive control


def test_a_function_word_in_a_title_or_a_name_is_no_glue_point(nlp: Any) -> None:
    assert parsed_after_lead(nlp, TITLE).text == TITLE
    assert parsed_after_lead(nlp, HAGUE).text == HAGUE
    assert parsed_after_lead(nlp, THERE).text == THERE_REST  # positive control


def test_the_briefing_shows_the_cut_sentence_and_its_answers_read_it_whole() -> None:
    text = " ".join(
        [
            LEAD_SENTENCE,
            INDEED,
            "Fishermen said they had lost most of the autumn season while the quay stayed closed.",
        ]
    )
    b = BriefingEngine().build(Article(id="kestrel", text=text))
    blob = " ".join([*b.summary, *(a.sentence for a in b.actors), *(f.sentence for f in b.figures)])
    assert "mends his nets" not in blob
    assert INDEED_REST in b.summary
    assert INDEED in b.sentences  # the answers still read the words the cut left out
