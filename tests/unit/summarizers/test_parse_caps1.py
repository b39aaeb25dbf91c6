"""Glue points the parse must not take for a caption's end (``newsbrief.summarizers.parse``): a clause
that is the object of the verb right before it, and a clause opened by a subordinator before the
point. Each has a positive control: a glued caption of the same kind is still cut off."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsbrief.summarizers.parse import _caption_cut
from tests.unit.summarizers.facet_texts import parsed_after_lead


def test_a_clause_opening_with_a_name_after_its_verb_is_not_cut(nlp: Any) -> None:
    whole = "Any lapse under these harbour rules would see Ravel Town fined a further ten points, the league confirmed."
    p = parsed_after_lead(nlp, whole)
    assert p.text == whole and not p.credit
    # positive control: a capitalised common word after a caption's last verb opens a new sentence
    rest = "Most of the boats were tied up by noon."
    glued = "Fishermen unload the morning catch at the harbour before dawn as the tide turns " + rest
    assert parsed_after_lead(nlp, glued).text == rest


def _built(nlp: Any, rows: list[tuple[str, str, str, str, int]]) -> Doc:
    words, pos, tags, deps, heads = (list(c) for c in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads)


def test_a_point_inside_a_clause_its_subordinator_opened_is_no_glue_point(nlp: Any) -> None:
    # a parse that reads the clause's subject as one more date of the phrase before it
    rows = [
        ("The", "DET", "DT", "det", 1),
        ("auditors", "NOUN", "NNS", "nsubj", 2),
        ("concluded", "VERB", "VBD", "ROOT", 2),
        ("that", "SCONJ", "IN", "mark", 9),
        ("between", "ADP", "IN", "prep", 9),
        ("May", "PROPN", "NNP", "pobj", 4),
        ("and", "CCONJ", "CC", "cc", 5),
        ("August", "PROPN", "NNP", "conj", 5),
        ("Velmo", "PROPN", "NNP", "conj", 5),
        ("moved", "VERB", "VBD", "ccomp", 2),
        ("forged", "ADJ", "JJ", "amod", 11),
        ("papers", "NOUN", "NNS", "dobj", 9),
        (".", "PUNCT", ".", "punct", 2),
    ]
    assert _caption_cut(_built(nlp, rows)) == 0
    # positive control: with no subordinator before it, the same point is a glue point
    rows[3] = ("all", "DET", "DT", "advmod", 9)
    assert _caption_cut(_built(nlp, rows)) == 8
