"""names8: a caption glued onto a sentence that opens with a name the parse did not read as its
subject ("... from the islands tired Oskar had spent ...", "... is unsafe Harbour chief Tom Day said
...") is cut off what the briefing shows; the answers and the next steps still read the whole
sentence. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsbrief.summarizers.parse import _name_glue_starts, parse_sentences
from tests.unit.summarizers.facet_texts import LEAD_SENTENCE

FILLER = [
    "Work on the quay stopped for the winter.",
    "The council met to discuss the cost of the repairs.",
]

REST = "Oskar had reached the far shore by noon."
GLUED = f"Oskar Lind rowed across the bay after a neighbour dared him to try it on his own proud {REST}"


def _at(nlp: Any, sentence: str, index: int = 1) -> Any:
    """The sentence at ``index`` (after the lead and filler), as the parse leaves it."""
    return parse_sentences(nlp, [LEAD_SENTENCE, *FILLER[: index - 1], sentence])[index]


def test_a_caption_before_a_name_with_a_subjectless_verb_is_cut_off(nlp: Any) -> None:
    p = _at(nlp, GLUED)
    assert p.text == REST and p.whole == GLUED
    assert p.steps_by_whole  # the next steps read the sentence as before
    q = _at(nlp, REST)  # positive control: the sentence on its own is kept whole
    assert q.text == REST and q.whole == ""


def test_a_sentence_no_facet_needed_parsed_is_parsed_for_a_cut_by_a_name(nlp: Any) -> None:
    p = _at(nlp, GLUED, index=3)
    assert p.text == REST and p.whole == GLUED


def test_a_short_clause_or_a_verb_of_saying_before_a_name_is_no_glue_point(nlp: Any) -> None:
    short = f"The bay was calm proud {REST}"
    assert _at(nlp, short).text == short
    saying = "The harbour paper quoted a senior official as saying Velmar might refuse to pay for the harbour repairs."
    assert _at(nlp, saying).text == saying
    assert _at(nlp, GLUED).text == REST  # positive control


def _tree(nlp: Any, rows: str) -> Doc:
    """A parsed doc from "word/TAG/POS/dep/head" rows (heads as token indices)."""
    parts = [r.split("/") for r in rows.split()]
    return Doc(
        nlp.vocab,
        words=[p[0] for p in parts],
        tags=[p[1] for p in parts],
        pos=[p[2] for p in parts],
        deps=[p[3] for p in parts],
        heads=[int(p[4]) for p in parts],
    )


def test_a_name_whose_verb_took_the_caption_as_its_reported_clause_opens_a_sentence(nlp: Any) -> None:
    # "Ann Lee says the old wooden pier is unsafe Harbour chief Tom Day said it would shut ."
    doc = _tree(
        nlp,
        "Ann/NNP/PROPN/compound/1 Lee/NNP/PROPN/nsubj/2 says/VBZ/VERB/ccomp/13 the/DT/DET/det/6 "
        "old/JJ/ADJ/amod/6 wooden/JJ/ADJ/amod/6 pier/NN/NOUN/nsubj/7 is/VBZ/AUX/ccomp/2 "
        "unsafe/JJ/ADJ/acomp/7 Harbour/NNP/PROPN/compound/10 chief/NN/NOUN/compound/12 "
        "Tom/NNP/PROPN/compound/12 Day/NNP/PROPN/nsubj/13 said/VBD/VERB/ROOT/13 "
        "it/PRP/PRON/nsubj/16 would/MD/AUX/aux/16 shut/VB/VERB/ccomp/13 ././PUNCT/punct/13",
    )
    assert _name_glue_starts(doc) == [9]  # the role opens the sentence: "Harbour chief Tom Day said"
    # control: with a comma before the name it is a quotation's speaker, no glue point
    words = [t.text for t in doc]
    comma = _tree(
        nlp,
        " ".join(
            f"{w}/{t.tag_}/{t.pos_}/{t.dep_}/{t.head.i + (1 if t.head.i >= 9 else 0)}"
            + (" ,/,/PUNCT/punct/14" if t.i == 8 else "")
            for w, t in zip(words, doc, strict=True)
        ),
    )
    assert _name_glue_starts(comma) == []


def test_a_function_word_after_a_preposition_with_no_object_opens_a_sentence(nlp: Any) -> None:
    rest = "There was little else to cheer on the night."
    glued = f"Velmar Rovers keeper Ilse Varn stands still in dismay as the winger's shot creeps in {rest}"
    assert _at(nlp, glued).text == rest
    # control: a preposition with its object goes on with the clause
    held = "Velmar Rovers keeper Ilse Varn said the winger's shot crept in There Lane on the night."
    assert _at(nlp, held).text == held
