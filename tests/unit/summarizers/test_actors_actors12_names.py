"""A person's name the recogniser cut short is made whole from the parse: an untagged first name
before a one-word name tagged a person, an untagged surname after a first name taken for a
nationality. The sentences are written for these tests; their tags, parse and entities are given
by hand, so the tests hold whatever the model does with them."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from newsbrief.summarizers.actors import _cut_short_names


def _doc(words: list[str], tags: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    return Doc(English().vocab, words=words, tags=tags, heads=heads, deps=deps, ents=ents)


def _first_name_untagged(first: str) -> Doc:
    return _doc(
        [first, "Pellow", "revealed", "that", "he", "had", "quit", "."],
        ["NNP", "NNP", "VBD", "IN", "PRP", "VBD", "VBN", "."],
        [1, 2, 2, 6, 6, 6, 2, 2],
        ["compound", "nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
        ["O", "B-PERSON", "O", "O", "O", "O", "O", "O"],
    )


def test_an_untagged_first_name_joins_the_surname() -> None:
    spans = _cut_short_names(_first_name_untagged("Ifor"), set())
    assert [(s.text, s.label_) for s in spans] == [("Ifor Pellow", "PERSON")]


def test_a_word_the_story_writes_in_lower_case_is_no_first_name() -> None:
    doc = _first_name_untagged("Rose")
    assert _cut_short_names(doc, {"rose"}) == []
    assert _cut_short_names(doc, set())  # positive control: the same word is a first name otherwise


def test_an_untagged_surname_after_a_first_name_taken_for_a_nationality() -> None:
    doc = _doc(
        ["But", "Sekou", "Tandoro", "was", "sent", "off", "."],
        ["CC", "NNP", "NNP", "VBD", "VBN", "RP", "."],
        [4, 2, 4, 4, 4, 4, 4],
        ["cc", "compound", "nsubjpass", "auxpass", "ROOT", "prt", "punct"],
        ["O", "B-NORP", "O", "O", "O", "O", "O"],
    )
    spans = _cut_short_names(doc, set())
    assert [(s.text, s.label_) for s in spans] == [("Sekou Tandoro", "PERSON")]


def _nationality_before(tag: str, dep: str, word: str = "Norvel") -> Doc:
    return _doc(
        ["The", word, "Pellow", "family", "left", "."],
        ["DT", tag, "NNP", "NN", "VBD", "."],
        [3, 2, 3, 4, 4, 4],
        ["det", dep, "compound", "nsubj", "ROOT", "punct"],
        ["O", "B-NORP", "O", "O", "O", "O"],
    )


def test_a_nationality_adjective_before_a_name_is_left_alone() -> None:
    assert _cut_short_names(_nationality_before("JJ", "amod"), set()) == []
    # positive control: the same word read as a first name in compound with the next one joins it
    assert _cut_short_names(_nationality_before("NNP", "compound"), set())


def test_a_word_with_a_nationality_ending_before_a_name_is_left_alone() -> None:
    # "the Velmaran Pellow family": a nationality's adjective, even parsed as a name in compound
    assert _cut_short_names(_nationality_before("NNP", "compound", "Velmaran"), set()) == []
    assert _cut_short_names(_nationality_before("NNP", "compound", "Norvish"), set()) == []
    # positive control: a word with no such ending is a first name there
    assert _cut_short_names(_nationality_before("NNP", "compound", "Norvel"), set())
